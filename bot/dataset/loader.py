"""Load a campaign dataset from YAML, validate all of it and build the frozen schema objects.

Every problem of a file is reported at once, one line each, as `file:line: field.path: message`;
list indices in field paths count from 0 (`videos[0]` is the first video).
"""

from __future__ import annotations

import gc
import os
import re
import stat
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from difflib import get_close_matches
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.dataset.schema import (
    QUALIFIERS,
    Bonus,
    BonusVideo,
    Campaign,
    Dataset,
    Metric,
    Party,
    Period,
    Person,
    Source,
    Tweet,
    Video,
    VideoViews,
)

MAX_BYTES = 5 * 1024 * 1024
MAX_NUMBER = 10**13  # far above any real view count; larger values are typos
TOP_KEYS = ("schema_version", "source", "campaign", "parties", "people", "metrics", "video_views", "videos")

_STR, _INT, _NULL = "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:null"
_BOOL, _FLOAT, _DATE = "tag:yaml.org,2002:bool", "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp"
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_HANDLE = re.compile(r"[A-Za-z0-9_]{1,15}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NUMBERISH = re.compile(r"[-+]?[\d,._ ]*\d[\d,._ ]*")
_BOOL_HINT = "a boolean (YAML reads yes/no/on/off as booleans: quote the text)"
_IMPLICIT = yaml.SafeLoader.yaml_implicit_resolvers
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DatasetError(Exception):
    """A dataset file that cannot be used; `errors` holds every problem, one full line each."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = list(errors)

    def __str__(self) -> str:
        """All the problems, one per line."""
        return "\n".join(self.errors)


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """SafeLoader (libyaml when available) with a leaner resolver: same tags, fewer Python calls."""

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        """The tag of a node without explicit tag, exactly as SafeLoader's implicit resolvers give it."""
        if kind is ScalarNode:
            if implicit[0]:
                for tag, regexp in _IMPLICIT.get(value[:1], ()):
                    if regexp.match(value):
                        return tag
            return _STR
        return "tag:yaml.org,2002:seq" if kind is SequenceNode else "tag:yaml.org,2002:map"


def default_dataset_path() -> Path:
    """The shipped dataset: package `bot.data` when installed, else the checkout's `data/` folder."""
    try:
        shipped = resources.files("bot.data") / "labour-2019.yaml"
    except ModuleNotFoundError:  # editable/dev checkout: `data/` is not mapped to a package
        shipped = None
    if isinstance(shipped, Path) and shipped.is_file():
        return shipped
    return Path(__file__).resolve().parents[2] / "data" / "labour-2019.yaml"


def load_dataset(path: str | os.PathLike[str] | None = None) -> Dataset:
    """Load and validate a dataset file (None: the shipped one); raise DatasetError listing every problem."""
    if path is None:
        path = default_dataset_path()
    try:
        file = os.fspath(path)
    except TypeError:
        raise DatasetError([f"{path!r}: expected a file path, got {type(path).__name__}"]) from None
    name = _display(file)
    text = _read_text(file, name)
    with _gc_paused():
        checker = _Checker(name)
        ds = checker.dataset(_compose(text, name), file)
        # The node tree is garbage now and freed right here (it holds no cycles), so the
        # first collection after gc comes back on has only the new objects to look at.
    if checker.errors or ds is None:
        raise DatasetError(checker.messages())
    return ds


def summary(ds: Dataset) -> str:
    """One line describing a loaded dataset, for `campaign-bot check`."""
    per_party = Counter(v.party for v in ds.videos)
    if len(per_party) == 1:
        by_party = next(iter(per_party))
    else:
        by_party = ", ".join(f"{p.id} {per_party[p.id]}" for p in ds.parties if per_party[p.id])
    bonus = len(ds.bonus.videos) if ds.bonus else 0
    return (
        f"OK {_display(ds.path)}: {_count(len(ds.videos), 'video')} ({by_party}), "
        f"{_count(len(ds.parties), 'party', 'parties')}, {_count(len(ds.people), 'person', 'people')}, "
        f"{_count(len(ds.metrics), 'metric')}, {_count(bonus, 'bonus video')}, "
        f"source dated {ds.source.published.isoformat()}"
    )


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _display(file: str) -> str:
    # Show paths under the working directory relatively, as users typed them (`data/x.yaml`).
    try:
        rel = os.path.relpath(file)
    except ValueError:
        return file
    return rel if os.path.isabs(file) and not rel.startswith("..") else file


def _read_text(file: str, name: str) -> str:
    """The file's text, after the checks that need no parsing: exists, regular, size, UTF-8."""
    def fail(msg: str) -> DatasetError:
        return DatasetError([f"{name}: {msg}"])

    try:
        st = os.stat(file)
        if stat.S_ISDIR(st.st_mode):
            raise fail("is a directory, expected a YAML file")
        if not stat.S_ISREG(st.st_mode):
            raise fail("is not a regular file, expected a YAML file")
        if st.st_size > MAX_BYTES:
            raise fail(f"file is {st.st_size:,} bytes, over the {MAX_BYTES:,}-byte (5 MB) limit "
                       "for a dataset")
        with open(file, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)  # bounded even if the file grows after stat
    except FileNotFoundError:
        raise fail("file not found") from None
    except PermissionError:
        raise fail("cannot read the file: permission denied") from None
    except (OSError, ValueError) as exc:
        raise fail(f"cannot read the file: {getattr(exc, 'strerror', None) or exc}") from None
    if len(data) > MAX_BYTES:
        raise fail(f"file is over the {MAX_BYTES:,}-byte (5 MB) limit for a dataset")
    nul = data.find(b"\0")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise fail(f"looks like a binary file (a NUL byte on line {line}), expected UTF-8 YAML text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise fail(
            f"is not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line}): save the file as UTF-8"
        ) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise fail(f"file is empty, expected a mapping with keys {', '.join(TOP_KEYS)}")
    return text


@contextmanager
def _gc_paused() -> Iterator[None]:
    # The node tree is a mass of small objects that all survive: cyclic GC passes over them
    # would triple the load time of a large file, and they form no cycles worth collecting.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _compose(text: str, name: str) -> Node | None:
    """The YAML node tree, refusing syntax errors and aliases (an alias bomb never gets expanded)."""
    try:
        if "*" in text:  # an alias needs a '*': only then pay for a scan of the event stream
            aliases = [(e.start_mark.line + 1, e.anchor) for e in yaml.parse(text, Loader=_Loader)
                       if isinstance(e, yaml.AliasEvent)]
            if aliases:
                first: dict[str, int] = {}  # each anchor's first use
                for line, anchor in aliases:
                    first.setdefault(anchor, line)
                where = ", ".join(f"'*{anchor}' on line {line}" for anchor, line in list(first.items())[:5])
                more = f" ({len(aliases)} aliases in all)" if len(aliases) > 1 else ""
                raise DatasetError([
                    f"{name}:{aliases[0][0]}: YAML aliases are not allowed in a dataset (they can expand "
                    f"without bound): {where}{more}; write values out in full"
                ])
        loader = _Loader(text)
        try:
            return loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if "single document" in (exc.context or "") and mark:
            raise DatasetError([f"{name}:{mark.line + 1}: the file holds more than one YAML document "
                                "(a second '---'): a dataset is a single document"]) from None
        where = f"{name}:{mark.line + 1}" if mark else name
        problem = exc.problem or "invalid YAML"
        start = exc.context_mark
        context = f" ({exc.context}, line {start.line + 1})" if exc.context and start else ""
        tabs = "tab" in problem or "\\t" in problem
        hint = ": indent with spaces, YAML does not allow tabs" if tabs else ""
        raise DatasetError([f"{where}: YAML syntax error: {problem}{context}{hint}"]) from None
    except yaml.reader.ReaderError as exc:
        # libyaml counts the position in UTF-8 bytes, the pure-Python reader in characters.
        if _BaseLoader is yaml.SafeLoader:
            line = text.count("\n", 0, exc.position) + 1
        else:
            line = text.encode("utf-8").count(b"\n", 0, exc.position) + 1
        raise DatasetError(
            [f"{name}:{line}: YAML syntax error: unacceptable character #x{exc.character:04x}: {exc.reason}"]
        ) from None
    except (yaml.YAMLError, RecursionError) as exc:
        raise DatasetError([f"{name}: YAML error: {exc}"]) from None


Fields = dict[str, tuple[Node, Node]]
Ids = dict[str, str] | None  # id -> field path of its entry; None when its section is broken
_VIDEO_KEYS = ("rank", "title", "party", "views")
T = TypeVar("T")


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


class _Checker:
    """Walks the node tree once, building schema objects and collecting every error with its line."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.errors: list[tuple[int, int, str]] = []  # (line, order found, text) for a stable sort
        self.ctor = SafeConstructor()
        self.party_ids: Ids = None
        self.person_ids: Ids = None
        self.subjects: Ids = None  # party and person ids together, for metrics

    def messages(self) -> list[str]:
        """The errors as full lines, in file order."""
        return [text for _, _, text in sorted(self.errors)]

    def err(self, at: Node | None, path: str, msg: str) -> None:
        """Record one error; `at` gives its line."""
        if at is None:
            self.errors.append((0, len(self.errors), f"{self.name}: {path}: {msg}"))
        else:
            line = at.start_mark.line + 1
            self.errors.append((line, len(self.errors), f"{self.name}:{line}: {path}: {msg}"))

    # --- describing and reading values ---------------------------------------------------------

    def got(self, node: Node, text: bool = False) -> str:
        """What a node holds, for the 'got ...' part of a message."""
        if isinstance(node, MappingNode | SequenceNode):
            kind = "mapping" if isinstance(node, MappingNode) else "list"
            if node.tag not in ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"):
                return f"a {kind} tagged {node.tag}"
            return f"a {kind}" if node.value else f"an empty {kind}"
        tag, value = node.tag, node.value
        short = value if len(value) <= 60 else value[:57] + "..."
        quote = " (quote it if it is text)" if text else ""
        if tag == _STR:
            hint = " (write numbers without commas or quotes)" if _NUMBERISH.fullmatch(value) else ""
            return f"the text {short!r}{hint}" if value else "an empty string"
        if tag == _NULL:
            return "nothing (an empty value)"
        if tag == _BOOL:
            return f"{short}, {_BOOL_HINT}" if text else f"a boolean ({short})"
        if tag == _INT:
            return f"the number {short}{quote}" if text else short
        if tag == _FLOAT:
            return f"{short} (a decimal number){quote}"
        if tag == _DATE:
            return f"the date {short}{quote}"
        return f"a value tagged {tag}"

    def text(self, at: Node, node: Node, path: str) -> str | None:
        """A non-empty string."""
        if isinstance(node, ScalarNode) and node.tag == _STR and node.value.strip():
            return node.value
        self.err(at, path, f"expected non-empty text, got {self.got(node, text=True)}")
        return None

    def whole(self, at: Node, node: Node, path: str, low: int, high: int = MAX_NUMBER) -> int | None:
        """A whole number within [low, high]; bools, floats and strings are refused."""
        if isinstance(node, ScalarNode) and node.tag == _INT:
            raw = node.value
            limit = f"<= {high:,}" if high >= 10**6 else f"<= {high}"
            if len(raw) > 30:  # do not even convert absurd digit strings
                self.err(at, path, f"expected a whole number {limit}, got a {len(raw)}-digit number")
                return None
            value = int(raw) if raw.isdigit() and raw[0] != "0" else self.ctor.construct_yaml_int(node)
            if low <= value <= high:
                return value
            self.err(at, path, f"expected a whole number {f'>= {low}' if value < low else limit}, got {raw}")
            return None
        self.err(at, path, f"expected a whole number >= {low}, got {self.got(node)}")
        return None

    def date(self, at: Node, node: Node, path: str) -> date | None:
        """A YAML date or an ISO `YYYY-MM-DD` string naming a real day."""
        if isinstance(node, ScalarNode) and node.tag in (_DATE, _STR):
            raw = node.value
            try:
                # Plain YYYY-MM-DD, quoted or not, is by far the commonest: skip PyYAML's slower path.
                if _ISO_DATE.fullmatch(raw):
                    value: date | None = date.fromisoformat(raw)
                else:
                    value = self.ctor.construct_yaml_timestamp(node) if node.tag == _DATE else None
            except ValueError:
                self.err(at, path, f"expected a date YYYY-MM-DD, got {raw!r} (no such date)")
                return None
            if isinstance(value, datetime):
                self.err(at, path, f"expected a date YYYY-MM-DD without a time, got {raw!r}")
                return None
            if value is not None:
                return value
        self.err(at, path, f"expected a date YYYY-MM-DD, got {self.got(node)}")
        return None

    def slug(self, at: Node, node: Node, path: str) -> str | None:
        """A lowercase id: a-z, 0-9 and '-'."""
        value = self.text(at, node, path)
        if value is not None and not _SLUG.fullmatch(value):
            self.err(at, path, f"expected a lowercase id like 'jeremy-corbyn' (a-z, 0-9, '-'), got {value!r}")
            return None
        return value

    def texts(self, at: Node, node: Node, path: str, nonempty: bool = False) -> tuple[str, ...] | None:
        """A list of non-empty strings."""
        if not isinstance(node, SequenceNode) or (nonempty and not node.value):
            want = "a non-empty list" if nonempty else "a list"
            self.err(at, path, f"expected {want} of text, got {self.got(node)}")
            return None
        out = [self.text(item, item, f"{path}[{i}]") for i, item in enumerate(node.value)]
        return None if None in out else tuple(v or "" for v in out)

    def ref(self, at: Node, node: Node, path: str, known: Ids, kind: str) -> str | None:
        """An id that must name an existing `kind` (skipped when that section itself is broken)."""
        value = self.text(at, node, path)
        if value is not None and known is not None and value not in known:
            names = ", ".join(list(known)[:12]) + (", ..." if len(known) > 12 else "")
            self.err(at, path, f"unknown {kind} id {value!r} (known: {names or 'none'})")
            return None
        return value

    # --- mappings and lists --------------------------------------------------------------------

    def fields(
        self, at: Node, node: Node, path: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> Fields | None:
        """A mapping's entries by key, reporting non-mappings, duplicate, unknown and missing keys."""
        if not isinstance(node, MappingNode):
            self.err(at, path or "top level", f"expected a mapping with keys {', '.join(required)}, "
                     f"got {self.got(node)}")
            return None
        allowed = required + optional
        out: Fields = {}
        for knode, vnode in node.value:
            if not isinstance(knode, ScalarNode):
                self.err(knode, path or "top level", f"expected text keys, got {self.got(knode)} as a key")
                continue
            key = knode.value
            if key in out:
                first = out[key][0].start_mark.line + 1
                self.err(knode, _join(path, key), f"duplicate key {key!r} (first on line {first}; "
                         "YAML would silently keep only the last)")
            elif key not in allowed:
                close = get_close_matches(key, allowed, n=1)
                hint = f"did you mean {close[0]!r}? " if close else ""
                self.err(knode, _join(path, key),
                         f"unknown key {key!r} ({hint}allowed: {', '.join(allowed)})")
            else:
                out[key] = (knode, vnode)
        for key in required:
            if key not in out:
                self.err(at, _join(path, key), f"missing required key {key!r}")
        return out

    def items(self, f: Fields, key: str, path: str, nonempty: bool = False) -> list[tuple[str, Node]]:
        """The entries of a list field as (path, node) pairs; [] when absent or broken."""
        if key not in f:
            return []
        knode, node = f[key]
        if not isinstance(node, SequenceNode) or (nonempty and not node.value):
            self.err(knode, _join(path, key), f"expected a {'non-empty ' if nonempty else ''}list, "
                     f"got {self.got(node)}")
            return []
        base = _join(path, key)
        return [(f"{base}[{i}]", item) for i, item in enumerate(node.value)]


    def get(self, f: Fields, key: str, path: str, reader: Callable[..., T | None], *args: Any) -> T | None:
        """Read field `key` with `reader` (its line is the key's); None when absent or invalid."""
        entry = f.get(key)
        if entry is None:
            return None
        return reader(entry[0], entry[1], f"{path}.{key}" if path else key, *args)

    # --- field kinds beyond plain text and numbers ------------------------------------------------

    def checked(self, at: Node, node: Node, path: str, ok: Callable[[str], object], want: str) -> str | None:
        """Text that must also pass `ok`; `want` describes it in the error."""
        value = self.text(at, node, path)
        if value is not None and not ok(value):
            self.err(at, path, f"expected {want}, got {value!r}")
            return None
        return value

    def colour(self, at: Node, node: Node, path: str) -> str | None:
        """A '#RRGGBB' colour (unquoted, YAML reads '#...' as a comment: say so)."""
        if isinstance(node, ScalarNode) and node.tag == _NULL:
            self.err(at, path, "expected a colour '#RRGGBB', got nothing (an unquoted # starts a YAML "
                     "comment: write it in quotes, e.g. \"#E4003B\")")
            return None
        return self.checked(at, node, path, _COLOUR.fullmatch, "a colour '#RRGGBB'")

    def handle(self, at: Node, node: Node, path: str) -> str | None:
        """A Twitter handle without '@'."""
        return self.checked(at, node, path, _HANDLE.fullmatch,
                            "a Twitter handle without '@' (letters, digits, '_', at most 15)")

    def refs(self, at: Node, node: Node, path: str, known: Ids, kind: str) -> tuple[str, ...]:
        """A list of ids that must each name an existing `kind`."""
        if not isinstance(node, SequenceNode):
            self.err(at, path, f"expected a list of {kind} ids, got {self.got(node)}")
            return ()
        items = enumerate(node.value)
        return tuple(self.ref(item, item, f"{path}[{i}]", known, kind) or "" for i, item in items)

    def unique_id(self, f: Fields, path: str, seen: Ids, kind: str) -> str:
        """The entry's slug id, reporting an id already used by another entry of the same kind."""
        value = self.get(f, "id", path, self.slug)
        if value is None:
            return ""
        if seen is not None:
            if value in seen:
                self.err(f["id"][0], f"{path}.id", f"duplicate {kind} id {value!r} (also {seen[value]})")
            else:
                seen[value] = path
        return value

    # --- the sections --------------------------------------------------------------------------

    def dataset(self, root: Node | None, file: str) -> Dataset | None:
        """The whole Dataset, or None when anything was wrong (see `errors`)."""
        if root is None:  # only comments or document markers
            self.errors.append((0, 0, f"{self.name}: file is empty, expected a mapping with keys "
                                      f"{', '.join(TOP_KEYS)}"))
            return None
        f = self.fields(root, root, "", TOP_KEYS, ("bonus",))
        if f is None:
            return None
        if "schema_version" in f:
            knode, node = f["schema_version"]
            if not (isinstance(node, ScalarNode) and node.tag == _INT and node.value == "1"):
                self.err(knode, "schema_version", "expected 1 (the only schema version this bot reads), "
                         f"got {self.got(node)}")

        def known(key: str) -> Ids:
            # A broken section's ids are unknown: skip reference checks rather than report each one.
            return {} if key in f and isinstance(f[key][1], SequenceNode) else None

        self.party_ids, self.person_ids = known("parties"), known("people")
        parties = tuple(self.party(p, n) for p, n in self.items(f, "parties", "", nonempty=True))
        if any(not p.id for p in parties):  # an entry without a usable id: references cannot be judged
            self.party_ids = None
        people = tuple(self.person(p, n) for p, n in self.items(f, "people", ""))
        if any(not p.id for p in people):
            self.person_ids = None
        self.subjects = (None if self.party_ids is None or self.person_ids is None
                         else {**self.party_ids, **self.person_ids})
        metric_ids: dict[str, str] = {}
        metrics = tuple(self.metric(p, n, metric_ids) for p, n in self.items(f, "metrics", ""))
        source, campaign = self.source(f), self.campaign(f)
        video_views, bonus = self.video_views(f), self.bonus(f)
        videos = self.videos(f, [p.id for p in parties])
        if self.errors or source is None or campaign is None or video_views is None:
            return None
        return Dataset(1, source, campaign, parties, people, metrics, video_views, videos, bonus, path=file)

    def section(self, f: Fields, key: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
                ) -> Fields | None:
        """A top-level mapping section's fields, None when absent or not a mapping."""
        return self.fields(*f[key], key, required, optional) if key in f else None

    def source(self, f: Fields) -> Source | None:
        """The `source` section."""
        required = ("published", "claimed_by", "attribution", "summary", "context")
        m = self.section(f, "source", required, ("url",))
        if m is None:
            return None
        p = "source"
        return Source(
            published=self.get(m, "published", p, self.date) or date.min,
            claimed_by=self.get(m, "claimed_by", p, self.ref, self.party_ids, "party") or "",
            attribution=self.get(m, "attribution", p, self.text) or "",
            summary=self.get(m, "summary", p, self.text) or "",
            context=self.get(m, "context", p, self.text) or "",
            url=self.get(m, "url", p, self.checked, _is_url, "a link starting with 'https://' or 'http://'"),
        )

    def campaign(self, f: Fields) -> Campaign | None:
        """The `campaign` section."""
        m = self.section(f, "campaign", ("name", "year"))
        if m is None:
            return None
        return Campaign(self.get(m, "name", "campaign", self.text) or "",
                        self.get(m, "year", "campaign", self.whole, 1000, 9999) or 0)

    def video_views(self, f: Fields) -> VideoViews | None:
        """The `video_views` section."""
        m = self.section(f, "video_views", ("platforms", "note"))
        if m is None:
            return None
        return VideoViews(self.get(m, "platforms", "video_views", self.texts, True) or (),
                          self.get(m, "note", "video_views", self.text) or "")

    def party(self, p: str, node: Node) -> Party:
        """One entry of `parties`."""
        m = self.fields(node, node, p, ("id", "name"), ("aliases", "colour")) or {}
        return Party(self.unique_id(m, p, self.party_ids, "party"), self.get(m, "name", p, self.text) or "",
                     self.get(m, "aliases", p, self.texts) or (), self.get(m, "colour", p, self.colour))

    def person(self, p: str, node: Node) -> Person:
        """One entry of `people`."""
        m = self.fields(node, node, p, ("id", "name"), ("party", "handle", "display_name", "aliases")) or {}
        pid = self.unique_id(m, p, self.person_ids, "person")
        if pid and self.party_ids and pid in self.party_ids:
            self.err(m["id"][0], f"{p}.id", f"{pid!r} is also a party id ({self.party_ids[pid]}): metric "
                     "subjects could not tell them apart")
        return Person(
            pid, self.get(m, "name", p, self.text) or "",
            party=self.get(m, "party", p, self.ref, self.party_ids, "party"),
            handle=self.get(m, "handle", p, self.handle),
            display_name=self.get(m, "display_name", p, self.text),
            aliases=self.get(m, "aliases", p, self.texts) or (),
        )

    def metric(self, p: str, node: Node, seen: dict[str, str]) -> Metric:
        """One entry of `metrics` (YAML key `with` becomes field `with_`)."""
        m = self.fields(node, node, p, ("id", "subject", "label", "measure", "value"),
                        ("platform", "of", "qualifier", "with", "period")) or {}
        return Metric(
            id=self.unique_id(m, p, seen, "metric"),
            subject=self.get(m, "subject", p, self.ref, self.subjects, "party or person") or "",
            label=self.get(m, "label", p, self.text) or "",
            measure=self.get(m, "measure", p, self.text) or "",
            value=self.get(m, "value", p, self.whole, 0) or 0,
            platform=self.get(m, "platform", p, self.text),
            of=self.get(m, "of", p, self.text),
            qualifier=self.get(m, "qualifier", p, self.checked, QUALIFIERS.__contains__,
                               f"one of {', '.join(QUALIFIERS)}"),
            with_=self.get(m, "with", p, self.refs, self.subjects, "party or person") or (),
            period=self.get(m, "period", p, self.period),
        )

    def period(self, at: Node, node: Node, path: str) -> Period | None:
        """A metric's `period`."""
        m = self.fields(at, node, path, ("label",), ("year", "days", "start", "end"))
        if m is None:
            return None
        start, end = self.get(m, "start", path, self.date), self.get(m, "end", path, self.date)
        if start and end and start > end:
            self.err(m["end"][0], f"{path}.end", f"expected a date on or after start {start}, got {end}")
        return Period(self.get(m, "label", path, self.text) or "",
                      self.get(m, "year", path, self.whole, 1000, 9999),
                      self.get(m, "days", path, self.whole, 1), start, end)

    def tweet(self, at: Node, node: Node, path: str) -> Tweet | None:
        """A video's `tweet`; each field optional."""
        m = self.fields(at, node, path, (), ("by", "date", "text", "media"))
        if m is None:
            return None
        return Tweet(
            by=self.get(m, "by", path, self.ref, self.person_ids, "person"),
            date=self.get(m, "date", path, self.date),
            text=self.get(m, "text", path, self.text),
            media=self.get(m, "media", path, self.checked, _is_media,
                           "a link starting with 'pic.twitter.com/' or 'https://'"),
        )

    def videos(self, f: Fields, party_order: list[str]) -> tuple[Video, ...]:
        """The `videos` list, checking ranks (unique, 1..n per party) and titles (unique), sorted."""
        out: list[Video] = []
        titles: dict[str, str] = {}  # casefolded title -> path of its first video
        ranks: dict[str, dict[int, tuple[str, Node]]] = {}  # party -> rank -> (path, key node)
        no_gap_check: set[str] = set()  # parties already reported for a bad or duplicate rank
        for p, node in self.items(f, "videos", "", nonempty=True):
            m = self.fields(node, node, p, _VIDEO_KEYS, ("topics", "aliases", "tweet")) or {}
            rank, title = self.get(m, "rank", p, self.whole, 1), self.get(m, "title", p, self.text)
            party = self.get(m, "party", p, self.ref, self.party_ids, "party")
            if title is not None:
                first = titles.setdefault(title.strip().casefold(), p)
                if first != p:
                    self.err(m["title"][0], f"{p}.title", f"duplicate title {title!r} (also {first})")
            if party is not None:
                per = ranks.setdefault(party, {})
                if rank is None:
                    no_gap_check.add(party)
                elif rank in per:
                    self.err(m["rank"][0], f"{p}.rank", f"duplicate rank {rank} for party {party!r} "
                             f"(also {per[rank][0]})")
                    no_gap_check.add(party)
                else:
                    per[rank] = (p, m["rank"][0])
            views = self.get(m, "views", p, self.whole, 0) or 0
            topics, aliases = self.get(m, "topics", p, self.texts), self.get(m, "aliases", p, self.texts)
            out.append(Video(rank or 0, title or "", party or "", views, topics or (), aliases or (),
                             self.get(m, "tweet", p, self.tweet)))
        for party, per in ranks.items():
            n = len(per)
            if party in no_gap_check or max(per) == n:  # n distinct ranks >= 1 with max n: exactly 1..n
                continue
            missing = [str(r) for r in range(1, n + 1) if r not in per]
            beyond = min(r for r in per if r > n)
            path, knode = per[beyond]
            more = ", ..." if len(missing) > 5 else ""
            self.err(knode, f"{path}.rank", f"ranks of party {party!r} must run 1..{n} without gaps, "
                     f"got {beyond} (missing {', '.join(missing[:5])}{more})")
        order = {pid: i for i, pid in enumerate(party_order)}
        out.sort(key=lambda v: (order.get(v.party, len(order)), v.rank))
        return tuple(out)

    def bonus(self, f: Fields) -> Bonus | None:
        """The optional `bonus` section."""
        m = self.section(f, "bonus", ("label",), ("videos",))
        if m is None:
            return None
        videos = []
        for p, node in self.items(m, "videos", "bonus"):
            v = self.fields(node, node, p, ("title",), ("aliases",)) or {}
            title, aliases = self.get(v, "title", p, self.text), self.get(v, "aliases", p, self.texts)
            videos.append(BonusVideo(title or "", aliases or ()))
        return Bonus(self.get(m, "label", "bonus", self.text) or "", tuple(videos))


def _is_url(value: str) -> bool:
    return value.startswith(("https://", "http://"))


def _is_media(value: str) -> bool:
    return value.startswith(("pic.twitter.com/", "https://"))
