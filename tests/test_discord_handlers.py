"""Unit tests of the Discord layer's handlers with fake messages, contexts and engine: no network."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import discord
import pytest
from discord.ext import commands

from bot.config import Settings
from bot.dataset.loader import DatasetError, load_dataset
from bot.dataset.schema import Dataset
from bot.discord_bot.client import (
    CampaignBot,
    active_modes,
    apply_endpoints,
    create_bot,
    make_intents,
)
from bot.discord_bot.cogs.admin import reload_failure
from bot.discord_bot.cogs.stats import Stats, strip_mention
from bot.discord_bot.replies import CONTENT_LIMIT, GENERIC_ERROR
from bot.discord_bot.throttle import Throttle, Throttled, Verdict
from bot.engine.answer import Answer, Row

BOT_ID = 1000
OWNER_ID = 7
USER_ID = 42
OPEN_CHANNEL = 500  # a configured answer channel
OTHER_CHANNEL = 600
TITLES = [f"Video number {i}" for i in range(1, 41)]


class FakeEngine:
    """Answers like the real engine in shape, from canned data; records every call."""

    video_count = 10

    def __init__(self, fail: bool = False) -> None:
        self.calls: list[tuple[str, ...]] = []
        self.fail = fail

    def answer(self, text: str) -> Answer:
        self.calls.append(("answer", text))
        if self.fail:
            raise RuntimeError("engine exploded")
        if "compare" in text:
            return Answer("compare", True, "Labour vs the Conservatives",
                          ("Labour: over 86,000,000 views; Conservatives: around 25,000,000",),
                          source="Labour's claims, 12 December 2019", party="labour")
        if "likes" in text:
            return Answer("lookup", False, "Not in the data", ("I only have views.",),
                          suggestions=("top videos", "compare", "retweets"))
        if "echo" in text:
            return Answer("lookup", False, f"No video called {text}", ())
        if "long" in text:
            return Answer("top", True, "Long", tuple("x" * 100 for _ in range(100)))
        return Answer("not_understood", False, "I did not understand that",
                      suggestions=("!top", "!compare", "!help", "!source"))

    def answer_if_asked(self, text: str) -> Answer | None:
        """As the real engine in an open channel: a question mark or a command marks a question."""
        return self.answer(text) if "?" in text or text.startswith("!") else None

    def converse(self, text: str, context: Any, *, open_channel: bool = False) -> tuple[Answer | None, Any]:
        """As the real engine's, without follow-ups: the answer on its own, the context unchanged."""
        return (self.answer_if_asked(text) if open_channel else self.answer(text)), context

    def context_after(self, text: str, answer: Answer, context: Any) -> Any:
        return context

    def command(self, name: str, arg: str = "") -> Answer:
        self.calls.append(("command", name, arg))
        rows = (Row(1, "Our wonderful NHS", 13_400_000, "labour"),) if name == "top" else ()
        return Answer(name, True, f"{name} {arg}".strip(), (f"Answer for {name}",), rows=rows)

    def complete_video(self, prefix: str, limit: int = 25) -> list[str]:
        return [t for t in TITLES if prefix.lower() in t.lower()][:limit]


@dataclass
class Recorder:
    """Collects the keyword arguments of every send/reply."""

    sent: list[dict[str, Any]] = field(default_factory=list)

    async def __call__(self, content: str | None = None, **kwargs: Any) -> None:
        if content is not None:
            kwargs["content"] = content
        self.sent.append(kwargs)


def perms(embed_links: bool = True) -> discord.Permissions:
    """Channel permissions with or without Embed Links."""
    return discord.Permissions(send_messages=True, embed_links=embed_links)


def fake_message(content: str, *, channel: int = OTHER_CHANNEL, dm: bool = False, mention: bool = False,
                 author: int = USER_ID, bot: bool = False, webhook: int | None = None,
                 embed_links: bool = True) -> Any:
    """A stand-in for discord.Message with what the handlers read, and a recording `reply`."""
    guild = None if dm else SimpleNamespace(id=1, me=SimpleNamespace(id=BOT_ID))
    replies = Recorder()  # replies are sent to the channel with a reference to the message
    if mention and f"<@{BOT_ID}>" not in content:
        content = f"<@{BOT_ID}> {content}"  # a mention is in the text, as Discord sends it
    return SimpleNamespace(
        id=99, content=content, guild=guild, webhook_id=webhook, type=discord.MessageType.default,
        author=SimpleNamespace(id=author, bot=bot),
        channel=SimpleNamespace(id=channel, permissions_for=lambda _m: perms(embed_links), send=replies),
        mentions=[SimpleNamespace(id=BOT_ID)] if mention else [],
        reply=replies, to_reference=lambda **options: SimpleNamespace(message_id=99, **options),
    )


