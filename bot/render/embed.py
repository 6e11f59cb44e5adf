"""Render an `Answer` as a Discord embed that always fits Discord's embed limits.

Pure formatting: escaping of user text is the Discord front-end's job (it escapes the Answer first).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import discord

from bot.dataset.schema import Dataset
from bot.engine.answer import Answer, Row
from bot.engine.format import both

# Discord's documented embed limits.
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_COUNT_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
TOTAL_LIMIT = 6000

ELLIPSIS = "…"
NEUTRAL_COLOUR = discord.Colour(0x99AAB5)  # for answers tied to no party, and refusals
MAX_SUGGESTIONS = 3


def party_colours(dataset: Dataset) -> dict[str, str]:
    """Each party id mapped to its "#RRGGBB" colour, for parties that have one."""
    return {p.id: p.colour for p in dataset.parties if p.colour}


def render_embed(answer: Answer, colours: Mapping[str, str] | None = None) -> discord.Embed:
    """The answer as an embed: title, lines and ranked rows, links, suggestions, the source as footer."""
    embed = discord.Embed(
        title=clip(answer.title, TITLE_LIMIT) or None,
        description=clip(_description(answer), DESCRIPTION_LIMIT) or None,
        colour=_colour(answer, colours or {}),
    )
    fields: list[tuple[str, str]] = []
    if answer.links:
        fields.append(("Links", _lines_within((f"[{link.label}]({link.url})" for link in answer.links),
                                              FIELD_VALUE_LIMIT)))
    if answer.suggestions and not answer.answered:
        tries = (f"• {s}" for s in answer.suggestions[:MAX_SUGGESTIONS])
        fields.append(("You could ask", _lines_within(tries, FIELD_VALUE_LIMIT)))
    for name, value in fields[:FIELD_COUNT_LIMIT]:
        if value.strip():
            embed.add_field(name=clip(name, FIELD_NAME_LIMIT), value=value, inline=False)
    if answer.source:
        embed.set_footer(text=clip(answer.source, FOOTER_LIMIT))
    _fit_total(embed)
    return embed


def format_row(row: Row) -> str:
    """One ranked row as a compact line: rank, title in bold, the count in full and short."""
    return f"`{row.rank:>2}.` **{row.label}** — {both(row.value)}"


def clip(text: str | None, limit: int) -> str:
    """Text cut to at most `limit` characters, at a line break when one is near, marked with "…"."""
    if not text:
        return ""
    if len(text) <= limit:
        return text
    cut = text[: limit - len(ELLIPSIS)]
    newline = cut.rfind("\n")
    if newline >= limit // 2:  # prefer whole lines, but never throw away more than half
        cut = cut[:newline]
    return cut.rstrip() + ELLIPSIS


def _description(answer: Answer) -> str:
    parts = list(answer.lines)
    if answer.rows:
        if parts:
            parts.append("")
        parts.extend(format_row(r) for r in answer.rows)
    return "\n".join(parts)


def _lines_within(lines: Iterable[str], limit: int) -> str:
    # Whole lines only: half a markdown link would show as broken syntax.
    out: list[str] = []
    used = 0
    for line in lines:
        line = clip(line.strip(), limit)
        if not line:  # Discord rejects blank field values
            continue
        extra = len(line) + (1 if out else 0)
        if used + extra > limit:
            break
        out.append(line)
        used += extra
    return "\n".join(out)


def _colour(answer: Answer, colours: Mapping[str, str]) -> discord.Colour:
    hex_colour = colours.get(answer.party or "")
    if not answer.answered or not hex_colour:
        return NEUTRAL_COLOUR
    try:
        return discord.Colour.from_str(hex_colour)
    except ValueError:  # the loader validates colours; stay safe if one slips through
        return NEUTRAL_COLOUR


def _fit_total(embed: discord.Embed) -> None:
    # The 6,000-character total counts title, description, field names and values, and footer.
    while len(embed) > TOTAL_LIMIT and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    excess = len(embed) - TOTAL_LIMIT
    if excess > 0 and embed.description:
        embed.description = clip(embed.description, max(len(embed.description) - excess, 1))
