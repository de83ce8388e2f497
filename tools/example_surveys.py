"""Write the survey files of the data examples (made up, plausible, the same bytes on every run).

    python tools/example_surveys.py          # rewrite them
    python tools/example_surveys.py --check  # exit 1 when a committed file differs

The English example (examples/meal-kit.yaml) reads a tidy CSV and a Qualtrics
export; the Japanese one (examples/net-bank.ja.yaml) a Google Forms export saved
by Excel in Japan (cp932) and a call-centre log saved as Excel's "Unicode text"
(UTF-16 with BOM, tab-separated). Each export also gets its tidy equivalent in
tests/cases/data/, so a test can prove both give the same metrics. Answers are
drawn from fixed counts per score (shuffled with a fixed seed), so the metrics
are known before any code computes them; a few rows are broken on purpose.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from generated import ROOT, write_or_check

EXAMPLES = ROOT / "examples" / "data"
EQUIVALENTS = ROOT / "tests" / "cases" / "data"


def answers(counts: dict[int, int], rng: random.Random) -> list[int]:
    """Every score as often as ``counts`` says, in a shuffled order."""
    out = [score for score, n in sorted(counts.items()) for _ in range(n)]
    rng.shuffle(out)
    return out


def dates(n: int, rng: random.Random, start_day: int = 1, days: int = 90) -> list[str]:
    """Dates in July-September 2026, sorted (answers arrive over the quarter)."""
    month_days = [(7, 31), (8, 31), (9, 30)]
    out = []
    for _ in range(n):
        day = rng.randrange(start_day - 1, days)
        for month, length in month_days:
            if day < length:
                out.append(f"2026-{month:02d}-{day + 1:02d}")
                break
            day -= length
    return sorted(out)


def csv_text(rows: list[list[str]], delimiter: str = ",") -> str:
    def cell(value: str) -> str:
        value = str(value)
        if any(c in value for c in (delimiter, '"', "\n")):
            return '"' + value.replace('"', '""') + '"'
        return value

    return "".join(delimiter.join(cell(v) for v in row) + "\r\n" for row in rows)


# -- English: a meal-kit subscription --------------------------------------------------------

# touchpoint, metric, {score: answers} for each persona segment ("" = not given)
MEAL_KIT_TIDY = [
    ("plan-picker", "csat", {"dana": {2: 4, 3: 14, 4: 30, 5: 16}, "leo": {3: 8, 4: 24, 5: 22}}),
    ("checkout", "csat", {"dana": {2: 3, 3: 10, 4: 38, 5: 24}, "leo": {2: 2, 3: 9, 4: 40, 5: 22}}),
    # The team scores delivery +1; customers are unhappy with the delivery window.
    ("delivery-window", "csat", {"dana": {1: 34, 2: 41, 3: 17, 4: 7, 5: 3}, "leo": {1: 12, 2: 30, 3: 24, 4: 10, 5: 4}}),
    ("recipe-app", "ces", {"dana": {3: 4, 4: 9, 5: 18, 6: 24, 7: 11}, "leo": {4: 5, 5: 9, 6: 14, 7: 10}}),
    # The team fears support (-1); customers who used it are pleased.
    ("support-chat", "csat", {"": {2: 2, 3: 5, 4: 21, 5: 36}}),
    ("pause-skip", "ces", {"": {2: 3, 3: 4, 4: 6, 5: 5, 6: 3, 7: 1}}),
    ("referral", "nps", {"dana": {0: 3, 2: 4, 4: 6, 5: 9, 6: 12, 7: 16, 8: 22, 9: 18, 10: 14},
                         "leo": {3: 2, 5: 5, 6: 8, 7: 14, 8: 20, 9: 22, 10: 18}}),
]
# Broken on purpose: what real exports contain. (touchpoint, metric, score, segment)
MEAL_KIT_BAD = [
    ("checkout", "csat", "n/a", "dana"),
    ("delivery-window", "csat", "", "leo"),
    ("referral", "nps", "11", "leo"),
    ("plan-picker", "csat", "very good", ""),
    ("support-chat", "csat", "", ""),
    ("recipe-app", "ces", "8", "dana"),
]
QUALTRICS_QUESTIONS = [
    ("QID1", "Q1", "How satisfied were you with the unboxing of your last box?", "unboxing", {1: 6, 2: 11, 3: 28, 4: 61, 5: 44}),
    ("QID2", "Q2", "How easy was it to follow this week's recipes? (1 = very hard, 7 = very easy)", "recipe-app",
     {2: 3, 3: 6, 4: 14, 5: 31, 6: 52, 7: 44}),
]
QUALTRICS_METADATA = [
    ("StartDate", "Start Date", '{"ImportId":"startDate","timeZone":"Europe/London"}'),
    ("EndDate", "End Date", '{"ImportId":"endDate","timeZone":"Europe/London"}'),
    ("Status", "Response Type", '{"ImportId":"status"}'),
    ("Progress", "Progress", '{"ImportId":"progress"}'),
    ("Duration (in seconds)", "Duration (in seconds)", '{"ImportId":"duration"}'),
    ("Finished", "Finished", '{"ImportId":"finished"}'),
    ("RecordedDate", "Recorded Date", '{"ImportId":"recordedDate","timeZone":"Europe/London"}'),
    ("ResponseId", "Response ID", '{"ImportId":"_recordId"}'),
]


def meal_kit(files: dict[Path, bytes]) -> None:
    rng = random.Random(20261001)
    rows = []
    for touchpoint, metric, by_segment in MEAL_KIT_TIDY:
        for segment, counts in by_segment.items():
            for score in answers(counts, rng):
                rows.append([touchpoint, metric, str(score), segment])
    for bad in MEAL_KIT_BAD:
        rows.insert(rng.randrange(20, len(rows)), list(bad))
    rng.shuffle(rows)
    when = dates(len(rows), rng)
    table = [["response_id", "touchpoint", "metric", "score", "segment", "date"]]
    table += [[f"R{index + 1:05d}", *row, when[index]] for index, row in enumerate(rows)]
    files[EXAMPLES / "meal-kit" / "answers-2026-q3.csv"] = csv_text(table).encode("utf-8")

    respondents = max(sum(q[4].values()) for q in QUALTRICS_QUESTIONS) + 4
    columns = {q[1]: answers(q[4], rng) for q in QUALTRICS_QUESTIONS}
    header = [[m[0] for m in QUALTRICS_METADATA] + [q[1] for q in QUALTRICS_QUESTIONS],
              [m[1] for m in QUALTRICS_METADATA] + [q[2] for q in QUALTRICS_QUESTIONS],
              [m[2] for m in QUALTRICS_METADATA] + [json.dumps({"ImportId": q[0]}, separators=(",", ":")) for q in QUALTRICS_QUESTIONS]]
    when = dates(respondents, rng, start_day=30)
    body, tidy = [], [["touchpoint", "metric", "score"]]
    for index in range(respondents):
        cells = [f"{when[index]} 18:{index % 60:02d}:07", f"{when[index]} 18:{(index + 3) % 60:02d}:41", "IP Address", "100",
                 str(90 + index % 300), "True", f"{when[index]} 18:{(index + 3) % 60:02d}:41", f"R_{rng.getrandbits(48):012x}"]
        for _, field, _, touchpoint, _ in QUALTRICS_QUESTIONS:
            column = columns[field]
            value = str(column[index]) if index < len(column) else ""  # the rest skipped the question
            cells.append(value)
            tidy.append([touchpoint, "csat" if field == "Q1" else "ces", value])
        body.append(cells)
    # One respondent typed a word into a text-entry version of the question.
    body[17][-1] = "easy"
    tidy[17 * 2 + 2][2] = "easy"
    files[EXAMPLES / "meal-kit" / "delivery-survey-qualtrics.csv"] = b"\xef\xbb\xbf" + csv_text(header + body).encode("utf-8")
    files[EQUIVALENTS / "meal-kit-qualtrics.tidy.csv"] = csv_text(tidy).encode("utf-8")


# -- Japanese: an online bank, from opening an account to the first three months --------------

FORM_QUESTIONS = [
    # The team is proud of the new smartphone identity check (+1); customers are not.
    ("スマホでの本人確認（eKYC）の手続きに、どのくらい満足しましたか？", "ekyc", "csat", {1: 71, 2: 96, 3: 58, 4: 33, 5: 14}),
    ("アプリへの初回ログインは簡単でしたか？（1: とても難しい ～ 7: とても簡単）", "first-login", "ces",
     {2: 6, 3: 14, 4: 30, 5: 71, 6: 88, 7: 63}),
    ("この銀行を友人や家族に勧める可能性はどのくらいありますか？", "referral", "nps",
     {0: 12, 1: 4, 2: 9, 3: 11, 4: 14, 5: 27, 6: 31, 7: 44, 8: 52, 9: 37, 10: 31}),
]
CALL_CENTRE = [
    # The team expects the phone line to hurt (-1); callers rate it well.
    ("call-center", "csat", {"健二": {2: 3, 3: 8, 4: 39, 5: 55}, "": {1: 2, 2: 4, 3: 11, 4: 34, 5: 28}}),
    ("transfer-limit", "ces", {"健二": {1: 9, 2: 12, 3: 9, 4: 5, 5: 3}, "": {2: 3, 3: 6, 4: 5, 5: 2}}),
]


def net_bank(files: dict[Path, bytes]) -> None:
    rng = random.Random(20261015)
    respondents = max(sum(q[3].values()) for q in FORM_QUESTIONS) + 3
    columns = [answers(q[3], rng) for q in FORM_QUESTIONS]
    when = dates(respondents, rng)
    table = [["タイムスタンプ", *(q[0] for q in FORM_QUESTIONS), "ご意見・ご要望（任意）"]]
    tidy = [["touchpoint", "metric", "score", "date"]]
    comments = ["顔写真の撮影が何度もやり直しになった", "", "", "振込上限の変更が分かりにくい", "", "サポートの電話が丁寧だった", ""]
    for index in range(respondents):
        day = when[index].replace("-", "/")
        row = [f"{day} {9 + index % 12}:{index % 60:02d}:{(index * 7) % 60:02d}"]
        for (_, touchpoint, metric, _), column in zip(FORM_QUESTIONS, columns):
            value = str(column[index]) if index < len(column) else ""
            row.append(value)
            tidy.append([touchpoint, metric, value, when[index]])
        row.append(comments[index % len(comments)])
        table.append(row)
    # Typed by hand in Excel before saving: a full-width digit (read as 4) and a word.
    table[41][1] = "４"
    tidy[(41 - 1) * 3 + 1][2] = "4"
    table[88][3] = "わからない"
    tidy[(88 - 1) * 3 + 3][2] = "わからない"
    files[EXAMPLES / "net-bank" / "account-survey-google-forms.csv"] = csv_text(table).encode("cp932")
    files[EQUIVALENTS / "net-bank-forms.tidy.csv"] = csv_text(tidy).encode("utf-8")

    rows = []
    for touchpoint, metric, by_segment in CALL_CENTRE:
        for segment, counts in by_segment.items():
            rows += [[touchpoint, metric, str(score), segment] for score in answers(counts, rng)]
    rng.shuffle(rows)
    rows.insert(57, ["call-center", "csat", "6", ""])  # a 1..6 scale from an old IVR survey
    when = dates(len(rows), rng)
    log = [["受付日", "タッチポイント", "指標", "評価", "顧客区分"]]
    log += [[when[index], *row] for index, row in enumerate(rows)]
    files[EXAMPLES / "net-bank" / "call-center-log.txt"] = ("\ufeff" + csv_text(log, "\t")).encode("utf-16-le")
    files[EQUIVALENTS / "net-bank-calls.tidy.csv"] = csv_text(
        [["touchpoint", "metric", "score", "segment"]] + [row for row in rows]
    ).encode("utf-8")


def main(argv: list[str]) -> int:
    files: dict[Path, bytes] = {}
    meal_kit(files)
    net_bank(files)
    return write_or_check(files, "--check" in argv, "python tools/example_surveys.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
