"""The campaign-bot command line, run as a user runs it: in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BROKEN = ROOT / "tests" / "broken"


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m bot ARGS` from a neutral folder."""
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          timeout=60, cwd=ROOT / "tests")


def test_ask_prints_plain_text() -> None:
    out = cli("ask", "most", "viewed", "video")
    assert out.returncode == 0
    assert out.stdout.startswith("**Our wonderful NHS**")
    assert "13,400,000 (13.4M)" in out.stdout


def test_ask_json_has_the_protocol_fields() -> None:
    out = cli("ask", "--json", "how many youtube views did mean tweets get")
    reply = json.loads(out.stdout)
    assert reply["question"] == "how many youtube views did mean tweets get"
    assert reply["answered"] is False and reply["intent"]
    assert reply["text"].startswith("**I don't have that**")


def test_batch_mode_answers_every_line_in_order() -> None:
    out = cli("ask", "--json", stdin="top 2\n\nwho won the election\nmedian views\n")
    replies = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["question"] for r in replies] == ["top 2", "", "who won the election", "median views"]
    assert [r["answered"] for r in replies] == [True, False, False, True]
    assert "3,650,000" in replies[3]["text"]


def test_explain_shows_entities_scores_and_choice() -> None:
    out = cli("ask", "--explain", "how many veiws did the mean tweets vid get")
    assert "words:    how many views did the mean tweets vid get" in out.stdout
    assert "Mean tweets with Jeremy Corbyn" in out.stdout
    assert "chosen:   video (margin" in out.stdout


def test_check_valid_and_broken() -> None:
    ok = cli("check")
    assert ok.returncode == 0 and ok.stdout.startswith("OK") and "10 videos" in ok.stdout
    broken = sorted(p for p in BROKEN.glob("*.yaml"))
    assert broken, "the broken corpus is missing"
    bad = cli("check", str(broken[0]))
    assert bad.returncode == 2 and broken[0].name in bad.stderr and "Traceback" not in bad.stderr


def test_data_flag_and_bad_path() -> None:
    other = cli("ask", "--data", str(ROOT / "tests" / "data" / "other-campaign.yaml"), "top 1")
    assert "Rivers run clean" in other.stdout
    missing = cli("ask", "--data", "/nonexistent.yaml", "top")
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


def test_chat_answers_until_quit() -> None:
    out = cli("chat", stdin="top 1\nquit\n")
    assert out.returncode == 0 and "Our wonderful NHS" in out.stdout


def test_ask_does_not_import_discord() -> None:
    code = ("import sys, io, contextlib; from bot.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()): main(['ask', 'top'])\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('discord', 'aiohttp')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_json_explain_is_one_valid_json_object_with_the_explanation() -> None:
    out = cli("ask", "--json", "--explain", "how many veiws did the mean tweets vid get")
    reply = json.loads(out.stdout)  # the whole output: no text before or after the object
    assert reply["answered"] is True and "Mean tweets with Jeremy Corbyn" in reply["text"]
    explain = reply["explain"]
    assert explain["words"][:3] == ["how", "many", "views"] and explain["chosen"] == "video"
    assert explain["scores"][0]["intent"] == "video" and explain["margin"] > 0
    assert explain["entities"]["videos"][0]["candidates"] == ["Mean tweets with Jeremy Corbyn"]
    batch = cli("ask", "--json", "--explain", stdin="top 2\nwho won the election\n")
    replies = [json.loads(line) for line in batch.stdout.splitlines()]
    assert [r["explain"]["chosen"] for r in replies] == ["top", None]


def test_top_with_a_bad_count_answers_with_the_usage() -> None:
    for question in ("top -3", "!top abc", "top 0", "!top 3 please"):
        out = cli("ask", question)
        assert out.returncode == 0
        assert out.stdout.startswith("**Usage: top [n]**") and "1 or more" in out.stdout, question
        assert "Our wonderful NHS" not in out.stdout, question  # not silently the top ten
    reply = json.loads(cli("ask", "--json", "top -3").stdout)
    assert (reply["intent"], reply["answered"]) == ("usage", False)
    assert "#3 Jeremy Corbyn" in cli("ask", "top 3").stdout
    assert "Our wonderful NHS" in cli("ask", "top videos").stdout  # plain words starting with "top" still work
    assert "Usage: top [n]" in cli("chat", stdin="top -3\nquit\n").stdout
