"""Turn an engine `Answer` into safe send arguments: escaped, embed or plain text, within Discord's limits."""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Mapping
from typing import Any

import discord
from discord.utils import escape_mentions

from bot.engine.answer import Answer
from bot.render.embed import clip, render_embed
from bot.render.text import render_text

_log = logging.getLogger(__name__)

CONTENT_LIMIT = 2000
NO_MENTIONS = discord.AllowedMentions.none()
GENERIC_ERROR = "Sorry, something went wrong while answering that. The details are in the bot's log."


# Our own escaping, linear in the text: discord.utils.escape_markdown backtracks on brackets ("[](" * 1000
# takes seconds), which would stall the gateway heartbeat on one hostile message.
# Links are kept as typed so they still work, but end at markup, so "https://a)[x](https://b)" can't hide a link.
URL = re.compile(r"https?://[^\s<>\[\]()*~|`\\]*[^\s<>\[\]()*~|`\\.,:;\"']")
_INLINE = re.compile(r"[\\*_~|`\[\]]")  # bold, italics, strike, spoiler, code, masked links, escapes
# Line-start syntax: quotes, headings, subtext, lists ("1. " is escaped at its dot: "\1" would show).
# Line breaks as Discord's (JavaScript) markdown counts them, not only "\n".
_LINE_START = re.compile(r"(?:^|(?<=[\n\r\u2028\u2029]))([ \t]*(?:\d+(?=\.\s)|(?=[>#+\-])))([>#+\-.])")
_MARKUP = re.compile(r"<(?=[@#/]|t:|id:)")  # <@user>, <@&role>, <#channel>, </command:id>, <t:time>
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")  # direction overrides would reorder the bot's own text
ZWSP = "\u200b"


def escape_markdown(text: str) -> str:
    """Discord markdown shown literally: every markup character gets a backslash, URLs stay intact."""
    out: list[str] = []
    last = 0
    for url in URL.finditer(text):
        out.append(_INLINE.sub(r"\\\g<0>", text[last:url.start()]))
        out.append(url.group())
        last = url.end()
    out.append(_INLINE.sub(r"\\\g<0>", text[last:]))
    return _LINE_START.sub(r"\1\\\2", "".join(out))


def escape(text: str) -> str:
    """User-influenced text made inert: markdown shown literally, no mention syntax, no direction overrides."""
    text = escape_mentions(escape_markdown(_BIDI.sub("", text)))  # @everyone, @here -> @\u200beveryone
    return _MARKUP.sub("<" + ZWSP, text)


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


def loose_reference(message: discord.Message) -> discord.MessageReference:
    """A reply link that Discord drops, instead of refusing the reply, when the message was deleted meanwhile."""
    # With the default (fail_if_not_exists=True) a question deleted before the answer makes the reply fail
    # with 400 Unknown Message; the answer is still worth posting, just without the link.
    return message.to_reference(fail_if_not_exists=False)


def note_if_unlinked(message: discord.Message, sent: object) -> None:
    """Log one line when Discord posted our reply without its link: the question was deleted meanwhile."""
    if isinstance(sent, discord.Message) and sent.reference is None:
        _log.info("Message %s was deleted before the reply; answered without the reply link (channel %s)",
                  message.id, getattr(message.channel, "id", "?"))


async def reply_to(message: discord.Message, **kwargs: Any) -> discord.Message:
    """message.reply, except that a question deleted meanwhile gets its answer without the reply link."""
    sent = await message.channel.send(reference=loose_reference(message), **kwargs)
    note_if_unlinked(message, sent)
    return sent
