"""The HTTP side of `journeymap serve`: a few fixed routes and nothing else.

No route maps to the file system, so there is no path to traverse and no
directory to list. Requests must name this machine in their Host header
(a web page elsewhere cannot reach the server through DNS rebinding).
"""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources

from .live import LiveMap

LIVE_CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src data:"
LOCAL_NAMES = {"127.0.0.1", "localhost", "::1", "[::1]"}
_SCRIPT = resources.files("journeymap.serve").joinpath("app.js").read_bytes()


def page(live: LiveMap) -> str:
    from ..render.html import page as html_page

    snap = live.snapshot
    body = (
        f'<body data-version="{snap.version}"><main>'
        '<p class="muted">journeymap serve · <span id="jm-status">live: saving the file updates this page</span></p>'
        f'<div id="jm-live">{snap.problem}{snap.content}</div></main></body>'
    )
    return html_page(snap.title, snap.lang, body, live.theme, csp=LIVE_CSP, script="/app.js")


class Handler(BaseHTTPRequestHandler):
    live: LiveMap
    allowed_hosts: set[str]
    server_version = "journeymap"
    sys_version = ""

    def log_message(self, format, *args):  # quiet: the terminal shows saves, not requests
        return

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", LIVE_CSP)
        self.send_header("Referrer-Policy", "no-referrer")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _host_ok(self) -> bool:
        host = (self.headers.get("Host") or "").strip().lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        return name in self.allowed_hosts

    def do_GET(self):  # noqa: N802 (http.server's naming)
        if not self._host_ok():
            return self._send(403, b"forbidden host\n", "text/plain; charset=utf-8")
        route = self.path.split("?", 1)[0]
        if route == "/":
            return self._send(200, page(self.live).encode("utf-8"), "text/html; charset=utf-8")
        if route == "/app.js":
            return self._send(200, _SCRIPT, "text/javascript; charset=utf-8")
        if route == "/version":
            snap = self.live.snapshot
            state = {"version": snap.version, "title": snap.title, "ok": not snap.problem}
            return self._send(200, json.dumps(state).encode(), "application/json")
        if route == "/content":
            snap = self.live.snapshot
            return self._send(200, (snap.problem + snap.content).encode("utf-8"), "text/html; charset=utf-8")
        return self._send(404, b"not found\n", "text/plain; charset=utf-8")

    do_HEAD = do_GET

    def _refuse(self):
        self._send(405, b"method not allowed\n", "text/plain; charset=utf-8")

    do_POST = do_PUT = do_DELETE = do_PATCH = _refuse


def make_server(live: LiveMap, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    allowed = set(LOCAL_NAMES)
    if host not in ("127.0.0.1", "localhost", "::1"):
        allowed.add(host.lower())
    handler = type("LiveHandler", (Handler,), {"live": live, "allowed_hosts": allowed})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server
