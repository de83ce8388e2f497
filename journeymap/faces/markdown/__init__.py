"""Markdown faces: the report and the diff for pull-request comments and wikis."""
