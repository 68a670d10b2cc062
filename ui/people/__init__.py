"""The people screen: every stakeholder, searchable in both scripts, with an edit dialog."""
