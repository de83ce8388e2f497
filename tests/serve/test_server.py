"""The served page's routes: the map, live state, and nothing else."""

from __future__ import annotations

import http.client
import json
import threading

import pytest

from journeymap.config import Settings
from journeymap.rules.engine import Engine
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
    assert "The last save cannot be shown" in content and "最初の60日" in content and "E100" in content
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
