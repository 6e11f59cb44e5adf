"""Step 3 of the flow for questions that compose: the words (as entities) become a typed `Query`.

Every word the parser reads is a phrase of a unit in `vocabulary.yaml` under `query:` (operation,
order, relative, negate, when, posting, range, half), found by the lexicon's one trie walk, or an
entity (videos, people, numbers, ranks, months, days, thresholds). The parser only claims a question
that composes something (an operation over a set, a filter, an order by date, a place relative to a
video); anything else returns None and goes to the intent scorer.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise
from operator import itemgetter
from typing import Literal

from bot.engine.entities import (
    LEAST_FROM_END,
    Entities,
    Number,
    VideoRef,
    after_video_word,
    bounds_above_every_video,
    break_after,
    count_compared,
    listed_place,
    per_video_said,
    posting_order,
    posting_soon,
    said_left_out,
    unread_at,
    videos_of,
    week_of,
)
from bot.engine.frames import article_dated
from bot.engine.lexicon import BONUS_ASKED, Lexicon, Match
from bot.engine.normalise import said_anywhere, said_at, said_before, said_spans, stem
from bot.engine.premise import posting_place_put
from bot.engine.query import (
    Aggregate,
    Among,
    Beside,
    Beyond,
    Field,
    Filter,
    Hashtagged,
    MetricQuery,
    Named,
    NotPosted,
    OnWeekdays,
    Operand,
    Order,
    PersonQuery,
    PostedBetween,
    PostedBy,
    PostedOn,
    Query,
    Ranks,
    Relative,
    Rounded,
    Selection,
    Slice,
    TitleHas,
    Tweeted,
    Unanswerable,
    ViewsBetween,
    Within,
)
from bot.engine.query_execute import AGGREGATES, OPERATIONS
from bot.engine.query_metric import (
    METRIC_SIDE,
    added_amount,
    figures_said,
    lengths_compared,
    metric_query,
    named_figure,
)

# The operations' kinds come from the executor's registry: a new one needs no change here.
TWO_SIDED = tuple(name for name, o in OPERATIONS.items() if o.kind == "pair")
# "In posting order": an order with no slice. Compared by identity: an "earliest" order equals it.
SORTED = Order("posted", False)
_OVER_A_SET = frozenset({"sum", "mean", "median", "spread", "sd", "sample_sd", "count"})  # figures of a whole set
SET_FIRST_REACH = 3  # words from an opening "of" to the slice it sets first ("of the top 5, ...")
_DAY_DASH = re.compile(r"\w\s*[-\u2013\u2014]\s*\d")  # a dash before a day ("25 nov - 1 dec", "25/11-1/12")
_EXACT = 0.005  # a figure said this close to a count is that count ("13.4m")
YES_NO_SUBJECT = 3  # a video named this near a yes/no opener is what the question asks about ("was the X one ...")
SET_OPS = tuple(name for name, o in OPERATIONS.items() if o.kind == "set")
_SET_FIGURES = frozenset({"sum", "mean", "median"})  # set figures a bar may be asked of ("is their total over 5m")
# The operations computed over "value" and a count, by weight (the heaviest asked is the one computed).
HEAVY = {name: o.weight for name, o in OPERATIONS.items() if o.weight > OPERATIONS["count"].weight}
# All a one-video lookup may say ("range": a "to" that joins no places or days here, "link to <title>")
LOOKUP_UNITS = frozenset({"operation", "premise", "posting", "range"})
_WORD = itemgetter(0)  # a token's word as typed (Token.w)
_NEIGHBOUR_OPS = frozenset({"neighbours", "closest_neighbours"})  # "next to each other", "back to back"
COMPARED_SAID = 2  # a compare cue this strong ("more ... than") sets two things against each other
NEIGHBOUR_EXTREME = 2  # a "most" cue this strong ("biggest") asks the largest gap between neighbours
_PLUS_SIGN = " + "  # spaced between two videos named ("<title> + <title>"): their sum
_FIELDS_ASKED = ("poster", "date", "link", "text", "handle")  # a video's fields, asked of each video named
# "5-8": two small whole numbers, a dash between
_DASHED = re.compile(r"(?<![\d.])\d{1,2}\s*[-\u2013]\s*\d{1,2}(?![\d.,])")
NEAR = 3  # a negation, a number or an anchor belongs to a phrase this many words away at most
CUTOFF_REACH = 4  # "just missed out on the top 3": a word of missing this many words before "top" at most
ROUND_STEP_MIN = 10  # a figure said after "a round ..." is its step from this up ("a round 100k number")
MISSPELT = 2  # letters off: a word typed for a title's word
DESCRIBED_DAY_BEFORE = 3  # "14 nov <title>": the day's two words and a bracket
DESCRIBED_DAY_REACH = 3  # "<video> on the 14th": a day this many words after a video can describe it
TRAILING_BOUNDS = ("from_on", "up_to_on")  # date relations said after the day
COMPARE_SAID = 2  # a comparison cue this strong is said (an "or" alone, 1, only offers a choice)
MAX_FACTOR = 20  # "2 times #5": a figure this small before "times" scales a side
HANDLE_SAID = 3  # a cue this strong ("display name", "handle") names an account, whatever else is said
# A superlative of views said alone ("most viewed", "least watched"), with at most a "how many views"
PLAIN_ORDERS = frozenset({"views_desc", "views_asc"})
_SORT_WAYS = PLAIN_ORDERS | {"posted_asc", "posted_desc"}  # orders said before "first" to sort a set
POSTING_WAYS = frozenset({"posted_asc", "posted_desc", "sorted"})  # orders by posting date
_SUPERLATIVE_UNITS = frozenset({"order", "operation"})


@dataclass(slots=True, init=False)
class _Sets:
    """What the question says about which videos, with where each part stands."""

    filters: list[tuple[int, Filter]]
    orders: list[tuple[int, Order, Slice | None]]
    relative: tuple[int, Relative] | None
    # One video (or a group sharing a name) each: (position, the group, its best video).
    singles: list[tuple[int, Selection, Selection]]
    in_order: bool  # "oldest to newest": every video asked, sorted, not one end of the order
    unbarred: str | None  # "more than <title> but less than <words of no video>": what is not read

    def __init__(self) -> None:
        # Written out: the generated __init__ calls a factory per list.
        self.filters, self.orders, self.singles, self.relative, self.in_order = [], [], [], None, False
        self.unbarred = None


def figure_barred(ent: Entities, lex: Lexicon, ops: set[str] | list[str]) -> bool:
    """Whether the one bound said is a bar the set figure is asked against, not a bound on its videos ("is the top 10
    average over 5m?", "their total, above or below 30m"; not "the average of the videos over 5m")."""
    if len(ent.thresholds) != 1 or not _SET_FIGURES.intersection(ops):
        return False
    bounds = {w for p in (*lex.over_words, *lex.under_words, *lex.reach_words) for w in p.split()}
    bar = next((n for n in ent.numbers if abs(n.value - ent.thresholds[0][1]) < 1e-9), None)
    if bar is None or bar.start < 1:
        return False
    # the bound's words: back from the figure over bound words and an "or" joining two of them
    k = bar.start - 1
    while k > 0 and (ent.words[k - 1] in bounds or ent.words[k - 1] in lex.way_joins):
        k -= 1
    alternatives = any(w in lex.way_joins for w in ent.words[k : bar.start])  # ("above or below 5m")
    before = ent.tokens[k - 1] if k > 0 else None
    said_of_videos = before is not None and (before.s in lex.video_words or before.w in lex.bound_of_videos)
    # ("bottom 3 vids together, more than 8 million?", "do <A> + <B> add to over 16m": the bound right after the
    # word of the set figure, said of it)
    after_figure = any((m.end == k or (m.end == k - 1 and k in ent.measure_ends)) and m.payload in _SET_FIGURES
                       and lex.determiners.isdisjoint(ent.words[m.end : bar.start])
                       for m in ent.query.get("operation", ()))  # (not "total? the sub-3.1m club": of each)
    return not said_of_videos and (alternatives or after_figure or ent.words[0] in lex.yes_no_openers)


def parse(ent: Entities, lex: Lexicon) -> Query | MetricQuery | PersonQuery | Unanswerable | None:
    """The query a question asks, or None when it composes nothing (the intent scorer answers it)."""
    # A per-video count other than views ("likes", where a dataset gives them) is always a query on it.
    if (middle := ent.middle_uneven) is not None:
        most = len(lex.dataset.videos)
        low = (most - middle) // 2 + 1
        return Unanswerable(f"The middle {middle} of {most} videos is no one set of places: #{low}\u2013"
                            f"#{low + middle - 1} or #{low + 1}\u2013#{low + middle}. Say which places.")
    measure = "views"
    for m in ent.measures:
        if m != "views" and m in lex.video_measures:
            measure = m
            break
    if not lex.other_words.isdisjoint(ent.words) and ent.people and (alone := _no_other_video(ent, lex)) is not None:
        return alone
    if len(ent.parties) > 1 and (owner := _owner_of_all(ent, lex)) is not None:
        # ("did <party>'s top 10 total beat <other party>'s facebook tally": the owner of every video narrows
        # nothing; the other's is a campaign figure set against the videos)
        ent.parties = [p for p in ent.parties if p != owner]
    query = _places_apart(ent, lex) or (
        _added_against(ent, lex) or _two_ways(ent, lex) if len(ent.videos) == 2 else _two_ways(ent, lex) if (
            len(ent.videos) == 1 and len(ent.ranks) == 1) else None) or _parse(ent, lex, measure)
    if measure != "views" and query is None and (ent.videos or ent.cues.get("most", 0.0) or ent.cues.get("least", 0.0)):
        order = Order("views", descending=not ent.cues.get("least", 0.0) > ent.cues.get("most", 0.0))
        ranks = tuple(r for r in ent.ranks if r <= len(lex.dataset.videos))
        named = tuple(dict.fromkeys(r.best for r in ent.videos))
        if len(named) == 2 and ent.cues.get("compare", 0.0):  # "likes of A vs B"
            first, second = Selection((Named(named[:1]),)), Selection((Named(named[1:]),))
            query = Query("difference", Operand(first), Operand(second))
        elif named:
            query = Query("sum", Operand(Selection((Named(named),))))
        else:
            query = Query("item", Operand(Selection(order=order, slice=Slice(positions=ranks) if ranks else
                                                    Slice(n=_count(ent) or 1))))
    if isinstance(query, Query) and query.op == "count" and query.other is None \
            and len(filters := query.items.items.filters) == 1 and isinstance(filters[0], Named) \
            and query.items.items == Selection(filters) and len(filters[0].videos) == 1 and not filters[0].negate \
            and not ent.thresholds and lex.video_plurals.isdisjoint(ent.words) and lex.scope_words.isdisjoint(
                ent.words[m.end] for m in ent.query.get("operation", ()) if m.end < len(ent.words)):
        # ("<title> kitna chala", "<title> how many vides": one video named is never what is counted; its figure or
        # a field of it is asked, which the intents read; not "how many videos is <name> in", "how many of the top
        # 10 are about <topic>": videos counted, one)
        return None
    if isinstance(query, Query) and query.op in ("difference", "ratio") and query.other is not None \
            and (query.items.aggregate == "count") != (query.other.aggregate == "count"):
        # ("<A> and <B>, which got more, by how much? and <C> is at which number": a count of videos set against
        # a video's views is no gap anyone asks; the intents read it)
        return None
    if isinstance(query, Query) and measure != "views":
        query = replace(query, measure=measure)
    if isinstance(query, Query) and query.op in _SET_FIGURES and query.other is None and len(ent.thresholds) == 1 \
            and not any(isinstance(f, ViewsBetween) for f in query.items.items.filters) and (
            ent.thresholds[0][0] == ">" or figure_barred(ent, lex, {query.op})):
        # ("do <A> and <B> beat 5m together", "is the top 10 average over 5m?": the figure, and where it stands; not
        # "<A> + <B> + <C> total? the sub-3.1m club", a bound said of each)
        query = replace(query, bar=ent.thresholds[0][1])
    if isinstance(query, Query) and query.op == "difference" and query.other == query.items:
        # ("the December videos added up (the ones with a December tweet)": one set said twice, its total asked; one
        # video set against itself compares nothing)
        query = Query("sum", Operand(query.items.items)) if query.items.aggregate == "sum" else None
    if isinstance(query, Query) and query.op == "difference" and not ent.thresholds and (query.items.added or not any(
            n.scaled for n in ent.numbers)):  # ("did #1 beat #2 by more than 5m": a margin said, no plain verdict;
        # "if <title> had 500k more, would it beat <title>": the amount is added, the verdict asked)
        if (way := lex.way_asked(ent.words)) is not None and way[0] > 0:
            query = replace(query, way=way[1])  # "is A higher or lower than B": which way A stands, in its words
        elif (above := _yes_no_comparative(ent, lex)) is not None:
            # "does A beat B?", "would it pass B?": yes or no, then the figures
            verdicts = lex.quiz_verdicts if lex.is_quiz(ent.words) else lex.verdicts
            query = replace(query, way=verdicts if above else verdicts[::-1])
    if isinstance(query, Query) and query.op == "list" and _PLUS_SIGN in ent.text \
            and len(query.items.items.filters) == 1 \
            and isinstance(only := query.items.items.filters[0], Named) and len(only.videos) > 1 \
            and not only.negate and not any(ent.cue(c) for c in _FIELDS_ASKED) \
            and not any(r.group for r in ent.videos):  # ("<topic> + <title>": which of the <topic> ones is unsaid)
        query = Query("sum", query.items)  # ("<title> + <title>": the two videos' figures added, no field asked)
    if isinstance(query, Query) and query.op in AGGREGATES and query.other is None and _figures_joined(ent, lex) \
            and (also := tuple(dict.fromkeys(m.payload for m in ent.query.get("operation", ())
                                             if m.payload in AGGREGATES and m.payload != query.op))):
        query = replace(query, also=also)  # ("total and average views of <a set>": each figure asked)
    if isinstance(query, Query) and query.op == "share" and query.other is None and not ent.measures and (any(
            m.payload == "share_of" and _videos_after(ent, lex, m.end) for m in ent.query.get("operation", ()))
            # ("what % of the top 10 were posted in December": a share of the videos posted)
            or any(m.start > 0 and ent.words[m.start - 1] in lex.yes_no_openers for m in ent.query.get("posting", ()))
            # ("what proportion of the top 10 broke 5 mil": a share of the videos over a bar, no views said)
            or (ent.thresholds and any(isinstance(f, ViewsBetween) for f in query.items.items.filters))):
        # ("what % of the videos were posted in November": a share of how many, no views said)
        query = replace(query, items=replace(query.items, aggregate="count"))
    if ent.places is not None and isinstance(query, (Query, MetricQuery)):
        query = replace(query, places=ent.places)  # "2dp": how its ratio or percentage is shown
    if isinstance(query, Query) and query.op in ("list", "posters") and _all_theirs_asked(ent, lex, query.items.items):
        # "did <name> post all of them, or someone else?": who posted the set, each poster's share of it
        sel = query.items.items
        query = Query("posters", Operand(replace(sel, filters=tuple(
            f for f in sel.filters if not isinstance(f, PostedBy)))))
    if isinstance(query, Query) and query.op == "difference" and query.other is not None and _placed_in_other(
            query, lex):
        return None  # ("did <title> drop from 9th to 10th": its own places, no figure set against another)
    if isinstance(query, Query) and query.op == "share" and query.other is not None \
            and query.other.aggregate.startswith(METRIC_SIDE) and said_anywhere(ent.words, lex.came_from) \
            and any(isinstance(f, Named) for f in query.items.items.filters):
        # ("how much of <party>'s 86m fb views came from <title>": the part of a campaign figure a video named made,
        # which no count gives: each video's is across the platforms, the campaign's of one; a set, "the top 10",
        # "these videos", is set side by side with the figure instead, not like for like)
        return Unanswerable("I don't have how much of a campaign figure came from each video: a video's count is "
                            f"{lex.dataset.video_views.note}, one figure.")
    if isinstance(query, Query) and query.op in AGGREGATES and query.other is None \
            and query.items.items == Selection() and (counted := _count_unread(ent, lex)) is not None:
        # ("the 5 videos combined", "total of the 7 videos": some of them, not which; the whole list's figure would
        # answer another question)
        return Unanswerable(f"I'm not sure which {counted} videos you mean: I have the {len(lex.dataset.videos)} "
                            f"most viewed (say top {counted} or bottom {counted}, or name them).")
    if (cut := _cutoff_said(ent, lex)) is not None:
        if isinstance(query, Query) and query.op == "difference" and query.other is not None:
            # ("how far short of the top 3 was <title>", "by how much did <title> miss the top 5": against the last
            # place in, not the set's total)
            last = Operand(Selection(order=Order("views", True), slice=Slice(positions=(cut,))))
            sides = [last if _is_top(side, cut) else side for side in (query.items, query.other)]
            if sides != [query.items, query.other]:
                return replace(query, items=sides[0], other=sides[1])
        elif query is None and not ent.videos and cut < len(lex.dataset.videos) and not any(
                t.w in lex.video_plurals for t in ent.tokens):
            # ("who just missed the top 3": the first place out)
            return Query("item", Operand(Selection(order=Order("views", True), slice=Slice(positions=(cut + 1,)))))
    return query


def _cutoff_said(ent: Entities, lex: Lexicon) -> int | None:
    """The size of a top slice said right after a word of missing it ("missed the top 3", "short of the top 5"),
    else None."""
    if lex.cutoff_words.isdisjoint(ent.words):
        return None  # (most questions)
    for m in ent.query.get("order", ()):
        if m.payload != "views_desc" or m.end >= len(ent.words) or not ent.words[m.end].isdigit():
            continue
        before = [w for w in ent.words[max(0, m.start - CUTOFF_REACH) : m.start] if w not in lex.determiners]
        if any(w in lex.cutoff_words for w in before):
            return int(ent.words[m.end])
    return None


def _is_top(side: Operand, n: int) -> bool:
    """Whether one side of a comparison is the top `n`, added up."""
    sel = side.items
    return (not sel.filters and sel.order == Order("views", True) and sel.slice is not None
            and sel.slice.n == n and not sel.slice.positions and not sel.slice.from_end)


def _placed_in_other(query: Query, lex: Lexicon) -> bool:
    """Whether one side of a two-sided query is a video named and the other the places it stood in, itself among
    them ("did <title> drop from 9th to 10th")."""
    assert query.other is not None
    sides = (query.items.items.filters, query.other.items.filters)
    for named, placed in (sides, sides[::-1]):
        if len(named) == 1 and isinstance(one := named[0], Named) and len(one.videos) == 1 and len(placed) == 1 \
                and isinstance(at := placed[0], Ranks) and len(at.positions) > 1 \
                and lex.by_place.index(one.videos[0]) + 1 in at.positions:
            return True
    return False


def band_read(query: Query, ent: Entities, lex: Lexicon) -> Query | tuple[Query, Query] | None:
    """An empty band of views read as asked: "between 5m and 3m" is the band from 3m to 5m; "how many got over 5m and
    how many under 3m" and "over 5m vs under 3m" ask two things, over one bound, then under the other; None when no
    band is empty (or it is asked as one: "more than 5m but less than 3m" has none)."""
    sel = query.items.items
    band = next((f for f in sel.filters if isinstance(f, ViewsBetween) and f.low is not None and f.high is not None
                 and (f.low > f.high or (f.low == f.high and not f.inclusive))), None)  # (not "exactly 3m")
    if band is None:
        return None
    assert band.low is not None and band.high is not None

    def bounded(bound: ViewsBetween) -> Query:
        filters = tuple(bound if f is band else f for f in sel.filters)
        return replace(query, items=replace(query.items, items=replace(sel, filters=filters)))

    if not lex.between_words.isdisjoint(ent.words) and band.low > band.high:
        return bounded(ViewsBetween(band.high, band.low, band.inclusive))
    # ("over 5m vs under 3m, how many each": the two sets set against each other, each answered)
    if sum(w in lex.question_words for w in ent.words) < 2 and not any(
            ent.words[m.start] not in lex.comparative_joins for m in ent.query.get("versus", ())):
        return None
    return (bounded(ViewsBetween(band.low, None, band.inclusive)),
            bounded(ViewsBetween(None, band.high, band.inclusive)))


def _count_unread(ent: Entities, lex: Lexicon) -> int | None:
    """A count of videos said ("the 5 videos") fewer than the list holds, that no slice or place took."""
    tokens = ent.tokens
    return next((int(n.value) for n in ent.numbers if not n.scaled and n.value.is_integer()
                 and 1 < n.value < len(lex.dataset.videos) and n.end < len(tokens)
                 and tokens[n.end].w in lex.video_plurals), None)


def _grouped(ent: Entities, lex: Lexicon, found: dict[str, list[Match]]) -> Query | None:
    """ "which month had the most videos", "views of each month", "which weekday had the most posts", "which month of
    the top 5 had the most views": the videos (of a set) grouped by when they were posted; None when one video is
    asked ("which month was <title> posted", "what day of the week was the least viewed posted": its date), or no
    video at all ("what month was the article written"), or a figure other than views (each group's views are
    given)."""
    group = found["group"][0]
    most, least = ent.cues.get("most", 0.0), ent.cues.get("least", 0.0)
    ops = {m.payload for m in found.get("operation", ())}
    # ("which weekday had the second most views": a place among the groups, said right before the order)
    place_at = next((at for at in ent.rank_at if any(
        m.start == at + 1 for m in (*found.get("order", ()), *ent.cue_matches.get("most", ()),
                                    *ent.cue_matches.get("least", ())))), None) if len(ent.ranks) == 1 else None
    place = ent.ranks[0] if place_at is not None else None
    if ent.videos or (ent.ranks and place is None) or (ent.months and group.payload == "by_month") or ent.days \
            or ent.years \
            or ent.platforms or set(ent.measures) - {"views"} \
            or not lex.video_pronouns.isdisjoint(ent.words) or any(
                t.s in lex.video_words and t.w not in lex.video_plurals
                and not (k > 0 and ent.tokens[k - 1].w in lex.per_words)  # ("views per video": a mean)
                for k, t in enumerate(ent.tokens)):
        # (a month named is one group: "total views in <month>? grouping by month"; two set one against the other:
        # "which month had more views, <month> or <month>"; "what day of the week was that": the video before)
        return None
    if not (found.get("posting") or ent.measures or most or least or ops or any(
            t.w in lex.video_plurals for t in ent.tokens)):
        return None  # ("what day of the week is the dateline": no video asked of)
    # (the group's own words are no filter or span: "which weekday", "day of the week")
    inside = {k: [m for m in v if not (group.start <= m.start and m.end <= group.end)] for k, v in found.items()
              if k != "group"}
    rest = {k: v for k, v in inside.items() if v}
    sets = _sets(ent, lex, rest, [], relative=False)
    if any(at != place_at for at, _, _ in sets.singles) or sets.relative is not None:
        return None  # (the place among the groups is no video of its own)
    filters = [f for _, f in sets.filters]
    said_at_ = {m.start: m for m in rest.get("order", ())}
    for at, order, slice_ in sets.orders:
        if slice_ is not None and ((slice_.n or 0) > 1 or len(slice_.positions) > 1):
            filters.append(Among(Selection(order=order, slice=slice_)))  # ("which month of the top 5 ...")
            continue
        said = said_at_.get(at)
        last = ent.words[said.end - 1] if said is not None else ""
        if order.field != "views" or (slice_ is not None and slice_.positions != (place,)) or (
                last in lex.measure_words and last not in lex.measure_nouns):
            return None  # ("what day of the week was the least viewed posted": one video, its date)
    # ("the highest average views", "more views per video": each group's mean)
    mean = "mean" in ops or per_video_said(ent, lex)
    figure = "mean" if mean else "sum" if "views" in ent.measures else "count"  # ("the most", "the fewest": videos)
    # ("which month had more views per video": of the groups, the most)
    fewer, more = not lex.group_fewer.isdisjoint(ent.words), not lex.group_more.isdisjoint(ent.words)
    extreme: Literal["most", "least"] | None = "least" if least > most or (not most and fewer) \
        else "most" if most or more else None
    shares = ("share",) if "share" in ops or "share_of" in ops else ()
    return Query(group.payload, Operand(Selection(tuple(filters)), figure), also=shares, extreme=extreme,
                 place=place or 1)


def _all_theirs_asked(ent: Entities, lex: Lexicon, sel: Selection) -> bool:
    """Whether a question asks if one person posted every video of a set ("were all the tweets posted by <name>?",
    "did <name> post all the top ten himself?"), not for the videos they posted ("all the videos <name> posted")."""
    posted = [f for f in sel.filters if isinstance(f, PostedBy)]
    # ("did <name> post the top 3 himself", "did <name> post most of them": a set of several, each poster's share)
    several = not lex.all_words.isdisjoint(ent.words) or (sel.slice is not None and (sel.slice.n or 0) > 1) or any(
        m.payload == "posters" for m in ent.query.get("operation", ()))
    return (len(posted) == 1 and not posted[0].negate and len(posted[0].people) == 1 and several
            and (ent.words[0] in lex.yes_no_openers or "premise" in ent.query))


def _without_operations(found: dict[str, list[Match]], drop: Callable[[Match], bool]) -> dict[str, list[Match]]:
    """The units found with the operation matches `drop` picks taken out (and the unit, when none is left)."""
    kept = [m for m in found["operation"] if not drop(m)]
    return {**found, "operation": kept} if kept else {k: v for k, v in found.items() if k != "operation"}


def _views_end(lex: Lexicon, payload: str, k: int = 1) -> int:
    """The video k-th from the top ("views_desc") or from the bottom ("views_asc") of the views order."""
    return lex.by_place[k - 1] if payload == "views_desc" else lex.by_place[-k]


def _added_against(ent: Entities, lex: Lexicon) -> Query | None:
    """ "if <title> had 500k more, would it overtake <title>": the first video's figure with the amount added, set
    against the second's; None unless two videos are named, an amount is added and a hypothetical is said."""
    named = tuple(dict.fromkeys(r.best for r in ent.videos if r.strong))
    if len(named) != 2 or not ent.numbers or lex.hypothetical_words.isdisjoint(ent.words) or (
            amount := added_amount(ent, lex)) is None:
        return None
    return Query("difference", Operand(Selection((Named(named[:1]),)), "value", *amount),
                 Operand(Selection((Named(named[1:]),))))


def _no_other_video(ent: Entities, lex: Lexicon) -> Unanswerable | None:
    """ "<poster>'s other video", "what other video did <poster> post": someone who posted one video has no other."""
    at = next((k for k, w in enumerate(ent.words[:-1]) if w in lex.other_words
               and ent.tokens[k + 1].s in lex.video_words), None)
    posters = [p for p in ent.people if len(lex.posted.get(p, ())) == 1]
    if at is None or len(posters) != 1 or any(r.strong and r.best not in lex.posted[posters[0]] for r in ent.videos) \
            or ent.query.keys() & {"negate", "comparative", "versus", "others", "operation"} or ent.topics:
        return None  # (not "what other video is about <topic> apart from <poster>'s", "did any other beat <poster>'s")
    if ent.spans.get(posters[0], (0, -1))[1] != at and "posting" not in ent.query:
        return None  # (their other video: "<poster>'s other video", "what other video did <poster> post")
    person, video = lex.dataset.person(posters[0]), lex.dataset.videos[lex.posted[posters[0]][0]]
    name = person.name if person is not None else posters[0]
    return Unanswerable(f"{name} posted only one of the {len(lex.dataset.videos)} videos: {video.title.rstrip('.')}.")


def _figures_joined(ent: Entities, lex: Lexicon) -> bool:
    """Whether two set figures are asked side by side, joined by "and" ("the total and average", "mean & median of
    the top 5"): each asked of the same videos (apart, "median of the top 10? avg is skewed", or "the median vs the
    mean", they are set against each other)."""
    said = [m for m in ent.query.get("operation", ()) if m.payload in AGGREGATES]
    # (or asked again after the set: "whats the total of the top 10 and whats the avg per vid", nothing said of
    # another set after it)
    later = [*ent.rank_at, *(n.start for n in ent.numbers), *(m.start for m in ent.query.get("order", ()))]

    def asked_again(a: Match, b: Match) -> bool:
        gap = ent.tokens[a.end : b.start]
        k = max((j for j, t in enumerate(gap) if t.s in lex.separators), default=-1)
        return k >= 0 and all(t.w in lex.stopwords for t in gap[k + 1 :]) and not any(at > b.start for at in later)

    return not ent.cue("compare") and any(
        (b.start - a.end == 1 and ent.tokens[a.end].s in lex.separators) or asked_again(a, b)
        for a, b in pairwise(said))


def _videos_after(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether videos themselves are counted from word `at` on ("of the 9 videos", "of them", "of the tweets", "of
    the top 10 vids", the whole list): a video plural within a few words, only small words and a number before it."""
    for k in range(at, min(len(ent.tokens), at + NEAR + 1)):
        t = ent.tokens[k]
        if t.w in lex.video_plurals or t.w in lex.them_words:
            return True
        whole = t.w in lex.top_words and k + 1 < len(ent.tokens) and lex.whole_number(
            ent.tokens[k + 1].w) == len(lex.dataset.videos)
        if not (t.w in lex.stopwords or t.w.isdigit() or t.w in lex.numbers or whole):
            return False
    return False


def _one_video(ent: Entities, lex: Lexicon) -> Selection | None:
    """The one video a question names, by its title, its place or "the top one"; None for any other set."""
    named = {r.best for r in ent.videos if r.strong}
    if named:
        return Selection((Named(tuple(named)),)) if len(named) == 1 and len(ent.videos) == len(
            [r for r in ent.videos if r.strong]) else None
    if len(ent.ranks) == 1 and 1 <= ent.ranks[0] <= len(lex.by_place) and "order" not in ent.query:
        return Selection((), Order("views", True), Slice(positions=(ent.ranks[0],)))
    orders = [m.payload for m in ent.query.get("order", ()) if m.payload in ("views_desc", "views_asc")]
    if len(orders) == 1 and not ent.ranks:
        return Selection((), Order("views", orders[0] == "views_desc"), Slice(n=1))
    return None


def _places_apart(ent: Entities, lex: Lexicon) -> Query | None:
    """ "how many spots ahead of <A> is <B>", "how many places apart are #2 and <title>": the places between two
    videos in the list, each named or placed (not the video that many places from one: no count is said; with a
    measure asked too, the gap in it, which says the places beside)."""
    if ent.thresholds or ent.measures or lex.places_apart_ends.isdisjoint(ent.words) or not said_spans(
            ent.words, lex.places_apart):
        return None  # (the phrase's last word first: one set look-up for most questions)
    sides = sorted([(r.start, r.best) for r in ent.videos if r.strong] + [
        (at, lex.by_place[rank - 1]) for at, rank in zip(ent.rank_at, ent.ranks, strict=True)
        if 1 <= rank <= len(lex.by_place)])
    named = list(dict.fromkeys(v for _, v in sides))
    if len(named) != 2 or len(ent.videos) > 2:
        return None
    # ("how many places above <A> was <B>": the higher said first; "... behind": the lower; else as named)
    way = next((m.payload for m in ent.query.get("relative", ()) if m.payload in ("above", "below")), None)
    if way is not None and (lex.by_place.index(named[0]) < lex.by_place.index(named[1])) != (way == "above"):
        named.reverse()
    return Query("places", Operand(_named(tuple(named[:1]))), Operand(_named(tuple(named[1:]))))


def _two_ways(ent: Entities, lex: Lexicon) -> Query | None:
    """ "is <A> above or below <B>", "did <A> do better or worse than <B>": which way the first of two videos
    stands against the second, whatever else is said after (a friend's guess, "<name> says below")."""
    if ent.numbers or ent.thresholds or "operation" in ent.query or "factor" in ent.query:
        return None  # (a figure, a bar, an operation or a scale said: "more or less than half of <B>", composed)
    op, way = "difference", lex.way_asked(ent.words)
    if way is None:  # ("was <A> posted before or after <B>": the days between, which came first)
        op, way = "days", lex.way_asked(ent.words, dated=True)
    if way is None:
        return _which_first(ent, lex)
    named = list(dict.fromkeys(r.best for r in ent.videos if len(r.candidates) == 1))
    value = "date" if op == "days" else "value"
    if len(named) == 1 and len(ent.videos) == 1 and len(ent.ranks) == 1 and 0 < ent.rank_at[0] < way[0] \
            and ent.videos[0].start >= way[0] + 3 and 1 <= ent.ranks[0] <= len(lex.dataset.videos):
        # ("was the 2nd most viewed vid posted before or after <B>": the video at that place is the first)
        by_views = sorted(range(len(lex.dataset.videos)), key=lambda v: lex.dataset.videos[v].rank,
                          reverse=bool(ent.cue("least")))
        placed = by_views[ent.ranks[0] - 1]
        if placed != named[0]:
            return Query(op, Operand(_named((placed,)), value), Operand(_named((named[0],)), value), way=way[1])
    if len(named) != 2 or len(ent.videos) != 2:
        return None
    first, second = ent.videos
    if not (0 < first.end <= way[0] and second.start >= way[0] + 3):
        return None
    return Query(op, Operand(_named((first.best,)), value), Operand(_named((second.best,)), value), way=way[1])


def _which_first(ent: Entities, lex: Lexicon) -> Query | None:
    """ "which was first, <A> or <B>": which of two videos was posted first (named first in the answer; for "last",
    the later), and the days between; a rank word makes it a place by views ("which ranked first"), not this."""
    said = ent.query.get("order", ())
    if not (len(said) == 1 and said[0].payload in ("first", "last") and not ent.measures
            and lex.rank_words.isdisjoint(t.s for t in ent.tokens) and not ent.cue("list")
            and all(said[0].start <= at < said[0].end for at in ent.rank_at)  # ("first" is a place word too)
            and said[0].end <= ent.videos[0].start and len({r.best for r in ent.videos}) == 2):
        return None
    dates = [(t.date if (t := lex.dataset.videos[r.best].tweet) else None) for r in ent.videos]
    first, second = ent.videos
    if dates[0] is not None and dates[1] is not None and (dates[1] < dates[0]) == (said[0].payload == "first"):
        first, second = second, first
    return Query("days", Operand(_named((first.best,)), "date"), Operand(_named((second.best,)), "date"),
                 way=(said[0].payload, said[0].payload) if None not in dates else None)


def _yes_no_comparative(ent: Entities, lex: Lexicon) -> bool | None:
    """Whether a yes/no question ("does A beat B", "if A doubled, would it pass B", "is A more than 2 times B")
    asks A above B (True) or below it (False); None when no one comparison is so asked."""
    said = ent.query.get("comparative")
    words = ent.words
    if said and len(said) == 1:
        at, above = said[0].start, said[0].payload == "more"
    else:  # ("more than", "less than": a way said before "than")
        ways = [(m.start - 1, words[m.start - 1]) for m in ent.query.get("versus", ())
                if m.start > 0 and words[m.start - 1] in lex.way_words]
        if len(ways) != 1:
            return None
        at, way = ways[0]
        above = any(way == up for up, _ in lex.ways.values())
    opened = words[0] in lex.yes_no_openers or words[0] in lex.subject_openers or lex.is_quiz(words) or (
        at >= 2 and words[at - 1] in lex.subject_pronouns and words[at - 2] in lex.subject_openers
        # ("by how many views did it beat it": an amount asked, not yes or no)
        and lex.how_many.isdisjoint(pairwise(words[max(0, at - 6) : at])))
    return above if opened else None


def _others_of_something_else(ent: Entities, others: Match) -> bool:
    """ "for the other lollipop ladies": "the other" before a word no table knows, others of that, not the videos
    but one named."""
    return others.end < len(ent.words) and ent.words[others.end].isalpha() and ent.reads[others.end].unknown


def _instead(ops: list[str], old: str, new: str) -> list[str]:
    """The operations asked, one of them read as another ("in total" of one video: its value)."""
    return [new if o == old else o for o in ops]


def _unit_after(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether word `at` is a unit that makes the numbers before it something else than places ("videos of 3 to 5
    minutes", "6 to 10 days", "10 percent", "1 to 3 am"): a length, a share, a scale, a time of day."""
    if at >= len(ent.words):
        return False
    word = ent.words[at]
    return word in lex.multipliers or word in lex.percent_words or word in lex.foreign_units or any(
        w in lex.span_words or w in lex.uncounted_spans for w in (word, word + "s")) or any(
        re.search(rf"\d\s*{mark}\b", ent.text, re.IGNORECASE) for mark in lex.clock_marks)  # (as typed: "am" is read)


def _count(ent: Entities) -> int | None:
    """A small whole number asked for ("the 3 most liked")."""
    return next((int(n.value) for n in ent.numbers if not n.scaled and n.value.is_integer() and 1 < n.value <= 100),
                None)


def _parse(ent: Entities, lex: Lexicon, measure: str) -> Query | MetricQuery | PersonQuery | Unanswerable | None:
    found, cues = ent.query, ent.cues
    if (ent.numbers or not lex.amount_scales.keys().isdisjoint(ent.words)) and (
            amount := added_amount(ent, lex)) is not None and (one := _one_video(ent, lex)) is not None:
        # "if <title> had another 200k views, what rank would it be", "the top vid with 10% more views": its figure
        # with the amount added, and where that would place it
        return Query("sum", Operand(one, "value", *amount, supposed=not lex.hypothetical_words.isdisjoint(ent.words)))
    if not found and not cues.get("handle", 0.0) and not (ent.months or ent.days or ent.thresholds or len(ent.ranks) > 1
                                                 or len(ent.videos) > 1 or (ent.ranks and ent.numbers)
                                                 or (len(ent.numbers) > 1 and _placed_run(ent, lex))
                                                 # ("list 5-8": two places typed with a dash)
                                                 or (len(ent.numbers) == 2 and _DASHED.search(ent.text) is not None)
                                                 # ("<title> views times 2", "a third of <title>": a scale no
                                                 # phrase of the query units found)
                                                 or _scale_said(ent, lex)
                                                 # ("<person> retweets, <other person>": each one's figure)
                                                 or (not lex.video_measures.issuperset(ent.measures)
                                                     and len(ent.subjects()) > 1)):
        return None  # most questions: nothing to compose
    if ent.bonus or cues.get("bonus", 0.0) >= BONUS_ASKED:
        return None  # the bonus favourites: no figures to compose
    if ent.thresholds and "versus" in found and len({r.best for r in ent.videos}) > 1 and any(
            m.payload == "sum" for m in found.get("operation", ())):
        # ("<A> and <B> together beat 5m": the comparing word sets their total against the figure after it, not one
        # video against the other)
        bars = {n.start for n in ent.numbers if any(abs(n.value - v) < 1e-9 for _, v in ent.thresholds)}
        found = {k: [m for m in v if m.end not in bars] if k in ("versus", "comparative") else v
                 for k, v in found.items()}
        found = {k: v for k, v in found.items() if v}
    if "posting" in found and (pronoun := _poster_unnamed(ent, lex, found)) is not None:
        # ("how many videos did he post", nobody named: whose posts, unknown; not every video)
        return Unanswerable(f"I can't tell who \u201c{pronoun}\u201d is: name who posted (e.g. "
                            f"{lex.dataset.people[0].name}).")
    if "comparative" in found and "relative" in found:
        # ("just behind <title>": one place below it, a phrase the comparative word is part of, no bar)
        kept = [c for c in found["comparative"] if not any(r.start <= c.start and c.end <= r.end
                                                           for r in found["relative"])]
        found = {**found, "comparative": kept} if kept else {k: v for k, v in found.items() if k != "comparative"}
    if article_dated(ent, lex):
        return None  # "what's the date of the article": its own date, which the source answer gives
    if "group" in found and (grouped := _grouped(ent, lex, found)) is not None:
        return grouped
    if "round" in found and "operation" in found:
        # ("isn't a multiple of 100k": which counts are round, no ratio asked)
        found = _without_operations(found, lambda m: any(r.start <= m.start < r.end for r in found["round"]))
    if "operation" in found and not ent.measures and any(cues.get(f) for f in _FIELDS_ASKED):
        # ("who posted <title> plus <title>": a joining word between the two, whose fields are asked, no sum)
        found = _without_operations(found, lambda m: m.payload == "sum" and m.end - m.start == 1
                                    and ent.words[m.start] in lex.separators)
    # ("who posted #1 vs #2": each one's poster asked, side by side, no figure set against the other)
    fields_only = "versus" in found and not (ent.measures or "operation" in found or "comparative" in found) and any(
        cues.get(f) for f in _FIELDS_ASKED)
    if fields_only:
        found = {k: v for k, v in found.items() if k != "versus"}
    ops = ["share" if m.payload == "share_of" else m.payload for m in found["operation"]] if "operation" in found \
        else []
    if "neighbours" in ops and any(m.payload == "neighbours" and (
            m.end in ent.rank_at or any(n.start == m.end for n in ent.numbers)) for m in found["operation"]):
        # ("videos between posts 2 and 5": the places said after it, no gaps between neighbours)
        ops = [o for o in ops if o != "neighbours"]
        found = {**found, "operation": [m for m in found["operation"] if m.payload != "neighbours"]}
    if "posters" in ops and any(m.payload == "posters" and m.end + 1 in ent.measure_ends for m in found["operation"]):
        ops = [o for o in ops if o != "posters"]  # "who posted the most viewed video": a superlative of views
    if "difference" in ops and "ratio" not in ops and any(
            o.start >= d.end and ent.words[o.start] in lex.question_words for o in found.get("occasions", ())
            for d in found["operation"] if d.payload == "difference"):
        # ("how much bigger was <A> than <B>, how many times": the gap, then the multiple asked; not "the difference
        # between the number of times ...")
        ops.append("ratio")
    # The most common question ("how many views did <title> get"): one video, nothing to compose.
    if (len(ent.videos) == 1 and found.keys() <= LOOKUP_UNITS and ops.count("value") == len(ops)
            and not (ent.months or ent.days or ent.thresholds or ent.ranks or ent.people or ent.parties
                     or ent.platforms or _scale_said(ent, lex))):
        return None
    # An amount asked at the start, the operation said nowhere else: the one its opening asks
    opened = None
    if not ops and "comparative" in found and ent.words[-1] in lex.gap_ends \
            and not lex.how_many.isdisjoint(pairwise(ent.words[:3])):
        opened = "difference"  # "how much did the top vid beat <title> by": the gap between the two
    elif ops == ["value"] and found.get("versus") and cues.get("compare", 0.0) >= COMPARED_SAID and (
            len(ent.videos) + len(ent.ranks) + bool(found.get("order"))) >= 2 \
            and not lex.how_many.isdisjoint(pairwise(ent.words[:3])):
        opened = "difference"  # "how many views did <A> get more than <B>": the gap, its "more" said late
    elif ops == ["value"] and (ahead := {c.start for c in ent.query.get("comparative", ())}) and len(
            ent.videos) + len(ent.ranks) + len(found.get("order", ())) == 2 and any(
            pair in lex.how_many and k < min(ahead) for k, pair in enumerate(pairwise(ent.words))):
        # "how many views was <A> ahead of <B>", "how many views behind #1 is #10": the gap, the word of place only
        # saying which way
        opened = "difference"
        kept = [r for r in found.get("relative", ()) if r.start not in ahead]
        found = {k: v for k, v in found.items() if k != "relative"} | ({"relative": kept} if kept else {})
    elif not ops and len(found.get("comparative", ())) == 1 and len({r.best for r in ent.videos if r.strong}) == 2 \
            and not (ent.numbers or ent.thresholds) and lex.is_quiz(ent.words):
        opened = "difference"  # "T or F: <A> outperformed <B>": the claim set as a quiz, the two set against each other
    elif not ops and cues.get("days", 0.0) and found.get("relative") and len({r.best for r in ent.videos}) == 2 \
            and not lex.how_long.isdisjoint(pairwise(ent.words[:3])):
        opened = "days"  # "how long was <A> up before <B>": the days between the two posts
    elif not ops and len(orders := found.get("order", [])) == 2 and not ent.videos and any(
            orders[0].end <= v.start and v.end <= orders[1].start and (
                # ("than" after a word of more or fewer views; "older than" sets posting dates against each other)
                ent.words[v.start] not in lex.comparative_joins
                or ent.words[v.start - 1] in lex.group_more | lex.group_fewer) for v in found.get("versus", ())):
        opened = "difference"  # "top 3 > bottom 7?", "top 3 more than bottom 7": two sets set against each other
    if opened is not None:
        ops, found = [opened], {**found, "operation": [Match(0, 2, opened)]}
    if "neighbours" in ops and "difference" in ops and len({r.best for r in ent.videos if r.strong}) == 2:
        # "the difference between <A> and <B>, they're right next to each other": the two named, set against each
        # other (that they are neighbours is said of them)
        ops = [o for o in ops if o != "neighbours"]
    if ops == ["difference"] and not ent.measures and len({r.best for r in ent.videos if r.strong}) == 2 \
            and not lex.how_long.isdisjoint(pairwise(ent.words[:3])):
        ops = ["days"]  # "how long was the gap between <A> and <B>": a length of time, the days between the posts
    if found.get("posting") and not ent.ranks and not ent.measures and not _NEIGHBOUR_OPS.isdisjoint(ops) \
            and len({r.best for r in ent.videos if r.strong}) == 2:
        # "were <A> and <B> posted back to back": whether their posting days are next to each other, the days
        # between the two posts
        ops = ["days" if o in _NEIGHBOUR_OPS else o for o in ops]
        found = {**found, "operation": [Match(m.start, m.end, "days") if m.payload in _NEIGHBOUR_OPS else m
                                        for m in found["operation"]]}
    op = _operation(ops) if ops else None
    if "same" in found and (same := _same_stretch(ent, lex, found, op)) is not None:
        return same
    videos_counted = op in ("sum", "count") and "count" in ops and not ent.measures and any(
        m.payload == "count" and (k := _past_fillers(ent, lex, m.end)) < len(ent.tokens)
        and ent.tokens[k].w in lex.video_plurals for m in found["operation"])
    if videos_counted and op == "sum" and not any(
            m.payload == "sum" and any(ent.words[k] in lex.clause_joins and ent.words[k + 1] in lex.question_words
                                       for k in range(min(x.end for x in found["operation"]), m.start - 1))
            for m in found["operation"]):
        # "how many videos did they post in total", "how many total videos": a count of videos, "total" only saying
        # so, no views added (not "how many videos in december and what did they get combined": asked apart)
        ops, op = [o for o in ops if o != "sum"], "count"
    if videos_counted and (found.get("posting") or not lex.making_words.isdisjoint(ent.words)) \
            and found.keys() <= {"operation", "posting"} and ent.parties \
            and lex.video_parties.issuperset(ent.parties) and not (
            ent.videos or ent.people or ent.ranks or ent.numbers or ent.months or ent.days or ent.thresholds
            or ent.topics):
        # ("how many vids did <party> post (in total) over the campaign": all they posted, which the article does not
        # count; its list is of the most viewed)
        return Unanswerable(f"I don't have how many videos were posted in all: the article lists the "
                            f"{len(lex.dataset.videos)} most viewed.")
    if ent.videos and ent.thresholds and not found.get("relative") and not lex.how_long.isdisjoint(
            pairwise(ent.words[:3])):
        # ("how long did <title> take to hit a million", "how long after it was posted did it reach 1m": a day's
        # count, which the data does not hold)
        return Unanswerable(f"I don't have {lex.measure_label('views by day')}.")
    if "count" in ops and (ent.people or ent.parties) and not (
            ent.videos or ent.ranks or ent.months or ent.days) and any(
            m.payload == "count" and (k := _past_fillers(ent, lex, m.end)) < len(ent.tokens)
            and ent.tokens[k].s in lex.post_words and ent.tokens[k].w != ent.tokens[k].s
            for m in found["operation"]) and any(n.value in lex.period_days for n in ent.numbers):
        # ("how many tweets did <name> post in the 42 days": all they tweeted in a figure's period, which the article
        # does not count)
        return Unanswerable(f"I don't have how many tweets were posted in all: the article lists the "
                            f"{len(lex.dataset.videos)} most viewed videos.")
    if (op == "sum" and any(m.payload in PLAIN_ORDERS for m in found.get("order", ())) and not ent.numbers
            and not ent.ranks and not any(t.w in lex.video_plurals for t in ent.tokens)
            and len(found["order"]) < 2 and not found.get("relative")):
        # ("most viewed plus least viewed": two videos, added; "the top video and the one after it, combined": two)
        # "which video had the most views in total": one video's count, the most; no sum over the list
        ops, op = _instead(ops, "sum", "value"), "value"
    if found.get("occasions") and op in (None, "count", "difference") and ((
            len(ent.videos) + len(ent.ranks) == 2 and (
                any(at in ent.rank_at or any(r.start == at for r in ent.videos)
                    for m in found["occasions"] for at in range(m.end, m.end + 3))
                or _said_last(ent, lex, found["occasions"][-1].end)))
            # ("<party>'s 86m vs <title>'s 3.7m, how many times": two sides set against each other, asked last)
            or (found.get("versus") and _said_last(ent, lex, found["occasions"][-1].end))):
        # "#1 is how many times #10", "how many times the <title> is <title>", "... times video no 10": a ratio of
        # the two; so is "#1 is bigger than #10 how many times?", the two set apart first
        ops, op = _instead(ops, "count", "ratio") if "count" in ops else [*ops, "ratio"], "ratio"
    if op == "count" and found.get("order") and ("views" in ent.measures or any(
            m.payload in PLAIN_ORDERS for m in found["order"])) and any(
            m.payload == "count" and all(w in lex.stopwords or w in lex.how_many_fillers for w in ent.words[m.end :])
            for m in found["operation"]):
        # "which got the most views, and how many (exactly pls)?": how many views it got, not how many videos
        ops, op = _instead(ops, "count", "value"), "value"
    if op == "count" and not ent.thresholds and lex.video_measures.issuperset(ent.measures) and any(
            m.payload == "count" and ((k := _past_fillers(ent, lex, m.end)) in ent.measure_starts or (
                # ("how many have watched it": an auxiliary before the verb, not "how many have views")
                k + 1 in ent.measure_starts and ent.words[k] in lex.subject_auxiliaries
                and ent.tokens[k + 1].w not in lex.measure_nouns)) for m in found["operation"]):
        # "how many saw the <title> video": a count of viewers said with its verb, the views, not how many videos
        # ("how many saw over 5m": videos over a bar, counted; "how many saw both <topic> videos": both's)
        op = _views_of_named(ent, lex)
        ops = _instead(ops, "count", op)
    if op == "count" and not ent.thresholds and "views" in ent.measures and (
            len({r.best for r in ent.videos}) == 1 or (not ent.videos and len(set(ent.ranks)) == 1)) \
            and not any(r.group and not lex.video_plurals.isdisjoint(ent.words[r.start : r.end + 1])
                        for r in ent.videos) and any(
                m.payload == "count" and m.start > min(ent.measure_starts, default=m.start) and any(
                    end == len(ent.words) or break_after(ent, lex, end - 1, end, asked=True)
                    for end in {m.end, _past_fillers(ent, lex, m.end)})
                for m in found["operation"]):
        # ("<title>, views how many?", "views it how many million?", "views place 2 how many": the measure said
        # before "how many" closing its sentence, the video's figure)
        ops, op = _instead(ops, "count", "value"), "value"
    got_it = bool(ent.videos or ent.ranks or found.get("order") or ent.months)  # (something that got a figure is said)
    if op == "count" and not ent.thresholds and lex.video_measures.issuperset(ent.measures) and got_it and any(
            m.payload == "count" and lex.count_got(ent.words, m.start, m.end) for m in found["operation"]):
        # "how many did <title> get": what it got, its views, not how many videos ("the 2 <topic> videos": both's)
        op = _views_of_named(ent, lex)
        ops = _instead(ops, "count", op)
    if op in (None, "value") and any(ent.words[m.start] not in lex.comparative_joins
                                     for m in found.get("versus", ())) and (
            not (ent.videos or ent.ranks or ent.thresholds)) and sum(
            m.payload in VERSUS_ENDS for m in found.get("order", ())) >= 2:
        # "the top video vs the runner-up", "how did the top one compare with the runner-up": two places, set apart
        ops, op = [*ops, "difference"], "difference"
    if op in ("difference", "share") and any(a.payload == "difference" and b.payload == "share" and a.end == b.start
                                            for a, b in pairwise(found.get("operation", ()))):
        # "retweets grew by what percent": a rise asked as a percentage, the change (not a share of both)
        ops, op = [o for o in ops if o not in ("difference", "share")] + ["change"], "change"
    if op == "change" and any(m.payload == "share_of" for m in found.get("operation", [])):
        op = "share"  # "share of the total in %": a part of a whole, not a change
    if found.get("occasions") and not any(at >= found["occasions"][0].start for at in ent.measure_starts) and (
            not ent.measures or op != "ratio") and (
            # ("how many times was it shared", "... were the videos shared": of one video or of each)
            ent.videos or found.get("order") or ent.ranks or not lex.video_pronouns.isdisjoint(ent.words)
            or any(t.w in lex.video_plurals for t in ent.tokens) or (
            not lex.each_words.isdisjoint(ent.words))) and any(
            m.start >= found["occasions"][0].end or m.end == found["occasions"][0].start
            for m in found.get("posting", [])):
        # "how many times was X shared", "... the top video", "... each video", "... X compared to Y", "X shared how
        # many times": how often it was posted or passed on, which no figure counts ("how many times did <name>
        # post": their videos, counted)
        return Unanswerable("I don't have how many times a video was shared or posted, only its views.")
    if found.get("occasions") and op in (None, "count", "value") and ent.videos and ent.measures \
            and set(ent.measures) <= lex.video_measures:
        # "how many times was X watched": its views, not a count of videos ("the <topic> videos": both's)
        op = _views_of_named(ent, lex)
        ops = _instead(ops, "count", op)
    elif found.get("occasions") and op == "count" and ent.measures and set(ent.measures) <= lex.video_measures \
            and not ent.thresholds and not ent.videos and not ent.platforms_named:
        # (not "... on facebook": a platform's part, which the videos' counts do not split)
        at_place = bool(found.get("order") or ent.ranks)
        if ent.numbers or not lex.video_plurals.isdisjoint(ent.words):
            op = "sum"  # ("how many times were the top 10 watched", "... <name>'s videos": their views, not how many)
        elif at_place and not ent.people:
            op = "value"  # ("how many times was the most watched video watched": its views)
        elif ent.months or (ent.people and not at_place):
            op = "sum"  # ("how many times was <name> watched", "... the one by <name>": the views of theirs)
        elif not at_place:
            return None  # ("how many times was it watched", no video said: views of nothing named, not a count)
        # (a place among someone's videos, "the most watched <name> video", is left to the list it is placed in)
        ops = _instead(ops, "count", op)
    if op == "sum" and ent.videos and found.get("comparative"):
        # "add #5 to #8 together, does it beat <title>": the total set against the video, not a bar for each
        words = ent.words
        summed = {m.end for m in found.get("operation", ()) if m.payload == "sum"}
        back = [m for m in found["comparative"] if (m.start >= 2 and words[m.start - 1] in lex.subject_pronouns
                and words[m.start - 2] in lex.subject_openers) or m.start in summed or (
                    m.start - 1 in summed and words[m.start - 1] in lex.subject_auxiliaries)]  # ("<set> together beat")
        if back:
            found = {**found, "versus": [*found.get("versus", ()), *back],
                     "comparative": [m for m in found["comparative"] if m not in back]}
    if op == "count" and (counted := _counted_name(ent, lex, found)):
        return Unanswerable(f"I don't have a count of {counted}, only figures for the videos.")
    if op == "ratio" and "share" in ops and len(ent.videos) < 2:
        op = "share"  # "what % of the total is <title>, dominance ratio": a part of a whole
    if op in ("difference", "ratio"):
        op = next(o for o in ops if o in ("difference", "ratio"))  # "the gap ... how badly was it ratio'd": the first
    # ("the display name on <name>'s tweet, the bit after the rose emoji": an account's own name said, no operation)
    if (cues.get("handle", 0.0) and len(ent.people) == 1 and (not ops or cues["handle"] >= HANDLE_SAID)
            and (not ent.videos or (
            # ("<name>'s tweet has a website in his display name": their account, named through their post)
            cues["handle"] >= HANDLE_SAID and all(set(r.candidates) <= set(lex.posted.get(ent.people[0], ()))
                                                  for r in ent.videos)))
            # ("<name>'s display name has something after it": an account's own name said, whatever follows)
            and (cues.get("handle", 0.0) >= HANDLE_SAID or not any(found.get(u) for u in ("order", "relative")))
            # ("I'm not sure what a handle is": a negation elsewhere is no other person)
            and not any(0 <= ent.spans.get(ent.people[0], (0, 0))[0] - m.end < NEAR for m in found.get("negate", []))):
        return PersonQuery(ent.people[0])  # "<name>'s handle"
    if (found.get("span") and found.get("relative") and len(ent.videos) == 2 and all(r.strong for r in ent.videos)
            and (ent.words[0] in lex.yes_no_openers or _gap_stated(ent, lex, found) or (
                "days" in ops and not ent.measures))):
        # "was <title> posted two days before <title>": the days between the two, which say whether it was (and "<title>
        # came out a week before <title>, right": the same put as a statement)
        first, second = (Selection((Named((r.best,)),)) for r in ent.videos)
        return Query("days", Operand(first, "date"), Operand(second, "date"))
    if (len(ent.videos) == 2 and not ops and not ent.measures and all(r.strong for r in ent.videos)
            and any(m.payload == "day" and (m.start >= ent.videos[1].end or m.end == ent.videos[0].start == 1)
                    for m in found.get("span", ())) and (any(
                ent.videos[0].end <= m.start and m.end <= ent.videos[1].start for m in found.get("range", ())) or any(
                m.payload == "between" and m.end <= ent.videos[0].start for m in found.get("when", ())))):
        # "<title> -> <title> days", "<title> to <title> in days", "between <title> and <title>, in days", "days
        # <title> to <title>": the days from one's posting to the other's
        first, second = (Selection((Named((r.best,)),)) for r in ent.videos)
        return Query("days", Operand(first, "date"), Operand(second, "date"))
    if len(ent.days) == 2 and not ent.videos and "days" in ops and not (ent.months or ent.ranks) and (
            found.get("range") or any(m.payload == "between" for m in found.get("when", ()))):
        # "how many days between 14 nov and 12 dec": the two days themselves (not the videos posted on them)
        start, end = (date(lex.dataset.campaign.year, *d) for d in ent.days)
        return Query("days", Operand(Selection((PostedOn((start,)),)), "day"),
                     Operand(Selection((PostedOn((end,)),)), "day"))
    # ("<title> was posted 25th nov right? how many days till the article": its own day, said to check, no side)
    own_day = len(ent.videos) == 1 and len(ent.days) == 1 and (tweet := lex.dataset.videos[
        ent.videos[0].best].tweet) is not None and tweet.date is not None and (
        tweet.date.month, tweet.date.day) == ent.days[0] and not lex.article_words.isdisjoint(ent.words)
    if (len(ent.days) == 1 and len(ent.videos) == 1 and ent.videos[0].strong and "days" in ops and not own_day
            and not (ent.months or ent.ranks) and (found.get("relative") or found.get("range") or any(
                m.payload == "between" for m in found.get("when", ())))):
        # "how many days before 12 Dec was <title> posted", "days from <title> to 9 December": from its posting date
        # to the day said (a day, not the videos posted on it)
        day = date(lex.dataset.campaign.year, *ent.days[0])
        return Query("days", Operand(_named((ent.videos[0].best,)), "date"),
                     Operand(Selection((PostedOn((day,)),)), "day"))
    if (cues.get("days", 0.0) and len(ent.videos) == 1 and ent.videos[0].strong and (
            found.get("when") or any(ent.videos[0].end <= m.start for m in found.get("range", ()))
            or any(said_at(ent.words, k, lex.age_asks) for k in range(len(ent.words))))
            and not (ent.months or (ent.days and not own_day) or ent.ranks)
            and not lex.article_words.isdisjoint(ent.words)):
        # "how many days before the article was <title> posted", "how old was <title> when the article came out",
        # "<title> to the article, how many days": from its posting date to the article's
        video = Selection((Named((ent.videos[0].best,)),))
        return Query("days", Operand(video, "date"), Operand(Selection(), "published"))
    if ("days" in ops and "count" not in ops and len(ent.days) == 1 and not (ent.videos or ent.ranks or ent.years) and (
            found.get("when") or found.get("range") or found.get("relative"))
            and not lex.article_words.isdisjoint(ent.words)):
        # "how many days between 17 nov and the article": from the day said to the article's date
        day = date(lex.dataset.campaign.year, *ent.days[0])
        return Query("days", Operand(Selection((PostedOn((day,)),)), "day"), Operand(Selection(), "published"))
    # ("how many views in total across fb and tw": the platforms each video's count covers, said in full; not
    # "facebook only, not twitter combined")
    own_platforms = bool(ent.platforms and cues.get("scope", 0.0) and not found.get("versus") and not ent.numbers
                         and not ent.platforms_alone
                         and len(set(ent.platforms)) > 1
                         and set(ent.platforms) <= set(lex.dataset.video_views.platforms))
    if (ent.platforms_named and cues.get("scope", 0.0) and cues.get("compare", 0.0) and not ent.videos
            and not any(n.scaled for n in ent.numbers)
            and (platforms_said := set(ent.platforms_named)) <= set(lex.dataset.video_views.platforms)
            and (len(platforms_said) > 1 or not ent.subjects())):
        # "are the views just facebook, or facebook and twitter combined", "facebook only, or combined with
        # something else?": what a count covers
        return None
    if ent.parties and (found.get("order") or ent.ranks) and _others_videos(ent, lex):
        return None  # ("the <party>'s most viewed vid, how much of their 25m": their videos, not held; declined)
    # ("<party> total minus <title>": a party's figure, its platform unsaid, set against a video)
    if ((ent.parties and (ent.platforms_named or (ent.videos and "difference" in ops))) or any(
            n.scaled for n in ent.numbers)) and (
            ops or cues.get("compare", 0.0)) and (
            ent.videos or ent.ranks or found.get("order") or not lex.top_words.isdisjoint(ent.words)
            # ("<party> fb views vs the total video views": every video's total)
            # ("is the <figure> bigger than all the videos combined": the total set against it, yes or no)
            or ("sum" in ops and any(t.s in lex.video_words for t in ent.tokens)
                and (not {"difference", "ratio"}.isdisjoint(ops) or found.get("comparative")
                     or _set_against_videos(ent, lex, found)) and not ent.years)):
        # "the top ten combined vs the <party>'s 25 million", "what % of the 86m was the #1 video"
        against = _against_figure(ent, lex, found, ops)
        if against is not None:
            return against
    if ent.parties and ent.videos and _others_videos(ent, lex):
        return None  # ("did the <other party>'s top video beat <title>": videos not held, which the gates decline)
    if found.get("others") and found.get("versus") and (rest := _against_the_rest(ent, lex, found, ops)) is not None:
        return rest
    if (ent.platforms and not own_platforms) or not lex.video_measures.issuperset(ent.measures) or (
            ent.parties and not ent.videos and not _whose_videos(ent, lex)) or (
            # "the 2017 campaign was how many days longer than 2019's": the figures' periods, no video's
            # ("how many fewer days than 2017": one period named, set against the campaign's own)
            "days" in ops and not ent.videos and len(lex.period_years.intersection(ent.years))
            + any(n.value in lex.period_days for n in ent.numbers)
            # ("how many days longer was the 2017 campaign": its days said against another's in the asking)
            + lengths_compared(ent, lex, found) > 1):  # ("than the 42 day window")
        # Campaign-level figures (or counts the videos do not carry, which the gates decline); not of a video's count
        # said as a figure ("how much of the 13.4m was twitter only": that video's views, not split by platform)
        return metric_query(ent, lex, found, ops) if not ent.videos and not _video_figure_said(ent, lex) else None
    if (found.keys() <= _SUPERLATIVE_UNITS and len(said := found.get("order", [])) == 1
            and said[0].payload in PLAIN_ORDERS and ops.count("value") == len(ops)
            and not (ent.videos or ent.people or len(ent.numbers) > 1 or ent.thresholds or ent.months or ent.days)
            # ("top 2 views and who posted them": the videos with their details, composed)
            and not (ent.numbers and (cues.get("poster", 0.0) or cues.get("date", 0.0)))
            # (a place right before the order is its slice, "2nd most viewed"; anywhere else, a video of its own)
            and (not ent.rank_at or (len(ent.rank_at) == 1 and not ent.numbers
                                     and 0 < said[0].start - ent.rank_at[0] <= 2))):
        # "the most viewed video", "top 5", "4th most viewed": one place in the views order, the intent
        # scorer's (no sets to read)
        return None
    if ("closest_neighbours" in ops or "neighbours" in ops) and not ent.videos and not any(
            n.scaled for n in ent.numbers) and not ent.thresholds and not (
            set(ent.years) - {lex.dataset.campaign.year}):
        # ("closest in views to 5 million", "most similar to <title>": the nearest to a figure or a video)
        return _neighbours_query(ent, lex, found, ops)
    # ("#5 and the one after it, difference": a place said before, the one counted from)
    ranked = {lex.by_place[ent.ranks[0] - 1]} if "relative" in found and not ent.videos and len(ent.ranks) == 1 \
        and 1 <= ent.ranks[0] <= len(lex.by_place) and ent.rank_at[0] < found["relative"][0].start else set()
    named = {r.best for r in ent.videos} or {r.best for r in _place_anchor(
        ent, lex, found, {m.start: m for m in found.get("relative", ())}) if r.start < found["relative"][0].start} \
        or ranked if "relative" in found else set()
    if op in ("difference", "ratio", "days") and len(named) == 1 and (not ent.ranks or ranked):
        # "which came just above <title>, and by how many views did it beat it": the neighbour against the video
        # ("by how much did the least viewed video trail the one above it": the end of the order named it)
        # ("what came out straight after <title> and how many days later": the days between the two)
        near = _sets(ent, lex, found, ops, relative=True)
        anchor = next(iter(named))
        field = "date" if op == "days" else "value"
        if near.relative is not None and not near.filters and near.relative[1].anchor == anchor:
            return Query(op, Operand(Selection(relative=near.relative[1]), field), Operand(_named((anchor,)), field))
    if op in ("sum", "mean") and len(named) == 1 and (not ent.ranks or ranked) and not ent.thresholds:
        # ("#5 and the one before it, total", "<title> and the one after it combined": the two, added up)
        near = _sets(ent, lex, found, ops, relative=True)
        anchor = next(iter(named))
        rel = near.relative[1] if near.relative is not None else None
        anchor_at = min([r.start for r in ent.videos if r.best == anchor] + (ent.rank_at if ranked else []),
                        default=len(ent.words))
        # (the video counted from said first, then the other: "#1 and the one 2 below it"; not "the ones 1 and 2
        # places above <title>", those two)
        if rel is not None and not near.filters and rel.anchor == anchor and rel.order == Order("views", True) \
                and anchor_at < found["relative"][0].start \
                and 0 <= (k := lex.by_place.index(anchor) + rel.offset) < len(lex.by_place):
            return Query(op, Operand(Selection((Named(tuple(sorted((anchor, lex.by_place[k]),
                                                                   key=lex.by_place.index))),))))
    sets = _sets(ent, lex, found, ops, relative=op not in TWO_SIDED)
    if len(sets.singles) > 2:
        _places_said_again(lex, found, sets)
    if sets.unbarred:
        return Unanswerable(f"I can't tell which video \u201c{sets.unbarred}\u201d is: no title or tweet of the "
                            f"{len(lex.dataset.videos)} I have says that.")
    if op not in TWO_SIDED and op != "share" and not found.get("versus") and (ends := _both_slices(ent, lex, sets)):
        # ("top 3 and bottom 3", "the top video & the bottom video": both ends of the list, one set)
        sets.orders, sets.filters = [], [*sets.filters, (ends[0], Ranks(ends[1]))]
    if op in ("sum", "mean") and not (sets.filters or sets.orders or sets.singles or ent.thresholds) and sum(
            n.scaled for n in ent.numbers) > 1:
        return None  # ("2.4m + 1.4m = ?": figures said, added; not every video's)
    factors = _factors(ent, lex, found) if "factor" in found or (ent.numbers and not (
        lex.factor_starts.isdisjoint(ent.words) and lex.percent_words.isdisjoint(ent.words))) or (
        ent.words and not lex.ordinals.keys().isdisjoint(ent.words) and _parts_said(ent, lex)) else []
    # (most questions scale nothing)
    if factors and "share" in ops and any(a <= m.start < b for m in found["operation"] if m.payload == "share_of"
                                          for a, b, _ in factors):
        ops = [o for o in ops if o != "share"]  # ("10% of <title>": the scale is the percentage, no share asked)
        op = _operation(ops) if ops else None
    if factors and "ratio" in ops:
        # ("#1 divided by 2", "2 times the <title>": a side scaled, no ratio of two sides asked)
        scaling = [m for m in found["operation"]
                   if m.payload == "ratio" and any(a <= m.start < b for a, b, _ in factors)]
        if scaling:
            ops = [o for o, m in zip(ops, found["operation"], strict=True) if m not in scaling]
            op = _operation(ops) if ops else None
    if op is None and len(sets.singles) > 1 and not lex.added_after.isdisjoint(ent.words) and not cues.get("date"):
        last = max([at + 1 for at in ent.rank_at] + [r.end for r in ent.videos])
        if last < len(ent.words) and ent.words[last] in lex.added_after:
            op = "sum"  # "the 5th and 7th added", "number 8 and number 9 added"
    if op is None and ent.words and ent.words[-1] in lex.added_after and "views" in ent.measures \
            and (len(sets.singles) > 1 or sets.filters):
        op = "sum"  # ("views on the 2 vids posted on 11 n 12 dec added": the set's views, added, last)
    if factors and (op is None or (op == "count" and found.get("versus"))) and len(sets.singles) + sum(
            o is not SORTED for _, o, _ in sets.orders) == 2:
        if found.get("versus") or found.get("comparative") or cues.get("compare", 0.0):
            # "is <A> more or less than half of <B>": <A> against <B> scaled (and "..., how many had each": their
            # counts, asked after)
            op = "difference"
        else:
            op, factors = "ratio", []  # "is <A> double <B>": how many times the other it is
    if factors and len(factors) == 1 and len(sets.orders) == 1 and not (sets.singles or sets.filters) \
            and sets.orders[0][1] is not SORTED and any(
                sets.orders[0][0] < m.start <= factors[0][0] for m in found.get("versus", ())):
        # ("is the top 3 more than half of all views", "do the top 3 have more than half the views": the slice, then
        # the comparison, then a scale with no set after it: against every video's total, scaled)
        _, side_order, side_slice = sets.orders[0]
        return Query("difference", Operand(Selection(order=side_order, slice=side_slice or Slice(n=1)), "sum"),
                     Operand(Selection(), "sum", factor=factors[0][2]))
    if factors and op in (None, "value", "sum") and not any(
            0 <= ent.spans[p][0] - factors[0][1] <= 2 for p in ent.parties if p in ent.spans):
        # (not "<title> over half the <party>'s total": the scale is the party's figure's, not the video's)
        scaled = _scaled(sets, factors[0][2])  # "half of the <title>'s views", "double the top one"
        if scaled is not None:
            return scaled
        all_said = not lex.all_words.isdisjoint(ent.words[factors[0][1] : factors[0][1] + 1])  # ("half of ALL")
        if (op == "sum" or (op is None and ent.measures and not sets.filters and all_said)) and len(factors) == 1 \
                and not (sets.singles or sets.orders or found.get("versus")):
            # ("what's 10% of the total views", "half of all the views": every video's total, scaled)
            return Query("sum", Operand(Selection(tuple(f for _, f in sets.filters)), "value", factors[0][2]))
    if op in (None, "value") and len(sets.singles) == 2 and not fields_only and ent.measures and any(
            m.payload == "between" and m.end <= sets.singles[0][0] for m in found.get("when", ())) and (
            _next_by_views(lex, *(v for _, sel, _ in sets.singles for v in _videos_in(sel, lex)))):
        # ("how many views between no 1 and no 2": two next to each other by views, none between; their gap)
        op = "difference"
    if op is None and len(sets.singles) == 2 and not fields_only and (
            ((found.get("comparative") or cues.get("compare", 0.0) >= 2) and (
                all(isinstance(best.filters[0], Ranks) for _, _, best in sets.singles)
                or _place_against_title(sets, found, lex, ent)))
            or (cues.get("compare", 0.0) and not found and not lex.choice_askers.isdisjoint(ent.words)
                and all(isinstance(best.filters[0], Ranks) for _, _, best in sets.singles)
                and _views_choice(ent, lex, sets.singles[0][0]))):
        # (a weaker compare cue, a choice of two places and nothing else asked, "which is higher, #4 or #3": no
        # list of the two asked; not "which was earlier, #1 or #7", an order of posting)
        op = "difference"  # "how much did no.1 beat no.3 by", "#1 vs #10", "<title> vs #3"
    sides = [f for _, _, best in sets.singles if isinstance(f := best.filters[0], Named)] if op is None and len(
        found.get("versus", ())) > 1 else []  # (two "vs" or more: few questions)
    if sides and len(sets.singles) == len(found["versus"]) + 1 == len(sides) and all(
            any(a < m.start < b for m in found["versus"]) for (a, _, _), (b, _, _) in pairwise(sets.singles)):
        # "<A> vs <B> vs <C>": each set against the others, the videos by views (no two of them added up)
        each = tuple(dict.fromkeys(i for side in sides for i in side.videos))
        return Query("list", Operand(Selection((Named(each),), Order("views", True))))
    if op in (None, "difference") and len(sets.singles) == 1 and len(sets.filters) == 1 and isinstance(
            bar := sets.filters[0][1], Beyond) and isinstance(barred := sets.singles[0][2].filters[0], Ranks) \
            and sets.filters[0][0] > sets.singles[0][0] and _other_place(barred, bar.anchor, lex) \
            and _views_compared(found):
        # ("is #1 bigger than <title>", "did #3 get more views than <title>": the place set against the video, not
        # the videos beyond it)
        return Query("difference", Operand(sets.singles[0][2], "value"),
                     Operand(Selection((Named((bar.anchor,)),)), "value"))
    if op in (None, "difference", "sum") and not sets.singles and len(sets.orders) == 1 and len(sets.filters) == 1 \
            and isinstance(span := sets.filters[0][1], Ranks) and len(span.positions) > 1 and not span.negate \
            and sets.orders[0][1].field == "views" and sets.orders[0][2] in (None, Slice(n=1)) and any(
                sets.filters[0][0] < m.start < sets.orders[0][0]
                for m in (*found.get("versus", ()), *found.get("comparative", ()))):
        # ("places 2 to 4 more than the top one combined", "are ranks 2-4 added up more than the most viewed": the
        # places' total against the one video the order picks)
        _, side_order, _ = sets.orders[0]
        return Query("difference", Operand(Selection((span,)), "sum"),
                     Operand(Selection(order=side_order, slice=Slice(n=1)), "value"))
    if op in (None, "difference") and not sets.singles and len(sets.orders) == 1 and len(sets.filters) == 1 \
            and isinstance(bar := sets.filters[0][1], Beyond) and sets.filters[0][0] > sets.orders[0][0] \
            and ent.words[0] in lex.yes_no_openers and (top := _one_ordered(sets.orders[0], lex)) is not None \
            and top != bar.anchor and _views_compared(found):
        # ("is the most viewed video bigger than <title>", "was the 2nd least watched one bigger than <title>": the
        # one video the order picks set against the video, yes or no, not the videos beyond it)
        _, side_order, side_slice = sets.orders[0]
        return Query("difference", Operand(Selection(order=side_order, slice=side_slice or Slice(n=1)), "value"),
                     Operand(Selection((Named((bar.anchor,)),)), "value"))
    if op is None and (found.get("versus") or found.get("comparative")) and len(sets.singles) > 2:
        op = "difference"  # "A and B, do they beat C": two sides, one of them a set"
    if op == "difference" and any(isinstance(f, Beyond) for _, f in sets.filters):
        # "more views than X" set a bar for the videos asked about; no gap was asked.
        ops = [o for o in ops if o != "difference"]
        op = _operation(ops)
    if op in ("mean", "median") and "mean" in ops and "median" in ops and not _figures_joined(ent, lex):
        op = "difference"  # "how does the median compare with the mean": both, and the gap (not "mean and median
        # of the top 5": each figure of that set)
    if len(sets.filters) > 1 and op not in TWO_SIDED and cues.get("compare", 0.0) < COMPARE_SAID \
            and not found.get("versus") and (not cues.get("compare", 0.0) or not found.get("premise")):
        # ("was it 11 or 12 december that ...": a choice of days put to check, not either day)
        _days_joined(sets)  # "posted on 11 and 12 Dec", "on 25 Nov, 8 Dec or 11 Dec": either day (one posting date)
    if len(sets.filters) > 1 and op not in TWO_SIDED and not cues.get("compare", 0.0) and not found.get("versus") \
            and lex.each_words.isdisjoint(ent.words) and len(found.get("operation", ())) < 2:
        # ("november and december combined views": no video is posted in both, so either; nothing compared, nor
        # asked of each, "how many in november and how many in december")
        _months_joined(sets)
    months = [f for _, f in sets.filters if isinstance(f, PostedBetween)] if len(sets.filters) > 1 else ()
    if op in SET_OPS and not months and _two_slices(ent, lex, sets):
        # "top 5 combined and the bottom 5 too": each slice's figure, side by side
        return _two_sided("difference", ops, found, sets, lex, ent, factors)
    if len(sets.filters) > 1 and (sets.singles or sets.orders) and all(
            isinstance(f, OnWeekdays) for _, f in sets.filters) and _weekdays_describe(lex, sets):
        sets.filters = []  # ("3rd from bottom sunday and 6th from bottom monday": each weekday said of its own place)
    if op == "days" and sets.filters and not (sets.singles or sets.orders or sets.relative or months or ent.years) \
            and "article" not in found and all(
                isinstance(f, (OnWeekdays, PostedBetween, PostedOn)) for _, f in sets.filters):
        # ("how many days between the two monday ones", "how far apart were the november ones": one set, from the
        # first of it posted to the last)
        held = tuple(f for _, f in sets.filters)
        set_ends = [Operand(Selection(held, Order("posted", False), Slice(positions=(k,))), "date") for k in (1, -1)]
        return Query("days", set_ends[0], set_ends[1])
    if op in TWO_SIDED or ((len(months) == 2 or (len(sets.filters) == 2 and all(
            isinstance(f, OnWeekdays) for _, f in sets.filters) and found.get("versus"))) and (
            cues.get("compare", 0.0) or op in SET_OPS or op == "value")):
        # Two months (or date ranges) side by side: their totals compared.
        return _two_sided(op if op in TWO_SIDED else "difference", ops, found, sets, lex, ent, factors)
    if op == "sum" and not found.get("versus") and cues.get("compare", 0.0) and len(sets.singles) > 2:
        # "which is bigger: <A> + <B> combined, or <C> on its own?": a choice of two sides, "or" between them
        sides_at = [at for at, _, _ in sets.singles]
        pivot = next((k for k in range(min(sides_at) + 1, max(sides_at)) if ent.words[k] in lex.way_joins), None)
        if pivot is not None:
            found = {**found, "versus": [Match(pivot, pivot + 1, "versus")]}
    if (op is None or op in SET_OPS) and not sets.singles and sum(
            isinstance(f, PostedBy) and not f.negate for _, f in sets.filters) == 2 \
            and (found.get("versus") or found.get("comparative") or cues.get("compare", 0.0)):
        # ("<name> vs <name> views", "did <name> post more videos than <name>", "who had the better average, <name>
        # or <name>": each one's videos, set against the other's; a video has one poster, so never one set)
        paired = _two_sided("difference", [op or ("sum" if ent.measures else "count")], found, sets, lex, ent)
        if paired is not None:
            return paired
    if op in SET_OPS and found.get("versus") and not (
            op == "sum" and len(sets.singles) == 2 and not sets.orders and not sets.filters
            and any(sets.singles[0][0] < v.start < sets.singles[1][0] for v in found["versus"])
            and all(m.start > sets.singles[1][0] and ent.said(m) in lex.pair_added
                    for m in found.get("operation", ()) if m.payload == "sum")):
        # "top 5 sum vs bottom 5 sum": a figure of each side, compared (not "<A> vs <B>, how many views combined":
        # the two videos set side by side, then added up)
        paired = _two_sided("difference", ops, found, sets, lex, ent)
        if paired is not None:
            return paired
    if op == "share":
        # ("the <topic> videos views": "video's", an apostrophe left out before the measure)
        plural = any(t.w in lex.video_plurals and k + 1 not in ent.measure_starts for k, t in enumerate(ent.tokens))
        # ("<A> vs <B> split as percentages", "if we pool them": the two together are the whole)
        return _share(sets, found, plural, pooled=bool(cues.get("breakdown", 0.0))
                      or not lex.pool_words.isdisjoint(ent.words), of_all=_share_of_all(ent, lex, found),
                      choice=bool(cues.get("compare", 0.0)) or not lex.way_joins.isdisjoint(ent.words))
    if sets.singles and sets.filters:
        # "the November total, counting <poster>'s one": a video said to be counted in a set that has it already
        sets.singles = [s for s in sets.singles if not (_said_included(ent, lex, s[0], lex.stopwords) and all(
            _holds(lex, v, f) for v in _named_in(s[1]) for _, f in sets.filters))]
    singles = [s for _, s, _ in sets.singles] if sets.singles else []
    if not (sets.filters or sets.relative is not None or op in SET_OPS or len(sets.orders) > 1 or sets.in_order
            or _composes(ent, sets, found, ops) or any(m.payload == "runner_up" for m in found.get("order", ()))
            or (_sort_ways(ent, lex, found.get("order", ())) and not ent.videos)):
        return None
    if sets.relative is not None and sets.orders and sets.relative[1].order.field == "views":
        # ("the one after the <topic> one at the top", "just after the top <topic> one": the order said of the video
        # counted from, which it names already; not "posted after <title>, the least viewed one")
        # ("what came right after the <title at #1> one, second place": the place it gives, said again)
        rel_at, rel = sets.relative
        place = lex.by_place.index(rel.anchor) + 1 + rel.offset
        # ("which one was second place after <title>": said before it, right before the place word)
        sets.orders = [x for x in sets.orders if not _said_of_anchor(ent, lex, x, rel.anchor) and not (
            # ("the next most viewed after <title>": the order the place is counted in, said again)
            x[1] == rel.order and x[2] in (None, Slice(n=1)) and rel.offset > 0 and x[0] > 0
            and ent.words[x[0] - 1] in lex.next_in_order and x[0] < rel_at) and not (
            x[1] == Order("views", True) and x[2] == Slice(positions=(place,)) and (
                (x[0] > rel_at and break_after(ent, lex, x[0] - 1, x[0]))
                or (x[0] < rel_at and any(m.start == x[0] and m.end == rel_at for m in found.get("order", ())))))]
    if sets.relative is not None and sets.filters:
        # ("which vid is 2 below the <title> one w <poster>": whose it is, said right after it, no set of theirs;
        # "2 posts after the <topic> video (the <poster> one not <other>)": which of the group, none left out)
        counted_from = sets.relative[1].anchor
        group = {v for r in ent.videos if r.group and counted_from in r.candidates for v in r.candidates}
        sets.filters = [(at, f) for at, f in sets.filters if not (
            isinstance(f, Named) and f.negate and counted_from not in f.videos and set(f.videos) <= group)]
        said_ends = [r.end for r in ent.videos if r.best == counted_from]
        sets.filters = [(at, f) for at, f in sets.filters if not (
            isinstance(f, PostedBy) and not f.negate and all(counted_from in lex.posted.get(p, ()) for p in f.people)
            and all(any(0 <= ent.spans.get(p, (-9, 0))[0] - e <= 2 for e in said_ends) for p in f.people))]
    if sets.relative is not None and sets.filters and all(isinstance(f, OnWeekdays) for _, f in sets.filters) and all(
            _holds(lex, sets.relative[1].anchor, f) for _, f in sets.filters):
        sets.filters = []  # ("just above the 8th from bottom thursday vid": the weekday said of the one counted from)
    if sets.relative is not None and sets.filters and all(isinstance(f, ViewsBetween) for _, f in sets.filters) \
            and ent.words and ent.words[0] in lex.yes_no_openers:
        # ("is the one below <title> over 2m": the neighbour, its bar said against it after; none past an end)
        sets.filters = []
    if sets.relative is not None and len(sets.orders) == 1 and _said_two_ways(lex, sets):
        sets.relative = None  # ("posted second to last. the one before the very last one": one video, said twice)
    if sets.relative is not None:
        if any(o is not SORTED for _, o, _ in sets.orders) or (sets.filters and not (
                # ("what did <poster> post right after <title>": the next of theirs, by date, the title theirs too)
                sets.relative[1].order.field == "posted" and any(
                    r.best == sets.relative[1].anchor and r.strong and r.start > sets.relative[0] for r in ent.videos)
                # (not "<title> ..., the one <poster> put out just before the voting": the title said before it)
                and not any(r.best == sets.relative[1].anchor and r.end <= sets.relative[0] for r in ent.videos)
                and all(
                    isinstance(f, PostedBy) and not f.negate and sets.relative[1].anchor in
                    {v for p in f.people for v in lex.posted.get(p, ())} for _, f in sets.filters)) and not (
                # ("vid one place below <title> - when did <poster> tweet it": whose it is, said after, in views)
                _neighbour_theirs(ent, lex, sets))):
            return None  # "the one above X among the November posts": not composed yet
        if _neighbour_theirs(ent, lex, sets):
            sets.filters = []
        if sets.filters:
            return Query("item", Operand(Selection(tuple(f for _, f in sets.filters), relative=sets.relative[1])))
        if (paired := _neighbour_set_against(ent, lex, sets.relative, ops)) is not None:
            return paired  # ("the one posted after <title>, did it get more?", "... and how many days later")
        if (beside := _against_its_neighbour(ent, lex, sets.relative)) is not None:
            # ("did <title> get more than the one right after it": the two set against each other)
            return Query("difference", Operand(Selection((Named(beside[:1]),))),
                         Operand(Selection((Named(beside[1:]),))))
        if (pair := _with_its_neighbour(ent, lex, sets.relative)) is not None:
            # ("<title> and the one right after it, combined views", "... who posted them": the two)
            return Query(op if op in ("sum", "average") else "list", Operand(Selection((Named(pair),))))
        return Query("item", Operand(Selection(relative=sets.relative[1])))
    filters = [f for _, f in sets.filters]
    if singles and any(isinstance(f, PostedBy) and not f.negate for f in filters) and said_anywhere(
            ent.words, lex.poster_others):
        # ("did <name> post any others in the top 10, or just <title>": their videos, the one named one of them)
        theirs = {v for f in filters if isinstance(f, PostedBy) for p in f.people for v in lex.posted.get(p, ())}
        singles = [s for s in singles if theirs.isdisjoint(_named_in(s))]
    if singles and any(isinstance(f, PostedBy) for f in filters):
        # A poster of videos already named only says whose they are ("the two <topic> ones, <poster>'s and <title>").
        named = {v for _, _, best in sets.singles for f in best.filters if isinstance(f, Named) for v in f.videos}
        filters = [f for f in filters if not (isinstance(f, PostedBy) and not f.negate and named
                                              and {v for p in f.people for v in lex.posted.get(p, ())} <= named)]
    if singles and filters:
        # ("<title> and <title> combined, not counting <another title>": taking out one not named takes out nothing)
        named = {v for s in singles for v in _named_in(s)}
        # (but not a place asked among the rest: "without <title>, what rank is <another title>")
        place_kept = len(singles) == 1 and _place_asked(ent, lex)
        filters = [f for f in filters if place_kept or not (isinstance(f, Named) and f.negate and named
                                                      and named.isdisjoint(f.videos))]
    # Named videos or ranks that are not taken out of the set are the set ("X and Y together",
    # "2nd and 3rd", "which came first, X or Y").
    if (len(singles) == 1 and not filters and op not in SET_OPS and len(_named_in(singles[0])) == 1
            and sets.orders and all(s is None or s == Slice(n=1) for _, _, s in sets.orders)):
        return None  # "when was <title> first posted": one video's own date, no order among others
    if len(singles) > 1 and filters and (op in SET_OPS or sets.orders or not cues.get("compare", 0.0)) and all(
            isinstance(f, (PostedBetween, PostedOn, PostedBy, OnWeekdays)) and all(
            _holds(lex, v, f) for s in singles for v in _videos_in(s, lex)) for f in filters):
        # "<title> and <title>, both in Dec, which came first", "when did <name> tweet no 2 and no 3", "8th and 7th
        # from bottom, both thursday ones": the dates, weekdays and posters describe the videos named
        filters = []
    named_all = {v for s in singles for v in _videos_in(s, lex)}
    if singles and (op in SET_OPS or sets.orders or len(singles) > 1) and not filters:
        videos = tuple(dict.fromkeys(v for s in singles for f in s.filters if isinstance(f, Named) for v in f.videos))
        ranks = tuple(p for s in singles for f in s.filters if isinstance(f, Ranks) for p in f.positions)
        if videos and not ranks:
            filters.append(Named(videos))
        elif ranks and not videos:
            filters.append(Ranks(ranks))
        elif op in SET_OPS and all(1 <= p <= len(lex.by_place) for p in ranks):
            # ("total views of #1 and the <title> one": a place and a name, the videos they are, in the order said;
            # a place said of a named video, "<title> came third", is a claim about it)
            placed = [v for sel in singles for f in sel.filters for v in (
                f.videos if isinstance(f, Named) else tuple(lex.by_place[p - 1] for p in f.positions)
                if isinstance(f, Ranks) else ())]
            filters.append(Named(tuple(dict.fromkeys(placed))))
        else:
            return None
    elif len(singles) == 1 and len(named_all) == 1 and filters and all(
            isinstance(f, (Named, Ranks)) and f.negate for f in filters) and not sets.orders \
            and _place_asked(ent, lex) and (not lex.supposed_place_words.isdisjoint(ent.words) or any(
                m.start == 0 for m in found.get("negate", ()))):
        # (supposed, "if ...", or said first, "without <title>, ..."; not "what rank was it, dont say top 3")
        # ("where would <title> be if the top 2 were taken out": its place among the rest)
        return Query("place_among", Operand(singles[0]), whole=Selection(tuple(filters)))
    elif singles and filters and len(bands := [f for f in filters if isinstance(f, ViewsBetween)]) == len(
            filters) and all(at > sets.filters[0][0] for at, _, _ in sets.singles) \
            and not lex.video_plurals.isdisjoint(ent.words) \
            and all(f.low is None or f.low < lex.dataset.videos[v].views for f in bands for v in named_all) \
            and all(f.high is None or lex.dataset.videos[v].views < f.high for f in bands for v in named_all):
        pass  # ("which vids got under 3 mil, like <title>, <title>, any others": the videos named are examples)
    elif singles:
        return None  # a named video with a filter: the intent scorer's question ("X in November?")
    order, slice_ = None, None
    if len(sets.orders) == 2 and all(o is not SORTED for _, o, _ in sets.orders) and (
            (picked := [_slice_placed(lex, o, s or Slice(n=1)) for _, o, s in sets.orders])[0] == picked[1]
            and len(picked[0]) == 1):
        sets.orders = sets.orders[1:]  # ("the top one (10th from bottom)", "went up last, is it the 8th from
        # bottom": one video said two ways)
    if sets.orders:
        # Every ordered slice but the last narrows the set ("of the top 5, which was least watched").
        for at, o, s in sets.orders[:-1]:
            if s is None and o.field == "views" and any(t.w in lex.video_plurals for t in ent.tokens[at + 1 : at + 3]):
                continue  # ("which of the top vids was tweeted earliest": the list itself, no one video of it)
            filters.append(Among(Selection(order=o, slice=s or Slice(n=1))))
        last_at, order, slice_ = sets.orders[-1]
        # ("of the top 5, total views of those posted in December": the set said first, whatever is asked of it)
        opening = last_at <= SET_FIRST_REACH and ent.words[0] in lex.within_words
        # ("how many videos did <name> post in the top 5": a count within a slice, never of the slice of theirs, which
        # would be the slice's size)
        said_at_ = {id(f): at for at, f in sets.filters}
        # ("add up the December ones in the top 5", "<name>'s own vids in the top five": those said first, then the
        # slice they are in, after "in": the slice of the whole list)
        in_slice = filters and all(said_at_.get(id(f), last_at) < last_at for f in filters) \
            and _within(ent, lex, last_at) is not None
        if (op in (None, "count") or opening or in_slice) and filters and slice_ is not None and (slice_.n or 0) > 1 \
                and not slice_.positions and (_partitive(ent, lex, last_at) or opening or in_slice or (
                    op == "count" and (_within(ent, lex, last_at) is not None or not lex.slice_entries.isdisjoint(
                        ent.words[max(0, last_at - 2) : last_at])))):
            # "how many of the top 5 were posted in December": the slice said after "of" is the set the others
            # narrow, not a slice of theirs ("the total of the top 3 posted in November": a slice of theirs)
            # (a filter said inside the slice, "the top 3 December videos", is the slice's own)
            # (not after a verb: "how many in the top 5 are <name>'s")
            inner = tuple(f for f in filters if last_at < said_at_.get(id(f), -1) <= last_at + NEAR
                          and lex.yes_no_openers.isdisjoint(ent.words[last_at : said_at_[id(f)]]))
            filters = [f for f in filters if f not in inner]
            filters.append(Among(Selection(inner, order=order, slice=slice_)))
            order, slice_ = None, None
    if slice_ is not None and slice_.positions and order == Order("views", True) and any(
            isinstance(f, Ranks) and not f.negate and f.positions == slice_.positions for f in filters):
        slice_ = None  # "who finished 2nd in the league": one place read twice, as a position and in views order
    if slice_ is not None and len(slice_.positions) == 1 and order == Order("views", True) and len(filters) == 1 \
            and isinstance(filters[0], Named) and not filters[0].negate and len(filters[0].videos) == 1 \
            and 0 < slice_.positions[0] <= len(lex.by_place) \
            and lex.by_place[slice_.positions[0] - 1] == filters[0].videos[0]:
        # ("runner up was <title at #2> yeah? how many views", "the NHS vid, the #1 top performer": the video's own
        # place, said of it)
        return Query(op if op in SET_OPS else "item", Operand(Selection((filters[0],))))
    if slice_ is not None and len(slice_.positions) == 1 and order == Order("posted", False) and len(filters) == 1 \
            and isinstance(filters[0], Named) and not filters[0].negate and len(filters[0].videos) == 1 \
            and filters[0].videos[0] in (dated := posting_order(lex)) and slice_.positions[0] <= len(dated) \
            and posting_place_put(ent, lex):
        # ("was <title> posted 3rd?", "<title>, was that posted 2nd": its place in the posting order put to check,
        # no place of its own within itself; checked against the posting dates as a claim)
        return None
    if (slice_ == Slice(n=1) or (slice_ is None and order is not SORTED)) and order is not None \
            and order.field != "views" and len(filters) == 1 and isinstance(filters[0], Ranks) \
            and len(filters[0].positions) == 1 and not filters[0].negate and op not in SET_OPS:
        # ("the earliest posted video, was it 3rd by views?": one place holds one video, no order to pick from; the
        # order's end asked, its card giving its own place)
        return Query("item", Operand(Selection(order=order, slice=Slice(n=1))))
    if slice_ is not None and (slice_.n or 0) > 1 and order is not None and order.field == "views" and (
            inside := next((f for f in filters if isinstance(f, Ranks) and not f.negate
                            and len(f.positions) < (slice_.n or 0)), None)) is not None and _clause_apart(
            ent, lex, sets.orders[-1][0], [at for r, at in zip(ent.ranks, ent.rank_at, strict=True)
                                           if r in inside.positions]):
        # ("top 3 total, and who posted the #1": a place inside the slice, in a clause of its own, asks a thing of
        # its own, answered apart)
        return Unanswerable(f"I can't tell how the #{inside.positions[0]} and the top {slice_.n} go together.")
    if slice_ is not None and filters and order is not None and order.field == "views" and all(
            isinstance(f, OnWeekdays) for f in filters) and (placed := _slice_placed(lex, order, slice_)) and all(
            any(_holds(lex, v, f) for f in filters) for v in placed) and (
            not slice_.positions or _place_from_an_end(ent, lex)):
        # ("bottom 2 combined, the sunday one and the saturday one", "3rd from bottom, the sunday one": the weekdays
        # said of those places; not "the 3rd least viewed sunday video", the third of that day's)
        filters = []
    if sum(isinstance(f, OnWeekdays) for f in filters) > 1:
        return None  # ("weekday views vs weekend views" read as no sides: no day is both, no set of none)
    if slice_ is not None and len(slice_.positions) == 1 and order == Order("views", True) and filters and all(
            isinstance(f, (PostedOn, PostedBetween, PostedBy)) and not getattr(f, "negate", False) for f in filters) \
            and 0 < (k := slice_.positions[0]) <= len(lex.by_place) and all(
                _holds(lex, lex.by_place[k - 1], f) for f in filters) and sum(
                all(_holds(lex, v, f) for f in filters) for v in lex.by_place) < k:
        # ("who posted the 2nd most viewed one on 11th dec", "the 5th most watched, posted early dec": fewer than that
        # many fit, and the list's own place holds what is said: said of it, not a place among those)
        filters = []
    # ("on 12/9 (dec 9)": one date)
    items = Selection(tuple(dict.fromkeys(filters)) if len(filters) > 1 else tuple(filters), order, slice_)
    if op == "count" and not (filters or order or slice_ or ent.measures or ent.videos or any(
            t.s in lex.video_words or t.s in lex.post_words for t in ent.tokens) or said_spans(
                ent.words, lex.listed_words)):
        return None  # ("how many he gained during the campaign": nothing said that is counted, no videos)
    if op in SET_OPS:
        return Query(op, Operand(items))
    if order is not None and (slice_ is None or slice_.n != 1 or slice_.positions):
        if slice_ is None and not _sorts(ent, lex, found) and not sets.in_order and not (filters and _plural(ent, lex)):
            items = Selection(items.filters, order, Slice(n=1))  # "which ones ... the flops": all, in order
            return Query("item", Operand(items))
        return Query("list", Operand(items))
    if order is not None:
        return Query("item", Operand(items))
    if op == "value":
        if filters and all(isinstance(f, PostedBy) for f in filters) and not _plural(ent, lex) and any(
                t.s in lex.video_words for t in ent.tokens) and lex.each_words.isdisjoint(ent.words):
            return None  # "the <poster> one, how many views": one of their videos, not all of them summed
        if len(singles) == 2 and found.get("versus") and not found.get("operation", ())[1:]:
            return None  # ("#1 vs #10 how many views", "#1 more than #10 how many views": the two set side by side)
        return Query("sum", Operand(items))
    return Query("list", Operand(items))


def _set_against_videos(ent: Entities, lex: Lexicon, found: dict[str, list[Match]]) -> bool:
    """Whether a word of setting against ("than", "vs") stands between the videos said and a figure ("are all the
    videos combined more than the <party>'s <figure>"), not elsewhere ("<figure>: <party> alone, or ... together?")."""
    said = [k for k, t in enumerate(ent.tokens) if t.w in lex.video_plurals]  # (not "one does like to know")
    figures = [n.start for n in ent.numbers if n.scaled]
    return any(min(a, b) < m.start < max(a, b) for a in said for b in figures for m in found.get("versus", ()))


def slice_said(ent: Entities, lex: Lexicon) -> Selection:
    """The slice of the views list said by an end and a count: "the top two", "the bottom 3", "the most viewed video"
    (one), "the top ten" (all of them: no slice; not "6x the top video", a scale)."""
    n = next((int(x.value) for x in ent.numbers if not x.scaled and x.value.is_integer() and 1 < x.value <= 100
              and not (x.end < len(ent.words) and ent.words[x.end] in lex.factor_times)), None)
    ordered = [m for m in ent.query.get("order", ()) if m.payload in PLAIN_ORDERS]
    if ordered and not n:
        n = 1
    least = any(m.payload == "views_asc" for m in ordered)
    return Selection(order=Order("views", not least), slice=Slice(n=n)) if n and n < len(lex.dataset.videos) \
        else Selection()


def _against_figure(ent: Entities, lex: Lexicon, found: dict[str, list[Match]], ops: list[str]) -> Query | None:
    """Videos' total set against one campaign figure: compared (difference, ratio) or as a share of it."""
    # ("the top 10 sum, how many percent is it from the <party>'s figure": a percentage of one figure, a share of it)
    op = "share" if "share" in ops or "change" in ops else "ratio" if "ratio" in ops else "difference" if (
        "difference" in ops or ent.cues.get("compare", 0.0) or found.get("versus") or found.get("comparative")) \
        else None
    said_numbers = figures_said(ent, lex)  # (before the figure's own number is taken out)
    if op is None or (metric := named_figure(ent, lex)) is None:
        return None
    if not (ent.videos or ent.ranks or found.get("order")) and any(
            m.subject in ent.parties and m.subject not in (metric.subject, *metric.with_)
            for m in lex.dataset.metrics if m.measure == metric.measure):
        return None  # ("<party> ... was like <its figure>? how much more than <other party>": figure against figure)
    if ent.videos:
        side = Selection((Named(tuple(dict.fromkeys(r.best for r in ent.videos))),))
    elif ent.ranks:
        # ("places 5 to 10 added up vs the <party>'s figure": the range, not its two ends)
        spans = _rank_ranges(ent, lex, found, set(), set())
        side = Selection((spans[0][1],)) if len(spans) == 1 else Selection((Ranks(tuple(dict.fromkeys(ent.ranks))),))
    else:
        side = slice_said(ent, lex)
        if ent.months or ent.days or ent.thresholds or (ent.people and not ent.parties):
            # ("the december ones added up, do they beat <party>'s figure": videos this question picks, which this
            # reading would take as all of them)
            return None
    figure = next((o for o in ("mean", "median") if o in ops), "value")  # ("the average of the top 3 vs ...")
    videos, party = Operand(side, figure), Operand(Selection(), METRIC_SIDE + metric.id)
    scales = _factors(ent, lex, found)
    start, end = scales[0][:2] if len(scales) == 1 else (-1, -1)
    # (where the figure's own subject is named: not "<party>'s top 10 total vs the <other party>'s figure")
    party_at = min((m.start for m in ent.name_matches if m.payload[0] in ("party", "person")
                    and m.payload[1] in (metric.subject, *metric.with_)), default=-1)
    # ("is the <figure>m more than the top 10 combined": the figure said by its number, where that is said)
    party_at = min((at for at, said in said_numbers if said is metric and (party_at < 0 or at < party_at)),
                   default=party_at)
    videos_at = min((*(r.start for r in ent.videos), *ent.rank_at, *(m.start for m in found.get("order", ())),
                     *(n.start for n in ent.numbers if not start <= n.start < end)), default=-1)
    if videos_at < 0:  # ("did <party>'s <figure> beat all the vids put together": where the videos are said)
        videos_at = next((k for k, t in enumerate(ent.tokens) if t.s in lex.video_words), -1)
    if len(scales) == 1:
        # ("did <title> get more than half the <party>'s views", "is <party>'s total more than double the top 10":
        # the side said first after the scale, scaled)
        after = sorted((at, side) for at, side in ((party_at, "party"), (videos_at, "videos")) if at >= end)
        if after and after[0][1] == "party":
            party = replace(party, factor=scales[0][2])
        elif after:
            videos = replace(videos, factor=scales[0][2])
    if 0 <= party_at < videos_at and op == "difference":
        return Query(op, party, videos)  # ("is <party>'s total more than the top 10": the party's figure asked of)
    return Query(op, videos, party)


def _said_last(ent: Entities, lex: Lexicon, end: int) -> bool:
    """Whether nothing but a measure, a verb of getting or filler follows word `end` ("<A> <B> how many times views
    got", as languages that put the verb last say it)."""
    # (not "how many times were they viewed", "has each been watched": English asks each one's views so)
    measured = {k for s, e in zip(ent.measure_starts, ent.measure_ends, strict=True) for k in range(s, e)}
    rest = ent.words[end:]
    return lex.times_each_words.isdisjoint(rest) and all(
        k in measured or w in lex.stopwords or w in lex.how_many_fillers or w in lex.count_got_verbs
        for k, w in enumerate(rest, end))


def _same_stretch(ent: Entities, lex: Lexicon, found: dict[str, list[Match]], op: str | None) -> Query | None:
    """ "which other vid went up the same week as <title>", "total views of those posted the same day as <title>": the
    videos posted in the stretch (day, Monday-to-Sunday week, month, day of the week) the named one was, it aside;
    of two named ("were <title> and <title> posted on the same day?"), the days between them."""
    said = found["same"][0]
    named = tuple(dict.fromkeys(r.best for r in ent.videos if r.strong))
    if len(named) == 2:
        # ("were <title> and <title> posted on the same day?": the days between them say whether)
        return Query("days", Operand(_named(named[:1]), "date"), Operand(_named(named[1:]), "date"))
    ref = next((r for r in ent.videos if r.strong and r.start >= said.end), None)
    tweet = lex.dataset.videos[ref.best].tweet if ref is not None else None
    if ref is None or tweet is None or tweet.date is None or len({r.best for r in ent.videos}) > 1:
        return None
    day = tweet.date
    stretch: Filter
    if said.payload == "weekday":
        stretch = OnWeekdays((day.weekday(),))
    elif said.payload == "week":
        stretch = PostedBetween(*week_of(day))
    elif said.payload == "month":
        stretch = PostedBetween(day.replace(day=1), day.replace(day=_month_days(day.year, day.month)))
    else:
        stretch = PostedBetween(day, day)
    items = Selection((stretch, Named((ref.best,), negate=True)))
    return Query(op if op in SET_OPS else "list", Operand(items))


def _said_two_ways(lex: Lexicon, sets: _Sets) -> bool:
    """Whether the one place in the posting order said ("second to last") is the video next to the one counted from
    ("the one before the very last one"): one video said two ways."""
    if sets.relative is None:
        return False
    _, order, slice_ = sets.orders[0]
    rel = sets.relative[1]
    if order.field != "posted" or rel.order.field != "posted" or slice_ is None or len(slice_.positions) != 1 \
            or slice_.from_end:
        return False
    dated = posting_order(lex)
    place = slice_.positions[0]
    if not 1 <= place <= len(dated):
        return False
    return _neighbour_at(lex, rel) == (dated[-place] if order.descending else dated[place - 1])


def _neighbour_at(lex: Lexicon, rel: Relative) -> int | None:
    """The video a relative place stands for: `offset` places from its anchor in its order (by views, or the
    posting order); None past an end or when the anchor has no date to place it by."""
    ordered = lex.by_place if rel.order.field == "views" else posting_order(lex)
    if rel.anchor not in ordered:
        return None
    k = ordered.index(rel.anchor) + rel.offset
    return ordered[k] if 0 <= k < len(ordered) else None


def _summed(ent: Entities) -> bool:
    """Whether a total is asked and no other operation ("<title> + the one 2 under it total views")."""
    ops = {m.payload for m in ent.query.get("operation", ())}
    return (ops == {"sum"} or (not ops and bool(ent.cue("total")))) and "comparative" not in ent.query


def _neighbour_theirs(ent: Entities, lex: Lexicon, sets: _Sets) -> bool:
    """Whether every filter is a poster said after the video counted from in views, and the video next to it in
    the whole list is theirs: whose it is, said of it ("vid one place below <title> - when did <poster> tweet it")."""
    if sets.relative is None or sets.relative[1].order.field != "views" or not sets.filters:
        return False
    rel = sets.relative[1]
    if (neighbour := _neighbour_at(lex, rel)) is None:
        return False
    # (the place word said before the video counted from, "one place below <title>"; not "<title> ... wali baat")
    # (or the poster said first, asking what they said of it: "what did <poster> say about the vid just under <title>")
    told = bool(ent.cue("text")) or not lex.post_words.isdisjoint(t.s for t in ent.tokens)
    return all(isinstance(f, PostedBy) and not f.negate and neighbour in {
        v for p in f.people for v in lex.posted.get(p, ())} and (any(
            r.best == rel.anchor and sets.relative[0] < r.start and (r.end <= at or (told and at < sets.relative[0]))
            for r in ent.videos) or (
            # ("the vid just under no2, whats <poster>'s tweet with it": the one counted from said by its place)
            any(sets.relative[0] < ra < at for ra in ent.rank_at) and rel.anchor not in {r.best for r in ent.videos}))
        for at, f in sets.filters)


def _lone_relative(ent: Entities, at: int) -> Match | None:
    """The question's one place word ("after", "below") when it starts at `at`; None when there are others."""
    said = ent.query.get("relative", ())
    return said[0] if len(said) == 1 and said[0].start == at else None


def _with_its_neighbour(ent: Entities, lex: Lexicon, relative: tuple[int, Relative]) -> tuple[int, int] | None:
    """ "<title> and the one right after it", "the most viewed video and the one below it": the video counted from
    named, then a joining word and the place next to it, said of "it": the two, in list order; else None."""
    at, rel = relative
    m = _lone_relative(ent, at)
    if m is None or m.end >= len(ent.words) or ent.words[m.end] not in lex.video_pronouns:
        return None
    posted = rel.order.field == "posted"  # ("<title> and the one posted after it": its neighbour by date)
    end_said = _end_said_before(ent, lex, ent.query, at)
    ends = [r.end for r in ent.videos if r.best == rel.anchor] + (
        [end_said.end] if end_said is not None and _end_video(lex, end_said.payload) == rel.anchor else [])
    for end in ends:
        measured = {k for a, b in zip(ent.measure_starts, ent.measure_ends, strict=True) for k in range(a, b)}
        while end < at and (ent.tokens[end].s in lex.video_words or end in measured):
            end += 1  # ("the most viewed VIDEO and ...", "<title> VIEWS + the one after it")
        between = ent.tokens[end:at]
        # (not a question of its own after it: "views of <title>? and the one before it?", answered in turn)
        if between and between[0].s in lex.separators and not break_after(ent, lex, end - 1, end, asked=True) and all(
                (t.w in lex.determiners or t.s in lex.video_words or t.w in lex.run_verbs
                 or (posted and t.w in lex.posted_verbs)
                 # ("<title> + the one 2 under it", a total: the count of places said)
                 or (abs(rel.offset) > 1 and _summed(ent) and (
                     lex.whole_number(t.w) == abs(rel.offset) or t.s in lex.rank_words)))
                and t.w not in lex.question_words for t in between[1:]):
            if (other := _neighbour_at(lex, rel)) is None:
                return None  # (past an end, or no date to place it by: declined as the place alone is)
            pair = {rel.anchor, other}
            return tuple(v for v in lex.by_place if v in pair)  # type: ignore[return-value]
    return None


def _neighbour_set_against(ent: Entities, lex: Lexicon, relative: tuple[int, Relative],
                           ops: list[str]) -> Query | None:
    """ "the one posted after <title>, did it get more?", "what came out straight after <title> and how many days
    later", "<title> vs the one after it, the gap": the neighbour asked, then set against the video it is counted
    from (a gap in views, days or a ratio; "did it get more": the gap, said as yes or no); else None."""
    at, rel = relative
    m = _lone_relative(ent, at)
    if m is None or ent.ranks or len({r.best for r in ent.videos}) != 1 \
            or ent.videos[0].best != rel.anchor or (other := _neighbour_at(lex, rel)) is None:
        return None
    words = ent.words
    # (a comparison asked after the place: "did it get more", "which got more views", "vs"; not the place's own
    # words, "one place higher", "just behind <title>")
    # ("<title> vs the one after it": "vs" with the place said of "it"; not the "than" of the place itself, "one
    # higher than <title>" as some languages say it)
    compared = ("versus" in ent.query and m.end < len(words) and words[m.end] in lex.video_pronouns) or any(
        c.start >= m.end and not (c.start > 0 and ent.tokens[c.start - 1].s in lex.rank_words)
        for c in ent.query.get("comparative", ())) or any(
        (w in lex.group_more or w in lex.group_fewer) and any(
            words[j] in lex.run_verbs or words[j] in lex.video_pronouns for j in range(max(m.end, k - 2), k))
        for k, w in enumerate(words[m.end :], m.end))
    op = "days" if "days" in ops else "ratio" if "ratio" in ops else "difference" if (
        "difference" in ops or compared) else None
    if op is None or any(o not in ("days", "ratio", "difference", "value") for o in ops):
        return None
    # (the neighbour first when it is the subject asked of, "did it get more"; the video first when it is said
    # first and set against it, "<title> vs the one after it")
    first, second = (rel.anchor, other) if ent.videos[0].start < m.start else (other, rel.anchor)
    return Query(op, Operand(Selection((Named((first,)),)), "date" if op == "days" else "value"),
                 Operand(Selection((Named((second,)),)), "date" if op == "days" else "value"))


def _against_its_neighbour(ent: Entities, lex: Lexicon, relative: tuple[int, Relative]) -> tuple[int, int] | None:
    """ "did <title> get more than the one right after it", "<title> - more views than the one above it?": the video
    named, a comparative, then the place next to it said of "it": (the video, its neighbour); else None."""
    at, rel = relative
    m = _lone_relative(ent, at)
    compared = [c for c in ent.query.get("comparative", ()) if c.end <= at]
    if m is None or not compared or m.end >= len(ent.words) or ent.words[m.end] not in lex.video_pronouns:
        return None
    said = {k for c in compared for k in range(c.start, c.end)}
    for r in ent.videos:
        if r.best != rel.anchor or r.end > compared[0].start:
            continue
        if all(k in said or t.w in lex.determiners or t.s in lex.video_words or t.w in lex.run_verbs
               or t.w in lex.comparative_joins or t.w in lex.yes_no_openers or t.w in lex.video_pronouns
               or t.w in lex.video_measures for k, t in enumerate(ent.tokens[r.end : at], r.end)):
            other = _neighbour_at(lex, rel)
            return None if other is None else (rel.anchor, other)
    return None


def _posting_end_before(ent: Entities, lex: Lexicon, found: dict[str, list[Match]], at: int) -> Match | None:
    """The one end of the posting order said before `at` ("the most recent one", "first december post"; "the top 10"
    beside it is the whole list), as a posting order's match; else None."""
    whole = {m.end for m in found.get("order", ()) if any(
        n.start == m.end and n.value == len(lex.dataset.videos) for n in ent.numbers)}
    orders = [m for m in found.get("order", ()) if m.end not in whole]
    if len(orders) != 1 or orders[0].end > at:
        return None
    o = orders[0]
    if o.payload in ("first", "last") and found.get("posting"):
        return Match(o.start, o.end, "posted_asc" if o.payload == "first" else "posted_desc")
    return o if o.payload in ("posted_asc", "posted_desc") else None


def _end_said_before(ent: Entities, lex: Lexicon, found: dict[str, list[Match]], at: int) -> Match | None:
    """The one order of the question, an end of the views or the posting order with no count, when it is said
    before `at` ("the least viewed video, and the one above it", "the newest vid and the one before it"); else
    None."""
    orders = found.get("order", ())
    if len(orders) != 1 or orders[0].payload not in ANCHOR_ENDS or orders[0].end > at or any(
            n.start == orders[0].end for n in ent.numbers) or ent.months or ent.days:
        return None
    return orders[0]


def _end_video(lex: Lexicon, payload: str) -> int | None:
    """The video at one end of the views or the posting order."""
    return _views_end(lex, payload) if payload in ("views_desc", "views_asc") else _end_in(lex, payload, 0)


def _poster_unnamed(ent: Entities, lex: Lexicon, found: dict[str, list[Match]]) -> str | None:
    """ "how many videos did he post": a count of someone's posts, the poster only a pronoun, nobody named (nor a
    date, place or order that finds the videos): the pronoun, else None."""
    if ent.people or ent.videos or ent.parties or ent.days or ent.months or ent.ranks or "order" in found or not any(
            m.payload == "count" for m in found.get("operation", ())):
        return None
    return next((ent.words[k] for p in found["posting"] for k in range(max(0, p.start - 2), p.start)
                 if ent.words[k] in lex.person_pronouns), None)


def _against_the_rest(ent: Entities, lex: Lexicon, found: dict[str, list[Match]], ops: list[str]) -> Query | None:
    """ "top 4 vs the other 6", "<title> vs the rest combined": what is said before the comparing word set against
    every other video (the count said of them, if any, theirs); else None."""
    if len(found["versus"]) != 1 or ent.ranks or (ops and not {"sum", "difference", "mean", "median"}.issuperset(ops)):
        return None
    versus = found["versus"][0]
    # ("<title> vs the avg of the rest", "... the median of the others": a figure of theirs said between)
    figure = next((m for m in found.get("operation", ()) if m.payload in ("sum", "mean", "median")
                   and versus.end <= m.start and all(w in lex.determiners for w in ent.words[versus.end : m.start])),
                  None)
    after = figure.end + (figure.end < len(ent.words) and ent.words[figure.end] in lex.day_of) \
        if figure is not None else versus.end
    rest = next((m for m in found["others"] if 0 <= m.start - after <= 1), None)
    if rest is None or any(r.start > versus.start for r in ent.videos) or (
            figure is None and ops and not {"sum", "difference"}.issuperset(ops)):
        return None
    counted = next((int(x.value) for x in ent.numbers if x.start == rest.end), None)
    if counted is None and ent.words[rest.end - 1] in lex.others_singular and not any(
            t.w in lex.video_plurals for t in ent.tokens[rest.end : rest.end + 2]):
        return None  # ("one bigger, pass the other": the other of two; not "the other dec vids")
    named = tuple(dict.fromkeys(r.best for r in ent.videos))
    orders = [o for o in found.get("order", ()) if o.end <= versus.start]
    if named and not orders:
        side, aggregate = Selection((Named(named),)), "value" if len(named) == 1 else "sum"
        places = {lex.by_place.index(v) + 1 for v in named}
    elif len(orders) == 1 and not named and orders[0].payload in ("views_desc", "views_asc"):
        n = next((int(x.value) for x in ent.numbers if x.start == orders[0].end and x.value == int(x.value)), 1)
        if not 1 <= n < len(lex.by_place):
            return None
        top = orders[0].payload == "views_desc"
        side, aggregate = Selection(order=Order("views", top), slice=Slice(n=n)), "value" if n == 1 else "sum"
        places = set(range(1, n + 1)) if top else set(range(len(lex.by_place) - n + 1, len(lex.by_place) + 1))
    else:
        return None
    if len(places) == 1 and "sum" not in ops and figure is None:
        return None  # ("<title> did better than the rest": than each of them, no total asked)
    others = tuple(k for k in range(1, len(lex.by_place) + 1) if k not in places)
    # ("the rest of <name>'s vids", "the other dec vids": the rest of those, said after it)
    narrowed: tuple[Filter, ...] = ()
    people = tuple(p for p in ent.people if p in lex.posted and ent.spans.get(p, (0, 0))[0] >= rest.end)
    months = [mo for mo, at in zip(ent.months, ent.month_at, strict=True) if at >= rest.start]
    if people:
        narrowed = (PostedBy(people),)
    elif len(months) == 1:
        year = lex.dataset.campaign.year
        narrowed = (PostedBetween(date(year, months[0], 1),
                                  date(year, months[0], calendar.monthrange(year, months[0])[1])),)
    if counted is not None and counted != len(others) and not narrowed:
        return None  # (a count of the rest that is not theirs: read as before)
    theirs = "sum" if figure is None else figure.payload
    # (those narrowed, or a figure of theirs, other than the videos named: said so)
    rest_of = Named(named, negate=True) if named and (narrowed or figure is not None) else Ranks(others)
    return Query("difference", Operand(side, aggregate), Operand(Selection((*narrowed, rest_of)), theirs))


def _neighbours_query(ent: Entities, lex: Lexicon, found: dict[str, list[Match]], ops: list[str]) -> Query:
    """"the two closest in views", "biggest gap between adjacent places", "avg days between consecutive posts"."""
    sets = _sets(ent, lex, found, [o for o in ops if o not in ("neighbours", "closest_neighbours")], relative=False)
    _days_joined(sets)  # ("back to back days around 8/9 Dec": either day)
    filters = [f for _, f in sets.filters] + [f for _, _, s in sets.singles for f in s.filters]
    for _, o, s in sets.orders:  # "in the top 5": the set the neighbours are taken from
        if s is not None:
            filters.append(Among(Selection(order=o, slice=s)))
    widest = not lex.long_gap_words.isdisjoint(ent.words)  # ("the longest gap between back-to-back posts")
    if "mean" in ops:
        which = "mean"
    elif ("closest_neighbours" in ops and not widest) or ent.cues.get("least", 0.0) > ent.cues.get("most", 0.0):
        which = "least"
    else:
        # ("top 5": no extreme)
        which = "most" if ent.cues.get("most", 0.0) >= NEIGHBOUR_EXTREME or widest else "all"
    # (a posting word beside places is a drop in views: "the biggest drop between neighbouring spots")
    dated = (ent.cues.get("days", 0.0) or ent.cues.get("date", 0.0) or "days" in ops or ent.days or ent.months
             or (found.get("posting") and lex.rank_words.isdisjoint(t.s for t in ent.tokens)))
    by: Field = "posted" if dated and "views" not in ent.measures else "views"
    return Query("neighbours", Operand(Selection(tuple(dict.fromkeys(filters))), which), field=by)


def _left_out(ent: Entities, lex: Lexicon, ref: VideoRef) -> bool:
    """ "leave the <title> one out", "<title> excluded": a video taken out by words around it."""
    words, end = ent.words, after_video_word(ent, lex, ref.end)
    if end >= len(words):
        return False
    if words[end] == lex.out_closer:  # ("did they leave <title> out of the top 5?": whether it was, asked)
        return words[0] not in lex.yes_no_openers and not lex.out_openers.isdisjoint(
            words[max(0, ref.start - 3) : ref.start])
    # (not "was the <title> one removed from the list?": whether it was, asked of it)
    return said_left_out(ent, lex, ref) and not (words[0] in lex.yes_no_openers and ref.start <= YES_NO_SUBJECT)


def _said_included(ent: Entities, lex: Lexicon, start: int, between: frozenset[str] = frozenset()) -> bool:
    """Whether a name starting at `start` is said to be counted in ("including <name>'s", "counting Mr <name>'s
    one"): one of `included_before` right before it, or before an honorific (or a word of `between`) before it."""
    return any(said_before(ent.words, at, lex.included_before) for at in (start, start - 1)
               if at == start or ent.words[at] in lex.honorifics or ent.words[at] in between)


def _place_from_an_end(ent: Entities, lex: Lexicon) -> bool:
    """Whether a place is said counted from an end ("3rd from bottom"), a weekday after it ("..., the sunday one")."""
    ends = [m.end for m in ent.cue_matches.get("least", ()) if m.payload == LEAST_FROM_END]
    return any(m.start >= e for e in ends for m in ent.query.get("weekday", ()))


def _weekdays_describe(lex: Lexicon, sets: _Sets) -> bool:
    """Whether the weekdays said each describe one of the videos named or placed, and each of those went up on one
    of them ("3rd from bottom sunday and 6th from bottom monday"), rather than narrowing a set."""
    picked = [*(v for _, _, s in sets.singles for v in _videos_in(s, lex)),
              *(v for _, o, sl in sets.orders if o is not SORTED for v in _slice_placed(lex, o, sl or Slice(n=1)))]
    return bool(picked) and all(any(_holds(lex, v, f) for _, f in sets.filters) for v in picked) and all(
        any(_holds(lex, v, f) for v in picked) for _, f in sets.filters)


def _slice_placed(lex: Lexicon, order: Order, s: Slice) -> list[int]:
    """The videos a slice of the whole list in an order holds ("the bottom 2": the last two places), none for a
    place past its end."""
    ordered = lex.by_place if order.field == "views" else tuple(posting_order(lex))[::-1]  # (most, latest first)
    places = ordered if order.descending else ordered[::-1]
    if s.positions:
        return [places[p - 1] if p > 0 else places[p] for p in s.positions if 0 < abs(p) <= len(places)]
    n = min(s.n or 1, len(places))
    return list(places[len(places) - n :] if s.from_end else places[:n])


def _holds(lex: Lexicon, video: int, f: Filter) -> bool:
    """Whether a video is sure to pass a filter of its posting (other filters: not known while parsing)."""
    tweet = lex.dataset.videos[video].tweet
    if isinstance(f, (PostedBetween, PostedOn, NotPosted, OnWeekdays)):
        return f.covers(tweet.date if tweet else None)
    if isinstance(f, PostedBy):
        return bool(tweet and (tweet.by in f.people) != f.negate)
    return False


def _days_joined(sets: _Sets) -> None:
    """Several single days asked, none compared with another: one filter for any of them."""
    if len(sets.filters) < 2:
        return  # (two days are two filters)
    days = [(at, f) for at, f in sets.filters if isinstance(f, PostedBetween) and f.start is not None
            and f.start == f.end]
    if len(days) > 1:
        sets.filters = [(at, f) for at, f in sets.filters if (at, f) not in days]
        sets.filters.append((days[0][0], PostedOn(tuple(sorted({f.start for _, f in days if f.start})))))


def _months_joined(sets: _Sets) -> None:
    """Two spans of days one right after the other ("november and december"), none compared: one span of both."""
    spans = [(at, f) for at, f in sets.filters if isinstance(f, PostedBetween) and f.start is not None
             and f.end is not None and f.start != f.end]
    if len(spans) != 2:
        return
    (at, first), (_, second) = sorted(spans, key=lambda s: s[1].start or date.min)
    if first.end is not None and second.start is not None and second.start - first.end == timedelta(days=1):
        sets.filters = [(k, f) for k, f in sets.filters if (k, f) not in spans]
        sets.filters.append((at, PostedBetween(first.start, second.end)))


def _owner_of_all(ent: Entities, lex: Lexicon) -> str | None:
    """The party named as whose videos ("<party>'s top 10", "<party>'s videos") when it owns every video, else None."""
    for party in ent.parties:
        end = ent.spans.get(party, (0, len(ent.tokens)))[1]
        # (right after it: "<party>'s videos", "<party>'s top 10"; not "<party> FB video views", its figure)
        if lex.video_parties == {party} and end < len(ent.tokens) and (
                ent.tokens[end].s in lex.video_words or any(m.start == end for m in ent.query.get("order", ()))):
            return party
    return None


def _whose_videos(ent: Entities, lex: Lexicon) -> bool:
    """ "<party>'s runner up video", "the <party> vid bracket", "which video of the <party> was posted first", "which
    video did <party> post first", "<party> top 3 combined": every party named is whose videos (a video word a few
    words after it, right before "of", a posting word or an order right after it), and owns every video there is, so
    it narrows nothing and asks no campaign figure."""
    tokens = ent.tokens
    for party in ent.parties:
        end = ent.spans.get(party, (0, len(tokens)))[1]
        if not (any(t.s in lex.video_words for t in tokens[end : end + NEAR]) or videos_of(ent, lex, party)
                or any(m.start == end for m in (*ent.query.get("posting", ()), *ent.query.get("order", ())))) \
                or lex.video_parties != {party}:
            return False
    return True


def _place_in_a_run(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether the place word at `at` is joined by one separator, or a comma, to another place ("first plus second",
    "third and first", "first, second")."""
    places, words = ent.rank_at, ent.words  # ("first, second and third": a comma, gone from the words, joins too)
    return at in places and (at + 1 in places or at - 1 in places
                             or (at + 2 in places and words[at + 1] in lex.separators)
                             or (at - 2 in places and words[at - 1] in lex.separators))


def _negation_carried(ent: Entities, lex: Lexicon, negations: list[int], start: int) -> bool:
    """ "excl <name> and the one w/o a tweet": a negation carried on over a list of what it takes out (names, a
    joining word, "the one") to the phrase at `start`."""
    if not negations:
        return False
    named = {k for r in ent.videos for k in range(r.start, r.end)} | {
        k for p in ent.people if p in ent.spans for k in range(*ent.spans[p])}
    words, tokens = ent.words, ent.tokens
    return any(end < start and any(words[k] in lex.separators for k in range(end, start)) and all(
        k in named or words[k] in lex.separators or words[k] in lex.stopwords or tokens[k].s in lex.video_words
        for k in range(end, start)) for end in negations)


def _others_videos(ent: Entities, lex: Lexicon) -> bool:
    """Whether a party that holds no video is said as whose videos (a video word, a place or a superlative right
    after it)."""
    tokens, held = ent.tokens, lex.video_parties
    for p in ent.parties:
        if p in held or p not in ent.spans:
            continue
        if videos_of(ent, lex, p):
            return True  # ("the most viewed video of the <party>": whose)
        end = ent.spans[p][1]
        while end < len(tokens) and tokens[end].w in lex.own_words:
            end += 1  # ("the <party>'s single most viewed video")
        if end < len(tokens) and (tokens[end].s in lex.video_words or end in ent.rank_at or any(
                m.start == end for c in ("most", "least") for m in ent.cue_matches.get(c, ()))):
            return True  # ("<party> videos", "<party> 7th video", "<party> most viewed": whose; "<party> bashing ones")
    return False


def _views_compared(found: dict[str, list[Match]]) -> bool:
    """Whether what sets a place against a video compares their views: no posting, time order or place around
    the place ("was #1 posted earlier than <title>", "anything below #5")."""
    return not (found.get("posting") or found.get("relative") or any(
        o.payload in POSTING_WAYS for o in found.get("order", ())) or any(
        c.payload not in ("more", "fewer") for c in found.get("comparative", ())))


def _one_ordered(said: tuple[int, Order, Slice | None], lex: Lexicon) -> int | None:
    """The one video an order by views picks ("the most viewed", "the 2nd least watched"), else None."""
    _, order, slice_ = said
    if order.field != "views" or (slice_ is not None and (len(slice_.positions) > 1 or (slice_.n or 1) != 1)):
        return None
    place = slice_.positions[0] if slice_ is not None and slice_.positions else 1
    from_end = (not order.descending) + bool(slice_ is not None and slice_.from_end) + (place < 0)
    if not 1 <= abs(place) <= len(lex.by_place):
        return None
    return lex.by_place[-abs(place)] if from_end % 2 else lex.by_place[abs(place) - 1]


def _other_place(place: Ranks, video: int, lex: Lexicon) -> bool:
    """Whether a filter of places is one place in the list, held by another video than `video`."""
    return len(place.positions) == 1 and 1 <= place.positions[0] <= len(lex.by_place) \
        and lex.by_place[place.positions[0] - 1] != video


def _place_against_title(sets: _Sets, found: dict[str, list[Match]], lex: Lexicon, ent: Entities) -> bool:
    """Whether a place and a named video are set against each other ("<title> vs #3", "<title> more than the 2nd
    one"): another video at that place, a comparing word between them (not "<title> only came 2nd? who beat it": a
    place claimed of it)."""
    (a, first, _), (b, second, _) = sets.singles
    said = (first.filters[0], second.filters[0])
    place = next((f for f in said if isinstance(f, Ranks)), None)
    named = next((f for f in said if isinstance(f, Named)), None)
    if place is None or named is None or found.get("premise") or not _views_compared(found):
        return False  # (nor a claim or reason put, "why is <title> behind 3rd place": where it stands, asked)
    if len(named.videos) != 1 or not _other_place(place, named.videos[0], lex):
        return False
    # (a comparing word the tables read just before "than", not one they do not, "is #1 newer than <title>")
    return any(a < m.start < b and (m.start == 0 or not ent.reads[m.start - 1].unknown)
               for m in (*found.get("versus", ()), *found.get("comparative", ())))


def _composes(ent: Entities, sets: _Sets, found: dict[str, list[Match]], ops: list[str]) -> bool:
    """Whether the orders or the single videos compose something the intent scorer does not read."""
    for _, order, slice_ in sets.orders:
        if order.field == "posted":
            return True
        # ("2nd and 3rd most viewed", "the first and the last": several places of one order)
        if slice_ is not None and (len(slice_.positions or ()) > 1 or (
                # "top 2 views and who posted them": the videos with their details
                (slice_.n or 0) > 1 and (ent.cues.get("poster", 0.0) or ent.cues.get("date", 0.0)))):
            return True
    if len(sets.singles) > 1 and (
            # "ranks of the <A> and <B> vids": the videos with their details; "#1 and #4"
            (not ent.cues.get("compare", 0.0) and not ops)
            # ("which got the fewest: <A>, <B> or <C>": one of three or more picked by the order, no two compared)
            or (len(sets.singles) > 2 and bool(sets.orders))
            or sum(1 for _, s, _ in sets.singles if any(isinstance(f, Ranks) for f in s.filters)) > 1):
        return True
    return bool(sets.orders) and _first_n(found, sets)


def _title_says_it(ent: Entities, lex: Lexicon, ref: VideoRef) -> tuple[int, int] | None:
    """Where a negation just before a named video is its title's own ("not shure who to vote for": the title has
    "not sure" right before "who to vote for", the word between misspelt): the negation's place in the question and
    how many of the title's words come before it; None when it is no title's.

    The words between the two must stand for the title's words there: the same, or misspelt ("shure", which
    may have been read as another word).
    """
    from rapidfuzz.distance import OSA  # only a negation before a title needs it

    if ref.start >= len(ent.tokens):
        return None  # (a follow-up's bare "it", read as a name after the last word: no title words said)
    title = lex.title_stems[ref.best]
    first = ent.tokens[ref.start].s
    if first not in title:
        return None
    at = title.index(first)
    for k in range(max(0, at - NEAR), at):
        gap = at - k - 1  # title words between its negation and the first word matched
        j = ref.start - gap - 1  # where the question should have the negation
        if title[k] in lex.negation_words and j >= 0 and ent.tokens[j].s == title[k] and all(
                t.s == w or t.w not in lex.known or OSA.distance(t.w, w) <= MISSPELT
                for t, w in zip(ent.tokens[j + 1 : ref.start], title[k + 1 : at], strict=True)):
            return j, k
        # ("if you dont know who to vote for": the title's negation said in other words, one word of its own
        # between, and the title's word before the negation said before it; not "excluding the <title>")
        if title[k] in lex.negation_words and gap == 1 and j >= 1 and k >= 1 and ent.tokens[j].s in lex.negation_words \
                and ent.tokens[j + 1].w not in lex.determiners and title[k - 1].startswith(ent.tokens[j - 1].s):
            # (the word before as typed or shortened: "you" for "you're")
            return j, k
    return None


def _first_n(found: dict[str, list[Match]], sets: _Sets) -> bool:
    """ "first 6 videos": "first" or "last" with a count is a slice (the intent scorer reads a rank)."""
    ends = {m.start for m in found.get("order", []) if m.payload in ("first", "last")}
    return any(at in ends and s is not None and (s.n or 1) > 1 for at, _, s in sets.orders)


VERSUS_ENDS = frozenset({"views_desc", "views_asc", "runner_up", "first", "last", "posted_asc", "posted_desc"})


def _views_of_named(ent: Entities, lex: Lexicon) -> str:
    """The operation for views asked of the videos named: "sum" for a group said in the plural ("the <topic>
    videos": all of theirs), else "value" (the one video's)."""
    return "sum" if any(r.group for r in ent.videos) and not lex.video_plurals.isdisjoint(ent.words) else "value"


def _band_exists(lex: Lexicon, order: Order, first_way: str, first: int, second: int) -> bool:
    """Whether "above/after <first> but below/before <second>" (or the other way round) leaves room between the two:
    the first is lower in the order than the second when the first word is "above" or "after"."""
    ds = lex.dataset
    if order.field == "views":
        low, high = ds.videos[first].views, ds.videos[second].views
        return low < high if first_way == "above" else low > high
    a, b = (ds.videos[i].tweet for i in (first, second))
    if not (a and a.date and b and b.date):
        return False
    return a.date < b.date if first_way == "after" else a.date > b.date


def _gap_stated(ent: Entities, lex: Lexicon, found: dict[str, list[Match]]) -> bool:
    """Whether a time between two videos is stated of them: "<A> came out a week before <B>", the posting word after
    the first, then the span and the relative word, then the second."""
    first, second = ent.videos
    span = min(m.start for m in found["span"])
    # (not "<A> was tweeted on <day>, so 2 days after <B>. what were its views": a question of its own after it)
    return lex.question_words.isdisjoint(ent.words) and any(
        first.end <= p.start and p.end <= span for p in found.get("posting", ())) and any(
        span < m.start and m.end <= second.start for m in found["relative"])


def _video_figure_said(ent: Entities, lex: Lexicon) -> bool:
    """Whether a figure said is a video's count and no campaign figure's ("the 13.4m")."""
    campaign = {at for at, _ in figures_said(ent, lex)}
    return any(n.scaled and n.start not in campaign and lex.is_a_count(n.value, _EXACT) for n in ent.numbers)


def _past_fillers(ent: Entities, lex: Lexicon, at: int) -> int:
    """The first word at or after `at` that is not a filler of "how many" ("how many total videos": "videos")."""
    while at < len(ent.tokens) and (ent.tokens[at].w in lex.how_many_fillers or ent.tokens[at].w in lex.counted_kinds):
        at += 1
    if at + 1 < len(ent.tokens) and ent.tokens[at].w in lex.measure_words and ent.tokens[at + 1].w in lex.video_plurals:
        at += 1  # ("how many million view videos": videos counted, a measure describing them)
    return at


def _operation(ops: list[str]) -> str | None:
    """The operation asked: the heaviest computed one, over "value" (one count) and a count of videos."""
    best, weight = None, 0
    for op in ops:
        if HEAVY.get(op, 0) > weight:  # (the first of the heaviest, as max() would give)
            best, weight = op, HEAVY[op]
    if best is not None:
        return best
    if "value" in ops:
        return "value"
    return "count" if "count" in ops else None


def _counted_name(ent: Entities, lex: Lexicon, found: dict[str, list[Match]]) -> str | None:
    """"how many <name> ..." with no video word after the name: a count of the thing, not of videos."""
    starts = {m.end for m in found.get("operation", []) if m.payload == "count"}
    # ("how many miles", "how many pints": a unit of something else counted, no video)
    # (or a length of time right before it, as Lingala and Hindi put the question word last: "mibu boni")
    before = {m.start - 1 for m in found.get("operation", []) if m.payload == "count" and m.start > 0}
    if unit := next((ent.words[k] for k in starts if k < len(ent.words) and k not in ent.covered and (
            ent.words[k] in lex.foreign_units or ent.words[k] in lex.uncounted_spans)), None) or next(
            (ent.words[k] for k in before if ent.words[k] in lex.uncounted_spans and k not in ent.covered), None):
        return unit
    for ref in ent.videos:
        if ref.start not in starts:
            continue
        # (the name up to the first function word: "how many <things> were they pledging": "<things>")
        end = next((k for k in range(ref.start + 1, ref.end) if ent.words[k] in lex.stopwords), ref.end)
        # ("how many <things> were they pledging in the <title> one": a plural run on past a function word to the
        # video word is still the things counted)
        plural = ent.tokens[ref.start].w != ent.tokens[ref.start].s
        if ref.end >= len(ent.tokens) or ent.tokens[ref.end].s not in lex.video_words or (end < ref.end and plural):
            return " ".join(ent.words[ref.start : end])
    return None


BESIDE_TIME_REACH = 4  # "either side of it date wise": how far after the phrase a word of time makes it by date


def _time_said_after(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether a word of time order follows `at` in the same clause ("either side of it date wise"; not "either side
    of <title>?? dates they got posted", the dates asked of them)."""
    for j in range(at, min(len(ent.words), at + BESIDE_TIME_REACH)):
        if j > at and break_after(ent, lex, j - 1, j, asked=True):
            return False
        if ent.words[j] in lex.list_in_time:
            return True
    return False


def _joined_to_next(ent: Entities, lex: Lexicon, end: int, start: int) -> bool:
    """Whether words end..start-1 join what ends at `end` to what starts at `start` as one more thing: a separator
    ("and", "plus", "+"; no comparing word), then only determiners, counts and video words ("<title> and the two
    either side")."""
    k = end
    while k < start and (ent.tokens[k].s in lex.video_words or ent.tokens[k].w in lex.measure_words):
        k += 1  # ("the <title> ONE + ...", "<title> clip VIEWS + ...")
    between = ent.tokens[k:start]
    return bool(between) and between[0].w in lex.separators and between[0].w not in lex.comparing_words and all(
        t.w in lex.determiners or t.s in lex.video_words or t.w in lex.numbers or t.w.isdigit() for t in between[1:])


def _plural(ent: Entities, lex: Lexicon) -> bool:
    """Whether the question says a plural video word ("videos", "ones")."""
    return not lex.video_plurals.isdisjoint(map(_WORD, ent.tokens))  # (one C loop over the tokens)


def _sorts(ent: Entities, lex: Lexicon, found: dict[str, list[Match]]) -> bool:
    """Whether a sort is said: "in date order", or a way to sort by ("newest first", "highest first")."""
    said = found.get("order", [])
    return any(m.payload == "sorted" for m in said) or bool(_sort_ways(ent, lex, said))


def _sort_ways(ent: Entities, lex: Lexicon, said: Sequence[Match]) -> set[int]:
    """Where each "first" said right after an order (and perhaps its measure) stands ("newest first", "highest views
    first"): a way to sort, no order of its own."""
    # (not "the latest first": one video, "first" said of it; nor "most viewed, first ...", "most viewed first video",
    # "most viewed first posted in november": "first" said of what follows it)
    return {m.start for m in said if m.payload == "first" and (
        m.end == len(ent.words) or break_after(ent, lex, m.start, m.end) or ent.words[m.end] in lex.polite_words)
        and any((o.end == m.start or (o.end + 1 == m.start and ent.words[o.end] in lex.measure_words))
                and o.payload in _SORT_WAYS and not break_after(ent, lex, o.end - 1, o.end)
                and not (o.start and ent.words[o.start - 1] in lex.determiners) for o in said)}


def _between_by_posting(ent: Entities, lex: Lexicon, found: dict[str, list[Match]], between: Match, end: int) -> bool:
    """Whether the videos between two named are asked by posting date: a posting word said of the span ("posted
    between <A> and <B>", "between <A> and <B> date wise"), not a field asked of the one found ("who posted the one
    between ...", "the one between <A> and <B>, when was it posted", "when did the one between <A> and <B> go up": in
    the list by views)."""
    said = ent.words
    return any((p.end <= between.start and between.start - p.end < NEAR
                and not (p.start and said[p.start - 1] in lex.poster_asks))
               or (p.start >= end and p.start - end < NEAR and not any(
                   w in lex.question_words or w in lex.video_pronouns for w in said[end : p.start]) and (
                   # (an order's word, "date wise"; a verb closes "when did the one between <A> and <B> go up")
                   not lex.list_in_time.isdisjoint(said[p.start : p.end]) or not ent.cue("date")))
               for p in found.get("posting", ()))


def _sets(ent: Entities, lex: Lexicon, found: dict[str, list[Match]], ops: list[str], relative: bool) -> _Sets:
    """Filters, orders, a relative place and single videos, each with its position."""
    sets = _Sets()
    ds = lex.dataset
    # (not "without facebook": a platform left out, no video)
    negations = [m.end for m in found["negate"] if m.end >= len(ent.words) or ent.words[m.end] not in
                 lex.platform_words] if "negate" in found else []

    def negated(start: int, reach: int = NEAR) -> bool:
        return bool(negations) and any(0 <= start - end < reach for end in negations)

    # Days between the first and the last are between posting dates, posting word or not.
    # (not "..., and who posted it": the poster of the one found asked, no posting order)
    posting = any(not (p.start > 0 and ent.words[p.start - 1] in lex.poster_asks and p.end < len(ent.words)
                       and ent.words[p.end] in lex.video_pronouns) for p in found.get("posting", ())) or "days" in ops
    # Each part below runs only when its words were found: most questions find one or two of them.
    relatives = {m.start: m for m in found["relative"]} if relative and "relative" in found else {}
    if relatives and "beside" in found:  # ("just above and below X": both sides, no one place)
        # (any overlap: "directly above and below X", its "directly above" a relative of its own)
        relatives = {k: m for k, m in relatives.items()
                     if not any(m.start < b.end and b.start < m.end for b in found["beside"])}
    used_numbers: set[int] = set()
    dated = bool(ent.months or ent.days)
    used_ranks: set[int] = set()
    if ent.rank_at:
        # Ordinals that are not places in a list: a side of a half ("first half"), a day ("the 12th").
        days = {d for _, d in ent.days}
        half_sides = {m.start - 1 for m in found.get("half", [])}
        # Ordinals that are days: "the 12th", "between the 15th and the 25th of November", "the 24th to the 30th".
        between = [m.end for m in found.get("when", []) if m.payload == "between"]
        joins = {m.start for m in found.get("range", [])}
        used_ranks = {k for k, at in enumerate(ent.rank_at) if at in half_sides or
                      (ent.ranks[k] in days and ent.words[at][:1].isdigit()) or
                      (dated and ent.words[at][:1].isdigit() and (any(0 < at - e <= 2 for e in between)
                                                                  or at + 1 in joins or at - 1 in joins
                                                                  or at - 2 in joins
                                                                  or _day_bound(ent, found, at)))}

    if ent.rank_at and not dated and found.get("posting") and not found.get("article"):
        # "which video was tweeted on the 12th": a day of the month, in each month with posted videos
        for k, at in enumerate(ent.rank_at):
            before = ent.words[max(0, at - 2) : at]
            # (an ordinal past the list's end is no place: ", the 12th" after the day is named another way)
            # ("the date on the 2nd one": a place, its video word after it)
            placed = at + 1 < len(ent.tokens) and ent.tokens[at + 1].s in lex.video_words \
                and ent.tokens[at + 1].w not in lex.video_plurals
            if k in used_ranks or not ent.words[at][:1].isdigit() or not (
                    ((before[-1:] == ["on"] or before == ["on", "the"]) and not placed)
                    or (before[-1:] == ["the"] and any(
                        m.end == at - 1 and (m.payload in _DAY_BOUNDS or m.payload in _DAY_STEPS)
                        for m in found.get("when", ())) and not (
                        at + 1 < len(ent.tokens) and ent.tokens[at + 1].s in lex.video_words))
                    or (ent.ranks[k] > len(lex.dataset.videos) and before[-1:] == ["the"] and not (
                        at + 1 < len(ent.tokens) and ent.tokens[at + 1].s in lex.video_words))) or any(
                    m.start == at + 1 for c in ("most", "least") for m in ent.cue_matches.get(c, ())) or any(
                    m.start == at + 1 for m in found.get("order", ())) or said_at(
                    ent.words, at + 1, lex.from_bottom_words) is not None:
                continue  # ("the date on the 2nd least watched", "after the 3rd from bottom": a place in an order)
            on = lex.days_numbered(ent.ranks[k])
            bound = next((_day_meaning(ent, lex, found, m) for m in found.get("when", ()) if m.end == at - 1 and (
                m.payload in _DAY_BOUNDS or m.payload in _DAY_STEPS)), None)
            if on and bound in _DAY_STEPS:
                # ("the day before the 12th": the day next to the latest such day up to the article's date)
                day = max((d for d in on if d <= lex.dataset.source.published), default=on[0])
                day += timedelta(days=_DAY_STEPS[bound])
                sets.filters.append((at, PostedBetween(day, day)))
                used_ranks.add(k)
            elif on and bound is not None:
                # ("posted after the 11th", "before the 20th": a bound, in the month of the latest such day up to the
                # article's date; the reply names the day taken)
                day = max((d for d in on if d <= lex.dataset.source.published), default=on[0])
                sets.filters.append((at, PostedBetween(day + timedelta(days=1), None) if bound == "after"
                                     else PostedBetween(None, day - timedelta(days=1))))
                used_ranks.add(k)
            elif on:
                sets.filters.append((at, PostedOn(on)))
                used_ranks.add(k)

    dated_from: set[int] = set()
    anchors: list[VideoRef] = []
    if relatives:
        # ("how many were posted after X", "videos posted before X": all of them, not the next one)
        many = "count" in ops or _plural(ent, lex)
        # (a sum or an average gathers a set: "total after the top 5" is of every place after them)
        gathered = not {"sum", "average"}.isdisjoint(ops)
        dated_from, anchors = _relatives(ent, lex, found, relatives, sets, used_numbers, posting, many, gathered)
        if sets.relative is not None and sets.relative[1].anchor in dated_from and abs(sets.relative[1].offset) == 1 \
                and sets.relative[1].order.field == "posted":
            # ("everything posted after <title> and the one right after it": that one is among them)
            sets.relative = None
        for at, f in list(sets.filters):
            # ("excluding everything below 5th": the places on that side left out, the 5th itself counted from)
            if isinstance(f, Ranks) and not f.negate and at in relatives and negated(at, NEAR + 1):
                sets.filters[sets.filters.index((at, f))] = (at, Ranks(f.positions, negate=True))
        used_ranks |= {k for k, rank in enumerate(ent.ranks) if 1 <= rank <= len(lex.by_place)
                       and lex.by_place[rank - 1] in dated_from}  # (a place counted from is no place asked)
        if sets.relative is not None and ent.rank_at:
            restated = _place_said_before(ent, lex, sets.relative)
            if restated and all(ent.ranks[k] != place for k, place in restated.items()):
                sets.relative = None  # ("3rd place behind the <title at #1> one": the place said, #3, which is)
            used_ranks |= {k for k, place in restated.items() if ent.ranks[k] == place}
    relative_anchor = sets.relative[1].anchor if sets.relative else None
    bars: set[int] = set()

    # "videos that got more views than X": X is the bar, not one of the set.
    # ("how far behind X was Y": the comparative word is part of the gap asked, not a bar)
    comparatives: list[Match] = []
    # ("do the bottom 5 together beat <title>? by how much": the gap between the two, no bar)
    # (read only when a comparative and a video were said: most questions say neither)
    if "comparative" in found and ent.videos and not any(
            m.payload in ("difference", "ratio") and not any(m.start <= c.start and c.end <= m.end
                                                             for c in found["comparative"])
            for m in found.get("operation", ())):  # ("more views than" is both: a bar)
        in_ops = {i for m in found.get("operation", []) for i in range(m.start + 1, m.end)}
        comparatives = [m for m in found["comparative"] if m.start not in in_ops]
    for ref in ent.videos if comparatives else ():
        said = next((m for m in comparatives if 0 <= ref.start - m.end < NEAR), None)
        # ("more than <title> but less than <title>": a second bar after the first)
        if said is not None and all(r.best in bars for r in ent.videos if r.end <= said.start):
            sets.filters.append((ref.start, Beyond(ref.best, fewer=said.payload == "fewer")))
            relative_anchor = ref.best if relative_anchor is None else relative_anchor
            bars.add(ref.best)
    if bars and len(comparatives) > len(bars):
        # ("which got more than <title> but less than <words of no video>": a second bar not read is no bar dropped)
        lone = next((m for m in comparatives if m.start > min(r.start for r in ent.videos) and not any(
            0 <= r.start - m.end < NEAR for r in ent.videos) and not any(
            0 <= n.start - m.end < NEAR for n in ent.numbers)), None)
        if lone is not None:
            sets.unbarred = " ".join(ent.words[lone.end : lone.end + NEAR])

    # "what's between X and Y in the list": the videos strictly between two named ones.
    # ("between X and Y, which had more views": a choice of the two, asked first)
    # ("came from <title> + <title> combined": the two added, nothing between them)
    # (a video said twice, "the nhs one by <poster>", is one end)
    if relative and len({r.best for r in ent.videos}) == 2 and len(ent.videos) <= 3 and not dated \
            and _PLUS_SIGN not in ent.text and (said_between := next((
                m for m in found.get("when", ()) if m.payload == "between" and 0 <= ent.videos[0].start - m.end < NEAR
                and m.start > 0 and ent.words[m.start - 1] not in lex.choice_askers), None)) is not None \
            and not (_next_by_views(lex, ent.videos[0].best, {r.best for r in ent.videos}) and ent.measures
                     and not posting and all(m.payload in ("value", "sum") for m in found.get("operation", ()))):
        # (nor "which between X and Y had more": the choice asked right before it)
        # (nor "what's between <A> and <B> views", two next to each other by views: none between, the gap asked)
        one = ent.videos[0]
        other = next(r for r in ent.videos if r.best != one.best)
        sets.filters.append((one.start, Within(one.best, other.best, Order("posted", False) if "days" in ops or (
            posting and _between_by_posting(ent, lex, found, said_between, max(r.end for r in ent.videos)))
                                                else Order("views", True))))
        bars |= {one.best, other.best}

    # "the two either side of X": the videos right above and below it (by date when a posting order is said).
    for m in found.get("beside", ()):
        beside = next((r.best for r in ent.videos if r.strong and 0 <= r.start - m.end < NEAR), None)
        if beside is None and (not lex.video_pronouns.isdisjoint(ent.words[m.start : m.end + 1]) or not any(
                r.start >= m.end for r in ent.videos)):
            # (or no video after it: "<title> plus the ones either side, total")
            # ("<title>, whats one above it and one below it", "..., what was above and below it": the video named
            # before, said again as "it")
            beside = next((r.best for r in reversed(ent.videos) if r.strong and r.end <= m.start), None)
        if beside is not None:
            # (by date too when its own words are of time: "the ones posted right before and after it")
            dated = any(o.payload.startswith("posted") or o.payload == "sorted" for o in found.get("order", ())) \
                or not lex.date_way_words.isdisjoint(ent.words[m.start : m.end]) \
                or _time_said_after(ent, lex, m.end)  # ("either side of it date wise")
            named = next((r for r in reversed(ent.videos) if r.best == beside and r.end <= m.start), None)
            if not dated and named is not None and m.start >= named.end \
                    and _joined_to_next(ent, lex, named.end, m.start) \
                    and lex.place_moves.isdisjoint(ent.words[max(0, named.start - 3) : named.start]):
                # (not "one above <title> and one below it": the two beside it, the title itself a place counted from)
                # ("<title> + the ones either side of it": the three, it too)
                place = lex.by_place.index(beside)
                sets.filters.append((m.start, Named(tuple(lex.by_place[max(0, place - 1) : place + 2]))))
                bars.add(beside)
                continue
            sets.filters.append((m.start, Beside(beside, Order("posted", False) if dated else Order("views", True))))
            bars.add(beside)

    # Named videos: in or out of the set.
    # Where the last video (or poster) taken out ends: "not X or Y", "not <poster>'s or Y" take out both.
    left_out = max((ent.spans[p][1] for p in ent.people if p in ent.spans and p in lex.posted
                    and negated(ent.spans[p][0], NEAR + 2)), default=-1) if negations and ent.people else -1
    left_out_said = not lex.left_out_starts.isdisjoint(ent.words)  # ("leave <title> out", "<title> excluded")
    # ("what was in second place? I think it was <title>": a guess at the place asked, checked, not a set)
    asked_at = min((m.start for m in found.get("order", ())), default=None)
    claims = [m.end for m in found.get("premise", ()) if not lex.guess_words.isdisjoint(ent.words[m.start : m.end])
              and m.start > asked_at] if asked_at is not None else []
    for ref in ent.videos:
        if ref.best in bars or ref.best in dated_from:
            continue
        if claims and len(ent.videos) == 1 and any(0 <= ref.start - end <= NEAR + 1 for end in claims):
            continue
        if relative_anchor is not None and ref.best == relative_anchor and sets.relative is not None:
            continue
        listed_out = 0 <= left_out <= ref.start and all(
            t.s in lex.separators or t.w in lex.stopwords or t.s in lex.video_words
            for t in ent.tokens[left_out : ref.start])
        # ("take X out, the average of the other nine": every video but the one named before "the others")
        # (a title's own negation takes nothing out; one before the title as said still does: "excluding the if
        # you dont know who to vote for one")
        if listed_out or (negated(ref.start) and (
                (own := _title_says_it(ent, lex, ref)) is None or negated(own[0], NEAR + own[1]))) or (
                left_out_said and _left_out(ent, lex, ref)) or (
                len(ent.videos) == 1 and not found.get("versus") and ent.cues.get("compare", 0.0) < 2
                                  and any(m.start >= ref.end and not _others_of_something_else(ent, m)
                                          for m in found.get("others", []))):
            # ("excluding both <topic> ones", "not the <topic> videos": every video of the group out)
            # (not "top ten except <topic>", "all except <topic>": a count or "all" of another noun)
            before = [w for w in ent.words[max(0, ref.start - 2) : ref.start] if w not in lex.determiners]
            every = ref.group and ((ref.end < len(ent.tokens) and (ent.tokens[ref.end].w in lex.video_plurals
                                                                   or ent.tokens[ref.end].w in lex.topic_markers)) or (
                bool(before) and before[-1] in lex.topic_markers) or (
                bool(before) and ((before[-1] in lex.each_words and before[-1] not in lex.all_words)
                                  or lex.whole_number(before[-1]) == len(ref.candidates))))
            sets.filters.append((ref.start, Named(tuple(ref.candidates) if every else (ref.best,), negate=True)))
            left_out = ref.end
        elif not sets.singles or all(ref.best != s[2].filters[0].videos[0] for s in sets.singles
                                     if isinstance(s[2].filters[0], Named)):
            # "the <topic> one": one of the group, the best; "the <topic> videos": all of them
            single = ref.end < len(ent.tokens) and ent.tokens[ref.end].w in lex.video_words
            # ("the <topic> and <title> films", "<topic>, <title> and <title>": one name of a list, each one video)
            listed = ref.group and ref.end < len(ent.tokens) and any(r.best not in ref.candidates and (
                r.start == ref.end or (r.start > ref.end and ent.tokens[ref.end].s in lex.separators
                                       and ent.tokens[ref.end].s not in lex.way_joins)) for r in ent.videos) \
                and lex.subject_markers.isdisjoint(ent.words[max(0, ref.start - 2) : ref.start])
            # ("does <topic> beat <title> and <title> combined": one side of a comparison, its best)
            # (not "the two <topic> videos", "both <topic> ones": all of them)
            compared = ref.group and bool(found.get("comparative") or found.get("versus")) and any(
                r.strong and r.start > ref.end and r.best not in ref.candidates for r in ent.videos) and not (
                ref.end < len(ent.tokens) and ent.tokens[ref.end].w in lex.video_plurals) and lex.each_words.isdisjoint(
                ent.words[max(0, ref.start - 2) : ref.start]) and not any(
                w in lex.numbers for w in ent.words[max(0, ref.start - 2) : ref.start])
            videos = ref.candidates if ref.group and not (single or listed or compared) else (ref.best,)
            sets.singles.append((ref.start, _named(videos), _named((ref.best,))))

    out_named = [(at, f) for at, f in sets.filters if isinstance(f, Named) and f.negate] \
        if len(sets.filters) > 1 else ()
    if len(out_named) > 1:  # one filter, one phrase: "other than A and B"
        sets.filters = [x for x in sets.filters if x not in out_named]
        sets.filters.append((out_named[0][0], Named(tuple(v for _, f in out_named for v in f.videos), negate=True)))

    # "the ones with <name> in the title", "<name>-titled": a name in the titles, not whose posts.
    titled: set[str] = set()
    for m in found.get("titled", ()):
        person = next((p for p in ent.people if p in ent.spans and 0 <= m.start - ent.spans[p][1] <= NEAR
                       and p not in titled), None)
        if person is not None:
            start, end = ent.spans[person]
            sets.filters.append((start, TitleHas(tuple(t.s for t in ent.tokens[start:end]),
                                                 " ".join(ent.words[start:end]).title())))
            titled.add(person)

    # Posters: "videos <name> posted", "not tweeted by <name>".
    for person in ent.people:
        if person not in lex.posted and person not in titled and found.get("posting") and person not in ent.guessed \
                and not any(r.start == ent.spans.get(person, (-1, 0))[0] for r in ent.videos):
            # ("how many videos did <name> post", someone who posted none: theirs, which are none, never all)
            sets.filters.append((ent.spans.get(person, (0, 0))[0], PostedBy((person,))))
        elif person in lex.posted and person not in titled:
            start = ent.spans.get(person, (0, 0))[0]
            if person in ent.guessed:
                continue  # "was it <name> or someone else?": a guess to check, not whose videos to take
            if _said_included(ent, lex, start) and not negated(start, NEAR + 2) and not any(
                    p != person and p in lex.posted for p in ent.people) and all(
                    (t := ds.videos[v].tweet) and t.date and (not ent.months or t.date.month in ent.months)
                    for v in lex.posted[person]):
                # "the November total, including <name>'s": counted in (their videos are in it), not the only ones
                # taken; beside another poster, "<name>'s, including <other>'s": both (joined below)
                continue
            if not ent.videos and (dated_from or sets.relative is not None) and any(
                    r.start == start for r in anchors):
                continue  # their one video was the place counted from
            if any(r.start == start for r in ent.videos):
                continue  # "the <name> video": their one video, named through them (no set of theirs)
            # "weren't even tweeted by <name>": a poster's negation may stand a few words further off;
            # "did <name> NOT tweet": right after the name, before the posting word ("<name> other than video
            # posted": one word between); "<name>'s excluded", "<name>'s videos excluded".
            end = ent.spans.get(person, (0, 0))[1]
            posted_at = {p.start for p in found.get("posting", ())}
            after = any(0 <= m.start - end <= 1 and (m.end + 1 in posted_at or posting_soon(ent, lex, m.end))
                        for m in found.get("negate", [])) or any(
                said_at(ent.words, at, lex.negated_after)
                for at in ((end, end + 1) if end < len(ent.tokens) and ent.tokens[end].s in lex.video_words
                           else (end,)))
            sets.filters.append((start, PostedBy((person,), negate=negated(start, NEAR + 2) or after)))
    posted_by = [(at, f) for at, f in sets.filters if isinstance(f, PostedBy) and not f.negate]
    if len(posted_by) > 1 and not (set(ops) & set(TWO_SIDED) or found.get("versus") or ent.cues.get("compare")):
        # "videos by <name> and <name>": either's (a video has one poster: both at once would be none)
        sets.filters = [x for x in sets.filters if x not in posted_by]
        # (each person once: "<first name> ... <surname> posted" names one person twice)
        people = tuple(dict.fromkeys(p for _, f in posted_by for p in f.people))
        sets.filters.append((posted_by[0][0], PostedBy(people)))
    if sets.relative is not None and posted_by and not ent.videos:
        # ("right above <name>'s latest post": whose is the video counted from, found already)
        sets.filters = [(at, f) for at, f in sets.filters if not (
            isinstance(f, PostedBy) and any(a.start <= at < a.end for a in anchors))]

    # Thresholds on views ("did <poster>'s videos beat 35m in total": a bar above any one video's count is the
    # total's, not a test of each video; so is any bar set against videos named to be added, "<A> plus <B> combined,
    # over 7m?"; the total is answered).
    if ent.thresholds and not ("sum" in ops and (bounds_above_every_video(ent, lex)
                                                 or len({r.best for r in ent.videos}) > 1)) \
            and not figure_barred(ent, lex, ops):
        lows = [v for sign, v in ent.thresholds if sign == ">"]
        highs = [v for sign, v in ent.thresholds if sign == "<"]
        # "at least", "inclusive", or a range ("between 3 and 4 million": 3,000,000 itself is between; "over 3m
        # but under 7m" leaves both ends out)
        # (not "under 3 mil or more than one": "or more" there begins a count compared)
        inclusive = any(not count_compared(ent, lex, m.end) for m in found.get("bound", ())) or ent.inclusive or (
            bool(lows) and bool(highs) and ent.strict < 2)
        sets.filters.append((0, ViewsBetween(max(lows) if lows else None, min(highs) if highs else None, inclusive)))
        used_numbers |= {n.start for n in ent.numbers if any(abs(n.value - v) < 1e-9 for _, v in ent.thresholds)}

    # Dates: months, halves of months, days with before/after/between/the week before, the article's day.
    if dated:  # (no date named in most questions)
        # "the immigration video on the fourteenth of November": a named video's own posting day, said right
        # after it, describes it; it picks no videos
        described: set[int] = set()
        if ent.days and ent.videos:
            # ("from 14 nov immigration vid to ...", "after 17 nov (<title>)": right before it too)
            posted_on = [(ref.start, ref.end, t.date) for ref in ent.videos
                         if (t := ds.videos[ref.best].tweet) and t.date]
            described = {at for at, (month, day) in zip(ent.day_at, ent.days, strict=True) if any(
                (posted.month, posted.day) == (month, day) and (
                    0 <= at - end <= DESCRIBED_DAY_REACH or 0 < start - at <= DESCRIBED_DAY_BEFORE)
                for start, end, posted in posted_on)}
        whens = {m.start: m for m in found["when"]} if "when" in found else {}
        dates = _date_filters(ent, lex, found, whens, ds.campaign.year, described)
        if sets.relative is not None and anchors and not ent.videos:
            # ("above the latest november vid": the month said of the video counted from, no videos taken)
            dates = [(at, f) for at, f in dates if not any(a.start <= at < a.end for a in anchors)]
        if negations and ent.words[0] not in lex.yes_no_openers and ent.words[0] not in lex.negative_openers:
            # (not "did they not post anything in December?": a question put negatively)
            dates = [(at, _not_dated(ent, lex, found, at, f)) for at, f in dates]
        sets.filters += dates
    if ent.years and not (dated or ent.videos) and "count" in ops:
        # "how many videos in 2017": posted that year (a year of no posting picks none, never all of them);
        # the campaign's own year is every video, a filter only beside another year ("2017 vs 2019")
        years = list(dict.fromkeys(ent.years))
        for y in years:
            if (y != ds.campaign.year or len(years) > 1) and str(y) in ent.words:
                sets.filters.append((ent.words.index(str(y)), PostedBetween(date(y, 1, 1), date(y, 12, 31))))
    for m in found.get("article", ()):
        if _article_date_asked(ent, lex, m):
            continue  # ("date of the article, and the top video?": its date asked, no day the videos are taken from)
        published = ds.source.published
        # "the day before the article came out", "two days before the article": that far from its date
        rel = next((r for r in found.get("relative", ()) if r.payload in ("before", "after") and r.end == m.start),
                   None)
        span = next((s for s in found.get("span", ()) if rel is not None and s.end == rel.start), None)
        if rel is not None and span is not None:
            units = _count_before(ent, lex, span.start + 1, used_numbers) or 1
            step = timedelta(days=units * (7 if span.payload == "week" else 1))
            published = published + step if rel.payload == "after" else published - step
        sets.filters.append((m.start, PostedBetween(published, published)))
        # "on the 12th, same day as the article": the ordinal is that day, not a place in the list
        used_ranks |= {k for k, r in enumerate(ent.ranks) if r == published.day}
    # "posted on a Monday", "the weekend videos" ("sunday brain", "i'll check again on sunday": no day asked)
    weekdays_said: list[tuple[int, int, tuple[int, ...]]] = []  # (start, end, weekdays) of each said
    weekdays = [m for m in found.get("weekday", ())
                if not any(at == m.end and isinstance(f, PostedBetween) for at, f in sets.filters)]
    # (a day said of the videos: a posting word, a video or measure word right after it, or a measure right before
    # it, "views on mondays vs sundays", "total views tuesday to thursday"; not "my exam is monday or tuesday, total
    # views?", "total views by friday", days of the asker's)
    said_of = [m for m in weekdays if found.get("posting") or (m.end < len(ent.tokens) and (
        ent.tokens[m.end].s in lex.video_words or m.end in ent.measure_starts)) or _measure_before_day(ent, lex, m)]
    for m in weekdays:  # (not "the monday after <title>": the day worked out from it, read above)
        # (one joined to a day said of the videos, "views on mondays vs sundays": a day of theirs too)
        if m in said_of or (said_of and any(_weekdays_joined(ent, lex, found, a.end, b.start) for a, b in pairwise(
                weekdays) if m in (a, b) and (a in said_of or b in said_of))):
            wd_days = tuple(int(d) for d in m.payload.split())
            how = _weekdays_joined(ent, lex, found, weekdays_said[-1][1], m.start) if weekdays_said else None
            if how in ("range", "either"):
                # ("monday to friday": the days from one to the other; "on monday or friday": either)
                wd_prev = weekdays_said[-1][2]
                wd_days = tuple((wd_prev[0] + k) % 7 for k in range((wd_days[0] - wd_prev[0]) % 7 + 1)) if len(
                    wd_prev) == len(wd_days) == 1 and how == "range" else tuple(sorted({*wd_prev, *wd_days}))
                weekdays_said[-1] = (weekdays_said[-1][0], m.end, wd_days)
                continue
            weekdays_said.append((m.start, m.end, wd_days))
    sets.filters += [(start, OnWeekdays(wd_on)) for start, _, wd_on in weekdays_said]
    # "which view count isn't a round 100k number": the step said after it, else the one most counts keep to ("is
    # <title>'s count exact, it looks oddly specific": that video's count, no set of them)
    # (a figure of a set asked, "the average, exact, not a round number", says how to show it)
    for m in found.get("round", ()) if not any(r.strong for r in ent.videos) and set(ops) <= {"value", "count"} else ():
        steps = [n for n in ent.numbers if n.start >= m.start and n.value >= ROUND_STEP_MIN and n.value.is_integer()
                 and n.start not in used_numbers]
        if steps:
            used_numbers.add(steps[0].start)
        round_to = int(ent.round_step or (steps[0].value if steps else lex.round_step))
        sets.filters.append((m.start, Rounded(round_to, negate=(m.payload == "exact") != negated(m.start))))
    for m in found.get("tweet", ()):
        if m.payload in ("hashtag", "no hashtag"):
            if not ent.videos:  # ("which tweet had a hashtag"; "the hashtag on <title>'s tweet" asks its text)
                sets.filters.append((m.start, Hashtagged(negate=(m.payload == "no hashtag") != negated(m.start))))
            continue
        if m.payload == "some" and ent.people:
            continue  # "a tweet from <name>": who posted, read with the posters
        if m.payload == "none" and any(0 <= ent.spans[p][0] - m.end <= 2 for p in ent.people if p in lex.posted
                                       and p in ent.spans):
            continue  # "not tweeted by <name>": someone else's videos (read with the posters), not tweetless ones
        sets.filters.append((m.start, Tweeted(negate=(m.payload == "none") != (
            negated(m.start) or _negation_carried(ent, lex, negations, m.start)))))
    if negations and not found.get("tweet") and not ent.videos and not ent.people and any(t.s in lex.video_words
                                                                            for t in ent.tokens):
        # "didn't have a tweet with it", "weren't ever tweeted": a negation, then the post word.
        post = next((at for at, t in enumerate(ent.tokens) if t.s in lex.post_words and negated(at, NEAR + 1)), None)
        if post is not None:
            sets.filters.append((post, Tweeted(negate=True)))

    # Halves of the list: "top half", "bottom half".
    n_videos = len(ds.videos)
    for m in found.get("half", ()):
        side = lex.half_sides.get(ent.words[m.start - 1], "") if m.start > 0 else ""
        month_follows = any(0 < at - m.end <= 2 for at in ent.month_at)
        if side and not month_follows:
            half = n_videos // 2
            positions = tuple(range(1, half + 1)) if side == "first" else tuple(range(n_videos - half + 1,
                                                                                      n_videos + 1))
            sets.filters.append((m.start, Ranks(positions, negate=negated(m.start - 1))))
            used_ranks |= {k for k, at in enumerate(ent.rank_at) if at == m.start - 1}

    # Rank ranges: "ranks 4 to 6", "4-6", "7 through 9".
    opening: set[int] = set()
    if len(ent.numbers) + len(ent.ranks) >= 2:  # (no two places to join in most questions)
        ranges = _rank_ranges(ent, lex, found, used_numbers, used_ranks, pair=not set(TWO_SIDED).isdisjoint(ops))
        sets.filters += ranges
        # ("top 6-10": "top" opened the range, no order of its own)
        opening = {at - 1 for at, _ in ranges if at > 0 and ent.words[at - 1] in lex.top_words}
    elif len(ent.ranks) == 1 and "range" in found and not set(SET_OPS).isdisjoint(ops) and 0 not in used_ranks:
        # "the total through rank 8", "cumulative views to #4": a set from the top down to the place said
        place_at, rank = ent.rank_at[0], ent.ranks[0]
        # ("to rank 8": the range word before the place word)
        joined = place_at - 1 - (place_at > 0 and ent.tokens[place_at - 1].s in lex.rank_words)
        if joined >= 0 and any(m.start == joined for m in found["range"]) and 1 < rank <= len(lex.dataset.videos) \
                and listed_place(ent, lex, place_at):
            sets.filters.append((joined, Ranks(tuple(range(1, rank + 1)))))
            used_ranks.add(0)

    # Orders, each with a slice: "the 3 least watched", "second earliest", "top 3", "latest".
    said_orders = found.get("order", ())
    halves = {m.start for m in found["half"]} if said_orders and "half" in found else ()
    in_dates = {i for w in found["when"] for i in range(w.start, w.end)} if said_orders and "when" in found else ()
    # "<order> first" ("newest first", "highest first"): the way a whole set is sorted, its "first" no order of its
    # own (not "the latest first": a place read from the order's end)
    ways = _sort_ways(ent, lex, said_orders)
    for m in said_orders:
        if m.start in opening and m.end == m.start + 1:
            continue
        if m.start in ways:
            used_ranks |= {k for k, at in enumerate(ent.rank_at) if m.start <= at < m.end}
            continue
        if m.payload == "first" and not posting and _place_in_a_run(ent, lex, m.start):
            continue  # ("first plus second combined": two places joined, the first of them no order)
        if ent.rank_at:
            used_ranks |= {k for k, at in enumerate(ent.rank_at) if m.start <= at < m.end}
        counted_from = next((a for a in anchors if a.start <= m.start < a.end and (
            sets.relative is not None or a.best in dated_from)), None)
        if counted_from is not None:
            # ("one below the most viewed video", "videos posted before the 2nd most viewed one": the place counted
            # from, its own place word too, no order of the answer's)
            used_ranks |= {k for k, at in enumerate(ent.rank_at) if counted_from.start <= at < counted_from.end}
            continue
        if m.start in in_dates:
            continue  # "the last week of November": a date phrase, not an order
        if sets.relative is not None and sets.relative[1].order.field == "posted" and m.payload in POSTING_WAYS \
                and not any(r.start <= m.start < r.end for r in ent.videos):
            continue  # ("immediately before <title> chronologically": the order the place is counted in)
        if m.end in halves:
            continue  # "top half": a side of the list, read with the half
        if m.payload == "sorted":
            if not any(o.payload in ("posted_asc", "posted_desc") for o in found["order"]):
                # ("the earliest and latest vid by date": the order those ends are in, said again)
                sets.orders.append((m.start, SORTED, None))
            continue
        if m.payload == "runner_up":
            anchor = next((r for r in ent.videos if r.strong and r.start in (m.end + 1, m.end + 2)), None) if (
                m.end < len(ent.words) and ent.words[m.end] in lex.runner_up_of) else None
            if anchor is not None and sets.relative is None:
                # ("whats the runner up to the <title> vid": the one just below it)
                sets.relative = (m.start, Relative(anchor.best, Order("views", True), 1))
                continue
            sets.orders.append((m.start, Order("views", True), Slice(positions=(2,))))
            continue
        # ("<title> and <title>, both in Dec: which was first": first of two videos dated, in posting order)
        # ("which ranked first", "first in the rankings": a place by views, posting word or not)
        ranked = not lex.rank_words.isdisjoint(t.s for t in ent.tokens)
        # ("who posted the video in first place": a place said as one, in the views order)
        placed = m.end < len(ent.tokens) and ent.tokens[m.end].s in lex.rank_words
        # ("<name>'s first video": the first they posted, a time of their own, not the list's first place)
        # (not "<name>'s first video by views", "<name>'s last video in the top 10": the views order said too)
        owned = bool(ent.people) and not ranked and m.payload in ("first", "last") and not ent.measures \
            and not ent.numbers and len(found.get("order", ())) == 1 and any(
                0 <= m.start - ent.spans.get(p, (0, -9))[1] <= 1 for p in ent.people)
        # ("the last one in the top 10 list, who tweeted it": an end of the list, in the views order)
        # (not "days between the first and last in the top 10": both ends of a stretch of time, the posting order)
        placed = placed or (m.payload in ("first", "last") and _end_of_list(ent, lex, found, m.end) and not (
            "days" in ops and {"first", "last"} <= {o.payload for o in found.get("order", ())}))
        # ("the first december vid", "the last november one": the first or last posted in that month, a time of its
        # own; not "ranked first in december", "first in the rankings", "first in november by views", a place; "what
        # rank was ..." before it asks the place)
        monthly = m.payload in ("first", "last") and bool(ent.months) and not placed and not any(
            ent.tokens[k].s in lex.rank_words for k in range(max(0, m.start - 1), len(ent.tokens))) and not said_spans(
            ent.words[m.end :], lex.listed_words)
        order = _order(m.payload, (posting and not placed and not (ranked and len(ent.videos) > 1))
                       or (dated and len(ent.videos) > 1 and not ranked) or owned or monthly)
        # "the first and last": the other end of the same order; "second and last", a place from that end.
        first = next((k for k, at in enumerate(ent.rank_at) if k not in used_ranks and (ent.ranks[k] == 1 or (
            not posting and m.start - at == 2 and ent.words[at + 1] in lex.separators)) and 0 < m.start - at <= NEAR),
            None) \
            if ent.rank_at and m.payload == "last" else None
        if first is not None:
            used_ranks.add(first)
            place = ent.ranks[first]
            sets.orders.append((ent.rank_at[first], Order(order.field, not order.descending),
                                Slice(n=1) if place == 1 else Slice(positions=(place,))))
        n = _count_near(ent, lex, m, used_numbers, said_orders) if ent.numbers else None
        if n is not None and n >= n_videos and order.field == "views":
            continue  # "the top ten" of ten: the whole list, nothing to slice
        positions = _ranks_before(ent, lex, m.start, used_ranks, listed=order.field == "views") if ent.rank_at else ()
        if ent.rank_at and not n and not ent.videos and not ent.cues.get("compare") and (
                places_after := _rank_joined_after(ent, lex, m.end, used_ranks, found.get("order", []))):
            # ("3rd most watched and 4th", "least viewed and 2nd least": a place joined on after the order, of the
            # same order; the order said bare is its end; not "is <title> 5th most viewed or 6th", a place asked of
            # a video named)
            positions = (*(positions or (1,)), *places_after)
        slice_ = Slice(n=n) if n else (Slice(positions=positions) if positions else None)
        if not n and not positions and negated(m.start) and any(
                o.payload in _OVER_A_SET for o in found.get("operation", ())):
            # ("total views excluding the last one", "average without the biggest": one end of an order left out of
            # what is added up)
            n, slice_ = 1, Slice(n=1)
        # ("if the top 2 were taken out", "if the top vid got binned": words after the slice take it out)
        left_out = order.field == "views" and not positions and _slice_left_out(ent, lex, m.end)
        if left_out and not n:
            n = 1
        if n and (negated(m.start) or left_out):
            positions = tuple(range(1, n + 1)) if order.descending else tuple(range(n_videos - n + 1, n_videos + 1))
            sets.filters.append((m.start, Ranks(positions, negate=True)) if order.field == "views" else
                                (m.start, Among(Selection(order=order, slice=slice_))))
            continue
        if slice_ is not None and not slice_.positions and not n and m.end in ways:
            slice_ = None
        sets.orders.append((m.start, order, slice_))

    # One order said twice is one order ("the top three most viewed"); the two ends of one order.
    if len(sets.orders) > 1:  # (one order merges with nothing)
        _merge_orders(ent, lex, sets, relative)

    # An ordinal next to a posting word is a place in posting order: "posted first", "third to be posted".
    for m in found.get("posting", ()) if ent.rank_at else ():
        for k, at in enumerate(ent.rank_at):
            # ("what's 3rd and who posted it", "what's 3rd, who posted it": another clause, a place by views)
            # ("was #2 or #3 posted first", "video 4 date": a place in the list by views, whatever follows it)
            # ("the 2nd and 5th vids being tweeted": places in the list, then their posting; "the third video to
            # be posted": a place in posting order)
            gap = ent.tokens[at + 1 : m.start]
            # ("the 2nd and 3rd posted": places joined, the posting word after the last of them)
            run = all(t.s in lex.separators or j in ent.rank_at for j, t in enumerate(gap, at + 1))
            # (not "the one above 3rd from bottom posted on what day": a place counted from the bottom, by views)
            if k not in used_ranks and not listed_place(ent, lex, at) and said_at(
                    ent.words, at + 1, lex.from_bottom_words) is None and (at == m.end or (
                    0 < m.start - at <= NEAR + 1 and (run or not any(t.s in lex.separators for t in gap))
                    and not (any(t.s in lex.video_words for t in gap) and gap[-1].s not in lex.video_words
                             and lex.posting_order_joins.isdisjoint(t.w for t in gap))
                    # ("what was 5th?? ..., who posted it": another clause)
                    and (run or not break_after(ent, lex, at, m.start, asked=True)))):
                used_ranks.add(k)
                sets.orders.append((at, Order("posted", False), Slice(positions=(ent.ranks[k],))))
    _sort_said_again(sets)  # ("in date order, what's the 2nd video posted")
    if len(sets.orders) > 1 and all(o == sets.orders[0][1] and s is not None and s.positions and not s.n
                                    for _, o, s in sets.orders):
        # ("the 2nd and 3rd posted": places of one order, joined, one slice of it)
        places = tuple(sorted({p for _, _, s in sets.orders if s is not None for p in s.positions}))
        sets.orders = [(sets.orders[0][0], sets.orders[0][1], Slice(positions=places))]
    if len(sets.orders) > 1:
        sets.orders.sort(key=lambda o: o[0])
        (alone_at, _, alone), (at, _, scope) = sets.orders[-2:]
        # ("least viewed of the 3 latest": the count before the order word is the slice's own)
        at = next((num.start for num in ent.numbers if num.end == at), at)
        if scope is not None and (scope.n or 0) > 1 and (((alone is None or alone == Slice(n=1) or (
                (alone.n or 0) > 1 and not alone.positions))
                and not lex.within_words.isdisjoint(ent.words[max(0, at - 2) : at]))
                # ("the earliest top 3 vid", "2nd latest bottom 5": one end of an order, or one place from it, right
                # before a slice of another: the one picked from that slice)
                or (at - alone_at <= ADJACENT_ORDERS and (alone is None or alone == Slice(n=1) or (
                    not alone.n and len(alone.positions) == 1)) and not any(
                    num.start == alone_at + 1 for num in ent.numbers))):
            # "which is the newest of the bottom 3", "the bottom 2 of the top 5": the set said after "of" is the
            # one searched
            sets.orders[-2], sets.orders[-1] = sets.orders[-1], sets.orders[-2]

    # Ranks left over name single videos: "the 7th one", "#1 vs #10".
    # (one sort by posting said alone, with one place left over, no measure right after it: the place is in that
    # order; not "was the earliest posted video 4th?": a place said of that one video, by views)
    sorted_at = next((i for i, (at, o, s) in enumerate(sets.orders) if (o is SORTED and s is None) or (
        o.field == SORTED.field and s in (None, Slice(n=1)) and ent.words[at] in lex.sort_adverbs
        and len(said_orders) == 1)), None) if len(
        sets.orders) == 1 and len(ent.ranks) - len(used_ranks) == 1 and not ent.videos else None
    for k, (rank, at) in enumerate(zip(ent.ranks, ent.rank_at, strict=True)) if ent.rank_at else ():
        if k in used_ranks or (not ent.words[at].startswith("#") and any(at == s - 1 or at == s - 2
                                                                          for s, _, _ in sets.orders)):
            continue
        if any(r.start == at + 1 for r in ent.videos):
            continue  # "the #1 nhs vid": the place says which of the name's videos, not another video
        if len(ent.videos) > 1 and any(r.strong and (r.end == at or (r.end == at - 1 and ent.words[r.end]
                                                                   in lex.place_restated)) for r in ent.videos):
            continue  # "<title> was 9th and <title> 10th, both figures": each one's own place said again
        if sets.relative is not None and 1 <= rank <= len(lex.by_place) \
                and sets.relative[1].anchor == lex.by_place[rank - 1]:
            continue  # "4 spots below #1": the place counted from
        # (a video taken out before, then the place asked: "without <title> what would be 4th", "if u took out
        # <title> whats #1": the place among the rest, by views, the place itself not taken out)
        rest_of = [f_at for f_at, f in sets.filters if isinstance(f, (Named, Ranks)) and f.negate and f_at < at]
        asked_then = bool(rest_of) and not lex.question_words.isdisjoint(ent.words[rest_of[-1] : at])
        top_out = [len(f.positions) for f_at, f in sets.filters if f_at in rest_of and isinstance(f, Ranks)
                   and f.positions == tuple(range(1, len(f.positions) + 1))]
        if top_out and rank > top_out[0] and len(rest_of) == 1 and asked_then:
            # ("apart from the top 5 which one is 6th": a place past the top taken out is the list's own, the first
            # of the rest)
            sets.orders.append((at, Order("views", True), Slice(positions=(rank - top_out[0],))))
            continue
        asked_after = asked_then and not sets.orders and not ent.measures and 0 < rank <= len(lex.by_place)
        if negated(at, NEAR + 2) and not asked_after:  # "exclude the outlier at number one"
            sets.filters.append((at, Ranks((rank,), negate=True)))
            continue
        if asked_after:
            sets.orders.append((at, Order("views", True), Slice(positions=(rank,))))
            continue
        if sorted_at is not None and not listed_place(ent, lex, at) and not any(
                0 < m - at <= 2 for m in ent.measure_starts) and said_at(  # (not "was it 3rd by views")
                ent.words, at + 1, lex.from_bottom_words) is None:  # (nor "above 3rd from bottom posted when")
            # ("sorted by date, which was 2nd", "in date order what came 3rd": a place in the order said, not the
            # video at that place by views; not "#2", "video 2", "2nd place": a place in the list)
            sets.orders[sorted_at] = (sets.orders[sorted_at][0], sets.orders[sorted_at][1], Slice(positions=(rank,)))
            sorted_at = None
            continue
        sets.singles.append((at, Selection((Ranks((rank,)),)), Selection((Ranks((rank,)),))))
    if len(sets.singles) > 1:
        sets.singles.sort(key=lambda s: s[0])
    return sets


def _relatives(ent: Entities, lex: Lexicon, found: dict[str, list[Match]], relatives: dict[int, Match], sets: _Sets,
               used_numbers: set[int], posting: bool, many: bool = False,
               gathered: bool = False) -> tuple[set[int], list[VideoRef]]:
    """Places relative to a named video ("just below X", "two days after X"): the videos dated from one,
    and the anchors counted from."""
    ds = lex.dataset
    # "was X posted before or after Y": an order between the two, not a place next to Y.
    # ("was X above or below Y": the same in views order)
    pairs = ((("before", "after"), Order("posted", False)), (("above", "below"), Order("views", True))) \
        if len(relatives) >= 2 else ()
    for pair, order in pairs:
        either = [m for m in relatives.values() if m.payload in pair]
        if len(either) == 2 and either[0].payload != either[1].payload and len(ent.videos) >= 2 \
                and either[1].start - either[0].end <= 1:
            sets.orders.append((either[0].start, order, Slice(n=1)))
            relatives = {}
        elif len(either) == 2 and either[0].payload != either[1].payload and len(relatives) == 2:
            # ("ranked above <A> but below <B>", "posted after <A> and before <B>": the videos between the two)
            ends = [next((r for r in ent.videos if r.strong and 0 <= r.start - m.end < NEAR), None) for m in either]
            # (one clause: not "what is just above <A> and whats just below <B>", "the one after <A> and the one
            # before <B>", two places asked)
            # ("<title> vid but below ...": its own video word said after it)
            gap = ent.tokens[ends[0].end : either[1].start] if ends[0] is not None else []
            gap = gap[1:] if gap and gap[0].s in lex.video_words and gap[0].w not in lex.video_plurals else gap
            if ends[0] is not None and ends[1] is not None and ends[0].best != ends[1].best and all(
                    t.w in lex.stopwords and t.w not in lex.question_words and t.s not in lex.video_words
                    for t in gap) and _band_exists(lex, order, either[0].payload, ends[0].best, ends[1].best):
                sets.filters.append((either[0].start, Within(ends[0].best, ends[1].best, order)))
                return {ends[0].best, ends[1].best}, []
    if (len(relatives) == 1 and len(ent.videos) == 2 and ent.words and (
            ent.words[0] in lex.yes_no_openers or any(
                # (not "..., when was it posted": a question word's own "was it")
                not (p.start > 0 and ent.words[p.start - 1] in lex.wh_before_claims) for p in found.get("premise", ())))
            and not found.get("span")):
        # "was X posted b4 Y", "is X above Y", "X was just above Y right": the order of the two asked, not the place
        # next to Y
        m = next(iter(relatives.values()))
        if ent.videos[0].end <= m.start and m.end <= ent.videos[1].start:
            by_date = m.payload in ("before", "after")
            sets.orders.append((m.start, Order("posted", False) if by_date else Order("views", True), Slice(n=1)))
            relatives = {}
    if len(relatives) == 1 and len(ent.videos) == 2:
        # ("<A> was on place 2, after <B> — how many views": where A stands, stated before the question, no place
        # asked after B)
        m, (a, b) = next(iter(relatives.values())), ent.videos
        verb = next((k for k in range(a.end, m.start) if ent.tokens[k].s not in lex.video_words), m.start)
        end = next((k for k in range(b.end, len(ent.words)) if ent.tokens[k].s not in lex.video_words), len(ent.words))
        if a.strong and b.strong and a.end <= m.start and m.end <= b.start and ent.words[verb] in lex.place_restated \
                and end < len(ent.words) and break_after(ent, lex, end - 1, end) and not found.get("order"):
            return set(), []
    if relatives and ent.parties:
        # "the two vids going after the <party>": attacking them, no place after another
        starts = {ent.spans[p][0] for p in ent.parties if p in ent.spans}
        relatives = {k: m for k, m in relatives.items() if not (
            m.start > 0 and ent.words[m.start - 1] in lex.attack_verbs and any(0 <= s - m.end <= 1 for s in starts))}
    if not relatives:
        return set(), []
    # "after X in the ranking": views order
    ranking = any(t.s in lex.rank_words for t in ent.tokens)
    # "two days after X", "a week before X": the day that far from X's posting date.
    spans = {m.end: m for m in found.get("span", ())}
    dated_from: set[int] = set()
    # "two days after <poster>'s": someone who posted one video stands for it as a place to count from.
    anchors = list(ent.videos) or [
        VideoRef(*ent.spans[p], lex.posted[p], True) for p in ent.people
        if p in ent.spans and len(lex.posted.get(p, ())) == 1] or [
        # ("4 spots below the #1 video": a place written as a list position is a video to count from)
        # ("whats 3rd and the one after it": a place said, then pointed back to)
        VideoRef(at, at + 1, (lex.by_place[rank - 1],), True) for rank, at in zip(ent.ranks, ent.rank_at, strict=True)
        if len(ent.ranks) == 1 and 1 <= rank <= len(lex.by_place) and (listed_place(ent, lex, at) or (
            "order" not in found and any(m.start > at and m.end < len(ent.words) and ent.words[m.end] in
                                         lex.video_pronouns for m in relatives.values())))] or _place_anchor(
        ent, lex, found, relatives) or _dated_anchor(ent, lex, relatives)
    weekdays = {w.end: w for w in found.get("weekday", ())}  # ("the monday after <title>": that day)
    for ref in anchors:
        for start, m in list(relatives.items()):
            tweet = ds.videos[ref.best].tweet
            if m.start in weekdays and m.payload in ("after", "before") and 0 <= ref.start - m.end < NEAR and (
                    start not in spans) and tweet and tweet.date:
                # ("the monday after <title>", "the weekend before <title>": the first such day or days on that
                # side of its posting day)
                days = frozenset(int(d) for d in weekdays[m.start].payload.split())
                sets.filters.append((start, PostedBetween(*_weekday_beside(tweet.date, days, m.payload == "after"))))
                dated_from.add(ref.best)
                del relatives[start]
                continue
            if start in spans and m.payload in ("after", "before") and 0 <= ref.start - m.end < NEAR:
                if not (tweet and tweet.date):
                    # ("total views in the week after <undated title>": no date to count from, declined as such)
                    sets.relative = (start, Relative(ref.best, Order("posted", False),
                                                     1 if m.payload == "after" else -1))
                    del relatives[start]
                    continue
                counted = _count_before(ent, lex, spans[start].start + 1, used_numbers)
                units = counted or 1
                step = timedelta(days=units * (7 if spans[start].payload == "week" else 1))
                day = tweet.date + step if m.payload == "after" else tweet.date - step
                span_at = spans[start].start
                if (not counted and spans[start].payload == "week" and span_at > 0
                        and ent.words[span_at - 1] in lex.stretch_openers) or (counted and (gathered or not set(
                            ent.words[max(0, span_at - 2) : span_at]).isdisjoint(lex.stretch_openers))):
                    # ("in the week after <title>", "the 5 days after <title>", "10 days before <title>, sum of
                    # views?": the days that follow it or lead to it, not the one day that far on)
                    one = timedelta(days=1)
                    sets.filters.append((start, PostedBetween(tweet.date + one, day) if m.payload == "after"
                                         else PostedBetween(day, tweet.date - one)))
                else:
                    sets.filters.append((start, PostedBetween(day, day)))
                dated_from.add(ref.best)
                del relatives[start]
    # A place relative to a named video: "just below X", "posted right after X".
    placed: dict[int, int] = {}  # each place word's video counted from
    for ref in anchors if relatives else ():
        for start, m in relatives.items():
            # ("one position above the video featuring <name>", "... about Mr <name>": words that only lead to the
            # video between)
            # ("rank of <title>, and which one is just below it": the one video named before)
            # ("just above the one with exactly 3 million": the figure's own words too)
            # ("just below the <topic> video by <poster>": words of its own title too, the poster naming it)
            # ("what did <title> beat": a verb of winning, its one video on either side)
            if start in ent.beaten or (
                    0 <= ref.start - m.end < NEAR and not _aside_before(ent, lex, m.end, ref.start)) or (
                    0 <= ref.start - m.end <= 2 * NEAR and all(
                    t.w in lex.stopwords or t.s in lex.video_words or t.w in lex.describing_words
                    or t.w in lex.how_many_fillers or t.w in lex.honorifics or t.s in lex.title_stems[ref.best]
                    or t.w in lex.owner_before or _own_place_said(ent, lex, ref, k)
                    for k, t in enumerate(ent.tokens[m.end : ref.start], m.end))) or (
                    len(anchors) == 1 and ref.end <= m.start and m.end < len(ent.words) and (
                        ent.words[m.end] in lex.video_pronouns or ent.words[m.end] in lex.named_pronouns)
                    and not _aside_of_asker(ent, lex, ref.end, m)) or (
                    # ("<title> er just neche kon video": the place word after the video it is counted from, only a
                    # question or video word after it, as languages that put it after the noun say it)
                    len(anchors) == 1 and 0 <= m.start - ref.end <= 2 * NEAR and all(
                        (t.w in lex.stopwords or t.w in lex.describing_words or t.w in lex.how_many_fillers
                         or t.w in lex.numbers or t.w.isdigit() or t.w in lex.rank_words or t.w in lex.video_words)
                        # (not "<title> is just below which video": what it stands below asked, the other way)
                        and t.w not in lex.yes_no_openers and t.w not in lex.place_restated and t.w == t.s
                        for t in ent.tokens[ref.end : m.start]) and next((
                            # ("<title> kku thottu mukalil ulla video ethaanu": the video that is above, which)
                            t.w for t in ent.tokens[m.end :] if t.w in lex.question_words
                            or (t.w not in lex.stopwords and t.s not in lex.video_words)), "") in lex.question_words):
                if m.payload in ("before", "after") and ref.start >= m.end and any(
                        r.strong and r.best != ref.best and any(0 <= p.start - r.end <= 1 and p.end <= m.start
                                                                for p in found.get("posting", ()))
                        for r in ent.videos):
                    # ("when did <title> go up, before <title>?": one's posting set against the other's, the
                    # earlier of the two asked, as "did <title> go up before <title>")
                    if not sets.orders:
                        sets.orders.append((m.start, Order("posted", False), Slice(n=1)))
                    continue
                if placed.get(start) == ref.best and sets.relative is not None and sets.relative[0] == start:
                    continue  # (a video said again, "the <topic> video (the <poster>'s one)": counted from once)
                if start in placed and placed[start] != ref.best and ref.start > m.end:
                    continue  # ("directly above <title> — <title>?": counted from the first said, the other a guess)
                placed[start] = ref.best
                counted = _count_before(ent, lex, m.start, used_numbers)
                offset = counted or 1
                sign = -1 if m.payload in ("above", "before") else 1
                # ("the one after X": the next in the list; "posted after X", "what day ... after X": by date)
                # ("the vid right after the most viewed one, who posted it": a place in the views order counted from;
                # "posted after the most viewed one": by date)
                # ("who posted the vid right after <title> in the list": the list's order, a posting word or not)
                # ("the oldest vid and the one after it": after an end of the posting order, by date too; "the one
                # after the nov 17 vid": after a video named by its day)
                by_date = m.payload in ("after", "before") and (posting or bool(
                    ent.cues.get("date") or ent.cues.get("days") or ent.months or ent.days) or (
                    not ent.videos and any(o.payload in ("posted_asc", "posted_desc") and o.end <= m.start
                                           for o in found.get("order", ()))) or any(
                    w in lex.months for w in ent.words[ref.start : ref.end])) and not (
                    ranking and not posting) and not (m.end <= ref.start and _in_the_list_after(ent, lex, ref.end)
                                                      and not any(p.end in (m.start, m.start - 1)
                                                                  for p in found.get("posting", ()))) \
                    and not (
                    # ("the one after the 3rd from bottom, date?": a place in the list counted from, by views)
                    not ent.videos and (ref.best in _views_placed(ent, lex) or ref.best in {
                        lex.by_place[r - 1] for r, at in zip(ent.ranks, ent.rank_at, strict=True)
                        if 1 <= r <= len(lex.by_place) and said_at(ent.words, at + 1, lex.from_bottom_words)})
                    and not any(p.end in (m.start, m.start - 1) or m.start <= p.start < m.end
                                for p in found.get("posting", ())))
                if by_date and any(t.s in lex.rank_words for t in ent.tokens[max(0, m.start - 2) : m.start]):
                    by_date = False  # ("whats ranked right after the one posted on <day>": the list's order)
                order = Order("posted", False) if by_date else Order("views", True)
                place = lex.by_place.index(ref.best) + 1
                run = range(place - offset, place) if sign < 0 else range(place + 1, place + offset + 1)
                if counted and counted > 1 and not by_date and run[0] >= 1 and run[-1] <= len(lex.by_place) \
                        and _run_asked(ent, lex, m.start):
                    # ("what are the two above <title>", "which 3 videos are below it": that many places next to it,
                    # each, not the one that many places away; past an end of the list, as before: none that far)
                    sets.filters.append((start, Ranks(tuple(run))))
                    dated_from.add(ref.best)
                    continue
                if not counted and not by_date and sign > 0 and said_before(ent.words, m.start, lex.running_totals):
                    # ("the running total after the top 5", "cumulative views after <title>": every video down to it)
                    sets.filters.append((start, Ranks(tuple(range(1, place + 1)))))
                    dated_from.add(ref.best)
                    continue
                if not counted and not by_date and (_plural_before(ent, lex, m.start) or (
                        # ("which vids did <title> beat": every one it beat, the plural asked before the video)
                        start in ent.beaten and _plural_head(ent, lex, min(ref.start, m.start))) or (
                        gathered and not _singular_before(ent, lex, m.start))):
                    # ("which videos were above <title>", "the ones after the top 5", "total after the top 5": every
                    # place on that side)
                    side = range(1, place) if sign < 0 else range(place + 1, len(lex.by_place) + 1)
                    if side:
                        sets.filters.append((start, Ranks(tuple(side))))
                        dated_from.add(ref.best)
                        continue
                tweet = ds.videos[ref.best].tweet
                if by_date and not counted and tweet and tweet.date and (many or _plural_before(ent, lex, m.start) or (
                        # ("everything that went out before <title>", "all that was posted after it"; not "... right
                        # after it", the one)
                        (m.start == 0 or ent.words[m.start - 1] not in lex.next_only_words) and any(
                            w in lex.every_video_words or w in lex.all_words
                            for w in ent.words[max(0, m.start - EVERY_REACH) : m.start]))):
                    # ("add up everything posted before <title>": every one, not the one just before; "total of what
                    # came out right after <title>" is the one)
                    # every video posted before (or after) it: the days up to the day before, or from the day after
                    one = timedelta(days=1)
                    sets.filters.append((start, PostedBetween(None, tweet.date - one) if sign < 0
                                         else PostedBetween(tweet.date + one, None)))
                    dated_from.add(ref.best)
                    continue
                # ("how many views on <title> and the one below it": the video placed against asked of too)
                asked = ref.end <= m.start and not lex.clause_joins.isdisjoint(ent.words[ref.end : m.start])
                sets.relative = (start, Relative(ref.best, order, sign * offset, asked))
    return dated_from, anchors


def _measure_before_day(ent: Entities, lex: Lexicon, m: Match) -> bool:
    """ "views on mondays", "total views tuesday to thursday", "videos from saturdays": a measure or a plural video
    word right before the weekday (past "on"), not a time limit ("views by friday")."""
    k = m.start - 1 - (m.start > 0 and ent.words[m.start - 1] in lex.day_prepositions)
    return k >= 0 and ((k + 1 in ent.measure_ends and ent.words[k] in lex.video_measures)
                       or ent.words[k] in lex.video_plurals) and ent.words[m.start - 1] not in lex.period_end_before


def _weekdays_joined(ent: Entities, lex: Lexicon, found: dict[str, list[Match]], end: int,
                     start: int) -> str | None:
    """How two weekdays (the first ending at `end`, the next starting at `start`) are said together: "versus" (set
    against each other), "range" ("monday to friday"), "either" ("monday or friday"); None when they are not."""
    between = ent.words[end:start]
    if any(end <= v.start < start for v in found.get("versus", ())) or not lex.comparative_joins.isdisjoint(between):
        return "versus"
    if not between or not all(w in lex.range_words or w in lex.separators for w in between):
        return None
    return "range" if not lex.range_words.isdisjoint(between) else "either"


def _weekday_beside(day: date, weekdays: frozenset[int], after: bool) -> tuple[date, date]:
    """The first run of days on the weekdays given after a day (or the last before it): "the weekend after" a
    Thursday is the Saturday and Sunday that follow."""
    step = timedelta(days=1 if after else -1)
    first = day + step
    while first.weekday() not in weekdays:
        first += step
    last = first
    while (last + step).weekday() in weekdays:
        last += step
    return (first, last) if after else (last, first)


def _aside_before(ent: Entities, lex: Lexicon, end: int, start: int) -> bool:
    """Whether a place word ending at `end` is said of something of the asker's before a break, not of the video
    named from `start` ("quick one b4 handover - <title> views"): a word no table reads right after it."""
    return end < start and end not in ent.covered and unread_at(ent, end) and _marked_break(ent, lex, end, start)


def _aside_of_asker(ent: Entities, lex: Lexicon, end: int, place: Match) -> bool:
    """Whether the place words `place`, after a video named up to `end`, open a sentence of the asker's own after a
    break ("<title> views. RTB after this so quick": what they do next, no place after the video): a word right
    before them that no table reads, more said after "this" and none of it a video word ("entry after this",
    "straight after that one": the place asked), and no question word after the video."""
    at, rest = place.start, ent.tokens[place.end + 1 :]
    return end < at and (at - 1) not in ent.covered and unread_at(ent, at - 1) and bool(rest) \
        and not any(t.s in lex.video_words for t in rest) \
        and lex.question_words.isdisjoint(ent.words[end:]) and _marked_break(ent, lex, end - 1, at)


def _marked_break(ent: Entities, lex: Lexicon, start: int, end: int) -> bool:
    """Whether a mark (a full stop, a dash, a comma) follows one of the words start..end-1, no joining word
    ("than" of "below ... than <title>") standing for one."""
    return lex.separators.isdisjoint(ent.words[start + 1 : end]) and break_after(ent, lex, start, end)


def _own_place_said(ent: Entities, lex: Lexicon, ref: VideoRef, at: int) -> bool:
    """Whether the word at `at` is the place of the video a place is counted from, said of it ("just under the number
    one <title> video", "below the #1 <title> one"): a rank word or the place itself."""
    if ent.tokens[at].s in lex.rank_words:
        return True
    place = lex.by_place.index(ref.best) + 1
    return any(a == at and r == place for r, a in zip(ent.ranks, ent.rank_at, strict=True))


def _said_of_anchor(ent: Entities, lex: Lexicon, said: tuple[int, Order, Slice | None], anchor: int) -> bool:
    """Whether an order of views with no slice beyond one stands right beside the video a place is counted from
    (only function words between), and picks that very video ("the <topic> one at the top")."""
    at, order, slice_ = said
    if order is SORTED or (slice_ is not None and slice_ != Slice(n=1)) or order.field != "views" \
            or _views_end(lex, "views_desc" if order.descending else "views_asc") != anchor:
        return False
    return any((r.best == anchor and (0 <= at - r.end <= NEAR or 0 <= r.start - at <= 2)) and all(
        t.w in lex.stopwords or t.s in lex.video_words for t in ent.tokens[min(at + 1, r.end) : max(at, r.start)])
        for r in ent.videos)


def _place_said_before(ent: Entities, lex: Lexicon, relative: tuple[int, Relative]) -> dict[int, int]:
    """The places said right before a place next to a video in the views order ("which came second behind the
    <title> one"), each with the place the relative words give (when the two agree, the place is said twice)."""
    at, rel = relative
    if rel.order.field != "views":
        return {}
    place = lex.by_place.index(rel.anchor) + 1 + rel.offset
    said: dict[int, int] = {}
    for k, start in enumerate(ent.rank_at):
        word = ent.words[start]
        # (an ordinal: "ranked one below <title>", "the video 2 above it" count places, no place said)
        if 0 < at - start <= PLACE_SAID_REACH and (
                word in lex.ordinals or (word[:1].isdigit() and word[-2:] in lex.ordinal_suffixes)) and all(
                w in lex.place_nouns_after or w in lex.run_verbs or w in lex.place_at_after
                for w in ent.words[start + 1 : at]):
            said[k] = place
    return said


PLACE_SAID_REACH = 3  # words from a place said to the relative word of the same place ("second position behind")
EVERY_REACH = 5  # words from "everything" or "all" to the posting order's word ("all that was posted after")
PLURAL_REACH = 3  # words from a plural video word to the relative word it is placed by ("the videos ranked above")


def _plural_head(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether the words before `at` ask for several videos ("which vids did <title> beat", "what ones ..."): a
    plural video word with no partitive before it ("which of the videos ...": one of them)."""
    for k in range(at):
        if ent.words[k] in lex.partitive_words:
            return False
        if ent.tokens[k].w in lex.video_plurals or ent.tokens[k].s in lex.video_plurals:
            return True
    return False


def _plural_before(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether a plural video word, the head of what is asked, stands a few words before the relative word at `at`
    ("the ones after", "which videos were above"); not one picked out of them ("which of the videos is just above",
    "out of the vids, whats just below"): no partitive before it, only plural run verbs between."""
    for k in range(at - 1, max(-1, at - 1 - PLURAL_REACH), -1):
        t = ent.tokens[k]
        if t.w in lex.every_video_words:
            return True  # ("everything below 5th")
        if t.w in lex.video_plurals or t.s in lex.video_plurals:
            j = k - 1
            while j >= 0 and (ent.words[j] in lex.determiners or ent.words[j].isdigit() or ent.words[j] in lex.numbers):
                j -= 1  # ("of the 10 videos")
            return not (j >= 0 and ent.words[j] in lex.partitive_words) and all(
                w in lex.plural_run_verbs for w in ent.words[k + 1 : at])
    return False


def _singular_before(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether one video is said a few words before the relative word at `at` ("the video after", "the one
    below")."""
    return any(t.s in lex.video_words and t.w not in lex.video_plurals
               for t in ent.tokens[max(0, at - PLURAL_REACH) : at])


def _run_asked(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether the number before the relative word at `at` counts videos, not places: "the two above", "which two
    videos ranked above" (a determiner or question word before it, or a plural video word after it), not "two places
    above" (a place word between)."""
    k = at - 1
    while k >= 0 and ent.words[k] in lex.run_verbs:
        k -= 1  # ("which two videos RANKED above")
    plural = k >= 0 and ent.words[k] in lex.video_plurals
    if plural:
        k -= 1
    if k < 0 or not (ent.words[k].isdigit() or ent.words[k] in lex.numbers):
        return False
    return plural or (k > 0 and (ent.words[k - 1] in lex.determiners or ent.words[k - 1] in lex.question_words))


def _views_placed(ent: Entities, lex: Lexicon) -> set[int]:
    """The videos a views order said picks first ("the most viewed", "the least viewed")."""
    said = {m.payload for m in ent.query.get("order", ())}
    return {_views_end(lex, payload) for payload in said & {"views_desc", "views_asc"}}


def _dated_anchor(ent: Entities, lex: Lexicon, relatives: dict[int, Match]) -> list[VideoRef]:
    """ "the one posted after the nov 17 vid", "before the 8th dec one": a day said right after the place word with
    a video word after it, the one video posted that day, is the video counted from."""
    if len(relatives) != 1:
        return []
    m = next(iter(relatives.values()))
    for at, (month, day) in zip(ent.day_at, ent.days, strict=True):
        if not 0 <= at - m.end <= NEAR + 1:  # (the words between may hold the video word: "after the vid from <day>")
            continue
        start, end = at, next((k + 1 for k in range(at + 1, min(at + DAY_WORDS + 1, len(ent.tokens)))
                               if ent.tokens[k].s in lex.video_words), None)
        if end is not None and at - m.end >= NEAR:
            continue
        if end is None and (said := next((k for k in range(m.end, at) if ent.tokens[k].s in lex.video_words), None)) \
                is not None:
            # ("the one after the vid from nov 17th": the video word said before the day)
            start, end = said, min(at + DAY_WORDS, len(ent.tokens))
        posted = [k for k, v in enumerate(lex.dataset.videos) if v.tweet is not None and v.tweet.date is not None
                  and (v.tweet.date.month, v.tweet.date.day) == (month, day)]
        if end is not None and len(posted) == 1:
            return [VideoRef(start, end, (posted[0],), True)]
    return []


DAY_WORDS = 3  # words a day may take before the video word said of it ("the 17th of nov vid")


def _place_anchor(ent: Entities, lex: Lexicon, found: dict[str, list[Match]],
                  relatives: dict[int, Match]) -> list[VideoRef]:
    """ "one below the most viewed video", "just above the least viewed", "the one above the 5th": a place in the
    views order said right after "above" or "below" (or "after": next in the list; only function words between) is
    the video to count from."""
    if len(relatives) != 1:
        return []
    m = next(iter(relatives.values()))

    def between(at: int) -> bool:
        return all(t.w in lex.stopwords for t in ent.tokens[m.end : at])

    for o in found.get("order", ()):
        # ("below the 2nd most viewed": the place said before the order, counted in it)
        placed = [k for k, at in enumerate(ent.rank_at) if o.start - 2 <= at < o.start]
        start = ent.rank_at[placed[0]] if placed else o.start
        if o.payload in TIME_ENDS and m.payload in ("after", "before") and (any(
                p.end in (m.start, m.start - 1) for p in found.get("posting", ())) or _month_of_end(ent, o) or any(
                s.end == m.start for s in found.get("span", ()))):
            # ("3 days before the last one": days counted from an end, the posting order's)
            # ("the vid posted right after the first one", "just before the last november one": an end of the
            # posting order, with a time word or a month said)
            o = o._replace(payload=TIME_ENDS[o.payload])
        whose = next((p for p in ent.people if p in ent.spans and 0 <= o.start - ent.spans[p][1] <= 1), None) \
            if o.payload in ANCHOR_ENDS and ent.people else None
        said_from = ent.spans[whose][0] if whose else start
        if o.payload in ANCHOR_ENDS and not placed and 0 <= said_from - m.end < NEAR and between(said_from) and (
                month := _month_of_end(ent, o)) is not None and (
                o.payload in ("posted_asc", "posted_desc") or month or whose):
            # ("just under the earliest posted one", "above the latest november vid", "under the lowest ranked
            # december one", "right above <name>'s latest post": the end of an order, in a month or of someone's
            # when said with it, is the video counted from)
            end = _end_in(lex, o.payload, month, frozenset(lex.posted.get(whose, ())) if whose else None)
            last = max([o.end, *(at + 1 for at in ent.month_at if o.start <= at <= o.end + MONTH_OF_END)])
            return [VideoRef(min(start, said_from), last, (end,), True)] if end is not None else []
        if o.payload in ("views_desc", "views_asc") and 0 <= start - m.end < NEAR and between(start):
            k = ent.ranks[placed[0]] if placed else 1
            counted = 0 if placed or found.get("posting") else next(
                (int(n.value) for n in ent.numbers if n.start == o.end and n.value == int(n.value)
                 and 1 < n.value <= len(lex.by_place)), 0)
            if counted:
                # ("the one after the top 5", "just above the bottom 3": the set's far end, the side asked, is the
                # place counted from)
                away = m.payload in ("after", "below")
                k = counted if away == (o.payload == "views_desc") else 1
                end = o.end + 1  # (the count's own word is part of the place)
            else:
                end = o.end
            if not 1 <= k <= len(lex.by_place):
                return []
            return [VideoRef(start, end, (_views_end(lex, o.payload, k),), True)]
    if m.end < len(ent.words) and ent.words[m.end] in lex.video_pronouns and not ent.ranks and (
            end_said := _end_said_before(ent, lex, found, m.start)) is not None:
        # ("the least viewed video, and the one above it": one end of the views order said before, the video "it"
        # stands for)
        end_video = _end_video(lex, end_said.payload)
        return [VideoRef(end_said.start, end_said.end, (end_video,), True)] if end_video is not None else []
    if m.payload in ("above", "below") and m.end < len(ent.words) and ent.words[m.end] in lex.video_pronouns \
            and not ent.ranks and (posted := _posting_end_before(ent, lex, found, m.start)) is not None and (
            month := _month_of_end(ent, posted)) is not None and (
            end := _end_in(lex, posted.payload, month)) is not None:
        # ("the most recent one, whats just under it", "oldest vid - whats directly below it": the video at that end
        # of the posting order, in the month said with it, is what "it" stands for; its place in views counted from)
        return [VideoRef(posted.start, posted.end, (end,), True)]
    if m.payload not in ("above", "below") and (found.get("posting") or ent.months or ent.days) and not any(
            said_at(ent.words, at + 1, lex.from_bottom_words) is not None for at in ent.rank_at):
        # ("posted after the 5th": a day of the month; "what came after the 5th", "the one after the 2nd from
        # bottom, when was it posted" are places)
        return []
    if len(ent.ranks) == 1 and 1 <= ent.ranks[0] <= len(lex.by_place) and 0 <= ent.rank_at[0] - m.end < NEAR \
            and between(ent.rank_at[0]) and not found.get("order"):
        return [VideoRef(ent.rank_at[0], ent.rank_at[0] + 1, (lex.by_place[ent.ranks[0] - 1],), True)]
    return []


ANCHOR_ENDS = frozenset({"posted_asc", "posted_desc", "views_desc", "views_asc"})
TIME_ENDS = {"first": "posted_asc", "last": "posted_desc"}  # "after the first one" when time is said: by date
MONTH_OF_END = 3  # words between an order's end and the month said of it ("the latest posted november vid")


def _month_of_end(ent: Entities, o: Match) -> int | None:
    """The month said with an order's end ("the lowest ranked december one"): 0 for none, None when more than one
    month or a day is said."""
    near = [mo for mo, at in zip(ent.months, ent.month_at, strict=True) if o.start <= at <= o.end + MONTH_OF_END]
    if ent.days or len(near) > 1 or len(near) != len(ent.months):
        return None
    return near[0] if near else 0


def _end_in(lex: Lexicon, payload: str, month: int, among: frozenset[int] | None = None) -> int | None:
    """The video at one end of an order ("posted_asc": the earliest posted), of those posted in `month` (0: all)
    and, given, `among` (someone's)."""
    ds = lex.dataset
    if payload in ("views_desc", "views_asc"):
        ranked = [k for k in lex.by_place if (not month or (
            (t := ds.videos[k].tweet) is not None and t.date is not None and t.date.month == month))
            and (among is None or k in among)]
        return (ranked[0] if payload == "views_desc" else ranked[-1]) if ranked else None
    dated = [(t.date, k) for k, v in enumerate(ds.videos) if (t := v.tweet) is not None and t.date is not None
             and (not month or t.date.month == month) and (among is None or k in among)]
    if not dated:
        return None
    day = min(dated)[0] if payload == "posted_asc" else max(dated)[0]
    same = [k for d, k in dated if d == day]
    return same[0] if len(same) == 1 else None  # (two posted that day: no one video at that end)


def _sort_said_again(sets: _Sets) -> bool:
    """A sort by posting dropped where the same order is said with a slice of it too ("which came first
    chronologically", "in date order, what's the 2nd video posted"): the slice's order is the sort said again.
    Whether it was dropped."""
    if not any(o == SORTED and o is not SORTED and s is not None for _, o, s in sets.orders):
        return False
    sets.orders = [x for x in sets.orders if x[1] is not SORTED]
    return True


def _merge_orders(ent: Entities, lex: Lexicon, sets: _Sets, relative: bool) -> None:
    """ "the top three most viewed", "bottom 3, the flops": one order said twice is one order, with the
    slice either gave; next to each other, or anywhere when one of the two gives no slice."""
    if any(o is SORTED for _, o, _ in sets.orders):
        # "in date order, newest first", "sort by date oldest to newest", "order the top 4 by date, earliest
        # first": the way said first is the sort (any other order, the top 4, is the set sorted)
        ways = [x for x in sets.orders if x[1] is not SORTED and x[2] is None and x[1].field == SORTED.field]
        if ways:
            sets.orders = [x for x in sets.orders if x[1] is not SORTED and (x[2] is not None or x is ways[0]
                                                                             or x[1].field != SORTED.field)]
            if len(sets.orders) == 1:
                return
        elif _sort_said_again(sets) and len(sets.orders) == 1:  # ("which came first chronologically")
            return
    merged: list[tuple[int, Order, Slice | None]] = []
    for at, order, slice_ in sets.orders:
        # ("in order of posting, oldest first": one sort said twice)
        # ("the gap between the top video and the runner-up": two sides of a gap, apart, are two places)
        same = next((k for k, m in enumerate(merged) if m[1] == order and (order is SORTED) == (m[1] is SORTED)
                     and (at - m[0] <= NEAR or m[2] is None or slice_ is None or m[2] == slice_)
                     and (relative or at - m[0] <= 2 or m[2] == slice_)), None)
        if same is not None:
            prev_at, _, prev_slice = merged[same]
            merged[same] = (prev_at, order, prev_slice or slice_)
        else:
            merged.append((at, order, slice_))
    sets.orders = merged
    if len(merged) == 2 and merged[0][1].field != merged[1][1].field and abs(merged[1][0] - merged[0][0]) <= NEAR \
            and all(s is None or s == Slice(n=1) for _, _, s in merged):
        # "which tweet is the last one, newest?": a bare "last" beside a posting order is that order's end
        bare = [k for k, (at, o, _) in enumerate(merged) if o.field == "views" and ent.words[at] in lex.end_words]
        if len(bare) == 1:
            sets.orders = merged = [merged[1 - bare[0]]]
    # The two ends of one order: "oldest → newest" is a sort; "the oldest and the newest" both ends.
    # ("the 2nd most viewed plus the 2nd least viewed": a place from each end)
    if (len(merged) == 2 and merged[0][1].field == merged[1][1].field and merged[0][1] != merged[1][1]
            and all(s is None or s == Slice(n=1) or len(s.positions) == 1 for _, _, s in merged)):
        (end_at, end_order, first), (later, _, second) = merged
        if any(t.s in lex.separators for t in ent.tokens[end_at:later]):
            k, j = ((s.positions[0] if s is not None and s.positions else 1) for s in (first, second))
            sets.orders = [(end_at, end_order, Slice(positions=(k, -j)))]
        elif later - end_at <= NEAR and relative:  # ("most viewed minus least viewed": two sides)
            sets.orders, sets.in_order = merged[:1], True


def _both_slices(ent: Entities, lex: Lexicon, sets: _Sets) -> tuple[int, tuple[int, ...]] | None:
    """Where the first of two slices from the two ends of the views order stands, joined by a separator ("top 3 and
    bottom 3"), and the places they cover; else None."""
    if len(sets.orders) != 2 or sets.singles or sets.relative is not None:
        return None
    (a_at, a, a_slice), (b_at, b, b_slice) = sets.orders
    if a is SORTED or b is SORTED or a.field != "views" or b.field != "views" or a == b or not any(
            t.s in lex.separators for t in ent.tokens[a_at:b_at]) or any(
                a_at < m.start < b_at for m in ent.query.get("operation", ())):
        return None  # ("top 5 combined and bottom 5 combined": a figure of each)
    n = len(lex.dataset.videos)
    places: list[int] = []
    for order, slice_ in ((a, a_slice), (b, b_slice)):
        said = slice_.positions if slice_ is not None and slice_.positions else tuple(
            range(1, (slice_.n if slice_ is not None and slice_.n else 1) + 1))
        places += [p if order.descending else n - p + 1 for p in said if 1 <= p <= n]
    return a_at, tuple(sorted(set(places)))


def _end_slice(place: int) -> Slice:
    """One place of an order: the first as a slice of one, as a lone end is read."""
    return Slice(n=1) if place == 1 else Slice(positions=(place,))


@lru_cache(maxsize=256)
def _month_days(year: int, month: int) -> int:
    """How many days a month has (calendar.monthrange works out its first weekday too, in Python)."""
    return calendar.monthrange(year, month)[1]


@lru_cache(maxsize=1024)
def _named(videos: tuple[int, ...]) -> Selection:
    """The selection of these videos (immutable: made once per group of videos, not once per question)."""
    return Selection((Named(videos),))


def _places_said_again(lex: Lexicon, found: dict[str, list[Match]], sets: _Sets) -> None:
    """Drop the places said beside the very videos they are ("number nine versus number ten, <title> versus
    <title>"): the places said first, then the videos, set against each other, or the same videos each way (not
    "<A> came 5th, just after <B>", a place claimed of one of them)."""
    named = {v for _, s, _ in sets.singles for f in s.filters if isinstance(f, Named) for v in f.videos}
    said_again = [x for x in sets.singles if len(x[1].filters) == 1 and isinstance(f := x[1].filters[0], Ranks)
                  and not f.negate and all(1 <= p <= len(lex.by_place) for p in f.positions)]
    at_places = {lex.by_place[p - 1] for x in said_again for f in x[1].filters if isinstance(f, Ranks)
                 for p in f.positions}
    first_named = min((x[0] for x in sets.singles if x not in said_again), default=-1)
    if said_again and (at_places == named or (at_places <= named and found.get("versus") and all(
            x[0] < first_named for x in said_again))) and len(sets.singles) - len(said_again) >= 2:
        sets.singles = [x for x in sets.singles if x not in said_again]


def _clause_apart(ent: Entities, lex: Lexicon, at: int, others: list[int]) -> bool:
    """Whether a joining word, a comma or a question mark stands between the word at `at` and each of `others`."""
    return bool(others) and all(break_after(ent, lex, min(at, o), max(at, o), asked=True) for o in others)


def _in_the_list_after(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether "in the list", "in the ranking" follows the video named up to `at` (its video word between), with no
    word of time right after it ("in the list by date": the posting order)."""
    n = len(ent.tokens)
    k = at + (at < n and ent.tokens[at].s in lex.video_words)
    if not (k < n and ent.words[k] in lex.within_words) and at > 0 and ent.words[at - 1] in lex.within_words:
        k = at - 1  # (a title's own last word read as its: "<name> on" of "<name> on <programme>", "on the list")
    if not (k < n and ent.words[k] in lex.within_words):
        return False
    k += 1 + (k + 1 < n and ent.words[k + 1] in lex.determiners)
    return k < n and (ent.words[k] in lex.list_words or ent.tokens[k].s in lex.rank_words) \
        and lex.list_in_time.isdisjoint(ent.words[k + 1 : k + 4])


def _end_of_list(ent: Entities, lex: Lexicon, found: dict[str, list[Match]], at: int) -> bool:
    """Whether the words from `at` say the list an end is of, "(one) in the (top 10) list", "on the chart", with no
    posting or time word in the same clause after it ("on the list being posted", "in time order": the posting order)
    and no order of posting said."""
    k, n = at + (at < len(ent.tokens) and ent.tokens[at].s in lex.video_words), len(ent.tokens)
    if not (k < n and ent.words[k] in lex.within_words and ent.words[k] not in lex.day_of):
        return False
    k += 1 + (k + 1 < n and ent.words[k + 1] in lex.determiners)
    if not (k < n and (ent.words[k] in lex.list_words or ent.words[k] in lex.top_words
                       or ent.tokens[k].s in lex.rank_words)) \
            or any(o.payload in POSTING_WAYS for o in found.get("order", ())):
        return False
    posted = {p.start for p in found.get("posting", ())}
    for j in range(k + 1, n):
        if ent.words[j] in lex.question_words:
            return True
        if break_after(ent, lex, j - 1, j, asked=True):
            # (a clause after it that only says the order, "the last one in the list, date-wise?", is still of it;
            # one that asks more, "..., who tweeted it", is not)
            rest = ent.words[j : next((e for e in range(j + 1, n) if break_after(ent, lex, e - 1, e, True)), n)]
            return not lex.question_words.isdisjoint(rest) or lex.list_in_time.isdisjoint(rest)
        if j in posted or ent.words[j] in lex.list_in_time:  # ("... on the list in time order": posting after all)
            return False
    return True


@lru_cache(maxsize=64)  # a few meanings: the same immutable orders, not new objects per question
def _order(meaning: str, posting: bool) -> Order:
    if meaning == "last":
        return Order("posted", True) if posting else Order("views", False)
    if meaning == "first":
        return Order("posted", False) if posting else Order("views", True)
    field_, _, direction = meaning.partition("_")
    return Order("posted" if field_ == "posted" else "views", descending=direction == "desc")


ADJACENT_ORDERS = 2  # "earliest (posted) top 3": an order this many words before a sliced one, said as one phrase


def _count_near(ent: Entities, lex: Lexicon, m: Match, used: set[int], orders: Sequence[Match] = ()) -> int | None:
    """A small whole number just before or after an order phrase: "3 least watched", "top 3", "the 3 at the bottom"
    (not one right beside another order phrase: "earliest posted top 10", the 10 is the top's)."""
    for num in ent.numbers:
        if num.start in used or num.scaled or not num.value.is_integer() or not 1 <= num.value <= 1000 or (
                num.end < len(ent.words) and ent.words[num.end] in lex.factor_times):
            continue  # (not "is the top video 3 times <B>": a scale)
        gap = min(g for g in (m.start - num.end, num.start - m.end, 9) if g >= 0)
        if gap > 1 and not ent.videos and _counted_up_to(ent, lex, num, m.start):
            gap = 0  # ("the 3 at the bottom"; not "<title> and <title>, the two at the bottom": those two)
        if gap and any(o is not m and (o.end == num.start or o.start == num.end) for o in orders):
            continue
        if gap <= 1:
            used.add(num.start)
            return int(num.value)
    return None


def _count_before(ent: Entities, lex: Lexicon, start: int, used: set[int]) -> int | None:
    """A number a few words before a relative phrase: "two places below" (not another part's: "... was on place
    2, after <title>", a place claimed, then where it stands)."""
    for num in ent.numbers:
        if num.start not in used and 0 < start - num.start <= NEAR and not num.scaled and num.value.is_integer() \
                and not break_after(ent, lex, num.start, start):
            used.add(num.start)
            return int(num.value)
    for at, place in zip(ent.rank_at, ent.ranks, strict=True):
        if 0 < start - at <= NEAR and at not in used and (ent.words[at].isdigit() or ent.words[at] in lex.numbers) \
                and not break_after(ent, lex, at, start):
            # "the video 2 above <title>": a digit after a video word reads as a place ("video 4"), but before
            # "above" it counts places
            used.add(at)
            return place
    return None


def _ranks_before(ent: Entities, lex: Lexicon, start: int, used: set[int], listed: bool) -> tuple[int, ...]:
    """Ordinals just before an order phrase, one after another: "second earliest", "2nd and 3rd most viewed".

    Places written as list positions ("#3") count only when the order is the list's own (`listed`): "was #2
    or #3 posted first" names two videos by views."""
    taken: list[int] = []
    edge = start
    for k in sorted(range(len(ent.rank_at)), key=lambda k: -ent.rank_at[k]):
        at = ent.rank_at[k]
        if k not in used and 0 < edge - at <= 2 and (listed or not listed_place(ent, lex, at)) and not (
                edge == start and break_after(ent, lex, at, edge)):
            # ("3rd, last spot": no "3rd last"; "2nd, 3rd most viewed": a list of places before the order)
            used.add(k)
            taken.append(ent.ranks[k])
            edge = at
    return tuple(sorted(taken))


def _rank_joined_after(ent: Entities, lex: Lexicon, end: int, used: set[int], orders: list[Match]) -> tuple[int, ...]:
    """An ordinal right after an order phrase and a joining word, with no order of its own after it: "3rd most
    watched and 4th", "the top vid and the 3rd one" (not "3rd most viewed and 4th least viewed")."""
    while end < len(ent.words) and ent.tokens[end].s in lex.video_words:
        end += 1  # ("the top vid and ...": the video word the order is said of)
    at = end + 1
    while at < len(ent.words) and ent.words[at] in lex.determiners:
        at += 1  # ("... and the 3rd one")
    k = next((k for k, place in enumerate(ent.rank_at) if place == at and k not in used), None)
    if k is None or end >= len(ent.words) or ent.words[end] not in lex.separators or any(
            o.start == at + 1 for o in orders):
        return ()
    used.add(k)
    return (ent.ranks[k],)


def _rank_ranges(ent: Entities, lex: Lexicon, found: dict[str, list[Match]], used: set[int],
                 used_ranks: set[int], pair: bool = False) -> list[tuple[int, Filter]]:
    """Two places joined by a range word or a dash: "ranks 4 to 6", "ranked 4 to 7", "videos 6-10"."""
    out: list[tuple[int, Filter]] = []
    joins = {m.start for m in found.get("range", [])}
    joined_by = {k for m in found.get("range", ()) for k in range(m.start, m.end)}  # ("3rd down to 7th")
    # Each end: (start, end, value, which rank it is if it was read as one).
    ends: list[tuple[int, int, int, int | None]] = [(n.start, n.end, int(n.value), None) for n in ent.numbers
            if not n.scaled and n.value.is_integer() and n.start not in used]
    # "4th", "#4"; "fourth" only in "<place word> <ordinal> to <ordinal>" or "<ordinal> to <ordinal>" ("first to
    # post" is no place)
    worded = {k for k, at in enumerate(ent.rank_at) if not ent.words[at].lstrip("#")[:1].isdigit()
              and not _placed_in_words(ent, lex, at)}
    ends += [(at, at + 1, rank, k) for k, (rank, at) in enumerate(zip(ent.ranks, ent.rank_at, strict=True))
             if k not in used_ranks]
    ends.sort()
    if pair and len(ends) == 2 and not any(r.strong for r in ent.videos) and not _range_said(ent, lex, found, ends):
        # ("ratio of #1 to #10", "% fall from 1st to 2nd": two sides of a pair, no range; not "places 7 to 10 all
        # together, do they beat <title>? by how much": one side, the video named the other)
        return out
    # "ranks 8 9 and 10", "videos 5, 6 and 7": whole numbers one after another (or joined by "and") after a
    # plural place word or a plural video word.
    run = [e for e in ends if e[3] is None]
    # ("rank 8, 9 and 10": the first read as a place after its word, the rest as numbers after it)
    lead = next((e for e in ends if e[3] is not None and e[0] > 0 and ent.words[e[0] - 1] in lex.rank_words
                 and run and e[1] <= run[0][0] and all(t.s in lex.separators for t in ent.tokens[e[1] : run[0][0]])),
                None)
    if lead is not None:
        run = [lead, *run]
    trail = _place_word_after_run(ent, lex, ends, run) if run and lead is None else []
    if trail:
        run = trail  # ("mean for 6 7 and 8 place": whole numbers listed before one said with its place word)
    if trail or (run and run[0][0] > 0 and ((ent.tokens[run[0][0] - 1].s in lex.rank_words and (
            lead is not None or ent.words[run[0][0] - 1] not in lex.rank_words))
            or ent.words[run[0][0] - 1] in lex.video_plurals
            # ("what videos are 9 and 10": a plural video word, then "are")
            or (run[0][0] >= 2 and ent.words[run[0][0] - 1] in lex.yes_no_openers
                and ent.words[run[0][0] - 2] in lex.video_plurals)
            # ("more than 2 and 3 combined": small whole numbers set against a video are places, no count of views;
            # "sum of 2 and 3", "average of 4 and 5": places right after an operation)
            or (ent.words[run[0][0] - 1] in lex.comparative_joins and ent.videos)
            or (ent.words[run[0][0] - 1] in lex.range_of and (any(
                m.end == run[0][0] - 1 for m in found.get("operation", ()))
                or (run[0][0] >= 2 and ent.words[run[0][0] - 2] in lex.video_measures))))):
        listed, separated, gapped = [run[0]], False, False
        for e in run[1:]:
            between = ent.tokens[listed[-1][1] : e[0]]
            if len(between) > 1 or any(t.s not in lex.separators for t in between):
                break
            separated = separated or bool(between)
            gapped = gapped or (not between and e[2] != listed[-1][2] + 1)
            listed.append(e)
        places = [e[2] for e in listed]
        # ("ranks 4-6": a range, read below; "ranks 3, 5 and 7": a list, its commas dropped, closed by "and")
        if len(listed) > 1 and (separated or not gapped or len(listed) > 2) and places == sorted(set(places)) \
                and places[-1] <= len(lex.dataset.videos):
            used |= {e[0] for e in listed}
            used_ranks |= {e[3] for e in listed if e[3] is not None}
            return [(listed[0][0], Ranks(tuple(places)))]
    range_ends: set[int] = set()
    for a, b in pairwise(ends):
        gap = b[0] - a[1]
        between = ent.tokens[a[1] : b[0]]
        # ("6 to 10"; "number 6 up to number 10": a range word among place and filler words)
        joined = gap == 0 or (gap == 1 and a[1] in joins) or (1 < gap <= NEAR and any(
            a[1] <= j < b[0] for j in joins) and all(t.s in lex.rank_words or t.s in lex.video_words
                                                     or t.w in lex.stopwords or t.w in lex.range_fillers
                                                     for k, t in enumerate(between, a[1])
                                                     if t.w not in lex.range_words and k not in joined_by))
        before = ent.tokens[a[0] - 1].s if a[0] > 0 else ""
        # ("ranks 1 to 5 and 6 to 10": a second range after the first, joined by "and")
        # ("top 6-10", "top 6 to 10": the places from the one to the other, not the top 6; not "top 3, 4 and 5", a
        # list, its commas lost: a dash said between)
        opened = a[3] is not None or before in lex.rank_words or before in lex.generic_words or (
            before in lex.top_words and (
                (gap == 0 and re.search(rf"\b{a[2]}\s*[-–]\s*#?{b[2]}\b", ent.text) is not None)
                or (gap == 1 and a[1] in joins))) or (
            before in lex.separators and a[0] - 1 in range_ends) or (
            # ("the ones from 6 to 10", "videos of 6 to 10": places after a video word and "from", or a plural one
            # and "of", no multiplier after them)
            a[0] >= 2 and ((before in lex.range_from and ent.tokens[a[0] - 2].s in lex.video_words) or (
                before in lex.range_of and ent.words[a[0] - 2] in lex.video_plurals
                and not _unit_after(ent, lex, b[1])))
            and not (b[1] < len(ent.tokens) and ent.tokens[b[1]].w in lex.multipliers)) or (
            # ("sum of 6 to 10", "views of 6 to 10": places right after an operation or the measure)
            before in lex.range_of and (any(m.end == a[0] - 1 for m in found.get("operation", ()))
                                        or (a[0] >= 2 and ent.words[a[0] - 2] in lex.video_measures))) or (
            # ("8-10 whats the total", "median 1-5", "the 4-7 total": two places typed with a dash alone, at the
            # start or after a list word, an operation, "than" or a filler word; no other place, order, date, unit,
            # bound or video around them)
            gap == 0 and len(ends) == 2 and not (ent.months or ent.days or ent.videos or found.get("order")) and (
                not _unit_after(ent, lex, b[1])) and (
                a[0] == 0 or before in lex.list_words or before in lex.comparative_joins
                or any(m.end == a[0] for m in found.get("operation", ()))
                or (before in lex.stopwords and before not in lex.within_words and before not in lex.between_words))
            and re.search(rf"(?<![\d.#])\b{a[2]}\s*[-–]\s*{b[2]}\b(?![.,]\d)", ent.text) is not None) or (
            # ("list 5 to 8", "show 5 to 8": a range word between two places right after a list word)
            gap == 1 and a[1] in joins and len(ends) == 2 and (
                before in lex.list_words or any(m.end == a[0] for m in found.get("operation", ()))) and not (
                ent.months or ent.days or ent.videos or found.get("order")) and not _unit_after(ent, lex, b[1]))
        if joined and opened and 1 <= b[2] < a[2] <= len(lex.dataset.videos) and before in lex.range_of:
            a, b = b, a  # ("sum of 10 to 6": the same places, from the top)
        if not joined or not opened or not 1 <= a[2] < b[2] <= len(lex.dataset.videos):
            continue
        if (a[3] in worded or b[3] in worded) and not (a[3] is not None and b[3] is not None and gap == 1):
            continue  # ("sixth to tenth": two ordinals in words, a range word between)
        if gap == 0 and a[3] is not None and b[3] is not None:
            continue  # "ranks 8 9 and 10", "2nd 4th 6th": a list of places, each read by itself
        used |= {a[0], b[0]}
        used_ranks |= {k for k in (a[3], b[3]) if k is not None}
        out.append((a[0], Ranks(tuple(range(a[2], b[2] + 1)))))
        range_ends.add(b[1])
    return out


def _range_said(ent: Entities, lex: Lexicon, found: dict[str, list[Match]],
                ends: list[tuple[int, int, int, int | None]]) -> bool:
    """Whether two places are a range whatever else is compared: a plural place word before them ("places 2 to 4
    more than the top one"), a range word of its own ("2 thru 10"), or a total said ("7-10 combined vs <title>")."""
    first, second = ends
    before = ent.words[first[0] - 1] if first[0] > 0 else ""
    plural = stem(before) in lex.rank_words and before != stem(before)
    joined = {w for m in found.get("range", ()) if first[1] <= m.start < second[0] for w in ent.words[m.start : m.end]}
    return plural or bool(joined - {"to"}) or bool(ent.cue("total")) or any(
        m.payload == "sum" for m in found.get("operation", ()))


def _place_word_after_run(ent: Entities, lex: Lexicon, ends: list[tuple[int, int, int, int | None]],
                          run: list[tuple[int, int, int, int | None]]) -> list[tuple[int, int, int, int | None]]:
    """ "6 7 and 8 place", "6, 7, 8th place": the whole numbers listed right before a place said with its place
    word after it, with it (none when no such place closes the list)."""
    for e in ends:
        if e[3] is None or e[1] >= len(ent.tokens) or ent.tokens[e[1]].s not in lex.rank_words:
            continue
        listed = [e]
        for n in reversed([r for r in run if r[1] <= e[0]]):
            between = ent.tokens[n[1] : listed[0][0]]
            if len(between) > 1 or any(t.s not in lex.separators for t in between):
                break
            listed.insert(0, n)
        if len(listed) > 1:
            return listed
    return []


def _placed_run(ent: Entities, lex: Lexicon) -> bool:
    """Whether the first number follows a place word ("ranks 2, 6 and 9") or a plural video word ("videos 9 and 10",
    "what videos are 9 and 10"): a list of places may follow."""
    at = ent.numbers[0].start
    return at > 0 and (ent.tokens[at - 1].s in lex.rank_words or ent.words[at - 1] in lex.video_plurals or (
        at > 1 and ent.words[at - 1] in lex.yes_no_openers and ent.words[at - 2] in lex.video_plurals))


def _article_date_asked(ent: Entities, lex: Lexicon, m: Match) -> bool:
    """Whether the article's date, said at `m`, is asked first, before a second question a joining word starts ("date
    of the article and what's the top video"): no day the videos are taken from ("the top video on the article
    date", "the article date, what got posted then", "... and what was posted that day")."""
    said = ent.words
    return not lex.date_nouns.isdisjoint(said[m.start : m.end]) and all(
        w in lex.question_words or w in lex.request_words or w in lex.determiners for w in said[: m.start]) and any(
        said[k] in lex.separators and said[k + 1] in lex.question_words for k in range(m.end, len(said) - 1)) \
        and not said_spans(said[m.end :], lex.day_back_references)


def _partitive(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether the slice at `at` is said after "how many of", "which of" (a set the others narrow), not after
    "the views of", "a list of" (the slice itself)."""
    of = _within(ent, lex, at)
    return of is not None and of > 0 and ent.words[of - 1] in lex.partitives


def _within(ent: Entities, lex: Lexicon, at: int) -> int | None:
    """Where "of", "in", "among" stands right before the slice at `at` (a determiner may stand between), else None."""
    at = _slice_start(ent, lex, at)
    return next((k for k in range(at - 1, max(-1, at - 3), -1) if ent.words[k] in lex.within_words), None)


def _slice_start(ent: Entities, lex: Lexicon, at: int) -> int:
    """Where the slice whose order phrase starts at `at` begins: at its count when one is said first ("of the 3
    most viewed", "of the 3 at the top"), else at the order phrase."""
    return next((num.start for num in ent.numbers if _counted_up_to(ent, lex, num, at)), at)


def _counted_up_to(ent: Entities, lex: Lexicon, num: Number, at: int) -> bool:
    """Whether the number `num` is the count of the order phrase at `at`: right before it ("3 most viewed"), or with
    "at the" between ("the 3 at the top")."""
    said = said_at(ent.words, num.end, lex.count_at_end) if num.end != at else ()
    return said is not None and num.end + len(said) == at


def _two_slices(ent: Entities, lex: Lexicon, sets: _Sets) -> bool:
    """Two slices of several videos each, said side by side ("the top 5 and the bottom 5"), neither taken from
    the other ("the bottom 2 of the top 5")."""
    sliced = [(at, s) for at, o, s in sets.orders if o is not SORTED and s is not None and (s.n or 0) > 1]
    if len(sliced) != 2 or len(sets.orders) != 2 or sets.singles or sets.filters:
        return False
    (first, _), (second, _) = sorted(sliced, key=lambda x: x[0])
    between = ent.words[first + 1 : second]
    # ("mean of the top 5 and mean of the bottom 5": an "of" right after an operation asked again is no nesting)
    asked_again = {m.end for m in ent.query.get("operation", ()) if first < m.start < second}
    return not lex.separators.isdisjoint(between) and not any(
        w in lex.within_words and first + 1 + k not in asked_again for k, w in enumerate(between))


def _videos_in(sel: Selection, lex: Lexicon) -> tuple[int, ...]:
    """The videos a selection names, by name or by place (none when it picks them otherwise)."""
    places = next((f.positions for f in sel.filters if isinstance(f, Ranks) and not f.negate), ())
    return _named_in(sel) or tuple(lex.by_place[p - 1] for p in places if 0 < p <= len(lex.by_place))


def _named_in(sel: Selection) -> tuple[int, ...]:
    """The videos a selection names (none when it names them otherwise)."""
    return next((f.videos for f in sel.filters if isinstance(f, Named)), ())


def _placed_in_words(ent: Entities, lex: Lexicon, at: int) -> bool:
    """An ordinal in words that is an end of a range of places: "ranked sixth to tenth"."""
    tokens, words = ent.tokens, ent.words
    if at > 0 and tokens[at - 1].s in lex.rank_words:
        # ("number six to (number) ten": the first end, then the second with its place word)
        return (at + 2 in ent.rank_at and words[at + 1] in lex.range_words) or (
            at + 3 in ent.rank_at and words[at + 1] in lex.range_words and tokens[at + 2].s in lex.rank_words) or (
            at >= 4 and words[at - 2] in lex.range_words and at - 3 in ent.rank_at
            and tokens[at - 4].s in lex.rank_words)
    return at >= 3 and words[at - 1] in lex.range_words and at - 2 in ent.rank_at and tokens[at - 3].s in lex.rank_words


_DAY_BOUNDS = ("after", "before")  # a bound said right before a day ("after the 11th")
_DAY_STEPS = {"day_before": -1, "day_after": 1}  # one day either side of the day said ("the day before the 12th")


def _day_meaning(ent: Entities, lex: Lexicon, found: dict[str, list[Match]], m: Match) -> str:
    """What a date relation means: one day either side of the date only when said as one day with nothing bounding
    it before ("since the day after the 14th", "not the day before", "the first day after": a bound)."""
    if m.payload not in _DAY_STEPS:
        return m.payload
    bounded = m.start > 0 and any(o.end == m.start for c in ("when", "negate", "order") for o in found.get(c, ()))
    if bounded or lex.one_day_words.isdisjoint(ent.words[m.start : m.end]):
        return "before" if _DAY_STEPS[m.payload] < 0 else "after"
    return m.payload


def _day_bound(ent: Entities, found: dict[str, list[Match]], at: int) -> str | None:
    """The bound said right before the day-of-month ordinal at word `at` ("before the 10th": "before"), if one is
    (not before a place: "before the 2nd most viewed")."""
    if any(m.start == at + 1 for m in found.get("order", ())) or any(
            m.start == at + 1 for c in ("most", "least") for m in ent.cue_matches.get(c, ())):
        return None
    return next((m.payload for m in found.get("when", ()) if m.payload in _DAY_BOUNDS and (
        m.end == at or (m.end == at - 1 and ent.words[at - 1] == "the"))), None)


def _not_dated(ent: Entities, lex: Lexicon, found: dict[str, list[Match]], at: int, f: Filter) -> Filter:
    """ "videos not posted in December", "weren't posted in Nov": every video but those the dates hold (the undated
    too), when only posting words and function words stand between the negation and the date."""
    posting = {j for m in found.get("posting", ()) for j in range(m.start, m.end)}
    said = next((m for m in found.get("negate", ()) if m.end <= at and all(
        j in posting or ent.tokens[j].w in lex.stopwords for j in range(m.end, at))), None)
    if said is None or not isinstance(f, (PostedBetween, PostedOn)):
        return f
    return NotPosted(f)


_WEEK_MEANINGS = ("week_of", "week_from")  # a week said by one day of it: the Monday-to-Sunday week, or from that day


def _date_filters(ent: Entities, lex: Lexicon, found: dict[str, list[Match]], whens: dict[int, Match],
                  year: int, described: set[int]) -> list[tuple[int, Filter]]:
    out: list[tuple[int, Filter]] = []
    if len(described) == len(ent.days) and not ent.months:
        return out  # only days that describe named videos
    halves = {m.end: m for m in found.get("half", [])}
    last_weeks = [m.end for m in found.get("when", []) if m.payload == "last_week"]
    joins = {m.start for m in found.get("range", [])}
    ordinals = sorted(zip(ent.rank_at, ent.ranks, strict=True))
    for month, at in zip(ent.months, ent.month_at, strict=True):
        last = _month_days(year, month)
        start, end = date(year, month, 1), date(year, month, last)
        if any(0 <= at - e <= 1 for e in last_weeks):  # "the last week of November"
            start = date(year, month, last - 6)
        end_day = next((m.payload for m in found.get("when", ()) if m.payload in ("first_day", "last_day")
                        and 0 <= at - m.end <= 1), None) if "when" in found else None
        if end_day is not None:  # "the last day of Nov": that one day
            start = end = date(year, month, 1 if end_day == "first_day" else last)
        # "November, the 24th to the 30th": two ordinals joined by a range word are days of the month.
        for (a_at, a), (b_at, b) in pairwise(ordinals):
            if 1 <= a < b <= last and any(a_at < j < b_at for j in joins) and b_at - a_at <= NEAR:
                start, end = date(year, month, a), date(year, month, b)
        # "in December before the 10th", "November after the 20th": a bound on a day of that month
        for a_at, a in ordinals:
            bound = _day_bound(ent, found, a_at)
            # (with one month named, every bound on a bare day is that month's: "after the 8th but before the 11th")
            if bound is not None and 1 <= a <= last and (len(ent.months) == 1 or abs(a_at - at) <= NEAR + 2) \
                    and ent.words[a_at][:1].isdigit():
                if bound == "before":
                    end = min(end, date(year, month, a) - timedelta(days=1))
                else:
                    start = max(start, date(year, month, a) + timedelta(days=1))
        half = next((h for e, h in halves.items() if 0 <= at - e <= 1), None)
        if half is not None and half.start > 0:
            side = lex.half_sides.get(ent.words[half.start - 1], "")
            if side == "first":
                end = date(year, month, 15)
            elif side == "second":
                start = date(year, month, 16)
        # ("posted before december", "after november", "since nov": a bound at the month's edge, not the month)
        edge = next((m for m in whens.values() if 0 <= at - m.end <= 1 and m.payload in _DAY_BOUNDS
                     and (m.end == at or ent.words[at - 1] in lex.determiners)), None)
        if edge is None:
            out.append((at, PostedBetween(start, end)))
            continue
        taken_in = " ".join(ent.words[edge.start : edge.end]) in lex.month_inclusive_bounds
        out.append((at, PostedBetween(None, end if taken_in else start - timedelta(days=1)) if edge.payload == "before"
                    else PostedBetween(start if taken_in else end + timedelta(days=1), None)))
    days = sorted((at, day) for at, day in zip(ent.day_at, ent.days, strict=True) if at not in described)
    k, listed_to = 0, -1
    while k < len(days):
        at, (month, day) = days[k]
        try:
            when = date(year, month, day)
        except ValueError:
            k += 1
            continue
        # The date relation just before the day ("before 25 Nov"); "between" may stand a number earlier.
        # (the nearest: "from the top 10 posted after 10 dec" is after the day, "from" the list, no range)
        relation = max((m for m in whens.values() if m.end <= at and at - m.end <= (5 if m.payload == "between"
                                                                                     else 1)),
                       key=lambda m: m.end, default=None)
        meaning = _day_meaning(ent, lex, found, relation) if relation else "on"
        if meaning in _WEEK_MEANINGS and k + 1 < len(days) and (any(at < j < days[k + 1][0] for j in joins) or (
                days[k + 1][0] - at <= NEAR + 1 and _DAY_DASH.search(ent.text))):
            # ("the week of 11/14 to 11/20", "the week starting 25/11 (up to 1 dec)": the two days said are its ends)
            other = date(year, *days[k + 1][1])
            out.append((at, PostedBetween(min(when, other), max(when, other))))
            k += 2
            continue
        # ... or right after it, taking the day in ("8 Dec onwards", "from the 8th of Dec or later")
        trailing = next((m for m in whens.values() if m.payload in TRAILING_BOUNDS and at + 2 <= m.start <= at + 3),
                        None)
        if trailing is not None:
            out.append((at, PostedBetween(when, None) if trailing.payload == "from_on" else PostedBetween(None, when)))
            k += 1
            continue
        # ("posted 14 nov to 20 nov", "11/14 to 11/20": two days joined by a range word are its ends)
        joined_next = k + 1 < len(days) and relation is None and any(
            at < j < days[k + 1][0] for j in joins) and days[k + 1][0] - at <= NEAR + 1
        # (not three days or more listed: "from dec 9, 11 and 12", each one of the days)
        if meaning == "between" and k + 2 < len(days) and days[k + 2][0] - at <= 2 * NEAR and not joined_next \
                and not any(at < j < days[k + 2][0] for j in joins):  # (not "from nov 23 to dec 9 except dec 8")
            listed_to = days[k + 2][0]
        # (not "the video from 30 nov and the one from 9 dec": each day with its own "from", two days, no range)
        own_from = k + 1 < len(days) and any(
            m.payload == "between" and at < m.start and 0 <= days[k + 1][0] - m.end <= 2 for m in whens.values())
        if (meaning == "between" or joined_next) and k + 1 < len(days) and at > listed_to and not own_from:
            other = date(year, *days[k + 1][1])
            out.append((at, PostedBetween(min(when, other), max(when, other))))
            k += 2
            continue
        # "between 20 and 30 November": the first day is a bare number in the same month.
        firsts = [(n.start, int(n.value)) for n in ent.numbers if not n.scaled and n.value.is_integer()]
        firsts += list(zip(ent.rank_at, ent.ranks, strict=True))  # "between the 15th and the 25th"
        # "8-12 Dec", "8 to 12 December": a bare day right before, or joined by a range word, starts a range.
        # ("mon 9 to thu 12 dec": a weekday's name before each day)
        bare = next((v for s, v in firsts if 1 <= v < day and (
            (relation is not None and relation.end <= s < at)
            or (relation is None and s < at and len(between := [
                j for j in range(s + 1, at) if ent.words[j] not in lex.weekday_names and not any(
                    m.start <= j < m.end for m in found.get("weekday", ()))]) <= 1 and all(
                j in joins for j in between)))), None)
        if bare is not None and meaning in ("between", "on", *_WEEK_MEANINGS):  # (or "the week of 17-23 nov")
            out.append((at, PostedBetween(date(year, month, bare), when)))
            k += 1
            continue
        # "Dec 5-12", "December 5 to 12": the month first, a bare later day right after ends the range
        # (said with a dash or a range word: "nov 14, 30" is two days)
        closing = next((v for s, v in firsts if day < v <= _month_days(year, month) and ent.words[at] in lex.months
                        and ((s == at + 2 and _DASHED.search(ent.text)) or (s == at + 3 and at + 2 in joins))),
                       None) if relation is None or meaning == "between" else None
        if closing is not None:
            out.append((at, PostedBetween(when, date(year, month, closing))))
            k += 1
            continue
        if meaning == "on_or_before":
            out.append((at, PostedBetween(None, when)))
        elif meaning == "on_or_after":
            out.append((at, PostedBetween(when, None)))
        elif meaning in ("before", "after") and relation is not None and " ".join(
                ent.words[relation.start : relation.end]) in lex.day_inclusive_bounds:
            # ("until 30 november", "since 23 november": the day itself taken in)
            out.append((at, PostedBetween(None, when) if meaning == "before" else PostedBetween(when, None)))
        elif meaning == "before":
            out.append((at, PostedBetween(None, when - timedelta(days=1))))
        elif meaning == "after":
            out.append((at, PostedBetween(when + timedelta(days=1), None)))
        elif meaning in _DAY_STEPS:
            step = when + timedelta(days=_DAY_STEPS[meaning])
            out.append((at, PostedBetween(step, step)))
        elif meaning in _WEEK_MEANINGS:  # ("the week of 9 Dec": its Monday to Sunday; "starting 25 Nov": from it)
            out.append((at, PostedBetween(*week_of(when, starting=meaning == "week_from"))))
        elif meaning == "week_before":
            # "the week before", or "the 3 days before": a number just before the phrase counts days.
            span = next((int(n.value) for n in ent.numbers if relation is not None and 0 < relation.start - n.start <= 1
                         and n.value.is_integer() and 1 <= n.value <= 60), 7)
            out.append((at, PostedBetween(when - timedelta(days=span), when - timedelta(days=1))))
        else:
            out.append((at, PostedBetween(when, when)))
        k += 1
    return out


def _factors(ent: Entities, lex: Lexicon, found: dict[str, list[Match]]) -> list[tuple[int, int, float]]:
    """Each scale said ("half of", "double", "2 times", "divided by 2"), where it starts and ends; none in a half of
    a month ("first half of Nov")."""
    words = ent.words
    said = [(m.start, m.end, float(m.payload)) for m in found.get("factor", ())
            if not (m.start > 0 and words[m.start - 1] in lex.half_sides)
            and lex.position_parts.isdisjoint(words[m.end : m.end + 2])  # (not "a third of the way down")
            # (nor a part of an end of the list set against another: "is the bottom less than a fifth of the top")
            and not (float(m.payload) < 1 and "comparative" in found and not ent.videos and any(
                o.start in (m.end, m.end + 1) for o in found.get("order", ())))
            and not (m.end < len(words) and (words[m.end] in lex.months or words[m.end] in lex.factor_verbs))
            # (not "after a double": a noun, a double shift; "a double of <title>" and "one and a half times" are
            # scales still)
            and not (m.start > 0 and words[m.start - 1] in lex.indefinite_articles and float(m.payload) > 1
                     and not (m.end < len(words) and words[m.end] in lex.owner_before))]
    for k in _parts_said(ent, lex):
        # ("a third of <title>'s views", "a fifth of the total": a part, one over the ordinal)
        said.append((k - (k > 0), k + 2, 1 / lex.ordinals[words[k]]))
    for n in ent.numbers:
        if n.scaled or not 1 < n.value <= MAX_FACTOR:
            continue
        if n.end < len(words) and words[n.end] in lex.factor_times:
            side = n.end + 1  # ("I asked 3 times: ...": no side after it; "top 3 times 2": a count, then no side)
            if side >= len(words) or words[side] in lex.way_words or not (
                    words[side].startswith("#") or words[side] in lex.determiners
                    or any(r.start == side for r in ent.videos)) or any(
                    m.start < n.start <= m.end for m in found.get("order", ())):
                continue  # ("5x more than <B>": a ratio claimed, not <B> scaled)
            said.append((n.start, n.end + 1, n.value))  # "2 times #5"
        elif n.start >= 2 and len(ent.videos) == 1 and words[n.start - 1] in lex.factor_times and (
                words[n.start - 2] in lex.measure_words or any(r.end == n.start - 1 for r in ent.videos)) and not (
                n.end < len(words) and words[n.end] in lex.factor_times):
            said.append((n.start - 1, n.end, n.value))  # ("<title> views times 2", "<title> x3": the side before it)
        elif (by := said_before(words, n.start, lex.factor_divided)) is not None:
            said.append((n.start - len(by), n.end, 1 / n.value))  # "#1 divided by 2": the side before it
    for n in ent.numbers:
        # "what's 10% of <title>'s views": a part of what follows (not "<title> was 24% of the total", a share said
        # of what stands before it)
        if not n.scaled and 0 < n.value < 100 and any(
                m.start == n.end and m.payload == "share_of" for m in found.get("operation", ())) \
                and not any(r.start < n.start for r in ent.videos) and not any(at < n.start for at in ent.rank_at) \
                and not any(abs(n.value - v) < 1e-9 for _, v in ent.thresholds) \
                and not any(m.end == n.start for m in found.get("versus", ())) \
                and not any(m.start <= n.start <= m.end for m in found.get("order", ())):
            # (not "top 3 % of the total", a slice's share; nor "more than 70% of all", a share claimed)
            said.append((n.start, n.end + 2, n.value / 100))
    return sorted(said)


def _scale_said(ent: Entities, lex: Lexicon) -> bool:
    """Whether a scale is said that no phrase of the query units finds: a figure after "times" ("<title> views
    times 2") or an ordinal part ("a third of <title>")."""
    return bool((ent.numbers and len(ent.videos) == 1 and not lex.factor_times.isdisjoint(ent.words)) or (
        not lex.ordinals.keys().isdisjoint(ent.words) and _parts_said(ent, lex)))


def _parts_said(ent: Entities, lex: Lexicon) -> list[int]:
    """Where an ordinal says a part of a figure ("a third of <title>'s views", "third of the total?" opening the
    question), not a place ("the third of the list")."""
    words = ent.words
    return [k for k in range(len(words) - 1) if lex.ordinals.get(words[k], 0) > 2 and words[k + 1] in lex.range_of
            and any(r.start > k for r in ent.videos) and (k == 0 or words[k - 1] in lex.indefinite_articles)]


def _scaled(sets: _Sets, factor: float) -> Query | None:
    """One video's or one place's figure, scaled; None when the question names something else."""
    filters = tuple(f for _, f in sets.filters)
    if len(sets.singles) == 1 and not sets.orders and not filters:
        return Query("sum", Operand(sets.singles[0][2], "value", factor))
    if not sets.singles and len(sets.orders) == 1:
        _, order, slice_ = sets.orders[0]
        return Query("sum", Operand(Selection(filters, order, slice_ or Slice(n=1)), "value", factor))
    return None


def _two_sided(op: str, ops: list[str], found: dict[str, list[Match]], sets: _Sets, lex: Lexicon,
               ent: Entities, factors: list[tuple[int, int, float]] | None = None) -> Query | None:
    """Difference, ratio, percentage change or days between two videos, ranks, ends or sets."""
    value: Aggregate = "date" if op == "days" else "value"
    # Each side of a set: the set figure asked ("the average of ... vs ..."), else its total.
    figures = [o for o in ops if o in AGGREGATES and o != "sum"]
    set_value: Aggregate = "date" if op == "days" else (
        max(figures, key=lambda o: OPERATIONS[o].weight) if figures else
        "count" if "count" in ops and not {"sum", "value"} & set(ops) else "sum")
    sides: list[tuple[int, Operand]] = [(at, Operand(best, value)) for at, _, best in sets.singles]
    groups = {at: group.filters[0].videos for at, group, _ in sets.singles
              if isinstance(group.filters[0], Named) and len(group.filters[0].videos) > 1}
    summed = {at for at in groups if _group_summed(ent, lex, found, at)}
    if len(sides) > 2 and len(sides) - len(groups) == 2 and all(
            _members(best, lex) <= {v for g in groups.values() for v in g} for at, _, best in sets.singles
            if at not in groups):
        sides = [(at, s) for at, s in sides if at not in groups]  # "the two <topic> ones, 1st and 9th"
    # ("the two <topic> videos", not "the <topic> one")
    elif len(sides) == 1 and len(groups) == 1 and len(next(iter(groups.values()))) == 2 and _plural(ent, lex) \
            and not summed:  # (not "did the two <topic> videos together beat 15m": their total, below)
        at, pair = next(iter(groups.items()))  # "the gap between the two <topic> videos"
        sides = [(at + k, Operand(Selection((Named((v,)),)), value)) for k, v in enumerate(pair)]
    elif summed:
        # ("did the <topic> videos combined beat <title>": all of them one side, their total)
        sides = [(at, Operand(group, set_value) if at in summed else side)
                 for (at, side), (_, group, _) in zip(sides, sets.singles, strict=True)]
    # Filters that are sides themselves (two months, two posters, two halves), or narrow every side.
    named = {f.videos[0] for _, _, best in sets.singles for f in best.filters if isinstance(f, Named)}
    side_filters = [(at, f) for at, f in sets.filters
                    if (isinstance(f, (PostedBetween, Ranks, PostedBy, TitleHas)) or (
                        # ("weekdays vs weekends", "the wednesday one vs #1"; not "the 2 sunday ones, <A> n <B>",
                        # the day said of the videos named)
                        isinstance(f, OnWeekdays) and not (named and all(_holds(lex, v, f) for v in named))))
                    and not getattr(f, "negate", False)
                    # a poster of one video already named is that video ("<topic> videos (<poster>'s vs <title>)")
                    and not (isinstance(f, PostedBy) and {v for p in f.people for v in lex.posted.get(p, ())} <= named)]
    if len(sides) == 2:
        # Two videos named already: a poster of one of them says who posted it ("did <name> tweet the <title>
        # one"), not a third side.
        side_filters = [(at, f) for at, f in side_filters if not (
            isinstance(f, PostedBy) and {v for p in f.people for v in lex.posted.get(p, ())} & named)]
    ordered = [o for o in sets.orders if o[1] is not SORTED]
    if len(ordered) == 1 and (both := ordered[0][2]) is not None and both.both_ends:
        at, order = ordered[0][:2]  # "the last ... and the first ...": the two ends, one order each
        ordered = [(at, order, _end_slice(both.positions[0])),
                   (at + 1, Order(order.field, not order.descending), _end_slice(-both.positions[1]))]
    if (len(side_filters) == 2 and len(ordered) == 2 and not sides
            and all(isinstance(f, PostedBetween) for _, f in side_filters)):
        # "the last November post and the first December one": each order picks within its own month
        if op == "difference" and ent.cues.get("days", 0.0) and all(o.field == "posted" for _, o, _ in ordered):
            op, value = "days", "date"  # "how long was the gap between" two posts: days
        pairs = zip(sorted(ordered, key=lambda o: o[0]), sorted(side_filters, key=lambda f: f[0]), strict=True)
        sides = [(at, Operand(Selection((f,), order, slice_ or Slice(n=1)), value))
                 for (at, order, slice_), (_, f) in pairs]
        return Query(op, sides[0][1], sides[1][1])
    shared: tuple[Filter, ...] = ()
    # (places are a side of their own: "avg of the top 5 vs avg of ranks 6-10")
    if len(side_filters) == 1 and sets.orders and not (isinstance(side_filters[0][1], Ranks) and any(
            o is not SORTED and sl is not None and (sl.n or 0) > 1 for _, o, sl in sets.orders)):
        shared = (side_filters[0][1],)
        side_filters = []
    sides += [(at, Operand(Selection((f,)), set_value)) for at, f in side_filters]
    for at, order, slice_ in sets.orders:
        if order is SORTED:
            continue
        slice_ = slice_ or Slice(n=1)
        if slice_.both_ends:  # "between the first and the last": one side each
            sides += [(at, Operand(Selection(shared, order, _end_slice(slice_.positions[0])), value)),
                      (at + 1, Operand(Selection(shared, Order(order.field, not order.descending),
                                                 _end_slice(-slice_.positions[1])), value))]
            continue
        if len(sets.orders) == 1 and not sides and not slice_.from_end and (
                slice_.n == 2 or len(slice_.positions) == 2) and (op == "days" or "sum" not in ops):
            # "the top two's dates", "the gap between the 3rd and 4th most watched": the two videos of one slice
            places = slice_.positions or (1, 2)
            sides += [(at + k, Operand(Selection(shared, order, Slice(positions=(p,))), value))
                      for k, p in enumerate(places)]
            continue
        many = (slice_.n or 1) > 1 or len(slice_.positions) > 1
        sides.append((at, Operand(Selection(shared, order, slice_), set_value if many else value)))
    if len(sides) == 1 and figures and not side_filters and op != "days":
        # "how many times the average did the top video get": the set figure of every video is the other side
        at = next(m.start for m in found.get("operation", ()) if m.payload in figures)
        sides.append((at, Operand(Selection(shared), figures[0])))
    if not sides and "mean" in ops and "median" in ops:
        # "how far is the mean above the median": two figures of one set.
        whole = Selection(shared or tuple(f for _, f in sets.filters))
        sides = [(0, Operand(whole, "mean")), (1, Operand(whole, "median"))]
        if ops.index("median") < ops.index("mean"):
            sides.reverse()
    pivot = min((m.start for m in (*found.get("versus", []), *found.get("comparative", []))), default=None)
    if pivot is None and op == "difference" and len(sides) > 2 and len(sets.singles) == len(sides):
        # ("#2 plus #3 minus #1": the gap said between the sides splits them)
        pivot = next((m.start for m in found.get("operation", ()) if m.payload == "difference"
                      and min(at for at, _ in sides) < m.start < max(at for at, _ in sides)), None)
    if len(sides) > 2 and pivot is not None and len(sets.singles) == len(sides):
        # "#2 + #3 together beat #1?", "A + B vs C": the singles on each side of the comparison are one set.
        joined = [_joined([s for s in sets.singles if (s[0] < pivot) == left], value, set_value, summed)
                  for left in (True, False)]
        if joined[0] is not None and joined[1] is not None:
            return Query(op, joined[0], joined[1])
    elif len(sides) > 2 and pivot is not None and len(sets.singles) == len(sides) - 1:
        # "the sum of the 3rd and 4th, is it higher than the first one": the singles one side, an end the other
        single_at = {at for at, _, _ in sets.singles}
        ends = [(at, s) for at, s in sides if at not in single_at]
        if len(ends) == 1 and all((at < pivot) != (ends[0][0] < pivot) for at in single_at):
            end_at, end_side = ends[0]
            joined_side = _joined(list(sets.singles), value, set_value, summed)
            if joined_side is not None:
                return Query(op, end_side, joined_side) if end_at < pivot else Query(op, joined_side, end_side)
    if len(sides) > 2:  # an order with no number ("had more views") only says which way to compare
        sides = [(at, s) for at, s in sides if s.items.order is None or s.items.slice != Slice(n=1)
                 or any(at2 == at for at2, _, sl in sets.orders if sl is not None)]
    if len(sides) != 2:
        return None
    sides.sort(key=lambda s: s[0])
    for start, end, factor in factors or ():
        # "more or less than half of <B>": the side named right after the scale; "if <A> doubled": just before it
        after = next((k for k, (at, _) in enumerate(sides) if 0 <= at - end <= NEAR + 1), None)
        before = next((k for k in range(len(sides) - 1, -1, -1) if 0 < start - sides[k][0] <= NEAR), None)
        k = before if before is not None and (after is None or ent.words[start] in lex.scaled_after) else after
        if start > 0 and ent.words[start - 1] in lex.subject_pronouns and ent.words[start] in lex.scaled_after:
            k = 0  # ("would #5 pass #4 if it doubled": "it" is the side asked about, said first)
        if k is not None:
            sides[k] = (sides[k][0], replace(sides[k][1], factor=factor))
    (a_at, a), (_, b) = sides
    if op == "change":
        froms = [m.start for m in found.get("when", []) if m.payload == "between"]
        if any(s < a_at for s in froms):
            a, b = b, a  # "from A to B": A is the base (`other`)
    return Query(op, a, b)


def _group_summed(ent: Entities, lex: Lexicon, found: dict[str, list[Match]], at: int) -> bool:
    """Whether a name of several videos said at `at` is said of them all, added up: "the <topic> videos together"."""
    ref = next((r for r in ent.videos if r.start == at), None)
    return ref is not None and ref.end < len(ent.words) and ent.words[ref.end] in lex.video_plurals and any(
        m.payload == "sum" and 0 <= m.start - ref.end - 1 <= 1 for m in found.get("operation", ()))


def _members(single: Selection, lex: Lexicon) -> set[int]:
    """The videos one named video or place stands for."""
    return {v for f in single.filters for v in (f.videos if isinstance(f, Named) else (
        lex.by_place[p - 1] for p in f.positions if 0 < p <= len(lex.by_place)) if isinstance(f, Ranks) else ())}


def _joined(singles: list[tuple[int, Selection, Selection]], value: Aggregate, set_value: Aggregate,
            summed: set[int]) -> Operand | None:
    """Single videos (all named, or all ranks) as one side: a figure of one, or the set's total."""
    if not singles:
        return None
    # (a name said of several videos and summed, "the <topic> videos together", all of them)
    named = [f for at, group, best in singles for f in (group if at in summed else best).filters
             if isinstance(f, Named)]
    ranks = [f for _, _, best in singles for f in best.filters if isinstance(f, Ranks)]
    if len(singles) == 1:
        return Operand(singles[0][1], set_value) if singles[0][0] in summed else Operand(singles[0][2], value)
    if len(named) == len(singles):
        return Operand(Selection((Named(tuple(v for f in named for v in f.videos)),)), set_value)
    if len(ranks) == len(singles):
        return Operand(Selection((Ranks(tuple(p for f in ranks for p in f.positions)),)), set_value)
    return None


def _share_of_all(ent: Entities, lex: Lexicon, found: dict[str, list[Match]]) -> bool:
    """Whether the whole of a share is said as every video: "share of all ten", "% of the 10", "of everything"."""
    n = len(lex.dataset.videos)
    for m in found.get("operation", ()):
        if m.payload != "share_of":
            continue
        said = range(m.end, min(len(ent.words), m.end + SHARE_OF_ALL_REACH))
        if any(ent.words[k] in lex.all_words or ent.words[k] in lex.every_video_words for k in said) or any(
                num.start in said and num.value == n for num in ent.numbers) or any(at in said and r == n
                                                                                    for r, at in zip(
                                                                                        ent.ranks, ent.rank_at,
                                                                                        strict=True)):
            return True
    return False


SHARE_OF_ALL_REACH = 3  # "share of all ten", "% of the top 10": the words that say every video this near


def _share(sets: _Sets, found: dict[str, list[Match]], plural: bool, pooled: bool = False,
           of_all: bool = False, choice: bool = False) -> Query | None:
    """A part's share of a whole. The set just after "share of", "percentage of" is the whole; the
    part is a named video if any (a name for several, said with a plural, all of them), else the other set;
    a whole not named is every video (`of_all`: said so, "share of all ten": two named are then the part together;
    `choice`: set against each other, "which is the bigger share, <A> or <B>", none composed)."""
    candidates: list[tuple[int, Selection]] = [(at, group if plural and len(_named_in(group)) > 1 else best)
                                               for at, group, best in sets.singles]
    candidates += [(at, Selection(order=o, slice=s or Slice(n=1))) for at, o, s in sets.orders if o is not SORTED]
    candidates += [(at, Selection((f,))) for at, f in sets.filters]
    if not candidates:
        return None
    candidates.sort(key=lambda c: c[0])
    if len(candidates) == 1:
        return Query("share", Operand(candidates[0][1], "sum"), whole=Selection())
    ends = [m.end for m in found.get("operation", []) if m.payload == "share_of"]
    whole = None if of_all else next((c for c in candidates for e in ends if 0 <= c[0] - e <= NEAR + 1), None)
    if whole is not None and any(m.payload == "sum" and any(e <= m.start < whole[0] for e in ends)
                                 for m in found.get("operation", ())):
        whole = None  # ("what % of the total were <title> and <title> together": "the total" is the whole)
    rest = [c for c in candidates if c is not whole]
    singles = {at for at, _, _ in sets.singles}
    part = next((c for c in rest if c[0] in singles), rest[0] if rest else None)
    if part is None:
        return None
    joined = [c for c in rest if c[0] in singles]
    # (a sum said of them anywhere but as the whole's own word, "% of the total": "combined", "together")
    shares_at = [m.end for m in found.get("operation", []) if m.payload in ("share", "share_of")]
    if pooled and shares_at and (after := [c for c in rest if c[0] >= shares_at[0]]):
        part = after[0]  # ("if we pool <A> and <B>, what share went to <B>": the one named after the share)
    if len(joined) > 1 and len(joined) == len(rest) and not pooled and any(
            m.payload == "sum" and not any(0 <= m.start - e <= 2 for e in ends) for m in found.get("operation", ())):
        # "<title> and <title> combined, as a % of the total": the two together are the part, of every video
        videos = tuple(dict.fromkeys(v for _, sel in joined for v in _named_in(sel)))
        if len(videos) == len(joined):
            part, whole = (joined[0][0], Selection((Named(videos),))), whole or (-1, Selection())
    if whole is None and of_all:
        # ("<A> and <B> as a share of all ten", "the top 2, <A> + <B>, as % of the top 10": the two together, of every
        # video; "which is the bigger share of the 10, <A> or <B>": two shares set against each other, not composed)
        if len(joined) > 1:
            videos = tuple(dict.fromkeys(v for _, sel in joined for v in _named_in(sel)))
            if found.get("versus") or choice or len(videos) != len(joined):
                return None
            part = (joined[0][0], Selection((Named(videos),)))
        whole = (-1, Selection())
    if whole is None and len(rest) > 1 and pooled:
        # ("<title> vs <title> split as percentages": each a share of the two together)
        named = [v for _, sel in rest for v in _named_in(sel)]
        if len(named) != len(rest):
            return None  # (two sets pooled, "top 3 vs bottom 3 split": not composed)
        whole = (-1, Selection((Named(tuple(dict.fromkeys(named))),)))
    if whole is None and len(rest) > 1:
        whole = next(c for c in rest if c is not part)
    return Query("share", Operand(part[1], "sum"), whole=whole[1] if whole else Selection())


def _next_by_views(lex: Lexicon, *videos: int | set[int]) -> bool:
    """Whether two videos stand next to each other in the views order (none between them)."""
    said = {v for x in videos for v in (x if isinstance(x, set) else {x})}
    places = sorted(lex.by_place.index(v) for v in said if v in lex.by_place)
    return len(said) == 2 == len(places) and places[1] - places[0] == 1


def _slice_left_out(ent: Entities, lex: Lexicon, end: int) -> bool:
    """Whether words after an order's words (its count and a video word may stand between) take that slice out ("the
    top 2 were taken out", "the top vid got binned")."""
    k = end + (end < len(ent.words) and lex.whole_number(ent.words[end]) is not None)
    k = after_video_word(ent, lex, k)
    return said_at(ent.words, k, lex.negated_after) is not None


def _place_asked(ent: Entities, lex: Lexicon) -> bool:
    """Whether a video's place is asked ("what rank is ...", "where would <title> be"; not "the vid where ...")."""
    return bool(ent.cues.get("rank_of", 0.0)) or any(
        w in lex.place_asks and (k == 0 or ent.tokens[k - 1].s not in lex.video_words) for k, w in enumerate(ent.words))


def _views_choice(ent: Entities, lex: Lexicon, first: int) -> bool:
    """Whether the words before the first side say only a comparing word of the views ("which is higher, #4 or
    #3", "which got more views"; not "which is more recent", "which is longer": another measure, or none held)."""
    before = ent.tokens[:first]
    return any(t.w in lex.comparing_words for t in before) and all(
        t.w in lex.comparing_words or t.w in lex.stopwords or t.s in lex.separators or t.w in lex.choice_askers
        or t.w in lex.video_measures or t.s in lex.video_words or t.w in lex.views_choice_verbs for t in before)
