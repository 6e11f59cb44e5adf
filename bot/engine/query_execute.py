"""Step 5 of the flow for composed questions: a `Query` computed from the dataset into an `Answer`.

Nothing is precomputed per question shape: a selection is filtered, ordered and sliced from the
videos in views order, then the operation runs on it. Every reply's title and first line say what was
computed on which set, so a misread shows itself.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from statistics import pstdev, stdev

from bot.dataset.schema import Metric, Video
from bot.engine import format as fmt
from bot.engine.answer import Answer, Link
from bot.engine.answers.base import MAX_ROWS, ResponderBase, view_summary
from bot.engine.query import (
    Among,
    Beside,
    Beyond,
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
from bot.engine.query_metric import METRIC_SIDE

WORKING_DAYS = (0, 1, 2, 3, 4)  # Monday to Friday, as `date.weekday` numbers them


def _intent(op: str) -> str:
    """The answer's intent for an operation (in logs and JSON)."""
    return OPERATIONS[op].intent


_POSTED = "posted "  # the word a posting filter's words start with

class NoSuchPlace(Exception):
    """A slice or relative place past the end of the list: declined, never clamped."""


class AtAnEnd(NoSuchPlace):
    """Nothing posted before the earliest video or after the latest: an answer about it, not a lack of data."""

    def __init__(self, title: str, line: str) -> None:
        super().__init__(line)
        self.title = title


