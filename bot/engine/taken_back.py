"""A part of a question taken back and said again ("which was one place above <title>? *below", "total of 5th to
10th? no wait 6th to 10th", "<title> views, no wait not <title>, i meant <title>", "days before polling... no wait,
days between <A> and <B>").

What follows the taking back replaces what the question said of the same kind: the place beside a video, its
numbers, a video named; or, when it asks something on its own, the whole question. A mistyped word mended is
retyped.py's; a place taken back right after it is said ("the second no sorry the third") is the lexicon's.
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

# A taking back opens a part: after a mark that ends or breaks a sentence, or a dash between spaces.
_OPENS = r"(?:[.?!,;:\u2026]\s*|\s[-\u2013\u2014]+\s)"
_CUT = r"(?<=\w)[-\u2013\u2014]+\s+"  # a dash that cuts a word short ("nicky morgan- no scratch that")
_STAR = re.compile(_OPENS + r"\*\s*(?=\w)")  # "*below": the word said again, marked
# A mark that breaks a sentence, not one between digits ("3,000,000", "2.5m"), or a dash between spaces: where a part
# said again after its taking back, or a guess denied, stands.
_BREAK = r"(?:[.,](?!\d)|[?!;:\u2026])\s*"
_MARK = re.compile(rf"{_BREAK}|\s[-\u2013\u2014]+\s")
WHOLE_WORDS = 4  # a part said again with a question word and this many words asks on its own
NAME_AROUND = 2  # a video said again with at most this many words around its name ("the <title> one")
FRAGMENT_WORDS = 5  # ... else it says again only a part of the question, in at most this many words
MEASURE_WORDS = 2  # a measure said again in at most this many words ("facebook views")


@lru_cache(maxsize=4)
def _said(backs: tuple[tuple[str, ...], ...], hesitations: frozenset[str],
          cut: frozenset[str] = frozenset()) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The vocabulary's taking-back phrases opening a part (after a mark, or a sound of hesitating: "how many bids
    er i mean views"; after a word cut short, perhaps with a "no" before it), and said again right after one (made
    once per vocabulary)."""
    said = "|".join(r"\s+".join(map(re.escape, p)) for p in backs) or r"(?!)"
    hesitated = "|".join(map(re.escape, sorted(hesitations))) or r"(?!)"
    cut_said = "|".join(map(re.escape, sorted(cut))) or r"(?!)"
    return (re.compile(rf"(?:(?:{_OPENS}|\s(?:{hesitated})\s+)(?:{said})|{_CUT}(?:(?:{cut_said})\s+)?(?:{said}))\b",
                       re.IGNORECASE),
            re.compile(rf"[\s,]*(?:{said})\b", re.IGNORECASE))


