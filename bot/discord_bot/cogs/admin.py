"""Owner-only prefix commands: `sync` the slash commands, `reload` the dataset, list `unanswered` questions.

What `reload` and `unanswered` report can be private (a dataset's contents, questions from DMs and other
servers): typed in a server's channel, they say there only what happened and send the details to the owner
in a DM, with links shown as text and no previews.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
from typing import TYPE_CHECKING, Any

import discord
from discord.ext import commands
from discord.utils import escape_mentions

from bot.dataset.loader import DatasetError, default_dataset_path
from bot.dataset.reading import display_name
from bot.discord_bot.replies import CONTENT_LIMIT, escape, text_payload
from bot.discord_bot.throttle import Throttled
from bot.render.embed import clip

if TYPE_CHECKING:
    from bot.discord_bot.client import CampaignBot

_log = logging.getLogger(__name__)

Ctx = commands.Context[Any]
_MARKUP = re.compile(r"<(?=[@#/]|t:|id:)")  # mention, channel, command and timestamp syntax
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


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
        """Re-read and validate the dataset; on errors keep serving the old data and tell the owner privately."""
        path = self.bot.settings.data_path
        old_count = self.bot.engine.video_count
        try:
            # Parsing is synchronous; a thread keeps the gateway heartbeat going meanwhile.
            dataset, engine = await asyncio.to_thread(self.bot.engine_factory, path)
        except DatasetError as exc:
            _log.warning("Reload failed; still serving the previous data:\n%s", "\n".join(exc.errors))
            file = os.fspath(path or default_dataset_path())
            count = f"{len(exc.errors)} error{'s' if len(exc.errors) != 1 else ''}"
            public = f"Reload failed: {count} in {escape(os.path.basename(file))}; still serving the previous data."
            await self._tell_owner(ctx, reload_failure(short_file_names(exc.errors, file)), public, "the errors")
            return
        self.bot.swap_data(dataset, engine)
        _log.info("Reloaded the dataset from %s: %d videos", dataset.path or "the shipped file",
                  engine.video_count)
        note = ""
        if engine.video_count != old_count:
            prefix = self.bot.settings.prefix
            note = f" The number of videos changed: run `{prefix}sync` to update the range of /top."
        # Say which file (the admin may have edited another), by its name only: a channel never sees server
        # paths; the log has the full path.
        where = escape(os.path.basename(dataset.path)) if dataset.path else "the shipped dataset"
        await ctx.reply(**text_payload(f"Reloaded {where}: {engine.video_count} videos.{note}"), mention_author=False)

    @commands.command(hidden=True)
    async def unanswered(self, ctx: Ctx, limit: int = 10) -> None:
        """The most frequent recent declined questions, to turn into aliases; sent to the owner privately."""
        log = self.bot.declined
        if log is None:
            await ctx.reply(**text_payload("The declined-questions log is off: set `declined_log` in the config."),
                            mention_author=False)
            return
        guild = ctx.guild  # in a server: that server's questions only; in a DM: all of them
        top = await asyncio.to_thread(log.most_frequent, max(1, min(limit, 25)), guild.id if guild else None)
        if not top:
            where = " from this server" if guild else ""
            await ctx.reply(**text_payload(f"No declined questions logged{where} yet."), mention_author=False)
            return
        head = (f"Most frequent declined questions in {escape(guild.name)}:" if guild
                else "Most frequent declined questions, from every server and DM:")
        lines = [f"{count}× {question}" for question, count in top]
        await self._tell_owner(ctx, head + "\n" + code_block(lines, CONTENT_LIMIT - len(head) - 1), "",
                               "the most frequent declined questions from this server")

    async def _tell_owner(self, ctx: Ctx, private: str, public: str, what: str) -> None:
        """`private` as the reply in a DM; from a server, sent by DM, and only `public` said in the channel."""
        if ctx.guild is None:
            await ctx.reply(**private_payload(private), mention_author=False)
            return
        try:
            await ctx.author.send(**private_payload(private))
        except discord.HTTPException as exc:  # DMs closed to the bot (403), or Discord failing
            _log.warning("Could not DM owner %s: %s %s", ctx.author.id, exc.status, exc.text or "")
            done = (f"I could not send you {what} in a DM: allow direct messages from this server's members, "
                    f"or send me `{ctx.prefix}{ctx.invoked_with}` in a DM.")
        else:
            done = f"I sent you {what} in a DM."
        await ctx.reply(**text_payload(f"{public} {done}".strip()), mention_author=False)


def private_payload(text: str) -> dict[str, Any]:
    """Send arguments for text meant for the owner alone: no pings, no link previews."""
    return text_payload(text) | {"suppress_embeds": True}


def code_block(lines: list[str], limit: int) -> str:
    """User text shown literally: in a code block no markdown, mention or link works (links are not clickable)."""
    def inert(line: str) -> str:
        # A backtick could close the block; direction overrides would reorder it; mentions get a zero-width
        # space (invisible in the block) in case a client renders one anyway.
        return _MARKUP.sub("<\u200b", escape_mentions(_BIDI.sub("", line.replace("`", "'"))))

    return "```\n" + clip("\n".join(inert(line) for line in lines), limit - 8) + "\n```"


def short_file_names(errors: list[str], file: str) -> list[str]:
    """The errors with the dataset's path shown as its file name alone: no server paths in Discord."""
    shown, short = display_name(file), os.path.basename(file)
    return [short + error[len(shown):] if error.startswith(shown) else error for error in errors]


def reload_failure(errors: list[str]) -> str:
    """The private report of a failed reload: what happened, then as many errors as fit in one message."""
    head = "Reload failed; still serving the previous data. Errors:\n"
    body = "\n".join(errors) or "(no details)"
    # Leave room for the code fence; clip cuts at a line break so whole errors are shown.
    return head + "```\n" + clip(body, CONTENT_LIMIT - len(head) - 8).replace("```", "'''") + "\n```"


async def setup(bot: CampaignBot) -> None:
    """Extension entry point, so `load_extension` works too."""
    await bot.add_cog(Admin(bot))
