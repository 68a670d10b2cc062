"""Calendars in the window: export dialog, invitation sending with preview and send log."""
