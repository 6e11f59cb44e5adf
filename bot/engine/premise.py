"""False premises: a question that states something about one video that the data contradicts.

"So <name> posted the <topic> video?", "why was the <title> clip posted in December",
"X got 9 million, right?": the reply corrects the claim first ("No: …"), then answers. Who posted a
video and when are checked whenever the question states them next to one named video; a rank or a
figure only when the question asks to confirm it (a `premise` phrase in vocabulary.yaml, or, for the top or
bottom place and a figure, a yes/no opening: "was <title> the most viewed?"), because "the most viewed" and
"5 million" are usually what is asked, not claimed.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from datetime import date

from bot.dataset.schema import Metric, Video
from bot.engine import format as fmt
from bot.engine.entities import (
    FIGURE_MIN,
    Entities,
    Number,
    VideoRef,
    asked_back,
    break_after,
    clause_places,
    listed_place,
    names_offered,
    posting_order,
    said_as_owner,
    said_as_whose,
    said_left_out,
    week_of,
)
from bot.engine.lexicon import Lexicon, Match
from bot.engine.normalise import said_before, stem, words
from bot.engine.query_metric import added_amount

WHEN_REACH = 5  # "between" stands this many words before its date at most ("between the 20th and 25 Nov")
RELATIVE_REACH = 3  # "above <video>": the video this many words after the relative word at most
TOLERANCE = 0.02  # a claimed figure this close to the data's ("about 2.7 million") is not wrong
QUALIFIED_REACH = 0.1  # a figure this far past an "over"/"around" figure's value is not said to contradict it
CLAIM_FIGURE_REACH = 5  # "<party> had 86 million": the figure this many words after whose it is said to be at most
OTHER_PLACE_REACH = 3  # "ahead of the 6th": a word setting it against another place this many words before at most
FROM_END_REACH = 3  # "2nd from the bottom": a least viewed word this many words after a place counts it from the end
FIGURE_REACH = 6  # a figure this many words after a video, before a computation asked, is said of it
LAST = " (last of the list: the least viewed)"
# What makes a place and a name something other than a claim of who posted the video there ("posted before #2",
# "days between #1 and <name>'s", "wasn't #2 by <name>")
_NO_PLACE_CLAIM = frozenset({"relative", "operation", "negate", "comparative", "versus", "beside", "rate"})
POSTED_PLACE_REACH = 2  # "first posted", "first one posted": a place this near before a posting word is of the dates


PLACE_FIGURES = frozenset("#0123456789")  # a place said as "#2", "2nd", "2"
GUESS_MARKS = frozenset(",-\u2013\u2014:(")  # a video guessed after a place asked is set apart by one of these
YEAR_REACH = 6  # a year said this many words after the named video may be claimed of it


def correction(ent: Entities, lex: Lexicon, by_rank: list[Video],
               position: Mapping[int, int]) -> tuple[Video, str] | None:
    """The one named video and what the question gets wrong about it, or None."""
    if not ent.videos:
        return None  # every claim checked is about a named video
    found = ent.query
    if "comparative" in found:
        compared = _comparison(ent, lex)
        if compared is not None:
            return compared
    if len({r.best for r in ent.videos}) != 1 or not ent.videos[0].strong:
        return None  # one video named (twice is once: its title and its tweet), by more than one common title word
    ref = ent.videos[0]
    if any(not any(v.party == p for v in lex.dataset.videos) and ent.spans.get(p, (0, -1))[1] < len(ent.tokens)
           and ent.tokens[ent.spans[p][1]].s in lex.video_words for p in ent.parties):
        return None  # ("the most viewed <party> video? the one of <name>": whose videos, none held, is declined)
    if "negate" in found:
        claims = {m.start for m in found.get("premise", ())}
        named = {ent.spans[p][0] for p in ent.people if p in ent.spans}  # ("by <name> not <other>": one denied)
        # ("..., dont want to credit the wrong person": a negation after every name said is no part of the claim)
        last = max([*(r.end for r in ent.videos), *(ent.spans[p][1] for p in ent.people if p in ent.spans)])
        if any(m.start not in claims and m.end not in named and m.start < last
               for m in found["negate"]):  # "wasn't it" asks
            return None
    # A place next to the video ("just below X") is asked about; "above the drop" names no video.
    if any(0 <= ref.start - m.end < RELATIVE_REACH for m in found.get("relative", ())):
        return None
    video = lex.dataset.videos[ref.best]
    if any(n.end < len(ent.words) and ent.words[n.end] in lex.factor_times for n in ent.numbers):
        return None  # ("is the top video 3 times <title>": a multiple asked, no claim of its place)
    scales = [*found.get("factor", ()), *(m for m in found.get("half", ()) if m.end < len(ent.words) and ent.words[
        m.end] in lex.half_set_against and not any(o.end == m.start for o in found.get("order", ())))]
    if scales and any((ref.end <= m.start and p >= m.end) or (m.end <= ref.start and p < m.start) for m in scales
                      for p in (*ent.rank_at, *(o.start for o in found.get("order", ())))):
        # ("<title> is half of the 3rd place one", "is #2 half again as big as <title>": one figure set as a part or
        # a multiple of another, the place beyond the scaling word the other side's, no claim of its own; not "was
        # <title> #3? double checking")
        return None
    if any(m.payload not in ("value", "count") for m in found.get("operation", ())):
        # a computation about it ("days after X"): no claim to check ("how many did it get": its count), but a figure
        # said of it before ("<title> with 14.3 mil, how far clear of 2nd was it")
        # (not one said after the operation: "gap between <A> and <B> is 3.9m yeah?", its result claimed)
        ops_at = min(m.start for m in found["operation"] if m.payload not in ("value", "count"))
        figures = [n for n in ent.numbers if 0 <= n.start - ref.end <= FIGURE_REACH and (
            n.end <= ops_at or (n.start > 0 and ent.words[n.start - 1] in lex.figure_with))]
        return _figure_claim(ent, lex, video, by_rank, figures) if figures and not ent.thresholds else None
    tweet = video.tweet
    # Who posted it: a poster of the data, or anyone said to have posted it ("tweeted by <name>").
    # ("<name>'s nhs video": someone said as whose right before it, claimed to have posted it)
    # (or whose it was said after it, last: "the tweet of <title> was <name>'s")
    posters = [p for p in ent.people if p in lex.posted or found.get("posting") or (
        (span := ent.spans.get(p, (-1, 0)))[1] == ref.start and said_as_owner(ent, span[1] - 1)) or (
        span[0] >= ref.end and span[1] == len(ent.words) and said_as_whose(ent, span[1] - 1))] if ent.people else ()
    if posters and ent.measure_starts:
        # ("more than all of <name>'s 2019 retweets": whose figure that is, a campaign measure after the name, not a
        # poster claimed of the video)
        owned = {at for m, at in zip(ent.measures, ent.measure_starts, strict=True) if m not in lex.video_measures}
        posters = [p for p in posters if not any(0 <= at - ent.spans.get(p, (0, -9))[1] <= 1 for at in owned)]
    if posters and found.get("negate"):  # ("put out by <name> not <other>", "wasn't <name>": a name denied)
        denied = {m.end for m in found["negate"]}
        posters = [p for p in posters if ent.spans.get(p, (-1, 0))[0] not in denied]
    if posters and found.get("relative"):  # ("posted before or after <name>'s": their video, a place to count from)
        placed = {m.end for m in found["relative"]}
        posters = [p for p in posters if ent.spans.get(p, (-1, 0))[0] not in placed]
    if posters and tweet and tweet.by and tweet.by not in posters:
        claimed = _name(lex, posters[0])
        # (a name several videos share: the one of them the named person did post is said too)
        theirs = [v.title for vi in ref.candidates[1:] if (t := (v := lex.dataset.videos[vi]).tweet) and t.by
                  in posters] if ref.group else []
        # (one who posted one video only: that one, said too, "<name> posted <title>")
        own = lex.posted.get(posters[0], ()) if not theirs else ()
        also = f"; {theirs[0]} was posted by {claimed}" if len(theirs) == 1 else \
            f"; {claimed} posted {lex.dataset.videos[own[0]].title}" if len(own) == 1 else ""
        return video, f"{video.title} was posted by {_name(lex, tweet.by)}, not {claimed}{also}"
    if "weekday" in ent.query and len(ent.query["weekday"]) == 1 and tweet and tweet.date and (
            said_days := _weekdays_claimed(ent, lex, ref)) and tweet.date.weekday() not in said_days:
        # (one day claimed; not "a weekday or a weekend post", a choice offered)
        # ("was <title> a sunday", "<title> went out on a tuesday right?": its weekday, put right)
        days_said = " or a ".join(f"{date(2001, 1, 1 + d):%A}" for d in sorted(said_days))  # (1 Jan 2001: a Monday)
        return video, f"{video.title} was posted on {tweet.date:%A} {fmt.day(tweet.date)}, not on a {days_said}"
    if ent.days and tweet and tweet.date and (week := week_said(ent, lex)) is not None:
        # ("was <title> posted the week of 25 Nov": within the week, whichever day)
        week_first, week_last = week
        if week_first <= tweet.date <= week_last:
            return None
        return video, (f"{video.title} was posted on {fmt.day(tweet.date)}, not in the week {fmt.day(week_first)} to "
                       f"{fmt.day(week_last)}")
    # When: a day or a month stated with no before/after/between around it ("... b4 I file" is no date's).
    dated = [*ent.day_at, *ent.month_at] if ent.days or ent.months else None  # (most questions name no date)
    # ("what did it get by January": a time limit, no posting date claimed)
    if dated and tweet and tweet.date and not any(0 <= at - m.end <= WHEN_REACH for m in found.get("when", [])
                                                  for at in dated) \
            and not any(at > 0 and ent.words[at - 1] in lex.period_end_before for at in dated):
        d = tweet.date
        if ent.days and all((d.month, d.day) != day for day in ent.days):
            # (the wrong day is not repeated: a reader skimming the reply must not take it away, as with figures)
            # (the video posted on the day said, when one was: "which one was posted 8 dec, <title>?", "was <title>
            # posted on <the day another was>?")
            that_day = [v.title for v in lex.dataset.videos if v.tweet and v.tweet.date and len(ent.days) == 1
                        and (v.tweet.date.month, v.tweet.date.day) == ent.days[0]
                        and (not ent.people or v.tweet.by in ent.people)]
            also = f"; the video posted that day is {that_day[0]}" if len(that_day) == 1 else ""
            return video, f"{video.title} was posted on {fmt.day(d)}, not on the day the question says{also}"
        # ("what date in July did he meet her": what the tweet tells, not its posting)
        told = ent.months and not ent.days and set(ent.months) <= lex.months_told(tweet.text or "")
        if ent.months and not ent.days and d.month not in ent.months and (found.get("posting") or not told) and not (
                told and lex.event_told(ent.words, tweet.text or "") is not None):
            return video, f"{video.title} was posted on {fmt.day(d)}, not in {_month(ent.months[0])}"
    campaign = lex.dataset.campaign
    if ent.years and not ent.measures and campaign.year not in ent.years and (
            year := next((y for y in ent.years if y != campaign.year), None)) is not None and any(
                _year_claimed(ent, lex, ref, k) for k, w in enumerate(ent.words) if w == str(year)):
        # ("was <title> the <other year> one", "<title>, wasn't that in the <other year> campaign": a year claimed
        # of it, said soon after it; not "<title> views in <year>", a figure of a year not held, nor "<title>, ...
        # my eyesight is not what it was in <year>")
        if tweet and tweet.date:
            return video, f"{video.title} was posted on {fmt.day(tweet.date)}, not in {year}"
        return video, f"{video.title} is from {campaign.name}, not from {year}; the article gives no date for it"
    if (found.get("article") and not (ent.months or ent.days) and tweet and tweet.date
            and tweet.date != lex.dataset.source.published and not found.get("relative") and not found.get("rate")
            and _put_as_claim(ent, lex)):
        # "was <title> posted the same day as the article?" (not "its views a day since posting up to the article
        # date": the end of the rate's days)
        return video, (f"{video.title} was posted on {fmt.day(tweet.date)}, not on the article's date "
                       f"({fmt.day(lex.dataset.source.published)})")
    # ("was <title> the most viewed?", "did <title> get 9 million?": a yes/no question states what it asks; so does
    # a clause right after it, "the <title> video that topped the table")
    said, tokens = ent.words, ent.tokens
    be = ref.end + (ref.end < len(tokens) and tokens[ref.end].s in lex.video_words)  # ("<title> video was ...")
    clause = be < len(said) and said[be] in lex.place_clause
    # (a place in the views order: not "that was first posted", a date, nor "that came after 3rd", a place beside)
    guessed = _place_then_guess(ent, lex, ref)  # ("what was #2, the <title>?")
    # ("<title> got 13.4m?": another video's count stated of it and asked back, no question word)
    stated = asked_back(ent, lex) and len(ent.numbers) == 1 and not found.get("relative") and any(
        # (not the count rounded, "3 mil" of 3.1m, nor a guess, "like 2.5m")
        n.scaled and n.value != video.views and not _rounded_to(n.value, video.views) and lex.hedges.isdisjoint(
            ent.words[max(0, n.start - 1) : n.start]) and any(v.views == n.value for v in lex.dataset.videos)
        for n in ent.numbers)
    # ("<title> was number 1?": a place stated of it after it and asked back)
    # (a title's own words, "who", are no question word)
    # (one place, written as one, "#9", "number 9", "9th": not "9th or 10th?", a choice; nor a digit inside a word)
    placed_back = ent.text.rstrip().endswith("?") and lex.question_words.isdisjoint(
        ent.words[: ref.start] + ent.words[ref.end :]) and len(ent.ranks) == 1 and 0 <= ent.rank_at[0] - be <= 3 and (
        listed_place(ent, lex, ent.rank_at[0]) or ent.words[ent.rank_at[0]][-2:] in lex.ordinal_suffixes) and not (
        found.get("relative") or found.get("order") or found.get("posting"))  # ("posted 3rd?": the posting order's)
    put_as_claim = bool(found.get("premise")) or stated or placed_back or (
        clause and not (found.get("posting") or found.get("relative")) and bool(clause_places(ent, lex, ref.end))) \
        or _guessed_last(ent, lex) or guessed or bool(
            tweet and tweet.date and _posted_places(ent, lex) and posting_place_put(ent, lex))
    if not put_as_claim and not (ent.words[0] in lex.yes_no_openers and not found.get("operation")
                            and not ent.thresholds):
        return None
    if any(m.end <= c.start and c.end <= ref.start
           for m in found.get("order", ()) for c in found.get("comparative", ())):
        return None  # ("is the most viewed video bigger than <title>": the order is the other side, not said of it)
    if ref.group and any(m.end == ref.start for m in found.get("order", ())):
        return None  # ("what rank is the least viewed <topic> video": the order picks one of those, claims nothing)
    place = position[id(video)]  # a dict look-up: by_rank.index would scan a large dataset
    # A place in the list: "the most watched", "ranked 3rd".
    counted = {n.start for n in ent.numbers}  # ("in the top 3": a set of places, not the top one)
    sizes = {n.start: int(n.value) for n in ent.numbers if n.value == int(n.value)}
    # ("is <title> in the top half": its first half of places, a set claimed like "the top 5")
    sizes |= {h.start: len(by_rank) // 2 for h in found.get("half", ())}
    # ("top half or bottom half": both sides said, the one it is in named with the one it is not)
    sides = {m.payload for m in found.get("order", ()) if m.payload in ("views_desc", "views_asc") and sizes.get(m.end)}
    posting_at = [p.start for p in found.get("posting", ())]
    for m in found.get("order", []) if not ent.ranks else ():  # ("2nd most watched": the place, below)
        if m.payload == "last" and any(0 < p - m.end <= POSTED_PLACE_REACH for p in posting_at) and not (
                ent.months or ent.people or (ent.days and found.get("when"))):  # (not "the last posted in november")
            m = Match(m.start, m.end, "posted_desc")  # ("was <title> the last vid posted": the posting order's end)
        if m.payload in ("views_desc", "views_asc") and 1 <= sizes.get(m.end, 0) < len(by_rank):
            # ("was <title> in the top 3?": a set of places claimed, checked)
            n, top = sizes[m.end], m.payload == "views_desc"
            if (place > n) if top else (place <= len(by_rank) - n):
                size = "half" if m.end not in counted else n
                fix = f"{video.title} is #{place} of {len(by_rank)}, " + (
                    f"in the {'bottom' if top else 'top'} {size}, " if len(sides) > 1 else "") + \
                    f"not in the {'top' if top else 'bottom'} {size}"
                if (figure := _figure_claim(ent, lex, video, by_rank, ent.numbers)) is not None:
                    fix += f"; {figure[1]}"  # ("it only had 1.3m, was it even top 5": both claims put right)
                return video, fix
            continue
        if m.payload in ("views_desc", "views_asc") and m.end not in counted:
            # ("is <title> the most viewed <name> video": the end of that poster's videos, not of the whole list)
            # (said after the order: not "<name> reads out tweets, ... the most watched", who is in it)
            posters = [p for p in ent.people if p in lex.posted and ent.spans.get(p, (-1, 0))[0] >= m.end]
            scope = [v for v in by_rank if v.tweet and v.tweet.by == posters[0]] if len(posters) == 1 else by_rank
            if video not in scope:
                continue  # (someone else's video: its poster is put right below)
            best = scope[0] if m.payload == "views_desc" else scope[-1]
            if best is not video:
                which = "most" if m.payload == "views_desc" else "least"
                where = LAST if place == len(by_rank) else ""
                whose = f" of {_name(lex, posters[0])}'s videos" if scope is not by_rank else ""
                return video, (f"{video.title} is #{place} of {len(by_rank)}{where}; the {which} viewed{whose} is "
                               f"{best.title} ({fmt.count(best.views)} views)")
        # ("was <title> the oldest vid?": asked as yes or no, a claim too)
        # (not "was <title> the oldest by <name>": the end of that poster's videos)
        if m.payload in ("posted_desc", "posted_asc") and (put_as_claim or (
                said[0] in lex.yes_no_openers and not ent.people)) \
                and tweet and tweet.date and m.end not in counted:
            # ("the latest posted one is <title> right?", "tweeted earliest? was it <title>?": the posting order's end)
            by_posting = _by_posting(lex)
            latest = m.payload == "posted_desc"
            end = by_posting[-1] if latest else by_posting[0]
            if end is not video and end.tweet and end.tweet.date != tweet.date:
                which = "latest" if latest else "earliest"
                return video, (f"{video.title} was posted on {fmt.day(tweet.date)}; the {which} posted is "
                               f"{end.title.rstrip('.')} ({fmt.day(end.tweet.date)})")
    # A place in the posting order claimed ("the first posted video was <title> right?", "<title> was the first one
    # posted"): checked against the posting dates, not the views.
    if (posted_places := _posted_places(ent, lex)) and put_as_claim and tweet and tweet.date:
        k = posted_places[0]
        by_posting = _by_posting(lex)
        if ent.days and found.get("when"):
            return None  # ("the last posted before dec 10 was <title>": a place among some, not checked here)
        # ("the first vid posted in december was <title>": its place among that month's)
        within = f" in {' or '.join(map(_month, ent.months))}" if ent.months else ""
        if ent.months:
            by_posting = [v for v in by_posting if v.tweet and v.tweet.date and v.tweet.date.month in ent.months]
        if not 1 <= k <= len(by_posting) or by_posting[k - 1] is video:
            return None  # (rightly claimed, or a place past the dated ones: no correction by views)
        other = by_posting[k - 1]
        its = by_posting.index(video) + 1 if video in by_posting else None
        where = f" ({fmt.ordinal(its)} posted{within})" if its else ""
        return video, (f"{video.title.rstrip('.')} was posted on {fmt.day(tweet.date)}{where}; the "
                       f"{fmt.ordinal(k)} posted{within} is {other.title.rstrip('.')} "
                       f"({fmt.day(other.tweet.date) if other.tweet and other.tweet.date else ''})")
    # A place said of another video is no claim about this one: "what was the second one's count",
    # "how far clear of 2nd" (a video word after it, or "of"/"than" before it).
    # ("<title> was the no.1 vid": a place and a video word said of it, after a word of being)
    said_of = be < len(said) and (said[be] in lex.place_restated or (
        clause and be + 1 < len(said) and said[be + 1] in lex.place_restated))
    # ("is <title> the 2nd least viewed", "2nd from the bottom": a place counted from the end, as the list's own)
    lows = [m.start for m in (*ent.cue_matches.get("least", ()), *(
        o for o in found.get("order", ()) if o.payload == "views_asc"))]
    places = [len(by_rank) + 1 - r if any(0 < s - at <= FROM_END_REACH for s in lows) else r
              for r, at in zip(ent.ranks, ent.rank_at, strict=False) if not (
        (at + 1 < len(tokens) and tokens[at + 1].s in lex.video_words and not (said_of and 0 < at - be <= 3))
        or (at > 0 and ((said[at - 1] in lex.within_words and not (  # ("in third place": a place said of it)
            at + 1 < len(tokens) and tokens[at + 1].s in lex.rank_words)) or said[at - 1] in lex.separators))
        # ("<title> is just ahead of 6th place", "beat the 2nd place one": the place of the one set against)
        or not lex.other_place_before.isdisjoint(said[max(0, at - OTHER_PLACE_REACH) : at])
        # ("is #1 bigger than <title>": the place one side of a comparison, the video the other)
        or any(at < m.start < ref.start for m in (*found.get("versus", ()), *found.get("comparative", ()))))]
    ranks = [r for r in places if r != place]
    # (a place checked only when put as a claim, or after a yes/no opening with no posting said: "was <title> posted
    # on the 9th" is a day)
    if ranks and len(places) == 1 and ranks[0] <= len(by_rank) and (put_as_claim or not found.get("posting")):
        there = by_rank[ranks[0] - 1]
        where = LAST if place == len(by_rank) else f" ({fmt.ordinal(place)})"
        # (the other video's figure is left out: beside the asked one it would read as the answer)
        # ("what's at #4, <title>?": the place was asked, so what is there has its figure said)
        what = f"{there.title.rstrip('.')} ({fmt.count(there.views)} views)" if guessed else there.title
        fix = f"{video.title} is #{place} of {len(by_rank)}{where}, not #{ranks[0]}; #{ranks[0]} is {what}"
        if ent.numbers and _figure_claim(ent, lex, video, by_rank, ent.numbers) is not None:
            # ("<title> was #4 at 6.5m right?": both claims wrong, both put right)
            fix += f"; {video.title} has {fmt.count(video.views)} views, not the figure in the question"
        return video, fix
    return _figure_claim(ent, lex, video, by_rank, ent.numbers)


def _figure_claim(ent: Entities, lex: Lexicon, video: Video, by_rank: list[Video],
                  numbers: list[Number]) -> tuple[Video, str] | None:
    """A figure said of the video that is not its count ("got 9 million", "exactly 2.7 million"), or None."""
    if ent.measures and not lex.video_measures.issuperset(ent.measures):
        return None  # ("did <title> get retweeted 100k times": a count no video has, declined; not its views)
    if not lex.hypothetical_words.isdisjoint(ent.words) and added_amount(ent, lex) is not None:
        return None  # ("if <title> had 2.4m more it'd beat #2 right?": an amount supposed, no figure claimed)
    bounds = {value for _, value in ent.thresholds}  # ("did it get over 10m": a bar, checked elsewhere)
    named = {(r.start, r.end) for r in ent.videos}
    if _figures_offered(ent, lex, video, numbers):
        return None  # ("did <title> get 6.5m or 5.6m": a choice offered, one of them its count; no claim to deny)
    for num in numbers:
        if num.value in bounds or (num.start, num.end) in named or num.value == ent.figure_unmatched or (
                num.start > 0 and ent.words[num.start - 1] in lex.margin_before):
            # ("is the 3.7m video ahead of the 3.6m one": a figure naming its video, no claim; "beat the 2nd by 3.9m":
            # a margin)
            continue
        # (a rounding of the count asked about, or hedged, "about 3m" for 3.1m, is no wrong figure)
        hedged = lex.hedged_at(ent.words, num.start)
        if (num.scaled or num.value >= 1000) and abs(num.value - video.views) > TOLERANCE * video.views and not (
                (ent.words[0] in lex.yes_no_openers or hedged) and _rounded_to(num.value, video.views)):
            other = next((v for v in by_rank if abs(v.views - num.value) <= TOLERANCE * v.views), None)
            # The wrong figure is not repeated, not even as the other video's: a reader skimming the reply must not
            # take it away (a campaign figure's owner, below, is: the claim has swapped two sides both asked about).
            # (a title is no name to make possessive: "... watch this's", "... quotes's")
            whose = f"; that figure is the count of {other.title.rstrip('.')}" if other else ""
            return video, f"{video.title} has {fmt.count(video.views)} views, not the figure in the question{whose}"
    return None


def _figures_offered(ent: Entities, lex: Lexicon, video: Video, numbers: list[Number]) -> list[Number]:
    """The two figures offered as a choice for a video ("6.5m or 5.6m"), one of them its count, else none."""
    offered = [n for n in numbers if n.scaled or n.value >= 1000]
    if len(offered) == 2 and not lex.way_joins.isdisjoint(ent.words[offered[0].end : offered[1].start]) and any(
            abs(n.value - video.views) <= TOLERANCE * video.views for n in offered):
        return offered
    return []


def figure_chosen(ent: Entities, lex: Lexicon, by_rank: list[Video]) -> tuple[Video, str] | None:
    """One video and a choice of two figures, one its count ("<title>, 3m or 3.1m?"): its count said, and whose
    the other is when it is another video's, else None."""
    if len(ent.videos) != 1 or not ent.videos[0].strong or ent.ranks or ent.thresholds:
        return None
    video = lex.dataset.videos[ent.videos[0].best]
    offered = _figures_offered(ent, lex, video, ent.numbers)
    if not offered:
        return None
    other_figure = next((n.value for n in offered if abs(n.value - video.views) > TOLERANCE * video.views), None)
    other = next((v for v in by_rank if v is not video and other_figure is not None
                  and abs(v.views - other_figure) <= TOLERANCE * v.views), None)
    whose = f"; {fmt.count(other.views)} is the count of {other.title.rstrip('.')}" if other else ""
    return video, f"{video.title.rstrip('.')} has {fmt.count(video.views)} views{whose}"


