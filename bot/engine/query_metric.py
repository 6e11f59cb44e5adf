"""The query parser's part for campaign-level figures: a party's views, a person's retweets by period.

"<party> and <party> Facebook views put together", "by what percent did <person>'s retweets grow",
"per day in 2017": which figures (by the measure, platform, subjects and years named, in the order named), how
each is read (a total, a rate per day or week, the period's length) and the operation on them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.dataset.schema import Metric, Party
from bot.engine.entities import (
    Entities,
    names_offered,
    per_video_said,
    post_picked_by_date,
    rate_unwanted,
    said_as_owner,
    video_word_of,
)
from bot.engine.lexicon import Lexicon, Match
from bot.engine.normalise import said_anywhere
from bot.engine.query import MetricQuery, Rate, Unanswerable

SHARE_REACH = 4  # "what share went to <party>": the figure whose name starts this many words after the share word
SOURCE_ASKED = 3.0  # a source cue this strong ("is it <party>'s own figure?") asks where a figure comes from
NEGATED_REACH = 3  # "not including the <party>": a negation this many words before the name
VIDEO_AFTER_PARTY = 4  # "the <party>'s get brexit done vid": a video word this many words after the party, at most
MIN_ADDED = 1000  # a plain figure added to a count from this up ("another 5000 views")
CHOSEN_FIGURE = 0.005  # "the 2.4m retweets, <A> or <B>": a figure this close to one of theirs picks its holder


def added_amount(ent: Entities, lex: Lexicon) -> tuple[float, float] | None:
    """An amount added to a figure, or taken from it, as (scale, amount): "another 200k" (1, 200000), "10% more"
    (1.1, 0), "lost 200k" (1, -200000), "doubled" (2, 0), "lost half" (0.5, 0); None when none is said, or when it
    compares ("200k more than <title>"). A scale said as a word only where a hypothetical is ("if the <party>
    doubled")."""
    words, n = ent.words, len(ent.words)
    if not lex.amount_scales.keys().isdisjoint(words) and not lex.hypothetical_words.isdisjoint(words):
        for k, w in enumerate(words):
            # ("lost half its views": a part taken away, the word before it; "doubled": the scale itself)
            if w in lex.amount_scales and (w not in lex.amount_parts or (
                    k and words[k - 1] in lex.amount_taken_before)):
                return lex.amount_scales[w], 0.0
    for num in ent.numbers:
        at = num.end + (num.end < n and words[num.end] in lex.percent_words)
        after = at + (at < n and words[at] in lex.video_measures)  # ("253,000 views more")
        # ("10% more views than <title>", "500k more than <title>": a comparison, no amount added)
        more = after < n and words[after] in lex.amount_after and lex.comparative_joins.isdisjoint(
            words[after + 1 : after + 3])
        # ("lost 200k views", "200k fewer", "dropped by 60 mil": an amount taken away)
        taken = (after < n and words[after] in lex.amount_taken_after and lex.comparative_joins.isdisjoint(
            words[after + 1 : after + 3])) or any(
            words[k] in lex.amount_taken_before for k in range(max(0, num.start - 2), num.start))
        if not (more or taken or (num.start > 0 and words[num.start - 1] in lex.amount_before)):
            continue
        sign = -1.0 if taken else 1.0
        if at > num.end:  # "10% more": a scale
            return 1 + sign * num.value / 100, 0.0
        if num.scaled or num.value >= MIN_ADDED:
            return 1.0, sign * num.value
    return None


def left_out(ent: Entities, lex: Lexicon, subjects: Sequence[str]) -> set[str]:
    """The parties or people named right after an exclusion ("fb views excluding the <party>", "apart from the
    <party>"); not after a bare "not" ("not far off <party>")."""
    negations = [n for n in ent.query.get("negate", ())
                 if n.end - n.start > 1 or ent.words[n.start] not in lex.bare_negations]
    return {s for s in subjects if s in ent.spans
            and any(0 <= ent.spans[s][0] - n.end < NEGATED_REACH for n in negations)} if negations else set()


def platform_unheld(ent: Entities, lex: Lexicon, family: Sequence[Metric]) -> str | None:
    """ "<party>'s combined facebook and twitter views": when platforms are asked as one list and the figures of the
    kind asked are of some of them only, why none is their total (a figure of one is no total of both); else None."""
    if not (family and ent.platforms_joined) or ent.numbers or ent.platforms_alone or any(
            t.w in lex.video_plurals for t in ent.tokens):
        return None  # (a figure said, "only" one, or the videos' own counts: asked otherwise)
    unheld = [p for p in dict.fromkeys(ent.platforms) if not any(m.platform == p for m in family)]
    if not unheld:
        return None
    held = " and ".join(dict.fromkeys(lex.platform_name(m.platform) for m in family if m.platform))
    return (f"I don't have {lex.platform_name(unheld[0])} {family[0].measure} figures for that: the article gives "
            f"{held} figures only.")


def party_video_refused(party: Party) -> str:
    """Why one video of a party with no videos has no figure."""
    return f"I don't have {party.name} videos, only the campaign's figures."


def one_video_of_party(ent: Entities, lex: Lexicon) -> Party | None:
    """A party with no videos in the data, one video of theirs named right after it ("the <party>'s <name> vid",
    "the <party> video") or before it ("the video of the <party>"): its views are no campaign figure (theirs, "the
    <party>'s videos", are)."""
    if ent.ranks or "order" in ent.query or ent.cues.get("most") or ent.cues.get("least"):
        return None  # ("the <party>'s most watched video": a place among their videos, declined as such)
    for p in ent.parties:
        if p in lex.video_parties or p not in ent.spans:
            continue
        if _one_video_word_of(ent, lex, p):
            return lex.dataset.party(p)
        end = ent.spans[p][1]
        for k in range(end, min(end + VIDEO_AFTER_PARTY + 1, len(ent.tokens))):
            t = ent.tokens[k]
            if not lex.negation_words.isdisjoint(ent.words[max(0, k - 2) : k]):
                continue  # ("<party> overall, not 1 vid": a video said not to be meant)
            if t.s in lex.video_words and t.w not in lex.numbers:  # (not "the <party> one": their figure)
                # (not "<party> video views": the word describes the views, theirs in total)
                plural = t.w in lex.video_plurals or (k + 1 < len(ent.words) and ent.words[k + 1] in lex.measure_words)
                return None if plural else lex.dataset.party(p)
    for p in ent.people:  # ("the video of <someone of theirs> dancing": one of their videos too)
        person = lex.dataset.person(p)
        if person and person.party and person.party not in lex.video_parties and not lex.posted.get(p) \
                and (_one_video_word_of(ent, lex, p) or _described_as_theirs(ent, lex, p)):
            return lex.dataset.party(person.party)
    return None


def _described_as_theirs(ent: Entities, lex: Lexicon, name: str) -> bool:
    """Whether a video of the named person's own is described after their name in words no title has ("<name>'s
    <a slogan of theirs> video"; not "<name>'s video", which may be the one about them)."""
    end = ent.spans.get(name, (0, 0))[1]
    if end == 0 or not said_as_owner(ent, end - 1):
        return False
    for k in range(end + 1, min(end + VIDEO_AFTER_PARTY + 1, len(ent.tokens))):
        t = ent.tokens[k]
        if t.s in lex.video_words and t.w not in lex.video_plurals and t.w not in lex.numbers:
            return not any(r.start < k and r.end > end for r in ent.videos)  # (no title's words between)
    return False


def _one_video_word_of(ent: Entities, lex: Lexicon, name: str) -> bool:
    """Whether one video (no plural, no "one" of a number) is said as the named party's or person's before the name
    ("the video of the <party>")."""
    t = video_word_of(ent, lex, name)
    return t is not None and t.w not in lex.video_plurals and t.w not in lex.numbers


def metric_query(ent: Entities, lex: Lexicon, found: dict[str, list[Match]],
                  ops: list[str]) -> MetricQuery | Unanswerable | None:
    """Arithmetic on campaign figures: which figures, in the order named, and the operation."""
    metrics = lex.dataset.metrics
    measures = {m for m in ent.measures if m != "views"}
    family = [m for m in metrics if m.measure in measures] if measures else list(metrics)
    if ent.platforms:
        family = [m for m in family if m.platform in ent.platforms]
        if (unheld := platform_unheld(ent, lex, family)) is not None:
            return Unanswerable(unheld, tuple(m.id for m in family))
    subjects = ent.subjects()
    if (one := one_video_of_party(ent, lex)) is not None:
        return Unanswerable(party_video_refused(one),
                            tuple(m.id for m in family if m.subject == one.id or one.id in m.with_))
    if subjects and (out := left_out(ent, lex, subjects)) and (
            rest := [m for m in family if m.subject not in out and out.isdisjoint(m.with_)]):
        family, subjects = rest, [s for s in subjects if s not in out]  # ("fb views, excluding the <party>")
    if measures and not any(s in (m.subject, *m.with_) for m in family for s in subjects):
        # "<party>'s retweets": the figures of its people, each labelled with whose they are
        members = [p.id for p in lex.dataset.people if p.party in subjects]
        if any(p in (m.subject, *m.with_) for m in family for p in members):
            subjects = members
    if subjects and not measures and not ent.platforms:
        family = [m for m in family if m.subject in subjects or set(m.with_) & set(subjects)]
    named_years = lex.period_years.intersection(ent.years)
    named_days = {int(n.value) for n in ent.numbers if n.value in lex.period_days}
    if not measures and not subjects and len(named_years) + len(named_days) > 1:
        # "the 2017 campaign vs the 2019 one", "2017 vs the 42 days": the kind of figure with each period named
        periods: dict[str, set[tuple[str, int | None]]] = {}
        for f in family:
            if f.period:
                periods.setdefault(f.measure, set()).update({("year", f.period.year), ("days", f.period.days)})
        said = {("year", y) for y in named_years} | {("days", d) for d in named_days}
        family = [m for m in family if said <= periods.get(m.measure, set())]
    if "days" in ops and not measures:
        family = [m for m in family if m.period and m.period.days]  # a length asked: only figures counted over days
    if ent.platforms and not subjects and not measures and any(t.w in lex.video_plurals for t in ent.tokens) \
            and (found.get("order") or ent.ranks or any(n.value == len(lex.dataset.videos) for n in ent.numbers)) \
            and any(m.platform for m in family) and not lex.counted_platforms <= set(ent.platforms):
        # ("the total facebook views of the top 10 videos": the listed videos' own counts, one per video across
        # platforms, not the parties' campaign figures; "on facebook and twitter" is what each count is)
        return Unanswerable(f"I don't have a {lex.platform_name(ent.platforms[0])}-only count for the listed videos: "
                            f"each one's count is its {lex.dataset.video_views.note}.",
                            tuple(m.id for m in family if m.platform))
    if len({m.measure for m in family}) != 1 or ent.days or ent.others or (
            ent.months and not {"share", "share_of"}.isdisjoint(ops)):
        # nothing like it, several kinds of figure, or a day's figure: the intent scorer's (and "how much of the
        # 2.4m retweets were in november": a month's part, which the figures do not split)
        return None
    if measures and (per_video_said(ent, lex) or post_picked_by_date(ent, lex) or (
            not lex.video_measures.issuperset(measures) and _videos_picked_by_views(ent, lex, found))):
        # ("average retweets per video": a person's figure over every tweet is no video's; nor "retweets on the
        # earliest post vs the latest": a post's)
        return Unanswerable(f"I don't have {family[0].measure} per video, only the campaign's figures.",
                            tuple(m.id for m in family))
    missing = [s for s in subjects if not any(s in (m.subject, *m.with_) for m in family)]
    if missing and len(ent.people) == 2 and len(missing) == 1 and ent.numbers and names_offered(ent, lex) and any(
            abs(m.value - n.value) <= CHOSEN_FIGURE * m.value for m in family for n in ent.numbers):
        # ("the 2.4m rts, is that <A> or <B>": a choice, the figure said one of theirs, the other with none)
        subjects, missing = [s for s in subjects if s not in missing], []
    if missing and measures and ent.cues.get("source", 0.0) < SOURCE_ASKED:
        person = lex.dataset.person(missing[0]) or lex.dataset.party(missing[0])
        name = person.name if person else missing[0]
        return Unanswerable(f"I don't have {family[0].measure} figures for {name}.", tuple(m.id for m in family))
    if missing:
        return None  # someone without such a figure: the intent scorer declines it
    covered = {m.period.year for m in family if m.period and m.period.year}
    if any(y not in covered for y in ent.years) and covered:
        return None  # a year no figure covers: the intent scorer declines it
    if ent.years == [lex.dataset.campaign.year] and covered:
        # "per day this campaign, avg": the campaign's own figures only ("since 2017" compares with now)
        family = [m for m in family if not (m.period and m.period.year) or m.period.year in ent.years]
    other_years = [y for y in ent.years if y != lex.dataset.campaign.year]
    if other_years and not covered and (measures or ent.platforms):  # (no figure named: the year may pick one)
        # Figures of the campaign only: "<party>'s Facebook views in <an earlier campaign>" are not held.
        return Unanswerable(f"I don't have {family[0].measure} figures for {other_years[0]}.",
                            tuple(m.id for m in family))
    # ("not per-day, just totals", "no need for per-day rates": a rate said not to be wanted)
    rates = [m.payload for m in found.get("rate", []) if not rate_unwanted(ent, lex, m)]
    rate: Rate = "days" if "days" in ops else ("per_day" if "per_day" in rates else
                                                "per_week" if "per_week" in rates else "total")
    # ("wants rates not totals": an operation said only right after a negation is not asked)
    said_ops = found.get("operation", ())
    denied_at = [m for m in said_ops if any(m.start == n.end or (m.start == n.end + 1 and (
        ent.words[n.end] in lex.determiners or ent.words[n.end] in lex.platform_alone_before))
        for n in found.get("negate", ()))]  # ("not just totals"; not "didnt they, by how much")
    denied = {m.payload for m in denied_at} - {m.payload for m in said_ops if m not in denied_at}
    computed = [op for op in ("change", "share", "ratio", "difference", "mean", "sum")
                if op in ops and op not in denied]
    if "mean" in computed and rate in ("per_day", "per_week") and (found.get("versus") or named_days or any(
            str(m.period.year) in ent.words for m in family if m.period and m.period.year is not None)):
        # ("retweets per day in 2019 vs 2017, on average", "avg per day 2019 and 2017", "over the 42 days": each
        # period's rate is the average asked; all of them over all their days only when no period is named, "across
        # both campaigns")
        computed.remove("mean")
    if not computed and rate != "days" and len({m.period.year for m in family if m.period and m.period.year}) >= 2 \
            and len({m.subject for m in family}) == 1 and said_anywhere(ent.words, lex.figure_rises):
        # ("how much did <name>'s retweets go up": from one period's figure to the next; "<party>'s views go up"
        # has no earlier figure; "... and over how many days": each period's figure, with its days)
        computed = ["difference"]
    if computed[:1] == ["difference"] and not lex.percent_words.isdisjoint(ent.words):
        computed.insert(0, "change")  # ("went up by how much %", "go up, absolute and %": the change, and the gap)
    if "share" in computed and "change" in computed and all(
            ent.said(m) in lex.percent_units
            for m in found.get("operation", ()) if m.payload == "change"):
        computed.remove("change")  # ("<party>'s share of both, in %": the share's unit, no change asked)
    if not computed and rate == "days" and len(family) >= 2 and (
            len(named_years) + len(named_days) > 1 or lengths_compared(ent, lex, found)):
        computed = ["difference"]
    elif computed == ["sum"] and rate == "days" and len(family) >= 2 and lengths_compared(ent, lex, found):
        computed = ["difference"]  # ("racked up over a shorter window than 2017's? by how many days": no total)
    # Where each figure is named: its subject (or a party it covers), or its period's year.
    where: dict[str, int] = {}
    for m in family:
        spans = [ent.spans[s][0] for s in (m.subject, *m.with_) if s in ent.spans]
        year = str(m.period.year) if m.period and m.period.year is not None else None
        at_year = [i for i, w in enumerate(ent.words) if w == year] if year is not None else []
        if year == str(lex.dataset.campaign.year):  # ("2017 and this election combined": the data's own, named)
            at_year += [c.start for c in ent.cue_matches.get("current", ())]
        named = spans if len({x.subject for x in family}) > 1 else at_year or spans
        if named:
            where[m.id] = min(named)
    # The figures named, in order; one named comes first before the rest ("<party>'s share").
    chosen = sorted(where, key=lambda k: where[k]) + [m.id for m in family if m.id not in where]
    supposed = None if lex.hypothetical_words.isdisjoint(ent.words) and lex.supposing_words.isdisjoint(
        ent.words) else added_amount(ent, lex)
    if supposed is None and where and found.get("factor"):
        # ("double the <party>'s fb views, would it beat <party>", "half of <party>'s figure": a scale said right
        # before the figure named)
        # (only the first named is supposed scaled: "is <party> more than double <other>" is a ratio asked; and only
        # by its subject's name after the scale: "did <name>'s retweets double from <year>" asks a ratio)
        first = next(f for f in family if f.id == min(where, key=where.__getitem__))
        subject_at = [ent.spans[x][0] for x in (first.subject, *first.with_) if x in ent.spans]
        scaled = next((m for m in found["factor"] for at in subject_at[:1] if 0 <= at - m.end <= FACTOR_REACH), None)
        supposed = (float(scaled.payload), 0.0) if scaled is not None else None
    if supposed is not None and where:
        # ("supposing the <party> doubled their facebook views would they catch <party>", "if <name>'s 2019 retweets
        # had been 50% higher"): the figure named first, supposed so, set against another named or compared with
        others = [k for k in chosen[1:] if k in where] or (chosen[1:2] if ent.cue("compare") or ent.cue(
            "difference") or not lex.comparing_words.isdisjoint(ent.words) else [])
        return MetricQuery("difference" if others else "sum", (chosen[0], *others[:1]), rate, factor=supposed[0],
                           added=supposed[1])
    if not computed:
        return None
    op = computed[0]
    if len(where) >= 2:
        chosen = chosen[:len(where)]
    elif len(where) == 1 and op in ("sum", "mean"):
        return None  # "<party>'s total views": one figure, read by itself
    if op == "sum" and len({m.subject for m in family}) == 1 and not named_years and not named_days \
            and lex.each_words.isdisjoint(ent.words) and not any(n.value == len(family) for n in ent.numbers) and all(
                ent.said(m) in lex.own_totals
                for m in found.get("operation", ()) if m.payload == "sum"):
        return None  # ("<name>'s rt total": their figure itself, no two periods named to add up)
    if op in ("sum", "mean") and len(where) >= 2 and any(
            " ".join(ent.words[k : k + 2]) in lex.asking_about for k in range(sorted(where.values())[0],
                                                                           sorted(where.values())[1])):
        return None  # ("<A>'s views altogether, and what about <B>?": each asked by itself, nothing added)
    if len(chosen) < 2 or (op in ("difference", "ratio", "change") and len(chosen) != 2):
        return None
    also = tuple(o for o in computed[1:] if o in ("difference", "ratio", "change"))
    if op == "change" and "difference" not in also:
        also += ("difference",)  # "the increase": in percent, and in the figure itself
    by_id = {m.id: m for m in family}
    if op == "share":
        of = next((m.end for m in found.get("operation", ()) if m.payload == "share_of"), None)
        share_at = next((m.end for m in found.get("operation", ()) if m.payload in ("share", "share_of")), None)
        if of is None and share_at is not None:
            # ("what share did <A> get (of <A>+<B>)": the whole said after an "of" further on)
            of = next((k + 1 for k in range(share_at, len(ent.words)) if ent.words[k] in lex.partitive_words), None)
        named_at = {k: _said_at(ent, by_id[k]) for k in chosen}
        # ("<A> vs <B> split as percentages", "share of voice between <A> and <B>", "<A>'s share of <A> + <B>": each
        # a share of both)
        pooled = "sum" in ops or bool(ent.cue("breakdown")) or any(
            m.payload == "between" for m in found.get("when", ())) or (of is not None and len(where) >= 2 and any(
                k < of for k in named_at[chosen[0]]) and (any(k >= of for k in named_at[chosen[0]]) or (
                    # (said again in other words after it: "<party>'s share of <abbreviation> + <other>")
                    ent.parties.count(by_id[chosen[0]].subject) > 1)))
        if pooled and len(where) >= 2 and share_at is not None:
            # ("if we pool <A> and <B>, what share went to <B>": the part is the one named right after the share)
            after = [k for k in chosen if any(0 <= at - share_at <= SHARE_REACH for at in named_at[k])]
            # (not "<A>'s share of <A> + <B>": the part named right before the share word)
            owned = any(0 < share_at - at <= SHARE_REACH - 1 for at in named_at[chosen[0]])
            if after and after[0] != chosen[0] and len(after) == 1 and not owned:
                chosen = [after[0], *(k for k in chosen if k != after[0])]
        if of is not None and len(where) == 2 and (again := _named_again(ent, lex, [by_id[k] for k in chosen], of)):
            # ("what % of the <A>+<B> views were <B>": both after "of" are the whole; the one named again, the part)
            pooled, chosen = True, [again, *(k for k in chosen if k != again)]
        after_of = sorted((k for k in chosen if of is not None and where.get(k, -1) >= of), key=lambda k: where[k])
        if len(where) == 2 and not pooled and after_of and after_of[0] == chosen[0] \
                and where[chosen[0]] - (of or 0) <= 1:
            chosen = chosen[::-1]  # "what % of <A>'s views did <B> get": <A> is the whole, named_at after "of"
        whole = tuple(chosen) if pooled or len(where) < 2 else tuple(chosen[1:])
        return MetricQuery("share", (chosen[0],), rate, whole, also if len(whole) == 2 else ())
    if op == "change":
        froms = [m.start for m in found.get("when", []) if m.payload == "between"]
        first_at = where.get(chosen[0], 0)
        a, b = by_id[chosen[0]], by_id[chosen[1]]
        if not any(s < first_at for s in froms) and a.subject == b.subject and a.period and b.period:
            chosen = sorted(chosen, key=lambda k: (by_id[k].period.year or 0))  # type: ignore[union-attr]
        elif not any(s < first_at for s in froms):
            chosen = chosen[::-1]  # "A than B": B is the base
    return MetricQuery(op, tuple(chosen), rate, also=tuple(o for o in also if o != op))


def _named_again(ent: Entities, lex: Lexicon, figures: list[Metric], of: int) -> str | None:
    """Of two figures whose subjects are named joined after "of" ("<A> and <B>", "<A>+<B>"), the one named once more
    after the other's last mention (by any of its names), else None."""
    said = [[n.start for n in ent.name_matches if n.payload[1] in (m.subject, *m.with_)] for m in figures]
    if not all(said) or min(min(s) for s in said) < of:
        return None
    first, second = sorted(min(s) for s in said)
    if not (second - first == 2 and ent.words[first + 1] in lex.separators):
        return None  # ("what proportion of <A>'s views did <B> get; how many times more did <A> get": no whole)
    again = [k for k, s in enumerate(said) if len(s) > 1]
    if len(again) != 1:
        return None  # (both named again, "... did <A> get vs <B>": no one part)
    k = again[0]
    return figures[k].id if max(said[k]) > max(said[1 - k]) else None


def _said_at(ent: Entities, m: Metric) -> list[int]:
    """Every word where a figure's subject is said, as first named ("<party> share of <party> + <other>")."""
    phrases = [ent.words[s:e] for s, e in (ent.spans[x] for x in (m.subject, *m.with_) if x in ent.spans)]
    return [k for p in phrases if p for k in range(len(ent.words)) if ent.words[k : k + len(p)] == p]


FACTOR_REACH = 3  # a scale said this many words before a campaign figure's subject scales that figure
METRIC_SIDE = "metric:"  # an operand's aggregate naming a campaign figure ("metric:<id>") set against videos
FIGURE_MATCH = 0.02  # a figure said this close to a campaign figure names it ("the 86m")


def lengths_compared(ent: Entities, lex: Lexicon, found: dict[str, list[Match]]) -> bool:
    """Whether one length is set against another: a comparison asked, or "days longer", "more days"."""
    return bool(ent.cues.get("compare", 0.0) or ent.cues.get("difference", 0.0) or any(
        m.payload == "days" and not lex.length_comparatives.isdisjoint(ent.words[m.start : m.end + 1])
        for m in found.get("operation", ())))


def figures_said(ent: Entities, lex: Lexicon) -> list[tuple[int, Metric]]:
    """Each campaign figure said by its number ("the 86m", "2.4 million"), with where that number starts."""
    return [(n.start, m) for n in ent.numbers if n.scaled for m in lex.dataset.metrics
            if abs(n.value - m.value) <= FIGURE_MATCH * m.value]


def named_figure(ent: Entities, lex: Lexicon) -> Metric | None:
    """The one campaign figure of the videos' measure a question names beside videos, by its number ("the 86m")
    or by its party and platform ("the <party>'s Facebook total"); its own words are then no filter of the videos
    (its platform, its number as a bound). None when not exactly one is named."""
    views = [m for m in lex.dataset.metrics if m.measure == "views"]
    said = [m for _, m in figures_said(ent, lex) if m.measure == "views"]
    if not said:
        # ("<party>'s <title> video vs the <other party>'s Facebook total": a party right before a video is whose)
        starts = {r.start for r in ent.videos}
        figures_of = [p for p in ent.parties if ent.spans.get(p, (0, -1))[1] not in starts]
        said = [m for m in views if m.platform in ent.platforms_named and m.subject in figures_of]
        if not said and not ent.platforms_named and ent.cue("total"):
            # ("<party> total minus <title>": the party's one figure of views, its platform unsaid)
            said = [m for m in views if m.subject in figures_of]
    if len(said) != 1:
        return None
    metric = said[0]
    ent.platforms = [p for p in ent.platforms if p != metric.platform]
    ent.thresholds = [t for t in ent.thresholds if abs(t[1] - metric.value) > FIGURE_MATCH * metric.value]
    ent.numbers = [n for n in ent.numbers if abs(n.value - metric.value) > FIGURE_MATCH * metric.value]
    return metric


def _videos_picked_by_views(ent: Entities, lex: Lexicon, found: Mapping[str, list[Match]]) -> bool:
    """Whether videos are picked by their place or an order of views ("top 2", "the top video", "#3", "the 2nd last
    vid"): a campaign-only measure asked of them is per video (not "in lowest terms", "what a flop": no video said).
    """
    def said_after(at: int, digits: bool = False) -> bool:
        return any(k < len(ent.tokens) and (
            ent.tokens[k].s in lex.video_words or (digits and ent.words[k][:1].isdigit())) for k in (at, at + 1))

    return (not ent.years and any(ent.words[at].startswith("#") or said_after(at + 1) for at in ent.rank_at)) or any(
        m.payload in ("views_desc", "views_asc") and said_after(m.end, digits=True) for m in found.get("order", ()))
