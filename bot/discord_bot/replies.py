"""Turn an engine `Answer` into safe send arguments: escaped, embed or plain text, within Discord's limits."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import discord
from discord.utils import escape_markdown, escape_mentions

from bot.engine.answer import Answer
from bot.render.embed import clip, render_embed
from bot.render.text import render_text

CONTENT_LIMIT = 2000
NO_MENTIONS = discord.AllowedMentions.none()
GENERIC_ERROR = "Sorry, something went wrong while answering that. The details are in the bot's log."


def escape(text: str) -> str:
    """User-influenced text made inert: markdown shown literally, @everyone and user mentions defused."""
    return escape_mentions(escape_markdown(text))


def escape_answer(answer: Answer) -> Answer:
    """The answer with every human-readable text escaped; URLs stay as they are."""
    # The engine may echo what the user typed (an unknown name, say); escaping all text is simpler and
    # safer than tracking which words came from the user. Dataset titles are unaffected in practice.
    return dataclasses.replace(
        answer,
        title=escape(answer.title),
        lines=tuple(escape(line) for line in answer.lines),
        rows=tuple(dataclasses.replace(r, label=escape(r.label)) for r in answer.rows),
        links=tuple(dataclasses.replace(link, label=escape(link.label)) for link in answer.links),
        suggestions=tuple(escape(s) for s in answer.suggestions),
    )


def answer_payload(answer: Answer, *, embeds: bool, colours: Mapping[str, str]) -> dict[str, Any]:
    """Keyword arguments for send/reply: an embed when allowed, else plain text of at most 2,000 chars."""
    safe = escape_answer(answer)
    if embeds:
        return {"embed": render_embed(safe, colours), "allowed_mentions": NO_MENTIONS}
    return text_payload(render_text(safe))


def text_payload(text: str) -> dict[str, Any]:
    """Keyword arguments for a plain-text send that fits the content limit and pings no one."""
    return {"content": clip(text, CONTENT_LIMIT) or "…", "allowed_mentions": NO_MENTIONS}


def wants_embed(permissions: discord.Permissions | None) -> bool:
    """Whether to send an embed: only where the bot may embed links (unknown permissions: assume yes)."""
    return permissions is None or permissions.embed_links