def _guessed_last(ent: Entities, lex: Lexicon) -> bool:
    """ "what was 2nd most watched, the <title> one?", "oldest vid was <title>?": a place or an end of an order said
    first, then the one video named last, after a comma or a word of being, as a question: a guess at it, checked."""
    ref, said = ent.videos[0], ent.words
    end = ref.end + (ref.end < len(said) and ent.tokens[ref.end].s in lex.video_words)
    if end < len(said) and all(w in lex.closing_guesses for w in said[end:]):
        end = len(said)  # ("..., the <title> one obvs?", "... i reckon?": the guess closed by words of guessing)
    if ent.days and end < len(said) and all(
            w in lex.day_prepositions or w in lex.months or w.isdigit()
            or w.lstrip("0123456789") in lex.ordinal_suffixes for w in said[end:]):
        end = len(said)  # ("..., was the <title> one on 17 nov?": its day said after it, checked beside it)
    # (not "what was posted first, the <title> one?": a place in the posting order, not the views one checked here)
    # ("which was posted first, the <title> one?": a place in the posting order, checked by posting dates)
    tweet = lex.dataset.videos[ref.best].tweet
    if end != len(said) or not ent.text.rstrip().endswith("?") or (
            ent.query.get("posting") and ent.rank_at and not (
                _posted_places(ent, lex) and tweet and tweet.date)) or not (
            ent.rank_at or ent.query.get("order")) or min([*ent.rank_at, *(
                m.start for m in ent.query.get("order", ()))]) > ref.start:
        return False
    start = ref.start - (ref.start > 0 and said[ref.start - 1] in lex.determiners)
    return start > 0 and (said[start - 1] in lex.place_restated or break_after(ent, lex, start - 1, start))


