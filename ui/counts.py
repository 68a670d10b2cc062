"""Counts worded outside a QObject, through Qt's numerus translations.

``QCoreApplication.translate(context, text, "", n)`` works at run time, but pyside6-lupdate
(6.11) records it as a plain message when ``n`` is a name and drops it when ``n`` is an
expression, so the plural forms never reach the ``.ts``. ``self.tr(text, "", n)`` in a QObject
is extracted as a plural whatever ``n`` is; code that is not a QObject (a graphics item, a
module function) asks this one. ``tests/ui/test_seams.py`` fails on a four-argument
``translate`` anywhere in ``ui/``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Counts(QObject):
    def in_lineup(self, people: int) -> str:
        return self.tr("%n in lineup", "", people)

    def parts_added(self, parts: int) -> str:
        return self.tr("%n parts added.", "", parts)
