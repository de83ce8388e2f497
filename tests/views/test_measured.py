"""The metrics of the data examples, against a hand computation that shares no code with journeymap.

Each file is read here with the csv module and the metrics worked out with plain
arithmetic and the statistics module, the way an analyst would check them in a
spreadsheet; and the exports (Qualtrics, Google Forms in cp932, UTF-16) must give
exactly what their tidy equivalents give.
"""

from __future__ import annotations

import csv
import io
import math
import statistics
from pathlib import Path

import pytest

from journeymap.load.loader import MapLoader
from journeymap.views.measured import build_measured

from ..conftest import CASES, EXAMPLES, ROOT


def load(path: Path):
    loaded = MapLoader().load(str(path))
    assert loaded.ok, loaded.findings
    return loaded.journey


def metric(view, touchpoint: str, name: str):
    return view.at(touchpoint).metric(name)


# -- by hand -------------------------------------------------------------------------------------


def tidy_scores(path: Path, touchpoint: str, metric_name: str, low: int, high: int, encoding="utf-8", delimiter=","):
    """The usable scores of one touchpoint and metric in a tidy file, and how many were blank or bad."""
    with open(path, encoding=encoding, newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=delimiter))
    scores, blank, bad = [], 0, 0
    for row in rows:
        if row["touchpoint"] != touchpoint or row["metric"] != metric_name:
            continue
        text = row["score"].strip()
        if text == "":
            blank += 1
        elif text.isdigit() and low <= int(text) <= high:
            scores.append(int(text))
        else:
            bad += 1
    return scores, blank, bad


def nps_by_hand(scores):
    promoters = len([s for s in scores if s >= 9])
    detractors = len([s for s in scores if s <= 6])
    return 100 * (promoters - detractors) / len(scores)


def mean_interval(scores):
    mean = statistics.fmean(scores)
    half = 1.96 * statistics.stdev(scores) / math.sqrt(len(scores))
    return mean, mean - half, mean + half


MEAL_KIT = EXAMPLES / "data" / "meal-kit" / "answers-2026-q3.csv"


