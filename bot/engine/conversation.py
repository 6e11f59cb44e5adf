"""Follow-up questions: what a conversation's last answer was about, and questions read against it.

A question that stands on its own is answered exactly as it would be alone. One that leans on the last
answer ("who posted it?", "and the second?", "show the rest", "bottom 3 instead", "what about
<party>?", "and in 2017?") is completed from the `Context`: the videos the last answer was about, the
ordered list they came from, what was asked of one video, and the campaign figures it showed. The words
that mark a follow-up are the `follow_up:` units of vocabulary.yaml. A reply to a follow-up names in its
title what the missing part was taken to be, so a wrong guess shows; with nothing to go by, or several
things "it" could be, the reply asks which.

`Conversations` keeps one context per key (a Discord channel and user, a `chat` session) in memory,
forgotten after some minutes of silence and bounded in number.
"""

from __future__ import annotations

import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

from bot.dataset.schema import Metric
from bot.engine import format as fmt
from bot.engine.answer import Answer
from bot.engine.answers.base import MAX_ROWS
from bot.engine.entities import (
    Entities,
    VideoRef,
    names_a_stranger,
    paired_operations,
    place_not_compared,
    placed_before,
    posting_order,
)
from bot.engine.frames import VIDEO_FIELDS
from bot.engine.lexicon import Match
from bot.engine.normalise import words
from bot.engine.query import MetricQuery, Named, Operand, Query, Selection
from bot.engine.query_execute import NoSuchPlace
from bot.engine.query_metric import figures_said
from bot.engine.query_parse import TWO_SIDED
from bot.engine.query_parse import parse as parse_query
from bot.engine.relevance import is_asked, reads_as_question

if TYPE_CHECKING:
    from bot.engine import Engine
    from bot.engine.respond import Responder

POOL_CAP = 100  # an ordered list kept for "the second", "the rest": a longer one keeps its start
CHOICES_SHOWN = 5  # an ambiguous "it" names at most this many of the candidates
NO_CONTEXT = "no_context"  # intent of the reply to a follow-up with nothing before it to go by
AMBIGUOUS = "ambiguous"  # intent of the reply when "it" could be several things
# Units by which a question says which videos of its own (a weekday too: "what got posted on thursdays, both of them")
_OWN_SET_UNITS = ("tweet", "article", "half", "range", "negate", "relative", "weekday")
BARE_MEASURE = 2  # words at most of a follow-up that names only a measure ("views?"): the last answer's
FRAGMENT_WORDS = 5  # "link?", "whats the gap?": a question this short with nothing named asks about the last answer
TWO_VIDEO_OPERATIONS = ("difference", "sum")  # asked alone after two answers of one video each: of those two
SET_OPS = ("list", "item", "count", "sum", "mean", "median")  # queries whose answer is about one set


@dataclass(frozen=True, slots=True)
class Context:
    """What the last answered question of a conversation was about (dataset indices and figure ids)."""

    question: str = ""  # as answered: a follow-up completed from the context it had
    videos: tuple[int, ...] = ()  # the videos of the answer, in the order shown
    pool: tuple[int, ...] = ()  # the ordered list they are the start of ("top 3": all, by views)
    field: str = ""  # what was asked of one video: views, poster, date, text, link, ... or card
    metrics: tuple[str, ...] = ()  # the campaign figures shown, the asked one first
    others: tuple[str, ...] = ()  # things listed that are no videos of the data (the bonus favourites)
    compared: bool = False  # the question asked a comparison ("what about <party>?" then keeps both sides)
    # The one video of the answer before, when this one was about one other ("<title>?", "and <title>?": "those two")
    earlier: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.videos or self.metrics or self.others)


EMPTY = Context()


_titles: weakref.WeakKeyDictionary[Responder, dict[str, int]] = weakref.WeakKeyDictionary()
_phrases: weakref.WeakKeyDictionary[Responder, dict[str, str]] = weakref.WeakKeyDictionary()  # line -> metric id
_orders: weakref.WeakKeyDictionary[Responder, tuple[tuple[int, ...], tuple[int, ...]]] = weakref.WeakKeyDictionary()


def title_index(r: Responder) -> dict[str, int]:
    """Video title -> dataset index, once per dataset (answers name their videos by title)."""
    index = _titles.get(r)
    if index is None:
        index = {}
        for i, v in enumerate(r.ds.videos):
            index.setdefault(v.title, i)
        _titles[r] = index
    return index


def converse(engine: Engine, text: str, context: Context, *,
             open_channel: bool = False) -> tuple[Answer | None, Context]:
    """The answer to a question in a conversation, and the context for the next question.

    `open_channel`: the text may be chatter (an answer channel); None when it does not read as a question.
    """
    command = engine.as_command(text)
    ent = engine.read(text)
    if command is not None:
        return command, resolved(engine, ent, command, context, text)
    reading = _Reading(engine, ent, context, text)
    # In an open channel, chatter is not answered, unless it is asked right after an answer and leans on
    # it ("show the rest?").
    leans = bool(context and reading.marks and is_asked(text, ent, engine.lexicon))
    if open_channel and not leans and not reads_as_question(text, ent, engine.lexicon):
        return None, context
    answer, after = reading.answer()
    if not context and answer is not None and (named := engine.name_alone(ent, answer)) is not None:
        return named, resolved(engine, ent, named, context, text)  # ("<party>?" as a first question: their figure)
    return answer, after


def about_it(engine: Engine, text: str, video: int) -> Answer | None:
    """The answer to a question whose pronoun ("it", "that") is read as naming the video; None when it has none."""
    ent = engine.read(text)
    reading = _Reading(engine, ent, Context(text, (video,), field="card"), text)
    if "it" not in reading.marks:
        return None
    return reading._it()[0]


