"""Memory under a flood of declined questions: each reply to one carries "did you mean" buttons, whose
views discord.py keeps until they time out. 10,000 of them (2,000 users, five each: the default cooldown
lets each user ask five in 30 s) must leave the running bot within the 80 MB target. (Before the cap on
live views this flood took the bot from 50 MB to 145 MB, about 9.5 KB a reply.)"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from bot_process import BotProcess, start_bot
from fake_discord import FakeDiscord, Recorded, message_create, text_channel

USERS = 2_000
PER_USER = 5  # the default cooldown_rate: every question is answered
CHANNELS = list(range(6001, 6051))  # 50 answer channels
DECLINED = "how many youtube views did the nhs video get?"  # declined, with three suggestion buttons
TARGET_MB = 80.0


@pytest.fixture(scope="module")
def flood_bot(fake: FakeDiscord, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    """A bot with the default cooldown and 50 answer channels."""
    running = start_bot(fake, tmp_path_factory.mktemp("memory"), ready=lambda _bot: fake.wait_identified(),
                        cooldown_rate=PER_USER, cooldown_per=30.0, answer_channels=CHANNELS)
    for channel in CHANNELS:
        fake.dispatch("CHANNEL_CREATE", text_channel(channel, f"stats-{channel}"))
    yield running
    running.stop()


def is_reply_with_buttons(request: Recorded) -> bool:
    """A channel message the bot sent in reply to someone, with components."""
    return (request.method == "POST" and request.path.endswith("/messages") and isinstance(request.body, dict)
            and "message_reference" in request.body and bool(request.body.get("components")))


def flood(fake: FakeDiscord, users: range, answered: int) -> list[Recorded]:
    """Each user asks the declined question PER_USER times, in bursts of 100 users (500 questions, ten per
    channel) that the bot answers before the next: what it keeps is measured, not a queue of unsent replies."""
    replies: list[Recorded] = []
    for start in range(users.start, users.stop, 100):
        burst = range(start, min(start + 100, users.stop))
        for round_ in range(PER_USER):
            for u in burst:
                fake.dispatch("MESSAGE_CREATE", message_create(fake, DECLINED, author_id=100_000 + u,
                                                               channel_id=CHANNELS[(u + round_) % len(CHANNELS)]))
        answered += len(burst) * PER_USER
        replies = fake.wait_count(is_reply_with_buttons, answered, timeout=120)
    return replies


def test_flood_of_declined_questions_stays_within_80_mb(fake: FakeDiscord, flood_bot: BotProcess) -> None:
    flood(fake, range(100), 0)  # every path warmed up
    rss_before = flood_bot.rss_mb()

    replies = flood(fake, range(100, USERS), 100 * PER_USER)
    rss_after = flood_bot.rss_mb()
    assert len(replies) == USERS * PER_USER
    labels = [c["label"] for c in replies[-1].body["components"][0]["components"]]
    assert labels == ["views of Our wonderful NHS", "who posted Our wonderful NHS", "when was Our wonderful NHS posted"]
    assert flood_bot.process.poll() is None
    print(f"\nmemory flood: {USERS * PER_USER} declined questions answered with buttons, "
          f"RSS {rss_before:.1f} -> {rss_after:.1f} MB")
    assert rss_after <= TARGET_MB, (rss_before, rss_after)
    assert "Traceback" not in flood_bot.log()


def test_a_burst_of_declined_questions_stays_within_80_mb(fake: FakeDiscord, flood_bot: BotProcess) -> None:
    # All 10,000 at once, faster than replies go out: each channel answers while it has fewer than ten
    # replies waiting, so the queue, and the memory it holds, stays bounded.
    marker_user = 99_999
    for round_ in range(PER_USER):
        for u in range(USERS):
            fake.dispatch("MESSAGE_CREATE", message_create(fake, DECLINED, author_id=200_000 + u,
                                                           channel_id=CHANNELS[(u + round_) % len(CHANNELS)]))
    marker = message_create(fake, "!source", author_id=marker_user, dm=True)
    fake.dispatch("MESSAGE_CREATE", marker)
    fake.wait_for(lambda r: r.path.endswith("/messages") and isinstance(r.body, dict)
                  and str((r.body.get("message_reference") or {}).get("message_id")) == marker["id"], timeout=300)
    rss = flood_bot.rss_mb()  # every question was looked at: the backlog is at its largest
    print(f"\nmemory burst: {USERS * PER_USER} declined questions at once, RSS {rss:.1f} MB")
    assert rss <= TARGET_MB
    assert flood_bot.process.poll() is None and "Traceback" not in flood_bot.log()
