"""A shared index in PostgreSQL: `--index postgresql://USER@HOST[:PORT]/DB`.

The database holds what the SQLite file holds (articles with their citation metadata,
sentences with offsets, the casing counts) plus kzmil's own postings: one row per
(term, sentence), read in id order and capped per term exactly as FTS5 is read, so both
backends return the same candidates. Everything lives in the schema `kzmil`.

Readers read it as it is, inside one read-only snapshot per piece of work: they never
write, lock or create anything, so a read-only role is enough, and a writer never
blocks them (its update is one transaction; MVCC). Only `kzmil index` writes, one
writer at a time (an advisory lock; a second writer is refused with IndexBusy). The
writer reuses `build`'s plan, naming and file reading; only the SQL differs.

psycopg is imported here only, and this module only when such a URL is given.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import unquote, urlsplit

from kzmil.config import Settings, redact
from kzmil.corpus import FileStats, Skipped
from kzmil.errors import IndexBusy, IndexUnusable
from kzmil.index import (
    MAX_SEARCH_TERMS,
    POSTINGS_PER_TERM,
    Doc,
    Progress,
    Report,
    Row,
    _doc,
    units,
)

if TYPE_CHECKING:
    import psycopg

SCHEMA_VERSION = "1"  # of the tables below; an index of another version must be rebuilt
NAMESPACE = "kzmil"  # the PostgreSQL schema that holds every table (a fixed identifier)
WRITER_LOCK = 0x4B5A4D4C  # pg_advisory_lock key of the one writer ("KZML", as the SQLite file's id)
CONNECT_TIMEOUT = 10  # seconds to reach the server before saying it cannot be reached
LOCK_TIMEOUT = "10s"  # a reader waits at most this long behind a rebuild that changes the schema
MIGRATION_WAIT = "60s"  # a migration waits this long for readers mid-command to finish
KEY_BUILD_MEMORY = "256MB"  # sort memory for the keys of a new index (PostgreSQL's default: 64MB)
NAMES_IN_ONE_QUERY = 10_000  # past this many names, all articles are named again (one query; psycopg
# sends at most 65,535 parameters, and build._name_added takes two per name)
COPY_BATCH = 500  # articles buffered before their rows are copied to the server
EXTRA = 'pip install "kzmil[postgres]"'

TABLES = """
CREATE TABLE kzmil.meta(key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE kzmil.docs(
    id bigint PRIMARY KEY, doc text COLLATE "C" NOT NULL UNIQUE, base text COLLATE "C" NOT NULL,
    root bytea NOT NULL, path bytea NOT NULL UNIQUE,
    size bigint NOT NULL, mtime_ns bigint NOT NULL, ino bigint NOT NULL, ctime_ns bigint NOT NULL,
    sha1 text NOT NULL, source text NOT NULL, paras integer NOT NULL, passages integer NOT NULL);
CREATE INDEX docs_base ON kzmil.docs(base);
CREATE TABLE kzmil.passages(
    id bigint NOT NULL, doc_id bigint NOT NULL, para integer NOT NULL, sent integer NOT NULL,
    start integer NOT NULL, "end" integer NOT NULL, line integer NOT NULL, text text NOT NULL,
    terms text NOT NULL, heading integer NOT NULL);
CREATE TABLE kzmil.postings(
    term text COLLATE "C" NOT NULL, passage_id bigint NOT NULL);
CREATE TABLE kzmil.vocab(term text COLLATE "C" PRIMARY KEY, doc integer NOT NULL);
CREATE TABLE kzmil.casing(term text COLLATE "C" PRIMARY KEY, cap integer NOT NULL, low integer NOT NULL);
"""
# The large tables' keys, made once their rows are in: one sort instead of a B-tree insert a row.
KEYS = """
ALTER TABLE kzmil.passages ADD PRIMARY KEY (id);
CREATE INDEX passages_doc ON kzmil.passages(doc_id, sent);
ALTER TABLE kzmil.postings ADD PRIMARY KEY (term, passage_id);
"""
# vocab.doc is how many sentences hold the term, as fts5vocab's 'row' table counts it.
# Every text column that is ordered or range-scanned uses the "C" collation: byte order,
# as SQLite compares, whatever the database's locale.
_SET_META = "INSERT INTO meta VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
_ROW = 'id, doc_id, para, sent, start, "end", line, text, terms, heading'
_DOC_SQL = "SELECT id, doc, path, source, paras, passages FROM docs"


# ---------------------------------------------------------------- connecting


class Shown:
    """A URL as messages may show it, and the secret they must never contain."""

    def __init__(self, url: str) -> None:
        self.url = redact(url)
        parts = urlsplit(url)
        secrets = [parts.password or ""]
        secrets += re.findall(r"[?&]password=([^&#]*)", url, flags=re.I)
        self.secrets = sorted(
            {s for raw in secrets if raw for s in (raw, unquote(raw))}, key=len, reverse=True
        )

    def scrub(self, text: str) -> str:
        """`text` with any password in it replaced, on one line."""
        line = " ".join(str(text).split()) or "no details"
        for secret in self.secrets:
            line = line.replace(secret, "***")
        return line


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError:
        raise IndexUnusable(f"a postgresql:// index needs psycopg, which is not installed: {EXTRA}") from None
    return psycopg


@contextlib.contextmanager
def translated(shown: Shown) -> Iterator[None]:
    """psycopg's errors as one-line IndexUnusable messages without the password."""
    psycopg = _psycopg()
    try:
        yield
    except psycopg.errors.LockNotAvailable:
        raise IndexUnusable(
            f"the PostgreSQL index {shown.url} is locked by a migration or by readers of the old "
            "schema; try again in a minute"
        ) from None
    except psycopg.OperationalError as exc:
        what = _first_line(shown.scrub(str(exc)))
        raise IndexUnusable(f"lost the connection to the PostgreSQL index {shown.url}: {what}") from None
    except psycopg.errors.InsufficientPrivilege as exc:
        raise IndexUnusable(
            f"not allowed to use the PostgreSQL index {shown.url}: {_first_line(shown.scrub(str(exc)))}"
        ) from None
    except psycopg.Error as exc:
        raise IndexUnusable(
            f"cannot use the PostgreSQL index {shown.url}: {_first_line(shown.scrub(str(exc)))}"
        ) from None


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0].strip()


