"""French typography for printed documents: a narrow no-break space (U+202F) before ``:`` ``;``
``!`` ``?`` and ``»`` and after ``«``, whether the text had a plain space there or none, and
typographic apostrophes. No-break spaces the user typed stay as they are, and a line is never
broken at one (:func:`confdesk.exports.documents.layout.wrap` breaks only at breakable spaces),
so no line starts with a colon or ends with an opening guillemet.

Times (``10:00``), links (``https://…?a=1``) and e-mail addresses are left alone: a mark gets
its space only where it ends a word, i.e. is followed by a space or the end of the text."""

from __future__ import annotations

import re

NARROW_NBSP = "\u202f"
_SPACE_BEFORE = re.compile(r"[ \t]+([:;!?»])")
_GLUED_BEFORE = re.compile(r"(?<=[^\s\u00a0\u202f(\[«])([;!?:])(?=\s|$)")
_GLUED_CLOSING = re.compile(r"(?<=[^\s\u00a0\u202f])»")
_SPACE_AFTER_OPENING = re.compile(r"«[ \t]+")
_GLUED_OPENING = re.compile(r"«(?=[^\s\u00a0\u202f])")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")


def french(text: str) -> str:
    """``text`` as French typography prints it (see the module's docstring)."""
    text = _SPACE_BEFORE.sub(lambda match: NARROW_NBSP + match.group(1), text)
    text = _GLUED_BEFORE.sub(lambda match: NARROW_NBSP + match.group(1), text)
    text = _GLUED_CLOSING.sub(NARROW_NBSP + "»", text)
    text = _SPACE_AFTER_OPENING.sub("«" + NARROW_NBSP, text)
    text = _GLUED_OPENING.sub("«" + NARROW_NBSP, text)
    return _APOSTROPHE.sub("\u2019", text)
