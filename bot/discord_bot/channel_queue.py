"""One message at a time per channel, so a flood never overshoots Discord's per-channel rate limit.

discord.py 2.7 lets several sends to one channel's bucket run at once, and each response resets its
count to `min(X-RateLimit-Remaining, limit - in flight)`: a late response from before the others were
sent raises the count again, and the bot sends one message more than the bucket holds, earning a 429
(seen against the tests' strict fake Discord). With one send in flight per channel every response is
current, so discord.py waits for the reset instead. Replies to one channel are limited to a handful per
second by Discord anyway, so queueing them here costs nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import discord

MESSAGE_ROUTE = "/channels/{channel_id}/messages"  # discord.py's Route.path for sending a message


class ChannelQueues:
    """A lock per channel with a send in progress; channels nobody waits for are forgotten."""

    def __init__(self) -> None:
        self._locks: dict[int, tuple[asyncio.Lock, list[int]]] = {}  # channel -> (lock, [users])

    def __len__(self) -> int:
        return len(self._locks)

    def waiting(self, channel_id: int) -> int:
        """How many sends to this channel are in progress or waiting for their turn."""
        entry = self._locks.get(channel_id)
        return entry[1][0] if entry is not None else 0

    @contextlib.asynccontextmanager
    async def turn(self, channel_id: int) -> AsyncIterator[None]:
        """Wait for this channel's earlier sends to finish, then hold it until the block ends."""
        lock, users = self._locks.setdefault(channel_id, (asyncio.Lock(), [0]))
        users[0] += 1
        try:
            async with lock:
                yield
        finally:
            users[0] -= 1
            if not users[0]:  # keeps the table as small as the number of busy channels
                del self._locks[channel_id]


def send_one_at_a_time(http: discord.http.HTTPClient) -> ChannelQueues:
    """Make the client's message sends to each channel wait for the previous one (other calls are as before)."""
    queues = ChannelQueues()
    request = http.request

    async def queued(route: discord.http.Route, **kwargs: Any) -> Any:
        if route.method == "POST" and route.path == MESSAGE_ROUTE and route.channel_id is not None:
            async with queues.turn(int(route.channel_id)):
                return await request(route, **kwargs)
        return await request(route, **kwargs)

    http.request = queued  # type: ignore[method-assign]
    return queues
