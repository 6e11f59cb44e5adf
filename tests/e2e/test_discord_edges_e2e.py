"""End to end, the way an owner runs the bot: commands addressed with a mention when the Message Content
intent is off, clearing slash commands, usage for bad counts, charts without matplotlib, and buttons
across a restart. Each test starts its own `campaign-bot run` against the module's fake Discord."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bot_process import BotProcess, start_bot
from fake_discord import (
    APP_ID,
    BOT_ID,
    GENERAL,
    GUILD_ID,
    OWNER_ID,
    FakeDiscord,
    Recorded,
    component_interaction,
    interaction_create,
    message_create,
)
from test_bot_e2e import ask, embed_text
from test_presentation_e2e import callback, components

from bot.discord_bot.present import NO_IMAGES
from bot.discord_bot.views import EXPIRED
from bot.render.chart import ENABLE_IMAGES

EPHEMERAL = 64
MENTION = f"<@{BOT_ID}> "


@contextmanager
def running(fake: FakeDiscord, directory: Path, **options: Any) -> Iterator[BotProcess]:
    """A fresh bot connected to the fake (identified), stopped with SIGTERM at the end."""
    before = fake.identified
    bot = start_bot(fake, directory, ready=lambda _bot: fake.wait_identified(after=before), **options)
    try:
        yield bot
    finally:
        bot.stop()


def mention(fake: FakeDiscord, text: str, **options: Any) -> Recorded:
    """Ask with the bot mentioned first, as Discord's client writes "@bot text"."""
    return ask(fake, MENTION + text, mention_bot=True, **options)


def puts(fake: FakeDiscord, path: str) -> list[Recorded]:
    """The command registrations (PUT) the bot made to this path so far."""
    return [r for r in fake.requests if r.method == "PUT" and r.path == path]


GLOBAL = f"/applications/{APP_ID}/commands"
TEST_GUILD = f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands"


def test_commands_addressed_with_a_mention_work_without_the_message_content_intent(
        fake: FakeDiscord, tmp_path: Path) -> None:
    with running(fake, tmp_path, message_content_intent=False) as bot:
        bot.wait_logged("commands addressed with a mention (@bot sync, @bot top 3)")
        synced = mention(fake, "sync", author_id=OWNER_ID)
        assert synced.body["content"] == f"Synced 10 slash commands to the test guild {GUILD_ID}."
        cleared = mention(fake, "!sync clear", author_id=OWNER_ID)  # the prefix after the mention works too
        assert cleared.body["content"].startswith(f"Removed the slash commands registered to the server {GUILD_ID}")
        assert puts(fake, TEST_GUILD)[-1].body == []

        top = mention(fake, "top 3")
        assert top.body["embeds"][0]["title"] == "The 3 most viewed campaign videos"
        # A question that starts with a command's name is still answered as a question, not with a usage.
        question = mention(fake, "top 5 videos by views")
        assert question.body["embeds"][0]["title"] == "The 5 most viewed campaign videos"
        assert mention(fake, "!reload").body["content"] == "Only the bot's owners can use that command."

        # Without the intent Discord sends no text for other messages in a server: "!top 3" cannot be seen.
        unseen = ask_no_reply(fake, "!top 3")
        assert fake.replies_to(unseen) == []
        assert "Our wonderful NHS" in embed_text(ask(fake, "!top 3", dm=True))  # DMs still carry their text


def ask_no_reply(fake: FakeDiscord, content: str) -> int:
    """Send a message the bot should not answer; once a later mention is answered, this one was seen."""
    data = message_create(fake, content)
    fake.dispatch("MESSAGE_CREATE", data)
    mention(fake, "source")  # events are handled in order
    return int(data["id"])


def test_owner_can_clear_guild_and_global_slash_commands(fake: FakeDiscord, tmp_path: Path) -> None:
    with running(fake, tmp_path):
        owner = {"author_id": OWNER_ID}
        assert ask(fake, "!sync global", **owner).body["content"].startswith("Synced 10 slash commands globally")
        assert len(puts(fake, GLOBAL)[-1].body) == 10
        assert ask(fake, "!sync", **owner).body["content"].startswith("Synced 10 slash commands to the test guild")
        # Both registered: Discord shows every command twice. Clearing the test guild's copies fixes it.
        reply = ask(fake, "!sync clear", **owner).body["content"]
        assert reply == (f"Removed the slash commands registered to the server {GUILD_ID}; "
                         "global commands, if any, stay.")
        assert puts(fake, TEST_GUILD)[-1].body == []
        reply = ask(fake, "!sync clear global", **owner).body["content"]
        assert reply.startswith("Removed the global slash commands") and "!sync global" in reply
        assert puts(fake, GLOBAL)[-1].body == []
        # The bot still knows its commands: syncing again registers all ten.
        assert ask(fake, "!sync global", **owner).body["content"].startswith("Synced 10 slash commands globally")
        assert len(puts(fake, GLOBAL)[-1].body) == 10
        assert ask(fake, "!sync everything", **owner).body["content"] == (
            "Usage: `!sync [global | clear | clear global]`")
        assert ask(fake, "!sync clear").body["content"] == "Only the bot's owners can use that command."
        assert "!sync clear" in embed_text(ask(fake, "!help", **owner))


