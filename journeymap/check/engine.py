"""Run the rules on a map: selection, options, severity, and `ignore:` entries.

The engine, not the rules, applies configuration: a rule yields hits; the
engine drops the ones a stage or touchpoint ignores (remembering which
entries were used), turns the rest into findings with the configured
severity, and reports the `ignore:` entries that suppressed nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journeymap.check.select import known, matches, suggestion, unknown
from journeymap.findings import Finding, Severity
from journeymap.i18n import say
from journeymap.load.structural import BY_CODE as STRUCTURAL
from journeymap.messages import cli as C
from journeymap.messages import rules as M
from journeymap.model import Codes, Journey
from journeymap.rules import RULES, UNUSED_IGNORE, Rule
from journeymap.scores import remembered_scores


class SelectionError(ValueError):
    """An unknown rule in --select/--ignore or in the configuration (a usage error)."""

    def __init__(self, template, **params):
        self.message = say(template, **params)
        super().__init__(str(self.message))


@dataclass(frozen=True)
class RuleConfig:
    severity: Severity
    options: dict = field(default_factory=dict)


def validate_selectors(selectors, where: str) -> None:
    for selector, hint in unknown(selectors):
        if hint:
            raise SelectionError(C.UNKNOWN_SELECTOR_GUESS, option=where, selector=selector, guess=hint)
        raise SelectionError(C.UNKNOWN_SELECTOR, option=where, selector=selector)


class Engine:
    def __init__(self, select=(), ignore=(), rules_config: dict | None = None):
        select = tuple(select) or ("ALL",)
        rules_config = rules_config or {}
        self.active: list[tuple[Rule, RuleConfig]] = []
        for rule in RULES:
            chosen = any(matches(s, rule.code, rule.name) for s in select)
            dropped = any(matches(s, rule.code, rule.name) for s in ignore)
            if chosen and not dropped:
                settings = rules_config.get(rule.name, {})
                options = {**rule.defaults(), **{k: v for k, v in settings.items() if k != "severity"}}
                severity = Severity(settings.get("severity", rule.severity.value))
                self.active.append((rule, RuleConfig(severity, options)))

    def is_active(self, rule: Rule) -> bool:
        return any(active is rule for active, _ in self.active)

    def run(self, journey: Journey) -> list[Finding]:
        with remembered_scores():
            return self._run(journey)

    def _run(self, journey: Journey) -> list[Finding]:
        findings: list[Finding] = []
        used: set[tuple[int, int]] = set()  # (id of the ignore list, index of the entry)
        for rule, config in self.active:
            for hit in rule.check(journey, config.options):
                owners = [o for o in (hit.touchpoint, hit.stage) if o is not None]
                suppressed = False
                for owner in owners:
                    for index, selector in enumerate(owner.ignore):
                        if matches(selector, rule.code, rule.name):
                            used.add((id(owner.ignore), index))
                            suppressed = True
                if not suppressed:
                    findings.append(
                        Finding.at(hit.span, rule.code, rule.name, config.severity, hit.message, hit.hint)
                    )
        if self.is_active(UNUSED_IGNORE):
            severity = dict((r.code, c.severity) for r, c in self.active)[UNUSED_IGNORE.code]
            findings.extend(self._unused_ignores(journey, used, severity))
        return findings

    def _unused_ignores(self, journey: Journey, used, severity: Severity):
        owners = [stage for stage in journey.stages] + [tp for _, tp in journey.touchpoints()]
        for owner in owners:
            entries: Codes = owner.ignore
            for index, selector in enumerate(entries):
                if (id(entries), index) in used:
                    continue
                message, hint = self._why_unused(selector, owner)
                if message:
                    yield Finding.at(
                        entries.spans[index], UNUSED_IGNORE.code, UNUSED_IGNORE.name, severity, message, hint
                    )

    def _why_unused(self, selector: str, owner) -> tuple[str | None, str | None]:
        if selector in STRUCTURAL or selector.startswith("E"):
            return say(M.IGNORE_STRUCTURAL, selector=selector), say(M.IGNORE_STRUCTURAL_HINT)
        if not known(selector):
            hint = suggestion(selector)
            return (
                say(M.IGNORE_UNKNOWN, selector=selector),
                say(M.IGNORE_UNKNOWN_HINT, suggestion=hint) if hint else say(M.IGNORE_UNKNOWN_LIST),
            )
        if not any(matches(selector, rule.code, rule.name) for rule, _ in self.active):
            return None, None  # the rule is switched off by configuration: not rot
        return say(M.UNUSED_IGNORE, selector=selector), say(M.UNUSED_IGNORE_HINT)