def connect(url: str, shown: Shown) -> psycopg.Connection[Any]:
    """A connection in autocommit mode, or one IndexUnusable line without the password."""
    psycopg = _psycopg()
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT)
    except psycopg.Error as exc:
        why = _first_line(shown.scrub(str(exc)))
        raise IndexUnusable(f"cannot connect to the PostgreSQL index {shown.url}: {why}") from None
    except (ValueError, TypeError) as exc:  # a URL psycopg cannot parse
        raise IndexUnusable(f"cannot use {shown.url} as a PostgreSQL URL: {shown.scrub(str(exc))}") from None
    with translated(shown):
        conn.execute("SELECT set_config('search_path', %s, false)", (NAMESPACE,))
    return conn  # type: ignore[no-any-return]


def schema_state(conn: psycopg.Connection[Any]) -> str | None:
    """The schema version the database holds, or None when it holds no kzmil index."""
    found = conn.execute("SELECT to_regclass('kzmil.meta')").fetchone()
    if found is None or found[0] is None:
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    return str(row[0]) if row else "unknown"


def _not_usable(shown: Shown, state: str | None) -> str | None:
    if state is None:
        return (
            f"the PostgreSQL database {shown.url} holds no kzmil index yet; "
            f"build it with `kzmil index DIR --index {shown.url}`"
        )
    if state != SCHEMA_VERSION:
        return (
            f"the PostgreSQL index {shown.url} has schema version {state}, and this kzmil reads "
            f"version {SCHEMA_VERSION}; migrate it with `kzmil index --rebuild DIR --index {shown.url}`"
        )
    return None


# ---------------------------------------------------------------- reading


