"""Fixtures for the end-to-end tests: the fake Discord, and `campaign-bot run` as a real process."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest
from bot_process import SHIPPED_DATASET, BotProcess, bot_env, campaign_bot_command, write_config
from fake_discord import FakeDiscord


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeDiscord]:
    """A fake Discord on 127.0.0.1 for the whole module."""
    server = FakeDiscord().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def bot(fake: FakeDiscord, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    """`campaign-bot run --config ...` connected to the fake, over a copy of the dataset it may break."""
    directory = tmp_path_factory.mktemp("bot")
    dataset = directory / "labour-2019.yaml"
    shutil.copyfile(SHIPPED_DATASET, dataset)
    config = write_config(directory, fake, data_path=str(dataset))
    log_path = directory / "bot.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen([*campaign_bot_command(), "run", "--config", str(config)], cwd=directory,
                                   env=bot_env(), stdout=log, stderr=subprocess.STDOUT)
    running = BotProcess(process, log_path, dataset)
    try:
        running.wait_logged("Connected as")
        yield running
    finally:
        running.stop()
