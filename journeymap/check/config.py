"""Configuration: ``journeymap.toml`` or ``[tool.journeymap]`` in ``pyproject.toml``.

The file is found by searching upward from the checked path, stopping at the
repository root (the first directory holding ``.git``); ``--config`` names one
explicitly. Unknown keys and wrong values are errors with file:line:col, so a
misspelt setting never silently does nothing.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from journeymap.findings import LEVELS
from journeymap.i18n import say
from journeymap.load.source import DEFAULT_MAX_BYTES
from journeymap.messages import cli as C
from journeymap.messages.data import CONFIG_DATA_SIZE

CONFIG_MAX_BYTES = 1024 * 1024
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|kib|mib|gib)?\s*$", re.I)
_UNITS = {None: 1, "b": 1, "kb": 1000, "mb": 1000**2, "gb": 1000**3, "kib": 1024, "mib": 1024**2, "gib": 1024**3}

@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "error"
    max_file_size: int = DEFAULT_MAX_BYTES
    rules: dict = field(default_factory=dict)
    exclude: tuple[str, ...] = ()  # glob patterns, relative to the configuration file's directory
    path: str | None = None  # the configuration file these came from
    max_data_size: int | None = None  # survey files (data:); None: DEFAULT_MAX_DATA_BYTES

    @property
    def base(self) -> str:
        """The directory exclude patterns are relative to."""
        return os.path.dirname(os.path.abspath(self.path)) if self.path else os.getcwd()


class ConfigError(Exception):
    """A configuration problem; ``message`` is one line with file:line:col (a catalogue message)."""

    def __init__(self, template, **params):
        self.message = say(template, **params)
        super().__init__(str(self.message))


def find_config(start: str) -> str | None:
    """The configuration file that applies to ``start`` (a file or directory), if any."""
    current = os.path.abspath(start if os.path.isdir(start) else os.path.dirname(start) or ".")
    while True:
        candidate = os.path.join(current, "journeymap.toml")
        if os.path.isfile(candidate):
            return candidate
        candidate = os.path.join(current, "pyproject.toml")
        if os.path.isfile(candidate) and _mentions_tool_table(candidate):
            return candidate
        parent = os.path.dirname(current)
        if os.path.exists(os.path.join(current, ".git")) or parent == current:
            return None
        current = parent


def shown_path(path: str) -> str:
    """A configuration path as people read it: relative when it is below the current directory."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


def _mentions_tool_table(path: str) -> bool:
    # Cheap test first: most pyproject.toml files have no journeymap table.
    from journeymap.load.source import read_limited

    try:
        return b"tool.journeymap" in read_limited(path, CONFIG_MAX_BYTES, head=True)
    except OSError:
        return False


def load_settings(path: str | None) -> Settings:
    """Settings from ``path`` (defaults when None); raises ConfigError."""
    if path is None:
        return Settings()
    import tomllib

    from journeymap.load.source import FileTooLarge, read_limited

    try:
        raw = read_limited(path, CONFIG_MAX_BYTES)
    except FileTooLarge:
        raise ConfigError(C.CONFIG_TOO_LARGE, path=shown_path(path)) from None
    except OSError as exc:
        raise ConfigError(C.CONFIG_CANNOT_READ, path=shown_path(path), reason=exc.strerror or str(exc)) from None
    try:
        text = raw.decode("utf-8-sig")
        data = tomllib.loads(text)
    except UnicodeDecodeError:
        raise ConfigError(C.CONFIG_NOT_UTF8, path=shown_path(path)) from None
    except tomllib.TOMLDecodeError as exc:
        # tomllib says "... (at line 3, column 17)"; say it the way every other message does.
        match = re.search(r"^(.*) \(at line (\d+), column (\d+)\)$", str(exc))
        if match:
            raise ConfigError(C.CONFIG_TOML_AT, path=shown_path(path), line=match[2], column=match[3], reason=match[1]) from None
        raise ConfigError(C.CONFIG_TOML, path=shown_path(path), reason=str(exc)) from None
    prefix: tuple[str, ...] = ()
    if os.path.basename(path) == "pyproject.toml":
        prefix = ("tool", "journeymap")
        data = data.get("tool", {}).get("journeymap", {})
    return _Parser(path, text, prefix).parse(data)