class PgIndex:
    """An open shared index: the same answers as `index.Index` over the same corpus."""

    def __init__(self, conn: psycopg.Connection[Any], shown: Shown, report: Report) -> None:
        self.conn = conn
        self.shown = shown
        self.report = report
        self._docs: dict[int, Doc] | None = None
        self._total: int | None = None

    @property
    def location(self) -> str:
        return self.shown.url

    @property
    def total(self) -> int:
        """Passages in the snapshot being read (read again after `end_read`)."""
        if self._total is None:
            row = self._one("SELECT value FROM meta WHERE key = 'passages'")
            self._total = int(row[0]) if row else 0
        return self._total

    def _all(self, sql: str, args: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        with translated(self.shown):
            return self.conn.execute(sql, args).fetchall()

    def _one(self, sql: str, args: Sequence[object] = ()) -> tuple[Any, ...] | None:
        with translated(self.shown):
            return self.conn.execute(sql, args).fetchone()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.close()

    def end_read(self) -> None:
        """End the snapshot this work read from; the next work sees the latest commit."""
        if not self.conn.autocommit:
            with translated(self.shown):
                self.conn.rollback()  # idle now: no snapshot, no lock a migration would wait for
            self._docs = None
            self._total = None

    def docs(self) -> dict[int, Doc]:
        if self._docs is None:
            self._docs = {r[0]: _doc(r) for r in self._all(f"{_DOC_SQL} ORDER BY doc")}
        return self._docs

    def doc(self, doc_id: int) -> Doc:
        if self._docs is not None and doc_id in self._docs:
            return self._docs[doc_id]
        row = self._one(f"{_DOC_SQL} WHERE id = %s", (doc_id,))
        if row is None:
            raise IndexUnusable(
                f"the index refers to a missing article ({doc_id}); run `kzmil index --rebuild`"
            )
        return _doc(row)

    def doc_by_name(self, name: str) -> Doc | None:
        row = self._one(f"{_DOC_SQL} WHERE doc = %s", (name,))
        return _doc(row) if row else None

    def search(self, weighted: dict[str, float], limit: int, doc_ids: set[int] | None = None) -> list[int]:
        """As `index.Index.search`: each term's first POSTINGS_PER_TERM sentence ids in id
        order (an index-only scan of the postings' primary key), weights summed, ties by id."""
        terms = [(t, w) for t, w in weighted.items() if t][:MAX_SEARCH_TERMS]
        if not terms:
            return []
        one = "SELECT passage_id AS r FROM postings WHERE term = q.term ORDER BY passage_id LIMIT %s"
        args: list[object] = [[t for t, _ in terms], [units(w) for _, w in terms]]
        if doc_ids is not None:
            one = (
                "SELECT p.passage_id AS r FROM postings p JOIN passages s ON s.id = p.passage_id "
                "WHERE p.term = q.term AND s.doc_id = ANY(%s) ORDER BY p.passage_id LIMIT %s"
            )
            args.append(sorted(doc_ids))
        sql = (
            "SELECT c.r FROM unnest(%s::text[], %s::bigint[]) AS q(term, w) "
            f"CROSS JOIN LATERAL ({one}) AS c GROUP BY c.r ORDER BY sum(q.w) DESC, c.r LIMIT %s"
        )
        return [int(r[0]) for r in self._all(sql, [*args, POSTINGS_PER_TERM, limit])]

    def rows(self, ids: Iterable[int]) -> dict[int, Row]:
        ids = list(ids)
        if not ids:
            return {}
        return {r[0]: Row(*r) for r in self._all(f"SELECT {_ROW} FROM passages WHERE id = ANY(%s)", (ids,))}

    def neighbours(self, row: Row, before: int, after: int) -> list[Row]:
        q = f"SELECT {_ROW} FROM passages WHERE doc_id = %s AND sent BETWEEN %s AND %s ORDER BY sent"
        return [Row(*r) for r in self._all(q, (row.doc_id, row.sent - before, row.sent + after))]

    def paragraph(self, doc_id: int, para: int | None) -> list[Row]:
        q = f"SELECT {_ROW} FROM passages WHERE doc_id = %s"
        args: list[object] = [doc_id]
        if para is not None:
            q += " AND para = %s"
            args.append(para)
        return [Row(*r) for r in self._all(q + " ORDER BY sent", args)]

    def doc_freq(self, terms: Iterable[str]) -> dict[str, int]:
        wanted = sorted(set(terms))
        if not wanted:
            return {}
        return {
            str(r[0]): int(r[1])
            for r in self._all("SELECT term, doc FROM vocab WHERE term = ANY(%s)", (wanted,))
        }

    def proper_names(self, words: Iterable[str]) -> dict[str, bool]:
        wanted = sorted(set(words))
        if not wanted:
            return {}
        q = "SELECT term, cap, low FROM casing WHERE term = ANY(%s)"
        return {str(r[0]): int(r[1]) > int(r[2]) for r in self._all(q, (wanted,))}

    def lowercase_seen(self, words: Iterable[str]) -> set[str]:
        wanted = sorted(set(words))
        if not wanted:
            return set()
        return {
            str(r[0])
            for r in self._all("SELECT term FROM casing WHERE low > 0 AND term = ANY(%s)", (wanted,))
        }

    def names_like(self, pattern: str) -> list[str]:
        """As SQLite's LIKE, which ignores the case of ASCII letters only (the terms are lower case)."""
        pattern = pattern.translate(_ASCII_LOWER)
        first = pattern[:1]
        q = (
            "SELECT term FROM casing WHERE term >= %s AND term < %s AND cap > low "
            "AND term LIKE %s ESCAPE '' ORDER BY term LIMIT 100"
        )
        return [str(r[0]) for r in self._all(q, (first, chr(ord(first) + 1), pattern))]

    def terms_with_prefix(self, prefix: str, limit: int = 5000) -> list[tuple[str, int]]:
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        q = "SELECT term, doc FROM vocab WHERE term >= %s AND term < %s ORDER BY term LIMIT %s"
        return [(str(r[0]), int(r[1])) for r in self._all(q, (prefix, upper, limit))]


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def open_reader(settings: Settings) -> PgIndex:
    """The shared index as it is: no scan of corpus folders, no writes, no locks."""
    assert settings.index_url is not None
    shown = Shown(settings.index_url)
    t0 = time.perf_counter()
    conn = connect(settings.index_url, shown)
    with translated(shown):
        conn.execute("SELECT set_config('lock_timeout', %s, false)", (LOCK_TIMEOUT,))
        problem = _not_usable(shown, schema_state(conn))
        if problem is None:
            psycopg = _psycopg()
            conn.autocommit = False
            conn.read_only = True
            conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    if problem is not None:
        conn.close()
        raise IndexUnusable(problem)
    report = Report(shown.url)
    if settings.corpus_given:
        report.warnings.append(
            f"--corpus is not read: the shared index {shown.url} is read as `kzmil index` last wrote it"
        )
    index = PgIndex(conn, shown, report)
    report.seconds = time.perf_counter() - t0
    return index


# ---------------------------------------------------------------- writing


class _Qmark:
    """A psycopg connection that runs `build`'s SQLite-flavoured statements (`?` marks),
    so the plan and the naming of articles are `build`'s own, not copies.

    PostgreSQL text cannot hold NUL, so the NUL that starts build's placeholder names
    becomes \\x01: they are never shown, and compare alike."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn

    @staticmethod
    def _sql(sql: str) -> str:
        # SQLite's json_each(?) of a JSON list is PostgreSQL's json_array_elements_text (both
        # yield a column named "value")
        sql = sql.replace("json_each(?)", "json_array_elements_text(?::json)")
        return sql.replace("%", "%%").replace("?", "%s")

    @staticmethod
    def _args(args: Sequence[object]) -> list[object]:
        return [a.replace("\x00", "\x01") if isinstance(a, str) else a for a in args]

    def execute(self, sql: str, args: Sequence[object] = ()) -> Any:
        return self.conn.execute(self._sql(sql), self._args(args))

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(self._sql(sql), [self._args(r) for r in rows])


def open_writer(
    settings: Settings, found: FileStats, report: Report, force: bool, progress: Progress | None, check: bool
) -> PgIndex:
    """`kzmil index ... --index postgresql://`: bring the shared index up to date with
    `found` in one transaction, holding the writers' advisory lock; then read it."""
    assert settings.index_url is not None
    shown = Shown(settings.index_url)
    report.path = shown.url
    if settings.roots_problem is not None:
        raise IndexUnusable(settings.roots_problem)
    conn = connect(settings.index_url, shown)
    try:
        with translated(shown):
            got = conn.execute("SELECT pg_try_advisory_lock(%s)", (WRITER_LOCK,)).fetchone()
            if not got or not got[0]:
                raise IndexBusy(
                    f"another `kzmil index` is writing the PostgreSQL index {shown.url}; nothing was "
                    "changed (try again when it has finished)"
                )
            try:
                if check:
                    _check(conn, shown, report)
                else:
                    _refresh(conn, shown, settings, found, report, force, progress)
                    report.size_bytes = _size(conn)
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (WRITER_LOCK,))
    except BaseException:
        conn.close()
        raise
    return PgIndex(conn, shown, report)


