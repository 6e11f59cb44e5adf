"""The question engine: text or a command in, an `Answer` out. Imports nothing from discord."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from bot.dataset.schema import Dataset, Metric, Video
from bot.engine import format as fmt
from bot.engine.answer import LACKED, Answer, Link, Row
from bot.engine.conversation import EMPTY, Context, about_it, converse, resolved, title_index
from bot.engine.entities import (
    FIGURE_MIN,
    Entities,
    after_day_preposition,
    break_after,
    every_video_said,
    extract,
    listed_place,
    paired_operations,
    placed_before,
    said_as_owner,
)
from bot.engine.frames import VIDEO_FIELDS, Frame, article_day_said, decide, score_frames
from bot.engine.lexicon import Lexicon, Match
from bot.engine.normalise import (
    SENTENCE_END,
    said_anywhere,
    said_at,
    said_spans,
    stem,
    without_leading_mentions,
    words,
)
from bot.engine.premise import (
    against_bar,
    confirmation,
    correction,
    figure_chosen,
    figure_claimed,
    figure_confirmed,
    figure_set_against,
    other_at_place,
    place_poster_claimed,
    platform_mistaken,
    poster_chosen,
)
from bot.engine.query import (
    Among,
    MetricQuery,
    Named,
    OnWeekdays,
    Operand,
    PersonQuery,
    PostedBetween,
    PostedBy,
    PostedOn,
    Query,
    Ranks,
    Selection,
    Slice,
    Unanswerable,
)
from bot.engine.query_execute import NoSuchPlace
from bot.engine.query_metric import METRIC_SIDE, named_figure
from bot.engine.query_parse import PLAIN_ORDERS, POSTING_WAYS, band_read, slice_said
from bot.engine.query_parse import parse as parse_query
from bot.engine.relevance import reads_as_question
from bot.engine.respond import Responder
from bot.engine.rounding import in_lowest_terms, rounded
from bot.engine.several_asked import (
    FIELDS,
    MAX_PARTS,
    answers_in_turn,
    asks_a_figure,
    each_part,
    halves_joined,
    joined,
    leans,
    listed_asks,
    numbered_parts,
    parts_asked,
)

__all__ = ["Answer", "Engine", "Link", "Row", "keep_built"]

log = logging.getLogger(__name__)
COMMANDS = ("top", "video", "compare", "retweets", "summary", "source", "bonus", "help")
_COMMAND_SET = frozenset(COMMANDS)
# What every command starts with, looser tests than `_as_command`'s own: most text is no command, and most of
# it is told by its first character (a command's, a "!" or "/", or a space), the rest by one regex test.
_COMMAND_FIRST = frozenset("!/" + "".join(w[0] + w[0].upper() for w in COMMANDS))
_COMMAND_START = re.compile(r"\s*[!/]?(?:" + "|".join(COMMANDS) + ")", re.IGNORECASE)
# The frames the gate reads for a composed query and for a premise check (it reads only their intent).
_QUERY_FRAME = Frame("query", 0.0)
_PREMISE_FRAME = Frame("premise", 0.0)


def _figure_unread(ent: Entities, query: Query) -> float | None:
    """A figure of views said in a count of videos that no bound or video took ("how many <name>'s videos with 3m
    views"), else None."""
    if query.op != "count" or query.other is not None or ent.thresholds or ent.videos:
        return None
    return next((n.value for n in ent.numbers if n.scaled or n.value >= FIGURE_MIN), None)


YEAR_REACH = 3  # words between a year and the video or posting word it is said of ("videos <name> posted in 2017")


def _year_unread(ent: Entities, query: Query, ds: Dataset, lex: Lexicon) -> int | None:
    """A year said other than the campaign's that no date bound of the query took ("<name>'s videos in 2017"), else
    None."""
    # (a year after the article's is declined as a figure it cannot have: "view counts as of 2020")
    said = [y for y in ent.years if y != ds.campaign.year and y <= ds.source.published.year]
    if not said:
        return None
    # (said of videos: a video word or a posting word near it, or an election named by it, "the <year> election";
    # not "the <year> landslide ... the <campaign> videos")
    near = {k for k, t in enumerate(ent.tokens) if t.s in lex.video_words} | {
        k for m in ent.query.get("posting", ()) for k in range(m.start, m.end)}
    n = len(ent.words)
    said = [y for y in said if any(
        (at + 1 < n and ent.words[at + 1] in lex.campaign_spans) or any(abs(k - at) <= YEAR_REACH for k in near)
        for at, w in enumerate(ent.words) if w == str(y))]
    selections = [query.items.items, *([query.other.items] if query.other is not None else []),
                  *([query.whole] if query.whole is not None else [])]
    bounded = {d.year for s in selections for f in s.filters if isinstance(f, PostedBetween)
               for d in (f.start, f.end) if d is not None}
    return next((y for y in said if y not in bounded), None)


def _owner_unread(ent: Entities, query: Query, lex: Lexicon) -> str | None:
    """Someone who posted none of the videos, said as whose videos are asked ("<name>'s own campaign videos"), whom
    no filter of the query took: their id, else None (never the whole list answered as if theirs)."""
    for p in ent.people:
        if p in lex.posted or p not in ent.spans:
            continue
        end = ent.spans[p][1]
        if not said_as_owner(ent, end - 1):
            continue
        # (their videos: a video word soon after the name, "<name>'s own campaign videos")
        if any(ent.tokens[k].s in lex.video_words or ent.words[k] in lex.video_plurals
               for k in range(end, min(len(ent.words), end + OWNER_REACH))) and not query.items.items.filters:
            return p
    return None


OWNER_REACH = 4  # "<name>'s own campaign videos": the video word this near after whose they are


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a question got its answer: entities, intent scores and the margin."""

    words: list[str]
    entities: dict[str, Any]
    scores: list[tuple[str, float]]
    chosen: str | None
    margin: float
    query: str | None = None  # the parsed Query, when the question composes one


# What a purpose or a report after the question may say and still add nothing to it ("I want TO see ...", "<name>
# reckons IT WAS ...")
_ASIDE_UNITS = frozenset({"range", "premise"})
MAX_ALSO_ASKS = 5  # parts opened by "also", "btw" (marks + 1) read at once at most
_CLAUSE_MARK = re.compile(r",\s|\s[-\u2013\u2014]\s")  # a comma or a dash between two clauses
# Where a clause of what is not meant may start ("... , not <x>", "(not <x> lol)"): a comma, question mark, bracket
# or semicolon, or a spaced dash
_NOT_MEANT_MARK = re.compile(r"[,?(;]\s*|\s[-\u2013\u2014]\s")
NOT_MEANT_WORDS = 8  # the most words a clause of what is not meant has ("not a <party> vid obvs the <party> one")
_CLAUSE_END = re.compile(r"[,;.!?]")  # where a clause of a message may end
_PLACES_BRACKETED = re.compile(r"\(\s*#?(\d{1,2})\s*(?:-|\u2013|to)\s*#?(\d{1,2})\s*\)")  # "(6-10)": places
GUESS_OPENING = 6  # "..., which I have a sneaking SUSPICION ...": a guess word this many words into a clause at most
# Fields a list of videos may be asked for, in the order a tie between their cues is broken (a tuple: a set's
# order would change from run to run)
_EACH_FIELDS = ("link", "text", "date", "poster", "handle")
_ONE_PART = frozenset({"video", "rank", "filter", "top"})  # answers of one thing asked, found or listed
_LISTS = frozenset({"filter", "top"})  # answers that list videos
LACKED_WORDS = 2  # "<title> views? comments?": the most words (but stopwords) a sentence asking only what is lacked has
LISTED_MARKS = 2  # commas, question marks or a joining "and": three asks listed need two of them at least
_PICKS = ("rank", "video", "filter", "top")  # answers that name the video or videos asked for
_REPORT_MARKS = "?,—"  # after the question, before what someone else says of it
_LISTED_FIELDS = frozenset({"poster", "date"})  # what a composed list's lines say already


AGGREGATE_OPS = frozenset({"sum", "average", "median"})  # a set's one figure, asked of each of two sets joined
CLAIM_REACH = 3  # a figure this many words before a measure the data lacks is claimed of it ("20 million likes")
MOVE_REACH = 3  # a word of a claimed move this near a measure said is that figure's ("his retweets went down")
WEEKDAY_AFTER_POST = 8  # a weekday this far after a posting word, "on" before it, is the day claimed
# The end of a sentence with more after it ("... a country mile. What's the gap?").


def _names_something(ent: Entities, asks: bool = True) -> bool:
    """Whether a sentence names something the data has (a video, a person, a party, a platform) or asks
    something of the videos (an order, a negation, an operation: "Excluding the top one."; `asks`: these count)."""
    return bool(ent.videos or ent.bonus or ent.people or ent.parties or ent.others or ent.platforms_named
                or ent.topics) or (asks and bool(
                    ent.query.get("order") or ent.query.get("negate") or ent.query.get("operation")))


def _turned_to(ent: Entities, lex: Lexicon) -> bool:
    """Whether what follows a turn word ("but") in a sentence names or sets a figure, a time or a place ("i know, but
    only <name>'s", "... but in december"), not only asks to be humoured."""
    turn = next((k for k, w in enumerate(ent.words) if w in lex.known_turns), len(ent.words))
    return any(turn < r.start for r in ent.videos) or any(turn < at for at in (*ent.month_at, *ent.rank_at)) or any(
        turn < ent.spans.get(p, (0, 0))[0] for p in (*ent.people, *ent.parties))


def _by_posting(ent: Entities) -> bool:
    """Whether a question finds its video by posting date ("which was posted first")."""
    return "posting" in ent.query or any(m.payload in POSTING_WAYS or m.payload in ("first", "last")
                                         for m in ent.query.get("order", ()))


def _not_guessed(guessed: Video, asked: Entities) -> str:
    """What the video guessed at is, beside the answer that is not it: its posting day when the question found its
    video by posting date ("the latest posted? wouldnt it be <title>"), else its place."""
    if any(m.payload in POSTING_WAYS or m.payload in ("first", "last") for m in asked.query.get("order", ())) \
            and guessed.tweet is not None and guessed.tweet.date is not None:  # (not "... and who posted it")
        return f"Not {guessed.title}: that one was posted on {fmt.day(guessed.tweet.date)}."
    return f"Not {guessed.title}: that one is #{guessed.rank}."


def _bare_count(read: Entities) -> bool:
    """Whether a part says only "how many" (or "how much"), nothing after it to count and nothing named."""
    ops = read.query.get("operation", ())
    return read.query.keys() == {"operation"} and len(ops) == 1 and ops[0].payload == "count" \
        and ops[0].end == len(read.words) and not (read.videos or read.ranks or read.measures or read.numbers
                                                    or read.people or read.parties)


def _campaign_part(ent: Entities, lex: Lexicon) -> bool | None:
    """Whether a part asks a campaign figure (True: a party's, or the retweets, no video or place named) or the
    videos (False: a video, a place or an order named, no party), else None."""
    videos = bool(ent.videos or ent.ranks or ("order" in ent.query and any(t.s in lex.video_words for t in ent.tokens)))
    # (not every platform a video's count covers: "how many views across fb and tw", the videos' own counts)
    figure = bool(ent.parties or "retweets" in ent.measures or (
        ent.platforms_named and not set(ent.platforms_named) >= set(lex.dataset.video_views.platforms)))
    if figure and not videos and "order" not in ent.query and not (ent.words and ent.words[0] in lex.measure_words):
        return True  # (not "+ views, <party> ...": the count of the video before, then a cheer)
    if videos and not (figure or (ent.people and not ent.videos)):
        return False
    return None


def _sliced(ent: Entities) -> bool:
    """Whether a sentence names a slice of the list: an order word and a count ("the top 3")."""
    return "order" in ent.query and any(n.start == m.end for n in ent.numbers for m in ent.query["order"])


def _inner_question_mark(text: str) -> int:
    """Where the last question mark before the text's last character stands ("<question>? <more>"), else -1; one
    closing a quote is the quote's ("'one person said all these?' which vid was that")."""
    at = text.rfind("?", 0, len(text.rstrip()) - 1)
    while at >= 0 and text[at + 1 : at + 2] in _QUOTE_CLOSERS and text[at + 1 : at + 2]:
        at = text.rfind("?", 0, at)
    return at


_QUOTE_CLOSERS = "'\"\u2019\u201d"  # (a question mark right before one of these is inside a quote)


def _names_anything(ent: Entities, asks: bool = True) -> bool:
    """Whether a sentence names anything of the data or a figure, a place, a time or a measure (`asks`: or asks
    something of the videos)."""
    return _names_something(ent, asks) or bool(ent.numbers or ent.ranks or ent.days or ent.months or ent.years
                                         or ent.measures or ent.thresholds) or any(ent.cue(f) for f in _EACH_FIELDS)


def _computed_whole(ent: Entities, lex: Lexicon) -> bool:
    """Whether a message asks one figure worked out of what it names: a total, an average, a comparison or a bar
    (not a "plus" that only joins the asks)."""
    return any(not set(ent.words[m.start : m.end]) <= lex.separators and m.payload not in ("value", "count")
               for m in ent.query.get("operation", ())) or (
        "comparative" in ent.query or "versus" in ent.query or bool(ent.thresholds) or bool(ent.cue("total"))
        or bool(ent.cue("average")) or bool(ent.cue("compare")) or "order" in ent.query)


def _names_only(read: Entities) -> bool:
    """Whether a part only names something ("<title>", "the <name> one"): no question, measure, field or
    operation of its own."""
    return bool(read.videos or read.ranks) and not (read.measures or read.query.get("operation") or any(
        read.cues.get(f) for f in FIELDS))


def _said_as_a_set(sel: Selection) -> bool:
    """Whether a selection says its videos as one set (a slice of an order, a stretch of dates, a poster), not by
    naming them one by one (titles, single places), nor by nothing ("give the total": every video, said of none)."""
    return sel.slice is not None or any(
        not isinstance(f, Named) and not (isinstance(f, Ranks) and len(f.positions) == 1) for f in sel.filters)


def _names_its_own(ent: Entities) -> bool:
    """Whether a part names what it asks about itself: a video, party, person, time, measure or a place in digits
    ("#2", "2nd"; "which came first" names none: an order of something said before)."""
    return bool(ent.videos or ent.parties or ent.people or ent.years or ent.days or ent.months or ent.measures or any(
        ent.words[at][:1].isdigit() or ent.words[at][:1] == "#" for at in ent.rank_at))


def keep_built() -> None:
    """Take everything built so far (a dataset and its engine's tables) out of the garbage collector's full scans.

    A serving process keeps them as long as it runs, and each full scan would walk their tens of thousands of
    objects again. Called once an engine is built; the one before (a reload) is put back under the collector first,
    so that whatever of it is no longer used can be freed.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    _heap_returned()


def _heap_returned() -> None:
    """Hand the memory freed after building (the parsed vocabulary, a megabyte of YAML and its objects) back to the
    system where the C library can (glibc's `malloc_trim`): the serving process's size is what an admin sees."""
    try:
        trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return  # (another C library, or none to load: nothing to hand back)
    trim(0)


_SET_AGAINST = ("compare_videos", "compare")  # answers that set two videos against each other by their own figures


REMARK_WORDS = 3  # a closing clause this short, of words no table knows, is a remark ("..., sad that")
ARTICLE_SUBJECT_AT = 2  # an article word this early in a statement is its subject ("The article lumps them ...")
STATEMENT_WORDS = 6  # a statement this long after a question, asking and naming nothing, is a remark on it
FOLLOW_UP_WORDS = 6  # a later sentence this short, naming videos and asking nothing else, asks again of them


class Engine:
    """Answers questions and commands about one dataset."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.lexicon: Lexicon = Lexicon.build(dataset)
        self.responder = Responder(self.lexicon)
        self._parsed: tuple[Entities, Query | MetricQuery | PersonQuery | Unanswerable | None] | None = None
        self._in_parts = False  # answering the parts of a message one by one (see several_asked.py)

    @property
    def video_count(self) -> int:
        """How many videos the dataset has."""
        return len(self.dataset.videos)

    def answer(self, text: str) -> Answer:
        """The Answer to a question in plain words (a leading "!command" is read as a command)."""
        command = self._as_command(text)
        if command is not None:
            return command
        ent = extract(text, self.lexicon)
        answer = self._from(ent)
        return self.name_alone(ent, answer) or answer

    def name_alone(self, ent: Entities, answer: Answer) -> Answer | None:
        """ "<party>?", "<person>?" opening a conversation: a party or person named with nothing else but
        function words, answered with the first question a decline would suggest about them (their figure, or the
        videos they posted); None when the answer stands (a follow-up's name is read against what came before)."""
        # (not "what about <party>?", "and <person>?": a follow-up's form, with nothing before it to follow)
        if answer.answered or answer.intent != "not_understood" or len(ent.subjects()) != 1 or len(
                SENTENCE_END.split(ent.text.strip())) > 1 or said_at(ent.words, 0, self.lexicon.follow_up_openings):
            return None
        subject = ent.subjects()[0]
        start, end = ent.spans.get(subject, (0, 0))
        rest = [w for k, w in enumerate(ent.words) if not start <= k < end]
        if ent.videos or ent.measures or ent.numbers or ent.ranks or ent.days or ent.months or ent.years or not all(
                w in self.lexicon.stopwords for w in rest):
            return None
        asked = next((s for s in self.responder.suggestions_about(ent) if s not in self.responder.suggestions()), None)
        if asked is None:
            return None
        named = self._from(extract(asked, self.lexicon))
        return named if named.answered else None

    def answer_if_asked(self, text: str) -> Answer | None:
        """For an open channel: the Answer when the message reads as a question about the data, else None."""
        command = self._as_command(text)
        if command is not None:
            return command
        ent = extract(text, self.lexicon)
        return self._from(ent) if reads_as_question(text, ent, self.lexicon) else None

    def read(self, text: str) -> Entities:
        """What a question names, as the engine reads it (for readers that complete it, such as follow-ups)."""
        return extract(text, self.lexicon)

    def reply(self, ent: Entities) -> Answer:
        """The Answer to a question already read (`answer` is `read` then `reply`, commands aside)."""
        return self._from(ent)

    def converse(self, text: str, context: Context, *, open_channel: bool = False) -> tuple[Answer | None, Context]:
        """A question read against a conversation's context (see conversation.py), and the context after it.

        `open_channel`: None for text that does not read as a question (as `answer_if_asked`).
        """
        return converse(self, text, context, open_channel=open_channel)

    def context_after(self, text: str, answer: Answer, context: Context) -> Context:
        """The context after an answer given outside `converse` (a command such as `!top 5`)."""
        return resolved(self, self.read(text), answer, context, text)

    def parsed(self, ent: Entities) -> Query | MetricQuery | PersonQuery | Unanswerable | None:
        """The query a question composes: the one just parsed for these entities, else parsed now."""
        last = self._parsed
        return last[1] if last is not None and last[0] is ent else parse_query(ent, self.lexicon)

    def as_command(self, text: str) -> Answer | None:
        """The Answer when the text is a command ("!top 3", "top"), else None."""
        return self._as_command(text)

    def _as_command(self, text: str) -> Answer | None:
        if text[:1] in "@<":  # ("@bot !top", "<@123> top": a mention, then the command)
            text = without_leading_mentions(text)
        first = text[:1]
        if (first not in _COMMAND_FIRST and not first.isspace()) or _COMMAND_START.match(text) is None:
            return None
        stripped = text.strip()
        if stripped[:1] in "!/" and stripped[1:].split(" ", 1)[0].lower() in _COMMAND_SET:
            name, _, arg = stripped[1:].partition(" ")
            # ("!top hey whats the views on the 8th placed vid", "!help !top whats #2": a question after the command
            # word, asked in full, is what is wanted; the command stands when the question reads as nothing)
            if not self.lexicon.question_words.isdisjoint(words(arg)):
                asked = self._as_command(arg) or self._from(extract(arg, self.lexicon))
                if asked.answered or asked.intent != "not_understood":
                    return asked
            return self.command(name.lower(), arg)
        head, _, rest = stripped.partition(" ")
        head = head.lower()
        if head in _COMMAND_SET and len(rest.split()) <= 1 and (not rest or head in ("top", "video")):
            return self.command(head, rest)  # a bare command word ("top", "compare", "video 3")
        return None

    def reply_alone(self, ent: Entities) -> Answer:
        """The Answer to a question read, as one question (no part of it answered on its own)."""
        return self._from_read(ent)

    def asks(self, sentence: str) -> bool:
        """Whether a sentence asks: a question, a request, or anything said with a "please"."""
        return self._asked(sentence, words(sentence))

    def _from(self, ent: Entities) -> Answer:
        """The answer to what was found in a question, its days with their weekdays when a weekday is asked."""
        answer = self._answer_of(ent)
        return answer if self.lexicon.weekday_words.isdisjoint(ent.words) or not self._weekday_asked(ent, answer) else \
            replace(answer, title=fmt.with_weekdays(answer.title), lines=tuple(map(fmt.with_weekdays, answer.lines)))

    def _weekday_asked(self, ent: Entities, answer: Answer) -> bool:
        """Whether the day of the week is asked ("what day of the week"), or a weekday named of a day the answer gives
        first ("was it posted on a thursday"; not "a sunday quiz: total views?")."""
        lex = self.lexicon
        return said_anywhere(ent.words, lex.weekday_asked) or (
            not lex.weekday_names.isdisjoint(ent.words) and fmt.gives_a_day(answer.lines[0] if answer.lines else "")
        ) or ("posting" in ent.query and any(  # ("why did <name> post <title> on a sunday": the day, put right too)
            0 < k - m.end <= WEEKDAY_AFTER_POST and after_day_preposition(ent.words, k, lex)
            for m in ent.query["posting"] for k, w in enumerate(ent.words) if w in lex.weekday_names
        ) and any(map(fmt.gives_a_day, answer.lines)))

    def _answer_of(self, ent: Entities) -> Answer:
        """The answer to what was found in a question; declined, the answer to its questions without its asides."""
        if not self._in_parts and (ent.text.count(",") + ent.text.count("?") + ent.text.count(";")
                                   + (" and " in ent.text)) >= LISTED_MARKS and (
                listed := listed_asks(self, ent.text)) is not None and (
                answers := self._answers_in_turn(listed, listed=True)) is not None and self._read_as_one_part(
                ent, answers):
            # ("which is just above <title>, which is just below, and what did it get": three asks, each answered)
            return joined(answers)
        # ("by how much did #1 beat #2 and #2 beat #3", "... #1 beat #2 and #3 beat #4": two comparisons, each asked)
        # ("which had more, <A> or <B>, and <C> vs <D>": four videos and one "vs", two comparisons too)
        # (not a side of several added up: "<A> vs <B>, <C> and <D> put together")
        if (len(ent.query.get("versus", ())) > 1 or ("versus" in ent.query and len({r.best for r in ent.videos}) >= 4
                                                       and "operation" not in ent.query and "+" not in ent.text)) \
                and not self._in_parts and (
                len(set(ent.ranks)) < len(ent.ranks) or len({r.best for r in ent.videos}) < len(ent.videos)
                or len(ent.ranks) + len(ent.videos) >= 4) and (each := self._halves_answered(ent.text)) is not None:
            return each
        if not self._in_parts and len(ent.videos) + len(ent.ranks) >= 4 and len({r.best for r in ent.videos} | {
                self.lexicon.by_place[k - 1] for k in ent.ranks if 1 <= k <= len(self.dataset.videos)}) >= 4 and (
                (ops := [m.payload for m in ent.query.get("operation", ())]) and any(
                    ops.count(op) > 1 for op in set(ops))) and (
                each := self._pairs_answered(ent.text, {op for op in ops if ops.count(op) > 1})) is not None:
            # ("<A> + <B> together, and <C> + <D> together", "gap between <A> and <B> + gap between <C> and <D>": one
            # operation asked twice, of two pairs)
            return each
        if not self._in_parts and len(ent.videos) >= 4 and len({r.best for r in ent.videos}) >= 4 and not ent.ranks \
                and not {
                "sum", "average"} & {m.payload for m in ent.query.get("operation", ())} and (
                each := self._pairs_answered(ent.text)) is not None:
            # ("how many places apart are <A> and <B>, and <C> vs <D>", "is <A> or <B> higher and which is higher <C>
            # or <D>": a question of two videos, then another of two more, asked of its own)
            return each
        if not self._in_parts and (ent.parties or "retweets" in ent.measures or ent.platforms_named) and (
                ent.videos or ent.ranks or "order" in ent.query) and (each := self._video_and_figure(ent)) is not None:
            # ("<title> views and whats <party>'s facebook total": a video asked, then a campaign figure)
            return each
        if not self._in_parts and not self.lexicon.not_meant_ends.isdisjoint(ent.words) and (
                alone := self._not_meant_after(ent)):
            return alone
        answer = self._from_read(ent)
        if not self._in_parts and "versus" in ent.query and (two := self._two_sets(ent, answer)) is not None:
            return two
        if not self._in_parts and sum(m.payload in AGGREGATE_OPS and not set(ent.words[m.start : m.end]) <= (
                self.lexicon.separators) for m in ent.query.get("operation", ())) > 1 and not (
                ent.query.keys() & {"comparative", "versus"}) and (two := self._two_totals(ent, answer)) is not None:
            # (two totals asked, each said with its own word, not "+": "<A> plus <B> plus <C>" is one sum; nor set
            # against each other: "which is more, <A> and <B> together or <C> and <D> together")
            return two
        if answer.details.get("none_fit") and (unlisted := self._unlisted_posts(ent, answer)) is not None:
            return unlisted
        if answer.answered and not self._in_parts and (each := self._both_operations(ent)) is not None:
            return each
        if answer.answered and not self._in_parts and len(ent.query.get("relative", ())) == 2 and (
                each := self._both_ways(ent, answer)) is not None:
            return each
        if not self._in_parts and (each := self._each_asked(ent, answer)) is not None:
            return each
        if answer.answered and not self._in_parts and answer.intent in ("video", "rank") and (
                each := self._named_halves(ent, answer)) is not None:
            return each
        if answer.answered and not self._in_parts and ("?" in ent.text or SENTENCE_END.search(ent.text)) and (
                each := self._follow_ups_said(ent.text, answer)) is not None:
            return each
        if answer.answered and not self._in_parts and (each := self._both_leaned_on(ent, answer)) is not None:
            return each
        if answer.answered and not self._in_parts and (each := self._neighbour_then_leaned(ent, answer)) is not None:
            return each
        if not self._in_parts and (each := self._also_asked(ent, answer)) is not None:
            return each
        if not self._in_parts and "1" in ent.text and (numbered := numbered_parts(ent.text, self.lexicon)) is not None:
            # ("1) <title> views 2) when posted 3) how many likes", declined whole: each part answered, what the data
            # lacks said; a whole answered is kept unless each part answers about one video, the last of three
            # perhaps of the two before: "1) no 4 title 2) views", "1) <A> views 2) <B> views 3) total"; not "1)
            # <party> views 2) <party> views 3) gap", which the whole reads together)
            self._in_parts = True
            try:
                parted = each_part(self, numbered, every=answer.answered)
            finally:
                self._in_parts = False
            if parted is not None:
                return parted
        mistaken = None
        if not answer.answered and ent.platforms and ent.numbers:
            # ("<party> got 86m tiktok views vs <party> 25m, the gap?": the figures are another platform's)
            mistaken = platform_mistaken(ent, self.lexicon)
        if not answer.answered and mistaken is None and ent.other_spans and ent.ranks:
            mistaken = other_at_place(ent, self.lexicon)  # ("the <someone else> vid at no 7": another video)
        if mistaken is not None:
            mended = self._from_read(extract(mistaken[0], self.lexicon))
            if mended.answered:  # (its "Yes:" would confirm what the correction denies)
                lines = tuple(re.sub(r"^(?:Yes|True): (.)", lambda m: m[1].upper(), line) for line in mended.lines)
                return replace(mended, title=mistaken[1].rstrip("."), lines=(mistaken[1], *lines))
        text = ent.text
        if not answer.answered and ", " in ent.text and (remark := self._remark_closing(ent.text, answer)) is not None:
            return remark  # ("what did <name> say about <title>, sad that": a feeling said after the question)
        if (ent.text.rstrip().endswith(")") if not answer.answered else ")" in ent.text and (
                len(ent.videos) > 1 or any(r.group for r in ent.videos)
                or _PLACES_BRACKETED.search(ent.text) is not None)) and (
                restated := self._set_restated(ent.text)) is not None:
            return restated  # ("sum of the ones with <name> in the title (<A>, <B>, <C>)": those three, said again)
        if ")" in ent.text and len(ent.parties) > 1 and (restated := self._parties_restated(ent.text)) is not None:
            return restated  # ("<party>'s share of total fb views (<party>+<party>)": the whole said again, not a part)
        if not answer.answered and (fallback := self._fallback(ent)) is not None:
            return fallback
        if not answer.answered and not self._in_parts and (
                0 <= text.find("?") < len(text.rstrip()) - 1 or "," in text or ";" in text):
            # ("which came fifth, and how did he describe it?", "which was first? and which last?": each asked)
            parts = parts_asked(self, text)
            if parts is not None and (each := self._in_turn(parts)) is not None:
                return each
        if len(ent.ranks) == 1 and "?" in ent.text and (restated := self._place_then_fragment(ent, answer)) is not None:
            return restated  # ("which video finished 3rd? last podium spot haha": the place, said again)
        if (reported := self._reported(ent)) is not None:
            return reported
        if (aside := self._aside_after(ent, answer)) is not None:
            return aside
        if "?" in ent.text and (restated := self._restated_after(ent)) is not None:
            return restated  # ("how much did #1 beat #2? i.e. <A> minus <B>": the question, said again)
        if answer.answered and "?" in ent.text and (remark := self._statement_after(ent, answer)) is not None:
            return remark  # ("is the 86 million figure for ...? pupils keep comparing it to the video totals")
        if answer.answered and "?" in ent.text and SENTENCE_END.search(ent.text.strip()[:-1]) is not None and (
                guessed := self._guesses_dropped(SENTENCE_END.split(ent.text.strip()), answer)) is not None:
            return guessed  # ("which was second? the <title> one I think? and who posted it": not the one guessed)
        if ent.text.rstrip().endswith("?") and SENTENCE_END.search(ent.text) and (
                exclaimed := self._remarks_dropped(ent.text, answer)) is not None:
            return exclaimed  # ("wow <party> smashed social media! top 3 combined views?": a remark, then the question)
        if answer.answered and "?" in ent.text and ent.text.rstrip().endswith(".") and SENTENCE_END.search(ent.text):
            # "which of <party>'s own videos did best? It seems only fair to include the other side.": statements
            # after the question that name nothing at all do not turn it into another question
            sentences = SENTENCE_END.split(ent.text.strip())
            last = max((k for k, s in enumerate(sentences) if s.endswith("?")), default=-1)
            if 0 < last + 1 < len(sentences) and all(
                    s.endswith(".") and not self._says_anything(extract(s, self.lexicon))
                    for s in sentences[last + 1 :]) \
                    and (alone := self._alone_if_other(" ".join(sentences[: last + 1]), answer, declined=True)) \
                    is not None:
                return alone
        if not answer.answered and SENTENCE_END.search(ent.text):
            sentences = SENTENCE_END.split(ent.text.strip())
            if (declined := self._asked_part_declined(sentences)) is not None:
                return declined  # ("what was her diagnosis? the tweet sounds like ...": the question is not held)
            if not (answer.lines and answer.lines[0].startswith(LACKED)) and (
                    corrected := self._first_claim_corrected(sentences)) is not None:
                return corrected  # ("<name> posted <title> on 23 nov?? why would ...": the claim corrected)
            # Asides: a measure the data lacks said only in statements ("the editor wants the exact figure."),
            # then statements that name nothing the data has ("My old editor would have called it a mile.").
            dropped = self._unasked_measures_dropped(ent, sentences)
            if dropped is not None:
                alone = self._from_read(extract(dropped[0], self.lexicon))
                if alone.answered:  # (a figure claimed of what is not held is still said not to be held)
                    notes = tuple(f"(I don't have {self.lexicon.measure_label(m)}.)" for m in dropped[1])
                    return replace(alone, lines=(*alone.lines, *notes)) if notes else alone
            kept = self._without_asides(sentences)
            if kept is not None:
                alone = self._from_read(extract(kept, self.lexicon))
                if alone.answered:
                    return alone
            if (unguessed := self._guesses_dropped(sentences, None)) is not None:
                return unguessed
        if not answer.answered and not self._in_parts and (aside := self._aside_dropped(ent.text, answer)) is not None:
            return aside  # ("which was 5th and do you think it was the funniest": the place, no opinion held)
        if not answer.answered and not self._in_parts:
            # ("retweet diff 2019 v 2017 AND fb diff <party> v <party>": two whole questions typed as one, read so
            # when nothing else reads it)
            return self._lacked_measure_joined(ent, answer) or self._halves_answered(ent.text) or self._lacked_beside(
                ent.text, answer) or answer
        return answer

    def _unlisted_posts(self, ent: Entities, none_fit: Answer) -> Answer | None:
        """ "did <party> post any video on dec 10": whether they posted any at all, which a list of the most viewed
        cannot say when none of it fits (declined, the nearest said); None when not asked so."""
        lex = self.lexicon
        # ("what was the video <name> posted on the 3rd": one video of theirs taken to exist, not one of the list
        # asked, "which of the top 10 did <name> post on the 3rd")
        which = bool(ent.words) and ent.words[0] in lex.presumed_post_openers and any(
            t.s in lex.video_words and t.w not in lex.video_plurals for t in ent.tokens) and not said_spans(
            ent.words, lex.listed_words) and not said_spans(ent.words, lex.presumed_post_listed)
        asked = which or (bool(ent.words) and ent.words[0] in lex.yes_no_openers and not lex.any_words.isdisjoint(
            ent.words))
        if not (asked
                and "posting" in ent.query and (ent.parties or ent.people) and (ent.days or ent.months)
                and "order" not in ent.query and lex.other_words.isdisjoint(ent.words)):
            return None  # (not "any other vid in the top 10 besides <title>": one of the list, which it answers)
        return self.responder.refuse(none_fit.intent, f"I don't have every video posted, only the "
                                     f"{len(self.dataset.videos)} most viewed.", none_fit.lines)

    def _aside_dropped(self, text: str, whole: Answer) -> Answer | None:
        """The question before a last clause that asks only what `aside_measures` lack ("<title> views, wud it
        have swayed anyone in ur opinion"), a figure or a place, answered, that lack said after it; None when the
        whole is declined for something else or the part before is not answered."""
        lex = self.lexicon
        lacked = {f"{LACKED}{lex.measure_label(m)}.": m for m in lex.aside_measures}
        measure = lacked.get(whole.lines[0]) if whole.lines else None
        if measure is None or lex.question_joins is None:
            return None
        cuts = sorted({*(m.start() for m in _CLAUSE_MARK.finditer(text)),
                       *(m.start() for m in lex.question_joins.finditer(text))}, reverse=True)
        for cut in cuts:
            head, tail = text[:cut].strip(" ,;-"), text[cut:]
            if len(words(head)) < 2 or measure not in extract(tail, lex).measures:
                continue
            read = extract(head, lex)
            if not self.responder.counted_measures.issuperset(read.measures) or not asks_a_figure(read):
                return None  # (it lacks something too, or asks no figure: "do u think it helped <party>, ur opinion")
            alone = self._from_read(read)
            return replace(alone, lines=(*alone.lines, whole.lines[0])) if alone.answered else None
        return None

    def _remarks_dropped(self, text: str, whole: Answer) -> Answer | None:
        """The last sentence alone, a question that names what it asks about itself, when every sentence before it
        is a remark (an exclamation or a statement, "!" or ".") naming no video, place, figure, time or measure, and
        the whole reads as something else; else None."""
        lex = self.lexicon
        sentences = SENTENCE_END.split(text.strip())
        if len(sentences) < 2 or not all(s.rstrip()[-1:] in "!." for s in sentences[:-1]):
            return None
        last = sentences[-1]
        said = words(last)
        if not lex.leaning.isdisjoint(said) or not _names_anything(extract(last, lex)):
            return None  # ("... it was so good! how many views did it get?": the question leans on the remark)
        for s in sentences[:-1]:
            said_before = extract(s, lex)
            if said_before.videos or said_before.ranks or said_before.numbers or said_before.days \
                    or said_before.months or said_before.years or said_before.measures or (
                    # (a statement may set the subject: "<party> did well on <platform>. how many views ...?")
                    s.rstrip().endswith(".") and (said_before.people or said_before.parties or said_before.others
                                                  or said_before.platforms_named or said_before.topics)):
                return None
        return self._alone_if_other(last, whole, answered=True)

    def _aside_after(self, ent: Entities, whole: Answer) -> Answer | None:
        """The question alone when a statement after it only guesses, reports or gives the speaker's purpose, and
        the whole reads as something else; else None."""
        text, lex = ent.text, self.lexicon
        cut = _inner_question_mark(text)
        if cut < 0:  # ("<request>, please - I'm checking whether it beats <figure>": a dash closes the request)
            cut = text.rfind(" - ")
        clauses = list(_CLAUSE_MARK.finditer(text)) if cut < 0 else []
        if clauses and not lex.own_remark_openers.isdisjoint(ent.words) and (
                alone := self._own_remark_dropped(text, clauses[-1], whole)) is not None:
            return alone
        if clauses and not lex.guess_words.isdisjoint(ent.words):
            # ("which was 5th, i think <title>", "number 7, which I have a sneaking suspicion was ...": a guess after
            # a comma, the last such)
            cut = next((m.start() for m in reversed(clauses)
                        if self._guess_opens(words(text[m.end() :])[:GUESS_OPENING])), -1)
        if cut <= 0 or not text[:cut].strip():
            return None
        head, tail = text[:cut], text[cut + 1 :].lstrip(" -")
        said = words(tail)
        # "median of the 10?? so the avg of the middle two i think": a guess after the question, about how to work it
        # out, is not another question; nor the speaker's purpose, "I want to see how skewed it is", nor what
        # someone else says ("<name> reckons it was the <name> one")
        reported = not lex.report_words.isdisjoint(said)
        guessed = not reported and not lex.guess_words.isdisjoint(said)
        guess = extract(tail, lex) if guessed or reported or not lex.purpose_words.isdisjoint(said) else None
        if guessed and guess is not None and any(
                r.strong and not lex.guess_words.isdisjoint(guess.words[r.start : r.end]) for r in guess.videos):
            guessed = False  # ("..., or 'not sure who to vote for'": a title's words, no guess)
        if guess is None or (not guessed and ((not reported and lex.purpose_words.isdisjoint(said))
                                              or self._asked(tail, said))):
            return None
        # (one's own guess naming a video or someone, "i think it's <title>", is a claim: checked, and kept; unless
        # the whole is declined, "what was 8th? i think <name> something": the question alone, whose reply shows it)
        if guessed and whole.answered and (any(r.strong for r in guess.videos) or guess.people or guess.parties
                                           or guess.bonus):
            return self._guess_beside(head, guess, whole)
        # (a purpose or a report that narrows or adds to what is asked, "I want only the november ones", "I want it
        # without <title>", "I'm also wondering about number 4", "my mate claims it was posted in december", keeps
        # the whole question; a person named is what someone else reckons)
        if not guessed and (guess.months or guess.days or guess.years or guess.ranks or guess.thresholds
                            or guess.platforms_named or guess.parties or guess.measures or guess.bonus
                            or not _ASIDE_UNITS.issuperset(guess.query) or (guess.people and not reported)
                            or any(n.scaled or not reported for n in guess.numbers)):
            return None
        # ("..., so I'd expect the midpoint of the 5th and 6th": how to work it out, its places no set asked; a report
        # or a purpose says nothing of the set either: another figure of the same kind is something else)
        explains = not guessed or not lex.explaining_words.isdisjoint(guess.words)
        # (a guess after a question mark, "who posted <title>? the others all seem to have a tweet", is no part of what
        # is asked: the question alone, declined too when it is)
        closed = guessed and text[cut] == "?" and whole.answered
        return self._alone_if_other(head + "?", whole, answered=not closed, explains=explains, declined=closed)

    def _own_remark_dropped(self, text: str, last: re.Match[str], whole: Answer) -> Answer | None:
        """The question alone when its last clause is a remark about the one asking ("top 3 please, my lucky number
        is 7"): opening with one of `own_remark_openers`, asking, reporting, guessing, taking back and naming
        nothing; else None."""
        lex = self.lexicon
        remark = words(text[last.end() :])
        # (not a report or a guess, "my mate says <name>", checked as such; nor what is taken back, "my apologies i
        # meant #8", "my question is really about #2")
        if remark[:1] and remark[0] in lex.own_remark_openers and lex.question_words.isdisjoint(remark) \
                and lex.report_words.isdisjoint(remark) and lex.guess_words.isdisjoint(remark) \
                and lex.take_back_ends.isdisjoint(remark) and "#" not in text[last.end() :] \
                and not extract(text[last.end() :], lex).videos:
            return self._alone_if_other(text[: last.start()], whole, answered=True)
        return None

    def _first_claim_corrected(self, sentences: list[str]) -> Answer | None:
        """The correction of a false claim the first sentence makes, when the message as a whole is declined for
        no lack of the data's ("<name> post the <title> video on 23 nov?? why <party> post <other party> video lol");
        else None."""
        if len(sentences) < 2:
            return None
        parsed = self._parsed
        first = self._from_read(extract(sentences[0], self.lexicon))
        if first.answered and first.title.startswith(("No: ", "False: ")):
            return first
        self._parsed = parsed
        return None

    def _restated_after(self, ent: Entities) -> Answer | None:
        """The question's answer when what follows its question mark opens with "i.e." or "in other words" and
        reads as the same answer, or as none ("by how much did #1 beat #2? i.e. <A> minus <B>"), or opens with "i
        know" (the asker's own working: "median of the top 10? yes i know it's the mean of 5th and 6th"); else
        None."""
        lex, text = self.lexicon, ent.text
        openers = (*lex.restating_openers, *lex.known_openers)
        cut = _inner_question_mark(text) if any(o[0] in ent.words for o in openers) else -1
        if cut <= 0:
            return None
        tail = text[cut + 1 :]
        said = lex.expand(words(tail))
        opener = next((o for o in openers if said_at(said, 0, (o,))), None)
        if opener is None:
            return None
        if opener in lex.known_openers and (not lex.question_words.isdisjoint(said[len(opener) :]) or (
                not lex.known_turns.isdisjoint(said) and _turned_to(extract(tail, lex), lex))):
            return None  # ("i know the overall, but what about december?", "i know, but only <name>'s": asked)
        parsed = self._parsed
        again = self._from_read(extract(tail, lex)) if opener not in lex.known_openers else None
        head = self._from_read(extract(text[: cut + 1], lex))
        if head.answered and (again is None or not again.answered or again.title == head.title):
            return head
        self._parsed = parsed
        return None

    def _statement_after(self, ent: Entities, whole: Answer) -> Answer | None:
        """The question alone when a long statement follows its question mark, asking nothing (no question or
        request word, no "please", no joining word first) and naming no video, place, figure or time ("pupils keep
        comparing it to the video totals"), and the whole reads as something else; else None."""
        lex, text = self.lexicon, ent.text
        cut = _inner_question_mark(text)
        tail = text[cut + 1 :].strip()
        said = words(tail)
        if cut <= 0 or len(said) < STATEMENT_WORDS or tail.endswith("?") or self._asked(tail, said) \
                or said[0] in lex.separators or said[0] in lex.determiners or said[0] in lex.video_words \
                or said_at(said, 0, lex.clarifiers):
            return None  # (not "the one after it in the ranking", what was asked said again; nor "I meant the date")
        told = extract(tail, lex)
        # (a measure said only in a word for any figure is none: "i counted on my fingers but lost count")
        measured = any(told.words[k] not in lex.generic_measure_words for k in told.measure_starts
                       if k < len(told.words))
        if told.videos or told.ranks or told.numbers or told.days or told.months or told.years or told.people \
                or told.parties or told.platforms_named or measured:
            return None
        return self._alone_if_other(text[: cut + 1], whole, answered=True)

    def _says_anything(self, ent: Entities) -> bool:
        """Whether a statement after a question says anything of the data: not one about the article itself ("The
        article lumps them together."), whose words of a total or an order describe the source, not a request."""
        about_article = not self.lexicon.article_words.isdisjoint(ent.words[:ARTICLE_SUBJECT_AT])
        return _names_anything(ent, asks=not about_article)

    def _guess_opens(self, said: list[str]) -> bool:
        """Whether a clause's first words are a guess: a guess word among them, and nothing asked before it ("whats
        the diff, reckon ..." asks; "which I have a hunch was ..." opens with a relative word)."""
        lex = self.lexicon
        k = next((k for k, w in enumerate(said) if w in lex.guess_words), -1)
        if k < 0:
            return False
        before = said[1:k] if said[0] in lex.guess_relatives else said[:k]
        return lex.question_words.isdisjoint(before) and "operation" not in extract(" ".join(before), lex).query

    def _guess_beside(self, head: str, guess: Entities, whole: Answer) -> Answer | None:
        """ "what was 8th? i think <title>": when the whole reads as the guessed video but the question alone names
        another, the question's answer, the guess's place said after it; else None (the whole kept)."""
        strong = [r for r in guess.videos if r.strong and len(r.candidates) == 1]
        if len(strong) != 1:
            return None
        guessed = self.lexicon.dataset.videos[strong[0].best]
        if not whole.title.endswith(guessed.title):
            return None  # (the whole reads as another video; "the video just below <A>: <guessed>" reads as it)
        parsed = self._parsed
        alone = self._from_read(extract(head + "?", self.lexicon))
        if not alone.answered or guessed.title in alone.title:
            self._parsed = parsed
            return None
        return replace(alone, lines=(*alone.lines[:1], _not_guessed(guessed, extract(head, self.lexicon)),
                                     *alone.lines[1:]))

    def _each_asked(self, ent: Entities, whole: Answer) -> Answer | None:
        """ "which came 1st and which came last": a question word after a joining word asks a second thing; both
        answered when the whole, read as one, answered only one of two different things, else None."""
        lex = self.lexicon
        if sum(w in lex.question_words for w in ent.words) < 2 and "relative" not in ent.query and not any(
                w in lex.question_words and k > 1 and ent.words[k - 1] in lex.separators
                and break_after(ent, lex, k - 2, k - 1) for k, w in enumerate(ent.words)):
            return None  # (cheap: most questions have one question word, and no place next to another, nor a clause
            # opened by one after a comma, "..., and whats #4")
        for halves in halves_joined(self, ent.text, leaning=True):
            said = words(halves[1])
            if not said:
                continue
            second = extract(halves[1], lex)  # (each half read once)
            first: Entities | None = None
            # (or "..., and the one he posted the day before that", "<A> in the ranking, and the one posted just before
            # <A> by date": a video asked by its place next to the first's, or next to one it names; not one set
            # against the first, "<A> and the one 2 after it, which got more", nor one added to it, "combine views of
            # <A> and the one 2 below it": the whole reads those)
            if not (said[0] in lex.question_words or (
                    said[0] in lex.determiners and len(said) > 1 and said[1] in lex.video_words
                    and "relative" in second.query and (second.videos or self._placed_by_pronoun(second))
                    and not any(u in second.query for u in ("comparative", "versus", "operation"))
                    and lex.comparing_words.isdisjoint(second.words)
                    and "operation" not in (first := extract(halves[0], lex)).query)):
                continue
            # (the second names its own video or place: "... and how many?" leans on the first, which the whole
            # reads better)
            if not (second.videos or second.ranks or "order" in second.query or "relative" in second.query):
                continue
            # (a second leaning on the first by a place, "... and what about the one before it", only when the whole
            # answered just one of them)
            # (not "the one THAT got posted ...": a clause opening after a video word, no pronoun for the first's)
            leans = any((w in lex.video_pronouns and not (k and second.tokens[k - 1].s in lex.video_words))
                        or w in lex.them_words for k, w in enumerate(second.words))
            own_order = "posting" in second.query or any(m.payload in ("above", "below")
                                                         for m in second.query.get("relative", ()))
            if leans and (not self._placed_by_pronoun(second) or (
                    not own_order and _by_posting(first or extract(halves[0], lex)))):
                # (a place next to a video found by posting date is one in that order: not read here, unless the
                # second says its order, one above or below it in the list, "what got posted on <day> and whats
                # ranked just above it", or one posted next to it)
                continue
            answers = self._answers_in_turn(halves)
            # (or a clause of its own after a comma, opened by a question word and naming its own place or video, set
            # against nothing: "#2 and #3 together, and whats #4", which the whole read as one set; not "..., and how
            # many more than <title>", which leans on the first)
            if answers is not None and len({a.title for a in answers}) == len(answers) and (whole.title in {
                    a.title for a in answers} or (not leans and (self._orders_apart(ent) or (
                        said[0] in lex.question_words and _names_its_own(second)
                        and not any(u in second.query for u in ("comparative", "versus", "operation", "relative"))
                        and lex.comparing_words.isdisjoint(second.words)
                        and re.search(re.escape(halves[0]) + r"\s*[,;]", ent.text) is not None)))):
                return joined(answers)
        return None

    def _named_halves(self, ent: Entities, whole: Answer) -> Answer | None:
        """ "most viewed vid title and <title> date", "top vid views + 2nd place views": two asks joined, each naming
        its own video (by name, place or an end of the list), nothing computed of both, no question word, claim or
        figure said; each answered in turn when the whole, read as one, gave one video's answer of the two, else
        None."""
        lex = self.lexicon
        if ent.numbers or ent.days or ent.months or not (lex.question_words.isdisjoint(ent.words)
                                                          and lex.yes_no_openers.isdisjoint(ent.words)):
            return None  # (a question word or a claim checked may be of both: "<A> and <B>, which came first")
        if "comparative" in ent.query or "versus" in ent.query or any(
                ent.cue(c) for c in ("total", "average", "compare", "difference")) or any(
                m.payload not in ("value", "count") and not set(ent.words[m.start : m.end]) <= lex.separators
                for m in ent.query.get("operation", ())):
            return None  # (one figure of both: the whole reads it)
        for halves in halves_joined(self, ent.text):
            reads = [extract(half, lex) for half in halves]
            if not all((read.videos or read.ranks or "order" in read.query) and not leans(lex, read.words)
                       for read in reads):
                continue
            answers = self._answers_in_turn(halves)
            if answers is not None and all(a.answered and a.intent in ("video", "rank") for a in answers) and len(
                    {a.title for a in answers}) == 2 and whole.title in {a.title for a in answers}:
                return joined(answers)
        return None

    def _both_leaned_on(self, ent: Entities, whole: Answer) -> Answer | None:
        """ "how many views did <A> and <B> get, and who posted them?": a second part leaning on the first's
        videos ("them") when the whole, read as one, gave one video's card of the several named; each part answered
        in turn, the second of all of them, else None."""
        lex = self.lexicon
        named = {r.best for r in ent.videos if r.strong}
        if len(named) < 2 or whole.details.get("video") not in {self.dataset.videos[i].title for i in named}:
            return None
        for halves in halves_joined(self, ent.text, leaning=True):
            if lex.them_words.isdisjoint(words(halves[1])) or len(
                    {r.best for r in extract(halves[0], lex).videos if r.strong}) < 2:
                continue
            answers = self._answers_in_turn(halves)
            if answers is not None and all(a.answered for a in answers) and len({a.title for a in answers}) == 2:
                return joined(answers)
        return None

    def _neighbour_then_leaned(self, ent: Entities, whole: Answer) -> Answer | None:
        """ "which was posted right before <title> and how many days between them": a video next to another asked,
        then a second part leaning on both ("them"), when the whole, read as one, gave neither; each answered in turn
        (the second of the two), else None."""
        lex = self.lexicon
        if "relative" not in ent.query or whole.intent == "rank":
            return None
        for halves in halves_joined(self, ent.text, leaning=True):
            second = extract(halves[1], lex)
            if lex.them_words.isdisjoint(second.words) or second.videos or second.ranks or not (
                    second.query.get("operation") or second.cue("difference") or second.cue("compare")):
                continue
            first_read = extract(halves[0], lex)
            if "relative" not in first_read.query or self._from(first_read).intent != "rank":
                continue
            answers = self._answers_in_turn(halves)
            if answers is not None and all(a.answered for a in answers) and answers[1].title != answers[0].title:
                return joined(answers)
        return None

    def _also_asked(self, ent: Entities, whole: Answer) -> Answer | None:
        """ "<party>'s facebook figure and also how many days the 2019 retweet count covered": a second question
        opened by a word of `second_asks`; each side answered in turn when the whole, read as one, answered only one
        of them, else None."""
        lex = self.lexicon
        marks = list(lex.second_asks.finditer(ent.text))
        # ("<A>, also <B>, oh and <C>": every part at once when there are more than two; else each split alone)
        cuts = [marks] if 1 < len(marks) < MAX_ALSO_ASKS else []
        for split in [*cuts, *([m] for m in marks)]:
            ends = [0, *(e for m in split for e in (m.start(), m.end())), len(ent.text)]
            parts = [ent.text[a:b].strip(" ,;") for a, b in zip(ends[::2], ends[1::2], strict=True)]
            # (each later one names something of its own, "also whats the combined" leans on nothing it names, nor on
            # the one before by a pronoun, "also is it more than 4m", which its reading alone gets wrong; the whole
            # gave one side's answer, or none: not "<A> plus <B>", one sum, nor "<A> and <B>? also which came first",
            # in order)
            if len(words(parts[0])) < 2 or not all(self._part_stands(part, len(split) > 1) for part in parts[1:]):
                continue
            if len(split) > 1 and _computed_whole(ent, lex) and any(
                    _names_only(extract(part, lex)) and not set(words(mark.group())).isdisjoint(lex.separators)
                    for part, mark in zip(parts[1:], split, strict=True)):
                continue  # ("average of <A>, plus <B>, plus <C>": one figure of the three named, not three asks)
            # (each read alone but for one that leans, a follow-up to the one before: "<A> + <B> combined?? also <C>
            # views" adds no <C> to the sum)
            answers = []
            context = EMPTY
            self._in_parts = True
            try:
                for part in parts:
                    if leans(lex, words(part)):
                        followed, context = converse(self, part, context)
                        if followed is None:
                            break
                        answers.append(followed)
                    else:
                        read = extract(part, lex)
                        answers.append(alone := self._from(read))
                        context = resolved(self, read, alone, context, part)
            finally:
                self._in_parts = False
            if len(answers) < len(parts):
                continue
            # (three asks or more, each opened by its word, are read apart whatever the whole made of them; two, when
            # the whole gave one of them or nothing)
            titles = {a.title for a in answers}
            if all(a.answered for a in answers) and len({a.lines for a in answers}) == len(answers) and (
                    len(split) > 1 or (len(titles) == len(answers) and (not whole.answered or whole.title in titles))):
                return joined(answers)
        return None

    def _part_stands(self, part: str, many: bool) -> bool:
        """Whether a part after "also", "btw" asks of its own: it names something of its own in two words or more
        (one, of three parts or more: "..., also <title>, plus <title>"), or, of three or more, leans on the one before
        ("..., also whats just below it, plus its views")."""
        lex, said = self.lexicon, words(part)
        if len(said) < (1 if many else 2):
            return False
        if leans(lex, said):
            return many
        return _names_its_own(extract(part, lex))

    def _both_ways(self, ent: Entities, whole: Answer) -> Answer | None:
        """ "whats right above and right below <title>", "the one under <A>, and the one above <A>": two neighbours
        asked, joined by a separator; each asked alone (of the anchor said after both, or each side by itself) and
        answered together when the whole, read as one, answered only one of them, else None."""
        if "operation" in ent.query:
            return None  # ("right above and right below <A> combined": one operation over both, not two answers)
        first, second = ent.query["relative"]
        between = range(first.end, second.start)
        join = next((j for j in between if ent.words[j] in self.lexicon.separators), None)
        if first.payload == second.payload or join is None:
            return None
        said = ent.words
        if join == first.end:  # (one anchor after both: each way with it)
            asks = [[*said[:join], *said[second.end :]], [*said[: first.start], *said[second.start :]]]
        else:
            asks = [said[:join], said[join + 1 :]]
        # (each read whole, its own parts too: one way each, so this is not tried again)
        answers = [self._answer_of(extract(" ".join(ask), self.lexicon)) for ask in asks]
        if all(a.answered for a in answers) and answers[0].lines != answers[1].lines and whole.title in {
                a.title for a in answers}:
            return joined(answers)
        return None

    def _both_operations(self, ent: Entities) -> Answer | None:
        """ "<A> and <B>, views combined and also the diff": two operations asked of the same things, one each side
        of a joining word; each answered in turn (the second leaning on the first's videos), else None."""
        if len(paired_operations(ent, self.lexicon)) < len(self.lexicon.paired_operations):
            return None  # (most questions ask one operation)
        for halves in halves_joined(self, ent.text, leaning=True):
            first, second = (extract(half, self.lexicon) for half in halves)
            ops = [paired_operations(read, self.lexicon) for read in (first, second)]
            # (each side its own: "<A> and <B> combined | and the diff", of videos; the second names nothing of its
            # own, or it is a side of the first's operation: "is <A> more than <B> and <C> combined")
            if len(ops[0]) != 1 or not ops[1] - ops[0] or not (first.videos or first.ranks or first.days) or (
                    second.videos or second.ranks or second.parties or second.people or second.numbers
                    or not self.lexicon.video_words.isdisjoint(t.s for t in second.tokens)):
                continue  # (nor "... and total video views": every video, a set of its own)
            answers = self._answers_in_turn(halves)
            if answers is not None and len({a.title for a in answers}) == len(answers):
                return joined(answers)
        return None

    def _remark_closing(self, text: str, answer: Answer) -> Answer | None:
        """The answer to a question without a short clause closing it that says nothing the tables know ("..., sad
        that", "..., mad innit"), when that is answered; else None."""
        head, _, tail = text.rpartition(", ")
        said = words(tail)
        lex = self.lexicon
        # (not one asked: "what is <title>, a game?")
        if not head.strip() or "?" in tail or not 0 < len(said) <= REMARK_WORDS or any(
                (w not in lex.stopwords and (w in lex.known or stem(w) in lex.known)) or not w.isalpha()
                or w in lex.numbers for w in lex.expand(said)):
            return None
        return self._alone_if_other(head, answer, answered=True)

    def _who_asked(self, ent: Entities) -> bool:
        """Whether a person question word opens a question or a clause ("..., who else posted", "which, and who
        posted it"), not a relative one ("the one who posted ...")."""
        lex = self.lexicon
        return any(w in lex.person_question_words and (k == 0 or ent.words[k - 1] in lex.separators or break_after(
            ent, lex, k - 1, k, asked=True)) for k, w in enumerate(ent.words))

    def _not_meant_after(self, ent: Entities) -> Answer | None:
        """The question alone when a clause after it only says what is not meant ("what did <name> thank <name>
        for? not <name>", "<question> (not <title> lol)"), and its answer is not what that clause sets aside; else
        None."""
        lex, text = self.lexicon, ent.text
        marks = []
        for m in reversed(list(_NOT_MEANT_MARK.finditer(text))):
            head, tail = text[: m.start() + (text[m.start()] == "?")], text[m.end() :]
            if said_at(words(tail), 0, lex.not_meant_openers) is None:
                continue  # (most clauses: no "not" opening them)
            if text[m.start()] == "(" or head.count("(") > head.count(")"):
                # (a bracket's clause ends with it: "<title> (<name>, not the <other> lol) - rank and views?")
                close = text.find(")", m.end())
                head, tail = (head.rstrip(" (") + " " + text[close + 1 :], text[m.end() : close]) if close > 0 else (
                    head.rstrip(" ("), tail)
            marks.append((head, tail))
        first = self._not_but(text)
        if not marks and first is None:
            return None  # (most questions with a "not": none after a clause mark)
        # (the whole read with what is not meant taken out already: "average views, not counting the top one")
        whole = parse_query(ent, lex)
        honoured = isinstance(whole, Query) and any(
            getattr(f, "negate", False) for side in (whole.items, whole.other) if side is not None
            for f in side.items.filters)
        if honoured:
            marks = []
        if first is not None:  # ("not the <title> one but the <title>, how many views")
            marks.append(first)
        for head, tail in marks:
            said = words(tail)
            opener = said_at(said, 0, lex.not_meant_openers)
            if opener is None or not head.strip() or "?" in tail.rstrip()[:-1] or not lex.question_words.isdisjoint(
                    said) or len(said) > NOT_MEANT_WORDS or "," in tail:
                continue  # (not "which was first? not by views, by date": what is meant said after it too)
            aside = extract(tail, lex)
            if aside.query.get("order") or not lex.guess_words.isdisjoint(said) or not (
                    aside.videos or aside.people or aside.parties or aside.ranks or aside.platforms_named
                    or aside.measures or aside.query.get("operation") or any(aside.cues.values())):
                continue  # ("..., not 100% sure": nothing of the data set aside)
            read = extract(head, lex)
            if any(n.scaled for n in read.numbers):
                return None  # ("<party> got 36m, not that big a gap is it": a claim, checked as a whole)
            alone = self._from_read(read)
            if not alone.answered:
                return None
            set_aside = {r.best for r in aside.videos if r.strong} | {
                lex.by_place[k - 1] for k in aside.ranks if 1 <= k <= len(lex.by_place)} | {
                v for p in aside.people for v in lex.posted.get(p, ())}  # ("not <name>'s": the videos they posted)
            if set_aside & set(resolved(self, read, alone, EMPTY, head).videos):
                return None  # ("which was top, not the <title> one": the one set aside is the answer, asked without)
            return alone
        return None

    def _not_but(self, text: str) -> tuple[str, str] | None:
        """What is meant and what is not in "not <A> but <B>, ..." opening a message (<B> and the rest, "not <A>"),
        else None."""
        lex = self.lexicon
        said = words(text)
        if said_at(said, 0, lex.not_meant_openers) is None or lex.correction_turn is None:
            return None
        turn = lex.correction_turn.search(text)
        if turn is None or len(words(text[: turn.start()])) > NOT_MEANT_WORDS:
            return None
        return text[turn.end() :], text[: turn.start()]

    def _set_restated(self, text: str) -> Answer | None:
        """The answer to a question read without its bracket, when the bracket names again the very videos (or
        places) the question describes before it ("the three with <name> in the title (<A>, <B>, <C>)", "what % do
        the bottom 3 (<A>, <B>, <C>) make up", "the bottom half (6-10)"); else None."""
        start = text.rfind("(")
        end = text.find(")", start)
        if start <= 0 or end < 0:
            return None
        inside, head = text[start + 1 : end], f"{text[:start]} {text[end + 1 :]}".strip()
        bracket = extract(inside, self.lexicon)
        named = {r.best for r in bracket.videos if r.strong}
        if not named and (places := _PLACES_BRACKETED.fullmatch(f"({inside})")) is not None \
                and 1 <= int(places[1]) < int(places[2]) <= len(self.lexicon.by_place):
            named = set(self.lexicon.by_place[int(places[1]) - 1 : int(places[2])])  # ("the bottom half (6-10)")
        if not named or (len(named) < 2 and self._items_listed(inside) < 2):
            return None
        parsed, read = self._parsed, extract(head, self.lexicon)
        alone = self._from_read(read)
        query = self.parsed(read)
        if isinstance(query, Query) and query.op == "share" and query.other is None:
            r = self.responder  # (a share's own part, not its whole: "what % do the bottom 3 (<A>, <B>, <C>) make up")
            said = {r.index_of[id(v)] for v in r.select(query.items.items, query.measure)}
        else:
            said = set(resolved(self, read, alone, EMPTY, head).videos)
        if alone.answered and (said == named or (named < said and self._items_listed(inside) == len(said))):
            return alone  # (or as many listed, some too short to name one video: "top 3 (nhs, vote, 60 second)")
        by_place = self.lexicon.by_place
        at = sorted(by_place.index(v) for v in said if v in by_place)
        if alone.answered and len(named) == 2 and "range" in bracket.query and len(at) > 2 and named == {
                by_place[at[0]], by_place[at[-1]]}:
            return alone  # ("places 6-10 (<title at 6> down to <title at 10>)": the set's two ends named)
        self._parsed = parsed  # (the whole question's parse, kept for a conversation's context)
        return None

    def _parties_restated(self, text: str) -> Answer | None:
        """The answer to a question read without its bracket when the bracket only names parties again ("<party>'s
        share of the total (<party>+<party>)"), the question naming one of them before it; else None."""
        start = text.rfind("(")
        end = text.find(")", start)
        if start <= 0 or end < 0:
            return None
        before = words(text[:start])
        if before and before[-1] in self.lexicon.partitive_words:
            return None  # ("<party>'s share of (<party> + <party>) views": the bracket is the whole asked of)
        inside = extract(text[start + 1 : end], self.lexicon)
        head = f"{text[:start]} {text[end + 1 :]}".strip()
        if len(inside.parties) < 2 or inside.videos or inside.ranks or inside.numbers or inside.people:
            return None
        read = extract(head, self.lexicon)
        if not set(read.parties) & set(inside.parties):
            return None
        # (a share of the parties said again: not "<party> share of fb views (<A> and <B>)", whose head alone reads
        # no share, and the whole does)
        if not isinstance(query := self.parsed(read), MetricQuery) or query.op != "share":
            return None
        alone = self._from_read(read)
        return alone if alone.answered else None

    def _items_listed(self, inside: str) -> int:
        """How many things a bracket lists, parted by commas, signs or a joining word ("<A>, <B> and <C>": 3)."""
        seps = self.lexicon.separators
        return sum(1 + sum(w in seps for w in words(part)) for part in re.split(r"[,;/+&]", inside) if part.strip())

    def _follow_ups_said(self, text: str, whole: Answer) -> Answer | None:
        """ "top video views? and the one after it?", "<title> views? same for <title>": a later sentence that opens
        as a follow-up does ("and", "what about") asks again of what the one before was about; each answered in turn,
        as a conversation would, in one reply, when the whole, read as one, answered only one of them (else None)."""
        lex = self.lexicon
        sentences = SENTENCE_END.split(text.strip())
        # (a later sentence that does not open as a follow-up but closes with "too": one more thing of its own)
        opens = [said_at(words(s), 0, lex.follow_up_openings) is not None for s in sentences[1:]]
        closing = [not o and self._closes_with_also(s) for s, o in zip(sentences[1:], opens, strict=True)]
        # (opened in text-speak, "n their ranks": read only as a field asked of "them", below)
        spelt = len(sentences) == 2 and not (opens[0] or closing[0]) and self._opens_spelt(words(sentences[1]))
        if not 1 < len(sentences) <= MAX_PARTS or not (spelt or all(
                o or c for o, c in zip(opens, closing, strict=True))):
            return None
        later = [extract(s, lex) for s in sentences[1:]]
        first = extract(sentences[0], lex)
        # (a place next to what the sentence before was about, "and the one after it?", in the views order it was
        # found by; or fragments naming videos or places of their own and asking nothing else of them, "<A> + <B>
        # total? and <C> + <D>?", which the whole read as one sets together)
        placed = not spelt and not _by_posting(first) and all(
            self._placed_by_pronoun(read) or self._placed_bare(read) for read in later)
        # (a fragment asks: a question mark, or a few words; not "... ? so sad that one, i nursed people for years")
        # ("total views of the top 10? and just the top 3 added": a slice of the list, an order and its count)
        fragments = not (placed or spelt) and bool(first.videos or first.ranks or _sliced(first)) and all(
            (read.videos or read.ranks or _sliced(read)) and lex.question_words.isdisjoint(read.words)
            and (s.rstrip().endswith("?") or len(read.words) <= FOLLOW_UP_WORDS)
            for s, read in zip(sentences[1:], later, strict=True))
        # (another question of the same figure, "<figure> 2019 minus 2017, how much increase? and which year had more
        # days?": a question word of its own, no video, place or figure of its own; or one more thing asked,
        # "<question>. The article date too.")
        asked_again = not (placed or fragments or spelt) and len(later) == 1 and ((not (
            first.videos or first.ranks) and not (
            later[0].videos or later[0].ranks or later[0].numbers) and not lex.question_words.isdisjoint(
            later[0].words[:FOLLOW_UP_WORDS])) or (closing[0] and _names_anything(later[0])))
        # (a field of the videos the sentence before set against each other, asked of "them": "was <A> posted before
        # <B>? and their ranks")
        leaned = not (placed or fragments or asked_again) and len(later) == 1 and (opens[0] or spelt) and len(
            {r.best for r in first.videos if r.strong}) >= 2 and not (
            later[0].videos or later[0].ranks or later[0].numbers) and any(later[0].cue(f) for f in VIDEO_FIELDS) \
            and not lex.follow_up.walk(later[0].keys).vocabulary(frozenset()).keys().isdisjoint(("those", "their"))
        if not (placed or fragments or asked_again or leaned):
            return None
        answers = self._answers_in_turn(sentences)
        if fragments and answers is not None and len({a.intent for a in answers}) > 1 and len(sentences) == 2 and len(
                {r.best for r in first.videos}) == 2 and len(first.videos) == 2 and len(later[0].videos) == 1:
            # ("how many more views did <A> get than <B>? and than <C>?": the same comparison with <C> for the second
            # named, not <C>'s card)
            other, instead = first.videos[1], later[0].videos[0]
            again = " ".join([*first.words[: other.start], *later[0].words[instead.start : instead.end],
                              *first.words[other.end :]])
            second = self._from_read(extract(again, lex))
            answers = [answers[0], second] if second.answered and second.intent == answers[0].intent else None
        if leaned and answers is not None and not all(
                self.dataset.videos[r.best].title in " ".join(answers[-1].lines) for r in first.videos if r.strong):
            return None  # (the field said of both videos, or not joined: "their ranks" must give each one's)
        if answers is None or len({a.title for a in answers}) < len(answers) or (
                fragments and len({a.intent for a in answers}) > 1) or (placed and whole.title not in {
                    a.title for a in answers}) or (asked_again and not (
                    # (the whole lost the first question's answer: its lead line is not among the whole's)
                    all(a.answered for a in answers) and answers[0].lines[:1]
                    and answers[0].lines[0] not in whole.lines)):
            return None  # (answered alike, or the whole answered only one of them)
        return joined(answers)

    def _opens_spelt(self, said: list[str]) -> bool:
        """Whether a sentence's words open as a follow-up does ("and ...") once its first word is spelt out as
        text-speak spells it ("n their ranks")."""
        lex = self.lexicon
        spelt = lex.textspeak.get(said[0], ()) if said else ()
        return bool(spelt) and said_at([*spelt, *said[1:]], 0, lex.follow_up_openings) is not None

    def _closes_with_also(self, sentence: str) -> bool:
        """Whether a sentence closes with a word that adds it to what was asked ("The article date too.")."""
        said = words(sentence)
        return any(tuple(said[-len(p) :]) == p for p in self.lexicon.follow_up_closings if len(p) <= len(said))

    def _placed_by_pronoun(self, ent: Entities) -> bool:
        """ "and the one after it", "what about the one before that", "whats just above those two": a video asked by
        its place next to a pronoun's (one video's, or several as one block)."""
        lex = self.lexicon
        return placed_before(ent, {k for k, w in enumerate(ent.words)
                                   if w in lex.video_pronouns or w in lex.them_words})

    def _field_lacked(self, ent: Entities, answer: Answer) -> Answer | None:
        """ "who posted the one just below <title>", "when did the one between <A> and <B> go up": a tweet's field
        asked of the one video found by its place, which has no tweet in the article: declined, the video found said
        (its views, when they are asked too, answer); else None."""
        title = answer.details.get("video")
        # (a field said inside the name of the video counted from is not asked: "the one posted on nov 25")
        asked = [f for f in _EACH_FIELDS if ent.cue(f) and not (ent.cue_matches.get(f) and all(
            any(r.start <= m.start < r.end for r in ent.videos) for m in ent.cue_matches[f]))]
        if not asked or "views" in ent.measures or "tweet" in ent.query or ent.people \
                or not ("relative" in ent.query or not self.lexicon.between_words.isdisjoint(ent.words)) or sum(
                w in self.lexicon.question_words for w in ent.words) > 1:
            # (found by a tweet or a poster it lacks or has, "which has no tweet": it is the answer; "whats right after
            # <title>, and who posted it": which video, answered, its card saying it has no tweet)
            return None
        at = title_index(self.responder).get(title) if isinstance(title, str) else None
        video = self.dataset.videos[at] if at is not None else None
        if video is None or video.tweet is not None or any(r.best == at for r in ent.videos):
            return None  # (one named asks of itself: the video answer says what it lacks)
        lacked = self.responder.video(video, max(asked, key=ent.cue))
        return replace(lacked, lines=(*lacked.lines[:1], answer.lines[0], *lacked.lines[1:])) \
            if not lacked.answered else None

    @staticmethod
    def _placed_bare(ent: Entities) -> bool:
        """ "and the next one down?", "and the one above, who posted that": a place next to something, the thing
        unsaid (what the sentence before was about), nothing else named."""
        return "relative" in ent.query and not (ent.videos or ent.ranks or ent.people or ent.parties or ent.days
                                                or ent.months or "order" in ent.query)

    def _orders_apart(self, ent: Entities) -> bool:
        """Whether two orders by different things are said with a joining word between them ("which was the most
        viewed and which was posted first"): each asked by itself, not one searched within the other (the two ends of
        one order, "posted first and which last", are one list)."""
        orders = ent.query.get("order", ())
        # (an order's payload names its field first, "views_desc"; an end said alone, "first", is the posting order's
        # when posting is said)
        lone_end = "posted" if "posting" in ent.query else "views"
        return len(orders) == 2 and len({m.payload.split("_")[0] if m.payload.startswith(("views_", "posted_"))
                                         else lone_end for m in orders}) == 2 \
            and not self.lexicon.separators.isdisjoint(ent.words[orders[0].end : orders[1].start])

    def _halves_answered(self, text: str) -> Answer | None:
        """The first reading of a message as two questions joined (see several_asked) whose halves are both
        answered, else None."""
        return next((each for halves in halves_joined(self, text) if (each := self._in_turn(halves)) is not None),
                    None)

    def _lacked_measure_joined(self, ent: Entities, whole: Answer) -> Answer | None:
        """ "<title>, views and likes?", "views + shares on <title>": a measure the data lacks joined to one it holds,
        the question answered for the one held and the lack said after it; else None."""
        if not (whole.lines and whole.lines[0].startswith(LACKED)) or "comparative" in ent.query \
                or "versus" in ent.query or ent.cue("ratio") or ent.cue("total") or ent.cue("compare") \
                or any(m.payload not in ("count", "value") for m in ent.query.get("operation", ())):
            return None  # ("<title> views + likes combined", "likes to views ratio": both asked in one figure)
        lex, held = self.lexicon, self.responder.counted_measures
        spans = list(zip(ent.measures, ent.measure_starts, ent.measure_ends, strict=False))
        for m, start, end in spans:
            if m in held or not lex.question_words.isdisjoint(ent.words[start:end]):
                continue  # (not "<A> views and how many likes did <B> get": a question of its own)
            # (joined by a separator right before or after it to a measure held: "views and likes", "likes + views")
            side = next(((a, b) for h, s, e in spans if h in held for a, b in ((e, start), (end, s))
                         if b - a == 1 and ent.words[a] in lex.separators), None)
            if side is None:
                continue
            gone = range(side[0], end) if side[1] == start else range(start, side[1])  # (it and the separator)
            kept = [w for k, w in enumerate(ent.words) if k not in gone]
            alone = self._from_read(extract(" ".join(kept) + ("?" if "?" in ent.text else ""), lex))
            if alone.answered:
                return replace(alone, lines=(*alone.lines, whole.lines[0]))
        return None

    def _lacked_beside(self, text: str, whole: Answer) -> Answer | None:
        """ "<title> views and how many likes did it get", "who filmed <title> n who posted it": a message declined
        for what the data lacks, read as two questions joined (the second may lean on the first), the one held
        answered and the lack said after it; else None."""
        if not (whole.lines and whole.lines[0].startswith(LACKED)):
            return None
        lex = self.lexicon
        for halves in halves_joined(self, text, leaning=True):
            first = extract(halves[0], lex)
            if not lex.between_words.isdisjoint(first.words) and len(first.videos) + len(first.ranks) < 2:
                continue  # ("days between <A> and <B> + which had more shares": not split inside the span)
            answers = self._answers_in_turn(halves, lacking=True)
            if answers is not None and LACKED in answers[-1].lines[-1]:
                return joined(answers)
        sentences = [s for s in SENTENCE_END.split(text.strip()) if s.strip()]
        last = words(sentences[-1]) if len(sentences) == 2 else []
        if last and len([w for w in last if w not in lex.stopwords]) <= LACKED_WORDS and not leans(lex, last) and (
                alone := self.reply_alone(extract(sentences[-1], lex))).lines[:1] and not alone.answered \
                and alone.lines[0].startswith(LACKED):
            # ("<title> - views? comments?": a second sentence of a word or two asking only what is lacked, after
            # the first asked what is held: that answered, the lack said after it; not "... on instagram? how did
            # <party> do on there", nor "... actually how many likes did it get")
            answers = self._answers_in_turn(sentences, lacking=True)
            if answers is not None and LACKED in answers[-1].lines[-1]:
                return joined(answers)
        return None

    def _read_as_one_part(self, ent: Entities, answers: list[Answer]) -> bool:
        """Whether a message read whole answers only a part of what it lists (`answers`: each part's): declined, one
        video's card, a place or a list, or not what the later parts ask; not when the first part, read alone, finds
        less than the whole worked out of what it names (a comparison or a total)."""
        parsed = self._parsed
        whole = self._from_read(ent)
        self._parsed = parsed
        if whole.answered and whole.intent in _LISTS and all(
                isinstance(v := a.details.get("video"), str) and v in "\n".join(whole.lines) for a in answers[1:]):
            return False  # ("which vid was posted 25/11, which 30/11 and which 17/11": the whole lists them all)
        if not whole.answered or whole.intent in _ONE_PART:
            return True
        return answers[0].intent not in _ONE_PART and not all(a.lines[:1] and a.lines[0] in whole.lines
                                                               for a in answers[1:])

    def _video_and_figure(self, ent: Entities) -> Answer | None:
        """A message read as two questions joined, one of the videos (a video, a place or an order named, no party)
        and one of a campaign figure (a party's or the retweets, no video or place), each answered in turn; else
        None."""
        lex = self.lexicon
        for halves in halves_joined(self, ent.text, spans_kept=True):
            reads = [extract(h, lex) for h in halves]
            kinds = [_campaign_part(read, lex) for read in reads]
            if None in kinds or len(set(kinds)) < 2 or any(
                    not kind and not lex.between_words.isdisjoint(read.words) and len(
                        {r.best for r in read.videos} | set(read.ranks)) < 2 for read, kind in zip(reads, kinds,
                                                                                                    strict=True)):
                continue  # ("difference between the top video and the <party>'s total": one span, its ends apart)
            if (each := self._in_turn(halves)) is not None:
                return each
        return None

    def _pairs_answered(self, text: str, again: frozenset[str] | set[str] = frozenset()) -> Answer | None:
        """The first reading of a message as two questions joined, each of two videos or places of its own, the
        second asking in words of its own (a question word, "vs", a comparing word; `again`: operations said in
        each, not the word joining them: "<A> plus <B> plus <C> plus <D>" is one sum), both answered; else None."""
        lex = self.lexicon
        for halves in halves_joined(self, text):
            read = [extract(h, lex) for h in halves]
            join = text[len(halves[0]) : max(text.find(halves[1], len(halves[0])), 0)]
            joining = {m.payload for m in extract(join, lex).query.get("operation", ())} | (
                {"sum"} if "+" in join else set())  # (a "+" alone reads as "and")
            if (again & joining) if again else joining:
                continue  # (without an operation said twice, "+" joins the videos of one sum)
            if all(len({r.best for r in e.videos} | set(e.ranks)) == 2 for e in read) and (bool(again) or
                    not lex.question_words.isdisjoint(read[1].words) or "versus" in read[1].query
                    or "comparative" in read[1].query) and (each := self._in_turn(halves)) is not None:
                return each
        return None

    def _in_turn(self, parts: list[str], lacking: bool = False) -> Answer | None:
        """The parts of a message answered in turn, as one reply (see several_asked), else None."""
        answers = self._answers_in_turn(parts, lacking=lacking)
        return None if answers is None else joined(answers)

    def _answers_in_turn(self, parts: list[str], listed: bool = False, lacking: bool = False) -> list[Answer] | None:
        """Each part's answer in turn (see several_asked), none of them split again, else None."""
        self._in_parts = True
        try:
            return answers_in_turn(self, parts, listed, lacking)
        finally:
            self._in_parts = False

    def _place_then_fragment(self, ent: Entities, whole: Answer) -> Answer | None:
        """ "which video finished 3rd? last podium spot haha": a place asked, then after the question mark a fragment
        that opens with an end of an order and asks nothing of its own (no question word, nothing named): the place
        alone when the fragment reads as the same video (said again), else each in turn ("who came 2nd?? last one on
        the podium"); None when not so, or when the whole reads as the place already."""
        lex, text = self.lexicon, ent.text
        cut = text.find("?")
        head, tail = text[: cut + 1], text[cut + 1 :].lstrip("?! ")
        said = words(tail)
        if not said or not lex.question_words.isdisjoint(said) or not lex.request_words.isdisjoint(said):
            return None
        after = extract(tail, lex)
        before = extract(head, lex)
        if len(before.ranks) != 1 or "order" in before.query or not any(
                m.start == 0 for m in after.query.get("order", ())) or after.videos or after.people or after.parties \
                or after.measures or after.months or after.days or after.ranks or "operation" in after.query:
            return None
        parsed = self._parsed
        again, place = self._from_read(after), self._from_read(before)  # (the place's parse kept, for follow-ups)
        if not (place.answered and again.answered) or whole.title == place.title or place.rows or again.rows:
            self._parsed = parsed
            return None
        if again.title.endswith(place.title):
            return place
        each = self._in_turn([head, tail])
        if each is None:
            self._parsed = parsed  # (the whole question's parse kept, for a conversation's context)
        return each

    def _reported(self, ent: Entities) -> Answer | None:
        """ "what came 3rd? <someone> says the <title> one" (or after a comma or a dash; "she thinks"): the
        question answered alone, the video someone named for it placed beside, not asked about; None when not so."""
        lex, text = self.lexicon, ent.text
        if lex.report_words.isdisjoint(ent.words):
            return None  # (one's own guess, "i think it's <title>", is a claim checked: "No: <title> is #9")
        # (the first mark after the question: "what came 3rd? <name> says <title>, I say she's wrong")
        cut = next((k for k, c in enumerate(text) if k > 0 and (c in _REPORT_MARKS or text[k - 1 : k + 2] == " - ")),
                   -1)
        if cut <= 0 or not text[cut + 1 :].strip():
            return None
        head, tail = text[:cut], text[cut + 1 :].lstrip(" -—")
        if lex.report_words.isdisjoint(words(tail)):
            return None
        told = extract(tail, lex)
        named = {r.best for r in told.videos if r.strong}
        # (a video named by a figure, "..., with 6.5m", is a claim of its own; the head must ask)
        if len(named) != 1 or any(n.scaled for n in told.numbers) or not self._asked(text[: cut + 1], words(head)):
            return None
        asked = extract(head + "?", lex)
        parsed = self._parsed
        alone = self._from_read(asked)
        if not (alone.answered and alone.intent in _PICKS):
            self._parsed = parsed
            return None
        claimed = self.dataset.videos[named.pop()]
        if claimed.title in alone.title:
            return alone
        return replace(alone, lines=(*alone.lines, f"({claimed.title.rstrip('.')}, the one said after the question, "
                                                   f"is {self.responder.place(claimed)}.)"))

    def _asked_part_declined(self, sentences: list[str]) -> Answer | None:
        """The refusal of the sentences that ask, read alone, when they are a part of the message and are declined
        for something they name (not for being unclear): statements after them do not make them answerable."""
        asked = [s for s in sentences if self._asked(s, words(s))]
        if not asked or len(asked) == len(sentences):
            return None
        rest = extract(" ".join(s for s in sentences if s not in asked), self.lexicon)
        if rest.videos or rest.people or rest.parties or not self.responder.counted_measures.isdisjoint(rest.measures):
            return None  # ("how many likes? i mean views. for the <title> one": the statements ask it over)
        parsed = self._parsed
        alone = self._from_read(extract(" ".join(asked), self.lexicon))
        if not alone.answered and alone.intent != "not_understood":
            return alone
        self._parsed = parsed
        return None

    def _alone_if_other(self, text: str, answer: Answer, answered: bool = False,
                        explains: bool = False, declined: bool = False) -> Answer | None:
        """The answer to part of a question (the question without what follows it) when it asks something else
        than the whole (`answered`: and is answered; `explains`: what follows says how to work it out, so another
        figure of the same kind is something else; `declined`: or the part alone is declined, where what follows
        says nothing of the data); else None, the whole question's parse kept for a conversation's context."""
        parsed = self._parsed
        alone = self._from_read(extract(text, self.lexicon))
        # (or the part is answered where the whole was declined: "what was 8th? i think <name> something")
        other = alone.intent != answer.intent or (explains and alone.lines[:1] != answer.lines[:1]) or (
            alone.answered != answer.answered and (declined or alone.answered))
        if other and (alone.answered or not answered):
            return alone
        self._parsed = parsed
        return None

    def _asks_lowest_terms(self, ent: Entities) -> bool:
        """Whether the question asks for a ratio or share as a reduced fraction ("in simplest form")."""
        return said_anywhere(ent.words, self.lexicon.lowest_terms)

    def _move_denied(self, ent: Entities, why: bool) -> tuple[Metric, Metric] | None:
        """The figure (earlier, later) when the question says it fell from one period to the later one and it rose,
        or the other way round: "why did <name>'s retweets go down since 2017" (one subject's measure, given for two
        years, the move said beside the measure; `why`: a reason asked, where a comparing word says it too); None
        when not so, or when put negatively."""
        lex = self.lexicon
        fells, roses = (lex.claimed_fell, lex.claimed_rose) if why else (lex.stated_fell, lex.stated_rose)
        fell, rose = said_anywhere(ent.words, fells), said_anywhere(ent.words, roses)
        subjects = {*ent.people, *ent.parties}
        if fell == rose or len(subjects) > 1 or not ent.measures:
            return None  # neither way said, or both; several sides; no figure named
        moves = fells if fell else roses
        words = ent.words
        near = {k for k, w in enumerate(words) if f" {w} " in moves or any(
            f" {' '.join(words[k : k + 3])} ".startswith(p) for p in moves)}
        if not near:
            return None  # (a phrase of the move longer than the words looked at: none to place)
        if any(w in lex.negation_words and not (  # ("why didn't they go down"; not a tag after it, "..., weren't they")
                w in lex.negative_openers and k > min(near) and words[k + 1 : k + 2] != []
                and words[k + 1] in lex.tag_pronouns) for k, w in enumerate(words)):
            return None
        # (no one named: the measure's, when one side only has it for two years, "rts dropped since <year>")
        pairs = [[m for m in self.dataset.metrics if (m.subject in subjects or not subjects) and m.measure == measure
                  and m.period and m.period.year] for measure in set(ent.measures)]
        pairs = [p for p in pairs if len(p) == 2 and p[0].period and p[1].period
                 and p[0].period.year != p[1].period.year]
        if len(pairs) != 1:
            return None
        earlier, later = sorted(pairs[0], key=lambda m: m.period.year if m.period and m.period.year else 0)
        if not any(abs(k - a) <= MOVE_REACH for k in near for a in (*ent.measure_starts, *ent.measure_ends)):
            return None  # ("why did his popularity drop, given his retweets": the move is not the figure's)
        years = [y for y in ent.years if y in (earlier.period.year if earlier.period else 0,
                                               later.period.year if later.period else 0)]
        if not why and (len(set(years)) > 1 or not lex.hypothetical_words.isdisjoint(ent.words)):
            # (without "why", which way two years are set is not sure: "increase 2019 over 2017", "go up, 2017 vs
            # 2019", "fell from 2019 to 2017", and both figures answer it; nor a move supposed, "if they fell by half")
            return None
        start, end = earlier, later
        if len(years) >= 2 and years[0] > years[-1]:
            start, end = later, earlier  # ("why did they go down from 2019 to 2017": that way round)
        if end.value == start.value or (end.value < start.value) == fell:
            return None
        return earlier, later

    def _parsed_apart(self, ent: Entities, ops: tuple[str, ...] | None = None) -> Query | None:
        """The one-sided query of a question read afresh, its entities left as they are (parsing settles some of them,
        and the answer reads them after), when its operation is one of `ops` (any when None); else None."""
        query = parse_query(extract(ent.text, self.lexicon), self.lexicon)
        return query if isinstance(query, Query) and query.other is None and query.whole is None and (
            ops is None or query.op in ops) else None

    def _two_sets(self, ent: Entities, whole: Answer) -> Answer | None:
        """ "top 3 added up vs bottom 3 added up", "<A> + <B> vs <C> + <D>", "first half of nov total vs second half":
        two sides set against each other by one word, a set of videos on one side at least; each side read alone, then
        the difference of their figures (each said), when the whole, read as one, did not say both figures; else
        None."""
        said = ent.words
        marks = ent.query["versus"]
        if len(marks) != 1 or not 0 < marks[0].start < marks[0].end < len(said) or whole.intent == "metric" or any(
                m != "views" for m in ent.measures) or ent.others or ent.described or "posting" in ent.query or any(
                ent.cue(f) for f in _EACH_FIELDS) or any(
                said[k] in self.lexicon.question_words and m.start > k for k in range(1, len(said))
                for m in ent.query.get("order", ())) or any(
                p not in self.dataset.video_views.platforms and p not in self.lexicon.metric_platforms
                for p in ent.platforms_named):
            # (two campaign figures, which the whole sets against each other; a measure, a platform or a thing the
            # data lacks, which the whole declines; a poster, a date or an end asked of the two sides, "top 3 vs bottom
            # 3 who posted", "nov vs dec which had the top vid": not their totals)
            return None
        # (split where the word stands as typed: the words read from the text say "2" as "to" after it, and a dash
        # between places is gone)
        typed = list(re.finditer(r"(?<!\w)" + r"\W+".join(map(re.escape, said[marks[0].start : marks[0].end]))
                                 + r"(?!\w)", ent.text, re.IGNORECASE))
        if len(typed) != 1 or said[marks[0].start - 1] in self.lexicon.others_singular:
            return None  # ("every video other than <A>": those left out, no side)
        # (each side within its own sentence: "... vs <B>? i think <A> bigger" sets <B> alone against <A>)
        left = self._side_read(SENTENCE_END.split(ent.text[: typed[0].start()])[-1])
        right = self._side_read(SENTENCE_END.split(ent.text[typed[0].end() :])[0])
        if left is None or right is None:
            return None
        sides = [left, right]
        # (a set on one side at least, or a campaign figure: two videos named, "<A> vs <B>", the whole reads as it
        # does)
        figured = [q.items.aggregate.startswith(METRIC_SIDE) for q in sides]
        try:
            picked = [self.responder.select(q.items.items, q.measure) for q, f in zip(sides, figured, strict=True)
                      if not f]
        except NoSuchPlace:  # ("<A> vs <B> who pipped who": a side past an end of the list, no set of its own)
            return None
        if all(figured) or not all(picked) or (len(picked) == 2 and picked[0] == picked[1]) or (
                not any(figured) and max(len(p) for p in picked) < 2) or len(
                {q.op for q in sides if q.op in AGGREGATE_OPS}) > 1 or any(
                sel.order is not None and sel.slice is not None and not sel.filters and any(
                    not isinstance(f, (Named, Ranks)) for f in other.filters)
                for sel, other in ((sides[0].items.items, sides[1].items.items),
                                   (sides[1].items.items, sides[0].items.items))):
            # (not "top 3 vs bottom 3 median", the one measure said once of both; nor "top 3 vs bottom 3 in
            # november", a month said once of both slices)
            return None
        operands = [q.items if f else Operand(q.items.items, q.op if q.op in ("average", "median") else "sum")
                    for q, f in zip(sides, figured, strict=True)]
        if self._said_both(whole, operands) is not False:
            return None  # (the whole set the same two sides against each other, its verdict said)
        answer = self.responder.run(Query("difference", operands[0], other=operands[1]))
        return answer if answer.answered else None

    def _two_totals(self, ent: Entities, whole: Answer) -> Answer | None:
        """ "top 5 total and top 10 total", "ranks 7 to 10 total n ranks 4 to 6 total": two sets joined, each with its
        own total (or average, or median); each figure answered in turn when the whole, read as one, did not say both;
        else None."""
        for halves in halves_joined(self, ent.text):
            left, right = (self._side_read(half) for half in halves)
            # (each side a set said as one, by a slice, a stretch, a poster: not videos named one by one, "<A>, <B>
            # and <C> added up", one list split anywhere)
            if left is None or right is None or left.items == right.items or not all(
                    q.op in AGGREGATE_OPS and _said_as_a_set(q.items.items) for q in (left, right)):
                continue
            sides = [left, right]
            said = self._said_both(whole, [Operand(q.items.items, q.op) for q in sides])
            if said is None:
                continue  # (a side no video fits: "march total and april total", which the whole declines)
            if said:
                return None  # (the whole said both)
            answers = [self.responder.run(q) for q in sides]
            if all(a.answered for a in answers):
                return joined(answers)
        return None

    def _said_both(self, whole: Answer, operands: list[Operand]) -> bool | None:
        """Whether the whole's answer says the figure of each side already (None: a side that no video fits)."""
        try:
            figures = [self.responder.figure(o)[0] for o in operands]
        except NoSuchPlace:
            return None
        said = "\n".join(whole.lines)
        return all(isinstance(f, (int, float)) and fmt.count(f) in said for f in figures)

    def _side_read(self, text: str) -> Query | None:
        """One side of two set against each other, read alone: a set of videos or one video, and how it is summed
        (a total, an average, a median, a list or one video), else None."""
        if not words(text):
            return None
        lex = self.lexicon
        read = extract(text, lex)
        if "others" in read.query or any(n.scaled for n in read.numbers) or not (
                lex.person_pronouns.isdisjoint(read.words) and lex.possessive_pronouns.isdisjoint(read.words)
                and lex.them_words.isdisjoint(read.words)):
            # ("<A> vs the rest", "<name>'s nov ones vs his dec ones": the rest of, or someone of, what the other side
            # names; "... more than 3 mil": a figure, no set)
            return None
        videos_said = not lex.video_words.isdisjoint(t.s for t in read.tokens) or not lex.video_plurals.isdisjoint(
            read.words)
        if read.people and not videos_said:
            return None  # ("<name>'s lot": a side, not the videos they posted, unless said as videos)
        if read.parties:
            if read.videos or read.ranks or "order" in read.query or read.months or read.days or videos_said:
                return None  # ("<party> top 3": a party's videos, which the data may lack)
            # ("<A> vs the <party>", "... vs the <party> figure": the party's one figure of views; not "... on
            # <platform>", where it has none)
            views = [m for m in lex.dataset.metrics if m.measure == "views" and m.subject in read.parties]
            metric = named_figure(read, lex) or (views[0] if len(views) == 1 and not read.platforms_named else None)
            return Query("item", Operand(Selection(), METRIC_SIDE + metric.id)) if metric is not None else None
        query = parse_query(read, lex)
        if query is None and not read.query.keys() & {"operation", "order", "relative", "versus"} and (
                len({r.best for r in read.videos if r.strong}) + len(read.ranks) == 1):
            # ("#1 on its own", "<title> alone": one video, which no query is needed for)
            one = Named((read.videos[0].best,)) if read.videos else Ranks((read.ranks[0],))
            return Query("item", Operand(Selection((one,))))
        if query is None and len(read.numbers) == 1 and not (read.videos or read.ranks) and sum(
                m.payload in PLAIN_ORDERS for m in read.query.get("order", ())) == 1 and (
                (sliced := slice_said(read, lex)).slice is not None and (sliced.slice.n or 0) > 1):
            # ("the bottom 4", "top 3": a slice of the list, answered as a list when asked alone)
            return Query("sum", Operand(sliced))
        if isinstance(query, Query) and query.items.items == Selection() and not (
                "order" in read.query or read.numbers):
            return None  # ("total views of the videos that beat <title>": every video, said of none, is no side)
        return query if isinstance(query, Query) and query.other is None and query.whole is None and query.op in (
            "sum", "list", "item", "average", "median") and query.measure == "views" and query.items.factor == 1 \
            and not query.items.added else None  # (not "2x the top video": a figure scaled, which the whole reads)

    def _placed_titles(self, videos: Iterable[Video]) -> list[str]:
        """Each video as "#<place> <title>", its place in the views list."""
        r = self.responder
        return [f"#{r.position[id(v)]} {v.title.rstrip('.')}" for v in videos]

    def _ends_asked(self, ent: Entities) -> bool | None:
        """Whether two ends of the list, each by its own order, are said together (None when not), and whether the
        question asks if they are one video: "is the most viewed also the earliest posted" (True), "which of the
        top was tweeted first" (False: each said as it is); not "was most viewed first posted in november", a date
        asked of one end, unless one video is asked ("... dec one also the first dec one")."""
        lex, said = self.lexicon, ent.words
        orders: list[Match] = list(ent.query.get("order", ()))
        if len(orders) != 2 or len({str(m.payload).split("_")[0] for m in orders}) != 2:
            return None
        same = not lex.same_asked.isdisjoint(said)
        unasked = lex.question_words.isdisjoint(said)  # ("most viewed dec vid = latest dec vid?": "=" read "is")
        if not (same or not (ent.months or ent.days or ent.people) or (
                unasked and not lex.yes_no_openers.isdisjoint(said[orders[0].end : orders[1].start]))):
            return None
        return same or said[0] in lex.yes_no_openers or (unasked and not lex.yes_no_openers.isdisjoint(said))

    def _ends_together(self, ent: Entities, same_asked: bool) -> Answer | None:
        """ "is the most viewed also the earliest posted?", "views of the earliest + the most viewed": an end of the
        list by one order said with an end by another (read as the one among the other, always itself): the two ends
        found apart, whether they are one video (`same_asked`), and their views added when a total is asked; else
        None."""
        query = self._parsed_apart(ent, ("item", "list", "sum"))
        if query is None:
            return None
        sel = query.items.items
        among = [f for f in sel.filters if isinstance(f, Among)]
        if sel.order is not None and sel.slice is None and query.op == "sum":
            sel = replace(sel, slice=Slice(1))  # ("total of the earliest and the most viewed": that end, one video)
        if len(among) != 1 or sel.order is None or sel.slice is None or sel.slice.n != 1 or sel.relative:
            return None
        inner = among[0].items
        if inner.order is None or inner.slice is None or inner.slice.n != 1 or inner.relative or (
                inner.order.field == sel.order.field):
            return None
        # (what else is said holds for both: "the most viewed dec vid = the latest dec vid?")
        shared = tuple(f for f in sel.filters if f is not among[0])
        first, second = Selection((*shared, *inner.filters), inner.order, inner.slice), Selection(
            shared, sel.order, sel.slice)
        r = self.responder
        try:
            a, b = r.select(first, query.measure), r.select(second, query.measure)
        except NoSuchPlace:
            return None
        if not a or not b:
            return None
        if query.op == "sum":
            both = tuple(dict.fromkeys(r.index_of[id(v)] for v in (a[0], b[0])))
            return r.run(Query("sum", Operand(Selection((Named(both),)))))
        one, two = r.run(Query("item", Operand(first))), r.run(Query("item", Operand(second)))
        if not (one.answered and two.answered):
            return None
        said = [f"{x.title.split(': ', 1)[0][:1].lower()}{x.title.split(': ', 1)[0][1:]}" for x in (one, two)]
        if a[0] is b[0]:
            verdict = f"{'Yes: ' if same_asked else ''}{a[0].title.rstrip('.')} is both {said[0]} and {said[1]}."
        else:
            verdict = f"{'No: ' if same_asked else ''}{said[0]} is {a[0].title.rstrip('.')}; {said[1]} is " \
                      f"{b[0].title.rstrip('.')}."
            verdict = verdict[0].upper() + verdict[1:]
        lines = [verdict, *(one.lines[1:] if a[0] is b[0] else dict.fromkeys((*one.lines[1:], *two.lines[1:])))]
        return replace(one, title=verdict.rstrip("."), lines=tuple(lines),
                       links=tuple(dict.fromkeys((*one.links, *two.links))))

    def _slice_fits(self, ent: Entities) -> Answer | None:
        """ "was the top viewed one posted in december", "are the top 3 all <name>'s", "were any of the bottom 3 posted
        in november": an end of the list asked whether it has a date or a poster (read as that end among those
        posted then); Yes or No, each video of the end that has it or not, then the end; else None."""
        query = self._parsed_apart(ent, ("item", "list"))
        if query is None:
            return None
        lex_posted = self.lexicon.posted_verbs
        sel = query.items.items
        among = [f for f in sel.filters if isinstance(f, Among)]
        if sel.order is None and len(among) == 1 and not among[0].items.filters:
            # ("were any of the top 3 posted in december": those posted then, among the end)
            sel = Selection(tuple(f for f in sel.filters if f is not among[0]), among[0].items.order,
                            among[0].items.slice, among[0].items.relative)
        said = (PostedBetween, PostedOn, PostedBy, OnWeekdays)
        # (a date asked with a posting word or "from": not "was the top video watched in december", views by month not
        # held)
        if sel.order is None or sel.slice is None or sel.relative or not sel.filters or not all(
                isinstance(f, said) for f in sel.filters) or (not all(isinstance(f, PostedBy) for f in sel.filters)
                                                               and lex_posted.isdisjoint(ent.words)
                                                               and self.lexicon.range_from.isdisjoint(ent.words)):
            return None
        r = self.responder
        end = Selection((), sel.order, sel.slice)
        try:
            videos, having = r.select(end, query.measure), r.select(Selection(sel.filters), query.measure)
        except NoSuchPlace:
            return None
        if any(v.tweet is None for v in videos):
            return None  # (a video of the end with no tweet: no date or poster to say it has or not)
        described = r.run(Query("list", Operand(Selection(sel.filters))))
        listed = r.run(replace(query, items=replace(query.items, items=end)))
        if not videos or not having or not described.answered or not listed.answered:
            return None  # (none posted then: "none of the videos fit" says it, with the nearest)
        what = described.title.split(": ", 1)[0]
        what = f"{what[:1].lower()}{what[1:]}"
        kept = [v for v in videos if any(v is h for h in having)]
        ok = bool(kept) if not self.lexicon.any_asked.isdisjoint(ent.words) else len(kept) == len(videos)
        def named(vs: list[Video]) -> str:
            return ", ".join(self._placed_titles(vs))
        if len(videos) == 1:
            each = f"{named(videos)} is {'' if kept else 'not '}one of the {what}"
        else:
            missed = [v for v in videos if v not in kept]
            each = f"{len(kept)} of the {len(videos)} are {what}" + (f" ({named(kept)})" if kept else "") + (
                f"; not {named(missed)}" if missed else "")
        verdict = f"{'Yes' if ok else 'No'}: {each}."
        # (the few that have it, said too: "was the one posted on 30 nov the least viewed": No, and which that one is)
        others = [f"{described.title}." if len(having) == 1 else described.lines[0]] if 0 < len(having) <= 3 and len(
            kept) < len(having) else []
        return replace(listed, title=verdict.rstrip("."), lines=(verdict, *others, *listed.lines))

    def _slice_claimed(self, ent: Entities) -> Answer | None:
        """ "bottom three is <A>, <B> and <C> right? add em up", "are <A> and <B> in the top 3": the videos said to
        make up a slice of an order, or to be in it, checked against it, and what is asked worked on the slice
        itself, else None."""
        # (the slice said first, then a claiming word, then the videos; or the videos asked to be "in" it; not "of
        # <A>, <B> and <C>, which is the top one": a place among those)
        lex = self.lexicon
        said = [m.end for m in ent.query.get("order", ())] + [at + 1 for at in ent.rank_at]
        # (nor a slice of some videos only, "the top 3 in december", "<name>'s top 2", checked against the whole
        # list; nor a figure claimed beside it, "... and the total is 40m?", which a "Yes" would seem to confirm)
        if not said or ent.months or ent.days or ent.people or ent.parties or ent.thresholds or "posting" in ent.query \
                or any(n.scaled for n in ent.numbers) or not lex.which_asks.isdisjoint(ent.words):
            return None
        first, last = min(r.start for r in ent.videos), max(r.end for r in ent.videos)
        opens = min([m.start for m in ent.query.get("order", ())] + list(ent.rank_at))
        claim = max(said) <= first and not lex.set_claims.isdisjoint(ent.words[max(said) : first])
        member = opens >= last and not lex.within_words.isdisjoint(ent.words[last:opens]) and (
            not lex.yes_no_openers.isdisjoint(ent.words[:opens]))
        if not (claim or member):
            return None
        query = self._parsed_apart(ent, ("list",) if member else None)
        if query is None:
            return None
        sel = query.items.items
        named = [f for f in sel.filters if isinstance(f, Named) and not f.negate]
        # (a claim names each of the slice: not "bottom 4, so <A> down to <B>", nor "the earliest: <A>, <B> or <C>")
        if sel.order is None or sel.slice is None or len(named) != 1 or len(named[0].videos) < 2 or (
                claim and len(named[0].videos) != (sel.slice.n or len(sel.slice.positions))):
            return None
        r = self.responder
        whole = Selection(tuple(f for f in sel.filters if f is not named[0]), sel.order, sel.slice)
        try:
            truth = [r.index_of[id(v)] for v in r.select(whole, query.measure)]
        except NoSuchPlace:
            return None
        answer = r.run(replace(query, items=replace(query.items, items=whole)))
        if not answer.answered or not truth:
            return None
        videos, claimed = r.ds.videos, named[0].videos
        if member:
            inside = set(claimed) <= set(truth)
            line = ("Yes: " if inside else "No: ") + "; ".join(
                f"{videos[i].title.rstrip('.')} is #{r.position[id(videos[i])]}" + (
                    "" if inside else ", in it" if i in truth else ", not in it") for i in claimed) + "."
        else:
            listed = "; ".join(self._placed_titles(sorted((videos[i] for i in truth), key=lambda v: r.position[id(v)])))
            wrong = "; ".join(f"{videos[i].title} is #{r.position[id(videos[i])]}" for i in claimed if i not in truth)
            line = f"Yes: they are {listed}." if not wrong else f"No: they are {listed} ({wrong})."
        return replace(answer, title=line.rstrip("."), lines=(line, *answer.lines))

    def _one_presupposed(self, ent: Entities) -> bool:
        """Whether the question takes one video to exist: "the vid that ...", "the one which ..." (a determiner up to
        two words before a video word in the singular, a relative word right after), with no word asking whether
        any does ("was there a vid that ...")."""
        lex, tokens = self.lexicon, ent.tokens
        if not lex.one_unless.isdisjoint(ent.words) or self._quiz(ent):
            return False  # (asked whether one does; "true or false: the vid that ...": the claim judged)
        return any(t.s in lex.video_words and t.w not in lex.video_plurals and k + 1 < len(tokens)
                   and tokens[k + 1].w in lex.one_relatives
                   and any(w in lex.one_determiners for w in ent.words[max(0, k - 2):k])
                   for k, t in enumerate(tokens))

    def _quiz(self, ent: Entities) -> bool:
        """Whether a claim is put as a quiz ("true or false: ..."): answered "True:"/"False:"."""
        return self.lexicon.is_quiz(ent.words)

    def _asked(self, sentence: str, said: list[str]) -> bool:
        """Whether a sentence asks: a question, a request, or anything said with a "please" ("your opinion pls")."""
        lex = self.lexicon
        said = lex.expand(said)  # (as read: a chat spelling of a question word asks too)
        while len(said) > 1 and (said[0] in lex.separators or said[0] in lex.lead_ins):
            said = said[1:]  # ("and how old is she", "so how many seats ... lol.": asked, after the joining word)
        # ("... for what", "posted when": a question word closing it asks too)
        # ("like her job, anything": what the question before asks, said more exactly)
        opens = bool(said) and (said[0] in lex.question_words or said[0] in lex.request_words
                                or said[-1] in lex.question_words or said_at(said, 0, lex.clarifiers) is not None)
        return sentence.rstrip().endswith("?") or opens or not lex.polite_words.isdisjoint(said)

    def _unasked_measures_dropped(self, ent: Entities, sentences: list[str]) -> tuple[str, list[str]] | None:
        """The question with each measure the data lacks taken out of the statements that say it, when no
        sentence that asks says it ("I was tickled by the video reading out nasty comments. How many views?"),
        and those of them said beside a figure ("it got 20 million likes."), which the reply says it lacks."""
        held = self.responder.counted_measures
        unheld = [(m, ent.words[s:e]) for m, s, e in zip(ent.measures, ent.measure_starts, ent.measure_ends,
                                                         strict=False) if m not in held]
        if not unheld or len(sentences) < 2:
            return None
        said = [words(s) for s in sentences]
        claimed: list[str] = []
        for measure, phrase in unheld:
            at = [(k, i) for k, ws in enumerate(said) for i in range(len(ws) - len(phrase) + 1)
                  if ws[i : i + len(phrase)] == phrase]
            # (asked, or opening its sentence, "Likes for the <title>.", or not found as typed, or part of a name
            # said for a video, "the mean comments one": the question stands)
            if not at or any(i == 0 or self._asked(sentences[k], said[k]) or self._names_nearby(said[k], i, phrase)
                             for k, i in at):
                return None
            if measure not in claimed and any(w[:1].isdigit() for k, i in at
                                              for w in said[k][max(0, i - CLAIM_REACH) : i]):
                claimed.append(measure)
            for k, i in reversed(at):
                said[k] = said[k][:i] + said[k][i + len(phrase) :]
        return ". ".join(" ".join(ws) for ws in said), claimed

    def _names_nearby(self, said: list[str], i: int, phrase: list[str]) -> bool:
        """Whether a word of a name or a video word stands right beside a phrase ("the mean comments one")."""
        lex = self.lexicon
        near = said[max(0, i - 1) : i] + said[i + len(phrase) : i + len(phrase) + 1]
        return any(w in lex.name_parts or w in lex.video_words or stem(w) in lex.video_words for w in near)

    def _without_asides(self, sentences: list[str]) -> str | None:
        """The question's sentences without its asides ("My old editor would have called it a country mile."):
        statements that name no video, person or party. None when there are none, or nothing else."""
        if len(sentences) < 2:
            return None
        kept = [s for s in sentences if self._asked(s, words(s)) or _names_something(extract(s, self.lexicon))]
        return " ".join(kept) if kept and len(kept) < len(sentences) else None

    def _fallback(self, ent: Entities) -> Answer | None:
        """ "is there an 11th? if not, what's the last one": when the first question is declined, the one asked in
        its place answered, after what the first lacks; None when there is no such question or either is answered
        otherwise."""
        said = self.lexicon.fallback.search(ent.text)
        if said is None or not (head := ent.text[: said.start() + 1].strip()) or not (
                tail := ent.text[said.end() :].strip()):
            return None
        asked = extract(tail, self.lexicon)
        if not (asked.videos or asked.ranks or asked.people or asked.parties or asked.query.get("order")):
            return None  # ("... on youtube? if not, how many in total": it leans on the first, which is declined)
        parsed = self._parsed
        first = self._from_read(extract(head, self.lexicon))
        second = self._from_read(asked) if not first.answered and first.lines else first
        if first.answered or not second.answered:
            self._parsed = parsed
            return None
        return replace(second, lines=(first.lines[0], *second.lines))

    def _guesses_dropped(self, sentences: list[str], whole: Answer | None) -> Answer | None:
        """ "which was the most viewed?? the <name> one I think?? and how many views": a sentence after the first that
        only guesses at the answer asks nothing of its own; the rest answered, a guess naming another video said to
        be wrong beside it. None when no sentence guesses, or the rest is declined; with the whole answered, None
        unless the whole reads as the one video guessed and the rest as another."""
        lex = self.lexicon
        asks = lex.question_words | lex.request_words | lex.separators  # (a sentence opening so asks something)
        guesses = [k for k, s in enumerate(sentences) if k and k < len(sentences) - (whole is not None) and (
            said := lex.expand(words(s))) and not lex.guess_words.isdisjoint(said) and said[0] not in asks]
        if not guesses:
            return None
        named = [r for k in guesses for r in extract(sentences[k], lex).videos if r.strong and len(r.candidates) == 1]
        if whole is not None and not (len(named) == 1 and whole.title.endswith(
                lex.dataset.videos[named[0].best].title)):
            return None
        parsed = self._parsed
        alone = self._from_read(extract(" ".join(s for k, s in enumerate(sentences) if k not in guesses), lex))
        if not alone.answered or (whole is not None and alone.title == whole.title):
            self._parsed = parsed
            return None
        if len(named) == 1 and (guessed := lex.dataset.videos[named[0].best]).title not in alone.title:
            asked = extract(" ".join(s for k, s in enumerate(sentences) if k not in guesses), lex)
            alone = replace(alone, lines=(*alone.lines[:1], _not_guessed(guessed, asked), *alone.lines[1:]))
        return alone

    def _from_read(self, ent: Entities) -> Answer:
        """The answer to what was found in a question, a false premise corrected first."""
        if ent.days and (day := article_day_said(ent, self.lexicon)) is not None:
            return self.responder.article_day(day)  # ("is the article dated 12 december": yes or no, its date)
        lex = self.lexicon
        if len(ent.people) == 2 and (chosen := poster_chosen(ent, lex, self.responder.by_rank)) is not None:
            # ("did <A> or <B> post #1?": the poster of the video said, one of the two or neither)
            video, said = chosen
            return self.responder.corrected(self.responder.video(video, "poster"), video, said, verdict="")
        if ent.people and not ent.videos and (ent.words[0] in lex.yes_no_openers or (
                not lex.yes_no_openers.isdisjoint(ent.words) and lex.question_words.isdisjoint(ent.words))) and (
                placed := place_poster_claimed(ent, lex, self.responder.by_rank)) is not None:
            # ("was #2 posted by <name>?", "was the top video posted by <name>", "the top video, did <name> post
            # it?": the poster of the video there)
            video, said, true = placed
            return self.responder.corrected(self.responder.video(video, "poster"), video, said,
                                            verdict="" if true is None else "Yes: " if true else "No: ")
        if (same := self._ends_asked(ent)) is not None and (ends := self._ends_together(ent, same)) is not None:
            return ends
        if ent.words and ent.words[0] in lex.yes_no_openers and not ent.videos and "order" in ent.query and (
                fits := self._slice_fits(ent)) is not None:
            return fits
        if len(ent.videos) > 1 and not lex.set_claims.isdisjoint(ent.words) and (
                sliced := self._slice_claimed(ent)) is not None:
            return sliced
        answer = self._understand(ent)
        if ent.rounding is not None:  # "to the nearest 100k": the first figure rounded, under it
            answer = rounded(answer, ent.rounding, ent.places, rate="rate" in ent.query)
        if answer.answered and "pair" in answer.details and self._asks_lowest_terms(ent):
            answer = in_lowest_terms(answer)
        if (answer.rows or "listed" in answer.details) and not ent.cues.keys().isdisjoint(_EACH_FIELDS):
            # "links for the top 3": the field asked, of each video listed (a top list's rows show only views)
            # (a composed list says each one's poster and date already; "who else posted ..." asks each one's poster
            # as a line of its own)
            asked = [f for f in _EACH_FIELDS if f in ent.cues and (answer.rows or f not in _LISTED_FIELDS or (
                f == "poster" and self._who_asked(ent)))]
            if asked and answer.answered:
                answer = self.responder.each_field(answer, max(asked, key=ent.cue))
        if answer.answered and answer.intent in ("rank", "filter") and (
                lacking := self._field_lacked(ent, answer)) is not None:
            return lacking
        if answer.answered and len(answer.rows) > 1 and any(
                m.payload in ("share", "share_of") for m in ent.query.get("operation", ())) and every_video_said(
                ent, self.lexicon):
            answer = self.responder.each_share(answer, ent.places)  # ("each video's % share of the top 10 total")
        if answer.answered and answer.details.get("none_fit") and self._one_presupposed(ent):
            # ("what was the vid that hit 20m called": one taken to exist, and none does: declined, the nearest said)
            answer = self.responder.refuse(answer.intent, answer.lines[0], answer.lines[1:])
        if not answer.answered and answer.intent != "not_understood":
            # A decline offers questions about what was named, when something was.
            about = self.responder.suggestions_about(ent)
            answer = answer.with_suggestions(about) if about else answer
        if answer.answered and answer.intent == "metric" and ((told := figure_claimed(ent, self.lexicon)) is not None
                                                              or (told := self._figure_stated(ent)) is not None):
            # ("<party> had 86 million on facebook, right?": the figure corrected, and whose the one said is)
            verdict = "False: " if self._quiz(ent) else "No: "
            return replace(answer, title=f"{verdict}{told}", lines=(f"{verdict}{told}.", *answer.lines))
        if answer.answered and answer.intent == "metric" and not self._reason_asked(ent) \
                and (figure := figure_confirmed(ent, self.lexicon)):
            # ("true or false: <party> got over 86 million on facebook": the claim as the article gives it, confirmed)
            verdict = "True: " if self._quiz(ent) else "Yes: "
            return replace(answer, title=f"{verdict}{figure}", lines=(f"{verdict}{figure}.", *answer.lines))
        if not answer.answered and self._parsed is not None and self._parsed[0] is ent \
                and isinstance(self._parsed[1], Unanswerable):
            return answer  # ("how many <things> were pledged, was it 50k?": a figure of what is not held, no claim)
        if not answer.answered and ent.parties and self.responder.video_parties.isdisjoint(ent.parties):
            return answer  # ("<other party>'s most watched, it was the <title> one?": their videos are not held)
        if answer.answered and answer.intent == "source" and said_anywhere(ent.words, self.lexicon.success_words) \
                and self._reason_asked(ent) and self._success_reason_only(ent):
            # ("why were <party>'s videos so successful": the article gives what the campaign set out to do, not why
            # it worked)
            return self.responder.refuse(answer.intent, "The article doesn't say why: it gives the figures, not the "
                                         "reasons.", ())
        # ("since <claim>, <question>": only the clause's claim is checked, the question after it answered)
        # ("<title> got 3.7m views, how many did <title> get": a figure stated of one video, another asked after it)
        clause = self._premise_clause(ent) if ent.words and (ent.words[0] in self.lexicon.premise_clauses or (
            ent.days and ent.videos and "posting" in ent.query and "relative" in ent.query)
            or not self.lexicon.consequence_joins.isdisjoint(ent.words[1:])
            or ("," in ent.text and len({r.best for r in ent.videos}) > 1 and any(n.scaled for n in ent.numbers))) \
            else None
        # ("<title> went up dec 14 yeah? how many days before the article": the claim is the first sentence's)
        # ("<title> was number 1 wasn't it? which was number 2 then": the place claimed is the first's)
        claimed = clause[0] if clause else self._claim_first(ent) if "premise" in ent.query and (
            len(ent.videos) > 1 or ent.days or len(ent.ranks) > 1) else ent
        # ("<title> vs 3 million, gap": a figure set against the video, no claim of its count)
        set_against = figure_set_against(ent, self.lexicon) if ent.numbers and ent.videos else None
        fix = None if set_against is not None else correction(claimed, self.lexicon, self.responder.by_rank,
                                                               self.responder.position)
        if fix is None and len(ent.numbers) == 2 and set_against is None and answer.answered and (
                chosen := figure_chosen(ent, self.lexicon, self.responder.by_rank)) is not None:
            # ("<title>, 3m or 3.1m?": its count, and whose the other figure is; no yes or no to a choice)
            return self.responder.corrected(answer, *chosen, verdict="")
        if fix is None and claimed is not ent and ent.cues.get("days") and (
                undated := confirmation(claimed, self.lexicon)) is not None and not undated[1]:
            # ("<undated title> went out on 20/11 right? how many days before <title>": no date to check the claim by,
            # nor to count from)
            return self.responder.video(undated[0], "date")
        if (fix is None and (ent.months or ent.days or "article" in ent.query or (
                "order" in ent.query and "premise" in ent.query) or (ent.ranks and "posting" in ent.query)
                     or "weekday" in ent.query)
                and (confirmed := confirmation(ent, self.lexicon)) is not None
                and self.responder.gate(ent, _PREMISE_FRAME) is None):
            if not confirmed[1]:  # (a video with no date: what the data says of its date)
                return self.responder.video(confirmed[0], "date")
            return self.responder.corrected(answer, *confirmed, verdict="True: " if self._quiz(ent) else "Yes: ")
        # (a bar is one figure said: most questions say none)
        # ("was the 2nd video under 10m": a place against a bar, which no intent reads alone)
        # ("did the <topic> one get more than 3.5m": one video said against a figure, not two compared)
        bar = against_bar(ent, self.lexicon, set_against) if fix is None and (
            ent.thresholds or set_against is not None) and (
            answer.answered or answer.intent in ("not_understood", "compare_videos")) else None
        if fix is None and bar is None and clause and clause[0].videos and (
                clause[0].numbers or clause[0].ranks or clause[0].days) and (answer.answered or clause[0].ranks) and (
                held := self._asked_after(clause[1], self.dataset.videos[clause[0].videos[0].best]
                                          if clause[0].days or clause[0].ranks else None, own=True)):
            # ("since <title> got 13.4m, what did <title> get", "<title> was tweeted 17 november, how many days
            # before the article is that", "since <title> came 10th, who posted it": a true claim, then the question)
            return held
        if fix is None and bar is None and answer.answered and ent.videos and not (
                ent.numbers or ent.ranks or ("posting" in ent.query and not ent.people)
                or (ent.people and not ent.cues.keys().isdisjoint(_EACH_FIELDS))) \
                and (len(ent.videos) == 1 or ent.cue("most") or ent.cue("least") or "comparative" in ent.query
                     or said_anywhere(ent.words, self.lexicon.success_words)) \
                and self._reason_asked(ent) and not any(m.start == 1 for m in ent.query.get("negate", ())) \
                and not (ent.words[0] in self.lexicon.reason_starts and any(r.start == 0 for r in ent.videos)):
            # "why did <title> get more views than the rest", "why did <title> do so well": a true claim of it, its
            # reason asked, which no figure gives (not a tweet quoted, "'why don't you ...' - which video", quote marks
            # or not: its "why" is the tweet's; nor a request, "why not tell me ..."; not one letter, "y el que ...",
            # which is "and" as often as "why"; a claim of its place or poster is checked)
            return self.responder.refuse(answer.intent, "The article doesn't say why: it gives the figures, not the "
                                         "reasons.", answer.lines[:1])
        if fix is None and bar is None and answer.answered and answer.intent == "metric" and not ent.videos \
                and (moved := self._move_denied(ent, why := self._reason_asked(ent))) is not None:
            # ("why did <name>'s retweets go down compared to 2017", "rts dropped since 2017 right": they rose; the
            # claim corrected, both figures given, a reason asked still not)
            earlier, later = moved
            way = "rose" if later.value > earlier.value else "fell"
            head = f"No: {fmt.possessive(later.label)} {later.measure} {way} by " \
                f"{fmt.count(abs(later.value - earlier.value))}, from {fmt.count(earlier.value)} to " \
                f"{fmt.count(later.value)}"
            return replace(answer, title=head, lines=(
                f"{head}.", f"{self.responder.metric_phrase(later)}.", f"{self.responder.metric_phrase(earlier)}.",
                *(("The article doesn't say why: it gives the figures, not the reasons.",) if why else ())))
        if fix is None and bar is None and answer.answered and answer.intent == "metric" and not ent.videos \
                and len(set(ent.parties) | set(ent.people)) < 2 and self._reason_asked(ent):
            # "why did <party> only get 25m views": a campaign figure's reason (what the article says of the
            # strategy as a whole is its source answer, not a figure's; two sides' figures set against each other may
            # answer a false claim of which is ahead, and are given)
            return self.responder.refuse(answer.intent, "The article doesn't say why: it gives the figures, not the "
                                         "reasons.", answer.lines[:1])
        if fix is not None and not answer.answered and answer.lines and answer.intent != "not_understood" \
                and answer.lines[0].startswith(LACKED) and (clause or self._lacked_after_date_claimed(ent, answer)):
            # ("since <title> went up on <false day>, how long before the election was that", "<title> went up on
            # <false day> didn't it? what time": the claim corrected, then what the question after it asks that the
            # data lacks)
            fixed = self.responder.corrected(answer, *fix, verdict="False: " if self._quiz(ent) else "No: ")
            return replace(fixed, lines=(fixed.lines[0], answer.lines[0], *fixed.lines[1:]))
        if (fix is None and bar is None) or self.responder.gate(ent, _PREMISE_FRAME) is not None:
            return answer  # no false claim, or a question the data cannot answer anyway
        if fix is not None:
            after = self._asked_after(clause[1], fix[0]) if clause else self._asked_next(ent, fix[0])
            if after is None and answer.answered and answer.intent in _SET_AGAINST \
                    and fix[0].title.rstrip(".") in answer.title:
                # ("<title> was posted nov 4th yes? need the interval to <title>", "<title> did 7.3m iirc, the delta vs
                # <title>?": the claim corrected, the two set against each other by their own figures; a title's
                # own closing dot is not said inside a sentence)
                after = answer
            return self.responder.corrected(after or answer, *fix, verdict="False: " if self._quiz(ent) else "No: ",
                                            beside=after is not None)
        assert bar is not None
        return self.responder.corrected(answer, bar[0], bar[1], verdict="")

    def _lacked_after_date_claimed(self, ent: Entities, whole: Answer) -> bool:
        """Whether a date is claimed in a question ("<title> went up on <day>, didn't it?") and the sentence after it,
        read alone, asks what the data lacks, as the whole does ("what time"): not what the false date itself made
        the whole decline."""
        cut = _inner_question_mark(ent.text)
        if cut < 0 or not (ent.days or ent.months):
            return False
        parsed = self._parsed
        alone = self._from_read(extract(ent.text[cut + 1 :], self.lexicon))
        self._parsed = parsed
        return not alone.answered and bool(alone.lines) and alone.lines[0] == whole.lines[0]

    def _reason_asked(self, ent: Entities) -> bool:
        """Whether the question, or a sentence of it, opens by asking why ("why did", "how come", "what is the reason";
        "<claim>? why did it do so well"), or a clause of it closes with "why" ("<title> so viral, why?"), typed as a
        word of two letters or more (one letter, "y el que ...", is "and" as often as "why"; a quote mark first is a
        tweet quoted)."""
        lex = self.lexicon
        openers, text = lex.reason_openers, ent.text

        def opens(said: list[str]) -> bool:
            # (not the asker's own reason: "reason for asking: ...")
            opener = said_at(said, 0, openers)
            return opener is not None and (len(said) == len(opener) or said[len(opener)] not in lex.reason_not_after)

        if opens(ent.words):
            return text.lstrip()[:2].isalpha()
        if lex.reason_starts.isdisjoint(ent.words):
            return False
        if any(part[:2].isalpha() and opens(words(part)) for part in SENTENCE_END.split(text.strip())[1:]):
            return True
        # ("<title> so viral, why?", "<title> itna viral kyun hua": "why" closing a clause, asked of what it follows;
        # typed as a word of two letters or more, as above; not reported, "he asked me why", "no idea why, but")
        closers = lex.reason_closers
        if closers.isdisjoint(ent.words):
            return False  # (most questions: no "why" at all, only a "what" that might open "what is the reason")
        return any(len(typed := [w for w in words(part) if w not in lex.fillers]) and len(typed[-1]) > 1
                   and lex.read_as(typed[-1])[-1] in closers
                   and lex.reason_not_before.isdisjoint(typed[-3:-1]) for part in _CLAUSE_END.split(text))

    def _success_reason_only(self, ent: Entities) -> bool:
        """Whether the source is asked about only by words of a reason and of success ("why were they so
        successful, what is the reason"), not by what the article claims or where it comes from."""
        lex = self.lexicon
        said = (ent.said(m) for m in ent.cue_matches.get("source", ()))
        return all(p in lex.success_reasons or f" {p} " in lex.success_words for p in said)

    def _premise_clause(self, ent: Entities) -> tuple[Entities, str] | None:
        """ "since <claim>, <question>" (its first word one of `premise_clauses`), "<claim>, so <question>" (one of
        `consequence_joins` between): the claim's clause, read, and the question after it; else None."""
        joined = self.lexicon.consequence_join.search(ent.text)
        if joined is not None and joined.start() > 0 and self._asked(ent.text[joined.end() :],
                                                                     words(ent.text[joined.end() :])):
            # ("<title> is #3 w 3.7m views, so whats at #4?": a claim stated, then the question drawn from it)
            claim, rest = ent.text[: joined.start()], ent.text[joined.end() :]
        elif "," in ent.text or " - " in ent.text:
            # ("<title> was tweeted 17 dec - how many days before the article": a dash ends the claim as a comma does)
            claim, rest = ent.text.split("," if "," in ent.text else " - ", 1)
            joined = None
        else:
            return None
        # (a claim the question is drawn from is checked as one said "since ...", unless it claims a day, which
        # "since" would make a bound: "<title> was posted 25 nov so ...")
        said = extract(claim, self.lexicon)
        if joined and not said.days:
            said = extract(f"{self.lexicon.premise_clause_word} {claim}", self.lexicon)
        # ("as I understand it, <claim>": a clause that names no video holds no claim to check; "<title> was tweeted
        # 17 december, how many days before the article is that": a date stated of it, then the question; "... 5 dec
        # wasnt it, how many days ...": a date claimed of it)
        # ("<title> was posted 14 dec, how many days before the article": the question, naming no video, is of it)
        stated = (joined is not None and bool(said.ranks or said.numbers or said.days)) or ent.words[0] in \
            self.lexicon.premise_clauses or (said.days and "posting" in said.query and (
                "premise" in said.query or not self.lexicon.video_pronouns.isdisjoint(words(rest))
                or (len(ent.videos) == 1 and ent.videos[0].end <= len(said.words) and self._day_known(rest))))
        if not stated and any(n.scaled for n in said.numbers) and len({r.best for r in said.videos}) == 1 \
                and not self._supposed(said) and self._asked(rest, words(rest)):
            # ("<title> got 3.7m views, how many did <title> get": the figure stated of the one, the other asked)
            stated = any(r.best != said.videos[0].best for r in extract(rest, self.lexicon).videos)
            if stated:  # (checked as a claim said "since ...")
                said = extract(f"{self.lexicon.premise_clause_word} {claim}", self.lexicon)
        return (said, rest) if rest.strip() and said.videos and stated else None

    def _day_known(self, rest: str) -> bool:
        """Whether a question after a claim names no day the data lacks ("how many days before the article", "...
        polling day on the 12th"; not "... before the election", whose day is not held)."""
        said = words(rest)
        return self.lexicon.window_events.isdisjoint(said) or any(w[:1].isdigit() for w in said)

    def _claim_first(self, ent: Entities) -> Entities:
        """ "<title> was tweeted on 4 November right? how many days before <title> was that": the first sentence, a
        claim put as a question, read alone (the claim checked is its own); else the whole question."""
        first = SENTENCE_END.split(ent.text.strip(), 1)[0]
        if first == ent.text.strip() or not first.rstrip().endswith("?"):
            return ent
        said = extract(first, self.lexicon)
        return said if said.videos and said.query.get("premise") else ent

    def _figure_stated(self, ent: Entities) -> str | None:
        """ "<party> had 52 million fb views, how much less than <party> was that": a campaign figure stated in a
        clause before the question, when the data says otherwise: what it is (see figure_claimed); else None."""
        lex = self.lexicon
        head, comma, _ = ent.text.partition(", ")
        said = words(head)
        if not comma or not said or not lex.correction_ends.isdisjoint(said):
            return None  # ("52 million lol no wait 25": a figure taken back)
        read = extract(head, lex)
        if self._supposed(read):
            return None
        if len(read.years) > 1 or (read.years and sum(n.scaled for n in read.numbers) > 1):
            return None  # ("2.4m in 42 days and 1.4m in 52 days in 2017": which figure the year is of is unsaid)
        return figure_claimed(read, lex, stated=True)

    def _supposed(self, clause: Entities) -> bool:
        """Whether a clause stating a figure supposes it rather than claims it: "(what) if <party> had 52 million",
        "say ...", "assuming ...", "add 500k to <title>" (a word that supposes before the figure, or one opening the
        clause); not "... 52m if I remember right", "people say ..."."""
        lex = self.lexicon
        figure = next((n.start for n in clause.numbers if n.scaled), len(clause.words))
        return not lex.hypothetical_words.isdisjoint(clause.words[:figure]) or (
            bool(clause.words) and clause.words[0] in lex.supposing_words)

    def _asked_next(self, ent: Entities, claimed: Video) -> Answer | None:
        """ "<title> came 4th, yeah? what came just below it": the question in the sentences after a claim, asked as
        a follow-up about the video claimed of ("it" is that video); None when there is none or it is declined."""
        # ("<title> came third, I believe. What came after it?": a claim stated, then the question)
        sentences = SENTENCE_END.split(ent.text.strip())
        rest = " ".join(sentences[1:])
        if len(sentences) < 2 or not self._asked(rest, words(rest)):
            return None
        parsed = self._parsed
        video = self.responder.index_of[id(claimed)]
        asked = about_it(self, rest, video)  # ("how many days before <title> was that": "that" is the video)
        if asked is None and (days := self._days_from(extract(rest, self.lexicon), rest, claimed)) is not None:
            self._parsed = parsed
            return days
        if asked is None:
            read = extract(rest, self.lexicon)
            if any(read.cue(c) for c in ("compare", "difference", "ratio", "days")) or "relative" in read.query \
                    or _bare_count(read):
                # ("how many days after <title>?": set against the claimed video, unsaid: not alone; "did <A> beat
                # <B>? how many": the margin, which the whole reads)
                self._parsed = parsed
                return None
            asked, _ = converse(self, rest, Context(sentences[0], (video,), field="card"))
        self._parsed = parsed  # (the whole question's parse, kept for a conversation's context)
        return asked if asked is not None and asked.answered and asked.title != claimed.title else None

    def _days_from(self, read: Entities, rest: str, claimed: Video) -> Answer | None:
        """ "<title> was tweeted 5 dec, wasnt it? how many days before the article": days asked after a day claimed of
        a video, naming no video: from the video's own day; None when not asked so, or declined."""
        if read.videos or read.ranks or read.people or not any(
                m.payload == "days" for m in read.query.get("operation", ())):
            return None
        parsed = self._parsed
        asked = self._from_read(extract(f"{rest} {claimed.title}", self.lexicon))
        self._parsed = parsed
        return asked if asked.answered else None

    def _names_data(self, ent: Entities) -> bool:
        """Whether a question names anything of the data: a video, place, person, party, count, figure, platform, the
        bonus, a video word, or asks for help or the source."""
        lex = self.lexicon
        return bool(ent.videos or ent.ranks or ent.people or ent.parties or ent.measures or ent.numbers or ent.bonus
                    or ent.platforms_named or ent.cue("help") or ent.cue("source")
                    or not lex.video_words.isdisjoint(t.s for t in ent.tokens))

    def _asked_after(self, rest: str, claimed: Video | None, own: bool = False) -> Answer | None:
        """The answer to the question after a claim's clause, when it stands alone (nothing set against the claim's
        video: "how far ahead of <title> is it"; its "it" is that video) and is not about the video claimed of (its
        card follows the correction instead; `own`: the claim was true, so an answer about it is the answer)."""
        lex = self.lexicon
        read = extract(rest, lex)
        if claimed and not lex.video_pronouns.isdisjoint(read.words) and all(
                claimed is not self.dataset.videos[r.best] for r in read.videos):
            # ("since <title> came 7th, what was just above it": "it" is the video claimed of, at its true place)
            parsed = self._parsed
            asked = about_it(self, rest, self.responder.index_of[id(claimed)])
            self._parsed = parsed
            return asked if asked is not None and asked.answered and (own or asked.title != claimed.title) else None
        if claimed and (days := self._days_from(read, rest, claimed)) is not None:
            return days
        if not lex.video_pronouns.isdisjoint(read.words) or any(
                read.cue(c) for c in ("compare", "difference", "ratio")) or "comparative" in read.query or any(
                m.payload not in ("value", "count") for m in read.query.get("operation", ())):
            return None
        if not claimed and not (read.videos or read.ranks or read.people):
            return None  # (a true claim, then a question of nothing of its own: the whole question answers)
        parsed = self._parsed
        asked = self._from_read(read)  # (a claim of its own checked too: "..., did <title> get 5m?")
        self._parsed = parsed  # (the whole question's parse, kept for a conversation's context)
        return asked if asked.answered and not (claimed and asked.title.startswith(claimed.title)) else None

    def _understand(self, ent: Entities) -> Answer:
        """The answer to what the question asks: a composed query, else the best-scoring intent."""
        if not self._names_data(ent) and said_anywhere(ent.words, self.lexicon.advice_asks):
            return self.responder.not_understood()  # ("what should i plant in december": not about the videos)
        query = parse_query(ent, self.lexicon)
        self._parsed = (ent, query)  # for a conversation's context, read right after (see `parsed`)
        if ent.figure_unmatched is not None:
            return self._no_such_figure(ent.figure_unmatched)  # ("the 3m or the 9m video": no 9m video to answer of)
        if isinstance(query, Query) and (figure := _figure_unread(ent, query)) is not None:
            # ("how many videos got <figure> <a bound not known>": never the videos counted without it)
            return self.responder.refuse("aggregate", f"I couldn't tell how {fmt.count(figure)} bounds the videos "
                                         "counted.", [f"Try: how many videos got over {fmt.count(figure)} views."])
        if isinstance(query, Query) and ent.people and not ent.videos and (
                owner := _owner_unread(ent, query, self.lexicon)) is not None:
            # ("total views of <name>'s own campaign videos", someone who posted none: never the whole list's)
            person = self.responder.person(owner)
            name = person.name if person is not None else owner
            posters = [q.name for q in map(self.responder.person, self.lexicon.posted) if q is not None]
            return self.responder.refuse("aggregate", f"I don't have any videos posted by {name}.", [
                f"The videos I have with a poster were posted by {' and '.join(posters)}."])
        if query is not None and ent.ranks and (k := self._place_beyond(ent)) is not None:
            return self._no_place(k)  # ("views of #11 and #1": a figure for #1 alone would pass for the pair)
        if ent.years and isinstance(query, Query) and (
                year := _year_unread(ent, query, self.dataset, self.lexicon)) is not None:
            # ("<name>'s most viewed video in 2017": never the campaign's own videos, as if of that year)
            return self.responder.no_videos_from("aggregate", year)
        if query is not None:
            if log.isEnabledFor(logging.DEBUG):
                log.debug("question query=%s", query)
            gate = self.responder.gate(ent, _QUERY_FRAME)
            if gate is None and isinstance(query, Query) and (read := band_read(query, ent, self.lexicon)) is not None:
                if isinstance(read, Query):
                    return self.responder.run(read)  # ("between 5m and 3m": the band from one to the other)
                answers = [self.responder.run(half) for half in read]  # (over one bound, then under the other)
                return replace(joined(answers), title="; ".join(a.title for a in answers))
            if gate is None and isinstance(query, Query) and query.other is not None and query.op == "difference" \
                    and query.items.factor == query.other.factor == 1 \
                    and any(m.payload == "ratio" for m in ent.query.get("operation", ())):
                # ("how much more did <A> get than <B>, and how many x": the ratio, whose answer says the gap too; not
                # "is <A> more than 5x <B>", a gap to a figure scaled)
                return self.responder.run(replace(query, op="ratio"))
            return gate or self.responder.run(query)
        debug = log.isEnabledFor(logging.DEBUG)
        # Only the frames read: the best two (each intent scores once, so the runner-up is the second), and
        # the four the log shows.
        frames = score_frames(ent, self.lexicon, keep=4 if debug else 2)
        frame, margin = decide(frames)
        if debug:
            log.debug(
                "question scores=%s chosen=%s margin=%.2f",
                [(f.intent, f.score) for f in frames[:4]],
                frame and frame.intent,
                margin,
            )
        if frame is None:
            gate = self.responder.gate(ent, frames[0]) if frames else None
            return gate or self.responder.not_understood()
        if ent.ranks and frame.intent != "rank" and (k := self._place_beyond(ent)) is not None:
            # ("what was #11, just outside the top 10", "the 11th most viewed? the one after <title>"): the place
            # asked is not in the list, whatever else the question says of it
            return self._no_place(k)
        return self.responder.respond(ent, frame)

    def _no_such_figure(self, value: float) -> Answer:
        """The decline for a video named by a count none has ("the 5m video"), with the nearest counts."""
        nearest = [self.dataset.videos[i] for i in self.lexicon.nearest_counts(value)]
        near = " and ".join(f"{v.title.rstrip('.')} ({fmt.count(v.views)})" for v in nearest)
        return self.responder.refuse("video", f"No video has about {fmt.count(value)} views"
                                     + (f": the nearest is {near}." if near else "."))

    def _no_place(self, k: int) -> Answer:
        """The decline for a place past the list's end."""
        return self.responder.refuse("rank", f"There is no {fmt.ordinal(k)}: the list has {self.video_count} videos.")

    def _place_beyond(self, ent: Entities) -> int | None:
        """A place in the views order past the list's end, written as one ("#11", "number 11", "the 11th most
        viewed", "the 11th video", "views for 10 and 11"; not "posted on the 11th"), else None."""
        lex = self.lexicon
        for k, at in zip(ent.ranks, ent.rank_at, strict=False):
            if k > self.video_count and not ent.days and (at in ent.bare_at or listed_place(ent, lex, at) or (
                    at + 1 < len(ent.tokens) and ent.tokens[at + 1].s in lex.video_words) or (
                    # ("what came 10th, but what was 11th": an ordinal typed as such right after a verb of places;
                    # not "<title> was 12th", a place claimed of it, nor days, "10th to 20th")
                    at > 0 and not ent.videos and ent.words[at].startswith(str(k))
                    and ent.words[at][len(str(k)):] in lex.ordinal_suffixes
                    and ent.words[at - 1] in lex.place_verbs_before) or any(
                    m.start == at + 1 and m.payload.startswith("views") for m in ent.query.get("order", ()))):
                return k
        return None

    def explain(self, text: str) -> Explanation:
        """The entities found, every intent's score, the winner and its margin."""
        ent = extract(text, self.lexicon)
        query = parse_query(ent, self.lexicon)
        frames = score_frames(ent, self.lexicon)
        frame, margin = decide(frames)
        videos = [
            {
                "words": " ".join(ent.words[r.start : r.end]),
                "strong": r.strong,
                "candidates": [self.dataset.videos[i].title for i in r.candidates],
            }
            for r in ent.videos
        ]
        entities = {
            "videos": videos,
            "parties": ent.parties,
            "people": ent.people,
            "unknown names": ent.others,
            "platforms": ent.platforms,
            "measures": ent.measures,
            "numbers": [n.value for n in ent.numbers],
            "ranks": ent.ranks,
            "months": ent.months,
            "days": ent.days,
            "years": ent.years,
            "thresholds": ent.thresholds,
            "bonus": ent.bonus,
            "cues": ent.cue_words,
        }
        return Explanation(
            ent.words, entities, [(f.intent, f.score) for f in frames], frame.intent if frame else None, margin,
            repr(query) if query is not None else None,
        )

    def command(self, name: str, arg: str = "") -> Answer:
        """A command by name (top, video, compare, retweets, summary, source, bonus, help)."""
        r = self.responder
        arg = (arg or "").strip()[:200]
        if name == "top":
            number = re.match(r"#?(\d{1,6})\b", arg)
            if number and re.match(r"\s*(?:[-–]|to\s+#?\d|by\b)", arg[number.end() :], re.IGNORECASE):
                # ("top 6-10", "top 6 to 10", "top 3 by retweets": a range or an order said, read as the question it
                # says; not "top 5/10", "top 5 but not the first": the count alone, as the command says it)
                read = self._from(extract(f"top {arg}", self.lexicon))
                if read.intent != "not_understood":
                    return read
            return r.top(int(number.group(1)) if number else None)
        if name == "video":
            return self._video_command(arg)
        if name == "compare":
            if arg:
                # ("compare 2 10": two places, the "vs" left out)
                arg = re.sub(r"^#?(\d{1,2})\s+#?(\d{1,2})$", r"#\1 vs #\2", arg)
                ans = self.answer(f"compare {arg}")
                if ans.intent in ("compare_videos", "compare", "metric"):
                    return ans
                return r.refuse("compare", "Give two videos to compare, e.g. `compare 1 vs 2`.")
            return r.measure("views")
        if name == "retweets":
            return r.measure("retweets")
        if name == "summary":
            return r.summary()
        if name == "source":
            return r.source()
        if name == "bonus":
            return r.bonus()
        return r.help()

    def _video_command(self, arg: str) -> Answer:
        r = self.responder
        if not arg:
            return r.refuse("video", "Which video? Give a name or a rank, e.g. `video 1`.")
        digits = arg.lstrip("#")
        if digits.isascii() and digits.isdigit():  # "²" is a digit to isdigit() but no number to int()
            k = int(digits)
            if 1 <= k <= len(r.by_rank):  # a place among all videos by views (a video's rank counts in its party)
                return r.video(r.by_rank[k - 1], "card")
            return r.refuse("video", f"There is no #{k}: the list has {self.video_count} videos.")
        exact = [v for v in self.dataset.videos if v.title.casefold() == arg.casefold()]
        if exact:
            return r.video(exact[0], "card")
        ent = extract(arg, self.lexicon)
        if not ent.videos and len(ent.people) == 1 and len(own := self.lexicon.posted.get(ent.people[0], ())) == 1:
            return r.video(self.dataset.videos[own[0]], "card")  # ("video <name>": the one video they posted)
        if not ent.videos:
            return r.refuse(
                "video", "I don't know a video by that name.", ["Try `top` for the list, or a rank such as `video 3`."]
            )
        v, others = r.resolve(ent.videos[0], list(self.dataset.videos))
        if v is None:
            return r.refuse("video", "I don't know a video by that name.")
        return r.video(v, "card", others)

    def place(self, video: Video) -> int:
        """A video's place among all videos by views, from 1 (its own `rank` counts within its party)."""
        return self.responder.position[id(video)]

    def complete_video(self, prefix: str, limit: int = 25) -> list[str]:
        """Video titles for autocomplete: exact prefix hits first, then fuzzy matches."""
        from rapidfuzz import fuzz, process

        titles = [v.title for v in self.dataset.videos]
        prefix = prefix.strip()[:100]
        if not prefix:
            return titles[:limit]
        folded = prefix.casefold()
        hits = [t for t in titles if t.casefold().startswith(folded)]
        ent = extract(prefix, self.lexicon)
        hits += [self.dataset.videos[i].title for ref in ent.videos for i in ref.candidates]
        hits += [m[0] for m in process.extract(prefix, titles, scorer=fuzz.WRatio, limit=limit, score_cutoff=60)]
        return list(dict.fromkeys(hits))[:limit]
