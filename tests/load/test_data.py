"""Survey files (data:): every encoding real exports come in, and every way they go wrong.

Bad data is a finding with the data file's line (or the map's line naming it), never
a traceback; the map itself stays usable; the data file is never written.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journeymap.load.loader import MapLoader

MAP = """\
journeymap: 1
title: Survey
personas: [{{id: aiko, name: Aiko}}]
stages:
  - id: purchase
    name: Purchase
    touchpoints:
      - {{id: signup-form, name: Sign-up form, emotion: 1}}
      - {{id: checkout, name: Checkout, emotion: 0}}
data:
{entries}
"""
TIDY = "touchpoint,metric,score,segment\nsignup-form,csat,4,aiko\nsignup-form,csat,2,\ncheckout,nps,10,\n"


def project(tmp_path: Path, entries: str, files: dict[str, bytes]) -> Path:
    (tmp_path / "journeymap.toml").write_text("")
    for name, data in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    path = tmp_path / "map.yaml"
    path.write_text(MAP.format(entries=entries), encoding="utf-8")
    return path


def load(path: Path, **limits):
    return MapLoader(**limits).load(str(path))


def found(loaded) -> list[tuple[str, str, int, int]]:
    return [(f.code, os.path.basename(f.path), f.line, f.column) for f in loaded.findings]


def counts(loaded, touchpoint="signup-form", metric="csat"):
    tally = loaded.journey.measured.tally(touchpoint, metric)
    return dict(tally.points()) if tally else {}


@pytest.mark.parametrize(
    ("encoded", "name"),
    [
        (TIDY.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TIDY.encode("utf-8"), "utf-8 with BOM"),
        (TIDY.replace("aiko", "愛子").encode("cp932"), "cp932"),
        (("\ufeff" + TIDY.replace(",", "\t")).encode("utf-16-le"), "utf-16 LE with BOM, tabs"),
        (("\ufeff" + TIDY.replace(",", "\t")).encode("utf-16-be"), "utf-16 BE with BOM, tabs"),
        (TIDY.replace(",", ";").replace("\n", "\r\n").encode("utf-8"), "semicolons, CRLF"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_every_encoding_gives_the_same_answers(tmp_path, encoded, name):
    loaded = load(project(tmp_path, "  - file: answers.csv", {"answers.csv": encoded}))
    assert loaded.findings == []
    assert counts(loaded) == {1: 0, 2: 1, 3: 0, 4: 1, 5: 0}
    assert counts(loaded, "checkout", "nps")[10] == 1


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("\ufeff".encode("utf-32"), ("E114", "answers.csv", 1, 1)),
        (TIDY.encode("utf-16-le"), ("E114", "answers.csv", 1, 1)),  # UTF-16 without its BOM
        (b"", ("E131", "answers.csv", 1, 1)),
        (b"\n\n", ("E131", "answers.csv", 1, 1)),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ("E114", "answers.csv", 1, 1)),
        (TIDY.encode() + b"checkout,nps,\x81 ,\n", ("E114", "answers.csv", 5, 1)),  # neither UTF-8 nor cp932
    ],
    ids=["utf-32", "utf-16-without-bom", "empty", "blank-lines", "binary", "short-utf8-then-junk"],
)
def test_unreadable_files_are_one_finding(tmp_path, data, expected):
    loaded = load(project(tmp_path, "  - file: answers.csv", {"answers.csv": data}))
    assert loaded.ok  # the map is still drawn; the file's answers are left out
    if expected is None:
        assert [f.code for f in loaded.findings] == ["E114"]
    else:
        assert found(loaded) == [expected]


def test_an_encoding_change_past_the_first_64_kb_points_at_its_line(tmp_path):
    body = "touchpoint,metric,score\n" + "checkout,nps,9\n" * 8000  # ~120 KB of UTF-8
    data = body.encode() + "checkout,nps,１０\n".encode("cp932")
    loaded = load(project(tmp_path, "  - file: answers.csv", {"answers.csv": data}))
    assert [(code, line) for code, _, line, _ in found(loaded)] == [("E114", 8002)]
    assert "not valid UTF-8" in loaded.findings[0].message


def test_the_file_a_map_names_must_be_there_inside_its_root(tmp_path):
    entries = "\n".join(
        [
            "  - file: missing.csv",
            "  - file: /etc/passwd",
            "  - file: ../outside.csv",
            "  - file: folder",
        ]
    )
    (tmp_path / "folder").mkdir()
    loaded = load(project(tmp_path, entries, {}))
    assert found(loaded) == [("E130", "map.yaml", 11, 5), ("E130", "map.yaml", 12, 5), ("E130", "map.yaml", 13, 5), ("E130", "map.yaml", 14, 5)]
    messages = [f.message for f in loaded.findings]
    assert "does not exist" in messages[0] and "absolute" in messages[1] and "outside" in messages[2]
    assert "directory" in messages[3]


def test_a_named_pipe_is_refused_without_waiting(tmp_path):
    path = project(tmp_path, "  - file: pipe.csv", {})
    os.mkfifo(tmp_path / "pipe.csv")
    loaded = load(path)
    assert [f.code for f in loaded.findings] == ["E130"]


def test_data_has_its_own_size_limit(tmp_path):
    path = project(tmp_path, "  - file: answers.csv", {"answers.csv": TIDY.encode()})
    assert load(path, max_bytes=10).findings != []  # the map itself is above 10 bytes
    loaded = load(path, max_data_bytes=20)
    assert found(loaded) == [("E115", "answers.csv", 1, 1)]
    assert "max-data-size" in loaded.findings[0].hint
    assert load(path, max_bytes=1000, max_data_bytes=1000).findings == []


def test_columns_the_file_does_not_have_get_did_you_mean(tmp_path):
    data = "Touchpoint,Metric,Rating\nsignup-form,csat,4\n"
    loaded = load(project(tmp_path, "  - file: answers.csv", {"answers.csv": data.encode()}))
    assert found(loaded) == [("E131", "answers.csv", 1, 1)]
    assert "'score'" in loaded.findings[0].message
    assert "Touchpoint, Metric, Rating" in loaded.findings[0].hint
    # Named under columns:, a header is found whatever its case.
    entries = "  - file: answers.csv\n    columns: {score: rating}"
    assert load(project(tmp_path, entries, {"answers.csv": data.encode()})).findings == []
    entries = "  - file: answers.csv\n    columns: {score: Ratng}"
    loaded = load(project(tmp_path, entries, {"answers.csv": data.encode()}))
    assert found(loaded) == [("E131", "map.yaml", 12, 14)]
    assert "did you mean 'Rating'" in loaded.findings[0].hint


def test_unknown_touchpoints_and_metrics_point_at_their_first_row(tmp_path):
    data = TIDY + "signup-from,csat,3,\nsignup-from,csat,4,\ncheckout,csta,4,\n"
    loaded = load(project(tmp_path, "  - file: answers.csv", {"answers.csv": data.encode()}))
    assert found(loaded) == [("E132", "answers.csv", 5, 1), ("E132", "answers.csv", 7, 10)]
    assert loaded.findings[0].message == "touchpoint 'signup-from' is not in the map (2 answers)"
    assert loaded.findings[0].hint == "did you mean 'signup-form'?"
    assert "did you mean csat?" in loaded.findings[1].hint
    assert counts(loaded) == {1: 0, 2: 1, 3: 0, 4: 1, 5: 0}  # the unknown rows are left out


def test_export_questions_must_exist_and_measure_a_touchpoint_of_the_map(tmp_path):
    forms = "Timestamp,How easy was it?,How satisfied are you?\n2026/10/01 9:00:00,6,4\n"
    entries = "\n".join(
        [
            "  - file: forms.csv",
            "    format: google-forms",
            "    questions:",
            "      - {column: How satisfied are you?, touchpoint: signup-form, metric: csat}",
            "      - {column: How easy is it?, touchpoint: checkout, metric: ces}",
        ]
    )
    loaded = load(project(tmp_path, entries, {"forms.csv": forms.encode()}))
    assert found(loaded) == [("E131", "map.yaml", 15, 9)]
    assert "'How easy was it?'" in loaded.findings[0].hint
    entries = entries.replace("How easy is it?, touchpoint: checkout", "How easy was it?, touchpoint: chekout")
    loaded = load(project(tmp_path, entries, {"forms.csv": forms.encode()}))
    assert found(loaded) == [("E132", "map.yaml", 15, 9)]
    assert counts(loaded) == {1: 0, 2: 0, 3: 0, 4: 1, 5: 0}  # the other question is still read


def test_a_qualtrics_export_needs_its_three_header_rows(tmp_path):
    data = "StartDate,Q1\nStart Date,How satisfied?\n2026-10-01,4\n"
    entries = "  - file: q.csv\n    format: qualtrics\n    questions: [{column: Q1, touchpoint: checkout, metric: csat}]"
    loaded = load(project(tmp_path, entries, {"q.csv": data.encode()}))
    assert found(loaded) == [("E131", "q.csv", 3, 1)]


def test_entries_that_contradict_themselves(tmp_path):
    files = {"answers.csv": TIDY.encode()}
    loaded = load(project(tmp_path, "  - file: answers.csv\n    questions: [{column: Q1, touchpoint: checkout, metric: csat}]", files))
    assert [f.code for f in loaded.findings] == ["E131"]
    loaded = load(project(tmp_path, "  - file: answers.csv\n    scales: {csat: 10}", files))
    assert [f.code for f in loaded.findings] == ["E131"]
    assert "5 or 7" in loaded.findings[0].message
    # Two files with one touchpoint's CSAT on different scales cannot be added up.
    files["seven.csv"] = b"touchpoint,metric,score\nsignup-form,csat,6\n"
    entries = "  - file: answers.csv\n  - file: seven.csv\n    scales: {csat: 7}"
    loaded = load(project(tmp_path, entries, files))
    assert found(loaded) == [("E131", "map.yaml", 12, 5)]


def test_answers_that_cannot_be_used_are_counted_never_averaged(tmp_path):
    data = TIDY + "signup-form,csat,n/a,\nsignup-form,csat,6,\nsignup-form,csat,3.5,\nsignup-form,csat, ,\nsignup-form,csat,4.0,\nshort\n"
    loaded = load(project(tmp_path, "  - file: answers.csv", {"answers.csv": data.encode()}))
    assert loaded.findings == []
    tally = loaded.journey.measured.tally("signup-form", "csat")
    assert dict(tally.points()) == {1: 0, 2: 1, 3: 0, 4: 2, 5: 0}
    assert (tally.blank, tally.not_a_number, tally.out_of_range) == (1, 1, 2)
    problems = loaded.journey.measured.sources[0].problems
    assert [(p.kind, p.count, p.span.line, p.span.column) for p in problems] == [
        ("not-a-number", 1, 5, 18),
        ("out-of-range", 2, 6, 18),
        ("short-row", 1, 10, 1),
    ]



def test_a_short_row_alone_points_at_its_own_line(tmp_path):
    data = TIDY + "signup-form,csat\n" + "checkout,nps,9,\n"
    loaded = load(project(tmp_path, "  - file: answers.csv", {"answers.csv": data.encode()}))
    (problem,) = loaded.journey.measured.sources[0].problems
    assert (problem.kind, problem.count, problem.span.line) == ("short-row", 1, 5)


@pytest.mark.parametrize(
    ("rows", "column", "swallowed"),
    [
        ('"signup-form,csat,4,\ncheckout,nps,9,\ncheckout,nps,8,\n', 1, 2),  # open to the end of the file
        ('signup-form,csat,"4,\ncheckout,nps,9,\ncheckout,nps,"8,\ncheckout,nps,7,\n', 18, 2),  # closed rows later
    ],
    ids=["to the end", "closed later"],
)
def test_an_unclosed_quote_is_an_error_at_its_line_not_answers_lost(tmp_path, rows, column, swallowed):
    loaded = load(project(tmp_path, "  - file: answers.csv", {"answers.csv": (TIDY + rows).encode()}))
    (finding,) = loaded.findings
    assert (finding.code, finding.line, finding.column) == ("E131", 5, column)
    assert f"opened on line 5 is never closed, so the {swallowed} lines after it" in finding.message
    assert '""' in finding.hint


def test_a_date_no_calendar_has_is_reported_and_left_out_of_the_range(tmp_path):
    data = "touchpoint,metric,score,date\nsignup-form,csat,4,2026-10-01\nsignup-form,csat,5,2026-13-45\ncheckout,nps,9,2026/10/03 14:22\n"
    entries = "  - file: answers.csv\n    columns: {date: date}"
    loaded = load(project(tmp_path, entries, {"answers.csv": data.encode()}))
    assert loaded.findings == []
    source = loaded.journey.measured.sources[0]
    (problem,) = source.problems
    assert (problem.kind, problem.count, problem.value, problem.span.line, problem.span.column) == ("bad-date", 1, "2026-13-45", 3, 20)
    assert (source.first_date, source.last_date) == ("2026-10-01", "2026-10-03")
    assert counts(loaded) == {1: 0, 2: 0, 3: 0, 4: 1, 5: 1}  # the answer itself still counts



def test_an_answer_after_a_comment_of_several_lines_points_at_its_own_row(tmp_path):
    forms = 'Timestamp,Comment,How satisfied are you?\n2026/10/01 9:00:00,"slow\nand\nconfusing",n/a\n2026/10/01 9:05:00,ok,4\n'
    entries = "  - file: forms.csv\n    format: google-forms\n    questions: [{column: How satisfied are you?, touchpoint: signup-form, metric: csat}]"
    loaded = load(project(tmp_path, entries, {"forms.csv": forms.encode()}))
    (problem,) = loaded.journey.measured.sources[0].problems
    assert (problem.kind, problem.span.line) == ("not-a-number", 2)


def test_the_data_file_is_never_written(tmp_path):
    data = (TIDY + "nowhere,csat,4,\n").encode()
    path = project(tmp_path, "  - file: answers.csv", {"answers.csv": data})
    before = hashlib.sha256((tmp_path / "answers.csv").read_bytes()).hexdigest()
    stat = (tmp_path / "answers.csv").stat()
    load(path)
    assert hashlib.sha256((tmp_path / "answers.csv").read_bytes()).hexdigest() == before
    assert (tmp_path / "answers.csv").stat().st_mtime_ns == stat.st_mtime_ns


@given(st.binary(max_size=600))
def test_any_bytes_as_a_data_file_never_raise(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("fuzz")
    loaded = load(project(folder, "  - file: answers.csv", {"answers.csv": data}))
    assert loaded.ok
    assert all(f.code in ("E114", "E115", "E130", "E131", "E132") for f in loaded.findings)


@given(st.lists(st.lists(st.sampled_from(["signup-form", "csat", "nps", "4", "", "x", '"', "10", "aiko"]), max_size=6), max_size=30))
def test_any_rows_never_raise(tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("rows")
    text = "touchpoint,metric,score,segment\n" + "".join(",".join(row) + "\n" for row in rows)
    loaded = load(project(folder, "  - file: answers.csv", {"answers.csv": text.encode()}))
    assert loaded.ok