def fake_ctx(author: int = USER_ID, *, embed_links: bool = True, interaction: Any = None, dm: bool = False) -> Any:
    """A stand-in for commands.Context, in server 1 (or a DM); `author.send` records what is sent to a DM."""
    recorder = Recorder()
    return SimpleNamespace(
        author=SimpleNamespace(id=author, send=Recorder()), guild=None if dm else SimpleNamespace(id=1, name="Fans"),
        channel=SimpleNamespace(id=OTHER_CHANNEL), interaction=interaction,
        bot_permissions=perms(embed_links), reply=recorder, send=recorder,
        message=SimpleNamespace(id=5), command=None, prefix="!", invoked_with="cmd",
    )


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    """The shipped dataset, for party colours."""
    return load_dataset(None)


async def make_bot(dataset: Dataset, engine: FakeEngine | None = None, **overrides: Any) -> CampaignBot:
    """A bot that never connects, over a fake engine, with both cogs loaded."""
    options: dict[str, Any] = {"answer_channels": (OPEN_CHANNEL,), "owner_ids": (OWNER_ID,),
                               "cooldown_rate": 3, "cooldown_per": 30.0} | overrides
    fake = engine or FakeEngine()
    bot = create_bot(Settings(token="x", **options), lambda _path: (dataset, fake))  # type: ignore[arg-type]
    assert isinstance(bot, CampaignBot)
    bot._connection.user = SimpleNamespace(id=BOT_ID)  # type: ignore[assignment]
    await bot.setup_hook()
    return bot


def cog(bot: CampaignBot) -> Stats:
    """The bot's Stats cog."""
    stats = bot.get_cog("Stats")
    assert type(stats).__name__ == "Stats"  # loaded as an extension: its own module object
    return cast(Stats, stats)


def assert_safe(kwargs: dict[str, Any]) -> None:
    """A reply pings no one and fits the content limit."""
    mentions = kwargs["allowed_mentions"]
    assert mentions.to_dict() == {"parse": []}
    assert kwargs.get("mention_author") is False
    assert len(kwargs.get("content") or "") <= CONTENT_LIMIT


# -- plain messages ---------------------------------------------------------------------------------


async def test_open_channel_answers_questions_and_ignores_chatter(dataset: Dataset) -> None:
    bot = await make_bot(dataset)
    question = fake_message("how did labour compare?", channel=OPEN_CHANNEL)
    await cog(bot).answer_message(question)
    (sent,) = question.reply.sent
    assert_safe(sent)
    embed = sent["embed"]
    assert "86,000,000" in embed.description and embed.colour == discord.Colour(0xE4003B)
    assert embed.footer.text == "Labour's claims, 12 December 2019"

    chatter = fake_message("what's for lunch", channel=OPEN_CHANNEL)
    await cog(bot).answer_message(chatter)
    assert chatter.reply.sent == []  # not understood in an open channel: silence


async def test_mention_and_dm_get_suggestions_when_not_understood(dataset: Dataset) -> None:
    bot = await make_bot(dataset)
    for message in (fake_message(f"<@{BOT_ID}> what's for lunch", mention=True),
                    fake_message("what's for lunch", dm=True)):
        await cog(bot).answer_message(message)
        (sent,) = message.reply.sent
        assert_safe(sent)
        (tries,) = [f for f in sent["embed"].fields if f.name == "You could ask"]
        assert tries.value.count("•") == 3


async def test_mention_is_stripped_and_bare_mention_gets_help(dataset: Dataset) -> None:
    engine = FakeEngine()
    bot = await make_bot(dataset, engine)
    await cog(bot).answer_message(fake_message(f"<@!{BOT_ID}>  how did labour compare", mention=True))
    await cog(bot).answer_message(fake_message(f"<@{BOT_ID}>", mention=True))
    assert engine.calls == [("answer", "how did labour compare"), ("command", "help", "")]
    assert strip_mention(f"thanks <@{BOT_ID}>, and <@{BOT_ID}> x", BOT_ID) == "thanks  , and   x"


