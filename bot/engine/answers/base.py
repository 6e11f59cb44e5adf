"""What every answer shares: the dataset's sorted views, honesty gates, the video scope, reply builders."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from bot.dataset.schema import Dataset, Metric, Person, Video
from bot.engine import format as fmt
from bot.engine.answer import SPLIT_LACKED, Answer, Link, Row
from bot.engine.entities import FIGURE_TOLERANCE, Entities, VideoRef, rate_unwanted, videos_of
from bot.engine.frames import Frame
from bot.engine.lexicon import BONUS_ASKED, Lexicon, Match
from bot.engine.normalise import stem, stems, words

MEMO_SIZE = 4096  # answers that depend only on the dataset and a small key (a video card, a figure)
MAX_ROWS = 50  # a reply lists at most this many videos: more would not fit a Discord message anyway
ORIGIN_REACH = 6  # "how many viewers of the <title> vid were from <country>": words from the count to "were from"
NEGATION_REACH = 3  # "wasn't <name>", "not by <name>": the negation this many words before the name at most
DESCRIBED_DAY_REACH = 4  # "the <title> video from the 30th": how far after the video a day describes it
WHICH_REACH = 3  # "yo, what's the 2nd vid, the <word> one": a word asking which this near the start
VIDEO_INTENTS = frozenset({"video", "rank", "top", "aggregate", "filter", "compare_videos"})
FIELD_NAMES = {
    "poster": "who posted it",
    "handle": "the poster's handle",
    "date": "a date",
    "tweet": "who posted it or when",
    "text": "the tweet's text",
    "link": "a link",
    "rank_of": "a rank",
    "posted_place": "a date, so no place in the posting order,",
}
_HASHTAG = re.compile(r"#[A-Za-z]\w*")  # a hashtag in a tweet's text (not "#1", a place)
SCOPE_ASKED_REACH = 4  # "is that just fb": the platform this near after the yes/no opening
FIELD_CUES = frozenset({"date", "poster", "link", "text", "rank_of"})  # cues asking for one of a video's fields


class Refusal(Exception):
    """A question the data cannot answer: raised with the refusal, which the responder sends as the reply."""

    def __init__(self, answer: Answer) -> None:
        super().__init__(answer.lines[0] if answer.lines else answer.title)
        self.answer = answer


class ResponderBase:
    """The dataset-derived state and the shared pieces of every answer."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.ds: Dataset = lex.dataset
        ds = self.ds
        # Sorted once: every list answer slices these instead of sorting per question.
        self.by_rank = sorted(ds.videos, key=lambda v: (-v.views, v.rank))
        self.position = {id(v): k for k, v in enumerate(self.by_rank, 1)}  # place in views order, from 1
        self.index_of = {id(v): i for i, v in enumerate(ds.videos)}  # index in the dataset
        # each video's hashtags, as its tweet writes them ("#VoteLabour")
        self.hashtags_of = {id(v): tuple(_HASHTAG.findall(v.tweet.text)) if v.tweet and v.tweet.text else ()
                            for v in ds.videos}
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
        # A row's rank is the video's place among all videos by views: a video's own `rank` counts
        # within its party, and two parties' videos share ranks.
        self._rows = {
            id(v): Row(rank=self.position[id(v)], label=v.title, value=v.views, party=v.party) for v in ds.videos
        }
        views = [v.views for v in ds.videos]
        self._all_stats = view_summary(views) if views else None
        self.video_parties = {v.party for v in ds.videos}
        self.metric_measures = {m.measure for m in ds.metrics}
        self.platforms = set(ds.video_views.platforms) | {m.platform for m in ds.metrics if m.platform}
        party = ds.party(ds.source.claimed_by)
        who = party.name if party else ds.source.claimed_by
        self.source_line = (
            f"Source: article of {fmt.day(ds.source.published)}; figures {ds.source.attribution} ({who})."
        )
        # Looked up by id once here: `Dataset.party` and `.person` scan their lists on every call.
        self._names: dict[str, str] = {}
        for ident, name in [*((p.id, p.name) for p in ds.parties), *((p.id, p.name) for p in ds.people)]:
            self._names.setdefault(ident, name)  # a party's name first, as `name` reads them
        self._people: dict[str, Person] = {}
        for person in ds.people:
            self._people.setdefault(person.id, person)
        self.video_platforms = frozenset(ds.video_views.platforms)
        self.multi_platform = len(ds.video_views.platforms) > 1
        self.counted_measures = self.lex.video_measures | self.metric_measures  # every measure a figure has
        # the words the gate's two word scans start at
        self._scan_words = lex.place_markers | lex.place_origin_markers | lex.how_many_ends
        # Each video's figure, place and tweet in words, made once: most video answers are built from them.
        self._views_words = {id(v): f"{fmt.both(v.views)} views" for v in ds.videos}
        total = len(self.by_rank)
        self._place_words = {
            id(v): f"#{n} of {total} ({fmt.ordinal(n)}{', the last' if n == total > 1 else ''})"
            for v, n in ((v, self.position[id(v)]) for v in ds.videos)
        }
        self._tweets = {id(v): tuple(self._tweet_lines_of(v)) for v in ds.videos}
        self._video_links = {id(v): tuple(self._links_of(v)) for v in ds.videos}
        self._suggestions = self._dataset_suggestions()
        self._metric_phrases = {id(m): metric_phrase_of(m) for m in ds.metrics}
        # What the data counts, said beside a refusal (see `_what_i_count`)
        vv = ds.video_views
        self._counts_of_video = [f"I only have {vv.note}: {self.views(v)} for {v.title}." for v in ds.videos]
        per_subject = {f"{m.measure} on {self.lex.platform_name(m.platform)}" for m in ds.metrics if m.platform}
        self._counts_held = "What I have: " + "; ".join([f"video {vv.note}", *sorted(per_subject)]) + "."
        # Per party or person: the first figure that covers them, as a question (a decline's suggestion).
        self._figure_asked: dict[str, str] = {}
        for m in ds.metrics:
            for subject in (m.subject, *m.with_):
                self._figure_asked.setdefault(subject, f"{m.measure} of {self.name(m.subject)}")
        owner = f"{party.name}'s " if party else ""
        self._campaign_words = f"{owner}campaign videos in {ds.campaign.name}"

    # ---- shared pieces -------------------------------------------------------------------------

    def name(self, ident: str) -> str:
        """The display name of a party or person id."""
        return self._names.get(ident, ident)

    def person(self, ident: str) -> Person | None:
        """The person with this id, if any (`Dataset.person` without its scan)."""
        return self._people.get(ident)

    def with_handle(self, person: Person) -> str:
        """A person's name with their handle when the data gives one: "<name> (@<handle>)"."""
        return f"{person.name} (@{person.handle})" if person.handle else person.name

    def suggestions(self) -> tuple[str, ...]:
        """Three questions this dataset can answer."""
        return self._suggestions

    def _dataset_suggestions(self) -> tuple[str, ...]:
        out = ["top 5"]
        if self.ds.videos:
            out.append(f"views of {self.by_rank[0].title.rstrip('.')}")
        subjects = [m.subject for m in self.ds.metrics]
        if len(set(subjects)) > 1:
            out.append(f"{self.name(subjects[0])} vs {self.name(next(s for s in subjects if s != subjects[0]))}")
        elif self.ds.metrics:
            out.append(f"{self.ds.metrics[0].measure} of {self.name(self.ds.metrics[0].subject)}")
        return tuple(out[:3])

    def suggestions_about(self, ent: Entities) -> tuple[str, ...]:
        """Up to three questions about what a question named (a video, a person, a party), or ()."""
        out: list[str] = []
        if ent.videos:
            v = self.ds.videos[ent.videos[0].best]
            title = v.title.rstrip(".")
            out.append(f"views of {title}")
            if v.tweet and v.tweet.by:
                out.append(f"who posted {title}")
            if v.tweet and v.tweet.date:
                out.append(f"when was {title} posted")
            out.append("top 5")
        for subject in ent.subjects():
            if subject in self.by_poster:
                out.append(f"videos {self.name(subject)} posted")
            figure = self._figure_asked.get(subject)
            if figure is not None:
                out.append(figure)
        return tuple(dict.fromkeys(out))[:3]

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
        return self._campaign_words

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

    def place(self, v: Video) -> str:
        """Where a video stands among all videos by views: "#3 of 14 (3rd)", "#14 of 14 (14th, the last)"."""
        return self._place_words[id(v)]

    def posted_first(self, a: Video, b: Video) -> list[str]:
        """Of two videos set against each other, which was posted first and how many days before (none without
        both dates, or on one day)."""
        posts = sorted((v.tweet.date, v.title.rstrip("."), v.tweet.by) for v in (a, b) if v.tweet and v.tweet.date)
        if len(posts) < 2 or posts[0][0] == posts[1][0]:
            return []
        (on, title, by), (then, later, later_by) = posts
        gap = (then - on).days
        # (who posted each, when two people did: "whose video did better, <name>'s or <name>'s")
        first, second = ((f", by {p.name}" if (p := self.person(x)) else "" for x in (by, later_by))
                         if by and later_by and by != later_by else ("", ""))
        # (and when one person posted both: "who posted each one, and how far apart")
        both = f", both by {p.name}" if by and by == later_by and (p := self.person(by)) else ""
        return [f"Posted first: {title} ({fmt.day(on)}{first}), {gap} day{'s' if gap != 1 else ''} before {later} "
                f"({fmt.day(then)}{second}){both}."]

    def scope_words(self, ent: Entities) -> str:
        """The videos a question narrowed to, in words: "of <party>", "posted by <person>"."""
        parties = " and ".join(self.name(p) for p in dict.fromkeys(ent.parties))
        posters = " or ".join(self.name(p) for p in dict.fromkeys(ent.people) if p in self.by_poster)
        return " ".join(filter(None, [parties and f"of {parties}", posters and f"posted by {posters}"]))

    def middle_of(self, videos: Sequence[Video], measure: str = "views") -> str:
        """Which videos the median of these stands at, after a comma ("which video is in the middle": its name, not
        only its figure): the middle one, or the two it is halfway between; "" for fewer than three."""
        counted = sorted((v for v in videos if v.count(measure) is not None), key=lambda v: -(v.count(measure) or 0))
        if len(counted) < 3:
            return ""
        half = len(counted) // 2
        named = [f"#{self.position[id(v)]} {v.title.rstrip('.')}" for v in counted[half - 1 + len(counted) % 2:
                                                                                  half + 1]]
        return f", at {named[0]}" if len(named) == 1 else f", halfway between {named[0]} and {named[1]}"

    def listed(self, videos: Sequence[Video], lines: list[str]) -> list[Row]:
        """Rows for at most MAX_ROWS videos; a line says how many more there are."""
        if len(videos) > MAX_ROWS:
            lines.append(f"Showing the first {MAX_ROWS} of {len(videos):,}.")
        return [self._rows[id(v)] for v in videos[:MAX_ROWS]]

    def views(self, v: Video) -> str:
        """'13,400,000 views (13.4M)'."""
        words = self._views_words.get(id(v))
        return words if words is not None else f"{fmt.both(v.views)} views"

    # ---- honesty gates -------------------------------------------------------------------------

    def gate(self, ent: Entities, frame: Frame) -> Answer | None:
        """A refusal when the question asks for something the data does not carry (one of its people's party asked,
        which no frame answers: that answer)."""
        measures, cues, videos = ent.measures, ent.cues, ent.videos
        if ent.ranks and (beyond := max(ent.ranks)) > len(self.by_rank) and not (
                ent.videos or ent.days or ent.months or "posting" in ent.query) and (
                "order" in ent.query or not self.lex.rank_words.isdisjoint(ent.words)):
            # ("what came 11th, just outside the top 10": a place the list does not have, whatever else is said; not
            # "on the 12th", a day)
            return self.refuse(frame.intent, f"There is no {fmt.ordinal(beyond)}: the list has {len(self.by_rank)} "
                               "videos.")
        # The first gates read what most questions do not say (an unknown name or video, a year, a platform, a
        # breakdown, the bonus section, a day): all skipped at once when none is said.
        if (ent.others or ent.described or ent.years or ent.platforms_named or ent.bonus or ent.days
                or "breakdown" in cues or "bonus" in cues or (ent.months and (measures or videos) and not (
                    self.lex.by_time.isdisjoint(ent.words) and (videos or self.lex.by_time_unnamed.isdisjoint(
                        ent.words))))):
            refusal = self._rare_refusal(ent, frame)
            if refusal is not None:
                return refusal
        words = ent.words
        scan = not self._scan_words.isdisjoint(words)  # an "in" or a "how many" to read (most have neither)
        unsupported: list[str] = []
        if not measures:
            if ent.phrases is not None and not ent.query.get("operation") and not _asks_field(cues):
                # "who is" (rare); not beside the videos of theirs asked ("who is <name> and what video did he post")
                said = [] if self._their_videos_asked(ent) else ent.phrases.select("identity")
                guess = bool(words) and words[0] in self.lex.identity_guesses  # "is <name> a <word>"
                identity = self._identity(ent, said) if said or guess else None
                if identity is None and ent.parties and (videos or ent.people):
                    party = self._party_guessed(ent)
                    if isinstance(party, Answer):
                        return party
                    identity = party
                if identity is None and videos and (defined := ent.phrases.select("definition")):
                    identity = self._definition(ent, defined)
                if identity:
                    return self.refuse(frame.intent, identity[0], identity[1:])
            if len(videos) == 1 and not ent.query and not _asks_field(cues):  # ("the words in <name>'s tweet of ...")
                attribute = self._unknown_attribute(ent)
                if attribute:
                    return self.refuse(frame.intent, f"I don't have the {attribute} of {attribute_of(ent, self.ds)}.",
                                       [self._what_i_count(ent)])
        if scan and (measures or "order" in ent.query) and (place := self._unknown_place(ent)):
            return self.refuse(frame.intent, f"I don't have figures for {place}: only the totals the article gives.",
                               [self._what_i_count(ent)])
        if measures and not self.counted_measures.issuperset(measures):
            unsupported = [m for m in measures if m not in self.counted_measures]
            if frame.intent == "source" and self.lex.source_told.issuperset(unsupported) and self._source_asked(ent):
                unsupported = []  # ("where do they come from, are they independently verified": whose claims)
        unknown_count = self._unknown_count(ent) if scan else None
        if unknown_count and not unsupported:
            return self.refuse(frame.intent, f"I don't have figures for {unknown_count}.", [self._what_i_count(ent)])
        if unsupported:
            label = self.lex.measure_label(unsupported[0])
            held = [self._what_i_count(ent)]
            if ent.cues.get("handle") and ent.videos and (t := self.ds.videos[ent.videos[0].best].tweet) and t.by \
                    and (by := self.person(t.by)) is not None:
                held.insert(0, f"It was posted by {self.with_handle(by)}.")  # (the handle the data has)
            return self.refuse(frame.intent, f"I don't have {label}.", held)
        if ent.platforms and not (frame.intent == "source" and ent.platforms_alone.issuperset(ent.platforms) and (
                ent.words[0] in self.lex.yes_no_openers or self._alternative_asked(ent)
                # ("the views in the list, are they youtube views?": the yes/no verb after what it is about; not
                # "how <party> did on <platform> views": a figure there asked)
                or (not self.lex.yes_no_openers.isdisjoint(ent.words) and (
                    self.lex.question_words.isdisjoint(ent.words) or not ent.measures or ent.cue("scope"))))):
            # ("just youtube or what": what the counts cover asked, which the source answer says, the platform named
            # not among them)
            unknown = [p for p in ent.platforms if p not in self.platforms]
            if unknown:
                return self.refuse(frame.intent, f"I don't have {self.lex.platform_name(unknown[0])} figures.",
                                   [self._what_i_count(ent)])
        return None

    @staticmethod
    def _place_before_described(ent: Entities) -> bool:
        """Whether a place or an end of the list is said before the video described ("what's the 2nd vid, the <word>
        one": a guess at it; not "what did the <name> dancing video get, that was in the top 5": a claim of it)."""
        said = ent.described[0].split()
        at = next((k for k in range(len(ent.words)) if ent.words[k : k + len(said)] == said), len(ent.words))
        placed = [*ent.rank_at, *(m.start for c in ("most", "least") for m in ent.cue_matches.get(c, ()))]
        return any(k < at for k in placed)

    def _source_asked(self, ent: Entities) -> bool:
        """Whether the source is asked in words of its own, beside a measure it speaks to ("where do they come
        from"), not only in that measure's words ("independently verified")."""
        told = [(s, e) for m, s, e in zip(ent.measures, ent.measure_starts, ent.measure_ends, strict=True)
                if m in self.lex.source_told]
        return any(not any(s <= c.start < e for s, e in told) for c in ent.cue_matches.get("source", ()))

    def no_videos_from(self, intent: str, year: int) -> Answer:
        """The decline for videos of a year the data has none of ("<name>'s most viewed video in 2017")."""
        return self.refuse(intent, f"I don't have videos from {year}.",
                           [f"The videos are from {self.ds.campaign.name} ({self.ds.campaign.year})."])

    def _rare_refusal(self, ent: Entities, frame: Frame) -> Answer | None:
        """The gates on an unknown name or video described, a year, a platform, a breakdown, the bonus section or a
        day."""
        if ent.described and not ((ent.ranks or ent.cue("most") or ent.cue("least"))
                                  and not self.lex.which_asks.isdisjoint(ent.words[:WHICH_REACH])
                                  and self._place_before_described(ent)):
            # (not with a place asked which names the video: "what's the 2nd vid, the <word> one", a guess at it;
            # "was the <word> one 2nd" is asked of it)
            count = len(self.ds.videos)
            return self.refuse(frame.intent, f"I can't tell which video \u201c{ent.described[0]}\u201d is: no title "
                               f"or tweet of the {count} I have says that.", [f"Ask for the top {count} to see them."])
        if ent.others:
            known = ", ".join(p.name for p in self.ds.parties)
            return self.refuse(
                frame.intent,
                f"I don't have figures for {', '.join(sorted(set(ent.others)))}.",
                [f"The data covers: {known}."],
            )
        # (Each test below reads only what the question has: most questions have none of it, so each is
        # guarded by a plain truth test before any list or call.)
        measures, cues, videos = ent.measures, ent.cues, ent.videos
        if ent.years and measures:
            later = [y for y in ent.years if y > self.ds.source.published.year]
            if later:
                # "views by Jan 2020": a count after the article was written is not in it
                return self.refuse(frame.intent, f"I don't have figures from {later[0]}: the article is dated "
                                   f"{fmt.day(self.ds.source.published)}.", [self._what_i_count(ent)])
        # ("what did <title> get by January": a figure by then, asked without its measure word)
        if ent.months and (measures or (videos and "posting" not in ent.query)) and not ent.years:
            published = self.ds.source.published
            first = min(self.lex.posting_months, default=published.month)
            after = next((m for m, at in zip(ent.months, ent.month_at, strict=False)
                          if m < first and at > 0 and (ent.words[at - 1] in self.lex.by_time or (
                              not videos and ent.words[at - 1] in self.lex.by_time_unnamed))), None)
            if after is not None:  # "views by January": before any video was posted, so the next January
                return self.refuse(frame.intent, f"I don't have figures from {calendar.month_name[after]} "
                                   f"{published.year + 1}: the article is dated {fmt.day(published)}.",
                                   [self._what_i_count(ent)])
        breakdown = cues.get("breakdown")
        if ent.platforms_named:
            split = self.video_platforms.intersection(ent.platforms_named)
            # "how much of that was facebook vs twitter": a part per platform asked, no "split" said
            parts = len(split) > 1 and any(m.payload in ("share", "share_of") for m in ent.query.get("operation", []))
            # (a video named by its place counts too, with the platforms named: "fb vs twitter split for #1")
            one = videos or (split and ent.ranks)
            # "how many of the 13.4 million views were facebook vs twitter": a video's figure, split by platform
            # ("is the 13.4m just facebook, or facebook and twitter combined": what the count covers, no split)
            covers = bool(cues.get("scope")) and "versus" not in ent.query
            counted = len(split) > 1 and not covers and any(
                n.scaled and self.lex.is_a_count(n.value, FIGURE_TOLERANCE) for n in ent.numbers)
            by_platform = bool((((breakdown or parts) and one) or counted) and (split or measures))
        else:  # ("<title> and <title> respectively": each video's own count, with no platform named)
            by_platform = bool(breakdown and videos and measures) and len({r.best for r in videos}) == 1
        if by_platform and self.multi_platform:
            # "fb vs twitter split for <video>": each video's count is one figure across the platforms.
            return self.refuse(frame.intent, SPLIT_LACKED,
                               [self._what_i_count(ent)])
        if breakdown and not videos and len([p for p in ent.parties if p in self.lex.metric_subjects]) == 1:
            # "the breakdown of <party>'s 25m fb views by video": a campaign figure is one total
            return self.refuse(frame.intent, "I don't have that figure broken down, only its total.",
                               [self._what_i_count(ent)])
        if (ent.bonus or "bonus" in cues) and self.ds.bonus:
            # The section asked about as a whole: a count or a date of its videos ("how many views did the bonus
            # ones get"), not what they are ("what are they, do they have view figures": listed, saying so).
            # (a ranked video named after the section, "the bonus ones together, more than <title>?", is what they
            # are set against: the section is still what is asked)
            section = ent.cue("bonus") >= BONUS_ASKED and (not videos or (ent.cue("compare") and min(
                (m.start for m in ent.cue_matches.get("bonus", ())), default=len(ent.words)) < videos[0].start)) and (
                ("views" in measures and (ent.cue("lookup") or (videos and ent.cue("compare")))) or any(
                    ent.cue(f) for f in ("date", "link", "text")))
            # (not "who posted <bonus title> on twitter": the tweet's poster, which the article does not give)
            if ent.bonus and not measures and all(not cues.get(f) for f in FIELD_CUES if f != "poster") and cues.get(
                    "poster") and "posting" not in ent.query:
                # "who did the <bonus title> one": whose it is, as far as its title names them (no poster given):
                # only a title with more than the question said ("<artist>: <song>") says more than the question
                named = [self.ds.bonus.videos[i] for i in dict.fromkeys(ent.bonus)]
                said = set(ent.words)
                if all(set(words(v.title)) - said - self.lex.stopwords for v in named):
                    return self.stats("bonus", named[0].title, [
                        f"{v.title}: one of {self.ds.bonus.label.lower()}; the article names no poster for it, only "
                        f"this title." for v in named])
            # ("who sang the <bonus title> one, it says <name>": a word of saying is no tweet asked for; a place
            # asked of one is answered with the section, which is after the ranked list)
            tweet = cues.get("text") and not self.lex.post_words.isdisjoint(t.s for t in ent.tokens)
            # (a count asked, not only the words of a ranking: "where's <bonus> in the most viewed list" is its place)
            ranking = [*ent.cue_matches.get("most", ()), *ent.query.get("order", ())] if ent.cue("list") or ent.cue(
                "rank_of") else ()
            counted = any(m == "views" and not any(r.start <= s < r.end for r in ranking)
                          for m, s in zip(ent.measures, ent.measure_starts, strict=True))
            if (ent.bonus or section) and (counted or tweet or any(
                    cues.get(f) for f in FIELD_CUES if f not in ("text", "rank_of"))):
                # A bonus favourite named with a figure or a field: the article gives neither.
                return self.refuse(
                    frame.intent,
                    f"The article gives no figures, dates or tweets for {self.ds.bonus.label.lower()}.",
                    [f"{self.ds.bonus.label}: " + "; ".join(v.title for v in self.ds.bonus.videos) + "."],
                )
        if ent.days and not videos and not ent.years and not ent.query.get("when") and not ent.query.get("relative"):
            published = self.ds.source.published
            after_it = [(m, d) for m, d in ent.days if (m, d) > (published.month, published.day)
                        and m >= min(self.lex.posting_months, default=published.month)]
            if after_it and len(after_it) == len(ent.days):
                # "what did <name> tweet on 13 Dec": a day after the article, which cannot say
                return self.refuse(frame.intent, f"I don't have anything after {fmt.day(published)}, the date of the "
                                   f"article.", [self._what_i_count(ent)])
        if ent.days and videos and "views" in measures and not ent.query.get("posting") \
                and not self._day_describes(ent) and not (
                    self.rate_asked(ent) and self.rate_days(ent, self.ds.videos[videos[0].best])):
            # (not "<title> views per day from <its posting day> to <the article's>": the rate asked)
            # "views of X on 20 November": a count on a day, not a day that picks the video.
            return self.refuse(frame.intent, f"I don't have {self.lex.measure_label('views by day')}.",
                               [self._what_i_count(ent)])
        return None

    def rate_asked(self, ent: Entities) -> str | None:
        """A rate asked and wanted ("views per day", not "without per-day rates"): "per_day" or "per_week"."""
        # (not "a week before <title>": a time between two posts, its relative word right after it)
        return next((m.payload for m in ent.query.get("rate", ()) if m.payload in ("per_day", "per_week")
                     and not rate_unwanted(ent, self.lex, m) and not any(
                         0 <= r.start - m.end <= 1 for r in ent.query.get("relative", ()))),
                    None) if "rate" in ent.query else None

    def rate_days(self, ent: Entities, v: Video) -> bool:
        """Whether the days of a video's rate are those from its posting to the article's date: no month or single
        day asked ("on <day>"), and every day named one of those two ends."""
        published = self.ds.source.published
        one_day = len(ent.days) == 1 and not ("when" in ent.query or "range" in ent.query or (
            ent.days[0] == (published.month, published.day) and ("posting" in ent.query or "article" in ent.query)))
        if ent.months or one_day or (
                len(ent.days) < 2 and any(m.payload == "between" for m in ent.query.get("when", ()))
                and not ("posting" in ent.query or "article" in ent.query)):
            # ("in <month>", "on <day>", "between <day>" with its other end unread: other days' views, not split)
            return False
        ends = {(published.month, published.day)}
        if v.tweet and v.tweet.date:
            ends.add((v.tweet.date.month, v.tweet.date.day))
        return all(day in ends for day in ent.days)

    def _day_describes(self, ent: Entities) -> bool:
        """Whether each day said is the posting day of a video named and describes it: said before the count asked
        ("the <title> video from 23 nov, how many views"), or right after the video ("views of the <title> video
        from the 30th"); not a day's count ("views of <title> on 20 November")."""
        videos, days = ent.videos, list(zip(ent.days, ent.day_at, strict=True))
        # (a day said alone, "from the 30th", is each month's: one of them is enough)
        posted = all(any((t := self.ds.videos[r.best].tweet) and t.date and (t.date.month, t.date.day) == day
                         for r in videos for day, said in days if said == at) for at in set(ent.day_at))
        return posted and (max(ent.day_at) < min(ent.measure_starts, default=-1) or all(
            any(ent.words[k] in self.lex.day_describers for k in range(max(0, at - 2), at))
            and any(0 <= at - r.end <= DESCRIBED_DAY_REACH or (r.end <= at and all(  # (", the one from 23/11")
                t.w in self.lex.stopwords or t.s in self.lex.video_words or t.s in self.lex.separators
                or t.w in self.lex.day_describers for t in ent.tokens[r.end : at])) for r in videos)
            for at in ent.day_at))

    def _their_videos_asked(self, ent: Entities) -> bool:
        """Whether a person's videos are asked after who they are ("... and what video did he post", "whos <name>, what
        did he post"): a filter's words and a "what" or "which" after their name, no video of theirs named (a name read
        as their video is answered by who they are); not "why did he post"."""
        if not ent.people or ent.videos or not ent.cues.get("filter"):
            return False
        end = max(ent.spans.get(p, (0, 0))[1] for p in ent.people)
        return not self.lex.which_asks.isdisjoint(ent.words[end:])

    def _identity(self, ent: Entities, said: list[Match]) -> list[str] | None:
        """"who is <name>", nothing else asked: who they are is not in the data; what it holds about them is.

        (`said`: the "who is" phrases; read only when nothing else is asked, no measure, field or operation.)"""
        starts = [m.end for m in said]
        words, lex = ent.words, self.lex
        guess = False
        if len(words) > 3 and words[0] in lex.identity_guesses:
            # "is <name> a <word>": who someone is, asked as a guess (which no tweet's words confirm); not "is <title>
            # a third of <other>", a part of a figure (a person's name stays a guess: "is <name> a quarter of ...")
            scaled = {k for m in ent.query.get("factor", ()) for k in (m.start, m.start - 1)}
            guess = any(r.start == 1 and r.end < len(words) and words[r.end] in lex.identity_articles
                        and r.end not in scaled for r in ent.videos) or any(
                ent.spans.get(p, (0, 0)) == (1, e) and e < len(words) and words[e] in lex.identity_articles
                for p in ent.people for e in [ent.spans.get(p, (0, 0))[1]])
            starts += [1] if guess else []
        for start in starts:
            # (a pronoun standing for the last answer's video, "who's it by", is no name: its poster is asked)
            ref = next((r for r in ent.videos if r.start == start and not all(
                w in self.lex.stopwords for w in ent.words[r.start : r.end])), None)
            if ref is not None and ent.words[ref.start] in lex.stopwords:
                return None  # "who is on <rest of a title>": who appears, which the title says (its card)
            if ref is not None:
                v = self.ds.videos[ref.best]
                # ("who is <name>, <one everyday word of another title> or what": a guess at who they are)
                n = len(ent.words)
                guessed = any(o.start >= ref.end and o.end - o.start == 1 and not (
                    o.end < n and ent.tokens[o.end].s in self.lex.video_words) for o in ent.videos)
                if not guess and not guessed and set(self.lex.tweet_said[ref.best]) & set(
                        ent.words[ref.start : ref.end]):
                    return None  # the tweet speaks of them ("I met <name> in July"): the video's card says it
                name = " ".join(ent.words[ref.start : ref.end]).title()
                return [f"I don't have who {name} is beyond the video's title, {v.title}.",
                        f"{v.title}: {self.views(v)}, {self.place(v)}."]
            person = next((p for p in ent.people if ent.spans.get(p, (-1, 0))[0] == start), None)
            who = self.person(person) if person else None
            if who is not None:
                return [f"I don't have who {who.name} is beyond what the article says.", *self._posted_by(who)]
        return None

    def _party_guessed(self, ent: Entities) -> Answer | list[str] | None:
        """ "<name> is <party> or <party>?", "is <name> <party>": the party of someone asked. One of the data's people
        with a party: the answer; someone a title names, or a person with none: what is not held (and what the data
        holds of them); else None."""
        said, lex = ent.words, self.lex
        parties_at = {ent.spans[p][0] for p in ent.parties if p in ent.spans}
        last = max((ent.spans[p][1] for p in ent.parties if p in ent.spans), default=len(said))
        # (answered only with nothing more after the parties: "is <name> <party>'s leader" asks a role)
        closed = all(w in lex.stopwords or w in lex.closing_guesses for w in said[last:])

        def guessed(start: int, end: int) -> bool:
            copula = end < len(said) and said[end] in lex.identity_guesses
            return (end + copula) in parties_at and (copula or (start > 0 and said[start - 1] in lex.identity_guesses))

        for p in ent.people:
            who = self.person(p)
            if who is None or p not in ent.spans or not guessed(*ent.spans[p]) or not closed:
                continue
            if who.party is None:
                return [f"I don't have which party {who.name} is in.", *self._posted_by(who)]
            party = self.name(who.party)
            # ("is <name> <party>": yes or no, the party said; "<party> or <party>": the party)
            verdict = "" if len(ent.parties) > 1 else "Yes: " if who.party in ent.parties else "No: "
            return Answer(intent="source", answered=True, title=f"{verdict}{who.name}: {party}",
                          lines=(f"{verdict}{who.name}'s party in the article: {party}.",),
                          source=self.source_line, party=who.party)
        for ref in ent.videos:
            v = self.ds.videos[ref.best]
            name = said[ref.start : ref.end]
            # (a first and last name, each capitalised in the title, one of them a name: not "is <title> <party>",
            # whose party the video has, nor "is <name> <title word> <party>")
            capitalised = {w.casefold() for w in re.findall(r"[^\W\d_]+", v.title) if w[:1].isupper()}
            if len(name) < 2 or lex.title_names()[ref.best].isdisjoint(name) or not capitalised.issuperset(name):
                continue
            if guessed(ref.start, ref.end):
                return [f"I don't have which party {' '.join(name).title()} is in: only the video's title, {v.title}.",
                        f"{v.title}: {self.views(v)}, {self.place(v)}."]
        return None

    def _posted_by(self, who: Person) -> list[str]:
        """What the data holds of a person: the videos they posted."""
        posted = [self.ds.videos[i].title for i in self.lex.posted.get(who.id, ())]
        return [f"{who.name} posted {len(posted)} of the videos: {', '.join(posted[:3])}"
                + (" …" if len(posted) > 3 else "") + "."] if posted else []

    def _definition(self, ent: Entities, said: list[Match]) -> list[str] | None:
        """"what was the <part of a title>" (a thing the title names, not the video): what it is is not held.

        A whole title or alias, or a video word after it ("what was the <topic> one"), names the video: its card."""
        tokens = ent.tokens
        for m in said:
            start = m.end + (m.end < len(tokens) and tokens[m.end].w in self.lex.determiners)
            ref = next((r for r in ent.videos if r.start == start and len(r.candidates) == 1), None)
            if ref is None or (ref.end < len(tokens) and tokens[ref.end].s in self.lex.video_words):
                continue
            v = self.ds.videos[ref.best]
            stop = next((i for i in range(ref.start, ref.end) if tokens[i].w in self.lex.stopwords), ref.end)
            said_words = " ".join(t.s for t in tokens[ref.start : stop])
            # A whole name of the video ("what were the <alias> lot reacting to") is the video itself, unless the
            # question asks what kind of programme it is ("what is <alias>? a reality show?"); a part of its title
            # is asked about only when it is what the video is about ("the <topic> pledge"), not its name ("what is
            # the 60 second challenge": the video)
            programme = not self.lex.programme_words.isdisjoint(t.s for t in tokens) or not \
                self.lex.kind_guesses.isdisjoint(t.w for t in tokens)  # ("is it a game or a tv thing")
            if any(f" {' '.join(stems(text))} " in f" {said_words} " for text in (v.title, *v.aliases)):
                if not programme:
                    continue
            elif not programme and not {stem(w) for w in v.topics} & set(said_words.split()):
                continue
            thing = " ".join(t.w for t in tokens[ref.start : stop])
            title = v.title.rstrip(".")
            return [f"I don't have what {thing} {tokens[m.end - 1].w} beyond the video's title, {title}.",
                    f"{v.title}: {self.views(v)}, {self.place(v)}."]
        return None

    def _unknown_attribute(self, ent: Entities) -> str | None:
        """A word no table knows right after a named video, asked about ("<title>'s surname"): not held."""
        if len(ent.videos) != 1 or ent.measures or ent.query or self.lex.question_words.isdisjoint(ent.words):
            return None
        if ent.cue("rank_of"):
            return None  # ("what rank is <title> sitting at": its place asked, the word after it a verb)
        end = ent.videos[0].end
        rest = ent.tokens[end + 1 :]
        if all(t.w in self.lex.stopwords for t in rest) and end < len(ent.tokens) and end not in ent.covered:
            t = ent.tokens[end]
            known = self.lex.known
            if t.w.isalpha() and len(t.w) > 2 and t.w not in known and t.s not in known \
                    and t.w not in self.lex.topic_markers:  # ("<topic> related": what the videos are about)
                return t.w
        return None

    def _unknown_place(self, ent: Entities) -> str | None:
        """A count asked "in <somewhere>" the bot knows nothing of ("how many people in <town>"): a breakdown."""
        orders = [m.end for m in ent.query.get("order", ()) if m.payload in ("views_desc", "views_asc")]
        if not (ent.measures or orders) or (self.lex.place_markers.isdisjoint(ent.words)
                                            and self.lex.place_origin_markers.isdisjoint(ent.words)):
            return None  # no count or order, or no "in" after it (most questions)
        words, known, stop = ent.words, self.lex.known, self.lex.stopwords
        # Right after the count: "people in <town> watched", "views in <country>", not "NHS in the title"; or
        # after an order of views ("which did best in <region>": best there, which the totals cannot say)
        after_count = set(ent.measure_ends) | {m.end for m in ent.query.get("operation", []) if m.payload == "value"}
        after_count |= set(orders)
        markers, last = self.lex.place_markers, len(words) - 1
        # ("how many viewers of <title> were from <country>": the origin said a few words later, after the video the
        # count is of; not "... I was in the Treasury" further on)
        first = min(after_count, default=last)
        after_count |= {k for k in range(first, min(first + ORIGIN_REACH, last - 1))
                        if words[k] in self.lex.place_origin_verbs and words[k + 1] in self.lex.place_origin_markers}
        for i in sorted(after_count):  # (left to right, as a scan of every word would find them)
            linked = 0 <= i < last - 1 and words[i] in self.lex.place_origin_verbs \
                and words[i + 1] in self.lex.place_origin_markers
            i += linked  # ("the views came from <country>")
            i += 0 <= i < last - 1 and words[i] in self.lex.place_lead_ins and words[i + 1] in markers  # ("up in")
            if 0 <= i < last and (words[i] in markers or linked):
                j = i + 1 + (words[i + 1] in stop and i + 2 < len(words))  # "in the <place>"
                word = words[j]
                # ("in the whole campaign": a word before one of the data's own nouns describes it; "in
                # absolute terms": a manner)
                # ("in the whole top 10": an everyday word of how a thing is, before what it is)
                describes = j + 1 < len(words) and (ent.tokens[j + 1].s in self.lex.generic_words
                                                    or words[j + 1] in self.lex.manner_nouns
                                                    or word in self.lex.plain_describers)
                if (j not in ent.covered and word.isalpha() and len(word) > 2 and word not in known
                        and ent.tokens[j].s not in known and not describes):
                    return word
        return None

    def _unknown_count(self, ent: Entities) -> str | None:
        """What "how many X" counts when X is a word the bot knows nothing of ("how many dislikes")."""
        words = ent.words
        if self.lex.how_many_ends.isdisjoint(words):
            return None  # no "how many" (most questions)
        known = self.lex.known
        for j in self.lex.counted_at(words):
            if j not in ent.covered and not (
                    j + 1 < len(words) and ent.tokens[j + 1].s in self.lex.video_words):  # "how many listed videos"
                word = words[j]
                # (not a verb of where videos stand: "how many sit between 2.5m and 3.5m" counts videos)
                if word.isalpha() and len(word) > 2 and word not in known and ent.tokens[j].s not in known \
                        and not (ent.thresholds and (word in self.lex.run_verbs or word in self.lex.bare_verbs)) \
                        and re.search(rf"[?!.]\s*{word}\b", ent.text, re.IGNORECASE) is None \
                        and not (j == len(words) - 1 and word in self.lex.address_words):
                    # (not one opening the next sentence: "by how much? settle this"; nor the one asked, last:
                    # "roughly how much boss")
                    return word
        return None

    def _alternative_asked(self, ent: Entities) -> bool:
        """Whether a choice is offered beside a platform named ("fb only or what", "just facebook, or combined?")."""
        return not self.lex.way_joins.isdisjoint(ent.words)

    def _what_i_count(self, ent: Entities) -> str:
        """What the data counts, said beside a refusal: the named video's count, else every kind of figure."""
        if ent.videos and ent.cue("date") and (
                tweet := (video := self.ds.videos[ent.videos[0].best]).tweet) and tweet.date:
            # ("<title> date? was it in the <stretch not held>": the day it was posted, which is held)
            return f"I have the day it was posted: {video.title.rstrip('.')} was posted on {fmt.day(tweet.date)}."
        return self._counts_of_video[ent.videos[0].best] if ent.videos else self._counts_held

    def video_scope(self, ent: Entities, intent: str, counts: bool = True) -> list[Video]:
        """The videos a video question is about (party, poster, year); raises `Refusal` when there are none."""
        videos = self.by_rank
        # (Each step reads only what the question has: most name no person, party, year or platform.)
        not_by: set[str] = set()
        posters: list[str] = []
        if ent.people:
            # ("..., wasn't it <name>?": a tag that asks for a yes, no negation of anyone)
            tags = {m.start for m in ent.query.get("premise", ())}
            negations = [m.end for m in ent.query.get("negate", []) if m.start not in tags]
            guessed = set(ent.guessed)  # "was it <name> or someone else?"
            # "the <name> one, wasn't <poster>": a poster said not to be it takes their videos out.
            # ("who posted the 2nd most viewed, it is not <name> i think": a guess at whose a place is, checked, never
            # taken out of the list the place is counted in)
            placed = bool(ent.ranks or "order" in ent.query)
            not_by = {p for p in ent.people if p in self.by_poster and not (placed and p in guessed)
                      and any(0 <= ent.spans.get(p, (-9, 0))[0] - end < NEGATION_REACH for end in negations)}
            if not_by:
                videos = [v for v in videos if not (v.tweet and v.tweet.by in not_by)]
            # ("<name>'s video vs <title>": their one video, named through them, is no set of theirs)
            starts = {r.start for r in ent.videos}
            guessed |= {p for p in ent.people if ent.spans.get(p, (-1, 0))[0] in starts}
            # ("<title> v <name> quotes, which had more, <name> by a mile?": a video said again by the name in it)
            guessed |= {p for p in ent.people if p in ent.spans and any(
                r.end <= ent.spans[p][0] and {t.s for t in ent.tokens[slice(*ent.spans[p])]}.issubset(
                    self.lex.title_stems[r.best]) for r in ent.videos)}
            posters = [p for p in ent.people if p in self.by_poster and p not in not_by and p not in guessed]
            for person in ent.people:
                if person not in posters and person not in not_by and person not in guessed:
                    p = self.person(person)
                    raise Refusal(self.refuse(
                        intent,
                        f"I have no videos posted by {p.name if p else person}.",
                        [f"The videos are {self._campaign()}."],
                    ))
        parties = list(dict.fromkeys(ent.parties)) if ent.parties else []
        if parties and (ent.videos or ent.ranks or len(parties) > 1):
            # "which <party member> got done on <video>": a party word for someone in a named video, not whose
            # videos (only one right before a video word or the video's name says whose: "<party>'s <title> video")
            starts = {r.start for r in ent.videos}

            def whose(p: str) -> bool:
                # (each time the party is named: "the article ranks <party>'s top 10 too, what was <party>'s #1")
                return any(whose_at(m.end, p) for m in ent.name_matches if m.payload == ("party", p)) \
                    or whose_at(ent.spans.get(p, (0, 0))[1], p)

            def whose_at(end: int, p: str) -> bool:
                said = end
                while end < len(ent.tokens) and (ent.tokens[end].w in self.lex.own_words
                                                 or ent.tokens[end].w in self.lex.party_words or (
                                                     ent.tokens[end].w in self.lex.video_kinds
                                                     and ent.tokens[end].s not in self.lex.poster_video_words)):
                    # ("the <party>'s own most watched video", "the <name> party's number one", "<party> campaign
                    # video": a kind of video between the party and its video word)
                    end += 1
                return ((end in starts and ent.tokens[end].w not in self.lex.stopwords)
                        # ("<party> 7th video", "<party>'s number 1 video": whose)
                        or end in ent.rank_at or (end + 1 in ent.rank_at and ent.words[end] in self.lex.rank_words)
                        # ("<party> most viewed nhs video": whose, a superlative after the party word)
                        or any(said <= m.start <= end for c in ("most", "least") for m in ent.cue_matches.get(c, ()))
                        or any(said <= m.start <= end for m in ent.query.get("order", ()))  # ("<party>'s top 10")
                        or (end < len(ent.tokens) and ent.tokens[end].s in self.lex.poster_video_words)
                        # ("which video did the <party> put out first": a posting verb of theirs, no video named;
                        # "<title>, the one the <party> posted" is a claim about who posted it)
                        or (not ent.videos and any(m.start == end for m in ent.query.get("posting", ())))
                        or videos_of(ent, self.lex, p))  # ("the most viewed video of the <party>")

            said_whose = [p for p in parties if whose(p)]
            if ent.videos or ent.ranks:
                parties = [p for p in parties if p in self.by_party or p in said_whose]
            if ent.videos and not self.lex.way_joins.isdisjoint(ent.words) and (
                    owned := {self.ds.videos[r.best].party for r in ent.videos} & {*parties, *ent.spans}):
                # ("is <title> a <party> video or a <other party> one": whose it is, guessed between them)
                parties = said_whose = [p for p in parties if p in owned]
            elif len(parties) > 1 and said_whose and not all(p in self.by_party for p in said_whose):
                # ("the <party>'s most viewed videos? cf. <other party>'s list", "<party>'s top 10 ... side by side with
                # <own party>'s": the videos of a party not held asked, declined, not the other's given as theirs)
                parties = [p for p in said_whose if p not in self.by_party]
        if parties:
            if len(parties) == 1:
                videos = self.by_party.get(parties[0], [])
            else:
                videos = [v for v in videos if v.party in parties]
            if not videos:
                names = ", ".join(self.name(p) for p in parties)
                have = ", ".join(self.name(p) for p in sorted(self.video_parties))
                raise Refusal(self.refuse(intent, f"I don't have {names} videos.", [f"I only have videos of {have}."]))
        if posters:
            if len(posters) == 1 and not parties and not not_by:
                videos = self.by_poster[posters[0]]
            else:
                videos = [v for v in videos if v.tweet and v.tweet.by in posters]
        if ent.years:
            bad_years = [y for y in ent.years if y != self.ds.campaign.year]
            if bad_years:
                raise Refusal(self.no_videos_from(intent, bad_years[0]))
        # A platform with no count asked is where a video was posted ("what did X put out on Twitter"); a video's
        # count said is its views asked ("of the 13.4m, how much was twitter only").
        # ("how many videos crossed 5 million on facebook": a bar of views there, so its count asked there)
        # ("<title>, how much on facebook alone": a count asked there)
        if not ent.measures and not (ent.platforms and (
                ent.thresholds or (ent.platforms_alone and ent.cue("lookup"))
                or any(n.scaled and self.lex.is_a_count(n.value, FIGURE_TOLERANCE) for n in ent.numbers))):
            return videos
        split = [p for p in ent.platforms if p in self.video_platforms]
        if ent.cue("breakdown"):  # "how were the views split": per platform, not held
            split = split or list(self.ds.video_views.platforms)
        # (not "only the facebook views, separate from the twitter": one said alone, the other set apart)
        if (split and self.video_platforms.issubset(split) and not ent.query.get("negate")
                and not ent.cue("breakdown") and not ent.platforms_alone
                and (ent.cue("scope") or ent.platforms_joined
                     or any(m.payload == "sum" for m in ent.query.get("operation", [])))):
            split = []  # "across Facebook and Twitter", "combined", "on fb and twitter": exactly what the counts are
        if split and ent.cue("scope") and not ent.cue("breakdown") and self._alternative_asked(ent):
            split = []  # "<title> views = fb only or what": what its count covers asked, which the answer says
        # ("<title> - 6.5m on fb right", "<title> was 13.4m on twitter only?": its own count said of one platform)
        own = split and len({r.best for r in ent.videos}) == 1 and any(
            n.scaled and n.value == self.ds.videos[ent.videos[0].best].views for n in ent.numbers) and (
                bool(ent.query.get("premise")) or ent.text.rstrip().endswith("?"))
        if split and counts and self.multi_platform and len({r.best for r in ent.videos}) == 1 and \
                (ent.platforms_alone or own) and not ent.cue("breakdown") and (ent.numbers or "views" in ent.measures) \
                and self.lex.question_words.isdisjoint(ent.words) and (
                    own or ent.words[0] in self.lex.yes_no_openers or any(
                        w in self.lex.yes_no_openers and not self.lex.platform_words.isdisjoint(
                            ent.words[k + 2 : k + 2 + SCOPE_ASKED_REACH])
                        and (ent.words[k + 1] in self.lex.video_pronouns or ent.words[k + 1] in self.lex.tag_pronouns)
                        for k, w in enumerate(ent.words[:-1]))):
            # ("<title> 13.4m, is that fb only?": what its count covers, asked as yes or no: no, both together;
            # "... twitter or fb too?": both offered, the count said as it is)
            v = self.ds.videos[ent.videos[0].best]
            verdict = "" if len(set(ent.platforms_named)) > 1 else "No: "
            raise Refusal(self.stats("video", v.title, [
                f"{verdict}{v.title} has {fmt.both(v.views)} {self.ds.video_views.note}, one combined count.",
                f"The article gives no {split[0].title()}-only count."], party=v.party))
        if split and counts and self.multi_platform:
            why = SPLIT_LACKED if ent.cue("breakdown") else f"I don't have a {split[0].title()}-only count for videos."
            raise Refusal(self.refuse(intent, why, [self._what_i_count(ent)]))
        return videos  # in views order: every source list above keeps it

    def resolve(self, ref: VideoRef, scope: list[Video]) -> tuple[Video | None, list[Video]]:
        """The best video of a reference within scope, and the others it also fits."""
        cands = list(map(self.ds.videos.__getitem__, ref.candidates))
        if scope is not self.by_rank:  # a party's or a poster's videos only
            allowed = {id(v) for v in scope}
            cands = [v for v in cands if id(v) in allowed]
        if not cands:
            return None, []
        return cands[0], cands[1:]

    def _tweet_lines_of(self, v: Video) -> list[str]:
        """What the article gives of a video's tweet, in lines (made once per video: see `_tweets`)."""
        t = v.tweet
        if not t:
            return ["The article gives no tweet for it: no poster, date, text or link."]
        out = []
        by = self.person(t.by) if t.by else None
        who = self.with_handle(by) if by else None
        if who and t.date:
            out.append(f"Posted by {who} on {fmt.day(t.date)}.")
        elif who:
            out.append(f"Posted by {who}.")
        elif t.date:
            out.append(f"Posted on {fmt.day(t.date)}.")
        if t.text:
            out.append(f"Tweet: “{quoted(t.text)}”")
        return out

    def _links_of(self, v: Video) -> list[Link]:
        """A video's media link and its poster's profile (made once per video: see `_video_links`)."""
        links = []
        if v.tweet and v.tweet.media:
            links.append(Link("Video", fmt.https(v.tweet.media)))
        by = self.person(v.tweet.by) if v.tweet and v.tweet.by else None
        if by and by.handle:
            links.append(Link(f"@{by.handle}", f"https://twitter.com/{by.handle}"))
        return links

    def _remember(self, key: tuple[object, ...], answer: Answer) -> Answer:
        """Keep an answer that depends only on the dataset and the key (bounded)."""
        if len(self._memo) < MEMO_SIZE:
            self._memo[key] = answer
        return answer


