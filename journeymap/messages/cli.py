"""What the commands themselves say: summaries, progress, and every error with what to type instead.

Errors are one line after ``journeymap: error:``; ``path`` parameters are the
paths as the user typed them.
"""

from journeymap.i18n import N_, NP_

# check: the summary every human-readable report ends with, and the word before a hint.
CHECKED = NP_("Checked %(count)d file", "Checked %(count)d files")
CHECKED_SOME = NP_(
    "Checked %(checked)d of %(count)d file (%(unreadable)d could not be checked)",
    "Checked %(checked)d of %(count)d files (%(unreadable)d could not be checked)",
)
SUMMARY = N_("%(checked)s: %(counts)s.")
NO_PROBLEMS = N_("%(checked)s: no problems found.")
NO_OTHER_PROBLEMS = N_("%(checked)s: no other problems.")
HINT = N_("hint")
WITH_HINT = N_("%(message)s (hint: %(hint)s)")

# Reading files.
CANNOT_READ = N_("%(path)s: cannot read: %(reason)s")
INTERNAL_ERROR_IN = N_("%(path)s: internal error (%(error)s); run with --debug for the traceback")
NO_SUCH_FILE = N_("%(path)s: no such file or directory")
IS_A_DIRECTORY = N_("%(path)s is a directory; name one map file")
HAS_ERRORS_NOTHING_WRITTEN = N_("%(path)s has errors; nothing written")
NO_MAPS_UNDER = N_("no journey maps under %(path)s (looked for *.yaml/*.yml files with a `journeymap:` key)")

# show
UNKNOWN_LANE = N_("unknown lane '%(lane)s' for --lanes; choose from %(choices)s")
UNKNOWN_LANE_GUESS = N_("unknown lane '%(lane)s' for --lanes; did you mean '%(guess)s'? choose from %(choices)s")
NO_PERSONAS_HERE = N_("%(path)s has no personas; leave out --persona")
NO_STAGES_HERE = N_("%(path)s has no stages; leave out --stage")
UNKNOWN_PERSONA = N_("unknown persona '%(value)s' for --persona; the personas in %(path)s are %(ids)s")
UNKNOWN_STAGE = N_("unknown stage '%(value)s' for --stage; the stages in %(path)s are %(ids)s")
UNKNOWN_PERSONA_GUESS = N_(
    "unknown persona '%(value)s' for --persona; did you mean '%(guess)s'? the personas in %(path)s are %(ids)s"
)
UNKNOWN_STAGE_GUESS = N_("unknown stage '%(value)s' for --stage; did you mean '%(guess)s'? the stages in %(path)s are %(ids)s")

# render --watch
WATCH_WROTE = N_("[%(time)s] wrote %(target)s — %(counts)s")
WATCH_CANNOT_READ = N_("[%(time)s] cannot read %(path)s: %(reason)s; keeping the last good %(target)s")
WATCH_HAS_ERRORS = N_("[%(time)s] %(path)s has errors; keeping the last good %(target)s")
WATCH_CANNOT_DRAW = N_("[%(time)s] could not draw %(path)s: %(reason)s; keeping the last good %(target)s")
WATCH_INTERNAL = N_("[%(time)s] internal error on %(path)s (%(error)s); keeping the last good %(target)s")
WATCH_NO_CHANGE = N_("no change in customer terms")
WATCHING = NP_("Watching %(count)d map for changes; press Ctrl-C to stop.", "Watching %(count)d maps for changes; press Ctrl-C to stop.")
WATCH_STOPPED = N_("Stopped watching.")
NO_FINDINGS = N_("no problems found")

# render and the files commands write
BINARY_TO_TERMINAL = N_(
    "a %(kind)s is not text: write it to a file (-o poster%(ending)s) or pipe it (-o - | other-program)"
)
NOTE = N_("%(path)s: note: %(note)s")
WATCH_TO_STDOUT = N_("--watch writes files; it cannot write to standard output")
NO_SUCH_PERSONA = N_("%(path)s has no persona '%(persona)s' (its personas: %(known)s)")
CANNOT_WRITE = N_("cannot write %(path)s: %(reason)s")
WROTE = N_("wrote %(path)s")
NO_ENDING = N_("-o %(output)s has no file ending: write %(output)s.svg (or .html, .png, .pdf, .dot, .mmd) for a file, or %(output)s/ for a directory")
CANNOT_WRITE_KIND = N_("journeymap cannot write %(suffix)s files; end -o with %(endings)s")
ENDING_DISAGREES = N_("-o %(output)s ends in %(suffix)s but --format %(fmt)s writes %(kind)s: name it %(name)s")
NAME_DISAGREES = N_(
    "-o %(output)s says %(implied)s but --format %(fmt)s writes %(kind)s: rename the file to end in %(ending)s, or leave out --format"
)
STDOUT_ONE_MAP = N_("-o - writes to standard output, which can take one map only")
FILE_NOT_DIRECTORY = N_("%(path)s is a file, not a directory")
SEVERAL_NEED_DIRECTORY = N_("%(output)s is not a directory; with several maps, -o must name one (write %(output)s/ to create it)")
REFUSE_INPUT = N_("refusing to write %(path)s: it is one of the maps being drawn; choose another -o")
REFUSE_YAML = N_("refusing to write %(path)s: a .yaml file is never written by render; choose another -o")
SAME_NAME = N_("two maps have the same file name and would both be written to %(path)s; render them one at a time with -o FILE")
NO_DIRECTORY = N_("cannot write %(path)s: the directory %(folder)s does not exist (mkdir %(folder)s first)")
BAD_FIT = N_("'%(value)s' is not a shape to fit: use 16:9, 4:3 or any W:H for a screen; a4, a3, a4-portrait or a3-portrait for paper")

