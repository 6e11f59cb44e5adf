"""The match tables: domain vocabulary (vocabulary.yaml) plus names derived from one dataset.

Everything here is computed once per dataset, so that a question costs dict look-ups and a few
rapidfuzz calls on words the tables do not know.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache, partial
from importlib import resources
from itertools import compress, count, pairwise, product
from string import ascii_lowercase
from typing import Any, NamedTuple

import yaml

from bot.dataset.schema import Dataset
from bot.engine.format import ordinal
from bot.engine.normalise import Token, said_anywhere, said_at, stem, stems, words

# A word shared by more videos than this does not pick out a video on its own (it is a topic at
# best); it also keeps name matching cheap on very large datasets.
MAX_POSTINGS = 12
VIDEO_TEXT_MIN = 5  # letters of a stem of a video's texts, at least, for a word inside it to be the same thing
VERY_COMMON = 2000  # the most frequent English words, by common_words.txt's order (it is sorted by frequency)
SOUND_LENGTH_GAP = 3  # a word spelt by sound may be this many letters longer or shorter than the real one
VERB_MIN = 4  # letters a word has beyond which a verb table is tried on it ("ilipata"; not "ili", "ana")
JOINED_MIN = 6  # letters of the shortest word read from two typed apart ("to gether")
FORM_ENDING_MAX = 2  # letters of an ending that make another form of one word ("combine", "combined")
SOUND_SHORT = 5  # a known word this long or shorter is never what a word three letters off and longer stands for
SOUND_MIN = 4  # a known word shorter than this is never what a word spelt by sound stands for
THEN_REACH = 4  # "then" typed for "than" this many words at most after a comparing word ("more views then ...")
COMPARED_REACH = 10  # words after "than" a comparing word said last may stand ("<A> than <title> more")
# The most frequent words of common_words.txt: a word spelt by sound stands only for one of them ("julio" is not);
# a rarer word typed, with two letters swapped, may be a slip for one ("handel").
FREQUENT_RANK = 10_000
SOUND_VOCABULARY_EDITS = 2  # a non-word spelt by sound may be this many edits off a vocabulary word it sounds like
EVENT_STEM = 4  # letters of an event's word looked for in a question before its pattern is run ("poll", "vote")
LONG_WORD = 8  # a typo this long may be two letters off
STEM_TYPO_MIN = 6  # a typo whose stem is this long may be a letter off a word's stem ("retwets")
VOWELS = "aeiou"
LONG_VOWEL_START = 7  # a word this long may be written with its first vowel as heard
BONUS_ASKED = 3  # a cue weight that asks for the bonus section itself ("any extra picks")
YEAR_CENTURIES = (19, 20)  # "twenty seventeen": a century said before the year's last two figures
TITLE_HEAD = 5  # letters a word shares with a title's word to be a form of it ("reactions", "reacts")
TWEET_RUN = 4  # this many words of a tweet in a row, unquoted, name its video
COMPOUND_PART_MIN = 3  # each side of a name's words run together or split apart is this long or longer
PET_NAME_MIN = 3  # a person's one-word name this long or longer has pet forms ("<name>za")
SOURCE_WORD_MIN = 3  # shorter words of the source's own text say nothing about it
SOURCE_WORD_WEIGHT = 2.5  # each such word asks a little about the source ("the digital stuff")
MEMO_WORDS = 20_000  # typed words whose reading is remembered
MADE_STARTS = 24  # a vocabulary phrase's matches starting at the first this many words are made at build
QUERY_TABLE = "query:"  # prefix of the query units' tables in the one trie ("query:operation", ...)


class Match(NamedTuple):
    """A phrase found in a question: tokens [start, end) and what the phrase stands for (a tuple:
    a question makes dozens, and a tuple is the cheapest immutable record to make)."""

    start: int
    end: int
    payload: Any


COMPOUND_TYPO_MIN = 8  # two typed words this long together may be a name's one word misspelt ("goggel box")
SIGNOFF_TAIL = 7  # a sign-off is looked for among a message's last words ("yours sincerely, mrs <name> <place>")
MARKED_PLACE_MAX = 20  # "di 3" is a place; "di 60 second challenge" a title's figure, "di 2019" a year
LANGUAGE_WORDS = 3  # a message is read as another language's with this many of its words, one of them its own
SIGNOFF_NAME = 3  # words after a sign-off that may be a name (and a place or a role after it), a title aside
_ORDINAL_DIGITS = re.compile(r"\d+(?:st|nd|rd|th)")  # "2nd", as a place said in figures
_SUFFIXED_YEAR = re.compile(r"(\d{4})([a-z]{1,3})")  # "<year>er": a year, another language's ending
_STRETCHED = re.compile(r"([a-z])\1{2,}")  # a letter typed three times or more in a row ("viewsss")
_FOREIGN_PLACE = re.compile(r"(\d{1,2})([a-z]{1,6})")  # "4eme", "2º" (read "2o"): a place, another language's ending
_GLUED = re.compile(r"(\d+)([a-z]{3,})|([a-z]{3,})(\d+)")  # "60sec", "top10": a figure and a word as one
# "#3:#4", "<a> : 2017 <b>": a colon between two places, or spaced before a figure or a place
_RATIO_COLON = re.compile(r"(?<=#\d)\s*:\s*(?=#\d)|(?<=#\d\d)\s*:\s*(?=#\d)|(?<=\w)\s+:\s+(?=#?\d)")
_PLACE_AHEAD = re.compile(r"\s*(?:#|\d{1,2}(?:\.\d)?\s*[x×]\s*#)")  # after a sign: a place, or a place scaled
_WORD_AHEAD = re.compile(r"\s*[^\W\d_]")  # after a sign: a word (a title's), no figure bounded
# "videos[0]", "views[#2]", "views[rank=2]" (a place said by its key is one as written)
_INDEXED = re.compile(r"\b([a-z]+)\s*\[\s*(#?|[a-z]+\s*=*\s*)(-?\d{1,2})\s*\]", re.IGNORECASE)
_DOTS_RANGE = re.compile(r"(?<=\d)\s*\.\.\.?\s*(?=\d)")  # "dec 5..11": a range of figures
_X_TIMES = re.compile(r"(?<![\w#@])x(\d{1,2}(?:\.\d)?)\b")  # "views x2": an x for "times", then a small figure
_TIMES_X = re.compile(r"\b(\d{1,2}(?:\.\d)?)x(?=\s|#|$)")  # "2x #5": a small figure with an x for "times"
_DAY_NAMED = re.compile(r"\s*['\"]?\d{1,2}(?:st|nd|rd|th)?\s+([a-z]+)")  # "'1 december", after a sign
# "2019-12-01": a year, month and day, as data exports and SQL write them
_ISO_DATE = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?![\d-])")
_SLASH_DATE = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?:/((?:19|20)?\d\d))?(?![\d/])")
# "17.11.2019", "25.11.": a date with dots, day first (a trailing dot or a year: "13.4" is a figure)
_QUOTE_LINE = re.compile(r"(?m)^[ \t]*>{1,3}[ \t]+(?=\D)")  # a line opening with Discord's quote mark ("> ...")
# "das 2. Video", "2. ve 3.": a number written with a full stop and a space after it, as several languages write an
# ordinal (a full stop closing a sentence too: the words around it decide)
_DOT_ORDINAL = re.compile(r"(?<![\w.,])(\d{1,2})\.(?=,?\s+\S)")
_DOT_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?:((?:19|20)?\d\d)(?![\d.]))?")
_NONE_NEAR = "\x00none"  # _closest's answers that leave a word as typed: nothing near in spelling...
_TIED = "\x00tied"  # ... or two words as near (a coin toss, never broken by sound)
# Makes a Match from a (start, end, payload) tuple without the Python-level __new__ of a named tuple:
# a question makes dozens of matches, and that call cost more than all the rest of choosing them.
_match = partial(tuple.__new__, Match)
# A phrase ending at a trie node: (table, payload, its matches made at build by start position, see `add`)
_PhraseEnd = tuple[str, Any, tuple[Match, ...]]
_Found = dict[str, list[Match]]  # per table: the matches found, by start then end

_END = ""  # key of a trie node's payloads: no word is empty
NAME_TABLE = "name:"  # the tables of `Phrases` in the shared trie: "name:names", "name:others"
NAMES, OTHERS = NAME_TABLE + "names", NAME_TABLE + "others"
NAME_TABLES = frozenset({NAMES, OTHERS})  # (a set: no prefix test per table)


class Walk:
    """Every phrase of every table found in one question (one trie walk), selected per table on demand.

    Per table, its matches in increasing order of start, then of end (at one length, the first payload
    found). A table's matches avoiding some positions are chosen from these, so one walk serves readers
    that run before and after other words of the question have been taken.
    """

    __slots__ = ("_ends",)

    def __init__(self, ends: _Found) -> None:
        self._ends = ends

    def tables(self) -> list[str]:
        """The tables with at least one phrase found."""
        return list(self._ends)

    def found(self, table: str) -> bool:
        """Whether some phrase of a table was found."""
        return table in self._ends

    def vocabulary(self, skip: set[int] | frozenset[int]) -> dict[str, list[Match]]:
        """Per table of the vocabulary (every table but the name tables), its matches avoiding `skip`."""
        return self.read_vocabulary(skip, {}, {}, ())[0]

    def read_vocabulary(self, skip: set[int] | frozenset[int], units: dict[str, str], query: dict[str, list[Match]],
                        apart: tuple[str, ...]) -> tuple[dict[str, list[Match]], list[str]]:
        """`vocabulary` read at once: each query unit's matches put in `query` (by unit), and the tables found
        with the intents among them (every table but the units' and those `apart`)."""
        out, intents = {}, []
        for table, found in self._ends.items():
            if table in NAME_TABLES:
                continue
            if len(found) == 1:  # most tables: one phrase found, most often one word long
                match = found[0]
                i, end = match[0], match[1]
                if i in skip or (end - i > 1 and skip and not skip.isdisjoint(range(i + 1, end))):
                    continue
                found = [match]
            elif not (found := _longest(found, skip)):
                continue
            out[table] = found
            if (unit := units.get(table)) is not None:
                query[unit] = found
            elif table not in apart:
                intents.append(table)
        return out, intents

    def select(self, table: str, skip: set[int] | frozenset[int] = frozenset()) -> list[Match]:
        """A table's longest non-overlapping matches left to right, none touching a position in `skip`."""
        found = self._ends.get(table)
        if not found:
            return []
        if len(found) == 1:  # (most often)
            match = found[0]
            i, end = match[0], match[1]
            return [match] if i not in skip and (end - i == 1 or not skip or skip.isdisjoint(range(i + 1, end))) else []
        return _longest(found, skip)


def _thousands(mark: str, units: str) -> re.Pattern[str]:
    """A figure with `mark` between its thousands ("3.000.000", "3 000 000"): two groups or more, or one group of zeros
    ("253.000"), and no unit after it ("2.000 mil" is 2 million)."""
    return re.compile(rf"(?<![\d.,])\d{{1,3}}(?:(?:{mark}\d{{3}}){{2,}}|{mark}000)(?![\d.,])(?!\s?(?:{units})\b)",
                      re.IGNORECASE)


_SPACED_DIGITS = re.compile(r"\d \d\d\d")  # a digit, a space, three digits: thousands perhaps written with spaces


def _few_words_between(text: str) -> bool:
    """Whether two listed items are joined by a comma or a word or two ("2. und 3.", "1. und der 2.")."""
    joined = text.strip(" ,").split()
    return len(joined) <= 2 and all(w.isalpha() for w in joined) and "\n" not in text


def _one_edit(typed: str, known: str) -> bool:
    """Whether a typed word is one letter off a known one ("<name>e" for "<name>"; not a word two letters off it)."""
    from rapidfuzz.distance import OSA

    return OSA.distance(typed, known) <= 1


def _digit_before(text: str, mark: str, after: bool = False) -> bool:
    """Whether `mark` follows a digit somewhere in the text (`after`: and a digit follows it): a few `find` calls,
    where a regex search would try every place of the text."""
    at = text.find(mark)
    while at != -1:
        end = at + len(mark)
        if at > 0 and text[at - 1].isdigit() and (not after or (end < len(text) and text[end].isdigit())):
            return True
        at = text.find(mark, end)
    return False


def _longest(found: list[Match], skip: set[int] | frozenset[int]) -> list[Match]:
    """The longest non-overlapping matches of one table left to right, none touching a position in `skip`."""
    after, out, last = 0, [], len(found) - 1
    for at, match in enumerate(found):  # in order: the walk goes left to right
        i = match[0]
        if at < last and found[at + 1][0] == i:
            continue  # a longer one starts here
        if i < after or i in skip:
            continue
        end = match[1]
        if end - i > 1 and skip and not skip.isdisjoint(range(i + 1, end)):
            # The longest phrase runs into a skipped position: the longest that stops before it.
            stop = min(j for j in range(i + 1, end) if j in skip)
            fitting = [m for m in found[:at] if m[0] == i and m[1] <= stop]
            if not fitting:
                continue
            match = fitting[-1]
            end = match[1]
        out.append(match)
        after = end
    return out


class PhraseTables:
    """Phrase tables in one word trie, matched in one walk per position; a pattern word matches a
    token's word or its stem.

    A trie keeps matching cost proportional to the phrase length, however many phrases share a first
    word (on a 100,000-video dataset many titles start with "the"); each table keeps its own longest,
    non-overlapping, left-to-right matches.
    """

    __slots__ = ("_root",)

    def __init__(self) -> None:
        self._root: dict[str, Any] = {}

    def add(self, phrase: Sequence[str], table: str, payload: Any) -> None:
        """Register a phrase in a table (the first payload of a phrase in a table wins)."""
        phrase = tuple(w for w in phrase if w)
        if not phrase:
            return
        node = self._root
        for word in phrase:
            node = node.setdefault(word, {})
        # A tuple of (table, payload, made) triples: a walk reads them far more often than a build writes them.
        # `made`: the phrase's matches ready made, by start position (for the first
        # MADE_STARTS positions): making a named tuple costs more than the rest of finding it. Not for the
        # name tables, which grow with the dataset.
        ends = node.get(_END, ())
        if all(t != table for t, _, _ in ends):
            n = len(phrase)
            try:
                made = () if table in NAME_TABLES else _made(n, payload)
            except TypeError:  # (a payload that is no dict key: its matches are made in each walk)
                made = ()
            node[_END] = (*ends, (table, payload, made))

    def walk(self, keys: Sequence[tuple[str, ...]]) -> Walk:
        """Every phrase of every table found in the keys (each token's word, and its stem when it differs)."""
        n, root, end_key = len(keys), self._root, _END
        found: _Found = {}
        frontier: list[dict[str, Any]]
        for i in range(n):
            ks = keys[i]
            if len(ks) == 1:  # the usual case: a word that is its own stem
                first = root.get(ks[0])
                if first is None:
                    continue  # most words start no phrase
                frontier = [first]
            else:
                frontier = [c for key in ks if (c := root.get(key)) is not None]
                if not frontier:
                    continue
            k = i + 1
            while True:
                for node in frontier:
                    ends = node.get(end_key)
                    if ends is not None:
                        _add_ends(found, ends, i, k)
                if k >= n:
                    break
                nxt = keys[k]
                if len(frontier) == 1 and len(nxt) == 1:  # the usual case: one path, one key
                    child = frontier[0].get(nxt[0])
                    if child is None:
                        break
                    frontier = [child]
                else:
                    frontier = [c for node in frontier for key in nxt if (c := node.get(key)) is not None]
                    if not frontier:
                        break
                k += 1
        return Walk(found)

    def first(self, keys: Sequence[str]) -> tuple[tuple[_PhraseEnd, ...], tuple[dict[str, Any], ...], frozenset[str]]:
        """For one token's keys: the (table, payload, made) of each one-word phrase, the nodes longer ones go on
        from, and the words they go on with."""
        nodes = [c for key in keys if (c := self._root.get(key)) is not None]
        alone: dict[str, _PhraseEnd] = {}
        for node in nodes:
            for end in node.get(_END, ()):
                alone.setdefault(end[0], end)  # (at one length, the first: one phrase per table)
        onward = tuple(node for node in nodes if len(node) > (_END in node))
        return tuple(alone.values()), onward, frozenset(word for node in onward for word in node if word != _END)

    def walk_read(self, reads: Sequence[Reading]) -> Walk:
        """`walk` over readings, each word's first step (`Reading.alone`, `Reading.onward`) taken at its reading."""
        n, end_key = len(reads), _END
        found: _Found = {}
        get = found.get
        for i, r in enumerate(reads):
            if not r.starts:
                continue  # (most words start no phrase)
            k = i + 1
            if r.alone:  # (half the words that start a phrase are no phrase alone: "how" of "how many")
                for table, payload, made in r.alone:  # (one phrase per table: none is at i yet)
                    # (a name's phrase, or one at a late position, is made here)
                    match = made[i] if i < len(made) else _match((i, k, payload))
                    # (a get and a one-item list: cheaper than setdefault's empty list and an append call)
                    if (matches := get(table)) is None:
                        found[table] = [match]
                    else:
                        matches.append(match)
            if k == n or r.nexts.isdisjoint(reads[k].key_set):
                continue  # most words start no longer phrase, or the next word ends it
            frontier: Sequence[dict[str, Any]] = r.onward
            while k < n:
                nxt = reads[k].keys
                k += 1
                if len(frontier) == 1 and len(nxt) == 1:  # the usual case: one path, one key
                    child = frontier[0].get(nxt[0])
                    if child is None:
                        break
                    frontier = (child,)
                    if (ends := child.get(end_key)) is not None:  # (else a phrase goes on: nothing ends here)
                        _add_ends(found, ends, i, k)
                    continue
                # (loops, not generator expressions: a generator costs more to make than these few steps)
                nodes = []
                for node in frontier:
                    for key in nxt:
                        if (child := node.get(key)) is not None:
                            nodes.append(child)
                            if (ends := child.get(end_key)) is not None:
                                _add_ends(found, ends, i, k)
                if not nodes:
                    break
                frontier = nodes
        return Walk(found)


@lru_cache(maxsize=4096, typed=True)  # (typed: a weight 1.0 stays a float)
def _made(length: int, payload: Any) -> tuple[Match, ...]:
    """A phrase's matches by start position, for the first MADE_STARTS positions (the same for every trie and
    dataset: the vocabulary's phrases share them)."""
    return tuple(_match((i, i + length, payload)) for i in range(MADE_STARTS))


def _add_ends(found: _Found, ends: tuple[_PhraseEnd, ...], i: int, k: int) -> None:
    """Record the phrases ending at k that started at i (longer wins; at one length, the first)."""
    for table, payload, made in ends:
        match = made[i] if i < len(made) else _match((i, k, payload))
        matches = found.get(table)
        if matches is None:
            found[table] = [match]
        elif matches[-1][0] != i or matches[-1][1] < k:
            matches.append(match)


class Phrases:
    """One table of phrases (tuples of words), plus its words; its trie may be shared with other tables,
    so that one walk finds them all."""

    __slots__ = ("_table", "_tables", "_words")

    def __init__(self, tables: PhraseTables | None = None, table: str = "") -> None:
        self._tables = tables if tables is not None else PhraseTables()
        self._table = table
        self._words: set[str] = set()

    @property
    def table(self) -> str:
        """This table's name in its trie (for `Walk.select`)."""
        return self._table

    def add(self, phrase: Sequence[str], payload: Any) -> None:
        """Register a phrase (the first payload of a phrase wins); empty phrases are ignored."""
        self._tables.add(phrase, self._table, payload)
        self._words.update(w for w in phrase if w)

    def words(self) -> set[str]:
        """Every word of every phrase."""
        return set(self._words)

    def find(
        self,
        tokens: Sequence[Token],
        skip: set[int] | frozenset[int] = frozenset(),
        keys: Sequence[tuple[str, ...]] | None = None,
    ) -> list[Match]:
        """Longest non-overlapping matches, left to right, avoiding positions in `skip`."""
        return self._tables.walk(keys if keys is not None else token_keys(tokens)).select(self._table, skip)


_BRACKETED = re.compile(r"(?<=\s)\(([^()]{1,24})\)")  # a short bracketed aside (a place restated: " (number 1)")


@dataclass(frozen=True, slots=True)
class Reading:
    """How a typed word is read: its token, its match keys, whether no table knows it (even corrected), and
    what the readers after it would otherwise look up at every position of every question.

    (Slots, not a named tuple: a slot is read faster than a named tuple's field, and each is read in every
    question; a reading is made once per word.)"""

    token: Token
    keys: tuple[str, ...]
    unknown: bool
    postings: list[tuple[int, int]]  # the title positions of its stem, word or last key ([] for none)
    title_word: bool  # a word of some title (postings found, and not a stopword)
    alone: tuple[_PhraseEnd, ...]  # (table, payload, made) of each one-word phrase it is, in the walk's order
    onward: tuple[dict[str, Any], ...]  # its trie nodes that longer phrases go on from
    nexts: frozenset[str]  # the words those phrases go on with
    solo: dict[int, int]  # the videos it names as one title word (weight 1 each; shared: never changed)
    follows: frozenset[str]  # the words after it in the titles of its postings: a run of title words may go on
    numeric: bool  # not only letters, or a number word, ordinal or month: a word the figure reader reads
    tweet_video: int | None  # the one video whose tweet alone uses its stem (`Lexicon.tweet_stems`)
    starts: bool  # some phrase may start at it (`alone` or `nexts`): the walk visits only these words
    key_set: frozenset[str]  # its keys, for the walk's test of a phrase going on (set against set: no iterator)


def _scaled(n: int, unit: str) -> str:
    """A number with a scale's letter written on it (3, "m": "3m")."""
    return f"{n}{unit}"


def _one_word_forms(one: str, other: str) -> bool:
    """Whether two words are one word with or without an ending of up to two letters ("combine", "combined")."""
    short, long = sorted((one, other), key=len)
    return long.startswith(short) and 0 < len(long) - len(short) <= FORM_ENDING_MAX


@dataclass(frozen=True)
class VerbTable:
    """A language's verbs as it builds them (see the vocabulary's `verbs`): read a word at a time, never listed."""

    language: str
    prefixes: tuple[tuple[str, tuple[str, ...]], ...]  # each prefix and the words it adds, longest first
    forms: dict[str, tuple[str, ...]]  # each stem, as done or as done to it: its meaning
    roots: frozenset[str]  # the stems as done, which an ending may follow
    endings: dict[str, tuple[str, ...]]  # an ending written onto a stem ("-je"): the words it adds

    def reading(self, word: str) -> tuple[str, ...] | None:
        """What a word this table builds says ("zilivuka": "crossed"), else None."""
        for prefix, before in self.prefixes:
            if word.startswith(prefix) and len(word) > len(prefix):
                rest = word[len(prefix) :]
                if (said := self.forms.get(rest)) is not None:
                    return before + said
                for ending, asked in self.endings.items():  # ("ilisemaje": how did it say)
                    if rest.endswith(ending) and (root := rest[: -len(ending)]) in self.roots:
                        return before + self.forms[root] + asked
        return None


def _verb_table(language: str, verbs: Any) -> VerbTable:
    """A language's verb table from the vocabulary: prefixes, native and borrowed stems, the passive's endings."""
    native, borrowed = verbs["passive"]["native"], verbs["passive"]["borrowed"]
    forms: dict[str, tuple[str, ...]] = {}
    for stems_of, passive in ((verbs["stems"], lambda r: r[: -len(native["drop"])] + native["add"]),
                              (verbs["borrowed"], lambda r: r + borrowed["add"])):
        for root, meaning in stems_of.items():
            forms[str(root)] = forms[passive(str(root))] = tuple(words(str(meaning)))
    prefixes = sorted(((str(k), tuple(words(str(v)))) for k, v in verbs["prefixes"].items()),
                      key=lambda p: len(p[0]), reverse=True)
    roots = frozenset(map(str, (*verbs["stems"], *verbs["borrowed"])))
    endings = {str(k): tuple(words(str(v))) for k, v in verbs.get("endings", {}).items()}
    return VerbTable(language, tuple(prefixes), forms, roots, endings)


def _pairs_with(voc: Any, shared: frozenset[str]) -> frozenset[tuple[str, str]]:
    """Every two words side by side in a phrase of the vocabulary (a key or a value) where one is a shared word."""
    pairs: set[tuple[str, str]] = set()
    todo = [voc]
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            todo += [*item.keys(), *item.values()]
        elif isinstance(item, list):
            todo += item
        elif isinstance(item, str) and " " in item:
            said = words(item)
            pairs.update(p for p in pairwise(said) if p[0] in shared or p[1] in shared)
    return frozenset(pairs)


def token_keys(tokens: Sequence[Token]) -> list[tuple[str, ...]]:
    """Each token's distinct match keys: its word, and its stem when that differs."""
    return [(t.w,) if t.w == t.s else (t.w, t.s) for t in tokens]


def vocabulary() -> dict[str, Any]:
    """The domain vocabulary shipped beside the code, parsed anew (`Lexicon.build` keeps what it needs: the parsed
    file, about a megabyte, is not held for the life of the bot)."""
    text = resources.files("bot").joinpath("vocabulary.yaml").read_text(encoding="utf-8")
    # libyaml's loader when present: a tenth of the pure-Python parser's time at every start.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)


def _name_variants(title: tuple[str, ...], people: list[list[tuple[str, ...]]]) -> list[tuple[str, ...]]:
    """The title with a person's name in it replaced by each of their other names (and by none)."""
    out: list[tuple[str, ...]] = []
    for forms in people:
        for form in sorted(forms, key=len, reverse=True):
            n = len(form)
            at = next((i for i in range(len(title) - n + 1) if title[i : i + n] == form), None)
            if at is None:
                continue
            rest = title[:at], title[at + n :]
            out += [(*rest[0], *other, *rest[1]) for other in forms if other != form]
            break  # the longest form found: a full name before a surname alone
    return [v for v in out if len(v) >= 2]


@lru_cache(maxsize=1)
def common_words() -> dict[str, bool]:
    """The most frequent English words (common_words.txt), read the first time a word needs correcting; asked with
    `in`. Each maps to whether it is among the FREQUENT_RANK most frequent (one dict with shared values where a set
    of all and a set of the first cut held twice the memory)."""
    out: dict[str, bool] = {}
    for k, w in enumerate(_common_list()):
        out.setdefault(w, k < FREQUENT_RANK)
    return out


PLURAL_LONG = 6  # a plural this long of a frequent word is one too ("separators"; not "dans", another language's)


def _common(word: str) -> bool:
    """Whether a word is a frequent English word, or the plural of one ("separators": "separator" is)."""
    return word in common_words() or (len(word) > PLURAL_LONG and word[-1:] == "s" and word[-2:-1] != "s"
                                      and word[:-1] in common_words())


_LINK = re.compile(r"\S+/(\w+)/?")  # a link typed whole ("pic.twitter.com/<code>"): its last part names it
def _either(phrases: Iterable[Any]) -> str:
    """A regular expression's alternatives for the phrases, any run of spaces between their words (re.escape
    writes a space as "\\ ")."""
    return "|".join(re.escape(str(p)).replace("\\ ", r"\s+") for p in phrases)


def _spaced(phrases: list[Any]) -> tuple[str, ...]:
    """Phrases as folded words between spaces (" simplest form "), for `said_anywhere`."""
    return tuple(f" {' '.join(words(str(p)))} " for p in phrases)


LETTERS_SPELT = 3  # one-letter words in a row, at least, read as a word spelt out ("n h s")
DIGIT_PIECES = 4  # pieces a word with digits inside may be split into ("da 2ee 2a": "da2ee2a")
ROUND_SHARE = 1.25  # "round" counts: a step at least this share of them (4 in 5) are whole multiples of
LETTER_DIGIT = re.compile(r"[a-z]\d", re.IGNORECASE)  # a letter then a digit inside a word ("ba3d", "top10")
NAME_PART_MIN = 3  # letters of the shortest half of a name read as a name on its own ("<first name>'s video")


# The vocabulary's plain word lists kept as sets under their own keys' names (see the `Lexicon` fields).
_WORD_SETS = (
    "activities",
    "other_words",
    "past_markers",
    "marker_subjects",
    "bare_verbs",
    "lead_ins",
    "own_remark_openers",
    "hesitations",
    "ordinal_dot_after",
    "place_endings_apart",
    "list_words",
    "list_in_time",
    "bare_count_tails",
    "number_takers",
    "long_gap_words",
    "month_inclusive_bounds",
    "day_inclusive_bounds",
    "bound_of_videos",
    "runner_up_of",
    "sort_adverbs",
    "times_each_words",
    "topic_markers",
    "cutoff_words",
    "bare_negations",
    "every_video_words",
    "next_only_words",
    "next_in_order",
    "request_words",
    "question_words",
    "claim_asked_after",
    "percent_units",
    "hypothetical_words",
    "supposing_words",
    "comparing_words",
    "then_not_before",
    "closing_sum_words",
    "unwanted_between",
    "polite_words",
    "possessive_pronouns",
    "day_prepositions",
    "day_describers",
    "slice_entries",
    "address_words",
    "fillers",
    "platform_markers",
    "platform_postmarkers",
    "platform_copies",
    "origin_markers",
    "origin_openers",
    "also_words",
    "chat_platforms",
    "platform_alone",
    "platform_alone_before",
    "platform_joins",
    "list_nouns",
    "kin_words",
    "bare_sum_words",
    "given_words",
    "length_comparatives",
    "date_nouns",
    "platform_owners",
    "foreign_units",
    "uncounted_spans",
    "clock_marks",
    "place_prefixes",
    "making_words",
    "postposition_nouns",
    "previous_not_before",
    "place_markers",
    "reflexive_words",
    "posted_verbs",
    "account_words",
    "manner_nouns",
    "separators",
    "middle_words",
    "included_after",
    "comparative_joins",
    "range_fillers",
    "whole_list_words",
    "ratio_not_before",
    "month_parts_said",
    "posting_place_words",
    "percent_words",
    "each_words",
    "per_words",
    "owner_before",
    "measure_nouns",
    "group_more",
    "set_claims",
    "cleft_relatives",
    "same_asked",
    "any_asked",
    "group_fewer",
    "factor_verbs",
    "all_words",
    "partitives",
    "kind_guesses",
    "subject_markers",
    "label_nouns",
    "asking_nouns",
    "answer_for_before",
    "place_beside_words",
    "maker_nouns",
    "other_place_before",
    "margin_before",
    "further_working",
    "others_singular",
    "self_speakers",
    "date_asides",
    "place_equals",
    "own_totals",
    "guess_relatives",
    "place_at_words",
    "place_at_after",
    "place_nouns_after",
    "place_moves",
    "partitive_words",
    "greeted",
    "pronoun_subjects",
    "leaning_words",
    "period_end_before",
    "range_from",
    "range_of",
    "consequence_joins",
    "period_plurals",
    "report_words",
    "purpose_words",
    "claim_denials",
    "them_words",
    "pool_words",
    "by_time_unnamed",
    "explaining_words",
    "premise_clauses",
    "retype_around",
    "place_restated",
    "place_clause",
    "person_pronouns",
    "question_worth",
    "unkind_nouns",
    "unkind_adjectives",
    "posted_by_words",
    "option_pointers",
    "retype_against",
    "clause_joins",
    "recipient_before",
    "asker_owned_before",
    "favoured_subjects",
    "favoured_pronouns",
    "programme_before",
    "handle_subject_verbs",
    "among_words",
)


def _strings(values: Any) -> frozenset[str]:
    """A vocabulary list as a set of strings (YAML may read a bare word as another type)."""
    return frozenset(str(w) for w in values)


@lru_cache(maxsize=1)
def very_common_words() -> frozenset[str]:
    """The most frequent of them ("send", "news"): always typed as meant, never read as a sound-alike."""
    return frozenset(_common_list()[:VERY_COMMON])


def _frequent(word: str) -> bool:
    """Whether a word is among the FREQUENT_RANK most frequent of the list."""
    return common_words().get(word, False)


def _common_list() -> tuple[str, ...]:
    """The frequency list in its order, read when `common_words` or `very_common_words` is first built (not kept:
    they are)."""
    text = resources.files("bot").joinpath("common_words.txt").read_text(encoding="utf-8")
    return tuple(line for line in text.splitlines() if line and not line.startswith("#"))


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(words(text))


@dataclass(slots=True)
class Lexicon:
    """All match tables for one dataset."""

    dataset: Dataset
    stopwords: frozenset[str] = field(default_factory=frozenset)
    numbers: dict[str, int] = field(default_factory=dict)
    multipliers: dict[str, int] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    months: dict[str, int] = field(default_factory=dict)
    month_names: dict[int, str] = field(default_factory=dict)  # 12 -> "december"
    rank_words: frozenset[str] = field(default_factory=frozenset)
    figure_describing: frozenset[str] = field(default_factory=frozenset)  # "the exact number one": no place
    half_sides: dict[str, str] = field(default_factory=dict)  # "top" -> "first" (of two halves)
    synonyms: dict[str, str] = field(default_factory=dict)
    generic_words: frozenset[str] = field(default_factory=frozenset)
    # Names and the vocabulary share one trie: one walk per question finds them all.
    tables: PhraseTables = field(default_factory=PhraseTables)  # measures, platforms, cues, query units
    others: Phrases = field(default_factory=Phrases)
    names: Phrases = field(default_factory=Phrases)  # parties, people, aliases of videos and bonus
    postings: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # stem -> (video, pos)
    title_stems: list[tuple[str, ...]] = field(default_factory=list)
    content_weight: list[int] = field(default_factory=list)  # content words per title
    content_words: frozenset[str] = field(default_factory=frozenset)  # title words that can name a video
    title_words: frozenset[str] = field(default_factory=frozenset)  # title words but function words
    video_text_stems: frozenset[str] = field(default_factory=frozenset)  # long stems of titles, aliases, tweets
    topics: dict[str, tuple[int, ...]] = field(default_factory=dict)
    posted: dict[str, tuple[int, ...]] = field(default_factory=dict)  # person id -> indices of their videos
    handles: frozenset[str] = frozenset()  # people's handles, folded: "@<handle>" opening a message names them
    named_in: dict[str, tuple[int, ...]] = field(default_factory=dict)  # person id -> videos whose title names them
    domain_words: frozenset[str] = field(default_factory=frozenset)
    name_words: frozenset[str] = field(default_factory=frozenset)  # party and person words
    known: frozenset[str] = field(default_factory=frozenset)
    vocabulary_words: frozenset[str] = field(default_factory=frozenset)  # the known words not from the dataset
    _known_by_letter: dict[str, list[str]] = field(default_factory=dict)
    _tweet_long: tuple[str, ...] = ()  # a tweet's long words no table knows, for a typo of one ("suprisingly")
    link_codes: frozenset[str] = frozenset()  # the words of each video's link code: known, never a correction
    _by_sound: dict[str, list[str]] | None = None  # metaphone key -> known words, built at the first typo
    _name_sounds: frozenset[str] | None = None  # the names' metaphone keys, built when first asked
    _known_long: tuple[str, ...] | None = None  # the known words a typo is looked for among: see near_known
    _corrections: dict[str, str] = field(default_factory=dict)  # memo: the same typos recur in chat
    readings: dict[str, Reading] = field(default_factory=dict)  # memo of `read` (bounded)
    plain_words: frozenset[str] = field(default_factory=frozenset)  # known words `expand` never rewrites
    plain_alone: frozenset[str] = field(default_factory=frozenset)  # plain words that start no long form either
    # Typed words already read (keys of `readings`) that `expand` keeps as typed wherever they stand, a long form
    # aside, or (`kept_figures`, figures) unless a word of `_figure_joins` comes next: a question of only these
    # needs no expanding (bounded with `readings`).
    kept: set[str] = field(default_factory=set)
    kept_figures: set[str] = field(default_factory=set)
    # Kept words that are no figure, greeting or sign-off word and end no long form: a question of only these is
    # as typed without a look at where each word stands.
    kept_plain: set[str] = field(default_factory=set)
    _rewritten: frozenset[str] = field(default_factory=frozenset)  # words `expand` may rewrite or join to the next
    _figure_joins: frozenset[str] = field(default_factory=frozenset)  # after a figure: a number said in words
    _long_ends: frozenset[str] = field(default_factory=frozenset)  # the last word of each long form
    _long_keys: frozenset[str] = field(default_factory=frozenset)  # a word each long form must have to be said
    _long_by_key: dict[str, tuple[str, ...]] = field(default_factory=dict)  # key word -> its forms, spaced
    numeric_words: frozenset[str] = field(default_factory=frozenset)  # words _numbers may read
    metric_measures: frozenset[str] = field(default_factory=frozenset)
    video_measures: frozenset[str] = field(default_factory=frozenset)  # "views", and other per-video counts
    campaign_measures: frozenset[str] = field(default_factory=frozenset)  # counted for campaigns only ("retweets")
    metric_platforms: frozenset[str] = field(default_factory=frozenset)
    platform_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "tiktok" -> ("tiktok", "tik tok")
    platform_words: frozenset[str] = field(default_factory=frozenset)  # those forms of one word ("facebook")
    metric_subjects: frozenset[str] = field(default_factory=frozenset)
    # Parties and people with a campaign figure: their own, one they share, or their party's
    figure_holders: frozenset[str] = field(default_factory=frozenset)
    measure_subjects: dict[str, frozenset[str]] = field(default_factory=dict)  # whose figures each measure has
    period_days: frozenset[int] = field(default_factory=frozenset)  # the lengths of the figures' periods
    period_years: frozenset[int] = field(default_factory=frozenset)  # years some figure's period covers
    short_years: frozenset[int] = frozenset()  # their last two digits ("RTs in 19 vs 17")
    textspeak: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "u" -> ("you",)
    textspeak_digits: dict[str, str] = field(default_factory=dict)  # "2" -> "to", between words only
    language_own: dict[str, frozenset[str]] = field(default_factory=dict)  # each language's own words, its marks
    language_shared: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)  # "de" -> ("of",) if Spanish
    shared_words: frozenset[str] = frozenset()  # every language's shared words
    language_words: frozenset[str] = frozenset()  # every language's own words
    language_suffixes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # endings read off a known word
    language_repeats: dict[str, str] = field(default_factory=dict)  # "2" of "rata2": the word said twice
    language_place_marks: dict[str, str] = field(default_factory=dict)  # "di" of "di 3": the 3rd place
    language_month_marks: dict[str, str] = field(default_factory=dict)  # "yue" of "12 yue": December
    language_scale_marks: dict[str, dict[str, str]] = field(default_factory=dict)  # "milioni" of "milioni 3": "3m"
    verb_tables: list[VerbTable] = field(default_factory=list)  # the languages that build their verbs by rule
    # "duo" of "<A> bi <B> duo": the comparing word said after what is compared against
    language_compared_after: dict[str, frozenset[str]] = field(default_factory=dict)
    _repeated: re.Pattern[str] | None = None
    shared_in_phrases: frozenset[tuple[str, str]] = frozenset()  # ("mais", "de"): a phrase reads a shared word itself
    choice_askers: frozenset[str] = frozenset()  # "which" of "which between X and Y had more": a choice, no range
    title_name_joins: frozenset[str] = frozenset()  # "of" of "the quotes of <name>": a title's words, then its name
    place_sounds: dict[str, str] = field(default_factory=dict)  # "to" -> "two" after "at number" (speech-to-text)
    place_sound_before: frozenset[str] = field(default_factory=frozenset)  # "at" of "at number to"
    place_sound_after: frozenset[str] = field(default_factory=frozenset)  # "on" of "number won on the list"
    end_sounds: dict[str, str] = field(default_factory=dict)  # "too" -> "two" of "the bottom too videos"
    end_sound_ends: frozenset[str] = field(default_factory=frozenset)  # "top", "bottom"
    number_takers: frozenset[str] = field(default_factory=frozenset)
    relative_starts: frozenset[str] = frozenset()  # first words of "above", "ahead of": a count of places before
    request_words: frozenset[str] = field(default_factory=frozenset)  # words that open a request
    question_words: frozenset[str] = field(default_factory=frozenset)  # words that ask, anywhere
    polite_words: frozenset[str] = field(default_factory=frozenset)
    video_texts: list[tuple[str, ...]] = field(default_factory=list)  # per video: title, aliases, tweet text
    name_texts: list[tuple[str, ...]] = field(default_factory=list)  # per video: title and aliases
    # Stems that only one video's tweet uses ("blaming", "met"): a few of them describe that video.
    tweet_stems: dict[str, int] = field(default_factory=dict)
    tweet_pasts: dict[str, int] = field(default_factory=dict)  # "sent": a tweet's "sending", asked with "who"
    negated_after: tuple[tuple[str, ...], ...] = ()  # "excluded" right after a poster's name
    recipient_phrases: tuple[tuple[str, ...], ...] = ()  # "sent it to" before a name: who received, not posted
    recipient_phrases_said: frozenset[str] = field(default_factory=frozenset)  # their first words (verbs)
    duration_units: frozenset[str] = field(default_factory=frozenset)  # "minute" in "how long minute is <title>"
    duration_before: tuple[tuple[str, ...], ...] = ()  # "how long" right before a named video: its running time
    figure_gaps: tuple[tuple[str, ...], ...] = ()  # "how far from" right before a figure: a video set against it
    duration_after: tuple[tuple[str, ...], ...] = ()  # "length" right after one
    running_measure: str = ""  # the measure of how long a video runs ("duration")
    campaign_spans: frozenset[str] = field(default_factory=frozenset)  # "campaign": a length said of it is days
    campaign_anchored: frozenset[str] = field(default_factory=frozenset)  # "money": "what the campaign cost"
    duration_words: frozenset[str] = field(default_factory=frozenset)  # one of them is said in each of the two
    posting_order_joins: frozenset[str] = field(default_factory=frozenset)  # "the third video TO be posted"
    attack_verbs: frozenset[str] = field(default_factory=frozenset)  # "GOING after the <party>": attacking them
    negative_openers: frozenset[str] = field(default_factory=frozenset)  # "weren't most ... ?": a question
    exclaimed_not: frozenset[str] = field(default_factory=frozenset)  # "not the <title> having ...": an exclamation
    exclaimed_verbs: frozenset[str] = field(default_factory=frozenset)  # its verbs ("having")
    figure_units: dict[str, tuple[str, str]] = field(default_factory=dict)  # "60s": ("60", "second") of a title
    tag_pronouns: frozenset[str] = field(default_factory=frozenset)  # "..., weren't THEY": a question tag
    doubt_after_negation: frozenset[str] = field(default_factory=frozenset)  # "not SURE": doubt, no negation
    one_day_words: frozenset[str] = field(default_factory=frozenset)  # "the DAY before": one day, no bound
    guess_words: frozenset[str] = field(default_factory=frozenset)  # "I THINK it was <title>": a guess
    guess_relatives: frozenset[str] = field(default_factory=frozenset)  # "..., WHICH I suspect was ...": no ask
    claim_asked_after: frozenset[str] = field(default_factory=frozenset)  # "WHICH was the most ...": asked
    percent_units: frozenset[str] = field(default_factory=frozenset)  # "share of both IN %": no change asked
    hypothetical_words: frozenset[str] = field(default_factory=frozenset)  # "IF <title> had 500k more, ..."
    supposing_words: frozenset[str] = field(default_factory=frozenset)  # "SAY the <party> got 30m, ..."
    comparing_words: frozenset[str] = field(default_factory=frozenset)  # "more": "then" after it is "than"
    then_not_before: frozenset[str] = field(default_factory=frozenset)  # "or": "more views then? <A> or <B>"
    closing_sum_words: frozenset[str] = field(default_factory=frozenset)  # "added" closing the question
    then_word: str = ""  # the word typed for `than_word` after a comparing word ("then" for "than")
    than_word: str = ""
    unwanted_between: frozenset[str] = field(default_factory=frozenset)  # "not trouble you FOR per-day rates"
    poster_others: tuple[str, ...] = ()  # " any others ": "did <name> post ANY OTHERS, or just <title>" (spaced)
    figure_rises: tuple[str, ...] = ()  # " go up ": "how much did <name>'s retweets GO UP" (spaced)
    advice_asks: tuple[str, ...] = ()  # " should i ": advice asked for oneself (spaced)
    claimed_fell: tuple[str, ...] = ()  # " go down ": said of a figure whose reason is asked (spaced)
    previous_election: tuple[str, ...] = ()  # " previous election " (spaced): the latest year before the article's
    previous_compared: tuple[tuple[str, ...], ...] = ()  # "last one": the election before, after "vs" only
    previous_compared_after: tuple[tuple[str, ...], ...] = ()  # "vs", "than": before `previous_compared`
    previous_beside_current: tuple[tuple[str, ...], ...] = ()  # "last time": the previous election, beside "this time"
    previous_not_before: frozenset[str] = field(default_factory=frozenset)  # "I" of "last time I asked": no election
    from_bottom: tuple[str, ...] = ()  # " from the bottom " (spaced): a place counted from the least viewed
    from_bottom_words: tuple[tuple[str, ...], ...] = ()  # the same phrases as words, for said_at
    count_at_end: tuple[tuple[str, ...], ...] = ()  # "at the": "the 3 AT THE bottom", a count then an end
    asker_times: frozenset[tuple[str, str]] = field(default_factory=frozenset)  # ("all", "morning"): the asker's time
    age_asks: tuple[tuple[str, ...], ...] = ()  # "how old": asked of those watching when one of `age_of` follows
    age_of: frozenset[str] = field(default_factory=frozenset)  # "people", "viewer": those watching
    age_reach: int = 0  # words from "how old" to one of `age_of`, at most
    age_hints: frozenset[str] = field(default_factory=frozenset)  # "old": a word each of `age_asks` says
    age_bounds: tuple[tuple[str, ...], ...] = ()  # "under" of "viewers under 25": an age bound when one is said after
    age_bound_starts: frozenset[str] = field(default_factory=frozenset)  # the first word of each of `age_bounds`
    oldest_age: int = 0  # the largest number an age bound may take
    came_from: tuple[str, ...] = ()  # " came from " (spaced): a part of a figure said to be made by something
    ordinal_dot_before: frozenset[str] = field(default_factory=frozenset)  # "das" of "das 2. Video"
    previous_hints: frozenset[str] = field(default_factory=frozenset)  # a word each of those says ("previous")
    previous_year: int | None = None  # that year, when a figure is given for one
    claimed_rose: tuple[str, ...] = ()  # " went up ": the same, the other way
    stated_fell: tuple[str, ...] = ()  # those said without "why" (no comparing word: " dropped ")
    stated_rose: tuple[str, ...] = ()  # " went up "
    weekday_asked: tuple[str, ...] = ()  # " day of the week " (spaced)
    question_joins: re.Pattern[str] | None = None  # " and ", " + ": between two whole questions typed as one
    second_asks: re.Pattern[str] = re.compile(r"(?!)")  # ", also ", " and also ": a second question after the first
    weekday_names: frozenset[str] = field(default_factory=frozenset)  # query.weekday's one-word forms: "thursday"
    # The words that may say a weekday is asked: the names and each weekday_asked phrase's last word (most questions
    # say none, so the phrases are looked for only then)
    weekday_words: frozenset[str] = field(default_factory=frozenset)
    undated_said: tuple[str, ...] = ()  # " no date ": said of a video the source gives no date for (spaced)
    undated: frozenset[int] = field(default_factory=frozenset)  # the videos with no posting date
    out_openers: frozenset[str] = field(default_factory=frozenset)  # "leave <title> out": before the video
    out_closer: str = ""  # after it
    title_number_pairs: frozenset[tuple[str, str]] = frozenset()  # ("60", "second"): a number and the next word
    true_or_false: tuple[tuple[str, ...], ...] = ()  # "true or false: ...": a claim put as a quiz
    same_day: tuple[tuple[str, ...], ...] = ()  # "the same day the retweet count runs to": its period's end
    same_day_ends: frozenset[str] = frozenset()  # their last words
    true_or_false_ends: frozenset[str] = frozenset()
    yes_no_openers: frozenset[str] = frozenset()  # "was": a yes/no question opens with one
    added_after: frozenset[str] = frozenset()  # "the 5th and 7th added": after places joined, their total
    included_before: tuple[tuple[str, ...], ...] = ()  # "including" right before a poster's name
    election_short: frozenset[str] = frozenset()  # "GE" before a two-digit year: that election's year
    contrasts: tuple[tuple[str, ...], ...] = ()  # "instead of" before a platform: set against, not asked
    hashtags: frozenset[str] = frozenset()  # the words of tweets' hashtags: one alone names its tweet
    # TWEET_RUN words of a tweet in a row -> (video, where in its tweet's words); those words per video
    tweet_runs: dict[tuple[str, ...], tuple[int, int]] = field(default_factory=dict)
    tweet_said: list[list[str]] = field(default_factory=list)
    retold_pronouns: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "my": ("his", "her", ...)
    round_step: int = 10  # what "a round number" is a multiple of, for these counts
    tweet_run_starts: frozenset[str] = field(default_factory=frozenset)  # first words of runs, rare words of short ones
    # TWEET_RUN - 1 words of a tweet in a row, two of them saying something and one of those rare ("the breaks my
    # heart one"): -> (video, where in its tweet's words)
    short_tweet_runs: dict[tuple[str, ...], tuple[int, int]] = field(default_factory=dict)
    tweet_run_pairs: frozenset[tuple[str, str]] = field(default_factory=frozenset)  # their first two words
    query_units: dict[str, str] = field(default_factory=dict)  # the query units' tables: "query:order" -> "order"
    _decimal_comma: re.Pattern[str] | None = None  # "3,1 million": built from the vocabulary's units
    _thousands_point: re.Pattern[str] | None = None  # "253.000": thousands
    _thousands_space: re.Pattern[str] | None = None  # "3 000 000": thousands
    sorted_views: list[int] = field(default_factory=list)  # every video's views, ascending: a figure's owner
    by_views: list[int] = field(default_factory=list)  # the video of each of those counts
    by_place: tuple[int, ...] = ()  # the videos in list order, most viewed first (as places are read)
    posting_months: frozenset[int] = field(default_factory=frozenset)  # months some video was posted in
    posting_days: frozenset[date] = field(default_factory=frozenset)  # days some video was posted on
    person_words: tuple[str, ...] = ()  # one-word names of people, for pet forms ("<name>za")
    possessive_pronouns: frozenset[str] = frozenset()  # "his mate": whose the word after is
    day_prepositions: frozenset[str] = frozenset()  # "from the 30th": a day of the month said alone
    day_describers: frozenset[str] = frozenset()  # "the <title> video from the 23rd": the day describes it
    slice_entries: frozenset[str] = frozenset()  # "how many december videos made the top 5"
    address_words: frozenset[str] = frozenset()  # "<name> mate, ...": the name is someone addressed
    possessed_synonyms: dict[str, str] = field(default_factory=dict)  # "mate" -> "friend", after a possessor only
    fractions: tuple[tuple[tuple[str, ...], str], ...] = ()  # "and a half" after a number: ".5" (longest first)
    _fraction_starts: frozenset[str] = frozenset()  # their first words: only these may open one
    decimal_points: frozenset[str] = field(default_factory=frozenset)  # "seven point two"
    fillers: frozenset[str] = field(default_factory=frozenset)  # dropped before reading ("even")
    symbols: dict[str, str] = field(default_factory=dict)  # ">": "over" (signs typed between words)
    date_symbols: dict[str, str] = field(default_factory=dict)  # "<": "before" (a sign before a date)
    place_symbols: dict[str, str] = field(default_factory=dict)  # ">": "more than" (a sign before a place)
    ratio_colon: str = ""  # "#3:#4": the words a colon between two things is read as
    lowest_terms: tuple[str, ...] = ()  # " simplest form ": a ratio or share asked as a reduced fraction (spaced)
    _symbol: re.Pattern[str] | None = None
    joining_signs: dict[str, str] = field(default_factory=dict)  # "&": "and" (read wherever it stands)
    _joining: re.Pattern[str] | None = None
    _arrows: tuple[str, ...] = ()  # "-->", "->": read before the other signs
    _wide_signs: frozenset[str] = frozenset()  # the signs no keyboard types by itself ("÷", "万"): one character each
    comparative_joins: frozenset[str] = field(default_factory=frozenset)  # "than": after a comparative only
    range_fillers: frozenset[str] = field(default_factory=frozenset)  # "down" in "3rd down to 7th"
    whole_list_words: frozenset[str] = field(default_factory=frozenset)  # "overall" in "the average overall"
    ratio_not_before: frozenset[str] = field(default_factory=frozenset)  # "choice" in "multiple choice"
    month_parts_said: frozenset[str] = field(default_factory=frozenset)  # "late" in "the 13.4m late nov one"
    posting_place_words: frozenset[str] = field(default_factory=frozenset)  # "order" in "posting order"
    origin_markers: frozenset[str] = field(default_factory=frozenset)  # "from" (the TV): where it came from
    origin_openers: frozenset[str] = field(default_factory=frozenset)  # "are" of "are the views from <platform>"
    also_words: frozenset[str] = field(default_factory=frozenset)  # "also" of "<title> and also no.2"
    chat_platforms: frozenset[str] = field(default_factory=frozenset)  # "whatsapp": where people talk, no counts
    platform_joins: frozenset[str] = field(default_factory=frozenset)  # "facebook AND twitter": one list of them
    list_nouns: frozenset[str] = field(default_factory=frozenset)  # "the bottom one in the LIST, the <title> one"
    kin_words: frozenset[str] = field(default_factory=frozenset)  # "<name>'s MUM": someone else
    bare_sum_words: frozenset[str] = field(default_factory=frozenset)  # "ADD <title> and <title>"
    platform_alone: frozenset[str] = field(default_factory=frozenset)  # "only" after a platform: its count alone
    platform_alone_before: frozenset[str] = field(default_factory=frozenset)  # "just" before one
    given_words: frozenset[str] = field(default_factory=frozenset)  # "does the article give ...": what it holds
    length_comparatives: frozenset[str] = field(default_factory=frozenset)  # "days longer": lengths compared
    date_nouns: frozenset[str] = field(default_factory=frozenset)  # "what date ...": a date, no posting asked
    amount_before: frozenset[str] = field(default_factory=frozenset)  # "another 200k": an amount added
    amount_after: frozenset[str] = field(default_factory=frozenset)  # "200k more"
    amount_taken_before: frozenset[str] = field(default_factory=frozenset)  # "lost 200k"
    amount_taken_after: frozenset[str] = field(default_factory=frozenset)  # "200k fewer"
    amount_scales: dict[str, float] = field(default_factory=dict)  # "doubled": 2
    amount_parts: frozenset[str] = field(default_factory=frozenset)  # "half" of "lost half": only after a taking word
    titled_platforms: frozenset[str] = field(default_factory=frozenset)  # platforms the videos' names use
    title_heads: list[frozenset[str]] = field(default_factory=list)  # each video's name words' first letters
    meaning_verb: str = ""  # "what does <word> mean": last, a meaning asked, no average
    self_corrections: tuple[tuple[str, ...], ...] = ()  # "no sorry": the place said before it taken back
    take_backs: tuple[tuple[str, ...], ...] = ()  # "no wait": a part said again follows (see taken_back.py)
    trailing_take_backs: tuple[tuple[str, ...], ...] = ()  # "<mark> or 9th ACTUALLY": the part said again before it
    unmarked_take_backs: tuple[tuple[str, ...], ...] = ()  # "dec 10 or dec 9 SOZ": after "or" with no mark
    guess_denials: tuple[tuple[str, ...], ...] = ()  # "<guess>? no wait THATS <other>": the guess denied
    hesitations: frozenset[str] = field(default_factory=frozenset)  # "er": a taking back may follow it, unmarked
    take_back_ends: frozenset[str] = field(default_factory=frozenset)  # their last words ("wait")
    figure_clause_joins: frozenset[str] = frozenset()  # "the vid THAT did <figure>"
    figure_clause_verbs: frozenset[str] = frozenset()  # "the vid that DID <figure>"
    figure_with: frozenset[str] = frozenset()  # "that vid WITH <figure>"
    place_verbs_before: frozenset[str] = frozenset()  # "what WAS 11th": an ordinal after it is a place
    turns: tuple[tuple[str, ...], ...] = ()  # "anyway", "asks": a question buried after them (see buried.py)
    turn_words: frozenset[str] = field(default_factory=frozenset)  # their last words (a cheap first test)
    asking_turns: tuple[tuple[str, ...], ...] = ()  # "last one: ...": the asker's own questions, before a colon
    cut_take_backs: frozenset[str] = field(default_factory=frozenset)  # "<name>- NO scratch that": cut short
    correction_ends: frozenset[str] = field(default_factory=frozenset)  # their last words ("sorry")
    retype_spaced: tuple[str, ...] = ()  # " i meant ": a word typed again to mend one follows (longest first, spaced)
    retype_words: frozenset[str] = field(default_factory=frozenset)  # their longest words, and `retype_against`
    retype_against: frozenset[str] = field(default_factory=frozenset)  # "not" of "vote not vole"
    clause_joins: frozenset[str] = field(default_factory=frozenset)  # "and" of ", and how did he ...": a second ask
    retype_around: frozenset[str] = field(default_factory=frozenset)  # "sorry", "autocorrect": said around it
    reason_openers: tuple[tuple[str, ...], ...] = ()  # "why", "how come": a named video's reason asked
    reason_starts: frozenset[str] = field(default_factory=frozenset)  # "why", "how": their first words
    reason_closers: frozenset[str] = field(default_factory=frozenset)  # "why": an opener of one word
    reason_not_after: frozenset[str] = field(default_factory=frozenset)  # "reason for ASKING": the asker's reason
    reason_not_before: frozenset[str] = field(default_factory=frozenset)  # "he ASKED me why": a why reported
    success_words: tuple[str, ...] = ()  # " successful ", " did well ": a reason for success asked (spaced)
    success_reasons: frozenset[str] = field(default_factory=frozenset)  # "why did", "reason": source cues of a why
    reason_idioms: tuple[tuple[str, ...], ...] = ()  # "why ... IN THE FIRST PLACE": no place said
    option_pointers: frozenset[str] = field(default_factory=frozenset)  # "these" before options: the set asked
    posted_by_words: frozenset[str] = field(default_factory=frozenset)  # "by" of "was posted by <name>"
    unkind_nouns: frozenset[str] = field(default_factory=frozenset)  # "stuff" in "mean stuff": no average
    unkind_adjectives: frozenset[str] = field(default_factory=frozenset)  # "MEAN stuff": an average word, or not
    question_worth: frozenset[str] = field(default_factory=frozenset)  # "marks" of "(2 marks)": no part of it
    person_pronouns: frozenset[str] = field(default_factory=frozenset)  # "his": a person's, never a video
    place_restated: frozenset[str] = field(default_factory=frozenset)  # "was" in "<title> was 9th": its own place
    place_clause: frozenset[str] = field(default_factory=frozenset)  # "<title> THAT topped the table": a place stated
    meaning_asked_with: tuple[str, ...] = ()  # (spaced: looked for in the spaced words)
    platform_markers: frozenset[str] = field(default_factory=frozenset)  # "on" before "youtube"
    platform_postmarkers: frozenset[str] = field(default_factory=frozenset)  # "pe" after "youtube"
    place_markers: frozenset[str] = field(default_factory=frozenset)  # "in" before a place the data lacks
    reflexive_words: frozenset[str] = field(default_factory=frozenset)  # "<name> HIMSELF": the person, no title
    posted_verbs: frozenset[str] = field(default_factory=frozenset)  # "<name> POSTED that video": a verb
    account_words: frozenset[str] = field(default_factory=frozenset)  # "twitter HANDLE": an account, no count
    place_origin_verbs: frozenset[str] = field(default_factory=frozenset)  # "came" of "views came from <place>"
    place_origin_markers: frozenset[str] = field(default_factory=frozenset)  # "from" of "views came from <place>"
    place_lead_ins: frozenset[str] = field(default_factory=frozenset)  # "up" of "did best up in <region>"
    manner_nouns: frozenset[str] = field(default_factory=frozenset)  # "in absolute terms": no place
    programme_words: frozenset[str] = field(default_factory=frozenset)  # "show" after "TV": a programme
    separators: frozenset[str] = field(default_factory=frozenset)  # "and" between two references
    middle_words: frozenset[str] = field(default_factory=frozenset)  # "the MIDDLE four": the places round the centre
    included_after: frozenset[str] = field(default_factory=frozenset)  # "the 2.6m one INCLUDED": counted in a set
    strong_cues: frozenset[str] = field(default_factory=frozenset)  # one-word cues that alone ask ("say", "vs")
    percent_words: frozenset[str] = field(default_factory=frozenset)  # after a number: a share
    long_forms: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)  # "national health service"
    greetings: tuple[tuple[str, ...], ...] = ()  # "good morning": dropped at the start of a message, longest first
    greeting_starts: frozenset[str] = field(default_factory=frozenset)
    greeted: frozenset[str] = field(default_factory=frozenset)  # "hello FAMILY": whom a greeting is for
    object_pronouns: dict[str, str] = field(default_factory=dict)  # pidgin "am": "it" (not beside "i")
    plural_object_after: frozenset[str] = frozenset()  # "add am": "add them", the videos named before
    plural_object: str = ""  # "them": the pidgin object pronoun read after one of `plural_object_after`
    pronoun_subjects: frozenset[str] = field(default_factory=frozenset)  # "I" am: no pidgin "am"
    leaning_words: frozenset[str] = field(default_factory=frozenset)  # "how many did THEY get": said before
    leaning: frozenset[str] = field(default_factory=frozenset)  # those, the pronouns of videos, people, "them"
    passed_on_words: frozenset[str] = field(default_factory=frozenset)  # "forwarded" before "on <platform>"
    signoffs: tuple[tuple[str, ...], ...] = ()  # "thanks", "kind regards" closing a message, longest first
    past_markers: frozenset[str] = field(default_factory=frozenset)  # "who WEN post": a past said before its verb
    marker_subjects: frozenset[str] = field(default_factory=frozenset)  # "WHO wen post": subjects before a marker
    digit_words: frozenset[str] = field(default_factory=frozenset)  # "ch7al": a table's word with a digit inside
    lettered_place: re.Pattern[str] | None = None  # "P7": a letter glued before a number making it a place
    unspaced_words: dict[str, str] = field(default_factory=dict)  # Thai, Lao: a script's word, read in English
    unspaced_run: re.Pattern[str] | None = None  # a run of those scripts' letters
    _unspaced_longest: int = 0
    lead_ins: frozenset[str] = field(default_factory=frozenset)  # "SO how many ...": words leading into a question
    own_remark_openers: frozenset[str] = field(default_factory=frozenset)  # "..., MY lucky number is 7": a remark
    bare_verbs: frozenset[str] = field(default_factory=frozenset)  # the verbs a past marker goes before
    signoff_starts: frozenset[str] = field(default_factory=frozenset)
    _signoffs_by_start: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # first word -> signoffs
    spoken_scales: dict[str, int] = field(default_factory=dict)  # "hundred", "thousand", "million" in words
    spoken_joins: frozenset[str] = field(default_factory=frozenset)  # "and" inside a number said in words
    long_starts: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # first word -> long forms
    past_forms: dict[str, str] = field(default_factory=dict)  # "send": "sent" (a tweet's word in its past form)
    each_words: frozenset[str] = field(default_factory=frozenset)  # "each", "both": every figure asked
    per_words: frozenset[str] = field(default_factory=frozenset)  # "retweets per video": one for every video
    owner_before: frozenset[str] = field(default_factory=frozenset)  # "videos of the <party>": whose
    measure_nouns: frozenset[str] = field(default_factory=frozenset)  # "views": the views named, no video
    group_more: frozenset[str] = field(default_factory=frozenset)  # "which month had more views": the most of them
    set_claims: frozenset[str] = field(default_factory=frozenset)  # "bottom three IS <A>, <B>, <C>": videos said of it
    cleft_relatives: frozenset[str] = field(default_factory=frozenset)  # "which was it THAT had ...": no pronoun
    same_asked: frozenset[str] = field(default_factory=frozenset)  # "is the most viewed ALSO the earliest": one video?
    any_asked: frozenset[str] = field(default_factory=frozenset)  # "were ANY of the top 3 ...": one is enough
    group_fewer: frozenset[str] = field(default_factory=frozenset)  # "which had fewer": the least of them
    factor_verbs: frozenset[str] = field(default_factory=frozenset)  # "double CHECK": no scale
    all_words: frozenset[str] = field(default_factory=frozenset)  # "all" (of them), first asked: every video
    word_endings: tuple[str, ...] = ()  # endings read off a word no table knows ("reacting" -> "react")
    spelling_variants: dict[str, str] = field(default_factory=dict)  # American ending -> British


    # Small word sets of vocabulary.yaml that the entity reader and frame scorer test words against.
    video_words: frozenset[str] = field(default_factory=frozenset)  # stand for a video ("clip", "one")
    item_names: dict[tuple[str, ...], int] = field(default_factory=dict)  # an alias without its video word
    item_name_starts: frozenset[str] = field(default_factory=frozenset)  # their first words
    video_plurals: frozenset[str] = field(default_factory=frozenset)  # "videos", "ones": a group
    # "the vid that hit 20m": one taken to exist (determiners before a video word, relatives after; never with `unless`)
    one_determiners: frozenset[str] = field(default_factory=frozenset)
    one_relatives: frozenset[str] = field(default_factory=frozenset)
    one_unless: frozenset[str] = field(default_factory=frozenset)
    post_words: frozenset[str] = field(default_factory=frozenset)  # "tweet": the post that carries a video
    speech_words: frozenset[str] = field(default_factory=frozenset)  # "say" after a video: words spoken in it
    name_parts: frozenset[str] = field(default_factory=frozenset)  # words of titles and aliases
    media_titles: dict[str, str] = field(default_factory=dict)  # a link's last part ("<code>"), casefolded: its title
    _sorted_name_parts: list[str] = field(default_factory=list)  # the same, sorted: those starting with a word
    poster_video_words: frozenset[str] = field(default_factory=frozenset)  # "<poster> video", "<poster> tweet"
    describing_words: frozenset[str] = field(default_factory=frozenset)  # "the one with <name>"
    party_words: frozenset[str] = field(default_factory=frozenset)
    within_words: frozenset[str] = field(default_factory=frozenset)
    superlative_ending: str = ""  # how a superlative ends ("-est"), said of a word no table knows after a place
    partitives: frozenset[str] = field(default_factory=frozenset)  # "how many of", "which of": a set within
    top_words: frozenset[str] = field(default_factory=frozenset)
    ordinal_suffixes: tuple[str, ...] = ()
    ambiguous_months: frozenset[str] = field(default_factory=frozenset)
    month_prepositions: frozenset[str] = field(default_factory=frozenset)
    day_of: frozenset[str] = field(default_factory=frozenset)
    over_words: tuple[str, ...] = ()
    reach_words: tuple[str, ...] = ()  # "hit 9.5 mil": a bound that takes the figure in
    counted_reach: tuple[str, ...] = ()  # "how many got 3m": the same, when videos are counted
    under_long: tuple[tuple[str, ...], ...] = ()  # "failed to reach": under bounds of three words or more
    mean_said: re.Pattern[str] = re.compile(r"(?!)")  # "average": where an average is asked
    mean_again: re.Pattern[str] = re.compile(r"(?!)")  # "above that" after it: the average said again
    contrast_reason: re.Pattern[str] = re.compile(r"(?!)")  # "why": a reason asked, before a contrast clause
    contrast_clause: re.Pattern[str] = re.compile(r"(?!)")  # "... when the rest are round": background, cut
    at_most: tuple[tuple[str, ...], ...] = ()  # "no more than": a bound under that takes the figure in
    # ("what did <title> beat": the one just below it; passive, "<title> lost to": above)
    beat_active: tuple[tuple[str, ...], ...] = ()
    beat_passive: tuple[tuple[str, ...], ...] = ()
    beat_asked: frozenset[str] = frozenset()  # "WHAT beat <title>": the other side asked
    beat_firsts: frozenset[str] = frozenset()  # the first words of every verb of winning (most questions say none)
    beat_passive_before: frozenset[str] = frozenset()  # "did <title> GET beat": the verb passive
    at_least: tuple[tuple[str, ...], ...] = ()  # "no less than": a bound over that takes the figure in
    bound_ends: frozenset[str] = frozenset()  # the last word of each of those three (a cheap first test)
    under_words: tuple[str, ...] = ()
    over_after: tuple[tuple[str, ...], ...] = ()  # "plus", "or more" after a figure: at least it
    under_after: tuple[tuple[str, ...], ...] = ()  # "or less" after a figure: at most it
    hedges: frozenset[str] = field(default_factory=frozenset)  # "like" before a figure: a guess at it
    hedge_phrases: tuple[tuple[str, ...], ...] = ()  # "more or less" before a figure: a guess too
    hedge_ends: frozenset[str] = frozenset()  # the last word of each (a cheap first test)
    nearest_words: tuple[str, ...] = ()  # "closest to" before a figure: the video with the nearest count
    exact_words: tuple[str, ...] = ()
    band_words: tuple[str, ...] = ()
    span_words: frozenset[str] = field(default_factory=frozenset)  # "days", "weeks": a number of them is no figure
    plural_multipliers: frozenset[str] = field(default_factory=frozenset)  # "millions": a band after "the"
    between_words: frozenset[str] = field(default_factory=frozenset)
    range_words: frozenset[str] = field(default_factory=frozenset)  # "to" between two places or figures
    negation_words: frozenset[str] = field(default_factory=frozenset)  # the query unit "negate", one word each
    dated_measures: frozenset[str] = field(default_factory=frozenset)  # "views by day": a day's count
    person_measures: frozenset[str] = field(default_factory=frozenset)  # "personal details": about people
    video_pronouns: frozenset[str] = field(default_factory=frozenset)  # "just below it": the video named before
    named_pronouns: frozenset[str] = field(default_factory=frozenset)  # "just below her": the same, of a person
    wh_before_claims: frozenset[str] = field(default_factory=frozenset)  # "WHEN was it posted": no claim
    stretch_openers: frozenset[str] = field(default_factory=frozenset)  # "THE week after <title>": seven days
    video_parties: frozenset[str] = field(default_factory=frozenset)  # the parties whose videos the data holds
    own_words: frozenset[str] = field(default_factory=frozenset)  # "own": between a party and its videos
    determiners: frozenset[str] = field(default_factory=frozenset)  # "the", "that": before a name, no part of it
    watch_words: frozenset[str] = field(default_factory=frozenset)  # "watch TV": what is watched, not a count
    gloss: re.Pattern[str] = re.compile(r"(?!)")  # a bracketed gloss on a word ("(x as in y)")
    run_before_place: re.Pattern[str] = re.compile(r"(?!)")  # "the 6-10 spots": the places from one to the other
    plan_clause: re.Pattern[str] = re.compile(r"(?!)")  # ", I'll put it on the family chat": the speaker's plan
    condition_clause: re.Pattern[str] = re.compile(r"(?!)")  # ", if you have it to hand": a condition said last
    event_day: re.Pattern[str] = re.compile(r"(?!)")  # "the day before polls": a day the data has no date for
    event_day_measure: str = ""  # the measure such a day stands for when nothing else dates the question
    event_day_hints: frozenset[str] = field(default_factory=frozenset)  # a word each of those phrases says
    event_span: re.Pattern[str] = re.compile(r"(?!)")  # "days BEFORE POLLING DAY": a time to an undated event
    event_span_hints: frozenset[str] = field(default_factory=frozenset)  # "days": a word every one of them says
    event_dated: re.Pattern[str] = re.compile(r"(?!)")  # "polling day (THE 12TH)": the event dated by the asker
    event_as_day: re.Pattern[str] = re.compile(r"(?!)")  # "POLLING DAY (12th)": the event, then the day it names
    event_before: re.Pattern[str] = re.compile(r"(?!)")  # "the day before " right before an event
    event_stated: re.Pattern[str] = re.compile(r"(?!)")  # ", ELECTION BEING DEC 12": the event dated in a clause
    event_named: re.Pattern[str] = re.compile(r"(?!)")  # an event the data has no date for, named
    event_stems: tuple[str, ...] = ()  # the start of each event's first word ("poll", "vote"): looked for first
    by_time: frozenset[str] = field(default_factory=frozenset)  # "views by January": a time a count was reached
    item_asks: frozenset[str] = field(default_factory=frozenset)  # "which <title noun>s did he read": things in it
    kind_guesses: frozenset[str] = field(default_factory=frozenset)  # "(what is <alias>,) a game?": what it is
    subject_markers: frozenset[str] = field(default_factory=frozenset)  # "about" (<name>): the video about them
    # The openings that ask of someone as a follow-up does ("what about <name>'s lot"), no video about them: the
    # follow-up openings of two words or more
    asking_about: frozenset[str] = field(default_factory=frozenset)
    cutoff_words: frozenset[str] = field(default_factory=frozenset)  # "missed" of "just missed the top 3"
    long_gap_words: frozenset[str] = field(default_factory=frozenset)  # "longest" of "longest gap back to back"
    month_inclusive_bounds: frozenset[str] = field(default_factory=frozenset)  # "since" of "since november"
    day_inclusive_bounds: frozenset[str] = field(default_factory=frozenset)  # "until" of "until 30 november"
    bound_of_videos: frozenset[str] = field(default_factory=frozenset)  # "with" of "average of videos with over 5m"
    runner_up_of: frozenset[str] = field(default_factory=frozenset)  # "to" of "the runner up to <title>"
    sort_adverbs: frozenset[str] = field(default_factory=frozenset)  # "chronologically": a way to sort, no end
    times_each_words: frozenset[str] = field(default_factory=frozenset)  # "they" of "how many times were they viewed"
    topic_markers: frozenset[str] = field(default_factory=frozenset)  # "about" of "not about the <topic>"
    bare_negations: frozenset[str] = field(default_factory=frozenset)  # "not": no exclusion said by itself
    every_video_words: frozenset[str] = field(default_factory=frozenset)  # "everything" of "everything below 5th"
    next_only_words: frozenset[str] = field(default_factory=frozenset)  # "RIGHT after": the one next video
    next_in_order: frozenset[str] = field(default_factory=frozenset)  # "the NEXT most viewed after <title>"
    ordinal_dot_after: frozenset[str] = field(default_factory=frozenset)  # "most" of "2. most viewed"
    list_words: frozenset[str] = field(default_factory=frozenset)  # "list" of "the last one in the list"
    list_in_time: frozenset[str] = field(default_factory=frozenset)  # "time" of "first on the list in time order"
    # "oe" of "7-oe mesto": a place's ending written after a hyphen, in a message in another language
    place_endings_apart: frozenset[str] = field(default_factory=frozenset)
    programme_before: frozenset[str] = frozenset()  # "on" of "<name> ON question time": a programme named after it
    others_unless_video: frozenset[str] = frozenset()  # kinds of `other_names` read only when no video is named
    among_words: frozenset[str] = frozenset()  # "in" of "not IN the top 10": a place among the list denied
    copula_negations: dict[str, frozenset[str]] = field(default_factory=dict)  # "arent": "<party> AREN'T in ..."
    handle_subject_verbs: frozenset[str] = frozenset()  # "@<handle> POSTED which video": the handle its subject
    favoured_subjects: frozenset[str] = field(default_factory=frozenset)  # "ones the WRITERS liked": theirs
    favoured_pronouns: frozenset[str] = frozenset()  # "they" of "any extra ones they liked": the writers, if said so
    favoured_measure: str = ""  # the measure whose verb says the writers' favourites ("liked")
    recipient_before: frozenset[str] = field(default_factory=frozenset)  # "my family": whom the answer is for
    asker_owned_before: frozenset[str] = field(default_factory=frozenset)  # "MY friend": the asker's, no title word
    other_words: frozenset[str] = field(default_factory=frozenset)  # "other" of "<poster>'s other video"
    activities: frozenset[str] = field(default_factory=frozenset)  # "dancing" of "the <name> dancing video"
    number_marks: frozenset[str] = field(default_factory=frozenset)  # "no", "nr": a number's mark, "no 1"
    bare_count_tails: frozenset[str] = field(default_factory=frozenset)  # "on" of "<title> how many on twitter"
    follow_up_openings: tuple[tuple[str, ...], ...] = ()  # "and", "what about": a sentence leaning on the one before
    not_meant_openers: tuple[tuple[str, ...], ...] = ()  # "not" of "<question>, not <what is not meant>"
    not_meant_ends: frozenset[str] = field(default_factory=frozenset)  # each opener's last word ("not")
    correction_turn: re.Pattern[str] | None = None  # "but" of "not <A> but <B>", a word apart
    follow_up_closings: tuple[tuple[str, ...], ...] = ()  # "... too": a later sentence asking one more thing
    label_nouns: frozenset[str] = field(default_factory=frozenset)  # "year" (11): a label, no figure
    asking_nouns: frozenset[str] = field(default_factory=frozenset)  # "(two) questions": the asker's, no count
    answer_for_before: frozenset[str] = field(default_factory=frozenset)  # "for (Ms <name>)": whom it is for
    place_beside_words: frozenset[str] = field(default_factory=frozenset)  # "#2 behind <title>": the place asked
    maker_nouns: frozenset[str] = field(default_factory=frozenset)  # "the guy behind <title>": who made it, no place
    other_place_before: frozenset[str] = field(default_factory=frozenset)  # "ahead of (6th)": another's place
    margin_before: frozenset[str] = field(default_factory=frozenset)  # "(beat it) by (3.9m)": a margin, no count
    split_gap_openers: tuple[tuple[str, ...], ...] = ()  # "how far (was #2 behind ...)": a gap asked in two parts
    split_gap_closers: frozenset[str] = field(default_factory=frozenset)
    further_working: frozenset[str] = field(default_factory=frozenset)  # "add ... and divide by 3": no plain sum
    others_singular: frozenset[str] = field(default_factory=frozenset)  # "the other": one other, with no count
    self_speakers: frozenset[str] = field(default_factory=frozenset)  # "i" (said): the asker's own words
    date_asides: frozenset[str] = field(default_factory=frozenset)  # measures describing a day said before them
    place_equals: frozenset[str] = field(default_factory=frozenset)  # "rank = 11": between a place word and it
    own_totals: frozenset[str] = field(default_factory=frozenset)  # "<name>'s rt TOTAL": the figure itself
    set_totals: frozenset[str] = field(default_factory=frozenset)  # "top 10 TOTAL minus #1": a set's total
    set_takes: frozenset[str] = field(default_factory=frozenset)  # "top 10 total MINUS #1": out of the set
    place_at_words: frozenset[str] = field(default_factory=frozenset)  # "came in AT 3": before a bare place
    place_at_after: frozenset[str] = field(default_factory=frozenset)  # "came IN at 3", "the ONE at 9"
    place_nouns_after: frozenset[str] = field(default_factory=frozenset)  # "the 5 PLACE": after a bare place
    place_moves: frozenset[str] = field(default_factory=frozenset)  # "1 place BELOW": places counted, no place
    running_totals: tuple[tuple[str, ...], ...] = ()  # "the RUNNING TOTAL after the top 5": every video to it
    places_apart: tuple[tuple[str, ...], ...] = ()  # "HOW MANY SPOTS ahead of <A> is <B>": places between two
    places_apart_ends: frozenset[str] = field(default_factory=frozenset)  # their last words ("spots")
    listed_words: tuple[tuple[str, ...], ...] = ()  # "the first in november ON THE LIST": a place by views
    paired_operations: frozenset[str] = frozenset()  # "combined and also the diff": two asked, each answered
    presumed_post_openers: frozenset[str] = field(default_factory=frozenset)  # "WHAT was the video <name> posted"
    presumed_post_listed: tuple[tuple[str, ...], ...] = ()  # "which OF THE videos": one of the list asked
    partitive_words: frozenset[str] = field(default_factory=frozenset)  # "which OF the videos": one picked out
    plural_run_verbs: frozenset[str] = field(default_factory=frozenset)  # "the videos RANKED above": still all
    counted_platforms: frozenset[str] = field(default_factory=frozenset)  # where the videos' views were counted
    period_end_before: frozenset[str] = field(default_factory=frozenset)  # "by" <the day a figure's period ends>
    range_from: frozenset[str] = field(default_factory=frozenset)  # "the ones from 6 to 10": a range of places
    range_of: frozenset[str] = field(default_factory=frozenset)  # "sum OF 6 to 10": places after an operation
    consequence_joins: frozenset[str] = field(default_factory=frozenset)  # "<claim>, SO <question>"
    period_plurals: frozenset[str] = field(default_factory=frozenset)  # "over what PERIODS": every figure's
    report_words: frozenset[str] = field(default_factory=frozenset)  # "what came 3rd? <name> SAYS <title>"
    purpose_words: frozenset[str] = field(default_factory=frozenset)  # "<question>? I WANT to see how skewed it is"
    claim_denials: frozenset[str] = field(default_factory=frozenset)  # "<party> NEVER got 86 million, right?"
    them_words: frozenset[str] = field(default_factory=frozenset)  # "what % of THEM were posted in November"
    pool_words: frozenset[str] = field(default_factory=frozenset)  # "<A> and <B> POOLED": each a share of both
    premise_clause_word: str = ""  # the first of `premise_clauses` ("since"): a claim read as one it opens
    consequence_join: re.Pattern[str] = re.compile(r"(?!)")  # the same, with the marks before it, to split at
    posting_word: str = "posted"  # the first posting word: what a day said of a video stands for once dropped
    _places_added: re.Pattern[str] | None = None  # "4 + no 5": a "+" before a place word and a number
    _glued_figures: re.Pattern[str] | None = None  # "2sf": a count of significant figures typed as one word
    _place_from_end: re.Pattern[str] | None = None  # "rank -1": a place counted from the end, as code indexes a list
    fallback: re.Pattern[str] = re.compile(r"(?!)")  # "...? if not, <question>": asked if the first has no answer
    by_time_unnamed: frozenset[str] = field(default_factory=frozenset)  # "views in January", no video named
    clarifiers: tuple[tuple[str, ...], ...] = ()  # "like" opening a sentence that says what is asked more exactly
    restating_openers: tuple[tuple[str, ...], ...] = ()  # "i.e." opening the question said again
    known_openers: tuple[tuple[str, ...], ...] = ()  # "i know" opening what the asker knows already
    known_turns: frozenset[str] = field(default_factory=frozenset)  # "but": "i know X, but Y?" asks Y
    _month_numbered: re.Pattern[str] | None = None  # "month == 11": a month by its number
    explaining_words: frozenset[str] = field(default_factory=frozenset)  # "so" (in an aside): how, not what
    premise_clauses: frozenset[str] = field(default_factory=frozenset)  # "since" (<claim>, <question>)
    relative_ends: frozenset[str] = field(default_factory=frozenset)  # "after" (<name>'s): the last words of places
    place_asks: frozenset[str] = field(default_factory=frozenset)  # "where" ... one of `place_verbs`: a place in it
    supposed_place_words: frozenset[str] = field(default_factory=frozenset)  # "would": a place among the rest
    views_choice_verbs: frozenset[str] = field(default_factory=frozenset)  # "got" of "which got more, #6 or #5"
    pair_added: frozenset[str] = field(default_factory=frozenset)  # "combined" after "<A> vs <B>": the two added
    place_verbs: tuple[tuple[str, ...], ...] = ()  # "met", "filmed", "took place"
    cast_asks: frozenset[tuple[str, ...]] = frozenset()  # "whos in it": answered by a title that names someone
    bonus_title_asks: frozenset[tuple[str, ...]] = frozenset()  # "what song", of the bonus section: its titles
    _title_names: tuple[frozenset[str], ...] | None = None  # each title's words that name someone, found when asked
    window_ends: frozenset[str] = frozenset()  # "the FINAL week": a stretch counted back from the campaign's end
    window_units: frozenset[str] = frozenset()
    window_starts: frozenset[str] = frozenset()  # "first" (<count> <unit>) from a video's start
    start_units: frozenset[str] = frozenset()  # "hrs", "days" after it
    start_measure: str = ""  # what that asks: its views by time
    window_words: frozenset[str] = frozenset()  # the units of both (a cheap first test)
    window_before: frozenset[str] = frozenset()  # "the week BEFORE the election"
    window_events: frozenset[str] = frozenset()
    window_measure: str = ""
    window_counts: frozenset[str] = frozenset()  # "the last FEW days", "the last COUPLE OF weeks"
    judgement_asks: tuple[str, ...] = ()  # "do you reckon" ... "was the BEST": the bot's own judgement asked
    judgement_words: frozenset[str] = frozenset()
    judgement_after: frozenset[str] = frozenset()
    judgement_done: frozenset[str] = frozenset()  # "DID the best": the views, no judgement
    judgement_measured: frozenset[str] = frozenset()  # "the best PERFORMING": the views, no judgement
    opinion_measure: str = ""
    future_markers: tuple[tuple[str, ...], ...] = ()  # "WILL <title> hit 10m": a forecast, with a `future_verbs`
    future_requests: frozenset[str] = frozenset()  # "will YOU tell me": a request after the marker, no forecast
    future_askers: frozenset[str] = field(default_factory=frozenset)  # "when I get back": the asker's own doing
    future_verbs: tuple[tuple[str, ...], ...] = ()  # "will <title> HIT 10m", "will <name> STAY leader"
    future_not_with: frozenset[str] = field(default_factory=frozenset)  # "IF it had 200k more, will it pass <title>"
    future_times: tuple[tuple[str, ...], ...] = ()  # "<party> wins TMRW": a day to come, the marker unsaid
    future_words: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # first words of each: a check
    forecast_measure: str = ""  # the measure a future asked stands for
    place_verb_words: frozenset[str] = field(default_factory=frozenset)  # their words (a cheap first test)
    told_events: dict[str, frozenset[str]] = field(default_factory=dict)  # "met": every form of its verb
    item_between: frozenset[str] = field(default_factory=frozenset)
    item_after: frozenset[str] = field(default_factory=frozenset)
    subject_openers: frozenset[str] = field(default_factory=frozenset)  # "does it beat <title>": a total, compared
    subject_pronouns: frozenset[str] = field(default_factory=frozenset)
    subject_auxiliaries: frozenset[str] = field(default_factory=frozenset)  # "<set> combined HAVE beaten"
    ways: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)  # ("lower", "higher"): (up, down)
    way_words: frozenset[str] = field(default_factory=frozenset)
    date_ways: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)  # as `ways`, of posting dates
    date_way_words: frozenset[str] = field(default_factory=frozenset)
    way_joins: frozenset[str] = field(default_factory=frozenset)  # "or": between the two ways
    verdicts: tuple[str, str] = ("", "")  # "does A beat B": the words for A above B, and below it
    quiz_verdicts: tuple[str, str] = ("", "")  # the same, of a claim put as a quiz ("true or false: A > B")
    factor_times: frozenset[str] = field(default_factory=frozenset)  # "2 times #5": a figure, then one of these
    half_set_against: frozenset[str] = field(default_factory=frozenset)  # "half AGAIN as big as": a multiple
    position_parts: frozenset[str] = field(default_factory=frozenset)  # "a third of the WAY down": a place
    sequence_after: frozenset[str] = field(default_factory=frozenset)  # "poster first THEN date": no place
    factor_divided: tuple[tuple[str, ...], ...] = ()  # "#1 divided by 2": one of these, then a figure
    times_word: str = ""  # the first of `factor_times`: "2x" read as "2 times"
    indexed_words: frozenset[str] = field(default_factory=frozenset)  # "videos[0]": a list indexed as code does
    numbered_marks: re.Pattern[str] | None = None  # "1) ", "step 2 ": where a numbered part of a message starts
    spaced_signs: tuple[tuple[str, str, bool], ...] = ()  # (" - ", "minus", beside lists only): a spaced sign
    asked_result: re.Pattern[str] = re.compile(r"=\s*\?*\s*$")  # "... = ?", "= how many": the sum before it asked
    factor_starts: frozenset[str] = field(default_factory=frozenset)  # words that may begin a figure's scale
    left_out_starts: frozenset[str] = field(default_factory=frozenset)  # words that may follow a video left out
    how_long: frozenset[tuple[str, str]] = field(default_factory=frozenset)  # "how long" as a pair of words
    gap_ends: frozenset[str] = field(default_factory=frozenset)  # "how much did A beat B BY": a gap asked
    scaled_after: frozenset[str] = field(default_factory=frozenset)  # "<title> doubled": the scale after its side
    person_before_name: frozenset[tuple[str, ...]] = field(default_factory=frozenset)  # "happened to <name>"
    decimal_phrases: tuple[tuple[str, ...], ...] = ()  # "dp", "decimal places", longest first
    decimal_starts: frozenset[str] = field(default_factory=frozenset)  # their first words
    contest_words: frozenset[str] = field(default_factory=frozenset)  # "won": of an election or of views
    video_contest_words: frozenset[str] = field(default_factory=frozenset)  # "voted": of views beside a video only
    election_objects: frozenset[str] = field(default_factory=frozenset)  # "lose THE ELECTION": the election's contest
    election_objects_not_before: frozenset[str] = field(default_factory=frozenset)  # "won the vote FOR most views"
    election_measures: frozenset[str] = field(default_factory=frozenset)  # "votes": one word of it, with
    # views or a video word beside it, is a contest of views ("which video won")
    person_question_words: frozenset[str] = field(default_factory=frozenset)  # "who", "whose"
    digit_pronouns: dict[str, str] = field(default_factory=dict)  # "1" after a name's word: "one"
    identity_guesses: frozenset[str] = field(default_factory=frozenset)  # "is" before "<name> a <word>"
    identity_articles: frozenset[str] = field(default_factory=frozenset)  # "a" after the name
    honorifics: frozenset[str] = field(default_factory=frozenset)  # "ms" before a name no table knows
    featuring_words: frozenset[str] = field(default_factory=frozenset)  # "video with" before a name no table knows
    describing_ends: tuple[str, ...] = ()  # "-ing" of "the heartbreaking one": a word describing, not a name
    platform_places: frozenset[str] = field(default_factory=frozenset)  # "group" of "the whatsapp group"
    platform_owners: frozenset[str] = field(default_factory=frozenset)  # "my" of "my insta": the asker's own
    foreign_units: frozenset[str] = field(default_factory=frozenset)  # "degrees" of "12 degrees": no figure of ours
    uncounted_spans: frozenset[str] = field(default_factory=frozenset)  # "hours" of "how many hours": not counted
    clock_marks: frozenset[str] = field(default_factory=frozenset)  # "am", "pm" after a number: a time, no place
    place_prefixes: frozenset[str] = field(default_factory=frozenset)  # "ika" of "ika-3": the 3rd, in any message
    making_words: frozenset[str] = field(default_factory=frozenset)  # "make" of "how many videos did <party> make"
    postposition_nouns: frozenset[str] = field(default_factory=frozenset)  # "platform" of "5 million cross platform"
    day_back_references: tuple[tuple[str, ...], ...] = ()  # "that day": a day said before, pointed back to
    platform_genres: frozenset[str] = field(default_factory=frozenset)  # "reality" of "reality tv"
    run_verbs: frozenset[str] = field(default_factory=frozenset)  # "ranked" of "which two videos ranked above"
    asker_phrases: tuple[tuple[str, ...], ...] = ()  # "would like to know" after a name: the one asking
    answer_for_phrases: tuple[tuple[str, ...], ...] = ()  # "wants" after a name: whom the answer is for
    wanting_verbs: tuple[tuple[str, ...], ...] = ()  # "the presenter WANTS to read it": whom a reply is for
    source_words: frozenset[str] = field(default_factory=frozenset)  # the source's own words about the campaign
    plain_describers: frozenset[str] = field(default_factory=frozenset)  # "the WHOLE video": how it is, not which
    subject_words: frozenset[str] = field(default_factory=frozenset)  # "the video ABOUT trains"
    indefinite_articles: frozenset[str] = field(default_factory=frozenset)  # "A weird one": no video meant
    poster_asks: frozenset[str] = field(default_factory=frozenset)  # "WHO posted ...": the poster asked
    collab_words: frozenset[str] = field(default_factory=frozenset)  # "the <person> X <name> video": made together
    truth_words: frozenset[str] = field(default_factory=frozenset)  # "is it TRUE <name> ...": no guess at whom
    which_asks: frozenset[str] = field(default_factory=frozenset)  # "WHAT's the 2nd vid": which video asked
    scope_words: frozenset[str] = field(default_factory=frozenset)  # "<title>'s share OF the <topic> ones"
    generic_measure_words: frozenset[str] = field(default_factory=frozenset)  # "figures": no measure of its own
    source_pointers: tuple[tuple[str, ...], ...] = ()  # "according to your" (figures): where an answer is from
    source_pointer_ends: frozenset[str] = field(default_factory=frozenset)  # their last words ("your")
    dotted_short_forms: re.Pattern[str] = re.compile(r"(?!)")  # "NO. of comments": a short form and its dot
    dotted_spelt: dict[str, str] = field(default_factory=dict)  # "cum.": the word a dotted short form shortens
    closing_guesses: frozenset[str] = field(default_factory=frozenset)  # "..., <name> HIMSELF?": a guess closing
    platform_copies: frozenset[str] = field(default_factory=frozenset)  # "the <platform> version of <title>"
    video_kinds: frozenset[str] = field(default_factory=frozenset)  # "compilation": a kind of video, not another one
    phrasal_particles: frozenset[str] = field(default_factory=frozenset)  # "bake OFF": a describing word's particle
    name_things: frozenset[str] = field(default_factory=frozenset)  # "the <name> THING": a video said loosely
    name_thing: re.Pattern[str] = re.compile(r"(?!)")  # a person's one-word name, then one of `name_things`
    article_words: frozenset[str] = field(default_factory=frozenset)  # "article": the source, a date
    source_told: frozenset[str] = field(default_factory=frozenset)  # measures the source answer speaks to
    end_words: frozenset[str] = field(default_factory=frozenset)  # "last" before "place one"
    rounding_nearest: frozenset[str] = field(default_factory=frozenset)  # "nearest" before a unit
    rounding_figures: tuple[tuple[str, ...], ...] = ()  # "sig figs" after a number
    rounding_standard: tuple[tuple[str, ...], ...] = ()  # "standard form"
    rounding_spoken: tuple[tuple[str, ...], ...] = ()  # "in words", "out loud"
    rounding_scaled: dict[tuple[str, ...], str] = field(default_factory=dict)  # "in millions": "million"
    rounding_firsts: frozenset[str] = frozenset()  # the first word of each
    rounding_words: frozenset[str] = field(default_factory=frozenset)  # one word of each (a spoken form's last)
    claim_after: tuple[tuple[str, ...], ...] = ()  # "says", "own numbers" after a claimant ("<party> says")
    claim_before: tuple[tuple[str, ...], ...] = ()  # "according to" before a claimant
    heard_on: tuple[tuple[str, ...], ...] = ()  # "SAW IT ON <platform>": where a claim was heard
    set_aside_before: tuple[tuple[str, ...], ...] = ()  # "shared, RATHER THAN viewed": the measure not wanted
    set_aside_starts: frozenset[str] = field(default_factory=frozenset)  # their first words
    source_claims: tuple[tuple[str, ...], ...] = ()  # "it says" opening a question: the article speaking
    how_many: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    how_many_fillers: frozenset[str] = field(default_factory=frozenset)
    counted_kinds: frozenset[str] = field(default_factory=frozenset)  # "how many CAMPAIGN vids"
    count_got_helpers: frozenset[str] = field(default_factory=frozenset)  # "how many did <video> get"
    particle_verbs: dict[str, frozenset[str]] = field(default_factory=dict)  # "add" -> {"up", "together"}
    foreign_ordinal_suffixes: frozenset[str] = field(default_factory=frozenset)  # "eme" of "4eme"
    year_suffixes: frozenset[str] = field(default_factory=frozenset)  # "er" of "<year>er"
    postpositions: dict[tuple[str, ...], str] = field(default_factory=dict)  # ("se", "upar") -> "over"
    postposition_starts: frozenset[str] = field(default_factory=frozenset)  # "se", "ke", "kitne"
    asked_after_measure: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "kitne" -> ("how", "many")
    asked_after_units: frozenset[str] = field(default_factory=frozenset)  # "days": "siku ngapi", how many days
    asked_after_rank: str = ""  # "rank berapa": what rank
    count_got_verbs: frozenset[str] = field(default_factory=frozenset)
    count_got_passive: frozenset[str] = field(default_factory=frozenset)  # "how many times WAS <name> retweeted"
    since_posted: tuple[tuple[str, ...], ...] = ()  # "did it get AFTER THAT": since it went up, its count
    _possessed: re.Pattern[str] | None = None  # "<name>'s mate": the word after a possessive "'s"
    particle_reach: int = 0  # how far after its verb a particle may stand ("add the bottom five up")
    measure_words: dict[str, str] = field(default_factory=dict)  # each one-word measure form ("views"): its measure
    how_many_ends: frozenset[str] = field(default_factory=frozenset)  # the last word of each
    measure_labels: dict[str, str] = field(default_factory=dict)  # "election": "election results"
    aside_measures: frozenset[str] = field(default_factory=frozenset)  # "do you think": lacked beside a figure
    any_words: frozenset[str] = field(default_factory=frozenset)  # "did <party> post ANY video then": at all
    platform_names: dict[str, str] = field(default_factory=dict)  # "youtube": "YouTube"
    follow_up: PhraseTables = field(default_factory=PhraseTables)  # "it", "those": the marks of a follow-up

    @classmethod
    def build(cls, dataset: Dataset) -> Lexicon:
        """Derive every table from the vocabulary and the dataset."""
        voc = vocabulary()
        lex = cls(dataset=dataset)
        lex.measure_labels = {str(k): str(v) for k, v in voc.get("measure_labels", {}).items()}
        lex.aside_measures = frozenset(map(str, voc["aside_measures"]))
        lex.any_words = frozenset(map(str, voc["any_words"]))
        lex.platform_names = {str(k): str(v) for k, v in voc.get("platform_names", {}).items()}
        for unit, forms in voc["follow_up"].items():  # (the follow-up units, one phrase trie: see conversation.py)
            for form in forms:
                lex.follow_up.add(tuple(words(str(form))), unit, unit)
        lex.names = Phrases(lex.tables, NAMES)
        lex.others = Phrases(lex.tables, OTHERS)
        lex.stopwords = frozenset(voc["stopwords"])
        lex.numbers = {k: int(v) for k, v in voc["numbers"].items()}
        lex.multipliers = {k: int(v) for k, v in voc["multipliers"].items()}
        units = "|".join(sorted((re.escape(m) for m in lex.multipliers), key=len, reverse=True))
        # (or before the other end of a range sharing the unit: "entre 3,5 et 4 millions", "3,5-4 Mio")
        lex._decimal_comma = re.compile(
            rf"(\d),(\d{{1,2}})(?=(?:(?:\s*[-\u2013]\s*|\s+\w{{1,3}}\s+)\d{{1,3}}(?:[.,]\d{{1,2}})?)?\s?(?:{units})\b)",
            re.IGNORECASE) if units else None
        # "253.000 views", "3.000.000": points between thousands, as much of Europe writes them (one group of zeros
        # only with no unit after it: "2.000 mil" is 2 million, "2.747" a decimal)
        lex._thousands_point = _thousands(r"\.", units) if units else None
        # ("3 000 000", "2 747 000", "253 000": spaces between thousands, as much of Europe writes them; the same
        # groups as the points', so "top 5 100" stays two numbers)
        lex._thousands_space = _thousands(" ", units) if units else None
        lex.ordinals = {k: int(v) for k, v in voc["ordinals"].items()}
        lex.months = {k: int(v) for k, v in voc["months"].items()}
        for name, number in lex.months.items():  # each month's longest name, to write a date in words
            if len(name) > len(lex.month_names.get(number, "")):
                lex.month_names[number] = name
        lex.rank_words = frozenset(voc["rank_words"])
        places = "|".join(map(re.escape, sorted(lex.rank_words)))
        lex.run_before_place = re.compile(rf"\b(\d{{1,2}})\s*[-\u2013]\s*(\d{{1,2}})(?=\s+(?:{places})s?\b)",
                                          re.IGNORECASE)
        lex.title_name_joins = frozenset(voc["title_name_joins"])
        lex.choice_askers = frozenset(voc["choice_askers"])
        lex.figure_describing = frozenset(voc["figure_describing"])
        lex.textspeak = {str(k): tuple(words(str(v))) for k, v in voc["textspeak"].items()}
        for language, table in voc["languages"].items():
            own = {str(k): tuple(words(str(v))) for k, v in table["own"].items()}
            if spaced := sorted(str(k) for k in (*own, *table.get("shared", {})) if " " in str(k)):
                # (a table reads one word at a time: a phrase there would never be read; `long_forms` reads them)
                raise ValueError(f"vocabulary: {language} has phrases {spaced}: put them in long_forms")
            if table.get("verbs"):  # (a word written out in "own" reads as written there: see `_verbs_read`)
                lex.verb_tables.append(_verb_table(str(language), table["verbs"]))
            if clash := sorted(k for k, v in own.items() if lex.textspeak.get(k, v) != v):
                raise ValueError(f"vocabulary: {language} reads {clash} otherwise than another table")
            lex.textspeak.update(own)
            lex.language_own[language] = frozenset(own)
            lex.language_shared[language] = {str(k): tuple(words(str(v))) for k, v in table.get("shared", {}).items()}
            if table.get("suffixes"):
                lex.language_suffixes[language] = tuple(sorted(map(str, table["suffixes"]), key=len, reverse=True))
            if table.get("repeat_mark"):
                lex.language_repeats[language] = str(table["repeat_mark"])
            if table.get("place_mark"):
                lex.language_place_marks[language] = str(table["place_mark"])
            if table.get("month_mark"):
                lex.language_month_marks[language] = str(table["month_mark"])
            if table.get("scale_marks"):
                lex.language_scale_marks[language] = {str(k): str(v) for k, v in table["scale_marks"].items()}
            if table.get("compared_after"):
                lex.language_compared_after[language] = frozenset(map(str, table["compared_after"]))
        if lex.language_repeats:
            marks = "|".join(map(re.escape, set(lex.language_repeats.values())))
            lex._repeated = re.compile(rf"(?<![\w'])([a-z]{{3,}})(?:{marks})(?![\w.,])", re.IGNORECASE)
        lex.shared_words = frozenset(w for shared in lex.language_shared.values() for w in shared)
        lex.shared_in_phrases = _pairs_with(voc, lex.shared_words)
        lex.language_words = frozenset(w for own in lex.language_own.values() for w in own)
        # (words written with a digit among their letters, "ch7al", "ba3d": the word pattern splits them at it)
        lex.digit_words = frozenset(w for w in lex.language_words | lex.shared_words if LETTER_DIGIT.search(w))
        if voc.get("unspaced_words"):
            lex.unspaced_words = {str(k): str(v) for k, v in voc["unspaced_words"].items()}
            letters = "".join(sorted({c for k in lex.unspaced_words for c in k}))
            lex.unspaced_run = re.compile(f"[{re.escape(letters)}]+")
            lex._unspaced_longest = max(map(len, lex.unspaced_words))
        if voc.get("place_letters"):
            letters = "|".join(map(re.escape, voc["place_letters"]))
            lex.lettered_place = re.compile(rf"(?<![\w#])(?:{letters})(\d{{1,3}})(?![\w.,])", re.IGNORECASE)
        lex.textspeak_digits = {str(k): str(v) for k, v in voc["textspeak_digits"].items()}
        sounds = voc["spoken_places"]
        lex.place_sounds = {str(k): str(v) for k, v in sounds["sounds"].items()}
        lex.place_sound_before = frozenset(sounds["before"])
        lex.place_sound_after = frozenset(sounds["after"])
        lex.end_sounds = {str(k): lex.place_sounds[str(k)] for k in sounds["end_sounds"]}
        lex.end_sound_ends = frozenset(sounds["ends"])
        lex.possessed_synonyms = {str(k): str(v) for k, v in voc["possessed_synonyms"].items()}
        for key in _WORD_SETS:  # (each a plain list of words in the vocabulary, read as a set under its own name)
            setattr(lex, key, _strings(voc[key]))
        lex.relative_starts = frozenset(_phrase(str(f))[0] for forms in voc["query"]["relative"].values()
                                        for f in forms)
        lex.fractions = tuple(sorted(((tuple(words(str(k))), str(v)) for k, v in voc["fractions"].items()),
                                     key=lambda f: -len(f[0])))
        lex._fraction_starts = frozenset(f[0][0] for f in lex.fractions)
        lex.decimal_points = frozenset(voc["decimal_points"])
        lex.symbols = {str(k): str(v) for k, v in voc["symbols"].items()}
        lex.date_symbols = {str(k): str(v) for k, v in voc["date_symbols"].items()}
        lex.place_symbols = {str(k): str(v) for k, v in voc["place_symbols"].items()}
        lex._arrows = tuple(sorted((k for k in lex.symbols if k.endswith(">") and k.startswith("-")), key=len,
                                   reverse=True))
        lex.ratio_colon = str(voc["ratio_colon"])
        lex.lowest_terms = _spaced(voc["lowest_terms"])
        lex.poster_others = _spaced(voc["poster_others"])
        lex.figure_rises = _spaced(voc["figure_rises"])
        lex.advice_asks = _spaced(voc["advice_asks"])
        lex.previous_election = _spaced(voc["previous_election"])
        lex.previous_beside_current = tuple(tuple(words(str(p))) for p in voc["previous_beside_current"])
        lex.previous_compared = tuple(tuple(words(str(p))) for p in voc["previous_compared"]["forms"])
        lex.previous_compared_after = tuple(tuple(words(str(p))) for p in voc["previous_compared"]["after"])
        lex.from_bottom = _spaced(voc["from_bottom"])
        lex.from_bottom_words = tuple(tuple(p.split()) for p in lex.from_bottom)
        lex.count_at_end = tuple(tuple(words(str(p))) for p in voc["count_at_end"])
        lex.asker_times = frozenset(product(map(str, voc["asker_times"]["before"]),
                                            map(str, voc["asker_times"]["times"])))
        ages = voc["age_of_watchers"]
        lex.age_asks = tuple(tuple(words(str(p))) for p in ages["asks"])
        lex.age_hints = frozenset(ask[-1] for ask in lex.age_asks)
        lex.age_of = frozenset(map(str, ages["who"]))
        lex.age_reach = int(ages["reach"])
        lex.age_bounds = tuple(tuple(words(str(p))) for p in ages["bounds"])
        lex.age_bound_starts = frozenset(b[0] for b in lex.age_bounds)
        lex.oldest_age = int(ages["oldest"])
        lex.came_from = _spaced(voc["came_from"])
        lex.ordinal_dot_before = _strings(voc["ordinal_dot_before"])
        lex.previous_hints = frozenset(str(p).split()[0] for p in voc["previous_election"])
        earlier_years = [m.period.year for m in lex.dataset.metrics
                         if m.period and m.period.year and m.period.year < lex.dataset.source.published.year]
        lex.previous_year = max(earlier_years) if earlier_years else None
        moves = voc["claimed_moves"]
        lex.claimed_fell, lex.claimed_rose = _spaced(moves["fell"]), _spaced(moves["rose"])
        comparing = _spaced(moves["comparing"])
        lex.stated_fell, lex.stated_rose = (tuple(p for p in said if p not in comparing)
                                            for said in (lex.claimed_fell, lex.claimed_rose))
        lex.weekday_asked = _spaced(voc["weekday_asked"])
        lex.question_joins = re.compile(r"\s(?:" + "|".join(re.escape(str(j)) for j in voc["question_joins"])
                                        + r")\s", re.IGNORECASE)
        marked, alone = ("|".join(re.escape(str(j)) for j in voc["second_asks"][k]) for k in ("after_mark", "alone"))
        lex.second_asks = re.compile(rf"(?:[,;?]\s*(?:{marked})|\s(?:{alone}))\s", re.IGNORECASE)
        lex.asking_about = frozenset(" ".join(w) for p in voc["follow_up"]["opening"] if len(w := words(str(p))) > 1)
        lex.follow_up_closings = tuple(tuple(words(str(p))) for p in voc["follow_up"]["closing"])
        lex.not_meant_openers = tuple(sorted((tuple(words(str(p))) for p in voc["not_meant_openers"]), key=len,
                                             reverse=True))
        lex.not_meant_ends = frozenset(p[-1] for p in lex.not_meant_openers)
        turns = "|".join(re.escape(str(w)) for w in voc["correction_turns"])
        lex.correction_turn = re.compile(rf"\s+\b(?:{turns})\b\s+", re.IGNORECASE) if turns else None
        lex.follow_up_openings = tuple(sorted((tuple(words(str(p))) for p in voc["follow_up"]["opening"]), key=len,
                                              reverse=True))
        lex.weekday_names = frozenset(str(f) for forms in voc["query"]["weekday"].values() for f in forms
                                      if len(words(str(f))) == 1)
        lex.weekday_words = lex.weekday_names | frozenset(words(str(p))[-1] for p in voc["weekday_asked"])
        typed = sorted(lex.symbols, key=len, reverse=True)
        signs = "|".join(re.escape(k) for k in typed if k.isascii())
        lex.joining_signs = {str(k): str(v) for k, v in voc["joining_signs"].items()}
        joining = "|".join(re.escape(k) for k in sorted(lex.joining_signs, key=len, reverse=True))
        lex._joining = re.compile(rf"(?<![<@])(?:{joining})(?![a-z]+;)") if joining else None
        # (not inside a mention or an emoji, "<@123>", "<:name:1>": a sign between words or before a figure)
        # ("i <3 it": a heart, not a bound; a sign no keyboard types by itself, "2×#5", may follow a figure)
        arithmetic = "|".join(re.escape(k) for k in typed if not k.isascii())
        lex._wide_signs = frozenset(k for k in typed if not k.isascii() and len(k) == 1)
        # (a sign of arithmetic may also close the message, "top3 Σ": the sum of what it follows)
        lex._symbol = re.compile(rf"(?:(?<![<>!=@:\d])({signs})(?!3(?:\s|$|[!?,]))(?=\s*[\w£$'\"#(])"
                                 rf"|({arithmetic})(?=\s*[\w£$'\"#(]|\s*[?!.]*\s*$))") if signs else None
        lex.programme_words = frozenset(stem(str(w)) for w in voc["programme_words"])
        lex.long_forms = {tuple(words(str(k))): tuple(words(str(v))) for k, v in voc["long_forms"].items()}
        lex.long_forms.update((tuple(words(str(k))), ())
                              for k in [*voc["discourse_markers"], *voc["idioms"], *voc["meaning_words"],
                                        *voc["format_requests"]])
        lex.meaning_verb = str(voc["meaning_verb"])
        lex.self_corrections = tuple(tuple(words(str(p))) for p in voc["self_corrections"])
        lex.take_backs = tuple(sorted((tuple(words(str(p))) for p in voc["take_backs"]), key=len, reverse=True))
        lex.cut_take_backs = frozenset(voc["cut_take_backs"])
        lex.trailing_take_backs = tuple(tuple(words(str(p))) for p in voc["trailing_take_backs"])
        lex.unmarked_take_backs = tuple(tuple(words(str(p))) for p in voc["unmarked_take_backs"])
        lex.guess_denials = tuple(tuple(words(str(p))) for p in voc["guess_denials"])
        clause = voc["figure_clause"]
        lex.figure_clause_joins, lex.figure_clause_verbs, lex.figure_with = (
            frozenset(clause[k]) for k in ("joins", "verbs", "with"))
        lex.place_verbs_before = frozenset(voc["place_verbs_before"])
        lex.turns = tuple(tuple(words(str(p))) for p in (*voc["turns"], *voc["asker_phrases"]))
        lex.turn_words = frozenset(p[-1] for p in lex.turns)
        lex.asking_turns = tuple(tuple(words(str(p))) for p in voc["asking_turns"])
        lex.take_back_ends = frozenset(p[-1] for p in (*lex.take_backs, *lex.trailing_take_backs))
        lex.correction_ends = frozenset(p[-1] for p in lex.self_corrections)
        lex.reason_openers = tuple(sorted((tuple(words(str(p))) for p in voc["reason_openers"]), key=len, reverse=True))
        lex.reason_starts = frozenset(p[0] for p in lex.reason_openers)
        lex.reason_closers = frozenset(p[0] for p in lex.reason_openers if len(p) == 1)
        lex.reason_not_after = _strings(voc["reason_not"]["after"])
        lex.reason_not_before = _strings(voc["reason_not"]["before"])
        lex.success_words = tuple(f" {' '.join(words(str(p)))} " for p in voc["success_words"])
        lex.success_reasons = frozenset(" ".join(words(str(p))) for p in voc["success_reasons"])
        lex.reason_idioms = tuple(tuple(words(str(p))) for p in voc["reason_idioms"])
        retype = sorted((tuple(words(str(p))) for p in voc["retype_phrases"]), key=len, reverse=True)
        lex.retype_spaced = tuple(f" {' '.join(p)} " for p in retype)
        lex.retype_words = frozenset({max(p, key=len) for p in retype} | _strings(voc["retype_against"]))
        lex.meaning_asked_with = tuple(f" {' '.join(words(str(w)))} " for w in voc["meaning_asked_with"])
        starts: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for form in lex.long_forms:  # in the vocabulary's order, as a scan of every long form would find them
            starts[form[0]].append(form)
        lex.long_starts = {w: tuple(forms) for w, forms in starts.items()}
        lex.greetings = tuple(sorted((tuple(words(str(g))) for g in voc["greetings"]), key=len, reverse=True))
        lex.greeting_starts = frozenset(g[0] for g in lex.greetings)
        lex.signoffs = tuple(sorted((tuple(words(str(g))) for g in voc["signoffs"]), key=len, reverse=True))
        lex.signoff_starts = frozenset(g[0] for g in lex.signoffs)
        signoffs: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for g in lex.signoffs:
            signoffs[g[0]].append(g)
        lex._signoffs_by_start = {w: tuple(gs) for w, gs in signoffs.items()}
        lex.passed_on_words = frozenset(voc["passed_on_words"])
        lex.contrasts = tuple(tuple(words(str(p))) for p in voc["contrasts"])
        lex.running_totals = tuple(tuple(words(str(p))) for p in voc["running_totals"])
        lex.places_apart = tuple(tuple(words(str(p))) for p in voc["places_apart"])
        lex.places_apart_ends = frozenset(p[-1] for p in lex.places_apart)
        lex.listed_words = tuple(tuple(words(str(p))) for p in voc["listed_words"])
        lex.paired_operations = frozenset(voc["paired_operations"])
        lex.presumed_post_openers = frozenset(voc["presumed_posts"]["openers"])
        lex.presumed_post_listed = tuple(tuple(words(str(p))) for p in voc["presumed_posts"]["listed"])
        lex.object_pronouns = {str(k): str(v) for k, v in voc["object_pronouns"].items()}
        lex.plural_object_after = _strings(voc["plural_object_after"]["words"])
        lex.plural_object = str(voc["plural_object_after"]["read"])
        lex.election_short = frozenset(voc["election_short"])
        lex.negated_after = tuple(tuple(words(str(p))) for p in voc["negated_after"])
        lex.recipient_phrases = tuple(tuple(words(str(p))) for p in voc["recipient_phrases"])
        lex.recipient_phrases_said = frozenset(p[0] for p in lex.recipient_phrases)
        lex.posting_order_joins = frozenset(voc["posting_order_joins"])
        lex.duration_before = tuple(tuple(words(str(p))) for p in voc["duration_beside_video"]["before"])
        lex.figure_gaps = tuple(tuple(words(str(p))) for p in voc["figure_gaps"])
        lex.duration_units = frozenset(str(w) for w in voc["duration_beside_video"]["units"])
        lex.duration_after = tuple(tuple(words(str(p))) for p in voc["duration_beside_video"]["after"])
        lex.duration_words = frozenset(voc["duration_beside_video"]["said"])
        lex.running_measure = str(voc["duration_beside_video"]["measure"])
        lex.campaign_spans = frozenset(voc["campaign_spans"])
        lex.campaign_anchored = frozenset(voc["campaign_anchored"])
        lex.attack_verbs = frozenset(voc["attack_verbs"])
        lex.negative_openers = frozenset(voc["negative_openers"])
        lex.exclaimed_not = frozenset(voc["exclaimed_not"]["opener"])
        lex.exclaimed_verbs = frozenset(voc["exclaimed_not"]["verbs"])
        lex.tag_pronouns = frozenset(voc["tag_pronouns"])
        lex.doubt_after_negation = frozenset(voc["doubt_after_negation"])
        lex.one_day_words = frozenset(voc["one_day_words"])
        lex.guess_words = frozenset(voc["guess_words"])
        lex.undated_said = _spaced(voc["undated_said"])
        lex.undated = frozenset(k for k, v in enumerate(lex.dataset.videos) if not (v.tweet and v.tweet.date))
        lex.out_openers = frozenset(voc["split_negation"]["openers"])
        lex.out_closer = str(voc["split_negation"]["closer"])
        lex.left_out_starts = frozenset({lex.out_closer, *(p[0] for p in lex.negated_after)})
        lex.added_after = frozenset(voc["added_after"])
        lex.yes_no_openers = frozenset(voc["yes_no_openers"])
        lex.same_day = tuple(tuple(words(str(p))) for p in voc["same_day"])
        lex.same_day_ends = frozenset(p[-1] for p in lex.same_day)
        lex.true_or_false = tuple(tuple(words(str(p))) for p in voc["true_or_false"])
        lex.true_or_false_ends = frozenset(p[-1] for p in lex.true_or_false)
        lex.included_before = tuple(tuple(words(str(p))) for p in voc["included_before"])
        lex.spoken_scales = {w: int(v) for w, v in {**voc["numbers"], **voc["multipliers"]}.items()
                             if w.isalpha() and len(w) > 3 and int(v) in (100, 1000, 1000000, 1000000000)}
        lex.spoken_joins = frozenset(voc["spoken_number_joins"])
        lex.word_endings = tuple(str(w) for w in voc["word_endings"])
        lex.past_forms = {str(k): str(v) for k, v in voc["past_forms"].items()}
        lex.spelling_variants = {str(k): str(v) for k, v in voc["spelling_variants"].items()}
        lex.half_sides = {str(k): str(v) for k, v in voc["half_sides"].items()}
        lex.synonyms = {str(k): str(v) for k, v in voc["synonyms"].items()}
        lex.generic_words = frozenset(stem(str(w)) for w in voc["generic_words"])
        lex.video_words = frozenset(voc["video_words"])
        lex.video_plurals = frozenset(w + "s" for w in lex.video_words)  # the plural convention of this file
        one = voc["presupposed_one"]
        lex.one_determiners, lex.one_relatives = frozenset(one["determiners"]), frozenset(one["relatives"])
        lex.one_unless = frozenset(one["unless"])
        lex.post_words = frozenset(voc["post_words"])
        lex.speech_words = frozenset(w for p in voc["speech_words"] for w in _phrase(p)[:1])
        lex.poster_video_words = lex.video_words | lex.post_words
        lex.describing_words = frozenset(voc["describing_words"])
        lex.party_words = frozenset(voc["party_words"])
        lex.within_words = frozenset(voc["within"])
        lex.superlative_ending = str(voc["superlative_ending"])
        lex.top_words = frozenset(voc["top_words"])
        lex.ordinal_suffixes = tuple(voc["ordinal_suffixes"])
        lex.ambiguous_months = frozenset(voc["ambiguous_months"])
        lex.month_prepositions = frozenset(voc["month_prepositions"])
        lex.day_of = frozenset(voc["day_of"])
        bounds = voc["thresholds"]
        lex.over_words, lex.under_words = tuple(bounds["over"]), tuple(bounds["under"])
        # (phrases of three words or more, and those taking the figure in, matched on the words before a figure)
        lex.under_long = tuple(p for p in (tuple(words(str(u))) for u in bounds["under"]) if len(p) > 2)
        lex.at_most = tuple(tuple(words(str(u))) for u in bounds["at_most"])
        lex.at_least = tuple(tuple(words(str(u))) for u in bounds["at_least"])
        lex.beat_active = tuple(tuple(words(str(u))) for u in voc["beat_verbs"]["active"])
        lex.beat_passive = tuple(tuple(words(str(u))) for u in voc["beat_verbs"]["passive"])
        lex.beat_asked = frozenset(voc["beat_verbs"]["asked"])
        lex.beat_firsts = frozenset(p[0] for p in (*lex.beat_active, *lex.beat_passive))
        lex.beat_passive_before = frozenset(voc["beat_verbs"]["passive_before"])
        lex.bound_ends = frozenset(p[-1] for p in lex.at_most + lex.at_least + lex.under_long)
        lex.reach_words = tuple(bounds["reach"])
        lex.counted_reach = tuple(bounds["counted_reach"])
        lex.exact_words, lex.band_words = tuple(bounds["exact"]), tuple(bounds["band"])
        lex.nearest_words = tuple(bounds["nearest"])
        lex.over_after = tuple(tuple(words(str(p))) for p in bounds["over_after"])
        hedges = [tuple(words(str(h))) for h in bounds["hedges"]]
        lex.hedges = frozenset(h[0] for h in hedges if len(h) == 1)
        lex.hedge_phrases = tuple(h for h in hedges if len(h) > 1)
        lex.hedge_ends = frozenset(h[-1] for h in lex.hedge_phrases)
        lex.under_after = tuple(tuple(words(str(p))) for p in bounds["under_after"])
        lex.span_words = frozenset(str(w) for forms in voc["query"]["span"].values() for w in forms)
        lex.plural_multipliers = frozenset(w for w in lex.multipliers if w[-1:] == "s" and w[:-1] in lex.multipliers)
        lex.between_words = frozenset(bounds["between"])
        lex.range_words = frozenset(str(w) for forms in voc["query"]["range"].values() for w in forms)
        lex.dated_measures = frozenset(voc["dated_measures"])
        lex.person_measures = frozenset(voc["person_measures"])
        lex.favoured_measure = str(voc["favoured_measure"])
        lex.copula_negations = {str(k): _strings(v or ()) for k, v in voc["copula_negations"].items()}
        lex.by_time = frozenset(voc["by_time"])
        lex.subject_openers = frozenset(voc["set_as_subject"]["openers"])
        lex.subject_pronouns = frozenset(voc["set_as_subject"]["pronouns"])
        lex.subject_auxiliaries = frozenset(voc["set_as_subject"]["auxiliaries"])
        lex.scaled_after = frozenset(voc["scaled_after"])
        lex.gap_ends = frozenset(voc["gap_asked_around"]["ends"])
        lex.how_long = frozenset((a, b) for a, b in (str(p).split() for p in voc["how_long"]))
        lex.factor_times = _strings(voc["numeric_factors"]["times"])
        lex.half_set_against = frozenset(voc["half_set_against"])
        lex.position_parts = frozenset(voc["position_parts"])
        lex.sequence_after = frozenset(voc["sequence_after"])
        lex.factor_divided = tuple(tuple(words(str(p))) for p in voc["numeric_factors"]["divided"])
        lex.times_word = str(voc["numeric_factors"]["times"][0])
        lex.indexed_words = frozenset(voc["code_forms"]["indexed"])
        lex.spaced_signs = tuple((f" {k} ", str(v), k in voc["code_forms"]["spaced_beside_lists"])
                                 for k, v in voc["code_forms"]["spaced"].items())
        asked = "|".join(re.escape(str(w)) for w in voc["code_forms"]["result_asked"])
        lex.asked_result = re.compile(rf"=\s*(?:(?:{asked})\b[^=]*)?\?*\s*$", re.IGNORECASE)
        part_words = "|".join(re.escape(str(w)) for w in voc["numbered_part_words"])
        lex.numbered_marks = re.compile(  # ("1) ", "(2) ", "3. ", "step 1 ", "q2) ": a numbered part's mark)
            rf"(?:^|(?<=\s))(?:(?:{part_words})\s*(?P<said>[1-9])[).:]?|\(?(?P<mark>[1-9])[).])\s+", re.IGNORECASE)
        lex.factor_starts = lex.factor_times | {p[0] for p in lex.factor_divided}
        lex.ways = {pair: (up, down) for up, down in (str(w).split() for w in voc["ways"])
                    for pair in ((up, down), (down, up))}
        lex.way_words = frozenset(w for pair in lex.ways for w in pair)
        lex.date_ways = {pair: (up, down) for up, down in (str(w).split() for w in voc["date_ways"])
                         for pair in ((up, down), (down, up))}
        lex.date_way_words = frozenset(w for pair in lex.date_ways for w in pair)
        lex.way_joins = frozenset(voc["way_joins"])
        lex.verdicts = (str(voc["verdicts"]["above"]), str(voc["verdicts"]["below"]))
        lex.quiz_verdicts = (str(voc["quiz_verdicts"]["above"]), str(voc["quiz_verdicts"]["below"]))
        items = voc["title_items"]
        lex.item_asks, lex.item_between, lex.item_after = (frozenset(items[k]) for k in ("asks", "between", "after"))
        lex.clarifiers = tuple(tuple(words(str(p))) for p in voc["clarifiers"])
        lex.restating_openers = tuple(tuple(words(str(p))) for p in voc["restating_openers"])
        lex.known_openers = tuple(tuple(words(str(p))) for p in voc["known_openers"])
        lex.known_turns = _strings(voc["known_turns"])
        ((lex.then_word, lex.than_word),) = ((str(k), str(v)) for k, v in voc["typed_after_comparing"].items())
        month_words = "|".join(re.escape(str(w)) for w in voc["month_numbered"])
        lex._month_numbered = re.compile(rf"\b(?:{month_words})\s*==?\s*(\d{{1,2}})\b",
                                         re.IGNORECASE) if month_words else None
        lex.relative_ends = frozenset(words(str(f))[-1] for forms in voc["query"]["relative"].values() for f in forms)
        told = [frozenset({str(verb), *map(str, forms)}) for verb, forms in voc["told_events"].items()]
        lex.told_events = {w: forms for forms in told for w in forms}
        place = voc["place_asked"]
        lex.place_asks = _strings(place["asks"])
        lex.place_verbs = tuple(tuple(words(str(v))) for v in place["verbs"])
        lex.place_verb_words = frozenset(w for v in lex.place_verbs for w in v)
        future = voc["future_asked"]
        lex.future_requests = frozenset(future["requests"])
        lex.future_askers = frozenset(future["askers"])
        lex.future_markers, lex.future_verbs = (tuple(tuple(words(str(v))) for v in future[k])
                                                for k in ("markers", "verbs"))
        lex.future_not_with = _strings(future["not_with"])
        lex.future_times = tuple(tuple(words(str(v))) for v in future["times"])
        lex.future_words = (frozenset(m[0] for m in (*lex.future_markers, *lex.future_times)),
                            frozenset(v[0] for v in lex.future_verbs))
        lex.forecast_measure = str(future["measure"])
        lex.cast_asks = frozenset(tuple(words(str(p))) for p in voc["cast_asks"])
        lex.bonus_title_asks = frozenset(tuple(words(str(p))) for p in voc["bonus_title_asks"])
        window = voc["end_window"]
        lex.window_ends, lex.window_units = _strings(window["ends"]), _strings(window["units"])
        lex.window_before, lex.window_events = _strings(window["before"]), _strings(window["events"])
        lex.window_measure = str(window["measure"])
        lex.window_counts = _strings(window["counts"])
        lex.window_starts, lex.start_units = _strings(window["starts"]), _strings(window["start_units"])
        lex.start_measure = str(window["start_measure"])
        lex.window_words = lex.window_units | lex.start_units
        judged = voc["judgement_asked"]
        lex.judgement_asks = _spaced(judged["asks"])
        lex.judgement_words, lex.judgement_after = _strings(judged["words"]), _strings(judged["after"])
        lex.judgement_done, lex.judgement_measured = _strings(judged["done"]), _strings(judged["measured"])
        lex.opinion_measure = str(judged["measure"])
        lex.watch_words = frozenset(voc["watch_words"])
        glosses = "|".join(re.escape(g) for g in voc["gloss_words"])
        lex.gloss = re.compile(rf"\([^()]*\b(?:{glosses})\b[^()]*\)", re.IGNORECASE)
        lex.premise_clause_word = str(voc["premise_clauses"][0])
        lex.posting_word = str(voc["query"]["posting"]["posted"][0])
        lex.supposed_place_words = frozenset(voc["supposed_place_words"]) | lex.hypothetical_words
        lex.views_choice_verbs = frozenset(w for p in voc["views_choice_verbs"] for w in str(p).split())
        lex.pair_added = frozenset(str(p) for p in voc["pair_added"])
        places = "|".join(re.escape(str(w)) for w in voc["rank_words"])
        # ("5th place + 6th place": the place word after each ordinal too; "vid 4 + vid 5": a video word before each)
        listed = "|".join(re.escape(str(w)) for w in (*voc["rank_words"], *sorted(lex.video_words)))
        lex._places_added = re.compile(
            rf"(#?\d+(?:st|nd|rd|th)?(?:\s+(?:{places})\b)?)\s*\+\s*(?=(?:{listed})\.?\s*#?\d|\d+(?:st|nd|rd|th)\s+(?:{places})\b)",
            re.IGNORECASE)
        # (a space or "#" before the sign: "rank-1" is a place written with a hyphen, the first)
        lex._place_from_end = re.compile(rf"\b(?:{places})\.?(?:\s+#?|\s*#)[-\u2212](\d{{1,2}})\b", re.IGNORECASE)
        joins = "|".join(re.escape(str(j)) for j in voc["consequence_joins"])
        lex.consequence_join = re.compile(rf"\s*[,;:—–-]*\s+(?:{joins})\s+", re.IGNORECASE)
        fallbacks = "|".join(re.sub(r"nt\b", "n['’]?t", re.escape(str(f)))  # ("if there isn't")
                             for f in sorted(voc["fallback_openers"], key=len, reverse=True))
        lex.fallback = re.compile(rf"[?.;,!]\s*(?:{fallbacks})\b[\s,:;-]*", re.IGNORECASE)
        plans = "|".join(re.escape(str(p)).replace("'", "['’]") for p in voc["plan_openers"])
        lex.plan_clause = re.compile(rf",\s*(?:{plans})\b[^?,\d]*$", re.IGNORECASE)  # (a figure in it is said)
        again = voc["mean_again"]
        asks, sides, pronouns = (_either(again[k]) for k in ("asks", "sides", "pronouns"))
        means = _either(voc["query"]["operation"]["mean"])
        # (an average asked, not a title's word: "average views", "avg of", "mean, ..."; not a title starting with it)
        after = _either(again["after"])
        lex.mean_said = re.compile(rf"\b(?:{means})(?=\s*(?:[,.?!]|$)|\s+(?:{after})\b)", re.IGNORECASE)
        lex.mean_again = re.compile(rf"\b(?:{asks})\s+({sides})\s+(?:{pronouns})\b", re.IGNORECASE)
        contrast = voc["contrast_clauses"]
        openers, others, reasons = (_either(contrast[k]) for k in ("openers", "others", "after"))
        lex.contrast_reason = re.compile(rf"\b(?:{reasons})\b", re.IGNORECASE)
        lex.contrast_clause = re.compile(rf"[,;]?\s+(?:{openers})\s+(?:{others})\b[^?,]*\??\s*$", re.IGNORECASE)
        conditions = voc["condition_clauses"]
        openers, kept = ("|".join(re.escape(str(p)).replace(" ", r"\s+") for p in conditions[k])
                         for k in ("openers", "kept_after"))
        lex.condition_clause = re.compile(rf",\s*(?:{openers})\b(?!\s+(?:{kept})\b)([^?,]*)[?.!\s]*$", re.IGNORECASE)
        events = voc["event_days"]
        lex.event_day_measure = str(events["measure"])
        lex.event_day_hints = frozenset(map(str, events["hints"]))
        before, event = ("|".join(re.escape(str(f)) for f in sorted(events[k], key=len, reverse=True))
                         for k in ("before", "events"))
        lex.event_day = re.compile(rf"\b(?:{before})\s+(?:{event})\b", re.IGNORECASE)
        counted = "|".join(re.escape(str(f)) for f in sorted(events["counted_to"], key=len, reverse=True))
        # (or the event as the second end, ending the clause: "days between <title> and election day?"; not a verb
        # or a title, "to the 'not sure who to vote for' one")
        ends = "|".join(re.escape(str(f)) for f in events["second_end_before"])
        lex.event_span = re.compile(rf"\b(?:{counted})\s+(?:{event})\b|\b(?:{ends})\s+(?:{event})"
                                    rf"(?=\s*(?:[?.!,;]|$))", re.IGNORECASE)
        lex.event_span_hints = frozenset(str(f).split()[0] for f in events["counted_to"])
        months = "|".join(sorted(map(re.escape, voc["months"]), key=len, reverse=True))
        after, by = ("|".join(re.escape(str(w)) for w in events[k]) for k in ("dated_after", "dated_by"))
        lex.event_dated = re.compile(rf"\W*(?:(?:{after})\W+)?(?:\d|(?:{months}|{by})\b)", re.IGNORECASE)
        # (a day of a month, with the month or an ordinal's ending, in brackets or after "on", perhaps its weekday
        # first; then the clause ends: "before the election, 2nd most viewed" names a place, no day)
        day = r"(?:3[01]|[12]\d|0?[1-9])"
        weekday = "|".join(sorted(map(re.escape, lex.weekday_names), key=len, reverse=True))
        lead = rf"\s*(?:\(\s*|,?\s*on\s+)(?:the\s+)?(?:(?:{weekday})\W+(?:the\s+)?)?"
        polite = "|".join(map(re.escape, voc["polite_words"]))
        ending = rf"(?=\s*(?:[)?.!,;]|$|and\b|or\b|(?:{polite})\b|(?:of\s+)?(?:{months})\b))"
        lex.event_as_day = re.compile(
            rf"\b(?:{event})(?P<lead>{lead})(?=(?P<day>{day})(?P<suffix>st|nd|rd|th)\b{ending}(?!\s*(?:of\s+)?"
            rf"(?:{months})\b)|{day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{months})\b|(?:{months})\s+{day}\b)",
            re.IGNORECASE)
        lex.event_before = re.compile(rf"\b(?:{before})\s+$", re.IGNORECASE)
        stated = "|".join(re.escape(str(f)) for f in sorted(events["stated_by"], key=len, reverse=True))
        lex.event_stated = re.compile(
            rf"[,;.]?\s*(?:\(\s*)?\b(?:{event})\s*(?:{stated})\s+(?:the\s+)?(?P<date>{day}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?"
            rf"(?:{months}))?|(?:{months})\s+{day}(?:st|nd|rd|th)?)\b\s*\)?(?=\s*(?:[?.!,;]|$))", re.IGNORECASE)
        lex.event_named = re.compile(rf"\b(?:{event})\b", re.IGNORECASE)
        lex.event_stems = tuple(sorted({next(w for w in words(str(e)) if w not in voc["determiners"])[:EVENT_STEM]
                                        for e in events["events"]}))
        lex.determiners = frozenset(voc["determiners"])
        lex.set_totals, lex.set_takes = (frozenset(map(str, voc["set_minus"][k])) for k in ("totals", "takes"))
        lex.video_pronouns = frozenset(voc["video_pronouns"])
        lex.named_pronouns = frozenset(voc["named_pronouns"])
        lex.wh_before_claims = frozenset(voc["wh_before_claims"])
        lex.stretch_openers = frozenset(voc["stretch_openers"])
        lex.leaning = lex.leaning_words | lex.them_words | lex.person_pronouns | lex.video_pronouns
        lex.video_parties = frozenset(v.party for v in dataset.videos)
        lex.own_words = frozenset(w for p in voc["own_words"] for w in words(str(p)))
        lex.person_before_name = frozenset(tuple(words(str(p))) for p in voc["person_before_name"])
        lex.election_measures = frozenset(voc["election_measures"])
        lex.contest_words = frozenset(voc["contest_words"])
        lex.video_contest_words = frozenset(voc["video_contest_words"])
        lex.election_objects = frozenset(voc["election_objects"])
        lex.election_objects_not_before = frozenset(voc["election_objects_not_before"])
        lex.decimal_phrases = tuple(sorted((tuple(words(str(p))) for p in voc["decimal_places"]), key=len,
                                           reverse=True))
        lex.decimal_starts = frozenset(p[0] for p in lex.decimal_phrases)
        lex.person_question_words = frozenset(voc["person_question_words"])
        lex.honorifics = frozenset(voc["honorifics"])
        lex.featuring_words = frozenset(voc["featuring_words"])
        lex.describing_ends = tuple(str(e) for e in voc["describing_ends"])
        lex.video_kinds = frozenset(voc["video_kinds"])
        lex.phrasal_particles = frozenset(voc["phrasal_particles"])
        lex.name_things = frozenset(voc["name_things"])
        lex.plain_describers = frozenset(voc["plain_describers"])
        lex.poster_asks = frozenset(voc["poster_asks"])
        lex.collab_words = frozenset(voc["collab_words"])
        lex.truth_words = frozenset(voc["truth_words"])
        lex.which_asks = frozenset(voc["which_asks"])
        lex.scope_words = frozenset(voc["scope_words"])
        lex.generic_measure_words = frozenset(voc["generic_measure_words"])
        lex.source_pointers = tuple(tuple(words(str(p))) for p in voc["source_pointers"])
        lex.source_pointer_ends = frozenset(p[-1] for p in lex.source_pointers)
        dotted = voc["dotted_short_forms"]
        lex.dotted_short_forms = re.compile(
            r"\b(" + "|".join(re.escape(str(w)) for w in dotted["number"]) + r")\.(?= (?:"
            + "".join(re.escape(str(w)) + " |" for w in dotted["number_before"]) + r"\d|#))|\b("
            + "|".join(re.escape(str(w)) for w in dotted["other"]) + r")\.(?= )|\b("
            + "|".join(re.escape(str(w)) for w in dotted["spelt"]) + r")\.(?= )", re.IGNORECASE)
        lex.dotted_spelt = {str(k): str(v) for k, v in dotted["spelt"].items()}
        lex.number_marks = frozenset(str(w) for w in dotted["number"])
        lex.closing_guesses = frozenset(voc["closing_guesses"])
        lex.indefinite_articles = frozenset(voc["indefinite_articles"])
        lex.subject_words = frozenset(voc["subject_words"])
        lex.place_origin_verbs = frozenset(voc["place_origin"]["verbs"])
        lex.place_origin_markers = frozenset(voc["place_origin"]["markers"])
        lex.place_lead_ins = frozenset(voc["place_origin"]["lead_ins"])
        lex.asker_phrases = tuple(tuple(words(str(p))) for p in voc["asker_phrases"])
        lex.answer_for_phrases = tuple(tuple(words(str(p))) for p in voc["answer_for_phrases"])
        lex.split_gap_openers = tuple(tuple(words(str(p))) for p in voc["split_gap"]["openers"])
        lex.split_gap_closers = frozenset(voc["split_gap"]["closers"])
        lex.wanting_verbs = tuple(tuple(words(str(p))) for p in voc["wanting_verbs"])
        lex.platform_places = frozenset(voc["platform_places"])
        lex.day_back_references = tuple(tuple(words(str(p))) for p in voc["day_back_references"])
        lex.platform_genres = frozenset(voc["platform_genres"])
        lex.run_verbs = frozenset(voc["run_verbs"])
        plural = voc["plural_run_verbs"]
        lex.plural_run_verbs = (lex.run_verbs - frozenset(plural["not"])) | frozenset(plural["also"])
        lex.article_words = frozenset(voc["article_words"])
        lex.source_told = frozenset(voc["source_told"])
        lex.end_words = frozenset(voc["end_words"])
        lex.rounding_nearest = frozenset(voc["rounding"]["nearest"])
        lex.rounding_figures = tuple(tuple(words(str(p))) for p in voc["rounding"]["figures"])
        figure_words = "|".join(sorted((re.escape(p[0]) for p in lex.rounding_figures if len(p) == 1), key=len,
                                       reverse=True))
        lex._glued_figures = re.compile(rf"\b(\d)({figure_words})\b", re.IGNORECASE) if figure_words else None
        lex.rounding_standard = tuple(tuple(words(str(p))) for p in voc["rounding"]["standard"])
        lex.rounding_spoken = tuple(tuple(words(str(p))) for p in voc["rounding"]["spoken"])
        lex.rounding_scaled = {tuple(words(str(k))): str(v) for k, v in voc["rounding"]["scaled"].items()}
        # (a spoken or scaled form by its last word: "in" of "in words" is in most questions)
        lex.rounding_words = lex.rounding_nearest | {p[0] for p in lex.rounding_figures + lex.rounding_standard} \
            | {p[-1] for p in (*lex.rounding_spoken, *lex.rounding_scaled)}
        lex.rounding_firsts = lex.rounding_nearest | {p[0] for p in lex.rounding_figures + lex.rounding_standard
                                                      + lex.rounding_spoken + tuple(lex.rounding_scaled)}
        # ("to 2 sig figs": a count of figures, not "to")
        lex.decimal_starts = lex.decimal_starts | {p[0] for p in lex.rounding_figures}
        lex.identity_guesses = frozenset(voc["identity_guess"]["guesses"])
        lex.identity_articles = frozenset(voc["identity_guess"]["articles"])
        lex.digit_pronouns = {str(k): str(v) for k, v in voc["digit_pronouns"].items()}
        lex.claim_after = tuple(tuple(words(str(p))) for p in voc["claimants"]["after"])
        lex.claim_before = tuple(tuple(words(str(p))) for p in voc["claimants"]["before"])
        lex.heard_on = tuple(tuple(words(str(p))) for p in voc["claimants"]["heard_on"])
        lex.set_aside_before = tuple(tuple(words(str(p))) for p in voc["set_aside_before"])
        lex.set_aside_starts = frozenset(p[0] for p in lex.set_aside_before)
        lex.source_claims = tuple(tuple(words(str(p))) for p in voc["claimants"]["source"])
        lex.negation_words = frozenset(str(w) for forms in voc["query"]["negate"].values() for w in forms
                                       if " " not in str(w))
        lex.how_many = frozenset((a, b) for a, b in (tuple(words(p)) for p in voc["how_many"]))
        lex.how_many_fillers = frozenset(voc["how_many_fillers"])
        lex.counted_kinds = frozenset(voc["counted_kinds"])
        lex.count_got_helpers = _strings(voc["count_got"]["helpers"])
        lex.particle_verbs = {str(k): _strings(v) for k, v in voc["particle_verbs"]["verbs"].items()}
        lex.foreign_ordinal_suffixes = _strings(voc["foreign_ordinal_suffixes"])
        lex.year_suffixes = _strings(voc["year_suffixes"])
        lex.postpositions = {tuple(words(str(k))): str(v) for k, v in voc["postpositions"].items()}
        lex.asked_after_measure = {str(k): tuple(words(str(v))) for k, v in voc["asked_after_measure"].items()}
        lex.postposition_starts = frozenset(k[0] for k in lex.postpositions) | lex.asked_after_measure.keys()
        lex.asked_after_units = _strings(voc["asked_after_units"])
        lex.asked_after_rank = str(voc["asked_after_rank"])
        lex.particle_reach = int(voc["particle_verbs"]["reach"])
        lex.count_got_verbs = _strings(voc["count_got"]["verbs"])
        lex.count_got_passive = _strings(voc["count_got"]["passive"])
        lex.since_posted = tuple(tuple(words(str(p))) for p in voc["since_posted"])
        lex.how_many_ends = frozenset(b for _, b in lex.how_many)
        lex.others_unless_video = _strings(voc["others_unless_video"])
        for kind, forms in voc["other_names"].items():
            for form in forms:
                lex.others.add(stems(form), (kind, form))
        # Measures, platforms and every intent's cues: one trie, matched in one walk per question.
        domain: set[str] = set()
        for table, entries in (("measure", voc["measures"]), ("platform", voc["platforms"])):
            for value, forms in entries.items():
                for form in forms:
                    lex.tables.add(_phrase(form), table, value)
                    domain.update(_phrase(form))
        lex.measure_words = {said[0]: str(value) for value, forms in voc["measures"].items() for form in forms
                             if len(said := words(str(form))) == 1 and len(said[0]) > 3}
        strong: set[str] = set()
        for intent, cues in voc["cues"].items():
            for cue, weight in cues.items():
                lex.tables.add(_phrase(str(cue)), intent, float(weight))
                domain.update(w for w in _phrase(str(cue)) if len(w) > 2)
                if float(weight) >= 3 and len(_phrase(str(cue))) == 1:
                    strong.update(_phrase(str(cue)))
        lex.strong_cues = frozenset(strong)
        for unit, meanings in voc["query"].items():
            lex.query_units[QUERY_TABLE + unit] = unit
            for meaning, forms in meanings.items():
                for form in forms:
                    lex.tables.add(_phrase(str(form)), QUERY_TABLE + unit, meaning)
                    domain.update(w for w in _phrase(str(form)) if len(w) > 2)
        lex._index_names(dataset)
        lex.numeric_words = frozenset(lex.numbers) | set(lex.ordinals) | set(lex.months)
        lex.metric_measures = frozenset(m.measure for m in dataset.metrics)
        lex.video_measures = frozenset({"views", *(k for v in dataset.videos for k in v.counts)})
        lex.campaign_measures = lex.metric_measures - lex.video_measures
        lex.metric_platforms = frozenset(m.platform for m in dataset.metrics if m.platform)
        lex.counted_platforms = frozenset(dataset.video_views.platforms)
        named = {w for v in dataset.videos for text in (v.title, *v.aliases) for w in words(text)}
        unit_of = {str(short): stem(str(unit)) for short, unit in voc["unit_letters"].items()}
        lex.figure_units = {f"{a}{short}": (a, b) for v in dataset.videos for text in (v.title, *v.aliases)
                            for a, b in pairwise(words(text)) if a.isdigit()
                            for short, unit in unit_of.items() if stem(b) == unit}
        lex.title_heads = [frozenset(w[:TITLE_HEAD] for text in (v.title, *v.aliases) for w in words(text)
                                     if len(w) >= TITLE_HEAD) for v in dataset.videos]
        lex.platform_forms = {str(p): tuple(str(f) for f in forms) for p, forms in voc["platforms"].items()}
        lex.platform_words = frozenset(f for forms in lex.platform_forms.values() for f in forms if " " not in f)
        lex.titled_platforms = frozenset(str(p) for p, forms in voc["platforms"].items()
                                         if any(set(words(str(f))) <= named for f in forms))
        lex.metric_subjects = frozenset(m.subject for m in dataset.metrics)
        lex.figure_holders = lex.metric_subjects | {s for m in dataset.metrics for s in m.with_} | {
            p.id for p in dataset.people if p.party in lex.metric_subjects}
        lex.measure_subjects = {k: frozenset(m.subject for m in dataset.metrics if m.measure == k)
                                for k in lex.metric_measures}
        lex.period_years = frozenset(m.period.year for m in dataset.metrics if m.period and m.period.year)
        lex.short_years = frozenset(y % 100 for y in lex.period_years)
        lex.period_days = frozenset(m.period.days for m in dataset.metrics if m.period and m.period.days)
        domain |= set(lex.ordinals) | set(lex.numbers) | set(lex.months) | set(lex.multipliers) | lex.rank_words
        domain |= set(voc["domain_words"])
        lex.domain_words = frozenset(stem(w) for w in domain) | frozenset(domain)
        source_words = lex._index_source_words(dataset)
        lex.source_words = frozenset(source_words)
        # A tweet's hashtags ("#VoteLabour") are words as typed: never split into two, never corrected.
        hashtags = {w for v in dataset.videos if v.tweet and v.tweet.text
                    for tag in v.tweet.text.split("#")[1:] for w in words(tag)[:1] if w.isalpha()}
        known = (
            source_words | set(lex.stopwords) | domain | set(lex.synonyms) | lex.names.words() | set(lex.postings)
            | lex.others.words() | hashtags | {w for p in lex.contrasts for w in p}
            | {w for p in lex.over_words + lex.under_words + lex.reach_words for w in words(p)}  # ("cleared 5m")
            | lex.hypothetical_words | lex.supposing_words  # ("supposing": never corrected to "supporting")
            | lex.foreign_units  # ("a quid on it": never corrected to "quit")
        )
        lex.hashtags = frozenset(hashtags)
        lex.known = frozenset(known)
        # No chat spelling, number or filler starts with these: `expand` keeps them as typed, unless one starts a
        # long form ("the" of "the podium", checked first). (Nor the letters of a chat spelling glued to a
        # figure, "b4", which the word pattern splits.)
        glued = {w.rstrip("0123456789") for w in lex.textspeak if w[-1:].isdigit()}
        lex.plain_words = frozenset(w for w in known if not w.isdigit()) - lex.fillers - set(
            lex.numbers) - set(lex.textspeak) - set(lex.textspeak_digits) - glued - lex.figure_units.keys()
        lex.plain_alone = lex.plain_words - lex.long_starts.keys()
        # (what a word glued to figures must be for a chat spelling: "b" of "b4")
        glued_to = {w[:k] for w in lex.textspeak for k in range(len(w)) if w[k:].isdigit()}
        # (a greeting's or sign-off's first word, "many" of "many thanks", is rewritten only where it opens or
        # closes a message: `_as_typed` looks for those)
        lex._rewritten = lex.fillers | set(lex.textspeak) | set(lex.textspeak_digits) | glued_to \
            | set(lex.digit_pronouns) | lex.election_short | lex.figure_units.keys() | set(lex.object_pronouns)
        # (an ordinal of one to nine joins a tens word before it: "twenty fifth", the 25th)
        lex._figure_joins = frozenset(lex.numbers) | lex.spoken_scales.keys() | lex.spoken_joins | lex.decimal_points \
            | {phrase[0] for phrase, _ in lex.fractions} | {w for w, n in lex.ordinals.items() if 1 <= n <= 9}
        by_key: dict[str, list[str]] = defaultdict(list)
        for form in filter(None, lex.long_forms):
            by_key[form[0] if form[0] not in lex.stopwords else form[-1]].append(f" {' '.join(form)} ")
        lex._long_by_key = {k: tuple(v) for k, v in by_key.items()}
        lex._long_keys = frozenset(form[0] if form[0] not in lex.stopwords else form[-1]
                                   for form in lex.long_forms if form)
        lex._long_ends = frozenset(form[-1] for form in lex.long_forms if form)
        lex.vocabulary_words = frozenset(set(lex.stopwords) | domain | set(lex.synonyms) | lex.others.words())
        # A link's code ("<code>" of "pic.twitter.com/<code>") is known typed whole, but no typo means it: nonsense
        # letters are not corrected to it.
        lex.link_codes = frozenset(w for v in dataset.videos if v.tweet and v.tweet.media
                                   for w in words(v.tweet.media.rsplit("/", 1)[-1]))
        by_letter: dict[str, list[str]] = defaultdict(list)
        for word in sorted(known - lex.link_codes):
            if len(word) >= 3 and word.isalpha():
                by_letter[word[0]].append(word)
        lex._known_by_letter = dict(by_letter)
        # Needs the domain words: which title words can name a video, and how many each title has.
        lex.content_words = frozenset(w for title in lex.title_stems for w in title if lex.is_content(w))
        lex.title_words = frozenset(lex.postings) - lex.stopwords
        lex.content_weight = [max(1, sum(w in lex.content_words for w in title)) for title in lex.title_stems]
        lex._index_alias_words(dataset)
        lex.title_number_pairs = frozenset(pair for v in dataset.videos for text in (v.title, *v.aliases)
                                           for pair in pairwise(words(text)) if pair[0].isdigit())
        # (a number word of a title's number, "sixty", is always read by `expand`: "the sixty second one")
        said_numbers = {number for number, _ in lex.title_number_pairs}
        lex._rewritten = lex._rewritten | {w for w, v in lex.numbers.items() if w.isalpha() and str(v) in said_numbers}
        lex.media_titles = {v.tweet.media.rsplit("/", 1)[-1].casefold(): v.title.rstrip(".")
                            for v in dataset.videos if v.tweet and v.tweet.media}
        lex.name_parts = frozenset(w for v in dataset.videos for text in (v.title, *v.aliases) for w in words(text)
                                   if len(w) >= COMPOUND_PART_MIN and w.isalpha() and w not in lex.stopwords)
        lex._sorted_name_parts = sorted(lex.name_parts)
        # The step most counts are whole multiples of ("a round number": 100,000 where most are), a power of ten
        counts = [v.views for v in dataset.videos]
        lex.round_step = max((10 ** k for k in range(1, 10)
                              if sum(c % 10 ** k == 0 for c in counts) * ROUND_SHARE >= len(counts)), default=10)
        lex.amount_before = frozenset(str(p).split()[-1] for p in voc["added_amount"]["before"])
        lex.amount_after = frozenset(map(str, voc["added_amount"]["after"]))
        lex.amount_taken_before = frozenset(map(str, voc["added_amount"]["taken_before"]))
        lex.amount_taken_after = frozenset(map(str, voc["added_amount"]["taken_after"]))
        lex.amount_scales = {str(k): float(v) for k, v in voc["added_amount"]["scales"].items()}
        lex.amount_parts = frozenset(map(str, voc["added_amount"]["parts"]))
        lex.retold_pronouns = {str(k): tuple(map(str, v)) for k, v in voc["retold_pronouns"].items()}
        lex._index_tweet_words(dataset)
        # ("<words> one" -> "<words>": said in a list of named videos, the short name names its video)
        short: dict[tuple[str, ...], set[int]] = defaultdict(set)
        for vi, v in enumerate(dataset.videos):
            for alias in v.aliases:
                said = words(alias)
                if len(said) > 2 and said[-1] in lex.video_words:
                    short[tuple(said[:-1])].add(vi)
        lex.item_names = {name: next(iter(vs)) for name, vs in short.items() if len(vs) == 1}
        lex.item_name_starts = frozenset(name[0] for name in lex.item_names)
        order = sorted(range(len(dataset.videos)), key=lambda vi: dataset.videos[vi].views)
        lex.by_views = order
        lex.by_place = tuple(sorted(range(len(dataset.videos)),
                                    key=lambda vi: (-dataset.videos[vi].views, dataset.videos[vi].rank)))
        lex.sorted_views = [dataset.videos[vi].views for vi in order]
        lex.posting_months = frozenset(v.tweet.date.month for v in dataset.videos if v.tweet and v.tweet.date)
        lex.posting_days = frozenset(v.tweet.date for v in dataset.videos if v.tweet and v.tweet.date)
        return lex

    def _index_names(self, ds: Dataset) -> None:
        name_words: set[str] = set()
        person_forms: list[list[tuple[str, ...]]] = []  # each person's names, as stems
        person_ids: list[str] = []
        for party in ds.parties:
            for name in (party.name, party.id, *party.aliases):
                self.names.add(stems(name), ("party", party.id))
                name_words.update(stems(name))
        # Each word of a full name that names one person only, and is no everyday word, is a name of its own
        # ("<first name>'s video"): people are called by either half of their name.
        parts = Counter(w for person in ds.people for w in set(words(person.name)))
        for person in ds.people:
            forms = [person.name, *person.aliases]
            if person.handle:
                forms.append(person.handle)
            said = {" ".join(words(f)) for f in forms}
            forms += [w for w in words(person.name) if parts[w] == 1 and w not in said and w not in self.stopwords
                      and w not in very_common_words() and len(w) >= NAME_PART_MIN]
            for name in forms:
                self.names.add(stems(name), ("person", person.id))
                name_words.update(stems(name))
            # Initials ("JC" for a first and last name), unless they are a word of their own.
            initials = "".join(w[0] for w in words(person.name))
            taken = (self.stopwords, self.synonyms, self.textspeak, self.numbers, self.months)
            own = [stems(name) for name in forms]
            if len(initials) >= 2 and not any(initials in t for t in taken):
                self.names.add((initials,), ("person", person.id))
                own.append((initials,))  # ("<initials> quotes" names the video as "<nickname> quotes" does)
            person_forms.append(own)
            person_ids.append(person.id)
        self.name_words = frozenset(name_words)
        self.person_words = tuple(sorted({f[0] for forms in person_forms for f in forms if len(f) == 1
                                          and len(f[0]) >= PET_NAME_MIN}, key=len, reverse=True))
        if self.name_things:
            # ("that <name> thing", "<name>'s thing": a video said loosely, as "the <name> one" is; not of someone who
            # posted several, "that <name> thing" then names no one video)
            posts = Counter(v.tweet.by for v in ds.videos if v.tweet and v.tweet.by)
            lone = {f[0] for pid, forms in zip(person_ids, person_forms, strict=True) if posts[pid] <= 1
                    for f in forms if len(f) == 1}
            named = "|".join(map(re.escape, (w for w in self.person_words if w in lone)))
            things = "|".join(map(re.escape, sorted(self.name_things)))
            if named:  # (with no such name, no pattern: an empty one would read every "thing" as "one")
                self.name_thing = re.compile(rf"\b((?:{named})(?:['\u2019]?s)?)\s+(?:{things})\b", re.IGNORECASE)
        possessors = {f[0] for forms in person_forms for f in forms if len(f) == 1}  # (initials too)
        # Whose a word for a friend is: "<word>'s", "his", or a person's one-word name with an "s" ("corbyns mate")
        whose = [r"[a-z]+['\u2019]s", *map(re.escape, sorted(self.possessive_pronouns)),
                 *(re.escape(p) + "s" for p in sorted(possessors))]
        friends = "|".join(map(re.escape, self.possessed_synonyms))
        self._possessed = re.compile(rf"\b({'|'.join(whose)})\s+({friends})\b", re.IGNORECASE) if friends else None
        postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        topics: dict[str, list[int]] = defaultdict(list)
        for vi, video in enumerate(ds.videos):
            title = stems(video.title)
            self.title_stems.append(title)
            for pos, word in enumerate(title):
                postings[word].append((vi, pos))
            for alias in video.aliases:
                alias_stems = stems(alias)
                self.names.add(alias_stems, ("video", vi))
                if len(alias_stems) > 1 and alias_stems[-1] in self.video_words:
                    # ("the <alias word> one" for "<alias word> video": any word for a video ends it)
                    for word in self.video_words - {alias_stems[-1]}:
                        self.names.add((*alias_stems[:-1], word), ("video", vi))
            self.names.add(title, ("video", vi))
            if video.tweet and video.tweet.media:  # "which one is pic.twitter.com/<id>"
                self.names.add(tuple(words(video.tweet.media.rsplit("/", 1)[-1])), ("video", vi))
            # A person named in a title may be called by another of their names ("<nickname> quotes").
            for variant in _name_variants(title, person_forms):
                self.names.add(variant, ("video", vi))
            for topic in video.topics:
                topics[" ".join(stems(topic))].append(vi)
                self.names.add(stems(topic), ("topic", " ".join(stems(topic))))
        self.postings = dict(postings)
        named_in: dict[str, list[int]] = defaultdict(list)
        for pid, names in zip(person_ids, person_forms, strict=True):
            for vi, title in enumerate(self.title_stems):
                if any(title[i : i + len(f)] == f for f in names for i in range(len(title) - len(f) + 1)):
                    named_in[pid].append(vi)
        self.named_in = {k: tuple(v) for k, v in named_in.items()}
        self.video_texts = [tuple(" ".join(words(t)) for t in (v.title, *v.aliases, v.tweet.text if v.tweet else None)
                                  if t) for v in ds.videos]
        self.name_texts = [tuple(" ".join(words(t)) for t in (v.title, *v.aliases)) for v in ds.videos]
        posted: dict[str, list[int]] = defaultdict(list)
        for vi, video in enumerate(ds.videos):
            if video.tweet and video.tweet.by:
                posted[video.tweet.by].append(vi)
        self.posted = {k: tuple(v) for k, v in posted.items()}
        self.handles = frozenset(p.handle.casefold() for p in ds.people if p.handle)
        self.topics = {k: tuple(v) for k, v in topics.items()}
        if ds.bonus:
            # The section's own name ("<our> added favourites") asks for the section.
            label = list(stems(ds.bonus.label))
            while label and label[0] in self.stopwords:
                label.pop(0)
            self.tables.add(tuple(label), "bonus", 6.0)
            for bi, bonus in enumerate(ds.bonus.videos):
                for name in (bonus.title, *bonus.aliases):
                    self.names.add(stems(name), ("bonus", bi))
            # A name in one bonus title, capitalised there and in no other title, names it ("<singer>'s one").
            others = {w for v in ds.videos for w in stems(v.title)}
            for bi, bonus in enumerate(ds.bonus.videos):
                # (by its words, so "<Singer>: <song>" keeps the name without its colon)
                capitalised = {w for t in bonus.title.split() if t[:1].isupper() for w in stems(t)}
                distinct = [w for w in stems(bonus.title) if w.isalpha() and len(w) > 3 and w not in others
                            and w not in self.stopwords and w in capitalised]
                for single in distinct:
                    if sum(single in stems(b.title) for b in ds.bonus.videos) == 1:
                        self.names.add((single,), ("bonus", bi))

    def base_form(self, word: str) -> str | None:
        """A known word this unknown one spells another way or inflects ("reacting" -> "react"), or None."""
        for american, british in self.spelling_variants.items():
            if word.endswith(american) and (uk := word[: -len(american)] + british) in self.known:
                return uk
        for ending in self.word_endings:
            if word.endswith(ending) and len(word) - len(ending) >= PET_NAME_MIN:
                base = word[: -len(ending)]
                for candidate in (base, base + "e", base[:-1] if base[-1:] == base[-2:-1] else ""):
                    # Only a word of a title or name: "topping" is not "top".
                    if candidate and (candidate in self.postings or candidate in self.name_words):
                        return candidate
        return None

    def spaced(self, text: str) -> str:
        """A text whose runs of a script written without spaces (Thai, Lao) are read word by word: the longest word
        `unspaced_words` knows at each point, in English, apart; letters no word there fits are kept as they are."""
        if self.unspaced_run is None:
            return text
        words, longest = self.unspaced_words, self._unspaced_longest

        def read(run: re.Match[str]) -> str:
            out, i, s = [], 0, run[0]
            while i < len(s):
                n = next((n for n in range(min(longest, len(s) - i), 0, -1) if s[i : i + n] in words), 0)
                out.append(f" {words[s[i : i + n]]} " if n else s[i])
                i += n or 1
            return "".join(out)

        return self.unspaced_run.sub(read, text)

    def digits_joined(self, typed: list[str]) -> list[str]:
        """Words split where a digit follows a letter joined again when a language table knows them whole ("ch 7al":
        "ch7al")."""
        out: list[str] = []
        i, n = 0, len(typed)
        while i < n:
            # (the longest run that makes a known word: "da 2ee 2a", a digit after a letter at each split)
            j, joined, whole = i + 1, typed[i], 0
            while j < n and typed[j][:1].isdigit() and joined[-1:].isalpha() and j - i < DIGIT_PIECES:
                joined += typed[j]
                j += 1
                if joined in self.digit_words:
                    whole = j
            out.append("".join(typed[i:whole]) if whole else typed[i])
            i = whole or i + 1
        return out

    def _past_markers_dropped(self, typed: list[str]) -> list[str]:
        """A word marking the past right before a bare verb dropped (Hawaiian Pidgin "who wen post it": who posted
        it); elsewhere it is the chat spelling it also is ("wen was it posted": when)."""
        kept = [w for k, w in enumerate(typed)
                if w not in self.past_markers or k + 1 == len(typed) or typed[k + 1] not in self.bare_verbs
                or k == 0 or not self._subject_word(typed[k - 1])]
        return typed if len(kept) == len(typed) else kept

    def _subject_word(self, word: str) -> bool:
        """Whether a word may be the subject a past marker follows ("who", "he", "ppl", a name, a title's word);
        not "hey", "ok", "know" ("hey wen post #4": when)."""
        return word in self.marker_subjects or word in self.name_words or word in self.video_words or (
            stem(word) in self.video_text_stems)

    def _self_corrected(self, typed: list[str]) -> list[str]:
        """The words with a place or number taken back dropped ("the second no sorry the third": "the the third")."""
        for end in range(len(typed)):
            if typed[end] not in self.correction_ends:
                continue
            said = next((p for p in self.self_corrections
                         if end + 1 >= len(p) and tuple(typed[end - len(p) + 1 : end + 1]) == p), None)
            k = end - len(said) + 1 if said else 0
            before = typed[k - 1] if k > 0 else ""
            if said and end + 1 < len(typed) and (before in self.ordinals or before in self.numbers
                                                  or before.isdigit() or _ORDINAL_DIGITS.fullmatch(before)):
                return [*typed[: k - 1], *typed[end + 1 :]]
        return typed

    def _unglued(self, glued: re.Match[str]) -> tuple[str, str] | None:
        """A figure and a word typed together ("60sec", "top10"), apart; None when the letters are a unit of the
        figure ("5m", "3rd", "2k") or no word the tables know."""
        number, word = (glued[1], glued[2]) if glued[1] else (glued[4], glued[3])
        if word in self.multipliers or word in self.ordinal_suffixes or word in self.decimal_starts:
            return None
        if word not in self.known and word not in self.textspeak and stem(word) not in self.known:
            return None
        return (number, word) if glued[1] else (word, number)

    def months_told(self, text: str) -> set[int]:
        """The months a tweet's text names ("met in July"): read only when a month is asked or claimed about it."""
        return {self.months[w] for w in words(text) if w in self.months}

    def event_told(self, said: list[str], tweet: str) -> int | None:
        """Where a question says a form of a verb the tweet uses ("when did he meet her": "I met ..."), asking what
        the tweet tells rather than when it was posted; None when it says none."""
        if self.told_events.keys().isdisjoint(said):
            return None
        told = set(words(tweet))
        return next((k for k, w in enumerate(said) if w in self.told_events and not self.told_events[w].isdisjoint(
            told)), None)

    def without_glosses(self, text: str) -> str:
        """The text without its bracketed glosses: "(x as in y)", and a place restated after a name ("(number 1)",
        "(#1)"), which say again what the words before them name."""
        text = self.gloss.sub(" ", text)
        return _BRACKETED.sub(lambda m: " " if self._restates_place(m, text) or self._worth(m[1]) else m.group(0), text)

    def _worth(self, said: str) -> bool:
        """Whether a bracketed aside is what the question is worth ("2 marks", "4 pts"), as a worksheet writes it."""
        parts = said.split()
        return len(parts) == 2 and parts[0].isdigit() and parts[1].lower() in self.question_worth

    def _restates_place(self, m: re.Match[str], text: str) -> bool:
        """Whether a bracketed group is only a place in the list ("number 1", "#1", "no 3") right after a name
        ("the <topic> one (number 1)"; after "for", "views for (number 3)", it is what is asked)."""
        said = words(m.group(1))
        place = (said[0][:1] == "#" and said[0][1:].isdigit()) if len(said) == 1 else (
            len(said) == 2 and said[0] in self.rank_words and (said[1].isdigit() or said[1] in self.numbers))
        before = words(text[max(0, m.start() - 24) : m.start()]) if place else []
        # (not after words that name nothing: "is kellys eye (no.1) bigger than ...": the place names the video)
        return bool(before) and (before[-1] not in self.stopwords or before[-1] in self.video_words) and (
            before[-1] in self.video_words or before[-1] in self.name_parts or before[-1] in self.name_words
            or stem(before[-1]) in self.name_parts or stem(before[-1]) in self.name_words)

    def repeats_read(self, text: str) -> str:
        """A word written with its language's mark of saying it twice ("rata2", "kira2": "rata-rata") read once, in a
        message in that language; any other text as it is ("top2", "vid2")."""
        if self._repeated is None or self._repeated.search(text) is None:
            return text  # (most questions)
        language = self.language_of(words(text))
        mark = self.language_repeats.get(language or "")

        def once(m: re.Match[str]) -> str:
            stem = m[1].lower()
            # (a word of a language that repeats so, wherever it stands: "rata2 views top 10")
            own = any(stem in self.language_own[lang] and m[0].lower().endswith(end)
                      for lang, end in self.language_repeats.items())
            return m[1] if own or (mark is not None and m[0].lower().endswith(mark)) else m[0]

        return self._repeated.sub(once, text)

    def spell_letters(self, typed: list[str]) -> list[str]:
        """A word spelt out letter by letter ("the n h s video", as dictation writes it), three letters or more,
        joined when the letters make a word the tables know; the words as they are when none is."""
        if list(map(len, typed)).count(1) < LETTERS_SPELT:
            return typed  # (most questions: fewer one-letter words than a word spelt out has, "a", "i")
        out: list[str] = []
        i, n = 0, len(typed)
        while i < n:
            k = i
            while k < n and len(typed[k]) == 1 and typed[k].isalpha():
                k += 1
            if k - i >= LETTERS_SPELT and (joined := "".join(typed[i:k])) in self.known:
                out.append(joined)
                i = k
            else:
                out.extend(typed[i : max(k, i + 1)])
                i = max(k, i + 1)
        return out

    def whole_number(self, word: str) -> int | None:
        """The whole number a word says ("5", "five"), else None."""
        return int(word) if word.isdigit() else self.numbers.get(word)

    def day_before(self, text: str) -> bool:
        """Whether a text ends with a day of a month ("after 9 dec", "on December 9th")."""
        said = words(text[-24:])
        last = said[-1] if said else ""
        return (last in self.months and len(said) > 1 and said[-2].rstrip(ascii_lowercase)[:2].isdigit()) or (
            last.rstrip(ascii_lowercase).isdigit() and len(said) > 1 and said[-2] in self.months)

    def links_as_titles(self, text: str) -> str:
        """A video's link typed in the question ("which vid has pic.twitter.com/<code>") as that video's title."""
        return _LINK.sub(lambda m: f" {title} " if (title := self.media_titles.get(m[1].casefold())) else m[0], text)

    def days_numbered(self, day: int) -> tuple[date, ...]:
        """That day of each month videos were posted in that has it ("the 12th": 12 November, 12 December)."""
        year = self.dataset.campaign.year
        return tuple(date(year, m, day) for m in sorted(self.posting_months)
                     if 1 <= day <= calendar.monthrange(year, m)[1])

    def possessed(self, text: str) -> str:
        """ "<name>'s mate", "his pal", "corbyns mate": a word for a friend after whose it is, as the word the titles
        use (read before the apostrophe is dropped, after which "<name> mate" is someone addressed)."""
        low = text.lower()
        if self._possessed is None or not any(word in low for word in self.possessed_synonyms):
            return text  # (most questions say none of the words: the pattern is not run)
        return self._possessed.sub(lambda m: f"{m[1]} {self.possessed_synonyms[m[2].lower()]}", text)

    def spell_symbols(self, text: str) -> str:
        """Signs as words ("views > 5m": "views over 5m", "#9 − #10", "4th->7th", "#3:#4": a ratio) and ISO dates
        with the month's name ("2019-12-01": "1 december 2019"); text with none of them as it is."""
        if ("-" in text or "\u2212" in text) and self._place_from_end is not None:  # ("rank -1": the last)
            text = self._place_from_end.sub(self._end_place_said, text)
        if "-" in text and _digit_before(text, "-", after=True) and _ISO_DATE.search(text):
            text = _ISO_DATE.sub(lambda m: f"{int(m[3])} {self.month_names.get(int(m[2]), m[0])} {m[1]}"
                                 if int(m[2]) in self.month_names and 1 <= int(m[3]) <= 31 else m[0], text)
        if "=" in text and self._month_numbered is not None and self._month_numbered.search(text):
            text = self._month_numbered.sub(lambda m: self.month_names.get(int(m[1]), m[0]), text)
        if self._joining is not None and any(k in text for k in self.joining_signs):  # ("4&5", "date & day")
            text = self._joining.sub(lambda m: f" {self.joining_signs[m[0]]} ", text)
        if ">" in text and _QUOTE_LINE.search(text):
            text = _QUOTE_LINE.sub("", text)  # ("> <a tweet's words>" on a line of its own: Discord's quote mark)
        if self._symbol and ("<" in text or ">" in text or "=" in text or "!" in text or (
                not text.isascii() and not self._wide_signs.isdisjoint(text))):  # (the ASCII signs by `in`)
            for arrow in self._arrows:  # ("#4->#7": an arrow right after a figure, which no other sign may follow)
                text = text.replace(arrow, f" {self.symbols[arrow]} ")
            text = self._symbol.sub(self._sign_said, text)
        if self._glued_figures is not None and self._glued_figures.search(text):
            text = self._glued_figures.sub(r"\1 \2", text)  # ("(2sf)": two significant figures)
        if "+" in text and self._places_added is not None:  # ("no.4 + no.5": two places added, a place word before)
            text = self._places_added.sub(r"\1 plus ", text)
        if ".." in text and ".." in self.symbols:
            text = _DOTS_RANGE.sub(f" {self.symbols['..']} ", text)
        if "x" in text and self.times_word and _digit_before(text, "x") and _TIMES_X.search(text):
            text = _TIMES_X.sub(rf"\1 {self.times_word} ", text)  # ("2x #5", "2x the views": a figure, "times")
        if "x" in text and self.times_word and _X_TIMES.search(text):
            text = _X_TIMES.sub(rf"{self.times_word} \1", text)  # ("<title> views x2": "times" a small figure)
        if "[" in text and self.indexed_words:
            text = _INDEXED.sub(self._index_said, text)
        for sign, said, lists in self.spaced_signs:
            if sign in text:
                text = self._spaced_sign(text, sign, said, lists)
        if ":" in text and self.ratio_colon:
            text = _RATIO_COLON.sub(f" {self.ratio_colon} ", text)
        return text

    def _end_place_said(self, m: re.Match[str]) -> str:
        """ "rank -1": the place counted from the end (the last at -1); past the list's length, as typed."""
        n = len(self.dataset.videos)
        return f"#{n + 1 - int(m[1])}" if 1 <= int(m[1]) <= n else m[0]

    def _index_said(self, m: re.Match[str]) -> str:
        """ "videos[0]" (0-indexed, the last at -1), "views[#2]" (a place as written): the place, after the word."""
        if m[1].lower() not in self.indexed_words:
            return m[0]
        k, n = int(m[3]), len(self.dataset.videos)
        place = k if m[2] else (k + 1 if k >= 0 else n + k + 1)
        return f"{m[1]} #{place} " if 1 <= place <= n else m[0]

    def _spaced_sign(self, text: str, sign: str, said: str, lists: bool = False) -> str:
        """ "<title> - <title>", "#1 - #2", "views(#5) - views(#6)", "views #7 + views #8": one spaced sign right
        between two titles' words, places or indexed lists is the operation `said`; anywhere else ("<title> video -
        when was it posted", "<title> - <name> - views?", "3m - 4m") it is as typed."""
        parts = text.split(sign)
        if len(parts) > 2 and self.asked_result.search(parts[-1]):
            return f" {said} ".join(parts)  # ("<title> + <title> + <title> = ?": a sum of three worked out)
        if len(parts) != 2:
            return text  # (two signs or more: separators)
        before, after = parts[0].lower().split()[-2:], parts[1].lower().split()[:2]
        left, right = (before or [""])[-1], (after or [""])[0]
        # ("rank 1 - rank 2", "rank1 - rank2": a place written with its word, on either side)
        if self._place_said(before[-2:] if len(before) == 2 and before[1].isdigit() else [left]):
            left = "#"
        if self._place_said(after if len(after) == 2 and after[1].isdigit() else [right]):
            right = "#"
        if self._operand(left, end=True) and self._operand(right, rest=after[1:]) and (
                not lists or self._listed(left, right)):
            return f"{parts[0]} {said} {parts[1]}"
        if self.asked_result.search(parts[1]):
            return f"{parts[0]} {said} {parts[1]}"  # ("2nd most viewed + 2nd least viewed = ?": a sum worked out)
        return text

    def _place_said(self, said: list[str]) -> bool:
        """Whether the words are a place written with a rank word ("rank 2", "no2", "position 10")."""
        if len(said) == 2:
            return said[0] in self.rank_words and said[1].isdigit()
        head = said[0].rstrip("0123456789") if said else ""
        return head != said[0] and head in self.rank_words

    def _listed(self, left: str, right: str) -> bool:
        """Whether a side of a sign is a list indexed ("views(#1)", "views[2]"; "views #8" after the sign)."""
        return left[-1:] in ")]" or right.split("(", 1)[0].split("[", 1)[0] in self.indexed_words

    def _operand(self, word: str, end: bool = False, rest: Sequence[str] = ()) -> bool:
        """Whether a word typed beside a spaced hyphen is a side of a minus: a place ("#2"), a title's word (not
        a person's or a party's name), or a list indexed ("views(#5)"; "views" after the hyphen)."""
        if word.startswith("#") or (end and word[-1:] in ")]"):
            return True
        word = word.strip("'\"([?,.").removesuffix("'s").removesuffix("s'")
        head = word.split("(", 1)[0].split("[", 1)[0]
        if not end and head in self.indexed_words:
            # ("... - views(#6)", "... - views #6": a list indexed, after the hyphen; not "<title> - views?": the
            # measure asked of it)
            return head != word or bool(rest and (rest[0].startswith("#") or rest[0][:1].isdigit()))
        # ("<title> video - <name> tweet said what?": a video word ends a name; "#2 - <name>'s?" asks about them)
        return word not in self.stopwords and word not in self.video_words and stem(word) not in self.video_words \
            and word in self.postings and word not in self.name_words

    def _sign_said(self, m: re.Match[str]) -> str:
        """A sign's words: a date relation before a date ("< 1 december"), else a bound or "not"."""
        sign = m[1] or m[2]
        day = _DAY_NAMED.match(m.string, m.end())
        if day and day[1] in self.months and sign in self.date_symbols:
            return f" {self.date_symbols[sign]} "
        if sign in self.place_symbols and (_PLACE_AHEAD.match(m.string, m.end())
                                           or _WORD_AHEAD.match(m.string, m.end())):
            # ("#1 > #5", "<title> > <title>?": one side against the other, no bound)
            return f" {self.place_symbols[sign]} "
        return f" {self.symbols[sign]} "

    def decimal_commas(self, text: str) -> str:
        """A comma as the decimal mark before a unit ("3,1 million", as much of Europe writes it) read as a point;
        a point or a space between thousands ("253.000 views", "3 000 000") read as none."""
        if "." in text and self._thousands_point and _digit_before(text, ".", after=True):
            text = self._thousands_point.sub(lambda m: m[0].replace(".", ""), text)
        if self._thousands_space and _SPACED_DIGITS.search(text):  # (a plain search first: few questions have one)
            text = self._thousands_space.sub(lambda m: m[0].replace(" ", ""), text)
        return self._decimal_comma.sub(r"\1.\2", text) if "," in text and self._decimal_comma and _digit_before(
            text, ",", after=True) else text

    def spell_ordinals(self, text: str) -> str:
        """Numbers written with a full stop as an ordinal ("das 2. Video", "2. ve 3. videonun", "der 1. und der 2.")
        with an ordinal ending: opening the message or after a word of `ordinal_dot_before` ("das", "am"), and before
        a place, video or month word or listed with another written so (not "top 3. Videos by <name>", "I count 4.
        November ...": a full stop closing a sentence)."""
        if ". " not in text and ".," not in text:
            return text
        found = [m for m in _DOT_ORDINAL.finditer(text) if int(m[1]) > 0]
        if not found:
            return text

        def opens(m: re.Match[str]) -> bool:
            before = text[: m.start()].split()
            return not before or before[-1].strip(",;:(").casefold() in self.ordinal_dot_before

        listed = {k for k in range(len(found) - 1) if _few_words_between(text[found[k].end() : found[k + 1].start()])}
        placed: set[int] = set()
        for k, m in enumerate(found):
            if k in placed or not opens(m):
                continue
            run = [k]
            while run[-1] in listed:  # ("2. ve 3.", "5., 6. und 7.": the rest of the list goes with the first)
                run.append(run[-1] + 1)
            after = text[m.end() :].split(None, 1)[0].strip(",.?!:;").casefold()
            read = self.read_as(after)[0] if after else ""
            if len(run) > 1 or stem(read) in self.video_words or read in self.rank_words or read in self.months \
                    or read in self.ordinal_dot_after:
                placed.update(run)
        for k in sorted(placed, reverse=True):
            m = found[k]
            text = f"{text[: m.start()]}{m[1]}{self.ordinal_suffixes[-1]}{text[m.end() :]}"
        return text

    def spell_dates(self, text: str) -> str:
        """Dates in figures ("8/12", "25/11/2019") written with the month's name, day first.

        Day first as in the UK, unless only the other reading falls in a month with posted videos
        ("12/9" in a December campaign) or the second number is over 12 ("12/25").
        """
        if "/" not in text and "." not in text:
            return text
        if not _digit_before(text, "/", after=True) and not _digit_before(text, ".", after=True):
            return text  # (a full stop or a slash between words: no date in figures)

        def dotted(m: re.Match[str]) -> str:
            day, month, name = int(m[1]), int(m[2]), self.month_names.get(int(m[2]))
            # (without a year, only a month with posted videos: "it got 13.4." is a figure ending a sentence)
            if not name or not 1 <= day <= 31 or (not m[3] and month not in self.posting_months):
                return m[0]
            year = (m[3] if len(m[3]) == 4 else f"20{m[3]}") if m[3] else ""  # ("8.12.19": 2019, not a day)
            return f" {day} {name} {year} "

        if "." in text:
            text = _DOT_DATE.sub(dotted, text)
            if "/" not in text:
                return text

        months = self.posting_months

        def month_first(a: int, b: int) -> bool:
            return b > 12 >= a or (b <= 12 and a in months and b not in months)

        # ("12/8, 12/9, 12/11": one date that can only be month first makes the others of the list so too)
        listed = [(int(x[1]), int(x[2])) for x in _SLASH_DATE.finditer(text)]
        us = len(listed) > 1 and any(month_first(a, b) for a, b in listed)

        def spelt(m: re.Match[str]) -> str:
            a, b = int(m[1]), int(m[2])
            after = m.string[m.end() :].split(None, 1)
            if not m[3] and after and after[0].strip(".,?!") in self.months and a < b <= 31:
                return f"{a} and {b}"  # "8/9 Dec": two days of the month named after them
            day, month = (b, a) if month_first(a, b) or (us and a <= 12 and a in months) else (a, b)
            name = self.month_names.get(month)
            if not name or not 1 <= day <= 31:
                return m[0]
            return f"{day} {name}" + (f" {m[3] if len(m[3]) == 4 else '20' + m[3]}" if m[3] else "")

        return _SLASH_DATE.sub(spelt, text)

    def read_words(self, typed: list[str]) -> list[Reading]:
        """Each typed word's reading, chat spellings expanded first."""
        memo = self.readings
        if self._as_typed(typed):
            return list(map(memo.__getitem__, typed))  # nothing to expand, every word read before (most questions)
        read = self.read
        return [memo.get(raw) or read(raw) for raw in self.expand(typed)]

    def _as_typed(self, typed: list[str]) -> bool:
        """Whether `expand` keeps these words as they are, every one read before."""
        if typed and typed[-1] == self.meaning_verb:
            return False  # ("what does <word> mean": `expand` may drop the verb)
        if not self.correction_ends.isdisjoint(typed) and self._self_corrected(typed) != typed:
            return False  # ("the second no sorry the third": a place taken back)
        if not self.particle_verbs.keys().isdisjoint(typed) and self._particles_joined(typed) is not typed:
            return False  # ("add the top 3 up": the particle moved to its verb)
        if not self.past_markers.isdisjoint(typed) and self._past_markers_dropped(typed) is not typed:
            return False  # ("who wen post it": the past marker dropped)
        if not self.place_sounds.keys().isdisjoint(typed) and self._place_sounds_read(typed) is not typed:
            return False  # ("the video at number to": a number's sound-alike)
        if self.then_word in typed and not self.comparing_words.isdisjoint(typed):
            return False  # ("more views then <title>": "then" read as "than")
        if self.kept_plain.issuperset(typed):
            return True  # (most questions)
        if not self.kept.issuperset(typed):
            return False
        if typed and typed[0] in self.greeting_starts:
            return False  # (maybe a greeting before the question, which `expand` drops)
        n = len(typed)
        if n > SIGNOFF_TAIL and not self.signoff_starts.isdisjoint(typed[-SIGNOFF_TAIL:]):
            # ("how many views": "many" opens no sign-off here; "many thanks" would, and `expand` weighs it)
            by_start = self._signoffs_by_start
            for k in range(n - SIGNOFF_TAIL, n):
                if any(tuple(typed[k : k + len(g)]) == g for g in by_start.get(typed[k], ())):
                    return False
        figures, joins = self.kept_figures, self._figure_joins
        if not figures.isdisjoint(typed) and not joins.isdisjoint(typed):
            # ("3 and a half", "two million", "seven point two": a figure with a word that joins it after)
            for after in compress(count(1), map(figures.__contains__, typed)):
                if after < n and typed[after] in joins:
                    return False
        # (a long form's last word must be there for it to be: "the" alone is no sign of "the podium")
        # (a form is looked for only where its key word is said: its first, or its last when the first is a
        # stopword: "the podium", "i mean")
        keys = self._long_keys.intersection(typed)
        if not keys:
            return True
        joined = f" {' '.join(typed)} "
        by_key = self._long_by_key
        return not any(form in joined for key in keys for form in by_key[key])  # (only the forms of the keys said)

    def _object_pronouns_read(self, typed: list[str]) -> list[str]:
        """A pidgin object pronoun read as the English one ("the one above am": "above it"; "add am": "add them"),
        unless a subject it goes with stands beside it ("i am")."""
        return [(self.plural_object if k > 0 and typed[k - 1] in self.plural_object_after else self.object_pronouns[w])
                if w in self.object_pronouns and not (
            (k > 0 and typed[k - 1] in self.pronoun_subjects) or (k + 1 < len(typed)
                                                                  and typed[k + 1] in self.pronoun_subjects))
                else w for k, w in enumerate(typed)]

    def language_of(self, typed: list[str], verbs: dict[str, int] | None = None) -> str | None:
        """The other language a message is written in, if any: the one with most of its words in it (at least
        LANGUAGE_WORDS, one of them its own), where shared words read its way ("de": Spanish "of", Dutch "the").
        Beside only one of its own words, a shared word that is an everyday English word ("do", "data", "media") is
        no sign of it; a word the tables know only with a case ending off ("videonun") is, for a language that adds
        them; `verbs`: how many words each language's verb table read, its own words too."""
        english = common_words()
        said = []
        for language, own in self.language_own.items():
            built = verbs.get(language, 0) if verbs else 0
            if not built and own.isdisjoint(typed):
                continue
            mine = len(own.intersection(typed)) + built
            count = mine + sum(1 for w in self.language_shared[language].keys() & typed if mine > 1 or w not in english)
            if language in self.language_suffixes:
                ends = self.language_suffixes[language]
                count += sum(1 for w in typed if w not in own and self._suffix_base(w, ends) is not None)
            said.append((count, language))
        said.sort(reverse=True)
        # (a language that adds case endings shows in fewer words: each says more, "ilk 3 video toplam")
        if not said or said[0][0] < LANGUAGE_WORDS - (said[0][1] in self.language_suffixes) or (
                len(said) > 1 and said[1][0] == said[0][0]):
            return None
        return said[0][1]

    def _suffixes_read(self, typed: list[str], suffixes: tuple[str, ...], shared: Container[str]) -> list[str]:
        """Words no table knows read as a word one does with a case ending after it ("videosunun": "video",
        "kasimda": "kasim"), in a message in a language that adds them; an ending no table knows as a word, written
        apart after a hyphen ("5 mln-nan": "5 mln"), dropped."""
        apart = {k for k, w in enumerate(typed)
                 if k > 0 and w in suffixes and w not in self.known and w not in self.textspeak and w not in shared}
        return [self._suffix_base(word, suffixes) or word for k, word in enumerate(typed) if k not in apart]

    def _suffix_base(self, word: str, suffixes: tuple[str, ...]) -> str | None:
        """The word a table knows that `word`, known to none, is with one of `suffixes` after it, or None."""
        speak, known = self.textspeak, self.known
        if word in known or word in speak or word[:1].isdigit():
            return None
        return next((word[: -len(end)] for end in suffixes if word.endswith(end) and len(word) - len(end) >= 2
                     and (word[: -len(end)] in known or word[: -len(end)] in speak)), None)

    @staticmethod
    def _marked_numbers(typed: list[str], mark: str, before: bool, read: Callable[[int], str | None],
                        number: Callable[[str], int | None]) -> list[str]:
        """Each number (`number` reads a word as one) said with a language's marker word beside it (`before` it, "di
        3", or after it, "12 yue") read as `read` gives it, the marker dropped; a number `read` gives nothing for is
        left as typed."""
        step = 1 if before else -1  # (from the marker to its number)
        out = []
        for k, w in enumerate(typed):
            at = k + step
            if w == mark and 0 <= at < len(typed) and (n := number(typed[at])) is not None and read(n) is not None:
                continue
            at = k - step
            said = read(n) if (n := number(w)) is not None and 0 <= at < len(typed) and typed[at] == mark else None
            out.append(said if said is not None else w)
        return out

    def _compared_after_read(self, typed: list[str], after: frozenset[str]) -> list[str]:
        """ "<A> than <B> more how many views" (Mandarin "<A> bi <B> duo duoshao views") read as "<A> more than <B>
        how many views": the comparing word moved before "than", as English says it."""
        at = typed.index(self.than_word)
        more = next((k for k in range(at + 1, min(len(typed), at + COMPARED_REACH)) if typed[k] in after), None)
        if more is None or (at > 0 and typed[at - 1] in after):
            return typed
        return [*typed[:at], typed[more], *typed[at:more], *typed[more + 1 :]]

    def _shared_read(self, typed: list[str], shared: dict[str, tuple[str, ...]]) -> list[str]:
        """Shared words read as the message's language has them ("y el video de las quotes": "and", "of", "the"),
        but not beside a word a phrase of the vocabulary reads them with ("mais de": "over")."""
        pairs, marks = self.shared_in_phrases, self.number_marks
        # (nor a number's mark before a figure: Portuguese "o nº1", read "no 1", is no "in the")
        return [read for k, word in enumerate(typed) for read in (
            (word,) if word not in shared or (k > 0 and (typed[k - 1], word) in pairs) or (
                k + 1 < len(typed) and ((word, typed[k + 1]) in pairs or (
                    word in marks and typed[k + 1][:1].isdigit()))) else shared[word])]

    def _verbs_read(self, typed: list[str], counted: dict[str, int]) -> list[str]:
        """Each word a language's verb table builds read as what it says, its own words written out in the
        vocabulary first; how many each language's table read is kept in `counted`, as its own words."""
        out: list[str] = []
        for w in typed:
            said = None
            if w not in self.known and w not in self.textspeak and len(w) > VERB_MIN:
                for table in self.verb_tables:
                    if (said := table.reading(w)) is not None:
                        counted[table.language] = counted.get(table.language, 0) + 1
                        break
            out.extend(said if said is not None else (w,))
        return out

    def _halves_joined(self, typed: list[str]) -> list[str]:
        """A word no table knows joined to the word before it when the two make a word of the vocabulary of at
        least `JOINED_MIN` letters ("<title> n <title> to gether": "together")."""
        out: list[str] = []
        for w in typed:
            if out and w not in self.known and w.isalpha() and len(joined := out[-1] + w) >= JOINED_MIN \
                    and joined in self.vocabulary_words:
                out[-1] = joined
            else:
                out.append(w)
        return out

    def _place_endings_joined(self, typed: list[str]) -> list[str]:
        """Each place ending of `place_endings_apart` right after a number of one or two digits joined to it."""
        out: list[str] = []
        for w in typed:
            if w in self.place_endings_apart and out and out[-1].isdigit() and len(out[-1]) <= 2:
                out[-1] += w
            else:
                out.append(w)
        return out

    def expand(self, typed: list[str]) -> list[str]:
        """Chat spellings read as the words they stand for: "u" -> "you", "who 2 vote" -> "who to vote",
        "three and a half" -> "3.5"."""
        out: list[str] = []
        speak, digits, fractions = self.textspeak, self.textspeak_digits, self.fractions
        fraction_starts = self._fraction_starts
        i = 0
        if len(typed) > 1 and not self.known.issuperset(typed[1:]):
            typed = self._halves_joined(typed)  # ("to gether": one word typed in two)
        for prefix in self.place_prefixes.intersection(typed):  # ("ika-3": the 3rd, whatever else the message says)
            typed = self._marked_numbers(typed, prefix, True, _marked_place, self.whole_number)
        verbs: dict[str, int] = {}
        if self.verb_tables and not self.known.issuperset(typed):
            typed = self._verbs_read(typed, verbs)  # ("zilivuka": crossed, in any message, as own words are)
        if (verbs or not self.language_words.isdisjoint(typed)) and (
                language := self.language_of(typed, verbs)) is not None:
            if language in self.language_suffixes:
                typed = self._suffixes_read(typed, self.language_suffixes[language], self.language_shared[language])
            if (mark := self.language_place_marks.get(language)) is not None and mark in typed:
                # ("di 3 he di 8": the 3rd and the 8th, a place said with a word before its number, "di dos" too; read
                # before the shared words, one of which the mark may be, "di": "of")
                shared = self.language_shared[language]
                typed = self._marked_numbers(typed, mark, True, _marked_place,
                                             lambda w: self.whole_number(" ".join(shared.get(w, (w,)))))
            typed = self._shared_read(typed, self.language_shared[language])
            if not self.place_endings_apart.isdisjoint(typed):
                # ("7-oe mesto", "11-shi orynda": the place's number and its ending, read as one, "7oe")
                typed = self._place_endings_joined(typed)
            if (compared := self.language_compared_after.get(language)) and self.than_word in typed:
                typed = self._compared_after_read(typed, compared)
            for mark, unit in self.language_scale_marks.get(language, {}).items():
                if mark in typed:  # ("zilivuka milioni 3": the scale said before its number, "3m")
                    typed = self._marked_numbers(typed, mark, True, partial(_scaled, unit=unit), self.whole_number)
            if (mark := self.language_month_marks.get(language)) is not None and mark in typed:
                # ("12 yue fa de video": December's; the month's number said before the word for month)
                typed = self._marked_numbers(typed, mark, False, self.month_names.get, self.whole_number)
        if typed and typed[0] in self.greeting_starts:
            # "good morning how many views ...": a greeting before the question is not part of it
            greeting = said_at(typed, 0, self.greetings) or ()
            if 0 < len(greeting) < len(typed) and not self._title_goes_on(greeting[-1], typed[len(greeting)]):
                typed = typed[len(greeting) :]
                if len(typed) > 1 and typed[0] in self.greeted:
                    typed = typed[1:]  # ("hello family <question>": whom the greeting is for)
        if len(typed) > SIGNOFF_TAIL and not self.signoff_starts.isdisjoint(typed[-SIGNOFF_TAIL:]):
            typed = self._without_signoff(typed)
        if not self.correction_ends.isdisjoint(typed):
            typed = self._self_corrected(typed)
        if not self.past_markers.isdisjoint(typed):
            typed = self._past_markers_dropped(typed)
        if typed and typed[-1] == self.meaning_verb and said_anywhere(typed, self.meaning_asked_with):
            typed = typed[:-1]  # "what does <word> mean": its meaning asked, no average
        if not self.particle_verbs.keys().isdisjoint(typed):
            typed = self._particles_joined(typed)
        if not self.postposition_starts.isdisjoint(typed):
            typed = self._postpositions_read(typed)
        if not self.place_sounds.keys().isdisjoint(typed):  # ("to", "for": in many questions, a number in few)
            typed = self._place_sounds_read(typed)
        if not self.object_pronouns.keys().isdisjoint(typed):
            typed = self._object_pronouns_read(typed)
        plain, long_starts = self.plain_words, self.long_starts
        if plain.issuperset(typed) and long_starts.keys().isdisjoint(typed):
            # nothing to rewrite (most questions)
            return self._then_as_than(list(typed)) if self.then_word in typed else list(typed)
        alone = self.plain_alone
        while i < len(typed):
            word = typed[i]
            if word in alone:  # most words: one membership test
                out.append(word)
                i += 1
                continue
            forms = long_starts.get(word)
            long = next((f for f in forms if tuple(typed[i : i + len(f)]) == f),
                        None) if forms and word not in self.fillers else None
            if long is not None:  # "the national health service film": the short form
                out.extend(self.long_forms[long])
                i += len(long)
                continue
            if word in plain:  # most words
                out.append(word)
                i += 1
                continue
            if word in self.fillers and not (word in self.figure_describing and typed[i + 1 : i + 2] and typed[
                    i + 1] in self.rank_words and any(w[:1].isdigit() for w in typed)):
                # (kept in "which has 2.747m, the odd number one": a figure said and described, no place)
                i += 1
                continue
            if word in self.figure_units and not (  # ("60s": the figure and unit a title says, "60 second")
                    (nxt := typed[i + 1] if i + 1 < len(typed) else "") in self.duration_words or (
                        i > 0 and typed[i - 1] in self.determiners and (not nxt or (
                            nxt in self.stopwords and nxt not in self.video_words)))):
                # (not "60s long", a running time; nor "from the 60s", a decade)
                typed = [*typed[:i], *self.figure_units[word], *typed[i + 1 :]]
                continue
            if (year := _SUFFIXED_YEAR.fullmatch(word)) is not None and year[2] in self.year_suffixes \
                    and int(year[1]) // 100 in YEAR_CENTURIES:
                out.append(year[1])  # ("im <year>er wahlkampf": in the <year> campaign)
                i += 1
                continue
            if (place := _FOREIGN_PLACE.fullmatch(word)) is not None and place[2] in self.foreign_ordinal_suffixes:
                out.append(ordinal(int(place[1])))  # ("la 4eme video": the 4th, "o 1º": the 1st)
                i += 1
                continue
            if (one := _GLUED.fullmatch(word)) is not None and (parts := self._unglued(one)) is not None:
                typed = [*typed[:i], *parts, *typed[i + 1 :]]  # "60sec", "top10": two words typed as one
                continue
            if (word in self.election_short and i + 1 < len(typed) and len(typed[i + 1]) == 2
                    and typed[i + 1].isdigit()):
                out.append(str(YEAR_CENTURIES[-1] * 100 + int(typed[i + 1])))  # "GE17": the election year
                i += 2
                continue
            number = word in self.numbers or word.isdigit()
            if (number and i + 1 < len(typed) and self.numbers.get(word, 0) in (20, 30)
                    and 1 <= self.ordinals.get(typed[i + 1], 0) <= 9):
                # "the twenty third of November": one ordinal said in two words (a day, "23rd")
                day = self.numbers[word] + self.ordinals[typed[i + 1]]
                out.append(f"{day}{self.ordinal_suffixes[-1]}")  # (any ending reads as a place or a day)
                i += 2
                continue
            if (word in self.numbers and i + 1 < len(typed)
                    and (str(self.numbers[word]), typed[i + 1]) in self.title_number_pairs):
                out.append(str(self.numbers[word]))  # "the sixty second one": a title's "60 second" said in words
                i += 1
                continue
            spoken = self._spoken_number(typed, i) if word in self.numbers else None
            if spoken is not None:  # "three million six hundred thousand", "twenty seventeen"
                out.append(spoken[0])
                i += spoken[1]
                continue
            fraction = next((f for f in fractions if tuple(typed[i + 1 : i + 1 + len(f[0])]) == f[0]),
                            None) if number and i + 1 < len(typed) and typed[i + 1] in fraction_starts else None
            if fraction is not None and fraction[1].endswith(" scaled") and (
                    i + 1 + len(fraction[0]) >= len(typed) or typed[i + 1 + len(fraction[0])] not in self.multipliers):
                fraction = None  # ("and half": a fraction only right before a multiplier)
            if fraction is not None:  # "three and a half": "3.5"
                out.append(f"{self.numbers.get(word, word)}{fraction[1].split()[0]}")
                i += 1 + len(fraction[0])
                continue
            if number and i + 2 < len(typed) and typed[i + 1] in self.decimal_points and (
                    ((tenth := self.numbers.get(typed[i + 2])) is not None and tenth < 10) or typed[i + 2].isdigit()):
                after_point = [typed[i + 2] if tenth is None else str(tenth)]
                j = i + 3  # "two point seven four seven": each digit word after the point
                while j < len(typed) and (d := self.numbers.get(typed[j])) is not None and d < 10:
                    after_point.append(str(d))
                    j += 1
                out.append(f"{self.numbers.get(word, word)}.{''.join(after_point)}")
                i = j
                continue
            after = typed[i + 1] if i + 1 < len(typed) else ""
            if (word in self.digit_pronouns and i > 0 and (typed[i - 1] in self.name_words or stem(typed[i - 1])
                                                           in self.title_words)
                    # ("video 1 title": the first in the list)
                    and typed[i - 1] not in self.number_takers and self._meaning(typed[i - 1]) not in self.video_words
                    and (not after or (after.isalpha() and after not in self.multipliers
                                       and after not in self.numbers and stem(after) not in self.rank_words
                                       and after not in self.span_words))):
                out.append(self.digit_pronouns[word])  # "the <name> 1": the one with that name
                i += 1
                continue
            glued = word + typed[i + 1] if i + 1 < len(typed) and typed[i + 1].isdigit() else ""
            if glued in speak:  # "b4", "gr8": the word pattern splits letters from figures
                out.extend(speak[glued])
                i += 1
            elif word in speak:
                out.extend(speak[word])
            elif (compound := self._compound(word, typed[i + 1] if i + 1 < len(typed) else "")) is not None:
                out.extend(compound[0])  # a name's word written apart, or two run together
                i += compound[1]
            elif (word.isalpha() and len(word) > PET_NAME_MIN and word not in self.known
                  and stem(word) not in self.known):
                # A pet form of a person's one-word name: the name and up to two letters more, and an "s" of
                # whose ("<name>zas vids")
                bare = word[:-1] if word[-1] == "s" else word
                out.append(next((f for f in self.person_words if word.startswith(f)
                                 and (len(word) - len(f) <= 2 or 0 < len(bare) - len(f) <= 2)), word))
            elif (word in digits and 0 < i < len(typed) - 1 and typed[i - 1].isalpha()
                  and typed[i + 1].isalpha() and typed[i - 1] not in self.number_takers
                  and typed[i - 1] not in self.middle_words  # ("the middle 4 total": places)
                  and not (out and out[-1] in self.number_takers)  # ("nummer 4 eh": the word as read takes it)
                  and not (out and out[-1] in self.rank_words)  # ("platz 2 und platz 3": a place)
                  # ("numbr 4 get": a word that takes a number, as spelling mends it)
                  and (self.readings.get(typed[i - 1]) or self.read(typed[i - 1])).token.w not in self.number_takers
                  and typed[i + 1] not in self.decimal_starts  # ("2 dp": two decimal places)
                  # ("video 4 date", "vid 4 pls": the 4th video; "a video 4 my mum": for)
                  and (self._meaning(typed[i - 1]) not in self.video_words or (
                      typed[i + 1] in self.stopwords and typed[i + 1] not in self.range_words
                      and typed[i + 1] not in self.polite_words and typed[i + 1] not in self.separators))
                  and typed[i + 1] not in self.multipliers and stem(typed[i + 1]) not in self.generic_words
                  and typed[i + 1] not in self.months  # ("tweeted on 4 november": a day)
                  and (speak.get(typed[i + 1]) or ("",))[0] not in self.months  # ("le 2 decembre": a day)
                  # ("videos 2 and 3": numbers listed)
                  and not (i + 2 < len(typed) and typed[i + 2].isdigit() and (
                      typed[i + 1] in self.separators or (speak.get(typed[i + 1]) or ("",))[0] in self.separators))
                  # (the next word as read too: "2 plekken boven", "2 dagen": places, days)
                  and stem(typed[i + 1]) not in self.rank_words and typed[i + 1] not in self.span_words
                  and stem((speak.get(typed[i + 1]) or ("",))[0]) not in self.rank_words
                  and (speak.get(typed[i + 1]) or ("",))[0] not in self.span_words
                  # ("positions 2 to 4": places, a range of them)
                  and stem(typed[i - 1]) not in self.rank_words
                  and not (typed[i + 1] in self.range_words and i + 2 < len(typed) and typed[i + 2].isdigit())
                  # ("places 2 to 4 pls": a range's end)
                  and not (typed[i - 1] in self.range_words and i > 1 and typed[i - 2].isdigit())
                  and typed[i + 1] not in self.relative_starts):  # ("the video 2 above <title>": two places)
                out.append(digits[word])  # ("2 spots above", "2 days after": a number)
            else:
                out.append(word)
            i += 1
        return self._then_as_than(out) if self.then_word in out else out

    def _then_as_than(self, said: list[str]) -> list[str]:
        """ "more views then <title>", Dutch "meer views dan <title>": "then" typed for "than" a few words after a
        comparing word, something after it to compare with."""
        then, reach = self.then_word, THEN_REACH
        # (not "... more views, and then which was posted first": a step after a joining word)
        return [self.than_word if w == then and 0 < k < len(said) - 1 and said[k - 1] not in self.separators
                and not self.comparing_words.isdisjoint(said[max(0, k - reach) : k])
                and self.then_not_before.isdisjoint(said[k + 1 : k + 3]) else w
                for k, w in enumerate(said)]

    def _place_sounds_read(self, typed: list[str]) -> list[str]:
        """The words with each number's sound-alike read as the number ("at number to": "two"); the same list when
        none is one (as `_particles_joined`, for `_as_typed` to tell)."""
        read = [self.place_sounds[w] if w in self.place_sounds and self._place_sound(typed, i) else w
                for i, w in enumerate(typed)]
        return typed if read == typed else read

    def _place_sound(self, typed: list[str], i: int) -> bool:
        """Whether word i is a number's sound-alike: after a place word said after "at", "in", ... ("at number to"),
        ending the question or a clause, or "too" right before a video word after "top" or "bottom" ("the bottom too
        videos")."""
        if i >= 1 and stem(typed[i - 1]) in self.rank_words and (i == 1 or typed[i - 2] in self.place_sound_before):
            # (where the place ends the question or a clause, or is said to be in the list: "... at number for",
            # "at number to how many views", "was number won on the list", a question opening "number for on the
            # list"; not "ranked for most views", "the change in position for the <title> video")
            return i + 1 == len(typed) or typed[i + 1] in self.question_words or stem(typed[i + 1]) in self.separators \
                or typed[i + 1] in self.place_sound_after
        return (typed[i] in self.end_sounds and i >= 1 and typed[i - 1] in self.end_sound_ends and i + 1 < len(typed)
                and self._meaning(typed[i + 1]) in self.video_words)

    def _particles_joined(self, typed: list[str]) -> list[str]:
        """ "add the bottom five up": a verb's particle said after what it acts on, moved right after the verb."""
        for i, word in enumerate(typed):
            particles = self.particle_verbs.get(word)
            if particles is None or (i + 1 < len(typed) and typed[i + 1] in particles):
                continue
            at = next((j for j in range(i + 2, min(len(typed), i + 2 + self.particle_reach)) if typed[j] in particles),
                      None)
            if at is not None:
                return [*typed[: i + 1], typed[at], *typed[i + 1 : at], *typed[at + 1 :]]
        return typed

    def _postpositions_read(self, typed: list[str]) -> list[str]:
        """ "videos 5 million se upar": a postposition after a figure or a day read as the English word before it
        ("over 5 million"), a question word after a measure, unit or place word before it ("views kitne": how many
        views; "rank berapa": what rank); elsewhere left to be read word by word."""
        out = list(typed)
        for i in range(len(out) - 1, 0, -1):
            if (asked := self.asked_after_measure.get(out[i])) is not None and (
                    # (a word read as nothing, "brah", is itself: no measure)
                    (said := self.read_as(out[i - 1])[-1]) in self.measure_words
                    or said in self.asked_after_units or said in self.rank_words or said in self.date_nouns) and not (
                    i + 1 < len(out) and self.read_as(out[i + 1])[0] in self.measure_words):
                # (not "<title> wala vid kitne views": the question word before the measure it asks of)
                if (said in self.rank_words or said in self.date_nouns) and asked in self.how_many:
                    asked = (self.asked_after_rank,)  # ("rank berapa", "tgl brp": which place, which date; no count)
                out = [*out[: i - 1], *asked, out[i - 1], *out[i + 1 :]]  # ("views kitne": how many views)
                continue
            phrase = said_at(out, i, self.postpositions)
            if phrase is None or (i + len(phrase) < len(out) and out[i + len(phrase)] in self.postposition_nouns):
                continue  # (not "5 million cross platform": a word describing the platforms, no bound)
            start = i - 1
            unit = self.read_as(out[start])[-1]  # ("5 milyon": a scale in another language)
            if unit in self.multipliers or unit in self.spoken_scales or out[start] in self.months:
                start -= 1  # ("5 million", "23 nov": the figure or day before its unit or month)
            if start < 0 or not (out[start][:1].isdigit() or out[start] in self.numbers):
                continue
            if start > 0 and out[start - 1] in self.end_words and i + len(phrase) < len(out) and (
                    out[i + len(phrase)][:1].isdigit() or out[i + len(phrase)] in self.numbers):
                continue  # ("the top 10 crossed 5 million": an order's count, the bound said before its own figure)
            if start > 0 and out[start - 1] in self.months:
                start -= 1  # ("nov 23")
            out = [*out[:start], self.postpositions[phrase], *out[start:i], *out[i + len(phrase) :]]
        return out

    def _spoken_number(self, typed: list[str], i: int) -> tuple[str, int] | None:
        """A number said in several words from position i, as digits, and how many words it takes: a year
        ("twenty seventeen": 2017) or a figure of several parts ("two million six hundred thousand").
        None for one word or one part ("three", "three million"), which the figure reader takes as they are."""
        numbers, joins = self.numbers, self.spoken_joins
        first = numbers[typed[i]]
        nxt = numbers.get(typed[i + 1]) if i + 1 < len(typed) else None
        if first in YEAR_CENTURIES and nxt is not None and 10 <= nxt <= 99 and (
                i + 2 >= len(typed) or typed[i + 2] not in numbers):
            return str(first * 100 + nxt), 2  # ("twenty seventeen"; "twenty seven" is 27, read below)
        total, current, scales, j = 0, 0, 0, i
        while j < len(typed):
            w = typed[j]
            if w in self.spoken_scales:
                scale = self.spoken_scales[w]
                if scale == 100:
                    current = (current or 1) * 100
                else:
                    total, current = total + (current or 1) * scale, 0
                scales += 1
            elif w in numbers and numbers[w] < 100:
                current += numbers[w]
            elif not (w in joins and j + 1 < len(typed) and typed[j + 1] in numbers):
                break
            j += 1
        # ("forty two", "twenty three million": tens and units said apart are one number)
        compound = first % 10 == 0 and 20 <= first <= 90 and nxt is not None and 1 <= nxt <= 9
        if not compound and (j - i < 3 or not (scales >= 2 or (total and current))):
            return None  # ("two thousand and seventeen": a part after)
        return str(total + current), j - i

    def _without_signoff(self, typed: list[str]) -> list[str]:
        """The words before a closing sign-off ("..., thanks, Elsie", "Regards, Ken"), when the few words after it
        are no words the data knows (a name, "ever so much"); else the words as typed."""
        for k in range(len(typed) - SIGNOFF_TAIL, len(typed)):
            signoff = said_at(typed, k, self.signoffs)
            # (right after "said", what was said: "the video he said thank you for")
            if signoff is not None and k > 0 and typed[k - 1] not in self.speech_words:
                rest = typed[k + len(signoff) :]
                # (stopwords after it, "so much", count for nothing: only a name's words are limited)
                # (a title before the name, "Mr", "Mrs", is part of it)
                named = [w for w in rest if w not in self.stopwords and w not in self.honorifics]
                if len(named) <= SIGNOFF_NAME and all(w not in self.known for w in named):
                    return typed[:k]
        return typed

    def _title_goes_on(self, word: str, after: str) -> bool:
        """Whether some title has `word` then `after` ("good morning" then "britain": a title, no greeting)."""
        nxt = stem(after)
        return any(pos + 1 < len(self.title_stems[vi]) and self.title_stems[vi][pos + 1] == nxt
                   for vi, pos in self.postings.get(stem(word), ()))

    def _compound(self, word: str, after: str) -> tuple[list[str], int] | None:
        """An unknown word that is a name's word with the next one ("bike shed"), or two of its words run
        together ("bikeshed"): the words meant, and how many typed words more they take (0 or 1)."""
        if not word.isalpha() or word in self.known or stem(word) in self.known:
            return None
        if word + after in self.name_parts:
            return [word + after], 1
        if after.isalpha() and len(word + after) >= COMPOUND_TYPO_MIN and (
                (joined := self.correct(word + after)) in self.name_parts):
            return [joined], 1  # ("goggel box": a name's word split and misspelt)
        for k in range(COMPOUND_PART_MIN, len(word) - COMPOUND_PART_MIN + 1):
            # ("meantweets"; "immigrationtweet", "jaynevid": a name's word and a word for a video or its tweet)
            if word[:k] in self.name_parts and (word[k:] in self.name_parts or word[k:] in self.generic_words
                                                or stem(word[k:]) in self.generic_words):
                return [word[:k], word[k:]], 0
        return None

    def hedged_at(self, said: Sequence[str], at: int) -> bool:
        """Whether a guess at a figure ("about", "more or less") ends right before position `at`."""
        if at <= 0:
            return False
        one = said[at - 1]
        return one in self.hedges or (one in self.hedge_ends and any(
            tuple(said[at - len(h) : at]) == h for h in self.hedge_phrases))

    def past_fillers(self, said: Sequence[str], at: int) -> int:
        """The first word at or after `at` that is no filler of "how many" ("how many total views": "views")."""
        while at < len(said) and said[at] in self.how_many_fillers:
            at += 1
        return at

    def count_got(self, said: Sequence[str], start: int, end: int) -> bool:
        """Whether the "how many" said at start..end asks what something got ("how many did <video> get"), not how
        many there were."""
        end = self.past_fillers(said, end)  # ("how many million did <title> get")
        return end < len(said) and said[end] in self.count_got_helpers and not self.count_got_verbs.isdisjoint(
            said[end + 1 :])

    def counted_at(self, said: Sequence[str]) -> list[int]:
        """Where each "how many <thing>" says the thing counted: the word after "how many" and its fillers."""
        out = []
        for i in range(1, len(said) - 1):
            if said[i] in self.how_many_ends and (said[i - 1], said[i]) in self.how_many:
                j = i + 1
                while j < len(said) and said[j] in self.how_many_fillers:
                    j += 1
                if j + 1 < len(said) and said[j] in self.measure_words and said[j + 1] in self.video_plurals:
                    j += 1  # ("how many million view videos": videos counted, a measure describing them)
                if j < len(said):
                    out.append(j)
        return out

    def is_quiz(self, said: list[str]) -> bool:
        """Whether a claim is put as a quiz ("true or false: ..."): answered "True:"/"False:"."""
        return not self.true_or_false_ends.isdisjoint(said) and any(
            said_at(said, k, self.true_or_false) for k in range(len(said)))

    def way_asked(self, said: list[str], dated: bool = False) -> tuple[int, tuple[str, str]] | None:
        """ "higher or lower", "more or less" (`dated`: "before or after"): where a choice of two ways starts, and
        its (above, below) words (earlier, later)."""
        ways, way_words = (self.date_ways, self.date_way_words) if dated else (self.ways, self.way_words)
        if way_words.isdisjoint(said):
            return None
        return next(((k, ways[w, said[k + 2]]) for k, w in enumerate(said[:-2])
                     if said[k + 1] in self.way_joins and (w, said[k + 2]) in ways), None)

    def is_a_count(self, value: float, tolerance: float) -> bool:
        """Whether a figure is (within `tolerance`) one video's views: "is that 13.4m facebook only?"."""
        return bool(self.counts_between(value * (1 - tolerance), value * (1 + tolerance)))

    def counts_between(self, low: float, high: float) -> list[int]:
        """The videos (indices) whose views are from `low` to `high`: a bisection, however many videos."""
        views = self.sorted_views
        k, out = bisect_left(views, low), []
        while k < len(views) and views[k] <= high:
            out.append(self.by_views[k])
            k += 1
        return out

    def nearest_counts(self, value: float) -> list[int]:
        """The video (indices) whose views are nearest to `value`: one, or every one tied for nearest."""
        views = self.sorted_views
        k = bisect_left(views, value)
        sides = [j for j in (k - 1, k) if 0 <= j < len(views)]
        if not sides:
            return []
        gap = min(abs(views[j] - value) for j in sides)
        return self.counts_between(value - gap, value + gap)

    def _index_tweet_words(self, ds: Dataset) -> None:
        """The words of each tweet that no other video's texts use and that say something by themselves; and
        each run of TWEET_RUN words of a tweet that no other tweet has."""
        runs: dict[tuple[str, ...], set[tuple[int, int]]] = defaultdict(set)
        self.tweet_said = [words(v.tweet.text) if v.tweet and v.tweet.text else [] for v in ds.videos]
        # (a verb's "-s" retold without it, as many tell it: "it breaks my heart", "he said it break his heart"; or
        # in its past form, "it broke his heart")
        retold: dict[str, tuple[str, ...]] = {}
        for w in {w for said in self.tweet_said for w in said}:
            forms = (w, *((w[:-1],) if len(w) >= 5 and w.endswith("s") and not w.endswith("ss") and w.isalpha()
                          else ()), *self._past_forms(w))
            if len(forms) > 1:
                retold[w] = forms
        retold.update(self.retold_pronouns)
        self._tweet_long = tuple(sorted({w for said in self.tweet_said for w in said
                                         if len(w) >= LONG_WORD and w.isalpha() and w not in self.known}))
        for vi, said in enumerate(self.tweet_said):
            for k in range(len(said) - TWEET_RUN + 1):
                run = said[k : k + TWEET_RUN]
                runs[tuple(run)].add((vi, k))
                # ("where he says it breaks his heart": the poster's own words retold of them)
                for told in product(*(retold.get(w, (w,)) for w in run)) if retold.keys() & set(run) else ():
                    runs[told].add((vi, k))
        self.tweet_runs = {run: next(iter(vs)) for run, vs in runs.items() if len({v for v, _ in vs}) == 1}
        short: dict[tuple[str, ...], set[tuple[int, int]]] = defaultdict(set)
        common, n = very_common_words(), TWEET_RUN - 1
        for vi, said in enumerate(self.tweet_said):
            for k in range(len(said) - n + 1):
                run = said[k : k + n]
                saying = [w for w in run if w not in self.stopwords and w not in self.video_words and w.isalpha()]
                if len(saying) >= 2 and not common.issuperset(saying):
                    for told in product(*(retold.get(w, (w,)) for w in run)) if retold.keys() & set(run) else ():
                        short[told].add((vi, k))
                    short[tuple(run)].add((vi, k))
        self.short_tweet_runs = {run: next(iter(vs)) for run, vs in short.items() if len({v for v, _ in vs}) == 1}
        # (a short run's rare word stands for its start: the common words some begin with would open the gate for
        # most questions)
        self.tweet_run_starts = frozenset(run[0] for run in self.tweet_runs) | frozenset(
            w for run in self.short_tweet_runs for w in run if w not in common)
        self.tweet_run_pairs = frozenset((run[0], run[1]) for run in (*self.tweet_runs, *self.short_tweet_runs))
        owners: dict[str, set[int]] = defaultdict(set)
        pasts: dict[str, set[int]] = defaultdict(set)
        in_tweets: set[str] = set()
        for vi, v in enumerate(ds.videos):
            tweet = v.tweet.text if v.tweet and v.tweet.text else ""
            for text in (v.title, *v.aliases, tweet):
                for w in words(text):
                    owners[stem(w)].add(vi)
            in_tweets.update(stem(w) for w in words(tweet))
            for w in words(tweet):
                for past in self._past_forms(w):  # ("sending": "who sent him the video")
                    pasts[past].add(vi)
        self.video_text_stems = frozenset(s for s in owners if len(s) >= VIDEO_TEXT_MIN and s.isalpha())
        # (a month the tweet names, "met in July", is not a posting date there: it describes the video)
        plain = (self.stopwords | self.domain_words | self.name_words | self.video_words) - set(self.months)
        self.tweet_stems = {s: next(iter(vs)) for s, vs in owners.items()
                            if len(vs) == 1 and s in in_tweets and len(s) >= 3 and s.isalpha() and s not in plain}
        self.tweet_pasts = {s: next(iter(vs)) for s, vs in pasts.items() if len(vs) == 1 and s not in plain}

    def _past_forms(self, word: str) -> tuple[str, ...]:
        """The irregular past form of a word's verb ("sending", "send": "sent"), if the vocabulary has one."""
        bases = [word, *(b for e in self.word_endings if word.endswith(e)
                         for b in (word[: -len(e)], word[: -len(e)] + "e"))]
        if word.endswith("s"):
            bases.append(word[:-1])  # ("it breaks my heart": "broke his heart")
        return tuple(self.past_forms[b] for b in bases if b in self.past_forms)

    def _index_source_words(self, ds: Dataset) -> set[str]:
        """The words the source uses about the campaign itself ("digital strategy", "social media"), as cues
        for the source's answer; names, titles and words of the vocabulary stay what they are."""
        # (the campaign's own name, "the <year> general election", is what every question is about)
        taken = (self.stopwords | self.domain_words | self.names.words() | set(self.postings)
                 | set(words(ds.campaign.name)))
        found = {w for text in (ds.source.summary, ds.source.context) if text for w in words(text)
                 if len(w) > SOURCE_WORD_MIN and w.isalpha() and w not in taken and stem(w) not in taken}
        for w in found:
            self.tables.add((stem(w),), "source", SOURCE_WORD_WEIGHT)
        # Two of its words side by side ("social media") ask about it twice as surely as one.
        for text in (ds.source.summary, ds.source.context):
            said = [w for w in words(text or "") if w not in self.stopwords]
            for a, b in pairwise(said):
                if (a in found or b in found) and len(a) > SOURCE_WORD_MIN and len(b) > SOURCE_WORD_MIN:
                    self.tables.add((stem(a), stem(b)), "source", 2 * SOURCE_WORD_WEIGHT)
        return found | {stem(w) for w in found}

    def _index_alias_words(self, ds: Dataset) -> None:
        """A distinctive word of an alias names its video alone ("the <alias word> one"), as title words do."""
        owners: dict[str, set[int]] = defaultdict(set)
        for vi, video in enumerate(ds.videos):
            for words_of in (self.title_stems[vi], *(stems(a) for a in video.aliases)):  # titles stemmed once
                for word in words_of:
                    owners[word].add(vi)
        for vi, video in enumerate(ds.videos):
            for alias in video.aliases:
                for word in stems(alias):
                    if owners[word] == {vi} and word not in self.title_stems[vi] and self.is_content(word):
                        self.names.add((word,), ("video", vi))

    def read_as(self, word: str) -> tuple[str, ...]:
        """The words a typed word is read as through the textspeak table ("wat": "what"); itself when the table has
        none for it or reads it as nothing ("brah")."""
        return self.textspeak.get(word) or (word,)

    def measure_label(self, measure: str) -> str:
        """How a refusal names a kind of fact: "election results", else "<measure> figures"."""
        return self.measure_labels.get(measure, f"{measure} figures")

    def platform_name(self, platform: str) -> str:
        """How a platform id is written: "YouTube", "TikTok"."""
        return self.platform_names.get(platform, platform.title())

    def is_content(self, word: str) -> bool:
        """A word that can name a video by itself: not a function word, domain word or person/party."""
        return (
            word not in self.stopwords
            and word not in self.domain_words
            and word not in self.name_words
            and not word[:1].isdigit()
        )

    def read(self, raw: str) -> Reading:
        """A typed word as the tables read it: typo-corrected, its stem through the synonyms (remembered:
        a word is read the same in every question)."""
        known, syn = self.known, self.synonyms
        w = raw if raw in known else (self.base_form(raw) or self.correct(raw))
        s = stem(w)
        token = Token(w, syn.get(w) or syn.get(s, s))
        unknown = w == raw and raw.isalpha() and raw not in known and s not in known
        key = (w,) if w == token.s else (w, token.s)
        if w in self.numbers and w.isalpha():
            key = (*key, str(self.numbers[w]))  # "the sixty second challenge": a name with the number in digits
        posts = self.postings
        postings = posts.get(token.s) or posts.get(w) or posts.get(key[-1]) or []
        alone, onward, nexts = self.tables.first(key)
        follows: frozenset[str] = frozenset()
        solo: dict[int, int] = {}
        if len(postings) <= MAX_POSTINGS * 4:  # (a word of more titles starts no run: see entities._videos)
            titles = self.title_stems
            follows = frozenset(titles[vi][pos + 1] for vi, pos in postings if pos + 1 < len(titles[vi]))
            if len(postings) <= MAX_POSTINGS:
                solo = {vi: 1 for vi, pos in postings if titles[vi][pos] in self.content_words}
        reading = Reading(token, key, unknown, postings, bool(postings) and token.s in self.title_words, alone,
                          onward, nexts, solo, follows, not w.isalpha() or w in self.numeric_words,
                          self.tweet_stems.get(token.s), bool(alone or nexts), frozenset(key))
        if len(self.readings) < MEMO_WORDS:  # bounded: every input is
            self.readings[raw] = reading
            # Kept as typed: no filler, chat spelling or greeting, and a word `expand` would neither join nor
            # correct (a known word, or one whose stem is known, or no word of letters at all); a figure in
            # digits or words only when no word that would join it comes next (`_as_typed`).
            if raw not in self._rewritten and (not raw.isalpha() or raw in known or stem(raw) in known
                                               or self._never_joined(raw)):
                self.kept.add(raw)
                if raw in self.numbers or raw.isdigit():
                    self.kept_figures.add(raw)
                elif (raw not in self.greeting_starts and raw not in self.signoff_starts
                      and raw not in self._long_ends):
                    self.kept_plain.add(raw)
        return reading

    def _never_joined(self, word: str) -> bool:
        """Whether `expand` leaves this word no table knows as typed wherever it stands: it starts no word of a
        name, even a letter off (`_compound` would join the next word to it), is no two of them run together, and no
        pet form."""
        parts = self._sorted_name_parts
        at = bisect_left(parts, word)
        if at < len(parts) and parts[at].startswith(word):
            return False
        if any(word[:k] in self.name_parts and word[k:] in self.name_parts
               for k in range(COMPOUND_PART_MIN, len(word) - COMPOUND_PART_MIN + 1)):
            return False
        if word.isalpha():
            # (a letter off the start of a longer word of a name: `_compound` may join it, misspelt, to the next word,
            # "google box"; kept as typed, a later question with the next word after it would not be joined)
            from rapidfuzz.distance import OSA

            if any(len(p) > len(word) and OSA.distance(word, p[: len(word)]) <= 1 for p in parts):
                return False
        return len(word) <= PET_NAME_MIN or not any(
            word.startswith(f) and len(word) - len(f) <= 2 for f in self.person_words)

    def cast_titled(self) -> frozenset[int]:
        """The videos whose titles name someone: a name of the data's people, or a capitalised word no English word
        list has ("<Name> on <Show>"); worked out at the first "whos in it" (it reads the word list)."""
        return frozenset(k for k, said in enumerate(self.title_names()) if said)

    def title_names(self) -> tuple[frozenset[str], ...]:
        """For each video, the words of its title that read as names (see `cast_titled`), worked out when first
        asked."""
        if self._title_names is None:
            people = {w for person in self.dataset.people for w in words(person.name)}
            self._title_names = tuple(frozenset(
                typed.casefold() for typed in re.findall(r"[^\W\d_]+", v.title)
                if typed.casefold() in people or (typed[:1].isupper() and not typed.isupper() and len(typed) > 2
                                                  and typed.casefold() not in common_words()))
                for v in self.dataset.videos)
        return self._title_names

    def correct(self, word: str) -> str:
        """The known word this typo most likely meant, or the word itself."""
        if word in self.known or len(word) < 4 or not word.isalpha():
            return word
        if stem(word) in self.known:
            return word
        memo = self._corrections.get(word)
        if memo is not None:
            return memo
        if _STRETCHED.search(word) is not None:  # ("viewsss", "nhsss": a letter held down, the word it stretches)
            for form in (_STRETCHED.sub(r"\1\1", word), _STRETCHED.sub(r"\1", word)):
                if form in self.known or stem(form) in self.known:
                    return form
        fixed = self._closest(word)
        if fixed is _NONE_NEAR:
            fixed = self._sounds_like(word)  # none near in spelling (or only a real word's): maybe by sound
        elif fixed is _TIED:
            fixed = word
        if fixed == word and len(word) >= LONG_WORD and self._tweet_long:
            fixed = self._tweet_word(word)  # ("it was suprisingly fun": a tweet's own long word, quoted mistyped)
        if fixed == word and word[-1] == "s" and (one := self.correct(word[:-1])) != word[:-1] \
                and (one in self.name_words or (any(one in said for said in self.title_names())
                                                and _one_edit(word[:-1], one))):
            # ("corbins", "<name>ies": a name's possessive, its "'" dropped, the name mistyped; a name a title says
            # is read as itself, as its possessive is)
            fixed = one + "s" if one in self.name_words else one
        if len(self._corrections) < 10_000:  # bounded: every input is
            self._corrections[word] = fixed
        return fixed

    def _tweet_word(self, word: str) -> str:
        """The one long word of a tweet a letter off `word`, its first letter the same, else `word` (not "migrants"
        for "immigrants": another word, two letters off)."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        same = [w for w in self._tweet_long if w[0] == word[0]]
        near = process.extract(word, same, scorer=OSA.distance, score_cutoff=1, limit=2)
        return near[0][0] if len(near) == 1 else word

    def _meaning(self, word: str) -> str:
        """What a word is matched as: its stem, or the word a synonym stands for (as tokens are read)."""
        if word in self.multipliers:  # "million" and another language's "millon" are one candidate
            return f"x{self.multipliers[word]}"
        s = stem(word)
        return self.synonyms.get(word) or self.synonyms.get(s, s)

    def name_sounded(self, word: str) -> bool:
        """Whether a word no table knows is one of the data's names said loosely: by its start ("corbz"), by sound
        ("korbin"), or with an "s" of whose on ("jezzas", "jcs")."""
        from jellyfish import metaphone

        if self._name_sounds is None:
            self._name_sounds = frozenset(metaphone(w) for w in self.name_words if len(w) >= 3 and w.isalpha())
        if word.endswith("s") and (word[:-1] in self.known or (len(word) > 4 and self.name_sounded(word[:-1]))):
            return True
        return any(len(w) >= 4 and word[:4] == w[:4] for w in self.name_words) or metaphone(word) in self._name_sounds

    def near_known(self, word: str) -> bool:
        """Whether a word no table knows is one letter off a known word ("jyne") or has a name of ours inside it
        ("jcorbyn"): a typo or a handle, not someone else's name."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        if any(len(w) >= 5 and w in word for w in self.name_words):
            return True
        if self._known_long is None:  # (built once, at the first such word: few questions have one)
            self._known_long = tuple(k for k in self.known if len(k) >= 4 and k.isalpha())
        near = process.extractOne(word, self._known_long, scorer=OSA.distance, score_cutoff=1)
        return near is not None

    def _sounds_like(self, word: str) -> str:
        """The one known word spelt by sound this way ("vews" for "views", a name spelt as it sounds), or `word`."""
        # Imported here: only a word no table knows needs it.
        from jellyfish import metaphone

        if self._by_sound is None:
            by_sound: dict[str, list[str]] = defaultdict(list)
            for known in self.known - self.link_codes:
                if len(known) >= 3 and known.isalpha():
                    by_sound[metaphone(known)].append(known)
            self._by_sound = dict(by_sound)
        from rapidfuzz.distance import OSA

        # (a chat short form, "sec", is no word a longer one is spelt for by sound: "skew")
        near = [k for k in self._by_sound.get(metaphone(word), ())
                if k[0] == word[0] and abs(len(k) - len(word)) <= SOUND_LENGTH_GAP and len(k) >= SOUND_MIN]
        if not near or word in very_common_words() or set(word).isdisjoint(VOWELS + "y"):
            return word  # (no vowel at all, "jjsghw", is no word spelt as it sounds: keys of letters mashed)
        # The nearest in spelling ("vews": "views", not "voice"); at a tie, a name of the data over a word
        # of the vocabulary (a short form such as a month's is typed as it is).
        ranked = sorted(near, key=lambda k: (OSA.distance(word, k), k in self.vocabulary_words, len(k)))
        best = ranked[0]
        rivals = [k for k in ranked[1:] if self._meaning(k) != self._meaning(best)
                  and OSA.distance(word, k) == OSA.distance(word, best)
                  and (k in self.vocabulary_words) == (best in self.vocabulary_words)]
        if rivals:
            return word  # two words that sound and spell alike: a coin toss
        edits = OSA.distance(word, best)
        if 2 * edits > len(word):
            return word  # (more than half its letters changed: "neko" is another language's word, not "nicky")
        far = edits > 1 and len(best) != len(word)  # "neck" is not "nicky"; "emily" "emeli"
        if far and edits > 2 and len(best) <= SOUND_SHORT and _STRETCHED.search(word) is None:
            # (three letters off a short word, and another length: "sindio", another language's word, is not "sande")
            return word
        if best in self.vocabulary_words and edits > (
                SOUND_VOCABULARY_EDITS if self._spelt_for(word, best) else 1):
            # ("clogs" is not "clicks", "skew" not "sick": a real word only a letter off a word of the vocabulary)
            return word
        # ("tier" is not a party's short name: a real word sounding like a name but three letters off it)
        if _common(word) and (best in self.vocabulary_words or far or edits > 2 or (
                best in common_words() and best not in self.name_words)):
            return word  # a real English word typed as meant ("forth", "neck", "separators")
        return best

    @staticmethod
    def _spelt_for(word: str, best: str) -> bool:
        """Whether a word no dictionary has is an everyday word spelt as it sounds ("abuv", "peepl", "artical"):
        one of the more frequent English words, its first two letters, and its length give or take one; not a
        name ("davie"), nor "pollies", "veel", nor another language's word for another ("jullie" is no "julio")."""
        return word not in common_words() and _frequent(best) and word[:2] == best[:2] \
            and len(word) <= len(best) <= len(word) + 1  # (no letters typed that the word lacks: "morgn" is no "more")

    def _closest(self, word: str) -> str:
        """The one known word clearly nearest to `word` in spelling, else _NONE_NEAR or _TIED."""
        candidates = self._known_by_letter.get(word[0])
        if word[0] in VOWELS and len(word) >= LONG_VOWEL_START:
            # A long word's first vowel is often written as heard ("emigration" for "immigration")
            candidates = [c for v in VOWELS for c in self._known_by_letter.get(v, ())]
        if not candidates:
            return _NONE_NEAR
        if len(word) < 6:
            # A short word only swaps or changes a letter ("veiws", "meen"): one letter more or less
            # is too often another real word ("send" is not "spend").
            # An ordinal keeps the dropped letter too ("secnd", "thrd"): chat drops them, and no English
            # word is one letter short of one.
            # (a name or a title's word with a letter dropped, "morgn", is no real word: one letter more is read too)
            rare = word not in common_words()
            candidates = [c for c in candidates if len(c) == len(word) or (len(c) == len(word) + 1 and (
                c in self.ordinals or (rare and (c in self.name_words or c in self.title_words))))]
        # Imported here: only a typo needs it, and start-up is shorter without it.
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        # Two letters off only in a long word: "scraped" is two from "scripted", and means something else.
        limit = 1 if len(word) < LONG_WORD else 2
        found = process.extract(word, candidates, scorer=OSA.distance, score_cutoff=limit, limit=8)
        if not found and (root := stem(word)) != word and len(root) >= STEM_TYPO_MIN:
            # ("retwets": its stem a word's with one letter dropped, "retweet"; the ending typed right; not
            # "toppers" for "topped", a letter changed)
            found = [f for f in process.extract(root, candidates, scorer=OSA.distance, score_cutoff=1, limit=8)
                     if len(f[0]) == len(root) + 1]
        if not found:
            return _NONE_NEAR
        best, distance = str(found[0][0]), found[0][1]
        # Forms and synonyms of one word ("claim", "claims"; "video", "vids") are one candidate; another
        # word as near is a coin toss.
        meaning = self._meaning(best)
        # (and a word with an ending on it, "combine", "combined": one word's forms, at least one as near)
        if any(d <= distance and self._meaning(str(c)) != meaning and not _one_word_forms(best, str(c))
               for c, d, _ in found[1:]):
            return _TIED
        # A real English word was meant as typed ("pull", "match"); only a name in the data, spelt
        # another way ("jessie"), is worth reading into it.
        # ("vague" is not "value": two real English words, each typed as meant; but a rare one with two
        # letters swapped, "handel", is a slip for the common one)
        swapped = sorted(word) == sorted(best) and len(word) == len(best) and not _frequent(word)
        if _common(word) and not swapped and (best in self.vocabulary_words or (
                best in common_words() and best not in self.name_words)):
            return _NONE_NEAR
        return best


def _marked_place(n: int) -> str | None:
    """A number said with a place's marker word ("di 3", "ika-3") as that place ("#3"); none beyond MARKED_PLACE_MAX."""
    return f"#{n}" if n <= MARKED_PLACE_MAX else None
