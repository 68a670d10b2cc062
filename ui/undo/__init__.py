"""Undo and redo: the history of commands the user can step back through."""