def resolved(engine: Engine, ent: Entities, answer: Answer, before: Context, text: str) -> Context:
    """What an answer was about, as the context for the next question (a decline keeps the one before)."""
    if not answer.answered:
        return before
    r = engine.responder
    index = title_index(r)
    videos: tuple[int, ...] = ()
    pool: tuple[int, ...] = ()
    title = answer.details.get("video")
    if isinstance(title, str) and title in index:
        videos = (index[title],)
    elif answer.rows:
        videos = tuple(index[row.label] for row in answer.rows if row.label in index)
    elif answer.intent == "compare" and isinstance(sides := engine.parsed(ent), Query) and sides.other is not None:
        # ("was <A> posted before <B>?": the two set against each other, what "them" is next)
        named = [f.videos for side in (sides.items, sides.other) for f in side.items.filters
                 if isinstance(f, Named) and not f.negate]
        if len(named) == 2 and all(len(v) == 1 for v in named) and named[0] != named[1]:
            videos = (named[0][0], named[1][0])
    # The composed query's own set and order (the intent scorer's "top" lists are never composed).
    query = engine.parsed(ent) if answer.intent in ("filter", "rank", "aggregate") else None
    if isinstance(query, Query) and query.op in SET_OPS:
        sel = query.items.items
        try:
            videos = tuple(r.index_of[id(v)] for v in r.select(sel, query.measure)[:MAX_ROWS])
            if sel.order is not None and sel.slice is not None:
                whole = r.select(Selection(sel.filters, sel.order), query.measure)
                pool = tuple(r.index_of[id(v)] for v in whole[:POOL_CAP])
        except NoSuchPlace:
            pass  # a place past the end: declined in the answer already
    elif answer.intent in ("top", "rank") and videos and not ent.subjects():
        # The intent scorer's lists and places count in all videos by views, most or least first.
        pool = _views_order(r, least=ent.cue("least") > ent.cue("most"))
    if videos == before.videos and not pool:
        pool = before.pool  # the same video again ("who posted it?"): "and the second?" still counts on
    metrics = _metrics_shown(r, answer)
    others: tuple[str, ...] = ()
    if answer.intent == "bonus" and r.ds.bonus:
        others = tuple(v.title for v in r.ds.bonus.videos)
    earlier = before.videos if len(videos) == 1 and len(before.videos) == 1 and before.videos != videos else ()
    if len(videos) == 1 and answer.intent == "rank" and isinstance(placed := engine.parsed(ent), Query) and (
            rel := placed.items.items.relative) is not None and (rel.anchor,) != videos:
        earlier = (rel.anchor,)  # ("the one posted just before <title>", then "days between them": the two)
    return Context(" ".join(ent.words)[:300] or text[:300], videos, pool, _field(ent), metrics, others,
                   _compares(ent), earlier)


def _compares(ent: Entities) -> bool:
    """Whether a question asks a comparison of figures (a gap, a ratio, "vs", "compared with")."""
    return bool(ent.cue("difference") or ent.cue("ratio") or ent.cue("compare"))


def _views_order(r: Responder, least: bool) -> tuple[int, ...]:
    """All videos by views (the start of the list, POOL_CAP of them), one shared tuple per way."""
    orders = _orders.get(r)
    if orders is None:
        desc = tuple(r.index_of[id(v)] for v in r.by_rank[:POOL_CAP])
        asc = tuple(r.index_of[id(v)] for v in r.by_rank[::-1][:POOL_CAP])
        orders = _orders[r] = (desc, asc)
    return orders[1] if least else orders[0]


def _metrics_shown(r: Responder, answer: Answer) -> tuple[str, ...]:
    """The campaign figures a figures answer states, in the order it states them."""
    if answer.intent != "metric":
        return ()
    phrases = _phrases.get(r)
    if phrases is None:
        phrases = _phrases[r] = {r.metric_phrase(m) + ".": m.id for m in r.ds.metrics}
    return tuple(dict.fromkeys(phrases[line] for line in answer.lines if line in phrases))


def _field(ent: Entities) -> str:
    """What is asked of one video: its strongest field cue, else its views when a count is asked, else all."""
    best = max(VIDEO_FIELDS, key=ent.cue)
    if ent.cue(best) > 0:
        return best
    return "views" if ent.measures or ent.cue("lookup") else "card"


