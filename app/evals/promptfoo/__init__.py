"""promptfoo's configuration in and out (issue 28, item 7): a `promptfooconfig.yaml` read as a Hearth suite, and a
suite written back as one.

People who already test prompts with promptfoo keep their files; Hearth runs what it can of them on local models.
What Hearth does not run (providers, options, assertion types it lacks, keys it does not know) is never dropped:
`Suite.source` keeps the parsed file, and writing starts from it and replaces only what the person changed in
Hearth, so a round trip leaves the rest of the file as it was, and an unchanged suite gives the file back whole.

promptfoo's rules followed here: every test × every prompt, test by test as promptfoo orders its rows, narrowed by a
test's `prompts` filter; `defaultTest`'s vars under each test's, its assertions before each test's (unless the test
sets `options.disableDefaultAsserts`), its threshold where a test has none; a var holding a list asks once per value
(every combination where several do); `tests: file://tests.csv`, one column per var and `__expected…` columns in
promptfoo's one-line form (`icontains:paris`, `contains-any:a,b`, `llm-rubric:…`). `file://` references are
relative to the configuration's folder; a prompt file's text (a .txt file holding several prompts between `---`
lines) and a text var file are read in, and written back as the reference while their text is unchanged.

The modules, by job: `reading` (the reader), `csv_tests` (a CSV file of tests), `assertions` (assertions as checks
and back), `parsed_config` (what reading gives that writing needs), `writing` (the suite lined up with the file's
tests and written over them), `prompts_out` (the prompts written), `saving` (YAML on disk), `errors`.
"""

from app.evals.promptfoo.assertions import is_supported, known_types
from app.evals.promptfoo.errors import PromptfooConfigNotSaved, UnreadablePromptfooConfig
from app.evals.promptfoo.parsed_config import ORIGIN_KEY
from app.evals.promptfoo.reading import read_config
from app.evals.promptfoo.writing import write_config

__all__ = [
    "ORIGIN_KEY",
    "PromptfooConfigNotSaved",
    "UnreadablePromptfooConfig",
    "is_supported",
    "known_types",
    "read_config",
    "write_config",
]
