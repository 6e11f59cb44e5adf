"""The discord.py Bot: construction from Settings, routing of incoming messages, and the one error handler."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

import discord
import yarl
from discord import app_commands
from discord.ext import commands

from bot.config import Settings
from bot.dataset.schema import Dataset
from bot.declined_log import DeclinedLog
from bot.discord_bot.channel_queue import ChannelQueues, send_one_at_a_time
from bot.discord_bot.replies import (
    GENERIC_ERROR,
    NO_MENTIONS,
    loose_reference,
    note_if_unlinked,
    reply_to,
    text_payload,
)
from bot.discord_bot.throttle import Throttle, Throttled, cooldown_notice
from bot.discord_bot.views import EXPIRED, LiveViews
from bot.engine.conversation import Conversations
from bot.render.embed import party_colours

if TYPE_CHECKING:
    from bot.engine import Engine
    from bot.engine.answer import Answer

# Builds the dataset and engine from a dataset path (None: the shipped one); used at start and by !reload.
EngineFactory = Callable[[str | None], tuple[Dataset, "Engine"]]

_log = logging.getLogger(__name__)
EXTENSIONS = ("bot.discord_bot.cogs.stats", "bot.discord_bot.cogs.admin")
MAX_CONVERSATIONS = 10_000  # follow-up contexts kept at once (about 0.5 KB each); the longest silent go first


class CampaignContext(commands.Context[Any]):
    """discord.py's Context, except that a reply to a command deleted meanwhile is posted without the link."""

    async def reply(self, content: str | None = None, **kwargs: Any) -> discord.Message:
        """Reply to the command's message (or respond to the interaction)."""
        if self.interaction is not None:
            return await super().reply(content, **kwargs)
        sent = await self.send(content, reference=loose_reference(self.message), **kwargs)
        note_if_unlinked(self.message, sent)
        return sent


def apply_endpoints(settings: Settings) -> None:
    """Point discord.py's REST and gateway at the configured addresses (a proxy, or the tests' fake)."""
    # discord.py 2.7 builds every REST URL (interaction callbacks included) from Route.BASE, and opens
    # the gateway at DiscordWebSocket.DEFAULT_GATEWAY (AutoShardedBot without a shard_count asks
    # GET /gateway/bot on the REST base instead). Both are class attributes: one bot per process.
    if settings.api_base_url:
        discord.http.Route.BASE = settings.api_base_url
    if settings.gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.gateway_url)


def command_prefixes(bot: commands.Bot, message: discord.Message) -> list[str]:
    """The prefixes a command may start with: a mention of the bot (with or without the prefix), or the prefix."""
    # Without the Message Content intent Discord still sends the text of messages that mention the bot,
    # so "@bot sync" and "@bot !top 3" work for owners who leave that intent off. Longest first: discord.py
    # takes the first prefix that matches.
    prefix = cast(Any, bot).settings.prefix
    mentions = commands.when_mentioned(bot, message)
    return [*(mention + prefix for mention in mentions), *mentions, prefix]


def invoked_by_mention(ctx: commands.Context[Any]) -> bool:
    """Whether a prefix command was addressed to the bot with a mention rather than the prefix alone."""
    return ctx.interaction is None and (getattr(ctx, "prefix", None) or "").startswith("<@")


def make_intents(settings: Settings) -> discord.Intents:
    """The gateway intents: the defaults (guild and DM messages), message content only if configured."""
    intents = discord.Intents.default()
    intents.message_content = settings.message_content_intent
    return intents


