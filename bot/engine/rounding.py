"""Rounding asked for a figure ("to the nearest 100k", "to 2 sig figs", "in standard form", "in words", "in
millions"): read from the question, then said under the answer's first figure; and a ratio or share in lowest terms
("in simplest form").
The answer's figures stay exact; the rounded one is added beside them."""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction
from math import floor, log10
from typing import TYPE_CHECKING

from bot.engine import format as fmt
from bot.engine.answer import Answer
from bot.engine.normalise import said_at

if TYPE_CHECKING:  # (the lexicon imports nothing from here; only its type is read)
    from bot.engine.lexicon import Lexicon

MAX_FIGURES = 9  # significant figures a question may ask
_RATE = re.compile(r"about ([\d,]+(?:\.\d+)?) a (?:day|week)")  # a figure a day, beside the total it is of
_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+")  # a count in full as replies write it ("2,747,000"); no date


def rounding(words: list[str], numbers: dict[int, float], lex: Lexicon) -> tuple[str, float, frozenset[int]] | None:
    """What rounding the question asks, and the words saying it: ("nearest", 100000.0, ...), ("figures", 2.0,
    ...), ("standard", 0.0, ...) or ("spoken", the figure said or 0.0, ...). `numbers`: each figure read, by the
    position it starts at. The first form said is shown; the words of a spoken one said after it are taken too
    ("to the nearest million, in words": "words" is no tweet's text asked)."""
    if lex.rounding_words.isdisjoint(words):
        return None  # (most questions)
    asked = _first_asked(words, numbers, lex)
    if asked is None:
        return None
    spoken = {j for i, w in enumerate(words) if w in lex.rounding_firsts
              if (p := said_at(words, i, lex.rounding_spoken)) for j in range(i, i + len(p))}
    return asked[0], asked[1], frozenset(asked[2]) | spoken


def _first_asked(words: list[str], numbers: dict[int, float], lex: Lexicon) -> tuple[str, float, range] | None:
    """The first rounding form said, its figure, and its words' positions."""
    firsts = lex.rounding_firsts
    for i, w in enumerate(words):
        if w not in firsts:
            continue  # (no phrase starts here: most words)
        if w in lex.rounding_nearest:
            # "nearest hundred thousand", "nearest 100k", "nearest million": the unit after it
            unit, end = numbers.get(i + 1), i + 2
            if unit is None:
                # ("nearest mil", "nearest k": a short form of the unit)
                scales = [lex.spoken_scales.get(x) or lex.multipliers.get(x)
                          for x in words[i + 1 : i + 3]] + [None, None]
                unit = float(scales[0] * (scales[1] or 1)) if scales[0] else None
                end = i + 2 + bool(scales[1])
            # (a power of ten: "nearest 3.5m views" asks the video nearest that figure, no rounding)
            if unit and unit >= 1 and log10(unit).is_integer():
                return "nearest", unit, range(i, end)
        if i > 0 and (phrase := said_at(words, i, lex.rounding_figures)):
            n = lex.whole_number(words[i - 1]) or 0
            if 1 <= n <= MAX_FIGURES:
                return "figures", float(n), range(i - 1, i + len(phrase))
        if phrase := said_at(words, i, lex.rounding_standard):
            return "standard", 0.0, range(i, i + len(phrase))
        if (phrase := said_at(words, i, lex.rounding_scaled)) and (unit := lex.spoken_scales.get(
                lex.rounding_scaled[phrase])) and _ends_ask(words, i + len(phrase), phrase, lex):
            return "scaled", float(unit), range(i, i + len(phrase))  # "in millions": the figure in that unit
        if phrase := said_at(words, i, lex.rounding_spoken):
            # "how do I say 2,747,000 out loud": that figure; else the answer's first
            said = [v for _, v in sorted(numbers.items()) if v >= 1000]  # (a count, not "top 3")
            return "spoken", said[0] if said else 0.0, range(i, i + len(phrase))
    return None