async def test_other_channels_are_left_alone(dataset: Dataset) -> None:
    engine = FakeEngine()
    bot = await make_bot(dataset, engine)
    message = fake_message("how did labour compare?", channel=OTHER_CHANNEL)
    await cog(bot).answer_message(message)
    assert message.reply.sent == [] and engine.calls == []


async def test_plain_text_without_embed_links(dataset: Dataset) -> None:
    bot = await make_bot(dataset)
    message = fake_message("long answer", mention=True, embed_links=False)
    await cog(bot).answer_message(message)
    (sent,) = message.reply.sent
    assert "embed" not in sent and sent["content"]
    assert len(sent["content"]) <= CONTENT_LIMIT
    assert_safe(sent)


async def test_user_text_is_escaped(dataset: Dataset) -> None:
    bot = await make_bot(dataset)
    message = fake_message("echo @everyone **bold**", dm=True)
    await cog(bot).answer_message(message)
    title = message.reply.sent[0]["embed"].title
    assert "@\u200beveryone" in title and "\\*\\*bold\\*\\*" in title


async def test_cooldown_notice_once_per_window(dataset: Dataset) -> None:
    bot = await make_bot(dataset, cooldown_rate=2)
    replies = []
    for _ in range(5):
        message = fake_message("compare", dm=True)
        await cog(bot).answer_message(message)
        replies.append(message.reply.sent)
    assert [len(r) for r in replies] == [1, 1, 1, 0, 0]
    assert "embed" in replies[0][0] and "again in" in replies[2][0]["content"]
    assert_safe(replies[2][0])


async def test_engine_error_gets_a_generic_reply_and_a_logged_traceback(
        dataset: Dataset, caplog: pytest.LogCaptureFixture) -> None:
    bot = await make_bot(dataset, FakeEngine(fail=True))
    message = fake_message("compare", dm=True)
    with caplog.at_level(logging.ERROR):
        await cog(bot).on_plain_message(message)
    (sent,) = message.reply.sent
    assert sent["content"] == GENERIC_ERROR and "Traceback" not in sent["content"]
    assert_safe(sent)
    assert any(r.exc_info and "engine exploded" in str(r.exc_info[1]) for r in caplog.records)