class CampaignBotMixin:
    """What our bot adds to discord.py's Bot: the engine, the throttle, routing and error handling."""

    settings: Settings
    dataset: Dataset
    engine: Engine
    colours: dict[str, str]
    throttle: Throttle
    engine_factory: EngineFactory
    live_views: LiveViews
    channel_queues: ChannelQueues
    conversations: Conversations | None

    def _init_campaign(self, settings: Settings, dataset: Dataset, engine: Engine,
                       engine_factory: EngineFactory) -> None:
        self.settings = settings
        self.engine_factory = engine_factory
        self.throttle = Throttle(settings.cooldown_rate, settings.cooldown_per)
        self._answer_channels = frozenset(settings.answer_channels)
        self.declined = DeclinedLog(settings.declined_log) if settings.declined_log else None
        self.connected = False  # for one log line per change: connected, disconnected, resumed
        self.dropped_at_stop = 0  # answers cut off by a stop: counted, not logged one by one
        self.live_views = LiveViews()
        # Per (channel, user): what their last question was about, for follow-ups. Off with 0 minutes.
        minutes = settings.conversation_minutes
        self.conversations = Conversations(minutes, MAX_CONVERSATIONS) if minutes > 0 else None
        self.swap_data(dataset, engine)

    def swap_data(self, dataset: Dataset, engine: Engine) -> None:
        """Serve answers from a new dataset and engine (after a successful reload)."""
        # One assignment each: a question in flight keeps the engine it started with.
        self.dataset = dataset
        self.engine = engine
        self.colours = party_colours(dataset)
        if self.conversations is not None:
            self.conversations.clear()  # contexts name videos by their place in the old dataset

    def ask(self, text: str, channel: int, user: int, *, open_channel: bool = False) -> Answer | None:
        """The answer to a question in plain words, read against what this user last asked in this channel.

        `open_channel`: None for text that does not read as a question (an answer channel's chatter).
        """
        engine = self.engine
        if self.conversations is None:
            return engine.answer_if_asked(text) if open_channel else engine.answer(text)
        return self.conversations.ask(engine, (channel, user), text, open_channel=open_channel)

    def note_answer(self, text: str, answer: Answer, channel: int, user: int) -> None:
        """Keep what a command's answer was about ("!top 5", then "show the rest")."""
        if self.conversations is not None:
            self.conversations.note(self.engine, (channel, user), text, answer)

    async def setup_hook(self) -> None:
        """Load the cogs and install the app-command error handler; never syncs commands (see !sync)."""
        bot: Any = self
        for extension in EXTENSIONS:  # each cog module's setup() adds its cog
            await bot.load_extension(extension)
        bot.tree.on_error = self.on_app_command_error

    async def on_ready(self) -> None:
        """Say who we are and which ways of asking are active."""
        bot: Any = self
        self.connected = True
        _log.info("Connected as %s (id %s) to %d guild(s); answering from %s (%d videos)",
                  bot.user, getattr(bot.user, "id", "?"), len(bot.guilds),
                  self.dataset.path or "the shipped dataset", self.engine.video_count)
        for line in active_modes(self.settings):
            _log.info(line)

    async def on_disconnect(self) -> None:
        """One line when the connection drops (discord.py then logs each reconnect attempt)."""
        if self.connected and not cast(Any, self).is_closed():
            self.connected = False
            _log.warning("Disconnected from Discord; reconnecting")

    async def on_resumed(self) -> None:
        """Back after a drop (discord.py logs the resumed session itself)."""
        self.connected = True

    async def get_context(self, origin: Any, /, *, cls: Any = None) -> Any:
        """discord.py's get_context, building our CampaignContext by default."""
        return await cast(Any, super()).get_context(origin, cls=cls or CampaignContext)

    def stopping(self) -> bool:
        """Whether the bot is closing: an answer failing now was cut off by the stop, not broken."""
        if cast(Any, self).is_closed():
            self.dropped_at_stop += 1
            return True
        return False

    async def on_message(self, message: discord.Message) -> None:
        """Route a message: a prefix command, else maybe a question in plain words."""
        if message.author.bot or message.webhook_id is not None:
            return  # other bots, webhooks and ourselves: never answer, so bots cannot loop
        if message.type not in (discord.MessageType.default, discord.MessageType.reply):
            return  # joins, pins and other system messages
        if not self.may_be_for_us(message):
            return  # chatter elsewhere: skip discord.py's context building, tens of µs per message
        bot: Any = self
        ctx = await bot.get_context(message)
        if ctx.command is not None:
            await bot.invoke(ctx)
        else:
            bot.dispatch("plain_message", message)  # handled by the Stats cog

    def dispatch(self, event_name: str, /, *args: Any, **kwargs: Any) -> None:
        """discord.py's dispatch, except that a message clearly not for us starts no task at all."""
        # Every event costs discord.py a task (about 12 µs here); chatter in a busy server is most
        # events, and nothing of ours (no wait_for, no other on_message listener) wants it.
        if event_name == "message" and args and not self.may_be_for_us(args[0]):
            return
        if cast(Any, self).is_closed():
            # Stopping: discord.py has no loop to run handlers on any more, and an answer failing now was
            # cut off by the stop, not broken.
            self.dropped_at_stop += event_name == "command_error"
            return
        if event_name == "interaction" and args and self.is_expired_component(args[0]):
            # Decided here, where discord.py has just dispatched the click to a live view if there is one.
            cast(Any, super()).dispatch("expired_component", args[0])
        cast(Any, super()).dispatch(event_name, *args, **kwargs)

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        """discord.py's handler of errors in events (a traceback in the log), silent for answers cut off by a stop."""
        if not self.stopping():
            await cast(Any, super()).on_error(event_method, *args, **kwargs)
    def is_expired_component(self, interaction: discord.Interaction[Any]) -> bool:
        """A click on a button or menu that no view listens to: timed out, capped, or from before a restart."""
        message = interaction.message
        return (interaction.type is discord.InteractionType.component and message is not None
                and not self.live_views.is_live(message.id))

    async def on_expired_component(self, interaction: discord.Interaction[Any]) -> None:
        """A short private note instead of Discord's "This interaction failed"."""
        await self.report_to_interaction(interaction, EXPIRED)

    async def close(self) -> None:
        """Remove the components of recent replies (within a time budget), then close the connection."""
        if not cast(Any, self).is_closed() and len(self.live_views):
            removed, live = await self.live_views.close()
            _log.info("Removed the buttons of %d of %d replies with live buttons before stopping", removed, live)
        await cast(Any, super()).close()

    def may_be_for_us(self, message: discord.Message) -> bool:
        """A cheap first look: a DM, the prefix, an answer channel (or a thread in one), or a mention of us."""
        if message.guild is None or message.content.startswith(self.settings.prefix):
            return True
        channel = message.channel
        if channel.id in self._answer_channels or getattr(channel, "parent_id", None) in self._answer_channels:
            return True
        me = cast(Any, self).user  # the mixin's discord.py half
        return me is not None and me in message.mentions

    async def on_command_error(self, ctx: commands.Context[Any], error: commands.CommandError) -> None:
        """The one place command errors end up: a short reply in chat, details only in the log."""
        if isinstance(error, commands.HybridCommandError):
            error = error.original  # type: ignore[assignment]
        if isinstance(error, commands.CommandNotFound) or self.stopping():
            return
        if (isinstance(error, commands.UserInputError) and invoked_by_mention(ctx)
                and ctx.command is not None and ctx.command.cog_name == "Stats"):
            # "@bot top videos in november" reads like a command but is a question: answer it as one
            # (its cooldown was already counted by the command's check).
            cast(Any, self).dispatch("plain_message", ctx.message, True)
            return
        message = self._error_message(ctx, error)
        if message is None:
            return
        try:
            await ctx.reply(**text_payload(message), ephemeral=True, mention_author=False)
        except discord.HTTPException:
            _log.warning("Could not send an error reply in channel %s", getattr(ctx.channel, "id", "?"))

    def _error_message(self, ctx: commands.Context[Any], error: Exception) -> str | None:
        name = ctx.command.qualified_name if ctx.command else "?"
        if isinstance(error, Throttled):
            # Interactions must always get a response; messages get one notice per window.
            if not error.verdict.notify and ctx.interaction is None:
                return None
            return cooldown_notice(error.verdict)
        if isinstance(error, commands.NotOwner):
            return "Only the bot's owners can use that command."
        if isinstance(error, commands.UserInputError) and ctx.command is not None:
            prefix = "/" if ctx.interaction else self.settings.prefix
            usage = f"{prefix}{name} {ctx.command.signature}".strip()
            return f"Usage: `{usage}`"
        if isinstance(error, commands.CheckFailure):
            return "That command can't be used here."
        original = getattr(error, "original", error)
        if isinstance(original, discord.Forbidden):
            log_forbidden(original, getattr(ctx.channel, "id", None), getattr(ctx.guild, "id", None))
            return None  # a reply would be refused the same way
        _log.error("Command %s failed (guild %s, channel %s, user %s)", name,
                   getattr(ctx.guild, "id", None), getattr(ctx.channel, "id", None), ctx.author.id,
                   exc_info=(type(original), original, original.__traceback__))
        return GENERIC_ERROR

    async def on_app_command_error(self, interaction: discord.Interaction[Any],
                                   error: app_commands.AppCommandError) -> None:
        """Errors of pure app commands and autocomplete: logged, and a generic ephemeral reply."""
        original = getattr(error, "original", error)
        _log.error("App command %s failed", getattr(interaction.command, "name", "?"),
                   exc_info=(type(original), original, original.__traceback__))
        await self.report_to_interaction(interaction, GENERIC_ERROR)

    async def report_to_interaction(self, interaction: discord.Interaction[Any], text: str) -> None:
        """Send a short ephemeral message in answer to an interaction, however far it got."""
        if interaction.type is discord.InteractionType.autocomplete:
            return  # autocomplete cannot show messages
        try:
            if interaction.response.is_done():
                await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
            else:
                await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException:
            _log.warning("Could not send an error reply to interaction %s", interaction.id)

    async def report_to_message(self, message: discord.Message, error: BaseException) -> None:
        """Log an error raised while answering a plain message, and tell the user briefly."""
        if self.stopping():
            return
        if isinstance(error, discord.Forbidden):
            log_forbidden(error, message.channel.id, getattr(message.guild, "id", None))
            return  # a reply would be refused the same way
        _log.error("Answering message %s failed (channel %s, user %s)", message.id, message.channel.id,
                   message.author.id, exc_info=(type(error), error, error.__traceback__))
        try:
            await reply_to(message, **text_payload(GENERIC_ERROR), mention_author=False)
        except discord.HTTPException:
            _log.warning("Could not send an error reply in channel %s", message.channel.id)

    def log_answer(self, intent: str, answered: bool, started: float, *, via: str, ref: int, guild: int | None,
                   channel: int | None, user: int, text: str) -> None:
        """One log line per answered question, once the reply is sent: intent, latency and ids.

        `ref` is the id of the question's message or interaction, so an admin (or a test) can tie the
        line to one question; the text is logged only if configured.
        """
        latency_ms = (time.perf_counter() - started) * 1000
        extra = f" text={text!r}" if self.settings.log_message_text else ""
        _log.info("answer via=%s ref=%s intent=%s answered=%s latency_ms=%.1f guild=%s channel=%s user=%s%s",
                  via, ref, intent, answered, latency_ms, guild, channel, user, extra)


