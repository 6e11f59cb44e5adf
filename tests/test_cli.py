"""The campaign-bot command line, run as a user runs it: in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

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


# -- bytes that are not UTF-8: every line answered, the output always valid UTF-8 JSON ------------------------

# The last is a UTF-8 locale with strict decoding, where one bad byte used to end the batch with a traceback.
LOCALES = [{}, {"LC_ALL": "C"}, {"LC_ALL": "C", "PYTHONUTF8": "0"}, {"LC_ALL": "C.UTF-8"},
           {"LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}]


def cli_bytes(*args: str | bytes, stdin: bytes = b"", env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m bot ARGS` with raw bytes in and out, under the given locale variables."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONUTF8", "PYTHONIO"))}
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, timeout=60,
                          cwd=ROOT / "tests", env=environ | env)


@pytest.mark.parametrize("env", LOCALES, ids=lambda e: " ".join(f"{k}={v}" for k, v in e.items()) or "default")
def test_batch_with_invalid_utf8_answers_every_line(env: dict[str, str]) -> None:
    out = cli_bytes("ask", "--json", stdin=b"top 2\nhow many views did caf\xe9 \xff\xfe get\nmedian views\n", env=env)
    assert out.returncode == 0 and b"Traceback" not in out.stderr, out.stderr.decode("utf-8", "replace")
    replies = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]  # strict: valid UTF-8
    assert [r["question"] for r in replies] == ["top 2", "how many views did caf\ufffd \ufffd\ufffd get",
                                               "median views"]
    assert "3,650,000" in replies[2]["text"]


@pytest.mark.parametrize("env", LOCALES, ids=lambda e: " ".join(f"{k}={v}" for k, v in e.items()) or "default")
def test_question_argument_with_invalid_utf8_is_answered(env: dict[str, str]) -> None:
    out = cli_bytes("ask", "--json", b"top \xff 2", env=env)
    assert out.returncode == 0 and b"Traceback" not in out.stderr, out.stderr.decode("utf-8", "replace")
    reply = json.loads(out.stdout.decode("utf-8"))
    assert reply["question"] == "top \ufffd 2"


@pytest.mark.parametrize("env", LOCALES, ids=lambda e: " ".join(f"{k}={v}" for k, v in e.items()) or "default")
def test_chat_with_invalid_utf8_answers_every_line(env: dict[str, str]) -> None:
    out = cli_bytes("chat", stdin=b"\xff\xfe\ntop 1\nquit\n", env=env)
    assert out.returncode == 0 and b"Traceback" not in out.stderr, out.stderr.decode("utf-8", "replace")
    text = out.stdout.decode("utf-8")
    assert text.count("> ") == 3 and "Our wonderful NHS" in text


def run_in(directory: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m bot ARGS` in a folder, without a config from the environment."""
    env = {k: v for k, v in os.environ.items() if k != "CAMPAIGN_BOT_CONFIG"}
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, timeout=60,
                          cwd=directory, env=env)


def test_check_and_ask_read_the_dataset_of_the_config(tmp_path: Path) -> None:
    # The admin's copy, with a name the shipped dataset does not know.
    text = (ROOT / "data" / "labour-2019.yaml").read_text(encoding="utf-8")
    (tmp_path / "mine.yaml").write_text(text.replace("aliases: [wonderful nhs]",
                                                     "aliases: [wonderful nhs, the hospital film]"), encoding="utf-8")
    (tmp_path / "config.toml").write_text('data_path = "mine.yaml"\n', encoding="utf-8")
    check = run_in(tmp_path, "check")
    assert check.returncode == 0 and check.stdout.startswith("OK mine.yaml: 10 videos"), check
    assert "13,400,000" in run_in(tmp_path, "ask", "views of the hospital film").stdout
    # Elsewhere, --config names it; without a config it is the shipped one, named too.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    named = run_in(elsewhere, "check", "--config", str(tmp_path / "config.toml"))
    assert named.stdout.startswith(f"OK {tmp_path / 'mine.yaml'}: 10 videos"), named
    shipped = run_in(elsewhere, "check")
    assert shipped.stdout.startswith("OK /") and "labour-2019.yaml: 10 videos" in shipped.stdout
    assert "13,400,000" not in run_in(elsewhere, "ask", "views of the hospital film").stdout


def test_check_with_a_bad_config_says_so_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text('data_path = "missing.yaml"\n', encoding="utf-8")
    result = run_in(tmp_path, "check")
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    assert "data_path" in result.stderr and "missing.yaml" in result.stderr


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