def _weekdays_claimed(ent: Entities, lex: Lexicon, ref: VideoRef) -> frozenset[int]:
    """The weekdays claimed of the video named, said after it: in a yes/no question or a claim about it, soon after
    it ("was <title> posted on a sunday", "I believe <title> went up on the Saturday"), or right after a yes/no
    opening ("what day was <title> posted, was it a weekend"); not "the monday after <title>", a day counted from it,
    "the monday one", a description, nor "<title> views, havent slept since tuesday", an aside."""
    words = ent.words
    counted_from = {m.start for m in (*ent.query.get("relative", ()), *ent.query.get("when", ()))
                    if m.start < ref.start}
    # (a claim's tag, not a question's words: "where was it", "what weekday was it")
    claimed = words[0] in lex.yes_no_openers or any(
        p.start == 0 or words[p.start - 1] not in lex.question_words for p in ent.query.get("premise", ()))
    grouped = {k for g in ent.query.get("group", ()) for k in range(g.start, g.end)}  # ("what weekday": asked)

    def asked(m: Match) -> bool:
        at = m.start - (m.start > 0 and words[m.start - 1] in lex.determiners)
        if at > 0 and words[at - 1] in lex.period_end_before:
            return False  # ("will <title> pass 5m by the weekend": a time limit, no day claimed)
        opener = next((k for k in range(m.start - 1, max(ref.end, m.start - WEEKDAY_ASKED_REACH) - 1, -1)
                       if words[k] in lex.yes_no_openers), None)
        # (said of the video, only words of posting between: "<title> a sunday", "<title> was posted on a monday";
        # not "<title> views? i need it monday", "<title> 3.7m, checking before friday")
        said_of = claimed and m.start - ref.end <= WEEKDAY_CLAIM_REACH and all(
            ent.tokens[k].s in lex.video_words or w in lex.determiners or w in lex.day_prepositions
            or w in lex.yes_no_openers or w in lex.posted_verbs or any(p.start <= k < p.end for p in ent.query.get(
                "posting", ())) for k, w in enumerate(words[ref.end : m.start], ref.end))
        return said_of or (opener is not None and all(w in lex.stopwords for w in words[opener + 1 : m.start]))
    return frozenset(int(d) for m in ent.query["weekday"] if m.start >= ref.end and m.end not in counted_from
                     and m.start not in grouped and asked(m) for d in m.payload.split())


