"""Scalars as PyYAML reads them: which kind an untagged plain scalar is, and its number.

YAML 1.1 rules, as PyYAML registers its implicit resolvers (so that anything
``yaml.safe_dump`` writes loads back the same), except that timestamps stay text.
Each function reads a node's ``tag`` and ``value`` only.
"""

from __future__ import annotations

import math
import re

STR, INT, FLOAT, BOOL, NULL = "str", "int", "float", "bool", "null"
MERGE = "merge"  # an unquoted << key

# The YAML 1.1 implicit resolvers PyYAML registers, minus timestamps (kept as text).
_BOOL_WORDS = frozenset("yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF".split())
_NULL_WORDS = frozenset(["", "~", "null", "Null", "NULL"])
WORDS = _BOOL_WORDS | _NULL_WORDS
_INT = re.compile(
    r"""^(?:[-+]?0b[0-1_]+
    |[-+]?0[0-7_]+
    |[-+]?(?:0|[1-9][0-9_]*)
    |[-+]?0x[0-9a-fA-F_]+
    |[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$""",
    re.X,
)
_FLOAT = re.compile(
    r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
    |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
    |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$""",
    re.X,
)
NUMERIC_START = frozenset("0123456789+-.")
# Plain scalars starting with anything else are text (unless they are a boolean word):
# the composer skips the resolver for them.
SPECIAL_START = frozenset("0123456789+-.~<") | frozenset([""])


def resolve_plain(value: str) -> str:
    """The tag of an untagged plain scalar under PyYAML's YAML 1.1 rules (timestamps excepted)."""
    if value in _NULL_WORDS:
        return NULL
    if value == "<<":
        return MERGE
    first = value[0]
    if first in NUMERIC_START:
        if _INT.match(value):
            return INT
        if _FLOAT.match(value):
            return FLOAT
        return STR
    if value in _BOOL_WORDS:
        return BOOL
    return STR


def to_int(text: str) -> int:
    """YAML 1.1 integer text to int, as PyYAML reads it."""
    digits = text.replace("_", "")
    sign = -1 if digits[0] == "-" else 1
    if digits[0] in "+-":
        digits = digits[1:]
    if digits == "0":
        return 0
    if digits.startswith("0b"):
        return sign * int(digits[2:], 2)
    if digits.startswith("0x"):
        return sign * int(digits[2:], 16)
    if ":" in digits:
        value = 0
        for part in digits.split(":"):
            value = value * 60 + int(part)
        return sign * value
    if digits[0] == "0":
        return sign * int(digits, 8)
    return sign * int(digits)


def to_float(text: str) -> float:
    """YAML 1.1 float text to float, as PyYAML reads it."""
    digits = text.replace("_", "").lower()
    sign = -1.0 if digits[0] == "-" else 1.0
    if digits[0] in "+-":
        digits = digits[1:]
    if digits == ".inf":
        return sign * math.inf
    if digits == ".nan":
        return math.nan
    if ":" in digits:
        value = 0.0
        for part in digits.split(":"):
            value = value * 60 + float(part)
        return sign * value
    return sign * float(digits)


def number_of(node):
    """The int or float a scalar node resolved as, or None when its digits do not make a number.

    YAML 1.1's patterns accept texts such as `0b_` or `0x_` (underscores, no digits);
    they are treated as text that is not a number rather than crashing the reader.
    """
    try:
        if node.tag == INT:
            return to_int(node.value)
        if node.tag == FLOAT:
            return to_float(node.value)
    except ValueError:
        return None
    return None
