"""A video named by quoting its tweet or title: "the one captioned 'One person said all these?'".

A quoted span of the question is compared with every text a video has (title, aliases, tweet text)
with rapidfuzz; the best video is taken only with a clear margin over the runner-up.
"""

from __future__ import annotations

import re

from bot.engine.lexicon import Lexicon
from bot.engine.normalise import fold, words

# An opening quote after a space (or at the start), a closing one before a space, punctuation or the end:
# apostrophes inside words ("don't") neither open nor close a quote.
_QUOTED = re.compile(r"(?:^|(?<=[\s(]))[\"'](.{4,200}?)[\"'](?=[\s?.!,:;)]|$)")
QUOTE_MARKS = ("'", '"', "\u2018", "\u2019", "\u201c", "\u201d", "`")
_QUOTE_SET = frozenset(QUOTE_MARKS)
# A mark that may open a quote once folded: at the start, or after anything but a letter or digit (folding
# ASCII text only lower-cases it and turns marks, "%", "+" and markup into words or spaces).
_ASCII_MARKS = ("'", '"', "`")  # a quote opens at one of these after no letter or digit (or at the start)
MIN_SCORE = 80.0  # out of 100: how close a quote must be to a video's text
MARGIN = 10.0  # over the next video's best text
UNMATCHED_SCORE = 60.0  # below this against every text, a quote names none of the videos


def may_quote(text: str) -> bool:
    """Whether a text may quote something (most questions do not: then `quoted_videos` finds nothing)."""
    if "'" not in text and '"' not in text and "`" not in text and (text.isascii() or _QUOTE_SET.isdisjoint(text)):
        return False  # nothing quoted, nothing to fold again (three searches for the ASCII marks)
    # (only apostrophes inside words, "what's": folding puts no space or "(" before any of them; each mark found by
    # str.find, its neighbour tested, where a regex search would try every place of the text)
    if not text.isascii():
        return True
    for mark in _ASCII_MARKS:
        at = text.find(mark)
        while at != -1:
            if at == 0 or not text[at - 1].isalnum():
                return True
            at = text.find(mark, at + 1)
    return False


def quoted_videos(text: str, lex: Lexicon, unmatched: list[tuple[int, int, str]] | None = None,
                  ) -> list[tuple[int, int, int]]:
    """(start word, end word, video index) for each quoted span that names one video clearly; each that is near no
    video's text at all, (start word, end word, the quote) into `unmatched` when given."""
    if not may_quote(text):
        return []
    folded = fold(text)
    from rapidfuzz import fuzz  # only a quote needs it

    found = []
    for match in _QUOTED.finditer(folded):
        typed = words(match.group(1))
        read = lex.expand(typed)  # (as the question is read: "say all dis", "this")
        quote = " ".join(read)
        if len(read) < 2:
            continue
        # Names first ("the 'watch this' one": a title's words, though a tweet has them too), then every text.
        nearest = 0.0
        for texts_of in (lex.name_texts, lex.video_texts):
            scores = sorted(((max((fuzz.token_set_ratio(quote, t) for t in texts), default=0.0), vi)
                             for vi, texts in enumerate(texts_of)), reverse=True)
            if not scores:
                break
            best, runner = scores[0], scores[1] if len(scores) > 1 else (0.0, -1)
            nearest = max(nearest, best[0])
            if best[0] >= MIN_SCORE and best[0] - runner[0] >= MARGIN:
                start = _words_before(folded, match.start(), lex)
                found.append((start, start + len(read), best[1]))
                break
        else:
            if unmatched is not None and nearest < UNMATCHED_SCORE and not _a_phrase(read, lex):
                start = _words_before(folded, match.start(), lex)
                unmatched.append((start, start + len(read), " ".join(typed)))  # (echoed as typed)
    return found


def _a_phrase(read: list[str], lex: Lexicon) -> bool:
    """Whether the quoted words are one phrase of the vocabulary's ("its 'most viewed' video": a quoted word of the
    question's own, no video's name)."""
    walk = lex.tables.walk([r.keys for r in lex.read_words(read)])
    return any(m.start == 0 and m.end == len(read) for table in walk.tables() for m in walk.select(table))


def _words_before(folded: str, at: int, lex: Lexicon) -> int:
    """How many words the question reads before a quote: as read, a chat word for two ("cate": how many) counting
    twice."""
    said = words(folded[:at])
    return len(lex.expand(said)) if said else 0
