"""End to end: a real `campaign-bot run` process against the local fake Discord.

The tests run in file order over one bot process; the reload test breaks the dataset, so it comes
late, and the last test stops the process with SIGTERM.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import yaml
from bot_process import SHIPPED_DATASET, BotProcess, bot_env, campaign_bot_command, write_config
from fake_discord import (
    APP_ID,
    BOT_ID,
    DM_CHANNEL,
    EVENT_TIMEOUT,
    GENERAL,
    GUILD_ID,
    NO_EMBEDS,
    OTHER_BOT_ID,
    OWNER_DM,
    OWNER_ID,
    TOKEN,
    FakeDiscord,
    Recorded,
    interaction_create,
    message_create,
)

from bot.dataset.loader import load_dataset

REPLY_TIMEOUT = EVENT_TIMEOUT


def ask(fake: FakeDiscord, content: str, **options: Any) -> Recorded:
    """Send a message as a user and return the bot's reply to it."""
    data = message_create(fake, content, **options)
    fake.dispatch("MESSAGE_CREATE", data)
    return fake.wait_for(lambda r: replies_to(r, data["id"]), REPLY_TIMEOUT)


def no_reply(fake: FakeDiscord, content: str, **options: Any) -> None:
    """Send a message and check the bot ignores it (a following question is answered, this one not)."""
    data = message_create(fake, content, **options)
    fake.dispatch("MESSAGE_CREATE", data)
    ask(fake, "!source")  # events are handled in order: once this is answered, the first was seen
    assert fake.replies_to(int(data["id"])) == []


def replies_to(request: Recorded, message_id: str) -> bool:
    """Whether a request is the bot's channel message in reply to this message."""
    if request.method != "POST" or not request.path.endswith("/messages") or not isinstance(request.body, dict):
        return False
    return (request.body.get("message_reference") or {}).get("message_id") in (message_id, int(message_id))


def embed_text(reply: Recorded) -> str:
    """All the text of a reply's embeds."""
    parts = []
    for embed in reply.body.get("embeds") or []:
        parts += [embed.get("title", ""), embed.get("description", ""), (embed.get("footer") or {}).get("text", "")]
        parts += [f"{f['name']}\n{f['value']}" for f in embed.get("fields", [])]
    return "\n".join(parts)


def assert_pings_no_one(body: dict[str, Any]) -> None:
    """allowed_mentions parses nothing and lists no user or role."""
    mentions = body["allowed_mentions"]
    assert mentions["parse"] == []
    assert not mentions.get("users") and not mentions.get("roles") and not mentions.get("replied_user")


def test_prefix_top_lists_the_ten_videos(fake: FakeDiscord, bot: BotProcess) -> None:
    reply = ask(fake, "!top")
    text = embed_text(reply)
    for video in load_dataset(SHIPPED_DATASET).videos:
        assert video.title in text
    assert "Our wonderful NHS" in text and "13,400,000" in text and "2,600,000" in text
    assert reply.path == f"/channels/{GENERAL}/messages"
    assert_pings_no_one(reply.body)
    assert len(reply.body.get("content") or "") <= 2000


def test_mention_compare_gets_an_embed(fake: FakeDiscord, bot: BotProcess) -> None:
    reply = ask(fake, f"<@{BOT_ID}> how did Labour compare?", channel_id=NO_EMBEDS, mention_bot=True)
    # Asked in the channel without Embed Links: plain text instead of an embed.
    assert not reply.body.get("embeds") and "86,000,000" in reply.body["content"]
    reply = ask(fake, f"<@{BOT_ID}> how did Labour compare?", mention_bot=True, channel_id=GENERAL)
    (embed,) = reply.body["embeds"]
    text = embed_text(reply)
    assert "86 million" in text and "25 million" in text
    assert embed["color"] == 0xE4003B and "12 December 2019" in embed["footer"]["text"]
    assert_pings_no_one(reply.body)


def test_plain_text_where_embeds_are_not_allowed(fake: FakeDiscord, bot: BotProcess) -> None:
    reply = ask(fake, "!top", channel_id=NO_EMBEDS)
    assert not reply.body.get("embeds")
    assert "Our wonderful NHS" in reply.body["content"] and len(reply.body["content"]) <= 2000
    assert_pings_no_one(reply.body)


