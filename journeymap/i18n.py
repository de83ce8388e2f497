"""Saying a message of the catalogue in a language: English, or a translation from gettext.

Every sentence journeymap shows is declared once in :mod:`journeymap.messages`
(its English text is the gettext msgid) and produced with :func:`say`. What
:func:`say` returns is a :class:`Msg`: a ``str`` holding the English sentence,
so that sorting, JSON and tests see ordinary text, which also remembers its
template and parameters, so that a face can say it again in another language
with :func:`tr`. Parameters that read differently per language (a quoted
name, a list, "customers") are small values with a ``say(lang)`` method.

Translations are compiled gettext catalogues (``locale/<lang>/LC_MESSAGES/
journeymap.mo``), read with the standard library and cached; English needs
none. Plural forms come from the catalogue's own rule (``ngettext``).
"""

from __future__ import annotations

import gettext
import os
from functools import lru_cache

DOMAIN = "journeymap"
LOCALE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "locale")
LANGUAGES = ("en", "ja")
DEFAULT = "en"


def N_(text: str) -> str:  # noqa: N802 - gettext's name for "a msgid, translated later"
    """Mark ``text`` as a message of the catalogue (Babel extracts it); returns it unchanged."""
    return text


def NP_(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802
    """A message with a plural form, chosen by its ``count`` parameter."""
    return (singular, plural)


@lru_cache(maxsize=None)
def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``lang`` (English: none needed)."""
    if lang == DEFAULT:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang], fallback=True)


class Msg(str):
    """A catalogue message said in English, able to say itself in another language."""

    template: str | tuple[str, str]
    params: dict

    def __new__(cls, template: str | tuple[str, str], params: dict):
        if params or isinstance(template, tuple):
            english = _render(template, params, DEFAULT)
        else:
            english = template
        made = super().__new__(cls, english)
        made.template = template
        made.params = params
        return made

    def say(self, lang: str) -> str:
        if lang == DEFAULT:
            return str(self)
        return _render(self.template, self.params, lang)

    def __reduce__(self):  # copy, deepcopy and pickle rebuild it from its template
        return (Msg, (self.template, self.params))


_CONSTANT: dict = {}  # messages without parameters (most hints): one Msg each, made once


def say(template: str | tuple[str, str], **params) -> Msg:
    """The message ``template`` (from :mod:`journeymap.messages`) with its parameters."""
    if params:
        return Msg(template, params)
    made = _CONSTANT.get(template)
    if made is None:
        made = _CONSTANT[template] = Msg(template, params)
    return made


def tr(lang: str, text) -> str:
    """``text`` in ``lang``: a Msg is said again, anything else is shown as it is."""
    if text is None:
        return ""
    if isinstance(text, Msg):
        return text.say(lang)
    say_in = getattr(text, "say", None)
    return say_in(lang) if say_in is not None else str(text)


_PLAIN = (str, int, float)  # parameters shown as they are, in every language


def _render(template: str | tuple[str, str], params: dict, lang: str) -> str:
    if lang == DEFAULT:  # the msgids are English: no catalogue to consult (the common, hot path)
        if isinstance(template, tuple):
            text = template[0] if int(params["count"]) == 1 else template[1]
        else:
            text = template
    else:
        catalogue = translations(lang)
        if isinstance(template, tuple):
            text = catalogue.ngettext(template[0], template[1], int(params["count"]))
        else:
            text = catalogue.gettext(template)
    if not params:
        return text
    return text % {
        name: value if type(value) in _PLAIN else tr(lang, value) for name, value in params.items()
    }


# -- parameters that read differently per language --------------------------------------------


class Quoted:
    """A name from the map, quoted as each language quotes: 'Support', 「サポート」."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def say(self, lang: str) -> str:
        return f"「{self.text}」" if lang == "ja" else f"'{self.text}'"

    def __eq__(self, other) -> bool:
        return isinstance(other, Quoted) and other.text == self.text

    def __hash__(self) -> int:
        return hash(("Quoted", self.text))

    def __repr__(self) -> str:
        return f"Quoted({self.text!r})"


class Series:
    """Items joined as each language lists them: "a, b, c" and "a、b、c"."""

    __slots__ = ("items", "separators")

    def __init__(self, items, separators: tuple[str, str] = (", ", "、")):
        self.items = tuple(items)
        self.separators = separators  # (English, Japanese)

    def say(self, lang: str) -> str:
        return self.separators[lang == "ja"].join(tr(lang, item) for item in self.items)

    def __eq__(self, other) -> bool:
        return isinstance(other, Series) and other.items == self.items and other.separators == self.separators

    def __hash__(self) -> int:
        return hash(("Series", self.items))

    def __repr__(self) -> str:
        return f"Series({self.items!r})"


class Named:
    """A term with an id used in English sentences and a Japanese name (a phase, a value, a channel)."""

    __slots__ = ("id", "ja")

    def __init__(self, id: str, ja: str | None):
        self.id = id
        self.ja = ja

    def say(self, lang: str) -> str:
        return self.ja if lang == "ja" and self.ja else self.id

    def __eq__(self, other) -> bool:
        return isinstance(other, Named) and other.id == self.id

    def __hash__(self) -> int:
        return hash(("Named", self.id))

    def __repr__(self) -> str:
        return f"Named({self.id!r})"


class Choice:
    """One of several catalogue words, picked by a key (a channel, a phase, an experiential value)."""

    __slots__ = ("key", "words")

    def __init__(self, key: str, words: dict):
        self.key = key
        self.words = words  # key -> msgid; an unknown key is shown as written

    def say(self, lang: str) -> str:
        template = self.words.get(self.key)
        return tr(lang, Msg(template, {})) if template else self.key

    def __eq__(self, other) -> bool:
        return isinstance(other, Choice) and other.key == self.key and other.words is self.words

    def __hash__(self) -> int:
        return hash(("Choice", self.key))

    def __repr__(self) -> str:
        return f"Choice({self.key!r})"


def speaker(lang: str):
    """``w(template, **params)``: say catalogue messages in ``lang``, for a face that says many."""

    def word(template, **params) -> str:
        return tr(lang, Msg(template, params))

    return word


# -- which language --------------------------------------------------------------------------

LANG_VARIABLE = "JOURNEYMAP_LANG"


def supported(lang: str | None) -> str | None:
    """``lang`` as a language journeymap speaks ("ja_JP.UTF-8" -> "ja"), or None."""
    if not lang:
        return None
    code = lang.split(":")[0].split(".")[0].split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else None


def locale_language(environ=None) -> str | None:
    """The language of the user's locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as gettext reads them."""
    environ = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable)
        if value:
            if value.split(".")[0] in ("C", "POSIX"):
                return DEFAULT
            return supported(value) or DEFAULT
    return None


def chosen_language(option: str | None, environ=None) -> str | None:
    """What the user asked for: ``--lang``, else JOURNEYMAP_LANG (None when neither)."""
    environ = os.environ if environ is None else environ
    return supported(option) or supported(environ.get(LANG_VARIABLE))