class QueryAnswers(ResponderBase):
    """Computes a Query into an Answer."""

    def run(self, query: Query | MetricQuery | PersonQuery | Unanswerable) -> Answer:
        """The Answer to a composed question (a query is plain data: its answer depends on nothing else)."""
        key = ("query", query._k)  # (the query as one plain tuple: hashed and compared in C, see query.py)
        answer = self._memo.get(key)
        if answer is None:
            answer = self._remember(key, self._run(query))
        return answer

    def _run(self, query: Query | MetricQuery | PersonQuery | Unanswerable) -> Answer:
        if isinstance(query, Unanswerable):
            known = [self.metric_phrase(m) + "." for m in self.ds.metrics  # type: ignore[attr-defined]
                     if m.id in query.metrics]
            return self.refuse("metric", query.reason, known)
        if isinstance(query, MetricQuery):
            return _metric(self, query)
        if isinstance(query, PersonQuery):
            return _person(self, query)
        try:
            return OPERATIONS[query.op].run(self, query)
        except AtAnEnd as exc:
            return self.stats(_intent(query.op), exc.title, [str(exc)])
        except NoSuchPlace as exc:
            return self.refuse(_intent(query.op), str(exc), [f"The list has {len(self.by_rank)} videos."])

    # ---- selections ----------------------------------------------------------------------------

    def select(self, sel: Selection, measure: str = "views") -> list[Video]:
        """The videos of a selection, in its order (by the measure, most first, by default)."""
        # A sub-selection, or a place among the others ("either side of X", "between X and Y"), is computed once,
        # not once per video it tests.
        among = [{id(v) for v in self.select(f.items, measure)} if isinstance(f, Among) else self._placed(f, measure)
                 for f in sel.filters if isinstance(f, (Among, Beside, Within))]
        tests = [f for f in sel.filters if not isinstance(f, (Among, Beside, Within))]
        videos = [v for v in self.by_rank
                  if all(self._passes(v, f, measure) for f in tests) and all(id(v) in ids for ids in among)]
        if sel.relative is not None:
            rel = sel.relative
            anchor = self.ds.videos[rel.anchor]
            # ("what did <poster> post right after <title>": the next among the videos the filters keep)
            ordered = self._ordered([v for v in self.by_rank if v is anchor or not sel.filters or v in videos],
                                    rel.order, measure)
            if anchor not in ordered:
                raise NoSuchPlace(f"{anchor.title} has no {_field_word(rel.order)} to place it by.")
            k = ordered.index(anchor) + rel.offset
            if not 0 <= k < len(ordered):
                at, end = ordered.index(anchor), "latest" if rel.offset > 0 else "earliest"
                last = len(ordered) - 1 if rel.offset > 0 else 0
                if rel.order.field == "posted" and not sel.filters and at == last:
                    # ("what was posted right before <the earliest>": that it is the first, said as the answer)
                    # (its own date said too: "which came out right before <the earliest>" is answered by it)
                    on = f" ({fmt.day(anchor.tweet.date)})" if anchor.tweet and anchor.tweet.date else ""
                    raise AtAnEnd(f"{anchor.title.rstrip('.')} is the {end} posted{on}",
                                  _nothing_beyond(anchor.title, rel, at, len(ordered)))
                kept = " ".join(self._filter_words(f, measure) for f in sel.filters)
                raise NoSuchPlace(_nothing_beyond(anchor.title, rel, ordered.index(anchor), len(ordered), kept))
            return [ordered[k]]
        if sel.order is not None:
            videos = self._ordered(videos, sel.order, measure)
        if sel.slice is not None:
            videos = self._sliced(videos, sel.slice, sel.order)
        return videos

    def _passes(self, v: Video, f: Filter, measure: str = "views") -> bool:
        if isinstance(f, PostedBy):
            by = v.tweet.by if v.tweet else None
            return (by in f.people) != f.negate and (by is not None or f.negate)
        if isinstance(f, (PostedBetween, PostedOn, OnWeekdays, NotPosted)):
            return f.covers(v.tweet.date if v.tweet else None)
        if isinstance(f, TitleHas):
            return set(f.stems) <= set(self.lex.title_stems[self.index_of[id(v)]])
        if isinstance(f, ViewsBetween):  # a range of the measure asked (views, or another count)
            n = v.count(measure)
            if n is None:
                return False
            if f.inclusive:
                return (f.low is None or n >= f.low) and (f.high is None or n <= f.high)
            return (f.low is None or n > f.low) and (f.high is None or n < f.high)
        if isinstance(f, Named):
            return (self.index_of[id(v)] in f.videos) != f.negate
        if isinstance(f, Ranks):
            return (self.position[id(v)] in f.positions) != f.negate
        if isinstance(f, Tweeted):
            return (v.tweet is not None) != f.negate
        if isinstance(f, Rounded):
            n = v.count(measure)
            return n is not None and (n % f.step == 0) != f.negate
        if isinstance(f, Hashtagged):  # (no hashtag: of the videos with a tweet)
            return bool(self.hashtags_of[id(v)]) != f.negate and v.tweet is not None
        if isinstance(f, Beyond):
            mine, bar = v.count(measure), self.ds.videos[f.anchor].count(measure)
            return mine is not None and bar is not None and (mine < bar if f.fewer else mine > bar)
        return True

    def _placed(self, f: Beside | Within, measure: str) -> set[int]:
        """The ids of the videos right either side of a video, or strictly between two, in an ordering."""
        ordered = self._ordered(self.ds.videos, f.order, measure)
        at = {id(v): k for k, v in enumerate(ordered)}
        if isinstance(f, Beside):
            k = at.get(id(self.ds.videos[f.anchor]))
            return set() if k is None else {id(v) for v in [*ordered[max(0, k - 1) : k], *ordered[k + 1 : k + 2]]}
        ends = sorted(at[id(self.ds.videos[i])] for i in (f.first, f.second) if id(self.ds.videos[i]) in at)
        return {id(v) for v in ordered[ends[0] + 1 : ends[1]]} if len(ends) == 2 else set()

    def _ordered(self, videos: Sequence[Video], order: Order, measure: str = "views") -> list[Video]:
        if order.field == "posted":
            dated = [v for v in videos if v.tweet and v.tweet.date]
            return sorted(dated, key=lambda v: (v.tweet.date, -v.views), reverse=order.descending)  # type: ignore[union-attr]
        counted = [v for v in videos if v.count(measure) is not None]  # a count the source gives
        return sorted(counted, key=lambda v: (-(v.count(measure) or 0), v.rank), reverse=not order.descending)

    def _sliced(self, videos: list[Video], s: Slice, order: Order | None) -> list[Video]:
        if s.positions:
            if max(s.positions) > len(videos) or -min(s.positions) > len(videos):
                what = f"{fmt.ordinal(max(s.positions))} {_order_words(order)}".strip()
                raise NoSuchPlace(f"There is no {what} video: only {len(videos)} fit.")
            # A negative position counts from the other end ("the first and the last": 1 and -1).
            return list(dict.fromkeys(videos[p - 1] if p > 0 else videos[p] for p in s.positions))
        n = s.n or 1
        if s.from_end:
            return videos[-n:]
        return videos[:n]

    # ---- describing a selection ----------------------------------------------------------------

    def describe(self, sel: Selection, videos: Sequence[Video], measure: str = "views") -> str:
        """What a selection is, in words: "the 3 least viewed videos (#8–#10)"."""
        parts = [self._filter_words(f, measure) for f in sel.filters]
        # ("posted by <name> on 2 December": "posted" said once for the filters of one posting)
        parts = [p[len(_POSTED):] if k and p.startswith(_POSTED) and parts[k - 1].startswith(_POSTED) else p
                 for k, p in enumerate(parts)]
        if sel.relative is not None:
            anchor = self.ds.videos[sel.relative.anchor]
            # (the anchor's own place said too: "rank of <title>, and the one above it" asks both)
            place = f" (#{anchor.rank})" if sel.relative.order.field == "views" and measure == "views" else ""
            if parts and sel.relative.order.field == "posted":
                # ("what did <poster> post after <title>": the next of theirs)
                steps, after = abs(sel.relative.offset), sel.relative.offset > 0
                which = ("next" if after else "last") if steps == 1 else fmt.ordinal(steps)
                return f"the {which} video {' '.join(parts)} {'after' if after else 'before'} {anchor.title}"
            return f"the video {_relative_words(sel.relative.offset, sel.relative.order)} {anchor.title}{place}"
        head = "videos"
        if sel.order is not None:
            s = sel.slice
            words = _order_words(sel.order, measure)
            with_words = measure != "views" and sel.order.field == "views"  # "the video with the most likes"
            if s is not None and s.both_ends:
                # ("the most viewed and the least viewed", "the 2nd most viewed and the 2nd least viewed")
                k, j = (_ordinal_before(p) for p in (s.positions[0], -s.positions[1]))
                head = f"the {k}{words} and the {j}" \
                    f"{_order_words(Order(sel.order.field, not sel.order.descending), measure)}"
                head += " video with" if with_words else " videos"
            elif s is not None and s.positions == (1,):
                # ("without <title>, whats #1": the most viewed of the rest, not "1st most viewed")
                head = f"the video with the {words}" if with_words else f"the {words} video"
            elif s is not None and s.positions:
                head = ", ".join(fmt.ordinal(p) for p in s.positions) + (
                    f" video with the {words}" if with_words else f" {words} video")
            elif s is not None and self._restated_not_top(sel, videos):
                pass  # (not "the 2 most viewed (<#1> and <#4>)": the named, as many as the slice, are not its top)
            elif s is not None:
                n = s.n or 1
                if with_words:
                    head = f"the video with the {words}" if n == 1 else f"the {n} videos with the {words}"
                else:
                    head = f"the {words} video" if n == 1 else f"the {n} {words} videos"
            else:
                head = f"videos, {words} first"
        if head == "videos" and not parts:
            head = f"all {len(videos)} videos"
        text = " ".join([head, *[p for p in parts if p]])
        if videos and sel.order is not None and sel.order.field == "views" and len(videos) > 1 and measure == "views":
            ranks = sorted(self.position[id(v)] for v in videos)
            said = f" (#{ranks[0]}–#{ranks[-1]})"
            if ranks == list(range(ranks[0], ranks[-1] + 1)) and not text.endswith(said):  # (a slice's own, said)
                text += said
        return text

    def _restated_not_top(self, sel: Selection, videos: Sequence[Video]) -> bool:
        """Whether a slice of the most viewed only restates as many videos named ("top 2 (<A> and <B>)") that are
        not the most viewed of all."""
        s, named = sel.slice, [f for f in sel.filters if isinstance(f, Named) and not f.negate]
        if s is None or s.from_end or not named or sel.order is None or sel.order.field != "views" or not (
                sel.order.descending) or len(named[0].videos) != (s.n or 1) or len(videos) != (s.n or 1):
            return False
        return sorted(self.position[id(v)] for v in videos) != list(range(1, len(videos) + 1))

    def _filter_words(self, f: Filter, measure: str = "views") -> str:
        if isinstance(f, PostedBy):
            names = " or ".join(self.name(p) for p in f.people)
            return f"{'not ' if f.negate else ''}posted by {names}"
        if isinstance(f, PostedBetween):
            return _date_words(f)
        if isinstance(f, NotPosted):
            return f"not {self._filter_words(f.dates)}"
        if isinstance(f, TitleHas):
            return f"with “{f.said}” in the title"
        if isinstance(f, PostedOn):
            if len({(d.month, d.year) for d in f.days}) == 1 < len(f.days):  # "posted on 8, 9 or 11 December 2019"
                return f"posted on {', '.join(str(d.day) for d in f.days[:-1])} or {fmt.day(f.days[-1])}"
            return "posted on " + " or ".join(fmt.day(d) for d in f.days)
        if isinstance(f, ViewsBetween):
            if f.low is not None and f.low == f.high:
                return f"with exactly {fmt.count(f.low)} {measure}"
            if f.low is not None and f.high is not None:
                if not f.inclusive:  # ("over 3m but under 7m": neither end itself)
                    return f"with over {fmt.count(f.low)} and under {fmt.count(f.high)} {measure}"
                return f"with between {fmt.count(f.low)} and {fmt.count(f.high)} {measure}"
            if f.low is not None:
                return f"with {'at least' if f.inclusive else 'over'} {fmt.count(f.low)} {measure}"
            return f"with {'at most' if f.inclusive else 'under'} {fmt.count(f.high or 0)} {measure}"
        if isinstance(f, Named):
            titles = " and ".join(self.ds.videos[i].title.rstrip(".") for i in f.videos)
            return f"other than {titles}" if f.negate else f"({titles})"
        if isinstance(f, Ranks):
            span = _ranks_words(f.positions)
            return f"except {span}" if f.negate else f"ranked {span}"
        if isinstance(f, Among):
            return f"among {self.describe(f.items, self.select(f.items))}"
        if isinstance(f, Tweeted):
            return "with no tweet in the article" if f.negate else "with a tweet in the article"
        if isinstance(f, Rounded):
            return f"with {measure} {'not ' if f.negate else ''}a round multiple of {fmt.count(f.step)}"
        if isinstance(f, Hashtagged):
            tags = ", ".join(dict.fromkeys(t for v in self.ds.videos for t in self.hashtags_of[id(v)]))
            return "with a tweet with no hashtag" if f.negate else f"with a hashtag in their tweet ({tags})"
        if isinstance(f, OnWeekdays):  # ("on a Saturday or a Sunday"; every working day is "on a weekday")
            if f.weekdays == WORKING_DAYS:
                return "posted on a weekday (Monday to Friday)"
            return "posted on " + " or ".join(f"a {calendar.day_name[d]}" for d in f.weekdays)
        if isinstance(f, Beside):
            title = self.ds.videos[f.anchor].title.rstrip(".")
            return f"either side of {title} {'by posting date' if f.order.field == 'posted' else 'by views'}"
        if isinstance(f, Within):
            a, b = (self.ds.videos[i].title.rstrip(".") for i in (f.first, f.second))
            return f"between {a} and {b} {'by posting date' if f.order.field == 'posted' else 'by views'}"
        if isinstance(f, Beyond):
            title = self.ds.videos[f.anchor].title.rstrip(".")
            return f"with {'fewer' if f.fewer else 'more'} {measure} than {title}"
        return ""

    # ---- figures of an operand -----------------------------------------------------------------

    def figure(self, operand: Operand, measure: str = "views") -> tuple[float | date, str, list[Video]]:
        """One figure for one side: a video's count or date, or a set's sum, mean or median."""
        if operand.aggregate == "published":  # the source's own date ("days before the article")
            return self.ds.source.published, f"the article of {fmt.day(self.ds.source.published)}", []
        if operand.aggregate == "day":  # a day said ("days before 12 December"): the day itself, no video's
            said = operand.items.filters[0]
            assert isinstance(said, PostedOn)
            return said.days[0], fmt.day(said.days[0]), []
        metric = _metric_side(self, operand)
        if metric is not None:  # a campaign figure set against videos
            where = f" on {metric.platform.title()}" if metric.platform else ""
            if operand.factor != 1:  # ("more than half the <party>'s Facebook views")
                return metric.value * operand.factor, f"{fmt.factor(operand.factor)} the {metric.measure} of " \
                    f"{metric.label}{where}", []
            return metric.value, f"{metric.label}{where}", []
        videos = self.select(operand.items, measure)
        label = self.describe(operand.items, videos, measure)
        if operand.aggregate == "count":
            return len(videos), label, videos  # "how many in December vs November": none is a count too
        if not videos:
            raise NoSuchPlace(f"No video fits: {label}.")
        if operand.aggregate == "date":
            if len(videos) != 1:
                raise NoSuchPlace(f"That names {len(videos)} videos; I need one for a date.")
            v = videos[0]
            if not (v.tweet and v.tweet.date):
                raise NoSuchPlace(f"I don't have a posting date for {v.title}.")
            return v.tweet.date, v.title, videos
        counts = [n for v in videos if (n := v.count(measure)) is not None]
        if not counts:
            raise NoSuchPlace(f"I don't have {measure} for {label}.")
        value: float
        # (one named video's sum: its own count, by its title; a set said otherwise keeps its words, "posted on ...")
        named = bool(operand.items.filters) and all(isinstance(f, Named) for f in operand.items.filters)
        if (operand.aggregate == "value" or (operand.aggregate == "sum" and named)) and len(videos) == 1:
            value, label = counts[0], videos[0].title.rstrip(".")
        else:
            word, compute = AGGREGATES.get(operand.aggregate, AGGREGATES["sum"])
            if operand.aggregate in AGGREGATES and operand.aggregate != "sum":
                label = f"the {word.split(' (')[0].lower()} of {label}"
            value = compute(counts)
        if operand.added:  # ("if <title> had another 200k": the figure with the amount added)
            return value * operand.factor + operand.added, f"the {measure} of {label} with another " \
                f"{fmt.count(operand.added)}" if operand.added > 0 else \
                f"the {measure} of {label} with {fmt.count(-operand.added)} fewer", videos
        if operand.factor != 1:
            return value * operand.factor, f"{fmt.factor(operand.factor)} the {measure} of {label}", videos
        return value, label, videos

    def undated_note(self, sel: Selection) -> list[str]:
        """A line naming the videos a date filter or order could not place (no posting date given)."""
        dated = any(isinstance(f, (PostedBetween, PostedOn, OnWeekdays, NotPosted)) for f in sel.filters) or (
            sel.order is not None and sel.order.field == "posted")
        if not (dated and self.undated):
            return []
        titles = ", ".join(v.title.rstrip(".") for v in self.undated)
        if any(isinstance(f, NotPosted) for f in sel.filters):  # ("not posted in December": the undated counted)
            return [f"No posting date in the data for: {titles} (counted among them)."]
        return [f"No posting date in the data for: {titles}."]

    def none_fit(self, q: Query, label: str) -> Answer:
        """An empty selection is an answer too: none of the videos fit; the nearest on each side of a bound
        ("any over 15m? if not, the highest"; "anything on the 1st? the closest before") follow."""
        head = f"No video is {label}" if label.startswith("the ") else f"No {label}"
        lines = [f"None of the {len(self.by_rank)} videos fit: {label}."]
        filters = q.items.items.filters
        bounds = [f for f in filters if isinstance(f, (ViewsBetween, PostedOn, PostedBetween))]
        # (videos left out beside the bound are left out of the nearest too: "any over 10m apart from <title>")
        left_out = [f for f in filters if isinstance(f, Named) and f.negate]
        if len(bounds) == 1 and len(filters) == 1 + len(left_out):
            lines += self._nearest(bounds[0], {id(self.ds.videos[i]) for f in left_out for i in f.videos})
        lines += [self._ends_nothing_between(f) for f in filters if isinstance(f, Within)]
        dated = any(isinstance(f, (PostedOn, PostedBetween, OnWeekdays)) for f in filters)
        for f in filters:
            if isinstance(f, PostedBy) and not f.negate and dated:
                # ("<name> posted it on <a day they did not>?": when they did post)
                for p in f.people:
                    theirs = [v for v in self.by_rank if v.tweet and v.tweet.by == p and v.tweet.date]
                    if len(theirs) <= 2:  # (one or two: said; more are what a list of theirs is for)
                        lines += [f"{self.name(p)} posted {v.title.rstrip('.')} on {fmt.day(v.tweet.date)}."
                                  for v in theirs if v.tweet and v.tweet.date]
        return self.stats(_intent(q.op), head, lines, details={"none_fit": True})

    def _ends_nothing_between(self, f: Within) -> str:
        """The two videos nothing stands between, with the day or views that place them."""
        ends = sorted((self.ds.videos[i] for i in (f.first, f.second)), key=lambda v: (
            v.tweet.date if f.order.field == "posted" and v.tweet and v.tweet.date else date.min, -v.views))
        if f.order.field == "posted":
            said = [f"{v.title.rstrip('.')} ({fmt.day(v.tweet.date) if v.tweet and v.tweet.date else 'no date'})"
                    for v in ends]
        else:
            said = [f"{v.title.rstrip('.')} ({fmt.count(v.views)} views)" for v in ends]
        return f"Nothing stands between {said[0]} and {said[1]}."

    def _nearest(self, bound: ViewsBetween | PostedOn | PostedBetween, left_out: set[int]) -> list[str]:
        """The videos nearest a bound nothing met, one each side (none of those `left_out`, by id): by views, or by
        posting date."""
        videos = [v for v in self.by_rank if id(v) not in left_out] if left_out else self.by_rank
        if isinstance(bound, ViewsBetween):
            near = []
            if bound.low is not None and (below := [v for v in videos if v.views < bound.low]):
                near.append((f"below {fmt.count(bound.low)}", below[0]))
            if bound.high is not None and (above := [v for v in videos if v.views > bound.high]):
                near.append((f"above {fmt.count(bound.high)}", above[-1]))
            return [f"Closest {side}: {v.title.rstrip('.')}, {fmt.count(v.views)} views." for side, v in near]
        first, last = ((min(bound.days), max(bound.days)) if isinstance(bound, PostedOn)
                       else (bound.start or date.min, bound.end or date.max))
        dated = sorted(((v.tweet.date, v) for v in videos if v.tweet and v.tweet.date), key=lambda p: p[0])
        before = [p for p in dated if p[0] < first]
        after = [p for p in dated if p[0] > last]
        days = [(f"before {fmt.day(first)}", before[-1]) if before else None,
                (f"after {fmt.day(last)}", after[0]) if after else None]
        return [f"Closest {side}: {v.title.rstrip('.')}, posted {fmt.day(when)}."
                for side, (when, v) in filter(None, days)]

    def video_lines(self, videos: Sequence[Video], measure: str = "views") -> list[str]:
        """One line per video (views, the count asked, date, poster), at most MAX_ROWS of them.

        The lines carry more than a list's rows (dates, posters), so a composed answer has no rows:
        the plain text would show every video twice.
        """
        lines = [self.video_line(v, measure) for v in videos[:MAX_ROWS]]
        if len(videos) > MAX_ROWS:
            lines.append(f"Showing the first {MAX_ROWS} of {len(videos):,}.")
        return lines

    def video_line(self, v: Video, measure: str = "views") -> str:
        """#rank Title: views (and the count asked, if another), posted date."""
        posted = f", posted {fmt.day(v.tweet.date)}" if v.tweet and v.tweet.date else ""
        by = _by(self, v)
        other = v.count(measure) if measure != "views" else None
        extra = f", {fmt.count(other)} {measure}" if other is not None else ""
        return f"#{self.position[id(v)]} {v.title}: {fmt.count(v.views)} views{extra}{posted}{by}"


