"""The systemd unit: valid for systemd itself, and in step with the README's recipe that installs it."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from bot.config import CONFIG_KEYS

ROOT = Path(__file__).resolve().parents[1]
UNIT = ROOT / "deploy" / "campaign-bot.service"
README = (ROOT / "README.md").read_text(encoding="utf-8")
RECIPE = README[README.index("### Running it as a service"):README.index("**Upgrading**")]


def unit() -> configparser.RawConfigParser:
    """The unit's sections and keys (systemd's format is close enough to INI for these)."""
    parser = configparser.RawConfigParser(strict=True, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(UNIT.read_text(encoding="utf-8"))
    return parser


def service(key: str) -> str:
    """A key of the [Service] section."""
    return unit()["Service"][key]


def verify(path: Path) -> subprocess.CompletedProcess[str]:
    """`systemd-analyze verify` on a copy of the unit whose ExecStart is a program that exists here."""
    text = path.read_text(encoding="utf-8").replace(service("ExecStart").split()[0],
                                                    str(Path(sys.executable).parent / "campaign-bot"))
    copy = path.parent / "campaign-bot.service"
    copy.write_text(text, encoding="utf-8")
    return subprocess.run(["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_analyze_verify_finds_nothing(tmp_path: Path) -> None:
    # ExecStart must exist for verify; everything else is checked as written.
    result = verify(shutil.copy(UNIT, tmp_path / "unit"))
    assert result.returncode == 0 and result.stderr == "", result.stderr
    # The check is real: a misspelt key or a bad value is reported.
    broken = tmp_path / "broken"
    broken.write_text(UNIT.read_text(encoding="utf-8").replace("RestartSec=", "RestartSecs=")
                      .replace("ProtectHome=yes", "ProtectHome=perhaps"), encoding="utf-8")
    reported = verify(broken).stderr
    assert "RestartSecs" in reported and "perhaps" in reported, reported


def test_the_unit_keeps_the_bot_running_and_stops_it_in_time() -> None:
    units = unit()
    assert units["Unit"]["StartLimitIntervalSec"] == "0"  # never gives up after a burst of failed starts
    assert service("Restart") == "always" and int(service("RestartSec")) >= 5
    assert service("RestartPreventExitStatus") == "2"  # a bad config is not retried in a loop
    assert service("KillSignal") == "SIGTERM" and int(service("TimeoutStopSec")) > 5  # the bot stops within 5 s


def test_the_readme_recipe_creates_what_the_unit_expects() -> None:
    program, *args = service("ExecStart").split()
    config = args[args.index("--config") + 1]
    venv = program.removesuffix("/bin/campaign-bot")
    home = service("WorkingDirectory")
    env_file = service("EnvironmentFile").lstrip("-")
    user = service("User")
    for step in ("useradd --system", f"--shell /usr/sbin/nologin {user}",
                 f"git clone <this repository> {home}", f"/usr/bin/python3 -m venv {venv}",
                 f"{venv}/bin/pip install {home}", f"-o {user} -g {user} /dev/null {config}",
                 f"sudo tee {config}", f"sudo install -m 600 /dev/null {env_file}", "DISCORD_TOKEN=",
                 f"cp {home}/deploy/campaign-bot.service /etc/systemd/system/", "systemctl daemon-reload",
                 "systemctl enable --now campaign-bot", "systemctl status campaign-bot", "journalctl -u campaign-bot"):
        assert step in RECIPE, step
    assert RECIPE.index("useradd") < RECIPE.index("git clone") < RECIPE.index("enable --now")
    assert service("ProtectHome") == "yes" and service("ProtectSystem") == "strict"

    # The config the recipe writes: known keys, the dataset in the clone, logs where the unit lets it write.
    (body,) = re.findall(r"<<'CONFIG'\n(.*?)\n\s*CONFIG\n", RECIPE, re.S)
    settings = tomllib.loads("\n".join(line.strip() for line in body.splitlines()))
    assert set(settings) <= set(CONFIG_KEYS)
    assert settings["data_path"].startswith(f"{home}/data/")
    assert settings["log_file"].startswith(f"/var/log/{service('LogsDirectory')}/")
    assert settings["declined_log"].startswith(f"/var/lib/{service('StateDirectory')}/")