def test_slash_video_gets_an_interaction_callback(fake: FakeDiscord, bot: BotProcess) -> None:
    data = interaction_create(fake, "video", {"video": "Our wonderful NHS"})
    fake.dispatch("INTERACTION_CREATE", data)
    callback = fake.wait_for(lambda r: r.path == f"/interactions/{data['id']}/interaction-token/callback",
                             REPLY_TIMEOUT)
    assert callback.method == "POST" and callback.body["type"] == 4  # a channel message
    message = callback.body["data"]
    text = "\n".join(e.get("title", "") + "\n" + e.get("description", "") for e in message["embeds"])
    assert "Our wonderful NHS" in text and "13,400,000" in text
    assert_pings_no_one(message)


def test_slash_video_autocomplete(fake: FakeDiscord, bot: BotProcess) -> None:
    data = interaction_create(fake, "video", {"video": "nhs"}, focused="video")
    fake.dispatch("INTERACTION_CREATE", data)
    callback = fake.wait_for(lambda r: r.path == f"/interactions/{data['id']}/interaction-token/callback",
                             REPLY_TIMEOUT)
    assert callback.body["type"] == 8  # autocomplete result
    choices = [c["name"] for c in callback.body["data"]["choices"]]
    assert choices and len(choices) <= 25 and "Our wonderful NHS" in choices