def _roots_key(settings: Settings) -> str:
    return json.dumps(sorted(str(r) for r in settings.roots) + (["--follow"] if settings.follow else []))


def _refresh(
    conn: psycopg.Connection[Any],
    shown: Shown,
    settings: Settings,
    found: FileStats,
    report: Report,
    force: bool,
    progress: Progress | None,
) -> None:
    from kzmil.build import count_done
    from kzmil.build import plan as _plan

    state = schema_state(conn)
    if state is not None and state != SCHEMA_VERSION and not force:
        raise IndexUnusable(cast(str, _not_usable(shown, state)))
    roots = _roots_key(settings)
    if state == SCHEMA_VERSION and not force:
        had = conn.execute("SELECT value FROM meta WHERE key = 'roots'").fetchone()
        if had and had[0] != roots:
            raise IndexUnusable(
                f"the PostgreSQL index {shown.url} was built from the folders "
                f"{', '.join(json.loads(had[0]))}, not {', '.join(json.loads(roots))}; "
                "index those, or replace it with `kzmil index --rebuild`"
            )
        sig = conn.execute("SELECT value FROM meta WHERE key = 'signature'").fetchone()
        if sig and sig[0] == report.signature:
            report.unchanged = len(found)
            return
    with conn.transaction():
        full = state != SCHEMA_VERSION or force
        fresh = False  # new tables, whose keys are made after their rows are in
        if state is None or state != SCHEMA_VERSION:
            # an older schema: the migration, which waits for readers mid-command, for a while
            conn.execute("SELECT set_config('lock_timeout', %s, true)", (MIGRATION_WAIT,))
            conn.execute("DROP SCHEMA IF EXISTS kzmil CASCADE")
            conn.execute("CREATE SCHEMA kzmil")
            conn.execute(TABLES)
            fresh = True
        elif force:
            for table in ("postings", "passages", "docs", "vocab", "casing", "meta"):
                conn.execute(f"DELETE FROM {table}")  # not TRUNCATE, which would lock readers out
        conn.execute(
            "INSERT INTO meta VALUES ('schema', %s), ('roots', %s) ON CONFLICT (key) DO UPDATE "
            "SET value = excluded.value",
            (SCHEMA_VERSION, roots),
        )
        if full:
            from kzmil.build import doc_key

            todo = sorted(((v[0], p) for p, v in found.items()), key=lambda rp: doc_key(*rp))
            skipped_before = report.skipped
            _apply(conn, todo, [], report, progress, settings.follow)
            if fresh:
                conn.execute("SELECT set_config('maintenance_work_mem', %s, true)", (KEY_BUILD_MEMORY,))
                conn.execute(KEYS)
            report.added = len(found) - (report.skipped - skipped_before)
            report.rebuilt = True
        else:
            plan = _plan(cast(Any, _Qmark(conn)), found)
            if plan.todo or plan.removed or plan.touch:
                skipped_before = report.skipped
                _apply(
                    conn,
                    plan.todo,
                    [*plan.replace.values(), *plan.removed],
                    report,
                    progress,
                    settings.follow,
                )
                with conn.cursor() as cur:
                    cur.executemany(
                        "UPDATE docs SET size = %s, mtime_ns = %s, ino = %s, ctime_ns = %s WHERE id = %s",
                        [(*stats, i) for i, stats in plan.touch],
                    )
                count_done(report, plan, skipped_before)
            report.unchanged = plan.unchanged
        conn.execute(_SET_META, ("signature", report.signature))
    if report.changed:  # statistics for the planner, and the visibility map that lets the
        # postings be read from their index alone (a third of a query's time at 20,000 articles)
        conn.execute("VACUUM (ANALYZE) kzmil.postings, kzmil.passages, kzmil.docs, kzmil.vocab, kzmil.casing")