WEEKDAY_CLAIM_REACH = 6  # "I believe <title> was posted on the Saturday": a weekday this near after it, claimed
WEEKDAY_ASKED_REACH = 4  # "..., was it actually a thursday": a yes/no opening this near before it


def week_said(ent: Entities, lex: Lexicon) -> tuple[date, date] | None:
    """The week a question names by one of its days ("the week of 9 Dec": its Monday to Sunday; "the week starting
    25 Nov": the seven days from it), or None."""
    for m in ent.query.get("when", ()):
        if m.payload in ("week_of", "week_from"):
            day = next((d for d, at in zip(ent.days, ent.day_at, strict=True) if 0 <= at - m.end <= 1), None)
            if day is not None:
                return week_of(date(lex.dataset.campaign.year, *day), starting=m.payload == "week_from")
    return None


def _year_claimed(ent: Entities, lex: Lexicon, ref: VideoRef, at: int) -> bool:
    """Whether the year at word `at` is claimed of the video named ("was <title> posted in <year>", "<title>, wasn't
    that the <year> one", "was it <year> or this one"): said soon after it, with only small words, posting words or
    the video's own between, and the year ending the claim (the question's end, a video or campaign word, "or", a
    tag); not of someone or something else ("<name>, was she a minister in <year>", "better than the <year>
    campaign", "<show>, has it been on since <year>")."""
    if not 0 <= at - ref.end <= YEAR_REACH:
        return False
    between = ent.tokens[ref.end : at]
    if any(t.w in lex.person_pronouns or t.s in lex.separators or (not (
            t.w in lex.stopwords or t.s in lex.video_words or t.w in lex.within_words)
            and not any(m.start <= k < m.end for m in ent.query.get("posting", ())))
            for k, t in enumerate(between, ref.end)):
        return False
    if any(m.end == at and m.payload in ("before", "after") for m in ent.query.get("when", ())):
        return False  # ("has it been on since <year>": a time bound, no claim of when it was posted)
    after = at + 1
    return after >= len(ent.tokens) or ent.tokens[after].s in lex.video_words or ent.words[after] in (
        lex.campaign_spans) or ent.tokens[after].s in lex.separators or any(
            m.start == after for m in ent.query.get("premise", ()))