# ---- the operations ----------------------------------------------------------------------------


def _list(self: QueryAnswers, q: Query) -> Answer:
    videos = self.select(q.items.items, q.measure)
    label = self.describe(q.items.items, videos, q.measure)
    if not videos:
        return self.none_fit(q, label)
    if len(videos) == 1:
        return _item(self, q)  # one video: its whole card
    lines = [f"{_of_all(len(videos), len(self.by_rank), label)}:"]
    lines += self.video_lines(videos, q.measure)
    lines += self.undated_note(q.items.items)
    for f in q.items.items.filters:
        if isinstance(f, Beside):
            # ("<title> rank + the ones either side", "its date and what's either side date-wise": the one they
            # stand beside, its own place and day said too)
            mid = self.ds.videos[f.anchor]
            day = f", posted {fmt.day(mid.tweet.date)}" if mid.tweet and mid.tweet.date else ""
            lines.append(f"Between them: #{self.position[id(mid)]} {mid.title.rstrip('.')}, "
                         f"{fmt.count(mid.views)} views{day}.")
    # (the places listed, for a field asked of each: "links for X and Y")
    listed = tuple(self.position[id(v)] for v in videos[:MAX_ROWS])
    return self.stats(_intent(q.op), _cap(label), lines, details={"listed": listed})


def _item(self: QueryAnswers, q: Query) -> Answer:
    videos = self.select(q.items.items, q.measure)
    label = self.describe(q.items.items, videos, q.measure)
    if not videos:
        return self.none_fit(q, label)
    if len(videos) > 1:
        return _list(self, q)
    # The video's whole card (poster, date, tweet, link) under a title that says how it was picked.
    v = videos[0]
    lines = _ordered_named(self, q)
    order = q.items.items.order
    undated = [w.title for w in (self.ds.videos[i] for i in _named_set(q)) if not (w.tweet and w.tweet.date)] \
        if order is not None and order.field != "views" else []
    if undated and lines:
        # ("which came first, <undated> or <title>": no order to pick from when one has no date)
        return self.refuse(_intent(q.op), f"I don't have a posting date for {undated[0]}.", lines)
    card = self.video(v, "card")  # type: ignore[attr-defined]
    head = f"{_cap(label)}: {v.title}"
    lines = [_sentence(head), *lines]
    own = card.lines
    if (rel := q.items.items.relative) is not None and rel.asked and rel.order.field == "views" \
            and q.measure == "views":
        # ("<title>'s views, and the one below it": what the video it is placed against has, after the picked one's)
        anchor = self.ds.videos[rel.anchor]
        own = (*own[:2], f"{anchor.title.rstrip('.')} ({_relative_words(-rel.offset, rel.order)} it): "
               f"{fmt.count(anchor.views)} ({fmt.short(anchor.views)}) views, {self.place(anchor)}.", *own[2:])
    return replace(card, intent=_intent(q.op), title=head, lines=(*lines, *own))


def _place_among(self: QueryAnswers, q: Query) -> Answer:
    """Where one video would stand among a set by views ("if the top 2 were taken out, where would <title> be")."""
    videos = self.select(q.items.items, q.measure)
    assert q.whole is not None
    rest = self.select(Selection(q.whole.filters, Order("views", True)), q.measure)
    label = self.describe(q.whole, rest, q.measure)
    if len(videos) != 1:
        return self.none_fit(q, label)
    v = videos[0]
    card = self.video(v, "card")  # type: ignore[attr-defined]
    if v not in rest:
        head = f"{v.title.rstrip('.')} is itself taken out: {label}"
        return replace(card, intent=_intent(q.op), title=head, lines=(_sentence(head), *card.lines))
    k = rest.index(v) + 1
    head = f"Among the {len(rest)} {label}, {v.title.rstrip('.')} would be #{k} ({fmt.ordinal(k)})"
    now = f"It is #{self.position[id(v)]} of {len(self.by_rank)} with every video."
    return replace(card, intent=_intent(q.op), title=head, lines=(_sentence(head), now, *card.lines))


def _named_set(q: Query) -> tuple[int, ...]:
    """The videos named together to pick one from ("which came first, X or Y"), else ()."""
    return next((f.videos for f in q.items.items.filters if isinstance(f, Named) and not f.negate
                 and len(f.videos) > 1), ())


def _ordered_named(self: QueryAnswers, q: Query) -> list[str]:
    """Named videos ordered to pick one ("which came first, X or Y", "was X above or below Y"): what each
    has in that order, so the pick can be checked."""
    sel = q.items.items
    named = [f for f in sel.filters if isinstance(f, Named) and not f.negate and len(f.videos) > 1]
    if not named or sel.order is None:
        return []
    group = [self.ds.videos[i] for i in named[0].videos]
    if sel.order.field == "views":
        if q.measure != "views":
            return []
        return ["; ".join(f"{w.title.rstrip('.')}: {fmt.count(w.views)} views, {self.place(w)}" for w in group) + "."]
    # (who posted each, too: "the <poster> one" names a video by its poster, whom the reply then shows; and each
    # one's views, as the card of the one picked gives only its own: "<A> vs <B>, views each, which came first")
    lines = ["; ".join(f"{w.title.rstrip('.')}: " + (f"posted {fmt.day(w.tweet.date)}{_by(self, w)}"
                                                       if w.tweet and w.tweet.date else "no date given")
                       + f", {fmt.count(w.views)} views" for w in group) + "."]
    dates = [w.tweet.date for w in group if w.tweet and w.tweet.date]
    if len(group) == len(dates) == 2 and dates[0] != dates[1]:
        (d0, first), (d1, second) = sorted(zip(dates, group, strict=True), key=lambda p: p[0])
        lines.append(_first_then(first.title.rstrip("."), second.title.rstrip("."), (d1 - d0).days, "was posted"))
    return lines


