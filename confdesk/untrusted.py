"""Text from people and files on its way into a mail header or onto a terminal.

Names, titles and server replies may hold characters that mean something to what shows them:
a line break starts a new mail header, an escape sequence recolours or rewrites a terminal, a
bidi override turns the rest of a line round. :func:`header_text` takes them out for a mail
header; :func:`shown` makes them visible (``\\x1b``, ``\\u202e``) for a terminal or a message.
"""

from __future__ import annotations

import re

#: Characters that break a line: a header or terminal line ends at them.
_LINE_BREAKS = "\t\n\x0b\x0c\r\x85\u2028\u2029"
#: Bidi controls: embeddings, overrides, isolates and the marks (LRM, RLM, ALM).
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
#: C0 and C1 control characters, DEL, bidi controls, lone surrogates.
_UNSAFE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029{BIDI_CONTROLS}\\ud800-\\udfff]")
_BREAKS = re.compile(f"[{_LINE_BREAKS}]+")
#: What JSON leaves raw inside strings but a terminal acts on (JSON escapes C0 itself).
_UNSAFE_IN_JSON = re.compile(f"[\\x7f-\\x9f\\u2028\\u2029{BIDI_CONTROLS}\\ud800-\\udfff]")
_SPACES = re.compile(r" {2,}")


def header_text(value: str) -> str:
    """``value`` as one line a mail header can carry: line breaks and tabs become spaces;
    other control characters, DEL and bidi controls are dropped."""
    return _SPACES.sub(" ", _UNSAFE.sub("", _BREAKS.sub(" ", value))).strip()


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(value: object) -> str:
    """``value`` safe to print on one terminal line: line breaks and tabs become spaces, every
    other control character, DEL and bidi control is written as an escape (``\\x1b``)."""
    return _UNSAFE.sub(_escape, _BREAKS.sub(" ", str(value)))


def escape_in_json(text: str) -> str:
    """JSON text with the characters :func:`shown` escapes written as ``\\u`` and four hex digits: the same
    JSON value, safe on a terminal (``json.dumps(ensure_ascii=False)`` leaves C1 controls,
    DEL and bidi controls raw)."""
    return _UNSAFE_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
