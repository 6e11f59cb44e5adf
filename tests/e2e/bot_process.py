"""Starting `campaign-bot run` as a real process against the fake Discord, the way a user starts it."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fake_discord import EVENT_TIMEOUT, GENERAL, GUILD_ID, OWNER_ID, TOKEN, FakeDiscord

ROOT = Path(__file__).resolve().parents[2]
SHIPPED_DATASET = ROOT / "data" / "labour-2019.yaml"
START_TIMEOUT = EVENT_TIMEOUT


def campaign_bot_command() -> list[str]:
    """How a user starts the bot: the installed `campaign-bot` script beside this Python."""
    script = shutil.which("campaign-bot", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "bot"]


def bot_env(token: str | None = TOKEN) -> dict[str, str]:
    """The environment of a bot process: the token (if any) and no stray config path."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISCORD_TOKEN", "CAMPAIGN_BOT_CONFIG")}
    if token is not None:
        env["DISCORD_TOKEN"] = token
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1"  # never route the fake through a proxy
    return env


def write_config(directory: Path, fake: FakeDiscord, **overrides: object) -> Path:
    """A config file pointing the bot at the fake, readable by its owner only."""
    values: dict[str, object] = {
        "api_base_url": fake.api_base_url,
        "gateway_url": fake.gateway_url,
        "owner_ids": [OWNER_ID],
        "answer_channels": [GENERAL],
        "test_guild_id": GUILD_ID,
        "cooldown_rate": 100,  # the tests ask quickly; the throttle has its own unit tests
        "log_level": "INFO",
    } | overrides
    path = directory / "config.toml"
    path.write_text("".join(f"{key} = {json.dumps(value)}\n" for key, value in values.items()), encoding="utf-8")
    path.chmod(0o600)
    return path


@dataclass
class BotProcess:
    """A running `campaign-bot run` and where its log goes."""

    process: subprocess.Popen[bytes]
    log_path: Path
    dataset_path: Path

    def log(self) -> str:
        """Everything the bot has logged so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_logged(self, text: str, timeout: float = START_TIMEOUT) -> None:
        """Wait until the log contains text (fail early if the process dies)."""
        deadline = time.monotonic() + timeout
        while text not in self.log():
            if self.process.poll() is not None:
                raise AssertionError(f"the bot exited with {self.process.returncode}:\n{self.log()}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"{text!r} not logged within {timeout} s:\n{self.log()}")
            time.sleep(0.05)

    def rss_mb(self) -> float:
        """The process's resident memory now, in MB (Linux)."""
        status = Path(f"/proc/{self.process.pid}/status").read_text(encoding="utf-8")
        (line,) = [line for line in status.splitlines() if line.startswith("VmRSS:")]
        return int(line.split()[1]) / 1024

    def stop(self) -> int:
        """SIGTERM, as systemd sends it; the exit status."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        return self.process.returncode


def start_bot(fake: FakeDiscord, directory: Path, dataset: Path | None = None,
              ready: Callable[[BotProcess], object] | None = None, env: dict[str, str] | None = None,
              **config: object) -> BotProcess:
    """`campaign-bot run` against the fake with this config, once ready (by default: logged "Connected as").

    `dataset` is a prepared data file; by default a copy of the shipped one, which a test may break.
    `env` adds to the process's environment.
    """
    if dataset is None:
        dataset = directory / "labour-2019.yaml"
        shutil.copyfile(SHIPPED_DATASET, dataset)
    path = write_config(directory, fake, **({"data_path": str(dataset)} | config))
    log_path = directory / "bot.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen([*campaign_bot_command(), "run", "--config", str(path)], cwd=directory,
                                   env=bot_env() | (env or {}), stdout=log, stderr=subprocess.STDOUT)
    running = BotProcess(process, log_path, dataset)
    try:
        (ready or (lambda bot: bot.wait_logged("Connected as")))(running)
    except BaseException:
        running.stop()
        raise
    return running
