"""Step 3 of the flow: what is asked. Each intent is scored from cue words and entities; the best
one wins when it clears a minimum with a margin over the runner-up."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from operator import itemgetter

from bot.engine.entities import (
    FIGURE_TOLERANCE,
    Entities,
    VideoRef,
    bounds_above_every_video,
    break_after,
    days_said,
    every_video_said,
    only_whose_said,
    videos_of,
)
from bot.engine.lexicon import Lexicon, Match

MIN_SCORE = 3.0  # below this nothing was understood
MARGIN = 1.0  # a weak winner this close to a different runner-up is a guess, not an answer
DAYS_ASKED = 3.0  # a days cue this strong ("how many days") asks for a length or a gap
PLACE_MARKS = "#0123456789"  # how a place written in figures starts ("10th", "#4")
SCOPE_ASKED = 3.0  # a scope cue this strong ("which platforms") asks what the counts cover by itself
CONFIDENT = 5.0  # at or above this, the winner needs no margin

VIDEO_FIELDS = ("poster", "handle", "date", "text", "link", "rank_of")


@dataclass(slots=True)
class Frame:
    """An intent with its score and the slots it needs."""

    intent: str
    score: float
    slots: dict[str, object] = field(default_factory=dict)


_second = itemgetter(1)  # an intent's score, in (intent, score, slots)


def _count(ent: Entities, lex: Lexicon) -> int | None:
    """A small plain number: how many items ("top 5", "the 3 biggest")."""
    if not ent.numbers:
        return None  # (most questions)
    words = ent.words
    # "the worst in the top 10", "what came 4th in the top ten": with a singular superlative or a place,
    # "in the top N" names the list searched.
    tops, inside = lex.top_words, lex.within_words
    singular: bool | None = None  # (read only for a number said after "in the top": few questions)
    for num in ent.numbers:
        small = not num.scaled and num.value.is_integer() and 1 <= num.value <= 10_000
        threshold = any(abs(t[1] - num.value) < 1e-9 for t in ent.thresholds)
        within = num.start >= 2 and words[num.start - 1] in tops and words[num.start - 2] in inside
        within = within or (num.start >= 3 and words[num.start - 1] in tops and words[num.start - 3] in inside)
        if not within and num.start >= 4 and words[num.start - 1] in tops \
                and words[num.start - 2] in lex.plain_describers:
            # ("the lowest in the whole top 10": a word of how the list is, between)
            within = words[num.start - 3] in inside or (words[num.start - 3] in lex.determiners
                                                        and words[num.start - 4] in inside)
        # ("which one of the ten videos had the fewest": the whole list, said by its size)
        within = within or (num.start >= 2 and words[num.start - 1] in lex.determiners
                            and words[num.start - 2] in inside and num.value == len(lex.dataset.videos))
        # ("who rounded out the top 3, 3rd place": the place said is the last of the top N, one video)
        within = within or (num.start >= 1 and words[num.start - 1] in tops and num.value in ent.ranks)
        # ("top 10 mein 5th", "top 10, the 5th": a place beside a top as long as the list searches the list)
        within = within or (num.start >= 1 and words[num.start - 1] in tops and bool(ent.ranks)
                            and num.value == len(lex.dataset.videos) and max(ent.ranks) <= num.value)
        if within and small and not threshold and singular is None:
            superlative = bool(ent.ranks) or any(w not in tops for w in ent.cue_words.get("most", [])
                                                 + ent.cue_words.get("least", []))
            # (the list's own noun right after its size is no plural ask: "one of the ten videos")
            singular = superlative and not any(t.w in lex.video_plurals for k, t in enumerate(ent.tokens)
                                               if k != num.end)
        # ("what came fourth in the top ten videos": a place said, plural or not, searches the list)
        if small and not threshold and not (within and (singular or bool(ent.ranks))):
            return int(num.value)
    return None


def _field(cues: dict[str, float]) -> tuple[str | None, float]:
    best, score = None, 0.0
    if cues.keys().isdisjoint(VIDEO_FIELDS):
        return best, score  # (most questions ask for no field)
    for name in VIDEO_FIELDS:
        weight = cues.get(name, 0.0)
        if weight > score:
            best, score = name, weight
    return best, score


_stem = itemgetter(1)  # a token's stem (Token.s)
_word = itemgetter(0)  # a token's word as typed (Token.w)


def beside_bonus(ent: Entities, lex: Lexicon, at: int, bonus: Match) -> bool:
    """Whether a place said at word `at` is one among the bonus favourites: right before the bonus word ("the 2nd
    bonus fave") or right after it ("bonus #2", "bonus number 2", a language's "bonus <ordinal>"), in one clause
    (not "what was number 1? bonus points if ...", "... bonus, number 10", "bonus q #3")."""
    if 0 < bonus.start - at <= 2 or (
            # ("the second thing in the bonus": one word after the place, then the bonus named as where it is)
            3 <= bonus.start - at <= 4 and ent.words[at + 2] in lex.within_words
            and (bonus.start - at == 3 or ent.words[at + 3] in lex.determiners)
            # (not "the second video in a bonus question": the bonus word another thing's)
            and (bonus.end == len(ent.words) or ent.words[bonus.end] in lex.stopwords
                 or break_after(ent, lex, bonus.end - 1, bonus.end, asked=True))):
        return not break_after(ent, lex, at, bonus.start, asked=True)
    # (not "bonus question #5", "bonus round 2": a place of the list, the bonus word another thing's)
    return (at == bonus.end or (at == bonus.end + 1 and (
        ent.tokens[bonus.end].s in lex.rank_words or ent.tokens[bonus.end].s in lex.video_words
        or ent.words[bonus.end] in lex.list_words))) \
        and not break_after(ent, lex, bonus.end - 1, at, asked=True)


def _party_video_asked(ent: Entities, lex: Lexicon) -> bool:
    """Whether one video of a party is asked ("what <party> video got more views", "which video of <party> ..."),
    not the party's figure ("what <party> video views did they get", "which <party> video campaign ...")."""
    tokens, words, which = ent.tokens, ent.words, lex.which_asks
    for start, end in (ent.spans.get(p, (0, 0)) for p in ent.parties):
        if start > 0 and words[start - 1] in which and end < len(tokens) and tokens[end].s in lex.video_words \
                and tokens[end].w not in lex.video_plurals and end + 1 not in ent.measure_starts \
                and not (end + 1 < len(tokens) and tokens[end + 1].s in lex.generic_words):
            return True
        at = start - (start > 0 and words[start - 1] in lex.determiners)  # ("which video of the <party>")
        if at > 2 and words[at - 1] in lex.range_of and tokens[at - 2].s in lex.video_words \
                and tokens[at - 2].w not in lex.video_plurals and words[at - 3] in which:
            return True
    return False


def _group_plural(ent: Entities, lex: Lexicon) -> bool:
    """Whether a plural video word stands right after a group of videos named ("the <topic> ones", "<topic> themed
    videos"), not somewhere else ("the election videos ..., how many views did the <topic> one get")."""
    tokens = ent.tokens
    return any(r.group and len(r.candidates) > 1 and any(
        tokens[k].w in lex.video_plurals for k in range(r.end, min(r.end + 2, len(tokens)))) for r in ent.videos)


def score_frames(ent: Entities, lex: Lexicon, keep: int | None = None) -> list[Frame]:
    """Every intent with its score, best first (the best `keep` of them, when given)."""
    # An intent no phrase asked for: 0.0. (dict.get is a C call; each cue is read once, into a local.)
    get = ent.cues.get

    refs: list[VideoRef] = ent.videos
    nv = len(refs)
    has_v = nv > 0
    # (a person only guessed at, "it is not <name> i think", is no subject of a figure)
    subjects = [s for s in ent.subjects() if s not in ent.guessed] if ent.parties or ent.people else []
    count = _count(ent, lex) if ent.numbers else None  # (a plain number said: few questions)
    metric_measures, metric_platforms = lex.metric_measures, lex.metric_platforms
    measures = set(ent.measures)
    field_name, field_score = (None, 0.0) if ent.cues.keys().isdisjoint(VIDEO_FIELDS) else _field(ent.cues)
    most, least = get("most", 0.0), get("least", 0.0)
    compare = get("compare", 0.0) + get("difference", 0.0) + get("ratio", 0.0)
    aggregate = get("total", 0.0) + get("average", 0.0) + get("median", 0.0) + get("count", 0.0)
    list_cue, lookup_cue, filter_cue = get("list", 0.0), get("lookup", 0.0), get("filter", 0.0)
    days_cue, scope_cue, bonus_cue = get("days", 0.0), get("scope", 0.0), get("bonus", 0.0)
    tokens = ent.tokens
    # (set.isdisjoint over a map: one C loop over the tokens, stopping at the first hit)
    video_word = not lex.video_words.isdisjoint(map(_stem, tokens))
    group = has_v and any(r.group for r in refs)
    # (intent, score, slots) for each intent, made Frames once sorted: only those asked for are made.
    scored: list[tuple[str, float, dict[str, object]]] = []
    add = scored.append

    # One common title word ("new") is no video to ask about: help stays the question.
    named = has_v and any(r.strong for r in refs)
    add(("help", get("help", 0.0) * (1.5 if not (named or subjects or ent.measures) else 0.5), {}))
    # "views across which platforms": what the counts cover, a platform named or asked for.
    # ("is that 13.4m facebook only?": a video's figure is a count of views named)
    a_count = bool(ent.numbers) and any(n.scaled and lex.is_a_count(n.value, FIGURE_TOLERANCE) for n in ent.numbers)
    # ("just facebook or what": a platform named beside a scope word, wherever it stands)
    scope = scope_cue + 3 if (ent.platforms or (ent.platforms_named and scope_cue)
                              or scope_cue >= SCOPE_ASKED) and ("views" in measures or video_word or a_count) else 0
    if scope and (most or least or any(p in lex.posted for p in ent.people)) and scope_cue < SCOPE_ASKED \
            and not compare and "operation" in ent.query and lex.counted_platforms == frozenset(ent.platforms_named):
        # ("the most viewed, and how many views across <the platforms counted>", "the one <poster> made, how many
        # views on <them>": restated, not asked; "<one> only or <both>?" asks it)
        scope = 0
    # A place in figures names a video as a title does ("10th place, views across fb and tw"; "digital-first" no)
    placed = bool(ent.rank_at) and any(ent.words[at][:1] in PLACE_MARKS for at in ent.rank_at)
    # ("what date is the article from": its own date, which the source answer gives)
    # (a platform said alone, "are they youtube views", asks what the counts cover, whatever list is named)
    # ("views of <title>, or of number 1, and across which platforms": the video's figure, which says what it is
    # counted across; one platform named asks whether it is that one's, both are what it is)
    its_figure = bool(scope and (named or ((ent.ranks or ((most or least) and not ent.numbers)) and not has_v))
                      and "views" in measures
                      and (not ent.platforms_named or lex.counted_platforms == frozenset(ent.platforms_named)))
    source = get("source", 0.0)
    if source and "views" in measures and (ent.parties or ent.platforms_named) and any(
            m.payload == "count" for m in ent.query.get("operation", ())):
        # ("<party>'s social media campaign got how many fb views": the source's own words say what the figure asked
        # is of, nothing asked about the source)
        source -= sum(m.payload for m in ent.cue_matches["source"] if any(
            t.s in lex.source_words for t in tokens[m.start : m.end]))
    add(("source", source + scope - 2 * bool(has_v or placed or its_figure) + 3 * article_dated(ent, lex)
         - 3 * its_figure
         + 2 * bool(scope and ent.platforms_alone and not (has_v or placed)),
         {"scope": bool(scope)}))
    add(("bonus", bonus_cue + 4 * len(ent.bonus) + (video_word and bonus_cue > 0), {"items": list(ent.bonus)}))

    plural_group = group and not lex.video_plurals.isdisjoint(map(_word, tokens))

    # One named video: a figure or a field of it.
    if has_v:
        lookup = 4 + field_score + 0.5 * lookup_cue + ("views" in measures)
        if not named and not (video_word or (measures and lookup_cue)):
            lookup = 2  # one common title word ("my friend says hi") is not a reference on its own
        lookup -= 3 if (nv >= 2 and compare) else 2 * (nv >= 2 and _named_side_by_side(refs, ent, lex))
        lookup -= 2 if aggregate and group else 0
        # "water videos": the group itself is asked for, not one of it.
        # ("views of the <topic> ones", "how many views did the <topic> videos get": each one's views, which the
        # group's list gives)
        lookup -= 2 + (0.5 * lookup_cue + ("views" in measures) if plural_group and _group_plural(ent, lex) else 0) \
            if plural_group and not field_score and (not lookup_cue or "views" in measures) else 0
        add(("video", lookup, {"field": field_name or "views"}))

    # Two videos head to head, or a group compared within itself, or two ranks.
    if nv >= 2:
        # ("which videos concern <topic> or <topic>": the videos of both, listed; no figure set against another)
        # (three or more named with a month or day and no comparing word, "which of <A>, <B>, <C> came out in
        # november": those of them that fit it)
        add(("compare_videos", 4 + compare + (nv == 2) - 3 * bool(plural_group and filter_cue and not measures)
             - bool(nv > 2 and not compare and (ent.months or ent.days)), {}))
    elif (nv == 1 and refs[0].group and compare) or (
        not has_v and len(ent.ranks) + bool(most or least) >= 2 and compare
    ):
        add(("compare_videos", 4 + compare, {}))

    # A ranked position: "number 4", "second most viewed", "least viewed".
    if not has_v and ent.ranks and not aggregate:
        # (one place and a lone "or" joining clauses, "... or he buys the round", is no comparison)
        compared = compare >= 2 or (compare and len(ent.ranks) > 1)
        # ("the singer in the first bonus pick": a place among the bonus favourites, which have no ranks; "is <bonus
        # title> one of the ranked ten": one of them named beside a place, which it has none of)
        bonus_place = bool(ent.bonus) or (bonus_cue and any(
            beside_bonus(ent, lex, at, m) for at in ent.rank_at for m in ent.cue_matches.get("bonus", ())))
        # ("bottom of the top ten, number ten": a place given as a list position counts from the top)
        # ("10th, bottom of the list": the last place said with "bottom" is the last, not the 10th least)
        listed = any(ent.words[at][:1] == "#" or (at > 0 and tokens[at - 1].s in lex.rank_words)
                     for at in ent.rank_at) or (least > 0 and len(lex.dataset.videos) in ent.ranks)
        # ("number 1 on the list, top?": the first place said twice, no count of the top asked)
        again = bool(most and not least and ent.ranks == [1] and count is None)
        add(("rank", 4 + 0.5 * (most + least) + again - 2 * bool(compared) - 3 * bool(bonus_place),
                  {"least": bool(least > most) and not listed, "field": field_name}))
    elif not has_v and (most or least) and count is None:
        add((
            "rank",
            2
            + max(most, least)
            + video_word
            - 2 * bool(subjects and not video_word)
            # "the best pizza": a superlative about videos names a video or what they are counted by
            - 2 * bool(not video_word and "views" not in measures and not list_cue and ent.unknown)
            # "how many days did the <year> campaign last": a length asked, "last" is a verb there
            - 3 * bool(days_cue >= DAYS_ASKED and not video_word)
            # ("total views without the top one": the end left out of a figure of the rest)
            - 2 * bool(aggregate and _end_left_out(ent))
            # ("where's <bonus name> in the most viewed list": the place of one named, which the bonus has none of)
            - 3 * bool(ent.bonus and not has_v),
            {"least": least > most, "field": field_name},
        ))

    # A ranked list.
    plural_ask = count is not None and (most or least or list_cue)
    top = list_cue + 0.5 * most + 2 * bool(plural_ask) + (least and count is not None) * 2
    # ("views of all 10", "list all views", "every video's views": the whole list, by views)
    # ("when were the videos posted", "each video's tweet": a field of every video, the whole list with it)
    top += 3 * bool(("views" in measures or (field_name not in (None, "rank_of") and (
        not lex.video_plurals.isdisjoint(map(_word, tokens)) or every_video_said(ent, lex)))) and not (
            has_v or most or least or subjects or ent.platforms_named or ent.cue("source")) and (
                "views" not in measures or every_video_said(ent, lex)))
    dated = bool(ent.months or ent.days)
    # (a bonus favourite named is asked about, as a video named is: "is the <bonus> one in the top 10")
    # ("all videos about <topic> in the top 10": the group is the set asked, the whole list no narrower)
    top -= 4 * bool(has_v or ent.bonus) + aggregate + 2 * bool(dated or ent.thresholds) + 2 * bool(scope) \
        + 2 * bool(plural_group)
    # ("what's the top vid on the list": one video, a superlative and a singular video word with no count said;
    # "what are the top videos on the list": several, a plural one)
    if video_word and count is None and (most or least) and not ent.ranks:
        top += 3 if not lex.video_plurals.isdisjoint(map(_word, tokens)) else -2
    elif video_word and count is None and len(ent.ranks) == 1 and lex.video_plurals.isdisjoint(map(_word, tokens)):
        top -= 2  # ("which vid was number 1 on the list, the top one": one place, a singular video word)
    elif len(ent.ranks) == 1 and count is None and any(
            n.value == len(lex.dataset.videos) and n.start > 0 and ent.words[n.start - 1] in lex.top_words
            for n in ent.numbers):
        top -= 2  # ("what's 7th on the top 10 <adjective> list": one place on the whole list, the list where it is)
    add(("top", top, {"n": count, "least": least > most}))

    # Sums, averages, medians, counts.
    if aggregate:
        add((
            "aggregate",
            aggregate
            + 1
            + (1 if count or group else 0)
            - (3 if subjects and (ent.platforms or not video_word) else 0),
            {"n": count},
        ))

    # Videos that pass a test: posted in a month or on a day, by someone, over a figure, on a topic.
    filt = filter_cue
    # A date with no party, person or figure named can only be about when videos were posted.
    asks_for_videos = filter_cue >= 1 or video_word or list_cue > 0 or not (subjects or measures)
    # (a bound above every video's count, of a side with a figure of that measure, checks that figure: "did <party>
    # get over 80m views", a figure no video comes near)
    side_bar = bool(subjects and not has_v and not ent.cue("total")) and bounds_above_every_video(ent, lex) and any(
        m.measure in measures and (m.subject in subjects or not set(m.with_).isdisjoint(subjects))
        for m in lex.dataset.metrics)
    filt += 4 * bool(dated and asks_for_videos) + 4 * bool(ent.thresholds and not side_bar)
    posted_by = [p for p in ent.people if p in lex.posted and p not in ent.guessed] if ent.people else []
    filt += 2 * bool(posted_by and (filter_cue >= 2 or video_word))
    # ("videos by <name>", "<name>'s vids": their videos, a plural video word said with the poster)
    # (or "the video by <name>" of someone who posted several: which of theirs is not said, so all of them; not
    # with a word no table knows, "the video of <name> with <someone else>", nor more said of it, "about brexit")
    filt += 2 * bool(posted_by and video_word and (not lex.video_plurals.isdisjoint(ent.words) or (
        not ent.unknown and any(len(lex.posted[p]) > 1 and videos_of(ent, lex, p)
                                and only_whose_said(ent, lex, ent.spans[p][1]) for p in posted_by))))
    filt += 3 * bool(plural_group and (not compare or (filter_cue and not measures)) and not aggregate)
    if not (dated or ent.thresholds or posted_by or plural_group):
        filt = min(filt, 2)
    filt -= 2 * bool(aggregate)  # "how many videos did X post": a count over the filter
    # ("what did <name> write when he shared video number 9": the tweet of the one placed video, its poster said)
    filt -= 2 * bool(posted_by and field_name == "text" and not plural_ask and ent.ranks and 0 < ent.ranks[0] <= len(
        lex.by_place) and (t := lex.dataset.videos[lex.by_place[ent.ranks[0] - 1]].tweet) is not None
        and t.by in posted_by)
    # ("<name> tweeted '<its tweet's words>' about which vid": the one video named, theirs, not all of theirs)
    # (its words, not the person's name, naming it; "which" asked of it)
    own_named = bool(posted_by and len({r.best for r in ent.videos}) == 1 and ent.videos[0].strong
                     and lex.video_plurals.isdisjoint(ent.words) and not lex.which_asks.isdisjoint(ent.words)
                     and not any(ent.spans.get(p, (-1, -1))[0] == ent.videos[0].start for p in posted_by)
                     and (t := lex.dataset.videos[ent.videos[0].best].tweet) is not None and t.by in posted_by)
    # ("the <name> one, was that 23 nov or 24?": a choice of days offered for the one video, its date asked)
    day_offered = bool(has_v and ent.day_at and len({r.best for r in ent.videos}) == 1 and lex.video_plurals.isdisjoint(
        ent.words) and not lex.way_joins.isdisjoint(ent.words[ent.day_at[0]:]))
    add(("filter", filt - 2 * bool(has_v and not plural_group) - own_named - 2 * day_offered, {"people": posted_by}))

    # Campaign-level figures: parties' Facebook views, a person's retweets.
    metric = 0.0
    metric += 4 * bool(measures and measures & metric_measures - {"views"})
    # (a party or person named with no figure, platform or comparison asked is a weak sign of one: "why did
    # <party> make videos" asks about the campaign itself)
    asks_figure = bool(measures or ent.platforms or ent.numbers or ent.years or compare or lookup_cue)
    metric += (2 if asks_figure else 1) * min(len(subjects), 2)
    metric -= 3 * bool(ent.parties and _party_video_asked(ent, lex))
    # (not the platforms the video counts cover, said together of no party, person or figure: "#1's views on fb and
    # twitter" is the video's; "is the 86 million facebook and twitter" asks of a party's; "<poster with no figure>'s
    # video, views on fb and twitter" is the video's)
    metric += 3 * bool(ent.platforms and not metric_platforms.isdisjoint(ent.platforms) and (
        ent.numbers or lex.counted_platforms != frozenset(ent.platforms_named)
        or not lex.figure_holders.isdisjoint(subjects)))
    # A period's length or daily rate in a year some figure covers: only campaign-level figures have periods.
    # (a rate said, wanted or not, "without per-day rates, how did 2019 compare to 2017": the periods' figures)
    metric += 3 * bool((days_cue or get("per_day", 0.0) or "rate" in ent.query)
                       and not lex.period_years.isdisjoint(ent.years))
    # "the 42 days are up to what date": a period's own length names it
    # (each figure test only with a figure: most questions have none, and the last runs over every metric)
    metric += 3 * bool(ent.numbers and not lex.period_days.isdisjoint(days_said(ent, lex)))
    metric += 1 * bool(compare) + 0.5 * ("views" in measures)
    metric += 1 * bool(subjects and measures)
    # "how did the parties compare": every party at once, when the data has figures for several.
    # ("which party got more facebook views": a comparative word is the comparison, beside the word for a party)
    # ("which party came out on top on facebook": a superlative, too, picks one of them)
    parties_asked = not lex.party_words.isdisjoint(map(_stem, tokens)) and len(lex.metric_subjects) > 1
    # (of a measure held for several sides: "which party had the most retweets" has one side's only)
    picked = bool((most or least) and not ent.parties and not video_word and parties_asked and all(
        len(lex.measure_subjects.get(m, ())) > 1 for m in measures))
    metric += 4 * bool((compare or picked or not lex.length_comparatives.isdisjoint(ent.words)) and parties_asked)
    # A figure bound with a party's or a person's platform figure ("<party> got more than 80 million on
    # Facebook?") is a check of that figure, not a filter of videos.
    # (so is one with a measure only campaign figures have: "did <name> get over 2m retweets")
    checks_figure = bool(ent.thresholds and subjects and (set(ent.platforms) & metric_platforms or (
        measures and measures.isdisjoint(lex.video_measures) and not measures.isdisjoint(lex.campaign_measures))
        or side_bar))
    # "<party> got 86 million right?": a figure that is one of theirs names it.
    metric += 2 * bool(not has_v and ent.numbers and any(abs(m.value - n.value) <= FIGURE_TOLERANCE * m.value
                                         for m in lex.dataset.metrics for n in ent.numbers))
    superlative = (most or least) and days_cue < DAYS_ASKED  # ("how many days did it last": no place)
    # ("counted up to what date? the article says up to some day in december": a month the end of a period)
    metric -= 5 * has_v + list_cue + 2 * bool(superlative and not picked) + 3 * bool(
        (ent.months and not get("period_end", 0.0)) or (ent.thresholds and not checks_figure))
    # ("<party> n <person> got 86m fb views on campaign vids": the person named with the party, as a figure of theirs
    # has them, is no poster whose videos are asked)
    with_party = bool(posted_by and ent.parties) and any(
        m.subject in ent.parties and set(posted_by) <= set(m.with_) for m in lex.dataset.metrics)
    metric -= 3 * bool(posted_by and (filter_cue >= 2 or video_word) and not with_party) + 3 * placed
    add(("metric", metric, {}))

    scored.sort(key=_second, reverse=True)  # (stable: ties keep the order they were added in)
    return [Frame(*f) for f in (scored if keep is None else scored[:keep])]


def _end_left_out(ent: Entities) -> bool:
    """Whether an end of an order is said right after a word that leaves something out ("without the top one")."""
    return any(0 <= o.start - n.end <= 2 for n in ent.query.get("negate", ()) for o in ent.query.get("order", ()))


def _named_side_by_side(refs: list[VideoRef], ent: Entities, lex: Lexicon) -> bool:
    """Two videos named side by side, joined by "and" ("the <name> video and the <name> one") or by a mark when no
    name could be the other's ("the <A> one, <B>'s one"), or three or more one after another ("<A>, <B>, <C>"): all
    asked about."""
    tokens = ent.tokens
    apart = 0  # (names with nothing between them: a list when three or more run so)
    for a, b in pairwise(refs):
        between = [t for t in tokens[a.end : b.start]
                   if t.s not in lex.video_words and t.w not in lex.determiners]
        if a.strong and b.strong and a.best != b.best and len(between) == 1 and between[0].w in lex.separators:
            return True
        if len(refs) == 2 and a.strong and b.strong and a.best != b.best and len(between) == 2 and (
                between[0].w in lex.count_got_verbs and between[1].w in lex.separators):
            return True  # ("how many views did <A> get and <B>": the verb closing the first, the second joined on)
        if len(refs) == 2 and a.strong and b.strong and not between and set(a.candidates).isdisjoint(
                b.candidates) and break_after(ent, lex, a.end - 1, b.start):
            return True
        apart += a.strong and b.strong and a.best != b.best and not between
    return apart >= 2 and apart == len(refs) - 1


def decide(frames: list[Frame]) -> tuple[Frame | None, float]:
    """The winning frame and its margin over the runner-up, or None when nothing clears the bar."""
    if not frames or frames[0].score < MIN_SCORE:
        return None, 0.0
    best = frames[0]
    runner = None
    for f in frames[1:]:  # (a loop, not a generator: this runs for most questions)
        if f.intent != best.intent:
            runner = f
            break
    margin = best.score - runner.score if runner else best.score
    if best.score < CONFIDENT and margin < MARGIN:
        return None, margin
    return best, margin


def article_dated(ent: Entities, lex: Lexicon) -> bool:
    """Whether the article's own date is asked ("what date is the article from"): a date asked beside the article,
    no video, place or count."""
    found, cues = ent.query, ent.cues
    # (a date asked is a cue: most questions have none, and are answered at the first test; the article named by
    # any of its words, "the date on the piece")
    if not ("date" in cues and not lex.article_words.isdisjoint(ent.words)) or ent.videos \
            or ent.ranks or ent.measures or ent.people or ent.months or ent.days:
        return False
    if "order" in found or "relative" in found:
        # (an order said in a clause after the one asking the date, "what date is the article, before or after the
        # election?", is no order of videos; not "in the article, when was the earliest post": the date asked of it)
        asked = min((m.start for m in ent.cue_matches.get("date", ())), default=len(ent.words))
        if any(m.start <= asked or not break_after(ent, lex, asked, m.start, asked=True)
               for m in (*found.get("order", ()), *found.get("relative", ()))):
            return False
    return lex.top_words.isdisjoint(ent.words) and _of_the_article_alone(ent, lex)


def _of_the_article_alone(ent: Entities, lex: Lexicon) -> bool:
    """Whether what is said is about the article itself: no video or tweet said ("the earliest tweet in the
    article"), a posting word only in the article's own date ("the article date") or a noun of a date ("what date
    ..."; "what was posted on the article's date" asks for that day's videos)."""
    dated = {i for m in ent.query.get("article", ()) for i in range(m.start, m.end)}
    stems = {t.s for t in ent.tokens}
    # ("when was the article posted": the article's own posting, said after it, or right before it as Spanish
    # puts it, "cuando se publico el articulo")
    named = min((k for k, w in enumerate(ent.words) if w in lex.article_words), default=len(ent.words))
    return lex.video_words.isdisjoint(stems) and lex.post_words.isdisjoint(stems) and all(
        m.start in dated or ent.words[m.start] in lex.date_nouns or m.start > named
        or named - m.end - (named > m.end and ent.words[m.end] in lex.determiners) == 0
        for m in ent.query.get("posting", ()))


def article_day_said(ent: Entities, lex: Lexicon) -> tuple[int, int] | None:
    """The day a yes/no question or a claim says the article is dated ("is the article dated 12 december", "the
    article is from 13 december right?"), or None: the article named with one day, no video, place or posting."""
    if len(ent.days) != 1 or ent.months or ent.videos or ent.ranks or ent.measures or ent.people \
            or "source" not in ent.cues or lex.article_words.isdisjoint(ent.words) \
            or not (ent.words[0] in lex.yes_no_openers or "premise" in ent.query):
        return None
    return ent.days[0] if _of_the_article_alone(ent, lex) else None

