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

if TYPE_CHECKING:
    from bot.engine import Engine

_CLAUSE = re.compile(r"[,;]\s*(?:&\s+)?(?=[a-z])", re.IGNORECASE)  # where a clause may start (a word after it)
MAX_PARTS = 3  # questions answered in one reply at most
_NUMBERED = re.compile(r"(?:^|(?<=\s))\(?([1-9])[).]\s+")  # "1) ", "(2) ", "3. ": a numbered part's mark
MAX_NUMBERED = 5  # numbered parts answered in one reply at most


def numbered_parts(text: str) -> list[str] | None:
    """The parts of a message numbered "1) ... 2) ..." from its start, in order (two or more), else None."""
    marks = list(_NUMBERED.finditer(text))
    if len(marks) < 2 or text[: marks[0].start()].strip() or [int(m[1]) for m in marks] != list(
            range(1, len(marks) + 1)) or len(marks) > MAX_NUMBERED:
        return None
    ends = [m.start() for m in marks[1:]] + [len(text)]
    parts = [text[m.end() : end].strip(" ,;") for m, end in zip(marks, ends, strict=True)]
    return parts if all(parts) else None


def each_part(engine: Engine, parts: list[str]) -> Answer:
    """Each numbered part answered in turn, the later ones as follow-ups to the one before; what a part asks that
    the data lacks said after the answers ("1) <title> views 2) how many likes": the views, and no likes held)."""
    answers = [answer or engine.reply_alone(extract(part, engine.lexicon)) for part, answer in _in_turn(engine, parts)]
    answered = [a for a in answers if a.answered]
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


def halves_joined(engine: Engine, text: str, leaning: bool = False) -> list[list[str]]:
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
    splits = [s for s in splits if lex.between_words.isdisjoint(words(s[0])) or not lex.question_words.isdisjoint(
        words(s[1]))]
    # (each half asks alone: "... and how many videos are in it" leans on the first, which the whole reads)
    return [s for s in splits if all(len(words(part)) > 1 for part in s) and (leaning or (
        lex.video_pronouns.isdisjoint(words(s[1])) and lex.them_words.isdisjoint(words(s[1]))))][:MAX_PARTS]


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


def answers_in_turn(engine: Engine, parts: list[str]) -> list[Answer] | None:
    """Each part's answer, the later ones as follow-ups to the one before, or None when a part is declined (but for
    what `aside_measures` lack, said after the answers) or answered as another was."""
    answers: list[Answer] = []
    asides: list[str] = []
    lex = engine.lexicon
    # (a part that asks only what no figure answers, "and do you think it was the funniest": said after the others)
    lacked = {f"{LACKED}{lex.measure_label(m)}." for m in lex.aside_measures}
    answered: list[str] = []
    for part, answer in _in_turn(engine, parts):
        if answer is not None and not answer.answered and answer.lines[:1] and answer.lines[0] in lacked:
            asides.append(answer.lines[0])
            continue
        if answer is None or not answer.answered or any(a.lines[:1] == answer.lines[:1] for a in answers):
            return None  # (a part declined, or answered as another was: no reply made of parts)
        answered.append(part)
        answers.append(answer)
    if not answers or (asides and not all(asks_a_figure(extract(part, lex)) for part in answered)):
        return None  # ("do u think <party> did better? ur opinion pls": the opinion is the whole question)
    if asides:
        answers[-1] = replace(answers[-1], lines=(*answers[-1].lines, *dict.fromkeys(asides)))
    return answers


def asks_a_figure(read: Entities) -> bool:
    """Whether a part asks a figure or a place, which something lacked may be said beside."""
    return bool(read.measures or read.ranks or "order" in read.query)


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
