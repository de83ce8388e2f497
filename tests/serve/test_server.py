"""The served page's routes: the map, live state, and nothing else."""

from __future__ import annotations

import http.client
import json
import threading

import pytest

from journeymap.check.config import Settings
from journeymap.check.engine import Engine
from journeymap.serve.live import LiveMap
from journeymap.serve.server import make_server

from ..conftest import EXAMPLES


@pytest.fixture
def server(tmp_path):
    path = tmp_path / "map.yaml"
    path.write_text((EXAMPLES / "coffee-subscription.ja.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "kenji.yaml").write_text((EXAMPLES / "personas" / "kenji.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    live = LiveMap(str(path), Settings(), Engine())
    live.refresh()
    httpd = make_server(live, "127.0.0.1", 0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield live, path, httpd.server_address[1]
    httpd.shutdown()
    httpd.server_close()


def get(port, route, method="GET", host=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request(method, route, headers={"Host": host or f"127.0.0.1:{port}"})
    response = connection.getresponse()
    return response.status, dict(response.getheaders()), response.read().decode("utf-8")


def test_page_shows_the_map_with_a_script_from_this_origin_only(server):
    _, _, port = server
    status, headers, body = get(port, "/")
    assert status == 200
    assert "コーヒー定期便 — 最初の90日" in body and "<svg" in body
    assert '<script src="/app.js" defer></script>' in body
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert headers["Cache-Control"] == "no-store"
    assert get(port, "/app.js")[0] == 200


def test_version_changes_when_the_map_changes_and_a_broken_save_keeps_the_last_good_map(server):
    live, path, port = server
    state = json.loads(get(port, "/version")[2])
    assert state == {"version": 1, "title": "コーヒー定期便 — 最初の90日", "ok": True}
    path.write_text(path.read_text(encoding="utf-8").replace("最初の90日", "最初の60日"), encoding="utf-8")
    live.refresh()
    assert json.loads(get(port, "/version")[2])["version"] == 2
    path.write_text("journeymap: 1\ntitle: [broken\n", encoding="utf-8")
    live.refresh()
    state = json.loads(get(port, "/version")[2])
    assert state["version"] == 3 and state["ok"] is False and state["title"] == "コーヒー定期便 — 最初の60日"
    content = get(port, "/content")[2]
    # The Japanese map's page speaks Japanese, problems included.
    assert "最後に保存した内容は表示できない" in content and "最初の60日" in content and "E100" in content
    live.refresh()
    assert json.loads(get(port, "/version")[2])["version"] == 3  # nothing new, same version


@pytest.mark.parametrize("route", ["/map.yaml", "/../map.yaml", "/personas/kenji.yaml", "/etc/passwd", "/static/", "/index.html"])
def test_no_file_is_served_and_nothing_is_listed(server, route):
    assert get(server[2], route)[0] == 404


def test_other_hosts_and_methods_are_refused(server):
    port = server[2]
    assert get(port, "/", host="evil.example")[0] == 403
    assert get(port, "/", host=f"localhost:{port}")[0] == 200
    assert get(port, "/", method="POST")[0] == 405


def test_the_page_cannot_be_framed(server):
    headers = get(server[2], "/")[1]
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]


def test_two_hundred_simultaneous_requests_all_get_an_answer(server):
    from concurrent.futures import ThreadPoolExecutor

    port = server[2]
    # Open all 200 connections first, so that they really wait in the listen backlog together.
    connections = [http.client.HTTPConnection("127.0.0.1", port, timeout=5) for _ in range(200)]
    for connection in connections:
        connection.connect()

    def ask(connection):
        connection.request("GET", "/version", headers={"Host": f"127.0.0.1:{port}"})
        response = connection.getresponse()
        response.read()
        connection.close()
        return response.status

    with ThreadPoolExecutor(max_workers=200) as pool:
        statuses = list(pool.map(ask, connections))
    assert statuses == [200] * 200


def test_a_silent_client_is_dropped_and_others_are_still_served(server, monkeypatch):
    import socket

    from journeymap.serve import server as server_module

    monkeypatch.setattr(server_module.Handler, "timeout", 0.5)
    port = server[2]
    silent = socket.create_connection(("127.0.0.1", port), timeout=5)
    assert get(port, "/version")[0] == 200  # not blocked by the silent one
    assert silent.recv(100) == b""  # the server closed it after its timeout
    silent.close()


def test_a_client_that_resets_the_connection_leaves_no_traceback(server, capfd):
    import socket
    import struct

    port = server[2]
    for _ in range(5):
        client = socket.create_connection(("127.0.0.1", port), timeout=5)
        client.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST on close
        client.close()
    assert get(port, "/version")[0] == 200
    assert "Traceback" not in capfd.readouterr().err


def test_shared_on_the_network_it_accepts_this_machines_names_and_addresses_only(tmp_path):
    import socket

    from journeymap.serve.server import machine_names

    path = tmp_path / "map.yaml"
    path.write_text((EXAMPLES / "weak-signup.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    live = LiveMap(str(path), Settings(), Engine())
    live.refresh()
    httpd = make_server(live, "0.0.0.0", 0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        port = httpd.server_address[1]
        assert get(port, "/", host=f"127.0.0.1:{port}")[0] == 200
        assert get(port, "/", host=f"{socket.gethostname()}:{port}")[0] == 200
        assert all(name in machine_names() for name in (socket.gethostname().lower(), socket.gethostname().lower() + ".local"))
        # Reached through another address of this machine: the address itself is fine as Host.
        other = next((a for a in _own_addresses() if a != "127.0.0.1"), None)
        if other:
            connection = http.client.HTTPConnection(other, port, timeout=10)
            connection.request("GET", "/", headers={"Host": f"{other}:{port}"})
            assert connection.getresponse().status == 200
        # DNS rebinding: a foreign name that resolves here is still refused.
        assert get(port, "/", host=f"attacker.example:{port}")[0] == 403
        assert get(port, "/", host="10.9.8.7")[0] == 403
    finally:
        httpd.shutdown()
        httpd.server_close()


def _own_addresses() -> list[str]:
    import socket

    try:
        return sorted({info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)})
    except OSError:
        return []


def test_ipv6_loopback_works_or_says_why(cli, tmp_path, monkeypatch):
    import socket

    path = tmp_path / "map.yaml"
    path.write_text((EXAMPLES / "weak-signup.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    live = LiveMap(str(path), Settings(), Engine())
    live.refresh()
    try:
        httpd = make_server(live, "::1", 0)
    except OSError as exc:
        # No IPv6 here: the command must say so in one line.
        from journeymap.cli.serve import _listen_problem

        assert "IPv6" in _listen_problem("::1", 8000, exc) or "not an address" in _listen_problem("::1", 8000, exc)
        return
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        port = httpd.server_address[1]
        connection = http.client.HTTPConnection("::1", port, timeout=10)
        connection.request("GET", "/version", headers={"Host": f"[::1]:{port}"})
        assert connection.getresponse().status == 200
        assert socket.has_ipv6
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_port_in_use_says_what_to_type(cli, tmp_path):
    import socket

    path = tmp_path / "map.yaml"
    path.write_text((EXAMPLES / "weak-signup.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    port = busy.getsockname()[1]
    try:
        result = cli("serve", str(path), "--port", str(port))
    finally:
        busy.close()
    assert result.exit_code == 2
    assert result.stderr == f"journeymap: error: cannot listen on port {port}: another program uses it; try --port {port + 1}, or --port 0 for any free port\n"


def test_each_stage_has_a_page_of_its_own(server):
    _, _, port = server
    status, _, body = get(port, "/stage/1")
    assert status == 200 and "<svg" in body and "認知" in body and "興味・関心" not in body.split("<desc")[0]
    assert get(port, "/stage/9")[0] == 200
    for missing in ("/stage/0", "/stage/10", "/stage/x", "/stage/-1"):
        assert get(port, missing)[0] == 404


def test_the_server_pushes_each_new_version_as_an_event(server):
    live, path, port = server
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", "/events", headers={"Host": f"127.0.0.1:{port}"})
    response = connection.getresponse()
    assert response.status == 200 and response.getheader("Content-Type").startswith("text/event-stream")

    def next_event() -> dict:
        lines = []
        while True:
            line = response.fp.readline().decode("utf-8").rstrip("\n")
            if line == "" and any(item.startswith("data:") for item in lines):
                return json.loads(next(item for item in lines if item.startswith("data:"))[5:])
            if line:
                lines.append(line)

    assert next_event()["version"] == 1
    path.write_text(path.read_text(encoding="utf-8").replace("最初の90日", "最初の60日"), encoding="utf-8")
    live.refresh()
    event = next_event()
    assert event == {"version": 2, "title": "コーヒー定期便 — 最初の60日", "ok": True, "stages": 9}
    connection.close()


def test_serve_compare_toggles_between_both_states_the_future_and_the_current(tmp_path):
    for name in ("meal-kit.current.yaml", "meal-kit.future.yaml"):
        (tmp_path / name).write_text((EXAMPLES / name).read_text(encoding="utf-8"), encoding="utf-8")
    current, future = tmp_path / "meal-kit.current.yaml", tmp_path / "meal-kit.future.yaml"
    # Named either way round, the page draws the future over the current.
    live = LiveMap(str(current), Settings(), Engine(), compare=str(future))
    assert str(future) in live.sources
    snap = live.refresh()
    assert not snap.problem and snap.title == "Pantry Box sign-up — after the redesign"
    both, rest = snap.content.split('class="poster fill jm-state jm-state-after"')
    assert both.count('class="jm-before"') == 1 and "Change" in both
    after, before = rest.split('class="poster fill jm-state jm-state-before"')
    assert 'class="jm-before"' not in after and "after the redesign" in after
    assert 'class="jm-before"' not in before and "Reminder ads" in before
    assert 'class="jm-before"' in live.stage(1)  # a stage's page shows both states
    httpd = make_server(live, "127.0.0.1", 0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        body = get(httpd.server_address[1], "/")[2]
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert 'class="live view-both"' in body and 'id="jm-states"' in body
    # A save of the current map is a new version too.
    current.write_text(current.read_text(encoding="utf-8").replace("emotion: {lena: 2, george: -1}", "emotion: {lena: 2, george: 1}"), encoding="utf-8")
    assert live.refresh().version == snap.version + 1


def test_serve_without_compare_has_no_state_toggle(server):
    _, _, port = server
    body = get(port, "/")[2]
    assert 'id="jm-states"' not in body and 'class="poster fill jm-state' not in body