def _place_then_guess(ent: Entities, lex: Lexicon, ref: VideoRef) -> bool:
    """ "what was #2 on the list, the <title>?", "whats at no. 4 — <title>?": a place asked, then the video guessed at
    it, set apart after it and ending the question (not "what number is <title>")."""
    first = re.split(r"[?!]", ent.text, maxsplit=1)[0]  # (the guess in the question's first sentence)
    if not (ent.words[0] in lex.which_asks and ent.rank_at and len(ent.videos) == 1
            and max(ent.rank_at) < ref.start and GUESS_MARKS.intersection(first) and len(words(first)) > ref.start):
        return False
    at = max(ent.rank_at)
    if not (ent.words[at][:1] in PLACE_FIGURES or (at > 0 and ent.words[at - 1] in lex.rank_words)):
        return False  # (a place said in figures or after "number": not "which came first, <title> or ...")
    # (no second question or a side joined between or after: "what's #2 and what did <title> get", "#3 or <title>",
    # "what was #1, <title> or <title>"; nor a place in the posting order: "what was posted first, the <title>?")
    rest = (*ent.tokens[at + 1 : ref.start], *ent.tokens[ref.end :])
    return not any(t.s in lex.separators or t.w in lex.which_asks for t in rest) and not (
        "versus" in ent.query or "comparative" in ent.query or "relative" in ent.query or "posting" in ent.query)


def _posted_places(ent: Entities, lex: Lexicon) -> list[int]:
    """Places said right before a posting word ("the first posted", "the first one posted"): of the posting order."""
    posting_at = [m.start for m in ent.query.get("posting", ())]
    # (or right after one: "which was posted first", "which came out first")
    ends = {m.end for m in ent.query.get("posting", ())}
    # ("the first vid they posted": who posted it, between, is no word of the place's)
    return [r for r, at in zip(ent.ranks, ent.rank_at, strict=False)
            if at in ends or any(0 < p - at - sum(w in lex.tag_pronouns for w in ent.words[at + 1 : p])
                                 <= POSTED_PLACE_REACH for p in posting_at)] if posting_at and ent.ranks else []


def posting_place_put(ent: Entities, lex: Lexicon) -> bool:
    """A place in the posting order said of one video to check: as a claim ("..., right?"), opened as yes or no
    ("was <title> posted 3rd"), so opened right after the video ("the <title> vid, was that posted 2nd"), or the
    place ending the question ("<title> posted 2nd?"); not "when was <title> first posted?"."""
    if not ent.videos or not ent.rank_at:
        return False
    k = ent.videos[0].end
    k += k < len(ent.tokens) and ent.tokens[k].s in lex.video_words
    if _put_as_claim(ent, lex):
        return True
    # ("the first vid they put out was <title>": the place said, then the video said to be it, a statement)
    start = ent.videos[0].start
    start -= start > 0 and ent.words[start - 1] in lex.determiners
    if start > max(ent.rank_at) + 1 and ent.words[start - 1] in lex.place_restated \
            and ent.words[0] not in lex.question_words and not (ent.months or (ent.days and ent.query.get("when"))):
        return True
    # (not "which of <title> and ... was posted first": a question word first asks which; nor "<title> vs the one
    # posted 2nd?": a comparison)
    return ent.words[0] not in lex.question_words and "versus" not in ent.query and "comparative" not in ent.query and (
        (k < len(ent.words) and ent.words[k] in lex.yes_no_openers)
        or (ent.text.rstrip().endswith("?") and max(ent.rank_at) == len(ent.words) - 1))


def _by_posting(lex: Lexicon) -> list[Video]:
    """The videos with a posting date, earliest first."""
    return [lex.dataset.videos[k] for k in posting_order(lex)]


def _rounded_to(said: float, views: int) -> bool:
    """Whether a figure asked about is the count rounded as coarsely as it is written ("did it get 13 million"
    of 13,400,000: about right, no false claim)."""
    step = 10 ** (len(str(int(said))) - len(str(int(said)).rstrip("0"))) if said >= 1 else 1
    return step > 1 and round(views / step) * step == int(said)


def confirmation(ent: Entities, lex: Lexicon) -> tuple[Video, str] | None:
    """A yes/no question stating when one named video was posted, rightly ("was <title> posted in November?",
    "... on the day the article is dated?"): the video and the fact confirmed (empty for a video with no date to
    check it by), or None."""
    found = ent.query
    if (posted_places := _posted_places(ent, lex)) and len(ent.videos) == 1 and ent.videos[0].strong \
            and posting_place_put(ent, lex) and not ent.numbers:
        # ("the first posted video was <title> right?": its place in the posting order, rightly claimed)
        video, by_posting = lex.dataset.videos[ent.videos[0].best], _by_posting(lex)
        k = posted_places[0]
        if 1 <= k <= len(by_posting) and by_posting[k - 1] is video and video.tweet and video.tweet.date:
            return video, (f"{video.title.rstrip('.')} is the {fmt.ordinal(k)} posted "
                           f"({fmt.day(video.tweet.date)})")
    if (ends := [m.payload for m in found.get("order", ()) if m.payload in ("posted_desc", "posted_asc")]) and len(
            ent.videos) == 1 and ent.videos[0].strong and found.get("premise") and not (ent.numbers or ent.ranks):
        # ("tweeted earliest? was it <title>?": the end of the posting order claimed, rightly)
        video = lex.dataset.videos[ent.videos[0].best]
        dated = _by_posting(lex)
        latest = ends[0] == "posted_desc"
        if dated and video is (dated[-1] if latest else dated[0]) and video.tweet and video.tweet.date:
            return video, (f"{video.title.rstrip('.')} is the {'latest' if latest else 'earliest'} posted "
                           f"({fmt.day(video.tweet.date)})")
    if "weekday" in ent.query and len(ent.videos) == 1 and ent.videos[0].strong and _put_as_claim(ent, lex) and (
            said_days := _weekdays_claimed(ent, lex, ent.videos[0])) and not (ent.days or ent.months or ent.ranks):
        # ("was <title> a sunday": its weekday, rightly claimed; none to check for a video with no date)
        video = lex.dataset.videos[ent.videos[0].best]
        d = video.tweet.date if video.tweet else None
        # (not "a weekday or a weekend post": a choice offered, its day said without a yes)
        return (video, "") if d is None else (video, f"{video.title} was posted on {d:%A} {fmt.day(d)}") if (
            d.weekday() in said_days and len(ent.query["weekday"]) == 1) else None
    if ent.days and len(ent.videos) == 1 and ent.videos[0].strong and (week := week_said(ent, lex)) is not None \
            and _put_as_claim(ent, lex):
        # ("was <title> posted the week of 9 Dec?": its day within that week, rightly claimed)
        video = lex.dataset.videos[ent.videos[0].best]
        d = video.tweet.date if video.tweet else None
        if d is None:
            return video, ""
        start, end = week
        return (video, f"{video.title.rstrip('.')} was posted on {fmt.day(d)}, in the week {fmt.day(start)} to "
                       f"{fmt.day(end)}") if start <= d <= end else None
    on_article = bool(found.get("article")) and not (ent.months or ent.days)
    if len(ent.videos) != 1 or not ent.videos[0].strong or not ent.words or not (
            ent.months or ent.days or on_article):
        return None
    if not _put_as_claim(ent, lex):
        return None
    if (found.get("operation") or found.get("relative") or found.get("when") or found.get("negate")
            or found.get("order") or found.get("half") or ent.ranks or ent.numbers or ent.years):
        # ("was it posted two days after ...", "wasn't it in November", "the first posted in November", "early
        # November", "in November 2018", "on the 32nd"): more than the date asked, or not only it
        return None
    video = lex.dataset.videos[ent.videos[0].best]
    d = video.tweet.date if video.tweet else None
    if d is None:
        return video, ""  # ("was <undated title> posted in November?": no date to confirm or correct it by)
    if on_article:
        published = lex.dataset.source.published
        return (video, f"{video.title} was posted on {fmt.day(d)}, the article's date") if d == published else None
    if d is None or (ent.days and (d.month, d.day) not in ent.days) or (ent.months and d.month not in ent.months):
        return None
    return video, f"{video.title} was posted on {fmt.day(d)}"