def _by(self: QueryAnswers, video: Video) -> str:
    """ " by <poster>" when the video's tweet names one, else ""."""
    return f" by {self.name(video.tweet.by)}" if video.tweet and video.tweet.by else ""


def _first_then(first: str, second: str, days: int, verb: str = "came") -> str:
    """Which came first, said both ways ("X came first, 6 days before Y; Y came 6 days after")."""
    gap = f"{days} day{'s' if days != 1 else ''}"
    first, second = first.rstrip("."), second.rstrip(".")
    return f"{first} {verb} first, {gap} before {second}; {second} came {gap} after."


def _count(self: QueryAnswers, q: Query) -> Answer:
    videos = self.select(q.items.items, q.measure)
    label = self.describe(q.items.items, videos, q.measure)
    lines = [f"{_of_all(len(videos), len(self.by_rank), label)}."]
    lines += self.video_lines(videos, q.measure)
    lines += self.undated_note(q.items.items)
    sel = q.items.items
    if len(videos) == len(self.by_rank) - 1 and sel.slice is None and not any(
            isinstance(f, Among) for f in sel.filters):
        # ("how many have a tweet shown? one seems to be missing": the one of the whole list left out, named)
        left = next(v for v in self.by_rank if all(v is not w for w in videos))
        lines.append(f"The one left out: {left.title}")
    head = f"How many videos: {len(videos)}" if label.startswith("all ") else f"How many {label}: {len(videos)}"
    return self.stats("aggregate", head, lines)


# Which gaps between neighbours a "neighbours" query asks for (its operand's aggregate).
NEIGHBOUR_GAPS = ("least", "most", "mean", "all")


def _neighbours(self: QueryAnswers, q: Query) -> Answer:
    """The gaps between videos next to each other in an order: the smallest or largest pair, or their mean."""
    by_date = q.field == "posted"
    videos = self._ordered(self.select(q.items.items, q.measure), Order("posted" if by_date else "views",
                                                                          not by_date), q.measure)
    label = self.describe(q.items.items, videos, q.measure)
    if by_date and label.startswith("all "):  # (a video the article gives no tweet for has no date)
        label = f"the {len(videos)} videos with a posting date"
    if len(videos) < 2:
        return self.none_fit(q, label) if not videos else self.stats(
            "compare", f"Only one of {label}", [f"Only one video fits: {videos[0].title}; no two to compare."])

    def gap(a: Video, b: Video) -> int:
        if by_date:
            return (b.tweet.date - a.tweet.date).days  # type: ignore[union-attr, operator]
        return (a.count(q.measure) or 0) - (b.count(q.measure) or 0)

    def side(v: Video) -> str:
        if by_date:
            return f"{v.title.rstrip('.')} ({fmt.day(v.tweet.date)})"  # type: ignore[union-attr]
        return f"#{self.position[id(v)]} {v.title.rstrip('.')} ({fmt.count(v.count(q.measure) or 0)})"

    def amount(n: float) -> str:
        said = fmt.count(n) if float(n).is_integer() else f"{n:,.2f}".rstrip("0")  # (a mean: "3.5 days")
        return f"{said} day{'s' if n != 1 else ''}" if by_date else f"{said} {q.measure}"

    pairs = [(gap(a, b), a, b) for a, b in pairwise(videos)]
    order_words = "posting order" if by_date else f"{q.measure} order"
    which = q.items.aggregate
    if which == "mean":
        mean = sum(g for g, _, _ in pairs) / len(pairs)
        head = f"Average gap between neighbours in {order_words}: {amount(round(mean, 2))}"
        lines = [f"{head}, over the {len(pairs)} gaps between {label}."]
        lines += [f"{side(a)} → {side(b)}: {amount(g)}" for g, a, b in pairs]
        return self.stats("compare", head, lines)
    if which == "all":
        head = f"Gaps between neighbours in {order_words}"
        return self.stats("compare", head, [f"{head}, {label}:"] + [f"{side(a)} → {side(b)}: {amount(g)}"
                                                                      for g, a, b in pairs])
    best = (min if which == "least" else max)(g for g, _, _ in pairs)
    tied = [(a, b) for g, a, b in pairs if g == best]
    word = "closest" if which == "least" else "furthest apart"
    head = f"Neighbours {word} in {order_words}: {amount(best)} apart"
    lines = [f"{side(a)} and {side(b)}: {amount(best)} apart." for a, b in tied]
    if len(tied) > 1:
        lines.insert(0, f"{len(tied)} pairs tie, each {amount(best)} apart:")
    lines.append(f"Of {label}: {len(pairs)} neighbouring pair{'s' if len(pairs) > 1 else ''}.")
    return self.stats("compare", head, lines)


def _posters(self: QueryAnswers, q: Query) -> Answer:
    """Who posted the most of a set: each poster's number of its videos, most first."""
    videos = self.select(q.items.items, q.measure)
    label = self.describe(q.items.items, videos, q.measure)
    if not videos:
        return self.none_fit(q, label)
    counts: dict[str, int] = {}
    for v in videos:
        if v.tweet and v.tweet.by:
            counts[v.tweet.by] = counts.get(v.tweet.by, 0) + 1
    if not counts:
        return self.stats("aggregate", f"No poster for {label}", [f"The article gives no tweet for {label}."])
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], self.name(kv[0])))
    top = [p for p, n in ranked if n == ranked[0][1]]
    who = " and ".join(self.name(p) for p in top)
    head = f"Posted the most of {label}: {who}, {ranked[0][1]} of {len(videos)}"
    lines = [f"{head}."] + [f"{self.with_handle(by) if (by := self.person(p)) else self.name(p)}: {n} of {len(videos)}."
                            for p, n in ranked]
    lines.append(f"{len(counts)} poster{'s' if len(counts) != 1 else ''} in all.")  # ("how many posters")
    untweeted = [v.title.rstrip(".") for v in videos if not (v.tweet and v.tweet.by)]
    if untweeted:
        lines.append(f"No tweet in the article for: {', '.join(untweeted)}.")
    return self.stats("aggregate", head, lines)


# How each grouping names a group, from a posting date: its key (for order) and its words.
_GROUP_KEYS: dict[str, Callable[[date], tuple[tuple[int, ...], str]]] = {
    "by_month": lambda d: ((d.year, d.month), f"{fmt.month(d.month)} {d.year}"),
    "by_weekday": lambda d: ((d.weekday(),), f"{d:%A}"),
}
_GROUP_UNITS = {"by_month": "month", "by_weekday": "day of the week"}
WEEK = 7


def _grouped(self: QueryAnswers, q: Query) -> Answer:
    """A set's videos grouped by when they were posted (month, day of the week): each group's count and views, the
    group with the most (or the least) first when asked."""
    videos = self.select(q.items.items, q.measure)
    label = self.describe(q.items.items, videos, q.measure)
    if not videos:
        return self.none_fit(q, label)
    key_of = _GROUP_KEYS[q.op]
    groups: dict[tuple[int, ...], tuple[str, list[Video]]] = {}
    for v in videos:
        if v.tweet and v.tweet.date:
            key, name = key_of(v.tweet.date)
            groups.setdefault(key, (name, []))[1].append(v)
    if q.op == "by_weekday":  # (a day of the week with none is a group too: the fewest)
        for day in range(WEEK):
            groups.setdefault((day,), (f"{date(2001, 1, 1 + day):%A}", []))  # (1 January 2001 was a Monday)
    undated = [v for v in videos if not (v.tweet and v.tweet.date)]
    by = q.items.aggregate  # "count", "sum" or "mean": what ranks the groups
    # (each group's count and views, worked out once: (key, name, count, views))
    tallies = [(key, name, len(vs), sum(v.views for v in vs)) for key, (name, vs) in groups.items()]

    def figure(count: int, views: int) -> float:
        return count if by == "count" else views if by == "sum" else views / count if count else 0.0

    unit = _GROUP_UNITS[q.op]
    what = "videos" if by == "count" else q.measure if by == "sum" else f"average {q.measure}"
    sign = 1 if q.extreme == "least" else -1
    ranked = sorted(tallies, key=lambda t: (sign * figure(t[2], t[3]), t[0])) if q.extreme else sorted(tallies)
    total = sum(v.views for v in videos)

    def share(views: int) -> str:  # ("what % of views did each month account for": each one's part)
        return f" ({fmt.percent(views / total * 100, q.places)} of the views)" if "share" in q.also and total else ""

    def mean(count: int, views: int) -> str:  # ("which month had the highest average views": each one's mean)
        return f" ({fmt.count(views / count)} on average)" if by == "mean" and count > 1 else ""

    lines = [f"{name}: {n} video{'s' if n != 1 else ''}, {fmt.count(views)} views{mean(n, views)}{share(views)}."
             if n else f"{name}: none." for _, name, n, views in ranked]
    # (each distinct figure from the end asked, ties sharing a place: "the second most" is the second of these)
    figures = list(dict.fromkeys(figure(n, views) for _, _, n, views in ranked))
    if q.extreme and q.place <= len(figures):
        best = figures[q.place - 1]
        tied = [name for _, name, n, views in ranked if figure(n, views) == best]
        amount = fmt.count(best) + (f" video{'s' if best != 1 else ''}" if by == "count" else "")
        which = ("Most" if q.extreme == "most" else "Fewest") if by != "mean" else (
            "Highest" if q.extreme == "most" else "Lowest")
        which = f"{fmt.ordinal(q.place)} {which.lower()}" if q.place > 1 else which
        head = f"{which} {what} by {unit}: {_joined(tied)}, {amount}{' each' if len(tied) > 1 else ''}"
    else:
        head = f"{label[:1].upper()}{label[1:]} by {unit}"
    lines.insert(0, f"{head}.")
    if undated:
        lines.append(f"No posting date in the data for: {', '.join(v.title.rstrip('.') for v in undated)}"
                     f"{share(sum(v.views for v in undated))}.")
    return self.stats("aggregate", head, lines)


