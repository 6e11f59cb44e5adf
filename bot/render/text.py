"""Plain-text rendering of an Answer: the CLI's output, and Discord's fallback without embeds."""

from __future__ import annotations

from bot.engine.answer import Answer
from bot.engine.format import both

TITLE_CHARS = 256  # as an embed title: a title never crowds out the answer, and its bold always closes


def rows_text(answer: Answer) -> list[str]:
    """A ranked list, one line per row, counts right-aligned."""
    if not answer.rows:
        return []
    return [f"#{r.rank} {r.label}: {both(r.value)}" for r in answer.rows]


def render_text(answer: Answer) -> str:
    """The whole reply as plain text: title, lines, list, links, suggestions, source."""
    title = " ".join(answer.title.split())  # one line: a line break inside would leave the bold open
    title = title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…"
    out = [f"**{title}**", *answer.lines, *rows_text(answer)]
    out += [f"{link.label}: {link.url}" for link in answer.links]
    if answer.suggestions:
        out.append("Try: " + " · ".join(answer.suggestions))
    if answer.source:
        out.append(answer.source)
    return "\n".join(out)