def _put_as_claim(ent: Entities, lex: Lexicon) -> bool:
    """A question that states something to confirm: a premise phrase ("..., right?") or a yes/no opening ("was")."""
    return bool(ent.query.get("premise")) or (bool(ent.words) and ent.words[0] in lex.yes_no_openers)


def figure_set_against(ent: Entities, lex: Lexicon) -> float | None:
    """ "<title> vs 3 million, gap", "how far off 3m was <title>": one figure, right after the words that set it
    against something and a gap asked, is a bar, not a claim of a video's count; the figure, else None."""
    if len(ent.numbers) != 1 or ent.thresholds:
        return None
    num = ent.numbers[0]
    if said_before(ent.words, num.start, lex.figure_gaps) and (num.scaled or num.value >= FIGURE_MIN):
        return num.value  # ("how far from 4 mil is <title>")
    if not any(m.payload == "difference" for m in ent.query.get("operation", ())):
        return None
    if not num.scaled and num.value < FIGURE_MIN:
        return None
    setting = [*ent.query.get("versus", ()), *ent.query.get("operation", ())]
    # ("gap between <title> and 3m": the second of the two "between" joins)
    joined = num.start > 0 and ent.words[num.start - 1] in lex.separators and any(
        m.payload == "between" and m.end < num.start for m in ent.query.get("when", ()))
    # ("how close to 3.5m": a word of a range or a span between; "thats basically 10m right, how far off": the gap
    # asked last, of the figure said before it)
    linked = {m.start for unit in ("range", "when") for m in ent.query.get(unit, ()) if m.end == num.start}
    return num.value if joined or any(m.end == num.start or (m.end + 1 == num.start and m.end in linked)
                                      or (m.end == len(ent.words) and m.start > num.end and m.payload == "difference")
                                      for m in setting) else None


def against_bar(ent: Entities, lex: Lexicon, set_against: float | None = None) -> tuple[Video, str] | None:
    """"is X over or under 2.75 mil", "did X crack 3 million", "was the 2nd video under 10m", "how far off 3m was X":
    where one named video, or the video at one place asked as a yes/no question or a claim, stands to a figure
    (`set_against`: the figure `figure_set_against` found, when no bound word says one)."""
    refs = list(dict.fromkeys(r.best for r in ent.videos if r.strong))  # (a video said twice is one: its quote too)
    asked = (ent.words[0] in lex.yes_no_openers or "premise" in ent.query) and not ent.query.get("order")
    gap = any(m.payload == "difference" for m in ent.query.get("operation", ())) and all(
        m.payload == "views_desc" for m in ent.query.get("order", ()))
    if not ent.videos and len(ent.ranks) == 1 and 1 <= ent.ranks[0] <= len(lex.by_place) and (asked or gap):
        # ("was the 2nd video under 10m", "how far short of 10m was the 2nd most viewed": the video at that place)
        refs = [lex.by_place[ent.ranks[0] - 1]]
    elif len({r.best for r in ent.videos}) != 1:
        return None
    if (len(refs) != 1 or (len(ent.thresholds) != 1 and set_against is None) or ent.query.get("negate")
            or any(t.w in lex.video_plurals for t in ent.tokens)):
        return None
    if ent.videos and said_left_out(ent, lex, ent.videos[0]):
        return None  # ("is the total with <title> excluded over 40m?": the others' figure, not the video's)
    if ent.videos and any(m.end <= ent.videos[0].start for m in ent.query.get("relative", ())) and (
            counted := _counted_from(ent, lex, refs[0])) != refs[0]:
        # ("is the one below <title> over 4 mil", "did the vid 2 above <title> crack 3m": the video that far from it;
        # not "was <title> over or under 6 million")
        if counted is None:
            return None
        refs = [counted]
    video = lex.dataset.videos[refs[0]]
    bar, views = ent.thresholds[0][1] if ent.thresholds else set_against or 0.0, video.views
    return video, f"{video.title.rstrip('.')} has {fmt.count(views)} views: {fmt.against(views, bar)}"


def _counted_from(ent: Entities, lex: Lexicon, named: int) -> int | None:
    """The video one place (or the number said before "above"/"below") from the one named, in views, when one
    neighbour is said before it ("the one below <title>"); the one named when none is ("over/under 10m on <title>");
    None when it is past an end or the words are of more than one neighbour."""
    rels = ent.query["relative"]
    if len(rels) != 1 or not ent.videos or rels[0].end > ent.videos[0].start or "posting" in ent.query:
        return None  # (not "is the one posted after <title> over 3m": the posting order, read by the query)
    m = rels[0]
    j = m.start - (m.start > 0 and stem(ent.words[m.start - 1]) in lex.rank_words)
    # (a count of places before it, "the vid 2 above"; not "one", the video itself, "next one after")
    count = lex.whole_number(ent.words[j - 1]) if j > 0 and ent.tokens[j - 1].s not in lex.video_words else None
    k = j - (count is not None) - 1
    while k >= 0 and ent.words[k] in lex.next_only_words:
        k -= 1
    # (a neighbour said as one: "the one below <title>", "the vid 2 above <title>"; not "over/under 10m on <title>",
    # a bound said before the video)
    if k < 0 or not (ent.tokens[k].s in lex.video_words or ent.words[k] in lex.determiners):
        return named
    place = lex.by_place.index(named) + (count or 1) * (1 if m.payload in ("below", "after") else -1)
    return lex.by_place[place] if 0 <= place < len(lex.by_place) else None


def _figure_words(figure: Metric) -> str:
    """A campaign figure as the article gives it: "<label> had over 86,000,000 Facebook views"."""
    unit = f"{figure.platform.title()} {figure.measure}" if figure.platform else figure.measure
    during = f" in {figure.period.label}" if figure.period else ""
    return (f"{figure.label} had {figure.qualifier + ' ' if figure.qualifier else ''}{fmt.count(figure.value)} "
            f"{unit}{during}")


def _claimed_family(ent: Entities, lex: Lexicon) -> list[Metric]:
    """The campaign figures a claim may be about: of the measure, platform and year said (views when none is)."""
    measures = {m for m in ent.measures if m != "views"} or {"views"}
    return [m for m in lex.dataset.metrics if m.measure in measures
            and (not ent.platforms or m.platform in ent.platforms)
            and (not ent.years or (m.period is not None and m.period.year in ent.years))]


def figure_confirmed(ent: Entities, lex: Lexicon) -> str | None:
    """ "true or false: <party> got over 86 million on facebook": a campaign figure claimed of its own subject as the
    article gives it (a bound said only in the article's own word, "over"): the figure; else None."""
    if not ent.numbers or "premise" not in ent.query or ent.videos or len(ent.numbers) > 1 or not \
            ent.query.keys().isdisjoint(("comparative", "operation", "range")):
        return None
    said = ent.numbers[0]
    tokens = ent.tokens
    # (not "never got ...", "in december", "per video", "on one video": a claim of another figure than theirs)
    if "negate" in ent.query or not lex.claim_denials.isdisjoint(ent.words) or ent.months or ent.days or not \
            lex.per_words.isdisjoint(ent.words) or any(t.s in lex.video_words and t.w not in lex.video_plurals
                                                       for t in tokens):
        return None
    family = _claimed_family(ent, lex)
    for subject in ent.subjects():
        start = ent.spans.get(subject, (-1, -1))[0]
        own = [m for m in family if subject in (m.subject, *m.with_)]
        if len(own) != 1 or not said.scaled or not 0 < said.start - start <= CLAIM_FIGURE_REACH:
            continue
        figure = own[0]
        qualifier = words(figure.qualifier or "")
        own_word = bool(qualifier) and ent.words[said.start - len(qualifier) : said.start] == qualifier
        # (a bound said only in the article's own word, "over 86 million", and then to the unit; a hedge, "nearly",
        # only when it is the article's; every platform named the figure's own)
        bound = any(abs(t[1] - said.value) < 1e-9 for t in ent.thresholds) or lex.hedged_at(ent.words, said.start)
        if (said.value == figure.value if bound else abs(said.value - figure.value) <= TOLERANCE * figure.value) \
                and (not bound or own_word) and set(ent.platforms) <= {figure.platform}:
            return _figure_words(figure)
    return None


