"""The Agenda screen: the timetable of parts, days and sessions."""
