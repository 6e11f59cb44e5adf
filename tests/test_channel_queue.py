"""One message send at a time per channel (so discord.py never overshoots a channel's rate limit)."""

from __future__ import annotations

import asyncio
from collections import Counter
from types import SimpleNamespace
from typing import Any

import discord

from bot.config import Settings
from bot.dataset.loader import load_dataset
from bot.discord_bot.channel_queue import send_one_at_a_time
from bot.discord_bot.client import create_bot
from bot.engine import Engine


class SlowHTTP:
    """Stands in for discord.py's HTTPClient: each request takes a moment; concurrency is recorded."""

    def __init__(self) -> None:
        self.in_flight: Counter[Any] = Counter()
        self.most: Counter[Any] = Counter()
        self.total_most = 0

    async def request(self, route: discord.http.Route, **_kwargs: Any) -> str:
        key = (route.method, route.path, route.channel_id)
        self.in_flight[key] += 1
        self.most[key] = max(self.most[key], self.in_flight[key])
        self.total_most = max(self.total_most, sum(self.in_flight.values()))
        await asyncio.sleep(0.01)
        self.in_flight[key] -= 1
        return "ok"


def send(channel: int) -> discord.http.Route:
    """The route of sending a message to a channel."""
    return discord.http.Route("POST", "/channels/{channel_id}/messages", channel_id=channel)


async def test_sends_to_one_channel_go_one_at_a_time_and_channels_in_parallel() -> None:
    http = SlowHTTP()
    queues = send_one_at_a_time(http)  # type: ignore[arg-type]
    edit = discord.http.Route("PATCH", "/channels/{channel_id}/messages/{message_id}", channel_id=1, message_id=5)
    calls = [http.request(send(channel)) for channel in (1, 2, 3) for _ in range(5)]
    calls += [http.request(edit) for _ in range(3)]
    assert await asyncio.gather(*calls) == ["ok"] * 18
    assert http.most[("POST", "/channels/{channel_id}/messages", 1)] == 1
    assert http.most[("POST", "/channels/{channel_id}/messages", 2)] == 1
    assert http.most[("PATCH", "/channels/{channel_id}/messages/{message_id}", 1)] == 3  # other routes: as before
    assert http.total_most >= 3  # different channels were not held up by each other
    assert len(queues) == 0  # idle channels are forgotten


async def test_a_failing_send_does_not_block_the_channel() -> None:
    http = SimpleNamespace()
    outcomes = iter([RuntimeError("500"), "ok"])

    async def request(route: discord.http.Route, **_kwargs: Any) -> str:
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    http.request = request
    send_one_at_a_time(http)  # type: ignore[arg-type]
    results = await asyncio.gather(http.request(send(1)), http.request(send(1)), return_exceptions=True)
    assert isinstance(results[0], RuntimeError) and results[1] == "ok"


def test_the_bot_sends_one_at_a_time() -> None:
    dataset = load_dataset(None)
    bot = create_bot(Settings(token="x"), lambda _p: (dataset, Engine(dataset)))
    assert bot.http.request.__name__ == "queued"
