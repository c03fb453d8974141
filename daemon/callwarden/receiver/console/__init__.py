"""The ops console: server-rendered, read-only pages for central ops, behind login.

Served by the receiver's own server under /console/ (app.py hands those paths to
console.app.ConsoleApp). Plain HTML, one stylesheet and inline SVG: no script, no CDN.
Roles are ordered viewer < auditor < admin; each page names the least role that may see it.
"""

PREFIX = "/console"


def owns(path: str) -> bool:
    """Whether a request path belongs to the console (the bare root redirects to it)."""
    return path in ("/", PREFIX) or path.startswith(PREFIX + "/")