def _apply(
    conn: psycopg.Connection[Any],
    todo: list[tuple[str, str]],
    drop: list[int],
    report: Report,
    progress: Progress | None,
    follow: bool,
) -> None:
    """As `build._apply`: drop the rows of `drop`, read and write `todo`, name the new
    articles, count the passages. The caller holds the transaction."""
    from kzmil.build import SENTENCE_BITS, _name_added, _name_docs, _prepare_all, doc_key, note_skipped

    on_done = progress(len(todo)) if progress and todo else (lambda: None)
    casing: dict[str, list[int]] = {}
    vocab: Counter[str] = Counter()
    bases: set[str] = set()
    if drop:
        bases = {r[0] for r in conn.execute("SELECT base FROM docs WHERE id = ANY(%s)", (drop,))}
        _delete(conn, drop, casing, vocab)
    keys = {int(r[0]) for r in conn.execute("SELECT DISTINCT id >> %s FROM passages", (SENTENCE_BITS,))}
    row = conn.execute("SELECT coalesce(max(id), 0) FROM docs").fetchone()
    next_id = int(row[0] if row else 0) + 1  # as SQLite gives a new row id: one past the largest
    added: dict[int, str] = {}
    batch = _Batch()
    for prepared in _prepare_all(todo, on_done, follow):
        if isinstance(prepared, Skipped):
            note_skipped(report, prepared)
            continue
        key = doc_key(prepared.root, prepared.path)
        while key in keys:  # two files hashed alike: the next key free, as build._free_key does
            key = (key + 1) % (1 << (63 - SENTENCE_BITS))
        if prepared.rows:
            keys.add(key)
        batch.add(next_id, key << SENTENCE_BITS, prepared)
        added[next_id] = prepared.doc
        next_id += 1
        for word, (cap, low) in prepared.casing.items():
            counts = casing.setdefault(word, [0, 0])
            counts[0] += cap
            counts[1] += low
        for r in prepared.rows:
            vocab.update(set(r[6].split()))
        report.front_matter_unread += prepared.front_matter_unread
        report.warnings.extend(prepared.warnings)
        if len(batch.docs) >= COPY_BATCH:
            batch.flush(conn)
    batch.flush(conn)
    _counts(conn, casing, vocab)
    if len(added) + len(bases) > NAMES_IN_ONE_QUERY:
        _name_docs(cast(Any, _Qmark(conn)))  # what _name_added comes to, without a parameter per name
    elif added or drop:
        _name_added(cast(Any, _Qmark(conn)), added, bases)
    total = conn.execute("SELECT count(*) FROM passages").fetchone()
    conn.execute(_SET_META, ("passages", str(total[0] if total else 0)))


