"""The stats commands (as `!name` and `/name`) and questions in plain words: thin calls into the engine."""

from __future__ import annotations

import dataclasses
import logging
import re
import time
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_bot.present import Presenter
from bot.discord_bot.replies import reply_to, text_payload, wants_embed
from bot.discord_bot.throttle import Throttled, Verdict, cooldown_notice
from bot.engine.conversation import NO_CONTEXT
from bot.render.chart import METRICS, normalise_metric
from bot.usage import bad_top_argument, top_usage

if TYPE_CHECKING:
    from bot.discord_bot.client import CampaignBot
    from bot.engine.answer import Answer

_log = logging.getLogger(__name__)

Ctx = commands.Context[Any]
AUTOCOMPLETE_LIMIT = 25  # Discord shows at most 25 choices
CHOICE_LIMIT = 100  # characters in a choice's name and value
MAX_WAITING_REPLIES = 10  # per channel: two windows of Discord's rate limit (5 per 5 s)
CHART_HELP = "Charts: {p}chart (the most viewed videos) or {p}chart parties, as an image."
OWNER_HELP = (
    "Owner commands: `{p}sync` (slash commands to the test guild), `{p}sync global`, `{p}sync clear` "
    "(remove the test guild's copies), `{p}sync clear global`, `{p}reload`, "
    "`{p}unanswered` (the most frequent declined questions)."
)


