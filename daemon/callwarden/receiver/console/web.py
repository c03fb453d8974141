"""The console's request and response: cookies, forms, redirects and the headers every page gets."""

from __future__ import annotations

from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from urllib.parse import parse_qs, quote

MAX_FORM_BYTES = 16 * 1024
# No script runs on these pages and nothing loads from elsewhere; a page cannot be framed.
SECURITY_HEADERS = [
    ("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; media-src 'self'; "
                                "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "same-origin"),   # "no-referrer" would make POSTs carry Origin: null
    ("Cache-Control", "no-store"),
]
HTML = "text/html; charset=utf-8"


class Refused(Exception):
    """A request the console answers with an error page."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class Response:
    status: int
    body: bytes | object = b""           # bytes, or a FileBody-like object with file/size
    content_type: str = HTML
    headers: list[tuple[str, str]] = field(default_factory=list)


def redirect(location: str, *headers: tuple[str, str]) -> Response:
    return Response(303, b"", "text/plain; charset=utf-8", [("Location", location), *headers])


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    cookies: dict[str, str]
    environ: dict
    form: dict[str, list[str]] = field(default_factory=dict)

    def arg(self, name: str, default: str = "") -> str:
        values = self.query.get(name)
        return values[-1].strip() if values else default

    def field(self, name: str) -> str:
        values = self.form.get(name)
        return values[-1] if values else ""

    @property
    def remote(self) -> str:
        return self.environ.get("REMOTE_ADDR", "")

    @property
    def origin_ok(self) -> bool:
        """A browser's cross-site POST names another origin (or Sec-Fetch-Site: cross-site);
        refused on top of the CSRF token."""
        site = self.environ.get("HTTP_SEC_FETCH_SITE", "")
        if site and site not in ("same-origin", "none"):
            return False
        origin = self.environ.get("HTTP_ORIGIN", "")
        if not origin or origin == "null":
            return not origin
        host = self.environ.get("HTTP_HOST", "")
        return origin.split("://", 1)[-1] == host


def parse(environ: dict, path: str) -> Request:
    cookies: dict[str, str] = {}
    try:
        jar = SimpleCookie(environ.get("HTTP_COOKIE", ""))
        cookies = {k: m.value for k, m in jar.items()}
    except CookieError:
        pass
    req = Request(environ.get("REQUEST_METHOD", "GET"), path, parse_qs(environ.get("QUERY_STRING", "")),
                  cookies, environ)
    if req.method == "POST":
        ctype = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
        if ctype != "application/x-www-form-urlencoded":
            raise Refused(415, "expected a form")
        length = environ.get("CONTENT_LENGTH") or ""
        if not length.isdigit():
            raise Refused(411, "Content-Length required")
        if int(length) > MAX_FORM_BYTES:
            raise Refused(413, "form too large")
        raw = environ["wsgi.input"].read(int(length))
        req.form = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
    return req


def cookie(name: str, value: str, *, path: str = "/", max_age_s: int | None = None) -> tuple[str, str]:
    """Secure, HttpOnly, SameSite=Strict: never sent over plain HTTP off this host (browsers
    treat 127.0.0.1/localhost as secure), never readable by script, never sent cross-site."""
    parts = [f"{name}={value}", f"Path={path}", "Secure", "HttpOnly", "SameSite=Strict"]
    if max_age_s is not None:
        parts.append(f"Max-Age={max_age_s}")
    return "Set-Cookie", "; ".join(parts)


def query_string(**params: str) -> str:
    kept = [(k, v) for k, v in params.items() if v not in ("", None)]
    return "&".join(f"{quote(k)}={quote(str(v), safe='')}" for k, v in kept)