class _Batch:
    """Rows of a few hundred articles, sent with COPY (far faster than INSERTs)."""

    def __init__(self) -> None:
        self.docs: list[tuple[object, ...]] = []
        self.passages: list[tuple[object, ...]] = []
        self.postings: list[tuple[str, int]] = []

    def add(self, doc_id: int, first: int, prepared: Any) -> None:
        from kzmil.build import _PENDING

        size, mtime_ns, ino, ctime_ns = prepared.stat
        placeholder = f"{_PENDING}path:{os.fsencode(prepared.path).hex()}".replace("\x00", "\x01")
        source = json.dumps(prepared.source.to_json(), ensure_ascii=False)
        self.docs.append(
            (
                doc_id, placeholder, prepared.doc, os.fsencode(prepared.root), os.fsencode(prepared.path),
                size, mtime_ns, ino, ctime_ns, prepared.sha1, source, prepared.paras, len(prepared.rows),
            )
        )  # fmt: skip
        for r in prepared.rows:
            pid = first + r[1]
            self.passages.append((pid, doc_id, *r))
            self.postings.extend((t, pid) for t in dict.fromkeys(r[6].split()))

    def flush(self, conn: psycopg.Connection[Any]) -> None:
        for table, columns, rows in (
            (
                "docs",
                "id, doc, base, root, path, size, mtime_ns, ino, ctime_ns, sha1, source, paras, passages",
                self.docs,
            ),
            ("passages", _ROW, self.passages),
            ("postings", "term, passage_id", self.postings),
        ):
            if rows:
                with conn.cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for values in rows:
                        copy.write_row(values)
        self.docs, self.passages, self.postings = [], [], []


