"""Citation metadata from a file's YAML front matter (or a web page), checked field by field.

Front matter is written by people and sometimes by hostile ones: one bad field is
ignored with a warning naming its line, and the article is indexed all the same.
Nothing in it is expanded or constructed: YAML aliases are refused (a few hundred
bytes of them can stand for gigabytes), values are read as the text they are
written as, and every field is capped.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from typing import Any

from kzmil.models import Source

MAX_FRONT_MATTER_CHARS = 8192  # a few lines of metadata; a bigger block is not metadata
MAX_FIELD_CHARS = 500  # longer than any real title, publication or URL
MAX_AUTHORS = 50  # names kept per article
TEXT_FIELDS = (
    "title",
    "publication",
    "publisher",
    "volume",
    "issue",
    "date",
    "url",
    "section",
    "type",
    "accessed",
    "id",
)
DATE_FIELDS = ("date", "accessed")
# A block between a first line `---` and a line `---` (or YAML's `...`), possibly empty.
_FRONT_MATTER = re.compile(
    r"\A(?:\ufeff)?---[ \t]*\r?\n(?:(.*?)\r?\n)??(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)
_OPENING = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n")
_FIELD_LINE = re.compile(r"[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)")  # `title: ...`: what front matter starts with
_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.+\-Z ]*)?")
_SPACE = re.compile(r"\s+")  # newlines too: a field is one line (other controls are shown, not acted on)
_NULL_TAG = "tag:yaml.org,2002:null"
_STR_TAG = "tag:yaml.org,2002:str"
FIRST_LINE = 2  # the block starts on the line after the opening `---`


@dataclass
class FrontMatter:
    """The checked fields (text, and `authors` as a list), where the article starts, and
    what was wrong ("line N: ..." messages)."""

    fields: dict[str, Any] = field(default_factory=dict)
    body_start: int = 0
    warnings: list[str] = field(default_factory=list)
    unread: bool = False  # there was front matter, but it could not be read (counted by `kzmil index`)


class _AliasError(Exception):
    """Front matter that uses a YAML alias."""


def parse_front_matter(text: str) -> FrontMatter:
    """The YAML block at the top of a file: its fields, checked, and where the article starts."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return _unclosed(text) or FrontMatter(body_start=1 if text.startswith("\ufeff") else 0)
    result = FrontMatter(body_start=m.end())
    return _read_block(m.group(1) or "", result)


def _unclosed(text: str) -> FrontMatter | None:
    """Front matter whose closing `---` is missing: its fields are read up to the first
    blank line, where the article is taken to start, with a warning. None when the first
    `---` line is not followed by a field (a Markdown rule, not front matter)."""
    m = _OPENING.match(text)
    if not m or not _FIELD_LINE.match(text, m.end()):
        return None
    gap = _BLANK_LINE.search(text, m.end())
    end = gap.start() if gap else len(text)
    body_start = gap.end() if gap else len(text)
    last_line = FIRST_LINE + text.count("\n", m.end(), end)
    result = FrontMatter(body_start=body_start, unread=True)
    result.warnings.append(f"line 1: front matter has no closing `---` line; read as far as line {last_line}")
    return _read_block(text[m.end() : end], result)


def _read_block(block: str, result: FrontMatter) -> FrontMatter:
    """The fields of one YAML block, checked, into `result` (`unread` when it is ignored)."""
    if len(block) > MAX_FRONT_MATTER_CHARS:
        result.warnings.append(f"front matter longer than {MAX_FRONT_MATTER_CHARS} characters; ignored")
        result.unread = True
        return result
    import yaml  # only needed while indexing

    try:
        root = _compose(block)
    except _AliasError as exc:
        result.warnings.append(f"line {exc}: front matter uses a YAML alias (*name); ignored")
        result.unread = True
        return result
    except yaml.YAMLError as exc:
        # the line where the broken construct starts (an unclosed quote), else where it broke
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        where = f"line {FIRST_LINE + mark.line}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or "cannot be read"
        context = getattr(exc, "context", None)
        if context:
            problem = f"{context}, {problem}"
        result.warnings.append(f"{where}front matter is not valid YAML ({problem}); ignored")
        result.unread = True
        return result
    if root is None:
        return result
    if not isinstance(root, yaml.MappingNode):
        result.warnings.append(
            f"line {FIRST_LINE}: front matter is not a list of `name: value` fields; ignored"
        )
        result.unread = True
        return result
    for key_node, value_node in root.value:
        name = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        line = FIRST_LINE + value_node.start_mark.line
        if name in ("authors", "author"):
            result.fields["authors"] = _authors(value_node, line, name, result.warnings)
        elif name in TEXT_FIELDS:
            result.fields[name] = _field(value_node, line, name, result.warnings)
    return result


