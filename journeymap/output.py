"""Where outputs go, and writing them so that nobody ever sees half a file.

An output is written to a temporary file beside its destination and moved
into place in one step (``os.replace``); if anything fails, the previous file
is untouched and the temporary one is removed. Inputs are never overwritten.
"""

from __future__ import annotations

import os
import tempfile

from journeymap.i18n import say
from journeymap.messages import cli as C

EXTENSIONS = {
    "svg": ".svg", "html": ".html", "png": ".png", "pdf": ".pdf", "dot": ".dot", "flow": ".flow.svg", "mermaid": ".mmd",
}
BINARY = frozenset({"png", "pdf"})
# What an output file's name says it holds; longest suffix first (x.flow.svg is the flow view).
FORMAT_OF_SUFFIX = (
    (".flow.svg", "flow"),
    (".svg", "svg"),
    (".html", "html"),
    (".htm", "html"),
    (".png", "png"),
    (".pdf", "pdf"),
    (".dot", "dot"),
    (".gv", "dot"),
    (".mmd", "mermaid"),
    (".mermaid", "mermaid"),
)
MAP_SUFFIXES = (".yaml", ".yml")


class OutputError(ValueError):
    """An output path that must not be used (a usage error, exit code 2)."""

    def __init__(self, template, **params):
        self.message = say(template, **params)  # said in the terminal's language by the CLI
        super().__init__(str(self.message))


def default_output(source: str, fmt: str, view: str = "") -> str:
    """``maps/coffee.yaml`` → ``maps/coffee.svg`` (beside the input); with a view, ``maps/coffee.blueprint.svg``."""
    base, suffix = os.path.splitext(source)
    if suffix.lower() not in MAP_SUFFIXES:
        base = source
    return base + (f".{view}" if view else "") + EXTENSIONS[fmt]


def names_directory(output: str | None) -> bool:
    """-o out/ (existing or not) or an existing directory: one file per map inside it."""
    return output is not None and output != "-" and (output.endswith(("/", os.sep)) or os.path.isdir(output))


def choose_format(output: str | None, fmt: str | None) -> str:
    """The format to write: --format if given, else what -o's file name says, else SVG.

    Raises OutputError when the two disagree (``-o poster.png --format svg``) or when
    the name asks for something journeymap cannot write (``-o poster.pdf``), so that
    a file never holds something other than its name says.
    """
    if output is None or output == "-" or names_directory(output):
        return fmt or "svg"
    name = os.path.basename(output).lower()
    suffix = os.path.splitext(name)[1]
    implied = next((f for ending, f in FORMAT_OF_SUFFIX if name.endswith(ending)), None)
    endings = ".svg, .html, .png, .pdf, .dot, .flow.svg or .mmd"
    if suffix in MAP_SUFFIXES:
        return fmt or "svg"  # refused by plan_outputs: a map is never written over
    if fmt is None:
        if implied:
            return implied
        if not suffix:
            raise OutputError(C.NO_ENDING, output=output)
        raise OutputError(C.CANNOT_WRITE_KIND, suffix=suffix, endings=endings)
    if implied is None and suffix:
        raise OutputError(
            C.ENDING_DISAGREES, output=output, suffix=suffix, fmt=fmt, kind=fmt.upper(), name=output[: -len(suffix)] + EXTENSIONS[fmt]
        )
    if implied and implied != fmt and not {implied, fmt} <= {"svg", "flow"}:  # both are SVG
        raise OutputError(C.NAME_DISAGREES, output=output, implied=implied.upper(), fmt=fmt, kind=fmt.upper(), ending=EXTENSIONS[fmt])
    return fmt


def plan_outputs(
    sources: list[str], fmt: str, output: str | None, protected: set[str] = frozenset(), view: str = ""
) -> list[str]:
    """The output path for each source ("-" for standard output); raises OutputError.

    A directory named with a trailing slash (``-o out/``) is created when the
    first file is written into it.
    """
    if output == "-":
        if len(sources) > 1:
            raise OutputError(C.STDOUT_ONE_MAP)
        return ["-"]
    if output is None:
        targets = [default_output(s, fmt, view) for s in sources]
    elif names_directory(output):
        if os.path.exists(output) and not os.path.isdir(output):
            raise OutputError(C.FILE_NOT_DIRECTORY, path=output.rstrip("/" + os.sep))
        targets = [os.path.join(output, os.path.basename(default_output(s, fmt, view))) for s in sources]
    elif len(sources) > 1:
        raise OutputError(C.SEVERAL_NEED_DIRECTORY, output=output)
    else:
        targets = [output]
    creates = os.path.abspath(output) if names_directory(output) else None
    inputs = {os.path.realpath(p) for p in list(sources) + list(protected)}
    seen: set[str] = set()
    for target in targets:
        real = os.path.realpath(target)
        if real in inputs or target.lower().endswith(MAP_SUFFIXES):
            raise OutputError(C.REFUSE_INPUT if real in inputs else C.REFUSE_YAML, path=target)
        if real in seen:
            raise OutputError(C.SAME_NAME, path=target)
        seen.add(real)
        parent = os.path.dirname(os.path.abspath(target))
        if not os.path.isdir(parent) and parent != creates:
            folder = os.path.dirname(target) or "."
            raise OutputError(C.NO_DIRECTORY, path=target, folder=folder)
    return targets


def write_atomic(path: str, data: bytes, durable: bool = True) -> None:
    """Write ``data`` to ``path`` in one step; on any error the old file stays as it was.

    ``durable=False`` skips waiting for the disk (fsync): still replaced in one step, for the
    thousand pages of a site that is built again from its maps (an fsync per page cost 5 s of 39).
    """
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            if durable:
                os.fsync(stream.fileno())
        mode = 0o666 & ~_umask()
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