def test_top_with_a_bad_count_answers_with_the_usage(fake: FakeDiscord, tmp_path: Path) -> None:
    with running(fake, tmp_path):
        for command in ("!top abc", "!top -3", "!top 0", "!top 3 please"):
            reply = ask(fake, command)
            assert reply.body["content"] == "Usage: `!top [n]`", command
        assert ask(fake, "!top 3").body["embeds"][0]["title"] == "The 3 most viewed campaign videos"
        # In an answer channel, in plain words: the same usage, not the top ten.
        plain = ask(fake, "top -3", channel_id=GENERAL)
        assert plain.body["embeds"][0]["title"] == r"Usage: !top \[n\]"  # markdown escaped: Discord shows [n]
        assert "Our wonderful NHS" not in embed_text(plain)


def test_without_matplotlib_only_owners_see_how_to_install_charts(fake: FakeDiscord, tmp_path: Path) -> None:
    # `import matplotlib` fails in the bot, as on an install without the charts extra.
    blocker = tmp_path / "no-matplotlib"
    blocker.mkdir()
    (blocker / "matplotlib.py").write_text("raise ImportError('No module named matplotlib')\n", encoding="utf-8")
    with running(fake, tmp_path, env={"PYTHONPATH": str(blocker)}) as bot:
        user = ask(fake, "!chart").body["content"]
        assert "Our wonderful NHS" in user and NO_IMAGES in user
        assert "pip" not in user and "install" not in user
        owner = ask(fake, "!chart", author_id=OWNER_ID).body["content"]
        assert NO_IMAGES in owner and "pip install '.[charts]'" in owner
        bot.wait_logged(ENABLE_IMAGES)
        assert bot.log().count("matplotlib is not installed") == 1


def test_buttons_are_removed_at_shutdown_and_old_ones_get_a_private_note(fake: FakeDiscord, tmp_path: Path) -> None:
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    with running(fake, tmp_path / "first") as bot:
        declined = ask(fake, "how many youtube views did the nhs video get?", channel_id=GENERAL)
        bot.wait_logged("answer via=")  # logged once the buttons listen
        buttons = components(declined.body)
        assert [b["label"] for b in buttons][:1] == ["views of Our wonderful NHS"]  # about the named video
        expired = declined.response | {"id": str(fake.new_id())}
        note = callback(fake, component_interaction(fake, expired, buttons[0]["custom_id"]))  # a message it never sent
        assert note.body["type"] == 4 and note.body["data"]["content"] == EXPIRED
        assert note.body["data"]["flags"] == EPHEMERAL and note.body["data"]["allowed_mentions"] == {"parse": []}
        assert bot.stop() == 0
    message_id = declined.response["id"]
    path = f"/channels/{GENERAL}/messages/{message_id}"
    (edit,) = [r for r in fake.requests if r.method == "PATCH" and r.path == path]
    assert edit.body["components"] == []  # the buttons went before the bot stopped
    assert "Removed the buttons of 1 of 1 replies with live buttons before stopping" in bot.log()

    with running(fake, tmp_path / "second"):  # after a restart, a click that still reaches the old message
        note = callback(fake, component_interaction(fake, declined.response, buttons[1]["custom_id"]))
        assert note.body["data"]["content"] == EXPIRED and note.body["data"]["flags"] == EPHEMERAL


def test_a_channel_whose_replies_are_backlogged_gets_no_more_until_they_are_sent(
        fake: FakeDiscord, tmp_path: Path) -> None:
    with running(fake, tmp_path) as bot:
        fake.hold(GENERAL)  # Discord answers none of the bot's messages there for now
        flood = [message_create(fake, "!top 3", author_id=500 + k) for k in range(15)]
        for data in flood:
            fake.dispatch("MESSAGE_CREATE", data)
        ask(fake, "!source", dm=True)  # handled after all 15 were looked at
        bot.wait_logged(f"Channel {GENERAL} has 10 replies waiting for Discord's rate limit")
        fake.release(GENERAL)
        ids = {int(data["id"]) for data in flood}
        fake.wait_count(lambda r: r.method == "POST" and isinstance(r.body, dict)
                        and int((r.body.get("message_reference") or {}).get("message_id", 0)) in ids, 10)
        # Once sent, the channel is answered again, after the ten replies queued before it.
        assert "Our wonderful NHS" in embed_text(ask(fake, "!top 3"))
        assert sum(len(fake.replies_to(int(data["id"]))) for data in flood) == 10
        bot.wait_logged(f"Channel {GENERAL} caught up; 5 question(s) there went unanswered meanwhile")


def test_buttons_on_a_slash_reply_are_live_and_not_taken_for_expired(fake: FakeDiscord, tmp_path: Path) -> None:
    with running(fake, tmp_path) as bot:
        seen = len(fake.requests)
        data = interaction_create(fake, "ask", {"question": "how many youtube views did the nhs video get?"})
        reply = callback(fake, data)
        bot.wait_logged("answer via=slash")  # logged once the buttons listen
        message = reply.response["resource"]["message"]
        (first, *_rest) = components(reply.body["data"])
        answered = callback(fake, component_interaction(fake, message, first["custom_id"]))
        assert answered.body["type"] == 7  # the reply itself now shows the answer
        assert answered.body["data"]["embeds"][0]["title"] == "Our wonderful NHS"  # "views of Our wonderful NHS"
        assert [r for r in fake.requests[seen:] if EXPIRED in str(r.body)] == []