# diff and git
DIFF_USAGE = N_("give two files (journeymap diff OLD NEW) or one file and a revision (journeymap diff FILE --rev REV)")
WORKING_TREE = N_("working tree")
DID_NOT_EXIST = N_("%(revision)s (the file did not exist)")
VERSION_HAS_ERRORS = N_("the %(label)s version has errors; fix them before comparing")
REGRESSION = N_("journeymap: regression: %(reasons)s")
NO_GIT = N_("--rev needs git, which is not installed")
NOT_IN_GIT = N_("%(path)s is not inside a git repository")
MAPS_LEFT_OUT = NP_(
    "%(count)d map with errors was left out, the numbers come from the other %(used)d: %(paths)s",
    "%(count)d maps with errors were left out, the numbers come from the other %(used)d: %(paths)s",
)
NO_COMMITS_YET = N_("the repository of %(path)s has no commits yet, so there is no earlier version to compare with: commit the map first (git add, git commit)")
UNKNOWN_REVISION = N_("unknown revision '%(revision)s' (try HEAD, main, origin/main or a commit hash)")
GIT_CANNOT_READ = N_("git could not read %(path)s: %(reason)s")

# rules and explain
IN_FORCE = N_("In force here (%(source)s)")
DEFAULTS = N_("defaults")
SEVERITY_SET = N_("severity = %(value)s (default %(default)s)")
DEFAULT_WAS = N_("default %(default)s")
STRUCTURAL_NOT_IGNORABLE = N_("Structural errors cannot be ignored: the map cannot be read reliably until they are fixed.")
TURNING_OFF = N_("Turning it off")
OFF_HERE = N_("for one stage or touchpoint: `ignore: [%(code)s]` in the map")
OFF_EVERYWHERE = N_('everywhere: `ignore = ["%(code)s"]` in journeymap.toml, or `--ignore %(code)s`')
OFF_THRESHOLDS = N_("thresholds: `[tool.journeymap.rules.%(name)s]` in pyproject.toml")
CODE_HEAD = N_("CODE")
NAME_HEAD = N_("NAME")
SEVERITY_HEAD = N_("SEVERITY")
SUMMARY_HEAD = N_("SUMMARY")
RULES_MORE = N_("`journeymap explain CODE` shows why a rule matters and how to fix what it finds.")
UNKNOWN_CODE = N_("unknown code '%(code)s' (`journeymap rules` lists them all)")
UNKNOWN_CODE_GUESS = N_("unknown code '%(code)s'; did you mean %(guess)s? (`journeymap rules` lists them all)")
POINTS_ON = N_("%(value)s points on %(scale)s")
VALUE_ON = N_("%(value)s on %(scale)s")

# init
INIT_DIRECTORY = N_("%(path)s is a directory; name the new map inside it: journeymap init %(free)s")
INIT_EXISTS = N_("%(path)s already exists; journeymap init never overwrites a file (choose another name: journeymap init %(free)s)")
INIT_ENDING = N_("%(path)s: a journey map's name ends in .yaml or .yml")
INIT_NEXT = N_("Next: edit %(path)s, then `journeymap check %(path)s` for what to improve and `journeymap show %(path)s` to see it.")

# import mermaid
PERSONAS = NP_("%(count)d persona", "%(count)d personas")
WROTE_COUNTS = N_("wrote %(path)s (%(counts)s)")
IMPORT_OVER_INPUT = N_("refusing to write %(path)s: it is the diagram being imported")
IMPORT_TO_DIRECTORY = N_("%(path)s is a directory; -o names the map file to write")
IMPORT_EXISTS = N_("%(path)s already exists; use --force to replace it")
DIAGRAM_IS_DIRECTORY = N_("%(path)s is a directory; name a .mmd or Markdown file")
DIAGRAM_TOO_LARGE = N_("%(path)s is larger than %(limit)d MB; a Mermaid diagram never is")
DIAGRAM_NOT_UTF8 = N_("%(path)s is not UTF-8 text")