class _Parser:
    def __init__(self, path: str, text: str, prefix: tuple[str, ...]):
        self.path = path
        self.lines = text.splitlines()
        self.prefix = prefix

    def fail(self, keys: tuple[str, ...], message, hint=None):
        line, column = self.locate(self.prefix + keys)
        where = dict(path=shown_path(self.path), line=line, column=column, message=message)
        if hint:
            raise ConfigError(C.CONFIG_ERROR_HINT, hint=hint, **where)
        raise ConfigError(C.CONFIG_ERROR, **where)

    def locate(self, keys: tuple[str, ...]) -> tuple[int, int]:
        """Line and column of the key ``keys[-1]`` in the table ``keys[:-1]`` (best effort)."""
        table: tuple[str, ...] = ()
        for number, line in enumerate(self.lines, 1):
            stripped = line.strip()
            if stripped.startswith("["):
                name = stripped.strip("[]").split("#")[0].strip()
                table = tuple(part.strip().strip('"') for part in name.split("."))
                if table == keys:
                    return number, line.index("[") + 1
                continue
            match = re.match(r"\s*([A-Za-z0-9_.\"-]+)\s*=", line)
            if match:
                dotted = tuple(part.strip().strip('"') for part in match.group(1).split("."))
                if table + dotted == keys:
                    return number, match.start(1) + 1
        return 1, 1

    def parse(self, data: dict) -> Settings:
        from journeymap.suggest import closest

        known = ("select", "ignore", "fail-on", "max-file-size", "max-data-size", "exclude", "rules")
        values: dict = {"path": self.path}
        for key, value in data.items():
            if key not in known:
                suggestion = closest(key, known)
                self.fail(
                    (key,),
                    say(C.CONFIG_UNKNOWN_KEY, key=key),
                    say(C.DID_YOU_MEAN, guess=suggestion) if suggestion else say(C.KNOWN_KEYS, keys=", ".join(known)),
                )
            if key in ("select", "ignore"):
                values[key] = self._codes(key, value)
            elif key == "fail-on":
                if value not in LEVELS:
                    self.fail((key,), say(C.CONFIG_ONE_OF, key=key, choices=", ".join(LEVELS), value=repr(value)))
                values["fail_on"] = value
            elif key == "exclude":
                values["exclude"] = self._strings(key, value, C.CONFIG_LIST_OF_GLOBS)
            elif key == "max-file-size":
                values["max_file_size"] = self._size(value)
            elif key == "max-data-size":
                values["max_data_size"] = self._size(value, key)
            elif key == "rules":
                values["rules"] = self._rules(value)
        return Settings(**values)

    def _codes(self, key: str, value) -> tuple[str, ...]:
        from journeymap.check.select import unknown

        codes = self._strings(key, value, C.CONFIG_LIST_OF_CODES)
        for selector, hint in unknown(codes):
            self.fail(
                (key,),
                say(C.CONFIG_UNKNOWN_RULE_IN, selector=selector, key=key),
                say(C.DID_YOU_MEAN, guess=hint) if hint else say(C.SEE_RULES),
            )
        return codes

    def _strings(self, key: str, value, what) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.fail((key,), say(what, key=key))
        return tuple(value)

    def _size(self, value, key: str = "max-file-size") -> int:
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
        match = _SIZE.match(value) if isinstance(value, str) else None
        if not match:
            template = C.CONFIG_SIZE if key == "max-file-size" else CONFIG_DATA_SIZE
            self.fail((key,), say(template, value=repr(value)))
        return int(float(match.group(1)) * _UNITS[(match.group(2) or "").lower() or None])

    def _rules(self, value) -> dict:
        from journeymap.check.settings import check_rules_table

        if not isinstance(value, dict):
            self.fail(("rules",), say(C.CONFIG_RULES_TABLE))

        def report(keys: tuple[str, ...], message: str, hint: str | None = None):
            self.fail(("rules",) + tuple(keys), message, hint)

        return check_rules_table(value, report)