def _delete(
    conn: psycopg.Connection[Any], drop: list[int], casing: dict[str, list[int]], vocab: Counter[str]
) -> None:
    """Remove articles, taking their words back out of the casing and term counts
    (`casing` and `vocab` receive the negative counts), as `build._delete` does."""
    from kzmil.normalize import tokenize
    from kzmil.prepare import count_casing

    gone: dict[str, list[int]] = {}
    terms: list[str] = []
    ids: list[int] = []
    for pid, text, row_terms in conn.execute(
        "SELECT id, text, terms FROM passages WHERE doc_id = ANY(%s) ORDER BY doc_id, sent", (drop,)
    ):
        count_casing(text, tokenize(text), gone)
        for t in dict.fromkeys(row_terms.split()):
            vocab[t] -= 1
            terms.append(t)
            ids.append(pid)
    for word, (cap, low) in gone.items():
        counts = casing.setdefault(word, [0, 0])
        counts[0] -= cap
        counts[1] -= low
    conn.execute(
        "DELETE FROM postings USING unnest(%s::text[], %s::bigint[]) AS d(term, pid) "
        "WHERE postings.term = d.term AND postings.passage_id = d.pid",
        (terms, ids),
    )
    conn.execute("DELETE FROM passages WHERE doc_id = ANY(%s)", (drop,))
    conn.execute("DELETE FROM docs WHERE id = ANY(%s)", (drop,))


def _counts(conn: psycopg.Connection[Any], casing: dict[str, list[int]], vocab: Counter[str]) -> None:
    """Add the net change of the casing and term counts; drop the words no sentence holds now."""
    words = [w for w, c in casing.items() if c != [0, 0]]
    conn.execute(
        "INSERT INTO casing SELECT * FROM unnest(%s::text[], %s::int[], %s::int[]) ON CONFLICT (term) "
        "DO UPDATE SET cap = casing.cap + excluded.cap, low = casing.low + excluded.low",
        (words, [casing[w][0] for w in words], [casing[w][1] for w in words]),
    )
    conn.execute("DELETE FROM casing WHERE term = ANY(%s) AND cap <= 0 AND low <= 0", (words,))
    terms = [t for t, n in vocab.items() if n]
    conn.execute(
        "INSERT INTO vocab SELECT * FROM unnest(%s::text[], %s::int[]) ON CONFLICT (term) "
        "DO UPDATE SET doc = vocab.doc + excluded.doc",
        (terms, [vocab[t] for t in terms]),
    )
    conn.execute("DELETE FROM vocab WHERE term = ANY(%s) AND doc <= 0", (terms,))


def _size(conn: psycopg.Connection[Any]) -> int:
    row = conn.execute(
        "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relkind = 'r'",
        (NAMESPACE,),
    ).fetchone()
    return int(row[0]) if row else 0


def _check(conn: psycopg.Connection[Any], shown: Shown, report: Report) -> None:
    """`kzmil index --check`: do the counts agree with the rows? (PostgreSQL checks its own
    pages.) Changes nothing; a disagreement asks for --rebuild."""
    problem = _not_usable(shown, schema_state(conn))
    if problem is not None:
        raise IndexUnusable(problem)
    checks = {
        "passages": "SELECT (SELECT value::bigint FROM meta WHERE key = 'passages') = "
        "(SELECT count(*) FROM passages)",
        "terms": "SELECT (SELECT coalesce(sum(doc), 0) FROM vocab) = (SELECT count(*) FROM postings)",
        "articles": "SELECT (SELECT coalesce(sum(passages), 0) FROM docs) = (SELECT count(*) FROM passages)",
    }
    bad = [name for name, sql in checks.items() if not (conn.execute(sql).fetchone() or (False,))[0]]
    if bad:
        raise IndexUnusable(
            f"the PostgreSQL index {shown.url} is inconsistent ({', '.join(bad)} do not add up); "
            "rebuild it with `kzmil index --rebuild`"
        )
    report.checked = "ok"
    report.unchanged = int((conn.execute("SELECT count(*) FROM docs").fetchone() or (0,))[0])
    report.size_bytes = _size(conn)