# serve
NOT_A_FILE = N_("%(path)s is not a file")
SERVING = N_("Serving %(path)s at %(url)s")
SERVING_NETWORK = N_("Others on your network can open %(url)s")
SERVING_HOW = N_("Save the file to update the page; press Ctrl-C to stop.")
SERVE_UPDATED = N_("%(path)s updated (version %(version)d)")
SERVE_BROKEN = N_("%(path)s has errors; showing the last good version (version %(version)d)")
SERVE_INTERNAL = N_("%(path)s: internal error while updating (%(error)s); still watching")
SERVE_STOPPED = N_("Stopped.")
LISTEN_NOT_HERE = N_("cannot listen on %(host)s: it is not an address of this machine (%(reason)s); try --host 127.0.0.1")
LISTEN_PORT_USED = N_("cannot listen on port %(port)d: another program uses it; try --port %(next)d, or --port 0 for any free port")
LISTEN_NO_IPV6 = N_("cannot listen on %(host)s: this machine has no IPv6 on that address (%(reason)s); try --host 127.0.0.1")
LISTEN_NOT_ADDRESS = N_("cannot listen on %(host)s: it is not an address of this machine; try --host 127.0.0.1 or 0.0.0.0")
LISTEN_PRIVILEGED = N_("cannot listen on port %(port)d: ports below 1024 need administrator rights; try --port 8000")
LISTEN_OTHER = N_("cannot listen on %(host)s:%(port)d: %(reason)s (try another --port)")

# the command line itself
INTERRUPTED = N_("interrupted")
INTERNAL_ERROR = N_("internal error: %(error)s (run again with --debug for the traceback)")
CANNOT_WRITE_OUTPUT = N_("cannot write the output: %(reason)s")
NOT_BETWEEN = N_("%(value)s is not between %(low)s and %(high)s")
ERROR = N_("journeymap: error: %(message)s")
# A mistyped command line, said in Japanese (in English click says it in its own words).
USAGE_ERROR = N_("error")
USAGE_HELP = N_("`%(command)s -h` shows what it accepts")
NO_SUCH_OPTION = N_("there is no option %(option)s")
NO_SUCH_OPTION_GUESS = N_("there is no option %(option)s: did you mean %(guess)s?")
MISSING_PARAMETER = N_("%(name)s is missing")
BAD_CHOICE = N_("%(option)s does not take '%(value)s': choose one of %(choices)s")
BAD_CHOICE_GUESS = N_("%(option)s does not take '%(value)s': did you mean %(guess)s? (one of %(choices)s)")
BAD_VALUE = N_("%(option)s: %(message)s")
NO_SUCH_COMMAND = N_("there is no command %(command)s: the commands are %(commands)s")
NO_SUCH_COMMAND_GUESS = N_("there is no command %(command)s: did you mean %(guess)s?")

# configuration
CONFIG_TOO_LARGE = N_("%(path)s: a configuration file above 1 MB is not one")
CONFIG_CANNOT_READ = N_("%(path)s: cannot read configuration: %(reason)s")
CONFIG_NOT_UTF8 = N_("%(path)s: not UTF-8 text; save it as UTF-8")
CONFIG_TOML_AT = N_("%(path)s:%(line)s:%(column)s: invalid TOML: %(reason)s")
CONFIG_TOML = N_("%(path)s: invalid TOML: %(reason)s")
CONFIG_ERROR = N_("%(path)s:%(line)s:%(column)s: configuration error: %(message)s")
CONFIG_ERROR_HINT = N_("%(path)s:%(line)s:%(column)s: configuration error: %(message)s (%(hint)s)")
CONFIG_UNKNOWN_KEY = N_("unknown key '%(key)s'")
DID_YOU_MEAN = N_("did you mean '%(guess)s'?")
KNOWN_KEYS = N_("known keys: %(keys)s")
SEE_RULES = N_("see `journeymap rules`")
CONFIG_ONE_OF = N_("%(key)s must be one of %(choices)s, not %(value)s")
CONFIG_LIST_OF_GLOBS = N_('%(key)s must be a list of glob patterns, e.g. ["tests/fixtures"]')
CONFIG_LIST_OF_CODES = N_('%(key)s must be a list of rule codes or names, e.g. ["W204", "empty-stage"]')
CONFIG_UNKNOWN_RULE_IN = N_("unknown rule '%(selector)s' in %(key)s")
CONFIG_SIZE = N_("max-file-size must be a size like 10MB or a number of bytes, not %(value)s")
CONFIG_RULES_TABLE = N_("rules must be a table of [rules.<rule-name>] sections")
CONFIG_UNKNOWN_RULE = N_("unknown rule '%(rule)s'")
CONFIG_RULE_TABLE = N_("[rules.%(rule)s] must be a table of options, e.g. threshold = -0.25")
CONFIG_NO_OPTION = N_("%(rule)s has no option '%(option)s'")
CONFIG_ITS_OPTIONS = N_("its options: %(options)s")
CONFIG_NUMBER = N_("%(option)s must be a number, not %(value)s")
CONFIG_BETWEEN = N_("%(option)s must be between %(low)s and %(high)s, not %(value)s")
UNKNOWN_SELECTOR = N_("%(option)s: unknown rule '%(selector)s' (see `journeymap rules`)")
UNKNOWN_SELECTOR_GUESS = N_("%(option)s: unknown rule '%(selector)s' (did you mean %(guess)s?)")
