"""A flood against the strict fake Discord: 1,000 messages from 50 users in bursts over 25 channels.

The bot must stay up, answer each user at most `cooldown_rate` times in the window with one cooldown
notice after that, keep its memory flat, never send faster than Discord's per-channel rate, and ride
out the 429s (with retry-after) that the fake hands out on top.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Iterator

import pytest
from bot_process import BotProcess, start_bot
from fake_discord import BOT_ID, EVENT_TIMEOUT, GENERAL, TOKEN, message_create, text_channel
from fake_limits import CHANNEL_LIMIT, StrictFakeDiscord

USERS = 50
PER_USER = 20  # 50 users x 20 = 1,000 messages
RATE = 2  # answers per user per window
CHANNELS = [GENERAL, *range(5001, 5025)]  # 25 answer channels, two users in each
NOTICE = "Easy there"
# Each user's 20 messages: commands, questions, mentions, chatter, an owner command, hostile text.
MESSAGES = [
    "!top 3", "anyone fancy lunch?", "how many views did the nhs video get", f"<@{BOT_ID}> how did Labour compare?",
    "!reload", "!nosuchcommand", "@everyone what were the top 5?", "lol", "!video 2", "retweets 2017 vs 2019?",
    "```py\nprint('hi')```", "!help", "<@&123456789012345678> top 3 please", "||spoiler||", "!compare",
    "what's the weather", "!sync global", f"<@{BOT_ID}>", "!source", "which videos got over 5 million views",
]
assert len(MESSAGES) == PER_USER


@pytest.fixture(scope="module")
def strict() -> Iterator[StrictFakeDiscord]:
    """The strict fake: Discord's channel rate limit, and a 429 for every 12th message on top."""
    server = StrictFakeDiscord().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def flood_bot(strict: StrictFakeDiscord, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    """A bot with a low cooldown (2 per 10 minutes) and 25 answer channels."""
    running = start_bot(strict, tmp_path_factory.mktemp("flood"), cooldown_rate=RATE, cooldown_per=600.0,
                        answer_channels=CHANNELS)
    for channel in CHANNELS[1:]:  # announced the way Discord announces a new channel
        strict.dispatch("CHANNEL_CREATE", text_channel(channel, f"stats-{channel}"))
    yield running
    running.stop()


def wait_answered(strict: StrictFakeDiscord, ids: set[str], count: int, timeout: float = 2 * EVENT_TIMEOUT) -> None:
    """Wait until at least `count` replies to these messages were accepted and the bot has gone quiet."""
    deadline = time.monotonic() + timeout
    while True:
        sends = strict.sent()
        done = sum(s.status == 200 and s.reference in ids for s in sends)
        if done >= count and time.monotonic() - sends[-1].at > 1.0:
            return
        assert time.monotonic() < deadline, f"only {done} of {count} replies within {timeout} s"
        time.sleep(0.1)


def test_flood_of_1000_messages(strict: StrictFakeDiscord, flood_bot: BotProcess) -> None:
    # Warm up every path once (a user of its own), so the memory comparison sees steady state.
    warm = [message_create(strict, text, author_id=9000 + k, channel_id=CHANNELS[k],
                           mention_bot=text.startswith(f"<@{BOT_ID}>")) for k, text in enumerate(MESSAGES)]
    for data in warm:
        strict.dispatch("MESSAGE_CREATE", data)
    wait_answered(strict, {d["id"] for d in warm}, 10)
    rss_before = flood_bot.rss_mb()
    strict.throttle_every = 12

    author_of: dict[str, int] = {}
    started = time.monotonic()
    for burst in range(PER_USER // 2):  # ten bursts of 100 messages, each user twice per burst
        for u in range(USERS):
            for k in (2 * burst, 2 * burst + 1):
                data = message_create(strict, MESSAGES[k], author_id=10_000 + u, channel_id=CHANNELS[u % 25],
                                      mention_bot=MESSAGES[k].startswith(f"<@{BOT_ID}>"))
                author_of[data["id"]] = u
                strict.dispatch("MESSAGE_CREATE", data)
        time.sleep(0.05)
    sent_in = time.monotonic() - started
    wait_answered(strict, set(author_of), USERS * (RATE + 1))
    strict.throttle_every = 0

    # Stayed up, and answers a newcomer.
    assert flood_bot.process.poll() is None
    newcomer = message_create(strict, "!top 3", author_id=99_999, dm=True)
    strict.dispatch("MESSAGE_CREATE", newcomer)
    wait_answered(strict, {newcomer["id"]}, 1)

    sends = [s for s in strict.sent() if s.reference in author_of]
    accepted = [s for s in sends if s.status == 200]
    # Within the cooldown rules: each user exactly RATE answers, then exactly one notice, then silence.
    replies = {ref: r for r in strict.requests if r.method == "POST" and isinstance(r.body, dict)
               for ref in [str((r.body.get("message_reference") or {}).get("message_id"))]
               if ref in author_of and r.response and "id" in r.response}
    notices = Counter(author_of[ref] for ref, r in replies.items() if (r.body.get("content") or "").startswith(NOTICE))
    answers = Counter(author_of[ref] for ref, r in replies.items()
                      if not (r.body.get("content") or "").startswith(NOTICE))
    assert len(accepted) == len(replies) == USERS * (RATE + 1)
    assert all(notices[u] == 1 and answers[u] == RATE for u in range(USERS)), (notices, answers)
    for r in replies.values():
        assert r.body["allowed_mentions"]["parse"] == []

    # Never faster than Discord's per-channel rate: the fake counts every message over a channel's bucket
    # (5 per 5 s window, announced in the rate-limit headers) as an earned 429, and there is none, although
    # most channels needed more than one window: discord.py waited for the reset instead.
    assert [s for s in strict.sent() if s.status == 429 and not s.injected] == []
    by_channel: dict[int, list[float]] = defaultdict(list)
    for s in accepted:
        by_channel[s.channel].append(s.at)
    assert len(by_channel) == len(CHANNELS)
    assert sum(len(t) > CHANNEL_LIMIT for t in by_channel.values()) >= len(CHANNELS) // 2

    # Each injected 429 was retried by discord.py after its retry_after, and delivered.
    injected = [s for s in sends if s.status == 429 and s.injected]
    assert len(injected) >= 10
    for s in injected:
        assert any(a.reference == s.reference and a.at >= s.at + strict.retry_after - 0.02 for a in accepted)

    rss_after = flood_bot.rss_mb()
    log = flood_bot.log()
    assert "We are being rate limited" in log and "Traceback" not in log and TOKEN not in log
    assert rss_after - rss_before < 10, (rss_before, rss_after)
    print(f"\nflood: 1000 messages sent in {sent_in:.1f} s, {len(accepted)} replies, {len(injected)} injected 429s, "
          f"RSS {rss_before:.1f} -> {rss_after:.1f} MB")
