"""What the generators of ``docs/<area>-bad-input.md`` share: a fresh site in a temporary folder, the
cases of ``tests/app/<area>/test_bad_input.py`` run through the real services (and judged as the test
judges them), and the sentence the operator sees in each language (``ui/error_words.describe``).
"""

from __future__ import annotations

import itertools
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication  # noqa: E402

from app.bootstrap import Services, open_database  # noqa: E402
from app.clock import FixedClock  # noqa: E402
from app.local_config import LocalConfig  # noqa: E402
from app.paths import DataPaths  # noqa: E402
from app.text import INVISIBLE_CHARS  # noqa: E402
from tests.app.bad_input import Case, Outcome, Situation, judge_case, judge_situation  # noqa: E402
from tests.conftest import START, Staff, make_site  # noqa: E402
from ui import error_words  # noqa: E402
from ui.i18n import install_language  # noqa: E402

W = TypeVar("W")
HOW_TO_READ = (
    'The cases are those of the test named above, which checks them on SQLite and PostgreSQL. "Saved"',
    "means the form went through with the value shown; otherwise nothing at all was written (no row,",
    "no audit entry, no stored file) and the sentence is shown: under the field in the form (without",
    "the field's name in front), or whole in the page's banner. \"Please check\" is a warning: the",
    "operator may save the value as typed once they confirm it.",
)
LANGUAGES = ("zh_TW", "en")
SHOWN_MAX_CHARS = 40
CHAR_ESCAPE_LIMIT = 0x100


@dataclass(frozen=True)
class Desk:
    """A site with an administrator, a supervisor, a guard and a clerk; a folder for files."""

    services: Services
    staff: Staff
    clock: FixedClock
    folder: Path


@contextmanager
def fresh_site() -> Iterator[Desk]:
    if QCoreApplication.instance() is None:
        QCoreApplication(sys.argv[:1])  # the translators need an application
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp) / "data")
        paths.ensure()
        clock = FixedClock(START)
        database = open_database(paths.database, paths, clock, LocalConfig())
        try:
            services = make_site(database, clock)
            folder = Path(tmp) / "files"
            folder.mkdir()
            yield Desk(services, Staff(services), clock, folder)
        finally:
            database.dispose()


def shown(value: str) -> str:
    """The value as the table prints it: invisible and control characters escaped, a paste shortened."""
    if not value:
        return "(empty)"
    if len(value) > SHOWN_MAX_CHARS:
        return f"{value[0]} × {len(value)}"
    out = []
    for ch in value:
        if ch.isprintable() and ch not in INVISIBLE_CHARS and (ch == " " or not ch.isspace()):
            out.append(ch)
        elif ord(ch) < CHAR_ESCAPE_LIMIT:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(f"\\u{ord(ch):04x}")
    return "".join(out)


def _saved(value: object) -> str:
    if isinstance(value, tuple):
        value = ", ".join(str(v) for v in value)
    if value in (None, ""):
        return "saved, left empty"
    text = str(value)
    return f"saved as `{shown(text)}`" if len(text) <= SHOWN_MAX_CHARS else f"saved ({len(text)} characters)"


def sentences(outcome: Outcome, saved: Callable[[object], str] = _saved) -> list[str]:
    """What the operator reads, in each language."""
    cells = []
    for language in LANGUAGES:
        install_language(language)
        cells.append(saved(outcome.saved) if outcome.error is None else error_words.describe(outcome.error))
    return cells


def field_rows(make_world: Callable[[Desk], W], cases: Sequence[Case[W]]) -> list[str]:
    """One row per case; each field's cases on a site of their own (a tag saved by one field's case
    must not be found by another's)."""
    lines = ["| field | input | zh_TW | en |", "|---|---|---|---|"]
    for _name, group in itertools.groupby(cases, key=lambda case: case.field.name):
        with fresh_site() as site:
            world = make_world(site)
            for case in group:
                outcome = judge_case(site.services, world, case)
                cells = " | ".join(sentences(outcome))
                lines.append(f"| {case.field.name} | {case.kind}: `{shown(case.value)}` | {cells} |")
    return lines


def situation_rows(make_world: Callable[[Desk], W], situations: Sequence[Situation[W]]) -> list[str]:
    lines = ["| what was tried | zh_TW | en |", "|---|---|---|"]
    with fresh_site() as site:
        world = make_world(site)
        for situation in situations:
            outcome = judge_situation(site.services, world, situation)
            lines.append(f"| {situation.name} | {' | '.join(sentences(outcome, str))} |")
    return lines


def write_document(
    name: str,
    intro: Sequence[str],
    make_world: Callable[[Desk], W],
    cases: Sequence[Case[W]],
    sections: Sequence[tuple[str, Sequence[str], Sequence[Situation[W]]]],
) -> int:
    """``docs/<name>``: the title and ``intro`` lines, the fields table, then each section (heading,
    lines before its table, its situations)."""
    lines = [*intro, "", *HOW_TO_READ, "", "## Fields", "", *field_rows(make_world, cases)]
    for heading, before, situations in sections:
        lines += ["", f"## {heading}", ""]
        lines += [*before, ""] if before else []
        lines += situation_rows(make_world, situations)
    return write(name, lines)


def write(name: str, lines: Sequence[str]) -> int:
    path = ROOT / "docs" / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(path)
    return 0
