"""Privacy end to end: what owner commands show in a channel, what they send privately, what the log keeps.

A real `campaign-bot run` (DEBUG, a log file, the declined-questions log) against the fake Discord, which the
bot also joins a second server of. Declined questions come from a DM, the other server and this one; then
`!unanswered` and `!reload` errors must show no DM text, other server's text, file contents or absolute paths
in a channel. The tests run in file order over one bot process.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from bot_process import SHIPPED_DATASET, BotProcess, start_bot
from fake_discord import (
    BOT_ID,
    GENERAL,
    OTHER_GUILD_CHANNEL,
    OTHER_GUILD_ID,
    OWNER_DM,
    OWNER_ID,
    FakeDiscord,
    Recorded,
    guild_create,
    message_create,
)

REPLY_TIMEOUT = 10.0
SUPPRESS_EMBEDS = 1 << 2
DM_SECRET = "kiwi-dm-secret"
OTHER_SECRET = "otherguild-secret"
PHISH = "https://phish.example/login"
FILE_SECRET = "sekrit-token-value"
DECLINED = "how many likes did the nhs video get?"


@pytest.fixture(scope="module")
def private_bot(fake: FakeDiscord, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    """A bot at DEBUG with a log file (payload traces not asked for) and the declined-questions log.

    The dataset is outside the bot's working directory, so its errors would name it by its absolute path.
    """
    dataset = tmp_path_factory.mktemp("data") / "labour-2019.yaml"
    shutil.copyfile(SHIPPED_DATASET, dataset)
    running = start_bot(fake, tmp_path_factory.mktemp("privacy"), dataset, log_level="DEBUG",
                        log_file="bot-file.log", declined_log="declined.jsonl")
    yield running
    running.stop()


def wait_until(condition: Callable[[], bool], what: str, timeout: float = REPLY_TIMEOUT) -> None:
    """Wait for a condition on what the bot wrote (checked on each poll, failing after timeout)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        time.sleep(0.02)


def send(fake: FakeDiscord, content: str, **options: Any) -> tuple[Recorded, set[int]]:
    """Send a message; its reply, and the requests recorded before it (to find what the bot sent after)."""
    before = {id(r) for r in fake.requests}
    data = message_create(fake, content, **options)
    fake.dispatch("MESSAGE_CREATE", data)
    reply = fake.wait_for(lambda r: r.method == "POST" and isinstance(r.body, dict) and str(
        (r.body.get("message_reference") or {}).get("message_id")) == data["id"], REPLY_TIMEOUT)
    return reply, before


def dm_to_owner(fake: FakeDiscord, before: set[int]) -> Recorded:
    """The message the bot sent to the owner's DM channel after `before`."""
    return fake.wait_for(lambda r: id(r) not in before and r.method == "POST"
                         and r.path == f"/channels/{OWNER_DM}/messages", REPLY_TIMEOUT)


def declined_lines(bot: BotProcess) -> int:
    """How many declined questions the bot has logged."""
    path = bot.log_path.parent / "declined.jsonl"
    return len(path.read_text(encoding="utf-8").splitlines()) if path.exists() else 0


def assert_private(body: dict[str, Any]) -> None:
    """Pings no one and shows no link preview."""
    assert body["allowed_mentions"]["parse"] == [] and body.get("flags", 0) & SUPPRESS_EMBEDS