def _asks_field(cues: dict[str, float]) -> bool:
    """Whether a cue asks for one of a video's fields (a date, a poster, a link, its text, its rank)."""
    return not cues.keys().isdisjoint(FIELD_CUES) and any(cues.get(f) for f in FIELD_CUES)


def view_summary(values: Sequence[int]) -> tuple[int, float, float]:
    """Total, mean and median (without the statistics module: it costs start-up time)."""
    ordered = sorted(values)
    n, mid = len(ordered), len(ordered) // 2
    median = ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return sum(ordered), sum(ordered) / n, median


def attribute_of(ent: Entities, ds: Dataset) -> str:
    """The title of the one video a question names."""
    return ds.videos[ent.videos[0].best].title.rstrip(".")


def quoted(text: str) -> str:
    """A tweet's text for quoting: its own outer quotation marks dropped, so they are not doubled."""
    if len(text) > 1 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    return text


def metric_phrase_of(m: Metric) -> str:
    """One figure as the source words it, with its qualifier, period and daily rate."""
    qual = f"{m.qualifier} " if m.qualifier else ""
    what = f"{m.platform.title()} {m.measure}" if m.platform and m.measure == "views" else m.measure
    of = f" on {m.of}" if m.of else ""
    period = f" in {m.period.label}" if m.period else ""
    rate = ""
    if m.period and m.period.days:
        rate = f" (about {fmt.count(m.value / m.period.days)} a day)"
    return f"{m.label}: {qual}{fmt.count(m.value)} ({fmt.words_million(m.value)}) {what}{of}{period}{rate}"
