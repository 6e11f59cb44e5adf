"""Answers about the campaign as a whole: party and person figures, where the data comes from, bonus, help."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from bot.dataset.schema import Metric
from bot.engine import format as fmt
from bot.engine.answer import SPLIT_LACKED, Answer
from bot.engine.answers.base import ResponderBase, metric_phrase_of
from bot.engine.entities import (
    Entities,
    break_after,
    days_said,
    every_video_said,
    per_video_said,
    post_picked_by_date,
    rate_unwanted,
)
from bot.engine.frames import Frame, beside_bonus
from bot.engine.query_metric import left_out, one_video_of_party, party_video_refused, platform_unheld

EXACT_FIGURE = 0.005  # a figure this close to a campaign figure is that figure ("2.4m" is 2,400,000)
PERIOD_END_ASKED = 3  # period-end cue weight that asks when a count stops ("up to what date")


SUPERLATIVE_SAID = 2.0  # a "most" or "least" cue this strong says a superlative ("the most", not "top 10")


_OF_EACH_VIDEO = frozenset({"mean", "median", "spread", "sd"})  # figures of a set, worked out from each video


class FigureAnswers(ResponderBase):
    """Campaign-level figures, the source, the bonus videos and help."""

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
        answer = self.source(scope=bool(frame.slots.get("scope")))
        if frame.slots.get("scope") and self._platform_figure_asked(ent) and (ent.parties or ent.people) and any(
                m.platform in ent.platforms_named and m.measure in ent.measures
                and {m.subject, *m.with_} & {*ent.parties, *ent.people} for m in self.ds.metrics):
            # ("<party> says it ran the best campaign ever? how many views on facebook did they claim": their own
            # figure there, which the data holds; what the videos' counts cover said after it)
            held = self._metric(ent, frame)
            return replace(held, lines=(*held.lines, *answer.lines[:1])) if held.answered else held
        if frame.slots.get("scope") and self._platform_figure_asked(ent):
            # ("how much of the 13.4m was twitter only", "which video had the most facebook views": a figure per
            # platform, which the data does not split; what the counts cover, said as the decline)
            return self.refuse("source", SPLIT_LACKED, list(answer.lines[:1]))
        # "is the 13.4m figure Facebook only?": say first whose figure that is and what it counts.
        named = [self._figure_named(n.value) for n in ent.numbers if n.scaled]
        # ("just youtube or what": a platform the counts do not cover, said first)
        unknown = [p for p in dict.fromkeys(ent.platforms) if p not in self.platforms]
        if unknown and ent.measures and not ent.numbers and any(
                k > 0 and (break_after(ent, self.lex, k - 1, k) or (
                    (ent.parties or ent.people or ent.videos) and ent.words[k - 1] in self.lex.platform_words))
                for k in ent.measure_starts):
            # ("any tiktok, views on there?", "did <party> have tiktok views": the figures asked there, not whether
            # the counts are theirs, "are these tiktok views?")
            return self.refuse("source", f"I don't have {self.lex.platform_name(unknown[0])} figures.",
                               list(answer.lines[:1]))
        named += [f"Not {(name := self.lex.platform_name(p))}: I have no {name} figures." for p in unknown[:1]]
        lines = tuple(line for line in named if line)
        return replace(answer, lines=(*lines, *answer.lines)) if lines else answer

    def _platform_figure_asked(self, ent: Entities) -> bool:
        """Whether a figure of one counted platform is asked (not whether the counts cover it: "are they facebook
        views?"): a superlative, or a how-many or how-much question, with a platform the videos' counts cover."""
        words, lex = ent.words, self.lex
        named = set(ent.platforms_named)
        # (one platform, no choice offered: "fb only or both?" asks what the counts cover)
        return bool(words) and words[0] not in lex.yes_no_openers and len(named) == 1 \
            and named <= set(self.ds.video_views.platforms) and "or" not in words and bool(
                # (a superlative said, not "top" alone: "the top-10 counts, which platforms")
                max(ent.cues.get("most", 0.0), ent.cues.get("least", 0.0)) >= SUPERLATIVE_SAID
                or not lex.how_many.isdisjoint(pairwise(words[:3]))
                # ("<party>'s twitter only views total?": a figure added up there)
                or any(m.payload == "sum" for m in ent.query.get("operation", ())))

    def _figure_named(self, value: float) -> str | None:
        for v in self.by_rank:
            if abs(v.views - value) <= 0.01 * v.views:
                return f"{fmt.count(v.views)} is the count for {v.title.rstrip('.')}: {self.ds.video_views.note}."
        for m in self.ds.metrics:
            if abs(m.value - value) <= 0.01 * m.value:
                return f"{fmt.count(m.value)} is this figure: {self.metric_phrase(m)}."
        return None

    def source(self, scope: bool = False) -> Answer:
        """Where the figures come from and what they cover (built once per scope)."""
        key = ("source", scope)
        answer = self._memo.get(key)
        if answer is None:
            answer = self._remember(key, self._build_source(scope))
        return answer

    def article_day(self, day: tuple[int, int]) -> Answer:
        """Whether the article is dated the day said (month, day): yes or no, its date, then where the data comes
        from."""
        published = self.ds.source.published
        verdict = "Yes" if (published.month, published.day) == day else "No"
        answer = self.source()
        return replace(answer, title=f"{verdict}: the article is dated {fmt.day(published)}",
                       lines=(f"{verdict}: the article is dated {fmt.day(published)}.", *answer.lines))

    def _build_source(self, scope: bool) -> Answer:
        ds = self.ds
        party = ds.party(ds.source.claimed_by)
        who = party.name if party else ds.source.claimed_by
        combined = ", one combined figure each" if len(ds.video_views.platforms) > 1 else ""
        cover = [f"The {len(ds.videos)} videos' counts are {ds.video_views.note}{combined}."]
        for m in ds.metrics:
            if m.platform:
                cover.append(f"{self.metric_phrase(m)}.")
        lines = [
            f"The figures come from an article dated {fmt.day(ds.source.published)}. They are {who}'s own "
            f"claims ({ds.source.attribution}); the article does not say that anyone else checked them.",
            ds.source.summary,
            ds.source.context,
        ]
        lines = cover[:1] + lines + cover[1:] if scope else lines + cover
        return self.stats("source", "Where the data comes from", lines)

    def _bonus(self, ent: Entities, frame: Frame) -> Answer:
        b = self.ds.bonus
        placed = [k for k, at in zip(ent.ranks, ent.rank_at, strict=False) if any(
            beside_bonus(ent, self.lex, at, m) for m in ent.cue_matches.get("bonus", ()))]
        if b and b.videos and len(placed) == 1 and len(ent.ranks) == 1 and set(ent.bonus) <= {placed[0] - 1}:
            # ("the 3rd bonus fave": one of them by its place in the article's order, or none past their end)
            k = placed[0]
            if k > len(b.videos):
                return self.refuse("bonus", f"There is no {fmt.ordinal(k)} bonus favourite: the article adds "
                                   f"{fmt.spoken(len(b.videos))}, {' and '.join(v.title for v in b.videos)}.")
            return self.stats("bonus", b.videos[k - 1].title, [
                f"The {fmt.ordinal(k)} of the bonus favourites ({b.label}): {b.videos[k - 1].title}. The article "
                "gives no figures, dates or tweets for it."])
        if b and len(set(ent.bonus)) == 1 and not ent.ranks and not ent.cue_matches.get("bonus") and not (
                ent.query.get("negate") or ent.query.get("others") or ent.videos or ent.parties) and not any(
                w in self.lex.negation_words or w in self.lex.other_words or w in self.lex.separators
                for w in ent.words):
            # ("the emeli one, what's it called": a favourite named, not the section, nothing left out or added):
            # that one alone
            v = b.videos[ent.bonus[0]]
            return self.stats("bonus", v.title, [f"{v.title}: one of the bonus favourites ({b.label}), after the "
                                                 f"{len(self.ds.videos)} ranked videos. The article gives no figures, "
                                                 "dates or tweets for it."])
        return self.bonus()

    def bonus(self) -> Answer:
        """The source's extra favourites."""
        b = self.ds.bonus
        if not b or not b.videos:
            return self.refuse("bonus", "The article adds no bonus videos.")
        lines = [f"Bonus, after the {len(self.ds.videos)} ranked videos: {b.label}, {fmt.spoken(len(b.videos))} of "
                 "them (the article gives no figures, dates or tweets for them, only these titles):"]
        lines += [f"• {v.title}" for v in b.videos]
        return self.stats("bonus", b.label, lines)

    # ---- campaign-level figures ----------------------------------------------------------------

    def campaign_first(self, metrics: Sequence[Metric]) -> list[Metric]:
        """The figures with the campaign's own period first (no year asked means this campaign)."""
        year = self.ds.campaign.year
        return sorted(metrics, key=lambda m: not (m.period and m.period.year == year))

    def measure(self, measure: str) -> Answer:
        """Every figure of one measure (the `retweets` and `compare` commands), this campaign's first."""
        family = [m for m in self.ds.metrics if m.measure == measure]
        if not family:
            return self.refuse(measure, f"I don't have {measure} figures.")
        return self.metric(self.campaign_first(family), family)

    def summary(self) -> Answer:
        """The headline figures in one reply."""
        lines = [self.metric_phrase(m) + "." for m in self.ds.metrics]
        if self._all_stats:
            top = "; ".join(f"{v.title} ({fmt.both(v.views)})" for v in self.by_rank[:3])
            lines.append(f"Most viewed: {top}.")
            lines.append(f"Top {len(self.by_rank)} total: {fmt.both(self._all_stats[0])} views.")
        return self.stats("summary", "Campaign summary", lines)

    def metric_phrase(self, m: Metric) -> str:
        """One figure as the source words it, with its qualifier, period and daily rate."""
        phrase = self._metric_phrases.get(id(m))
        return phrase if phrase is not None else metric_phrase_of(m)

    def _metric(self, ent: Entities, frame: Frame) -> Answer:
        ds = self.ds
        asked = [m for m in ent.measures if m in self.metric_measures and m != "views"]
        measure = asked[0] if asked else "views"
        if not asked and "views" not in ent.measures and (ent.years or ent.numbers):
            # No measure named: the one whose figures cover the asked year ("days counted in 2017").
            by_year = {m.measure for m in ds.metrics if m.period and m.period.year in ent.years}
            # No measure named, but figures that are some ("2.4m over 42 days vs 1.4m"): theirs.
            by_figure = {m.measure for m in ds.metrics for n in ent.numbers
                         if abs(m.value - n.value) <= EXACT_FIGURE * m.value}
            # Or figures whose period is as long as a number of days said ("the 42 days are up to what date").
            lengths = days_said(ent, self.lex) if ent.numbers else set()
            by_figure |= {m.measure for m in ds.metrics if m.period and m.period.days in lengths}
            measure = by_year.pop() if len(by_year) == 1 else by_figure.pop() if len(by_figure) == 1 else "views"
        if asked == [] and ent.numbers and "views" in ent.measures:
            # ("which figure's from 2017, the 1.4m or the 2.4m": figures said that are another measure's, exactly)
            exact = {m.measure for m in ds.metrics for n in ent.numbers
                     if abs(m.value - n.value) <= EXACT_FIGURE * m.value}
            if len(exact) == 1 and "views" not in exact:
                measure = exact.pop()
        if asked and (every_video_said(ent, self.lex) or per_video_said(ent, self.lex) or (
                # ("retweets on the earliest post", "total retweets of the first 3 he posted": one post's, or some
                # posts', picked by the posting order)
                post_picked_by_date(ent, self.lex) or (bool(ent.ranks) and "posting" in ent.query)) or (
                # ("<name>'s single most retweeted tweet": one tweet's figure, the most or least of them, the word for
                # a tweet or a video right after the superlative)
                any(k < len(ent.tokens) and (ent.tokens[k].s in self.lex.video_words
                                             or ent.tokens[k].s in self.lex.post_words)
                    for m in (*ent.cue_matches.get("most", ()), *ent.cue_matches.get("least", ()))
                    for k in (m.end, m.end + 1)))):
            # ("retweets of each video", "retweets per video": the figure is a person's, over every tweet)
            return self.refuse("metric", f"I don't have {measure} per video.", [self._what_i_count(ent)])
        if not ent.videos and any(m.payload in _OF_EACH_VIDEO for m in ent.query.get("operation", ())) and any(
                t.w in self.lex.video_plurals for t in ent.tokens) and (partyless := [
                    p for p in ent.parties if p not in self.lex.video_parties]):
            # ("std dev of the <party> videos' views": a figure of each of their videos, which the data does not
            # hold, only their total)
            return self.refuse("metric", f"I don't have the {self.name(partyless[0])}' videos one by one, only their "
                                         "total.", [self._what_i_count(ent)])
        family = [m for m in ds.metrics if m.measure == measure]
        platforms = [p for p in ent.platforms if p in self.platforms]
        if platforms:
            family = [m for m in family if m.platform in platforms]
        if not family:
            return self.refuse("metric", f"I don't have {measure} figures like that.", [self._what_i_count(ent)])
        if (unheld := platform_unheld(ent, self.lex, family)) is not None:
            return self.refuse("metric", unheld, [self._what_i_count(ent)])  # (as the metric query says it)
        if (one := one_video_of_party(ent, self.lex)) is not None:  # (as the metric query says it)
            return self.refuse("metric", party_video_refused(one), [self._what_i_count(ent)])
        subjects = set(ent.subjects())
        if subjects and (out := left_out(ent, self.lex, list(subjects))) and (
                rest := [m for m in family if m.subject not in out and out.isdisjoint(m.with_)]):
            family, subjects = rest, subjects - out  # ("apart from the <party>, the fb views": the others' figures)
        for s in list(subjects):
            person = self.person(s)
            if person and person.party:
                subjects.add(person.party)
        if not any(m.subject in subjects or subjects & set(m.with_) for m in family):
            # "<party>'s retweets": the figures of its people, each labelled with whose they are
            subjects |= {p.id for p in ds.people if p.party in subjects}
        focus = family
        if subjects:
            focus = [m for m in family if m.subject in subjects or subjects & set(m.with_)]
            if not focus:
                names = ", ".join(sorted(self.name(s) for s in ent.subjects()))
                return self.refuse(
                    "metric",
                    f"I don't have {measure} figures for {names}.",
                    [self.metric_phrase(m) + "." for m in family[:2]],
                )
        ending: list[Metric] = []
        if ent.days:
            ending = self._ending_on(ent, focus)
            if ent.years and not any(m.period and m.period.year in ent.years for m in ending) and not (
                    ent.cue("difference") or ent.cue("ratio") or ent.cue("compare")):
                ending = []  # ("retweets in 2017 up to 9 December": that end is another period's)
            ends = [(m, m.period.end) for m in focus if m.period and m.period.end and (
                not ent.years or m.period.year in ent.years)]
            # (not "the 1.4m retweets counted up to dec 12?": a figure said that is another's, with no end given)
            other_said = any(abs(m.value - n.value) <= EXACT_FIGURE * m.value for m in focus
                             if m is not (ends[0][0] if ends else None) for n in ent.numbers)
            (month, day) = ent.days[0]
            if not ending and len(ends) == 1 and self._end_said(ent) and not other_said and (
                    day <= calendar.monthrange(ends[0][1].year, month)[1]):  # (not "feb 30": no such day)
                # ("retweets counted up to dec 12?": a day said as the end of a figure's count, not its end: put right)
                ended, end = ends[0]
                answer = self.metric([ended], family, ent)
                fix = f"No: the count runs up to {fmt.day(end)}, not {fmt.day(end.replace(month=month, day=day))}"
                return replace(answer, title=fix, lines=(fix + ".", *(
                    line for line in answer.lines if not line.startswith("The count runs up to"))))
            if not ending:
                return self.refuse(
                    "metric", "I don't have day-by-day figures.", [self.metric_phrase(m) + "." for m in focus[:2]]
                )
            # ("up to 9 Dec vs 2017": the other year named stays beside it)
            focus = ending + [m for m in focus if m not in ending and m.period and m.period.year in ent.years]
            if not (ent.cue("difference") or ent.cue("ratio") or ent.cue("compare")):
                family = focus  # ("retweets in the 42 days up to 9 Dec": that period's figure, not another's)
        if (split := self._split_asked(ent)) is not None:
            # ("retweets on mondays", "fb views in november": a part of a campaign figure the data never split)
            return self.refuse("metric", f"I don't have {measure} {split}.",
                               [self.metric_phrase(m) + "." for m in focus[:2]])
        if ent.years:
            dated = [m for m in focus if m.period and (m.period.year in ent.years or m in ending)]
            undated = [m for m in focus if not m.period]
            if not dated and not (undated and self.ds.campaign.year in ent.years):
                return self.refuse(
                    "metric",
                    f"I don't have {measure} figures for {ent.years[0]}.",
                    [self.metric_phrase(m) + "." for m in focus[:2]],
                )
            held = {m.period.year for m in dated if m.period} | ({self.ds.campaign.year} if undated else set())
            if missing := [y for y in ent.years if y not in held]:
                # ("retweets in 2015, 2017 and 2019", "<party>'s views in <year> to compare with <campaign year>":
                # a year asked that no figure covers is declined, what the others are said, never left out unsaid)
                return self.refuse("metric", f"I don't have {measure} figures for {missing[0]}.",
                                   [self.metric_phrase(m) + "." for m in (dated or undated)[:2]])
            focus = dated + undated if dated else undated
            # ("2.4m in 52 days, same length as 2017?": days said with another year keep both figures in view;
            # "retweeted this election, over how many days": that period's own)
            # ("were <name>'s retweets higher in 2017?": the year named set against the other)
            weighed = ent.words[0] in self.lex.yes_no_openers and not (
                self.lex.group_more.isdisjoint(ent.words) and self.lex.group_fewer.isdisjoint(ent.words))
            if dated and not (ent.cue("difference") or ent.cue("ratio") or ent.cue("compare") or len(ent.years) > 1
                              or (ent.cue("days") and ent.years != [self.ds.campaign.year]) or weighed):
                family = focus  # "retweets in <year>": that year's figure, not the others beside it
        elif any(m.period for m in focus):
            # No year asked: the campaign's own period first, alone when nothing asks for another; or the one
            # period whose figure is said, asked which ("which election had <the earlier figure>": that one's, not
            # this one's; "did he get <the earlier figure> in the current election" is checked against this one's)
            said = [m for m in focus if any(abs(m.value - n.value) <= EXACT_FIGURE * m.value for n in ent.numbers)
                    ] if not self.lex.which_asks.isdisjoint(ent.words) and not days_said(ent, self.lex) else []
            focus = self.campaign_first(focus)
            if len(said) == 1:
                focus = [*said, *(m for m in focus if m is not said[0])]
            if not (ent.cue("difference") or ent.cue("ratio") or ent.cue("compare") or ent.cue("per_day")
                    or (ent.cue("days") and not self.lex.each_words.isdisjoint(ent.words))
                    or not self.lex.period_plurals.isdisjoint(ent.words)):
                focus = focus[:1]
                family = focus
        if subjects and not (ent.cue("difference") or ent.cue("ratio") or ent.cue("compare")):
            # One side's figure asked ("how many views did <party> get"): the other sides were not.
            family = [m for m in family if m.subject in {f.subject for f in focus}]
        answer = self.metric(focus, family, ent)
        if ent.places is not None and ent.cue("per_day") and answer.answered:
            # ("2017 retweets per day to 1 dp": each figure's daily rate to the places asked)
            rates = [f"{m.label}: {m.value / m.period.days:,.{ent.places}f} {m.measure} a day ({m.period.label})."
                     for m in focus if m.period and m.period.days]
            answer = replace(answer, lines=(*rates, *answer.lines))
        return answer

    def _split_asked(self, ent: Entities) -> str | None:
        """How a campaign figure is asked split when the data holds it whole ("by month"), else None."""
        if ent.days or ent.cue("period_end") or not ent.measure_starts or days_said(ent, self.lex):
            # (a day said is a period's end or declined as day-by-day, above; "up to some day in december": the end
            # asked)
            return None
        lex, said = self.lex, ent.words
        # (a month or a day said before the figure asked is small talk: "happy friday, how many ...", "i read in
        # november that ...")
        first = min(ent.measure_starts)
        around = lex.campaign_spans | lex.election_objects
        for at in ent.month_at:
            # ("retweets in the december election", "... before polling day in december": the month names the
            # election or its day, not a part of the figure)
            if at > first and at > 0 and said[at - 1] in lex.month_prepositions and around.isdisjoint(
                    said[max(0, at - 3):at + 4]):
                return "by month"
        for k, w in enumerate(said):
            # ("on mondays", "each monday", "at weekends", "their weekend posts": a day of every week; not "by
            # monday", "up to monday", the day a period ends)
            if k <= first or w not in lex.weekday_names:
                continue
            if w.endswith("s") or (k > 0 and said[k - 1] in lex.each_words) or any(
                    m.start == k + 1 for m in ent.query.get("posting", ())) or (
                    k + 1 < len(said) and ent.tokens[k + 1].s in lex.video_words):
                return "by day of the week"
        return None

    def _ending_on(self, ent: Entities, focus: Sequence[Metric]) -> list[Metric]:
        """The figures whose period ends on the day asked "up to" ("retweets up to 9 December"), else none."""
        if not self._end_said(ent):
            return []
        month, day = ent.days[0]
        return [m for m in focus
                if m.period and m.period.end and (m.period.end.month, m.period.end.day) == (month, day)]

    def _end_said(self, ent: Entities) -> bool:
        """Whether the one day said is said as the end of a figure's count ("up to 9 December", "by 9 Dec", "up to
        what date? 12/9?")."""
        # The day must follow a phrase that is both a date bound and a period-end cue ("up to", "until"):
        # "on 9 December" asks for that day's figure, which the data does not have.
        ends = {m.end for m in ent.query.get("when", []) if m.payload == "before"
                and " ".join(ent.words[m.start:m.end]) in ent.cue_words.get("period_end", [])}
        # ("up to what date were they counted? 12/9?": the end asked, and a day guessed for it)
        # (or two offered as a choice: "up to which date, dec 9 or dec 12")
        guessed = ent.cue("period_end") >= PERIOD_END_ASKED and (len(ent.days) == 1 or (
            len(ent.days) == 2 == len(ent.day_at) and not self.lex.way_joins.isdisjoint(
                ent.words[ent.day_at[0] : ent.day_at[1]])))
        # ("retweeted by 9 December": the day a period ends, right after "by", is that period's figure)
        ends |= {at for at in ent.day_at if at > 0 and ent.words[at - 1] in self.lex.period_end_before}
        return guessed or (bool(ends) and len(ent.days) == 1 and any(at - e in (0, 1) for e in ends
                                                                     for at in ent.day_at))

    def metric(self, focus: Sequence[Metric], family: Sequence[Metric], ent: Entities | None = None) -> Answer:
        """Campaign-level figures: the asked ones first, then the comparison with their siblings."""
        wants_compare = ent is not None and bool(ent.cue("difference") or ent.cue("ratio") or ent.cue("compare"))
        wants_rate = ent is not None and bool(ent.cue("per_day"))
        # ("no need for per-day rates": none shown beside the figures either)
        shows_rate = not (ent is not None and "negate" in ent.query and any(
            rate_unwanted(ent, self.lex, m) for m in ent.query.get("rate", ())))
        # ("how many days were counted": the length; "counted" alone asks no end)
        wants_end = ent is not None and bool(ent.cue("period_end")) and not (
            ent.cue("days") and ent.cue("period_end") < 2)
        key = ("metric", tuple(m.id for m in focus), tuple(m.id for m in family), wants_compare, wants_rate, wants_end,
               shows_rate)
        answer = self._memo.get(key)
        if answer is None:
            answer = self._remember(key, self._build_metric(focus, family, wants_compare, wants_rate, wants_end,
                                                                shows_rate))
        if ent is not None and answer.answered and self.rate_asked(ent) == "per_week":
            # ("2017 retweets per week": each figure's weekly rate, first, beside the daily one its phrase gives)
            weekly = [f"{m.label}: about {fmt.count(round(m.value / m.period.days * 7))} {m.measure} a week "
                      f"({m.period.label})." for m in focus if m.period and m.period.days]
            answer = replace(answer, lines=(*weekly, *answer.lines))
        return answer

    def _build_metric(
        self, focus: Sequence[Metric], family: Sequence[Metric], wants_compare: bool, wants_rate: bool, wants_end: bool,
        shows_rate: bool,
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
        lines += [self.metric_phrase(m) + "." for m in ordered]
        period = ordered[0].period  # (the figure asked: another's end date is not its own)
        if period and wants_end and not period.end:  # "when did the 2017 period start and end": not given
            length = f" ({period.days} days)" if period.days else ""
            return self.refuse("metric", f"I don't have the dates of {period.label}, only how long it was{length}.",
                               [self.metric_phrase(ordered[0]) + "."])
        if period and wants_end:
            lines.insert(0, f"The count runs up to {fmt.day(period.end)}.")
        if pair and not wants_compare:
            lines.append(compare_line)
        if pair and rate_line and not wants_rate and shows_rate:
            lines.append(rate_line)
        first = ordered[0]
        title = (
            f"{first.measure.title()}: {first.label}"
            if len({m.subject for m in ordered}) == 1
            else (" vs ".join(dict.fromkeys(m.label for m in ordered)))
        )
        party = first.subject if self.ds.party(first.subject) else None
        # No rows: a list would drop the qualifiers ("over", "around") that the lines keep.
        return self.stats("metric", title, lines, party=party,
                          details={"pair": (pair[0].value, pair[1].value)} if pair else None)