def test_declined_questions_from_a_dm_another_server_and_this_one(fake: FakeDiscord,
                                                                  private_bot: BotProcess) -> None:
    send(fake, f"{DECLINED} asks {DM_SECRET}", dm=True)
    fake.dispatch("GUILD_CREATE", guild_create(OTHER_GUILD_ID))  # the bot joins a second server
    send(fake, f"<@{BOT_ID}> {DECLINED} {OTHER_SECRET}", channel_id=OTHER_GUILD_CHANNEL, mention_bot=True)
    for _ in range(2):
        send(fake, f"{DECLINED} see {PHISH}")  # #general is an answer channel
    wait_until(lambda: declined_lines(private_bot) == 4, "four declined questions logged")
    lines = (private_bot.log_path.parent / "declined.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line).get("guild") for line in lines] == [None, OTHER_GUILD_ID, 3000, 3000]


def test_unanswered_in_a_channel_shows_nothing_there_and_dms_this_servers_questions(
        fake: FakeDiscord, private_bot: BotProcess) -> None:
    reply, before = send(fake, "!unanswered", author_id=OWNER_ID)
    content = reply.body["content"]
    assert reply.path == f"/channels/{GENERAL}/messages"
    assert content == "I sent you the most frequent declined questions from this server in a DM."
    dm = dm_to_owner(fake, before)
    text = dm.body["content"]
    assert f"2× {DECLINED} see {PHISH}" in text
    assert text.index("```") < text.index(PHISH) < text.rindex("```")  # in a code block: the link is not live
    assert DM_SECRET not in text and OTHER_SECRET not in text
    assert_private(dm.body)


def test_unanswered_in_a_dm_lists_every_server_and_dm(fake: FakeDiscord, private_bot: BotProcess) -> None:
    reply, _ = send(fake, "!unanswered", author_id=OWNER_ID, dm=True)
    assert reply.path == f"/channels/{OWNER_DM}/messages"
    text = reply.body["content"]
    assert DM_SECRET in text and OTHER_SECRET in text and f"2× {DECLINED} see {PHISH}" in text
    assert_private(reply.body)


def reload_in_channel(fake: FakeDiscord, bot: BotProcess) -> tuple[str, str]:
    """`!reload` by the owner in #general: the channel reply and the DM with the errors."""
    reply, before = send(fake, "!reload", author_id=OWNER_ID)
    channel = reply.body["content"]
    assert reply.path == f"/channels/{GENERAL}/messages"
    for private in (FILE_SECRET, "lots", "views", "symbolic", str(bot.dataset_path.parent), "/tmp"):
        assert private not in channel, private
    dm = dm_to_owner(fake, before)
    assert_private(dm.body)
    return channel, dm.body["content"]


def test_reload_errors_show_the_count_and_file_name_in_a_channel_and_the_errors_privately(
        fake: FakeDiscord, private_bot: BotProcess) -> None:
    dataset = private_bot.dataset_path
    directory = dataset.parent
    secret = directory / "secrets.env"
    secret.write_text(f"DISCORD_TOKEN={FILE_SECRET}\nroot:$6${FILE_SECRET}:19000:0:99999:7:::\n", encoding="utf-8")
    original = dataset.read_text(encoding="utf-8")
    try:
        # The dataset swapped for a link to a secrets file: refused without reading it.
        dataset.unlink()
        dataset.symlink_to(secret)
        channel, dm = reload_in_channel(fake, private_bot)
        assert channel == ("Reload failed: 1 error in labour-2019.yaml; still serving the previous data. "
                           "I sent you the errors in a DM.")
        assert "labour-2019.yaml: is a symbolic link" in dm and FILE_SECRET not in dm and str(directory) not in dm

        # A copy of it, as a regular file: refused without quoting it.
        dataset.unlink()
        shutil.copyfile(secret, dataset)
        channel, dm = reload_in_channel(fake, private_bot)
        assert "labour-2019.yaml" in channel and "error" in channel
        assert "labour-2019.yaml:" in dm and FILE_SECRET not in dm and str(directory) not in dm

        # A dataset with a wrong figure: the field and line privately, the count in the channel.
        dataset.write_text(original.replace("views: 13400000", "views: lots"), encoding="utf-8")
        channel, dm = reload_in_channel(fake, private_bot)
        assert channel.startswith("Reload failed: 1 error in labour-2019.yaml;")
        assert "labour-2019.yaml:" in dm and "videos[0].views: expected a whole number" in dm
        assert str(directory) not in dm
        reply, _ = send(fake, "!top")
        assert "13,400,000" in str(reply.body)  # still the old data
    finally:
        dataset.unlink(missing_ok=True)
        shutil.copyfile(SHIPPED_DATASET, dataset)
    reply, _ = send(fake, "!reload", author_id=OWNER_ID)
    assert reply.body["content"].startswith("Reloaded labour-2019.yaml: 10 videos")


def test_debug_log_file_is_private_and_holds_no_message_text(fake: FakeDiscord, private_bot: BotProcess) -> None:
    directory = private_bot.log_path.parent
    log_file = directory / "bot-file.log"
    assert oct(log_file.stat().st_mode & 0o777) == "0o600"
    for path in (log_file, private_bot.log_path):  # the file, and stderr
        text = path.read_text(encoding="utf-8", errors="replace")
        assert "DEBUG" in text and "answer via=dm" in text  # DEBUG logging, and our own lines, are there
        for private in (DM_SECRET, OTHER_SECRET, PHISH, FILE_SECRET, "WebSocket Event"):
            assert private not in text, (path.name, private)