def figure_claimed(ent: Entities, lex: Lexicon, stated: bool = False) -> str | None:
    """ "<party> had 86 million on facebook, right?": a campaign figure said of a party or person, when the data
    says otherwise: what it is, and whose the figure said is if it is another's; None when it matches or none is
    claimed. `stated`: the words are a clause stating it before a question, no "right?" needed."""
    # (a bound, "more than 80m", "under 30m", a range or a gap, "61m more than <party>", is no figure claimed)
    # (or the statement asked back, no question word: "<name>'s 2017 retweets were 2.4m?")
    # (not "2.4k or 2.4 mil?": a choice of figures offered)
    if not ent.numbers or ("premise" not in ent.query and not stated and not (
            (asked_back(ent, lex) or ent.words[0] in lex.yes_no_openers) and lex.way_joins.isdisjoint(ent.words))) \
            or ent.videos or ent.thresholds or \
            "range" in ent.query or (
            "comparative" in ent.query or "operation" in ent.query):
        return None
    family = _claimed_family(ent, lex)
    starts = {s: ent.spans.get(s, (-1, -1))[0] for s in ent.subjects()}
    if not starts and len(owners := {m.subject for m in family}) == 1 and ent.measure_starts:
        # ("the retweets in 2017 were 2.4m": one person's figures only, the measure said in place of whose)
        starts = {owners.pop(): min(ent.measure_starts)}
    for subject, start in starts.items():
        # (the figure said right after the subject: "<party> had 86 million")
        said = next((n for n in ent.numbers if n.scaled and 0 < n.start - start <= CLAIM_FIGURE_REACH), None)
        own = [m for m in family if subject in (m.subject, *m.with_)]
        if said is None or len(own) != 1 or start < 0 or lex.amount_after.intersection(
                ent.words[said.end : said.end + 2]):
            continue  # ("<party> got 61m more": a gap said, no figure of theirs)
        figure = own[0]
        if abs(said.value - figure.value) <= TOLERANCE * figure.value or _fits_qualifier(said.value, figure):
            continue  # (a true claim, or a rounding of it, or one the article's "over", "around" allows)
        years_at = [k for k, w in enumerate(ent.words) if w.isdigit() and int(w) in ent.years]
        if years_at and min(years_at) > said.end and any(
                n.scaled and said.end <= n.start < min(years_at) for n in ent.numbers) and any(
                m.measure == figure.measure and abs(said.value - m.value) <= TOLERANCE * m.value
                for m in lex.dataset.metrics):
            continue  # ("2.4m over 52 days, compared with 1.4m in 2017": the year said later is another figure's)
        words_ = _figure_words(figure)
        # (another figure of the measure, of another year too: "<name>'s <earlier year's figure>, that was this
        # campaign yeah?")
        whose = next((m for m in lex.dataset.metrics if m is not figure and m.measure == figure.measure
                      and abs(said.value - m.value) <= TOLERANCE * m.value), None)
        # (the figure said is not repeated: a reply quoting it back reads as confirming it)
        owner = "" if whose is None else fmt.possessive(whose.label) + (
            f" for {whose.period.label}" if whose.period and whose.period != figure.period else "")
        return f"{words_}, not the figure in the question" + (
            f"; that figure is {owner} ({whose.qualifier + ' ' if whose.qualifier else ''}{fmt.count(whose.value)})"
            if whose else "")
    return None


def _fits_qualifier(said: float, figure: Metric) -> bool:
    """Whether a figure said agrees with the article's bounded one: "90 million" with "over 86 million", "24 million"
    with "around 25 million" (within a modest reach of it, on the side the qualifier leaves open)."""
    value, reach = figure.value, QUALIFIED_REACH * figure.value
    if figure.qualifier in ("over", "more than"):
        return value <= said <= value + reach
    if figure.qualifier == "under":
        return value - reach <= said <= value
    if figure.qualifier in ("almost", "nearly"):
        return value - reach <= said <= value * (1 + TOLERANCE)
    if figure.qualifier in ("around", "about"):
        return abs(said - value) <= reach
    return False


def _comparison(ent: Entities, lex: Lexicon) -> tuple[Video, str] | None:
    """"A got more views than B" (or fewer) between two named videos, when the data says otherwise."""
    said = ent.query.get("comparative", [])
    refs = [r for r in ent.videos if r.strong]
    # ("if A doubled, would it pass B": a side scaled, no claim about the two counts)
    # ("if A had 500k more, would it pass B": a hypothetical, no claim either)
    if len(said) != 1 or len(refs) != 2 or ent.query.get("factor") or not lex.hypothetical_words.isdisjoint(
            ent.words) or not (
            refs[0].end <= said[0].start and said[0].end <= refs[1].start):
        return None
    if (way := lex.way_asked(ent.words)) is not None and way[0] + 2 == said[0].start:
        return None  # ("is A more or less than B": a choice asked, no claim)
    first, second = (lex.dataset.videos[r.best] for r in refs)
    if first is second or first.views == second.views:
        return None
    claims_more = said[0].payload == "more"
    if (first.views > second.views) == claims_more:
        return None
    big, small = (first, second) if first.views > second.views else (second, first)
    return big, (f"{big.title.rstrip('.')} had more views ({fmt.count(big.views)}) than "
                 f"{small.title.rstrip('.')} ({fmt.count(small.views)})")


def _place_found(ent: Entities) -> Mapping[str, list[Match]]:
    """What was found in a question of a place's poster: "post the most" before a measure is no operation ("did
    <name> post the most viewed video": a place in the views order, not who posted the most videos)."""
    if any(m.payload == "posters" and m.end + 1 in ent.measure_ends for m in ent.query.get("operation", ())):
        return {unit: said for unit, said in ent.query.items() if unit != "operation"}
    return ent.query


def place_poster_claimed(ent: Entities, lex: Lexicon, by_rank: list[Video]) -> tuple[Video, str, bool | None] | None:
    """ "was #2 posted by <name>?", "was the top video posted by <name>": the video at the one place said in the views
    order, what is so of its poster and whether the one named posted it (None: the article gives no poster), else
    None."""
    found = _place_found(ent)
    posting = bool(found.get("posting") or ent.cue("poster"))
    if ent.videos or len(ent.people) != 1 or not (posting or ent.words[0] in lex.yes_no_openers) \
            or _no_place_of_views(ent, lex, found) or (said_place := _views_place(ent, found)) is None:
        return None
    place, least, said_end = said_place
    # (only video words between the place and the posting said, or the end: not "the most viewed <party> video posted by
    # <name>", a set the place is in)
    k = said_end
    while k < len(ent.tokens) and ent.tokens[k].s in lex.video_words:
        k += 1
    posts = (*found.get("posting", ()), *ent.cue_matches.get("poster", ()))
    who = ent.people[0]
    start, end = ent.spans.get(who, (-1, -1))
    last = ent.words[end - 1]  # ("<name>s": typed in haste)
    # ("was the top video <name>'s own tweet, or someone else's": whose it is, asked of the place said)
    whose = start == k and (said_as_whose(ent, end - 1) or (last.endswith("s") and last[:-1] in lex.name_words))
    if not whose and not posting:
        return None
    if not whose and k < len(ent.tokens) and k not in {m.start for m in posts} and not _poster_stated(
            ent, lex, k, posts, start):
        # ("the top video, did <name> post it": the place said first, then asked of its poster)
        j = k + (ent.words[k] in lex.yes_no_openers)
        post = next((m for m in posts if m.start == end), None)
        # (of the video said: "it" after the posting, or nothing; not "did <name> post any others")
        if not (j == start and post is not None and (
                post.end == len(ent.words) or ent.words[post.end] in lex.video_pronouns)):
            return None
    if (at := _at_place(by_rank, place, least)) is None:
        return None
    video, said = at
    if video.tweet is None or video.tweet.by is None:
        return video, f"The article gives no poster for {said}", None
    if video.tweet.by == who:
        return video, f"{said} was posted by {_name(lex, who)}", True
    return video, f"{said} was posted by {_name(lex, video.tweet.by)}, not {_name(lex, who)}", False