class _Reading:
    """One question read against a context: which follow-up it is, if any, and its answer."""

    def __init__(self, engine: Engine, ent: Entities, context: Context, text: str) -> None:
        self.engine, self.ent, self.ctx, self.text = engine, ent, context, text
        self.r: Responder = engine.responder
        marks = engine.lexicon.follow_up.walk(ent.keys)  # (the follow-up units of vocabulary.yaml: Lexicon.build)
        self.marks: dict[str, list[Match]] = marks.vocabulary(frozenset(ent.covered))
        if "it" in self.marks:
            # ("the one THAT came out ...": a clause opening after a video word, no pronoun for the last answer's)
            video_words = engine.lexicon.video_words
            # (nor "which video was IT THAT had <figure>": a cleft, "it" the video the question asks)
            lex, tokens = engine.lexicon, ent.tokens
            cleft = {j for k in range(1, len(tokens) - 1) if tokens[k - 1].w in lex.yes_no_openers
                     and tokens[k].w in lex.video_pronouns and tokens[k + 1].w in lex.cleft_relatives
                     for j in (k, k + 1)}
            kept = [m for m in self.marks["it"] if not (m.start and tokens[m.start - 1].s in video_words)
                    and m.start not in cleft]
            if kept:
                self.marks["it"] = kept
            else:
                del self.marks["it"]
        if "their" in self.marks:
            theirs = self.marks.pop("their")
            if not (self._describes_a_set() or self._describes_a_video() or ent.ranks or "order" in ent.query
                    or ent.bonus or ent.cue("bonus") or ent.parties or ent.people):
                # (not "bonus favourites what were they": what is named)
                self.marks.setdefault("those", []).extend(theirs)
        # (not "so <party> 86m and <party> 25m, whats the difference": both sides named, with what is asked of them)
        self.opening = any(m.start == 0 for m in self.marks.get("opening", ())) and not (
            len(ent.subjects()) > 1 and not ent.videos and "operation" in ent.query)

    def _subject_lacks(self) -> bool:
        """Whether someone named has none of the campaign figures asked ("how many rts did <name> get over the same
        days"): declined as on its own, whatever was asked before."""
        ent, ds = self.ent, self.engine.dataset
        lex = self.engine.lexicon
        asked = {m for m in ent.measures if m in lex.metric_measures} - lex.video_measures
        return bool(asked) and any(not any(m.measure in asked and s in (m.subject, *m.with_) for m in ds.metrics)
                                   for s in (*ent.people, *ent.parties))

    def _figures_named(self) -> bool:
        """Whether two or more campaign figures are named by their numbers ("2.4m over 42 days vs 1.4m over 52
        days"): the question says what it is about, whatever was asked before."""
        return len({m.id for _, m in figures_said(self.ent, self.engine.lexicon)}) > 1

    def answer(self) -> tuple[Answer, Context]:
        """The answer, completed from the context when the question leans on it, and the context after it."""
        ent, marks, ctx = self.ent, self.marks, self.ctx
        lex = self.engine.lexicon
        if "those" in marks and len(ctx.videos) == 1 and ctx.earlier and (any(
                n.value == 2 and not n.scaled for n in ent.numbers) or ((ent.cue("difference") or any(
                m.payload in ("days", "difference") for m in ent.query.get("operation", ())))
                and "order" not in ent.query and not ent.ranks)):
            # ("the one posted just before <title>", then "how many days between them": the two)
            # ("<title>?", "and <title>?", "sum of those two": the videos of the last two answers; not "of all these",
            # which may be every video)
            self.ctx = ctx = replace(ctx, videos=(*ctx.earlier, *ctx.videos), pool=())
        elif len(ctx.videos) == 1 and ctx.earlier and ctx.field in ("views", "card") and not self._has_subject() \
                and self._short() and lex.all_words.isdisjoint(ent.words) and lex.whole_list_words.isdisjoint(
                    ent.words) and lex.video_words.isdisjoint(t.s for t in ent.tokens) and (
                self._operation_alone() in TWO_VIDEO_OPERATIONS or self._which_of_two()):
            # ("<title> views", "<title> views", then "difference?": the videos of the last two answers; not "grand
            # total", "total of all videos", "how many videos total", nor after two dates asked)
            self.ctx = ctx = replace(ctx, videos=(*ctx.earlier, *ctx.videos), pool=())
        if ent.others or not set(ent.measures) <= lex.video_measures | lex.metric_measures or self._subject_lacks() \
                or self._figures_named():
            # a party, person or kind of figure the data does not carry: declined as on its own
            return self._standalone()
        # A place given as a list position ("the No. 2 video", "#2", "in 1st place") is the whole list's, not the last
        # answer's.
        # (not "1 place above it": a count of places to the one next to it)
        listed = any((ent.words[at].startswith("#") or (at > 0 and ent.words[at - 1] in lex.rank_words) or (
            at + 1 < len(ent.words) and ent.words[at + 1] in lex.rank_words)) and not any(
                m.start == at + 2 for m in ent.query.get("relative", ())) for at in ent.rank_at)
        own_set = bool(ent.videos or ent.bonus or ent.months or ent.days or ent.thresholds or listed)
        # ("first vid posted out of all of them": "first" of a posting order, no place in the last list)
        self.ordered = bool(ent.cue("most") or ent.cue("least")) or any(
            m.payload not in ("first", "last") or "posting" in ent.query for m in ent.query.get("order", ()))
        # Forms that only make sense as a follow-up, answered or not on their own.
        # ("and which video was second?" asks in full: the whole list's second, context or not)
        # ("n wot come 2nd on the list?" as a first question: the list's second)
        asks_in_full = not ctx and any(w in lex.question_words for w in ent.words) and (any(
            t.s in lex.video_words and (t.w not in lex.numbers  # ("one": a pronoun too, unless "which one")
                                        or (k > 0 and ent.words[k - 1] in lex.question_words))
            for k, t in enumerate(ent.tokens)) or bool(ent.cue("list")))
        if ent.ranks and not own_set and not self.ordered and not asks_in_full and (
                self.opening or "those" in marks or ("it" in marks and self._nth_one() and self._it_beside_nth())):
            return self._nth()  # "and the second?", "the second of those", "the first one, when was it up?"
        if len(ctx.videos) == 2 and not ctx.compared and self._which_of_two():
            return self._operated("difference")  # ("<A> views", "<B> views", "which higher?": the two set apart)
        if len(ctx.videos) > 1 and not self._has_subject() and self._short() and (
                op := self._operation_alone()) is not None and not (op == "difference" and ctx.compared):
            # ("and the diff?", "the gap between them": of the last answer's videos; a comparison gave it already)
            return self._operated(op)
        # ("<party> vs <party>", then "combined?": those figures added, not the videos')
        # (not "add up all the views": every video's)
        if len(ctx.metrics) > 1 and not ctx.videos and not self._has_subject() and self._short() and \
                self.engine.lexicon.all_words.isdisjoint(self.ent.words) and (
                op := self._operation_alone()) is not None and not (op == "difference" and ctx.compared) and (
                found := self._figures_operated(op)) is not None:
            return found
        if "those" in marks and len(ctx.videos) > 1 and "relative" in ent.query and "operation" not in ent.query and (
                found := self._next_to_those()) is not None:
            # ("whats ranked just above those two": next to them, as one block in the list; not "how many have a tweet
            # from <handle> under them": a count, nothing placed next to them)
            return found
        # ("are these numbers just facebook": what the figures cover, not those videos)
        if "those" in marks and len(ctx.videos) > 1 and not self._describes_a_set() and not (
                ent.cue("scope") or ent.cue("source")) and not self._all_of_them():
            return self._those()  # "total views of those", "which of those was posted first"
        # ("is it fair to say ... challenge this": one title word is no video to compare with)
        if "it" in marks and len(ent.videos) == 1 and ent.videos[0].strong and self._compares() and (
                not self._anchored() and marks["it"][0].start < ent.videos[0].start):
            said_first = any(at < marks["it"][0].start for at in (*ent.rank_at, *(n.start for n in ent.numbers)))
            if (alone := self.engine.reply(ent)).answered and (alone.intent == "compare" or said_first):
                # ("add up <a set>, bet its more than <title>", "positions 6-10 added up, is it more than <title>":
                # the set said first is what "it" is)
                return alone, resolved(self.engine, ent, alone, ctx, self.text)
            return self._it()  # "how does it compare with <video>?"
        if len(ctx.videos) == 1 and len({r.best for r in ent.videos}) == 1 and ent.videos[0].strong \
                and ent.videos[0].best != ctx.videos[0] and self._compares() and not (
                    ent.ranks or ent.parties or ent.people or ent.numbers or ent.unknown or ent.months) and (
                said := [m.start for unit in ("comparative", "versus") for m in ent.query.get(unit, ())]) and min(
                said) < ent.videos[0].start and not any(
                    t.s in lex.video_words or t.w in lex.which_asks for t in ent.tokens[: ent.videos[0].start]):
            # (nothing of its own asked before "than": not "which videos got more than <title>", "the <word> vid vs
            # <title>")
            # ("<title> views?", then "how much more than <title>?": the last answer's video set against the one named,
            # the side before "than" left unsaid)
            return self._it()
        # ("why ... videos instead of papers": a choice inside the question, said before what it is set against)
        if "instead" in marks and not ctx and all(w in lex.stopwords for w in ent.words[marks["instead"][-1].end :]):
            return self._no_context("question")
        if self.opening and ctx:
            found = self._fragment()
            if found is not None:
                return found
        if len(ctx.videos) == 1 and "it" in marks and not own_set and not ent.ranks and "order" not in ent.query \
                and any(n.end < len(ent.tokens) and ent.tokens[n.end].s in lex.rank_words for n in ent.numbers) \
                and placed_before(ent, {m.start for m in marks["it"]}):
            return self._it()  # ("whats 1 place above it on the list": a count of places from the last answer's video)
        if len(ctx.videos) == 1 and "it" in marks and not own_set and ent.people and not (
                "operation" in ent.query or "order" in ent.query) and (
                t := self.r.ds.videos[ctx.videos[0]].tweet) is not None and t.by in ent.people and any(
                i.start == p.end and ent.words[i.start] in lex.video_pronouns
                for i in marks["it"] for p in ent.query.get("posting", ())):
            return self._it()  # ("<title> views", then "when did <name> tweet it": that video, not all of theirs)
        # Otherwise a question answered on its own stands on its own, whatever pronoun it has.
        alone = self.engine.reply(ent)
        if alone.answered or alone.intent == "help":
            return alone, resolved(self.engine, ent, alone, ctx, self.text)
        rest = "rest" in marks and not own_set and not self.ordered
        # (a pronoun only in a remark after the question, "...? that's the whole point", stands for no video)
        pronoun = "it" in marks and self._it_asked() and not self._anchored() and (
            # ("and the one after it?": a video asked by its place next to what "it" is)
            not self._describes_a_video() or placed_before(self.ent, {m.start for m in marks["it"]}))
        bare = self._asks() and not self._has_subject() and self._short()  # "link?", "whats the gap?"
        if rest:
            return self._rest()
        if len(ctx.videos) > 1 and bare and not pronoun and not lex.question_words.isdisjoint(ent.words) and (
                "comparative" in ent.query or "order" in ent.query or any(
                    ent.cue(c) for c in ("compare", "rank_of", "most", "least"))):
            # ("which ranks higher", "which got more" after two videos: the one of them that does)
            n = len(ent.words)
            self.marks["those"] = [Match(n, n, "those")]
            return self._those()
        if ctx and (pronoun or bare):
            # ("that video of <name> and <someone no table knows>": a video the data lacks, declined as on its own)
            return (alone, ctx) if self._stranger else self._it()
        if len(ctx.videos) == 1 and self._place_left_open():
            # ("and what went up the day after", "the one before?": next to the last answer's video)
            n = len(self.ent.tokens)
            return self._about(ctx.videos[0], n, n, pool=ctx.pool)
        if not ctx and (bare or (pronoun and not self._has_subject() and (ent.measures or ent.cue("lookup")))):
            return self._no_context("video")  # "who posted it?", "how many views did it get?" as a first question
        return alone, ctx

    @cached_property
    def _stranger(self) -> bool:
        """Whether the question, about a video, names someone no table knows (read once, by both who ask it)."""
        return names_a_stranger(self.ent, self.engine.lexicon)

    def _it_asked(self) -> bool:
        """Whether a pronoun stands in the part that asks, not only in a remark after the question ("...? that's
        the whole point")."""
        text = self.text
        asked = len(words(text.rpartition("?")[0])) if "?" in text.rstrip()[:-1] else len(self.ent.words)
        return any(m.start < asked for m in self.marks["it"])

    # ---- what the question has of its own ------------------------------------------------------

    def _compares(self) -> bool:
        """A comparison asked in so many words ("compare", "vs", "how many more"; not a mere "or")."""
        ent = self.ent
        return bool(ent.cue("compare") >= 2 or ent.cue("difference") or ent.cue("ratio"))

    def _nth_one(self) -> bool:
        """An ordinal that names an item: "the first one", "the second video"."""
        ent, video_words = self.ent, self.engine.lexicon.video_words
        return any(at + 1 < len(ent.tokens) and ent.tokens[at + 1].s in video_words for at in ent.rank_at)

    def _it_beside_nth(self) -> bool:
        """Whether an "it" stands in the ordinal's own question ("the first one, when was it up?"), not in one asked
        after it ("how much did the 1st video beat <figure> by? or was it less": "it" is that video)."""
        ent, text = self.ent, self.ent.text
        end = text.find("?")
        if end < 0 or end == len(text.rstrip()) - 1:
            return True
        said = len(words(text[: end + 1]))
        return not (all(at < said for at in ent.rank_at) and all(m.start >= said for m in self.marks["it"]))

    def _anchored(self) -> bool:
        """Whether "it" has something to refer to inside the question ("the most viewed one, who posted it")."""
        ent = self.ent
        if ent.videos and not (len(ent.videos) == 1 and self._compares()):
            return True  # "how does it compare with <video>": "it" is the other side
        # (a person named is what "his" refers to: "<name>'s own retweet count? whats his K/D vs <name>"; not what
        # "it" does: "how did <name> describe it in his tweet"; a party's figure may be "it": "<party>'s total, was it
        # more than <title>")
        people = self.engine.lexicon.person_pronouns
        thing = any(ent.words[m.start] not in people for m in self.marks.get("it", ()))  # ("it", not "his")
        # ("a link for the article that I could include": the article named is what a pronoun may stand for)
        return bool(ent.ranks or ent.cue("most") or ent.cue("least") or ent.bonus or ent.parties or ent.platforms
                    or ent.months or ent.days or ent.thresholds or (ent.people and not thing)
                    or not self.engine.lexicon.article_words.isdisjoint(ent.words))

    def _has_subject(self) -> bool:
        ent = self.ent
        return bool(ent.videos or ent.bonus or ent.parties or ent.people or ent.platforms or ent.ranks or ent.numbers
                    or ent.months or ent.days or ent.thresholds or ent.years or ent.cue("most") or ent.cue("least"))

    def _short(self) -> bool:
        """A fragment: a few words, none of which asks about the source, help or the bonus videos."""
        ent = self.ent
        return len(ent.words) <= FRAGMENT_WORDS and not any(ent.cue(c) for c in ("source", "help", "bonus", "chat"))

    def _describes_a_set(self) -> bool:
        """Whether the question says which videos of its own ("ranks 4 to 6 ... between them", "the nine
        videos that have a tweet with them"): then "them" is those, not the last answer's."""
        ent = self.ent
        in_orders = {i for m in ent.query.get("order", ()) for i in range(m.start, m.end)}
        # (a count said in the follow-up words, "those two", is theirs)
        marked = {i for m in self.marks.get("those", ()) for i in range(m.start, m.end + 1)}
        return bool(ent.videos or ent.bonus or ent.parties or ent.people or ent.platforms
                    or any(n.start not in marked for n in ent.numbers) or ent.months or ent.days or ent.thresholds
                    or ent.years
                    or any(at not in in_orders for at in ent.rank_at)
                    # ("the first vid vs the last one, the gap between em": two ends set against each other)
                    or (len(ent.query.get("order", ())) > 1 and "versus" in ent.query)
                    or any(u in ent.query for u in _OWN_SET_UNITS))

    def _asks(self) -> bool:
        """Whether the question asks for a field of one thing or a comparison: "link?", "whats the gap?"."""
        ent = self.ent
        # ("how many views?" after one video: its count)
        return bool(any(ent.cue(f) for f in VIDEO_FIELDS) or any(
            ent.cue(c) for c in ("difference", "ratio", "compare", "days", "per_day")) or (
            bool(ent.measures) and "negate" not in ent.query and (
                bool(ent.cue("lookup")) or len(ent.words) <= BARE_MEASURE)))

    def _place_left_open(self) -> bool:
        """ "what went up the day after", "and the one before?": a place next to something, closing the question with
        nothing named after it."""
        ent = self.ent
        n = len(ent.words)
        return not (ent.videos or ent.ranks or ent.days or ent.months) and any(
            m.end == n for m in ent.query.get("relative", ()))

    def _describes_a_video(self) -> bool:
        """A video word outside the follow-up words ("the one where ..."): the question means a video of its
        own that was not recognised, not the last one."""
        ent, video_words = self.ent, self.engine.lexicon.video_words
        marked = {i for ms in self.marks.values() for m in ms for i in range(m.start, m.end)}
        return any(t.s in video_words for i, t in enumerate(ent.tokens) if i not in marked)

    # ---- the kinds of follow-up ----------------------------------------------------------------

    def _it(self) -> tuple[Answer, Context]:
        """A pronoun: the one video of the last answer (or its figures); several: ask which."""
        ctx = self.ctx
        if ctx.metrics and not ctx.videos:
            # ("that video of <name> and <a name no table knows>": declined as on its own, not "which figure?")
            # (a measure of its own said: the question alone)
            return self._metric() or (self._standalone() if self._stranger or self.ent.measures
                                      else self._no_context("figure"))
        if len(ctx.videos) == 1:
            span = self.marks.get("it", [])
            at = (span[0].start, span[0].end) if span else (len(self.ent.tokens), len(self.ent.tokens))
            return self._about(ctx.videos[0], *at, pool=ctx.pool)
        if len(ctx.videos) > 1 or ctx.others:
            return self._ambiguous()
        return self._no_context("video")

    def _nth(self) -> tuple[Answer, Context]:
        """ "and the second?", "the second of those": a place in the last list, or in the order it came from."""
        ctx, ent = self.ctx, self.ent
        if len(ent.ranks) > 1:
            return self._standalone()  # "8th 9th 10th, total between them": places of their own, a set
        if not ctx.videos:
            # ("and 7th?" with nothing before it: a place in the whole list, as it reads alone; "out of all of
            # them" as a first question: every video, the whole list)
            if "those" in self.marks and not (not ctx and self._all_of_them()):
                return self._no_context("list")
            return self._standalone()
        listing = ctx.videos if len(ctx.videos) > 1 or "those" in self.marks else ctx.pool
        k, at = ent.ranks[0], ent.rank_at[0]
        if listing and k > len(listing) and "those" not in self.marks:
            # "the eighth video, as the article gives it": a place in the whole list, which the last
            # answer's shorter list cannot have
            return self._standalone()
        if not listing:
            if self._nth_one() or "relative" in ent.query:
                # ("the 7th vid, what show was it on": the whole list's 7th; "n the one below the 8th is?": a place
                # next to it)
                return self._standalone()
            return self._decline(f"The {fmt.ordinal(k)} of what? My last answer was about one video, from no list.")
        if not 1 <= k <= len(listing):
            return self._decline(f"There is no {fmt.ordinal(k)}: the list had {len(listing)}.")
        return self._about(listing[k - 1], at, at + 1, pool=listing)

    def _all_of_them(self) -> bool:
        """Whether "them" is said as "out of all of them" ("posted earliest out of all of them"): every video, the
        whole list, not the last answer's few ("all of them together" is those)."""
        ent, lex = self.ent, self.engine.lexicon

        def every(k: int) -> bool:  # (the word at k is "all", a scope word before it)
            return k > 0 and ent.words[k] in lex.all_words and ent.words[k - 1] in lex.scope_words
        return any((m.start > 0 and every(m.start - 1)) or (
            m.start > 1 and ent.words[m.start - 1] in lex.scope_words and every(m.start - 2))
            for m in self.marks.get("those", ()))

    def _those(self) -> tuple[Answer, Context]:
        """The videos of the last answer as the set the question is about, named as a group of videos."""
        ent, ctx = self.ent, self.ctx
        mark = self.marks["those"][0]
        span = set(range(mark.start, mark.end))
        # ("how many days apart were they posted" after two videos: the two, each a side of what sets them apart)
        sides = [VideoRef(mark.start, mark.end, (v,), strong=True) for v in ctx.videos] if len(
            ctx.videos) == 2 and not ent.videos and any(
            m.payload in TWO_SIDED for m in ent.query.get("operation", ())) else [
            VideoRef(mark.start, mark.end, ctx.videos, strong=True, group=True)]
        ent.videos = sorted([*ent.videos, *sides], key=lambda ref: ref.start)
        ent.covered |= span
        query = parse_query(ent, self.engine.lexicon)
        named = Named(ctx.videos)
        # (on either side of a two-sided query: "days between the earliest and the latest of those")
        if len(sides) == 2 or (isinstance(query, Query) and (named in query.items.items.filters or (
                query.other is not None and named in query.other.items.filters))):
            answer = self.engine.reply(ent)  # a set operation or an order over them: "total views of those"
        elif _field(ent) in ("views", "poster", "date", "card", "rank_of"):
            # "who posted them", "how many views did those get", "their ranks": their list says it for each.
            answer = self.r.run(Query("list", Operand(Selection((named,)))))
        else:
            return self._ambiguous()
        return answer, resolved(self.engine, ent, answer, ctx, self.text)

    def _next_to_those(self) -> tuple[Answer, Context] | None:
        """ "whats ranked just above those two", "the one posted after them": the place next to the last answer's
        videos as one block (above the highest of them, below the lowest; posted before the earliest, after the
        latest), else None."""
        ent, ctx, r = self.ent, self.ctx, self.r
        mark = self.marks["those"][0]
        rel = next((m for m in ent.query["relative"] if m.end == mark.start), None)
        if rel is None:
            return None
        videos = [r.ds.videos[i] for i in ctx.videos]
        if rel.payload in ("above", "below"):
            places = [r.position[id(v)] for v in videos]
            if max(places) - min(places) != len(set(places)) - 1:
                return None  # (no one block: "#5 and #7", a place between them)
            at = places.index(min(places) if rel.payload == "above" else max(places))
        elif rel.payload in ("before", "after") and "posting" in ent.query and all(
                v.tweet and v.tweet.date for v in videos):
            days = [v.tweet.date for v in videos if v.tweet and v.tweet.date]
            order = posting_order(self.engine.lexicon)
            spots = sorted(order.index(i) for i in ctx.videos if i in order)
            if spots[-1] - spots[0] != len(spots) - 1:
                return None  # (no one block in posting order: another went up between them)
            at = days.index(min(days) if rel.payload == "before" else max(days))
        else:
            return None
        end = next((n.end for n in ent.numbers if n.start == mark.end), mark.end)  # ("those TWO")
        ent.numbers = [n for n in ent.numbers if n.start != mark.end]
        return self._about(ctx.videos[at], mark.start, end, pool=())

    def _which_of_two(self) -> bool:
        """Whether a short follow-up only asks which of the last two videos got more views ("which higher?", "which
        got more"; not "which got fewer", which a gap said the other way round would not answer), naming nothing of
        its own."""
        ent, lex = self.ent, self.engine.lexicon
        return bool(ent.words) and ent.words[0] in lex.which_asks and not lex.group_more.isdisjoint(
            ent.words) and set(ent.measures) <= lex.video_measures and not ent.query and not self._has_subject() \
            and self._short() and "those" not in self.marks and lex.rank_words.isdisjoint(t.s for t in ent.tokens)

    def _operation_alone(self) -> str | None:
        """The one paired operation a follow-up asks with nothing of its own to work on ("and the diff?",
        "combined?"), else None."""
        ent, lex = self.ent, self.engine.lexicon
        # ("and the average?" after a set's total: of those videos too)
        # (not "whats the median view count": a figure of every video, said in full)
        ops = paired_operations(ent, lex) | (set() if ent.measures or not (
            lex.whole_list_words.isdisjoint(ent.words) and lex.all_words.isdisjoint(ent.words)) else (
            {m.payload for m in ent.query.get("operation", ())} & SET_FIGURES_ALONE))
        # (a date word with no date, "the gap between them", asks nothing of its own)
        if len(ops) != 1 or not set(ent.measures) <= lex.video_measures or set(ent.query) - {"operation", "when"} or (
                not lex.rank_words.isdisjoint(t.s for t in ent.tokens)):
            return None  # (nor "the gap in places": a difference of places, not of views)
        return next(iter(ops))

    def _operated(self, op: str) -> tuple[Answer, Context]:
        """An operation asked alone, worked on the last answer's videos (a difference of two only)."""
        videos = self.ctx.videos
        if op == "difference":
            if len(videos) != 2:
                return self._ambiguous()
            query = Query(op, Operand(Selection((Named(videos[:1]),))), Operand(Selection((Named(videos[1:]),))))
        else:
            query = Query(op, Operand(Selection((Named(videos),))))
        answer = self.r.run(query)
        # (the same videos stay what "those" are next: "total views of those", then "which of those was first")
        after = resolved(self.engine, self.ent, answer, self.ctx, self.text)
        return answer, replace(after, videos=videos, pool=self.ctx.pool)

    def _figures_operated(self, op: str) -> tuple[Answer, Context] | None:
        """An operation asked alone, worked on the last answer's campaign figures (of one kind; two for a
        difference or a ratio)."""
        by_id = {m.id: m for m in self.r.ds.metrics}
        family = [by_id[i] for i in self.ctx.metrics if i in by_id]
        if op not in ("sum", "mean", "difference", "ratio") or len({(m.measure, m.platform) for m in family}) != 1 or (
                op in ("difference", "ratio") and len(family) != 2):
            return None
        answer = self.r.run(MetricQuery(op, tuple(m.id for m in family)))  # type: ignore[arg-type]
        after = resolved(self.engine, self.ent, answer, self.ctx, self.text)
        return answer, replace(after, metrics=self.ctx.metrics)

    def _rest(self) -> tuple[Answer, Context]:
        """The videos of the last list after the ones shown, in the same order."""
        ctx, r = self.ctx, self.r
        if not ctx.videos or not ctx.pool:
            if ctx:
                return self._decline("The rest of what? My last answer was no list I can continue.")
            return self._no_context("list") if not self._has_subject() else (self.engine.reply(self.ent), ctx)
        place = {v: k for k, v in enumerate(ctx.pool)}
        last = max((place[v] for v in ctx.videos if v in place), default=-1)
        rest = ctx.pool[last + 1:]
        shown = last + 1
        if not rest and len(ctx.pool) >= POOL_CAP:
            return self._decline(f"I keep only the first {POOL_CAP} of a list; ask for more of it directly.")
        if not rest:
            answer = r.stats("top", f"That was all {shown}", [f"The list has no more: all {shown} were shown."])
            return answer, ctx
        videos = [r.ds.videos[i] for i in rest]
        lines = [f"The {len(rest)} after the first {shown}, in the same order:"]
        rows = r.listed(videos, lines)
        first, end = shown + 1, shown + len(rest)
        title = f"The rest of the list: #{first}–#{end}" if end > first else f"The rest of the list: #{first}"
        answer = r.stats("top", title, lines, rows)
        return answer, replace(ctx, question=self.text[:300], videos=rest[:MAX_ROWS],
                               compared=_compares(self.ent))

    def _fragment(self) -> tuple[Answer, Context] | None:
        """ "what about X", "and X?": the last question with X in place of its video, party or year."""
        ctx, ent = self.ctx, self.ent
        own_field = _field(ent) not in ("card", "views") or self._computes()
        # Only the video itself: anything more ("so <name> posted <video>, yeah?") is a question of its own.
        alone = not (ent.people or ent.parties or ent.query or ent.numbers or ent.years or ent.measures)
        if len(ent.videos) == 1 and len(ctx.videos) == 1 and alone and not own_field and ctx.field:
            v = self.r.ds.videos[ent.videos[0].best]
            field = ctx.field if ctx.field in (*VIDEO_FIELDS, "views") else "card"
            answer = self.r.video(v, field)
            return answer, resolved(self.engine, ent, answer, ctx, self.text)
        plain = not (ent.videos or ent.ranks or ent.bonus or ent.months or ent.days or ent.thresholds or self.ordered)
        # A measure of its own ("retweeted" after Facebook views) makes it a question of its own.
        shown = {m.measure for m in self.r.ds.metrics if m.id in ctx.metrics}
        # ("and what did <party> get on fb?": a platform and a count named ask in full, answered alone)
        complete = bool(ent.platforms and (ent.measures or ent.subjects())) or (
            # ("so 2019 was shorter than 2017, by how many days", "and how many fewer days than 2017": periods'
            # days compared, asked in full)
            (len(set(ent.years)) > 1 or (ent.years and self._compares()))
            and any(m.payload == "days" for m in ent.query.get("operation", ()))) or (
            # ("so how many more retweets did he get compared to 2017": a year's figure set against this one's)
            bool(ent.years and ent.measures) and self._compares())
        lex = self.engine.lexicon
        # ("so the 42 days is up to when": a period named by its length and asked of, a question of its own)
        named_period = any(n.value in lex.period_days for n in ent.numbers) and not lex.question_words.isdisjoint(
            ent.words)
        if ctx.metrics and plain and not (complete or named_period) and set(ent.measures) <= shown and (
                ent.subjects() or ent.years or self._asks()):
            return self._metric()
        if ent.numbers and not (ent.videos or ent.subjects() or ent.years or ent.months or ent.days) and ctx.question \
                and not self._computes() and not named_period:
            # ("and what is that on average across the ten": an operation of its own; "and which top 10 ones were
            # posted in dec?": a month of its own, asked in full)
            return self._renumbered()
        return None

    def _computes(self) -> bool:
        ent = self.ent
        return bool(ent.query.get("operation") or ent.cue("compare") or ent.cue("total") or ent.cue("average"))

    def _renumbered(self) -> tuple[Answer, Context] | None:
        """ "and 7 to 9?" after "videos ranked 4 to 6": the last question with the new numbers."""
        before = self.engine.read(self.ctx.question)
        if (orders := [m.payload for m in self.ent.query.get("order", ())]) and orders != [
                m.payload for m in before.query.get("order", ())]:
            # ("and which one in the top ten was tweeted last" after "... earliest", "and the bottom 3 of the ten?"
            # after "top 3 ..., back in 5": an order of its own, asked in full, whatever its numbers)
            return None
        if self.ent.thresholds and [t[0] for t in self.ent.thresholds] != [t[0] for t in before.thresholds]:
            return None  # ("under 3m views?" after "how many were over 5m": a bound of its own, asked in full)
        spots = sorted([(n.start, n.end) for n in before.numbers] + [
            (at, at + 1) for at in before.rank_at if before.words[at][:1].isdigit()])
        new = [" ".join(self.ent.words[n.start:n.end]) for n in self.ent.numbers]
        if not spots or len(spots) != len(new):
            return None
        out = list(before.words)
        for (start, end), value in sorted(zip(spots, new, strict=True), reverse=True):
            out[start:end] = [value]
        question = " ".join(out)
        ent = self.engine.read(question)
        answer = self.engine.reply(ent)
        return answer, resolved(self.engine, ent, answer, self.ctx, question)

    def _metric(self) -> tuple[Answer, Context] | None:
        """The last campaign figures with another party, person or year, or the same ones asked again."""
        r, ent, ds = self.r, self.ent, self.r.ds
        by_id = {m.id: m for m in ds.metrics}
        family = [by_id[i] for i in self.ctx.metrics if i in by_id]
        if not family or self._stranger:
            return None  # ("that video of <name> and <a name no table knows>": someone else's, not these figures)
        if ent.measures and not {m.measure for m in family} & set(ent.measures):
            return None  # ("how many retweets did <name> get" after Facebook views: another measure, asked alone)
        said = [m for _, m in figures_said(ent, r.lex)] if ent.numbers else []
        if said and not any(m in family for m in said):
            return None  # ("so was the <other figure> just facebook": another figure named by its number, asked alone)
        subjects = set(ent.subjects())
        for s in list(subjects):
            person = ds.person(s)
            if person and person.party:
                subjects.add(person.party)
        focus: list[Metric] = family
        what = ""
        if subjects:
            focus = [m for m in family if _covers(m, subjects)]
            if not focus:
                like = [m for m in ds.metrics if (m.measure, m.platform) == (family[0].measure, family[0].platform)]
                focus = [m for m in like if _covers(m, subjects)]
                if not focus:
                    return None  # no such figure: the question on its own declines it
                family = list(dict.fromkeys([*focus, *family]))
            what = focus[0].label
        if ent.years:
            base = focus[0]
            dated = [m for m in focus if m.period and m.period.year in ent.years]
            # ("from 1.4m in <that year> to what this time": each year asked, the last answer's and the others)
            dated += [m for m in ds.metrics if (m.measure, m.subject) == (base.measure, base.subject)
                      and m.period and m.period.year in ent.years and m not in dated]
            if not dated:
                return self._decline(f"I don't have {base.measure} figures of {base.label} for {ent.years[0]}.",
                                     [r.metric_phrase(m) + "." for m in family[:2]])
            family = list(dict.fromkeys([*dated, *family]))
            focus = dated
            # (two years asked: the answer's own title says both)
            what = focus[0].period.label if focus[0].period and len(focus) == 1 else ""
        # The figure asked alone, as a question on its own would be, unless a comparison is asked; the
        # context keeps both sides for "so how many more did <the other> get?".
        asked = _compares(ent)
        answer = r.metric(focus, family if asked or self.ctx.compared else focus, ent)
        if what and what not in answer.title:
            answer = replace(answer, title=f"{answer.title}, {what}")
        ordered = tuple(dict.fromkeys(m.id for m in [*focus, *family]))
        return answer, replace(self.ctx, question=self.text[:300], videos=(), pool=(), metrics=ordered,
                               compared=asked)

    # ---- replies -------------------------------------------------------------------------------

    def _about(self, video: int, start: int, end: int, pool: tuple[int, ...]) -> tuple[Answer, Context]:
        """The question with the words at [start, end) read as naming one video; the title names it."""
        ent = self.ent
        span = set(range(start, end))
        keep = [k for k, at in enumerate(ent.rank_at) if at not in span]
        ent.ranks, ent.rank_at = [ent.ranks[k] for k in keep], [ent.rank_at[k] for k in keep]
        ent.query = {unit: [m for m in ms if not span & set(range(m.start, m.end))] for unit, ms in ent.query.items()}
        ent.query = {unit: ms for unit, ms in ent.query.items() if ms}
        ent.videos = sorted([*ent.videos, VideoRef(start, end, (video,), strong=True)], key=lambda ref: ref.start)
        ent.covered |= span
        if "comparative" in ent.query and "relative" in ent.query and len(ent.videos) == 1:
            place_not_compared(ent, self.engine.lexicon)  # ("which video was just ahead of it?")
        answer = self.engine.reply(ent)
        title = self.r.ds.videos[video].title
        if answer.answered and title not in answer.title:
            answer = replace(answer, title=f"{title}: {answer.title}")
        after = resolved(self.engine, ent, answer, self.ctx, self.text)
        if video in after.videos and len(after.videos) > 1:
            # "how does it compare with X": the conversation is still about "it"; X was named for the once.
            after = replace(after, videos=(video,), pool=())
        if after.videos == (video,) and not after.pool:
            after = replace(after, pool=pool)
        return answer, after

    def _ambiguous(self) -> tuple[Answer, Context]:
        """ "it" after an answer about several things: say so, and offer them."""
        names = [self.r.ds.videos[i].title.rstrip(".") for i in self.ctx.videos] or list(self.ctx.others)
        shown = names[:CHOICES_SHOWN]
        listed = _joined(shown) + (f" and {len(names) - len(shown)} more" if len(names) > len(shown) else "")
        span = self.marks.get("it", [])
        suggestions = tuple(self._with(span[0], n) for n in shown[:3]) if span and self.ctx.videos else ()
        answer = Answer(
            intent=AMBIGUOUS, answered=False, title=f"Which of the {len(names)}?",
            lines=(f"My last answer was about {len(names)}: {listed}. Which one do you mean?",
                   "Say “the first one”, “the second one”, ... or its name."),
            suggestions=suggestions)
        return answer, self.ctx

    def _with(self, span: Match, name: str) -> str:
        """The question with the pronoun replaced by a name: a suggestion to click."""
        w = self.ent.words
        return " ".join([*w[:span.start], name, *w[span.end:]])[:100]

    def _no_context(self, what: str) -> tuple[Answer, Context]:
        """A follow-up with nothing before it to go by: ask which, naming a few."""
        names = [v.title.rstrip(".") for v in self.r.by_rank[:3]]
        if what == "video" and names:
            lines = ("Which video do you mean? There is no earlier question here to go by.",
                     f"Name it, for example {_joined(names)}.")
            suggestions = tuple(f"views of {n}" for n in names)
        else:
            lines = (f"Which {what} do you mean? There is no earlier answer here to go by.",
                     "Ask the whole question, for example “top 5” or “most viewed video”.")
            suggestions = ("top 5", "bottom 3", "most viewed video")
        answer = Answer(intent=NO_CONTEXT, answered=False, title=f"Which {what}?", lines=lines,
                        suggestions=suggestions[:3])
        return answer, self.ctx

    def _decline(self, reason: str, known: Sequence[str] = ()) -> tuple[Answer, Context]:
        return self.r.refuse(AMBIGUOUS, reason, known), self.ctx

    def _standalone(self) -> tuple[Answer, Context]:
        answer = self.engine.reply(self.ent)
        return answer, resolved(self.engine, self.ent, answer, self.ctx, self.text)


