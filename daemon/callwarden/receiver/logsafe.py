"""Values from the network, made safe to put in a log line.

A name or call id comes from the request; with a newline or an escape sequence in it, it
could forge a log line or repaint a terminal. repr() escapes every non-printable character
(newlines, CR, ESC, U+2028, ...) and quotes the value, so it stays one visible field.
"""

from __future__ import annotations

MAX_CHARS = 200  # a log line stays a line, whatever length the request sent


def field(value: object) -> str:
    text = value if isinstance(value, str) else str(value)
    if len(text) > MAX_CHARS:
        return repr(text[:MAX_CHARS]) + f"...({len(text)} chars)"
    return repr(text)
