"""Fixtures for the end-to-end tests: the fake Discord, and `campaign-bot run` as a real process."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from bot_process import BotProcess, start_bot
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
    running = start_bot(fake, tmp_path_factory.mktemp("bot"))
    try:
        yield running
    finally:
        running.stop()
