"""Render an `Answer` as a Discord embed that always fits Discord's embed limits.

Pure formatting: escaping of user text is the Discord front-end's job (it escapes the Answer first).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, time

import discord

from bot.dataset.schema import Dataset
from bot.engine.answer import Answer, Row
from bot.engine.format import count
from bot.render.bars import bar

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
PAGE_SIZE = 10  # rows per embed page; longer lists get Previous/Next buttons in Discord
BAR_WIDTH = 8  # characters of a row's bar (in eighths: 64 steps)


def party_colours(dataset: Dataset) -> dict[str, str]:
    """Each party id mapped to its "#RRGGBB" colour, for parties that have one."""
    return {p.id: p.colour for p in dataset.parties if p.colour}


def render_embed(answer: Answer, colours: Mapping[str, str] | None = None, *, page: int = 0,
                 page_size: int = PAGE_SIZE, posted: date | None = None) -> discord.Embed:
    """The answer as an embed: title, lines, one page of rows, links, suggestions, the source as footer."""
    # `posted` adds the video's date in Discord's timestamp format, shown in each reader's own locale.
    pages = page_count(answer, page_size)
    page = min(max(page, 0), pages - 1)
    title = clip(answer.title, TITLE_LIMIT)
    # Discord refuses an embed with neither (a title of nothing but direction marks, escaped away).
    description = clip(_description(answer, page, page_size), DESCRIPTION_LIMIT) or (None if title.strip() else "…")
    embed = discord.Embed(title=title if title.strip() else None, description=description,
                          colour=_colour(answer, colours or {}))
    if answer.answered:
        _link_video(embed, answer)
    fields: list[tuple[str, str]] = []
    if posted is not None:
        # Noon UTC: the same calendar day in every reader's time zone (midnight would show the day before
        # in the Americas).
        moment = datetime.combine(posted, time(12, tzinfo=UTC))
        fields.append(("Posted", discord.utils.format_dt(moment, "D")))
    if answer.links:
        fields.append(("Links", _lines_within((f"[{link.label}]({link.url})" for link in answer.links),
                                              FIELD_VALUE_LIMIT)))
    if answer.suggestions and not answer.answered:
        tries = (f"• {s}" for s in answer.suggestions[:MAX_SUGGESTIONS])
        fields.append(("You could ask", _lines_within(tries, FIELD_VALUE_LIMIT)))
    for name, value in fields[:FIELD_COUNT_LIMIT]:
        if value.strip():
            embed.add_field(name=clip(name, FIELD_NAME_LIMIT), value=value, inline=False)
    footer = answer.source or ""
    if pages > 1:
        footer = f"{footer} · page {page + 1} of {pages}".lstrip(" ·")
    if footer:
        embed.set_footer(text=clip(footer, FOOTER_LIMIT))
    _fit_total(embed)
    return embed


def page_count(answer: Answer, page_size: int = PAGE_SIZE) -> int:
    """How many embed pages the answer's rows take (at least 1)."""
    return max(1, -(-len(answer.rows) // max(page_size, 1)))


def format_row(row: Row, top: int, rank_width: int = 2, count_width: int = 10) -> str:
    """One ranked row as a compact line: rank, a bar scaled to `top`, the count, then the title."""
    # Inline code is monospace, so ranks, bars and right-aligned counts line up down the list.
    return f"`{row.rank:>{rank_width}} {bar(row.value, top, BAR_WIDTH)} {count(row.value):>{count_width}}` {row.label}"


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


def _description(answer: Answer, page: int = 0, page_size: int = PAGE_SIZE) -> str:
    parts = list(answer.lines)
    if answer.rows:
        if parts:
            parts.append("")
        # Widths and the bars' scale come from the whole list, so every page lines up the same way.
        top = max(r.value for r in answer.rows)
        rank_width = max(len(str(r.rank)) for r in answer.rows)
        count_width = max(len(count(r.value)) for r in answer.rows)
        shown = answer.rows[page * page_size:(page + 1) * page_size]
        parts.extend(format_row(r, top, rank_width, count_width) for r in shown)
    return "\n".join(parts)


def _link_video(embed: discord.Embed, answer: Answer) -> None:
    # A video's answer links its media and its poster: the title opens the video, the author line the profile.
    for link in answer.links:
        if link.label.startswith("@"):
            if embed.author.name is None:
                embed.set_author(name=clip(link.label, 256), url=link.url)
        elif embed.url is None:
            embed.url = link.url


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
    party = answer.party
    if party is None and answer.rows:  # a list of one party's videos takes that party's colour
        parties = {r.party for r in answer.rows}
        party = parties.pop() if len(parties) == 1 else None
    hex_colour = colours.get(party or "")
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
