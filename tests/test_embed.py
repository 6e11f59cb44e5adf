"""Tests of bot.render.embed: content, colour, footer, and Discord's embed limits for any answer."""

from __future__ import annotations

import discord
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.answer import Answer, Link, Row
from bot.render.embed import (
    DESCRIPTION_LIMIT,
    FIELD_COUNT_LIMIT,
    FIELD_VALUE_LIMIT,
    NEUTRAL_COLOUR,
    TITLE_LIMIT,
    TOTAL_LIMIT,
    clip,
    render_embed,
)

COLOURS = {"labour": "#E4003B", "conservatives": "#0087DC"}


def top_answer() -> Answer:
    """A top-3 answer like the engine's."""
    return Answer(
        intent="top",
        answered=True,
        title="Labour's most viewed campaign videos",
        lines=("The three most viewed videos, by views across Facebook and Twitter:",),
        rows=(Row(1, "Our wonderful NHS", 13_400_000, "labour"),
              Row(2, "If you’re not sure who to vote for, watch this.", 9_500_000, "labour"),
              Row(3, "Jeremy Corbyn’s 60 second challenge", 7_200_000, "labour")),
        links=(Link("Tweet", "https://twitter.com/robdelaney"),),
        source="Figures claimed by Labour, 12 December 2019",
        party="labour",
    )


def assert_within_limits(embed: discord.Embed) -> None:
    """Every Discord embed limit holds."""
    assert len(embed.title or "") <= TITLE_LIMIT
    assert len(embed.description or "") <= DESCRIPTION_LIMIT
    assert len(embed.fields) <= FIELD_COUNT_LIMIT
    for f in embed.fields:
        assert (f.value or "").strip() and len(f.value or "") <= FIELD_VALUE_LIMIT
        assert len(f.name or "") <= 256
    assert len(embed.footer.text or "") <= 2048
    assert len(embed) <= TOTAL_LIMIT


def test_top_answer_rendered() -> None:
    embed = render_embed(top_answer(), COLOURS)
    assert embed.title == "Labour's most viewed campaign videos"
    assert embed.description is not None
    # One compact line per video: rank, a bar, the count right-aligned in monospace, then the title.
    assert "`1 ████████ 13,400,000` Our wonderful NHS" in embed.description
    assert "`3 ████▎     7,200,000` Jeremy Corbyn’s 60 second challenge" in embed.description
    assert embed.description.startswith("The three most viewed videos")
    assert embed.footer.text == "Figures claimed by Labour, 12 December 2019"
    assert embed.colour == discord.Colour(0xE4003B)
    assert [f.name for f in embed.fields] == ["Links"]
    assert embed.fields[0].value == "[Tweet](https://twitter.com/robdelaney)"
    assert_within_limits(embed)


def test_refusal_shows_suggestions_and_neutral_colour() -> None:
    answer = Answer(intent="lookup", answered=False, title="Not in the data",
                    lines=("I only have views across Facebook and Twitter.",),
                    suggestions=("a", "b", "c", "d"), party="labour")
    embed = render_embed(answer, COLOURS)
    assert embed.colour == NEUTRAL_COLOUR
    assert embed.fields[0].name == "You could ask"
    assert embed.fields[0].value == "• a\n• b\n• c"  # at most three
    assert not embed.footer.text


def test_unknown_party_colour_is_neutral() -> None:
    answer = Answer(intent="x", answered=True, title="t", party="greens")
    assert render_embed(answer, COLOURS).colour == NEUTRAL_COLOUR
    assert render_embed(answer).colour == NEUTRAL_COLOUR


def test_huge_answer_is_cut_to_the_limits() -> None:
    answer = Answer(
        intent="top", answered=False, title="T" * 1000,
        lines=tuple("line " * 50 for _ in range(200)),
        rows=tuple(Row(i, "video " * 30, i * 1000) for i in range(1, 300)),
        links=tuple(Link("l" * 300, "https://example.org/" + "x" * 200) for _ in range(50)),
        suggestions=tuple("s" * 2000 for _ in range(5)),
        source="S" * 5000,
    )
    embed = render_embed(answer, COLOURS)
    assert_within_limits(embed)
    assert embed.title is not None and embed.title.endswith("…")
    for f in embed.fields:  # links are whole lines, never half a markdown link
        if f.name == "Links":
            assert all(line.endswith(")") for line in (f.value or "").splitlines())


def test_clip_prefers_line_breaks() -> None:
    assert clip("short", 10) == "short"
    assert clip("", 10) == "" and clip(None, 10) == ""
    assert clip("aaaa\nbbbb\ncccc", 12) == "aaaa\nbbbb…"
    assert clip("a" * 20, 10) == "a" * 9 + "…"


text = st.text(max_size=3000)


@settings(max_examples=60, deadline=None)
@given(
    title=text,
    lines=st.lists(text, max_size=8),
    rows=st.lists(st.builds(Row, st.integers(1, 999), text, st.integers(0, 10**12)), max_size=40),
    links=st.lists(st.builds(Link, text, st.just("https://example.org/a")), max_size=30),
    suggestions=st.lists(text, max_size=5),
    source=st.one_of(st.none(), text),
    answered=st.booleans(),
)
def test_any_answer_fits(title: str, lines: list[str], rows: list[Row], links: list[Link],
                         suggestions: list[str], source: str | None, answered: bool) -> None:
    answer = Answer(intent="x", answered=answered, title=title, lines=tuple(lines), rows=tuple(rows),
                    links=tuple(links), suggestions=tuple(suggestions), source=source, party="labour")
    assert_within_limits(render_embed(answer, COLOURS))
