"""A message that asks two things one after the other ("which video came fifth, and how did he describe it in his
tweet?"): each part answered, the later ones as follow-ups (their "it" is the part before's video), in one reply.

Tried when the message as a whole is declined (the whole, answered, has read its parts together better than they
read apart), or when a question word after a joining word asks a second thing the whole left out ("which came 1st
and which came last": see Engine._each_asked). The parts are its sentences that ask, or the clauses a comma and a
question word start (", and how ..."), or two halves a joining word splits ("<A> AND <B>"); two comparisons of four
places ("how much did #1 beat #2 and #3 beat #4") are split before the whole is read, which would set three of them
against one. Numbered parts ("1) ... 2) ...") declined as a whole are each answered, and what a part asks that the
data lacks is said after the answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.engine.answer import LACKED, Answer, Link
from bot.engine.conversation import EMPTY, converse, resolved
from bot.engine.entities import Entities, extract
from bot.engine.normalise import SENTENCE_END, words
from bot.engine.query_parse import TWO_SIDED

if TYPE_CHECKING:
    from bot.engine import Engine
    from bot.engine.lexicon import Lexicon

_CLAUSE = re.compile(r"[,;]\s*(?:&\s+)?(?=[a-z])", re.IGNORECASE)  # where a clause may start (a word after it)
MAX_PARTS = 3  # questions answered in one reply at most
# "1) ", "(2) ", "3. ": a numbered part's mark (with a lexicon, its words too: "step 1 ", "q2) ")
_NUMBERED = re.compile(r"(?:^|(?<=\s))\(?(?P<mark>[1-9])[).]\s+")
MAX_NUMBERED = 5  # numbered parts answered in one reply at most
# Between asks listed: a comma (not a thousands one) or question marks, and a joining word after it
_LISTED = re.compile(r"\s*(?:,(?!\d)|;|\?+)\s*(?:(?:and|n|&|also|plus)\s+)?"
                     r"|\s+and\s+(?=(?:which|what|whats|how|who|when|where)\b)", re.IGNORECASE)
MAX_LISTED = 4  # listed asks answered in one reply at most
SHORT_AFTER_COMPARISON = 3  # words at most of a listed ask a comparison before it answers ("which higher")
BARE_OPERATION = 5  # words at most of a last listed ask that only names an operation ("and combined")
FIELDS = ("poster", "handle", "date", "text", "link", "rank_of")  # what a listed ask may name of a video
LISTED_FRAGMENT = 4  # words at most of a listed ask that names only a field or a place next to the last ("date")


def numbered_parts(text: str, lex: Lexicon | None = None) -> list[str] | None:
    """The parts of a message numbered "1) ... 2) ..." in order (two or more), else None; before the first, at most
    words that ask nothing ("helping my son with his homework 1) ... 2) ..."; not "which came 4th? 1) <title> 2)
    <title>", options to choose from)."""
    numbered = lex.numbered_marks if lex is not None and lex.numbered_marks is not None else _NUMBERED
    marks = list(numbered.finditer(text))
    if len(marks) < 2 or [int(m.groupdict().get("said") or m["mark"]) for m in marks] != list(
            range(1, len(marks) + 1)) or len(marks) > MAX_NUMBERED or any(c in text[: marks[0].start()] for c in "?:"):
        return None
    ends = [m.start() for m in marks[1:]] + [len(text)]
    parts = [text[m.end() : end].strip(" ,;") for m, end in zip(marks, ends, strict=True)]
    # (what is said before the first is part of it: "<title> - Q1 views, Q2 date ...": the video asked about)
    lead = text[: marks[0].start()].strip(" -\u2014\u2013,;")
    if lead and lex is not None and _asks_of_parts(lead, lex):
        return None  # ("add these up 1) <title> 2) <title>": one thing asked of the parts, read whole)
    return [f"{lead} {parts[0]}" if lead else parts[0], *parts[1:]] if all(parts) else None


def _asks_of_parts(lead: str, lex: Lexicon) -> bool:
    """Whether words before numbered parts ask one thing of them all: an operation, an order or a choice ("add these
    up", "sort these by date", "which is biggest")."""
    read = extract(lead, lex)
    return bool(read.query.keys() & {"operation", "order", "comparative"}) or not lex.which_asks.isdisjoint(read.words)


def each_part(engine: Engine, parts: list[str], every: bool = False) -> Answer | None:
    """Each numbered part answered in turn, the later ones as follow-ups to the one before; what a part asks that
    the data lacks said after the answers ("1) <title> views 2) how many likes": the views, and no likes held);
    `every`: None unless each part is answered about one video ("1) which had 6.5m 2) who posted it 3) what did
    they say"), the last of three or more may work on those before it ("1) <title> views 2) <title> views 3) total");
    not "1) <party> views 2) <party> views 3) gap", whose figures the whole sets together."""
    answers = [answer or engine.reply_alone(extract(part, engine.lexicon)) for part, answer in _in_turn(engine, parts)]
    answered = [a for a in answers if a.answered]
    single = [isinstance(a.details.get("video"), str) for a in answers]
    # (the whole read as one is not kept when a part asks what the data lacks, "1) his follower count 2) ...", or
    # when every part stands alone, "1) top 3 total 2) which is 3rd": each its own question)
    lacking = any(not a.answered and a.lines and a.lines[0].startswith(LACKED) for a in answers)
    lex = engine.lexicon
    alone = len(answered) == len(answers) and all(lex.leaning.isdisjoint(words(part)) for part in parts[1:]) and all(
        engine.reply_alone(extract(part, lex)).answered for part in parts)
    if every and not (lacking or alone) and (len(answered) < len(answers) or not all(single[:-1]) or not (
            single[-1] or len(answers) > 2)):
        return None
    if not answered:
        return answers[0]
    whole = joined(answered)
    # (what a part lacks, in its decline's own words; a part read as nothing, by its number)
    lacked = [a.lines[0] if a.lines and a.lines[0].startswith(LACKED) else f"Part {k}: I couldn't read that one."
              for k, a in enumerate(answers, 1) if not a.answered]
    return replace(whole, lines=(*whole.lines, *(line for line in dict.fromkeys(lacked) if line not in whole.lines)))


def parts_asked(engine: Engine, text: str) -> list[str] | None:
    """The questions a message asks one after the other (two or more), else None."""
    sentences = SENTENCE_END.split(text.strip())
    asked = [s for s in sentences if engine.asks(s)]
    if len(asked) > 1:
        return asked if len(asked) <= MAX_PARTS else None
    # ", and how did he describe it": a clause that opens with a question word asks a second thing
    lex = engine.lexicon
    for m in _CLAUSE.finditer(text):
        head, tail = text[: m.start()], text[m.end() :]
        said = words(tail)
        if said[:1] and said[0] in lex.clause_joins and len(parts := tail.split(None, 1)) == 2:
            said, tail = said[1:], parts[1]  # (", and how ...": the joining word no part of the second ask)
        if said and said[0] in lex.question_words and engine.asks(head) and len(words(head)) > 1:
            # (the rest split the same way: "which came 5th, whos the #1 vid, and when was the article written")
            rest = parts_asked(engine, tail) or [tail]
            return [head, *rest] if len(rest) < MAX_PARTS else [head, tail]
    return None


def halves_joined(engine: Engine, text: str, leaning: bool = False, spans_kept: bool = False) -> list[list[str]]:
    """Each way to read a message as two questions typed as one, split at a joining word ("<A> AND <B>", "<A> + <B>"),
    two words at least a side, at most MAX_PARTS ways; `leaning`: the second may lean on the first ("and what about
    the one before it")."""
    lex = engine.lexicon
    if lex.question_joins is None or "=" in text:
        return []  # ("#2 + #9 = ?": one sum)
    splits = [[text[: m.start()].strip(" ,;:"), text[m.end() :].strip(" ,;:")]
              for m in lex.question_joins.finditer(text)]
    # (not "split between facebook AND twitter for <title>": two platforms joined, one thing asked of both)
    platforms = lex.platform_words
    splits = [s for s in splits if not (words(s[0])[-1:] and words(s[1])[:1] and words(s[0])[-1] in platforms
                                        and words(s[1])[0] in platforms)]
    # (nor "days between <A> AND <B>": the two ends of one span, the second asking nothing of its own)
    # ("gap between <A> and <B> + gap between <C> and <D>": a span of its own in each)
    # (`spans_kept`: the caller reads whether the first half names both ends of its span itself)
    splits = [s for s in splits if spans_kept or lex.between_words.isdisjoint(words(s[0])) or not (
        lex.question_words.isdisjoint(words(s[1])) and lex.between_words.isdisjoint(words(s[1])))]
    # (each half asks alone: "... and how many videos are in it" leans on the first, which the whole reads)
    return [s for s in splits if all(len(words(part)) > 1 for part in s) and (
        leaning or not leans(lex, words(s[1])))][:MAX_PARTS]


def _in_turn(engine: Engine, parts: list[str]) -> Iterator[tuple[str, Answer | None]]:
    """Each part and its answer, the later ones as follow-ups to the one before (None: a later part read as no
    question at all)."""
    context = EMPTY
    for k, part in enumerate(parts):
        if k == 0:
            ent = extract(part, engine.lexicon)
            answer = engine.reply_alone(ent)
            context = resolved(engine, ent, answer, context, part)
            yield part, answer
        else:
            followed, context = converse(engine, part, context)
            yield part, followed


def listed_asks(engine: Engine, text: str) -> list[str] | None:
    """ "<title>: views? date? and which vid sits right above it", "which is just above <title>, which is just below,
    and what did it get": three or more asks listed with commas or question marks, the first naming what it asks
    about, each later one asking of its own (a question word; a field or a place next to it said in a few words; two
    things set against each other), else None; a later one naming two things and no more ("#2 and #3") asks what the
    first asked of them, a last one naming only an operation ("and combined") asks it of what the ones before named."""
    parts = [p for p in _LISTED.split(text) if p.strip(" .!")]
    if not 2 < len(parts) <= MAX_LISTED:
        return None
    lex = engine.lexicon
    reads = [extract(p, lex) for p in parts]
    topic = None
    if len({r.best for r in reads[0].videos}) == 1 and reads[0].videos[0].strong and not _asks_itself(
            reads[0], lex) and not reads[0].measures and "operation" not in reads[0].query and all(
            not _names_its_subject(read) for read in reads[1:]) and len(parts) > 3:
        # ("<title>, views, posted when, what's below it": the video named first, then what is asked of it)
        topic = engine.dataset.videos[reads[0].videos[0].best].title
        parts, reads = [f"{p} ({topic})" for p in parts[1:]], [extract(f"{p} ({topic})", lex) for p in parts[1:]]
    # (the first asks, not only names: "<A> vs <B>, which posted first, ..." is about the two, no views compared)
    videos = any(read.videos or read.ranks for read in reads)
    if "premise" in reads[0].query or not ((
            (videos and _names_its_subject(reads[0])) or reads[0].videos or "order" in reads[0].query
            or reads[0].months or reads[0].days) and (
            not lex.question_words.isdisjoint(reads[0].words) or "operation" in reads[0].query or bool(
                reads[0].measures) or any(reads[0].cue(f) for f in FIELDS if f != "rank_of")
            or "relative" in reads[0].query or (
                # ("<A> vs <B>, which had more, by how much": the two set against each other; not "<A> vs <B>,
                # which posted first": the two named, their dates asked)
                "versus" in reads[0].query and len({r.best for r in reads[0].videos}) == 2 and not any(
                    "posting" in read.query or read.cue("date") or read.cue("days") for read in reads[1:])))):
        return None
    head = _head(reads[0])
    for k in range(1, len(parts)):
        said = reads[k].words
        if k == len(parts) - 1 and not _names_its_subject(reads[k]) and len(said) <= BARE_OPERATION and (
                "operation" in reads[k].query or reads[k].cue("difference")) and (
                len(said) <= 2 or text.rstrip().endswith("?") or not lex.question_words.isdisjoint(said)):
            # (not a remark closing the message: "... feels like a huge gap")
            # ("3rd place views, 4th place views, and combined", "<A> date, <B> date, how many days apart": what the
            # ones before named, put together; "<A> views? and the one after it? gap?": the whole reads them so)
            if all(_names_its_subject(r) for r in reads[:k]):
                parts[k] = f"{parts[k]} " + " and ".join(parts[:k])
            elif len(firsts := list(dict.fromkeys(r.best for r in reads[0].videos))) > 1:
                # ("<A> vs <B>, which had more, by how much, combined": the two the first set against each other)
                parts[k] = f"{parts[k]} " + " and ".join(engine.dataset.videos[v].title for v in firsts)
            else:
                return None
        elif _asks_itself(reads[k], lex, last=k == len(parts) - 1 and not text.rstrip().endswith("?")):
            continue
        elif head and len({r.best for r in reads[k].videos} | set(reads[k].ranks)) == 2 and (any(
                m.payload in TWO_SIDED for m in reads[0].query.get("operation", ())) or reads[0].cue("difference")
                or (len({r.best for r in reads[0].videos} | set(reads[0].ranks)) == 2
                    and "operation" in reads[0].query)):
            # ("views #4 + #5, #6 + #7": pairs, the first's operation asked of each)
            # ("diff between #1 and #2, #2 and #3, and #3 and #4": the first's asking words said again of the next
            # ones; "days between <A> and <B>, between <C> and <D>": its word said once)
            parts[k] = " ".join([*head[: len(head) - (bool(said) and said[0] == head[-1])], parts[k]])
        else:
            return None
        reads[k] = extract(parts[k], lex)
    named = {r.best for r in reads[0].videos if r.strong}
    if len(named) == 1 and len(reads[0].videos) == 1 and all(
            m.payload in ("above", "below") for m in reads[0].query.get("relative", ())):
        # ("which is just above <title>, which is just below, ...", "what rank is <title>, views, ...": the video the
        # first asks about is the later ones' too, not the one its answer found; not "the one posted after <title>,
        # views": the one found; a later one saying "it" leans on the answer before)
        title = engine.dataset.videos[next(iter(named))].title
        pronouns = lex.video_pronouns | lex.person_pronouns
        parts = [parts[0], *(f"{p} ({title})" if not _names_its_subject(read) and pronouns.isdisjoint(read.words)
                             else p for p, read in zip(parts[1:], reads[1:], strict=True))]
    return parts


def _head(read: Entities) -> list[str]:
    """The words a part says before the first thing it names ("diff in views between" of "diff in views between #1
    and #2"), none when it names nothing or opens with it."""
    starts = [r.start for r in read.videos] + list(read.rank_at)
    return read.words[: min(starts)] if starts else []


def _names_its_subject(read: Entities) -> bool:
    """Whether a part names what it asks about: a video, a place, a party, a person, a time or a figure."""
    return bool(read.videos or read.ranks or read.parties or read.people or read.months or read.days or read.numbers
                or read.years)


def _asks_itself(read: Entities, lex: Lexicon, last: bool = False) -> bool:
    """Whether a listed part asks something of its own: a question word; a field, an operation or a place next to
    what came before, in a few words ("date", "right below it"; `last`, closing the message with no question mark: a
    remark, "feels like a huge gap"); two things set against each other ("<A> vs <B> diff"). Not "<title>" alone (one
    of the videos of a sum said after them), nor "5th?" (a guess), nor "precise figures" (how to answer)."""
    if not lex.question_words.isdisjoint(read.words) or (read.words[:1] and read.words[0] in lex.yes_no_openers and any(
            unit in read.query for unit in ("comparative", "versus", "relative"))
            and not lex.video_pronouns.isdisjoint(read.words)):
        # (or a yes/no question setting the video before against another: "..., and did it beat the one above it";
        # not "do they beat <title>", the ones before taken together, which the whole reads)
        return True
    if len(read.words) <= LISTED_FRAGMENT and (not last or _names_its_subject(read)) and (any(
            unit in read.query for unit in ("relative", "operation")) or any(
            read.cue(f) for f in (*FIELDS, "difference")) or (bool(read.measures) and not last)):
        return True
    if len(read.words) <= 2 and any(read.cue(f) for f in FIELDS):
        return True  # ("..., views, rank": a field of what came before, closing the list)
    if len(read.words) <= LISTED_FRAGMENT and "order" in read.query and (
            any(t.s in lex.video_words for t in read.tokens) or not lex.them_words.isdisjoint(read.words)):
        return True  # ("..., earliest one, most viewed of them": an end of an order, of what came before)
    sides = len({r.best for r in read.videos} | set(read.ranks)) + len(set(read.parties)) + len(set(read.years))
    return sides == 2 and ("versus" in read.query or "comparative" in read.query or bool(read.cue("difference")))


def answers_in_turn(engine: Engine, parts: list[str], listed: bool = False,
                    lacking: bool = False) -> list[Answer] | None:
    """Each part's answer, the later ones as follow-ups to the one before, or None when a part is declined (but for
    what `aside_measures` lack, said after the answers) or answered as another was (`listed`: asks listed in a few
    words each, one answered already is said once, and a short one declined after a comparison, "which higher", is
    what the comparison said)."""
    answers: list[Answer] = []
    asides: list[str] = []
    lex = engine.lexicon
    # (a part that asks only what no figure answers, "and do you think it was the funniest", or, `lacking`, anything
    # else the data lacks, "and how many likes", "+ who filmed it": said after the others)
    # (with `lacking`, a platform no figure is held for too: "..., and was it on youtube too")
    on_platforms = {f"{LACKED}{lex.platform_name(p)} figures." for p in lex.platform_forms} if lacking else set()
    # (and a campaign-only measure asked of a video: "<title> views + how many retweets did that one get")
    per_video = {f"{LACKED}{m} per video{end}" for m in lex.measure_words.values()
                 for end in (".", ", only the campaign's figures.")} if lacking else set()
    lacked = {f"{LACKED}{lex.measure_label(m)}." for m in (
        lex.aside_measures | ({*lex.measure_words.values(), *lex.measure_labels} if lacking else set()))} | (
        on_platforms | per_video)
    answered: list[str] = []
    reads = {part: extract(part, lex) for part in parts} if lacking else {}
    for part, answer in _in_turn(engine, parts):
        if answer is not None and not answer.answered and answer.lines[:1] and answer.lines[0] in lacked and not (
                lacking and (_asks_more(reads[part], lex, answer.lines[0] in on_platforms) or not {
                    r.best for r in reads[part].videos} <= {
                    r.best for other in parts if other != part for r in reads[other].videos})):
            # (not "<A> views and how many likes did <B> get": another video's figure, which is lacked too)
            asides.append(answer.lines[0])
            continue
        if lacking and asides and (not _names_its_subject(reads[part]) or leans(lex, reads[part].words) or (
                # ("how many followers did <A> gain + how many does <B> have": a count with no measure of its own is
                # of the measure lacked)
                not reads[part].measures and any(
                    m.payload in ("count", "value") for m in reads[part].query.get("operation", ())))):
            # ("how many comments on <title> and whats the top one", "... and the <title> one under it": it leans on
            # what is lacked)
            return None
        if listed and answer is not None and answers and ((answer.answered and any(
                a.lines[:1] == answer.lines[:1] for a in answers)) or (not answer.answered and len(
                    words(part)) <= SHORT_AFTER_COMPARISON and answers[-1].intent in ("compare", "compare_videos"))):
            continue
        if answer is None or not answer.answered or any(a.lines[:1] == answer.lines[:1] for a in answers):
            return None  # (a part declined, or answered as another was: no reply made of parts)
        answered.append(part)
        answers.append(answer)
    if not answers or (asides and not all(asks_of_its_own(extract(part, lex), lex if lacking else None, answer)
                                          for part, answer in zip(answered, answers, strict=True))):
        return None  # ("do u think <party> did better? ur opinion pls": the opinion is the whole question)
    if asides:
        answers[-1] = replace(answers[-1], lines=(*answers[-1].lines, *dict.fromkeys(asides)))
    return answers


def leans(lex: Lexicon, said: list[str]) -> bool:
    """Whether a part's words lean on what came before ("it", "that one", "them")."""
    return not (lex.video_pronouns.isdisjoint(said) and lex.them_words.isdisjoint(said))


def asks_a_figure(read: Entities) -> bool:
    """Whether a part asks a figure or a place, which something lacked may be said beside."""
    return bool(read.measures or read.ranks or "order" in read.query)


def asks_of_its_own(read: Entities, lex: Lexicon | None = None, answer: Answer | None = None) -> bool:
    """Whether a part asks a figure or a place (with `lex`: a figure, a field of a video, "who posted it", "when", or
    a question word its `answer` answers by more than a video's card; not a place said alone, nor "<name> is from
    which party"), which something lacked may be said beside."""
    if lex is None:
        return asks_a_figure(read)
    if read.words[:1] and read.words[0] in lex.yes_no_openers and answer is not None and answer.intent == "video":
        return False  # ("did <title> have captions for deaf viewers": a yes or no, which a card does not answer)
    return bool(read.measures) or any(read.cues.get(f) for f in FIELDS) or (
        not lex.question_words.isdisjoint(read.words) and answer is not None and answer.intent != "video")


def _asks_more(read: Entities, lex: Lexicon, platform_lacked: bool = False) -> bool:
    """Whether a part that asks what the data lacks asks more than that: a place, an order, a figure, a time, a
    platform figures are held for (or any, but the one lacked, `platform_lacked`) or an operation of its own beyond
    counting or adding up what is lacked ("8th from bottom, the last 2 before polls, total?", "likes on facebook",
    "what % were likes", "how many likes did the <party> get"; not "how many likes it got on insta", "total
    shares")."""
    platforms = [p for p in read.platforms if p in lex.counted_platforms] if not platform_lacked else []
    return bool(read.ranks or read.numbers or platforms or read.years or read.days or read.months
                or read.parties or "order" in read.query or "comparative" in read.query or "versus" in read.query
                or any(m.payload not in _LACKED_OPS or (m.payload in _OF_THE_LACK and m.start > min(
                    read.measure_starts, default=m.start)) for m in read.query.get("operation", ())))


_LACKED_OPS = frozenset({"count", "value", "days", "posters", "sum", "mean"})  # asked of a lack, nothing more
# ... when said before the measure lacked ("total shares"; not "likes combined", added to what came before)
_OF_THE_LACK = frozenset({"sum", "mean"})


def joined(answers: list[Answer]) -> Answer:
    """One reply of the answers to a message's parts: every line once, the links after them."""
    first = answers[0]
    lines: list[str] = []
    links: list[Link] = []
    for answer in answers:
        lines += [line for line in answer.lines if line not in lines]
        # (each link named with its video: the parts' links are shown together, after every line)
        video = answer.details.get("video")
        links += [Link(f"{link.label} ({video})", link.url) if isinstance(video, str) and len(answers) > 1
                  and link.label.lower().startswith("video") else link
                  for link in answer.links if link.url not in {k.url for k in links}]
    return Answer(first.intent, True, first.title, tuple(lines), first.rows or next(
        (a.rows for a in answers if a.rows), ()), tuple(links), (), first.source or answers[-1].source,
        first.party, first.details)
