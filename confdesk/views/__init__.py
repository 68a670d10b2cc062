"""Read models for the screens: Qt-free queries answering with lists of frozen rows.

Each module reads what one screen shows in a handful of statements (never one per row), so a
10,000-person conference loads at once and views never hold live ORM objects.
"""
