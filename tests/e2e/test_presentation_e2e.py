"""End to end: charts, pages, menus and buttons of a real `campaign-bot run` against the local fake Discord.

The bot serves the shipped dataset plus four Conservative videos, so the full list (14) is longer than
one page. Components are used by sending INTERACTION_CREATE events through the fake gateway.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from bot_process import SHIPPED_DATASET, BotProcess, start_bot
from fake_discord import (
    APP_ID,
    GENERAL,
    NO_EMBEDS,
    FakeDiscord,
    Recorded,
    component_interaction,
    interaction_create,
    message_create,
)
from test_bot_e2e import REPLY_TIMEOUT, ask, assert_pings_no_one, embed_text, replies_to

from bot.discord_bot.views import NOT_YOURS

OTHER_USER = 77
EPHEMERAL = 64
SUPPRESS_EMBEDS = 4
EXTRA_VIDEOS = [("Get Brexit done", 2_000_000), ("Boris on the bus", 1_500_000),
                ("Fix social care", 1_200_000), ("Levelling up the north", 900_000)]


@pytest.fixture(scope="module")
def bot(fake: FakeDiscord, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    """The bot over a 14-video dataset (the shipped ten and four of the Conservatives')."""
    directory = tmp_path_factory.mktemp("bot")
    data = yaml.safe_load(SHIPPED_DATASET.read_text(encoding="utf-8"))
    data["videos"] += [{"rank": i, "title": title, "party": "conservatives", "views": views}
                       for i, (title, views) in enumerate(EXTRA_VIDEOS, 1)]
    dataset = directory / "data.yaml"
    dataset.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    # Once identified, the bot has the guild and answers; "Connected as" (on_ready) would come only after
    # discord.py's 2 s wait for further guilds, which these tests do not need.
    running = start_bot(fake, directory, dataset, ready=lambda _bot: fake.wait_identified(),
                        log_message_text=True)
    try:
        yield running
    finally:
        running.stop()


def ask_settled(fake: FakeDiscord, bot: BotProcess, content: str, **options: Any) -> Recorded:
    """Ask, and wait until the bot has finished with the reply: its view listens only after the send returns.

    The bot logs its answer line, naming the question's id, once the view is stored; waiting for that
    line (not for any new answer line, which a previous test's click may still be writing) orders the
    click after it.
    """
    data = message_create(fake, content, **options)
    fake.dispatch("MESSAGE_CREATE", data)
    reply = fake.wait_for(lambda r: replies_to(r, data["id"]), REPLY_TIMEOUT)
    bot.wait_logged(f"ref={data['id']} ", REPLY_TIMEOUT)
    return reply


def callback(fake: FakeDiscord, data: dict[str, Any]) -> Recorded:
    """Dispatch an interaction and return the bot's callback to it."""
    fake.dispatch("INTERACTION_CREATE", data)
    return fake.wait_for(lambda r: r.path == f"/interactions/{data['id']}/{data['token']}/callback", REPLY_TIMEOUT)


def components(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The buttons and menus of a message body, flattened out of their action rows."""
    return [c for row in body.get("components") or [] for c in row["components"]]


def test_long_list_pages_turn_for_the_asker_only(fake: FakeDiscord, bot: BotProcess) -> None:
    reply = ask_settled(fake, bot, "!top")
    (embed,) = reply.body["embeds"]
    assert embed["footer"]["text"].endswith("page 1 of 2")
    assert "Our wonderful NHS" in embed["description"] and "Levelling up" not in embed["description"]
    assert "` 1 ████████ 13,400,000` Our wonderful NHS" in embed["description"]  # bar, right-aligned count
    previous, following = components(reply.body)
    assert (previous["label"], previous.get("disabled"), following["label"]) == ("Previous", True, "Next")

    refused = callback(fake, component_interaction(fake, reply.response, following["custom_id"],
                                                   user_id=OTHER_USER))
    assert refused.body["type"] == 4 and refused.body["data"]["flags"] == EPHEMERAL
    assert refused.body["data"]["content"] == NOT_YOURS

    turned = callback(fake, component_interaction(fake, reply.response, following["custom_id"]))
    assert turned.body["type"] == 7  # the message itself is updated
    (page2,) = turned.body["data"]["embeds"]
    assert "Levelling up the north" in page2["description"] and "Our wonderful NHS" not in page2["description"]
    assert page2["footer"]["text"].endswith("page 2 of 2")
    previous, following = components(turned.body["data"])
    assert not previous.get("disabled") and following.get("disabled")
    assert_pings_no_one(turned.body["data"])


def test_chart_attaches_a_png_to_an_embed(fake: FakeDiscord, bot: BotProcess) -> None:
    reply = ask(fake, "!chart")
    (upload,) = reply.files
    assert upload.filename == "campaign-views.png" and upload.data[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"The 10 most viewed campaign videos" in upload.data  # the title in the PNG's metadata
    (embed,) = reply.body["embeds"]
    assert embed["image"]["url"] == "attachment://campaign-views.png"
    assert embed["title"] == "The 10 most viewed campaign videos" and "12 December 2019" in embed["footer"]["text"]
    assert_pings_no_one(reply.body)


def test_slash_chart_defers_then_follows_up_with_the_image(fake: FakeDiscord, bot: BotProcess) -> None:
    data = interaction_create(fake, "chart", {"metric": "parties"})
    assert callback(fake, data).body["type"] == 5  # deferred: drawing may take a moment
    followup = fake.wait_for(lambda r: r.method == "POST" and r.path.startswith(f"/webhooks/{APP_ID}/")
                             and bool(r.files), REPLY_TIMEOUT)
    (upload,) = followup.files
    assert upload.filename == "campaign-parties.png" and b"Labour vs Conservatives" in upload.data
    assert followup.body["embeds"][0]["title"] == "Labour vs Conservatives"


def test_ambiguous_video_offers_a_menu_and_links_the_video(fake: FakeDiscord, bot: BotProcess) -> None:
    reply = ask_settled(fake, bot, "how many views did the NHS video get?", channel_id=GENERAL)
    (embed,) = reply.body["embeds"]
    assert embed["title"] == "Our wonderful NHS" and embed["url"] == "https://pic.twitter.com/VNzKPYGgq2"
    assert embed["author"] == {"name": "@robdelaney", "url": "https://twitter.com/robdelaney"}
    (posted,) = [f for f in embed["fields"] if f["name"] == "Posted"]
    assert posted["value"] == "<t:1574510400:D>"  # 23 November 2019, noon UTC
    (menu,) = components(reply.body)
    labels = [o["label"] for o in menu["options"]]
    assert labels == ["Our wonderful NHS", "Jessi on the value of our NHS"]

    chosen = callback(fake, component_interaction(fake, reply.response, menu["custom_id"], values=["1"]))
    assert chosen.body["type"] == 7
    assert chosen.body["data"]["embeds"][0]["title"] == "Jessi on the value of our NHS"
    (menu,) = components(chosen.body["data"])  # the menu stays, showing the choice
    assert [o.get("default", False) for o in menu["options"]] == [False, True]


def test_refusal_buttons_ask_the_suggested_question(fake: FakeDiscord, bot: BotProcess) -> None:
    reply = ask_settled(fake, bot, "how many youtube views did the nhs video get?", channel_id=GENERAL)
    assert "I don't have YouTube figures" in embed_text(reply)
    buttons = components(reply.body)
    # The suggestions are about the video the question named.
    assert [b["label"] for b in buttons] == ["views of Our wonderful NHS", "who posted Our wonderful NHS",
                                             "when was Our wonderful NHS posted"]
    answered = callback(fake, component_interaction(fake, reply.response, buttons[1]["custom_id"]))
    assert answered.body["type"] == 7
    assert answered.body["data"]["embeds"][0]["title"] == "Our wonderful NHS"
    assert "Rob Delaney" in str(answered.body["data"]["embeds"][0])
    assert components(answered.body["data"]) == []  # the buttons went with the refusal


def test_plain_text_reply_suppresses_link_previews(fake: FakeDiscord, bot: BotProcess) -> None:
    reply = ask(fake, "!video 1", channel_id=NO_EMBEDS)
    assert "https://pic.twitter.com/VNzKPYGgq2" in reply.body["content"] and not reply.body.get("embeds")
    assert reply.body["flags"] & SUPPRESS_EMBEDS