def log_forbidden(error: discord.Forbidden, channel: int | None, guild: int | None) -> None:
    """One warning line, no traceback: an admin fixes channel permissions, not code."""
    _log.warning("Discord refused a reply in channel %s (guild %s): %s %s (code %s); check the bot's "
                 "permissions there (View Channel, Send Messages, Embed Links, Attach Files)",
                 channel, guild, error.status, error.text or "Forbidden", error.code)


def active_modes(settings: Settings) -> list[str]:
    """Log lines saying which ways of asking work with the configured intents."""
    lines = ["Active: slash commands, mentions (questions, and commands such as @bot top 3), DMs"]
    if settings.message_content_intent:
        channels = len(settings.answer_channels)
        lines.append(f"Active (Message Content intent): prefix commands ({settings.prefix}top ...) and "
                     f"questions in {channels} configured channel(s)")
    else:
        p = settings.prefix
        lines.append(f"Inactive (message_content_intent = false): {p}commands and answer_channels in servers; "
                     f"commands addressed with a mention (@bot sync, @bot top 3) and {p}commands in DMs still work")
    return lines


class CampaignBot(CampaignBotMixin, commands.Bot):
    """The bot for a single process connection (no sharding)."""


class ShardedCampaignBot(CampaignBotMixin, commands.AutoShardedBot):
    """The bot when shard_count/shard_ids are configured."""


