"""The rule catalogue: an explicit registry, in code order.

Adding a rule means writing its module and listing it here; docs/rules.md is
generated from this tuple.
"""

from __future__ import annotations

from journeymap.rules import (
    backstage_only_department,
    critical_moment,
    emotion_cliff,
    empty_stage,
    future_regression,
    inconsistent_channels,
    low_stage_emotion,
    many_handoffs,
    misplaced_realisation,
    negative_ending,
    no_post_purchase,
    open_current_pain,
    persona_channel_gap,
    phase_order,
    single_channel_stage,
    unaddressed_pain,
    unmanaged_fail_point,
    unevidenced_score,
    unowned_touchpoint,
    unscored_touchpoint,
    unsupported_frontstage,
    unused_ignore,
    unused_values,
    wait_over_target,
)
from journeymap.rules import cs_cx_gap, few_answers, metric_below_target, unusable_answers
from journeymap.rules.base import Hit, Option, Rule

RULES: tuple[Rule, ...] = (
    low_stage_emotion.RULE,
    emotion_cliff.RULE,
    empty_stage.RULE,
    single_channel_stage.RULE,
    inconsistent_channels.RULE,
    unaddressed_pain.RULE,
    unowned_touchpoint.RULE,
    persona_channel_gap.RULE,
    no_post_purchase.RULE,
    negative_ending.RULE,
    critical_moment.RULE,
    unscored_touchpoint.RULE,
    unused_ignore.RULE,
    # Service blueprints (W22x).
    unsupported_frontstage.RULE,
    unmanaged_fail_point.RULE,
    wait_over_target.RULE,
    many_handoffs.RULE,
    backstage_only_department.RULE,
    future_regression.RULE,
    misplaced_realisation.RULE,
    open_current_pain.RULE,
    unevidenced_score.RULE,
    unused_values.RULE,
    phase_order.RULE,
    # Measured data (docs/data.md): a family of their own, numbered apart from the rules above.
    cs_cx_gap.RULE,
    metric_below_target.RULE,
    unusable_answers.RULE,
    few_answers.RULE,
)

BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}
BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}
UNUSED_IGNORE = unused_ignore.RULE

__all__ = ["BY_CODE", "BY_NAME", "Hit", "Option", "RULES", "Rule", "UNUSED_IGNORE"]