def _ends_ask(words: list[str], end: int, phrase: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether a unit said in one letter ("in k", "in m") ends what is asked, as a rounding does (not another
    language's "in <k: what> wrote")."""
    return len(phrase[-1]) > 1 or end == len(words) or words[end] in lex.measure_words or words[end] in lex.stopwords \
        or words[end] in lex.content_words  # ("in k, <title word> views")


def rounded(answer: Answer, asked: tuple[str, float], places: int | None = None, rate: bool = False) -> Answer:
    """The answer with its first figure rounded as asked (`places`: decimal places said, for a figure in a unit;
    `rate`: a figure a day asked, so that one), in a line after the first."""
    if not answer.answered or not answer.lines:
        return answer
    kind, n = asked[0], asked[1]
    if kind == "spoken":
        figure = n or next((float(m.group().replace(",", "")) for line in answer.lines
                            if (m := _FIGURE.search(line))), None)
        if not figure:
            return answer
        line = f"{fmt.count(figure)} in words: {fmt.spoken(figure)}."
        return replace(answer, lines=(answer.lines[0], line, *answer.lines[1:]))
    pair = answer.details.get("pair")
    if kind == "figures" and isinstance(pair, tuple) and len(pair) == 2 and all(pair) and (
            " times " in answer.lines[0] or "%" in answer.lines[0]):
        # ("2019 RTs divided by 2017 RTs, to 3 significant figures": the ratio or share itself, not a count beside it)
        a, b = float(pair[0]), float(pair[1])
        value = max(a, b) / min(a, b) if " times " in answer.lines[0] else a / b * 100
        kept = float(f"{value:.{int(n)}g}")  # (to n figures; shown without an exponent: "520", "1.71")
        decimals = max(0, int(n) - 1 - floor(log10(abs(kept)))) if kept else 0
        shown = f"{kept:,.{decimals}f}" + ("%" if "%" in answer.lines[0] and " times " not in answer.lines[0] else "")
        line = f"To {int(n)} significant figure{'s' if n != 1 else ''}: {shown}."
        return replace(answer, lines=(answer.lines[0], line, *answer.lines[1:]))
    # (the first line with a figure: "<poster> posted <title>", a line with no number, may come before the count)
    at = 1 if answer.lines[1:] and not any(c.isdigit() for c in answer.lines[0]) else 0
    found = (_RATE.search(answer.lines[at]) if rate else None) or _FIGURE.search(answer.lines[at])
    if found is None:
        return answer
    value = float((found.group(1) if found.re is _RATE else found.group()).replace(",", ""))
    if kind == "nearest":
        kept = _half_up(value, n)  # (a count of millions said short too, "4,000,000 (4M)", as people write it)
        line = f"Rounded to the nearest {fmt.count(n)}: {fmt.both(kept) if kept >= 1_000_000 else fmt.count(kept)}."
    elif kind == "scaled":
        unit = fmt.spoken(n).split()[-1]  # ("one million": "million")
        shown = f"{value / n:,.{places}f}" if places is not None else f"{value / n:,.3f}".rstrip("0").rstrip(".")
        line = f"In {unit}s: {shown} {unit}" + (f" (to {places} decimal place{'s' if places != 1 else ''})."
                                                 if places is not None else ".")
    elif kind == "figures":
        step = 10 ** (floor(log10(abs(value))) - int(n) + 1)
        line = f"Rounded to {int(n)} significant figure{'s' if n != 1 else ''}: {fmt.count(_half_up(value, step))}."
    else:
        power = floor(log10(abs(value)))
        mantissa = f"{value / 10 ** power:.6f}".rstrip("0").rstrip(".")
        line = f"In standard form: {mantissa} × 10^{power}."
    if found.re is _RATE and kind in ("nearest", "figures"):
        line = f"{line[:-1]} a {found.group(0).rsplit(' a ', 1)[1]}."  # ("57,000 a day")
    return replace(answer, lines=(*answer.lines[: at + 1], line, *answer.lines[at + 1 :]))


def _half_up(value: float, step: float) -> float:
    """Rounded to a multiple of `step`, a half going up as taught in school (6,500,000 to 1 figure: 7,000,000)."""
    return floor(value / step + 0.5) * step


def in_lowest_terms(answer: Answer) -> Answer:
    """The answer with the two figures its ratio or share is of, as a fraction in lowest terms, after its first line."""
    pair = answer.details["pair"]
    if not (isinstance(pair, tuple) and len(pair) == 2):
        return answer
    a, b = float(pair[0]), float(pair[1])
    if not (a.is_integer() and b.is_integer()) or not b:
        return answer
    reduced = Fraction(int(a), int(b))
    line = f"In lowest terms: {reduced.numerator}:{reduced.denominator} ({reduced.numerator}/{reduced.denominator})."
    return replace(answer, lines=(*answer.lines[:1], line, *answer.lines[1:]))
