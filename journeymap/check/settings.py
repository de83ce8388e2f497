"""Validation of the [rules.<name>] tables of the configuration.

Errors are reported through ``report(keys, message, hint)`` so that the
configuration loader can name the file, line and column.
"""

from __future__ import annotations

from journeymap.check.select import suggestion
from journeymap.findings import LEVELS
from journeymap.rules import BY_CODE, BY_NAME


def check_rules_table(table: dict, report) -> dict:
    """The [rules] table keyed by rule name, every option checked."""
    normalised = {}
    for key, settings in table.items():
        rule = BY_NAME.get(key) or BY_CODE.get(key)
        if rule is None:
            hint = suggestion(key)
            report((key,), f"unknown rule '{key}'", f"did you mean '{hint}'?" if hint else "see `journeymap rules`")
        if not isinstance(settings, dict):
            report((key,), f"[rules.{key}] must be a table of options, e.g. threshold = -0.25")
        for name, value in settings.items():
            if name == "severity":
                if value not in LEVELS:
                    report((key, name), f"severity must be one of {', '.join(LEVELS)}, not {value!r}")
                continue
            option = rule.option(name)
            if option is None:
                names = ", ".join(["severity", *(o.name for o in rule.options)])
                report((key, name), f"{rule.name} has no option '{name}'", f"its options: {names}")
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                report((key, name), f"{rule.name}.{name} must be a number, not {value!r}")
            low, high = option.minimum, option.maximum
            if (low is not None and value < low) or (high is not None and value > high):
                report((key, name), f"{rule.name}.{name} must be between {low:g} and {high:g}, not {value!r}")
        normalised[rule.name] = dict(settings)
    return normalised
