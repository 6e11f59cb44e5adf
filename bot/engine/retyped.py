"""A word typed again later in the message to mend one mistyped before it ("how many vows did it get? sorry,
I meant views", "the mean tweezers video, tweets I mean", "vote not vole", "*views").

Autocorrect and fast thumbs turn a word into another real word; people mend it in the next breath. The word
before that is most like the one typed again (and that the tables do not know) is read as it, and the
mending part is dropped; the forms of mending are vocabulary data (`retype_phrases`, `retype_against`,
`retype_around`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.engine.normalise import stem, words

if TYPE_CHECKING:
    from bot.engine.lexicon import Lexicon

_MARKS = (".", "?", "!", ",", ";", ":")  # (a part may follow one of them)
# Where a mending part may start: after a mark that ends or breaks a sentence, or a dash between spaces.
_PARTS = re.compile(r"([.?!,;:]+\s*|\s[-\u2013\u2014]+\s)")
# "<party> i mean <party>": one name said for another, mended at once in the same clause.
_NAME_SLIP = re.compile(r"\b([a-z]+)\s*,?\s+(?:sorry,?\s+)?i mean[t]?\s*,?\s+([a-z]+)\b", re.IGNORECASE)
LIKE = 60.0  # the least likeness (rapidfuzz ratio, of 100) of a mistyped word to the word typed again
LIKE_BARE = 75.0  # ... when the word is typed again alone, with no word saying it mends one ("top fife? five")
MARGIN = 5.0  # over the next most like word


def may_retype(text: str, said: list[str], lex: Lexicon) -> bool:
    """Whether a text may mend a word it typed before (most do not: then `retyped` keeps it as it is)."""
    if "*" in text:
        return True
    ask = text.rfind("?")  # ("... the top fife? five": one word typed again alone after the question)
    if ask != -1 and len(tail := text[ask + 1 :].split()) == 1 and tail[0].isalpha():
        return True
    if lex.retype_words.isdisjoint(said):
        return False  # (most questions)
    if _name_slipped(text, lex) is not None:
        return True
    # A later part mends: a mark before the text's end, and one of the mending phrases said ("mean" of "i mean",
    # not of "mean views"; "not" of "vote not vole")
    end = len(text.rstrip()) - 1
    if not any(0 <= text.find(mark) < end for mark in _MARKS) and " - " not in text:
        return False
    if not lex.retype_against.isdisjoint(said):
        return True
    joined = f" {' '.join(said)} "
    return any(phrase in joined for phrase in lex.retype_spaced)


def retyped(text: str, lex: Lexicon) -> str:
    """The text with a mistyped word read as the word a later part types again, that part dropped; else as it is."""
    if (slipped := _name_slipped(text, lex)) is not None:
        return slipped
    parts = _PARTS.split(text)
    segments, marks = parts[0::2], parts[1::2]
    for j in range(1, len(segments)):
        last = not "".join(segments[j + 1 :]).strip()
        mended = _mending(segments[j], lex, bare=last and "?" in marks[j - 1])
        first = j
        if mended is None and j >= 2:
            # ("<name>!! not <typo>": the word typed again alone, what it mends after "not", in the next part)
            core, before = _core(segments[j], lex), _core(segments[j - 1], lex)
            if len(core) == 2 and core[0] in lex.retype_against and len(before) == 1 and before[0].isalpha() \
                    and core[1].isalpha() and before[0] in lex.known and core[1] not in lex.known:
                mended, first = (before[0], core[1], LIKE), j - 1
        if mended is None:
            continue
        word, wrong, least = mended
        # The question is what comes before the mending part and the parts around it that only say sorry.
        start = first
        while start > 1 and not _core(segments[start - 1], lex):
            start -= 1
        asked = "".join(p for k in range(start) for p in (segments[k], marks[k] if k < start - 1 else ""))
        wrong = wrong if wrong is not None else _most_like(word, words(asked), lex, least)
        if wrong is None or wrong == word or not re.search(rf"\b{re.escape(wrong)}\b", asked, re.IGNORECASE):
            return text
        asked = re.sub(rf"\b{re.escape(wrong)}\b", word, asked, flags=re.IGNORECASE)
        # (what follows the mending part stays only where it asks something: "..., without the e" is more mending)
        rest = "".join(p for k in range(j + 1, len(segments)) for p in (marks[k - 1], segments[k]))
        ended = "?" if "?" in marks[start - 1] else ""
        return f"{asked}{ended} {rest}" if "?" in rest else f"{asked}{ended}"
    return text


def _name_slipped(text: str, lex: Lexicon) -> str | None:
    """The text with a name said by mistake taken out, when the same clause mends it ("than the <other party> i mean
    <party>", "did <name> i mean <name> get": the name said again is the one asked about), else None."""
    slip = _NAME_SLIP.search(text)
    if slip is None:
        return None
    names = lex.names.words()
    named, said, slipped = names | lex.title_words, slip[2].casefold(), slip[1].casefold()
    # (the word mended is a name too, or one no table knows: not "later i mean <name>", "ratio i mean <name>",
    # "<title's first word> <title's last word> i mean <title>")
    if (said in named or stem(said) in named) and said not in lex.stopwords and slipped != said and (
            slipped in names or slipped not in lex.known):
        return text[: slip.start()] + text[slip.start(2) :]
    return None


def _core(segment: str, lex: Lexicon) -> list[str]:
    """A part's words without those that only say sorry or fill ("sorry, autocorrect", "lol")."""
    return _kept(words(segment), lex)


def _kept(said: list[str], lex: Lexicon) -> list[str]:
    """The words without those that only say sorry or fill (a word set against another, "not", kept)."""
    return [w for w in said if w not in lex.retype_around and (w in lex.retype_against or w not in lex.stopwords)]


def _mending(segment: str, lex: Lexicon, bare: bool) -> tuple[str, str | None, float] | None:
    """(the word typed again, the word it mends when the part names it, how like it the mended word must be) when
    a part mends a word, else None."""
    said = words(segment)
    marked = segment.lstrip().startswith("*")
    joined = f" {' '.join(said)} "
    for phrase in lex.retype_spaced:  # ("i meant <word>", "<word> i mean", "its spelt <word>"; longest first)
        at = joined.find(phrase)
        if at != -1:
            k, n = joined.count(" ", 0, at), phrase.count(" ") - 1  # (its first word's place, and its length)
            said = [*said[:k], *said[k + n :]]
            marked = True
            break
    core = _kept(said, lex)
    if len(core) == 3 and core[1] in lex.retype_against and core[0] != core[2] and core[0].isalpha() \
            and core[2].isalpha() and core[0] in lex.known and core[2] not in lex.known:
        return core[0], core[2], LIKE  # "vote not vole" (not "<title word> not <title word>": a choice said)
    if len(core) != 1 or core[0] not in lex.known or not core[0].isalpha():
        return None
    if marked:
        return core[0], None, LIKE
    return (core[0], None, LIKE_BARE) if bare else None  # (a word typed again alone: the one it mends very like it)


def _most_like(word: str, asked: list[str], lex: Lexicon, least: float) -> str | None:
    """The word of the question most like `word` (none the tables know), with a margin over the next."""
    from rapidfuzz.fuzz import ratio

    scored = sorted({(ratio(word, w), w) for w in set(asked) if w not in lex.known and w.isalpha()
                     and w[:1] == word[:1]}, reverse=True)
    if not scored or scored[0][0] < least or (len(scored) > 1 and scored[0][0] - scored[1][0] < MARGIN):
        return None
    return scored[0][1]