@lru_cache(maxsize=4)
def _said_last(trailing: tuple[tuple[str, ...], ...], cut: frozenset[str], unmarked: tuple[tuple[str, ...], ...],
               separators: frozenset[str]) -> re.Pattern[str]:
    """A part said again with its taking back said last ("the 10th - or 9th actually", "dec 11 or dec 9 sorry",
    "52? no 42?"), the part in one of three groups (made once per vocabulary)."""
    said = "|".join(r"\s+".join(map(re.escape, p)) for p in trailing) or r"(?!)"
    sorry = "|".join(r"\s+".join(map(re.escape, p)) for p in unmarked) or r"(?!)"
    noes = "|".join(map(re.escape, sorted(cut))) or r"(?!)"
    joins = "|".join(map(re.escape, sorted(separators))) or r"(?!)"
    figures = rf"\S*\d\S*(?:\s+(?:{joins})\s+\S*\d\S*)*"  # ("? wait 8 and 9": numbers, joined)
    char = r"(?:\d[.,]\d|[^.?!,;:\u2026*])"  # (a mark between digits is in a number: "3,000,000", "2.5m")
    part = rf"(?:(?!\sor\s){char})+?"  # (no "or" within: "..., dec 11 or dec 9 sorry" says dec 9)
    numbered = rf"{char}*?\d{char}*?"
    opens = f"(?:{_MARK.pattern})"
    return re.compile(rf"{opens}(?:or\s+)?(?P<part>{part})\s+(?:{said})\W*$"
                      rf"|\s+or\s+(?P<numbered>{numbered})\s+(?:{sorry})\W*$"
                      rf"|{opens}(?:{noes})[\s,]+(?P<figure>{figures})\W*$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _denial(backs: tuple[tuple[str, ...], ...], cut: frozenset[str],
            denials: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    """A taking back, after a mark, then words denying the guess before it ("? no wait thats ...", "? no she had
    ...") (made once per vocabulary)."""
    said = "|".join(r"\s+".join(map(re.escape, p)) for p in (*backs, *((c,) for c in sorted(cut)))) or r"(?!)"
    denied = "|".join(r"\s+".join(map(re.escape, p)) for p in denials) or r"(?!)"
    return re.compile(rf"{_BREAK}(?:{said})[\s,]+(?:{denied})\b", re.IGNORECASE)


def _guess_dropped(text: str, lex: Lexicon) -> str | None:
    """ "<title> views, 3.7? no wait thats <another title>": the question without the guess its taking back denies
    (the clause right before it), else None."""
    m = _denial(lex.take_backs, lex.cut_take_backs, lex.guess_denials).search(text)
    if m is None or not lex.question_words.isdisjoint(words(text[m.end() :])):
        return None  # (none; or "..., no wait thats what im asking, who posted #1": a question after it, its own)
    head = text[: m.start()]
    marks = list(_MARK.finditer(head))
    if not marks:
        return None
    asked, guess = head[: marks[-1].start()], head[marks[-1].end() :]
    if not words(guess) or len(words(guess)) > FRAGMENT_WORDS or len(words(asked)) < 2:
        return None
    return asked + ("?" if "?" in text else "")


def _back_first(text: str, lex: Lexicon) -> str:
    """The text with a taking back said last moved before its part, as it is mostly said ("<asked>, sorry i meant
    <part>"); else the text."""
    m = _said_last(lex.trailing_take_backs, lex.cut_take_backs, lex.unmarked_take_backs, lex.separators).search(text)
    if m is None or not lex.take_backs:
        return text
    part = m["part"] or m["numbered"] or m["figure"]
    return f"{text[: m.start()]}, {' '.join(lex.take_backs[0])} {part}"


def may_take_back(text: str, said: list[str], lex: Lexicon) -> bool:
    """Whether a text may take back a part of itself (most do not)."""
    return "*" in text or not lex.take_back_ends.isdisjoint(said)


def taken_back(text: str, lex: Lexicon, extract: _Extract) -> str | None:
    """The question with the part taken back replaced by what is said again, else None (`extract`: how a text is
    read, passed in: entities.py calls this)."""
    if (dropped := _guess_dropped(text, lex)) is not None:
        return dropped  # ("<title>, the 9th? no wait thats 10th": the guess denied, the question without it)
    opening, again_said = _said(lex.take_backs, lex.hesitations, lex.cut_take_backs)
    text = _back_first(text, lex)
    marks = sorted((m.start(), m.end()) for pattern in (_STAR, opening) for m in pattern.finditer(text))
    if not marks:
        return None
    asked, again = text[: marks[0][0]], text[marks[-1][1] :]
    while (more := again_said.match(again)) is not None:
        again = again[more.end() :]  # ("no wait i meant <title>": taken back twice over)
    core = [w for w in words(again) if w not in lex.retype_around]
    if not core or not words(asked) or core[0] in lex.separators:
        return None  # ("<title> views? sorry, and <title>": one more asked, nothing taken back)
    before, after = extract(asked), extract(" ".join(core))
    if not lex.question_words.isdisjoint(core) and len(core) >= WHOLE_WORDS and lex.video_pronouns.isdisjoint(
            core) and lex.them_words.isdisjoint(core) and (after.videos or after.ranks or after.days or (
                "order" in after.query and core[0] in lex.question_words)):
        # ("... no wait, how many days between <A> and <B>", "... sorry i mean which was the last one posted": the
        # question asked again, whole)
        return again
    if len(after.words) - sum(r.end - r.start for r in after.videos) > FRAGMENT_WORDS:
        return None  # ("? sorry if that's a daft question, I've had ...": no part said again)
    said = list(before.words)
    span = _same_kind(before, after, text[marks[0][1] : marks[-1][0]], lex, extract)
    if span is None:
        return None
    (start, end), instead = span
    said[start:end] = instead
    return " ".join(said) + ("?" if "?" in text else "")


def _same_kind(before: Entities, after: Entities, between: str, lex: Lexicon,
               extract: _Extract) -> tuple[tuple[int, int], list[str]] | None:
    """Where the question said what the part said again replaces, and its words: a place beside a video, numbers, or
    a video (the one a "not <title>" between names, else the last), each only when that is all the part says."""
    # (a figure said again names no video: "did <title> get 3.6m? sorry 3.7m" mends the figure)
    refs = [r for r in after.videos if not all(w[:1].isdigit() for w in after.words[r.start : r.end])]
    named = refs or after.people or after.parties
    numeric = [k for k, r in enumerate(after.reads) if r.numeric]
    if after.measures and not after.numbers:
        # (a measure all the part says, in place of the one counted: "how many knots... i mean views"; not "<title>
        # views? sorry, i meant <title> retweets": another question, not read here)
        counted = lex.counted_at(before.words) or before.measure_starts
        if named or len(after.words) > MEASURE_WORDS or not counted:
            return None
        return (counted[-1], counted[-1] + 1), after.words
    if after.platforms_named and before.platforms_named and not (named or numeric) and all(
            w in lex.platform_words or w in lex.separators or w in lex.platform_markers for w in after.words):
        # ("views across facebook and insta, sorry facebook and twitter": the platforms said again, all of them)
        at = [k for k, w in enumerate(before.words) if w in lex.platform_words]
        if at:
            first = at[-1]
            while first >= 2 and before.words[first - 1] in lex.separators and before.words[first - 2] in \
                    lex.platform_words:
                first -= 2
            return (first, at[-1] + 1), [w for w in after.words if w not in lex.platform_markers]
    if (beside := after.query.get("relative")) and not named and not numeric and before.query.get("relative"):
        m, was = beside[0], before.query["relative"][-1]
        return (was.start, was.end), after.words[m.start : m.end]
    # (numbers, and only words that join or place them: not "sorry, 1 more", "sorry im 12", "3rd from bottom")
    if numeric and not named and (after.ranks or after.numbers or after.days) and all(
            r.numeric or w in lex.range_words or w in lex.separators or w in lex.top_words or w in lex.rank_words
            # ("..., or the 9th actually": a place for a place; not "which one ...? the top 10 i mean")
            or w in lex.months or (k == 0 and w in lex.determiners and bool(after.ranks) and bool(before.ranks))
            for k, (w, r) in enumerate(zip(after.words, after.reads, strict=False))):
        at = [k for k, r in enumerate(before.reads) if r.numeric][-len(numeric) :]
        if len(at) == len(numeric) and at[-1] - at[0] <= numeric[-1] - numeric[0] + 1:
            again = after.words[numeric[0] : numeric[-1] + 1]
            if len(at) == 1 == len(again) and before.words[at[0]].startswith("#") and again[0][-2:] in \
                    lex.ordinal_suffixes and (digits := again[0][:-2]).isdigit():
                # ("when was #2 posted, or the 3rd actually": a place in the list said again, still one: "#3")
                again = [f"#{digits}"]
            return (at[0], at[-1] + 1), again
    both = list({v.best: v for v in refs}.values())
    if len(both) > 1 and len({v.best for v in before.videos}) == len(both) and not after.query.keys() & {
            "operation", "order"}:
        # ("days between <A> and <B>? scratch that, between <A> and <C>": the videos named again, all of them)
        return (before.videos[0].start, before.videos[-1].end), after.words[both[0].start : both[-1].end]
    r = refs[0] if refs else None
    if r is not None and r.strong and before.videos and len(after.words) - (r.end - r.start) <= NAME_AROUND and not (
            after.query.keys() & {"relative", "operation", "order"}):
        # (the name all the part says, but for "the ... one")
        denied = {v.best for v in extract(between).videos} if between.strip() else set()
        # (or the one of several it may be: "<A> and the <topic> one ... the <poster>'s <topic> one i mean")
        was_named = next((v for v in reversed(before.videos) if v.best in denied), None) or next(
            (v for v in reversed(before.videos) if len(v.candidates) > 1 and r.best in v.candidates),
            before.videos[-1])
        return (was_named.start, was_named.end), after.words[r.start : r.end]
    return None
