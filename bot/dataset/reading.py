"""Reading a dataset file safely: bounded size, text only, YAML composed to nodes with lines, no aliases."""

from __future__ import annotations

import errno
import gc
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager

import yaml
from yaml.nodes import Node, ScalarNode, SequenceNode

MAX_BYTES = 5 * 1024 * 1024
TOP_KEYS = ("schema_version", "source", "campaign", "parties", "people", "metrics", "video_views", "videos")

_STR, _INT, _NULL = "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:null"
_BOOL, _FLOAT, _DATE = "tag:yaml.org,2002:bool", "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp"
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


def display_name(file: str) -> str:
    # Show paths under the working directory relatively, as users typed them (`data/x.yaml`).
    try:
        rel = os.path.relpath(file)
    except ValueError:
        return file
    return rel if os.path.isabs(file) and not rel.startswith("..") else file


def read_text(file: str, name: str) -> str:
    """The file's text, after the checks that need no parsing: exists, regular, size, UTF-8."""
    def fail(msg: str) -> DatasetError:
        return DatasetError([f"{name}: {msg}"])

    # The checks are made on the opened file, so it cannot be swapped between check and read. Not through a
    # symbolic link: a dataset path swapped for a link to a secrets file would show that file's lines in the
    # errors. Non-blocking, so a FIFO is refused instead of waited on.
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(file, flags)
        try:
            st = os.fstat(fd)
            if stat.S_ISDIR(st.st_mode):
                raise fail("is a directory, expected a YAML file")
            if not stat.S_ISREG(st.st_mode):
                raise fail("is not a regular file, expected a YAML file")
            if st.st_size > MAX_BYTES:
                raise fail(f"file is {st.st_size:,} bytes, over the {MAX_BYTES:,}-byte (5 MB) limit "
                           "for a dataset")
            with open(fd, "rb", closefd=False) as fh:
                data = fh.read(MAX_BYTES + 1)  # bounded even if the file grows after stat
        finally:
            os.close(fd)
    except FileNotFoundError:
        raise fail("file not found") from None
    except PermissionError:
        raise fail("cannot read the file: permission denied") from None
    except (OSError, ValueError) as exc:
        if getattr(exc, "errno", None) == errno.ELOOP and os.path.islink(file):
            raise fail("is a symbolic link, expected the dataset file itself (give its real path)") from None
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
def gc_paused() -> Iterator[None]:
    # The node tree is a mass of small objects that all survive: cyclic GC passes over them
    # would triple the load time of a large file, and they form no cycles worth collecting.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def compose(text: str, name: str) -> Node | None:
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
