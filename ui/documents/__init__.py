"""Printed documents in the application: the export dialog with its PDF preview, and the
editor of the logistics text blocks."""