def _ordinal_before(place: int) -> str:
    """A place said before an order's words ("2nd "), none for the first ("the most viewed")."""
    return f"{fmt.ordinal(place)} " if place > 1 else ""


def _joined(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _median(values: Sequence[int]) -> float:
    return view_summary(values)[2]


# A figure of a set of counts: its word in a reply, and how it is computed. A new one here, with its
# phrases under `query: operation:` in vocabulary.yaml and a line in OPERATIONS, is a new question type.
AGGREGATES: dict[str, tuple[str, Callable[[Sequence[int]], float]]] = {
    "sum": ("Total", sum),
    "mean": ("Average", lambda values: sum(values) / len(values)),
    "median": ("Median", _median),
    "spread": ("Gap between the highest and lowest", lambda values: max(values) - min(values)),
    # (the population's, dividing by n, unless the sample's, n - 1, is asked)
    "sd": ("Standard deviation (population, dividing by n) of the", pstdev),
    "sample_sd": ("Standard deviation (sample, dividing by n - 1) of the",
                  lambda values: stdev(values) if len(values) > 1 else 0.0),
}


def _aggregate(name: str) -> Callable[[QueryAnswers, Query], Answer]:
    def run(self: QueryAnswers, q: Query) -> Answer:
        videos = self.select(q.items.items, q.measure)
        label = self.describe(q.items.items, videos, q.measure)
        if not videos:
            return self.none_fit(q, label)
        if q.items.factor != 1 or q.items.added:  # "half of the <title>'s views": the figure, scaled
            value, what, _ = self.figure(q.items, q.measure)
            assert isinstance(value, (int, float))
            head = _cap(f"{what}: {fmt.count(value)}")
            # (a figure made more, "another 200k", "10% more": where it would then stand)
            # ("if it lost half its views": where it would fall to; "half of <title>'s views": a figure only)
            more = q.items.added or 1 < q.items.factor < 2 or q.items.supposed
            placed = _would_place(self, videos[0], value, q.measure) if len(videos) == 1 and more else []
            return self.stats(_intent(q.op), head, [_sentence(head), *placed, *self.video_lines(videos, q.measure)])
        if len(videos) == 1 and name == "sum":
            sel = q.items.items
            if q.measure == "views" and sel.order is None and sel.slice is None and sel.relative is None and all(
                    isinstance(f, Named) and not f.negate for f in sel.filters):
                # ("total views of <title>", "<title>'s views, fb and twitter together"): its figure, as asked of it
                return replace(self.video(videos[0], "views"), intent=_intent(q.op))  # type: ignore[attr-defined]
            if q.measure == "views":
                return _item(self, q)
            v, n = videos[0], videos[0].count(q.measure)
            if n is None:
                return self.refuse(_intent(q.op), f"I don't have {q.measure} for {v.title.rstrip('.')}.",
                                   [f"{v.title.rstrip('.')}: {self.views(v)}."])
            head = f"{v.title.rstrip('.')}: {fmt.count(n)} {q.measure}"
            return self.stats(_intent(q.op), head, [_sentence(head), self.video_line(v, q.measure)],
                              rows=self.listed(videos, []))  # "views of the one posted on <day>": that video's card
        counts = [n for v in videos if (n := v.count(q.measure)) is not None]
        missing = [v.title.rstrip(".") for v in videos if v.count(q.measure) is None]
        if not counts:
            return self.refuse(_intent(q.op), f"I don't have {q.measure} for {', '.join(missing)}.")
        if missing:  # computed over the videos that have the count, and said so
            label += f" ({len(counts)} of them with {q.measure} figures)"
        word, compute = AGGREGATES[name]
        value = compute(counts)
        head = f"{word} {q.measure} of {label}: {fmt.count(value)}"
        stands = fmt.against(value, q.bar) if q.bar is not None else ""  # ("do they beat 5m together")
        middle = self.middle_of(videos, q.measure) if name == "median" else ""  # ("the middle video's views")
        lines = [f"{head} ({len(counts)} video{'s' if len(counts) != 1 else ''}){': ' + stands if stands else ''}"
                 f"{middle}."]
        head += f", {stands}" if stands else ""
        lines += [f"{AGGREGATES[a][0]} {q.measure}: {fmt.count(AGGREGATES[a][1](counts))}." for a in q.also]
        if missing:
            lines.append(f"No {q.measure} given for: {', '.join(missing)}.")
        lines += self.video_lines(videos, q.measure)
        return self.stats(_intent(q.op), head, lines)

    return run


MULTIPLES = {2: "double", 3: "triple", 4: "four times as many"}  # a ratio that is exactly one of these says so
PARTS = {2: "half", 4: "a quarter", 5: "a fifth", 10: "a tenth"}  # the smaller side as exactly one of these parts


def _would_place(self: QueryAnswers, video: Video, value: float, measure: str) -> list[str]:
    """Where a video would stand with another figure ("if <title> had another 200k views, what rank"): its place
    among the others, and the one it would equal."""
    others = [v for v in self.by_rank if v is not video and v.count(measure) is not None]
    above = [v for v in others if (v.count(measure) or 0) > value]
    same = [v for v in others if v.count(measure) == value]
    place = len(above) + 1
    level = f", level with {same[0].title.rstrip('.')}" if same else ""
    return [f"With {fmt.count(value)} {measure} it would be #{place} of {len(others) + 1} ({fmt.ordinal(place)})"
            f"{level}, where it is #{self.position[id(video)]}."]


def _titled(label: str, videos: Sequence[Video]) -> str:
    """A side's label with its one video's title when the label does not name it ("videos posted on 11 December
    2019 (<title>)")."""
    if len(videos) != 1 or (title := videos[0].title.rstrip(".")) in label:
        return label
    return f"{label} ({title})"


def _places(n: int) -> str:
    """ "1 place", "5 places"."""
    return f"{n} place{'s' if n != 1 else ''}"


def _places_apart(self: QueryAnswers, q: Query, a_videos: list[Video], b_videos: list[Video]) -> Answer:
    """How many places apart two videos stand in the list by views, the first said against the second, and the
    videos between them."""
    if len(a_videos) != 1 or len(b_videos) != 1:
        return self.refuse(_intent(q.op), "I count places between two videos, one on each side.")
    a, b = a_videos[0], b_videos[0]
    at, bt = self.position[id(a)], self.position[id(b)]
    a_title, b_title = a.title.rstrip("."), b.title.rstrip(".")
    apart = abs(at - bt)
    if not apart:
        head = f"That is one video: {a_title}, #{at} of {len(self.by_rank)}"
        return self.stats(_intent(q.op), head, [_sentence(head)])
    head = f"{a_title} is {_places(apart)} {'above' if at < bt else 'below'} {b_title}"
    lines = [_sentence(head), f"By views across Facebook and Twitter: #{at} and #{bt} of {len(self.by_rank)}.",
             f"{a_title}: {fmt.count(a.views)} views; {b_title}: {fmt.count(b.views)} views."]
    between = self.by_rank[min(at, bt) : max(at, bt) - 1]
    lines.append(f"Between them ({len(between)}): " + "; ".join(f"#{self.position[id(v)]} {v.title.rstrip('.')}"
                                                                 for v in between) + "." if between else
                 "No video stands between them.")
    lines += self.posted_first(a, b)  # ("... and when were they posted": which came first, and when)
    return self.stats(_intent(q.op), head, lines)


def _two_sided(self: QueryAnswers, q: Query) -> Answer:
    assert q.other is not None
    a, a_label, a_videos = self.figure(q.items, q.measure)
    b, b_label, b_videos = self.figure(q.other, q.measure)
    if q.op == "days":
        assert isinstance(a, date) and isinstance(b, date)
        if a_videos and a_videos == b_videos and q.items.items.filters == q.other.items.filters and (
                q.items.items.slice, q.other.items.slice) == (Slice(positions=(1,)), Slice(positions=(-1,))):
            # ("days between the videos <poster> posted", one of them dated): the set's first and last are one
            return self.refuse(_intent(q.op), f"Only one dated video fits: {a_videos[0].title.rstrip('.')}, posted "
                                              f"{fmt.day(a)}. There are no days between two.")
        days = abs((b - a).days)
        first, second = ((a_label, a), (b_label, b)) if a <= b else ((b_label, b), (a_label, a))
        gap = f"{days} day{'s' if days != 1 else ''}"
        head = f"{gap} between {first[0]} and {second[0].rstrip('.')}"  # (a title may end with a full stop)
        if q.way is not None and a != b:  # ("was <A> posted before or after <B>": which way <A> stands, first)
            head = f"{_cap(q.way[0] if a < b else q.way[1])}: {a_label.rstrip('.')} was posted {gap} " \
                   f"{'before' if a < b else 'after'} {b_label.rstrip('.')}"
        fixed = {q.items.aggregate, q.other.aggregate} & {"published", "day"}
        if q.items.aggregate == q.other.aggregate == "day":  # ("days between 14 nov and 12 dec": two days, no video)
            return self.stats(_intent(q.op), head, [f"{head}."])
        if fixed:  # (a day said or the article's: only the video was posted)
            video = (a_label, a) if q.items.aggregate not in fixed else (b_label, b)
            lines = [f"{head}: {video[0].rstrip('.')} was posted {fmt.day(video[1])}."]
        elif len(a_videos) == len(b_videos) == 1:  # (each one's poster: "the <poster> one" names a video)
            by_first, by_second = (_by(self, v[0]) for v in ((a_videos, b_videos) if a <= b else (b_videos, a_videos)))
            lines = [f"{head}: posted {fmt.day(first[1])} and {fmt.day(second[1])}, both{by_first}." if
                     by_first == by_second and by_first else
                     f"{head}: posted {fmt.day(first[1])}{by_first} and {fmt.day(second[1])}{by_second}."]
        else:
            lines = [f"{head}: posted {fmt.day(first[1])} and {fmt.day(second[1])}."]
        if days:  # "before or after, and by how many days": which came first, said both ways
            lines.append(_first_then(_cap(first[0]), second[0], days) if not fixed else
                         f"{_cap(video[0].rstrip('.'))} was posted {gap} {'before' if video == first else 'after'} "
                         f"{(second if video == first else first)[0].rstrip('.')}.")
        if weeks := _in_weeks(days):
            lines.append(f"In weeks: {weeks}.")  # ("how many weeks between <A> and <B>")
        if len(a_videos) == len(b_videos) == 1 and a_videos != b_videos:
            # ("how many days between <A> and <B> + the views diff": the two videos' views beside their dates)
            hi, lo = sorted((a_videos[0], b_videos[0]), key=lambda v: -v.views)
            lines.append(f"In views: {hi.title.rstrip('.')} had {fmt.count(hi.views - lo.views)} more "
                         f"({fmt.count(hi.views)} against {fmt.count(lo.views)}; "
                         f"{fmt.count(hi.views + lo.views)} together).")
        return self.stats(_intent(q.op), head, lines)
    if q.op == "places":
        return _places_apart(self, q, a_videos, b_videos)
    assert isinstance(a, (int, float)) and isinstance(b, (int, float))
    counted = q.items.aggregate == "count"
    unit = (lambda n: "video" if n == 1 else "videos") if counted else (lambda n: q.measure)
    if counted:  # "how many in November and how many in December": each count out of all
        values = [f"{_cap(label)}: {fmt.count(n)} of the {len(self.by_rank)} videos." for label, n in
                  ((a_label, a), (b_label, b))]
    else:
        values = [f"{_cap(_titled(a_label, a_videos))}: {_qualified(self, q.items)}{fmt.count(a)} {unit(a)}"
                  f"{_unscaled(q.items, a)}.",
                  f"{_cap(_titled(b_label, b_videos))}: {_qualified(self, q.other)}{fmt.count(b)} {unit(b)}"
                  f"{_unscaled(q.other, b)}."]
        values += _unlike(self, q.items, q.other)
    if q.op == "difference":
        more, less = ((a_label, a), (b_label, b)) if a >= b else ((b_label, b), (a_label, a))
        gap = fmt.count(more[1] - less[1])
        averaged = {q.items.aggregate, q.other.aggregate} & {"mean", "median"} or q.items.factor != 1 \
            or q.other.factor != 1  # ("half the views of X is 200,000 views above Y")
        about = "about " if _qualified(self, q.items) or _qualified(self, q.other) else ""  # ("over 86m": a bound)
        scaled = q.items.factor != 1 or q.other.factor != 1
        verdict = f"{_cap(q.way[0] if a > b else q.way[1])}: " if q.way is not None and a != b else ""
        if scaled:
            # ("is <A> more or less than half of <B>": <A> first, above or below the scaled <B>)
            head = verdict + _cap(f"{a_label} is {about}{gap} {q.measure} {'above' if a >= b else 'below'} {b_label}")
        elif more[1] == less[1]:  # ("is #1 > #5+#6+#7+#8": neither, the same count)
            head = _cap(f"{a_label} had exactly as many {q.measure} as {b_label}: {fmt.count(a)}")
        elif verdict and not averaged:  # ("is A higher or lower than B", "does A beat B": the way A stands, first)
            head = (f"{verdict}{a_label} had {about}{gap} {'more' if a > b else 'fewer'} {unit(more[1] - less[1])} "
                    f"than {b_label}")
        else:
            head = _cap(f"{more[0]} is {about}{gap} {q.measure} above {less[0]}" if averaged else
                        f"{more[0]} had {about}{gap} more {unit(more[1] - less[1])} than {less[0]}")
        lines = [_sentence(head), *values]
        if scaled and q.items.aggregate == q.other.aggregate == "value":
            # ("and what's the actual difference"): the gap between the counts themselves, unscaled
            plain_a, plain_b = a / q.items.factor, b / q.other.factor
            if plain_a and plain_b and len(a_videos) == len(b_videos) == 1:
                # ("more than 5x the views of <B>?": how many times the one is the other, said beside)
                (hi, high), (lo, low) = _unscaled_pair(q, a, b, a_videos[0], b_videos[0])
                lines.insert(1, f"{hi.title.rstrip('.')} had {fmt.ratio(high, low)} times the {q.measure} of "
                                f"{lo.title.rstrip('.')}.")
                lines.insert(2, f"{lo.title.rstrip('.')} had {fmt.percent(low / high * 100)} of the {q.measure} of "
                                f"{hi.title.rstrip('.')}.")  # ("... as a %")
            lines.append(f"The plain gap: {fmt.count(abs(plain_a - plain_b))} {q.measure} "
                         f"({fmt.count(plain_a)} against {fmt.count(plain_b)}).")
        elif scaled and (b / q.other.factor) and any(_metric_side(self, o) is not None for o in (q.items, q.other)):
            # ("is <title> alone more than half the <party>'s total": what part of the one the other is, too)
            a_plain = self.figure(replace(q.items, factor=1.0), q.measure)[1]
            b_plain = self.figure(replace(q.other, factor=1.0), q.measure)[1]
            # (a bound or a round figure, "over 86m", "around 25m": the share as near as that allows)
            near = "about " if _qualified(self, q.items) or _qualified(self, q.other) else ""
            lines.insert(1, f"{_cap(a_plain)} had {near}{fmt.percent(a / q.items.factor / (b / q.other.factor) * 100)}"
                            f" of the {q.measure} of {b_plain}.")
        if q.measure == "views" and len(a_videos) == len(b_videos) == 1 and not averaged and a_videos != b_videos \
                and q.items.aggregate == q.other.aggregate == "value":
            # two videos' views: how far apart they stand in the list too ("and by how many places")
            (hi, lo) = sorted((a_videos[0], b_videos[0]), key=lambda v: self.position[id(v)])
            places = self.position[id(lo)] - self.position[id(hi)]
            lines.append(f"In places: #{self.position[id(hi)]} and #{self.position[id(lo)]}, {_places(places)} apart; "
                         f"{hi.title.rstrip('.')} is higher in the list.")
            lines += self.posted_first(a_videos[0], b_videos[0])  # ("... and which came first")
        return self.stats(_intent(q.op), head, lines)
    if q.op == "ratio" and (q.items.factor != 1 or q.other.factor != 1) and len(a_videos) == len(b_videos) == 1 \
            and q.items.aggregate == q.other.aggregate == "value":
        # ("is <A> more than double <B>? whats the ratio": the two videos' own ratio, and whether the scaled claim
        # holds; never a ratio against the scaled figure)
        (hi, high), (lo, low) = _unscaled_pair(q, a, b, a_videos[0], b_videos[0])
        head = _cap(f"{hi.title.rstrip('.')} had {fmt.ratio(high, low, q.places)} times the {q.measure} of "
                    f"{lo.title.rstrip('.')}")
        verdict = f"{'Yes' if a > b else 'No'}: {a_label} is {'more' if a > b else 'not more'} than {b_label}."
        return self.stats(_intent(q.op), head, [_sentence(head), verdict, *values], details={"pair": (high, low)})
    if q.op == "ratio":
        big, small = ((a_label, a), (b_label, b)) if a >= b else ((b_label, b), (a_label, a))
        times = big[1] / small[1] if small[1] else 0.0
        exact = next((f" (exactly {word})" for k, word in MULTIPLES.items() if times == k), "")  # ("is it double?")
        head = _cap(f"{big[0]} had {fmt.ratio(big[1], small[1], q.places)} times the {q.measure} of {small[0]}{exact}")
        gap = f"The gap: {fmt.count(big[1] - small[1])} {unit(big[1] - small[1])}."  # ("how many x and the gap")
        # ("is <A> a fifth of <B>", "<A> is half of <B> right?"): the smaller as a share of the bigger, said too
        part = next((f" (exactly {word})" for k, word in PARTS.items() if times == k), "")
        share = [f"{_cap(small[0])} had {fmt.percent(small[1] / big[1] * 100)} of the {q.measure} of {big[0]}{part}."
                 ] if big[1] and not counted and small[1] < big[1] else []
        return self.stats(_intent(q.op), head, [_sentence(head), *share, *values, gap], details={"pair": (a, b)})
    # change: from b (the base) to a
    if not b:
        return self.refuse(_intent(q.op), "A percentage change from zero is not defined.")
    pct = (a - b) / b * 100
    way = "increase" if pct >= 0 else "decrease"
    head = f"{fmt.percent(abs(pct), q.places)} {way} from {b_label} to {a_label}"
    gap = f"The gap: {fmt.count(abs(a - b))} {unit(abs(a - b))}."  # ("diff in views? and % more": both)
    return self.stats(_intent(q.op), head, [_sentence(head), *reversed(values), gap])


def _metric_side(self: QueryAnswers, side: Operand) -> Metric | None:
    """The campaign figure one side of a query is ("metric:<id>"), or None for a side of videos."""
    if not side.aggregate.startswith(METRIC_SIDE):
        return None
    wanted = side.aggregate.removeprefix(METRIC_SIDE)
    return next(m for m in self.ds.metrics if m.id == wanted)


def _qualified(self: QueryAnswers, side: Operand) -> str:
    """A campaign figure's qualifier before it ("around "), as the source gives it; nothing for videos."""
    metric = _metric_side(self, side)
    return f"{metric.qualifier} " if metric is not None and metric.qualifier else ""


def _unlike(self: QueryAnswers, *sides: Operand) -> list[str]:
    """Beside a campaign figure set against videos, that the two are not counted alike."""
    metric = next((m for s in sides if (m := _metric_side(self, s)) is not None), None)
    if metric is None:
        return []
    of = f" of {metric.of}" if metric.of else ""
    return [f"Not like for like: each video's count is {self.ds.video_views.note}; the figure for {metric.label} is "
            f"{metric.platform.title() + ' ' if metric.platform else ''}{metric.measure}{of}."]


def _unscaled(side: Operand, value: float) -> str:
    """The figure before a scale was applied ("double the views of X: 7,400,000 views (of 3,700,000)")."""
    return f" (of {fmt.count(value / side.factor)})" if side.factor != 1 else ""


def _share(self: QueryAnswers, q: Query) -> Answer:
    whole_sel = q.whole or Selection()
    part, part_label, _ = self.figure(q.items, q.measure)
    if q.other is not None:  # a share of a campaign figure ("what % of the 86m was the top video")
        whole, whole_label, _ = self.figure(q.other, q.measure)
        assert isinstance(part, (int, float)) and isinstance(whole, (int, float))
        head = _cap(f"{part_label} had {fmt.percent(part / whole * 100, q.places)} as many {q.measure} as "
                    f"{whole_label}")
        return self.stats(_intent(q.op), head, [f"{head}: {fmt.count(part)} against {_qualified(self, q.other)}"
                                                f"{fmt.count(whole)}.", *_unlike(self, q.items, q.other)],
                          details={"pair": (part, whole)})
    whole_videos = self.select(whole_sel, q.measure)
    parts = self.select(q.items.items, q.measure)
    if whole_sel != Selection() and q.items.aggregate != "count" and {id(v) for v in whole_videos} == {
            id(v) for v in parts}:
        # ("share of the top 2? <A> + <B> as % of the top 10": a set's share of itself is never what is asked; of
        # every video)
        whole_sel = Selection()
        whole_videos = self.select(whole_sel, q.measure)
    whole_label = self.describe(whole_sel, whole_videos) if whole_sel.filters or whole_sel.order is not None \
        else f"all {len(whole_videos)} videos"  # ("as a % of the top video": that one, named as asked)
    if len(whole_videos) == 1 and whole_sel.order is None and all(
            isinstance(f, Named) and not f.negate for f in whole_sel.filters):
        whole_label = whole_videos[0].title.rstrip(".")  # ("<title> as a % of <title>": the one named, as itself)
    counted = q.items.aggregate == "count"  # ("what % of the videos were posted in November": how many, not views)
    # (a set the whole describes or places, "videos posted by <name>", "the top 3", "#6-#10"; a video named or one
    # place as the whole is a figure to set the part against: "#4 as % of #1")
    described = whole_sel != Selection() and not any(isinstance(f, Named) for f in whole_sel.filters) and (
        len(whole_videos) > 1 or (whole_sel.order is None and not any(isinstance(f, Ranks) for f in whole_sel.filters)))
    left_out: list[str] = []
    if described and not counted and (outside := [v for v in parts if v not in whole_videos]):
        # ("<name> posted <title> himself right? what share of his posted views is that": none of the videos the whole
        # describes; "what % of the top 3 views did the nhs videos get": the ones in it; a share of a whole the part
        # is not in would be a figure of nothing)
        among = f"the {whole_label}" if whole_label.startswith("videos") else whole_label
        names = _joined([v.title.rstrip(".") for v in outside])
        is_, has = ("is", "it has") if len(outside) == 1 else ("are", "they have")
        inside = [v for v in parts if v in whole_videos]
        if not inside:
            return self.refuse(_intent(q.op), f"{names} {is_} not among {among}, so {has} no share of their "
                               f"{q.measure}.", [_posted_line(self, v) for v in outside])
        part = sum(v.count(q.measure) or 0 for v in inside)
        part_label = _joined([v.title.rstrip(".") for v in inside])
        left_out = [f"{names} {is_} not among {among}, so left out."]
    total = len(whole_videos) if counted else sum(v.count(q.measure) or 0 for v in whole_videos)
    assert isinstance(part, (int, float))
    if not total:
        return self.refuse(_intent(q.op), f"No video fits: {whole_label}.")
    pct = part / total * 100
    if not counted and len(parts) == 1 and not any(isinstance(f, Named) for f in q.items.items.filters):
        # ("#7 and how much of the total is it": the video a place or an order picks, named)
        part_label = f"{parts[0].title.rstrip('.')} (#{self.position[id(parts[0])]})"
    head = _cap(f"{part_label} were {fmt.percent(pct, q.places)} of {whole_label}" if counted else
                f"{part_label} had {fmt.percent(pct, q.places)} of the {q.measure} of {whole_label}")
    lines = [f"{head}: {fmt.count(part)} of {fmt.count(total)}{' videos' if counted else ''}.", *left_out]
    if not counted and len(parts) == 1 and parts[0] in whole_videos and len(whole_videos) > 2 and "(#" not in head:
        # ("what rank is <title> and whats its share of the total": its place in the list beside its share)
        lines.append(f"It is {self.place(parts[0])} by {q.measure}.")
    if counted:
        lines += self.undated_note(q.items.items)
    elif len(whole_videos) == 2 and len(parts) == 1 and parts[0] in whole_videos:
        # ("<title> vs <title> split as percentages": the other one's share of the two too)
        other = next(v for v in whole_videos if v is not parts[0])
        lines.append(f"{other.title.rstrip('.')}: {fmt.percent((other.count(q.measure) or 0) / total * 100, q.places)}"
                     " of them.")
    return self.stats(_intent(q.op), head, lines, details={"pair": (part, total)})


def _unscaled_pair(q: Query, a: float, b: float, a_video: Video, b_video: Video) -> tuple[
        tuple[Video, float], tuple[Video, float]]:
    """Two videos with their own counts before a scale said of either ("double <B>"), the higher first."""
    assert q.other is not None
    hi, lo = sorted(((a_video, a / q.items.factor), (b_video, b / q.other.factor)), key=lambda x: -x[1])
    return hi, lo


def _in_weeks(days: int) -> str:
    """A gap of two weeks or more, or of whole weeks, in weeks ("4 weeks", "2 weeks and 3 days"); else ""."""
    weeks, rest = divmod(days, 7)
    if not weeks or (weeks == 1 and rest):
        return ""
    days_left = f" and {rest} day{'s' if rest != 1 else ''}" if rest else ""
    return f"{weeks} week{'s' if weeks != 1 else ''}{days_left}"


def _posted_line(self: QueryAnswers, v: Video) -> str:
    """Who posted a video and when, as the article gives it ("<title> was posted by <name> on <day>.")."""
    if v.tweet is None:
        return f"{v.title.rstrip('.')}: the article gives no tweet for it."
    when = f" on {fmt.day(v.tweet.date)}" if v.tweet.date else ""
    return f"{v.title.rstrip('.')} was posted{_by(self, v)}{when}."


def _metric(self: QueryAnswers, q: MetricQuery) -> Answer:
    """Sums, means, differences, ratios, shares and changes of campaign figures, qualifiers kept."""
    by_id = {m.id: m for m in self.ds.metrics}
    picked = [by_id[i] for i in q.metrics]
    whole = [by_id[i] for i in q.whole]
    everything = list(dict.fromkeys([*picked, *whole]))
    missing = [m for m in everything if q.rate != "total" and not (m.period and m.period.days)]
    if missing:
        return self.refuse("metric", f"I don't have the period of {missing[0].label}'s {missing[0].measure}.",
                           [self.metric_phrase(m) + "." for m in everything])  # type: ignore[attr-defined]

    def value(m: Metric) -> float:
        days = m.period.days if m.period and m.period.days else 1
        figure = m.value * q.factor + q.added if m.id == q.metrics[0] and q.rate != "days" else m.value
        return {"total": figure, "per_day": figure / days, "per_week": figure / days * 7, "days": days}[q.rate]

    approx = "about " if any(m.qualifier for m in everything) and q.rate != "days" else ""
    unit = {"total": "", "per_day": " a day", "per_week": " a week", "days": " days"}[q.rate]
    what = _metric_words(picked[0]) if q.rate != "days" else "(the periods' lengths)"
    names = [_metric_name(m, picked) for m in picked]
    facts = [self.metric_phrase(m) + "." for m in everything]  # type: ignore[attr-defined]
    if q.factor != 1 or q.added:
        # ("if the <party> doubled their views": the figure as supposed, said so; the article's own in the facts)
        how = _supposed_how(q)
        if len(picked) == 1:
            m = picked[0]
            during = f" in {m.period.label}" if m.period else ""
            head = f"{m.label}: {approx}{fmt.count(value(m))}{unit} {what}{during}, {how} (supposed)"
            return self.stats("metric", head, [_sentence(head), *facts])
        names[0] = f"{names[0]} {how} ({approx}{fmt.count(value(picked[0]))}{unit}, supposed)"
    values = [value(m) for m in picked]
    others: list[str] = []
    spans = [m.period.days for m in picked if m.period and m.period.days]
    if q.op == "mean" and q.rate in ("per_day", "per_week") and len(spans) == len(picked) and q.factor == 1 \
            and not q.added:
        # ("avg retweets per day over both campaigns": all of them over all their days, not a mean of the rates,
        # which would weigh a short period's day as much as a long one's)
        pooled = sum(m.value for m in picked)
        result = pooled / sum(spans) * (7 if q.rate == "per_week" else 1)
        head = f"{' and '.join(names)} together: {approx}{fmt.count(result)} {what}{unit} " \
               f"({approx}{fmt.count(pooled)} over {sum(spans)} days)"
    elif q.op in ("sum", "mean"):
        result = sum(values) / (len(values) if q.op == "mean" else 1)
        word = "together" if q.op == "sum" else "on average"
        head = f"{' and '.join(names)} {word}: {approx}{fmt.count(result)}{unit} {what}".rstrip()
    elif q.op == "share":
        total = sum(value(m) for m in whole)
        if not total:
            return self.refuse("metric", "A share of nothing is not defined.", facts)
        share = f"{approx}{fmt.percent(values[0] / total * 100, q.places)}"
        rest = [_metric_name(m, whole) for m in whole if m not in picked]
        if len(rest) < len(whole):  # the part is in the whole: "X and Y combined"
            head = (f"{names[0]}: {share} of the {what}{unit} of {names[0]} and {' and '.join(rest)} combined "
                    f"({approx}{fmt.count(total)})")
            # (each other part's share too: "<A> vs <B> split as percentages" asks both)
            others = [f"{_metric_name(m, whole)}: {approx}{fmt.percent(value(m) / total * 100, q.places)}"
                      for m in whole if m not in picked]
        else:
            head = f"{names[0]}: {share} of {fmt.possessive(' and '.join(rest))} {what}{unit}"
    else:
        a, b = values
        if q.op == "difference":
            more, less = (0, 1) if a >= b else (1, 0)
            gap = fmt.count(values[more] - values[less])
            head = (f"{names[more]}: {gap} days longer than {names[less]}" if q.rate == "days" else
                    f"{names[more]}: {approx}{gap}{unit} more {what} than {names[less]}")
        elif q.op == "ratio":
            big, small = (0, 1) if a >= b else (1, 0)
            head = (f"{names[big]}: {approx}{fmt.ratio(values[big], values[small], q.places)} times "
                    f"{fmt.possessive(names[small])} {what}")
        else:  # change, from the first (the base) to the second
            if not a:
                return self.refuse("metric", "A percentage change from zero is not defined.", facts)
            pct = (b - a) / a * 100
            way = "increase" if pct >= 0 else "decrease"
            head = f"{approx}{fmt.percent(abs(pct), q.places)} {way} in {what}{unit} from {names[0]} to {names[1]}"
    head = head[:1].upper() + head[1:]
    pair = q.whole if q.op == "share" else q.metrics
    extra = [_metric(self, MetricQuery(o, pair, q.rate)).lines[0] for o in q.also]  # type: ignore[arg-type]
    # (the two figures a ratio or share is of, for "in lowest terms")
    shown: dict[str, object] | None = {"pair": (values[0], sum(value(m) for m in whole))} if q.op == "share" else (
        {"pair": (values[0], values[1])} if q.op == "ratio" and len(values) == 2 else None)
    split = [_sentence("; ".join(others) + " of them")] if others else []
    return self.stats("metric", head, [_sentence(head), *split, *extra, *facts], details=shown)


def _person(self: QueryAnswers, q: PersonQuery) -> Answer:
    """A person's handle and profile, and the videos they posted."""
    person = self.person(q.person)
    if person is None or not person.handle:
        name = person.name if person else q.person
        return self.refuse("person", f"I don't have a Twitter handle for {name}.")
    head = f"{person.name}: @{person.handle} on Twitter"
    posted = self.by_poster.get(person.id, [])
    lines = [_sentence(head)]
    if person.display_name:  # the name shown on the account, as the article quotes it
        lines.append(f"Display name: {person.display_name}.")
    lines += [f"Posted {len(posted)} of the {len(self.by_rank)} videos:"] if posted else []
    lines += [self.video_line(v) for v in posted]
    theirs = {id(v) for v in posted}
    others = [v for v in self.by_rank if id(v) not in theirs][:MAX_ROWS]
    if others:  # "was every tweet from <name>'s account?": who posted the rest
        lines.append("Not posted by them: " + "; ".join(
            f"{v.title.rstrip('.')} ({'posted by ' + self.name(v.tweet.by) if v.tweet and v.tweet.by else 'no tweet'})"
            for v in others) + ".")
    link = Link(f"@{person.handle}", f"https://twitter.com/{person.handle}")
    return self.stats("person", head, lines, links=[link], rows=self.listed(posted, []))


def _supposed_how(q: MetricQuery) -> str:
    """How a supposed figure differs from the article's: "with another 25,000,000", "50% higher", "with double the
    figure"."""
    if q.added:
        return f"with another {fmt.count(q.added)}" if q.added > 0 else f"with {fmt.count(-q.added)} fewer"
    if 1 < q.factor < 2:
        return f"{(q.factor - 1) * 100:g}% higher"
    if 0.5 < q.factor < 1:
        return f"{(1 - q.factor) * 100:g}% lower"
    return f"with {fmt.factor(q.factor)} the figure"


def _metric_words(m: Metric) -> str:
    return f"{m.platform.title()} {m.measure}" if m.platform and m.measure == "views" else m.measure


def _metric_name(m: Metric, among: Sequence[Metric]) -> str:
    """A figure's subject, or its period when the figures share a subject."""
    if len({x.subject for x in among}) > 1 or not m.period:
        return m.label
    return m.period.label


@dataclass(frozen=True, slots=True)
class Operation:
    """How one operation of a query is computed, what it works on, and how strongly it is asked."""

    run: Callable[[QueryAnswers, Query], Answer]
    kind: str  # "pick" (videos), "set" (a figure of one set), "pair" (between two sides), "part" (of a whole),
    # "gaps" (between neighbours of one set)
    intent: str  # the answer's intent, in logs and JSON (the families the intent scorer also answers)
    weight: int = 0  # when a question asks several ("the total ... and the gap"), the heaviest is computed


# Every operation the parser may read (its phrases: `query: operation:` in vocabulary.yaml) and its answer.
OPERATIONS: dict[str, Operation] = {
    "list": Operation(_list, "pick", "filter"),
    "item": Operation(_item, "pick", "rank"),
    # (asked only as a place among the rest, read in query_parse._parse once videos are taken out; never weighed
    # among the operations a question asks)
    "place_among": Operation(_place_among, "pick", "rank"),
    "count": Operation(_count, "set", "aggregate", 1),
    "posters": Operation(_posters, "set", "aggregate", 2),
    **{name: Operation(_grouped, "set", "aggregate", 2) for name in _GROUP_KEYS},
    **{name: Operation(_aggregate(name), "set", "aggregate", 3 + k) for k, name in enumerate(AGGREGATES)},
    "difference": Operation(_two_sided, "pair", "compare", 20),
    "share": Operation(_share, "part", "compare", 21),
    "change": Operation(_two_sided, "pair", "compare", 22),
    "ratio": Operation(_two_sided, "pair", "compare", 23),
    "days": Operation(_two_sided, "pair", "compare", 24),
    # (asked by its own phrases, `places_apart` in vocabulary.yaml, never among the operations a question weighs)
    "places": Operation(_two_sided, "pair", "compare"),
    "neighbours": Operation(_neighbours, "gaps", "compare", 25),
}


# ---- words -------------------------------------------------------------------------------------


def _of_all(n: int, total: int, label: str) -> str:
    """ "4 of the 10 videos posted in December 2019" (the label's own "videos" not said twice)."""
    rest = label.removeprefix("videos ")
    return f"{n} of the {total} videos {rest}" if rest != label else f"{n} of the {total} videos: {label}"


def _sentence(text: str) -> str:
    """A line ending in one full stop (titles may end in their own)."""
    return text if text.endswith((".", "!", "?")) else f"{text}."


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _order_words(order: Order | None, measure: str = "views") -> str:
    if order is None:
        return ""
    if order.field == "posted":
        return "latest posted" if order.descending else "earliest posted"
    if measure != "views":
        return f"most {measure}" if order.descending else f"fewest {measure}"
    return "most viewed" if order.descending else "least viewed"


def _field_word(order: Order) -> str:
    return "posting date" if order.field == "posted" else "view count"


def _nothing_beyond(title: str, rel: Relative, at: int, count: int, among: str = "") -> str:
    """Why no video stands that far from the one counted from: where it stands itself, at an end or near one."""
    if rel.order.field != "posted":
        return f"Nothing comes {_relative_words(rel.offset, rel.order)} {title}: it is #{at + 1} of {count}."
    way = "after" if rel.offset > 0 else "before"
    beyond = count - 1 - at if rel.offset > 0 else at  # (how many there are on that side)
    if among:
        return f"Only {beyond} of the videos {among} {'was' if beyond == 1 else 'were'} posted {way} {title}, " \
            f"not {abs(rel.offset)}." if beyond else f"None of the videos {among} was posted {way} {title}."
    if not beyond:
        end = "latest" if rel.offset > 0 else "earliest"
        return f"Nothing was posted {way} {title}: it is the {end} posted of the {count} videos with a date."
    return f"Nothing was posted {abs(rel.offset)} posts {way} {title}: only {beyond} " \
        f"{'was' if beyond == 1 else 'were'} posted {way} it."


def _relative_words(offset: int, order: Order) -> str:
    steps = abs(offset)
    if order.field == "posted":
        way = "after" if offset > 0 else "before"
        return f"{'next ' if steps == 1 else f'{steps} posts '}{way}" if steps != 1 else f"posted just {way}"
    way = "below" if offset > 0 else "above"
    return f"just {way}" if steps == 1 else f"{steps} places {way}"


def _ranks_words(positions: Sequence[int]) -> str:
    ps = sorted(set(positions))
    if len(ps) > 1 and ps[-1] - ps[0] + 1 == len(ps):  # (consecutive: no list made of a range, however far apart)
        return f"#{ps[0]}–#{ps[-1]}"
    return ", ".join(f"#{p}" for p in ps)


def _date_words(f: PostedBetween) -> str:
    if f.start and f.end:
        if f.start == f.end:
            return f"posted on {fmt.day(f.start)}"
        if f.start.day == 1 and f.start.month == f.end.month and _month_end(f.end):
            return f"posted in {f.start:%B %Y}"
        if (f.start.month, f.start.day, f.end.month, f.end.day) == (1, 1, 12, 31) and f.start.year == f.end.year:
            return f"posted in {f.start.year}"
        return f"posted from {fmt.day(f.start)} to {fmt.day(f.end)}"
    if f.start:
        return f"posted from {fmt.day(f.start)} on"
    if f.end:
        return f"posted up to {fmt.day(f.end)}"
    return ""


def _month_end(d: date) -> bool:
    return d.day == calendar.monthrange(d.year, d.month)[1]
