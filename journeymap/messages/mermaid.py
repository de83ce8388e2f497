"""What `journeymap import mermaid` and `render --format mermaid` say about a Mermaid journey diagram.

Problems name the diagram's line themselves (the command prints ``FILE:LINE:``
before them); ``%(task)s`` and ``%(section)s`` are names from the diagram,
given as ``Quoted``; ``%(line)s`` is the text of a line as written.
"""

from journeymap.i18n import N_, NP_

# The mark after `#` on a task line that says "this touchpoint is not scored". Mermaid has no
# way to leave a task unscored, so the export writes a neutral score with this comment and the
# import reads it back. It is syntax, not a sentence: never translated.
NOT_SCORED_MARK = "not scored"

# Finding the diagram in a file.
NO_JOURNEY = N_("%(path)s holds no Mermaid journey diagram (the first statement must be `journey`)")
NO_JOURNEY_IN_BLOCKS = NP_(
    "%(path)s has %(count)d mermaid block but no journey diagram (a block starting with `journey`)",
    "%(path)s has %(count)d mermaid blocks but no journey diagram (a block starting with `journey`)",
)
NO_SUCH_DIAGRAM = NP_(
    "--index %(index)d: %(path)s has %(count)d journey diagram",
    "--index %(index)d: %(path)s has %(count)d journey diagrams",
)
FRONT_MATTER_INVALID = N_("the front matter is not valid YAML; its title (if any) is ignored")

# Reading the diagram, line by line, as Mermaid's grammar does.
SECOND_JOURNEY = N_("a second `journey` keyword; a diagram has one (line skipped)")
TITLE_EMPTY = N_("`title` needs text after it (line skipped)")
KEYWORD_COLON = N_("`%(line)s`: %(keyword)s takes no colon, write `%(keyword)s %(rest)s` (line skipped)")
KEYWORD_EMPTY = N_("`%(line)s` needs text after it (line skipped)")
NOT_A_TASK = N_("`%(line)s` is not a task: write `Task name: score: actor, actor` (line skipped)")
SECTION_COLON = N_("a section name cannot contain ':' (Mermaid rejects this line); read as %(section)s")
SECTION_EMPTY = N_("`section` needs a name (line skipped)")
TASK_NO_NAME = N_("a task needs a name before ':' (line skipped)")
TASK_EXTRA = N_("%(task)s: the text after the second ':' is ignored, as Mermaid does (`%(ignored)s`)")
ACC_DESCR_OPEN = N_("`accDescr {` has no closing `}`; the description runs to the end")

# Scores.
NO_SCORE = N_("%(task)s: no score after ':'; the touchpoint is left unscored (Mermaid's scores are whole numbers 0..5, 5 best)")
NOT_A_NUMBER = N_("%(task)s: the score `%(score)s` is not a number; the touchpoint is left unscored")
NOT_A_NUMBER_FULL_WIDTH = N_(
    "%(task)s: the score `%(score)s` is not a number (full-width digits? type them half-width); "
    "the touchpoint is left unscored"
)
SCALE_WIDENED = N_(
    "scores from %(low)s to %(high)s reach beyond Mermaid's 0..5, so the map's scale is %(scale)s; "
    "change `scale:` in the map if the diagram meant another range"
)
EMPTY_DIAGRAM = N_("the diagram has no sections or tasks; the map has one empty stage")

# The comment at the top of an imported map.
IMPORTED_FROM = N_("Imported from %(path)s by `journeymap import mermaid`.")
IMPORTED_FROM_ONE_OF = N_("Imported from %(path)s (journey diagram %(index)d of %(count)d) by `journeymap import mermaid`.")

# `%%` comments in an exported diagram, saying how its scores differ from the map's.
EXPORT_SCALE_MOVED = N_(
    "scores moved linearly from the map's scale %(scale)s onto Mermaid's 1..5 and rounded to whole numbers"
)
EXPORT_ROUNDED = N_("scores rounded to whole numbers, as Mermaid expects")
