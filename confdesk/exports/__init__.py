"""Everything ConfDesk writes for people and programs: calendars, documents, data files."""
