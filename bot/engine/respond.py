"""Steps 4 and 5 of the flow: check that the data can answer the frame, then compute the Answer."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from bot.dataset.schema import Dataset, Metric, Video
from bot.engine import format as fmt
from bot.engine.answer import Answer, Link, Row
from bot.engine.entities import Entities, VideoRef
from bot.engine.frames import Frame
from bot.engine.lexicon import Lexicon

MEMO_SIZE = 4096  # answers that depend only on the dataset and a small key (a video card, a figure)
MAX_ROWS = 50  # a reply lists at most this many videos: more would not fit a Discord message anyway
VIDEO_INTENTS = frozenset({"video", "rank", "top", "aggregate", "filter", "compare_videos"})
FIELD_NAMES = {
    "poster": "who posted it",
    "handle": "the poster's handle",
    "date": "a date",
    "text": "the tweet's text",
    "link": "a link",
    "rank_of": "a rank",
}


class Responder:
    """Turns a decided frame into an Answer, from the dataset only."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.ds: Dataset = lex.dataset
        ds = self.ds
        # Sorted once: every list answer slices these instead of sorting per question.
        self.by_rank = sorted(ds.videos, key=lambda v: (-v.views, v.rank))
        self.by_party: dict[str, list[Video]] = {}
        self.by_poster: dict[str, list[Video]] = {}
        for v in self.by_rank:
            self.by_party.setdefault(v.party, []).append(v)
            if v.tweet and v.tweet.by:
                self.by_poster.setdefault(v.tweet.by, []).append(v)
        self.dated = [v for v in self.by_rank if v.tweet and v.tweet.date]
        self.undated = [v for v in self.by_rank if not (v.tweet and v.tweet.date)]
        self.by_month: dict[int, list[Video]] = {}
        for v in self.dated:
            self.by_month.setdefault(v.tweet.date.month, []).append(v)  # type: ignore[union-attr]
        self._memo: dict[tuple[object, ...], Answer] = {}
        self._neg_views = [-v.views for v in self.by_rank]  # ascending, for bisect on thresholds
        self._rows = {id(v): Row(rank=v.rank, label=v.title, value=v.views, party=v.party) for v in ds.videos}
        views = [v.views for v in ds.videos]
        self._all_stats = _summary(views) if views else None
        self.video_parties = {v.party for v in ds.videos}
        self.metric_measures = {m.measure for m in ds.metrics}
        self.platforms = set(ds.video_views.platforms) | {m.platform for m in ds.metrics if m.platform}
        party = ds.party(ds.source.claimed_by)
        who = party.name if party else ds.source.claimed_by
        self.source_line = (
            f"Source: article of {fmt.day(ds.source.published)}; figures {ds.source.attribution} ({who})."
        )

    # ---- shared pieces -------------------------------------------------------------------------

    def name(self, ident: str) -> str:
        """The display name of a party or person id."""
        thing = self.ds.party(ident) or self.ds.person(ident)
        return thing.name if thing else ident

    def suggestions(self) -> tuple[str, ...]:
        """Three questions this dataset can answer."""
        out = ["top 5"]
        if self.ds.videos:
            out.append(f"views of {self.by_rank[0].title.rstrip('.')}")
        subjects = [m.subject for m in self.ds.metrics]
        if len(set(subjects)) > 1:
            out.append(f"{self.name(subjects[0])} vs {self.name(next(s for s in subjects if s != subjects[0]))}")
        elif self.ds.metrics:
            out.append(f"{self.ds.metrics[0].measure} of {self.name(self.ds.metrics[0].subject)}")
        return tuple(out[:3])

    def refuse(self, intent: str, reason: str, known: Sequence[str] = ()) -> Answer:
        """An honest "I don't have that", with what is known and what to ask instead."""
        return Answer(
            intent=intent,
            answered=False,
            title="I don't have that",
            lines=(reason, *known),
            suggestions=self.suggestions(),
        )

    def not_understood(self) -> Answer:
        """The reply to text that is not a question about the data."""
        return Answer(
            intent="not_understood",
            answered=False,
            title="I don't have that",
            lines=(f"Sorry, I can only answer questions about the figures of {self._campaign()}.",),
            suggestions=self.suggestions(),
        )

    def _campaign(self) -> str:
        party = self.ds.party(self.ds.source.claimed_by)
        owner = f"{party.name}'s " if party else ""
        return f"{owner}campaign videos in {self.ds.campaign.name}"

    def stats(
        self,
        intent: str,
        title: str,
        lines: Sequence[str],
        rows: Sequence[Row] = (),
        links: Sequence[Link] = (),
        party: str | None = None,
        details: dict[str, object] | None = None,
    ) -> Answer:
        """An answered stats reply, with the source line."""
        return Answer(
            intent=intent,
            answered=True,
            title=title,
            lines=tuple(lines),
            rows=tuple(rows),
            links=tuple(links),
            source=self.source_line,
            party=party,
            details=details or {},
        )

    def row(self, v: Video) -> Row:
        """A video as a list row (built once per video)."""
        return self._rows[id(v)]

    def listed(self, videos: Sequence[Video], lines: list[str]) -> list[Row]:
        """Rows for at most MAX_ROWS videos; a line says how many more there are."""
        if len(videos) > MAX_ROWS:
            lines.append(f"Showing the first {MAX_ROWS} of {len(videos):,}.")
        return [self._rows[id(v)] for v in videos[:MAX_ROWS]]

    def views(self, v: Video) -> str:
        """'13,400,000 views (13.4M)'."""
        return f"{fmt.both(v.views)} views"

    # ---- honesty gates -------------------------------------------------------------------------

    def gate(self, ent: Entities, frame: Frame) -> Answer | None:
        """A refusal when the question asks for something the data does not carry."""
        if ent.others:
            known = ", ".join(p.name for p in self.ds.parties)
            return self.refuse(
                frame.intent,
                f"I don't have figures for {', '.join(sorted(set(ent.others)))}.",
                [f"The data covers: {known}."],
            )
        unsupported = [m for m in ent.measures if m != "views" and m not in self.metric_measures]
        unknown_count = self._unknown_count(ent)
        if unknown_count and not unsupported:
            return self.refuse(frame.intent, f"I don't have figures for {unknown_count}.", [self._what_i_count(ent)])
        if unsupported:
            return self.refuse(frame.intent, f"I don't have {unsupported[0]} figures.", [self._what_i_count(ent)])
        unknown = [p for p in ent.platforms if p not in self.platforms]
        if unknown:
            return self.refuse(
                frame.intent, f"I don't have {self.lex.platform_name(unknown[0])} figures.", [self._what_i_count(ent)]
            )
        return None

    def _unknown_count(self, ent: Entities) -> str | None:
        """What "how many X" counts when X is a word the bot knows nothing of ("how many dislikes")."""
        words = ent.words
        for i in range(1, len(words) - 1):
            if words[i] in ("many", "much") and words[i - 1] == "how":
                j = i + 1
                while j < len(words) and words[j] in ("more", "total", "of", "the", "overall"):
                    j += 1
                if j < len(words) and j not in ent.covered:
                    word = words[j]
                    known = self.lex.known
                    if word.isalpha() and len(word) > 2 and word not in known and ent.tokens[j].s not in known:
                        return word
        return None

    def _what_i_count(self, ent: Entities) -> str:
        vv = self.ds.video_views
        if ent.videos:
            v = self.ds.videos[ent.videos[0].best]
            return f"I only have {vv.note}: {self.views(v)} for {v.title}."
        per_subject = {f"{m.measure} on {self.lex.platform_name(m.platform)}" for m in self.ds.metrics if m.platform}
        parts = [f"video {vv.note}", *sorted(per_subject)]
        return "What I have: " + "; ".join(parts) + "."

    def video_scope(self, ent: Entities, intent: str, counts: bool = True) -> list[Video] | Answer:
        """The videos a video question is about (party, poster, year), or a refusal."""
        videos = self.by_rank
        parties = list(dict.fromkeys(ent.parties))
        posters = [p for p in ent.people if p in self.by_poster]
        for person in ent.people:
            if person not in posters:
                p = self.ds.person(person)
                return self.refuse(
                    intent,
                    f"I have no videos posted by {p.name if p else person}.",
                    [f"The videos are {self._campaign()}."],
                )
        if parties:
            if len(parties) == 1:
                videos = self.by_party.get(parties[0], [])
            else:
                videos = [v for v in videos if v.party in parties]
            if not videos:
                names = ", ".join(self.name(p) for p in parties)
                have = ", ".join(self.name(p) for p in sorted(self.video_parties))
                return self.refuse(intent, f"I don't have {names} videos.", [f"I only have videos of {have}."])
        if posters:
            if len(posters) == 1 and not parties:
                videos = self.by_poster[posters[0]]
            else:
                videos = [v for v in videos if v.tweet and v.tweet.by in posters]
        bad_years = [y for y in ent.years if y != self.ds.campaign.year]
        if bad_years:
            return self.refuse(
                intent,
                f"I don't have videos from {bad_years[0]}.",
                [f"The videos are from {self.ds.campaign.name} ({self.ds.campaign.year})."],
            )
        split = [p for p in ent.platforms if p in self.ds.video_views.platforms]
        if split and counts and len(self.ds.video_views.platforms) > 1:
            return self.refuse(
                intent, f"I don't have a {split[0].title()}-only count for videos.", [self._what_i_count(ent)]
            )
        return videos  # in views order: every source list above keeps it

    def resolve(self, ref: VideoRef, scope: list[Video]) -> tuple[Video | None, list[Video]]:
        """The best video of a reference within scope, and the others it also fits."""
        cands = [self.ds.videos[i] for i in ref.candidates]
        if scope is not self.by_rank:  # a party's or a poster's videos only
            allowed = {id(v) for v in scope}
            cands = [v for v in cands if id(v) in allowed]
        if not cands:
            return None, []
        return cands[0], cands[1:]

    # ---- intents -------------------------------------------------------------------------------

    def respond(self, ent: Entities, frame: Frame) -> Answer:
        """The Answer for a decided frame."""
        refusal = self.gate(ent, frame)
        if refusal:
            return refusal
        if frame.intent in VIDEO_INTENTS:
            other = [m for m in ent.measures if m != "views"]
            if other:
                return self.refuse(frame.intent, f"I don't have {other[0]} per video.", [self._what_i_count(ent)])
        handler = getattr(self, f"_{frame.intent}")
        return handler(ent, frame)

    def _help(self, ent: Entities, frame: Frame) -> Answer:
        return self.help()

    def help(self) -> Answer:
        """What the bot can answer."""
        first = self.by_rank[0].title.rstrip(".") if self.ds.videos else "a video"
        lines = (
            f"I answer questions about {self._campaign()}, from one article.",
            "Commands: top [n], video <name or rank>, compare, retweets, summary, source, bonus, help.",
            f'Or ask in plain words: "most viewed video?", "views of {first}", "top 3", '
            '"videos in December", "which videos got over 5 million views", "total views".',
        )
        return Answer(intent="help", answered=True, title="What I can tell you", lines=lines, source=self.source_line)

    def _source(self, ent: Entities, frame: Frame) -> Answer:
        return self.source(scope=bool(frame.slots.get("scope")))

    def source(self, scope: bool = False) -> Answer:
        """Where the figures come from and what they cover."""
        ds = self.ds
        party = ds.party(ds.source.claimed_by)
        who = party.name if party else ds.source.claimed_by
        combined = ", one combined figure each" if len(ds.video_views.platforms) > 1 else ""
        cover = [f"The {len(ds.videos)} videos' counts are {ds.video_views.note}{combined}."]
        for m in ds.metrics:
            if m.platform:
                cover.append(f"{self._metric_phrase(m)}.")
        lines = [
            f"The figures come from an article dated {fmt.day(ds.source.published)}. They are {who}'s own "
            f"claims ({ds.source.attribution}), not independently verified.",
            ds.source.context,
        ]
        lines = cover[:1] + lines + cover[1:] if scope else lines + cover
        return self.stats("source", "Where the data comes from", lines)

    def _bonus(self, ent: Entities, frame: Frame) -> Answer:
        return self.bonus()

    def bonus(self) -> Answer:
        """The source's extra favourites."""
        b = self.ds.bonus
        if not b or not b.videos:
            return self.refuse("bonus", "The article adds no bonus videos.")
        lines = [f"{b.label} (the article gives no figures for them):"]
        lines += [f"• {v.title}" for v in b.videos]
        return self.stats("bonus", b.label, lines)

    def _top(self, ent: Entities, frame: Frame) -> Answer:
        scope = self.video_scope(ent, "top")
        if isinstance(scope, Answer):
            return scope
        n = frame.slots.get("n")
        return self.top(n if isinstance(n, int) else None, bool(frame.slots.get("least")), scope)

    def top(self, n: int | None, least: bool = False, scope: list[Video] | None = None) -> Answer:
        """The N most (or least) viewed videos."""
        videos = scope if scope is not None else self.by_rank
        if not videos:
            return self.refuse("top", "I have no videos.")
        asked = n
        n = len(videos) if n is None else max(1, min(n, len(videos)))
        chosen = videos[-n:][::-1] if least else videos[:n]
        which = "least" if least else "most"
        if n == 1:
            title = f"The {which} viewed campaign video"
        elif n < len(videos):
            title = f"The {n} {which} viewed campaign videos"
        else:
            title = "The campaign videos by views"
        lines = [f"{'Bottom' if least else 'Top'} {n} of {len(videos)}, by {self.ds.video_views.note}:"]
        if asked is not None and asked > len(videos):
            lines.insert(0, f"The article lists only {len(videos)} videos.")
        return self.stats("top", title, lines, self.listed(chosen, lines))

    def _rank(self, ent: Entities, frame: Frame) -> Answer:
        scope = self.video_scope(ent, "rank")
        if isinstance(scope, Answer):
            return scope
        least = bool(frame.slots.get("least"))
        k = ent.ranks[0] if ent.ranks else 1
        if k < 1 or k > len(scope):
            return self.refuse("rank", f"There is no {fmt.ordinal(k)}: the list has {len(scope)} videos.")
        v = scope[-k] if least else scope[k - 1]
        field = frame.slots.get("field")
        if field:
            return self.video(v, str(field))
        if k == 1:
            lead = f"The {'least' if least else 'most'} viewed video is {v.title}"
        else:
            lead = f"The {fmt.ordinal(k)} {'least' if least else 'most'} viewed video is {v.title}"
        lines = [
            f"{lead}, with {self.views(v)}.",
            f"It is #{v.rank} of {len(self.ds.videos)}, by {self.ds.video_views.note}.",
        ]
        return self.stats(
            "rank", v.title, lines + self._tweet_lines(v), links=self._links(v), party=v.party, details=self._about(v)
        )

    # ---- one video -----------------------------------------------------------------------------

    def _tweet_lines(self, v: Video) -> list[str]:
        t = v.tweet
        if not t:
            return []
        out = []
        by = self.ds.person(t.by) if t.by else None
        who = f"{by.name} (@{by.handle})" if by and by.handle else (by.name if by else None)
        if who and t.date:
            out.append(f"Posted by {who} on {fmt.day(t.date)}.")
        elif who:
            out.append(f"Posted by {who}.")
        elif t.date:
            out.append(f"Posted on {fmt.day(t.date)}.")
        if t.text:
            out.append(f"Tweet: “{t.text}”")
        return out

    def _about(self, v: Video, others: Sequence[Video] = ()) -> dict[str, object]:
        """Structured facts for front-ends: which video, the others it could be, when it was posted."""
        posted = v.tweet.date.isoformat() if v.tweet and v.tweet.date else None
        return {"video": v.title, "candidates": [o.title for o in others], "posted": posted}

    def _links(self, v: Video) -> list[Link]:
        links = []
        if v.tweet and v.tweet.media:
            links.append(Link("Video", fmt.https(v.tweet.media)))
        by = self.ds.person(v.tweet.by) if v.tweet and v.tweet.by else None
        if by and by.handle:
            links.append(Link(f"@{by.handle}", f"https://twitter.com/{by.handle}"))
        return links

    def _video(self, ent: Entities, frame: Frame) -> Answer:
        field = str(frame.slots.get("field") or "views")
        scope = self.video_scope(ent, "video", counts=field in ("views", "rank_of"))
        if isinstance(scope, Answer):
            return scope
        v, others = self.resolve(ent.videos[0], scope)
        if v is None:
            return self.refuse("video", "No video of the ones you named fits that.")
        return self.video(v, field, others)

    def video(self, v: Video, field: str = "card", others: Sequence[Video] = ()) -> Answer:
        """One video: the asked field first, then the rest of its card (built once per combination)."""
        key = (id(v), field, tuple(id(o) for o in others))
        answer = self._memo.get(key)
        if answer is None:
            answer = self._remember(key, self._build_video(v, field, others))
        return answer

    def _remember(self, key: tuple[object, ...], answer: Answer) -> Answer:
        """Keep an answer that depends only on the dataset and the key (bounded)."""
        if len(self._memo) < MEMO_SIZE:
            self._memo[key] = answer
        return answer

    def _build_video(self, v: Video, field: str, others: Sequence[Video]) -> Answer:
        t = v.tweet
        by = self.ds.person(t.by) if t and t.by else None
        rank_line = f"#{v.rank} of {len(self.ds.videos)} by views."
        views_line = f"{v.title}: {fmt.both(v.views)} {self.ds.video_views.note}."
        first: str | None
        if field == "poster":
            first = f"{by.name}" + (f" (@{by.handle})" if by.handle else "") + f" posted {v.title}." if by else None
        elif field == "handle":
            first = f"@{by.handle} ({by.name}) posted {v.title}." if by and by.handle else None
        elif field == "date":
            first = f"{v.title} was posted on {fmt.day(t.date)}." if t and t.date else None
        elif field == "text":
            first = f"The tweet with {v.title} says: “{t.text}”" if t and t.text else None
        elif field == "link":
            first = f"{v.title}: {fmt.https(t.media)}" if t and t.media else None
        elif field == "rank_of":
            first = f"{v.title} is #{v.rank} of {len(self.ds.videos)}, with {self.views(v)}."
        else:
            first = views_line
        if first is None:
            reason = f"I don't have {FIELD_NAMES.get(field, field)} for {v.title}"
            reason += ": the article gives no tweet for it." if not t else "."
            return self.refuse("video", reason, [f"What I have: {self.views(v)}, #{v.rank} of {len(self.ds.videos)}."])
        lines = [first]
        if field not in ("views", "card"):
            lines.append(f"{self.views(v)}; {rank_line}")
        else:
            lines.append(rank_line)
        lines += [line for line in self._tweet_lines(v) if line not in first]
        if others:
            lines.append(
                "Also matching: " + "; ".join(f"{o.title} (#{o.rank}, {fmt.both(o.views)})" for o in others[:3])
            )
        return self.stats("video", v.title, lines, links=self._links(v), party=v.party, details=self._about(v, others))

    # ---- comparisons ---------------------------------------------------------------------------

    def _compare_videos(self, ent: Entities, frame: Frame) -> Answer:
        scope = self.video_scope(ent, "compare_videos")
        if isinstance(scope, Answer):
            return scope
        pair: list[Video] = []
        if len(ent.videos) >= 2:
            for ref in ent.videos:
                v, _ = self.resolve(ref, scope)
                if v and v not in pair:
                    pair.append(v)
        elif ent.videos:
            pair = [self.ds.videos[i] for i in ent.videos[0].candidates][:2]
        else:
            ranks = list(ent.ranks)
            if ent.cue("most") and 1 not in ranks:
                ranks.insert(0, 1)
            if ent.cue("least"):
                ranks.append(len(scope))
            pair = [scope[k - 1] for k in ranks if 1 <= k <= len(scope)][:2]
        if len(pair) < 2:
            return self.refuse("compare_videos", "I need two different videos to compare.")
        return self.compare(pair[0], pair[1])

    def compare(self, a: Video, b: Video) -> Answer:
        """Two videos head to head: who got more, by how much, how many times."""
        hi, lo = (a, b) if a.views >= b.views else (b, a)
        diff = hi.views - lo.views
        lines = [
            f"{hi.title} got more views: {fmt.both(hi.views)} against {fmt.both(lo.views)} for {lo.title}.",
            f"That is {fmt.both(diff)} more, {fmt.ratio(hi.views, lo.views)} times as many.",
            f"Ranks: #{hi.rank} and #{lo.rank}, by {self.ds.video_views.note}.",
        ]
        return self.stats(
            "compare_videos", f"{hi.title} vs {lo.title}", lines, [self.row(hi), self.row(lo)], party=hi.party
        )

    # ---- sums and filters ----------------------------------------------------------------------

    def _aggregate(self, ent: Entities, frame: Frame) -> Answer:
        scope = self.video_scope(ent, "aggregate")
        if isinstance(scope, Answer):
            return scope
        n = frame.slots.get("n")
        groups = [r for r in ent.videos if r.group]
        if groups:
            members = [self.ds.videos[i] for i in groups[0].candidates]
            chosen = [v for v in scope if v in members]
            label = f"the {len(chosen)} videos matching “{' '.join(ent.words[groups[0].start : groups[0].end])}”"
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
        return self.aggregate(chosen, label, order)

    def aggregate(self, videos: Sequence[Video], label: str, order: Sequence[str] = ("total",)) -> Answer:
        """Total, average, median and count of a set of videos, the asked one first."""
        if not videos:
            return self.refuse("aggregate", "No videos fit that.")
        if len(videos) == len(self.ds.videos) and self._all_stats:
            total, mean, median = self._all_stats
        else:
            views = [v.views for v in videos]
            total, mean, median = _summary(views)
        parts = {
            "total": f"Total views of {label}: {fmt.both(total)}.",
            "average": f"Average per video: {fmt.both(mean)}.",
            "median": f"Median: {fmt.both(median)}.",
            "count": f"{len(videos)} of the {len(self.ds.videos)} videos in the list.",
        }
        lines = [parts[k] for k in dict.fromkeys([*order, "total", "average", "median", "count"])]
        lines.append(f"Counts are {self.ds.video_views.note}.")
        return self.stats("aggregate", f"Views of {label}", lines, self.listed(videos, lines))

    def _filter(self, ent: Entities, frame: Frame) -> Answer:
        scope = self.video_scope(ent, "filter")
        if isinstance(scope, Answer):
            return scope
        tests: list[str] = []
        chosen = scope
        # Narrow by the cheap tests first (sorted slices, small groups), then scan what is left.
        groups = [r for r in ent.videos if r.group]
        if groups:
            members = {id(self.ds.videos[i]) for i in groups[0].candidates}
            chosen = (
                [v for v in chosen if id(v) in members]
                if chosen is not self.by_rank
                else [
                    v
                    for v in sorted((self.ds.videos[i] for i in groups[0].candidates), key=lambda v: (-v.views, v.rank))
                ]
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
            tests.append("posted in " + " or ".join(_month_name(m) for m in ent.months))
        if ent.days:
            days = set(ent.days)
            chosen = [v for v in chosen if (v.tweet.date.month, v.tweet.date.day) in days]  # type: ignore[union-attr]
            tests.append("posted on " + " or ".join(f"{d} {_month_name(m)}" for m, d in ent.days))
        people = frame.slots.get("people") or []
        if people:
            tests.append("posted by " + " or ".join(self.name(str(p)) for p in people))
        if groups:
            tests.append(f"matching “{' '.join(ent.words[groups[0].start : groups[0].end])}”")
        what = ", ".join(tests) or "all"
        if not chosen:
            lines = [f"None of the {len(scope)} videos is {what}."]
        else:
            lines = [f"{len(chosen)} of the {len(scope)} videos {'is' if len(chosen) == 1 else 'are'} {what}:"]
        if (ent.months or ent.days) and undated:
            more = f" and {len(undated) - 5:,} more" if len(undated) > 5 else ""
            lines.append("No date in the data for: " + "; ".join(v.title for v in undated[:5]) + more + ".")
        return self.stats("filter", f"Videos {what}", lines, self.listed(chosen, lines))

    # ---- campaign-level figures ----------------------------------------------------------------

    def _metric_phrase(self, m: Metric) -> str:
        qual = f"{m.qualifier} " if m.qualifier else ""
        what = f"{m.platform.title()} {m.measure}" if m.platform and m.measure == "views" else m.measure
        of = f" on {m.of}" if m.of else ""
        period = f" in {m.period.label}" if m.period else ""
        rate = ""
        if m.period and m.period.days:
            rate = f" (about {fmt.count(m.value / m.period.days)} a day)"
        return f"{m.label}: {qual}{fmt.count(m.value)} ({fmt.words_million(m.value)}) {what}{of}{period}{rate}"

    def _metric(self, ent: Entities, frame: Frame) -> Answer:
        ds = self.ds
        asked = [m for m in ent.measures if m in self.metric_measures and m != "views"]
        # No measure named: the one whose figures cover the asked year ("days counted in 2017").
        by_year = {m.measure for m in ds.metrics if m.period and m.period.year in ent.years}
        measure = (
            asked[0] if asked else (by_year.pop() if len(by_year) == 1 and "views" not in ent.measures else "views")
        )
        family = [m for m in ds.metrics if m.measure == measure]
        platforms = [p for p in ent.platforms if p in self.platforms]
        if platforms:
            family = [m for m in family if m.platform in platforms]
        if not family:
            return self.refuse("metric", f"I don't have {measure} figures like that.", [self._what_i_count(ent)])
        subjects = set(ent.subjects())
        for s in list(subjects):
            person = ds.person(s)
            if person and person.party:
                subjects.add(person.party)
        focus = family
        if subjects:
            focus = [m for m in family if m.subject in subjects or subjects & set(m.with_)]
            if not focus:
                names = ", ".join(sorted(self.name(s) for s in ent.subjects()))
                return self.refuse(
                    "metric",
                    f"I don't have {measure} figures for {names}.",
                    [self._metric_phrase(m) + "." for m in family[:2]],
                )
        if ent.days:
            return self.refuse(
                "metric", "I don't have day-by-day figures.", [self._metric_phrase(m) + "." for m in focus[:2]]
            )
        if ent.years:
            dated = [m for m in focus if m.period and m.period.year in ent.years]
            undated = [m for m in focus if not m.period]
            if not dated and not (undated and self.ds.campaign.year in ent.years):
                return self.refuse(
                    "metric",
                    f"I don't have {measure} figures for {ent.years[0]}.",
                    [self._metric_phrase(m) + "." for m in focus[:2]],
                )
            focus = dated + undated if dated else undated
        elif any(m.period for m in focus):
            # No year asked: the campaign's own period first.
            focus = sorted(focus, key=lambda m: not (m.period and m.period.year == ds.campaign.year))
        return self.metric(focus, family, ent)

    def metric(self, focus: Sequence[Metric], family: Sequence[Metric], ent: Entities | None = None) -> Answer:
        """Campaign-level figures: the asked ones first, then the comparison with their siblings."""
        wants_compare = ent is not None and bool(ent.cue("difference") or ent.cue("ratio") or ent.cue("compare"))
        wants_rate = ent is not None and bool(ent.cue("per_day"))
        wants_end = ent is not None and bool(ent.cue("period_end"))
        key = ("metric", tuple(m.id for m in focus), tuple(m.id for m in family), wants_compare, wants_rate, wants_end)
        answer = self._memo.get(key)
        if answer is None:
            answer = self._remember(key, self._build_metric(focus, family, wants_compare, wants_rate, wants_end))
        return answer

    def _build_metric(
        self, focus: Sequence[Metric], family: Sequence[Metric], wants_compare: bool, wants_rate: bool, wants_end: bool
    ) -> Answer:
        ordered = list(dict.fromkeys([*focus, *family]))
        lines: list[str] = []
        pair = ordered[:2] if len(ordered) >= 2 else []
        if pair:
            a, b = sorted(pair, key=lambda m: -m.value)
            approx = "about " if (a.qualifier or b.qualifier) else ""
            diff = a.value - b.value
            if a.subject != b.subject:
                what = f"{a.platform.title()} {a.measure}" if a.platform and a.measure == "views" else a.measure
                between = (
                    f"{a.label} had {approx}{fmt.count(diff)} ({fmt.words_million(diff)}) more {what} than {b.label}"
                )
            else:
                when_a = a.period.label if a.period else "one period"
                when_b = b.period.label if b.period else "the other"
                between = f"{fmt.count(diff)} ({fmt.words_million(diff)}) more in {when_a} than in {when_b}"
            compare_line = f"{between}: {approx}{fmt.ratio(a.value, b.value)} times as many."
            rate_line = None
            if a.period and b.period and a.period.days and b.period.days:
                ra, rb = a.value / a.period.days, b.value / b.period.days
                rate_line = (
                    f"Per day: about {fmt.count(ra)} against {fmt.count(rb)}, {fmt.ratio(ra, rb)} times the rate."
                )
        if pair and wants_rate and rate_line:
            lines.append(rate_line)
        if pair and wants_compare:
            lines.append(compare_line)
        lines += [self._metric_phrase(m) + "." for m in ordered]
        end = next((m.period.end for m in ordered if m.period and m.period.end), None)
        if end and wants_end:
            lines.insert(0, f"The count runs up to {fmt.day(end)}.")
        if pair and not wants_compare:
            lines.append(compare_line)
        if pair and rate_line and not wants_rate:
            lines.append(rate_line)
        first = ordered[0]
        title = (
            f"{first.measure.title()}: {first.label}"
            if len({m.subject for m in ordered}) == 1
            else (" vs ".join(dict.fromkeys(m.label for m in ordered)))
        )
        party = first.subject if self.ds.party(first.subject) else None
        # No rows: a list would drop the qualifiers ("over", "around") that the lines keep.
        return self.stats("metric", title, lines, party=party)


def _month_name(m: int) -> str:
    return (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    )[m - 1]


def _summary(values: Sequence[int]) -> tuple[int, float, float]:
    """Total, mean and median (without the statistics module: it costs start-up time)."""
    ordered = sorted(values)
    n, mid = len(ordered), len(ordered) // 2
    median = ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return sum(ordered), sum(ordered) / n, median