async def test_answer_logged_without_text_unless_asked(dataset: Dataset,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    for log_text in (False, True):
        caplog.clear()
        bot = await make_bot(dataset, log_message_text=log_text)
        with caplog.at_level(logging.INFO):
            await cog(bot).answer_message(fake_message("how did labour compare", dm=True))
        (line,) = [r.getMessage() for r in caplog.records if r.getMessage().startswith("answer ")]
        assert "intent=compare" in line and "latency_ms=" in line and f"user={USER_ID}" in line
        assert ("labour compare" in line) is log_text


# -- routing ----------------------------------------------------------------------------------------


async def test_routing_ignores_bots_and_webhooks(dataset: Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    bot = await make_bot(dataset)
    seen: list[str] = []

    async def get_context(message: Any) -> Any:
        seen.append("context")
        return SimpleNamespace(command="cmd" if message.content.startswith("!") else None)

    async def invoke(ctx: Any) -> None:
        seen.append("invoke")

    monkeypatch.setattr(bot, "get_context", get_context)
    monkeypatch.setattr(bot, "invoke", invoke)
    monkeypatch.setattr(bot, "dispatch", lambda event, *args: seen.append(event))
    await bot.on_message(fake_message("!top", bot=True))
    await bot.on_message(fake_message("!top", webhook=5))
    assert seen == []
    await bot.on_message(fake_message("!top"))
    await bot.on_message(fake_message("how did labour compare", channel=OPEN_CHANNEL))
    assert seen == ["context", "invoke", "context", "plain_message"]


async def test_chatter_elsewhere_is_dropped_before_any_parsing(dataset: Dataset,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # Most messages a bot sees are not for it: they must cost no context building (issue 5's bench).
    bot = await make_bot(dataset)
    seen: list[str] = []

    async def get_context(message: Any) -> Any:
        seen.append(message.content)
        return SimpleNamespace(command=None)

    monkeypatch.setattr(bot, "get_context", get_context)
    monkeypatch.setattr(bot, "dispatch", lambda event, *args: None)
    await bot.on_message(fake_message("how did labour compare"))  # an ordinary channel, no mention
    await bot.on_message(fake_message("top ! 3"))
    assert seen == []
    in_thread = fake_message("in a thread", channel=601)
    in_thread.channel.parent_id = OPEN_CHANNEL
    for message in (fake_message("dm", dm=True), fake_message("!prefixed"), fake_message("mention", mention=True),
                    fake_message("answer channel", channel=OPEN_CHANNEL), in_thread):
        await bot.on_message(message)
    assert seen == ["dm", "!prefixed", f"<@{BOT_ID}> mention", "answer channel", "in a thread"]


async def test_chatter_starts_no_event_task(dataset: Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    # discord.py spends a task per dispatched event; chatter not for us must not even get one.
    bot = await make_bot(dataset)
    scheduled: list[str] = []
    monkeypatch.setattr(bot, "_schedule_event", lambda _handler, name, *_a, **_k: scheduled.append(name))
    bot.dispatch("message", fake_message("just chatting"))
    assert scheduled == []
    bot.dispatch("message", fake_message("hey", mention=True))
    assert scheduled == ["on_message"]


# -- commands ---------------------------------------------------------------------------------------


async def test_top_command_replies_with_an_embed(dataset: Dataset) -> None:
    engine = FakeEngine()
    bot = await make_bot(dataset, engine)
    ctx = fake_ctx()
    stats = cog(bot)
    await stats.top.callback(stats, ctx, 3)  # type: ignore[arg-type]
    await stats.video.callback(stats, ctx, video="nhs")  # type: ignore[arg-type]
    await stats.compare.callback(stats, ctx, what=None)  # type: ignore[arg-type]
    assert engine.calls == [("command", "top", "3"), ("command", "video", "nhs"), ("command", "compare", "")]
    assert "13,400,000" in ctx.reply.sent[0]["embed"].description
    for sent in ctx.reply.sent:
        assert_safe(sent)


async def test_command_without_embed_links_sends_text(dataset: Dataset) -> None:
    bot = await make_bot(dataset)
    ctx = fake_ctx(embed_links=False)
    stats = cog(bot)
    await stats.summary.callback(stats, ctx)  # type: ignore[arg-type]
    (sent,) = ctx.reply.sent
    assert "embed" not in sent and "Answer for summary" in sent["content"]


async def test_help_shows_owner_commands_to_owners_only(dataset: Dataset) -> None:
    bot = await make_bot(dataset)
    stats = cog(bot)
    user_ctx, owner_ctx = fake_ctx(USER_ID), fake_ctx(OWNER_ID)
    await stats.help_.callback(stats, user_ctx)  # type: ignore[arg-type]
    await stats.help_.callback(stats, owner_ctx)  # type: ignore[arg-type]
    assert "sync" not in user_ctx.reply.sent[0]["embed"].description
    assert "!sync" in owner_ctx.reply.sent[0]["embed"].description


async def test_cog_check_throttles_commands(dataset: Dataset) -> None:
    bot = await make_bot(dataset, cooldown_rate=1)
    stats = cog(bot)
    assert await stats.cog_check(fake_ctx())
    with pytest.raises(Throttled) as info:
        await stats.cog_check(fake_ctx())
    assert info.value.verdict.notify


async def test_slash_options_ranges_and_autocomplete(dataset: Dataset) -> None:
    bot = await make_bot(dataset)
    top = bot.tree.get_command("top")
    assert top is not None
    (option,) = top.to_dict(bot.tree)["options"]  # type: ignore[union-attr]
    assert (option["name"], option["min_value"], option["max_value"]) == ("n", 1, 10)
    assert option["description"] == "How many videos to list" and not option["required"]
    names = sorted(c.name for c in bot.tree.get_commands())
    assert names == ["ask", "bonus", "chart", "compare", "help", "retweets", "source", "summary", "top", "video"]
    video = bot.tree.get_command("video")
    assert video is not None and video.to_dict(bot.tree)["options"][0]["autocomplete"]  # type: ignore
    choices = await cog(bot).video_autocomplete(None, "video")  # type: ignore[arg-type]
    assert len(choices) == 25 and choices[0].name == "Video number 1"


# -- errors in one place ----------------------------------------------------------------------------


async def test_error_handler_replies_briefly_and_logs(dataset: Dataset,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    bot = await make_bot(dataset)
    ctx = fake_ctx()
    ctx.command = cog(bot).top
    with caplog.at_level(logging.ERROR):
        await bot.on_command_error(ctx, commands.CommandInvokeError(ValueError("boom")))
    assert ctx.send.sent[-1]["content"] == GENERIC_ERROR
    assert any(r.exc_info and "boom" in str(r.exc_info[1]) for r in caplog.records)

    await bot.on_command_error(ctx, commands.BadArgument("n"))
    assert ctx.send.sent[-1]["content"] == "Usage: `!top [n]`"
    await bot.on_command_error(ctx, commands.NotOwner())
    assert ctx.send.sent[-1]["content"] == "Only the bot's owners can use that command."
    count = len(ctx.send.sent)
    await bot.on_command_error(ctx, Throttled(Verdict(False, notify=False, retry_after=3)))
    await bot.on_command_error(ctx, commands.CommandNotFound())
    assert len(ctx.send.sent) == count  # silent: one notice per window, unknown commands ignored
    for sent in ctx.send.sent:
        assert_safe(sent)


async def test_missing_permissions_are_one_warning_and_no_second_try(dataset: Dataset,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    bot = await make_bot(dataset)
    forbidden = discord.Forbidden(SimpleNamespace(status=403, reason="Forbidden"),  # type: ignore[arg-type]
                                  {"code": 50013, "message": "Missing Permissions"})
    ctx = fake_ctx()
    ctx.command = cog(bot).top
    message = fake_message("compare", dm=True)
    with caplog.at_level(logging.WARNING):
        await bot.on_command_error(ctx, commands.CommandInvokeError(forbidden))
        await bot.report_to_message(message, forbidden)
    assert ctx.send.sent == [] and message.reply.sent == []  # the reply would be refused the same way
    assert len(caplog.records) == 2
    for record in caplog.records:
        assert record.levelno == logging.WARNING and record.exc_info is None
        assert "Missing Permissions (code 50013)" in record.getMessage()


async def test_throttled_interaction_always_gets_a_notice(dataset: Dataset) -> None:
    bot = await make_bot(dataset)
    ctx = fake_ctx(interaction=SimpleNamespace())
    await bot.on_command_error(ctx, Throttled(Verdict(False, notify=False, retry_after=3)))
    assert ctx.send.sent[-1]["content"] == "Easy there: you can ask again in 3 s."
    assert ctx.send.sent[-1]["ephemeral"] is True


# -- owner commands ---------------------------------------------------------------------------------


async def test_admin_refuses_others(dataset: Dataset) -> None:
    bot = await make_bot(dataset)
    admin = bot.get_cog("Admin")
    assert type(admin).__name__ == "Admin"  # loaded as an extension: its own module object
    with pytest.raises(commands.NotOwner):
        await admin.cog_check(fake_ctx(USER_ID))
    assert await admin.cog_check(fake_ctx(OWNER_ID))
    assert all(c.hidden for c in admin.get_commands())


async def test_refusals_to_non_owners_follow_the_cooldown(dataset: Dataset) -> None:
    bot = await make_bot(dataset, cooldown_rate=2)
    admin = bot.get_cog("Admin")
    assert type(admin).__name__ == "Admin"  # loaded as an extension: its own module object
    ctx = fake_ctx(USER_ID)
    ctx.command = admin.reload
    for _ in range(6):  # someone hammering !reload
        try:
            await admin.cog_check(ctx)
        except commands.CheckFailure as error:
            await bot.on_command_error(ctx, error)
    sent = [s["content"] for s in ctx.send.sent]
    assert sent == ["Only the bot's owners can use that command."] * 2 + ["Easy there: you can ask again in 30 s."]
    for _ in range(3):
        assert await admin.cog_check(fake_ctx(OWNER_ID))  # owners are never throttled by it


async def test_reload_keeps_old_data_on_errors_and_swaps_on_success(dataset: Dataset) -> None:
    old, new = FakeEngine(), FakeEngine()
    outcomes: list[Any] = [DatasetError(["data.yaml:3: videos[0].views: must be a number"]), (dataset, new)]

    def factory(_path: str | None) -> tuple[Dataset, FakeEngine]:
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    bot = await make_bot(dataset, old)
    bot.engine_factory = factory  # type: ignore[assignment]
    admin = bot.get_cog("Admin")
    assert type(admin).__name__ == "Admin"  # loaded as an extension: its own module object
    ctx = fake_ctx(OWNER_ID)
    await admin.reload.callback(admin, ctx)  # type: ignore[arg-type]
    assert ctx.reply.sent[-1]["content"] == ("Reload failed: 1 error in labour-2019.yaml; still serving the previous "
                                             "data. I sent you the errors in a DM.")
    assert "data.yaml:3: videos[0].views: must be a number" in ctx.author.send.sent[-1]["content"]
    assert bot.engine is old
    await admin.reload.callback(admin, ctx)  # type: ignore[arg-type]
    assert bot.engine is new
    assert ctx.reply.sent[-1]["content"].startswith(f"Reloaded {Path(dataset.path).name}: 10 videos")


async def test_owner_with_dms_closed_is_told_so_in_the_channel_without_the_details(dataset: Dataset,
                                                                                   tmp_path: Any) -> None:
    def broken(_path: str | None) -> Any:
        raise DatasetError(["/srv/bot/data.yaml:3: videos[0].views: expected a whole number, got the text 'secret'"])

    bot = await make_bot(dataset, declined_log=str(tmp_path / "declined.jsonl"))
    bot.engine_factory = broken
    assert bot.declined is not None
    bot.declined.record("how many likes https://phish.example", guild=1)
    admin = bot.get_cog("Admin")
    assert type(admin).__name__ == "Admin"  # loaded as an extension: its own module object
    ctx = fake_ctx(OWNER_ID)

    async def closed(**_kwargs: Any) -> None:
        raise discord.Forbidden(SimpleNamespace(status=403, reason="Forbidden"),
                                {"code": 50007, "message": "Cannot send messages to this user"})

    ctx.author.send = closed
    await admin.reload.callback(admin, ctx)  # type: ignore[arg-type]
    await admin.unanswered.callback(admin, ctx)  # type: ignore[arg-type]
    reload_reply, unanswered_reply = (sent["content"] for sent in ctx.reply.sent)
    assert reload_reply.startswith("Reload failed: 1 error in labour-2019.yaml; still serving the previous data. "
                                   "I could not send you the errors in a DM: allow direct messages")
    assert unanswered_reply.startswith("I could not send you the most frequent declined questions from this "
                                       "server in a DM")
    for private in ("secret", "/srv", "views", "likes", "phish"):
        assert private not in reload_reply + unanswered_reply


async def test_in_a_dm_the_owner_gets_the_details_as_the_reply(dataset: Dataset, tmp_path: Any) -> None:
    bot = await make_bot(dataset, declined_log=str(tmp_path / "declined.jsonl"))
    assert bot.declined is not None
    bot.declined.record("asked in a dm")
    bot.declined.record("asked in a server", guild=1)
    admin = bot.get_cog("Admin")
    assert type(admin).__name__ == "Admin"  # loaded as an extension: its own module object
    ctx = fake_ctx(OWNER_ID, dm=True)
    await admin.unanswered.callback(admin, ctx)  # type: ignore[arg-type]
    (sent,) = ctx.reply.sent
    assert "1× asked in a dm" in sent["content"] and "1× asked in a server" in sent["content"]
    assert sent["suppress_embeds"] is True and ctx.author.send.sent == []


def test_reload_failure_fits_one_message() -> None:
    text = reload_failure([f"data.yaml:{i}: something is wrong with this field" for i in range(500)])
    assert len(text) <= CONTENT_LIMIT and text.endswith("```") and "data.yaml:0:" in text


# -- the rest ---------------------------------------------------------------------------------------


def test_throttle_windows() -> None:
    now = [1000.0]  # discord.py treats a time of 0 as "now"
    throttle = Throttle(2, 10.0, clock=lambda: now[0])
    assert [throttle.check(1).allowed for _ in range(2)] == [True, True]
    first, second = throttle.check(1), throttle.check(1)
    assert (first.allowed, first.notify, second.notify) == (False, True, False)
    assert throttle.check(2).allowed  # other users are not affected
    now[0] = 1010.5
    assert throttle.check(1).allowed


def test_active_modes_say_what_works() -> None:
    on = " ".join(active_modes(Settings(answer_channels=(1, 2))))
    off = " ".join(active_modes(Settings(message_content_intent=False)))
    assert "slash commands, mentions (questions, and commands such as @bot top 3), DMs" in on
    assert "2 configured channel(s)" in on
    assert "Inactive" in off and "commands addressed with a mention (@bot sync, @bot top 3)" in off


async def test_sharded_bot_when_shards_configured(dataset: Dataset) -> None:
    bot = create_bot(Settings(token="x", shard_count=4, shard_ids=(2, 3)),
                     lambda _p: (dataset, FakeEngine()))  # type: ignore[arg-type]
    assert isinstance(bot, commands.AutoShardedBot)
    assert bot.shard_count == 4 and bot.shard_ids == [2, 3]
    assert bot.allowed_mentions is not None and bot.allowed_mentions.to_dict() == {"parse": []}


def test_intents_follow_the_config() -> None:
    assert make_intents(Settings()).message_content
    off = make_intents(Settings(message_content_intent=False))
    assert not off.message_content and off.dm_messages and off.guild_messages and not off.members


def test_endpoints_point_rest_and_gateway_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY",
                        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
    apply_endpoints(Settings())  # nothing configured: Discord itself
    assert discord.http.Route("GET", "/users/@me").url == "https://discord.com/api/v10/users/@me"
    apply_endpoints(Settings(api_base_url="http://127.0.0.1:9/api/v10", gateway_url="ws://127.0.0.1:9/gw"))
    assert discord.http.Route("GET", "/users/@me").url == "http://127.0.0.1:9/api/v10/users/@me"
    assert str(discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY) == "ws://127.0.0.1:9/gw"


async def test_declined_questions_are_logged_and_listed_to_the_owner(dataset: Dataset, tmp_path: Any) -> None:
    log_path = tmp_path / "declined.jsonl"
    bot = await make_bot(dataset, declined_log=str(log_path))
    for _ in range(2):
        await cog(bot).answer_message(fake_message("how many likes", mention=True))
    await cog(bot).answer_message(fake_message("how did labour compare?", mention=True))  # answered: not logged
    assert log_path.read_text().count("how many likes") == 2 and "compare" not in log_path.read_text()
    admin = bot.get_cog("Admin")
    assert type(admin).__name__ == "Admin"  # loaded as an extension: its own module object
    ctx = fake_ctx(OWNER_ID)
    await admin.unanswered.callback(admin, ctx)  # type: ignore[arg-type]
    assert "2× how many likes" in ctx.author.send.sent[-1]["content"]  # to the owner privately
    assert "likes" not in ctx.reply.sent[-1]["content"]


async def test_unanswered_says_how_to_turn_the_log_on(dataset: Dataset) -> None:
    bot = await make_bot(dataset)
    admin = bot.get_cog("Admin")
    assert type(admin).__name__ == "Admin"  # loaded as an extension: its own module object
    ctx = fake_ctx(OWNER_ID)
    await admin.unanswered.callback(admin, ctx)  # type: ignore[arg-type]
    assert "declined_log" in ctx.reply.sent[-1]["content"]


async def test_commands_may_be_addressed_with_a_mention(dataset: Dataset) -> None:
    from bot.discord_bot.client import command_prefixes

    bot = await make_bot(dataset)
    prefixes = command_prefixes(bot, fake_message("x"))  # type: ignore[arg-type]
    # Longest first: "@bot !sync" must not be read as the command "!sync".
    assert prefixes == [f"<@{BOT_ID}> !", f"<@!{BOT_ID}> !", f"<@{BOT_ID}> ", f"<@!{BOT_ID}> ", "!"]


async def test_cogs_load_as_extensions(dataset: Dataset) -> None:
    bot = await make_bot(dataset)
    assert set(bot.extensions) == {"bot.discord_bot.cogs.stats", "bot.discord_bot.cogs.admin"}
    assert {"Stats", "Admin"} <= set(bot.cogs)


def test_discord_modules_import_each_other_without_a_cycle() -> None:
    """Module-level imports among bot.discord_bot (outside TYPE_CHECKING) form no cycle."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "bot" / "discord_bot"
    graph: dict[str, set[str]] = {}
    for path in root.rglob("*.py"):
        name = "bot." + ".".join(path.relative_to(root.parent).with_suffix("").parts).removesuffix(".__init__")
        imports = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:  # module level only
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("bot.discord_bot"):
                imports.add(node.module)
        graph[name] = imports

    def reaches(start: str, target: str, seen: set[str]) -> bool:
        return any(n == target or (n not in seen and reaches(n, target, seen | {n})) for n in graph.get(start, ()))

    assert [m for m in graph if reaches(m, m, set())] == []
