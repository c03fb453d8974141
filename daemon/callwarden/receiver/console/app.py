"""ConsoleApp: the console's WSGI application (the receiver's app hands it every /console path).

Order per request: static and login pages need nothing; every other page needs a live session
(else GET redirects to the login page and POST is refused), every POST the session's CSRF token
and a same-origin browser, every page its least role (users.allows)."""

from __future__ import annotations

import logging
import os
from typing import Callable, Iterable
from urllib.parse import quote, unquote

import psycopg

from callwarden.receiver import db, logsafe
from callwarden.receiver.config import ReceiverConfig
from callwarden.receiver.console import (PREFIX, access, logins, pages_annotation, pages_appliances, pages_audit,
                                         pages_call, pages_calls, pages_sla, sessions, static, users)
from callwarden.receiver.console.markup import csrf_field, esc, page
from callwarden.receiver.console.web import (HTML, SECURITY_HEADERS, Refused, Request, Response, cookie, parse,
                                             redirect)
from callwarden.receiver.ratelimit import Limited, RateLimiter

log = logging.getLogger("callwarden.receiver")
REASONS = {200: "OK", 303: "See Other", 400: "Bad Request", 403: "Forbidden", 404: "Not Found",
           405: "Method Not Allowed", 410: "Gone", 411: "Length Required", 413: "Content Too Large",
           415: "Unsupported Media Type", 429: "Too Many Requests", 500: "Internal Server Error",
           503: "Service Unavailable"}
CHUNK = 1 << 16
# Login attempts per client address: a burst, then one every 2 s (argon2 makes each one costly too).
LOGIN_RATE_PER_S, LOGIN_BURST = 0.5, 10
# (path, least role, title of the nav entry it belongs to)
PAGES = {"/appliances": "viewer", "/calls": "viewer", "/sla": "viewer", "/sla.csv": "viewer",
         "/annotation": "viewer", "/audit": "auditor", "/users": "admin"}


class _File:
    def __init__(self, f, size: int) -> None:
        self.file, self.size = f, size