SET_FIGURES_ALONE = frozenset({"mean", "median"})  # set figures a follow-up may ask alone of the last set


def _covers(m: Metric, subjects: set[str]) -> bool:
    return m.subject in subjects or bool(subjects & set(m.with_))


def _joined(names: Sequence[str]) -> str:
    """ "A, B or C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


class Conversations:
    """One context per key (channel and user), in memory: forgotten after `minutes` of silence, and at
    most `cap` kept (the longest silent dropped first)."""

    def __init__(self, minutes: float = 10.0, cap: int = 10_000, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = minutes * 60.0
        self.cap = max(1, cap)
        self.clock = clock
        self._items: OrderedDict[Hashable, tuple[float, Context]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: Hashable) -> Context:
        """The live context of a conversation, or the empty one."""
        item = self._items.get(key)
        if item is None:
            return EMPTY
        if self.clock() - item[0] > self.ttl:
            del self._items[key]
            return EMPTY
        return item[1]

    def put(self, key: Hashable, context: Context) -> None:
        """Keep a conversation's context as of now (an empty one is forgotten)."""
        now = self.clock()
        self._items.pop(key, None)
        if context:
            self._items[key] = (now, context)
        # Oldest first: drop the expired, then whatever is over the cap.
        while self._items:
            oldest_key, (at, _) = next(iter(self._items.items()))
            if now - at <= self.ttl and len(self._items) <= self.cap:
                break
            del self._items[oldest_key]

    def ask(self, engine: Engine, key: Hashable, text: str, *, open_channel: bool = False) -> Answer | None:
        """Answer a question in the conversation `key`, and keep what it was about."""
        answer, context = engine.converse(text, self.get(key), open_channel=open_channel)
        if answer is not None:
            self.put(key, context)
        return answer

    def note(self, engine: Engine, key: Hashable, text: str, answer: Answer) -> None:
        """Keep what an answer given outside `ask` was about (a command: "!top 5", then "show the rest")."""
        self.put(key, engine.context_after(text, answer, self.get(key)))

    def clear(self) -> None:
        """Forget every conversation (a reloaded dataset: the indices may name other videos)."""
        self._items.clear()