def test_meal_kit_csat_ces_and_nps_equal_a_hand_computation():
    view = build_measured(load(EXAMPLES / "meal-kit.yaml"))
    # CSAT of the delivery window: the counts written in tools/example_surveys.py, summed by hand.
    # Dana: 1×34, 2×41, 3×17, 4×7, 5×3; Leo: 1×12, 2×30, 3×24, 4×10, 5×4 → 182 answers
    total = 1 * 46 + 2 * 71 + 3 * 41 + 4 * 17 + 5 * 7
    delivery = metric(view, "delivery-window", "csat")
    assert delivery.n == 182
    assert delivery.value == pytest.approx(total / 182, abs=0.005)  # 2.27
    assert delivery.top2 == pytest.approx(100 * (17 + 7) / 182, abs=0.05)  # 13.2 %
    assert delivery.blank == 1  # the one blank row written on purpose

    scores, blank, bad = tidy_scores(MEAL_KIT, "delivery-window", "csat", 1, 5)
    mean, low, high = mean_interval(scores)
    assert (delivery.value, delivery.low, delivery.high) == pytest.approx((mean, low, high), abs=0.006)

    # NPS of the referral invitation: promoters (9-10) minus detractors (0-6), in percent.
    scores, blank, bad = tidy_scores(MEAL_KIT, "referral", "nps", 0, 10)
    assert bad == 1  # the "11"
    referral = metric(view, "referral", "nps")
    assert referral.n == len(scores) == 193
    # Dana: promoters 18 + 14, detractors 3 + 4 + 6 + 9 + 12; Leo: promoters 22 + 18, detractors 2 + 5 + 8
    assert referral.value == pytest.approx(100 * ((32 + 40) - (34 + 15)) / 193, abs=0.005)  # +11.9
    assert referral.value == pytest.approx(nps_by_hand(scores), abs=0.005)
    assert referral.out_of_range == 1

    # CES of the recipe app: the tidy file's answers and the Qualtrics export's, together.
    tidy, _, bad = tidy_scores(MEAL_KIT, "recipe-app", "ces", 1, 7)
    assert bad == 1  # the "8"
    with open(EXAMPLES / "data" / "meal-kit" / "delivery-survey-qualtrics.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    column = rows[0].index("Q2")
    typed = [row[column] for row in rows[3:]]  # after the three header rows
    export = [int(a) for a in typed if a.isdigit()]
    assert len(export) == 150 - 1  # 3 + 6 + 14 + 31 + 52 + 44 answers, one overwritten with "easy"
    ces = metric(view, "recipe-app", "ces")
    assert ces.n == len(tidy) + len(export)
    assert ces.value == pytest.approx(statistics.fmean(tidy + export), abs=0.005)
    assert ces.not_a_number == typed.count("easy") == 1


def test_net_bank_metrics_equal_a_hand_computation():
    view = build_measured(load(EXAMPLES / "net-bank.ja.yaml"))
    ekyc = metric(view, "ekyc", "csat")
    with open(EXAMPLES / "data" / "net-bank" / "account-survey-google-forms.csv", encoding="cp932", newline="") as handle:
        rows = list(csv.reader(handle))
    # 1×71, 2×96, 3×58, 4×33, 5×14; one answer was retyped in Excel as the full-width "４"
    typed = [row[1] for row in rows[1:] if row[1]]
    assert typed.count("４") == 1
    scores = [4 if a == "４" else int(a) for a in typed]
    assert ekyc.n == len(scores) == 272
    assert ekyc.value == pytest.approx(sum(scores) / 272, abs=0.005)
    assert ekyc.value == pytest.approx((71 + 2 * 96 + 3 * 58 + 4 * 33 + 5 * 14) / 272, abs=0.02)  # 2.35 ± the retyped one
    assert ekyc.top2 == pytest.approx(100 * len([a for a in scores if a >= 4]) / 272, abs=0.05)

    referral = metric(view, "referral", "nps")
    # promoters 37 + 31 = 68, detractors 12 + 4 + 9 + 11 + 14 + 27 + 31 = 108 of 272 answers, but one
    # answer was overwritten with "わからない" (which one, the shuffle decided): read the file by hand.
    with open(EXAMPLES / "data" / "net-bank" / "account-survey-google-forms.csv", encoding="cp932", newline="") as handle:
        rows = list(csv.reader(handle))
    column = rows[0].index("この銀行を友人や家族に勧める可能性はどのくらいありますか？")
    answers = [row[column] for row in rows[1:]]
    scores = [int(a) for a in answers if a.isdigit()]
    assert answers.count("わからない") == referral.not_a_number == 1
    assert referral.n == len(scores) == 271
    assert referral.value == pytest.approx(nps_by_hand(scores), abs=0.005)
    assert referral.value == pytest.approx(100 * (68 - 108) / 272, abs=0.6)  # -14.7, give or take the lost answer

    calls = metric(view, "call-center", "csat")
    # 健二: 2×3, 3×8, 4×39, 5×55; the rest: 1×2, 2×4, 3×11, 4×34, 5×28; one "6" outside 1..5
    by_hand = (3 * 2 + 8 * 3 + 39 * 4 + 55 * 5) + (2 * 1 + 4 * 2 + 11 * 3 + 34 * 4 + 28 * 5)
    assert calls.n == 184
    assert calls.value == pytest.approx(by_hand / 184, abs=0.005)
    assert calls.out_of_range == 1


# -- the same answers in every format ------------------------------------------------------------


def _rounded(view):
    return {
        (place.touchpoint, m.metric): (m.n, round(m.value, 6), m.blank, m.not_a_number, m.out_of_range)
        for place in view.touchpoints
        for m in place.metrics
    }


@pytest.mark.parametrize(
    ("example", "export", "tidy", "touchpoints"),
    [
        ("meal-kit.yaml", 1, "meal-kit-qualtrics.tidy.csv", {"unboxing", "recipe-app"}),
        ("net-bank.ja.yaml", 0, "net-bank-forms.tidy.csv", {"ekyc", "first-login", "referral"}),
        ("net-bank.ja.yaml", 1, "net-bank-calls.tidy.csv", {"call-center", "transfer-limit"}),
    ],
    ids=["qualtrics", "google-forms-cp932", "utf-16-tab"],
)
def test_exports_give_the_metrics_of_their_tidy_equivalent(example, export, tidy, touchpoints, monkeypatch):
    import dataclasses

    from journeymap.load.data import attach_data
    from journeymap.survey import DataFile

    monkeypatch.chdir(ROOT)
    journey = load(Path("examples") / example)
    entry = journey.data[export]
    as_export = attach_data(dataclasses.replace(journey, data=(entry,)), str(ROOT), [], {})
    equivalent = DataFile(file=str(Path("..") / CASES.relative_to(ROOT) / "data" / tidy))
    as_tidy = attach_data(dataclasses.replace(journey, data=(equivalent,)), str(ROOT), findings := [], {})
    assert findings == []
    exported, tidied = _rounded(build_measured(as_export)), _rounded(build_measured(as_tidy))
    assert {tp for tp, _ in exported} == touchpoints
    assert exported == tidied
    # ...and the segments too, where the file has them
    segments = lambda view: {(p.touchpoint, p.segment, m.metric, m.n, round(m.value, 6)) for p in view.segments for m in p.metrics}  # noqa: E731
    assert segments(build_measured(as_export)) == segments(build_measured(as_tidy))


def test_the_encodings_are_what_the_issue_names():
    forms = (EXAMPLES / "data" / "net-bank" / "account-survey-google-forms.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        forms.decode("utf-8")
    forms.decode("cp932")
    calls = (EXAMPLES / "data" / "net-bank" / "call-center-log.txt").read_bytes()
    assert calls.startswith(b"\xff\xfe") and "\t" in calls.decode("utf-16")
    assert (EXAMPLES / "data" / "meal-kit" / "delivery-survey-qualtrics.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(calls.decode("utf-16"), newline=""), delimiter="\t"))
    assert rows[0] == ["受付日", "タッチポイント", "指標", "評価", "顧客区分"]
