"""Whether a message in an open answer channel reads as a question about the data, or is chatter.

In a channel where the bot answers without being mentioned, most messages are people talking to each
other, and many use the words the data has ("saw that <title> clip, it was good", "top 3 pizzas"). A message
is for the bot only when all of these hold:
- it has at most one word no table knows (chatter is mostly about other things: "pizzas", "debate");
- it asks for something the data has: a count the data carries (views, retweets), a field, an order,
  an operation, the source, the bonus favourites or help; a count the data lacks ("likes", "polls")
  only about a video, party or person the data has;
- it is asked (a question mark, a question or polite word anywhere, or a request word first:
  `question_words`, `polite_words`, `request_words` in vocabulary.yaml), or else every word is known
  and it names a video, party or person of the data, or counts videos ("<name> video views",
  "combined views of the top 3").
Mentions, DMs and commands are always answered: this gate is only for open channels.
"""

from __future__ import annotations

from bot.engine.entities import Entities
from bot.engine.lexicon import Lexicon

MAX_UNKNOWN = 1  # words no table knows, outside names and quotes
MAX_UNASKED_WORDS = 8  # a request without a question form is short
STRONG_CUE = 2.0  # with nothing of the data named, the cue weight that alone makes a message a question for the bot
WORDS_PER_EXTRA = 6  # an asked question about something named may have one more unknown word per this many
# Intents whose cue phrases ask for something the data has (names of intents, not words).
ASKING_CUES = ("poster", "handle", "date", "text", "link", "rank_of", "most", "least", "list", "total",
               "average", "median", "count", "compare", "difference", "ratio", "per_day", "days", "period_end",
               "source", "bonus", "filter", "lookup", "scope", "help")
# Query units that ask for something (a claim, a negation or a date relation alone asks nothing).
ASKING_UNITS = ("operation", "order", "relative", "rate", "half", "tweet", "article")


def reads_as_question(text: str, ent: Entities, lex: Lexicon) -> bool:
    """True when a message in an open channel is a question about the data, not chatter."""
    words = ent.words
    if not words:
        return False
    named = bool([r for r in ent.videos if r.strong] or ent.subjects() or ent.bonus)
    held = {"views", *lex.metric_measures}
    counts = any(m in held for m in ent.measures) or (named and bool(ent.measures))
    asked = is_asked(text, ent, lex)
    unknown = _unknown(ent, lex)
    # A long question about a named video or figure may carry a few words of its own ("for my essay").
    if unknown > MAX_UNKNOWN + (len(words) // WORDS_PER_EXTRA if asked and (named or counts) else 0):
        return False
    asks = (counts or ent.bonus or any(u in ent.query for u in ASKING_UNITS) or any(ent.cue(c) for c in ASKING_CUES)
            or bool(ent.ranks))
    if not asks:
        return False
    if not (named or counts or ent.bonus or ent.ranks or ent.query or ent.years or ent.numbers) and sum(
            ent.cue(c) for c in ASKING_CUES) < STRONG_CUE:
        return False  # ("where did everyone go?": one weak word of a question about places, nothing of the data)
    if asked:
        return True
    videos = any(t.s in lex.generic_words for t in ent.tokens) and bool(ent.measures or ent.query or ent.ranks)
    # Not asked: a short request of known words ("<title> video views"), not a remark ("saw that <title>
    # clip, the nurses bit was good").
    return (unknown == 0 and len(words) <= MAX_UNASKED_WORDS
            and (named or videos or bool(ent.measures) or any(ent.cue(c) for c in ("list", "total"))))


def is_asked(text: str, ent: Entities, lex: Lexicon) -> bool:
    """A question mark, a question or polite word anywhere, or a request word first."""
    words = ent.words
    return bool(words) and ("?" in text or words[0] in lex.request_words
                            or any(w in lex.question_words or w in lex.polite_words for w in words))


def _unknown(ent: Entities, lex: Lexicon) -> int:
    """Words no table knows, outside what a name or a quote took."""
    known = lex.known
    return sum(1 for i, t in enumerate(ent.tokens)
               if i not in ent.covered and t.w.isalpha() and t.w not in known and t.s not in known)
