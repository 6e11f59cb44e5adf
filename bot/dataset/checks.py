"""Checking YAML nodes against the schema: typed readers that record every error with its line and field path."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from difflib import get_close_matches
from typing import Any, TypeVar

from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

MAX_NUMBER = 10**13  # far above any real view count; larger values are typos

_STR, _INT, _NULL = "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:null"
INT_TAG = _INT
_BOOL, _FLOAT, _DATE = "tag:yaml.org,2002:bool", "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp"
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_HANDLE = re.compile(r"[A-Za-z0-9_]{1,15}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NUMBERISH = re.compile(r"[-+]?[\d,._ ]*\d[\d,._ ]*")
_BOOL_HINT = "a boolean (YAML reads yes/no/on/off as booleans: quote the text)"
# Counts are read as YAML 1.2 reads them, plain decimal. PyYAML follows YAML 1.1, where 013400000 is octal
# and 13:40 is base 60: a silently wrong figure, so every other spelling of an int is refused.
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_NUMBER_TEXT = re.compile(r"[-+]?(?:0[oO][0-7_]+|[0-9]+(?:\.[0-9]*)?[eE][-+]?[0-9]+)")  # 0o17, 1e6: text in YAML 1.1
_INF_NAN = {".inf": "infinity", ".nan": "not a number"}
_KEY_LIKE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_ -]{0,39}")  # what a mistyped field name can look like

Fields = dict[str, tuple[Node, Node]]
Ids = dict[str, str] | None  # id -> field path of its entry; None when its section is broken
_VIDEO_KEYS = ("rank", "title", "party", "views")
T = TypeVar("T")


def join_path(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


class NodeChecker:
    """Typed readers over the node tree that collect every error with its line (the sections are in loader)."""

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
            if _NUMBER_TEXT.fullmatch(value):
                hint = " (write plain decimal digits)"
            return f"the text {short!r}{hint}" if value else "an empty string"
        if tag == _NULL:
            return "nothing (an empty value)"
        if tag == _BOOL:
            return f"{short}, {_BOOL_HINT}" if text else f"a boolean ({short})"
        if tag == _INT:
            return f"the number {short}{quote}" if text else short
        if tag == _FLOAT:
            special = _INF_NAN.get(value.lstrip("+-").lower())
            return f"{short} ({special or 'a decimal number'}){quote}"
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
            if not _DECIMAL.fullmatch(raw):
                self.err(at, path, f"expected a whole number in plain decimal digits, got {raw} "
                         f"({self._int_trap(node)})")
                return None
            value = int(raw)
            if low <= value <= high:
                return value
            self.err(at, path, f"expected a whole number {f'>= {low}' if value < low else limit}, got {raw}")
            return None
        self.err(at, path, f"expected a whole number >= {low}, got {self.got(node)}")
        return None

    def _int_trap(self, node: ScalarNode) -> str:
        """Why a YAML 1.1 int that is not plain decimal is refused, with the value YAML 1.1 would give."""
        raw = node.value
        if "_" in raw:
            return "write digits only, without '_'"
        as_yaml11 = f"{self.ctor.construct_yaml_int(node):,}"
        if ":" in raw:
            return f"YAML 1.1 would read the colon as base 60, {as_yaml11}"
        digits = raw.lstrip("+-")
        if digits[:2] in ("0x", "0X"):
            return f"hexadecimal, {as_yaml11}: write plain decimal digits"
        if digits[:2] in ("0b", "0B"):
            return f"binary, {as_yaml11}: write plain decimal digits"
        return f"a leading zero, which YAML 1.1 would read as octal, {as_yaml11}: drop the zero"

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
            # A whole file read as one value is likely not a dataset at all (a config, a key file): not quoted.
            got = "a single value, not shown (is this a dataset file?)" if not path and isinstance(
                node, ScalarNode) else self.got(node)
            self.err(at, path or "top level", f"expected a mapping with keys {', '.join(required)}, got {got}")
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
                self.err(knode, join_path(path, key), f"duplicate key {key!r} (first on line {first}; "
                         "YAML would silently keep only the last)")
            elif not _KEY_LIKE.fullmatch(key):
                # Not a field name: likely a line of some other file (a password file's "user:hash:..."), not quoted.
                self.err(knode, path or "top level", f"a key that is not a field name (not shown; allowed: "
                         f"{', '.join(allowed)})")
            elif key not in allowed:
                close = get_close_matches(key, allowed, n=1)
                hint = f"did you mean {close[0]!r}? " if close else ""
                self.err(knode, join_path(path, key),
                         f"unknown key {key!r} ({hint}allowed: {', '.join(allowed)})")
            else:
                out[key] = (knode, vnode)
        for key in required:
            if key not in out:
                self.err(at, join_path(path, key), f"missing required key {key!r}")
        return out

    def counts(self, at: Node, node: Node, path: str) -> dict[str, int] | None:
        """Named whole numbers ("likes: 120000"): a mapping of field-like names to counts."""
        if not isinstance(node, MappingNode):
            self.err(at, path, f"expected a mapping of names to whole numbers, got {self.got(node)}")
            return None
        out: dict[str, int] = {}
        for knode, vnode in node.value:
            key = knode.value if isinstance(knode, ScalarNode) else ""
            if not _KEY_LIKE.fullmatch(key):
                self.err(knode, path, "a count's name must be a word (letters, digits, _ or -)")
                continue
            if key in out or key == "views":
                self.err(knode, join_path(path, key), f"duplicate count {key!r}" if key in out else
                         "views is the video's own `views` field, not one of its other counts")
                continue
            value = self.whole(knode, vnode, join_path(path, key), 0)
            if value is not None:
                out[key] = value
        return out

    def items(self, f: Fields, key: str, path: str, nonempty: bool = False) -> list[tuple[str, Node]]:
        """The entries of a list field as (path, node) pairs; [] when absent or broken."""
        if key not in f:
            return []
        knode, node = f[key]
        if not isinstance(node, SequenceNode) or (nonempty and not node.value):
            self.err(knode, join_path(path, key), f"expected a {'non-empty ' if nonempty else ''}list, "
                     f"got {self.got(node)}")
            return []
        base = join_path(path, key)
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
