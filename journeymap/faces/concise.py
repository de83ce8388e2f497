"""Findings one per line, for editors' problem matchers, vim's quickfix list and grep.

    examples/weak-signup.yaml:12:5: W201 warning low-stage-emotion: the 'Sign up' stage averages -1.5 …

The shape of ruff's concise output (with the severity, which matchers need);
docs/ci.md gives a VS Code problem matcher and a vim ``errorformat`` for it.
Problems that stop a file being checked go to standard error with the summary.
"""

from __future__ import annotations

from journeymap.faces import ReportOptions
from journeymap.i18n import tr
from journeymap.textsafe import one_line


def report(run, options: ReportOptions) -> str:
    return "".join(
        f"{one_line(f.path)}:{f.line}:{f.column}: {f.code} {f.severity.value} {f.name}: {one_line(tr(options.lang, f.message))}\n"
        for f in run.findings
    )