class Stats(commands.Cog):
    """Campaign-video statistics: commands and questions in plain words."""

    def __init__(self, bot: CampaignBot) -> None:
        self.bot = bot
        self.present = Presenter(bot)
        self._dropped: dict[int, int] = {}  # channel -> questions not answered while its replies were backlogged
        # Slash ranges must be known when the command is built; the dataset decides the number of videos.
        _set_max(self.top, "n", bot.engine.video_count)

    async def cog_check(self, ctx: Ctx) -> bool:  # type: ignore[override]
        """Every stats command counts against the user's cooldown."""
        verdict = self.bot.throttle.check(ctx.author.id)
        if not verdict.allowed:
            raise Throttled(verdict)
        return True

    # -- commands ---------------------------------------------------------------------------------

    # ignore_extra=False: "!top abc" and "!top 3 please" get the usage, not the top 10 (an optional int
    # that fails to convert leaves its word unread, which then counts as an extra argument).
    @commands.hybrid_command(description="The most viewed campaign videos", ignore_extra=False)
    @app_commands.describe(n="How many videos to list")
    async def top(self, ctx: Ctx, n: int | None = None) -> None:
        """The most viewed campaign videos, optionally only the first n."""
        if n is not None and n < 1:  # slash enforces the minimum itself; "!top -3" must not mean 10
            await ctx.reply(**text_payload(usage(ctx, self.bot.settings.prefix)), mention_author=False)
            return
        await self._command(ctx, "top", "" if n is None else str(n))

    @commands.hybrid_command(description="One video's views, tweet and link")
    @app_commands.describe(video="A video's name or its rank")
    async def video(self, ctx: Ctx, *, video: str) -> None:
        """One video's views, tweet and link, by name or rank."""
        await self._command(ctx, "video", video)

    @video.autocomplete("video")
    async def video_autocomplete(self, interaction: discord.Interaction[Any],
                                 current: str) -> list[app_commands.Choice[str]]:
        """Video titles matching what the user has typed so far."""
        titles = self.bot.engine.complete_video(current, limit=AUTOCOMPLETE_LIMIT)
        return [app_commands.Choice(name=t[:CHOICE_LIMIT], value=t[:CHOICE_LIMIT])
                for t in titles[:AUTOCOMPLETE_LIMIT]]

    @commands.hybrid_command(description="The parties' campaign figures compared, or two videos (a vs b)")
    @app_commands.describe(what='Optional: two things to compare, as "a vs b"')
    async def compare(self, ctx: Ctx, *, what: str | None = None) -> None:
        """Compare the parties' video views, or two named things ("a vs b")."""
        await self._command(ctx, "compare", what or "")

    @commands.hybrid_command(description="The retweet figures, this campaign's first")
    async def retweets(self, ctx: Ctx) -> None:
        """The retweet figures."""
        await self._command(ctx, "retweets")

    @commands.hybrid_command(description="The campaign in a few lines")
    async def summary(self, ctx: Ctx) -> None:
        """A short summary of the campaign's figures."""
        await self._command(ctx, "summary")

    @commands.hybrid_command(description="Where the figures come from")
    async def source(self, ctx: Ctx) -> None:
        """The source of the figures."""
        await self._command(ctx, "source")

    @commands.hybrid_command(description="The source's extra favourite videos")
    async def bonus(self, ctx: Ctx) -> None:
        """The bonus videos the source adds."""
        await self._command(ctx, "bonus")

    @commands.hybrid_command(description="A bar chart of the most viewed videos, or of the parties' views")
    @app_commands.describe(metric="views: the most viewed videos; parties: the parties' view figures")
    @app_commands.choices(metric=[app_commands.Choice(name=m, value=m) for m in METRICS])
    async def chart(self, ctx: Ctx, metric: str = "views") -> None:
        """A bar chart image (views or parties), or a text chart where images are not possible."""
        started = time.perf_counter()
        name = normalise_metric(metric)
        if name is None:
            prefix = "/" if ctx.interaction else self.bot.settings.prefix
            await ctx.reply(**text_payload(f"Usage: `{prefix}chart [{'|'.join(METRICS)}]`"), mention_author=False)
            return
        await ctx.defer()  # slash: the first drawing (matplotlib's import) may take a moment; no-op for `!`
        perms = ctx.bot_permissions
        payload = await self.present.chart(name, embeds=wants_embed(perms), files=perms is None or perms.attach_files,
                                           owner=await self.bot.is_owner(ctx.author))
        await ctx.reply(**payload, mention_author=False)
        self.bot.log_answer("chart", True, started, via="slash" if ctx.interaction else "prefix", ref=_ref(ctx),
                            guild=ctx.guild.id if ctx.guild else None, channel=ctx.channel.id,
                            user=ctx.author.id, text=f"chart {name}")

    @commands.hybrid_command(description="Ask a question in plain words")
    @app_commands.describe(question='For example: "most viewed video?" or "how did the parties compare?"')
    async def ask(self, ctx: Ctx, *, question: str) -> None:
        """Answer a question in plain words."""
        started = time.perf_counter()
        answer = self.bot.ask(question, ctx.channel.id, ctx.author.id)
        assert answer is not None  # only an open channel's chatter gets None
        await self._send(ctx, answer, started, question)

    @commands.hybrid_command(name="help", description="What the bot can answer")
    async def help_(self, ctx: Ctx) -> None:
        """What the bot can answer; owners also see the owner commands."""
        started = time.perf_counter()
        answer = self.bot.engine.command("help")
        prefix = self.bot.settings.prefix
        extra = [CHART_HELP.format(p=prefix)]  # charts are drawn here, not by the engine, so its help omits them
        if await self.bot.is_owner(ctx.author):
            extra.append(OWNER_HELP.format(p=prefix))  # owner commands are hidden from everyone else
        answer = dataclasses.replace(answer, lines=(*answer.lines, *extra))
        await self._send(ctx, answer, started, "help")

    async def _command(self, ctx: Ctx, name: str, arg: str = "") -> None:
        started = time.perf_counter()
        answer = self.bot.engine.command(name, arg)
        self.bot.note_answer(f"!{name} {arg}".strip(), answer, ctx.channel.id, ctx.author.id)
        await self._send(ctx, answer, started, f"{name} {arg}".strip())

    async def _send(self, ctx: Ctx, answer: Answer, started: float, text: str) -> None:
        if ctx.interaction is None and self._backlogged(ctx.channel.id):
            return
        payload = self.present.reply(answer, embeds=wants_embed(ctx.bot_permissions), asker_id=ctx.author.id)
        self.present.attach(payload, await ctx.reply(**payload, mention_author=False))
        self._note_declined(answer, text, ctx.guild.id if ctx.guild else None)
        self.bot.log_answer(answer.intent, answer.answered, started,
                            via="slash" if ctx.interaction else "prefix", ref=_ref(ctx),
                            guild=ctx.guild.id if ctx.guild else None, channel=ctx.channel.id,
                            user=ctx.author.id, text=text)

    def _backlogged(self, channel_id: int) -> bool:
        """Whether replies to this channel are too far behind to answer one more (one log line each way)."""
        # Discord lets a bot send 5 messages per channel every 5 s. Under a flood, replies queued beyond a
        # few seconds' worth would arrive late and each hold its reply and buttons in memory meanwhile.
        waiting = self.bot.channel_queues.waiting(channel_id)
        if waiting < MAX_WAITING_REPLIES:
            dropped = self._dropped.pop(channel_id, 0)
            if dropped:
                _log.info("Channel %s caught up; %d question(s) there went unanswered meanwhile", channel_id, dropped)
            return False
        if channel_id not in self._dropped:
            _log.warning("Channel %s has %d replies waiting for Discord's rate limit: not answering more there "
                         "until they are sent", channel_id, waiting)
        self._dropped[channel_id] = self._dropped.get(channel_id, 0) + 1
        return True

    def _note_declined(self, answer: Answer, text: str, guild: int | None) -> None:
        """Log a declined question for the admin (when the declined log is on), with its server (None: a DM)."""
        if self.bot.declined is not None and not answer.answered and answer.intent != "usage" and text:
            try:
                self.bot.declined.record(text, guild=guild)
            except OSError as exc:  # a full disk must not stop the answers
                _log.warning("Could not write the declined-questions log: %s", exc)

    # -- questions in plain words ----------------------------------------------------------------

    @commands.Cog.listener()
    async def on_plain_message(self, message: discord.Message, counted: bool = False) -> None:
        """Answer a message that is not a command: when mentioned, in DMs, and in configured channels."""
        try:
            await self.answer_message(message, counted=counted)
        except Exception as exc:  # the one place plain-message errors end up
            await self.bot.report_to_message(message, exc)

    async def answer_message(self, message: discord.Message, *, counted: bool = False) -> None:
        """Reply to a plain message if it is for us; silence for what is not understood in open channels.

        `counted`: the user's cooldown already counted this message (a mention that failed as a command).
        """
        me = self.bot.user
        if me is None:
            return
        direct = message.guild is None or mentions_in_text(message.content, me.id)
        channel_ids = {message.channel.id, getattr(message.channel, "parent_id", None)}
        in_answer_channel = bool(channel_ids & set(self.bot.settings.answer_channels))
        if not (direct or in_answer_channel):
            return
        started = time.perf_counter()
        text = strip_mention(message.content, me.id)
        # A bare mention: say what we can do.
        engine = self.bot.engine
        if direct and not text:
            answer: Answer | None = engine.command("help")
        elif bad_top_argument(text):  # "top -3": the usage, not the engine's ten
            answer = top_usage(self.bot.settings.prefix)
        else:
            # In an open channel only what reads as a question about the data; chatter gets silence.
            answer = self.bot.ask(text, message.channel.id, message.author.id, open_channel=not direct)
        if answer is None or (answer.intent in ("not_understood", NO_CONTEXT) and not direct):
            return  # never spam an open channel with "I don't understand" (nor "which video?" to a stray "it")
        if self._backlogged(message.channel.id):
            return
        verdict = Verdict(True) if counted else self.bot.throttle.check(message.author.id)
        if not verdict.allowed:
            if verdict.notify:
                await reply_to(message, **text_payload(cooldown_notice(verdict)), mention_author=False)
            return
        payload = self.present.reply(answer, embeds=wants_embed(_permissions(message)), asker_id=message.author.id)
        self.present.attach(payload, await reply_to(message, **payload, mention_author=False))
        self._note_declined(answer, text, message.guild.id if message.guild else None)
        self.bot.log_answer(answer.intent, answer.answered, started,
                            via="dm" if message.guild is None else ("mention" if direct else "channel"),
                            ref=message.id,
                            guild=message.guild.id if message.guild else None, channel=message.channel.id,
                            user=message.author.id, text=text)


