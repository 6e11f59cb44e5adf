"""The per-user cooldown shared by commands and plain-words questions, with one notice per window."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from discord.ext import commands


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a user may be answered now; if not, whether to tell them and when to retry."""

    allowed: bool
    notify: bool = False
    retry_after: float = 0.0


class Throttle:
    """At most `rate` answers per `per` seconds for each user, across commands and questions."""

    def __init__(self, rate: int, per: float, clock: Callable[[], float] = time.monotonic) -> None:
        # discord.py's own bucket logic; keyed by user id so messages and interactions share a bucket.
        self._mapping: commands.CooldownMapping[int] = commands.CooldownMapping.from_cooldown(
            rate, per, lambda user_id: user_id
        )
        self._clock = clock
        self._notified_until: dict[int, float] = {}

    def check(self, user_id: int) -> Verdict:
        """Count one answer for this user, or refuse it; `notify` is True once per refused window."""
        now = self._clock()
        bucket = self._mapping.get_bucket(user_id, now)
        retry_after = bucket.update_rate_limit(now) if bucket is not None else None
        if retry_after is None:
            return Verdict(True)
        # One short notice per window: a user hammering the bot must not make it spam the channel.
        notify = self._notified_until.get(user_id, 0.0) <= now
        if notify:
            self._notified_until[user_id] = now + retry_after
            self._forget_expired(now)
        return Verdict(False, notify, retry_after)

    def _forget_expired(self, now: float) -> None:
        # Keeps the notice table from growing with every user ever throttled.
        for user_id in [u for u, until in self._notified_until.items() if until <= now]:
            del self._notified_until[user_id]


class Throttled(commands.CheckFailure):
    """A user asked more often than the cooldown allows."""

    def __init__(self, verdict: Verdict) -> None:
        super().__init__("cooldown")
        self.verdict = verdict


def cooldown_notice(verdict: Verdict) -> str:
    """The short notice a throttled user gets, once per window."""
    return f"Easy there: you can ask again in {max(1, round(verdict.retry_after))} s."
