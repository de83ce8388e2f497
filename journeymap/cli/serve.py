"""`journeymap serve`: a local page of one map that updates itself within a second of a save."""

from __future__ import annotations

import sys
import threading
from typing import Optional

import typer

from journeymap.cli.app import AUDIENCE_HELP, LANG_HELP, Audience, Lang, ThemeName, app, between, emit, fail, say_here, speak
from journeymap.i18n import say
from journeymap.messages import cli as C
from journeymap.messages import words as W


@app.command(
    short_help="A live web page of one map for the projector; it updates on save.",
    help=(
        "Show one map as a local web page that updates itself whenever the file is saved: "
        "put it on the projector and edit the YAML. A broken save shows what is wrong above "
        "the last good version.\n\n"
        "The page is a presentation: the whole journey fills the screen; → and ← (or a clicker's "
        "page keys) show one stage at a time in large type, Home goes back to the whole journey, "
        "+ and − zoom, f is full screen. The address keeps the stage, so a reload stays on it.\n\n"
        "Only this computer can open the page (127.0.0.1) unless --host says otherwise. "
        "Press Ctrl-C to stop."
    )
)
def serve(
    path: str = typer.Argument(..., metavar="FILE", help="The journey map."),
    port: int = typer.Option(
        8000, "--port", metavar="N", callback=between(0, 65535), help="Port to listen on (0: any free port)."
    ),
    host: str = typer.Option("127.0.0.1", "--host", metavar="ADDRESS", help="Address to listen on; 0.0.0.0 shares it on your network."),
    theme: ThemeName = typer.Option(ThemeName.light, "--theme", help="light or dark."),
    audience: Audience = typer.Option(Audience.team, "--audience", help=AUDIENCE_HELP),
    compare: Optional[str] = typer.Option(
        None, "--compare", metavar="OTHER",
        help="The other state of the journey (a current or future map): v toggles both, the future and the current.",
    ),
    config: Optional[str] = typer.Option(None, "--config", metavar="FILE", help="Configuration for the rules."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help=LANG_HELP, show_default=False),
) -> None:
    import os

    from journeymap.cli.common import engine_for, settings_for
    from journeymap.i18n import chosen_language
    from journeymap.serve.live import LiveMap
    from journeymap.serve.server import make_server
    from journeymap.watch.files import Watcher

    said = speak(lang)
    for named in (path, compare) if compare else (path,):
        if not os.path.isfile(named):
            fail(say(C.NO_SUCH_FILE, path=named) if not os.path.exists(named) else say(C.NOT_A_FILE, path=named))
    settings = settings_for([path], config)
    import gc

    gc.enable()  # a long-running command: collect as usual
    live = LiveMap(
        path, settings, engine_for(settings), theme.value, chosen_language(getattr(lang, "value", None)), audience.value,
        compare=compare,
    )
    live.refresh()
    try:
        server = make_server(live, host, port)
    except OSError as exc:
        fail(_listen_problem(host, port, exc))
    port = server.server_address[1]
    everywhere = host in ("0.0.0.0", "::")
    shown_host = "127.0.0.1" if everywhere else (f"[{host}]" if ":" in host else host)
    emit(say_here(C.SERVING, path=path, url=f"http://{shown_host}:{port}/") + "\n")
    if everywhere:
        from journeymap.serve.server import network_address

        emit(say_here(C.SERVING_NETWORK, url=f"http://{network_address()}:{port}/") + "\n")
    emit(say_here(C.SERVING_HOW) + "\n")

    stop = threading.Event()

    def follow() -> None:
        # This thread must outlive any error: one it cannot handle is shown on the page and
        # here, and the next save is tried again as usual.
        watcher = Watcher(sorted(live.sources), max_bytes=settings.max_file_size)
        while not stop.is_set():
            try:
                if not watcher.wait(stop.is_set):
                    return
                snap = live.refresh()
                watcher.watch(sorted(live.sources))
                template = C.SERVE_BROKEN if snap.problem else C.SERVE_UPDATED
                emit(say_here(template, path=path, version=snap.version) + "\n")
            except Exception as exc:  # noqa: BLE001 - reported, then the watch goes on
                error = f"{type(exc).__name__}: {exc}"
                live.fail(say(W.LIVE_INTERNAL, error=error))
                emit(say_here(C.SERVE_INTERNAL, path=path, error=error) + "\n", sys.stderr)
                stop.wait(1.0)

    threading.Thread(target=follow, daemon=True, name="journeymap-watch").start()
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        emit(say_here(C.SERVE_STOPPED) + "\n")
    finally:
        stop.set()
        server.server_close()


def _listen_problem(host: str, port: int, exc: OSError):
    import errno
    import socket

    reason = exc.strerror or str(exc)
    if isinstance(exc, socket.gaierror):
        return say(C.LISTEN_NOT_HERE, host=host, reason=reason)
    if exc.errno == errno.EADDRINUSE:
        return say(C.LISTEN_PORT_USED, port=port, next=port + 1)
    if exc.errno in (errno.EAFNOSUPPORT, errno.EADDRNOTAVAIL) and ":" in host:
        return say(C.LISTEN_NO_IPV6, host=host, reason=reason)
    if exc.errno == errno.EADDRNOTAVAIL:
        return say(C.LISTEN_NOT_ADDRESS, host=host)
    if exc.errno == errno.EACCES:
        return say(C.LISTEN_PRIVILEGED, port=port)
    return say(C.LISTEN_OTHER, host=host, port=port, reason=reason)