def test_owner_sync_registers_the_slash_commands(fake: FakeDiscord, bot: BotProcess) -> None:
    reply = ask(fake, "!sync", author_id=OWNER_ID)
    assert reply.body["content"].startswith("Synced 10 slash commands to the test guild")
    put = fake.wait_for(lambda r: r.method == "PUT" and r.path == f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands")
    commands = {c["name"]: c for c in put.body}
    assert sorted(commands) == ["ask", "bonus", "chart", "compare", "help", "retweets", "source", "summary", "top",
                                "video"]
    (n,) = commands["top"]["options"]
    assert (n["min_value"], n["max_value"], n["required"]) == (1, 10, False) and n["description"]
    (video,) = commands["video"]["options"]
    assert video["autocomplete"] and video["required"] and video["description"]
    assert all(c["description"] for c in put.body)


def test_answer_channel_answers_questions_and_ignores_chatter(fake: FakeDiscord, bot: BotProcess) -> None:
    reply = ask(fake, "how many views did the nhs video get?", channel_id=GENERAL)
    assert "13,400,000" in embed_text(reply)
    no_reply(fake, "anyone fancy lunch?", channel_id=GENERAL)
    no_reply(fake, "how did Labour compare?", channel_id=NO_EMBEDS)  # not an answer channel, no mention


CHATTER = Path(__file__).parents[1] / "data" / "batches" / "chatter.yaml"


def test_the_chatter_batch_gets_no_reply_in_an_answer_channel(fake: FakeDiscord, bot: BotProcess) -> None:
    lines = yaml.safe_load(CHATTER.read_text(encoding="utf-8"))
    assert len(lines) == 100
    sent = [message_create(fake, line, channel_id=GENERAL) for line in lines]
    for data in sent:
        fake.dispatch("MESSAGE_CREATE", data)
    ask(fake, "!source")  # events are handled in order: once this is answered, every line was seen
    replied = [data["content"] for data in sent if fake.replies_to(int(data["id"]))]
    assert replied == []
    # A question in the same channel is still answered, and a reply to the bot's answer is not a mention.
    answer = ask(fake, "and how many views did the gogglebox one get?", channel_id=GENERAL)
    assert "3,600,000" in embed_text(answer)
    talk = message_create(fake, "ha, told you it was the nurses one", channel_id=GENERAL, mention_bot=True)
    talk["type"] = 19  # a reply, which pings the author of the message replied to
    talk["referenced_message"] = answer.response
    talk["message_reference"] = {"message_id": answer.response["id"], "channel_id": str(GENERAL)}
    fake.dispatch("MESSAGE_CREATE", talk)
    ask(fake, "!source")
    assert fake.replies_to(int(talk["id"])) == []


def test_messages_from_bots_get_no_reply(fake: FakeDiscord, bot: BotProcess) -> None:
    no_reply(fake, "!top", author_id=OTHER_BOT_ID, bot=True)
    no_reply(fake, f"<@{BOT_ID}> how did Labour compare?", author_id=OTHER_BOT_ID, bot=True, mention_bot=True)


def test_dm_is_answered(fake: FakeDiscord, bot: BotProcess) -> None:
    reply = ask(fake, "what were the top 3 videos?", dm=True)
    assert reply.path == f"/channels/{DM_CHANNEL}/messages"
    assert "Our wonderful NHS" in embed_text(reply)
    reply = ask(fake, "what's for lunch?", dm=True)  # addressed directly: a brief reply with suggestions
    assert "You could ask" in embed_text(reply)


def test_owner_only_commands_refuse_others(fake: FakeDiscord, bot: BotProcess) -> None:
    reply = ask(fake, "!reload")
    assert reply.body["content"] == "Only the bot's owners can use that command."
    assert "sync" not in embed_text(ask(fake, "!help"))
    assert "!sync" in embed_text(ask(fake, "!help", author_id=OWNER_ID))


def test_reload_of_a_broken_dataset_keeps_the_old_data(fake: FakeDiscord, bot: BotProcess) -> None:
    text = bot.dataset_path.read_text(encoding="utf-8")
    bot.dataset_path.write_text(text.replace("views: 13400000", "views: lots"), encoding="utf-8")
    reply = ask(fake, "!reload", author_id=OWNER_ID)
    content = reply.body["content"]
    assert content == ("Reload failed: 1 error in labour-2019.yaml; still serving the previous data. "
                       "I sent you the errors in a DM.")  # the count and the file name only, in a channel
    assert_pings_no_one(reply.body)
    dm = fake.wait_for(lambda r: r.method == "POST" and r.path == f"/channels/{OWNER_DM}/messages")
    assert "labour-2019.yaml:" in dm.body["content"] and "videos[0].views" in dm.body["content"]
    assert len(dm.body["content"]) <= 2000
    assert_pings_no_one(dm.body)
    assert "13,400,000" in embed_text(ask(fake, "!top"))  # still the old data


def test_every_reply_pings_no_one(fake: FakeDiscord, bot: BotProcess) -> None:
    sent = [r for r in fake.requests if r.method == "POST" and isinstance(r.body, dict)
            and r.body.get("type") != 8  # autocomplete results carry no message
            and r.path != "/users/@me/channels"]  # opening a DM channel, no message either
    assert len(sent) >= 15  # every test above got at least one reply
    for request in sent:
        body = request.body["data"] if request.path.endswith("/callback") else request.body
        assert_pings_no_one(body)


def test_sigterm_stops_cleanly_and_the_token_is_never_logged(fake: FakeDiscord, bot: BotProcess) -> None:
    assert bot.stop() == 0
    log = bot.log()
    assert "Stopped" in log and "Traceback" not in log
    assert TOKEN not in log and TOKEN.split(".")[0] not in log
    assert re.search(r"answer via=prefix ref=\d+ intent=top answered=True latency_ms=", log)
    assert "how did Labour compare" not in log  # message text is not logged by default


# -- start-up failures: no connection needed for most -------------------------------------------------


def run_bot(args: list[str], cwd: Path, token: str | None) -> subprocess.CompletedProcess[str]:
    """Run `campaign-bot run ...` to completion."""
    return subprocess.run([*campaign_bot_command(), "run", *args], cwd=cwd, env=bot_env(token),
                          capture_output=True, text=True, timeout=30)


def test_missing_token_exits_2_with_one_clear_line(tmp_path: Path, fake: FakeDiscord) -> None:
    config = write_config(tmp_path, fake)
    result = run_bot(["--config", str(config)], tmp_path, None)
    assert result.returncode == 2
    assert "no bot token" in result.stderr and "discord.com/developers/applications" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_rejected_token_exits_2_without_showing_it(tmp_path: Path, fake: FakeDiscord) -> None:
    config = write_config(tmp_path, fake)
    wrong = "wrong-token.abcdefgh"
    result = run_bot(["--config", str(config)], tmp_path, wrong)
    assert result.returncode == 2
    assert "Discord rejected the bot token" in result.stderr and "discord.com/developers" in result.stderr
    assert wrong not in result.stderr + result.stdout


def test_bad_config_exits_2_naming_the_key(tmp_path: Path, fake: FakeDiscord) -> None:
    config = write_config(tmp_path, fake, cooldown_rate=0)
    result = run_bot(["--config", str(config)], tmp_path, TOKEN)
    assert result.returncode == 2 and "cooldown_rate" in result.stderr


def test_broken_dataset_at_start_exits_2(tmp_path: Path, fake: FakeDiscord) -> None:
    dataset = tmp_path / "data.yaml"
    dataset.write_text(SHIPPED_DATASET.read_text(encoding="utf-8").replace("rank: 2\n", "rank: two\n"),
                       encoding="utf-8")
    result = run_bot(["--config", str(write_config(tmp_path, fake)), "--data", str(dataset)], tmp_path, TOKEN)
    assert result.returncode == 2 and "rank" in result.stderr
