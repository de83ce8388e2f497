"""The HTTP side of `journeymap serve`: a few fixed routes and nothing else.

No route maps to the file system, so there is no path to traverse and no
directory to list. Requests must name this machine in their Host header: a
loopback name, the machine's own name, or the address the request came in
on. A web page elsewhere therefore cannot reach the server through DNS
rebinding (its requests carry the attacker's host name).

A workshop puts the page on a projector and on many laptops at once: the
listen backlog takes 200 simultaneous connections, an idle or slow client is
dropped after a timeout, and a client that goes away mid-answer is no error.
"""

from __future__ import annotations

import errno
import html
import json
import socket
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources

from journeymap.i18n import say, tr
from journeymap.messages import words as W
from journeymap.serve.live import LiveMap
from journeymap.textsafe import terminal_safe

LIVE_CSP = (
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src data:; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)
LOCAL_NAMES = {"127.0.0.1", "localhost", "::1", "[::1]"}
BACKLOG = 256  # the standard library's default is 5; a room full of laptops opens far more
CLIENT_TIMEOUT = 15.0  # seconds a client may stay silent before its connection is closed
_SCRIPT = resources.files("journeymap.serve").joinpath("app.js").read_bytes()


_PAGE_WORDS = {"updated": W.LIVE_UPDATED, "stopped": W.LIVE_STOPPED}


def page(live: LiveMap) -> str:
    from journeymap.faces.poster.html import page as html_page

    snap = live.snapshot
    words = {key: html.escape(tr(snap.lang, say(template)), quote=True) for key, template in _PAGE_WORDS.items()}
    body = (
        f'<body data-version="{snap.version}" data-updated="{words["updated"]}" data-stopped="{words["stopped"]}"><main>'
        f'<p class="muted">journeymap serve · <span id="jm-status">{html.escape(tr(snap.lang, say(W.LIVE_STATUS)))}</span></p>'
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

    timeout = CLIENT_TIMEOUT  # StreamRequestHandler sets it on the socket

    def _host_ok(self) -> bool:
        host = (self.headers.get("Host") or "").strip().lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if name in self.allowed_hosts:
            return True
        # The address this request came in on is this machine, whatever its interfaces are.
        here = self.connection.getsockname()[0].lower()
        return name in (here, f"[{here}]")

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


class LiveServer(ThreadingHTTPServer):
    request_queue_size = BACKLOG
    daemon_threads = True
    lang = "en"  # the terminal's language, for the one line a failed request leaves

    def handle_error(self, request, client_address) -> None:
        """A client that resets or times out is normal on a network; anything else is one line."""
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError, socket.timeout)) or (
            isinstance(error, OSError) and error.errno in (errno.EPIPE, errno.ECONNRESET, errno.ETIMEDOUT)
        ):
            return
        text = tr(self.lang, say(W.REQUEST_FAILED, client=client_address[0], error=f"{type(error).__name__}: {error}"))
        sys.stderr.write(terminal_safe(tr(self.lang, say(W.SERVE_LOG, message=text))) + "\n")


class LiveServer6(LiveServer):
    address_family = socket.AF_INET6


def machine_names() -> set[str]:
    """This machine's own names, lower-case, for Host headers on a shared network."""
    names = set()
    for name in (socket.gethostname(), socket.getfqdn()):
        if name:
            names.update({name.lower(), f"{name.lower()}.local"})
    return names


def network_address() -> str:
    """The address others on the network reach this machine by (no packet is sent to find it)."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: only picks the interface with the default route
        return probe.getsockname()[0]
    except OSError:
        return socket.gethostname()
    finally:
        probe.close()


def make_server(live: LiveMap, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    """Listen on ``host``; an IPv6 address (``::1``, ``::``) gets an IPv6 socket."""
    allowed = set(LOCAL_NAMES)
    if host not in ("127.0.0.1", "localhost", "::1"):
        allowed.add(host.lower())
        allowed.add(f"[{host.lower()}]")
        allowed |= machine_names()
    handler = type("LiveHandler", (Handler,), {"live": live, "allowed_hosts": allowed})
    server_class = LiveServer6 if ":" in host else LiveServer
    return server_class((host, port), handler)
