"""`journeymap serve`: a local page of one map that updates itself within a second of a save."""

from __future__ import annotations

import sys
import threading
from typing import Optional

import typer

from journeymap.cli.app import ThemeName, app, between, emit, fail


@app.command(
    short_help="A live web page of one map for the projector; it updates on save.",
    help=(
        "Show one map as a local web page that updates itself whenever the file is saved: "
        "put it on the projector and edit the YAML. A broken save shows what is wrong above "
        "the last good version.\n\n"
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
    config: Optional[str] = typer.Option(None, "--config", metavar="FILE", help="Configuration for the rules."),
) -> None:
    import os

    from journeymap.cli.common import engine_for, settings_for
    from journeymap.serve.live import LiveMap
    from journeymap.serve.server import make_server
    from journeymap.watch import Watcher

    if not os.path.isfile(path):
        fail(f"{path}: no such file" if not os.path.exists(path) else f"{path} is not a file")
    settings = settings_for([path], config)
    import gc

    gc.enable()  # a long-running command: collect as usual
    live = LiveMap(path, settings, engine_for(settings), theme.value)
    live.refresh()
    try:
        server = make_server(live, host, port)
    except OSError as exc:
        fail(_listen_problem(host, port, exc))
    port = server.server_address[1]
    everywhere = host in ("0.0.0.0", "::")
    shown_host = "127.0.0.1" if everywhere else (f"[{host}]" if ":" in host else host)
    emit(f"Serving {path} at http://{shown_host}:{port}/\n")
    if everywhere:
        from journeymap.serve.server import network_address

        emit(f"Others on your network can open http://{network_address()}:{port}/\n")
    emit("Save the file to update the page; press Ctrl-C to stop.\n")

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
                state = "has errors; showing the last good version" if snap.problem else "updated"
                emit(f"{path} {state} (version {snap.version})\n")
            except Exception as exc:  # noqa: BLE001 - reported, then the watch goes on
                live.fail(f"internal error: {type(exc).__name__}: {exc}")
                emit(f"{path}: internal error while updating ({type(exc).__name__}: {exc}); still watching\n", sys.stderr)
                stop.wait(1.0)

    threading.Thread(target=follow, daemon=True, name="journeymap-watch").start()
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        emit("Stopped.\n")
    finally:
        stop.set()
        server.server_close()


def _listen_problem(host: str, port: int, exc: OSError) -> str:
    import errno
    import socket

    reason = exc.strerror or str(exc)
    if isinstance(exc, socket.gaierror):
        return f"cannot listen on {host}: it is not an address of this machine ({reason}); try --host 127.0.0.1"
    if exc.errno == errno.EADDRINUSE:
        return f"cannot listen on port {port}: another program uses it; try --port {port + 1}, or --port 0 for any free port"
    if exc.errno in (errno.EAFNOSUPPORT, errno.EADDRNOTAVAIL) and ":" in host:
        return f"cannot listen on {host}: this machine has no IPv6 on that address ({reason}); try --host 127.0.0.1"
    if exc.errno == errno.EADDRNOTAVAIL:
        return f"cannot listen on {host}: it is not an address of this machine; try --host 127.0.0.1 or 0.0.0.0"
    if exc.errno == errno.EACCES:
        return f"cannot listen on port {port}: ports below 1024 need administrator rights; try --port 8000"
    return f"cannot listen on {host}:{port}: {reason} (try another --port)"
