"""The declined-questions log: questions the bot could not answer, so admins can add aliases.

Opt-in. One JSON object per line ({"time": ..., "question": ..., "guild": id, or null for a DM}),
appended line-wise so a kill mid-write loses at most that line; rotated by size so it stays bounded.
Shard processes may share one log: an exclusive lock on a `.lock` file beside it makes each size check,
rotation and append one step.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

try:
    import fcntl
except ImportError:  # not POSIX: one process per log, as before
    fcntl = None  # type: ignore[assignment]

MAX_QUESTION_CHARS = 300


class DeclinedLog:
    """Appends declined questions to a JSON-lines file, rotating it at `max_bytes`."""

    def __init__(self, path: str | os.PathLike[str], max_bytes: int = 1_000_000, backups: int = 2) -> None:
        self.path = Path(path)
        self.max_bytes = max_bytes
        self.backups = backups

    def record(self, question: str, when: datetime | None = None, *, guild: int | None = None) -> None:
        """Append one declined question (bounded in length), with the server it was asked in (None: a DM)."""
        when = when or datetime.now(UTC)
        line = json.dumps({"time": when.isoformat(timespec="seconds"),
                           "question": " ".join(question.split())[:MAX_QUESTION_CHARS], "guild": guild},
                          ensure_ascii=False)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = line.encode("utf-8")
        # Without the lock two shards could both see the file full and both rotate: the second rename
        # overwrites the first one's backup, or fails on a file already moved, and lines are lost.
        with self._locked():
            try:
                full = os.stat(self.path).st_size + len(data) + 1 > self.max_bytes
            except FileNotFoundError:
                full = False
            if full:
                self._rotate()
            # One write call of a whole line in append mode: a killed writer tears at most that line.
            fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                size = os.fstat(fd).st_size
                torn = size > 0 and os.pread(fd, 1, size - 1) != b"\n"  # a line cut by a kill: end it first
                os.write(fd, (b"\n" if torn else b"") + data + b"\n")
            finally:
                os.close(fd)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the exclusive lock shared by every process writing this log (released when the fd closes)."""
        if fcntl is None:
            yield
            return
        fd = os.open(self.path.with_name(self.path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)

    def _rotate(self) -> None:
        for k in range(self.backups - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{k}")
            if older.exists():
                os.replace(older, self.path.with_name(f"{self.path.name}.{k + 1}"))
        if self.backups > 0:
            os.replace(self.path, self.path.with_name(f"{self.path.name}.1"))
        else:
            self.path.unlink()

    def most_frequent(self, limit: int = 10, guild: int | None = None) -> list[tuple[str, int]]:
        """The most frequent recent declined questions (current file and backups), case-folded.

        With `guild`, only those asked in that server: never DMs, other servers, or lines that do not say.
        """
        counts: Counter[str] = Counter()
        files = [self.path] + [self.path.with_name(f"{self.path.name}.{k}") for k in range(1, self.backups + 1)]
        for file in files:
            if not file.exists():
                continue
            for raw in file.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    entry = json.loads(raw)
                    question = entry["question"]
                except (ValueError, KeyError, TypeError):
                    continue  # a line cut by a kill mid-write: skip it
                if guild is not None and entry.get("guild") != guild:
                    continue
                counts[" ".join(str(question).casefold().split())] += 1
        return counts.most_common(limit)
