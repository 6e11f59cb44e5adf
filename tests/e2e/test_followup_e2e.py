"""End to end: follow-up questions through the fake Discord and the real discord.py client.

The bot runs in this process (its own event loop in a thread) rather than as `campaign-bot run`, so
that the test can move the conversations' clock by hand: the expiry is tested without waiting ten
minutes, and without sleeping at all.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import discord
import pytest
from bot_process import SHIPPED_DATASET, write_config
from fake_discord import BOT_ID, EVENT_TIMEOUT, GENERAL, TOKEN, USER_ID, FakeDiscord, Recorded, interaction_create
from fake_discord import message_create as _message_create

from bot.config import load_settings
from bot.discord_bot.client import CampaignBot, apply_endpoints, create_bot
from bot.discord_bot.run import build_engine

OTHER_USER = 77


class Clock:
    """The conversations' clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def live(fake: FakeDiscord, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CampaignBot, Clock]]:
    """A bot connected to the fake, in a thread of this process, with a clock the test moves."""
    directory: Path = tmp_path_factory.mktemp("followup")
    dataset = directory / "labour-2019.yaml"
    shutil.copyfile(SHIPPED_DATASET, dataset)
    settings = load_settings(str(write_config(directory, fake, data_path=str(dataset))), {"DISCORD_TOKEN": TOKEN})
    # discord.py keeps its endpoints in class attributes: restored afterwards for the rest of the session.
    saved = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    apply_endpoints(settings)
    bot = create_bot(settings, build_engine)
    assert isinstance(bot, CampaignBot) and bot.conversations is not None
    clock = Clock()
    bot.conversations.clock = clock
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True, name="followup-bot")
    thread.start()
    running = asyncio.run_coroutine_threadsafe(bot.start(TOKEN), loop)
    try:
        asyncio.run_coroutine_threadsafe(bot.wait_until_ready(), loop).result(EVENT_TIMEOUT)
        yield bot, clock
    finally:
        asyncio.run_coroutine_threadsafe(bot.close(), loop).result(EVENT_TIMEOUT)
        running.result(EVENT_TIMEOUT)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(EVENT_TIMEOUT)
        discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = saved


def ask(fake: FakeDiscord, content: str, user: int, *, mention: bool = False) -> str:
    """A user's message in #general (an answer channel); the bot's reply to it, as JSON text."""
    data = _message_create(fake, f"<@{BOT_ID}> {content}" if mention else content, author_id=user,
                           channel_id=GENERAL, mention_bot=mention)
    fake.dispatch("MESSAGE_CREATE", data)
    reply = fake.wait_for(lambda r: _replies_to(r, data["id"]))
    return json.dumps(reply.body, ensure_ascii=False)


def _replies_to(request: Recorded, message_id: str) -> bool:
    if request.method != "POST" or not request.path.endswith("/messages") or not isinstance(request.body, dict):
        return False
    return (request.body.get("message_reference") or {}).get("message_id") in (message_id, int(message_id))


def title(reply: str) -> Any:
    """The embed title of a reply (every stats reply in #general is an embed)."""
    return json.loads(reply)["embeds"][0]["title"]


def test_two_users_interleave_follow_ups_in_one_channel(fake: FakeDiscord, live: tuple[CampaignBot, Clock]) -> None:
    assert "Our wonderful NHS" in ask(fake, "most viewed video?", USER_ID)
    assert "Jeremy Corbyn’s friend Jayne" in ask(fake, "least viewed video?", OTHER_USER)
    mine = ask(fake, "who posted it?", USER_ID)
    theirs = ask(fake, "who posted it?", OTHER_USER)
    assert title(mine) == "Our wonderful NHS" and "Rob Delaney" in mine
    assert title(theirs) == "Jeremy Corbyn’s friend Jayne" and "Rob Delaney" not in theirs
    # "the second" counts in each user's own order: most viewed for one, least viewed for the other.
    assert title(ask(fake, "and the second?", OTHER_USER)) == "Jessi on the value of our NHS"
    assert title(ask(fake, "and the second?", USER_ID)) == "If you’re not sure who to vote for, watch this."


def test_dms_and_prefix_ask_keep_their_own_conversations(fake: FakeDiscord, live: tuple[CampaignBot, Clock]) -> None:
    dm = _message_create(fake, "how many views did the gogglebox one get", author_id=USER_ID, dm=True)
    fake.dispatch("MESSAGE_CREATE", dm)
    fake.wait_for(lambda r: _replies_to(r, dm["id"]))
    ask(fake, "which video was number 7?", USER_ID)  # #general: another conversation of the same user
    follow = _message_create(fake, "when was it posted?", author_id=USER_ID, dm=True)
    fake.dispatch("MESSAGE_CREATE", follow)
    in_dm = json.dumps(fake.wait_for(lambda r: _replies_to(r, follow["id"])).body, ensure_ascii=False)
    assert "Gogglebox reacts to nurses pledge" in in_dm and "Nicky Morgan" not in in_dm
    assert title(ask(fake, "!ask who tweeted that one?", USER_ID)) == "Nicky Morgan on Good Morning Britain"


def test_slash_ask_follows_up_the_same_conversation(fake: FakeDiscord, live: tuple[CampaignBot, Clock]) -> None:
    ask(fake, "top 3 videos?", USER_ID)  # slash commands come from USER_ID in #general too
    data = interaction_create(fake, "ask", {"question": "show the rest"})
    fake.dispatch("INTERACTION_CREATE", data)
    callback = fake.wait_for(lambda r: r.path == f"/interactions/{data['id']}/interaction-token/callback")
    body = json.dumps(callback.body, ensure_ascii=False)
    assert "The rest of the list: #4–#10" in body and "Gogglebox" in body and "Our wonderful NHS" not in body


def test_a_follow_up_after_the_silence_has_no_context(fake: FakeDiscord, live: tuple[CampaignBot, Clock]) -> None:
    bot, clock = live
    ask(fake, "how many views did the jessi video get?", USER_ID)
    clock.now += 9 * 60  # within the ten minutes: still the Jessi video
    assert title(ask(fake, "when was it posted?", USER_ID)) == "Jessi on the value of our NHS"
    clock.now += bot.settings.conversation_minutes * 60 + 1
    # In the open channel a stray "it" with nothing before it is left alone; asked directly, the bot asks which.
    stray = _message_create(fake, "who posted it?", author_id=USER_ID, channel_id=GENERAL)
    fake.dispatch("MESSAGE_CREATE", stray)
    expired = ask(fake, "who posted it?", USER_ID, mention=True)  # events are handled in order
    assert fake.replies_to(int(stray["id"])) == []
    assert "Which video?" in expired and "Jessi" not in expired and "Our wonderful NHS" in expired