def _poster_stated(ent: Entities, lex: Lexicon, at: int, posts: tuple[Match, ...], name_start: int) -> bool:
    """Whether from word `at` a poster is stated of the place said before it: function or list words with a "was"
    among them, then the posting and the name ("the top vid on the list was tweeted by <name>?"; not "the top vid
    that was posted by <name>", the set it is the top of)."""
    words, k = ent.words, at
    if not lex.possessive_pronouns.isdisjoint(words[:at]):
        return False  # ("his top video was posted by <name>": the top of theirs, not of the list)
    starts = {m.start: m for m in posts}
    while k < len(words) and k not in starts and (words[k] in lex.stopwords or words[k] in lex.list_nouns) \
            and words[k] not in lex.which_asks and not (  # ("on the list": a determiner of the list, not "that")
                words[k] in lex.determiners and not (k + 1 < len(words) and words[k + 1] in lex.list_nouns)):
        k += 1
    return k in starts and starts[k].end <= name_start <= starts[k].end + 1 and any(
        words[i] in lex.yes_no_openers for i in range(at, k))


def poster_chosen(ent: Entities, lex: Lexicon, by_rank: list[Video]) -> tuple[Video, str] | None:
    """ "did <A> or <B> post #1?", "who posted the <title> one, <A> or <B>": the poster of one video said (by its
    place in the views order or by name), a choice of two people offered, else None."""
    found = _place_found(ent)
    if len(ent.people) != 2 or not (found.get("posting") or ent.cue("poster")) or names_offered(ent, lex) is None \
            or (not ent.videos and _no_place_of_views(ent, lex, found)):
        return None  # (a video named: its title's topic is no figure ruling a place out)
    if ent.videos:
        if found.get("order") or ent.ranks or len({r.best for r in ent.videos}) != 1 or not ent.videos[0].strong \
                or (ent.videos[0].group and ent.videos[0].end < len(ent.words)  # ("post more <topic> videos")
                    and ent.words[ent.videos[0].end] in lex.video_plurals) \
                or any(r.start < end and start < r.end for r in ent.videos for start, end in (
                    ent.spans.get(p, (-1, -1)) for p in ent.people)):
            # (not a name read as the one video its owner posted: "did <A> or <B> post more videos")
            return None
        video = lex.dataset.videos[ent.videos[0].best]
        said = video.title.rstrip(".")
    else:
        if (said_place := _views_place(ent, found)) is None or (
                at := _at_place(by_rank, *said_place[:2])) is None:
            return None
        video, said = at
    if video.tweet is None or video.tweet.by is None:
        return video, f"The article gives no poster for {said}"
    if video.tweet.by in ent.people:
        return video, f"{said} was posted by {_name(lex, video.tweet.by)}"
    offered = " or ".join(_name(lex, p) for p in ent.people)
    return video, f"{said} was posted by {_name(lex, video.tweet.by)}, not {offered}"


def _no_place_of_views(ent: Entities, lex: Lexicon, found: Mapping[str, list[Match]]) -> bool:
    """Whether a question of a video's poster says something beside a place in the views order that rules the place
    out: a figure, a date, a party, a topic, the bonus, a platform, another order or working."""
    # (not "was the first posted video by <name>": a place in the posting order; nor "the most liked", "the most
    # viewed <party> video", "the top facebook video": a figure, a party's or a platform's the views order is not)
    return bool(ent.numbers or ent.days or ent.months or ent.years or ent.thresholds or ent.parties or ent.topics
                or ent.bonus or ent.platforms_named) or not found.keys().isdisjoint(_NO_PLACE_CLAIM) \
        or any(m.payload not in ("views_desc", "views_asc") for m in found.get("order", ())) \
        or not set(ent.measures) <= lex.video_measures


def _views_place(ent: Entities, found: Mapping[str, list[Match]]) -> tuple[int, bool, int] | None:
    """The one place said in the views order ("#2", "the top video", "the 2nd least viewed"): the place, whether it
    is counted from the least viewed end, and where its words end; else None."""
    orders = found.get("order", ())
    least = any(m.payload == "views_asc" for m in orders)
    if len(set(ent.ranks)) == 1:
        return ent.ranks[0], least or bool(ent.cue("least")), max([ent.rank_at[-1] + 1, *(m.end for m in orders)])
    if not ent.ranks and orders and not any(w.isdigit() for w in ent.words):
        # ("the top video", "the least viewed one"; not "any video in the top 10 ...", "the most loved")
        return 1, least, max(m.end for m in orders)
    return None


def _at_place(by_rank: list[Video], place: int, least: bool) -> tuple[Video, str] | None:
    """The video at a place in the views order (counted from the end when `least`) and how it is said ("<title>
    (#3)"), or None past the list's ends."""
    if not 1 <= place <= len(by_rank):
        return None
    video = by_rank[-place] if least else by_rank[place - 1]
    return video, f"{video.title.rstrip('.')} (#{len(by_rank) + 1 - place if least else place})"


def _name(lex: Lexicon, ident: str) -> str:
    person = lex.dataset.person(ident)
    return person.name if person else ident


def _month(month: int) -> str:
    return calendar.month_name[month]


def platform_mistaken(ent: Entities, lex: Lexicon) -> tuple[str, str] | None:
    """ "<party> got 86m tiktok views vs <party> 25m": campaign figures said as the article gives them, on a platform
    it gives none for, or only other figures for: (the question with their own platform named, the correction to say
    first), else None."""
    held = lex.metric_platforms.union(lex.dataset.video_views.platforms)
    said_on = list(dict.fromkeys(ent.platforms))
    wrong = [p for p in said_on if p not in held]
    figures = [n for n in ent.numbers if n.scaled]
    if len(wrong) > 1 or not figures or (not wrong and len(said_on) != 1):
        return None
    metrics = [m for m in lex.dataset.metrics if m.platform]
    fits = [{m.platform for m in metrics if abs(m.value - n.value) <= TOLERANCE * n.value} for n in figures]
    if not all(fits) or len(right := set.union(*fits)) != 1:
        return None
    platform = right.pop()
    assert platform is not None
    # ("... 25m views on twitter? or was it facebook": two platforms offered as a choice, the figure one's)
    named = list(dict.fromkeys(ent.platforms_named))
    offered = len(named) == 2 and platform in named and not ent.platforms_joined and not lex.way_joins.isdisjoint(
        ent.words)
    if not wrong or offered:
        # ("<party> had 86m views on twitter?": a platform the data holds figures for, not this one's)
        wrong = [p for p in (named if offered else said_on) if p != platform]
    if not wrong or (platform in ent.platforms_named and not offered):
        return None  # ("<party> got 86m on facebook, what about instagram": the figure said with its own platform)
    forms = sorted(lex.platform_forms.get(wrong[0], ()), key=len, reverse=True)
    if not forms:
        return None
    mended = re.sub(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b", platform, ent.text, flags=re.IGNORECASE)
    said = " and ".join(fmt.count(n.value) for n in figures)
    kind = f"{lex.platform_name(platform)} figures" if len(figures) > 1 else f"a {lex.platform_name(platform)} figure"
    return mended, f"No: {said} {'are' if len(figures) > 1 else 'is'} {kind} in the article, not " \
                   f"{lex.platform_name(wrong[0])}."


def other_at_place(ent: Entities, lex: Lexicon) -> tuple[str, str] | None:
    """ "the view count for the <someone else> vid at no 7": a place in the list said to be the video of someone the
    data does not carry: (the question without that name, the correction to say first), else None."""
    if len(ent.other_spans) != 1 or len(ent.others) != 1 or len(set(ent.ranks)) != 1 or ent.videos or ent.people \
            or ent.parties:
        return None
    start, end = ent.other_spans[0]
    rank = ent.ranks[0]
    if end >= len(ent.words) or ent.words[end] not in lex.video_words or not 1 <= rank <= len(lex.by_place):
        return None  # (someone's video, not "<someone> vs #7" nor "did <someone> beat the 7th")
    name = r"\W+".join(map(re.escape, ent.words[start:end]))
    mended, said = re.subn(rf"\b{name}(?:['’]s)?\b", "", ent.text, count=1, flags=re.IGNORECASE)
    if not said:
        return None  # (written in a form the words do not show: the question is declined as before)
    title = lex.dataset.videos[lex.by_place[rank - 1]].title
    who = ent.others[0].title()
    return mended, f"No: #{rank} is {title}, not a video of {who}; I have nothing on {who}."
