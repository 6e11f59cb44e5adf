"""A question buried after a preamble: "...he was really nice, anyway who posted the video about his friend <name>",
"ok <name> asks how many of the top ten got more than 5 mil", "from <name>: '<the question>'".

A story, a greeting or who is asking comes first, then the question. What follows the last word that turns to
the question ("anyway", "asks", "wants to know") is read alone when it asks something on its own; after a colon
or inside a closing quote too. What came before must name nothing the question is narrowed by (a place, a
month, a day, a measure, an order, a figure); a year, a party or a person only in a story told before a question
that names its own video.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.engine.normalise import words

if TYPE_CHECKING:
    from collections.abc import Callable

    from bot.engine.entities import Entities
    from bot.engine.lexicon import Lexicon

    _Extract = Callable[[str], Entities]

MIN_WORDS = 4  # a question read alone says at least this many words
_ASIDE_UNITS = frozenset({"when"})  # read in a preamble, no part of a question ("from <name>:")
# A colon, or a quote opened after a space or a colon that runs to the end of the message.
_COLON = re.compile(r":\s+(?=\S)")
_QUOTE = re.compile(r"(?:^|[\s:])['\"\u2018\u201c](?=[^'\"\u2018\u2019\u201c\u201d]{10,}['\"\u2019\u201d]?\s*$)")


@lru_cache(maxsize=4)
def _turns(phrases: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    """The vocabulary's phrases that turn to the question, as one pattern (made once per vocabulary)."""
    said = "|".join(r"\s+".join(map(re.escape, p)) for p in phrases) or r"(?!)"
    return re.compile(rf"\b(?:{said})\b[\s,:;.\-\u2013\u2014]*", re.IGNORECASE)


def may_be_buried(text: str, said: list[str], lex: Lexicon) -> bool:
    """Whether a text may bury its question after a preamble (most do not)."""
    return ": " in text or not lex.turn_words.isdisjoint(said) or (
        len(said) > MIN_WORDS and _QUOTE.search(text) is not None)


def buried(text: str, lex: Lexicon, extract: _Extract) -> str | None:
    """The question after its preamble, else None (`extract`: how a text is read, passed in)."""
    turned = [m.end() for m in _turns(lex.turns).finditer(text)]
    colons = [m.end() for m in _COLON.finditer(text)]
    quotes = [m.end() for m in _QUOTE.finditer(text)]
    at = max([*turned, *colons, *quotes], default=0)
    if at == 0 or at >= len(text):
        return None
    tail = text[at:].strip().strip("'\"\u2018\u2019\u201c\u201d").strip()
    said = words(tail)
    if len(said) < MIN_WORDS or (lex.question_words.isdisjoint(said) and said[0] not in lex.request_words):
        return None
    if not (lex.video_pronouns.isdisjoint(said) and lex.them_words.isdisjoint(said)):
        return None  # ("... anyway who posted it": the video is named before)
    alone = extract(tail)
    if not (alone.videos or alone.ranks or alone.measures or alone.parties or alone.people or alone.numbers
            or alone.query.get("order")):
        return None  # ("anyway, how are you all doing": nothing of the data asked)
    before = extract(text[:at])
    if before.videos and not alone.videos:
        return None  # ("that <title> one, <a story>, anyhow how many watched her video": the video is named before)
    # (a video named before a quote or a turn and again in the question is no part of it: "she loves the <title>
    # one, '<title> views?'"; before a colon, it is: "<title> vid: views, and which show reacted")
    named = {r.best for r in before.videos} - ({r.best for r in alone.videos} if at not in colons else set())
    # ("last one i promise: ...": the asker's own last question, no order of videos)
    turns = [(k, k + len(p)) for k in range(len(before.words)) for p in lex.asking_turns
             if tuple(before.words[k : k + len(p)]) == p] if at in colons else []
    units = {u for u, found in before.query.items() if not (u == "order" and all(
        any(s <= m.start and m.end <= e for s, e in turns) for m in found))}
    if named or before.ranks or before.months or before.days or before.measures or before.numbers \
            or before.thresholds or before.platforms_named or not _ASIDE_UNITS.issuperset(units):
        # ("for the top 3, anyway what's the total", "in november anyway how many views", "by date, anyway what came
        # after <title>", "2017 election: how many retweets": the part before is of the question)
        return None
    if (before.parties or before.people or before.years) and not alone.videos:
        # ("for 2017, anyway how many retweets", "of <name>'s videos, <name> asks which got most": whose or when is
        # said before; a story of them is told only before a question naming its own video)
        return None
    return tail