def usage(ctx: Ctx, prefix: str) -> str:
    """The usage line of the invoked command, as the user would type it: `!top [n]` or `/top [n]`."""
    command = ctx.command
    line = f"{'/' if ctx.interaction else prefix}{command.qualified_name} {command.signature}" if command else "?"
    return f"Usage: `{line.strip()}`"


def mentions_in_text(content: str, bot_id: int) -> bool:
    """Whether the message's text mentions the bot: a reply to one of its messages pings it, but is not
    addressed to it (people reply to an answer to talk about it with each other)."""
    return f"<@{bot_id}>" in content or f"<@!{bot_id}>" in content


def strip_mention(content: str, bot_id: int) -> str:
    """The message text without mentions of the bot (anywhere: "thanks @bot, and ...")."""
    return re.sub(rf"<@!?{bot_id}>", " ", content).strip()


def _ref(ctx: Ctx) -> int:
    """The id of what asked: the slash command's interaction, or the prefix command's message."""
    return ctx.interaction.id if ctx.interaction else ctx.message.id


def _permissions(message: discord.Message) -> discord.Permissions | None:
    # In DMs every permission we need holds; in a guild we need our own member to compute them.
    if message.guild is None or message.guild.me is None:
        return None
    return message.channel.permissions_for(message.guild.me)  # type: ignore[union-attr]


def _set_max(command: commands.HybridCommand[Any, ..., Any], param: str, maximum: int) -> None:
    # The cog holds its own copy of each command, so replacing the parameter changes only this bot's.
    app_command = command.app_command
    if app_command is None or maximum < 1:
        return
    params = app_command._params
    params[param] = dataclasses.replace(params[param], min_value=1, max_value=maximum)


async def setup(bot: CampaignBot) -> None:
    """Extension entry point, so `load_extension` works too."""
    await bot.add_cog(Stats(bot))
