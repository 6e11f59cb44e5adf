"""Answers about videos one at a time: lists by views, ranked positions, one video's card, two head to head."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.dataset.schema import Video
from bot.engine import format as fmt
from bot.engine.answer import Answer, Link
from bot.engine.answers.base import FIELD_NAMES, ResponderBase, quoted
from bot.engine.entities import Entities, VideoRef, break_after, listed_place, posting_order
from bot.engine.frames import Frame
from bot.engine.normalise import said_anywhere, said_at, words
from bot.engine.query import Named, Operand, Query, Selection

NEAR_NEGATION = 3  # a negation covers a word this many words after it ("not just the tweet")
TOLD_CLAUSE = 3  # "the one where he met her": a describing word this near before a tweet's verb makes a clause
ORDER_REACH = 3  # "the 2nd most viewed video about the <topic>": an order this many words before a name, said of it


class VideoAnswers(ResponderBase):
    """Top lists, ranks, one video and comparisons of two."""

    def _top(self, ent: Entities, frame: Frame) -> Answer:
        scope = self.video_scope(ent, "top")
        n = frame.slots.get("n")
        return self.top(n if isinstance(n, int) else None, bool(frame.slots.get("least")), scope)

    def top(self, n: int | None, least: bool = False, scope: list[Video] | None = None) -> Answer:
        """The N most (or least) viewed videos (of all of them: built once per number)."""
        videos = scope if scope is not None else self.by_rank
        if videos is not self.by_rank:
            return self._build_top(n, least, videos)
        key = ("top", n, least)
        answer = self._memo.get(key)
        if answer is None:
            answer = self._remember(key, self._build_top(n, least, videos))
        return answer

    def _build_top(self, n: int | None, least: bool, videos: list[Video]) -> Answer:
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
            whole = len(self.by_rank)  # (a narrower list, "<name>'s top ten", is not all the article lists)
            lines.insert(0, f"The article lists only {whole} videos." if len(videos) == whole
                         else f"Only {len(videos)} of the {whole} videos fit.")
        # Each row's rank is its place in the list asked for ("top 3 of 4": #1 to #3), whatever the scope.
        places = range(len(videos), len(videos) - n, -1) if least else range(1, n + 1)
        rows = [row if row.rank == k else replace(row, rank=k)
                for row, k in zip(self.listed(chosen, lines), places, strict=False)]
        return self.stats("top", title, lines, rows)

    def _rank(self, ent: Entities, frame: Frame) -> Answer:
        least = bool(frame.slots.get("least"))
        k = ent.ranks[0] if ent.ranks else 1
        # ("<name>'s tweet on no 2 vid": a place written as a list position, with the person's post word, is in
        # the whole list; "<name>'s #1 video" is their own first)
        # ("what wrote <name> when he shared video number 9": the list's 9th's tweet, asked of its own poster)
        listed = bool(ent.ranks) and not least and listed_place(ent, self.lex, ent.rank_at[0]) and (any(
            (end := ent.spans.get(p, (0, 0))[1]) < len(ent.tokens) and ent.tokens[end].s in self.lex.post_words
            for p in ent.people) or (frame.slots.get("field") == "text" and 0 < k <= len(self.by_rank) and (
                t := self.by_rank[k - 1].tweet) is not None and t.by in ent.people and not any(
                w in self.lex.person_pronouns for w in ent.words[max(0, ent.rank_at[0] - 2) : ent.rank_at[0]])))
        scope = self.by_rank if listed else self.video_scope(ent, "rank")
        if k < 1 or k > len(scope):
            n = len(scope)
            return self.refuse("rank", f"There is no {fmt.ordinal(k)}: the list has {n} videos." if n == len(
                self.by_rank) else f"There is no {fmt.ordinal(k)}: only {n} video{'' if n == 1 else 's'} of the "
                f"{len(self.by_rank)} fit{'s' if n == 1 else ''}.")
        if least and k == len(scope) and any(m.payload == "last" for m in ent.query.get("order", ())):
            least, k = False, len(scope)  # "what came 10th, last place": the last one, not the 10th from last
        elif least and ent.ranks and any(m.payload == "last" and m.start > ent.rank_at[0] and break_after(
                ent, self.lex, ent.rank_at[0], m.start, asked=True) for m in ent.query.get("order", ())):
            least = False  # ("who came 3rd, the last medal spot", "what finished 4th?? last ... spot": the place)
        v = scope[-k] if least else scope[k - 1]
        field = frame.slots.get("field")
        if field:
            return self.video(v, str(field))
        which = "least" if least else "most"
        # A narrower list than all videos is named, so "3rd" reads against the list it counts in.
        among = f" {self.scope_words(ent)}" if len(scope) < len(self.by_rank) else ""
        key = ("rank", id(v), k, which, among)
        answer = self._memo.get(key)
        if answer is None:
            answer = self._remember(key, self._build_rank(v, k, which, among))
        return answer

    def _build_rank(self, v: Video, k: int, which: str, among: str) -> Answer:
        nth = "" if k == 1 else f"{fmt.ordinal(k)} "
        lead = f"The {nth}{which} viewed video{among} is {v.title}"
        lines = [
            f"{lead}, with {self.views(v)}.",
            f"It is {self.place(v)}, by {self.ds.video_views.note}.",
        ]
        return self.stats(
            "rank", v.title, [*lines, *self._tweet_lines(v)], links=self._links(v), party=v.party,
            details=self._about(v)
        )

    # ---- one video -----------------------------------------------------------------------------

    def _posted_place_asked(self, ent: Entities) -> bool:
        """One video named, its place in the posting order asked: a word asking a place beside a posting word, or
        the posting order itself ("chronologically where does <title> sit"), and no place or figure said."""
        if len(ent.videos) != 1 or ent.ranks or ent.numbers or "posting" not in ent.query:
            return False
        # (the place word asked, "what number was <title> posted", or right beside a posting word, "posting order";
        # in one clause with it: not "what place did <title> come, and when was it posted", its place by views; nor
        # "the views and the date, in that order", "what number of views did they put on it")
        words = ent.words
        # (nor "what position in views": the views order's place)
        return any(w in self.lex.posting_place_words and (k + 1 == len(words) or words[k + 1] not in self.lex.range_of)
                   and not any(j in ent.measure_starts for j in range(k + 1, k + 3))
                   and any((m.start - k > 0 and words[k - 1] in self.lex.question_words
                            and self.lex.question_words.isdisjoint(words[k + 1 : m.start]))
                           or 0 < m.start - k <= 2 or 0 <= k - m.end < 2 for m in ent.query["posting"]
                           if all(t.s not in self.lex.separators for t in ent.tokens[min(k, m.end) : max(k, m.start)]))
                   for k, w in enumerate(words) if k > 0) or any(
            # ("chronologically where does <title> sit": the posting order said, then where in it asked)
            m.payload in ("posted_asc", "posted_desc") and m.start == 0 and m.end < len(words)
            and words[m.end] in self.lex.question_words for m in ent.query.get("order", ()))

    def _tweet_lines(self, v: Video) -> tuple[str, ...]:
        return self._tweets[id(v)]

    def _about(self, v: Video, others: Sequence[Video] = ()) -> dict[str, object]:
        """Structured facts for front-ends: which video, the others it could be, when it was posted."""
        posted = v.tweet.date.isoformat() if v.tweet and v.tweet.date else None
        return {"video": v.title, "candidates": [o.title for o in others], "posted": posted}

    def _links(self, v: Video) -> tuple[Link, ...]:
        return self._video_links[id(v)]

    def _video(self, ent: Entities, frame: Frame) -> Answer:
        field = str(frame.slots.get("field") or "views")
        scope = self.video_scope(ent, "video", counts=field in ("views", "rank_of"))
        v, others = self.resolve(ent.videos[0], scope)
        ref = ent.videos[0]
        # ("the most viewed <topic> video", "the 2nd most viewed video about the <topic>": the order said of the name)
        ordered = ref.group and any(0 <= ref.start - m.end <= ORDER_REACH and all(
            (t.s in self.lex.video_words or t.w in self.lex.stopwords) and t.s not in self.lex.separators
            for t in ent.tokens[m.end : ref.start])
            for m in ent.query.get("order", ()))
        if ordered and len(ent.ranks) == 1 and ent.rank_at[0] < ref.start and ent.ranks[0] > len(ref.candidates):
            # ("the third most viewed <topic> video" when two share the name: no such video)
            names = " and ".join(self.ds.videos[i].title.rstrip(".") for i in ref.candidates)
            return self.refuse("video", f"There is no {fmt.ordinal(ent.ranks[0])} of them: only "
                               f"{len(ref.candidates)} videos have that name ({names}).")
        if v is not None and ref.group and len(ent.videos) == 1 and (field in ("views", "card") or ordered) and (
                picked := self._picked_of_group(ent, [self.ds.videos[i] for i in ref.candidates], ordered)) is not None:
            # "which <topic> video got fewer views", "the rank of the least viewed <topic> video": the one of those
            # sharing the name
            v, others = picked, []
        if v is not None and v.tweet is None and field in ("views", "card") and "posting" in ent.query \
                and not ent.measures and not ent.people and "tweet" not in ent.query:
            # ("<a word not read> was <title> posted": its posting asked, of a video the article gives no tweet for;
            # not "..., there's no tweet for it, is there": whether it has one, which its card says)
            field = "tweet"
        if v is None and ent.people and field in ("views", "card", "poster"):
            # "did <name> tweet the <title> one": a video whose poster the article does not give is no one's
            # video, so it falls out of theirs: say who posted it is not known (under its views, when asked)
            best = self.ds.videos[ent.videos[0].best]
            v, field = (best, "poster") if not (best.tweet and best.tweet.by) else (None, field)
        if v is None:
            return self.refuse("video", "No video of the ones you named fits that.")
        if field in ("views", "card", "date", "rank_of") and self._posted_place_asked(ent):
            field = "posted_place"  # ("where in the posting order was <title>", "what number was <title> posted")
        if field in ("views", "card", "date") and (rate := self.rate_asked(ent)) is not None \
                and self.rate_days(ent, v):
            return self.views_a_day(v, rate)  # ("<title> views per day since it was posted")
        if field == "text" and not ent.measures and self._said_in_video(ent) and v.tweet and v.tweet.text:
            # "what did <name in the title> say": words spoken in the video, which the article does not give
            by = self.person(v.tweet.by) if v.tweet.by else None
            return self.refuse("video", f"I don't have what is said in {v.title}, only the tweet that posted it.", [
                f"The tweet{f' by {by.name}' if by else ''} says: “{quoted(v.tweet.text)}”"])
        if field == "date" and v.tweet and v.tweet.text and (told_at := self.lex.event_told(
                ent.words, v.tweet.text)) is not None and not any(
                    m.start > told_at or m.start > 1 for m in ent.query.get("posting", ())) and not any(
                    # (not in a clause describing the video: "the date of <title>, the one where he met her in July")
                    ent.words[j] in self.lex.describing_words and ent.tokens[j - 1].s in self.lex.video_words
                    and ent.words[j - 2] in self.lex.determiners  # (not "<title> vid, when did he meet her")
                    for j in range(max(2, told_at - TOLD_CLAUSE), told_at)) and not self._event_stated(ent, told_at):
            # ("when did <name> meet <name>": what the tweet tells, its posting date in the card; "what date in July
            # did he meet her": no more than the month it tells; not "the video of the friend he met in July, when
            # was it posted")
            if ent.months and set(ent.months) <= self.lex.months_told(v.tweet.text):
                return self.refuse("video", f"I don't have the day: the tweet with {v.title} says only “"
                                   f"{quoted(v.tweet.text)}”", [f"It was posted on {fmt.day(v.tweet.date)}."]
                                   if v.tweet.date else [])
            field = "text"
        if field == "poster" and v.tweet and v.tweet.text and not ent.query.get("posting") and (
                told := self.lex.event_told(ent.words, v.tweet.text)) is not None and told > 0 and (
                ent.words[told - 1] in self.lex.person_pronouns or any(
                    ent.spans.get(p, (0, 0))[1] == told for p in ent.people)):
            # ("who did <name> meet in July": whom the tweet tells of, someone said doing it, not who posted it;
            # "who made the <title> video" asks who did)
            field = "text"
        answer = self.video(v, field, others)
        if not answer.answered and v.tweet is None and ent.words[0] in self.lex.yes_no_openers and not \
                self.lex.given_words.isdisjoint(ent.words):
            # "does the article give a tweet or a date for <title>?": whether it does is what is asked: it does not
            return self.stats("video", v.title, [
                f"No: the article gives no tweet for {v.title}, so no poster, date, text or link for it.",
                f"What I have: {self.views(v)}, {self.place(v)}."], party=v.party)
        if not answer.answered and field not in ("views", "card") and "views" in ent.measures and answer.lines and (
                field != "posted_place" or not self.lex.video_measures.isdisjoint(ent.words)):
            # (not "what number was <undated title> in the posting order": "number" asks its place, no views)
            # "views? and who tweeted it": the views, and what the article does not give said under them.
            card = self.video(v, "views", others)
            return replace(card, lines=(*card.lines[:1], answer.lines[0], *card.lines[1:]))
        if field in ("rank_of", "card", "views") and answer.answered and (
                up := self._from_bottom(ent, v)) is not None:
            # ("where does <title> rank counting from the bottom": its place that way, then the list's)
            return replace(answer, lines=(
                f"{v.title} is {up} from the bottom (#{self.position[id(v)]} of {len(self.ds.videos)} from the top), "
                f"with {self.views(v)}.", *answer.lines[1:]))
        return answer

    def _event_stated(self, ent: Entities, told_at: int) -> bool:
        """Whether the event a tweet tells is stated with its month, a question after it ("he met her in July but
        the video tweet when?": the posting date asked, not the meeting's)."""
        month_at = next((j for j in range(told_at + 1, len(ent.words)) if ent.words[j] in self.lex.months), None)
        return month_at is not None and any(w in self.lex.question_words for w in ent.words[month_at + 1 :])

    def views_a_day(self, v: Video, rate: str) -> Answer:
        """A video's views spread evenly over the days from its posting to the article's date, a day or a week."""
        published = self.ds.source.published
        if not (v.tweet and v.tweet.date):
            return self.refuse("video", f"I don't have when {v.title} was posted, so no views a day for it.",
                               [f"What I have: {self.views(v)}, {self.place(v)}."])
        days = (published - v.tweet.date).days
        if days <= 0:
            return self.refuse("video", f"{v.title} was posted on {fmt.day(v.tweet.date)}, the article's date: no "
                               "whole day to spread its views over.", [f"What I have: {self.views(v)}."])
        unit = "a week" if rate == "per_week" else "a day"
        per = v.views / days * (7 if rate == "per_week" else 1)
        return self.stats("video", f"{v.title}: about {fmt.count(per)} views {unit}", [
            f"{v.title}: about {fmt.both(per)} views {unit} on average, its {fmt.count(v.views)} views over the "
            f"{days} days from its posting ({fmt.day(v.tweet.date)}) to the article's date ({fmt.day(published)}).",
            "The article gives one total per video, not views by day: this spreads it evenly."], party=v.party)

    def _said_in_video(self, ent: Entities) -> bool:
        """Whether the video itself is who "said" something: "what did <video> say", no post word asked."""
        tokens, lex = ent.tokens, self.lex
        # ("..., not just the tweet": the tweet said not to be what is asked)
        denied = {i for m in ent.query.get("negate", ()) for i in range(m.end, m.end + NEAR_NEGATION)}
        if any(t.s in lex.post_words and i not in denied for i, t in enumerate(tokens)):
            return False
        for ref in ent.videos:
            if ref.end < len(tokens) and tokens[ref.end].w in lex.speech_words:
                # ("what did <poster> say": their tweet, which the data has)
                people = [self.person(v.tweet.by) for v in (self.ds.videos[i] for i in ref.candidates)
                          if v.tweet and v.tweet.by]
                names = {w for p in people if p for n in (p.name, *p.aliases) for w in words(n)}
                return not any(tokens[j].w in names for j in range(ref.start, ref.end))
        return False

    def each_field(self, answer: Answer, field: str) -> Answer:
        """A video's field asked of a list ("links for the top 3", "when were X and Y posted"): each listed
        video's, under the list, unless the list says it already."""
        n = len(self.by_rank)
        # (rows that are the videos themselves, by their place; a composed list names its places in `details`)
        places = [r.rank for r in answer.rows if 1 <= r.rank <= n and self.by_rank[r.rank - 1].title == r.label]
        listed = answer.details.get("listed")
        if not answer.rows and isinstance(listed, tuple):
            places = [p for p in listed if isinstance(p, int)]
        said = "\n".join(answer.lines)
        extra, untweeted = [], []
        for p in places:
            if 1 <= p <= n:
                one = self.video(v := self.by_rank[p - 1], field)
                if not one.answered and v.tweet is None:
                    untweeted.append(v.title.rstrip("."))
                elif one.answered and (first := one.lines[0]) not in said:
                    extra.append(first)
        if not extra or (len(places) < 2 and not answer.rows):  # ("who posted the top 1": the one row's too)
            return answer
        if untweeted and (line := f"No tweet in the article for: {', '.join(untweeted)}.") not in said:
            extra.append(line)  # ("when were the videos posted": the one with no date said, not left out unsaid)
        # (a top list's rows come after all its lines: the fields go before its "Top 3 of 10:" heading)
        return replace(answer, lines=(*extra, *answer.lines) if answer.rows else (*answer.lines, *extra))

    def _picked_of_group(self, ent: Entities, group: list[Video], ordered: bool = False) -> Video | None:
        """The video a superlative or comparative of views picks among those sharing a name, asked with a question
        word ("which <topic> video got fewer views") or said right before the name (`ordered`: "the least viewed
        <topic> video"), or None when none is said."""
        lex = self.lex
        fewer = bool(ent.cue("least")) or not lex.group_fewer.isdisjoint(ent.words)
        more = bool(ent.cue("most")) or not lex.group_more.isdisjoint(ent.words)
        # (a figure compared, "views", said: not "which have <topic> in the title, of the top 10", nor "more than")
        if fewer == more or (lex.question_words.isdisjoint(ent.words) and not ordered) \
                or "views" not in ent.measures or ent.numbers or "versus" in ent.query:
            return None
        if ordered and len(ent.ranks) == 1 and ent.rank_at[0] < ent.videos[0].start:
            # ("the second most viewed <topic> video": that place among those sharing the name; `_video` declines a
            # place past their number first)
            return sorted(group, key=lambda x: x.views, reverse=more)[ent.ranks[0] - 1]
        return (min if fewer else max)(group, key=lambda x: x.views)

    def video(self, v: Video, field: str = "card", others: Sequence[Video] = ()) -> Answer:
        """One video: the asked field first, then the rest of its card (built once per combination)."""
        key = (id(v), field, tuple(map(id, others)))
        answer = self._memo.get(key)
        if answer is None:
            answer = self._remember(key, self._build_video(v, field, others))
        return answer

    def _posted_place(self, v: Video) -> str | None:
        """ "<title> was the 2nd of the 9 videos with a date to be posted (17 November 2019)."; None undated."""
        dated = posting_order(self.lex)
        k = next((n for n, i in enumerate(dated, 1) if self.ds.videos[i] is v), None)
        if k is None or v.tweet is None or v.tweet.date is None:
            return None
        last = " and last" if k == len(dated) > 1 else ""
        return (f"{v.title.rstrip('.')} was the {fmt.ordinal(k)}{last} of the {len(dated)} videos with a date to be "
                f"posted ({fmt.day(v.tweet.date)}).")

    def _build_video(self, v: Video, field: str, others: Sequence[Video]) -> Answer:
        t = v.tweet
        by = self.person(t.by) if t and t.by else None
        rank_line = f"{self.place(v)} by views."
        views_line = f"{v.title}: {fmt.both(v.views)} {self.ds.video_views.note}."
        first: str | None
        if field == "poster":
            first = f"{self.with_handle(by)} posted {v.title.rstrip('.')}." if by else None
        elif field == "handle":
            first = f"@{by.handle} ({by.name}) posted {v.title.rstrip('.')}." if by and by.handle else None
        elif field == "date":
            first = f"{v.title} was posted on {fmt.day(t.date)}." if t and t.date else None
        elif field == "text":
            first = f"The tweet with {v.title} says: “{quoted(t.text)}”" if t and t.text else None
        elif field == "link":
            first = f"{v.title}: {fmt.https(t.media)}" if t and t.media else None
        elif field == "rank_of":
            first = f"{v.title} is {self.place(v)}, with {self.views(v)}."
        elif field == "posted_place":
            first = self._posted_place(v)
        elif field == "tweet":
            first = None  # (its posting asked in words not read, of a video with no tweet: see `_video`)
        else:
            first = views_line
        if first is None:
            reason = f"I don't have {FIELD_NAMES.get(field, field)} for {v.title}"
            reason += ": the article gives no tweet for it." if not t else "."
            return self.refuse("video", reason, [f"What I have: {self.views(v)}, {self.place(v)}."])
        lines = [first]
        if field not in ("views", "card"):
            lines.append(f"{self.views(v)}; {rank_line}")
        else:
            lines.append(rank_line)
        lines += [line for line in self._tweet_lines(v) if line not in first]
        if others:
            # (their figures left out: beside the asked one, a second figure reads as the answer)
            also = "; ".join(f"{o.title} (#{self.position[id(o)]})" for o in others[:3])
            lines.append(f"Also matching: {also}")
        return self.stats("video", v.title, lines, links=self._links(v), party=v.party, details=self._about(v, others))

    def _from_bottom(self, ent: Entities, v: Video) -> str | None:
        """A video's place counted from the bottom ("6th"), when its place is asked that way ("where does <title>
        rank counting from the bottom"), else None."""
        # (places said counted from the bottom are guesses at it: "is <title> 3rd from bottom or 2nd from bottom";
        # asked without a place word, the phrase closes the question: "where is <title> from the bottom", not "quiz
        # from last nite")
        if len(ent.videos) != 1 or ent.videos[0].group or not said_anywhere(ent.words, self.lex.from_bottom) or (
                ent.ranks and not all(said_at(ent.words, at + 1, self.lex.from_bottom_words) for at in ent.rank_at)
        ) or (not ent.ranks and not ent.cue("rank_of") and not any(
                ent.words[len(ent.words) - len(p) :] == list(p) for p in self.lex.from_bottom_words)):
            return None
        return fmt.ordinal(len(self.ds.videos) - self.position[id(v)] + 1)

    # ---- comparisons ---------------------------------------------------------------------------

    def _set_apart(self, ent: Entities, before: VideoRef, ref: VideoRef) -> bool:
        """Whether only function words, separators and video words stand between two references."""
        lex = self.lex
        return all(t.w in lex.stopwords or t.s in lex.separators or t.s in lex.video_words
                   for t in ent.tokens[before.end : ref.start])

    def _compare_videos(self, ent: Entities, frame: Frame) -> Answer:
        scope = self.video_scope(ent, "compare_videos")
        pair: list[Video] = []
        if len(ent.videos) >= 2:
            for k, ref in enumerate(ent.videos):
                v, _ = self.resolve(ref, scope)
                if v in pair and ref.group and self._set_apart(ent, ent.videos[k - 1], ref):
                    # "nhs vs nhs": the group's next video (not "<topic> one vs <a side unknown>, how much more did the
                    # <topic> one get": said again)
                    v = next((self.ds.videos[i] for i in ref.candidates if self.ds.videos[i] not in pair), None)
                if v and v not in pair:
                    pair.append(v)
        elif ent.videos and any(t.w in self.lex.video_plurals for t in ent.tokens):
            pair = [self.ds.videos[i] for i in ent.videos[0].candidates][:2]  # "the two <topic> videos"
        else:
            ranks = list(ent.ranks)
            if ent.cue("most") and 1 not in ranks:
                ranks.insert(0, 1)
            if ent.cue("least"):
                ranks.append(len(scope))
            pair = [scope[k - 1] for k in ranks if 1 <= k <= len(scope)][:2]
        if len(pair) == 1 and len(ent.videos) >= 2 and not (ent.cue("difference") or ent.cue("ratio")):
            # One video named twice ("the <alias> one ... what were they reacting to", "<title> or was it
            # <alias>"): that video, not a comparison with itself
            return self.video(pair[0], "views" if ent.measures or ent.cue("lookup") else "card")
        if not pair and len(ent.videos) == 1 and ent.people and not ent.ranks:
            # ("was <title> <name>'s or someone else's": one video and a choice of who posted it: its card says)
            v, _ = self.resolve(ent.videos[0], scope)
            if v is not None:
                return self.video(v, "card")
        if not pair and len(ent.videos) == 1 and not ent.ranks and any(
                n.scaled or n.value >= 1000 or not n.value.is_integer() for n in ent.numbers):
            # ("<title> 6.5m or 5.6m?", "13.4 or 14.3 for <title>", "<title> 6 mil or sth": figures offered for one
            # video, its own count is the answer)
            v, _ = self.resolve(ent.videos[0], scope)
            if v is not None:
                return self.video(v, "views")
        if len(pair) < 2 or pair[0] is pair[1]:  # (a place said twice, "#1 ... place 1": one video, no pair)
            return self.refuse("compare_videos", "I need two different videos to compare.")
        if len(pair) > 2 and not any(ent.cue(c) for c in ("compare", "difference", "ratio", "days")):
            # ("<A>, <B> and <C> view counts": the three listed, none left out of a comparison of two)
            named = Named(tuple(self.index_of[id(v)] for v in pair))
            return self.run(Query("list", Operand(Selection((named,)))))  # type: ignore[attr-defined]
        return self.compare(pair[0], pair[1])

    def compare(self, a: Video, b: Video) -> Answer:
        """Two videos head to head: who got more, by how much, how many times (built once per pair)."""
        key = ("compare", id(a), id(b))
        answer = self._memo.get(key)
        if answer is None:
            answer = self._remember(key, self._build_compare(a, b))
        return answer

    def _build_compare(self, a: Video, b: Video) -> Answer:
        hi, lo = (a, b) if a.views >= b.views else (b, a)
        diff = hi.views - lo.views
        lines = [
            f"{hi.title} got more views: {fmt.both(hi.views)} against {fmt.both(lo.views)} for {lo.title.rstrip('.')}.",
            f"That is {fmt.both(diff)} more, {fmt.ratio(hi.views, lo.views)} times as many.",
            f"Ranks: {self.place(hi)} and {self.place(lo)}, by {self.ds.video_views.note}.",
            *self.posted_first(a, b),  # ("which was first, <A> or <B>": by date too)
        ]
        return self.stats(
            "compare_videos", f"{hi.title} vs {lo.title}", lines, [self.row(hi), self.row(lo)], party=hi.party
        )