class ConsoleApp:
    def __init__(self, cfg: ReceiverConfig, pool: db.Pool) -> None:
        self.cfg = cfg
        self.pool = pool
        self.login_limiter = RateLimiter(LOGIN_RATE_PER_S, LOGIN_BURST)

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "").encode("latin-1").decode("utf-8", "replace")
        try:
            resp = self.handle(environ, path)
        except Refused as e:
            resp = Response(e.status, page("Refused", f'<p class="error">{esc(e.message)}</p>'
                                           f'<p><a href="{PREFIX}/">back</a></p>'))
        except (db.DbError, psycopg.OperationalError) as e:
            log.error("console: database unavailable: %s", type(e).__name__)
            resp = Response(503, page("Unavailable", "<p>The database does not answer.</p>"))
        except Exception:
            log.exception("console request failed: %s %s", logsafe.field(environ.get("REQUEST_METHOD")),
                          logsafe.field(path))
            resp = Response(500, page("Error", "<p>Internal error (see the receiver's log).</p>"))
        headers = [("Content-Type", resp.content_type), *SECURITY_HEADERS, *resp.headers]
        status = f"{resp.status} {REASONS.get(resp.status, '')}"
        if isinstance(resp.body, _File):
            start_response(status, [*headers, ("Content-Length", str(resp.body.size))])
            wrapper = environ.get("wsgi.file_wrapper")
            return wrapper(resp.body.file, CHUNK) if wrapper else _chunks(resp.body.file)
        start_response(status, [*headers, ("Content-Length", str(len(resp.body)))])
        return [resp.body]

    def handle(self, environ: dict, path: str) -> Response:
        if path in ("/", PREFIX, PREFIX + "/"):
            return redirect(PREFIX + "/appliances")
        sub = path[len(PREFIX):]
        if sub == "/static/console.css":
            return Response(200, static.CSS, "text/css; charset=utf-8")
        req = parse(environ, path)
        if sub == "/login":
            return self.login(req)
        with self.pool.connection() as conn:
            session = sessions.lookup(conn, req.cookies.get(sessions.COOKIE), self.cfg.console_session_idle_s,
                                      self.cfg.console_session_max_s)
        if session is None:
            if req.method != "GET":
                raise Refused(403, "not logged in (or the session expired)")
            return redirect(f"{PREFIX}/login?next={quote(path + ('?' + environ['QUERY_STRING'] if environ.get('QUERY_STRING') else ''), safe='')}")
        if req.method == "POST":
            if not sessions.same(session.csrf, req.field("csrf")) or not req.origin_ok:
                log.warning("console: POST %s by %s without a valid CSRF token or from another origin: refused",
                            logsafe.field(path), logsafe.field(session.user))
                raise Refused(403, "CSRF token missing or wrong: reload the page and try again")
        elif req.method not in ("GET", "HEAD"):
            raise Refused(405, "use GET")
        return self.dispatch(req, sub, session)

    def dispatch(self, req: Request, sub: str, s: sessions.Session) -> Response:
        def need(role: str) -> None:
            if not users.allows(s.role, role):
                raise Refused(403, f"this page is for the {role} role and above; you are {s.role}")

        def html(result: tuple[str, str], active: str) -> Response:
            title, body = result
            return Response(200, page(title, body, user=s.user, role=s.role, csrf=s.csrf, active=active))

        post = req.method == "POST"
        if sub == "/logout" and post:
            with self.pool.connection() as conn:
                sessions.end(conn, s)
            return redirect(f"{PREFIX}/login", cookie(sessions.COOKIE, "", max_age_s=0))
        if sub == "/audit/verify" and post:
            need("auditor")
            with self.pool.connection() as conn:
                pages_audit.run_verify(conn, req.field("appliance"), s.user)
            return redirect(f"{PREFIX}/audit")
        if post:
            raise Refused(405, "nothing to POST here")
        for prefix, what in (("/calls/", "timeline"), ("/recordings/", "recording")):
            if sub.startswith(prefix):
                appliance, call_id = _names(req.environ, PREFIX + prefix)
                with self.pool.connection() as conn:
                    access.record(conn, s.user, s.role, appliance, call_id, what, req.remote)
                    if what == "recording":
                        return self.recording(conn, appliance, call_id)
                    return html(pages_call.page(conn, appliance, call_id), "/calls")
        if sub not in PAGES:
            raise Refused(404, "no such page")
        need(PAGES[sub])
        with self.pool.connection() as conn:
            if sub == "/appliances":
                return html(pages_appliances.page(conn, self.cfg, s.role, s.csrf), sub)
            if sub == "/calls":
                return html(pages_calls.page(req, conn), sub)
            if sub == "/sla":
                return html(pages_sla.page(req, conn, self.cfg), sub)
            if sub == "/sla.csv":
                return pages_sla.csv_export(req, conn, self.cfg)
            if sub == "/annotation":
                return html(pages_annotation.page(req, conn, self.cfg), sub)
            if sub == "/audit":
                return html(pages_audit.page(req, conn, s.csrf, self.cfg), sub)
            return html(pages_audit.users_page(conn), sub)

    def recording(self, conn, appliance: str, call_id: str) -> Response:
        row = conn.execute("SELECT path FROM recordings WHERE appliance = %s AND call_id = %s",
                           (appliance, call_id)).fetchone()
        conn.rollback()
        if row is None:
            raise Refused(404, "no recording of this call")
        if row[0] is None:
            raise Refused(410, "this recording was erased")
        try:
            f = open(row[0], "rb")
        except FileNotFoundError:
            raise Refused(404, "the recording file is missing (run verify)") from None
        return Response(200, _File(f, os.fstat(f.fileno()).st_size), "audio/wav")

    def login(self, req: Request) -> Response:
        nxt = req.arg("next")
        if not nxt.startswith(PREFIX + "/") or nxt.startswith(PREFIX + "//"):
            nxt = PREFIX + "/appliances"  # only a page of this console: no open redirect
        if req.method == "GET":
            return self._login_form(nxt, "")
        if req.method != "POST":
            raise Refused(405, "use GET or POST")
        if not sessions.same(req.cookies.get(sessions.LOGIN_COOKIE, ""), req.field("csrf")) or not req.origin_ok:
            raise Refused(403, "CSRF token missing or wrong: reload the login page and try again")
        try:
            self.login_limiter.admit(req.remote)
        except Limited as e:
            raise Refused(429, f"too many login attempts: wait {e.retry_after_s} s") from None
        name, password = req.field("user").strip(), req.field("password")
        with self.pool.connection() as conn:
            # Checked before the password: during a lockout a right guess is refused like a wrong one.
            wait_s = logins.lockout_s(conn, name, req.remote, self.cfg)
            if wait_s is not None:
                logins.record(conn, name, req.remote, "locked")
                log.warning("console: login as %s from %s refused: too many failed logins",
                            logsafe.field(name[:64]), req.remote)
                resp = self._login_form(nxt, f"Too many failed logins: try again in {wait_s} s.", status=429)
                resp.headers.append(("Retry-After", str(wait_s)))
                return resp
            role = users.authenticate(conn, name, password) if name and password else None
            logins.record(conn, name, req.remote, "failed" if role is None else "ok")
            if role is None:
                log.info("console: failed login as %s from %s", logsafe.field(name[:64]), req.remote)
                return self._login_form(nxt, "Wrong user name or password.", status=403)
            token = sessions.create(conn, name, self.cfg.console_session_idle_s, self.cfg.console_session_max_s)
        log.info("console: %s logged in from %s", logsafe.field(name), req.remote)
        return redirect(nxt, cookie(sessions.COOKIE, token), cookie(sessions.LOGIN_COOKIE, "", max_age_s=0))

    def _login_form(self, nxt: str, error: str, status: int = 200) -> Response:
        token = sessions.new_token()
        body = (f'{f"<p class=error>{esc(error)}</p>" if error else ""}'
                f'<form method="post" class="login" action="{PREFIX}/login?next={esc(quote(nxt, safe=""))}">'
                f'{csrf_field(token)}<label>User <input name="user" autocomplete="username" required></label>'
                '<label>Password <input name="password" type="password" autocomplete="current-password" required>'
                '</label><button type="submit">Log in</button></form>')
        return Response(status, page("Log in", body), HTML, [cookie(sessions.LOGIN_COOKIE, token)])


def _names(environ: dict, prefix: str) -> tuple[str, str]:
    """APPLIANCE/CALL_ID after `prefix`, split before percent-decoding (either may hold a '/')."""
    raw = environ.get("REQUEST_URI", "").split("?", 1)[0]
    parts = raw[len(prefix):].split("/") if raw.startswith(prefix) else []
    names = [unquote(p, encoding="utf-8", errors="replace") for p in parts]
    if len(names) != 2 or not all(names):
        raise Refused(404, "expected APPLIANCE/CALL_ID")
    return names[0], names[1]


def _chunks(f) -> Iterable[bytes]:
    with f:
        yield from iter(lambda: f.read(CHUNK), b"")
