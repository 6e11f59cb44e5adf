"""Owner-only prefix commands: `sync` the slash commands, `reload` the dataset."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

import discord
from discord.ext import commands

from bot.dataset.loader import DatasetError
from bot.discord_bot.client import Throttled
from bot.discord_bot.replies import CONTENT_LIMIT, escape, text_payload
from bot.render.embed import clip

if TYPE_CHECKING:
    from bot.discord_bot.client import CampaignBot

_log = logging.getLogger(__name__)

Ctx = commands.Context[Any]


class Admin(commands.Cog):
    """Commands for the bot's owners only."""

    def __init__(self, bot: CampaignBot) -> None:
        self.bot = bot

    async def cog_check(self, ctx: Ctx) -> bool:  # type: ignore[override]
        """Only owners; everyone else gets one short refusal from the error handler."""
        if await self.bot.is_owner(ctx.author):
            return True
        # Refusals count against the cooldown too: hammering !reload must not make the bot spam a channel.
        verdict = self.bot.throttle.check(ctx.author.id)
        if not verdict.allowed:
            raise Throttled(verdict)
        raise commands.NotOwner("owner only")

    @commands.command(hidden=True)
    async def sync(self, ctx: Ctx, *, scope: str = "") -> None:
        """Register the slash commands (test guild, or `global`), or remove them (`clear`, `clear global`)."""
        # Never done at start: Discord rate-limits command creation, and commands rarely change.
        tree = self.bot.tree
        prefix = self.bot.settings.prefix
        scope = " ".join(scope.lower().split())
        guild_id = self.bot.settings.test_guild_id
        if scope == "global":
            synced = await tree.sync()
            message = f"Synced {len(synced)} slash commands globally (they can take up to an hour to appear)."
        elif scope == "":
            if guild_id is None:
                message = f"No test_guild_id is configured: set it, or use `{prefix}sync global`."
                await ctx.reply(**text_payload(message), mention_author=False)
                return
            guild = discord.Object(id=guild_id)
            tree.copy_global_to(guild=guild)
            synced = await tree.sync(guild=guild)
            message = f"Synced {len(synced)} slash commands to the test guild {guild_id}."
        elif scope == "clear global":
            # Straight to the API: clearing the tree's global commands would leave nothing for a later sync.
            await self.bot.http.bulk_upsert_global_commands(self._application_id(), [])
            message = ("Removed the global slash commands (Discord can take up to an hour to drop them "
                       f"everywhere); `{prefix}sync global` registers them again.")
        elif scope == "clear":
            target = guild_id if guild_id is not None else (ctx.guild.id if ctx.guild else None)
            if target is None:
                message = f"No test_guild_id is configured: run `{prefix}sync clear` in the server to clear."
                await ctx.reply(**text_payload(message), mention_author=False)
                return
            await self.bot.http.bulk_upsert_guild_commands(self._application_id(), target, [])
            message = (f"Removed the slash commands registered to the server {target}; "
                       "global commands, if any, stay.")
        else:
            usage = f"Usage: `{prefix}sync [global | clear | clear global]`"
            await ctx.reply(**text_payload(usage), mention_author=False)
            return
        _log.info("%s (asked by %s)", message, ctx.author.id)
        await ctx.reply(**text_payload(message), mention_author=False)

    def _application_id(self) -> int:
        app_id = self.bot.application_id
        if app_id is None:  # set at login; owner commands only arrive after it
            raise RuntimeError("the application id is not known yet")
        return app_id

    @commands.command(hidden=True)
    async def reload(self, ctx: Ctx) -> None:
        """Re-read and validate the dataset; on errors keep serving the old data and show the errors."""
        path = self.bot.settings.data_path
        old_count = self.bot.engine.video_count
        try:
            # Parsing is synchronous; a thread keeps the gateway heartbeat going meanwhile.
            dataset, engine = await asyncio.to_thread(self.bot.engine_factory, path)
        except DatasetError as exc:
            _log.warning("Reload failed with %d error(s); still serving the previous data", len(exc.errors))
            await ctx.reply(**text_payload(reload_failure(exc.errors)), mention_author=False)
            return
        self.bot.swap_data(dataset, engine)
        _log.info("Reloaded the dataset from %s: %d videos", dataset.path or "the shipped file",
                  engine.video_count)
        note = ""
        if engine.video_count != old_count:
            prefix = self.bot.settings.prefix
            note = f" The number of videos changed: run `{prefix}sync` to update the range of /top."
        await ctx.reply(**text_payload(f"Reloaded: {engine.video_count} videos.{note}"), mention_author=False)


    @commands.command(hidden=True)
    async def unanswered(self, ctx: Ctx, limit: int = 10) -> None:
        """The most frequent recent questions the bot declined, to turn into aliases."""
        log = self.bot.declined
        if log is None:
            await ctx.reply(**text_payload("The declined-questions log is off: set `declined_log` in the config."),
                            mention_author=False)
            return
        top = await asyncio.to_thread(log.most_frequent, max(1, min(limit, 25)))
        if not top:
            await ctx.reply(**text_payload("No declined questions logged yet."), mention_author=False)
            return
        lines = [f"{count}× {escape(question)}" for question, count in top]  # user text: no pings, no markup
        body = clip("\n".join(lines), CONTENT_LIMIT - 60)
        await ctx.reply(**text_payload("Most frequent declined questions:\n" + body), mention_author=False)


def reload_failure(errors: list[str]) -> str:
    """The reply to a failed reload: what happened, then as many errors as fit in one message."""
    head = "Reload failed; still serving the previous data. Errors:\n"
    body = "\n".join(errors) or "(no details)"
    # Leave room for the code fence; clip cuts at a line break so whole errors are shown.
    return head + "```\n" + clip(body, CONTENT_LIMIT - len(head) - 8).replace("```", "'''") + "\n```"


async def setup(bot: CampaignBot) -> None:
    """Extension entry point, so `load_extension` works too."""
    await bot.add_cog(Admin(bot))