def create_bot(settings: Settings, engine_factory: EngineFactory) -> CampaignBot | ShardedCampaignBot:
    """A bot ready to start: intents, prefix, owners, no pings anywhere, sharded if configured."""
    # The dataset is loaded here, before connecting, so a broken one stops the start with its errors.
    dataset, engine = engine_factory(settings.data_path)
    options: dict[str, Any] = {
        "command_prefix": command_prefixes,
        "intents": make_intents(settings),
        "help_command": None,  # our own hybrid `help` asks the engine
        "allowed_mentions": NO_MENTIONS,  # the default for every send, on top of each send's own
        "owner_ids": set(settings.owner_ids) or None,  # None: discord.py asks for the application owner
        "max_messages": None,  # we never look up old messages; saves memory
    }
    # A text-only bot: discord.py's warnings about missing voice libraries would only alarm admins.
    discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
    if settings.sharded:
        shard_ids = list(settings.shard_ids) if settings.shard_ids else None
        bot: CampaignBot | ShardedCampaignBot = ShardedCampaignBot(
            shard_count=settings.shard_count, shard_ids=shard_ids, **options)
    else:
        bot = CampaignBot(**options)
    bot._init_campaign(settings, dataset, engine, engine_factory)
    bot.channel_queues = send_one_at_a_time(bot.http)  # never overshoot a channel's rate limit under a flood
    return bot
