"""Validation of the [rules.<name>] tables of the configuration.

Errors are reported through ``report(keys, message, hint)`` so that the
configuration loader can name the file, line and column.
"""

from __future__ import annotations

from journeymap.check.select import suggestion
from journeymap.findings import LEVELS
from journeymap.i18n import say
from journeymap.messages import cli as C
from journeymap.rules import BY_CODE, BY_NAME


def check_rules_table(table: dict, report) -> dict:
    """The [rules] table keyed by rule name, every option checked."""
    normalised = {}
    for key, settings in table.items():
        rule = BY_NAME.get(key) or BY_CODE.get(key)
        if rule is None:
            hint = suggestion(key)
            report((key,), say(C.CONFIG_UNKNOWN_RULE, rule=key), say(C.DID_YOU_MEAN, guess=hint) if hint else say(C.SEE_RULES))
        if not isinstance(settings, dict):
            report((key,), say(C.CONFIG_RULE_TABLE, rule=key))
        for name, value in settings.items():
            if name == "severity":
                if value not in LEVELS:
                    report((key, name), say(C.CONFIG_ONE_OF, key=name, choices=", ".join(LEVELS), value=repr(value)))
                continue
            option = rule.option(name)
            if option is None:
                names = ", ".join(["severity", *(o.name for o in rule.options)])
                report((key, name), say(C.CONFIG_NO_OPTION, rule=rule.name, option=name), say(C.CONFIG_ITS_OPTIONS, options=names))
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                report((key, name), say(C.CONFIG_NUMBER, option=f"{rule.name}.{name}", value=repr(value)))
            low, high = option.minimum, option.maximum
            if (low is not None and value < low) or (high is not None and value > high):
                report(
                    (key, name),
                    say(C.CONFIG_BETWEEN, option=f"{rule.name}.{name}", low=f"{low:g}", high=f"{high:g}", value=repr(value)),
                )
        normalised[rule.name] = dict(settings)
    return normalised
