"""Every sentence and label a user reads, in one place: the message catalogue.

Each module here declares the messages of one part of journeymap as gettext
msgids (English, with ``%(name)s`` parameters), marked with ``N_`` (or
``NP_`` for plural forms), so that Babel extracts them into
``journeymap/locale/journeymap.pot`` and a translator finds every one. Code
says a message with :func:`journeymap.i18n.say` and a face shows it in its
language with :func:`journeymap.i18n.tr`. No face, rule or view writes a
sentence of its own (tests/test_messages.py scans for them).

- :mod:`.load` — why a file is not a valid map (E1xx) and what to type instead;
- :mod:`.rules` — what each rule found, and the hint;
- :mod:`.words` — the labels faces draw (lanes, legends, headings, units);
- :mod:`.views` — the sentences of the report and the diff;
- :mod:`.cli` — what the commands say: errors, progress, summaries.
"""
