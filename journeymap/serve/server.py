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
import threading
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
KEEP_ALIVE = 10.0  # seconds between the comments that keep an event stream open
_SCRIPT = resources.files("journeymap.serve").joinpath("app.js").read_bytes()


_PAGE_WORDS = {
    "updated": W.LIVE_UPDATED,
    "stopped": W.LIVE_STOPPED,
    "position": W.LIVE_POSITION,
    "overview": W.LIVE_OVERVIEW,
}
_BUTTONS = (
    ("jm-overview", "⌂", W.LIVE_OVERVIEW_BUTTON),
    ("jm-previous", "‹", W.LIVE_PREVIOUS),
    ("jm-next", "›", W.LIVE_NEXT),
    ("jm-zoom-out", "−", W.LIVE_ZOOM_OUT),
    ("jm-zoom-in", "+", W.LIVE_ZOOM_IN),
    ("jm-full", "⛶", W.LIVE_FULL_SCREEN),
)
_STATES_BUTTON = (("jm-states", "◐", W.LIVE_STATES),)  # serve --compare: which state the page shows
# The page as a presentation: the poster fills the window under a thin bar; a stage's page fills it too.
_CSS = """
.bar { position: sticky; top: 0; z-index: 2; display: flex; align-items: center; gap: .5rem; padding: 4px 12px;
       background: %(background)s; border-bottom: 1px solid %(grid)s; font-size: .85rem; }
body.live main { max-width: none; padding: 0; }
html, body { height: 100%%; }
.bar .spacer { flex: 1; }
.bar button { font: inherit; font-size: 1rem; min-width: 2.2rem; padding: 2px 8px; border: 1px solid %(grid)s;
              border-radius: 6px; background: %(card)s; color: %(text)s; cursor: pointer; }
.poster.fill { border: 0; border-radius: 0; height: calc(100vh - 40px); overflow: auto; }
.problem + .poster.fill { height: calc(100vh - 200px); }
.poster.fill svg { width: 100%%; height: 100%%; }
.zoomed .poster.fill svg { width: calc(var(--zoom) * 100%%); height: auto; }
.below, #jm-live > .problem { margin: 0 24px; }
#jm-stage > .problem { margin: 8px 24px; }
#jm-stage[hidden], #jm-live[hidden] { display: none; }
.jm-state { display: none; }
.view-both .jm-state-both, .view-after .jm-state-after, .view-before .jm-state-before { display: block; }
"""


def page(live: LiveMap) -> str:
    from journeymap.faces.poster.html import page as html_page

    snap = live.snapshot
    lang = snap.lang

    def word(template) -> str:
        return html.escape(tr(lang, say(template)), quote=True)

    data = " ".join(f'data-{key}="{word(template)}"' for key, template in _PAGE_WORDS.items())
    buttons = "".join(
        f'<button type="button" id="{key}" title="{word(label)}" aria-label="{word(label)}">{symbol}</button>'
        for key, symbol, label in _BUTTONS + (_STATES_BUTTON if live.compare else ())
    )
    body = (
        f'<body class="live view-both" data-version="{snap.version}" data-stages="{len(snap.stages)}" {data}><main>'
        f'<div class="bar"><span class="muted">journeymap serve · <span id="jm-status">{word(W.LIVE_STATUS)}</span></span>'
        f'<span class="spacer"></span><span id="jm-where" class="muted">{word(W.LIVE_OVERVIEW)}</span>'
        f'<span class="muted">{word(W.LIVE_KEYS)}</span>{buttons}</div>'
        f'<div id="jm-live">{snap.problem}{snap.content}</div><div id="jm-stage" hidden></div></main></body>'
    )
    return html_page(snap.title, lang, body, live.theme, csp=LIVE_CSP, script="/app.js", extra_css=_CSS)


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
        if route == "/events":
            return self._events()
        if route.startswith("/stage/") and route[len("/stage/"):].isdigit():
            stage = self.live.stage(int(route[len("/stage/"):]) - 1)  # /stage/1 is the first
            if stage is not None:
                return self._send(200, stage.encode("utf-8"), "text/html; charset=utf-8")
        return self._send(404, b"not found\n", "text/plain; charset=utf-8")

    def _events(self) -> None:
        """Server-Sent Events: the version now, then each new version the moment it exists.

        A comment every few seconds keeps proxies from closing the stream and tells a
        client that left from one that is still there (its write fails)."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", LIVE_CSP)
        self.end_headers()
        if self.command == "HEAD":
            return
        version = None
        self.wfile.write(b"retry: 1000\n\n")
        while not self.server.stopping.is_set():
            snap = self.live.snapshot if version is None else self.live.wait(version, KEEP_ALIVE)
            if snap.version != version:
                version = snap.version
                state = json.dumps({"version": snap.version, "title": snap.title, "ok": not snap.problem, "stages": len(snap.stages)})
                self.wfile.write(b"id: %d\nevent: version\ndata: %s\n\n" % (version, state.encode("utf-8")))
            else:
                self.wfile.write(b": still here\n\n")
            self.wfile.flush()

    do_HEAD = do_GET

    def _refuse(self):
        self._send(405, b"method not allowed\n", "text/plain; charset=utf-8")

    do_POST = do_PUT = do_DELETE = do_PATCH = _refuse


class LiveServer(ThreadingHTTPServer):
    request_queue_size = BACKLOG
    daemon_threads = True
    lang = "en"  # the terminal's language, for the one line a failed request leaves

    def __init__(self, *args, **kwargs):
        self.stopping = threading.Event()  # set on shutdown: the event streams end
        super().__init__(*args, **kwargs)

    def shutdown(self) -> None:
        self.stopping.set()
        super().shutdown()

    def server_close(self) -> None:
        self.stopping.set()
        super().server_close()

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
