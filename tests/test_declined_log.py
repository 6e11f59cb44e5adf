"""The declined-questions log: appended, bounded, rotated, readable after a torn write."""

from __future__ import annotations

import json
from pathlib import Path

from bot.declined_log import DeclinedLog


def test_records_json_lines_and_ranks_the_most_frequent(tmp_path: Path) -> None:
    log = DeclinedLog(tmp_path / "declined.jsonl")
    for q in ["how many likes", "How many  LIKES", "who won", "how many likes"]:
        log.record(q)
    lines = (tmp_path / "declined.jsonl").read_text().splitlines()
    assert json.loads(lines[0])["question"] == "how many likes" and "time" in json.loads(lines[0])
    assert log.most_frequent(2) == [("how many likes", 3), ("who won", 1)]


def test_rotates_and_stays_bounded(tmp_path: Path) -> None:
    log = DeclinedLog(tmp_path / "d.jsonl", max_bytes=500, backups=2)
    for k in range(200):
        log.record(f"question number {k} " + "x" * 20)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["d.jsonl", "d.jsonl.1", "d.jsonl.2"]
    assert all(p.stat().st_size <= 500 for p in tmp_path.iterdir())


def test_a_torn_last_line_is_skipped(tmp_path: Path) -> None:
    log = DeclinedLog(tmp_path / "d.jsonl")
    log.record("first")
    with open(tmp_path / "d.jsonl", "a") as fh:
        fh.write('{"time": "2026-01-01T00:00:00", "quest')  # killed mid-write
    log.record("second")
    assert log.most_frequent() == [("first", 1), ("second", 1)]


def test_long_questions_are_cut(tmp_path: Path) -> None:
    log = DeclinedLog(tmp_path / "d.jsonl")
    log.record("y" * 5000)
    assert len(json.loads((tmp_path / "d.jsonl").read_text())["question"]) == 300
