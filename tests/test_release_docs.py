"""What an admin reads agrees with what the bot does: the version and its changelog entry, the README's
self-hosting step 1 against the default config, and the charts install step."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

from bot import __version__
from bot.config import Settings

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CHANGELOG = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def readme_step(number: int) -> str:
    """One numbered step of the README's self-hosting guide."""
    match = re.search(rf"^{number}\. (.*?)(?=^\d+\. |^\S)", README, re.MULTILINE | re.DOTALL)
    assert match, f"no step {number}"
    return " ".join(match.group(1).split())


def test_version_is_reported_and_has_a_changelog_entry() -> None:
    out = subprocess.run([sys.executable, "-m", "bot", "--version"], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == f"campaign-bot {__version__}"
    releases = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", CHANGELOG, re.MULTILINE)
    assert releases[0][0] == __version__, "the newest changelog entry is the version the bot reports"
    assert __version__ != "0.1.0"  # user-visible changes since the first version
    newest = CHANGELOG.split(f"## [{__version__}]", 1)[1].split("\n## [", 1)[0]
    assert "!sync" in newest, "each release says whether owners must run !sync"
    assert "## [Unreleased]" in CHANGELOG


def test_pyproject_takes_its_version_from_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in project["project"]["dynamic"] and "version" not in project["project"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "bot.__version__"}


def test_readme_step_1_matches_the_default_config() -> None:
    example = tomllib.loads((ROOT / "config.example.toml").read_text(encoding="utf-8"))
    assert example["message_content_intent"] is Settings().message_content_intent is True
    step = readme_step(1)
    # The default asks for the intent, so the guide says to enable it, and how to do without it.
    assert "enable **Message Content**: the default config asks for it" in step
    assert "`message_content_intent = false`" in step and "`@bot sync`" in step


def test_readme_says_when_to_use_each_sync() -> None:
    step = readme_step(5)
    for command in ("`!sync`", "`!sync global`", "`!sync clear`", "`!sync clear global`"):
        assert command in step, command
    assert "every command twice" in step


def test_readme_charts_install_works_from_a_clone() -> None:
    assert ".venv/bin/pip install '.[charts]'" in README
    assert "campaign-stats-bot[charts]" not in README  # the package is not on an index
