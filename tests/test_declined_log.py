"""The declined-questions log: appended, bounded, rotated, readable after a torn write."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from bot.declined_log import DeclinedLog

ROOT = Path(__file__).resolve().parents[1]


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
    assert files == ["d.jsonl", "d.jsonl.1", "d.jsonl.2", "d.jsonl.lock"]  # the lock shard processes share
    assert all(p.stat().st_size <= 500 for p in tmp_path.iterdir())
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in tmp_path.iterdir())


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


SHARD = textwrap.dedent("""
    import sys
    from bot.declined_log import DeclinedLog
    shard, count, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    log = DeclinedLog(path, max_bytes=8_000, backups=500)  # backups enough that rotation drops nothing
    print("ready", flush=True)
    sys.stdin.readline()  # all shards start writing together
    for k in range(count):
        try:
            log.record(f"shard {shard} question {k}")
        except OSError as exc:  # as the bot does: warn and go on answering
            print(exc, file=sys.stderr)
""")


def test_shard_processes_sharing_one_log_lose_no_line_through_rotation(tmp_path: Path) -> None:
    path, shards, count = tmp_path / "declined.jsonl", 4, 3000
    processes = [subprocess.Popen([sys.executable, "-c", SHARD, str(s), str(count), str(path)], cwd=ROOT,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for s in range(shards)]
    for process in processes:
        assert process.stdout is not None and process.stdout.readline() == "ready\n"
    for process in processes:  # every shard is ready: now let them all go
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    outcomes = [process.communicate(timeout=120) for process in processes]
    assert [process.returncode for process in processes] == [0] * shards
    files = list(tmp_path.glob("declined.jsonl*"))
    assert len(files) > 20  # it did rotate, many times
    questions = [json.loads(line)["question"] for file in files
                 for line in file.read_text(encoding="utf-8").splitlines()]
    expected = {f"shard {s} question {k}" for s in range(shards) for k in range(count)}
    assert f"{len(expected - set(questions))} lost" == "0 lost" and len(questions) == len(expected)  # each once
    assert [err for _out, err in outcomes] == [""] * shards  # no write failed


def test_a_servers_view_holds_only_its_own_questions(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text('{"time": "2026-01-01T00:00:00", "question": "from before guilds were recorded"}\n')
    log = DeclinedLog(path)
    log.record("asked in a dm")  # no guild: a DM
    log.record("asked in server one", guild=1)
    log.record("asked in server two", guild=2)
    assert log.most_frequent(guild=1) == [("asked in server one", 1)]
    assert {q for q, _ in log.most_frequent()} == {"from before guilds were recorded", "asked in a dm",
                                                   "asked in server one", "asked in server two"}
