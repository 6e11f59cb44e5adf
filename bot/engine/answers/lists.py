"""Answers over sets of videos: totals, averages and medians, and filters by date, poster, figure or topic."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from typing import cast

from bot.dataset.schema import Video
from bot.engine import format as fmt
from bot.engine.answer import Answer
from bot.engine.answers.base import ResponderBase, view_summary
from bot.engine.entities import Entities
from bot.engine.frames import Frame


class ListAnswers(ResponderBase):
    """Aggregates and filters."""

    # ---- sums and filters ----------------------------------------------------------------------

    def _aggregate(self, ent: Entities, frame: Frame) -> Answer:
        scope = self.video_scope(ent, "aggregate")
        n = frame.slots.get("n")
        groups = [r for r in ent.videos if r.group]
        if groups:
            members = [self.ds.videos[i] for i in groups[0].candidates]
            chosen = [v for v in scope if v in members]
            label = f"the {len(chosen)} videos matching “{' '.join(ent.words[groups[0].start : groups[0].end])}”"
        elif isinstance(n, int) and ent.cue("least") > ent.cue("most"):  # ("the bottom two sum to ...")
            chosen = list(scope[-n:]) if n > 0 else []
            label = f"the bottom {len(chosen)}"
        elif isinstance(n, int):
            chosen = scope[:n]
            label = f"the top {len(chosen)}"
        else:
            chosen = scope
            label = (
                f"all {len(chosen)} videos"
                if len(scope) == len(self.ds.videos)
                else f"the {len(chosen)} matching videos"
            )
        order = sorted(("total", "average", "median", "count"), key=lambda k: -ent.cue(k))
        return self.aggregate(chosen, label, order, gap=bool(ent.cue("difference") or ent.cue("compare")))

    def aggregate(self, videos: Sequence[Video], label: str, order: Sequence[str] = ("total",),
                  gap: bool = False) -> Answer:
        """Total, average, median and count of a set of videos, the asked one first."""
        if not videos:
            return self.refuse("aggregate", "No videos fit that.")
        if len(videos) == len(self.ds.videos) and self._all_stats:
            total, mean, median = self._all_stats
        else:
            views = [v.views for v in videos]
            total, mean, median = view_summary(views)
        parts = {
            "total": f"Total views of {label}: {fmt.both(total)}.",
            "average": f"Average per video: {fmt.both(mean)}.",
            "median": f"Median: {fmt.both(median)}{self.middle_of(videos)}.",
            "count": f"{len(videos)} of the {len(self.ds.videos)} videos in the list.",
        }
        lines = [parts[k] for k in dict.fromkeys([*order, "total", "average", "median", "count"])]
        if gap and len(videos) == 2:  # ("the top two together, and the difference between them"): the gap too
            lines.append(f"Between the two: {fmt.both(abs(videos[0].views - videos[1].views))}.")
        lines.append(f"Counts are {self.ds.video_views.note}.")
        return self.stats("aggregate", f"Views of {label}", lines, self.listed(videos, lines))

    def each_share(self, answer: Answer, places: int | None) -> Answer:
        """Each listed video's share of the list's total ("each video's % of the top 10 total"), before the list."""
        total = sum(r.value for r in answer.rows)
        if len(answer.rows) < 2 or not total:
            return answer
        head = f"Each video's share of the {len(answer.rows)} videos' total of {fmt.count(total)} views"
        shares = [f"#{r.rank} {r.label.rstrip('.')}: {fmt.percent(r.value / total * 100, places)}."
                  for r in answer.rows]
        return replace(answer, title=head, lines=(f"{head}:", *shares, *answer.lines))

    def _filter(self, ent: Entities, frame: Frame) -> Answer:
        scope = self.video_scope(ent, "filter")
        tests: list[str] = []
        chosen = scope
        # Narrow by the cheap tests first (sorted slices, small groups), then scan what is left.
        groups = [r for r in ent.videos if r.group]
        # ("which videos concern <topic> or <topic>": every video either names, the group and the rest)
        groups = ent.videos if groups and len(ent.videos) > 1 else groups
        named = {r.best for r in ent.videos if r.strong}
        if not groups and len(named) > 1 and "negate" not in ent.query:
            groups = ent.videos  # ("which of <A>, <B>, <C> came out in november": those of them that do)
        if groups:
            picked = dict.fromkeys(i for r in groups for i in (r.candidates if r.group else (r.best,)))
            members = {id(self.ds.videos[i]) for i in picked}
            chosen = (
                [v for v in chosen if id(v) in members]
                if chosen is not self.by_rank
                else [v for v in sorted((self.ds.videos[i] for i in picked), key=lambda v: (-v.views, v.rank))]
            )
        for op, value in ent.thresholds:
            if chosen is self.by_rank:
                cut = (
                    bisect.bisect_left(self._neg_views, -value)
                    if op == ">"
                    else bisect.bisect_right(self._neg_views, -value)
                )
                chosen = chosen[:cut] if op == ">" else chosen[cut:]
            else:
                chosen = [v for v in chosen if (v.views > value if op == ">" else v.views < value)]
            tests.append(f"{'over' if op == '>' else 'under'} {fmt.both(value)} views")
        undated: list[Video] = []
        months = set(ent.months)
        if months or ent.days or ent.years:
            if chosen is self.by_rank:  # precomputed lists: no scan of every video
                undated = self.undated
                chosen = self.by_month.get(next(iter(months)), []) if len(months) == 1 else self.dated
                if len(months) > 1:
                    chosen = [v for v in chosen if v.tweet.date.month in months]  # type: ignore[union-attr]
            else:
                undated = [v for v in chosen if not (v.tweet and v.tweet.date)]
                chosen = [
                    v for v in chosen if v.tweet and v.tweet.date and (not months or v.tweet.date.month in months)
                ]
        if months:
            tests.append("posted in " + " or ".join(fmt.month(m) for m in ent.months))
        if ent.days:
            days = set(ent.days)
            chosen = [v for v in chosen if (v.tweet.date.month, v.tweet.date.day) in days]  # type: ignore[union-attr]
            tests.append("posted on " + " or ".join(f"{d} {fmt.month(m)}" for m, d in ent.days))
        people = cast(list[str], frame.slots.get("people") or [])
        # (a poster none of whose videos is in the scope was said with a negation: "apart from <name>")
        left_out = [p for p in people if not any(v.tweet and v.tweet.by == p for v in scope)]
        if people and len(left_out) < len(people):
            by = {p for p in people if p not in left_out}
            # (the scope leaves a poster out whose one video was read from their name: the list still says theirs)
            chosen = [v for v in chosen if v.tweet and v.tweet.by in by]
            tests.append("posted by " + " or ".join(self.name(str(p)) for p in people if p not in left_out))
        if left_out:
            tests.append("not posted by " + " or ".join(self.name(str(p)) for p in left_out))
        if groups:
            tests.append("matching " + " or ".join(f"“{' '.join(ent.words[r.start : r.end])}”" for r in groups))
        what = ", ".join(tests) or "all"
        among = len(self.by_rank) if people else len(scope)  # ("8 of the 10 videos are posted by X", not "of the 8")
        if not chosen:
            lines = [f"None of the {among} videos is {what}."]
        else:
            lines = [f"{len(chosen)} of the {among} videos {'is' if len(chosen) == 1 else 'are'} {what}:"]
        if (ent.months or ent.days) and undated:
            more = f" and {len(undated) - 5:,} more" if len(undated) > 5 else ""
            lines.append("No date in the data for: " + "; ".join(v.title for v in undated[:5]) + more + ".")
        return self.stats("filter", f"Videos {what}", lines, self.listed(chosen, lines))