def _compose(block: str) -> Any:
    """The YAML node tree, refusing aliases; nothing is constructed, so no tag can run code."""
    import yaml

    class NoAliasLoader(yaml.SafeLoader):
        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()  # type: ignore[no-untyped-call]
                raise _AliasError(FIRST_LINE + event.start_mark.line)
            return super().compose_node(parent, index)

    loader = NoAliasLoader(block)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _field(node: Any, line: int, name: str, warnings: list[str]) -> str | None:
    """A text field as written (`volume: 04` stays "04", `title: yes` stays "yes")."""
    import yaml

    if not isinstance(node, yaml.ScalarNode):
        warnings.append(f"line {line}: front-matter field '{name}' ignored (a list or mapping, not text)")
        return None
    if node.tag == _NULL_TAG:
        return None
    value = clean(node.value, name, warnings, line)
    if value is not None and name in DATE_FIELDS:
        date = iso_date(value)
        if date is None:
            warnings.append(
                f"line {line}: front-matter field '{name}' ignored "
                f"(not a date as YYYY-MM-DD, YYYY-MM or YYYY: {value[:40]})"
            )
        return date
    return value


def _authors(node: Any, line: int, name: str, warnings: list[str]) -> list[str]:
    """A name or a list of names; anything else in the list is left out with a warning."""
    import yaml

    items = node.value if isinstance(node, yaml.SequenceNode) else [node]
    if isinstance(node, yaml.MappingNode):
        warnings.append(f"line {line}: front-matter field '{name}' ignored (a mapping, not names)")
        return []
    names: list[str] = []
    for item in items:
        where = FIRST_LINE + item.start_mark.line
        if not isinstance(item, yaml.ScalarNode):
            warnings.append(
                f"line {where}: front-matter field '{name}': an entry that is not a name was left out"
            )
        elif item.tag == _NULL_TAG:
            if isinstance(node, yaml.SequenceNode):
                warnings.append(f"line {where}: front-matter field '{name}': an empty entry was left out")
        elif item.tag != _STR_TAG:
            warnings.append(
                f"line {where}: front-matter field '{name}': {item.value[:40]!r} is not a name; left out"
            )
        else:
            value = clean(item.value, name, warnings, where)
            if value:
                names.append(value)
    if len(names) > MAX_AUTHORS:
        warnings.append(f"line {line}: front-matter field '{name}': only the first {MAX_AUTHORS} names kept")
        del names[MAX_AUTHORS:]
    return names


def clean(value: Any, name: str, warnings: list[str] | None = None, line: int | None = None) -> str | None:
    """A field's text on one line (runs of white space, newlines included, become one
    space), cut to MAX_FIELD_CHARS; None when nothing is left."""
    if value is None:
        return None
    text = _SPACE.sub(" ", str(value)).strip()
    if len(text) > MAX_FIELD_CHARS:
        if warnings is not None:
            where = f"line {line}: " if line is not None else ""
            warnings.append(f"{where}front-matter field '{name}' cut to {MAX_FIELD_CHARS} characters")
        text = text[: MAX_FIELD_CHARS - 1].rstrip() + "…"
    return text or None


def iso_date(text: str) -> str | None:
    """ "2007-09-18", "2007-9", "2007" or "2007-09-18T10:00" as YYYY-MM-DD / YYYY-MM / YYYY;
    None when it is not a real date (month 13, February 30)."""
    m = _DATE.fullmatch(text.strip())
    if not m:
        return None
    year, month, day = (int(g) if g else None for g in m.groups())
    assert year is not None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def source_from(fields: dict[str, Any], body: str, fallback_title: str) -> tuple[Source, list[str]]:
    """Citation metadata from checked fields (front matter, or a page's metadata); a bare
    file is cited by its first line (when it looks like a title) or its file name."""
    warnings: list[str] = []
    values = {name: clean(fields.get(name), name, warnings) for name in TEXT_FIELDS if name != "id"}
    for name in DATE_FIELDS:
        if values[name] is not None and fields.get(name) is not None:
            date = iso_date(values[name] or "")
            if date is None:
                warnings.append(
                    f"{name} ignored (not a date as YYYY-MM-DD, YYYY-MM or YYYY: {(values[name] or '')[:40]})"
                )
            values[name] = date
    authors = fields.get("authors") or []
    if isinstance(authors, str):
        authors = [authors]
    names = tuple(n for n in (clean(a, "authors") for a in list(authors)[:MAX_AUTHORS]) if n)
    if not values["title"]:
        lines = (line.strip() for line in body.split("\n"))
        first = next((line for line in lines if any(ch.isalnum() for ch in line)), "")  # past a `---` rule
        first = _MARKDOWN_HEADING.sub("", first)  # "# Title": Title
        usable = 0 < len(first) <= 150 and not first.endswith(".")
        values["title"] = clean(first if usable else fallback_title, "title")
    return Source(authors=names, **values), warnings
