"""Exports → Published Versions: the numbered versions of the public programme."""
