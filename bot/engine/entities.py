"""Step 2 of the flow: what a question names (videos, parties, people, numbers, dates, cues)."""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from itertools import compress, count, pairwise

from bot.engine.buried import buried, may_be_buried
from bot.engine.lexicon import (
    LETTER_DIGIT,
    MAX_POSTINGS,
    NAMES,
    OTHERS,
    QUERY_TABLE,
    TITLE_HEAD,
    TWEET_RUN,
    VIDEO_TEXT_MIN,
    Lexicon,
    Match,
    Reading,
    Walk,
    common_words,
    token_keys,
    very_common_words,
)
from bot.engine.normalise import Token, said_anywhere, said_at, said_before, said_spans, stem, without_markup, words
from bot.engine.quoted import may_quote, quoted_videos
from bot.engine.retyped import may_retype, retyped
from bot.engine.rounding import rounding
from bot.engine.taken_back import may_take_back, taken_back

STRONG_RUN = 4  # title words matched in a run that name a video surely
_NUMBER = re.compile(r"^(\d+(?:\.\d+)?)([a-z]*)$")
FIGURE_MIN = 1000  # a number this big may be a video's count
PLACE_MAX = 100  # a bare number under this, joined to another, may be a place in a list
FIGURE_CAP = 100  # a figure said as a title more than this many times the top count is no near miss of one
MONTH_COUNT_REACH = 3  # "the 4 december posted ones": how far after the month the videos are said
PLACE_CLAUSE_REACH = 3  # "<video> that came in 3rd": how far after "that" a place is said of it
FIGURE_TOLERANCE = 0.02  # this close names a count ("2.7 million" is 2,747,000) if it is the only one
YEAR_MAX = 2100  # the last number read as a year on its own
MILLION = 1_000_000  # the coarsest step a figure said as a title is taken to be rounded to ("the 13m one")
TWEET_WORDS = 2  # this many words of one tweet, used by no other video, name it
YES_NO_REACH = 3  # "are they youtube views": the yes/no verb this many words before the platform at most
MIDDLE_REACH = 6  # "which 2 vids are right in the middle": how far after the count its middle word is
GUESS_REACH = 3  # "was it <name>": the name this many words after the claim at most
DENIED_REACH = 3  # "not Twitter, not the combined figure": how far apart denials in one list stand
GUESS_AFTER = 3  # "..., bet its <name>": a guess word this many words into the message at least (not "bet <name>...")
MOST_PHRASE = 3  # words of a phrase of the most viewed, at least, for what it holds to be its own ("came out on top")
DAYS_IN_A_MONTH = 31  # a day of the month guessed after a video's date is asked ("..., 25th?")
ALTERNATIVE_REACH = 3  # "was it <name> or <name>": the words of the first name, before "or", at most
EXACT_DENIED_REACH = 4  # "not counting ones on exactly 3m": a negation this near before "exactly" denies the figure
YEAR_DOUBT_REACH = 6  # "2017 ... or was it 2019": two years this near, an "or" between, a doubt between them
REPORTED_GAP = 2  # words between a saying and the question after it ("said what?" asks what was said)
POST_FIELDS = ("text", "link", "date")  # cues for what a post has of its own, whoever asks
DESCRIBED_REACH = 6  # "the film with all of <name>": the video word this many words before the name at most
# ... or this many, when a word of the name's own title stands between ("the video where they read all the quotes of
# <name>")
DESCRIBED_TITLED_REACH = 8
_POSTING = QUERY_TABLE + "posting"
_ROUND = QUERY_TABLE + "round"
_MONTH_ENDS = frozenset({"first_day", "last_day"})  # the "when" meanings that name one end of a month
_RUN_SLICES = tuple(slice(k, None) for k in range(TWEET_RUN))  # a question's words from each of the first places
MAX_PLACES = 4  # decimal places a ratio or percentage may be asked to
PERSON_REACH = 4  # a word about people this near a name, a video or a "who" is asked about them
SHORT_PARTY_WORD = 3  # a party's short name this long or shorter may be another language's word ("with")
CAMPAIGN_REACH = 4  # "the best social media campaign": the campaign word this many words after the superlative at most
EXCLAIMED_REACH = 4  # "not the <name> <title> having ...": the video this many words into the message at most
SCOPE_CUE = 2  # "do the counts include <platform>": what they cover is asked, not a figure there
LOW_ORDINAL_DAY = 3  # "first" to "third" after a month are places ("November first"? rare): a day only with "of"
# Fields of readings and tokens, taken for a whole question at once (C-level: a question has a dozen words)
_TOKEN, _KEYS, _UNKNOWN = operator.attrgetter("token"), operator.attrgetter("keys"), operator.attrgetter("unknown")
_WORD, _STEM = operator.itemgetter(0), operator.itemgetter(1)  # a token's word and stem
_POSTINGS = operator.attrgetter("postings")
_NUMERIC = operator.attrgetter("numeric")
_START, _END, _PAYLOAD = operator.itemgetter(0), operator.itemgetter(1), operator.itemgetter(2)  # a match's fields
_START_OF = operator.attrgetter("start")  # where a video's name starts

# VideoRef and Number are not frozen, so that one is made with plain slot stores (a frozen one costs a setattr
# call per field); nothing changes one once made, and each is hashable and compared as a frozen one was.
@dataclass(slots=True, unsafe_hash=True)
class VideoRef:
    """A span of the question naming one video, or a group of videos sharing a name ("the water videos")."""

    start: int
    end: int
    candidates: tuple[int, ...]  # video indices, best first
    strong: bool  # an alias, topic or run of title words; False for one title word
    group: bool = False  # a shared word or topic: every candidate fits equally

    @property
    def best(self) -> int:
        """The most likely video."""
        return self.candidates[0]


@dataclass(slots=True, unsafe_hash=True)
class Number:
    """A figure in the question; `scaled` when it carried a multiplier ("5m", "2 million")."""

    start: int
    end: int
    value: float
    scaled: bool


@dataclass(slots=True, init=False)
class Entities:
    """Everything found in one question."""

    tokens: list[Token]
    videos: list[VideoRef] = field(default_factory=list)
    bonus: list[int] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    guessed: list[str] = field(default_factory=list)  # people a question only guesses at ("was it <name>")
    others: list[str] = field(default_factory=list)  # parties or people the data does not carry
    other_spans: list[tuple[int, int]] = field(default_factory=list)  # the words of each named in the vocabulary
    # (of those, the ones that count only when no video of ours is named: a programme, with its words)
    others_unless_video: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    described: list[str] = field(default_factory=list)  # "the bus video": a video no name or word of ours fits
    topics: list[str] = field(default_factory=list)
    platforms: list[str] = field(default_factory=list)
    platforms_named: list[str] = field(default_factory=list)  # every platform word, kept as one or not
    platforms_alone: frozenset[str] = frozenset()  # those said with "just" or "only" beside them
    platforms_joined: bool = False  # two said as one list: "on facebook and twitter"
    measures: list[str] = field(default_factory=list)
    measure_ends: list[int] = field(default_factory=list)  # where each measure's words end
    measure_starts: list[int] = field(default_factory=list)  # and where they start
    numbers: list[Number] = field(default_factory=list)
    ranks: list[int] = field(default_factory=list)
    months: list[int] = field(default_factory=list)
    days: list[tuple[int, int]] = field(default_factory=list)  # (month, day)
    # Where each rank, month and day stands in the question (parallel lists), for the query parser.
    rank_at: list[int] = field(default_factory=list)
    month_at: list[int] = field(default_factory=list)
    day_at: list[int] = field(default_factory=list)
    query: dict[str, list[Match]] = field(default_factory=dict)  # the query units' phrases found
    years: list[int] = field(default_factory=list)
    thresholds: list[tuple[str, float]] = field(default_factory=list)  # (">" | "<", value)
    cues: dict[str, float] = field(default_factory=dict)
    cue_matches: dict[str, list[Match]] = field(default_factory=dict)  # each intent's cue phrases found
    _cue_words: dict[str, list[str]] | None = None  # their words, read when first asked for
    covered: set[int] = field(default_factory=set)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # party/person id -> first span
    _keys: list[tuple[str, ...]] | None = None  # each token's (word, stem): `keys`, made when first read
    words: list[str] = field(default_factory=list)  # the (corrected) words of the question
    _unknown: int | None = None  # words no table knows: `unknown`, counted when first read
    name_matches: list[Match] = field(default_factory=list)
    phrases: Walk | None = None  # every name and vocabulary phrase in the question (one trie walk)
    places: int | None = None  # decimal places asked for a ratio or a percentage ("2dp")
    inclusive: bool = False  # a bound that takes its figure in, said after it ("3m plus")
    strict: int = 0  # bounds said with "over" or "under" (both: a range without its ends, "over 3m but under 7m")
    rounding: tuple[str, float] | None = None  # "to the nearest 100k": how to show the answer's figure
    round_step: float | None = None  # "the count not rounded to the nearest 100k": what round counts are multiples of
    reads: list[Reading] = field(default_factory=list)  # each token's memoised reading
    text: str = ""  # the question as typed (for what reads it again by parts: see Engine._without_asides)
    narrowed: tuple[VideoRef, str, VideoRef] | None = None  # a group a poster narrowed: see _poster_disputed
    bare_at: tuple[int, ...] = ()  # where places said as bare numbers stand ("views for 4 and 5"): _bare_places
    figure_unmatched: float | None = None  # a figure said as a title that no video's count is ("the 5m one")
    beaten: tuple[int, ...] = ()  # where a place next to a video was read from a verb of winning (_beaten)
    middle_uneven: int | None = None  # "the middle 3" of an even list: a count no places centre (_middle_places)
    _breaks: tuple[int, ...] | None = None  # how many words come before each mark: see break_after
    _asked_breaks: tuple[int, ...] | None = None  # ... and before each question or exclamation mark

    def __init__(self, tokens: list[Token], keys: list[tuple[str, ...]] | None, words: list[str],
                 unknown: int | None = None, phrases: Walk | None = None, reads: list[Reading] | None = None) -> None:
        # Written out: the generated __init__ calls a factory per field (a third of reading a short question).
        # (keys and unknown left None are made from the readings when first read: few questions need them)
        # (one store per statement: a long tuple assignment builds, then unpacks, a tuple of them)
        self.tokens = tokens
        self._keys = keys
        self.words = words
        self._unknown = unknown
        self.phrases = phrases
        self.reads = reads if reads is not None else []
        self.text = ""
        self.videos = []
        self.bonus = []
        self.parties = []
        self.people = []
        self.guessed = []
        self.others = []
        self.other_spans = []
        self.others_unless_video = []
        self.described = []
        self.topics = []
        self.platforms = []
        self.platforms_named = []
        self.platforms_alone = frozenset()
        self.platforms_joined = False
        self.measures = []
        self.measure_ends = []
        self.measure_starts = []
        self.numbers = []
        self.ranks = []
        self.months = []
        self.days = []
        self.rank_at = []
        self.month_at = []
        self.day_at = []
        self.years = []
        self.thresholds = []
        self.beaten = ()
        self.name_matches = []
        self.query = {}
        self.cues = {}
        self.cue_matches = {}
        self.spans = {}
        self.covered = set()
        self._cue_words = None
        self.places = None
        self.inclusive = False  # a bound that takes its figure in, said after it ("3m plus")
        self.strict = 0
        self.rounding: tuple[str, float] | None = None  # "to the nearest 100k": how to show the answer's figure
        self.round_step = None
        self.narrowed: tuple[VideoRef, str, VideoRef] | None = None  # (narrowed, poster, the group as named)
        self.bare_at = ()
        self.figure_unmatched = None
        self.middle_uneven = None
        self._breaks = None
        self._asked_breaks = None

    @property
    def keys(self) -> list[tuple[str, ...]]:
        """Each token's match keys (its word, and its stem when that differs)."""
        if self._keys is None:
            self._keys = list(map(_KEYS, self.reads)) if self.reads else token_keys(self.tokens)
        return self._keys

    @property
    def unknown(self) -> int:
        """How many words no table knows (even corrected)."""
        if self._unknown is None:
            self._unknown = sum(map(_UNKNOWN, self.reads))
        return self._unknown

    def cue(self, intent: str) -> float:
        """The summed weight of this intent's cue phrases."""
        return self.cues.get(intent, 0.0)

    def said(self, m: Match) -> str:
        """The words a phrase found was said in, spaced ("in total")."""
        return " ".join(self.words[m.start : m.end])

    @property
    def cue_words(self) -> dict[str, list[str]]:
        """Each intent's cue phrases found, as words (made on first use: few readers need them)."""
        if self._cue_words is None:
            words = self.words
            self._cue_words = {intent: [" ".join(words[m.start : m.end]) for m in matches]
                               for intent, matches in self.cue_matches.items()}
        return self._cue_words

    def subjects(self) -> list[str]:
        """Parties and people named outside video names, in order, without repeats."""
        return list(dict.fromkeys([*self.parties, *self.people]))


def extract(text: str, lex: Lexicon) -> Entities:
    """Find every entity in a question."""
    if "<" in text:
        text = without_markup(text)  # (before signs are read as words: "<@bot>" is no "less than")
    if "@" in text and (lead := _LEADING_AT.match(text)) is not None and lead[1].casefold() in lex.handles and (
            rest := words(text[lead.end(1) :])) and (rest[0] in lex.handle_subject_verbs or (
                not lex.person_pronouns.isdisjoint(rest) and not lex.video_words.isdisjoint(map(stem, rest))
                and not _names_anything(text[lead.end(1) :], lex))):
        # ("@<handle> which vid was his": the person the pronoun stands for, no mention of the bot to drop; without
        # one, "@<handle> which was 4th", a leading "@name" addresses the bot, whatever its name; so it does before
        # a question naming a video or person of its own, "@<handle> his least viewed and who posted <title>")
        # ("@<handle> posted which video": the subject of the posting word right after it)
        text = text[lead.end() :]
    if lex.unspaced_run is not None and not text.isascii() and lex.unspaced_run.search(text) is not None:
        text = lex.spaced(text)  # ("ได้กี่วิว": a script written without spaces, its words read apart)
    if ")" in text and (first := _OPTION_A.search(text)) is not None and _OPTION_B.search(text, first.end()) \
            and lex.option_pointers.isdisjoint(opening := words(text[: first.start()])) and (
            text[first.start() - 1] == "?" or (opening and opening[0] in lex.which_asks)):
        # (after a colon, options only after "which"/"what": "which came 4th: a) ..."; not "Task 4: a) ... b) ...")
        # (not "which of these had the most views? a) ... b) ...": there the options are the set asked about)
        # ("Which came 4th? a) <title> b) <title> c) .... think its <title>?": the question, its options aside, and
        # what is said after them)
        last = list(_OPTION.finditer(text, first.start()))[-1]
        after = _SENTENCE_MARK.search(text, last.end())
        text = text[: first.start()] + (" " + text[after.end() :] if after else "")
    if "#" in text and (tags := _TRAILING_TAGS.search(text)) is not None and tags.start() > 0 \
            and _tags_sign_off(text, tags.start(), lex):
        text = text[: tags.start()]  # ("which did better, <A> or <B>? #NHS #<B>": tags signing off, as tweets end)
    text = _event_as_day(text, lex)
    if "-" in text and (dashed := _ORDINALS_DASHED.search(text)) is not None:
        text = _days_dashed(text, dashed, lex)
    if "-" in text and (days := _DATES_DASHED.search(text)) is not None and all(
            w.casefold().rstrip(".") in lex.months for w in re.findall(r"[^\W\d_]+", days[0])
            if w.casefold() not in lex.ordinal_suffixes):
        text = f"{text[: days.start(1)]} to {text[days.end(1) :]}"  # ("nov 30 - dec 9": from one day to the other)
    if "thing" in text.casefold():
        text = lex.name_thing.sub(r"\1 one", text)  # ("that <name> thing": the video, as "the <name> one")
    if "/" in text and lex.media_titles:
        text = lex.links_as_titles(text)  # ("which vid has pic.twitter.com/<code>": that video)
    if "," in text and (plan := lex.plan_clause.search(text)) is not None:
        text = text[: plan.start()]  # ("link to <title> please, I'll put it on the family chat": nothing more asked)
    if ", " in text and (condition := lex.condition_clause.search(text)) is not None and not _reads_anything(
            condition[1], lex):
        text = text[: condition.start()]  # ("what came 8th, if you have it to hand": nothing more asked)
    if (mean := lex.mean_said.search(text)) is not None and (
            mean_again := lex.mean_again.search(text, mean.end())):
        # ("average of the top ten, and how far above that is <title>": the average said again)
        text = f"{text[: mean_again.start(1)]}{mean_again[1]} the {mean[0]}{text[mean_again.end() :]}"
    if (contrast := lex.contrast_clause.search(text)) is not None and contrast.start() > 0 \
            and lex.contrast_reason.search(text, 0, contrast.start()) is not None:
        text = text[: contrast.start()]  # ("why is that one so precise when the rest r round": the others background)
    if "-" in text or "\u2013" in text:
        text = lex.run_before_place.sub(r"#\1 to #\2", text)  # ("the 6-10 spots": places 6 to 10, as "spots 6-10")
    if ". " in text and lex.dotted_short_forms.search(text) is not None:
        # ("no. of": its dot ends no sentence; "cum. views": the word it shortens)
        text = lex.dotted_short_forms.sub(lambda m: m[1] or m[2] or lex.dotted_spelt[m[3].casefold()], text)
    if ". " in text or "? " in text:
        text = _without_repeat(text)
    if "(" in text:  # (a bracketed gloss on a word is no part of the question)
        text = lex.without_glosses(text)
        if "?" in text or text.rstrip().endswith(")"):
            text = _ASIDE.sub(lambda m: m.group(0) if _narrows(m.group(0), lex, text) else (
                "? " if m.group(0).startswith("?") or m.group(0).rstrip().endswith("?") else " "), text)
        if "(" in text:  # ("posted after 9 dec (the end of the retweet window)": what that day is, said again)
            text = _DAY_GLOSS.sub(lambda m: m[1] if lex.day_before(text[: m.start(2)]) and not _names_something(
                m[2], lex) else m[0], text)
        if "(" in text:  # ("between <title> (09.12.) and the article": the video's day, said of it; its posting)
            text = _BRACKET.sub(lambda m: f" {lex.posting_word} " if _own_day(text[: m.start()], m[1], lex)
                                else _place_day(text[: m.start()], m[1], lex) or m[0], text)
    typed = _typed(text, lex)
    if not lex.event_day_hints.isdisjoint(typed) and (event := lex.event_day.search(text)) is not None:
        return _event_day(text, event, lex)
    reads = lex.read_words(typed)
    tokens = list(map(_TOKEN, reads))
    # (positional: keywords cost a third of making the entities)
    ent = Entities(tokens, None, list(map(_WORD, tokens)), None, lex.tables.walk_read(reads), reads)
    ent.text = text
    if may_be_buried(text, typed, lex) and (alone := buried(text, lex, lambda t: extract(t, lex))) is not None:
        return extract(alone, lex)  # ("<a story>, anyway who posted <title>": the question after the preamble)
    if may_take_back(text, typed, lex) and (again := taken_back(text, lex, lambda t: extract(t, lex))) is not None:
        return extract(again, lex)  # ("... one place above <title>? no wait below": the part said again read in)
    if may_retype(text, typed, lex) and (mended := retyped(text, lex)) != text:
        return extract(mended, lex)  # ("how many vows did it get? sorry, I meant views": read as mended)
    if not lex.how_many_ends.isdisjoint(ent.words) and (slip := _count_slip(ent, lex)) is not None and (
            mended := re.sub(rf"\b{re.escape(slip[0])}\b", slip[1], text, flags=re.IGNORECASE)) != text:
        # (only a word as typed: one a chat spelling made, not in the text, is left as read)
        return extract(mended, lex)
    _names(ent, lex)
    if ent.parties and (listed := _party_list_said(ent, lex)) is not None:
        return extract(listed, lex)  # ("what topped <party>'s list": the list, all of it their videos)
    if ent.people and any(p[0] in ent.words for p in lex.asker_phrases):
        _askers(ent, lex)
    if ent.people and not lex.address_words.isdisjoint(ent.words):
        # ("<name> mate, what was the top video": someone addressed, no one asked about)
        ent.people = [p for p in ent.people if not (
            0 <= (end := ent.spans.get(p, (0, -1))[1]) < len(ent.words) and ent.words[end] in lex.address_words)]
    _videos(ent, lex)
    if len(ent.videos) == 1 and ent.words and ent.words[0] in lex.which_asks:
        _nearest_to_video(ent, lex)
    if ent.videos and not lex.asker_owned_before.isdisjoint(ent.words):
        # ("I need it for my friend": one word of a title said as the asker's own, no video)
        # (an everyday word only: "my <acronym>", "my <name>" still name the video)
        ent.videos = [r for r in ent.videos if not (
            r.end - r.start == 1 and r.start > 0 and ent.words[r.start - 1] in lex.asker_owned_before
            and ent.words[r.start] in very_common_words())]
    if ent.others_unless_video and ent.videos:
        # ("the <name> question time clip": a video of ours named, the programme a slip about it)
        for name, named_at in ent.others_unless_video:
            ent.others.remove(name)
            ent.other_spans.remove(named_at)
    if ent.parties and (ent.videos or ent.people):
        _party_word_before_name(ent, lex)
    if (ent.videos or ent.people) and not lex.kin_words.isdisjoint(ent.words):
        _kin_stranger(ent, lex)
    if may_quote(text):  # (each reader below is called only when what it reads is there: most questions lack it)
        _quoted(ent, lex, text)
    if not lex.tweet_run_starts.isdisjoint(ent.words) and not lex.tweet_run_pairs.isdisjoint(pairwise(ent.words)):
        _tweet_run(ent, lex)  # (two words of a tweet's run in a row: few questions even of those with one)
    if ent.videos and not lex.item_name_starts.isdisjoint(ent.words):
        _list_items(ent, lex)  # (a short name's first word: rare)
    if len(ent.people) == 1 and not lex.recipient_phrases_said.isdisjoint(ent.words):
        _recipients(ent, lex)
    if ent.people and len(ent.videos) > 1 and any(r.group for r in ent.videos):
        _group_narrowed_by_poster(ent, lex)
    if ent.people:
        _poster_video(ent, lex)
    if ent.videos and ent.unknown:
        _other_kind_named(ent, lex)  # (a word no table knows: a minority of questions)
    if not lex.video_words.isdisjoint(map(_STEM, tokens)) and ent.unknown:
        _unknown_described(ent, lex)  # (a word no table knows, beside a video word: rare)
    if not lex.activities.isdisjoint(ent.words) and not lex.video_words.isdisjoint(map(_STEM, tokens)):
        _activity_video(ent, lex)
    if (ent.videos or ent.people) and ent.unknown and not lex.video_words.isdisjoint(map(_STEM, tokens)):
        _setting_video(ent, lex)  # (a word no table knows: a minority of questions)
    if ent.videos:  # ("blanked all morning", "bored this morning": the asker's time, one everyday word of a title)
        ent.videos = [r for r in ent.videos if r.strong or not r.start
                      or (ent.words[r.start - 1], ent.words[r.start]) not in lex.asker_times]
    if len(ent.videos) > 1 and any(r.strong for r in ent.videos) and any(
            not r.strong and r.end - r.start == 1 for r in ent.videos):
        # "my friend says <title> got ...": one everyday word of a title, beside a video named in full, names
        # none (a name of its own, "nicky m's clip", still does; so does one before a video word, "the friend one")
        _drop_everyday_title_words(ent, lex, before_video_word=True)
    if len(ent.videos) > 2 and not lex.each_words.isdisjoint(ent.words):
        _both_restated(ent, lex)
    if len(ent.videos) > 1 and any(r.group for r in ent.videos):
        _member_named(ent, lex)
    if ent.videos and ent.people and not lex.describing_words.isdisjoint(ent.words):
        _cast_of_named(ent, lex)
    if ent.videos and ent.people:
        _poster_narrows(ent, lex)
    if len(ent.videos) > 1:
        _whose_name_before_title(ent, lex)
    if not lex.tweet_stems.keys().isdisjoint(map(_STEM, tokens)) or not lex.tweet_pasts.keys().isdisjoint(ent.words):
        _tweet_words(ent, lex)
    if any(map(_NUMERIC, reads)):
        _numbers(ent, lex)
    if lex.previous_year and not lex.previous_hints.isdisjoint(ent.words) and lex.previous_year not in ent.years \
            and said_anywhere(ent.words, lex.previous_election):
        ent.years.append(lex.previous_year)  # ("in the previous GE": the election before the article's)
    asked = None if lex.rounding_words.isdisjoint(ent.words) else rounding(
        ent.words, {n.start: n.value for n in ent.numbers}, lex)
    if asked is not None:  # "to the nearest 100k": how the answer's figure is shown, nothing asked of the data
        if asked[0] == "nearest" and ent.phrases is not None and ent.phrases.found(_ROUND):
            ent.round_step = asked[1]  # ("the only count not rounded to the nearest 100k": which counts are round)
        else:
            ent.rounding = asked[:2]
        ent.covered.update(asked[2])
        ent.numbers = [n for n in ent.numbers if n.start not in asked[2]]
    if ent.days and any(r.group for r in ent.videos):
        _day_narrows(ent, lex)
    if ent.rank_at and any(r.group for r in ent.videos):
        _place_narrows(ent, lex)
    _vocabulary(ent, lex)
    if ent.rank_at and "relative" in ent.query:
        _steps_not_places(ent, lex)
    if ent.rank_at and ent.unknown:
        _place_of_unknown_order(ent, lex)
    if ent.numbers and not lex.middle_words.isdisjoint(ent.words):
        _middle_places(ent, lex)
    # (only where videos are asked for: not "spread between #1 and #2", "which did better between #1 and #5", the
    # two places set against each other)
    if len(ent.ranks) == 2 and not ent.videos and "when" in ent.query and all(
            m.payload == "count" for m in ent.query.get("operation", ())) and not any(
            ent.cue(c) for c in (*COMPARED_CUES, "most", "least")) and ent.query.keys().isdisjoint(
            ("comparative", "versus", "order")) and any(t.w in lex.video_plurals for t in ent.tokens):
        _places_as_ends(ent, lex)
    elif len(ent.ranks) == 2 and not ent.videos and "when" in ent.query and ent.measures and [
            m.payload for m in ent.query.get("operation", ())] in (["count"], ["value"]) and not ent.cue("total"):
        _gap_between_places(ent, lex)
    if len({r.best for r in ent.videos}) == 2 and not ent.ranks and "when" in ent.query and ent.measures and [
            m.payload for m in ent.query.get("operation", ())] in (["count"], ["value"]) and not ent.cue("total") \
            and "order" not in ent.query:
        _gap_between_videos(ent, lex)
    if "negate" in ent.query:
        _tags_dropped(ent, lex)
    if "negate" in ent.query and ent.videos and "operation" not in ent.query:
        _title_negation(ent, lex)
    if "negate" in ent.query and "operation" in ent.query:
        _operation_denied(ent, lex)
    if ("beside" in ent.query or len(ent.query.get("relative", ())) == 2) and not ent.videos \
            and len(ent.ranks) == 1 and 0 < ent.ranks[0] <= len(lex.by_place):
        _place_as_anchor(ent, lex)
    if ent.people and ent.videos and "posting" not in ent.query:
        _post_word_as_verb(ent, lex)
    if ent.videos and "negate" in ent.query and ent.words[0] in lex.exclaimed_not:
        _not_exclaimed(ent, lex)
    if len(ent.query.get("relative", ())) == 2 and len(ent.videos) == 1 and "beside" not in ent.query:
        _both_sides(ent, lex)
    if "span" in ent.query and "operation" not in ent.query and len({r.best for r in ent.videos}) == 2:
        _span_between(ent)
    if not lex.beat_firsts.isdisjoint(ent.words) and len({r.best for r in ent.videos}) == 1 and not (
            ent.numbers or ent.parties or ent.ranks or ent.months or ent.days or ent.platforms_named) \
            and "beside" not in ent.query and ent.words[0] not in lex.yes_no_openers:
        _beaten(ent, lex)
    if len(ent.ranks) == 2 and len(ent.videos) == 1 and ent.ranks[0] != ent.ranks[1] and not (
            ent.query.keys() & {"operation", "comparative", "versus", "relative", "posting"}) \
            and lex.video_pronouns.isdisjoint(ent.words):
        _place_stated_then_asked(ent, lex)  # (not "..., did it get more than <title>": the video asked of again)
    if len(ent.ranks) == 1 and len(ent.videos) == 1 and not (ent.query.keys() & {
            "operation", "comparative", "versus", "relative", "order", "beside", "negate"}):
        _place_joined_to_video(ent, lex)
    if len(ent.cue_matches.get("list", ())) > 1:
        _list_said_once(ent)
    if ("order" in ent.query or ent.rank_at) and not lex.asking_nouns.isdisjoint(ent.words):
        _asking_orders_dropped(ent, lex)
    if "order" in ent.query and not lex.campaign_spans.isdisjoint(ent.words):
        _campaign_superlative(ent, lex)
    if "operation" in ent.query and ent.cue_matches.get("handle") and ent.videos:
        # ("src account for <title>": whose account it is, no share of the views it accounts for)
        starts = {r.start for r in ent.videos}
        _keep_unit(ent, "operation", lambda m: not any(
            m.start <= c.start < m.end for c in ent.cue_matches["handle"]) or not (
            m.end in starts or (m.end + 1 in starts and ent.words[m.end] in lex.determiners)) or (
            m.start > 0 and ent.words[m.start - 1] in lex.stopwords))  # (not "how much does it account for")
    if "operation" not in ent.query and (ent.videos or ent.rank_at) and (
            opener := said_at(ent.words, 0, lex.split_gap_openers)) is not None \
            and not lex.split_gap_closers.isdisjoint(ent.words[len(opener) :]):
        # ("how far was #2 behind <title>": the gap, its two parts apart; the comparing word only says which way)
        ent.query["operation"] = [Match(0, len(opener), "difference")]
        _keep_unit(ent, "comparative", lambda m: ent.words[m.start] not in lex.split_gap_closers)
    if "comparative" in ent.query and not lex.maker_nouns.isdisjoint(ent.words):
        # ("the guy behind the <title> vid": who made it, no video ranked below it)
        _keep_unit(ent, "comparative", lambda m: not (m.start > 0 and ent.words[m.start - 1] in lex.maker_nouns
                                                      and ent.words[m.start] in lex.place_beside_words))
    if ent.rank_at and ent.videos and "comparative" in ent.query and ent.words[0] in lex.which_asks \
            and not lex.place_beside_words.isdisjoint(ent.words):
        _place_beside(ent, lex)
    if len(ent.numbers) == 1 and not ent.videos and all(
            ent.words[at] in lex.generic_measure_words for at in ent.measure_starts):
        _figure_names_measure(ent, lex)
    if not ent.measures and ent.videos and not ent.thresholds and "operation" in ent.query:
        _count_of_video(ent, lex)
    if ent.days and "posting" in ent.query and "date" not in ent.cues and len({r.best for r in ent.videos}) == 1:
        _day_after_posting(ent)
    if len(ent.ranks) == 1 and ent.ranks[0] > 1 and len(ent.videos) > 1 and ent.cues.get("compare") == 1.0:
        _place_among_choices(ent, lex)  # (not "which came 1st, <A> or <B>": which of the two is ahead)
    if len(ent.videos) > 1 and (count := ent.query.get("operation", [None])[-1]) is not None \
            and count.payload == "count" and count.end == len(ent.words) and (
                "comparative" in ent.query or ent.cues.get("compare")):
        # ("did <title> get more views than <title>? how many": the margin, nothing after "how many" to count)
        ent.query["operation"][-1] = Match(count.start, count.end, "difference")
    if ent.numbers and ent.cues.get("least") and ent.cues.get("most"):
        _whole_list_top(ent, lex)
    if "order" in ent.query and "relative" in ent.query and "posting" in ent.query:
        # ("the first video posted after <title>", "the last one posted before <title>": the one next to it)
        nearest = {"first": "after", "last": "before"}
        # (counted from a video named right after: not "first vid posted after the 20th nov", a bound on the day)
        # (a title said in two words or more, or with a video word after it: not "the last one before voting")
        anchors = {r.start for r in ent.videos if r.strong and (r.end - r.start > 1 or (
            r.end < len(ent.tokens) and ent.tokens[r.end].s in lex.video_words))} | {
            ent.spans[p][0] for p in ent.people if p in ent.spans}
        gone = {o.start for o in ent.query["order"] if any(
            nearest.get(o.payload) == r.payload and o.end <= r.start and (
                r.end in anchors or (r.end + 1 in anchors and ent.words[r.end] in lex.determiners))
            for r in ent.query["relative"])}
        _keep_unit(ent, "order", lambda o: o.start not in gone)
        _keep_ranks(ent, lambda at: at not in gone)  # ("first": a place too)
    if len(ent.videos) == 1 and "relative" in ent.query and (any(
            m.payload in SET_BESIDE for m in ent.query.get("operation", ())) or "versus" in ent.query
            or ent.cues.get("compare")):
        _neighbour_named(ent, lex)
    if len(ent.videos) == 1 and "operation" in ent.query and "least" in ent.cues:
        _count_from_the_end(ent, lex)
    # ("the one after the 3rd from bottom, date?": a place said counted from the bottom, a posting word beside it)
    if ent.rank_at and ("posting" not in ent.query or any(
            said_at(ent.words, at + 1, lex.from_bottom_words) is not None for at in ent.rank_at)) and not (
            "order" in ent.query and _places_from_the_end(ent, lex)) and "least" not in ent.cues:
        _counted_from_the_end(ent, lex)
    if len(ent.ranks) > 1 and len(set(ent.ranks)) == 1 and len({ent.words[k] for k in ent.rank_at}) == len(
            ent.ranks) and not any(t.s in lex.separators for t in ent.tokens[ent.rank_at[0] : ent.rank_at[-1]]) \
            and not ent.cues.get("least") and "posting" not in ent.query:
        # ("#2 on the list, the second one, position 2": one place said again in other words; not "8th and 9th, 9th
        # and 10th" (joined), "3rd most minus 3rd least", "the 2nd most viewed, the 2nd posted": other places)
        del ent.ranks[1:], ent.rank_at[1:]
    if len(ent.ranks) > len(set(ent.ranks)) > 1:
        _list_place_repeated(ent)
    if "relative" in ent.query and ent.measures and not lex.count_got_verbs.isdisjoint(ent.words):
        _since_posted(ent, lex)
    if len(ent.videos) > 1 and any(r.group for r in ent.videos) and ent.query.keys().isdisjoint(_SCOPING) \
            and not ent.ranks and not any(ent.cues.get(c) for c in (*COMPARED_CUES, "most", "least")):
        # (not where the group sets what it is set against: "is <title> the least viewed of the <topic> videos",
        # "<title> as a share of the <topic> ones")
        _member_before_group(ent, lex)
    if ent.videos and len(ent.query.get("order", ())) > 1:
        _place_restated(ent, lex)
    if ent.ranks and len({r.best for r in ent.videos}) > 1:
        _own_places_said(ent, lex)
    if "comparative" in ent.query and "relative" in ent.query and len({r.best for r in ent.videos}) == 1:
        place_not_compared(ent, lex)
    if len(ent.numbers) >= 2 and (not ent.ranks or not lex.comparative_joins.isdisjoint(ent.words)
                                  or _ranks_after_versus(ent)) and ("operation" in ent.query or ent.measures):
        _bare_places(ent, lex)  # (a place said first: "did number one get more than 3 and 4 put together")
    if ent.narrowed is not None and (ent.numbers or ent.days or ent.rank_at or "order" in ent.query):
        _poster_disputed(ent, lex)
    if "relative" in ent.query and "operation" in ent.query:
        _against_a_set_figure(ent, lex)  # (most questions have neither)
    if "comparative" in ent.query and "operation" in ent.query and len(ent.videos) == 1 and "versus" not in ent.query:
        _compared_with_a_set_figure(ent, lex)  # ("how many views is <title> short of the median": rare)
    if "operation" in ent.query and not lex.list_in_time.isdisjoint(ent.words):
        # ("the last 3 that went up by date": "by" opens the order said, no gap of "went up by")
        _keep_unit(ent, "operation", lambda m: not (
            ent.words[m.end - 1] in lex.margin_before and m.end < len(ent.words)
            and ent.words[m.end] in lex.list_in_time))
    if "half" in ent.query and "factor" in ent.query:
        # ("is #3 half again as big as <title>": a factor, no half of the list; "the bottom half of" is one still)
        _keep_unit(ent, "half", lambda m: not (m.end < len(ent.words) and ent.words[m.end] in lex.half_set_against
                                               and any(f.start == m.start for f in ent.query["factor"])))
    if "comparative" in ent.query and "versus" in ent.query and "operation" in ent.query and not (
            ent.videos or ent.ranks):
        _over_the_mean(ent, lex)  # ("which videos got more views than average": rare)
    if ent.people and ent.videos and sum(ent.cues.get(c, 0.0) for c in COMPARED_CUES) >= COMPARED:
        _poster_video(ent, lex, compared=True)
    if len(ent.people) == 2 and not ent.videos and "versus" not in ent.query \
            and ent.cues.get("compare", 0.0) > COMPARED:
        _posters_set_against(ent, lex)
    if ent.videos and "order" in ent.query and any(ent.cues.get(c) for c in SET_FIGURES) and any(
            not r.strong for r in ent.videos) and not any(ent.cues.get(c) for c in COMPARED_CUES):
        # "mean views across the top 10, exact value": one everyday word of a title beside a set's figure over a
        # slice of the list names no video, video word or not ("the top 3 ... concentrated on a few videos")
        _drop_everyday_title_words(ent, lex, before_video_word=False)
    if ent.videos and not ent.measures and not lex.item_asks.isdisjoint(ent.words) and "order" not in ent.query \
            and not any(ent.cues.get(c) for c in COMPARED_CUES):  # ("which <title> did better": the video)
        _title_items(ent, lex)
    if "rate" in ent.query and "negate" in ent.query:
        _unwanted_rates(ent, lex)
    if "bonus" in ent.cues and "negate" in ent.query:
        _bonus_left_out(ent, lex)
    if "operation" in ent.query and (ent.videos or ent.cues.get("scope") or ent.cues.get("source")) and any(
            m.payload == "count" and m.start > 0 and ent.words[m.start - 1] in lex.measure_words
            for m in ent.query["operation"]):
        # ("the view numbers of these videos": the measure's figures, named twice, not how many videos)
        _keep_unit(ent, "operation", lambda m: not (m.payload == "count" and m.start > 0 and ent.words[
            m.start - 1] in lex.measure_words and ent.words[m.start] in lex.measure_words))
    if "premise" in ent.query and "relative" in ent.query:
        # ("the one right under <title>", "right after it": "right" says how near, no claim put to check)
        starts = {m.start for m in ent.query["relative"]}
        _keep_unit(ent, "premise", lambda m: not (m.end - m.start == 1 and ent.words[m.start] in lex.next_only_words
                                                  and m.end in starts))
    if ent.rank_at and ent.videos and "premise" not in ent.query and ent.words[0] in lex.reason_starts:
        _why_then_claim(ent, lex)
    if ent.words and ent.words[0] in lex.place_asks and not lex.place_verb_words.isdisjoint(ent.words):
        _place_asked(ent, lex)
    if not lex.future_words[0].isdisjoint(ent.words) and not lex.future_words[1].isdisjoint(ent.words) \
            and lex.forecast_measure not in ent.measures and lex.future_not_with.isdisjoint(ent.words):
        _future_asked(ent, lex)  # (most questions say no "will" and no future verb: looked for only then)
    if not (ent.months or ent.days) and not (lex.window_words.isdisjoint(ent.words) and (
            not ent.videos or lex.window_starts.isdisjoint(ent.words))):
        _end_window(ent, lex)  # (most questions say no week or days)
    if not (ent.measures or lex.judgement_words.isdisjoint(ent.words)):
        _judgement_asked(ent, lex)  # (most questions say none of its words)
    if ent.videos and not ent.measures and not lex.duration_words.isdisjoint(ent.words) and not (
            ent.query.get("when") or ent.query.get("relative") or ent.days or ent.months):
        _running_time(ent, lex)
    if "negate" in ent.query and (ent.words[0] in lex.yes_no_openers or ent.words[0] in lex.negative_openers):
        # "wasn't the <title> the most viewed?": a question put negatively, nothing taken out of the set
        _keep_unit(ent, "negate", lambda m: m.start > 0)
    if "order" in ent.query and ent.years and not lex.campaign_spans.isdisjoint(ent.words):
        # ("retweets in 2017, the last election": which election, the year said; no video's order)
        def election(m: Match) -> bool:
            # (an end of a list said right before an election word, no video word after it: "the last election",
            # not "the most watched campaign video")
            n = len(ent.words)
            return m.end < n and ent.words[m.end] in lex.campaign_spans and ent.words[m.start] in lex.end_words \
                and not (m.end + 1 < n and ent.tokens[m.end + 1].s in lex.video_words)

        _keep_unit(ent, "order", lambda m: not election(m))
        for cue in ("most", "least"):
            if any(map(election, ent.cue_matches.get(cue, ()))):
                _keep_cue(ent, cue, [m for m in ent.cue_matches[cue] if not election(m)])
    if "negate" in ent.query and ent.people and ent.videos:
        # ("did <name> not tweet <title>", "<name> didnt post <title> did he": who posted it asked, put negatively)
        _keep_unit(ent, "negate", lambda m: not _posting_denied(ent, lex, m))
    if "negate" in ent.query and not lex.doubt_after_negation.isdisjoint(ent.words):
        # ("not sure and <title> total": doubt, or a short name's words, nothing taken out)
        _keep_unit(ent, "negate", lambda m: not (m.end < len(ent.words)
                                                 and ent.words[m.end] in lex.doubt_after_negation))
    if (ent.months or ent.days) and ent.videos and not lex.undated.isdisjoint(r.best for r in ent.videos) \
            and said_anywhere(ent.words, lex.undated_said):
        # "the November total (the <title> has no date, so without it)": left out by the speaker, not asked about
        ent.videos = [r for r in ent.videos if not (len(r.candidates) == 1 and r.best in lex.undated)]
    if "word meanings" in ent.measures and ent.videos:
        _short_forms_spelt(ent, lex)
    if ent.people and "posting" not in ent.query:
        _post_verb(ent, lex)
    if ent.measures and not lex.campaign_measures.isdisjoint(ent.measures):  # ("retweets": few questions)
        _metric_day(ent, lex)
    if ent.measures and ent.unknown and not (ent.people or ent.parties or ent.videos or ent.others):
        _counted_stranger(ent, lex)
    if ent.videos and "relative" in ent.query and (
            ent.cues.get("days") or "versus" in ent.query or len(ent.query["relative"]) > 1):
        _relative_sides(ent, lex)
    if len(ent.parties) > 1 and "order" in ent.query and not (ent.videos or ent.ranks) and not ent.query.keys(
            ).isdisjoint(("versus", "comparative")):
        _party_did_best(ent, lex)
    if ent.parties and (ent.people or ent.videos or ent.ranks or "order" in ent.query):
        _drop_claimants(ent, lex)  # (someone or some videos named: a party's claim about them is no subject)
    if "operation" in ent.query and not lex.ratio_not_before.isdisjoint(ent.words):
        # ("multiple choice: ...", "multiple videos": no ratio asked)
        _keep_unit(ent, "operation", lambda m: not (m.payload == "ratio" and m.end < len(ent.words)
                                                    and ent.words[m.end] in lex.ratio_not_before))
    if ent.videos and not lex.all_words.isdisjoint(ent.words) and any(
            m.payload in ("sum", "mean") for m in ent.query.get("operation", ())) and "order" not in ent.query \
            and not (ent.cues.get("most") or ent.cues.get("least")):
        _said_included(ent, lex)
    if len(ent.ranks) > 1 and "posting" in ent.query:
        _posted_places_named(ent, lex)
    if "weekday" in ent.query and ("'" in ent.text or "\u2019" in ent.text):
        _weekday_owned(ent, lex)
    if "average" in ent.cues and not lex.unkind_nouns.isdisjoint(ent.words):
        _unkind_mean(ent, lex)
    if "source" in ent.cues and ent.measures and not lex.article_words.isdisjoint(ent.words):
        _attributed(ent, lex)
    if "text" in ent.cues:
        _source_speaking(ent, lex)
        if ent.people and ent.rank_at:
            _speaker_after_place(ent, lex)
    if ent.thresholds and (ent.cues.get("least") or ent.cues.get("most")):
        _bound_cues_dropped(ent, lex)
    if "date" in ent.cues and len(ent.cue_matches["date"]) == 1:
        _when_clause(ent, lex)
    if "current" in ent.cues and lex.dataset.campaign.year not in ent.years:
        # "2.4m in 2017, how many this time", "RTs per day this campaign": the data's own campaign
        ent.years.append(lex.dataset.campaign.year)
        if lex.previous_year and lex.previous_year not in ent.years and (previous := _previous_said(ent, lex)):
            # ("this time and last time": the one before it too, its "last" no least viewed)
            ent.years.append(lex.previous_year)
            _keep_cue(ent, "least", [m for m in ent.cue_matches.get("least", ())
                                     if not any(start <= m.start < end for start, end in previous)])
    if len(set(ent.years)) > 1 and lex.dataset.campaign.year in ent.years and not lex.way_joins.isdisjoint(ent.words) \
            and sum(ent.cues.get(c, 0.0) for c in COMPARED_CUES) < COMPARED and lex.which_asks.isdisjoint(ent.words) \
            and lex.each_words.isdisjoint(ent.words) and not ent.cues.get("days") and lex.span_words.isdisjoint(
                ent.words):  # (not "which campaign was longer, 2017 or 2019? days each", "days in 2017 or 2019")
        _year_doubted(ent, lex)
    # "was it <name> or someone else?": a person asked about, a guess to check, never whose videos to take.
    if ent.people and ((said := ent.query.get("premise", ())) or not lex.guess_words.isdisjoint(ent.words)):
        n = len(ent.words)
        # ("which was the most viewed video <name> posted": a question, the claim's words asked, no guess at <name>)
        # ("is it true <name> averaged ...": whether what follows holds, the name its subject, no guess at whom)
        # ("what rank is the most viewed <name> video": a place asked of it, the question word before the place word)
        claims = [m.end for m in said if not (m.start and (ent.words[m.start - 1] in lex.claim_asked_after or (
            m.start > 1 and ent.words[m.start - 1] in lex.rank_words
            and ent.words[m.start - 2] in lex.claim_asked_after)))
                  and lex.truth_words.isdisjoint(ent.words[m.end - 1 : m.end + 1])]
        # ("the top vid was posted by <name> himself right?": whose it was, claimed after "was", not a set of theirs)
        claims += [m.end + 1 for m in ent.query.get("posting", ()) if m.start > 0 and ent.words[m.start - 1]
                   in lex.place_restated and m.end < n and ent.words[m.end] in lex.posted_by_words]
        # ("..., wasnt <name> was it": a claim closing the question right after the name; "..., it is not <name> i
        # think": a guess said after it)
        ent.guessed = [p for p in ent.people
                       if any(0 <= ent.spans.get(p, (-9, 0))[0] - e < GUESS_REACH for e in claims)
                       # ("<name>'s account or someone else?": a word for what of theirs between)
                       or any(m.end == n and m.start - (end := ent.spans.get(p, (0, -9))[1]) in (0, 1)
                              and (m.start == end or ent.words[end] in lex.generic_words) for m in said)
                       or not lex.guess_words.isdisjoint(ent.words[(end := ent.spans.get(p, (0, n))[1]) : end + 2])
                       # ("what was number 1, bet its some <name> speech": a guess said before them, after what is
                       # asked)
                       or _guessed_before(ent, lex, ent.spans.get(p, (0, 0))[0])]
        # ("was it <name> or <name>", "was it <a name mistyped> or <name>": the other one offered is a guess too)
        ent.guessed += [p for p in ent.people if p not in ent.guessed and (start := ent.spans.get(p, (0, 0))[0]) > 1
                        and ent.words[start - 1] in lex.way_joins
                        and any(0 < start - e <= GUESS_REACH + ALTERNATIVE_REACH for e in claims)]
    if ent.people and ent.cue("poster") and ent.words[0] in lex.poster_asks:
        # ("who posted the number one video, <name> himself?": the name closing the question, after what is asked of,
        # is a guess at whom)
        ent.guessed += [p for p in ent.people if p not in ent.guessed and (span := ent.spans.get(p)) is not None
                        and span[0] > 1 and ent.words[span[0] - 1] not in lex.owner_before
                        and ent.words[span[0] - 1] not in lex.separators  # (not "who posted more, <name> or <name>")
                        and all(w in lex.closing_guesses for w in ent.words[span[1] :])
                        # (set apart by a mark: not "who posted the video starring <name>")
                        and _set_apart(ent, span[0])]
    if len(ent.people) > 1 and ent.videos and ent.cue("poster") and ent.words[0] in lex.poster_asks \
            and not lex.way_joins.isdisjoint(ent.words):
        _posters_offered(ent, lex)
    if ent.parties and ent.cue("poster") and ent.cue("most") and (said := ent.query.get("premise", ())):
        # ("who posted most of them, was it the <party> account": a party guessed at as the poster, whom the question
        # asks; not whose videos, nor whose campaign figure)
        ent.parties = [p for p in ent.parties if not any(0 <= ent.spans.get(p, (-9, 0))[0] - m.end < GUESS_REACH
                                                         for m in said)]
    if ent.rank_at and said_at(ent.words, 0, lex.reason_openers) is not None:
        _reason_idioms(ent, lex)
    if (ent.videos or ent.ranks or "order" in ent.query) and not (
            lex.bare_sum_words.isdisjoint(ent.words) and not _closing_sum(ent, lex)) and (
            "operation" not in ent.query or all(  # ("both <topic> vids added (<A> + <B>) how many": their total)
                m.payload == "count" and m.end == len(ent.words) and m.start > 0 for m in ent.query["operation"])):
        # ("add <title> and <title> views": a sum of what follows the verb; "add me on steam" adds nothing asked)
        k = next((k for k, w in enumerate(ent.words) if w in lex.bare_sum_words), None)
        if k is None:  # ("both <topic> vids added (<A> + <B>)": the verb closing what it adds, its names after it)
            k = len(ent.words) - 1
        # (what follows: past "the", a count, "the two <topic> videos", "the top 3")
        j = k + 1
        while j < len(ent.words) and (ent.words[j] in lex.determiners or any(n.start == j for n in ent.numbers)):
            j += 1
        # (not "add the top 3 and divide by 3": a sum only a step of what is asked)
        if lex.further_working.isdisjoint(ent.words[k + 1 :]) and (any(r.start == j for r in ent.videos) or (
                j in ent.rank_at) or any(m.start == j for m in ent.query.get("order", ())) or (
                k == len(ent.words) - 1 and (len(ent.videos) + len(ent.rank_at) > 1 or any(
                    r.group for r in ent.videos) or any(  # ("the bottom 2 views added": a slice of the list)
                    n.start == m.end and not n.scaled for m in ent.query.get("order", ()) for n in ent.numbers)))):
            # ("<title> and <title> views, add", "both <topic> vids added": the verb closing the question adds what
            # was said before it)
            ent.query["operation"] = [Match(k, k + 1, "sum")]
            ent.cues["total"] = max(ent.cues.get("total", 0.0), BARE_SUM_CUE)
    if not ent.videos and len(ent.people) == 1:
        _poster_field(ent, lex)
    if ent.days:
        _days_as_names(ent, lex)
    if len(ent.ranks) == 1 and not ent.videos and (ent.days or ent.months) and "posting" in ent.query:
        _place_said_posted(ent, lex)  # ("was #2 posted on dec 12": rare)
    if ent.ranks and ent.videos and not ent.months and ent.cues.get("date") and all(
            len(lex.by_place) < r <= DAYS_IN_A_MONTH for r in ent.ranks):
        # ("when did <title> go out, 25th?": a day of the month guessed, no place past the list; its date answers)
        ent.ranks, ent.rank_at = [], []
    if ent.months and ent.rank_at:
        _month_restated(ent, lex)
    if ent.numbers:
        _figure_video(ent, lex)
    if "most" in ent.cue_matches and len(ent.cue_matches) > 1:
        _inside_most(ent)
    if ent.query.get("operation") and (len(ent.query["operation"]) > 1 or "order" in ent.query) \
            and not lex.set_takes.isdisjoint(ent.words):
        _set_minus(ent, lex)
    if len(ent.query.get("operation", ())) > 1:
        _share_of_a_gap(ent, lex)
    if not lex.event_span_hints.isdisjoint(ent.words) and any(
            # (as typed, or as read: "days b4 the election", its short forms spelt out)
            (counted := lex.event_span.search(said)) is not None and lex.event_dated.match(said, counted.end()) is None
            and (said is text or counted[0].split()[0] in lex.event_span_hints) and (any(
                m.payload == "days" for m in ent.query.get("operation", ()))
                # ("<title> - days til election day?": the count asked in a clause of its own; not "<title> posted
                # 5 december, days before election how many?", a day claimed to check first)
                or (_CLAUSE_OPENS.search(said[: counted.start()]) is not None and not ent.days
                    and counted.start() > 0 and ent.videos and not said[counted.end() :].strip(" ?!.")))
            for said in (text, " ".join(ent.words))):
        # ("how many days before polling day was <title>": the time to a day the data has no date for, whatever
        # else is said; not "before polling day (the 12th)", dated by the asker)
        ent.measures.append(lex.event_day_measure)
        ent.measure_starts.append(len(ent.words))
        ent.measure_ends.append(len(ent.words))
    return ent


# Where a clause opens: the start of the question or a mark ending the clause before it.
_CLAUSE_OPENS = re.compile(r"(?:^|[-–—,:;?!.])\s*$")
# A bracketed aside right after a question mark ("median of the 10? (n even, so the mean of the middle two)"), or
# ending the message: said about the question, not asking more, unless it narrows it (the videos meant, a set, an
# order).
# The options of a multiple-choice question, as quizzes write them: "a) ... b) ...", "(a) ... (b) ..." after it.
# (after a whole question, or after "which ...:"; "Task 4: a) ..." lists parts, checked where it is used)
_OPTION_A = re.compile(r"(?<=[?:])\s*\(?[aA]\)\s+\S")
_OPTION_B = re.compile(r"\s\(?[bB]\)\s+\S")
_OPTION = re.compile(r"(?:^|(?<=[\s?:]))\(?[a-eA-E]\)\s")  # any option's letter
_SENTENCE_MARK = re.compile(r"[.?!]")
_LEADING_AT = re.compile(r"\s*@(?=(\w+))")  # an "@" opening a message, the word after it
_ASIDE = re.compile(r"\?\s*\([^()]*\)|\s\([^()]*\)\s*[?.!]*\s*$")  # (the last: "... (an aside)?" too)
_DAY_GLOSS = re.compile(r"(\s)(\((?:the|i\.?e\.?|aka)\s[^()]*\))", re.IGNORECASE)  # "(the end of ...)" after a day


REPEAT_WORDS = 4  # a last sentence this short, only of words said before it, asks nothing more ("... . which first")


def place_not_compared(ent: Entities, lex: Lexicon) -> None:
    """ "which video was ahead of <title>": with one video named and one video asked, a phrase of both a place and a
    comparison of two is the place next to it ("was <title> ahead of <title>" compares the two)."""
    if ent.query.keys() & {"operation", "posting"} or not lex.video_plurals.isdisjoint(ent.words) or ent.cue("lookup"):
        return  # (not "how many videos were ahead of <title>", "posted ahead of", "which videos", "how much ahead")
    # (a video right after it, "ahead of the <title> one"; not "it was well ahead of the rest")
    spans = {(m.start, m.end) for m in ent.query["relative"] if any(0 <= r.start - m.end <= 2 for r in ent.videos)}
    _keep_unit(ent, "comparative", lambda m: (m.start, m.end) not in spans)
    if "comparative" not in ent.query and "compare" in ent.cue_matches:
        _keep_cue(ent, "compare", [m for m in ent.cue_matches["compare"]
                                   if not any(s <= m.start and m.end <= e for s, e in spans)])


SUPERLATIVE_STEM = 3  # letters before a superlative's ending at least ("weird-est"; not "qu-est")


NEAR_OWNER = 2  # words before a favourites word where "my" makes them the asker's own ("my personal faves")


def _place_of_unknown_order(ent: Entities, lex: Lexicon) -> None:
    """ "the second <word no table knows>est one": a place said in words or with an ordinal's ending, in an order the
    data does not know (a superlative of some dialect), no place in the list by views ("#6 simplest form" keeps #6)."""
    n = len(ent.tokens)
    kept = [k for k, at in enumerate(ent.rank_at) if not (
        at + 1 < n and ent.reads[at + 1].unknown and ent.words[at].isalnum() and bool(lex.superlative_ending)
        and ent.words[at + 1].endswith(lex.superlative_ending)
        and len(ent.words[at + 1]) >= len(lex.superlative_ending) + SUPERLATIVE_STEM)]
    ent.ranks, ent.rank_at = [ent.ranks[k] for k in kept], [ent.rank_at[k] for k in kept]


def _steps_not_places(ent: Entities, lex: Lexicon) -> None:
    """ "the vid 4 places above the bottom one": a number after a video word, then a place word right before a
    relative one, counts the places to step (a figure), not video number 4."""
    starts = {m.start for m in ent.query["relative"]}
    tokens = ent.tokens
    steps = {k for k, at in enumerate(ent.rank_at) if at + 2 in starts and tokens[at + 1].s in lex.rank_words
             and at > 0 and tokens[at - 1].s in lex.video_words}
    ent.numbers = sorted([*ent.numbers, *(Number(ent.rank_at[k], ent.rank_at[k] + 1, float(ent.ranks[k]), False)
                                          for k in steps)], key=lambda num: num.start)
    ent.ranks, ent.rank_at = [r for k, r in enumerate(ent.ranks) if k not in steps], [
        at for k, at in enumerate(ent.rank_at) if k not in steps]


def placed_before(ent: Entities, at: Collection[int]) -> bool:
    """Whether a place phrase ends right before one of the words `at` ("the one after IT": a video asked by its place
    next to what that word stands for)."""
    return any(m.end in at for m in ent.query.get("relative", ()))


def _share_of_a_gap(ent: Entities, lex: Lexicon) -> None:
    """ "how much of a gap in views": "how much of" before the gap asked is the size of it, no share."""
    ops = ent.query["operation"]
    gaps = {m.start for m in ops if m.payload == "difference"}
    # (or "how much of a <word> is it, by how many views": a size said as a thing, the gap asked after it)
    shared = [m for m in ops if m.payload == "share_of" and (m.end in gaps or (
        m.end < len(ent.words) and ((m.end + 1 in gaps and ent.words[m.end] in lex.determiners) or (
            gaps and ent.words[m.end] in lex.indefinite_articles))))]
    if shared:
        ent.query["operation"] = [m for m in ops if m not in shared]


def _set_minus(ent: Entities, lex: Lexicon) -> None:
    """ "top 10 total minus #1", "total views minus the <title> one": right after a set's total, "minus" takes what
    follows out of the set (not "#1 minus #2", two figures' difference)."""
    ops = ent.query["operation"]
    total = next((m for m in ops if m.payload == "sum" and ent.said(m) in lex.set_totals), None)
    every = len(lex.dataset.videos)
    take = next((m for m in ops if m.payload == "difference" and ent.said(m) in lex.set_takes and (
        (total is not None and 0 <= m.start - total.end <= 1)
        # ("top 10 minus the <title> one, what's left": the whole list's top, all of it, then one taken out)
        # (the one order said: not "top of the top 10 minus bottom of the top 10", two ends)
        or (m.start >= 2 and lex.whole_number(ent.words[m.start - 1]) == every and [
            (o.payload, o.end) for o in ent.query.get("order", ())
            if o.start < m.start] == [("views_desc", m.start - 1)]
            # (what is taken out named after it: a video, a place or a slice, not "top 10 minus 3", a bare number)
            and (any(r.start >= m.end for r in ent.videos) or any(at >= m.end for at in ent.rank_at)
                 or any(o.start >= m.end for o in ent.query.get("order", ())))))), None)
    if take is None or any(r.start < take.start for r in ent.videos) or any(at < take.start for at in ent.rank_at) \
            or ent.parties or ent.people or ent.years or any(m.start > take.start for m in ops if m is not take) \
            or any(n.start < take.start and n.value < len(lex.dataset.videos) for n in ent.numbers):
        # (a video, a place, a side or a year before it, another operation after it, "top 3 total minus bottom 3
        # total", "<party> total minus <party>", "total minus average": figures set against each other; nor a slice
        # smaller than the list, "top 3 total minus #1", which leaving one out would fill up again)
        return
    # (with no total said, "minus" still asks a figure: the total of what is left)
    ent.query["operation"] = [m for m in ops if m is not take] if total is not None else [
        Match(take.start, take.end, "sum") if m is take else m for m in ops]
    ent.query.setdefault("negate", []).append(Match(take.start, take.end, "not"))


def _inside_most(ent: Entities) -> None:
    """ "which party came out on top": a phrase of another cue or of posting ("came out", "top") inside a longer
    phrase of the most viewed is part of it, nothing else said."""
    spans = [(m.start, m.end) for m in ent.cue_matches["most"] if m.end - m.start >= MOST_PHRASE]
    if not spans:
        return

    def inside(m: Match) -> bool:
        return any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in spans)

    for cue in [c for c in ent.cue_matches if c != "most"]:
        if any(map(inside, ent.cue_matches[cue])):
            _keep_cue(ent, cue, [m for m in ent.cue_matches[cue] if not inside(m)])
    if any(map(inside, ent.query.get("posting", ()))):
        _keep_unit(ent, "posting", lambda m: not inside(m))


def _event_as_day(text: str, lex: Lexicon) -> str:
    """ "the day before polling day (12th)", "on election day, the 12th": the day the asker gives an event the data
    has no date for stands for it ("the day before the 12 December")."""
    low = text.lower()
    if not any(stem in low for stem in lex.event_stems):
        return text
    if (stated := lex.event_stated.search(text)) is not None and (other := (
            lex.event_span.search(rest := text[: stated.start()] + text[stated.end() :])
            or lex.event_day.search(rest) or lex.event_named.search(rest))) is not None:
        # ("how many days before the election was <title> posted, election being dec 12": the day the asker gives
        # the event, read where it is named, first where a time is counted to it (not "vote" in a title))
        text = f"{rest[: other.end()]} ({stated['date']}){rest[other.end() :]}"
    if (named := lex.event_as_day.search(text)) is None:
        return text
    if "(" not in named["lead"] and lex.event_before.search(text, 0, named.start()) is not None:
        return text  # ("the day before the election, on the 11th": the day said is the day before's)
    day, rest = named["day"], text[named.end() :]
    if day:
        # (a day of no month said: the latest such day up to the article's, as "the day before the 12th"; none,
        # "election day, the 13th", after the article: left as said)
        on = [d for d in lex.days_numbered(int(day)) if d <= lex.dataset.source.published]
        if not on:
            return text
        rest = f"{on[-1].day} {on[-1]:%B}" + rest[len(day) + len(named["suffix"]) :]
    return text[: named.start()] + "the " + rest


def _event_day(text: str, event: re.Match[str], lex: Lexicon) -> Entities:
    """ "when did <title> go up, like the day before polls?": a day the data has no date for, passed over where a
    video or a day said dates the question; alone ("which went out the day before the vote"), the day is asked."""
    ent = extract(text[: event.start()] + " " + text[event.end() :], lex)
    # (a day of the month alone, "on the 11th", is read as a place here and as a day by the parser)
    if not (ent.days or ent.months or ent.rank_at or any(r.strong for r in ent.videos)):
        ent.measures.append(lex.event_day_measure)
        ent.measure_starts.append(len(ent.words))
        ent.measure_ends.append(len(ent.words))
    return ent


# A letter o typed for a zero inside a number: a digit before it, then digits or an ordinal ending ("1oth", "2o19")
_O_FOR_ZERO = re.compile(r"\b\d+[oO]+(?=\d|th\b)[\doO]*(?:th)?\b")


def _typed(text: str, lex: Lexicon) -> list[str]:
    """The words of a text as typed, its signs, dates, decimal commas, dotted ordinals and spelt-out letters read."""
    text = lex.spell_dates(lex.decimal_commas(lex.spell_symbols(lex.possessed(lex.repeats_read(text)))))
    glued = LETTER_DIGIT.search(text) is not None  # (a letter right before a digit: most messages have none)
    if _O_FOR_ZERO.search(text) is not None:
        text = _O_FOR_ZERO.sub(lambda m: m[0].replace("o", "0").replace("O", "0"), text)  # ("1oth", "2o19")
        glued = LETTER_DIGIT.search(text) is not None
    if glued and lex.lettered_place is not None:
        text = lex.lettered_place.sub(r"#\1", text)  # ("P7 on the grid": the 7th place)
    said = lex.spell_letters(words(lex.spell_ordinals(text)))
    # (a table's word with a digit among its letters, split by the word pattern)
    return lex.digits_joined(said) if glued and lex.digit_words else said


# A mark between two parts of a sentence (not "3.7m", "3,700,000" or "9.12.2019")
_ASKED = re.compile(r"[?!]+")  # the end of a question or an exclamation
_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:]|\.(?![\d.])(?<!\d\.)|\s[-–—]\s")


def break_after(ent: Entities, lex: Lexicon, start: int, end: int, asked: bool = False) -> bool:
    """Whether a joining word, a comma or another mark between parts of a sentence follows one of the words
    start..end-1 ("second and last", "who finished 3rd, last spot", "3rd - last": no "3rd last"; `asked`: a question
    or exclamation mark too, "what finished 4th?? last ... spot")."""
    if any(w in lex.separators for w in ent.words[start + 1 : end]):
        return True
    if asked and ("?" in ent.text or "!" in ent.text):
        if ent._asked_breaks is None:
            ent._asked_breaks = _words_before_marks(ent, lex, _ASKED)
        if any(start < said <= end for said in ent._asked_breaks):
            return True
    if ent._breaks is None:
        ent._breaks = _words_before_marks(ent, lex, _BREAK)  # (counted once a question: several readers ask)
    return any(start < said <= end for said in ent._breaks)


def _words_before_marks(ent: Entities, lex: Lexicon, marks: re.Pattern[str]) -> tuple[int, ...]:
    """How many words come before each of the text's marks (each part read once, counted part by part)."""
    text, said, last, counts = ent.text, 0, 0, []
    for mark in marks.finditer(text):
        said += len(lex.read_words(_typed(text[last : mark.start()], lex)))
        last = mark.end()
        counts.append(said)
    return tuple(counts)


def _without_repeat(text: str) -> str:
    """The text without a short last sentence that only repeats words said before it ("which came first, A or B.
    which first"): asked again, nothing new."""
    cut = max(text.rfind(". "), text.rfind("? "))
    tail = text[cut + 2 :]
    if not tail.strip() or len(tail.split()) > REPEAT_WORDS:
        return text
    said = words(tail)
    return text[: cut + 1] if said and set(said) <= set(words(text[: cut + 1])) else text


def _reads_anything(clause: str, lex: Lexicon) -> bool:
    """Whether a clause names anything the data holds or asks a figure (a video, someone, a place, a time, a number,
    a platform or a measure), or leaves something out or orders ("if we leave out the top one")."""
    said = extract(clause, lex)
    return bool(said.videos or said.people or said.parties or said.ranks or said.months or said.days or said.years
                or said.numbers or said.thresholds or said.platforms_named or said.measures or said.bonus
                or "negate" in said.query or "order" in said.query or said.cue("most") or said.cue("least"))


def _tags_sign_off(text: str, at: int, lex: Lexicon) -> bool:
    """Whether the hashtags ending a text from `at` sign it off: after the question's own end mark ("2nd most
    viewed?? #<tag>"), or none of them a tweet's own tag ("<A> or <B>, by how much #NHS"; not "the top video with
    #<a tweet's tag>", which names its video), the question before them naming what it asks about."""
    if not text[:at].rstrip().endswith(("?", "!", ".")) and not lex.hashtags.isdisjoint(words(text[at:])):
        return False
    return _subject_said(text[:at], lex)


def _subject_said(text: str, lex: Lexicon) -> bool:
    """Whether a text names what it asks about: a video, someone, a party, a place or an order (and asks nothing of
    tweets' tags: "which had a tweet with the hashtag #<tag>")."""
    said = extract(text, lex)
    return "tweet" not in said.query and bool(
        said.videos or said.people or said.parties or said.ranks or said.bonus or "order" in said.query
        or said.cue("most") or said.cue("least"))


# (hashtags of two letters or more, ending a text; not a place, "#1st")
_TRAILING_TAGS = re.compile(r"(?:\s+#(?!\d+(?:st|nd|rd|th)\b)(?=\w*[^\W\d]{2})\w+)+[\s.!]*$")


def _names_something(aside: str, lex: Lexicon) -> bool:
    """Whether a bracketed aside names a video, a person or a party ("(the <title> one)")."""
    said = extract(aside.strip(" ?()"), lex)
    return bool(said.videos or said.people or said.parties)


_BRACKET = re.compile(r"\(([^()]{1,20})\)")  # a short bracketed group


def _day_alone(said: str, lex: Lexicon) -> Entities | None:
    """What a bracketed group says, when it is one day and nothing more (no video, no place; three words at most),
    else None."""
    day = extract(said, lex)
    return day if len(day.days) == 1 and len(day.words) <= 3 and not (day.videos or day.ranks) else None


def _place_day(before: str, said: str, lex: Lexicon) -> str:
    """What stands for a bracketed group that is only a day said of the video at a place named right before it ("the
    1st one (23 nov)": nothing, the place kept as said; "the 1st (23 nov) who posted": "one", so the place is a
    video's, not the first posted), or "" when it is not."""
    if _day_alone(said, lex) is None:
        return ""
    placed = extract(before, lex)
    if not placed.ranks or placed.videos or placed.rank_at[-1] < len(placed.words) - 2 \
            or not 1 <= placed.ranks[-1] <= len(lex.by_place):
        return ""
    tweet = lex.dataset.videos[lex.by_place[placed.ranks[-1] - 1]].tweet
    if tweet is None or tweet.date is None:
        return ""
    return " " if placed.rank_at[-1] < len(placed.words) - 1 else " one "


def _own_day(before: str, said: str, lex: Lexicon) -> bool:
    """Whether a bracketed group is only a day said of the dated video named right before it: its posting day said
    again, or misremembered (the reply gives the day it was posted), never a day to count from."""
    if (day := _day_alone(said, lex)) is None:
        return False
    named = extract(before, lex).videos
    last = named[-1] if named else None
    if last is None or not last.strong or last.end < len(words(before)) - 2:
        return False
    tweet = lex.dataset.videos[last.best].tweet
    posted = tweet.date if tweet else None
    # (a name several videos share: only the day of the one it stands for, "the <topic> video (<its day>)")
    return posted is not None and (len(last.candidates) == 1 or (posted.month, posted.day) in day.days)


def _narrows(aside: str, lex: Lexicon, text: str = "") -> bool:
    """Whether a bracketed aside narrows the question: it names videos or people ("(<title>, <name>, the <topic>
    one)", "(not <name>'s)"), a set, an order or a platform ("(top 3 only)", "(excluding <title>)", "(on facebook)"),
    unless it explains how to work it out ("(n even, so the mean of the 5th and 6th)"); one everyday word of a title
    is no name ("(asking for a friend)")."""
    ent = extract(aside.strip(" ?()!."), lex)  # (the words inside the brackets)
    outside: list[Entities] = []

    def rest() -> Entities:
        """The question without the aside, read once when a check first needs it."""
        if not outside:
            outside.append(extract(text.replace(aside, " "), lex))
        return outside[0]

    if not lex.guess_words.isdisjoint(ent.words):
        return False  # ("what's the total of <a set>? (<title> + <title> i think)": a guess at what the set holds)
    said = ent.videos
    if said and text and any(m.end - m.start == 1 and any(r.strong and (r.start == m.end or (
            r.start == m.end + 1 and ent.words[m.end] in lex.determiners)) for r in said)
            for m in ent.query.get("negate", ())):
        # ("<word> views of the top ten? (not the <word> ... vid)": a word of the question told apart from a title
        # that has it, which the question does not name; not "(not including <title>)", which leaves it out)
        # (a word of the title other than a name: "<poster>'s total (not the <title with poster's name> vid)" leaves
        # it out)
        told = set(rest().words) - lex.name_words
        if not any(r.strong for r in rest().videos) and any(
                r.strong and not told.isdisjoint(ent.words[r.start : r.end]) for r in said):
            return False
    if len(said) > 1 and text and all(r.strong for r in said) and all(
            w in lex.range_words or w in lex.separators or w in lex.determiners or any(
                r.start <= k < r.end for r in said) for k, w in enumerate(ent.words)) and {
            lex.by_place.index(r.best) + 1 for r in said} <= set(rest().ranks):
        # ("total for places 6 to 10 (<6th> through <10th>)": the places' own videos, said again; not "(<7th> and
        # <9th> only)", which narrows the range)
        return False
    if ent.months and text and not (said or ent.ranks or ent.numbers or ent.people or ent.parties or ent.days) and (
            len(named := {r.best for r in rest().videos if r.strong}) > 1) and all(
            (tweet := lex.dataset.videos[v].tweet) is not None and tweet.date is not None
            and tweet.date.month in ent.months for v in named):
        return False  # ("days from <A> to <B>? (both from November)": when the videos named were posted, said again)
    if len({r.best for r in said}) > 1 or any(r.strong and r.end - r.start > 1 for r in said) or ent.people \
            or ent.parties or ent.years or ent.months or ent.days:
        return True  # ("(in 2017)", "(december only)": a time narrows too)
    explains = not lex.explaining_words.isdisjoint(ent.words) or not lex.guess_words.isdisjoint(ent.words)
    # ("... from the <title> video alone? (the nr 1)", "over the <title> one (last place)": the one video named, its
    # place said again)
    if (ent.ranks or set(ent.query) == {"order"}) and not (
            explains or (set(ent.query) - {"order"}) or ent.platforms_named or ent.measures or ent.numbers or said) \
            and len({r.best for r in rest().videos if r.strong}) == 1:
        return False
    # ("ratio of #1 to #10 (2 d.p.)", "(to the nearest 100k)": how the answer is shown, asked; "<name> on twitter
    # (handle)": what of a tweet is asked)
    return not explains and bool(ent.query or ent.ranks or ent.platforms_named or ent.measures or ent.numbers
                                 or any(r.strong for r in said) or ent.places is not None or ent.rounding is not None
                                 or any(ent.cues.get(f, 0.0) >= FIELD_SAID for f in TWEET_FIELD_CUES))


def _list_items(ent: Entities, lex: Lexicon) -> None:
    """ "total views of <short name>, <title> and <title>": a video's short name (an alias without its video word), said
    as an item of a list of named videos (a mark or a joining word between), names it; not "<title> and not sure
    what ...", doubt said after a video."""
    named = [r for r in ent.videos if r.strong]
    said, found = ent.words, []
    for name, vi in lex.item_names.items() if named else ():
        n = len(name)
        for i in range(len(said) - n + 1):
            end = i + n
            if tuple(said[i:end]) != name or any(j in ent.covered for j in range(i, end)):
                continue
            closed = end == len(said) or break_after(ent, lex, end - 1, end) or said[end] in lex.separators or (
                said[end] not in lex.question_words and said[end] not in lex.stopwords)
            before = any((r.end == i and i and break_after(ent, lex, i - 1, i)) or (
                r.end == i - 1 and said[i - 1] in lex.separators) for r in named)
            after = any((r.start == end and break_after(ent, lex, end - 1, end)) or (
                r.start == end + 1 and said[end] in lex.separators) for r in named)
            if closed and (before or after):
                found.append(VideoRef(i, end, (vi,), True))
                ent.covered.update(range(i, end))
    if found:
        ent.videos = sorted([*ent.videos, *found], key=lambda r: r.start)


def _drop_person(ent: Entities, person: str) -> None:
    """Someone found no longer read as someone asked about (their words say something else)."""
    ent.people.remove(person)
    del ent.spans[person]


def _cast_of_named(ent: Entities, lex: Lexicon) -> None:
    """ "did <name> post the <title words> video with <name>": someone said right after a video named and a describing
    word, whose name its title carries, says again who is in it (no one asked about, nor claimed to post it)."""
    titles = lex.title_names()
    for person in list(ent.people):
        start, end = ent.spans.get(person, (-1, -1))
        if start < 2 or ent.words[start - 1] not in lex.describing_words:
            continue
        before = start - 1 - (ent.tokens[start - 2].s in lex.video_words)
        ref = next((r for r in ent.videos if r.end == before and r.strong), None)
        if ref is not None and set(ent.words[start:end]) <= titles[ref.best]:
            _drop_person(ent, person)
            ent.covered.update(range(start, end))


def _member_named(ent: Entities, lex: Lexicon) -> None:
    """ "the <topic> one with <name> in it": a group's video named right after it, by one of its own, is that video
    (the group said first only narrows it)."""
    tokens = ent.tokens
    for g in [r for r in ent.videos if r.group]:
        # (a describing word between, "with", and no separator: "the <topic> one and <member>'s" are two)
        one = next((r for r in ent.videos if not r.group and r.strong and r.start > g.end and r.best in g.candidates
                    and any(t.w in lex.describing_words for t in tokens[g.end : r.start])
                    and all((t.s in lex.video_words or t.w in lex.describing_words or t.w in lex.stopwords)
                            and t.s not in lex.separators for t in tokens[g.end : r.start])), None)
        if one is not None:
            ent.videos = [r for r in ent.videos if r is not g]


def _since_posted(ent: Entities, lex: Lexicon) -> None:
    """ "how many views did it get after that", "... after it was posted": the count since the video went up (its
    count), no video after it asked."""
    words = ent.words
    at = next((k + 1 for k in range(len(words) - 1) if words[k] in lex.count_got_verbs
               and (said := said_at(words, k + 1, lex.since_posted)) is not None
               and not (k + 1 + len(said) < len(words) and ent.tokens[k + 1 + len(said)].s in lex.video_words)),
              None)  # (not "after that one": the next video)
    if at is None:
        return
    for unit in ("relative", "when"):
        _keep_unit(ent, unit, lambda m: m.start != at)


_SCOPING = ("versus", "operation", "order", "comparative", "relative")  # query units that set a video against others


def _member_before_group(ent: Entities, lex: Lexicon) -> None:
    """ "<name>'s tweet with the <topic> vid": one video named, then a group it is one of, with nothing setting
    them apart (no separator, no "of" or "among" before the group, nothing compared, ranked or computed), is that
    video (the group said after only restates it)."""
    tokens = ent.tokens
    for g in [r for r in ent.videos if r.group]:
        if any(not r.group and r.strong and r.end <= g.start and r.best in g.candidates
               and all(t.s not in lex.separators and t.w not in lex.scope_words for t in tokens[r.end : g.start])
               for r in ent.videos):
            ent.videos = [r for r in ent.videos if r is not g]


def _short_forms_spelt(ent: Entities, lex: Lexicon) -> None:
    """ "what does <short form> stand for", of another name of a video (not a word of its title): the title spells
    it out, and the video's card answers."""
    if any(not set(t.s for t in ent.tokens[r.start : r.end]) <= set(lex.title_stems[r.best]) for r in ent.videos
           if len(r.candidates) == 1):
        k = ent.measures.index("word meanings")
        del ent.measures[k], ent.measure_starts[k], ent.measure_ends[k]


UNWANTED_REACH = 3  # "not trouble you for per-day": a "not" this many words before a rate, wanting words between
FUTURE_REACH = 6  # "will <a title of a few words> hit": the verb this many words after the marker at most


def _future_asked(ent: Entities, lex: Lexicon) -> None:
    """ "how many views will <title> hit by the end of the month", "will <name> stay leader": what will happen is
    asked (a forecast, which the data does not hold)."""
    said = ent.words
    for k in range(len(said)):
        if (marker := said_at(said, k, lex.future_markers)) is not None:
            if k + len(marker) < len(said) and said[k + len(marker)] in lex.future_requests:
                continue  # ("will you tell me ...": a request)
            start, stop = k + len(marker), k + len(marker) + FUTURE_REACH
        elif (when := said_at(said, k, lex.future_times)) is not None and not (
                k > 0 and (said[k - 1] in lex.election_objects or said[k - 1] in lex.campaign_spans)):
            # ("does <party> win tmrw": the verb near the day to come, before or after it; not "election tomorrow,
            # is <party> winning on facebook", where the day dates the election)
            start, stop = max(0, k - FUTURE_REACH), k + len(when) + FUTURE_REACH
        else:
            continue
        for j in range(start, min(len(said), stop)):
            if (verb := said_at(said, j, lex.future_verbs)) is not None and not (
                    j > 0 and said[j - 1] in lex.future_askers):
                ent.measures.append(lex.forecast_measure)
                ent.measure_starts.append(k)
                ent.measure_ends.append(j + len(verb))
                return


_SET_FIGURES = ("mean", "median")  # a figure of the whole set a video may stand above or below


def _against_a_set_figure(ent: Entities, lex: Lexicon) -> None:
    """ "is <title> above the average", "how far below average is <title>": the video set against the set's figure
    (a difference), not the place next to it in the list."""
    figures = {m.start: m for m in ent.query["operation"] if m.payload in _SET_FIGURES}
    for m in list(ent.query["relative"]):
        at = m.end + (m.end < len(ent.words) and ent.words[m.end] in lex.determiners)
        before = None
        if at not in figures and (before := next((o for o in ent.query.get("order", ()) if o.start == at), None)):
            # ("how far below the top-10 average is <title>": a slice said before the set's figure, the set it is of)
            at = next((n.end for n in ent.numbers if n.start == before.end), before.end)
        if m.payload in ("above", "below") and at in figures and not (ent.videos or ent.ranks) \
                and figures[at].payload == "mean" and lex.sorted_views:
            # ("which videos are above average": those whose views are over every video's mean; "below the top 5
            # average": over the mean of those five)
            ent.query["relative"].remove(m)
            ent.query["operation"].remove(figures[at])
            _mean_as_bar(ent, lex, above=m.payload == "above", of=_slice_of_figure(ent, lex, figures[at], before))
        elif m.payload in ("above", "below") and at in figures:
            ent.query["relative"].remove(m)
            ent.query.setdefault("versus", []).append(Match(m.start, m.end, "versus"))
            ent.query["operation"].append(Match(m.start, m.end, "difference"))
    if not ent.query["relative"]:
        del ent.query["relative"]
    if not ent.query["operation"]:
        del ent.query["operation"]


def _compared_with_a_set_figure(ent: Entities, lex: Lexicon) -> None:
    """ "how many views is <title> short of the median", "<title> ahead of the top 5 average by how much": one video
    compared with a figure of a set said right after the comparing words, the gap between them (not a claim)."""
    figures = {m.start: m for m in ent.query["operation"] if m.payload in _SET_FIGURES}
    for c in ent.query["comparative"]:
        at = c.end + (c.end < len(ent.words) and ent.words[c.end] in lex.determiners)
        if at not in figures and (before := next((o for o in ent.query.get("order", ()) if o.start == at), None)):
            at = next((n.end for n in ent.numbers if n.start == before.end), before.end)  # ("the top 10 median")
        if at in figures and ent.videos[0].end <= c.start:
            ent.query["comparative"].remove(c)
            if not ent.query["comparative"]:
                del ent.query["comparative"]
            ent.query["versus"] = [Match(c.start, c.end, "versus")]
            ent.query["operation"].append(Match(c.start, c.end, "difference"))
            return


def _over_the_mean(ent: Entities, lex: Lexicon) -> None:
    """ "which videos got more views than the average", "how many had fewer views than average", no video named: the
    videos over (or under) every video's mean, not a gap between two figures."""
    ops = ent.query["operation"]
    for v in ent.query["versus"]:
        at = v.end + (v.end < len(ent.words) and ent.words[v.end] in lex.determiners)
        mean = next((m for m in ops if m.start == at and m.payload == "mean"), None)
        said = next((c for c in ent.query["comparative"] if c.start < v.start < c.end), None)
        if mean is None or said is None or not lex.sorted_views:
            continue
        gaps = [m for m in ops if m.payload == "difference" and m.start == said.start]
        ent.query["operation"] = [m for m in ops if m is not mean and m not in gaps]
        del ent.query["comparative"], ent.query["versus"]
        if not ent.query["operation"]:
            del ent.query["operation"]
        _mean_as_bar(ent, lex, above=said.payload != "fewer")
        return


def _posters_set_against(ent: Entities, lex: Lexicon) -> None:
    """ "who got more views, <A> or <B>", two who posted videos and a comparison said: their videos set against each
    other, the "or" between them read as "vs" (not two sides of a campaign figure)."""
    if not all(p in lex.posted for p in ent.people) or (offered := names_offered(ent, lex)) is None:
        return  # (one named with no video of theirs: a side of a campaign figure, "<leader> or <leader>")
    first, at = offered
    # (right after the count or the comparison: not "more views per video, <A> or <B>", "with fewer videos, ...",
    # a figure of their own the totals do not answer)
    said = {m.end for m in ent.cue_matches.get("compare", ())}
    if first > 0 and not ent.cues.get("average") and (ent.words[first - 1] in lex.measure_words or first in said):
        ent.query["versus"] = [Match(at, at + 1, "versus")]


def names_offered(ent: Entities, lex: Lexicon) -> tuple[int, int] | None:
    """Two people named as a choice ("<A> or <B>", "did <A> post #1 or <B>": an "or" at most two words before the
    second name, or three when the words between ask again, "... or was it <B>"): where the first name starts and
    where the "or" stands, else None."""
    (first, after), (second, _) = sorted(ent.spans.get(p, (-1, -1)) for p in ent.people)
    said = ent.words
    at = next((k for k in range(max(after, second - 3), second) if said[k] in lex.way_joins and (
        second - k <= 2 or all(w in lex.yes_no_openers or w in lex.video_pronouns for w in said[k + 1 : second]))),
        None)
    return (first, at) if first >= 0 and at is not None else None


def _mean_as_bar(ent: Entities, lex: Lexicon, above: bool, of: list[int] | None = None) -> None:
    """Every video's mean views (or the mean of the views `of` a slice) as a bar the videos asked about are over (or
    under)."""
    views = of or lex.sorted_views
    ent.thresholds.append((">" if above else "<", sum(views) / len(views)))


def _slice_of_figure(ent: Entities, lex: Lexicon, figure: Match, before: Match | None) -> list[int] | None:
    """The views of the slice a set's figure is of, said right before it ("the top 5 average") or after it with
    "of" ("the average of the bottom 3"), its words then read; None when no slice is said (every video)."""
    said = ent.words
    order = before
    if order is None:
        k = figure.end
        if k < len(said) and said[k] in lex.within_words:
            k += 1 + (k + 1 < len(said) and said[k + 1] in lex.determiners)
            order = next((o for o in ent.query.get("order", ()) if o.start == k), None)
    if order is None or order.payload not in ("views_desc", "views_asc"):
        return None
    count = next((n for n in ent.numbers if n.start == order.end and n.value.is_integer()), None)
    size = int(count.value) if count is not None else 1
    if not 1 <= size <= len(lex.sorted_views):
        return None
    _keep_unit(ent, "order", lambda o: o is not order)
    if count is not None:
        ent.numbers.remove(count)
        ent.covered.update(range(count.start, count.end))
    ascending = lex.sorted_views  # (fewest first)
    return ascending[:size] if order.payload == "views_asc" else ascending[len(ascending) - size:]


def _end_window(ent: Entities, lex: Lexicon) -> None:
    """ "how many were posted in the final week", "the last 3 days", "the week before the election": a stretch
    counted back from the campaign's end, with no date named (the data has posting days, no end date); "<title> in
    its first 24hrs": one from the video's start."""
    said = ent.words
    for k, w in enumerate(said):
        fused = w[:1].isdigit() and w.lstrip("0123456789") in lex.start_units  # ("24hrs" typed as one word)
        if (fused or w in lex.start_units) and ent.videos and k >= 2 - fused and said[k - 2 + fused] in \
                lex.window_starts and (fused or said[k - 1].isdigit() or said[k - 1] in lex.numbers):
            # ("<title>'s views in its first 24hrs", "first 3 days": from its own start, its views by time)
            ent.measures.append(lex.start_measure)
            ent.measure_starts.append(k - 2 + fused)
            ent.measure_ends.append(k + 1)
            return
        if w not in lex.window_units:
            continue
        lead = said[k - 1] if k else ""
        j = k - 1  # ("the last 3 days", "the last few days", "the last couple of weeks": a count between)
        while j > 0 and (said[j].isdigit() or said[j] in lex.numbers or said[j] in lex.window_counts):
            j -= 1
        counted = j < k - 1 and said[j] in lex.window_ends
        # (not "how many days before polling day was <title> posted": a count of days asked)
        before = k + 1 < len(said) and said[k + 1] in lex.window_before and not lex.window_events.isdisjoint(
            said[k + 1 :]) and not any(m.start <= k < m.end for m in ent.query.get("operation", ()))
        if lead in lex.window_ends or counted or before:
            ent.measures.append(lex.window_measure)
            ent.measure_starts.append(max(0, j if counted else k - 1))
            ent.measure_ends.append(k + 1)
            return


def _judgement_asked(ent: Entities, lex: Lexicon) -> None:
    """ "which vid do you reckon was the best one": the bot's own judgement asked (an opinion, which the data does not
    hold); not "which did best", the views."""
    said = ent.words
    at = next((k for k in range(1, len(said)) if said[k] in lex.judgement_words and said[k - 1] in lex.judgement_after
               and not (k > 1 and said[k - 2] in lex.judgement_done)
               and not (k + 1 < len(said) and said[k + 1] in lex.judgement_measured)), None)
    if at is not None and not ent.people and said_anywhere(said, lex.judgement_asks):
        ent.measures.append(lex.opinion_measure)
        ent.measure_starts.append(at)
        ent.measure_ends.append(at + 1)


def _place_asked(ent: Entities, lex: Lexicon) -> None:
    """ "where did <name> meet <name>", "where was it filmed": where something in a video happened is asked (what
    happens in the video, which the data does not hold)."""
    said = ent.words
    if ent.measures or not lex.rank_words.isdisjoint(t.s for t in ent.tokens) or ent.cue("list"):
        return  # (another measure says what is asked; "where was it, filmed on <show>, in the rankings": a place)
    for k in range(1, len(said)):
        if (verb := said_at(said, k, lex.place_verbs)) is not None:
            ent.measures.append("video content")
            ent.measure_starts.append(k)
            ent.measure_ends.append(k + len(verb))
            return


def _running_time(ent: Entities, lex: Lexicon) -> None:
    """ "how long's the <title> vid", "length of the <title> video": how long the video runs is asked."""
    tokens, n = ent.tokens, len(ent.tokens)
    for r in ent.videos:
        start = r.start - (r.start > 0 and tokens[r.start - 1].w in lex.determiners)
        end = r.end + (r.end < n and tokens[r.end].s in lex.video_words)
        # ("how long minute is <title>": a unit of time between "how long" and the name)
        asked = next((k for k in range(start) if tuple(ent.words[k : k + 2]) in lex.how_long), None)
        if said_before(ent.words, start, lex.duration_before) is not None or said_at(
                ent.words, end, lex.duration_after) is not None or (asked is not None and asked + 2 < start and all(
                    w in lex.duration_units for w in ent.words[asked + 2 : start])):
            ent.measures.append("duration")
            ent.measure_starts.append(r.start)
            ent.measure_ends.append(r.end)
            return


def _recipients(ent: Entities, lex: Lexicon) -> None:
    """ "who sent it to Mr <name>": someone a video was sent to is no subject of the question (nor its poster)."""
    person = ent.people[0]
    start, end = ent.spans.get(person, (0, 0))
    if start > 0 and ent.words[start - 1] in lex.honorifics:
        start -= 1
    # (not "who sent <name>'s video": whose video, its "'s" dropped, a video word right after the name)
    if said_before(ent.words, start, lex.recipient_phrases) is not None and not (
            end < len(ent.tokens) and ent.tokens[end].s in lex.video_words):
        ent.people = []
        ent.spans.pop(person, None)
        ent.covered.update(range(start, end))
        # ("who sent <name> the <topic> video": of a group, the one they were sent is the one they tweeted)
        videos = lex.dataset.videos
        for k, ref in enumerate(ent.videos):
            theirs = tuple(vi for vi in ref.candidates if (t := videos[vi].tweet) is not None and t.by == person)
            if len(ref.candidates) > 1 and len(theirs) == 1:
                ent.videos[k] = VideoRef(ref.start, ref.end, theirs, True)


def _title_items(ent: Entities, lex: Lexicon) -> None:
    """ "which <title's plural noun> did he read out", "what were the actual <...>s in it": the things the title
    names are asked for (what happens in the video), not the video."""
    words, n = ent.words, len(ent.words)
    for r in ent.videos:
        # (the title's noun may end the name said, or stand inside a longer run: "which <name> <noun>s are in the
        # <noun>s video")
        ends = [e for e in range(r.start + 1, min(r.end, n - 1) + 1) if words[e] in lex.item_after]
        if r.group or not ends:
            continue
        if not _plural_noun(words[ends[0] - 1]):
            continue
        k = r.start - 1
        while k >= 0 and r.start - k <= 3 and words[k] in lex.item_between:
            k -= 1
        if k >= 0 and words[k] in lex.item_asks and ent.tokens[ends[0]].s not in lex.video_words:
            ent.measures.append("video content")
            ent.measure_starts.append(r.start)
            ent.measure_ends.append(r.end)
            return
    for r in ent.videos:
        # ("what <name> <noun>s were in the '<title>' vid": the items asked before the title, itself said whole)
        title = set(lex.title_stems[r.best])
        for k in (k for k in range(r.start - 2) if words[k] in lex.item_asks):
            j = k + 1
            while j < r.start - 1 and (words[j] in lex.item_between or stem(words[j]) in title) and not (
                    _plural_noun(words[j]) and words[j + 1] in lex.item_after):
                j += 1
            if j < r.start - 1 and stem(words[j]) in title and _plural_noun(words[j]) \
                    and words[j + 1] in lex.item_after:
                ent.measures.append("video content")
                ent.measure_starts.append(k)
                ent.measure_ends.append(r.end)
                return


def _plural_noun(word: str) -> bool:
    """Whether a word reads as a plural noun ("quotes", not "class")."""
    return word[-1:] == "s" and word[-2:] != "ss"


def every_video_said(ent: Entities, lex: Lexicon) -> bool:
    """Whether every video is said ("all 10", "each video", "every video's", "all views"): an each-word right before
    a video word, a number or the measure (not "each party", "each month")."""
    return any(t.w in lex.each_words and k + 1 < len(ent.tokens) and (
        (nxt := ent.tokens[k + 1]).s in lex.video_words or nxt.w.isdigit() or nxt.w in lex.numbers
        or nxt.w in lex.video_measures or (nxt.w == "the" and k + 2 < len(ent.tokens)
                                           and ent.tokens[k + 2].s in lex.video_words))
        for k, t in enumerate(ent.tokens))


def per_video_said(ent: Entities, lex: Lexicon) -> bool:
    """Whether a figure is asked for each video with "per" ("retweets per video", "views per video")."""
    tokens = ent.tokens
    return any(t.w in lex.per_words and k + 1 < len(tokens) and tokens[k + 1].s in lex.video_words
               for k, t in enumerate(tokens))


def videos_of(ent: Entities, lex: Lexicon, party: str) -> bool:
    """Whether a party is said as whose videos after a video word ("the most viewed video of the <party>", "videos
    from the <party>")."""
    return video_word_of(ent, lex, party) is not None


def video_word_of(ent: Entities, lex: Lexicon, party: str) -> Token | None:
    """The video word a party is said after as whose videos are meant ("the video of the <party>"), or None."""
    start, end = ent.spans.get(party, (0, 0))
    start -= start > 0 and ent.words[start - 1] in lex.determiners  # ("video of the <party>": past "the")
    # (not "the one of the <party> leader": the party said of someone)
    if start >= 2 and ent.tokens[start - 1].w in lex.owner_before and ent.tokens[start - 2].s in lex.video_words \
            and (end == len(ent.tokens) or ent.tokens[end].w in lex.stopwords):
        return ent.tokens[start - 2]
    return None


def listed_place(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether the place at word `at` is written as a position in the list: "#4", "video 4", "number 3", "2nd place"."""
    return ent.words[at].startswith("#") or (at > 0 and (ent.words[at].isdigit() or ent.words[at] in lex.numbers) and (
        ent.tokens[at - 1].s in lex.video_words or ent.tokens[at - 1].s in lex.rank_words)) or (  # ("number two")
        at + 1 < len(ent.tokens) and ent.tokens[at + 1].s in lex.rank_words)


def after_video_word(ent: Entities, lex: Lexicon, end: int) -> int:
    """The word after a name that ends at `end`, past a video word said after it ("the <title> one")."""
    return end + (end < len(ent.tokens) and ent.tokens[end].s in lex.video_words)


def bounds_above_every_video(ent: Entities, lex: Lexicon) -> bool:
    """Whether every bound on views said is above the most viewed video's count ("over 35m", "over 80 million"): a
    bar for a total or a side's figure, no test of one video."""
    return bool(ent.thresholds) and all(v > lex.sorted_views[-1] for _, v in ent.thresholds)


def _set_apart(ent: Entities, at: int) -> bool:
    """Whether the word at `at` comes right after a mark that sets it apart ("..., <name>", "... - <name>")."""
    return re.search(rf"[,?:;\u2013\u2014-]\s*{re.escape(ent.words[at])}\b", ent.text.lower()) is not None


def said_left_out(ent: Entities, lex: Lexicon, ref: VideoRef) -> bool:
    """Whether words right after a named video take it out ("<title> excluded", "the <title> one removed")."""
    return said_at(ent.words, after_video_word(ent, lex, ref.end), lex.negated_after) is not None


def after_day_preposition(said: Sequence[str], at: int, lex: Lexicon) -> bool:
    """Whether the word at `at` is said after a day's preposition ("on sunday", "from the 30th")."""
    return (at > 0 and said[at - 1] in lex.day_prepositions) or (
        at > 1 and said[at - 1] in lex.determiners and said[at - 2] in lex.day_prepositions)


def _drop_everyday_title_words(ent: Entities, lex: Lexicon, before_video_word: bool) -> None:
    """Drop the videos named only by one everyday word of a title (`before_video_word`: kept when a video word
    follows it)."""
    tokens = ent.tokens
    ent.videos = [r for r in ent.videos if r.strong or r.end - r.start > 1
                  or tokens[r.start].w not in very_common_words()
                  or (before_video_word and r.end < len(tokens) and tokens[r.end].s in lex.video_words)]


def _names(ent: Entities, lex: Lexicon) -> None:
    """Parties, people, aliases of videos, topics and bonus videos: exact phrase matches."""
    phrases = ent.phrases or lex.tables.walk(ent.keys)
    ent.name_matches = phrases.select(NAMES)
    for match in ent.name_matches:
        kind, value = match.payload
        if kind == "video":
            ent.videos.append(VideoRef(match.start, match.end, (value,), strong=True))
        elif kind == "topic":
            members = lex.topics.get(value, ())
            if members:
                ent.topics.append(value)
                ent.videos.append(VideoRef(match.start, match.end, tuple(sorted(set(members))), True, True))
        elif kind == "bonus":
            if match.end - match.start == 1 and not ent.text.isascii() and (
                    ent.words[match.start] not in words(ent.text)):
                # (one name of it, read from an accented word another way: "<language>'s word for health" is not the
                # singer)
                continue
            ent.bonus.append(value)
        elif kind == "party":
            ent.parties.append(value)
            ent.spans.setdefault(value, (match.start, match.end))
            continue  # names of parties and people may still join a video's title words
        elif kind == "person":
            ent.people.append(value)
            ent.spans.setdefault(value, (match.start, match.end))
            continue
        ent.covered.update(range(match.start, match.end))
    for match in phrases.select(OTHERS, ent.covered):
        if match.payload[0] in lex.others_unless_video and (match.start == 0 or ent.words[
                match.start - 1] not in lex.programme_before):
            continue  # (a programme after "on", "from", "the": not "one more question, time between ...")
        if match.start > 0 and ent.words[match.start - 1] in lex.honorifics and said_at(
                ent.words, match.end, lex.answer_for_phrases) is not None:
            continue  # ("..., Mrs <name> wants exact numbers": whom the answer is for, not someone asked about)
        ent.others.append(match.payload[1])
        ent.other_spans.append((match.start, match.end))
        if match.payload[0] in lex.others_unless_video:
            ent.others_unless_video.append((match.payload[1], (match.start, match.end)))
        ent.covered |= set(range(match.start, match.end))
    if not (lex.honorifics.isdisjoint(ent.words) and lex.featuring_words.isdisjoint(ent.words)
            and lex.video_words.isdisjoint(t.s for t in ent.tokens)) and (ent.unknown or any(
                # ("the brexit video", "<party>'s brexit deal video": a word that only starts a phrase of some table,
                # which the next does not go on with, a word or two before a video word)
                unread_at(ent, k) for k in range(len(ent.tokens) - 1) if ent.tokens[k + 1].s in lex.video_words
                or (k + 2 < len(ent.tokens) and ent.tokens[k + 2].s in lex.video_words))):
        _titled_strangers(ent, lex)  # (the words looked for first: a word no table knows is counted only then)
        if ent.people and not lex.collab_words.isdisjoint(ent.words):
            _collab_stranger(ent, lex)
        if ent.people:
            _person_thing_stranger(ent, lex)
        if ent.parties:
            _party_stranger(ent, lex)
        if ent.unknown and not lex.title_name_joins.isdisjoint(ent.words):
            _video_of_stranger(ent, lex)
        if ent.unknown:
            _opening_stranger(ent, lex)
        if ent.unknown > 1:
            _named_pair_stranger(ent, lex)




def _asking_orders_dropped(ent: Entities, lex: Lexicon) -> None:
    """ "what was 5th?? last question, who posted it", "first question: what was 4th": an order or place word right
    before a noun for the asker's questions orders them, not the videos."""
    asked = [k for k, at in enumerate(ent.rank_at) if at + 1 < len(ent.words) and ent.words[at + 1] in lex.asking_nouns]
    for k in reversed(asked):
        del ent.ranks[k], ent.rank_at[k]
    asking = {m.start for m in ent.query.get("order", ()) if m.end < len(ent.words)
              and ent.words[m.end] in lex.asking_nouns}
    if not asking:
        return
    _orders_dropped(ent, asking)


def _orders_dropped(ent: Entities, starts: set[int]) -> None:
    """The order words starting at `starts` taken out, with their superlative cues."""
    _keep_unit(ent, "order", lambda m: m.start not in starts)
    for cue in ("most", "least"):  # (the order word's cue too)
        if cue in ent.cues:
            _keep_cue(ent, cue, [m for m in ent.cue_matches[cue] if m.start not in starts])


def _party_word_before_name(ent: Entities, lex: Lexicon) -> None:
    """ "il video <short name> <name>", Italian for "the video with <name>": a party's one-word short name right
    before a person or a video of another party is another language's word, no party (not "<party> <its leader>")."""
    ds = lex.dataset
    others: dict[int, str | None] = {r.start: ds.videos[r.best].party for r in ent.videos}
    others |= {ent.spans[p][0]: person.party for p in ent.people if p in ent.spans and (person := ds.person(p))}
    for party in list(dict.fromkeys(ent.parties)):
        start, end = ent.spans.get(party, (-1, -1))
        if end - start == 1 and len(ent.words[start]) <= SHORT_PARTY_WORD and others.get(end, party) != party \
                and ent.parties.count(party) == 1:
            ent.parties.remove(party)
            del ent.spans[party]


def _guessed_before(ent: Entities, lex: Lexicon, start: int) -> bool:
    """Whether a guess word opens a clause of its own a few words before `start`, after what is asked ("what was
    number 1, bet its some <name> speech"; not "what do you think <name>'s top video was": a question of theirs)."""
    # (the clause may open with a word before the guess: ", pretty sure it was <name>")
    return any(ent.words[g] in lex.guess_words and (break_after(ent, lex, g - 1, g, asked=True) or break_after(
        ent, lex, g - 2, g - 1, asked=True)) for g in range(max(GUESS_AFTER, start - GUESS_REACH - 1), start))


def _place_joined_to_video(ent: Entities, lex: Lexicon) -> None:
    """ "links for <title> and no.2", "<title> vid n also the #2 vid": a place joined to a named video is the video at
    that place, asked of as well (two videos, not one with a place beside it)."""
    ref, at, place = ent.videos[0], ent.rank_at[0], ent.ranks[0]
    if not 1 <= place <= len(lex.by_place) or lex.by_place[place - 1] == ref.best:
        return
    start = at
    while start > 0 and ent.words[start - 1] in lex.rank_words:
        start -= 1  # ("no 2", "number 2": the place's own words)
    between = ent.tokens[ref.end : start] if ref.end <= start else ent.tokens[at + 1 : ref.start]
    if not any(t.w in lex.separators for t in between) or not all(
            t.w in lex.separators or t.w in lex.determiners or t.s in lex.video_words or t.w in lex.also_words
            for t in between):
        return
    ent.videos = sorted([ref, VideoRef(start, at + 1, (lex.by_place[place - 1],), True)], key=lambda r: r.start)
    ent.covered |= set(range(start, at + 1))
    ent.ranks, ent.rank_at = [], []


def _place_stated_then_asked(ent: Entities, lex: Lexicon) -> None:
    """ "the <title> one was 1st, what was 2nd", "what was 2nd then, if <title> was 1st": a video's own place said of
    it (truly: a wrong one is a claim to correct), and another place asked after "what was": the place asked alone."""
    ref = ent.videos[0]
    own = lex.dataset.videos[ref.best].rank
    stated = next((k for k, at in enumerate(ent.rank_at) if ref.end <= at <= ref.end + PLACE_CLAUSE_REACH
                   and ent.ranks[k] == own), None)
    if stated is None:
        return
    j = ent.rank_at[1 - stated] - 1
    while j >= 0 and ent.words[j] in lex.rank_words:
        j -= 1  # ("what's number 2")
    if j >= 0 and (ent.words[j] in lex.which_asks or (
            j >= 1 and ent.words[j] in lex.place_restated and ent.words[j - 1] in lex.which_asks)):
        ent.covered |= {i for r in ent.videos for i in range(r.start, r.end)}
        ent.videos = []
        del ent.ranks[stated], ent.rank_at[stated]


def _both_sides(ent: Entities, lex: Lexicon) -> None:
    """ "which was directly above <title> and which was directly below it": the places either side of the video,
    its other side said of it again by a pronoun (as "just above and below <title>" is read)."""
    first, second = ent.query["relative"]
    ref = ent.videos[0]
    # (or the video said before both: "which was 6th, and what was above and below it")
    if {first.payload, second.payload} == {"above", "below"} and (
            (first.end <= ref.start and ref.end <= second.start) or ref.end <= first.start) \
            and ((second.end < len(ent.words) and ent.words[second.end] in lex.video_pronouns) or (
                # ("<title>, whats just above it and whats just below": the pronoun said after the first only)
                ref.end <= first.start and first.end < len(ent.words)
                and ent.words[first.end] in lex.video_pronouns and (
                    second.end == len(ent.words) or break_after(ent, lex, second.end - 1, second.end)))):
        pronoun = second.end < len(ent.words) and ent.words[second.end] in lex.video_pronouns
        ent.query["beside"] = [Match(second.start, second.end + 1, "beside") if pronoun
                               else Match(first.start, second.end, "beside")]
        del ent.query["relative"]


def _askers(ent: Entities, lex: Lexicon) -> None:
    """ "<first name> from <town> wants to know how many ...": someone named right before a phrase of asking (where
    they are from may stand between) is who asks, no one asked about."""
    for person in list(ent.people):
        end = ent.spans.get(person, (0, -1))[1]
        if end < 0 or sum(m.payload == ("person", person) for m in ent.name_matches) > 1:
            continue  # ("my mate <first name> wants to know how many <surname> posted": asked about too)
        if end < len(ent.words) and ent.words[end] in lex.origin_markers:
            end += 2  # (a place of one word: "from Hull")
        if said_at(ent.words, end, lex.asker_phrases) is not None:
            ent.people.remove(person)


def _not_exclaimed(ent: Entities, lex: Lexicon) -> None:
    """ "not the <title> vid having <figure> views 💀": an exclamation, no video left out (the video named first,
    then an "-ing" verb of `exclaimed_not`)."""
    first = min(ent.videos, key=lambda r: r.start)
    end = first.end
    while end < len(ent.tokens) and ent.tokens[end].s in lex.video_words:
        end += 1
    if first.start <= EXCLAIMED_REACH and end < len(ent.words) and ent.words[end] in lex.exclaimed_verbs \
            and not any(w in lex.question_words and break_after(ent, lex, end, k, asked=True)
                        for k, w in enumerate(ent.words[end + 1 :], end + 1)):
        # (not "not the <title> having the most, which one is next": a question of it after the clause)
        _keep_unit(ent, "negate", lambda m: m.start != 0)


def _post_word_as_verb(ent: Entities, lex: Lexicon) -> None:
    """ "why did <name> tweet the <title> clip": the post word right after a name, before a determiner and a video
    named, is what they are said to have done (a posting claimed, checked as "post" is)."""
    for person in ent.people:
        end = ent.spans.get(person, (0, -1))[1]
        if end >= 0 and _post_verb_at(ent, lex, end):
            ent.query["posting"] = [Match(end, end + 1, "posted")]
            return


def _post_verb_at(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether the post word at `at` is a verb: a determiner (or a video word) and a video named after it ("<name>
    tweet the <title> vid", "<name> posted that video of <title>", "<name> posted video <title>"), not "<name>'s
    tweet"."""
    return at + 1 < len(ent.tokens) and (ent.tokens[at].s in lex.post_words or ent.words[at] in lex.posted_verbs) \
        and (ent.words[at + 1] in lex.determiners or ent.tokens[at + 1].s in lex.video_words) \
        and any(r.start > at + 1 for r in ent.videos)


def _campaign_superlative(ent: Entities, lex: Lexicon) -> None:
    """ "<party> had the best social media campaign ever, how many fb views": a superlative right before a campaign
    (only describing words between), with no video word after it, orders no videos (not "the best campaign video")."""
    words, n = ent.words, len(ent.words)

    def of_campaign(m: Match) -> bool:
        for k in range(m.end, min(m.end + CAMPAIGN_REACH, n)):
            if words[k] in lex.campaign_spans:
                return k + 1 >= n or ent.tokens[k + 1].s not in lex.video_words
            if ent.tokens[k].s in lex.video_words or k in ent.measure_starts or words[k] in lex.stopwords:
                return False  # (not "the most viewed of the whole campaign": the superlative is of the videos)
        return False

    dropped = {m.start for m in ent.query["order"] if of_campaign(m)}
    if dropped:
        _orders_dropped(ent, dropped)


def _place_beside(ent: Entities, lex: Lexicon) -> None:
    """ "which vid was #2 behind the <title> one": which video asked, a place, then a word of where it stands and a
    video: the place is asked, the video only places it (no comparison, nor the video itself; "how far was #2
    behind ..." asks a gap)."""
    for at in ent.rank_at:
        if any(r.start <= at < r.end for r in ent.query.get("relative", ())):
            continue  # ("came second behind <title>": one place below it, read as such)
        m = next((m for m in ent.query["comparative"] if m.start == at + 1 and m.end == at + 2
                  and ent.words[at + 1] in lex.place_beside_words), None)
        if m is None:
            continue
        start = m.end + (m.end < len(ent.words) and ent.words[m.end] in lex.determiners)
        ref = next((r for r in ent.videos if r.start == start), None)
        if ref is not None:
            ent.videos.remove(ref)
            for person in [p for p in ent.people if ent.spans.get(p, (-1,))[0] == ref.start]:
                _drop_person(ent, person)  # ("behind <name>'s video": the poster only names that video)
            ent.query["comparative"].remove(m)
            if not ent.query["comparative"]:
                del ent.query["comparative"]
            return


def _titled_strangers(ent: Entities, lex: Lexicon) -> None:
    """ "did Ms <name> appear in any", "the video with <name> in it", "the <name> video": a title, a video word and
    "with", or "the" before a video word, around words no table knows: someone the data does not carry."""
    words, reads, n = ent.words, ent.reads, len(ent.words)
    for i in range(n - 1):
        if words[i] in lex.determiners and i + 4 < n and _party_at(ent, i + 3) and _video_word_at(ent, lex, i + 4) \
                and words[i + 2] not in very_common_words() and all(
                    k not in ent.covered and reads[k].unknown and words[k].isalpha() and words[k] not in lex.stopwords
                    for k in (i + 1, i + 2)):
            # ("the <first name> <surname> <party> video", in any case: two words no table knows, then whose video)
            ent.others.append(" ".join(words[i + 1 : i + 3]).title())
            ent.covered |= set(range(i, i + 3))
            continue
        if ((words[i] in lex.honorifics or (
                # ("the video with <name>", "<person> singing with <name>": someone in a video the data lacks)
                words[i] in lex.featuring_words and i > 0 and (words[i - 1] in lex.video_words or (
                    # ("the video of <party> with <name>", "the video of <person> with <name>": theirs, whose video is
                    # said before it)
                    _video_owner_before(ent, lex, i)
                ) or (
                    reads[i - 1].unknown and words[i - 1].endswith(lex.describing_ends)
                    # (not "arguing with piers <name in a title>": someone the title names, surname shared)
                    and not (i + 2 < n and stem(words[i + 2]) in lex.video_text_stems)))) or (
                # ("the <name> video": a name no table knows, right before a video word; not "the heartbreaking
                # one", a word describing it)
                # ("<party>'s <name> video", "<person>'s <name> video": their name as the determiner)
                (words[i] in lex.determiners or _party_at(ent, i) or _person_end_at(ent, i)) and i + 2 < n
                and not words[i + 1].endswith(lex.describing_ends) and (
                    _video_word_at(ent, lex, i + 2) or (  # ("the <name> <party> vid": the party's, by someone else)
                        # ("the <name> <word no table knows> video": "the <name> endorsement video")
                        i + 3 < n and _video_word_at(ent, lex, i + 3) and (_party_at(ent, i + 2) or (
                            reads[i + 2].unknown and i + 2 not in ent.covered))) or (
                        # ("the <name> <party> party video": a party's name of two words)
                        i + 4 < n and _video_word_at(ent, lex, i + 4) and _party_at(ent, i + 2)
                        and _party_at(ent, i + 3)) or _slogan_then_video(ent, lex, i + 2) or (
                        # ("the Diane <surname> interview video": a name written as one, then a kind of video)
                        i + 4 < n and _video_word_at(ent, lex, i + 4) and words[i + 3] in lex.video_kinds
                        and _capitalised(ent, i + 1) and _capitalised(ent, i + 2) and reads[i + 2].unknown))))
                and i + 1 not in ent.covered and unread_at(ent, i + 1)
                and words[i + 1] not in very_common_words() and (words[i] in lex.honorifics or (
                    len(words[i + 1]) > 3 and words[i + 1] not in common_words()) or (
                    # ("the video with diane <surname>": two words no table knows after it, each more than an everyday
                    # word, found in dictionaries or not)
                    words[i] in lex.featuring_words and i + 2 < n and i + 2 not in ent.covered and reads[i + 2].unknown
                    and words[i + 2].isalpha() and words[i + 2] not in very_common_words()) or (
                    # ("the angela <surname> vid": a first name found in dictionaries, then a name of its own)
                    i + 3 < n and len(words[i + 2]) > 3 and (
                        (_video_word_at(ent, lex, i + 3) and _unknown_name_at(ent, i + 2))
                        # ("the Diane <surname> video": two words found in dictionaries, written as a name is)
                        or (_capitalised(ent, i + 1) and _capitalised(ent, i + 2) and reads[i + 2].unknown))))):
            # ("Dr said": no name; "the video with teh most", "with roughly 6.5m": a typo or a word, not one)
            j = i + 1
            while j < n and j - i <= 2 and unread_at(ent, j) and j not in ent.covered:
                j += 1
            if any((i == 0 and said_at(words, k, lex.asker_phrases) is not None)
                   or said_at(words, k, lex.answer_for_phrases) is not None for k in range(i + 2, j + 1)) or (
                    words[i] in lex.honorifics and i > 0 and words[i - 1] in lex.answer_for_before
                    # (not "for Mr <name>'s video", "for Mrs <name>'s campaign": whose it is)
                    and not (j < n and (words[j] in lex.video_words or words[j] in lex.domain_words))):
                # ("Mrs <name> would like to know ...", opening the question: the one asking; "..., Mrs <name> wants
                # exact numbers", "need it for Ms <name>": whom the answer is for)
                continue
            ent.others.append(" ".join(words[i + 1 : j]).title())
            ent.covered |= set(range(i, j))


RESTATE_REACH = 6  # "the bottom one in the list, the <title> one": words from an end of the list to its video named


def _place_restated(ent: Entities, lex: Lexicon) -> None:
    """ "how many more views did the top video, the <title> one, get than the bottom one": a video named right after
    an end of the views order, the very video at that end, says it again; the two ends are the two sides asked."""
    ends = {"views_desc": lex.by_place[0], "views_asc": lex.by_place[-1]}
    for m in ent.query["order"]:
        if m.payload not in ends or any(num.start in (m.end, m.end + 1) for num in ent.numbers):
            continue  # (not "the top 3, the <title> one ...": a slice)
        said = next((r for r in ent.videos if r.strong and 0 < r.start - m.end <= RESTATE_REACH and all(
            t.w in lex.stopwords or t.s in lex.video_words or t.s in lex.generic_words or t.w in lex.list_nouns
            for t in ent.tokens[m.end : r.start])), None)
        if said is not None and said.best == ends[m.payload]:
            ent.videos = [r for r in ent.videos if r is not said]


def _own_places_said(ent: Entities, lex: Lexicon) -> None:
    """"days between the <topic> vid 4th and the <title> 3rd": a place said right after a video named
    among others (its video word between), the very place it holds, says it again: no video of its own."""
    for k in reversed(range(len(ent.ranks))):
        at, place = ent.rank_at[k], ent.ranks[k]
        if any(r.end <= at <= r.end + 1 and all(ent.tokens[j].s in lex.video_words for j in range(r.end, at))
               and 1 <= place <= len(lex.by_place) and lex.by_place[place - 1] == r.best for r in ent.videos):
            del ent.ranks[k], ent.rank_at[k]


def _list_place_repeated(ent: Entities) -> None:
    """ "how far behind the #1 was the #3, and what was #3 again": a list position written again ("#3") beside another
    place is the place said before, asked of again, not a third video."""
    kept: list[tuple[int, int]] = []
    for place, at in zip(ent.ranks, ent.rank_at, strict=True):
        # ("3rd vs 7th, how much more did 3rd get": the same word said again, of two places)
        if any(p == place and ent.words[a] == ent.words[at] and (
                ent.words[at].startswith("#") or len(set(ent.ranks)) == 2) for p, a in kept):
            continue
        kept.append((place, at))
    ent.ranks, ent.rank_at = [p for p, _ in kept], [a for _, a in kept]


SET_BESIDE = frozenset({"sum", "difference", "ratio", "days", "average"})  # operations of a video and its neighbour


def _neighbour_named(ent: Entities, lex: Lexicon) -> None:
    """ "add up <title> and the one 3 below it", "which got more, <title> or the one two spots above her": after a
    video named, "the one (N places) above/below (it)" closing the question names the video that far from it in views,
    set beside it as a second video (a sum, a gap, days apart, which came first)."""
    rels = ent.query["relative"]
    m, ref = rels[0], ent.videos[0]
    # (one title word is enough before a video word: "the <word> vid")
    if len(rels) != 1 or m.payload not in ("above", "below") or ref.end > m.start or not (
            ref.strong or ent.tokens[ref.end].s in lex.video_words):
        return
    j = m.start - (m.start > 0 and stem(ent.words[m.start - 1]) in lex.rank_words)
    count = lex.whole_number(ent.words[j - 1]) if j > 0 and ent.tokens[j - 1].s not in lex.video_words else None
    if count is not None and 1 <= count < len(lex.by_place):
        j -= 1
    else:
        count = 1
    if not (j >= 2 and ent.tokens[j - 1].s in lex.video_words and ent.words[j - 2] in lex.determiners
            and ref.end < j - 2 and all(w in lex.video_pronouns or w in lex.person_pronouns or w in lex.polite_words
                                        for w in ent.words[m.end :])):
        return
    at = lex.by_place.index(ref.best) + (count if m.payload == "below" else -count)
    if not 0 <= at < len(lex.by_place):
        return
    ent.videos.append(VideoRef(j - 2, len(ent.words), (lex.by_place[at],), True))
    _keep_unit(ent, "relative", lambda r: r is not m)
    ent.numbers = [n for n in ent.numbers if not j <= n.start < m.start]
    _keep_ranks(ent, lambda at: not j <= at < m.start)


def _count_from_the_end(ent: Entities, lex: Lexicon) -> None:
    """ "<title> is how many from the bottom", "how many places from the end is <title>": with one video named, the
    count said right before counting from the bottom asks its place that way (not "how many videos from the bottom
    half")."""
    for m in ent.query["operation"]:
        if m.payload != "count":
            continue
        at = m.end + (m.end < len(ent.tokens) and stem(ent.words[m.end]) in lex.rank_words)
        if said_at(ent.words, at, lex.from_bottom_words) is not None:
            ent.query["operation"] = [o for o in ent.query["operation"] if o is not m]
            if not ent.query["operation"]:
                del ent.query["operation"]
            ent.cues["rank_of"] = ent.cues.get("rank_of", 0.0) + RANK_OF_FROM_END
            ent.cue_matches.setdefault("rank_of", []).append(Match(m.start, m.end, RANK_OF_FROM_END))
            ent._cue_words = None
            return


RANK_OF_FROM_END = 3.0  # "how many from the bottom": its place asked, as "what place" asks it


def _places_from_the_end(ent: Entities, lex: Lexicon) -> bool:
    """ "2nd last and last place", "3rd from bottom + 2nd last", "9th plus the bottom one": with another place said
    beside it, a place counted from the end is its place from the top, and a bare "last" or "bottom" joined to a
    place is the last place (one place alone keeps its "least viewed" reading). Whether it read them so."""
    n = len(lex.dataset.videos)
    ends = [m for m in ent.query["order"] if m.payload in END_ORDERS]
    if not ends or ((ent.cues.get("date") or ent.cues.get("days") or "tweet" in ent.query) and not any(
            said_at(ent.words, at + 1, lex.from_bottom_words) is not None for at in ent.rank_at)):
        return False  # ("days between the first and last tweets": the posting order's ends; "3rd from bottom and
        # 6th from bottom, days between" are places still)
    from_end: dict[int, tuple[int, int]] = {}  # rank index -> the span of words counting it from the end
    for k, at in enumerate(ent.rank_at):
        if (phrase := said_at(ent.words, at + 1, lex.from_bottom_words)) is not None:
            from_end[k] = (at + 1, at + 1 + len(phrase))
        elif any(m.start == at + 1 and m.payload == "last" for m in ends):
            from_end[k] = (at + 1, at + 2)  # ("2nd last"; "2nd least viewed" reads as the order does)
    for k in sorted(from_end, reverse=True):
        # ("8th and 7th from bottom", "10th 9th and 8th from bottom": ordinals listed right before one counted from
        # the end are counted from it too)
        j = k
        # (not "the 3rd (8th from bottom)": the one place said again from the other end)
        while j > 0 and j - 1 not in from_end and _ordinal_word(ent.words[ent.rank_at[j - 1]], lex) and \
                ent.ranks[j - 1] != n + 1 - ent.ranks[j] and (
                ent.rank_at[j] - ent.rank_at[j - 1] == 1 or (ent.rank_at[j] - ent.rank_at[j - 1] == 2 and ent.words[
                    ent.rank_at[j - 1] + 1] in lex.separators)):
            from_end[j - 1] = (ent.rank_at[j - 1], ent.rank_at[j - 1])
            j -= 1
    if any(k not in from_end and ent.ranks[k] in {ent.ranks[f] for f in from_end} and not (
            at + 1 < len(ent.words) and ent.words[at + 1] in lex.origin_markers) for k, at in enumerate(ent.rank_at)):
        return False  # ("what came 3rd? my bad, 3rd from bottom": the place said again, corrected; not "3rd from top")
    taken = [span for span in from_end.values()]
    if from_end:
        # ("2nd from top vs 4th last", "2nd from the bottom and 5th most viewed": a place said with the views order's
        # top is its place from the top, that order's words no order of their own)
        for k, at in enumerate(ent.rank_at):
            if k in from_end:
                continue
            j = at + 1 + (at + 1 < len(ent.words) and ent.words[at + 1] in lex.origin_markers)
            j += j < len(ent.words) and ent.words[j] in lex.determiners
            top = next((m for m in ent.query["order"] if m.start == j and m.payload == "views_desc"), None)
            if top is not None and not any(n.start == top.end for n in ent.numbers):
                taken.append((at + 1, top.end))
    joined = []  # bare end words joined to a place said ("... and last place", "plus the bottom one")
    for m in ends:
        if any(a <= m.start < b for a, b in taken):
            continue
        j = m.start - 1 - (m.start > 1 and ent.words[m.start - 1] in lex.determiners)
        after = ent.words[m.end] if m.end < len(ent.words) else ""
        # (a bare "last" only as a place: "... and last place"; "bottom", "lowest" are the views order's)
        # ("... minus last place": a difference's word joins two places as "and" does; not "combined, the flop
        # tier", a total said after them)
        minus = any(o.end == j + 1 and o.payload == "difference" for o in ent.query.get("operation", ()))
        joins = minus or (ent.words[j] in lex.separators if j >= 0 else False)
        # (a bare "last" as a place: "... and last place", "... minus last"; "second and last" are the ends)
        if joins and not after.isdigit() and n not in ent.ranks and (
                after not in lex.numbers or (m.end < len(ent.tokens) and ent.tokens[m.end].s in lex.video_words)) \
                and (m.payload != "last" or stem(after) in lex.rank_words or (minus and not after) or (
                    # ("2nd last vs last", "second last and the last one": a place counted from the end said, the
                    # bare end beside it is the last place too)
                    from_end and (not after or ent.tokens[m.end].s in lex.video_words or any(
                        o.start == m.end for o in ent.query.get("operation", ()))))):
            joined.append(m)
    # (a place counted from the end after "above", "below": the place a neighbour is counted from, "2 places higher
    # than the 2nd from the bottom one")
    anchored = any(m.end <= ent.rank_at[k] for m in ent.query.get("relative", ()) for k in from_end)
    if len(ent.ranks) + len(joined) + len(ent.videos) + anchored < 2 or not (from_end or (joined and ent.ranks)):
        return False
    for k, (a, b) in from_end.items():
        ent.ranks[k] = n + 1 - ent.ranks[k]
        taken.append((a, b))
    for m in joined:
        ent.ranks.append(n)
        ent.rank_at.append(m.start)
        taken.append((m.start, m.end))
    if joined:
        pairs = sorted(zip(ent.rank_at, ent.ranks, strict=True))
        ent.rank_at, ent.ranks = [a for a, _ in pairs], [r for _, r in pairs]
    gone = {k for a, b in taken for k in range(a, b)}
    for unit in ("order", "when"):
        _keep_unit(ent, unit, lambda m: m.start not in gone)
    if "+" in ent.text and "operation" not in ent.query and (joint := next((
            k for k in range(min(ent.rank_at), max(ent.rank_at)) if ent.words[k] in lex.separators), None)) is not None:
        # ("3rd from bottom + 2nd last": the "+" read as "and" between two things asked, here two places added)
        ent.query["operation"] = [Match(joint, joint + 1, "sum")]
    _keep_cue(ent, "least", [m for m in ent.cue_matches.get("least", []) if m.start not in gone])
    return True


END_ORDERS = frozenset({"last", "views_asc"})  # order words that also name the end of the list


def _ordinal_word(word: str, lex: Lexicon) -> bool:
    """Whether a word is an ordinal ("third", "3rd"), not a list position written "#3"."""
    return word in lex.ordinals or (word[:1].isdigit() and word.lstrip("0123456789") in lex.ordinal_suffixes)


def _counted_from_the_end(ent: Entities, lex: Lexicon) -> None:
    """ "which is 3rd from the end", "2nd from last": a place said right before a phrase of counting from the bottom
    is counted from the least viewed (not "videos from the end of the campaign", no place said before it)."""
    for at in ent.rank_at:
        if (phrase := said_at(ent.words, at + 1, lex.from_bottom_words)) is not None:
            end = at + 1 + len(phrase)
            ent.cue_matches["least"] = [Match(at + 1, end, LEAST_FROM_END)]
            ent.cues["least"] = LEAST_FROM_END
            return


def _whole_list_top(ent: Entities, lex: Lexicon) -> None:
    """ "the bottom of the top 10 chart": a "top N" as many as the list holds is the whole list, no most viewed
    asked beside the least."""
    whole = {num.start for num in ent.numbers if num.value >= len(lex.dataset.videos) and not num.scaled}
    said = ent.cue_matches.get("most", [])
    kept = [m for m in said if m.end not in whole]
    if len(kept) < len(said):
        ent.cue_matches["most"] = kept
        if kept:
            ent.cues["most"] = sum(m.payload for m in kept)
        else:
            del ent.cues["most"], ent.cue_matches["most"]


LEAST_FROM_END = 2.0  # the least viewed cue it gives, as "bottom" does
BARE_SUM_CUE = 2.0  # "add <title> and <title>": a total asked, as "combined" says one


def _reason_idioms(ent: Entities, lex: Lexicon) -> None:
    """ "why did they make <title> in the first place": after "why", an idiom of `reason_idioms` says no place (nor
    an order)."""
    spans = said_spans(ent.words, lex.reason_idioms)
    if not spans:
        return
    _keep_ranks(ent, lambda at: not any(a <= at < b for a, b in spans))
    _keep_unit(ent, "order", lambda m: not any(a <= m.start < b for a, b in spans))


def _names_anything(text: str, lex: Lexicon) -> bool:
    """Whether a text names a video or a person of its own."""
    said = extract(text, lex)
    return bool(said.videos or said.people)


POSTING_REACH = 4  # "<name> not the one who tweeted it": function words from a negation to the posting word


def posting_soon(ent: Entities, lex: Lexicon, at: int, reach: int = POSTING_REACH) -> bool:
    """Whether a posting word ("tweet") or phrase ("tweeted") starts within `reach` words from `at`, only function
    words before it ("did <name> NOT tweet", "<name> not the one who tweeted it")."""
    posted_at = {post.start for post in ent.query.get("posting", ())}
    for k, t in enumerate(ent.tokens[at : at + reach], at):
        if t.s in lex.post_words or k in posted_at:
            return True
        if t.w not in lex.stopwords:
            return False
    return False


def _posting_denied(ent: Entities, lex: Lexicon, negation: Match) -> bool:
    """Whether a negation stands right between a person's name and a posting word, a video named right after that
    ("<name> didnt post the <title> video"): the one video's poster asked, not a set with it taken out."""
    at = negation.end
    return at + 1 < len(ent.tokens) and posting_soon(ent, lex, at, reach=1) and any(
        ent.spans.get(p, (0, -1))[1] == negation.start for p in ent.people) and any(
        0 <= r.start - at - 1 <= 1 for r in ent.videos)


def _kin_stranger(ent: Entities, lex: Lexicon) -> None:
    """ "the video with <name>'s mum": someone of a person or video named, whom the data does not carry (unless a
    title says it: "<name>'s friend" is a title's), not the one named."""
    for i in range(1, len(ent.words)):
        word, name = ent.words[i], ent.words[i - 1]
        if word not in lex.kin_words or _inside_a_title_word(word, lex) or not (
                any(r.end == i for r in ent.videos) or any(ent.spans.get(p, (0, 0))[1] == i for p in ent.people)):
            continue
        if re.search(rf"\b{re.escape(name)}['\u2019]s\s+{re.escape(word)}\b", ent.text, re.IGNORECASE) is None:
            continue  # (not "<title> mum", a word after a name)
        ent.others.append(f"{name.title()}'s {word}")
        ent.videos = [r for r in ent.videos if r.end != i]
        ent.people = [p for p in ent.people if ent.spans.get(p, (0, 0))[1] != i]
        ent.covered.update((i - 1, i))


SLOGAN_REACH = 4  # words between a name no table knows and a video word ("the <name> grime for <person> vid")


def _slogan_then_video(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether a video word follows within SLOGAN_REACH words from `at`, every word before it one no table knows
    (not a title's), a function word or a person's ("the <name> grime for <person> vid": a slogan of theirs)."""
    people = {k for p in ent.people for k in range(*ent.spans.get(p, (0, 0)))}
    said = False  # (a word of the slogan's own: not "the <name>, and for which video", function words only)
    for k in range(at, min(at + SLOGAN_REACH, len(ent.words) - 1)):
        own = (ent.reads[k].unknown and k not in ent.covered) or k in people
        if not (own or ent.words[k] in lex.stopwords) or ent.tokens[k].s in lex.separators:
            return False
        said = said or own
        if said and k > at and _video_word_at(ent, lex, k + 1):
            return True
    return False


def _capitalised(ent: Entities, at: int) -> bool:
    """Whether word `at` is written with a capital first letter (and the rest small) in the message."""
    word = ent.words[at]
    return word.isalpha() and re.search(rf"\b{word.capitalize()}\b", ent.text) is not None


def names_a_stranger(ent: Entities, lex: Lexicon) -> bool:
    """Whether a question about a video has a name of its own no table knows ("that video of <name> and stormzy"):
    someone or something else (not "yeahh, per day?": no video asked)."""
    return not lex.video_words.isdisjoint(map(_STEM, ent.tokens)) and any(
        _unknown_name_at(ent, k) and len(ent.words[k]) > 3 for k in range(len(ent.words)))


def _video_owner_before(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether a party's or person's name ends right before word `at`, with a video word just before the name
    ("the video of <party>", "the clip of <first name> <surname>")."""
    starts = [start for name, (start, end) in ent.spans.items()
              if end == at and (name in ent.parties or name in ent.people)]
    return any(_video_word_at(ent, lex, k) for start in starts for k in range(max(0, start - 2), start))


def unread_at(ent: Entities, at: int) -> bool:
    """Whether no table reads word `at` here: it is unknown, or only starts phrases that the next word does not go
    on with ("the <word of a party's name> video" without the rest of that name)."""
    read = ent.reads[at]
    return read.unknown or (
        not read.alone and not read.postings and read.onward != () and ent.words[at].isalpha()
        and ent.words[at] not in common_words() and (at + 1 >= len(ent.words) or ent.words[at + 1] not in read.nexts))


def _unknown_name_at(ent: Entities, at: int) -> bool:
    """Whether word `at` is free, and a word no table knows nor any dictionary's common word: a name of its own."""
    return at not in ent.covered and ent.reads[at].unknown and ent.words[at].isalpha() \
        and ent.words[at] not in common_words()


def _person_thing_stranger(ent: Entities, lex: Lexicon) -> None:
    """ "the <person> biryani cooking video": someone who posted videos, then a word no table knows (nor any
    dictionary's common word), then a video word (a word describing it may stand between): a video of theirs the data
    lacks."""
    words, n = ent.words, len(ent.words)
    for p in ent.people:
        at = ent.spans.get(p, (0, n))[1]
        # (someone who posted: not one a title names, "<name> gibberin vid" is their quotes' video said loosely)
        if p not in lex.posted or at + 1 >= n or len(words[at]) <= 3 or not _unknown_name_at(ent, at):
            continue
        vid = at + 1 + (at + 2 < n and words[at + 1].endswith(lex.describing_ends))
        if _video_word_at(ent, lex, vid):
            ent.others.append(words[at].title())
            ent.covered.add(at)
    for p in ent.people:
        start, end = ent.spans.get(p, (0, 0))
        # ("the <stranger> <person> video": someone else said with them, a video of the two the data lacks)
        if p in lex.posted and start > 1 and words[start - 2] in lex.determiners and len(words[start - 1]) > 3 \
                and _unknown_name_at(ent, start - 1) and end < n and _video_word_at(ent, lex, end):
            ent.others.append(words[start - 1].title())
            ent.covered.add(start - 1)


def _whose_name_before_title(ent: Entities, lex: Lexicon) -> None:
    """ "<name>'s <title> vid": a person's name another title has, said as whose right before a video named in
    full, is no second video (the video named is asked of, whoever posted it)."""
    for a, b in pairwise(list(ent.videos)):
        if a.end == b.start and a.strong and b.strong and not b.group and a.best != b.best and all(
                w in lex.name_words for w in ent.words[a.start : a.end]) and said_as_whose(ent, a.end - 1):
            ent.videos.remove(a)


def _party_stranger(ent: Entities, lex: Lexicon) -> None:
    """ "views of <name> video of <party>": a name no table knows (nor any dictionary's common word) after "of" or a
    determiner, or opening the message, right before a video word ("one" too after a determiner), where a party is
    named: someone the data does not carry, not the party's figure."""
    words = ent.words
    for k in range(len(words) - 1):
        if len(words[k]) <= 3 or words[k].endswith(lex.describing_ends):
            continue
        unread = k not in ent.covered and ent.reads[k].unknown and words[k].isalpha()
        if not unread:
            continue
        # ("<name>'s <party> video": theirs, made for the party; a common word too, said as whose, "lily allen's")
        theirs = k + 2 < len(words) and _party_at(ent, k + 1) and _video_word_at(ent, lex, k + 2)
        whose = said_as_whose(ent, k)
        if not (_unknown_name_at(ent, k) or (theirs and whose)):
            continue
        # (after "of", "which" or a determiner, or first, or said as whose: not a word of another language or a
        # misspelling, "the most wachd vidio")
        if (k == 0 or whose or words[k - 1] in lex.determiners or words[k - 1] in lex.title_name_joins
                or words[k - 1] in lex.which_asks) and (theirs or _video_word_at(ent, lex, k + 1) or (
                    # ("the <name> one <party> put out": "one" the video)
                    k > 0 and words[k - 1] in lex.determiners and ent.tokens[k + 1].s in lex.video_words)):
            # (a first name before it said too, "<first name> <surname>'s video")
            before = k > 0 and (_unknown_name_at(ent, k - 1) or (whose and _name_like_at(ent, lex, k - 1)))
            _stranger_at(ent, k - before, k + 1)


def _named_pair_stranger(ent: Entities, lex: Lexicon) -> None:
    """ "the diane <surname> video in the top 10", typed small: a determiner, two words no table knows (no everyday
    word, no word describing a video, no word of a title or tweet), then a video word: someone the data does not
    carry, not the list."""
    said, n = ent.words, len(ent.words)
    # ("who came last ... the wooden spoon vid": a place asked, the two words a saying for it; not with a kind of
    # video after them, "the <first name> <surname> interview video ... where was it in the top 10")
    placed = bool(ent.ranks) or any(_place_word(ent, lex, k) for k in range(n))
    for i in range(n - 3):
        kind = i + 4 < n and said[i + 3] in lex.video_kinds and _video_word_at(ent, lex, i + 4)
        if said[i] not in lex.determiners or not (kind or (_video_word_at(ent, lex, i + 3) and not placed)):
            continue
        pair = (i + 1, i + 2)
        if all(_name_like_at(ent, lex, k) and not said[k].endswith(lex.describing_ends)
               and ent.tokens[k].s not in lex.video_text_stems for k in pair):
            _stranger_at(ent, i + 1, i + 3)
    for i in range(n - 4):
        # ("the <first name> <double surname> one": three such words, then a video word, "one" too)
        if said[i] in lex.determiners and ent.tokens[i + 4].s in lex.video_words and all(
                _name_like_at(ent, lex, k) and not said[k].endswith(lex.describing_ends)
                and ent.tokens[k].s not in lex.video_text_stems for k in (i + 1, i + 2, i + 3)):
            _stranger_at(ent, i + 1, i + 4)


def _counted_stranger(ent: Entities, lex: Lexicon) -> None:
    """ "how many retweets did <name> get", "how many times was <first name> <surname> retweeted": a helper verb, a
    name no table knows (one word no dictionary has, or two unread words), then a verb of getting or a measure's
    word: someone the data does not carry, not the one the figure is held of."""
    said, n = ent.words, len(ent.words)
    if not lex.language_words.isdisjoint(words(ent.text)):
        return  # (another language's message: its words are more likely its own than a name)
    for k in range(1, n - 1):
        got, passive = said[k - 1] in lex.count_got_helpers, said[k - 1] in lex.count_got_passive
        if not (got or passive):
            continue
        # (a surname may be an everyday word, "smith": the first must look like a name, the second be unread)
        two = k + 2 < n and _name_like_at(ent, lex, k) and k + 1 not in ent.covered and ent.reads[k + 1].unknown \
            and said[k + 1].isalpha() and said[k + 1] not in lex.stopwords
        if not (two or _unknown_name_at(ent, k)):
            continue
        # (a verb of getting after "did", a measure's word after "was": not "did <name>s retweets go up", whose)
        after = k + 1 + two
        if after >= n or not ((got and said[after] in lex.count_got_verbs)
                              or (passive and after in ent.measure_starts)):
            continue
        if len(said[k]) < 4 or lex.name_sounded(said[k]) or (not two and lex.near_known(said[k])):
            continue  # (someone we know, said loosely: "corbz", "korbin", "jcorbyn"; a typo, "tht", "jyne")
        _stranger_at(ent, k, after)
        return


RELATIVE_HEAD_REACH = 3  # words from "the one" to its place word ("the vid one 2 above")


def _relative_sides(ent: Entities, lex: Lexicon) -> None:
    """ "how many days between <title> and the one 2 above it", "the one directly above <title> vs the one directly
    below": a video said by its place next to another, as one side of two, is that video, named; the two sides are
    then read as any two videos are."""
    words, n = ent.words, len(ent.words)
    strong = list(dict.fromkeys(r.best for r in ent.videos if r.strong and not r.group))
    for m in sorted(ent.query["relative"], key=lambda m: -m.start):
        # (the head: "the one", "the vid", "the vid one" right before, a count or "directly" between)
        head = next((k for k in range(m.start - 1, max(-1, m.start - 1 - RELATIVE_HEAD_REACH), -1)
                     if ent.tokens[k].s in lex.video_words and k > 0 and (
                         words[k - 1] in lex.determiners or ent.tokens[k - 1].s in lex.video_words)), None)
        if head is None or not all(words[k].isdigit() or words[k] in lex.numbers or words[k] in lex.run_verbs
                                   or words[k] in lex.posted_verbs or ent.tokens[k].s in lex.video_words
                                   for k in range(head + 1, m.start)):
            continue
        # ("the one above <title>": by views; "the one posted right before it": by date, a posting word said)
        dated = m.payload in ("before", "after")
        if dated and lex.posted_verbs.isdisjoint(words[head + 1 : m.end]):
            continue
        order = posting_order(lex) if dated else lex.by_place
        # (the count after the head's video word: "the one 2 above", not the "one" of "the one")
        steps = next((int(words[k]) if words[k].isdigit() else int(lex.numbers[words[k]])
                      for k in range(head + 1, m.start) if words[k].isdigit() or words[k] in lex.numbers), 1)
        head -= 1 + (head > 1 and words[head - 2] in lex.determiners and ent.tokens[head - 1].s in lex.video_words)
        anchor = next((r for r in ent.videos if r.strong and not r.group and 0 <= r.start - m.end <= 1), None)
        end = anchor.end if anchor is not None else m.end
        if anchor is None:
            # ("... and the one 2 above it": the one video named; "vs the one directly below": the same, said once)
            if len(strong) != 1 or not (m.end >= n or words[m.end] in lex.video_pronouns
                                        or break_after(ent, lex, m.end - 1, m.end)):
                continue
            end += m.end < n and words[m.end] in lex.video_pronouns
            best = strong[0]
        else:
            best = anchor.best
        if best not in order:
            continue
        place = order.index(best) + (steps if m.payload in ("below", "after") else -steps)
        # (the one counted from said again after it as "it": "the one below <title>, posted how many days after it")
        again = next((k for k in range(end, n) if words[k] in lex.video_pronouns and k not in ent.covered), None) \
            if anchor is not None else None
        if not 0 <= place < len(order) or (anchor is not None and again is None and not any(
                r.strong and r is not anchor and (r.end <= head or r.start >= end) for r in ent.videos)):
            continue  # (a side of two: another video named beside it, or the one it is counted from said again)
        if anchor is not None:
            ent.videos.remove(anchor)
            if again is not None:
                ent.videos.append(VideoRef(again, again + 1, (anchor.best,), strong=True))
                ent.covered.add(again)
        ent.videos.append(VideoRef(head, end, (order[place],), strong=True))
        ent.videos.sort(key=_START_OF)
        ent.covered |= set(range(head, end))
        # (its count is no place nor figure of its own: "the vid 3 above it")
        kept = [k for k, at in enumerate(ent.rank_at) if not head <= at < end]
        ent.ranks, ent.rank_at = [ent.ranks[k] for k in kept], [ent.rank_at[k] for k in kept]
        ent.numbers = [num for num in ent.numbers if not head <= num.start < end]
        ent.query["relative"] = [r for r in ent.query["relative"] if r is not m]
    if not ent.query["relative"]:
        del ent.query["relative"]


# Two ordinals joined by a dash ("1st-10th"): places ("#1 to #10") unless a month stands right beside them
_ORDINALS_DASHED = re.compile(r"\b(\d{1,2}(?:st|nd|rd|th))\s*-\s*(\d{1,2}(?:st|nd|rd|th))\b", re.IGNORECASE)


# Two days, each a month and a day, joined by a dash ("nov 30 - dec 9", "30 nov-9 dec"): its group, the dash
_DATES_DASHED = re.compile(r"\b(?:[^\W\d_]+\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? [^\W\d_]+)(\s*-\s*)"
                           r"(?:[^\W\d_]+\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? [^\W\d_]+)\b",
                           re.IGNORECASE)


def _days_dashed(text: str, dashed: re.Match[str], lex: Lexicon) -> str:
    """ "views 1st-10th dec", "dec 1st-10th": two ordinals joined by a dash, a month right after or right before
    them, are days of that month ("1st to 10th dec"), not the places the dash otherwise joins."""
    after, before = words(text[dashed.end() :])[:2], words(text[: dashed.start()])[-1:]
    # (a month right after, or after "of"; or right before: "dec 1st-10th"; not "2nd-4th most viewed in dec")
    # (or a month anywhere, the second past the list's end: "november ... (15th-30th)", no place that far)
    beyond = int(dashed[2][:-2]) > len(lex.dataset.videos) and not lex.months.keys().isdisjoint(words(text))
    if (after[:1] and after[0] in lex.months) or (after[:1] and after[0] in lex.day_of and after[1:2]
                                                   and after[1] in lex.months) or (before and before[0] in lex.months) \
            or beyond:
        return f"{text[: dashed.start()]}{dashed[1]} to {dashed[2]}{text[dashed.end() :]}"
    return text


def week_of(day: date, starting: bool = False) -> tuple[date, date]:
    """The Monday-to-Sunday week a day falls in, or (`starting`) the seven days from it."""
    first = day if starting else day - timedelta(days=day.weekday())
    return first, first + timedelta(days=6)


def posting_order(lex: Lexicon) -> list[int]:
    """The videos with a posting date, earliest first (at one day, the more viewed first)."""
    videos = lex.dataset.videos
    return sorted((k for k in lex.by_place if (t := videos[k].tweet) and t.date),
                  key=lambda k: (videos[k].tweet.date, -videos[k].views))  # type: ignore[union-attr]


def _stranger_at(ent: Entities, start: int, end: int) -> None:
    """Words start..end-1 name someone the data does not carry: said as such, read as nothing else."""
    ent.others.append(" ".join(ent.words[start:end]).title())
    ent.covered |= set(range(start, end))


def _name_like_at(ent: Entities, lex: Lexicon, at: int, shortest: int = 3) -> bool:
    """Whether word `at` is free and could be part of a name no table knows: unread, of letters, at least `shortest`
    long, no function word nor one of the most frequent words."""
    word = ent.words[at]
    return at not in ent.covered and ent.reads[at].unknown and word.isalpha() and len(word) >= shortest \
        and word not in lex.stopwords and word not in very_common_words()


def _place_word(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether word `at` says a place in the list: an end ("last", "the bottom one"; not "top 10", a count after
    it), an ordinal ("10th", "tenth") or "#3"."""
    word, n = ent.words[at], len(ent.words)
    if word in lex.end_words:
        nxt = ent.words[at + 1] if at + 1 < n else ""
        return not (nxt.isdigit() or (nxt in lex.numbers and ent.tokens[at + 1].s not in lex.video_words))
    return word in lex.ordinals or word.startswith("#") or (
        word[:1].isdigit() and word.lstrip("0123456789") in lex.ordinal_suffixes)


def _opening_stranger(ent: Entities, lex: Lexicon) -> None:
    """ "<first name> <surname> campaign vid views, compared to <person>'s": the message opening with two words no
    table knows, a dictionary's word then one no dictionary has, as a first name and a surname are, and a video word
    right after them or after one known word: someone the data does not carry, whatever else is named after."""
    said, n = ent.words, len(ent.words)
    if n < 3 or not all(at not in ent.covered and ent.reads[at].unknown and said[at].isalpha() and len(said[at]) > 2
                        and said[at] not in lex.stopwords for at in (0, 1)) \
            or said[0] not in common_words() or said[1] in common_words() \
            or not lex.video_text_stems.isdisjoint(t.s for t in ent.tokens[:2]):
        return  # (not "<two words of a tweet> video": the video whose tweet says them)
    # (the video word next, or after one word a table knows: "<name> campaign vid")
    if not _video_word_at(ent, lex, 2) and not (
            n > 3 and not ent.reads[2].unknown and said[2] not in lex.stopwords and _video_word_at(ent, lex, 3)):
        return
    if not lex.language_words.isdisjoint(words(ent.text)):
        return  # (another language's message: its opening words are more likely its own than a name)
    _stranger_at(ent, 0, 2)


def _video_of_stranger(ent: Entities, lex: Lexicon) -> None:
    """ "the video of <name> in the top 5", "the clip from <first name> <surname>": a video word, "of" or "from", then
    a name of its own no table knows (two such words, or one no dictionary has, written with a capital or after "of"
    as typed, not another language's word read so): someone the data does not carry, not a list to answer."""
    said, n = ent.words, len(ent.words)
    for k in range(2, n):
        if said[k - 1] not in lex.title_name_joins or not _video_word_at(ent, lex, k - 2) or len(said[k]) <= 3:
            continue
        two = k + 1 < n and all(_name_like_at(ent, lex, at, shortest=4) for at in (k, k + 1))
        if two or (_unknown_name_at(ent, k) and (_capitalised(ent, k) or re.search(
                rf"\b{re.escape(said[k - 1])}\s+{re.escape(said[k])}\b", ent.text, re.IGNORECASE) is not None)):
            _stranger_at(ent, k, k + 1 + two)


def _collab_stranger(ent: Entities, lex: Lexicon) -> None:
    """ "the <person> x <name> video", "<person> ft <name> vid": someone with a person we know, named by a word no
    table knows right before a video word: a video the data does not carry."""
    words, n = ent.words, len(ent.words)
    for p in ent.people:
        end = ent.spans.get(p, (0, n))[1]
        at = end + 1
        if end < n and words[end] in lex.collab_words and at + 1 < n and _unknown_name_at(ent, at) \
                and _video_word_at(ent, lex, at + 1):
            ent.others.append(words[at].title())
            ent.covered.add(at)


def _other_kind_named(ent: Entities, lex: Lexicon) -> None:
    """ "the <name> fridge video", "<name>'s nurses strike video": one word naming a video, then an everyday word no
    table knows, then a video word: a video of another kind than any in the data (its name's word is not enough to
    take it for ours); someone or something the data does not carry. A word for a kind of video ("compilation"), one
    describing it ("-ing", "-ful") or one with a title's own next word is not such a word."""
    tokens, n = ent.tokens, len(ent.tokens)
    for ref in list(ent.videos):
        at = ref.end
        # (one word, or a person's whole name: "the <first> <last> fridge video"; not before "one", a pronoun after
        # a nickname as often: "the <name> clown one")
        if (ref.end - ref.start != 1 and not all(w in lex.name_words for w in ent.words[ref.start : ref.end])) \
                or at + 1 >= n or not _video_word_at(ent, lex, at + 1) or at in ent.covered:
            continue
        word = tokens[at].w
        if not ent.reads[at].unknown or word not in common_words() or word in lex.video_kinds \
                or word.endswith(lex.describing_ends) or _near_title_word(tokens[at].s, lex.title_stems[ref.best]):
            continue
        ent.videos.remove(ref)
        ent.others.append(f"{ent.words[ref.start]} {word}".title())
        ent.covered |= {at}


def _near_title_word(stemmed: str, title: Sequence[str]) -> bool:
    """Whether a word is one letter off a word of the title (autocorrect's "quotas" for "quotes"): a typo of it,
    not another thing."""
    from rapidfuzz.distance import OSA  # (only a word no table knows beside a title's name needs it)

    return len(stemmed) >= NEAR_TITLE_MIN and any(
        len(t) >= NEAR_TITLE_MIN and OSA.distance(stemmed, t) <= 1 for t in title)


def _unknown_described(ent: Entities, lex: Lexicon) -> None:
    """ "was the bus video number 4", "the video about trains": a video described by an everyday word no table knows
    (a thing, not a name: those are `_titled_strangers`'), right before a video word after a determiner, or after a
    video word and "about": no video of ours is, so none is answered for it. A word saying only how it is ("the
    whole video", "-ing", "-ful"), a kind of video or part of a title's word ("migrants") describes none; nor does
    one beside a video named, which it describes more ("the sad one about <title>"), unless a separator stands
    between ("the bus one and <title>")."""
    words, reads, n = ent.words, ent.reads, len(ent.words)
    for i in range(1, n):
        if i in ent.covered or not reads[i].unknown or not words[i].isalpha() or words[i] not in common_words() \
                or words[i] in lex.video_kinds or words[i] in lex.plain_describers:
            continue
        # (a word saying how a video is describes none before it, "the amazing video"; after "about" it is what the
        # video is about, "the video about fishing"; written with a capital, it is a people's or a language's, "the
        # Gaelic video": which video)
        # ("<person>'s christmas jumper vid": someone's, said as whose, an everyday word of theirs before it)
        owned = i >= 2 and _person_end_at(ent, i - 2) and words[i - 1] not in lex.stopwords and words[i - 1].isalpha() \
            and i - 1 not in ent.covered and not _inside_a_title_word(words[i - 1], lex) and i + 1 < n \
            and _video_word_at(ent, lex, i + 1)
        # ("<person>'s woolly hat vid": the word no table knows first)
        said_whose = _person_end_at(ent, i - 1)
        if words[i].endswith(lex.describing_ends) and not owned and not (words[i - 1] in lex.subject_words or (
                i >= 2 and words[i - 1] in lex.determiners and words[i - 2] in lex.subject_words)) \
                and not _capitalised(ent, i):
            continue
        if i >= 2 and words[i - 2] in lex.negation_words:
            continue  # ("not the comedian's one": the one left out, not asked about)
        # ("the <person> christmas message vid": someone's, then a kind of video, may stand between; "that <party>
        # <thing> <word> video": a party's, described by an everyday word no table knows and one more; not "the
        # wooden spoon vid", a saying)
        det = i - 2 if owned else next(
            (ent.spans[p][0] - 1 for p in (*ent.people, *ent.parties) if ent.spans[p][1] == i), i - 1)
        # ("<party>'s <thing> <word> vid": the party's name as the determiner)
        whose = _party_at(ent, i - 1) or owned or said_whose
        # ("the <thing> <party> video": the party's, described by the word before its name; "the <party> storm zy
        # video": a word split, its rest no table knows)
        vid = i + 2 if i + 2 < n and (words[i + 1] in lex.video_kinds or words[i + 1] in lex.phrasal_particles
                                      or _party_at(ent, i + 1) or (
            whose and i + 1 not in ent.covered and words[i + 1] in common_words()
            and words[i + 1] not in lex.stopwords and ent.tokens[i + 1].s not in lex.video_words) or (
            i + 1 not in ent.covered and reads[i + 1].unknown and words[i + 1].isalpha()
            and words[i + 1] not in common_words())) else i + 1
        determined = det >= 0 and words[det] in lex.determiners
        if (determined or whose) and vid < n and ent.tokens[vid].s in lex.video_words and not _plural_noun(words[vid]) \
                and not (  # (one video: not "a few videos"; not "a weird one": no video, the question itself)
                    determined and words[det] in lex.indefinite_articles and ent.tokens[vid].s in lex.numbers):
            span = det if determined else det + 1, vid + 1  # ("the bus one"; "<party>'s bus one" from the party)
        else:
            # ("the video about trains", "the one about the railways")
            # ("the vid with the <thing> tune": what is in it, described the same way, after a determiner)
            at = i - 2 if words[i - 1] in lex.subject_words else i - 3 if (
                i >= 3 and words[i - 1] in lex.determiners and _about_word(words[i - 2], lex)) else -1
            if at >= 2 and (named := next((start for p, (start, end) in ent.spans.items()
                                           if p in ent.parties and start <= at < end), None)) is not None:
                # ("the video of (the) <party> about climate change": whose it is said between)
                owner = named - 1 - (named > 0 and words[named - 1] in lex.determiners)
                at = owner - 1 if owner > 0 and words[owner] in lex.owner_before else at
            if at < 0 or ent.tokens[at].s not in lex.video_words or _plural_noun(words[at]):
                continue
            end = i + 1  # (with the words no table knows that go on describing it, "about fishing quotas")
            while end < n and words[end].isalpha() and reads[end].unknown:
                end += 1
            span = at - (at > 0 and words[at - 1] in lex.determiners), end
        if all(any(t.s in lex.separators for t in ent.tokens[min(r.end, span[1]) : max(r.start, span[0])])
               for r in ent.videos) and not _inside_a_title_word(words[i], lex):
            ent.described.append(" ".join(words[span[0] : span[1]]))


NEAR_TITLE_MIN = 4  # letters of a word and a title's word for one to be a typo of the other
ACTIVITY_TO_VIDEO = 4  # "<name> dancing at a wedding video": words from the activity to its video word


def _activity_video(ent: Entities, lex: Lexicon) -> None:
    """ "the <name> dancing video", "<name>'s cooking vid", "a video of <name> dancing": someone named (as a person or
    a title's words), then something they do that no title or tweet says, in a question about a video: a video the
    data lacks, described, not the one the name is in."""
    words, n = ent.words, len(ent.words)
    # (a party's too: "<party>'s fishing vid", a video of theirs the data lacks, not their campaign figure)
    for start, end, ref in _named_spans(ent, ent.videos, (*ent.people, *ent.parties)):
        # (not "the <title> one, eating my lunch": the asker doing it, after a break)
        if end + 1 < n and (words[end] in lex.stopwords or len(words[end]) <= 2) and not break_after(
                ent, lex, end, end + 1):
            end += words[end + 1] in lex.activities  # ("<name> is dancing", "<name> ta baila")
        if end >= n or words[end] not in lex.activities or _inside_a_title_word(words[end], lex):
            continue
        vid = next((j for j in range(end + 1, min(n, end + 1 + ACTIVITY_TO_VIDEO)) if _video_word_at(ent, lex, j)),
                   end)
        _described_instead(ent, lex, start, vid + 1, ref)


def _named_spans(ent: Entities, refs: list[VideoRef], names: Iterable[str]) -> list[tuple[int, int, VideoRef | None]]:
    """Where each video reference and each name said stands: (start, end, the reference or None)."""
    return [(r.start, r.end, r) for r in refs] + [(*ent.spans[p], None) for p in names if p in ent.spans]


def _described_instead(ent: Entities, lex: Lexicon, start: int, end: int, ref: VideoRef | None) -> None:
    """Words start..end-1 (and a determiner before them) describe a video the data lacks: said as such, and the
    reference inside them is no video named."""
    det = start - (start > 0 and ent.words[start - 1] in lex.determiners)
    ent.described.append(" ".join(ent.words[det:end]))
    if ref is not None and ref in ent.videos:
        ent.videos.remove(ref)


def _setting_video(ent: Entities, lex: Lexicon) -> None:
    """ "the one with <name> in the kitchen": someone named (as a person or a title's name), then where they are, in
    a word no table knows nor any title or tweet says, in a question about a video: a video the data lacks,
    described, not the one the name is in."""
    words, n = ent.words, len(ent.words)
    # (a video named by a person's name its title has; not by what it shows, "the <title word> on the sofa"; none
    # when a video is named by its title too, "the <title> one with <name> in the kitchen")
    by_name = [r for r in ent.videos if all(w in lex.name_words for w in words[r.start : r.end])]
    if len(by_name) < len(ent.videos):
        return
    for start, end, ref in _named_spans(ent, by_name, ent.people):
        if end + 1 < n and words[end] not in lex.within_words and words[end + 1] in lex.within_words \
                and ent.reads[end].unknown and words[end].isalpha() and not _inside_a_title_word(words[end], lex):
            end += 1  # ("<name> hidin in the fridge": what they do there, in a word no table knows, then where)
        at = end + 2  # ("<name> in the <place>", the place ending a clause; not "of the")
        if at >= n or words[end] not in lex.within_words or words[end] in lex.partitive_words \
                or words[end + 1] not in lex.determiners or not (
                ent.reads[at].unknown and words[at].isalpha() and at not in ent.covered) or _inside_a_title_word(
                words[at], lex) or not (at + 1 == n or break_after(ent, lex, at, at + 1, asked=True)):
            continue
        _described_instead(ent, lex, start, at + 1, ref)


def _about_word(word: str, lex: Lexicon) -> bool:
    """Whether a word after a video word says what is in it ("about", "with")."""
    return word in lex.subject_words or word in lex.featuring_words


def _inside_a_title_word(word: str, lex: Lexicon) -> bool:
    """Whether a word is part of a word of a video's title, alias or tweet, or one is part of it ("migrants",
    "immigrants")."""
    s = stem(word)
    return len(s) >= VIDEO_TEXT_MIN and any(s in w or w in s for w in lex.video_text_stems)


def paired_operations(ent: Entities, lex: Lexicon) -> frozenset[str]:
    """Which of `paired_operations` ("sum", "difference") a question asks ("combined", "the diff")."""
    return frozenset(m.payload for m in ent.query.get("operation", ())) & lex.paired_operations


def _video_word_at(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether word `at` is a video word ("vid", "clip"), not a number word ("one")."""
    return ent.tokens[at].s in lex.video_words and ent.tokens[at].s not in lex.numbers


def _person_end_at(ent: Entities, at: int) -> bool:
    """Whether word `at` ends a person's name said as whose ("<person>'s", "<surname>s"; not "<person> gibberin
    vid")."""
    return any(ent.spans.get(p, (0, 0))[1] == at + 1 for p in ent.people) and said_as_owner(ent, at)


def post_picked_by_date(ent: Entities, lex: Lexicon) -> bool:
    """ "the earliest post", "the latest video posted": an end of the posting order said with a post, video or
    posting word, one post picked by its date."""
    return any(o.payload in ("posted_asc", "posted_desc") and (any(
        t.s in lex.video_words or t.s in lex.post_words for t in ent.tokens[o.start : o.end + 1])
        or any(p.start <= o.end <= p.end for p in ent.query.get("posting", ())))
        for o in ent.query.get("order", ()))


def said_as_owner(ent: Entities, at: int) -> bool:
    """Whether word `at` is typed as whose: with "'s" after it, or an "s" its name lacks ("<surname>s nhs video")."""
    return said_as_whose(ent, at) or ent.words[at] == ent.tokens[at].s + "s"


def said_as_whose(ent: Entities, at: int) -> bool:
    """Whether word `at` is typed with "'s" after it ("<name>'s")."""
    return re.search(rf"\b{re.escape(ent.words[at])}['\u2019]s\b", ent.text, re.IGNORECASE) is not None


def _party_at(ent: Entities, at: int) -> bool:
    """Whether word `at` is (part of) a party's name said in the question."""
    return any(start <= at < end for party, (start, end) in ent.spans.items() if party in ent.parties)


def _videos(ent: Entities, lex: Lexicon) -> None:
    """Runs of title words in the question, and single distinctive title words."""
    reads, covered = ent.reads, ent.covered
    n = len(reads)
    runs: list[tuple[int, int, dict[int, int]]] = []  # start, end, video -> content words matched
    after = 0  # the end of the last run
    loose, neighbours = -2, False  # the last title word outside a run; two of them side by side
    for i in compress(count(), map(_POSTINGS, reads)):  # the words of some title (most words are in none)
        if i < after or i in covered or ((ent.words[i] in lex.ordinals or ent.words[i][:1].isdigit())
                                         and _ordinal_place(ent, lex, i)):
            continue
        r = reads[i]
        if i + 1 < n and not r.follows.isdisjoint(reads[i + 1].keys) and i + 1 not in covered:
            # (after a joining word, a run may stand alone as a name up to where a part of the sentence ends)
            alone = (lambda k: k == n or break_after(ent, lex, k - 1, k)) if i > 0 and ent.words[
                i - 1] in lex.separators else None
            best_end, best = _title_run(i, r.postings, ent.keys, covered, lex, alone)
        else:
            best_end, best = i + 1, r.solo  # one title word: no title goes on with the next word
        if not best and len(r.postings) == 1 and i < n - 1 and (i == 0 or ent.words[i - 1] in lex.determiners or (
                ent.words[i - 1] in lex.separators)) \
                and ent.tokens[i + 1].s in lex.video_words and i + 1 not in covered \
                and r.token.s in lex.domain_words and not r.alone and r.token.s not in lex.generic_words \
                and ent.words[i] not in lex.stopwords \
                and not _plural_noun(ent.words[i + 1]):  # (not a cue, a name or a word for a video: "the tweet one")
            # ("the vote one", "the vote video": a title's one word that is also a word of the domain, between "the"
            # and a video word, in one title only; so too first, or after "and", "plus": "<title> plus vote one")
            best_end, best = i + 1, {r.postings[0][0]: 1}
        if best:
            runs.append((i, best_end, best))
            after = best_end
        elif r.title_word:
            neighbours, loose = neighbours or loose == i - 1, i
    if neighbours:  # else no two neighbouring title words are left to cluster (most questions)
        runs += _clusters(ent, lex, {j for r in runs for j in range(r[0], r[1])} | _ordinal_places(ent, lex))
        runs.sort(key=lambda r: r[0])
    if ent.people and not lex.title_name_joins.isdisjoint(ent.words):
        runs += _title_then_name(ent, lex, {j for r in runs for j in range(r[0], r[1])})
        runs.sort(key=lambda r: r[0])
    if not (ent.videos or runs):
        return  # no video named (most questions about figures, lists and the campaign)
    # Adjacent runs that share a video are one reference (a title's words, then its alias).
    refs: list[VideoRef] = []
    for start, end, scores in runs:
        # Strong: three title words in a row, or two that both name something ("nurses pledge").
        # A figure inside a title, with a title word next to it ("60 second"), names it as surely.
        strong = any(w >= STRONG_RUN for w in scores.values()) or (end - start >= 2 and any(
            ent.tokens[j].w[:1].isdigit() for j in range(start, end)) and len(scores) == 1)
        ranked = sorted(scores, key=lambda v: (-scores[v] / lex.content_weight[v], v)) if len(scores) > 1 else [*scores]
        ref = VideoRef(start, end, tuple(ranked), strong, group=len(ranked) > 1)
        refs.append(ref)
    merged = _merge(sorted([*ent.videos, *refs], key=lambda r: r.start), ent, lex)
    ent.videos = merged
    for ref in merged:
        ent.covered.update(range(ref.start, ref.end))
    # A party or person whose name sits inside a video's name is part of that name, not a subject.
    _drop_names_inside_videos(ent, lex)


def _video_at_place(lex: Lexicon, place: int, at: int) -> VideoRef:
    """The video at a place in the views order (1 the most viewed), named by the word at `at`."""
    return VideoRef(at, at + 1, (lex.by_place[place - 1],), True)


def _place_as_anchor(ent: Entities, lex: Lexicon) -> None:
    """ "what was above and below the 6th one", "which was 6th, what was above it and below it": the place said is
    the video at it, the one the others are placed beside."""
    at = ent.rank_at[0]
    ent.videos = [_video_at_place(lex, ent.ranks[0], at)]
    ent.ranks, ent.rank_at = [], []


def _tags_dropped(ent: Entities, lex: Lexicon) -> None:
    """ "..., wasnt that like #4", "didnt it get 9m": a negative yes/no word right before a pronoun, with more said
    after it, asks to confirm what is said, and leaves nothing out."""
    said = ent.words
    # (a tag closing the message or its sentence, "..., didnt it?? mad", is left as it was read: the claim before it
    # is checked)
    kept = [m for m in ent.query["negate"] if not (
        said[m.start] in lex.yes_no_openers and m.end + 1 < len(said) and said[m.end] in lex.video_pronouns
        and not break_after(ent, lex, m.end, m.end + 1, asked=True))]
    if kept:
        ent.query["negate"] = kept
    else:
        del ent.query["negate"]


def _places_as_ends(ent: Entities, lex: Lexicon) -> None:
    """ "which vids are between #2 and #7": two places joined after "between" (a place word may stand between) are
    the videos at them, the ends of what lies between, not the two places asked."""
    if not _places_joined_after_between(ent, lex, place_word=True):
        return
    ent.videos = [_video_at_place(lex, r, at) for r, at in zip(ent.ranks, ent.rank_at, strict=True)]
    ent.ranks, ent.rank_at = [], []


def _gap_between_places(ent: Entities, lex: Lexicon) -> None:
    """ "how many views between #1 and #10": a count of a measure asked between two places joined after "between"
    is the gap between their figures (not the two added)."""
    if _places_joined_after_between(ent, lex):
        ent.query["operation"] = [Match(m.start, m.end, "difference") for m in ent.query["operation"]]


def _gap_between_videos(ent: Entities, lex: Lexicon) -> None:
    """ "how many views between <title> and <title>": a count of a measure asked between two videos joined right
    after "between" is the gap between their figures, as between two places (not the videos between them added)."""
    first, second = ent.videos[0], ent.videos[-1]
    # (the count said right before "between": not "whats between <title> and <title>, n how many views")
    counted = {m.end for m in ent.query["operation"]} | set(ent.measure_ends)
    if first.best != second.best and any(m.payload == "between" and 0 <= first.start - m.end <= 1 and m.start in counted
                                         for m in ent.query["when"]) \
            and 1 <= second.start - first.end <= 2 and ent.words[first.end] in lex.separators | lex.video_words \
            and not any(t.w in lex.video_plurals for t in ent.tokens[: first.start]):  # (not "the videos between")
        ent.query["operation"] = [Match(m.start, m.end, "difference") for m in ent.query["operation"]]


def _places_joined_after_between(ent: Entities, lex: Lexicon, place_word: bool = False) -> bool:
    """Whether the two places said are two different places of the list joined right after "between" ("between #2
    and #7"; with `place_word`, a place word may stand between: "between spots 2 and 7")."""
    first, second = ent.rank_at
    starts = {m.end for m in ent.query["when"] if m.payload == "between"}
    return (first in starts or (place_word and first - 1 in starts and ent.tokens[first - 1].s in lex.rank_words)) \
        and second == first + 2 and ent.words[first + 1] in lex.separators \
        and all(0 < r <= len(lex.by_place) for r in ent.ranks) and ent.ranks[0] != ent.ranks[1]


def _operation_denied(ent: Entities, lex: Lexicon) -> None:
    """ "<figure> for the #2 vid, not the combined": an operation said only to be denied is no operation asked, and
    its "not" leaves nothing out."""
    def denies(negation: Match, operation: Match) -> bool:
        if not (negation.end <= operation.start and all(
                w in lex.determiners for w in ent.words[negation.end : operation.start])):
            return False
        # (set against another asked right before it, "mean not median"; or said last, "..., not the combined
        # (figure)"; not "do the top 2 not add up to ...", a question put the negative way, nor "why not the ...")
        # (or one of a list of things denied, "(not Twitter, not the combined figure)")
        return any(0 <= negation.start - o.end <= 1 for o in ent.query["operation"] if o is not operation) or (
            operation.start > negation.end and (len(ent.words) - operation.end <= 1 or any(
                0 < negation.start - n.end <= DENIED_REACH for n in ent.query["negate"])) and not (
                negation.start > 0 and ent.words[negation.start - 1] in lex.question_words))

    negations = ent.query["negate"]
    denied = [o for o in ent.query["operation"] if any(denies(n, o) for n in negations)]
    if not denied:
        return
    kept = [n for n in negations if not any(denies(n, o) for o in denied)]
    _keep_unit(ent, "operation", lambda m: m not in denied)
    _keep_unit(ent, "negate", lambda m: m in kept)

    def outside(m: Match) -> bool:
        return not any(d.start <= m.start and m.end <= d.end for d in denied)

    for cue, said in list(ent.cue_matches.items()):  # (the denied words cue nothing either: "combined", "total")
        if not all(map(outside, said)):
            _keep_cue(ent, cue, [m for m in said if outside(m)])


def _title_then_name(ent: Entities, lex: Lexicon, taken: set[int]) -> list[tuple[int, int, dict[int, int]]]:
    """A title's own words, then "of" or "from" and a person named in that same title: the video ("the quotes of
    <name>" for "<name> quotes"), not the person's figures."""
    runs = []
    for person in ent.people:
        start, end = ent.spans.get(person, (-1, -1))
        join = start - 2 if start > 1 and ent.words[start - 1] in lex.determiners else start - 1  # ("of the <name>")
        if join < 1 or ent.words[join] not in lex.title_name_joins:
            continue
        first = join
        # (not a word that asks something itself, "the mean of <name>'s videos", nor a place, "the second of ...")
        while first > 0 and (read := ent.reads[first - 1]).title_word and first - 1 not in taken \
                and read.token.s not in lex.generic_words and read.token.w not in lex.ordinals and not any(
                    table.startswith(QUERY_TABLE) for table, _, _ in read.alone):
            first -= 1
        if first == join:
            continue
        videos = set.intersection(*({v for v, _ in ent.reads[k].postings} for k in (*range(first, join),
                                                                                     *range(start, end))))
        if len(videos) == 1:
            runs.append((first, end, {videos.pop(): STRONG_RUN}))
    return runs


def _ordinal_places(ent: Entities, lex: Lexicon) -> set[int]:
    """Every word `_ordinal_place` holds for (the few clustered questions ask them all)."""
    return {i for i in range(len(ent.tokens) - 1) if _ordinal_place(ent, lex, i)}


def _ordinal_place(ent: Entities, lex: Lexicon, i: int) -> bool:
    """Whether word i is an ordinal right before a video word ("<name>'s second video"): a place, never a title's
    word (a number before it keeps it the title's, "the 60 second one")."""
    tokens = ent.tokens
    w = tokens[i].w
    return (w in lex.ordinals or (w[:1].isdigit() and w[-2:] in lex.ordinal_suffixes)) and i + 1 < len(tokens) \
        and tokens[i + 1].s in lex.video_words \
        and not (i > 0 and (tokens[i - 1].w[:1].isdigit() or tokens[i - 1].w in lex.numbers))


SKIP_CONFIRM = 2  # title words said after one left out, unless a video word follows


def _title_run(i: int, postings: list[tuple[int, int]], keys: list[tuple[str, ...]], covered: set[int],
               lex: Lexicon, part_ends: Callable[[int], bool] | None = None) -> tuple[int, dict[int, int]]:
    """The longest run of one title's words from position i that names something, and its videos' weights
    (`part_ends`: given when a joining word stands before it, whether a part of the sentence ends at a position)."""
    n, content_words = len(keys), lex.content_words
    best_end = i
    best: dict[int, int] = {}
    for vi, pos in postings:
        title = lex.title_stems[vi]
        k, t, skipped = 0, pos, 0
        while i + k < n and t < len(title) and (i + k) not in covered:
            if title[t] in keys[i + k]:
                k, t = k + 1, t + 1
            elif k >= 2 and not skipped and t + 1 < len(title) and title[t] in lex.stopwords \
                    and title[t + 1] in keys[i + k]:
                t, skipped = t + 1, k  # ("not sure who vote": one function word of the title left out, after two said)
            else:
                break
        if skipped and k - skipped < SKIP_CONFIRM and not (i + k < n and not lex.video_words.isdisjoint(keys[i + k])):
            # (too little said after the word left out, and no video word next: "not sure who vote counts go to" is
            # a hedge; "not sure who vote vid", "not sure who vote for" name the title)
            k, t = skipped, pos + skipped
        if k == 1 and (len(postings) > MAX_POSTINGS or title[pos] not in content_words):
            continue  # one common or function word of a title (most runs): names nothing
        run = title[pos:t]
        content = sum(1 for w in run if w in content_words)
        if (
            k >= 4
            or (k == 3 and (any(w not in lex.stopwords and w not in lex.name_words for w in run) or (
                # (three function words of a title, before a video word or standing alone after "vs" or "and": "the
                # not sure who video", "60 sec vs not sure who, gap")
                i + k < n and not lex.video_words.isdisjoint(keys[i + k])) or (
                    part_ends is not None and part_ends(i + k))))
            or (k == 2 and (content or (i + k < n and not lex.video_words.isdisjoint(keys[i + k])
                                        and (lex.numbers.keys().isdisjoint(keys[i + k])  # ("the vote for one")
                                             or (i > 0 and not lex.determiners.isdisjoint(keys[i - 1])
                                                 and lex.generic_words.isdisjoint(run)))  # (not "the tweet with one")
                                        and any(
                w not in lex.stopwords and w not in lex.name_words for w in run))))
            # (two of a title's words right before a video word name it, "the vote for vid"; not a name, "the
            # <first> <last> films", function words, "on the videos", nor before "one", a number as often)
        ):
            weight = max(content, 1) + k
        elif k == 1 and content == 1 and len(postings) <= MAX_POSTINGS:
            weight = 1
        else:
            continue
        if i + k > best_end:
            best_end, best = i + k, {vi: weight}
        elif i + k == best_end:
            best[vi] = max(best.get(vi, 0), weight)
    return best_end, best


def _tweet_run(ent: Entities, lex: Lexicon) -> None:
    """Words of a tweet in a row, unquoted ("which one says <its words>"), name its video: TWEET_RUN of them
    with one more than a function word, or one word more when all are ("one person said all these"); or one fewer
    that say something rare ("the breaks my heart one")."""
    said_words = ent.words  # (called only when two words of a run stand in a row: see extract)
    if lex.tweet_runs and len(said_words) >= TWEET_RUN and not lex.tweet_runs.keys().isdisjoint(
            zip(*map(said_words.__getitem__, _RUN_SLICES), strict=False)):
        _runs_said(ent, lex, lex.tweet_runs, TWEET_RUN)
    if lex.short_tweet_runs and not any(r.strong for r in ent.videos) and not lex.short_tweet_runs.keys().isdisjoint(
            zip(*map(said_words.__getitem__, _RUN_SLICES[:-1]), strict=False)):
        _runs_said(ent, lex, lex.short_tweet_runs, TWEET_RUN - 1)


def _runs_said(ent: Entities, lex: Lexicon, runs: dict[tuple[str, ...], tuple[int, int]], n: int) -> None:
    """Each run of `runs` (n words of a tweet) said, and the tweet's words said either side of it: its video."""
    said_words = ent.words
    i = 0
    while i + n <= len(said_words):
        found = runs.get(tuple(said_words[i : i + n]))
        if found is None or any(j in ent.covered for j in range(i, i + n)):
            i += 1
            continue
        vi, at = found
        tweet = lex.tweet_said[vi]
        start, end = i, i + n
        while start > 0 and at > 0 and start - 1 not in ent.covered and said_words[start - 1] == tweet[at - 1]:
            start, at = start - 1, at - 1  # ("why dont you just be honest": the tweet's words before it too)
        while end < len(said_words) and end not in ent.covered and at + end - start < len(tweet) \
                and said_words[end] == tweet[at + end - start]:
            end += 1
        run = said_words[start:end]
        if end - start > n or any(w not in lex.stopwords for w in run):
            ent.videos = sorted([*_without_group_beside(ent, start, end, vi), VideoRef(start, end, (vi,), strong=True)],
                                key=lambda r: r.start)
            ent.covered |= set(range(start, end))
        i = end


def _without_group_beside(ent: Entities, start: int, end: int, vi: int) -> list[VideoRef]:
    """The videos read, less a name several share said right beside a tweet's words that pick one of them ("the
    '<tweet words>' <shared name> one"): the one video, said two ways, not the other of the name."""
    return [r for r in ent.videos if not (r.group and vi in r.candidates and (r.start == end or r.end == start))]


def _quoted(ent: Entities, lex: Lexicon, text: str) -> None:
    """A quoted tweet or title names its video; what was read inside the quote gives way to it."""
    unmatched: list[tuple[int, int, str]] = []
    for start, end, vi in quoted_videos(text, lex, unmatched):
        ent.videos = [r for r in _without_group_beside(ent, start, end, vi) if r.end <= start or r.start >= end]
        ent.videos.append(VideoRef(start, end, (vi,), strong=True))
        ent.videos.sort(key=lambda r: r.start)
        ent.covered |= set(range(start, end))
    for start, end, quote in unmatched:
        # (the video word before the quote or after it: "the video '<words>'", "the '<words>' video")
        said = end if end < len(ent.tokens) and ent.tokens[end].s in lex.video_words else start - 1
        # ("the <party> '<words>' <name> video": a name between the quote and its video word, whose it is)
        named_after = [p for p in ent.people if ent.spans.get(p, (0, -1))[0] == end] + [
            r for r in ent.videos if r.start == end and r.end - r.start == 1]
        if said != end and named_after and end + 1 < len(ent.tokens) and ent.tokens[end + 1].s in lex.video_words:
            said = end + 1
        # (after the video word, a word no table knows among the quoted: not "which video 'went viral'", words read
        # as something asked in scare quotes)
        # ("the <name> '<words of no title or tweet>' vid": a name right before the quote is whose the video is, which
        # the data lacks, not the video whose title has the name)
        owner = [r for r in ent.videos if (r.end == start or r.start == end) and said >= end and r.end - r.start == 1]
        whose = [p for p in ent.people if (ent.spans.get(p, (0, -1))[1] == start or ent.spans.get(p, (0, -1))[0] == end)
                 and said >= end]
        if said >= 0 and ent.tokens[said].s in lex.video_words and not _plural_noun(ent.words[said]) \
                and (not ent.videos or owner or whose) and ent.covered.isdisjoint(range(start, end)) and (
                    said >= end or any(ent.reads[k].unknown for k in range(start, min(end, len(ent.reads))))):
            # (not a bonus favourite's title, read as a name; nor a word for videos named, "<title> + <title>, the
            # two '<description>' ones")
            # ("the <party> '<words of no title or tweet>' video": one the data lacks; what is inside the quote is
            # read as nothing else, "6 months" no top 6)
            ent.described.append(f"the \u2018{quote}\u2019 video")
            ent.videos = [r for r in ent.videos if (r.end <= start or r.start >= end) and r not in owner]
            ent.people = [p for p in ent.people if p not in whose]
            ent.covered |= set(range(start, end))


def _metric_day(ent: Entities, lex: Lexicon) -> None:
    """"which video went up the same day the retweet count runs to": the day a campaign figure's period ends,
    said beside videos; the figure's measure is no count asked of them."""
    if lex.same_day_ends.isdisjoint(ent.words):
        return  # (no "same day" said: most questions with a campaign measure)
    at = next((start for start, _ in said_spans(ent.words, lex.same_day)), None)
    if at is None or not (ent.videos or ent.query.get("posting") or ent.cues.get("date")
                          or any(t.s in lex.video_words for t in ent.tokens)):
        return
    ends = {m.period.end for m in lex.dataset.metrics if m.measure in ent.measures and m.period and m.period.end
            and (not ent.years or m.period.year in ent.years)}  # ("the day the 2017 count stops": not given)
    if len(ends) != 1:
        return
    end = ends.pop()
    keep = [k for k, m in enumerate(ent.measures) if m not in lex.campaign_measures]
    ent.measures = [ent.measures[k] for k in keep]
    ent.measure_ends = [ent.measure_ends[k] for k in keep]
    ent.measure_starts = [ent.measure_starts[k] for k in keep]
    if (end.month, end.day) not in ent.days:
        ent.days.append((end.month, end.day))
        ent.day_at.append(at)


def _post_verb(ent: Entities, lex: Lexicon) -> None:
    """"which video did <name> tweet on the 12th": a post word right after a poster is the verb, posting."""
    for person in ent.people:
        end = ent.spans.get(person, (0, -1))[1]
        if 0 < end < len(ent.tokens) and ent.tokens[end].s in lex.post_words and person in lex.posted:
            last = ent.tokens[end - 1]
            if last.w != last.s or f"{last.w}'s " in ent.text.lower().replace("\u2019", "'"):
                # ("what was <name>'s tweet", "<name>s tweet": their tweet, a noun; asked with "what" and nothing
                # more, its words)
                if ent.words[0] in lex.which_asks and end + 1 == len(ent.tokens) and not any(
                        ent.cues.get(c) for c in TWEET_FIELD_CUES):
                    ent.cues["text"] = POSSESSED_TWEET_CUE
                    ent.cue_matches["text"] = [Match(end, end + 1, POSSESSED_TWEET_CUE)]
                continue
            ent.query["posting"] = [Match(end, end + 1, "posted")]
            return


CAMPAIGN_DAYS = 3.0  # "the duration of the 2017 campaign": as strong a cue for its days as "how many days"
POSSESSED_TWEET_CUE = 3.0  # "what was <name>'s tweet": as strong as "what was the tweet"
TWEET_FIELD_CUES = ("text", "link", "date", "poster", "handle")  # what else may be asked of a tweet
FIELD_SAID = 3.0  # a cue of one of them this strong ("handle", "date") in a bracketed aside says what is asked
COMPARED_CUES = ("compare", "difference", "ratio")
SET_FIGURES = ("total", "average", "median")  # cues asking a figure of a set
COMPARED = 2  # their weight that sets two things against each other (a lone "or" weighs 1)


def _group_narrowed_by_poster(ent: Entities, lex: Lexicon) -> None:
    """ "add up the <topic> <poster> one and <title>": a shared name said right beside someone who posted exactly one
    of its videos, another video named too, is that one video (alone, the answers narrow it so already)."""
    for k, ref in enumerate(ent.videos):
        if not ref.group:
            continue
        for person in list(ent.people):
            start, end = ent.spans.get(person, (0, 0))
            theirs = [c for c in ref.candidates if c in lex.posted.get(person, ())]
            if len(theirs) == 1 and (start == ref.end or end == ref.start):
                # (each shared name by its own poster: "the nhs <poster> one and the nhs <other poster> one")
                ent.videos[k] = VideoRef(min(ref.start, start), max(ref.end, end), (theirs[0],), True)
                ent.covered |= set(range(start, end))
                ent.people.remove(person)
                break


def _poster_video(ent: Entities, lex: Lexicon, compared: bool = False) -> None:
    """A person who posted exactly one video, followed by a video word ("the <name> video").

    (`compared`: set against a video named ("is <name>'s 5x more than <title>'s"), they stand for their one video.)"""
    for person in ent.people:
        p_start, p_end = ent.spans.get(person, (0, 0))
        if p_end < len(ent.words) and ent.words[p_end] in lex.reflexive_words and not (
                p_start > 0 and ent.words[p_start - 1] in lex.subject_markers):
            # ("the most viewed video of <name> himself": the person, whose name a title also says; not "anything about
            # <name> himself", the video about them)
            continue
        if person in lex.posted and any(
                r.start == p_end or (r.start == p_end + 1 and ent.tokens[p_end].s not in lex.separators)
                or r.start <= p_start < r.end for r in ent.videos):
            continue  # "<poster>'s <title> video": the title names it, the person is who posted it ("and": two)
        # "<title> or <name>": beside another video, someone who posted one video stands for it (or, having posted
        # none, the one video whose title names them: "<name> vs <name>")
        posted_one = lex.posted.get(person, ()) or tuple(
            v for v in lex.named_in.get(person, ()) if v not in {r.best for r in ent.videos})
        paired = (len(posted_one) == 1 and any(
            (r.end < p_start and all(t.s in lex.separators for t in ent.tokens[r.end : p_start]))
            or (p_end < r.start and all(t.s in lex.separators for t in ent.tokens[p_end : r.start]))
            for r in ent.videos)) or (compared and len(posted_one) == 1) or (
            # ("was <title> before or after <name>'s": a place from their one video)
            len(posted_one) == 1 and ent.videos and p_start > 0 and ent.words[p_start - 1] in lex.relative_ends) or (
            # ("when was <title> posted and when was <name>s": their one video, said last as its owner's)
            len(posted_one) == 1 and len(ent.people) == 1 and p_end == len(ent.words)
            and ent.tokens[p_end - 1].w != ent.tokens[p_end - 1].s
            and ent.tokens[p_end - 1].w.endswith("s") and any(
                r.end <= p_start and posted_one[0] != r.best
                and any(t.s in lex.separators for t in ent.tokens[r.end : p_start]) for r in ent.videos))
        if paired and not set(range(p_start, p_end)) & ent.covered:
            ent.videos.append(VideoRef(p_start, p_end, (posted_one[0],), strong=True))
            ent.videos.sort(key=lambda r: r.start)
            ent.covered |= set(range(p_start, p_end))
            ent.people.remove(person)
            return
        if any(r.strong and r.end < p_start and any(t.w in lex.yes_no_openers for t in ent.tokens[r.end : p_start])
               and all(t.w in lex.stopwords for t in ent.tokens[r.end : p_start]) for r in ent.videos):
            continue  # "<title> was <name>'s tweet": who is claimed to have posted the video named, not their video
        # Their one video: the one they posted, else the one whose title names them ("the <name> one").
        named_only = person not in lex.posted
        posted = lex.posted.get(person, ()) or lex.named_in.get(person, ())
        start, end = ent.spans.get(person, (0, 0))
        # "<name> video", "<name> posted his video"; a name in a title only right before the video word
        # ("the <name> one", not "<name>'s most watched video": their own videos, which the data may lack).
        # ("the <name> sayings one": a word of what is in it may stand between)
        near = {t.s for t in ent.tokens[end : end + (2 if named_only else 3)]}
        if not named_only and any(_ordinal_place(ent, lex, i) for i in range(end, min(end + 2, len(ent.tokens)))):
            continue  # ("<name>'s second video": a place among their videos, not their one video)
        if any(ent.tokens[k].s in lex.video_words and ent.tokens[k + 1].w.isdigit()
               and 1 <= int(ent.tokens[k + 1].w) <= len(lex.by_place)
               for k in range(end, min(end + 3, len(ent.tokens) - 1))):
            continue  # ("did <name> post vid 2": a place in the list, its number after the video word)
        if _post_verb_at(ent, lex, end):
            continue  # ("when did <name> tweet the <title> vid": "tweet" what they did, of the video named)
        if named_only and said_as_owner(ent, end - 1) and any(r.start == end for r in ent.videos):
            # ("<name>'s nhs video", "<name>s nhs video": another video claimed as theirs, not the one whose title
            # names them)
            continue
        if not named_only and any(ent.words[k] in lex.which_asks and k + 1 < len(ent.tokens)
                                  and ent.tokens[k + 1].s in lex.video_words for k in range(end + 1, end + 3)
                                  if k < len(ent.tokens)):
            continue  # ("<name> posted which one of the vids": which of theirs is asked, the videos they posted)
        # ("the <name> supercut": a word no table knows right after a name in one title is a word for it)
        coined = named_only and end < len(ent.tokens) and ent.tokens[end].w not in lex.known \
            and ent.tokens[end].s not in lex.known and ent.tokens[end].w.isalpha() \
            and ent.tokens[end].w not in common_words()
        # ("the video of <name>", "views of the clip by <name>": a video word, then whose, then the name; not "... of
        # <name> about <topic>", "in 3rd place", "with 2m views": more said of it than whose it is)
        owned = start >= 2 and ent.words[start - 1] in lex.owner_before and _video_word_at(ent, lex, start - 2) \
            and only_whose_said(ent, lex, end)
        if len(posted) == 1 and (near & lex.poster_video_words or coined or owned
                                 or (named_only and _described(ent, lex, start))
                                 # ("any vids in the top 10 with <name> in them": the one video whose title
                                 # names them, someone in it)
                                 or (named_only and start > 0 and ent.words[start - 1] in lex.featuring_words
                                     and end + 1 < len(ent.words) and ent.words[end] in lex.within_words and (
                                         ent.words[end + 1] in lex.them_words
                                         or ent.words[end + 1] in lex.video_pronouns))
                                 # ("any about <name> in the top ten": the one video whose title names them)
                                 or (named_only and start > 0 and ent.words[start - 1] in lex.subject_markers
                                     # ("what about <name>'s lot": asked of them, as a follow-up asks)
                                     and " ".join(ent.words[max(0, start - 2) : start]) not in lex.asking_about)) \
                and not set(range(start, end)) & ent.covered:
            ent.videos.append(VideoRef(start, end, (posted[0],), strong=True))
            ent.videos.sort(key=lambda r: r.start)
            ent.covered |= set(range(start, end))
            if named_only:
                ent.people.remove(person)  # named in the title, not its poster
            return


def only_whose_said(ent: Entities, lex: Lexicon, end: int) -> bool:
    """Whether nothing more than whose it is is said of a video after a name ending at `end` ("the video of <name>",
    "views of the clip by <name>, when was it posted"; not "... about <topic>", "on brexit", "in 3rd place", "with
    2m views", "with <someone>": more said of it, which the one video may not be)."""
    words = ent.words
    return not any(words[k] in lex.subject_markers or words[k] in lex.featuring_words or words[k] in lex.place_markers
                   or words[k] in lex.topic_markers or ent.reads[k].unknown or unread_at(ent, k)
                   for k in range(end, len(words))) \
        and not any(num.start >= end for num in ent.numbers) and not any(at >= end for at in ent.rank_at)


def _tweet_words(ent: Entities, lex: Lexicon) -> None:
    """"the one where he met her in July": words only one video's tweet uses, two or more, describe it."""
    if ent.videos:  # (called only when some word is used by one tweet alone: most questions have none)
        # "that 'powerful' <topic> video": one word of one candidate's tweet picks it from the group.
        for k, ref in enumerate(ent.videos):
            if ref.group:
                # (a tweet's verb in its past form only asked with "who": "who sent him the <topic> video")
                picks = {vi for i, t in enumerate(ent.tokens) if i not in ent.covered and (
                    (vi := lex.tweet_stems.get(t.s)) is not None or (
                        i > 0 and ent.words[i - 1] in lex.person_question_words
                        and (vi := lex.tweet_pasts.get(t.w)) is not None)) and vi in ref.candidates}
                if len(picks) == 1:
                    ent.videos[k] = VideoRef(ref.start, ref.end, tuple(picks), True)
        if all(len(r.candidates) == 1 for r in ent.videos) and ent.phrases is not None and any(
                ent.phrases.found(f"query:{unit}") for unit in ("operation", "comparative", "versus")):
            _tweet_named_beside(ent, lex)  # (not "the one where he met her, was that <title>": which one it is)
        return
    hits: dict[int, list[int]] = {}
    for i, t in enumerate(ent.tokens):
        vi = lex.tweet_stems.get(t.s)
        if vi is None:
            vi = lex.tweet_pasts.get(t.w)  # ("the one he said broke his heart": the tweet's "breaks")
        if vi is None and t.w in lex.told_events:  # ("who did he meet in July": the tweet's "met")
            vi = next((lex.tweet_stems[f] for f in sorted(lex.told_events[t.w]) if f in lex.tweet_stems), None)
        if vi is not None and i not in ent.covered:
            hits.setdefault(vi, []).append(i)
    ranked = sorted(hits.items(), key=lambda h: -len(set(ent.tokens[i].s for i in h[1])))
    # (a hashtag only one tweet has names it alone; so does one of its words right before a video word: "that
    # powerful video he said thank you for", or right after a word of saying: "which tweet mentions <word>")
    if not ranked or (len(said := {ent.tokens[i].s for i in ranked[0][1]}) < TWEET_WORDS
                      and lex.hashtags.isdisjoint(said) and not any(
                          # (not a month's name: "the may one" is no tweet opening "May I ask ...")
                          (i + 1 < len(ent.tokens) and ent.tokens[i + 1].s in lex.video_words
                           and ent.tokens[i].s not in lex.months)
                          or (i > 1 and ent.words[i - 1] in lex.speech_words and (
                              ent.tokens[i - 2].s in lex.video_words or ent.tokens[i - 2].s in lex.post_words))
                          # ("the video he calls '<word of its tweet>'", "the one <name> said broke ...": who spoke
                          # between)
                          or (i > 2 and ent.words[i - 1] in lex.speech_words and (
                              (ent.words[i - 2] in lex.person_pronouns and ent.tokens[i - 3].s in lex.video_words)
                              or any(end == i - 1 and start > 0 and ent.tokens[start - 1].s in lex.video_words
                                     for start, end in (ent.spans.get(p, (0, 0)) for p in ent.people))))
                          for i in ranked[0][1])):
        return
    if len(ranked) > 1 and len({ent.tokens[i].s for i in ranked[1][1]}) >= len({ent.tokens[i].s for i in ranked[0][1]}):
        return  # as many words of another tweet: no telling which
    vi, at = ranked[0]
    ent.videos.append(VideoRef(min(at), max(at) + 1, (vi,), strong=True))
    ent.covered |= set(at)


def _tweet_named_beside(ent: Entities, lex: Lexicon) -> None:
    """ "which vid did he say was <two words of its tweet> and how far behind <title> was it": a second video named by
    two or more words only its tweet uses, outside the video already named."""
    named = {r.best for r in ent.videos}
    inside = {i for r in ent.videos for i in range(r.start, r.end)}
    hits: dict[int, list[int]] = {}
    for i, t in enumerate(ent.tokens):
        vi = lex.tweet_stems.get(t.s)
        if vi is not None and vi not in named and i not in ent.covered and i not in inside:
            hits.setdefault(vi, []).append(i)
    found = [(vi, at) for vi, at in hits.items() if len({ent.tokens[i].s for i in at}) >= TWEET_WORDS]
    if len(found) == 1:
        vi, at = found[0]
        ent.videos = sorted([*ent.videos, VideoRef(min(at), max(at) + 1, (vi,), strong=True)], key=lambda r: r.start)
        ent.covered |= set(at)


def _party_did_best(ent: Entities, lex: Lexicon) -> None:
    """ "<party> smashed it on fb, how many more views than <party>": an order said right after a party, no video
    word nor count after it, with another party named later, says how the party did, not which video did best."""
    if not lex.video_words.isdisjoint(t.s for t in ent.tokens):
        return
    ends = {end for p, (_, end) in ent.spans.items() if p in ent.parties}
    starts = [start for p, (start, _) in ent.spans.items() if p in ent.parties]
    ent.query["order"] = [m for m in ent.query["order"] if not (
        m.start in ends and any(s > m.end for s in starts) and not any(n.start == m.end for n in ent.numbers))]
    if not ent.query["order"]:
        del ent.query["order"]


CLAIM_ASKED_REACH = 3  # "what were the polls saying": the question word this near before what says it


def _posted_places_named(ent: Entities, lex: Lexicon) -> None:
    """ "the 1st n 3rd ones posted", "4th posted vs 7th posted", "2nd and 3rd videos to go up combined": two or more
    places said with a posting word (right before it, or right after it: "posted 4th") are the videos at those
    places in the posting order, named as such (a gap, a total or the days between them then asked of them)."""
    order, words = posting_order(lex), ent.words
    placed: dict[int, int] = {}  # position of the place word -> video
    for p in ent.query["posting"]:
        j = p.start - 1
        while j >= 0 and (ent.tokens[j].s in lex.video_words or words[j] in lex.video_plurals
                          or words[j] in lex.range_words or words[j] in lex.determiners) and j not in ent.rank_at:
            j -= 1  # ("... ones posted", "... videos to go up")
        while j >= 0 and j in ent.rank_at:
            placed.setdefault(j, ent.ranks[ent.rank_at.index(j)])
            j -= 1
            if j > 0 and words[j] in lex.separators and words[j] not in lex.comparative_joins and j - 1 in ent.rank_at:
                j -= 1  # ("1st n 3rd", "1st vs 7th": the places listed before it)
        after = p.end + (p.end < len(words) and words[p.end] in lex.determiners)
        if after in ent.rank_at:
            placed.setdefault(after, ent.ranks[ent.rank_at.index(after)])  # ("posted 4th")
    # (not "#1 and #2 posted ...": places written as the list's, by views; nor "posted 8th by views")
    placed = {at: r for at, r in placed.items() if not listed_place(ent, lex, at) and not (
        at + 2 < len(words) and (words[at + 2] in lex.video_measures or words[at + 1] in lex.video_measures))}
    if len(placed) < 2 or not all(1 <= r <= len(order) for r in placed.values()):
        return
    keep = [k for k, at in enumerate(ent.rank_at) if at not in placed]
    ent.ranks, ent.rank_at = [ent.ranks[k] for k in keep], [ent.rank_at[k] for k in keep]
    ent.videos = sorted([*ent.videos, *(VideoRef(at, at + 1, (order[r - 1],), strong=True)
                                        for at, r in placed.items())], key=_START_OF)
    # (the "to" of "to go up" no range between the places)
    _keep_unit(ent, "range", lambda m: not any(m.end == p.start for p in ent.query["posting"]))


def _weekday_owned(ent: Entities, lex: Lexicon) -> None:
    """ "it's for Thursday's class": a weekday written as whose something is, a thing the data knows nothing of, is no
    video's day (not "Thursday's video", "Monday's post")."""
    def owned(m: Match) -> bool:
        if m.end - m.start != 1:
            return False
        after = re.search(rf"\b{re.escape(ent.words[m.start])}['\u2019]s\s+(\w+)", ent.text, re.IGNORECASE)
        return after is not None and after[1].casefold() not in lex.known  # (a thing the data knows nothing of)
    _keep_unit(ent, "weekday", lambda m: not owned(m))


def _said_included(ent: Entities, lex: Lexicon) -> None:
    """ "add up all ten vids including <title>", "total of all of them, inc the <title> one": a video said to be
    counted in every video asked before it is no video asked by itself."""
    words = ent.words
    kept: list[VideoRef] = []
    included_end = -1  # where the last video said to be included ends ("including <A> and <B>": both)
    for ref in ent.videos:
        at = ref.start - (ref.start > 1 and words[ref.start - 1] in lex.determiners)
        if ((said := said_before(words, at, lex.included_before)) is not None and not lex.all_words.isdisjoint(
                words[: at - len(said)])) or (included_end >= 0 and all(
                    w in lex.separators or w in lex.determiners for w in words[included_end:at])):
            included_end = after_video_word(ent, lex, ref.end)
            continue
        kept.append(ref)
    ent.videos = kept


def _drop_claimants(ent: Entities, lex: Lexicon) -> None:
    """ "<party> says <name> got ...", "according to <party>, <name> ...": the party whose claim it is, not whose
    figure is asked (someone is named)."""
    words = ent.words
    for party in list(dict.fromkeys(ent.parties)):
        start, end = ent.spans.get(party, (-1, -1))
        if start < 0:
            continue
        # (only a party whose videos the data has makes claims about them: "the <other party>'s own numbers for
        # the top video" asks for its videos, declined)
        if (said_at(words, end, lex.claim_after) or said_before(words, start, lex.claim_before)) and (
                ent.people or any(v.party == party for v in lex.dataset.videos)):
            ent.parties = [p for p in ent.parties if p != party]


def _day_narrows(ent: Entities, lex: Lexicon) -> None:
    """ "the NHS video he tweeted on the thirtieth of November": of a group, the one posted on a day named."""
    videos = lex.dataset.videos
    for k, ref in enumerate(ent.videos):
        if ref.group:
            on = tuple(vi for vi in ref.candidates if (t := videos[vi].tweet) and t.date
                       and (t.date.month, t.date.day) in ent.days)
            if len(on) == 1:
                ent.videos[k] = VideoRef(ref.start, ref.end, on, True)


def _place_narrows(ent: Entities, lex: Lexicon) -> None:
    """ "the 9th <topic> one", "<topic> was 1st and <title> 4th": of a group, the one at the place said right before or
    after it (a video word or "was" between)."""
    tokens = ent.tokens
    for k, ref in enumerate(ent.videos):
        if not ref.group:
            continue
        if ref.end < len(tokens) and tokens[ref.end].w in lex.video_plurals:
            continue  # ("the two <topic> vids, 1st and 9th": the group's places, every one of them)
        after = ref.end + (ref.end < len(tokens) and (tokens[ref.end].w in lex.place_restated
                                                     or tokens[ref.end].s in lex.video_words))
        if after + 1 < len(tokens) and tokens[after].w in lex.place_clause:
            # ("the <topic> video that finished 9th": the place in a clause right after it)
            after += 1 + (tokens[after + 1].w in lex.place_restated)
        for at in (ref.start - 1, after):
            if at not in ent.rank_at or not 1 <= (rank := ent.ranks[ent.rank_at.index(at)]) <= len(lex.by_place):
                continue
            placed = lex.by_place[rank - 1]
            if placed not in ref.candidates and at < ref.start and rank <= len(ref.candidates):
                # ("the 2nd <topic> video", the list's #2 not one of them: the second most viewed of the group)
                placed = sorted(ref.candidates, key=lambda vi: lex.dataset.videos[vi].rank)[rank - 1]
            if placed in ref.candidates:
                ent.videos[k] = VideoRef(ref.start, ref.end, (placed,), True)
                break


def _unkind_mean(ent: Entities, lex: Lexicon) -> None:
    """ "the one where he reads mean stuff about himself": "mean" before a noun of unkindness is no average asked."""
    words, n = ent.words, len(ent.words)
    unkind = {m.start for m in ent.cue_matches["average"]
              if m.end - m.start == 1 and m.end < n and words[m.start] in lex.unkind_adjectives
              and words[m.end] in lex.unkind_nouns}
    if unkind:
        _keep_cue(ent, "average", [m for m in ent.cue_matches["average"] if m.start not in unkind])
        _keep_unit(ent, "operation", lambda m: m.start not in unkind)
        # ("mean comments": the noun is what was read out, no count of comments asked)
        if ent.measures and any(s - 1 in unkind for s in ent.measure_starts):
            kept_at = [k for k, s in enumerate(ent.measure_starts) if s - 1 not in unkind]
            ent.measures = [ent.measures[k] for k in kept_at]
            ent.measure_starts = [ent.measure_starts[k] for k in kept_at]
            ent.measure_ends = [ent.measure_ends[k] for k in kept_at]
        # ("<name> reads mean things people write": the adjective of a title, beside someone its title names too)
        at = min(unkind)
        titled = {v for v, _ in lex.postings.get(words[at], ())}
        named = {v for p in ent.people for v, _ in lex.postings.get(stem(ent.words[ent.spans[p][1] - 1]), ())
                 if p in ent.spans}
        # ("the one where he reads mean stuff about himself": no one named, a video word says a video is meant)
        picked = titled & named if named else titled if any(
            t.s in lex.video_words and t.w not in lex.video_plurals for t in ent.tokens) else set()
        if not ent.videos and len(picked) == 1:
            ent.videos.append(VideoRef(at, at + 1, tuple(picked), True))


def _attributed(ent: Entities, lex: Lexicon) -> None:
    """ "how many views did the second-ranked video get, according to the article?": the figure asked, said to be
    the article's (its source named, not asked about)."""
    words = ent.words
    said = {k for k in range(len(words)) if words[k] in lex.article_words and any(
        tuple(words[max(0, k - len(p) - 1) : k - 1]) == p or tuple(words[max(0, k - len(p)) : k]) == p
        for p in lex.claim_before)}  # ("according to the article", "per the article")
    if said:
        spans = {i for k in said for i in range(k - 3, k + 1)}
        _keep_cue(ent, "source", [m for m in ent.cue_matches["source"] if m.start not in spans])


def _speaker_after_place(ent: Entities, lex: Lexicon) -> None:
    """ "what came 2nd, and how did <name> describe it in his tweet": someone named in a later clause as the one
    whose tweet's words are asked is its speaker, not whose videos the place is counted in."""
    words = ent.words
    for person in list(ent.people):
        start, end = ent.spans.get(person, (0, 0))
        if all(at < start for at in ent.rank_at) and any(m.start >= end for m in ent.cue_matches.get("text", ())) \
                and any(w in lex.question_words for w in words[max(ent.rank_at) + 1 : start]):
            ent.people.remove(person)


def _source_speaking(ent: Entities, lex: Lexicon) -> None:
    """ "it says bonus favourites at the bottom, what were they": the article speaking, not a tweet's text asked;
    "my son says it was the <title> one": someone's claim (a premise phrase), and "i said no it wasnt": the asker's
    own words, not a tweet's text asked."""
    said = len(said_at(ent.words, 0, lex.source_claims) or ())
    claims = [(m.start, m.end) for m in ent.query.get("premise", ())]
    words = ent.words
    kept = [m for m in ent.cue_matches["text"] if m.start >= said and not any(
        s <= m.start < e for s, e in claims) and not (m.start > 0 and words[m.start - 1] in lex.self_speakers)
        and not _reported(ent, lex, m)]
    if len(kept) < len(ent.cue_matches["text"]):
        _keep_cue(ent, "text", kept)


def _count_slip(ent: Entities, lex: Lexicon) -> tuple[str, str] | None:
    """ "how many vies did it get": a real word the tables do not know, where a count is asked, a letter short or
    over the forms of one measure only, or ending the message as the start of them ("how many vie"): the word, and
    the measure's form it is read as."""
    for j in lex.counted_at(ent.words):
        if not (word := ent.words[j]).isalpha() or len(word) < 3 or word in lex.known or ent.tokens[j].s in lex.known:
            continue
        from rapidfuzz.distance import OSA

        # (a letter left out or typed in: "vies"; one changed is too often another word, "stars", "plans")
        near = {form: measure for form, measure in lex.measure_words.items()
                if len(form) != len(word) and OSA.distance(word, form) <= 1} if len(word) > 3 else {}
        if not near and j == len(ent.words) - 1:
            # ("the <title> thing how many vie": the message trailing off in the measure's word, cut short)
            near = {form: measure for form, measure in lex.measure_words.items() if form.startswith(word)}
        if len(set(near.values())) == 1:
            return word, min(near, key=len)
    return None


def _previous_said(ent: Entities, lex: Lexicon) -> list[tuple[int, int]]:
    """Where "last time", "last election" are said of the election before ([start, end) each), not of the asker's
    own earlier message ("last time I asked")."""
    n, said = len(ent.words), ent.words
    # ("this election vs (the) last one": after a comparing word only, else the last video)
    compared = [(start, end) for start, end in said_spans(said, lex.previous_compared)
                if said_before(said, start - (start > 0 and said[start - 1] in lex.determiners),
                               lex.previous_compared_after) is not None]
    return [(start, end) for start, end in [*said_spans(said, lex.previous_beside_current), *compared]
            if end == n or said[end] not in lex.previous_not_before]


def _age_of_watchers(ent: Entities, lex: Lexicon) -> Match | None:
    """ "how old was the average person watching", "what % of the viewers were under 25": the age of those watching
    asked (the audience), else None."""
    def watchers(tokens: list[Token]) -> bool:
        return any(_STEM(t) in lex.age_of or t.w in lex.age_of for t in tokens)

    asked = next((Match(start, end, "audience") for start, end in said_spans(ent.words, lex.age_asks)
                  if watchers(ent.tokens[end : end + lex.age_reach])), None)
    if asked is not None or lex.age_bound_starts.isdisjoint(ent.words):
        return asked
    # (a bound right after those watching, "were" between or not, then a bare number an age may be)
    return next((Match(start, end, "audience") for start, end in said_spans(ent.words, lex.age_bounds)
                 if end < len(ent.words) and ent.words[end].isdigit() and 0 < int(ent.words[end]) <= lex.oldest_age
                 and not (end + 1 < len(ent.words) and (ent.words[end + 1] in lex.multipliers
                                                        or ent.words[end + 1] in lex.measure_words))
                 and watchers(ent.tokens[max(0, start - 2) : start])), None)


def _keep_unit(ent: Entities, unit: str, keep: Callable[[Match], bool]) -> None:
    """A query unit with only its phrases that `keep` holds for (none: no unit)."""
    if unit in ent.query:
        kept = [m for m in ent.query[unit] if keep(m)]
        if kept:
            ent.query[unit] = kept
        else:
            del ent.query[unit]


def _keep_ranks(ent: Entities, keep: Callable[[int], bool]) -> None:
    """The places said with only those whose position in the words `keep` holds for."""
    kept = [(r, at) for r, at in zip(ent.ranks, ent.rank_at, strict=True) if keep(at)]
    ent.ranks, ent.rank_at = [r for r, _ in kept], [at for _, at in kept]


def _platform_offered(ent: Entities, lex: Lexicon, m: Match) -> bool:
    """Whether a cue is a lone "or" offering a platform ("or facebook", "or was it facebook")."""
    if m.end - m.start != 1 or ent.words[m.start] not in lex.way_joins:
        return False
    k = m.end
    while k < len(ent.words) and (ent.words[k] in lex.yes_no_openers or ent.words[k] in lex.tag_pronouns
                                  or ent.words[k] in lex.platform_markers):
        k += 1
    return k < len(ent.words) and ent.words[k] in lex.platform_words


def _keep_cue(ent: Entities, cue: str, kept: list[Match]) -> None:
    """An intent's cue with only the `kept` of its phrases (none: no cue)."""
    if kept:
        ent.cue_matches[cue], ent.cues[cue] = kept, sum(m.payload for m in kept)
    elif cue in ent.cues:
        del ent.cue_matches[cue], ent.cues[cue]
    ent._cue_words = None


def _posters_offered(ent: Entities, lex: Lexicon) -> None:
    """ "who posted <title>, <name> or <name> lol": names offered after the video, closing the question, are guesses
    at its poster (not whose videos to take)."""
    spans = sorted((ent.spans[p], p) for p in ent.people if p in ent.spans)
    first = next((k for k, ((start, _), _) in enumerate(spans) if start > 0 and _set_apart(ent, start)), None)
    if first is None or spans[first][0][0] < max(r.end for r in ent.videos):
        return
    named = {j for (start, end), _ in spans[first:] for j in range(start, end)}
    if all(j in named or w in lex.way_joins or w in lex.closing_guesses
           for j, w in enumerate(ent.words) if j >= spans[first][0][0]):
        ent.guessed += [p for _, p in spans[first:] if p not in ent.guessed]


def _year_doubted(ent: Entities, lex: Lexicon) -> None:
    """ "the <title> from the 2017 election... or was it 2019", "was that 2017 or 2019": another year offered beside
    the campaign's, nothing set against it, is a doubt; the campaign's year is the one asked."""
    own = str(lex.dataset.campaign.year)
    at = [k for k, w in enumerate(ent.words) if w == own]
    others = [k for k, w in enumerate(ent.words) if w.isdigit() and w != own and int(w) in ent.years]
    # (not of a measure the other year has a figure of: "retweets, 2017 or 2019?" asks both)
    held = {m.measure for m in lex.dataset.metrics if m.period is not None and m.period.year in ent.years
            and m.period.year != lex.dataset.campaign.year}
    if held.isdisjoint(ent.measures) and any(
            any(w in lex.way_joins for w in ent.words[min(o, k) + 1 : max(o, k)]) and abs(o - k) <= YEAR_DOUBT_REACH
            for o in others for k in at):
        ent.years = [y for y in ent.years if y == lex.dataset.campaign.year]


def _when_clause(ent: Entities, lex: Lexicon) -> None:
    """ "back in 2017 when he did so well, how many retweets then": a "when" after a time said, with the question
    asked after it, joins a clause (no date asked); so does "what did <name> write when he posted <title>", a time
    said after a tweet's words asked."""
    m = ent.cue_matches["date"][0]
    words, k = ent.words, m.start
    if m.end - k != 1 or k == 0 or words[k] not in lex.question_words:
        return
    # ("how many rts did he get in 2017, back when he was up against <name>": "when" and its subject, a clause after
    # the question, as "when did he" would not be)
    after_question = m.end < len(words) and words[m.end] in lex.person_pronouns and words[k - 1] not in lex.separators \
        and any(w in lex.question_words for w in words[:k])  # (not "ile views and when he post it": asked too)
    if not after_question and (words[k - 1] in lex.stopwords or not any(
            w in lex.question_words for w in words[m.end + REPORTED_GAP :])) and not (
            words[m.end : m.end + 1] and words[m.end] in lex.person_question_words and "text" in ent.cues
            and ent.cue_matches["text"][0].end <= k):
        return
    for cue in ("date", "period_end"):
        if cue in ent.cues:
            _keep_cue(ent, cue, [c for c in ent.cue_matches[cue] if c.start != k])


def _reported(ent: Entities, lex: Lexicon, m: Match) -> bool:
    """ "the young lad said there's two extra ones, what are they": someone's words reported before the question,
    which asks later (a question word some words after the saying, none before it), not a tweet's text asked."""
    words = ent.words
    if m.start == 0 or words[0] in lex.yes_no_openers or tuple(words[m.start : m.end]) not in lex.claim_after:
        return False  # ("did <name> say anything in the tweet, what was it": the saying is what is asked)
    before = ent.tokens[m.start - 1].s
    if before in lex.video_words or before in lex.post_words or any(e == m.start for _, e in ent.spans.values()):
        return False  # ("the tweet said something about ..., what was it", "<name> said ...": a tweet's words)
    asked = [k for k, w in enumerate(words) if w in lex.question_words]
    return bool(asked) and asked[0] >= m.end + REPORTED_GAP


def _days_as_names(ent: Entities, lex: Lexicon) -> None:
    """ "the 25 nov one", "9 dec one at #5", "the 23 nov #1 and the 25 nov #7": a day said as a title is (with "the"
    and a video word, or a place right beside it), the one video posted that day, names that video; a place beside it
    that is its own place says it again."""
    words, tokens, n = ent.words, ent.tokens, len(ent.words)
    videos = lex.dataset.videos
    days_at = list(ent.day_at)  # (where every day was said, before any is taken as a name)
    for k in reversed(range(len(ent.days))):
        at, (month, day) = ent.day_at[k], ent.days[k]
        start, end = at, at + 1
        if end < n and words[end] in lex.months:
            end += 1
        elif start > 0 and words[start - 1] in lex.months:
            start -= 1
        elif words[start] in lex.months and end < n and words[end][:1].isdigit():
            end += 1  # (the day said where its month is: "the dec 8 one")
        on = [vi for vi, v in enumerate(videos) if (t := v.tweet) and t.date and (t.date.month, t.date.day) == (
            month, day)]
        # ("the one posted 23/11 vs the 11/12 one": a video word and a posting word before the day, a name too)
        # (not "the vids posted nov 23 to nov 30": videos, a stretch)
        # ("the one posted on nov 25": a day preposition between)
        on_day = 1 if start >= 4 and words[start - 1] in lex.day_prepositions else 0
        posted_one = start >= 3 + on_day and words[start - 1 - on_day] in lex.posted_verbs \
            and tokens[start - 2 - on_day].s in lex.video_words and words[start - 3 - on_day] in lex.determiners \
            and words[start - 2 - on_day] not in lex.video_plurals and not (end < n and words[end] in lex.range_words)
        # (its own place beside it makes it a name whatever comes before: "days from 17 nov #10 to 30 nov #9")
        own_place = len(on) == 1 and any(ent.ranks[j] == videos[on[0]].rank and (r_at in (start - 1, end) or (
            r_at == start - 2 and words[start - 1] in lex.day_prepositions)) for j, r_at in enumerate(ent.rank_at))
        # ("the vid <poster> posted nov 30th": its poster named between, who did post that day's video)
        verb = start - 1 - (start >= 2 and words[start - 1] in lex.day_prepositions)  # ("posted on nov 30th")
        poster = next((p for p in ent.people if len(on) == 1 and verb >= 1 and words[verb] in lex.posted_verbs
                       and (span := ent.spans.get(p)) is not None and span[1] == verb and span[0] >= 2
                       and tokens[span[0] - 1].s in lex.video_words and words[span[0] - 2] in lex.determiners
                       and words[span[0] - 1] not in lex.video_plurals
                       and (t := videos[on[0]].tweet) is not None and t.by == p), None) if ent.people and len(
            ent.days) == 1 else None  # (not "the vid <poster> posted on 9th dec and the one on 8th dec")
        if poster is not None and not (end < n and words[end] in lex.range_words):
            posted_one = True
        if len(on) != 1 or (not (posted_one or own_place) and any(
                m.end == start for unit, ms in ent.query.items() if unit != "versus" for m in ms)):
            continue  # (none or two that day; or "posted on", "before", "between" it: a bound, no name; "vs" is none)
        if posted_one:
            start = ent.spans[poster][0] - 2 if poster is not None else start - 3 - on_day
        before = words[start - 1] if start else ""
        said_one = end < n and tokens[end].s in lex.video_words
        # ("the 23 nov and 25 nov ones": the video word after the second said of both)
        shared = not said_one and end + 1 < n and words[end] in lex.separators and any(
            e2 < n and tokens[e2].s in lex.video_words and not said_as_whose(ent, e2 - 1)
            for e2 in (at2 + 1 + (at2 + 1 < n and (words[at2 + 1] in lex.months or (
                words[at2] in lex.months and words[at2 + 1][:1].isdigit())))
                       for at2 in days_at if end < at2 <= end + 2))
        # ("dec 9 vs the <title> one": a day as one side set against a video, the video posted that day)
        versus = any(m.start == end + said_one or m.end == start for m in ent.query.get("versus", ())) and bool(
            ent.videos) and not said_one and (start == 0 or before in lex.determiners or before in lex.separators)
        placed = [j for j, r_at in enumerate(ent.rank_at) if r_at in (start - 1, end + said_one)
                  or (r_at == end + said_one + 1 and words[r_at - 1] in lex.place_at_words)
                  or (r_at == start - 2 and words[start - 1] in lex.day_prepositions)]
        if ((before in lex.day_prepositions or before in lex.month_prepositions) and not (own_place or posted_one)) \
                or not (
                ((said_one or shared) and (before in lex.determiners or before in lex.separators or start == 0))
                or placed or posted_one or versus):
            continue
        vi = on[0]
        ent.videos.append(VideoRef(start, end + said_one, (vi,), strong=True))
        ent.videos.sort(key=_START_OF)
        ent.covered |= set(range(start, end + said_one))
        del ent.days[k], ent.day_at[k]
        if posted_one and "posting" in ent.query:
            ent.query["posting"] = [m for m in ent.query["posting"] if not start <= m.start < end]
            if not ent.query["posting"]:
                del ent.query["posting"]
        if poster is not None:  # (the poster is part of the name, no filter of their videos)
            ent.people.remove(poster)
        own = [j for j in placed if ent.ranks[j] == videos[vi].rank]  # (its own place said again)
        for j in reversed(own):
            del ent.ranks[j], ent.rank_at[j]
        ent.numbers = [num for num in ent.numbers if not start <= num.start < end]


def asked_back(ent: Entities, lex: Lexicon) -> bool:
    """Whether the question states something and asks it back, no question word ("#2 was posted on dec 12?",
    "<title> got 13.4m?")."""
    return ent.text.rstrip().endswith("?") and lex.question_words.isdisjoint(ent.words)


def _place_said_posted(ent: Entities, lex: Lexicon) -> None:
    """ "was #2 posted on dec 12", "number 2 went up in november right": a place written as one ("#2", "number 2"),
    the posting said of it as yes or no, or as a claim: that video, its date checked (not the videos of that day)."""
    at, place = ent.rank_at[0], ent.ranks[0]
    # ("#2", "number 2", "vid 2": a place written as one)
    written = ent.words[at].startswith("#") or (at > 0 and (ent.tokens[at - 1].s in lex.rank_words or (
        ent.tokens[at - 1].s in lex.video_words and ent.tokens[at - 1].w not in lex.video_plurals)))
    claimed = ent.words[0] in lex.yes_no_openers or "premise" in ent.query or asked_back(ent, lex)
    posted = any(0 < m.start - at <= 2 for m in ent.query["posting"])
    if not (written and claimed and posted and 1 <= place <= len(lex.by_place)):
        return
    start = at - (at > 0 and ent.tokens[at - 1].s in lex.rank_words)
    ent.videos.append(VideoRef(start, at + 1, (lex.by_place[place - 1],), strong=True))
    ent.covered |= set(range(start, at + 1))
    del ent.ranks[0], ent.rank_at[0]


def _month_restated(ent: Entities, lex: Lexicon) -> None:
    """ "the #5 dec one", "#8 early dec": a place typed as "#N" beside a month its video was posted in says where
    that video is and when it went up; the month is no filter of the list (the Nth of that month's videos)."""
    videos = lex.dataset.videos
    for i in reversed(range(len(ent.months))):
        at = ent.month_at[i]
        for j, r_at in enumerate(ent.rank_at):
            rank = ent.ranks[j]
            if 0 < abs(r_at - at) <= 2 and ent.words[r_at].startswith("#") and 1 <= rank <= len(lex.by_place) \
                    and not (at > 0 and ent.words[at - 1] in lex.month_prepositions) and (
                    t := videos[lex.by_place[rank - 1]].tweet) and t.date and t.date.month == ent.months[i]:
                del ent.months[i], ent.month_at[i]
                break


def _figure_video(ent: Entities, lex: Lexicon) -> None:
    """"which one got 2747000 views": a figure that is one video's count, and no other name, names it."""
    # ("just above the one with exactly 3 million": an exact figure as a place to count from names its video)
    _figures_as_names(ent, lex)
    exact = len(ent.thresholds) == 2 and ent.thresholds[0][1] == ent.thresholds[1][1] and "relative" in ent.query
    joined = len(ent.numbers) > 1 and any(_joined_to_figure(ent, lex, n) for n in ent.numbers)
    # ("which <party> vid had 9.5 mil": the party whose video it is, said right before the video word)
    owners = {p for p in ent.parties if (end := ent.spans.get(p, (0, -1))[1]) < len(ent.tokens)
              and ent.tokens[end].s in lex.video_words and ent.words[end] not in lex.video_plurals}
    if ent.videos or (ent.thresholds and not exact) or ent.people or (ent.parties and not (
            len(owners) == 1 and set(ent.parties) == owners)) or ent.platforms_named or ent.ranks \
            or (not joined and any(m.payload != "value" and not (m.payload == "count" and lex.count_got(
                ent.words, m.start, m.end)) for m in ent.query.get("operation", ()))) \
            or ent.query.get("order"):
        return  # the figure is an aside to another question ("avg of ranks 8-10, the ~3 mil tail")
    words = ent.words
    for num in ent.numbers:
        if num.value < FIGURE_MIN:
            continue
        one = words[num.start - 1] if num.start > 0 else ""
        if _bound(one, " ".join(words[max(0, num.start - 2) : num.start]), lex.nearest_words):
            # "which one came closest to 5 million": the nearest count, whatever the gap (a tie: each of them)
            nearest = tuple(lex.nearest_counts(num.value))
            if nearest:
                ent.videos.append(VideoRef(num.start, num.end, nearest, strong=True, group=len(nearest) > 1))
            return
        # ("which one got about 7 mil": a figure hedged names the one video whose count rounds to it)
        fits = _count_of(lex, num.value) or (_count_rounded_to(lex, num.value) if one in lex.hedges else [])
        if len(fits) == 1 and all(lex.dataset.videos[fits[0]].party == p for p in owners):
            ent.videos.append(VideoRef(num.start, num.end, (fits[0],), strong=True))
            if exact:
                ent.thresholds = []
            if not _joined_to_figure(ent, lex, num):
                return  # ("3.7m + 3.6m": each figure joined to the next names its video too)


def _dated_then_video(ent: Entities, lex: Lexicon, at: int) -> int | None:
    """ "the 13.4m late nov one", "the 3.7 mil dec 9 one": after a figure, only words of when it went up (a month, a
    day, a weekday, a part of a month), then a video word: where that word is, else None."""
    said = {*ent.month_at, *ent.day_at, *(k for m in ent.query.get("weekday", ()) for k in range(m.start, m.end))}
    said |= {k for k in range(at, min(len(ent.words), at + DATED_FIGURE_REACH)) if ent.words[k] in lex.months}
    for k in range(at, min(len(ent.tokens), at + DATED_FIGURE_REACH + 1)):
        if ent.tokens[k].s in lex.video_words:
            return k if k > at and said.intersection(range(at, k)) else None
        if k not in said and ent.words[k] not in lex.month_parts_said and not _day_number(ent.words[k], lex):
            return None
    return None


def _dates_said_of(ent: Entities, lex: Lexicon, video: int, at: int, end: int) -> bool:
    """The months and days said between `at` and `end` of the video a figure names: when they fit its posting date,
    read as said of it, nothing else (True); when not, left as said, to be put right (False)."""
    tweet = lex.dataset.videos[video].tweet
    d = tweet.date if tweet else None
    months = [mo for mo, k in zip(ent.months, ent.month_at, strict=True) if at <= k < end]
    days = [dy for dy, k in zip(ent.days, ent.day_at, strict=True) if at <= k < end]
    if d is None or any(mo != d.month for mo in months) or any(dy != (d.month, d.day) for dy in days):
        return False
    for i in reversed(range(len(ent.months))):
        if at <= ent.month_at[i] < end:
            del ent.months[i], ent.month_at[i]
    for i in reversed(range(len(ent.days))):
        if at <= ent.day_at[i] < end:
            del ent.days[i], ent.day_at[i]
    said_of = range(at, end)

    def kept(m: Match, said_of: range = said_of) -> bool:
        return m.start not in said_of
    for unit in [u for u, ms in ent.query.items() if any(m.start in said_of for m in ms)]:
        _keep_unit(ent, unit, kept)
    return True


def _day_number(word: str, lex: Lexicon) -> bool:
    """Whether a word is a day of the month in figures ("9", "12th")."""
    m = _NUMBER.fullmatch(word)
    return m is not None and "." not in m.group(1) and 1 <= float(m.group(1)) <= 31 and (
        not m.group(2) or m.group(2) in lex.ordinal_suffixes)


DATED_FIGURE_REACH = 4  # "the 3.7 mil dec 9 one": at most this many words of when between the figure and "one"


def _count_of(lex: Lexicon, value: float) -> list[int]:
    """The videos (indices) whose count is the figure, within FIGURE_TOLERANCE of it."""
    near = lex.counts_between(value / (1 + FIGURE_TOLERANCE), value / (1 - FIGURE_TOLERANCE))
    return [vi for vi in near if abs(lex.dataset.videos[vi].views - value) <= FIGURE_TOLERANCE
            * lex.dataset.videos[vi].views]


def _count_rounded_to(lex: Lexicon, value: float) -> list[int]:
    """The videos (indices) whose count rounds to the figure at the figure's own last digit ("the 13m one": 13.4m,
    to the million; "the 2.7m one": 2.75m): only where one does, else none."""
    unit = 1
    while unit < MILLION and value % (unit * 10) == 0:
        unit *= 10
    near = [vi for vi in lex.counts_between(value - unit / 2, value + unit / 2)
            if abs(lex.dataset.videos[vi].views - value) < unit / 2]  # (the bounds are taken in: strictly within)
    return near if len(near) == 1 else []


PLACE_FIGURE_ROUGH = 0.1  # "#2, the 9 mil one": how far a figure said beside a place may be from its count
PLACE_THEN_FIGURE = 3  # "the 6th one w 3.7m": words from a place to a figure said of the same video


def _figures_as_names(ent: Entities, lex: Lexicon) -> None:
    """ "is the 3.7m video ahead of the 3.6m one", "how many times more did <title> get than the 2.6m one": a figure
    said as a title is ("the <figure> one"), one video's count, names that video whatever else is said."""
    tokens, words, n = ent.tokens, ent.words, len(ent.tokens)
    taken = {(r.start, r.end) for r in ent.videos}
    described = -1  # where the last figure said as a title starts (going right to left)
    for num in reversed(ent.numbers):
        dated: int | None = None  # where the video word is, after a figure and the date said of its video
        # ("the 6.5m and the 3.7m video": the video word of the second said of both)
        # ("the 2,600,000 one": a figure in full digits, as large as any count, as well as "the 2.6m one")
        clause = False
        if not ((num.scaled or num.value >= FIGURE_MIN) and num.start > 0 and ((
                num.end < n and words[num.start - 1] in lex.determiners and (
                    tokens[num.end].s in lex.video_words or (words[num.end] in lex.separators and described in (
                        num.end + 1, num.end + 2)) or (dated := _dated_then_video(ent, lex, num.end)) is not None)) or (
                clause := _figure_clause(ent, lex, num.start)))) or (num.start, num.end) in taken:
            continue
        described = num.start - 1
        if (num.end + 1 < n and words[num.end + 1] in lex.included_after) or said_before(
                words, num.start - 1, lex.included_before) is not None:
            continue  # ("sum them all, the <figure> one included": one of the set asked of, no video asked alone)
        if ent.measures and not lex.campaign_measures.isdisjoint(ent.measures) and any(
                m.value == num.value and m.measure in ent.measures and (
                    m.period is None or m.period.year in (None, lex.dataset.campaign.year))
                for m in lex.dataset.metrics):
            # ("that retweet count, the 2.4m one": this campaign's figure said again, no video; an earlier period's,
            # "the 1.4m one", is not what an unnamed period answers with)
            continue
        fits = _count_of(lex, num.value) or _count_rounded_to(lex, num.value)
        if dated is not None and (len(fits) != 1 or not _dates_said_of(ent, lex, fits[0], num.end, dated)):
            continue  # ("the 13.4m dec one": a date that is not its own, left to be put right)
        if len(fits) == 1 and any(0 < num.start - at <= PLACE_THEN_FIGURE and 1 <= r <= len(lex.by_place)
                                  and lex.by_place[r - 1] != fits[0] and all(
                                      # (one phrase: "the 6th one w 3.7m"; not "the 2nd vs the 3.6m one")
                                      ent.tokens[k].s in lex.video_words or words[k] in lex.figure_with
                                      for k in range(at + 1, num.start))
                                  for r, at in zip(ent.ranks, ent.rank_at, strict=True)):
            continue  # ("the 6th one w 3.7m": the place names the video, the figure a claim about it, checked)
        if len(fits) == 1:
            # ("is the 13m one the <topic> one": a group the figure's video is one of is that video, said again; no
            # other of the group is set against it)
            if ent.query.keys().isdisjoint(("versus", "comparative")):  # (not "the 2.747m one vs the <topic> one")
                ent.videos = [VideoRef(r.start, r.end, (fits[0],), r.strong) if r.group and fits[0] in r.candidates
                              else r for r in ent.videos]
            ent.videos.append(VideoRef(num.start, num.end, (fits[0],), strong=True))
            ent.videos.sort(key=_START_OF)
            if any(m.end == num.start - 1 for m in ent.query.get("relative", ())):
                # ("just below the 6.5m one": a place counted from the video the figure names, no bound under it)
                ent.thresholds = [t for t in ent.thresholds if t[1] != num.value]
        elif not fits and not clause and words[num.end] not in lex.video_plurals \
                and num.value <= FIGURE_CAP * lex.sorted_views[-1] and not any(
                    # ("the number 2 vid, the 9 mil one": a rough figure for the place said, no other video)
                    1 <= r <= len(lex.by_place) and abs(lex.dataset.videos[lex.by_place[r - 1]].views - num.value)
                    <= PLACE_FIGURE_ROUGH * num.value for r in ent.ranks):
            # (a clause's figure no video has is read as before: "was there a vid that hit <figure>", none)
            ent.figure_unmatched = num.value  # ("how many did the 5m video get": no video is that one)


def _title_negation(ent: Entities, lex: Lexicon) -> None:
    """"the one for people who DONT know who to vote for": a negation said in words of a title that has one of its
    own ("not sure who to vote for"), a word or two before the title's words, describes that video, leaves none out."""
    negations = lex.bare_negations | lex.negation_words
    said = ent.query["negate"]
    # (not after another negation: "excluding the if you dont know ... one" leaves it out, the title said in full)
    kept = [m for m in said if any(o.end <= m.start for o in said) or not any(
        0 < r.start - m.end <= 2 and not negations.isdisjoint(lex.title_stems[r.best])
        and all(ent.words[k] not in lex.determiners for k in range(m.end, r.start)) for r in ent.videos)]
    if len(kept) < len(ent.query["negate"]):
        ent.query["negate"] = kept
        if not kept:
            del ent.query["negate"]


def _span_between(ent: Entities) -> None:
    """"is it like a week between <title> and <title>": a stretch of time said right before "between" two videos
    asks the days between their posts."""
    for span in ent.query["span"]:
        if any(m.payload == "between" and m.start == span.end and 0 <= ent.videos[0].start - m.end <= 1
               for m in ent.query.get("when", ())):
            ent.query["operation"] = [Match(span.start, span.end, "days")]
            ent.query.pop("rate", None)  # (not "a week" as a rate per week)
            return


def _beaten(ent: Entities, lex: Lexicon) -> None:
    """"what did <title> beat", "what beat <title>", "<title> lost to what": a verb of winning with one video read
    as the place next to it in views, below it where the video wins, above where it loses."""
    words, n = ent.words, len(ent.words)
    ref = ent.videos[0]
    for at in range(n):
        passive = said_at(words, at, lex.beat_passive)
        said = passive or said_at(words, at, lex.beat_active)
        if said is None or ref.start <= at < ref.end:
            continue
        if passive is None and at > 0 and words[at - 1] in lex.beat_passive_before:
            passive = said  # ("what did <title> get beat by": it lost)
        end = at + len(said)
        if any(not at <= m.start < end for m in ent.query.get("versus", ())):
            return  # ("<title> vs the rest, what did it beat": two sides said otherwise)
        # (the video's pronoun beside the verb says which side it stands: "what beat it" after, "it beat" before)
        if end < n and words[end] in lex.video_pronouns:
            wins = False
        elif at > 0 and words[at - 1] in lex.video_pronouns and not (
                at > 1 and (ent.tokens[at - 2].s in lex.video_words or words[at - 2] in lex.question_words)):
            wins = True  # (not "the vid that beat <title>": "that" there joins the one asked)
        else:
            wins = ref.end <= at
        # (the other side asked, not said: "what did <title> beat", "<title> lost to what", "what beat it", "the vid
        # that beat <title>", "which one beat <title>"; not "did it beat the runner up", "beat the rest")
        if wins and not (end == n or break_after(ent, lex, end - 1, end) or words[end] in lex.beat_asked
                         or words[end] in lex.separators):
            return
        if wins and not (end < n and words[end] in lex.beat_asked) and lex.beat_asked.isdisjoint(words[:at]) \
                and not (at > 1 and words[at - 1] in lex.video_pronouns and ent.tokens[at - 2].s in lex.video_words) \
                and not (ref.start > 0 and ent.tokens[ref.start - 1].s in lex.video_words):
            # (the other side asked: "WHAT did <title> beat", "<title> beat WHAT", "the ONE it beat", "the VID
            # <title> beat")
            return
        if not wins and any(t.w in lex.video_plurals for t in ent.tokens[:at]):
            return  # ("total views of the videos that beat <title>": those with more views, as a bar says)
        if not wins and not (at > 0 and (words[at - 1] in lex.beat_asked or (
                at > 1 and (words[at - 2] in lex.beat_asked or ent.tokens[at - 2].s in lex.video_words)
                and (ent.tokens[at - 1].s in lex.video_words or words[at - 1] in lex.video_pronouns)))):
            return
        if "relative" not in ent.query:  # (not "what beat <title>, like whats directly above it": said again)
            ent.query["relative"] = [Match(at, end, "below" if wins != (passive is not None) else "above")]
            ent.beaten = (at,)
        # (the verb read as a comparison of two videos, only one of them said: gone)
        for unit in ("comparative", "versus"):
            if (left := [m for m in ent.query.get(unit, ()) if not (at <= m.start < end)]) or unit in ent.query:
                ent.query[unit] = left
                if not left:
                    del ent.query[unit]
        for intent, ms in list(ent.cue_matches.items()):
            if any(at <= m.start < end for m in ms):
                ent.cue_matches[intent] = kept = [m for m in ms if not at <= m.start < end]
                if not kept:
                    ent.cues.pop(intent, None)
        return


def _figure_clause(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether the figure at word `at` describes a video in a clause after its video word ("the vid that did
    <figure>", "the one which got <figure>", "that vid with <figure>")."""
    words, tokens = ent.words, ent.tokens
    word = at - 3 if at >= 3 and words[at - 1] in lex.figure_clause_verbs and words[at - 2] in lex.figure_clause_joins \
        else at - 2 if at >= 2 and words[at - 1] in lex.figure_with else -1
    # (one video, no name of its own before its video word: not "the <title> vid with <figure>", a figure claimed of
    # it, nor "vids with <figure>", a bound)
    return word >= 0 and tokens[word].s in lex.video_words and words[word] not in lex.video_plurals and not any(
        r.end in (word, word + 1) for r in ent.videos)


def _joined_to_figure(ent: Entities, lex: Lexicon, num: Number) -> bool:
    """Whether a figure is joined to a next figure by one separator ("3.7m plus 3.6m", "13.4m and 9.5m"; not "ranks 9
    and 10")."""
    return num.scaled and any(n.scaled and n.start == num.end + 1 and ent.words[num.end] in lex.separators
                              for n in ent.numbers)


def _poster_field(ent: Entities, lex: Lexicon) -> None:
    """"what did <name> say in his tweet": someone who posted one video, asked for a field of it."""
    if ent.videos or len(ent.people) != 1 or not any(ent.cues.get(f) for f in POST_FIELDS):
        return
    if ent.cues.get("handle", 0.0) >= max(ent.cues.get(f, 0.0) for f in POST_FIELDS):
        return  # "the url in <name>'s display name": their account's name, not their post's field
    posted = lex.posted.get(ent.people[0], ())
    if len(posted) == 1:
        start, end = ent.spans[ent.people[0]]
        ent.videos.append(VideoRef(start, end, posted, strong=True))


def _poster_narrows(ent: Entities, lex: Lexicon) -> None:
    """"<poster>'s <shared name> video": the poster picks one of the group, as part of its name.

    Otherwise the poster would narrow every video asked about to theirs ("is the <poster> <topic>
    video double <other>") or filter a set the question builds around it ("posted two days after ...").
    """
    if not ent.videos or not ent.people:
        return
    for person in list(ent.people):
        posted = set(lex.posted.get(person, ()))
        end = ent.spans.get(person, (0, -1))[1]
        for k, ref in enumerate(ent.videos):
            fits = tuple(v for v in ref.candidates if v in posted)
            # A group narrowed to the poster's; one video is theirs only beside another video asked about.
            # (or beside someone else named: "days between <name>'s post and <poster>'s <title> tweet")
            before = ref.start == end and (ref.group or len(ent.videos) > 1 or len(ent.people) > 1)
            # ("the <topic> clip by <poster>": the poster said after the group, "by" or "of" between; "of the
            # <poster>" as languages with an article before a name say it)
            at = ref.end + (ref.end < len(ent.tokens) and ent.tokens[ref.end].s in lex.video_words)
            after = ref.group and at < len(ent.words) and ent.words[at] in lex.owner_before \
                and 0 <= ent.spans[person][0] - at - 1 <= 1 and all(w in lex.stopwords for w in ent.words[
                    at + 1 : ent.spans[person][0]])
            if fits and (before or after):
                start, stop = (ent.spans[person][0], ref.end) if before else (ref.start, end)
                ent.videos[k] = VideoRef(start, stop, fits, True, group=len(fits) > 1)
                ent.people.remove(person)
                if ref.group:
                    ent.narrowed = (ent.videos[k], person, ref)
                break


def _both_restated(ent: Entities, lex: Lexicon) -> None:
    """ "<A> + <B> combined, both <topic> stuff": a topic said after "both" of two videos named before it says what
    they share; it names no third video (one of the topic's was added)."""
    for k, ref in enumerate(ent.videos):
        if k >= 2 and ref.start > 0 and ent.words[ref.start - 1] in lex.each_words and (
                ref.group or len(ref.candidates) > 1) and set(ref.candidates) & {r.best for r in ent.videos[:k]}:
            del ent.videos[k]
            return


def clause_places(ent: Entities, lex: Lexicon, end: int) -> list[int]:
    """The places (1 the most viewed) said in a clause right after a video ending at `end`: "the <title> video that
    topped the table", "... which came 3rd", "... that came bottom" (a verb of placing may stand first)."""
    tokens, n = ent.tokens, len(ent.tokens)
    be = end + (end < n and tokens[end].s in lex.video_words)
    if not (be < n and ent.words[be] in lex.place_clause):
        return []
    said = be + 1 + (be + 1 < n and ent.words[be + 1] in lex.place_restated)
    places = [1 if m.payload == "views_desc" else len(lex.by_place) for m in ent.query.get("order", ())
              if m.start in (be + 1, said) and m.payload in ("views_desc", "views_asc")]
    return places + [rank for rank, at in zip(ent.ranks, ent.rank_at, strict=False)
                     if 0 < at - be <= PLACE_CLAUSE_REACH]


def _poster_disputed(ent: Entities, lex: Lexicon) -> None:
    """ "<poster>'s <topic> video (the 13.4m one)": a figure or a day that fits one other video of the group names
    it; the poster said is then a claim about it, checked (not the poster's own video, which the figure is not)."""
    assert ent.narrowed is not None
    narrowed, person, group = ent.narrowed
    if narrowed not in ent.videos:
        return
    videos = lex.dataset.videos
    others = [vi for vi in group.candidates if vi not in narrowed.candidates]
    picks = {vi for vi in others for n in ent.numbers if n.scaled
             and abs(videos[vi].views - n.value) <= FIGURE_TOLERANCE * n.value}
    picks |= {vi for vi in others if (t := videos[vi].tweet) and t.date and (t.date.month, t.date.day) in ent.days}
    # (or a place in a clause right after it: "<poster>'s <topic> video that topped the table")
    picks |= {vi for place in clause_places(ent, lex, group.end) if 1 <= place <= len(lex.by_place)
              and (vi := lex.by_place[place - 1]) in others}
    if len(picks) == 1 and not any(n.scaled and abs(videos[vi].views - n.value) <= FIGURE_TOLERANCE * n.value
                                   for vi in narrowed.candidates for n in ent.numbers):
        ent.videos[ent.videos.index(narrowed)] = VideoRef(group.start, group.end, (picks.pop(),), True)
        ent.people.append(person)



def _described(ent: Entities, lex: Lexicon, start: int) -> bool:
    """"the one with <name>", "that clip where <name> ...": one video described by who is in it."""
    tokens = ent.tokens
    for i in range(max(0, start - DESCRIBED_TITLED_REACH), start - 1):
        if i + 2 < start and (i == 0 or tokens[i - 1].w not in lex.determiners) \
                and (tokens[i + 2].w in lex.possessive_pronouns or tokens[i + 2].w in lex.recipient_before):
            continue  # ("one of my mates says <name> ...": one of some people, no video described)
        if tokens[i].s in lex.video_words and tokens[i + 1].s in lex.describing_words and (
                start - i <= DESCRIBED_REACH or ((titled := _title_videos(tokens[start].s, lex)) and any(
                    titled & _title_videos(t.s, lex) for t in tokens[i + 2 : start]))):
            return True
    return False


def _clusters(ent: Entities, lex: Lexicon, taken: set[int]) -> list[tuple[int, int, dict[int, int]]]:
    """Neighbouring words of one title in another order (a first name and the last title word)."""
    tokens, n = ent.tokens, len(ent.tokens)
    out: list[tuple[int, int, dict[int, int]]] = []
    blocked = ent.covered | taken
    title_words = lex.title_words
    in_titles = [i not in blocked and tokens[i].s in title_words for i in range(n)]
    if not any(map(operator.and_, in_titles, in_titles[1:])):
        return out  # no two neighbouring title words: nothing to cluster (most questions)
    i = 0
    while i < n:
        cands = _title_videos(tokens[i].s, lex) if i not in blocked else set()
        j, distinct = i + 1, _distinct(tokens[i].s, lex)
        # (not across a mark: "the <topic>, <name> and <name> videos" are three)
        while cands and j < n and j not in blocked and not break_after(ent, lex, j - 1, j):
            more = _title_videos(tokens[j].s, lex) & cands
            if not more:
                break
            cands, distinct, j = more, distinct or _distinct(tokens[j].s, lex), j + 1
        if cands and j - i >= 2 and distinct and len(cands) <= MAX_POSTINGS:
            out.append((i, j, dict.fromkeys(cands, j - i)))
            i = j
        else:
            i += 1
    return out


def _title_videos(word: str, lex: Lexicon) -> set[int]:
    if word in lex.stopwords:
        return set()
    postings = lex.postings.get(word, ())
    return {v for v, _ in postings} if len(postings) <= MAX_POSTINGS * 4 else set()


def _distinct(word: str, lex: Lexicon) -> bool:
    # Generic words ("tweet", "video") are in many questions about any video: they name none.
    return word not in lex.name_words and word not in lex.stopwords and word not in lex.generic_words


def _merge(refs: list[VideoRef], ent: Entities, lex: Lexicon) -> list[VideoRef]:
    out: list[VideoRef] = []
    for ref in refs:
        if out:
            prev = out[-1]
            gap = range(prev.end, ref.start)
            # "the <topic> one + the <title> one": a video word between two names closes the first.
            same = len(prev.candidates) == 1 and prev.candidates == ref.candidates  # "<name> one on <title's rest>"
            closed = not same and prev.strong and ref.strong and any(ent.tokens[j].s in lex.video_words for j in gap)
            # (a mark between keeps them apart, unless both name one video: "<title's words>, <its rest>")
            joinable = not closed and all(_joins(ent.tokens[j].s, lex) for j in gap) and (
                same or not break_after(ent, lex, prev.end - 1, ref.start))
            common = [v for v in prev.candidates if v in ref.candidates]
            if ref.start < prev.end or (joinable and common):
                if common:
                    out[-1] = VideoRef(
                        prev.start,
                        max(prev.end, ref.end),
                        tuple(common),
                        prev.strong or ref.strong,
                        group=len(common) > 1,
                    )
                continue
        out.append(ref)
    # A single title word next to a name in the same title (a person named in the title)
    # grows into that name so the person is read as part of the title.
    grown: list[VideoRef] = []
    for ref in out:
        start, end = ref.start, ref.end
        while start > 0 and _in_titles(ent.tokens[start - 1].s, ref.candidates, lex) and not (
                ent.text.count(",") and break_after(ent, lex, start - 1, start)):
            start -= 1
        while end < len(ent.tokens) and _in_titles(ent.tokens[end].s, ref.candidates, lex) and not (
                ent.text.count(",") and break_after(ent, lex, end - 1, end)):
            end += 1
        if start == ref.start and end == ref.end:
            grown.append(ref)  # not grown (most often): the same reference
            continue
        grown.append(VideoRef(start, end, ref.candidates, True, ref.group))
    return grown


def _joins(word: str, lex: Lexicon) -> bool:
    # ("<name> say on <alias>": a word that alone asks something is the question's, not the name's)
    return (word in lex.stopwords or word in lex.video_words) and word not in lex.separators \
        and word not in lex.strong_cues


def _in_titles(word: str, candidates: tuple[int, ...], lex: Lexicon) -> bool:
    return word in lex.name_words and all(word in lex.title_stems[v] for v in candidates)


def _drop_names_inside_videos(ent: Entities, lex: Lexicon) -> None:
    covered_names = []
    for match in ent.name_matches:
        kind, value = match.payload
        if kind in ("party", "person") and all(j in ent.covered for j in range(match.start, match.end)):
            inside = any(r.start <= match.start and match.end <= r.end for r in ent.videos)
            if inside:
                covered_names.append((kind, value))
    for kind, value in covered_names:
        target = ent.parties if kind == "party" else ent.people
        if value in target:
            target.remove(value)


LABEL_MAX = 99  # the largest number read as a label after a label noun ("year 11"), not a year ("year 2017")


def _place_asked_again(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether the bare number at `at` closes a question asked again of another place, after a joining word and
    question and place verbs only ("number 8 and which is 9", "#2 and who's 3"), a place said before it."""
    tokens = ent.tokens
    if not ent.rank_at or (at + 1 < len(tokens) and tokens[at + 1].s not in lex.separators):
        return False
    k = at - 1
    while k > ent.rank_at[-1] and (tokens[k].w in lex.question_words or tokens[k].w in lex.place_restated):
        k -= 1
    # (the place closing the first question, the joining word right after it: not "how many views does #3 have and
    # whats 4", whose first question asks more than the place)
    return k == ent.rank_at[-1] + 1 and k < at - 1 and tokens[k].s in lex.separators and any(
        tokens[j].w in lex.question_words for j in range(k + 1, at))


def _numbers(ent: Entities, lex: Lexicon) -> None:
    """Figures, ranks, dates and thresholds, outside the names already found."""
    tokens, n = ent.tokens, len(ent.tokens)
    after = 0  # the end of the last figure read
    # Only a digit, number word, ordinal or month (in no question at all, most often)
    for i in compress(count(), map(_NUMERIC, ent.reads)):
        if i < after or i in ent.covered:
            continue
        w = tokens[i].w
        prev = tokens[i - 1].w if i > 0 and (i - 1) not in ent.covered else ""
        if prev in lex.label_nouns and w.isdigit() and int(w) <= LABEL_MAX:
            continue  # ("my yr 11 class", "question 3 asks ...": a label, no figure, place or count)
        after = i + 1 + (i + 2 < n and tokens[i + 1].w in lex.range_of)  # ("a couple OF questions")
        if after < n and tokens[after].w in lex.asking_nouns and (w.isdigit() or w in lex.numbers):
            continue  # ("two questions sorry": what the asker asks, no count of videos)
        if w.startswith("#") and w[1:].isdigit():
            ent.ranks.append(int(w[1:]))
            ent.rank_at.append(i)
            ent.covered.add(i)
        elif w in lex.ordinals and i + 2 < n and tokens[i + 1].w in lex.sequence_after and i > 0 and not (
                prev in lex.determiners or prev in lex.stopwords or prev in lex.ordinals or tokens[i + 2].w in
                lex.ordinals or tokens[i + 2].w in lex.determiners or tokens[i + 2].w in lex.numbers):
            continue  # ("poster first then date": the order to say things in, no place; not "third then fourth")
        elif w in lex.ordinals and not (
                i < n - 1 and (ent.videos or (i + 2 < n and tokens[i + 2].w in lex.leaning_words)
                               or (prev in lex.indefinite_articles and not any(
                                   t.w in lex.position_parts for t in tokens[i + 2 : i + 4])))
                and (i == 0 or prev in lex.indefinite_articles)
                and lex.ordinals[w] > 2 and tokens[i + 1].w in lex.range_of):
            # (not "a third of <title>'s views", "third of <title>?", "a fifth of the total": a part of a figure,
            # not a place)
            ent.ranks.append(lex.ordinals[w])
            ent.rank_at.append(i)  # left uncovered: "posted first", "first half" are phrases of the query units
        elif w in lex.months:
            month = lex.months[w]
            day = _day_near(tokens, i, ent.covered, lex)
            if day is not None and day[1] < i and _month_counted(ent, lex, month, day[0], i):
                # "average of the 4 december posted ones": the month's videos, four of them, no day
                ent.months.append(month)
                ent.month_at.append(i)
                ent.numbers.append(Number(day[1], day[1] + 1, float(day[0]), False))
                ent.covered |= {i, day[1]}
            elif day is not None:
                if day[1] in ent.rank_at:  # an ordinal in words read as a place first: a day after all
                    k = ent.rank_at.index(day[1])
                    del ent.ranks[k], ent.rank_at[k]
                ent.days.append((month, day[0]))
                ent.day_at.append(min(i, day[1]))
                ent.covered |= {i, day[1]}
                for later, at in _days_listed_after(ent, max(i, day[1]), lex):  # "Dec 8th and 9th"
                    ent.days.append((month, later))
                    ent.day_at.append(at)
                    ent.covered.add(at)
                    after = at + 1
                for earlier, at in _days_listed_before(ent, min(i, day[1]), lex):  # "the 11th and 12th of Dec"
                    if at in ent.rank_at:  # (read as a place or a figure first: a day after all)
                        k = ent.rank_at.index(at)
                        del ent.ranks[k], ent.rank_at[k]
                    ent.numbers = [n for n in ent.numbers if n.start != at]
                    ent.days.append((month, earlier))
                    ent.day_at.append(at)
                    ent.covered.add(at)
                first = min(i, day[1]) - 2  # ("between 1st and 10th december": a range's first day, as an ordinal)
                if first >= 1 and first in ent.rank_at and tokens[first + 1].s in lex.separators \
                        and tokens[first - 1].w in lex.between_words and lex.span_words.isdisjoint(ent.words):
                    # (not "days between 14th and 30th november": days between two days asked, which no figure is)
                    k = ent.rank_at.index(first)
                    ent.numbers.append(Number(first, first + 1, float(ent.ranks[k]), False))
                    del ent.ranks[k], ent.rank_at[k]
            elif (w not in lex.ambiguous_months or prev in lex.month_prepositions) and prev not in lex.speech_words:
                # (not "which tweet mentions July": a word said, no posting date)
                if month not in ent.months:  # ("in dec (the ones with dec dates)": one month said again)
                    ent.months.append(month)
                    ent.month_at.append(i)
                ent.covered.add(i)
        elif (m := _NUMBER.match(w)) or w in lex.numbers:
            if m:
                value, suffix = float(m.group(1)), m.group(2)
            else:
                value, suffix = float(lex.numbers[w]), ""
            # (a video word first: "one" is the figure word most often read, and both tests only skip it)
            if w in lex.video_words and (prev not in lex.rank_words or (i >= 2 and (
                    # ("the last place one", "the 3rd place one": the place said before, "one" the video; "the
                    # weird exact number one": the video with that figure)
                    tokens[i - 2].w in lex.ordinals or tokens[i - 2].w in lex.end_words
                    or tokens[i - 2].w in lex.figure_describing
                    or (tokens[i - 2].w[:1].isdigit() and tokens[i - 2].w[-2:] in lex.ordinal_suffixes)
                    or (ent.rank_at and ent.rank_at[-1] == i - 2)))) and not (
                    i + 1 < n and tokens[i + 1].w in lex.multipliers):
                continue  # "the <name> one": a pronoun, not a figure
            if value.is_integer() and 1 <= value <= 31 and suffix not in lex.multipliers and _next_to_month(
                    tokens, i, lex) and not (
                    not suffix and prev in lex.end_words and i + 1 < n and (tokens[i + 1].w in lex.months or (
                        tokens[i + 1].w in lex.day_of and i + 2 < n and tokens[i + 2].w in lex.months))):
                continue  # a day of a month: read with the month ("the top 3 december videos": a slice's size)
            places = _decimal_places(tokens, i, suffix, value, lex)
            if places is not None:  # "2dp", "to 2 decimal places": how a ratio or percentage is shown
                ent.places = int(value)
                ent.covered |= set(range(i, i + places))
                after = i + places
                continue
            if suffix in lex.ordinal_suffixes and value.is_integer() and len(lex.by_place) < value <= 31 \
                    and (ent.videos or ent.days or (not lex.video_plurals.isdisjoint(ent.words[:i]) and not (
                        # (not "late nov ones, from the 23rd on": a bound, read elsewhere; "from the 11th n 12th"
                        # lists two days)
                        ent.words[i - 2 if ent.words[i - 1] in lex.determiners else i - 1] in lex.range_from
                        and not (i + 2 < n and tokens[i + 1].w in lex.separators
                                 and tokens[i + 2].w[-2:] in lex.ordinal_suffixes)))) and (
                        (after_day_preposition(ent.words, i, lex) and i - 1 not in ent.covered) or (
                        not lex.date_nouns.isdisjoint(ent.words) and (i + 1 == n or tokens[i + 1].w in lex.separators)
                    ) or (i >= 2 and tokens[i - 1].w in lex.separators and i - 2 in ent.day_at)) and (
                    days := [(d.month, d.day) for d in lex.days_numbered(int(value))
                             if d <= lex.dataset.source.published and (ent.videos or d in lex.posting_days)]):
                # "the <topic> video from the 30th", "<name> tweet date? 23rd?": no place has that number, a day of
                # a month videos were posted in, up to the article's date (with no video named, the query reads
                # "posted on the 12th" as each month's day: see query_parse; "the vids from the 11th n 12th": the
                # days a video was posted on, read so)
                ent.days += days
                ent.day_at += [i] * len(days)
                ent.covered.add(i)
            elif suffix in lex.ordinal_suffixes and value.is_integer():
                ent.ranks.append(int(value))
                ent.rank_at.append(i)
                ent.covered.add(i)
            elif prev in lex.rank_words and not suffix and not (
                    value > len(lex.dataset.videos) and i + 1 < n and tokens[i + 1].w in lex.multipliers):
                # (not "the facebook number 35 mil": a figure, its scale after it)
                ent.ranks.append(int(value))
                ent.rank_at.append(i)
                ent.covered |= {i - 1, i}
            elif (not suffix and value.is_integer() and i >= 2 and prev in lex.place_equals
                  and tokens[i - 2].w in lex.rank_words and (i - 2) not in ent.covered and (
                      i + 1 == n or (tokens[i + 1].w in lex.stopwords and tokens[i + 1].w not in lex.multipliers
                                     and tokens[i + 1].s not in lex.separators))):
                ent.ranks.append(int(value))  # ("where rank = 11", "rank is 3": a place tested as code writes it)
                ent.rank_at.append(i)
                ent.covered |= {i - 2, i - 1, i}
            elif not suffix and value.is_integer() and 1 <= value <= len(lex.dataset.videos) and (
                    (i >= 2 and prev in lex.place_at_words and tokens[i - 2].s in lex.place_at_after)
                    or (i + 1 < n and tokens[i + 1].w in lex.place_nouns_after and prev not in lex.end_words
                        # ("1 place below <title>": places counted from it, no place of its own)
                        and not (i + 2 < n and tokens[i + 2].w in lex.place_moves))) \
                    and not (i + 1 < n and (tokens[i + 1].w in lex.multipliers or tokens[i + 1].s in lex.measure_words
                                            or tokens[i + 1].w in lex.span_words)):
                # "what came in at 3", "the one at 9", "the 5 place": a place said without its ordinal ending (and
                # "the 9 and the 10 place": the place noun said once for both)
                ent.ranks.append(int(value))
                ent.rank_at.append(i)
                ent.covered.add(i)
                if i >= 3 and i + 1 < n and tokens[i + 1].w in lex.place_nouns_after \
                        and tokens[i - 1].w in lex.determiners and tokens[i - 2].s in lex.separators:
                    j = i - 3
                    before = next((x for x in ent.numbers if x.start == j and not x.scaled and x.end == j + 1
                                   and x.value.is_integer() and 1 <= x.value <= len(lex.dataset.videos)), None)
                    if before is not None:
                        ent.numbers.remove(before)
                        ent.ranks.insert(len(ent.ranks) - 1, int(before.value))
                        ent.rank_at.insert(len(ent.rank_at) - 1, j)
            elif not suffix and value.is_integer() and 1 <= value <= len(lex.dataset.videos) and _the_n_and_the_m(
                    ent, lex, i):
                # ("diferencia entre el 1 y el 2", "the 1 and the 10": two places, each with its article, as Spanish,
                # French and Italian say them)
                ent.ranks.append(int(value))
                ent.rank_at.append(i)
                ent.covered.add(i)
            elif (not suffix and value.is_integer() and 1 <= value <= len(lex.dataset.videos) and i >= 3
                  and prev in lex.separators and ent.rank_at and ent.rank_at[-1] == i - 2
                  and (tokens[i - 3].w in lex.rank_words or (tokens[i - 3].w in lex.place_at_words and i >= 4
                                                             and tokens[i - 4].s in lex.place_at_after)
                       or (tokens[i - 3].s in lex.video_words and tokens[i - 3].w not in lex.video_plurals))
                  and not (i + 1 < n and tokens[i + 1].w in lex.multipliers)):
                # "number 7 and 8", "video 1 and 2": the place word said once for both
                ent.ranks.append(int(value))
                ent.rank_at.append(i)
                ent.covered.add(i)
            elif not suffix and value.is_integer() and 1 <= value <= len(lex.dataset.videos) and _place_asked_again(
                    ent, lex, i):
                # "what video is number 8 and which is 9?": the place word said once, the question asked again
                ent.ranks.append(int(value))
                ent.rank_at.append(i)
                ent.covered.add(i)
            elif (not suffix and value.is_integer() and 1 <= value <= len(lex.dataset.videos) and i > 0
                  and tokens[i - 1].s in lex.video_words and prev not in lex.video_plurals and prev not in lex.numbers
                  and not (i + 1 < n and (tokens[i + 1].w in lex.multipliers or tokens[i + 1].w in lex.percent_words
                                          or tokens[i + 1].w in lex.factor_times))):
                # "video 4 title?": a place in the list, as "#4" or "number 4" is ("the 2 videos" counts them; "the
                # nhs video 10% higher", "is the top video 3 times <B>": a scale)
                ent.ranks.append(int(value))
                ent.rank_at.append(i)
                ent.covered.add(i)
            elif not suffix and value.is_integer() and 1 <= value <= len(lex.dataset.videos) and i + 1 < n \
                    and tokens[i + 1].w in lex.rank_words and ((
                        # (the second of "1 number r 10 number")
                        prev in lex.separators and i >= 3 and tokens[i - 2].w == tokens[i + 1].w
                        and i - 3 in ent.rank_at) or (i + 2 < n and (
                            (tokens[i + 2].s in lex.video_words and tokens[i + 2].w not in lex.video_plurals) or (
                                prev not in lex.number_takers and
                                tokens[i + 2].w in lex.place_at_words | lex.place_at_after and i + 3 < n
                                and tokens[i + 3].w in lex.question_words) or (
                                prev not in lex.number_takers and tokens[i + 2].w in lex.separators and i + 4 < n
                                and tokens[i + 3].w.isdigit() and tokens[i + 4].w == tokens[i + 1].w)))):
                # ("2 number wali video", "8 number e ki chilo", "1 number r 10 number": the place word after the
                # number, as Hindi, Urdu and Bengali put it)
                ent.ranks.append(int(value))
                ent.rank_at.append(i)
                ent.covered |= {i, i + 1}
            else:
                end, scaled = i + 1, False
                if suffix in lex.multipliers:
                    value, scaled = value * lex.multipliers[suffix], True
                elif suffix == "s":
                    pass  # "2010s": a decade, read as a year below; "the top 10s total": the number
                elif suffix:
                    continue
                elif i + 1 < n and tokens[i + 1].w in lex.multipliers:
                    value, scaled, end = value * lex.multipliers[tokens[i + 1].w], True, i + 2
                if end < n and tokens[end].w in lex.foreign_units:
                    ent.covered.update(range(i, end + 1))  # ("at 12 degrees": a measure of something else)
                    continue
                last = ent.numbers[-1] if ent.numbers else None
                # (past 2100 a year of the data with two digits swapped, "the 2109 election"; or else one mistyped
                # right before an election word, "the 2105 election")
                past = not scaled and value.is_integer() and YEAR_MAX < value < YEAR_MAX + 100
                if past and ((swapped := _digits_swapped(int(value))) in lex.period_years
                             or swapped == lex.dataset.campaign.year):
                    ent.years.append(swapped)
                elif (not scaled and value.is_integer() and 1900 <= value <= YEAR_MAX) or (
                        past and end < n and tokens[end].w in lex.election_objects):
                    ent.years.append(int(value))
                elif scaled and last is not None and last.scaled and last.end == i and value < _scale_of(last):
                    # "2 mil 747 thousand": one figure said in two parts (a range's ends are of one scale)
                    ent.numbers[-1] = Number(last.start, end, last.value + value, True)
                else:
                    ent.numbers.append(Number(i, end, value, scaled))
                ent.covered.update(range(i, end))
                after = end
    if ent.numbers:  # (a bound needs a figure)
        _thresholds(ent, lex)


def _digits_swapped(value: int) -> int:
    """A four-digit number with its middle two digits swapped (2109 -> 2019: a year typed fast)."""
    said = str(value)
    return int(said[0] + said[2] + said[1] + said[3:])


def _month_counted(ent: Entities, lex: Lexicon, month: int, number: int, at: int) -> bool:
    """ "the 4 december ones": a number before a month that is no day a video was posted, with videos said after
    it, when that month has exactly that many videos: how many there are."""
    tokens = ent.tokens
    if not tokens[at - 1].w.isdigit() and tokens[at - 1].w not in lex.numbers:
        return False  # ("the 4th december ones": a day)
    if not any(t.w in lex.video_plurals for t in tokens[at + 1 : at + 1 + MONTH_COUNT_REACH]):
        return False
    dated = [t.date for v in lex.dataset.videos if (t := v.tweet) and t.date and t.date.month == month]
    return len(dated) == number and all(d.day != number for d in dated)


def _middle_places(ent: Entities, lex: Lexicon) -> None:
    """ "the middle four", "avg of the mid 2 vids": a small count right after a middle word is the places round the
    centre of the list (4th to 7th of 10); a count that no places centre is kept aside to be declined."""
    most = len(lex.dataset.videos)
    if any(ent.words[m.start] not in lex.middle_words for m in ent.cue_matches.get("median", ())):
        return  # ("the median ... so i avg the middle 2": how a median is worked out, no places asked)
    if any(not (m.payload in ("views_desc", "views_asc") and any(n.start == m.end and n.value >= most
                                                                  for n in ent.numbers))
           for m in ent.query.get("order", ())):
        # ("the 2 middle of the top 4", "the middle 2 by date": the middle of another list, not read here; "of the
        # top ten" is the whole list)
        return
    for num in list(ent.numbers):
        at, after = num.start, num.end
        middle = at - 1 if at and ent.words[at - 1] in lex.middle_words else _middle_after(ent, lex, num)
        if middle is None or num.scaled or not num.value.is_integer() or not (
                1 <= num.value < most) or (after < len(ent.words) and ent.words[after] in lex.span_words):
            continue  # (not "mid 2019", "the middle 2 weeks": a year, a stretch of time)
        count = int(num.value)
        ent.numbers.remove(num)
        ent.covered.update((middle, at))
        if "median" in ent.cue_matches:  # (the middle word is no median asked)
            _keep_cue(ent, "median", [m for m in ent.cue_matches["median"] if m.start != middle])
        if (most - count) % 2:
            ent.middle_uneven = count
            return
        first = (most - count) // 2 + 1
        if "posting" in ent.query:  # ("when were the middle 4 posted": those videos, by views, not posting places)
            ent.videos += [_video_at_place(lex, p, at) for p in range(first, first + count)]
            return
        ent.ranks += range(first, first + count)
        ent.rank_at += [at] * count
        # ("the 2 middle ones (5 and 6)": those places said again after it)
        ent.numbers = [n for n in ent.numbers if not (n.start > at and n.value in range(first, first + count))]
        return


def _middle_after(ent: Entities, lex: Lexicon, num: Number) -> int | None:
    """Where a middle word stands after a count that is its places ("the two middle ones", "which 2 vids are right in
    the middle"), else None: right after the count, or after "in the" a few words on in the same clause, with no date
    after it; not a count of an end ("bottom 3 combined, the mid ones")."""
    said, k = ent.words, num.end
    at = next((j for j in range(k, min(len(said), k + MIDDLE_REACH)) if said[j] in lex.middle_words), None)
    if at is None or any(m.end == num.start for m in ent.query.get("order", ())) or any(
            break_after(ent, lex, j - 1, j) for j in range(k, at)) or not (
            at == k or said[at - 1] in lex.determiners or said[at - 1] in lex.among_words) or any(
            at < m <= at + 3 for m in (*ent.month_at, *ent.day_at)) or (
            at + 1 < len(said) and said[at + 1] in lex.span_words):
        return None  # (not "the 2 in the middle of November", "the middle week")
    return at


def _ranks_after_versus(ent: Entities) -> bool:
    """ "4 5 and 6 combined vs #1": every place said comes after a versus word that comes after the numbers."""
    first = min(n.start for n in ent.numbers)
    return any(first < m.start and all(m.start < at for at in ent.rank_at) for m in ent.query.get("versus", ()))


def _bare_places(ent: Entities, lex: Lexicon) -> None:
    """ "views for 2 and 3 combined", "how many did 2 n 3 get", "4, 5 and 6": small bare numbers joined, with a
    figure asked and no word beside them that takes a number or names what they count ("top 2 and 3", "2 or 3
    videos"): places in the list (read as nothing, the whole list was answered)."""
    tokens, n, most = ent.tokens, len(ent.tokens), len(lex.dataset.videos)
    chains: list[list[Number]] = []
    for num in ent.numbers:  # runs of numbers each joined to the last by one separator
        # ("4, 5 and 6": a comma, gone from the words, joins too; "6-10" is a range, read later)
        if chains and ((num.start == chains[-1][-1].end and _listed(ent.text, chains[-1][-1], num)) or (
                num.start == chains[-1][-1].end + 1 and tokens[chains[-1][-1].end].s in lex.separators)):
            chains[-1].append(num)
        elif chains and len(chains[-1]) == 1 and chains[-1][0].value < num.value and num.start == chains[-1][
                -1].end + 1 and tokens[chains[-1][-1].end].w in lex.range_words:
            chains[-1].append(num)  # ("6 to 10 added up": the places from one to the other)
        else:
            chains.append([num])
    for chain in chains:
        first, last = chain[0], chain[-1]
        if len(chain) < 2 or len({x.value for x in chain}) < len(chain) or any(
                x.scaled or not x.value.is_integer() or not 1 <= x.value < PLACE_MAX
                or (x.value > most and int(x.value) in lex.short_years) for x in chain):
            # (past the list is still a place asked, "views for 11 and 12": none such, not the whole list; "RTs 19 vs
            # 17" are years)
            continue
        before = tokens[first.start - 1].w if first.start > 0 else ""
        after = tokens[last.end] if last.end < n else None
        # (a figure's difference "between 4 and 5"; "views of 1 and 10", a measure's places)
        # ("did number one get more than 3 and 4 put together": after "than", places when a place was said before)
        taken = before in lex.number_takers and not (
            (before in lex.comparative_joins and bool(ent.ranks) and ent.rank_at[0] < first.start)
            or (before in lex.between_words and any(m.payload == "difference" for m in ent.query.get("operation", ())))
            or (before in lex.within_words and first.start - 1 in ent.measure_ends))
        # (a number before them lists places another way: "ranks 4 5 and 6", read later)
        if taken or before[:1].isdigit() or before in lex.numbers or (after is not None and (
                after.w in lex.multipliers or after.s in lex.video_words or after.w in lex.video_plurals
                or after.w in lex.span_words or after.s in lex.rank_words or not after.w.isalpha()
                or after.s in lex.title_words or after.w in lex.name_words)):
            continue
        ent.numbers = [x for x in ent.numbers if x not in chain]
        ent.ranks += [int(x.value) for x in chain]
        ent.rank_at += [x.start for x in chain]
        ent.bare_at = tuple(x.start for x in chain)
        return


def _listed(text: str, a: Number, b: Number) -> bool:
    """Whether two numbers side by side in the words were typed with only a comma or a space between ("4, 5", "4 5";
    not "6-10", a range, nor "i=1}^{10}")."""
    first, second = re.escape(f"{a.value:g}"), re.escape(f"{b.value:g}")
    return re.search(rf"(?<![\d.]){first},?\s*{second}(?![\d.])", text) is not None


def _days_listed_after(ent: Entities, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Further days of the month after a date ("Dec 8th and 9th", "8, 9 and 11 Dec" is read before): a day
    with an ordinal ending, or in digits like the first one, joined by a separator, no month of its own."""
    tokens, j = ent.tokens, end + 1
    out: list[tuple[int, int]] = []
    first = tokens[end].w
    first_day = int(m[1]) if (m := _NUMBER.match(first)) is not None else 0
    joined = False  # (a comma is no word: "dec 9, 11 and 12" is read as days only with a separator said too)
    while j < len(tokens) and (tokens[j].w in lex.separators or (
            first.isdigit() == tokens[j].w.isdigit() and _NUMBER.match(tokens[j].w) is not None)):
        said = tokens[j].w in lex.separators
        at = j + 1 if said else j
        if at >= len(tokens):
            break
        m = _NUMBER.match(tokens[at].w)
        if not m or "." in m.group(1) or not 1 <= int(m.group(1)) <= 31 or (
                m.group(2) not in lex.ordinal_suffixes and not (not m.group(2) and first.isdigit())):
            break
        if at + 1 < len(tokens) and (tokens[at + 1].w in lex.months or tokens[at + 1].w in lex.multipliers
                                     or tokens[at + 1].s in lex.rank_words):
            break  # ("8th and 9th Dec": read with its own month; "and 3 million": a figure; "4th place")
        if not said and int(m.group(1)) <= (out[-1][0] if out else first_day):
            break  # (days listed with no word between go up: "dec 9th, 3rd and 4th place" lists no days)
        joined = joined or said
        out.append((int(m.group(1)), at))
        j = at + 1
    return out if joined else []


def _days_listed_before(ent: Entities, start: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Days of the same month listed before a date ("11 and 12 Dec", "8, 9 and 11 Dec"): (day, position) each.

    None after a range's or a place's word ("between 11 and 12 Dec" is read with "between"; "top 3 and ...").
    """
    tokens, j, joined = ent.tokens, start - 1, False
    out: list[tuple[int, int]] = []
    while j >= 0:
        w = tokens[j].w
        if w in lex.range_words:
            return []  # "6 to 12 December": a range, read with the date filters
        if w in lex.separators or w in lex.stopwords:
            joined, j = True, j - 1
            continue
        m = _NUMBER.match(w)
        # (a number read already as a place or a plain figure may be a day of the list: tested last, on a day)
        if not (m and (not m.group(2) or m.group(2) in lex.ordinal_suffixes) and "." not in m.group(1)
                and 1 <= int(m.group(1)) <= 31 and (joined or out) and (
                    j not in ent.covered or j in ent.rank_at
                    or any(n.start == j and n.end == j + 1 and not n.scaled for n in ent.numbers))):
            break
        out.append((int(m.group(1)), j))
        joined, j = False, j - 1
    if out and j >= 0 and (tokens[j].w in lex.between_words or tokens[j].w in lex.range_words
                           or tokens[j].w in lex.top_words or tokens[j].s in lex.rank_words):
        return []
    return out


def _next_to_month(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    after = tokens[i + 1].w if i + 1 < len(tokens) else ""
    after2 = tokens[i + 2].w if i + 2 < len(tokens) else ""
    before = tokens[i - 1].w if i > 0 else ""
    return after in lex.months or (after in lex.day_of and after2 in lex.months) or before in lex.months


def days_said(ent: Entities, lex: Lexicon) -> set[float]:
    """Numbers of days said in the question ("the 42 days"): a figure's period may be named by its length."""
    tokens = ent.tokens
    return {n.value for n in ent.numbers if n.end < len(tokens) and tokens[n.end].w in lex.span_words}


NEAREST_REACH = 6  # "closest number of views to <title>": the nearest word this many words before the video at most


def _nearest_to_video(ent: Entities, lex: Lexicon) -> None:
    """ "which vid is closest in views to <title>": the other video whose count is nearest that video's (each one
    tied), in place of the one named; not when a posting word asks the nearest date."""
    ref = ent.videos[0]
    if len(ref.candidates) != 1 or any(t.s in lex.post_words for t in ent.tokens) or (
            ent.phrases is not None and ent.phrases.found("query:posting")):
        return
    before = ent.words[max(0, ref.start - NEAREST_REACH) : ref.start]
    at = next((k for k in range(len(before)) if any(tuple(before[k : k + len(p.split())]) == tuple(p.split())
                                                     for p in lex.nearest_words)), None)
    if at is None or not all(w in lex.stopwords or w in lex.nearest_words or w in lex.measure_words
                             for w in before[at:]):
        return
    views = lex.dataset.videos[ref.best].views
    others = [vi for vi in range(len(lex.dataset.videos)) if vi != ref.best]
    gap = min(abs(lex.dataset.videos[vi].views - views) for vi in others)
    nearest = tuple(vi for vi in others if abs(lex.dataset.videos[vi].views - views) == gap)
    ent.videos[0] = VideoRef(ref.start, ref.end, nearest, strong=True, group=len(nearest) > 1)


def _party_list_said(ent: Entities, lex: Lexicon) -> str | None:
    """The text without the name of a party whose videos the list holds, said right before a list word ("topped
    <party>'s list", "the <party> chart"), else None."""
    for m in ent.name_matches:
        kind, value = m.payload
        if kind != "party" or value not in lex.video_parties or not (
                m.end < len(ent.words) and ent.words[m.end] in lex.list_words):
            continue
        typed = r"\W+".join("['’]?".join(map(re.escape, w)) for w in ent.words[m.start : m.end])
        said = "" if m.start > 0 and ent.words[m.start - 1] in lex.determiners else "the "
        mended = re.sub(rf"\b{typed}(?:['’]?s)?\s+(?={re.escape(ent.words[m.end])})", said, ent.text, count=1,
                        flags=re.IGNORECASE)
        return mended if mended != ent.text else None
    return None


def _the_n_and_the_m(ent: Entities, lex: Lexicon, i: int) -> bool:
    """Whether the bare number at `i` is one of two places joined, each said with a definite article ("the 1 and the
    2", "the 3 to the 4") or one article for both ("the 3 to 4", "6 to the 10"), neither with a unit, a scale or a
    noun after it."""
    tokens, n, places = ent.tokens, len(ent.tokens), len(lex.dataset.videos)
    definite = lex.determiners - lex.indefinite_articles

    def bare(k: int, article: bool = True) -> bool:
        return 0 < k < n and (tokens[k - 1].w in definite or not article) and tokens[k].w.isdigit() and (
            1 <= int(tokens[k].w) <= places) and not (k + 1 < n and (
                tokens[k + 1].w in lex.multipliers or tokens[k + 1].s in lex.measure_words
                or tokens[k + 1].w in lex.video_plurals or tokens[k + 1].w in lex.percent_words
                or tokens[k + 1].w in lex.span_words or tokens[k + 1].w in lex.months))

    def joined(k: int) -> bool:
        return tokens[k].w in lex.separators or tokens[k].w in lex.range_words

    # (the second's article may be in the range word: "del 3 al 4", "of the 3 to 4")
    return (bare(i) and ((i + 3 < n and joined(i + 1) and bare(i + 3))
                         or (i + 2 < n and tokens[i + 1].w in lex.range_words and bare(i + 2, article=False)))) or (
        # ("dal 6 al 10", read "6 to the 10": the article with the second only)
        bare(i, article=False) and i + 3 < n and tokens[i + 1].w in lex.range_words and bare(i + 3)) or (
        bare(i, article=False) and i >= 3 and (
            (i - 3 in ent.rank_at and tokens[i - 1].w in definite and joined(i - 2))
            or (i - 2 in ent.rank_at and tokens[i - 1].w in lex.range_words)))


def _decimal_places(tokens: list[Token], i: int, suffix: str, value: float, lex: Lexicon) -> int | None:
    """How many tokens a number of decimal places takes from position i ("2dp": 1, "2 decimal places": 3)."""
    if not value.is_integer() or not 0 <= value <= MAX_PLACES:
        return None
    if suffix:
        return 1 if (suffix,) in lex.decimal_phrases else None
    if i + 1 >= len(tokens) or tokens[i + 1].w not in lex.decimal_starts:
        return None  # (most figures: no word of decimal places next)
    following = tuple(t.w for t in tokens[i + 1 : i + 4])
    return next((1 + len(p) for p in lex.decimal_phrases if following[: len(p)] == p), None)


def _month_first(tokens: list[Token], lex: Lexicon) -> bool:
    """Whether the first month said comes before its day ("nov 25, ...") rather than after it ("25 nov, ...")."""
    f = next((k for k, t in enumerate(tokens) if t.w in lex.months), None)
    return f is not None and f + 1 < len(tokens) and tokens[f + 1].w[:1].isdigit() and not (
        f > 0 and tokens[f - 1].w[:1].isdigit())


def _day_near(tokens: list[Token], i: int, covered: set[int], lex: Lexicon) -> tuple[int, int] | None:
    """A day of the month just before or after position i ("11 december", "december 9th")."""
    # ("8 december, 9 december": a figure after the month that another month follows is that month's day)
    # (not "nov 25, dec 8, nov 30": the figure before is the month before's, the first month said before its day)
    ahead = (i - 1, i - 2) if i + 2 < len(tokens) and tokens[i + 2].w in lex.months and i > 0 \
        and tokens[i - 1].w[:1].isdigit() and not _month_first(tokens, lex) else (i + 1, i - 1, i - 2)
    for j in ahead:
        if 0 <= j < len(tokens) and j not in covered:
            m = _NUMBER.match(tokens[j].w)
            of = j == i - 2 and tokens[i - 1].w in lex.day_of
            if m and (not m.group(2) or m.group(2) in lex.ordinal_suffixes) and "." not in m.group(1):
                day = int(m.group(1))
                # ("the top 3 december videos", "top 3 of november": a slice's size before the month, no day)
                sliced = (j == i - 1 or of) and not m.group(2) and j > 0 and tokens[j - 1].w in lex.end_words
                if 1 <= day <= 31 and (j != i - 2 or of) and not sliced:
                    return day, j
            # An ordinal in words: "the fourteenth of November", "November twelfth" ("the first November
            # video" is the earliest of them: a low ordinal is a day only with "of")
            day = lex.ordinals.get(tokens[j].w, 0)
            if 1 <= day <= 31 and (of or (j in (i - 1, i + 1) and day > LOW_ORDINAL_DAY)):
                return day, j
    return None


def _place_among_choices(ent: Entities, lex: Lexicon) -> None:
    """ "which came 2nd, <A> or <B>?", "number 2 spot, was it <A>, <B> or <C>": one place asked, the videos named
    after it only choices joined by "or" (no comparing word), the video at that place asked (the answer names it)."""
    if ent.query.keys() & {"operation", "comparative", "versus", "relative", "posting", "order"} or any(
            not r.strong or r.start < ent.rank_at[0] for r in ent.videos) or ent.cues.get("difference") or len(
            {r.best for r in ent.videos}) < 2 or ent.measures or (
            ent.rank_at[0] > 0 and ent.words[ent.rank_at[0] - 1] in lex.range_words):
        return  # (not "which is closer to 3rd, <A> or <B>": the place a mark the choices are set against)
    if not any(m.start > ent.videos[0].start for m in ent.cue_matches.get("compare", ())):
        return  # (no "or" after the first choice)
    ent.videos = []
    _keep_cue(ent, "compare", [])  # (the "or" offered choices, compared nothing)


def _day_after_posting(ent: Entities) -> None:
    """ "<title> posted 9th dec?": a day right after the posting verb asks it of the one video, as "posted on" does."""
    verb = next((m for m in ent.query["posting"] for at in ent.day_at if 0 <= at - m.end <= 1), None)
    if verb is not None:
        _keep_cue(ent, "date", [Match(verb.start, verb.end, 1.0)])


def _count_of_video(ent: Entities, lex: Lexicon) -> None:
    """ "<title> how many?", "<title> how many on twitter": a bare "how many" after one video, closing its question or
    followed by where, asks its views (not how many videos; a platform said is where the views were)."""
    ops = ent.query["operation"]
    if len(ops) != 1 or ops[0].payload != "count" or len({r.best for r in ent.videos}) != 1:
        return
    at, n = lex.past_fillers(ent.words, ops[0].end), len(ent.words)
    if ops[0].start < max(r.end for r in ent.videos) or not (at == n or ent.words[at] in lex.bare_count_tails) or any(
            r.group and (r.end >= n or ent.tokens[r.end].s not in lex.video_words
                         or ent.words[r.end] in lex.video_plurals) for r in ent.videos):
        # ("how many <topic> videos", "<topic> how many": something counted; "<title> how many videos beat it")
        return
    ent.measures.append("views")
    ent.measure_starts.append(at)
    ent.measure_ends.append(at)


def _figure_names_measure(ent: Entities, lex: Lexicon) -> None:
    """ "over how many days was the 2.4 million counted": the one figure said, one campaign figure's own, of a measure
    no video has or a count no video has, with no measure said but a word like "figure", names that measure (a count
    of views is as often a video's; several figures are worked with, "2.4m + 1.4m")."""
    if any(t.s in lex.video_words for t in ent.tokens):
        return  # ("which video got 2.4 million": a video's count asked)
    num = ent.numbers[0]
    named = [m for m in lex.dataset.metrics if m.value == num.value]
    if num.scaled and len(named) == 1 and (named[0].measure not in lex.video_measures or not (
            any(v.views == num.value for v in lex.dataset.videos) or ent.thresholds or ent.platforms_named)):
        # ("is the 86m figure exact": a count of views no video has, the campaign's; "figure" named no measure; not
        # "over 86m", a bound, nor "the 86m, facebook only?", which the source answer says)
        ent.measures[:], ent.measure_starts[:], ent.measure_ends[:] = [named[0].measure], [num.start], [num.end]
        if named[0].measure in lex.video_measures and not (ent.parties or ent.people):
            # (a count of views names whose it is, and where: "the 86m" is one party's on one platform)
            parties = {p.id for p in lex.dataset.parties}
            ent.parties.extend(s for s in (named[0].subject, *named[0].with_) if s in parties)
            if named[0].platform is not None and named[0].platform not in ent.platforms:
                ent.platforms.append(named[0].platform)
        year = named[0].period.year if named[0].period is not None else None
        if year is not None and year not in ent.years:
            ent.years.append(year)  # ("the 1.4m, which year was that": the figure's own)


def _bound_cues_dropped(ent: Entities, lex: Lexicon) -> None:
    """ "<party> got at least 86m views": the words of a bound right before a figure cue no least (or most) viewed
    video, whatever the figure bounds."""
    said, phrases = ent.words, lex.over_words + lex.under_words
    # (the bound's one or two words right before each figure, as the thresholds read them)
    spans = [(k - 1 if said[k - 1] in phrases else k - 2, k) for k in (num.start for num in ent.numbers)
             if k > 0 and _bound(said[k - 1], " ".join(said[max(0, k - 2) : k]), phrases)]
    for cue in ("most", "least"):
        if ent.cues.get(cue):
            _keep_cue(ent, cue, [m for m in ent.cue_matches[cue] if not any(s <= m.start < e for s, e in spans)])


def _thresholds(ent: Entities, lex: Lexicon) -> None:
    words, numbers, n = ent.words, ent.numbers, len(ent.words)
    for k, num in enumerate(numbers):
        if num.end < n and (words[num.end] in lex.percent_words or words[num.end] in lex.span_words):
            continue  # "more than 70%", "over 42 days": a share or a stretch of time, not a number of views
        at = num.start
        if at >= 2 and words[at - 1] in lex.day_of and not _bound("", " ".join(words[at - 2 : at]),
                                                                   lex.over_words + lex.under_words):
            # "a maximum of 3 million", "max views of 3 million": the bound said before "of" (and the measure);
            # "short of 3m", "north of 3m": a bound that ends in "of" itself
            at -= 1 + (at >= 3 and words[at - 2] in lex.video_measures)
        if at >= 2 and words[at - 1] in lex.determiners and _bound(
                words[at - 2], " ".join(words[max(0, at - 3) : at - 1]), lex.over_words + lex.under_words) \
                and not any(m.value == num.value for m in lex.dataset.metrics) \
                and not any(abs(lex.dataset.videos[r.best].views - num.value) <= FIGURE_TOLERANCE * num.value
                            for r in ent.videos):
            # ("above the 3 million", "under the 3m": the bound said before a determiner; not "less than the 86m",
            # a campaign figure compared with, nor "more than the 3m <title> got", that video's own)
            at -= 1
        before = " ".join(words[max(0, at - 2) : at])
        one = words[at - 1] if at > 0 else ""
        # "between 3 and 4 million"; "3m-4m", "3m to 4m": two figures joined by a dash or a range word
        # ("over 5 million? 5 mil is a lot": a bound, then a figure of another sentence, no range)
        joined = k + 1 < len(numbers) and (high := numbers[k + 1]).scaled and (
            (high.start == num.end
             and not (_bound(one, before, lex.over_words) or _bound(one, before, lex.under_words)))
            or (high.start == num.end + 1 and words[num.end] in lex.range_words))
        if ((one in lex.between_words and k + 1 < len(numbers)) or joined) and (
                numbers[k + 1].scaled or numbers[k + 1].value >= FIGURE_MIN):  # ("between two spots in the top 10")
            high = numbers[k + 1]
            if num.scaled and high.scaled and not ent.measures and lex.video_plurals.isdisjoint(words) and (
                    one not in lex.between_words) and all(
                    any(m.value == x.value for m in lex.dataset.metrics) for x in (num, high)):
                return  # ("ratio of 2.4m to 1.4m", "2.4m/1.4m": two campaign figures named, no band of views)
            low = num.value * (_scale_of(high) if high.scaled and not num.scaled else 1)
            ent.thresholds += [(">", low), ("<", high.value)]
            return
        if not num.scaled and num.value < FIGURE_MIN:
            continue  # "over 52" (days, elided): no count of views is that small
        if one in lex.hedge_ends and lex.hedged_at(words, at):
            continue  # ("more or less 3 million": a guess at the figure, no bound under it)
        # ("3m views or less": the measure said between the figure and its bound)
        skip = num.end + (num.end < n and words[num.end] in lex.measure_words)
        after = tuple(words[skip : skip + 2])
        trailing = next(((sign, p) for sign, phrases in ((">", lex.over_after), ("<", lex.under_after))
                         for p in phrases if after[: len(p)] == p), None)
        after_bound = skip + len(trailing[1]) if trailing is not None else n
        if trailing is not None and (k + 1 >= len(numbers) or numbers[k + 1].start > after_bound + 1) \
                and one not in lex.hedges and not count_compared(ent, lex, after_bound):
            # "3m plus", "5 million or more": the figure included (not "under 3 mil or more than one": a count)
            # ("over 3m and under 7m", "more than 3m and less than 7m": "and under" begins the other bound)
            ent.thresholds.append((trailing[0], num.value))
            ent.inclusive = True
            ent.covered |= set(range(skip, skip + len(trailing[1])))
            continue
        long = at > 0 and one in lex.bound_ends  # (most figures: no bound of three words or more before them)
        if long and _ends_at(words, at, lex.at_most):
            ent.thresholds.append(("<", num.value))  # ("no more than 3m": "more than" is no bound over)
            ent.inclusive = True
        elif long and _ends_at(words, at, lex.at_least):
            ent.thresholds.append((">", num.value))  # ("no less than 3m": "less than" is no bound under)
            ent.inclusive = True
        elif long and _ends_at(words, at, lex.under_long):
            ent.thresholds.append(("<", num.value))  # ("failed to reach 3m": no reaching)
            ent.strict += 1
        elif _bound(one, before, lex.exact_words):
            # (the negation after the figure before: not "not more than 3m, exactly 3m", the other bound's)
            since = max(0, at - 1 - EXACT_DENIED_REACH, numbers[k - 1].end if k else 0)
            if any(w in lex.bare_negations or w in lex.negation_words for w in words[since:at]) and any(
                    abs(t[1] - num.value) < 1e-9 for t in ent.thresholds):
                continue  # ("over 3m? not counting exactly 3m": the bound said strict, no video of that figure)
            ent.thresholds += [(">", num.value), ("<", num.value)]  # read as a range with both ends included
        elif num.scaled and words[num.end - 1] in lex.plural_multipliers and _bound(one, before, lex.band_words):
            ent.thresholds += [(">", num.value), ("<", num.value + _scale_of(num) - 1)]  # "in the 3 millions"
        elif before in lex.under_words:  # "didn't crack 3 million": the two-word phrase first
            ent.thresholds.append(("<", num.value))
            ent.strict += 1
        elif _bound(one, before, lex.reach_words) or (_bound(one, before, lex.counted_reach) and any(
                j < at for j in lex.counted_at(words))):  # ("how many videos got 3m views": those that reached it)
            ent.thresholds.append((">", num.value))
            ent.inclusive = True
        elif _bound(one, before, lex.over_words) and not (
                # ("3.7m plus 3.6m": a figure added to a figure, no bound)
                k > 0 and numbers[k - 1].end == at - 1 and one in lex.separators):
            ent.thresholds.append((">", num.value))
            ent.strict += 1
        elif _bound(one, before, lex.under_words):
            ent.thresholds.append(("<", num.value))
            ent.strict += 1


def count_compared(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether "than" and a small count stand at `at` ("under 3 mil or more THAN ONE": a count of videos compared,
    not a bound taking the figure in)."""
    words = ent.words
    return at + 1 < len(words) and words[at] in lex.comparative_joins and (
        words[at + 1] in lex.numbers or any(num.start == at + 1 and not num.scaled and num.value < len(lex.by_place)
                                            for num in ent.numbers))


def _ends_at(words: list[str], at: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of the phrases (as word tuples) ends right before position `at`."""
    return any(len(p) <= at and tuple(words[at - len(p) : at]) == p for p in phrases)


def _bound(one: str, before: str, phrases: tuple[str, ...]) -> bool:
    """One of the phrases ends just before a figure (`one`: the word before it; `before`: the two words)."""
    return one in phrases or before in phrases or before.endswith(_spaced(phrases))


@lru_cache(maxsize=8)
def _spaced(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases with a space before each (made once per vocabulary, not once per figure)."""
    return tuple(f" {p}" for p in phrases)


def _scale_of(num: Number) -> float:
    for scale in (1_000_000_000, 1_000_000, 1_000):
        if num.value >= scale:
            return scale
    return 1


def _after_marker(words: list[str], at: int, lex: Lexicon) -> bool:
    """Whether a platform word follows "on", "from"... (or "on the")."""
    before = words[max(0, at - 2) : at]
    if not before:
        return False
    markers = lex.platform_markers
    return before[-1] in markers or (len(before) == 2 and before[-1] in lex.stopwords and before[0] in markers)


_APART = ("measure", "platform")  # tables read apart from the intents' cues


def _vocabulary(ent: Entities, lex: Lexicon) -> None:
    """Platforms, measures and intent cues, on the words no name has taken."""
    # (the query units' matches go straight into `ent.query`; what is left, the intents' cues)
    found, intents = (ent.phrases or lex.tables.walk(ent.keys)).read_vocabulary(
        ent.covered, lex.query_units, ent.query, _APART)
    if (negations := ent.query.get("negate")) and any(n.end - n.start > 1 for n in negations):
        # ("apart from", "not counting": words of a longer negation are no operation or time of their own)
        def within(m: Match) -> bool:
            return any(n.start <= m.start and m.end <= n.end and m.end - m.start < n.end - n.start for n in negations)

        for unit in ("operation", "when"):
            _keep_unit(ent, unit, lambda m: not within(m))
    if gaps := [m for m in ent.query.get("operation", ()) if m.payload in ("difference", "spread")]:
        # ("how much less views did <A> get than <B>": the gap's comparing word, no least viewed asked; "biggest gap
        # between videos": the spread's)
        _keep_unit(ent, "order", lambda o: not any(g.start < o.end and o.start < g.end for g in gaps))
        if "posting" in ent.query:
            # ("the biggest drop between neighbours": a word of the gap, longer, no posting)
            _keep_unit(ent, "posting", lambda p: not any(g.start <= p.start and p.end <= g.end and (
                g.end - g.start > p.end - p.start) for g in gaps))
    # A word stays a platform or a measure even when it is also some intent's cue.
    measures = found.pop("measure", None)
    if not (lex.age_hints.isdisjoint(ent.words) and lex.age_bound_starts.isdisjoint(ent.words)) and (
            age := _age_of_watchers(ent, lex)) is not None:
        # (the audience's, not "how old" of someone's personal details)
        measures = sorted([*(m for m in measures or () if (m.start, m.end) != (age.start, age.end)), age])
    if measures:  # (else the empty lists made with the entities stay)
        measures = _measures(ent, lex, measures, found.get(_POSTING), found.get(QUERY_TABLE + "versus"),
                             bool(found.get("platform")))
        if lex.favoured_subjects and (liked := _favoured(ent, lex, measures, found)):
            # ("any extra ones they liked", "which did the author like": the writers' favourites, no count of likes)
            measures = [m for m in measures if m not in liked]
            found.setdefault("bonus", []).extend(Match(m.start, m.end, FAVOURED) for m in liked)
            intents = sorted({*intents, "bonus"})
        ends = [m for m in found.get(QUERY_TABLE + "when", ()) if m.payload in _MONTH_ENDS]
        if ends:  # ("the first day of December": a day, no views on a first day)
            measures = [c for c in measures if not any(m.start <= c.start < m.end for m in ends)]
        if not lex.source_pointer_ends.isdisjoint(ent.words):  # ("how long ..., according to your figures")
            measures = [c for c in measures if not (ent.words[c.start] in lex.generic_measure_words and said_before(
                ent.words, c.start, lex.source_pointers))]
        if measures and not lex.set_aside_starts.isdisjoint(ent.words):
            # ("how many times was it shared, as opposed to merely viewed": the measure set aside for what is asked,
            # a word may stand after the phrase; no count of it asked)
            measures = [c for c in measures if not any(
                said_before(ent.words, at, lex.set_aside_before) for at in (c.start, c.start - 1))] or (
                measures if len(measures) > 1 else [])
        if len(measures) > 1 and not lex.negation_words.isdisjoint(ent.words):
            # ("views, not likes": the measure said not to be wanted, when another is asked)
            wanted = [c for c in measures if not (c.start and ent.words[c.start - 1] in lex.negation_words)]
            if wanted and len(wanted) < len(measures) and {c.payload for c in wanted} != {
                    c.payload for c in measures}:
                unwanted = {c.start for c in measures} - {c.start for c in wanted}
                measures = wanted
                _keep_unit(ent, "negate", lambda m: m.end not in unwanted)  # (that "not" takes no video out)
        if measures and not lex.hedges.isdisjoint(ent.words):
            # ("<party> how many? like 25 mil": the word a guess at the figure after it, no likes asked)
            measures = [c for c in measures if not (ent.words[c.end - 1] in lex.hedges and c.end < len(ent.words) and (
                ent.words[c.end][:1].isdigit() or ent.words[c.end] in lex.numbers))]
        if found.get("bonus") and not ent.videos:
            # ("the bonus favourites, what song did they add": the section's titles name it)
            measures = [c for c in measures if c.payload != "video content"
                        or tuple(ent.words[c.start : c.end]) not in lex.bonus_title_asks]
        ent.measures = list(map(_PAYLOAD, measures))
        ent.measure_ends = list(map(_END, measures))
        ent.measure_starts = list(map(_START, measures))
    # A platform is where figures were counted only next to a count or after "on", "from"...: in "the TV
    # show reaction one" it describes a video.
    # "posted on Twitter": where a video was posted, not where it was counted.
    platforms = found.pop("platform", None)
    if platforms:
        _platforms(ent, lex, platforms, measures or [], found)
        if "compare" in found and len(ent.platforms_named) > 1 and (ent.parties or ent.people):
            # ("<party> got <figure> on twitter? or was it facebook": a choice of where theirs was counted, nothing
            # set against it)
            found["compare"] = [m for m in found["compare"] if not _platform_offered(ent, lex, m)]
        intents = [i for i in intents if found.get(i)]  # (a cue may have been read as the platforms')
    if not intents:
        return
    if len(intents) > 1:
        intents.sort()
    if "bonus" in found and ent.words:
        # ("apart from the top 5, which is 6th": past a slice of the list, not the favourites past it all)
        # ("besides the top 10, any other videos": past the whole list, the favourites surely)
        n, kept = len(lex.dataset.videos), []
        for m in found["bonus"]:
            if any(w in lex.asker_owned_before for w in ent.words[max(0, m.start - NEAR_OWNER) : m.start]):
                continue  # ("two of my personal faves, <A> and <B>": the asker's own favourites, not the article's)
            count = _count_after_top(ent, lex, m.end - 1)
            if count is None or count > n:
                kept.append(m)
            elif count == n:
                kept.append(Match(m.start, m.end, m.payload + BONUS_PAST_LIST))
        found["bonus"] = kept
        if not kept:
            del found["bonus"]
            intents = [i for i in intents if i != "bonus"]
    if found.get("text") and ent.numbers:
        # ("mon cousin dit 10M", "my mate says 9m": a figure claimed, not a tweet's words asked; not "he said 10
        # videos", no scale nor any count asked)
        starts = {num.start for num in ent.numbers if num.scaled or measures}
        found["text"] = [m for m in found["text"] if m.end not in starts]
        intents = [i for i in intents if found[i]]
    if ent.query.get("negate") and not (ent.videos or ent.people) and (past := _past_whole_list(ent, lex)) and (
            not ent.parties or _party_left_out(ent, lex, past)):
        # ("any videos that weren't in the top 10": the whole list left out, the favourites past it; "<party> aren't
        # in the top 10 but ...": said of a party, no more than a remark) (its "top" no list or most viewed asked)
        for intent in intents:
            found[intent] = [c for c in found[intent] if not _within(c, past)]
        if not ent.parties:
            found.setdefault("bonus", []).extend(past)
        intents = sorted({*(i for i in intents if found[i]), *(() if ent.parties else ("bonus",))})
        _keep_unit(ent, "negate", lambda m: not any(m.start == p.start for p in past))
    cues, cue_matches = ent.cues, ent.cue_matches
    for intent in intents:
        matches = cue_matches[intent] = found[intent]
        cues[intent] = sum(map(_PAYLOAD, matches)) if len(matches) > 1 else matches[0].payload


def _recipient_at(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether word `at`, a word about people, says whom the answer is for: right after "for" or "my" ("share it for
    family group", "send it to my family"), no video word just before those ("<party>'s video for (our) families": a
    video described)."""
    return at > 0 and ent.words[at - 1] in lex.recipient_before and lex.video_words.isdisjoint(
        t.s for t in ent.tokens[max(0, at - RECIPIENT_REACH) : at - 1])


def _favoured(ent: Entities, lex: Lexicon, measures: list[Match], found: dict[str, list[Match]]) -> list[Match]:
    """ "the ones the writers liked", "any extra ones they liked": the verb of one measure right after one of its
    subjects (the writers), no count, most or least asked: the article's favourites meant, not a figure (none: none
    such)."""
    if not lex.how_many.isdisjoint(pairwise(ent.words)):
        return []
    # (not the "top" of "weren't in the top 10", the whole list left out, nor of "apart from the top 10")
    past = [*(_past_whole_list(ent, lex) if ent.query.get("negate") else ()), *found.get("bonus", ())]
    if any(not _within(c, past) for c in (*found.get("most", ()), *found.get("least", ()))):
        return []
    # ("they" only beside a word of the favourites already said, "any extra ones they liked": else the viewers)
    subjects = lex.favoured_subjects | lex.favoured_pronouns if found.get("bonus") else lex.favoured_subjects
    return [m for m in measures if m.payload == lex.favoured_measure and m.end - m.start == 1 and m.start
            and ent.words[m.start - 1] in subjects]


def _count_after_top(ent: Entities, lex: Lexicon, at: int) -> int | None:
    """The count right after word `at` when that word is "top" ("top 10": 10), else None."""
    said = ent.words
    return lex.whole_number(said[at + 1]) if 0 <= at < len(said) - 1 and said[at] in lex.top_words else None


def _within(m: Match, spans: list[Match]) -> bool:
    """Whether match `m` starts inside one of `spans` (its words part of theirs)."""
    return any(span.start <= m.start < span.end for span in spans)


def _past_whole_list(ent: Entities, lex: Lexicon) -> list[Match]:
    """ "not in the top 10", "weren't in the top ten" of ten: a negation, a word of being among ("in"), then the top
    of as many as the list has: the whole list left out, as a bonus cue past it (none: none such; not "don't want
    the top 10", "didn't the top 10 get 55m": no place among them denied)."""
    n, said, past = len(lex.dataset.videos), ent.words, []
    for m in ent.query["negate"]:
        k = m.end
        among = said[k - 1] in lex.among_words
        if not among and k < len(said) and said[k] in lex.among_words:
            k, among = k + 1, True
        k += k < len(said) and said[k] in lex.determiners
        if among and _count_after_top(ent, lex, k) == n:
            past.append(Match(m.start, k + 2, PAST_LIST_LEFT_OUT))
    return past


def _party_left_out(ent: Entities, lex: Lexicon, past: list[Match]) -> bool:
    """Whether the list is said to leave out a party, its name right before the negation ("<party> aren't in the top
    10", one word between at most): a remark about it (not "how many views did <party> get not in the top 10")."""
    ends = [ent.spans[p][1] for p in ent.parties if p in ent.spans]
    for m in past:
        # ("<party> aren't", "<party> obviously aren't", "<party> are not")
        after = lex.copula_negations.get(ent.words[m.start])
        if after is None or (after and (m.start == 0 or ent.words[m.start - 1] not in after)):
            continue
        if any(0 <= m.start - end <= 1 for end in ends):
            return True
    return False


def _closing_sum(ent: Entities, lex: Lexicon) -> bool:
    """Whether a verb that sums only closing the question does ("both <topic> vids added", "... added (<A> +
    <B>)": nothing but the names of what it adds after it; not "which videos were added last")."""
    k = next((k for k, w in enumerate(ent.words) if w in lex.closing_sum_words), None)
    # (a video word after a name, "(<name> one + <name> one)", and a closing "how many" are no more than the names)
    closing = {j for m in ent.query.get("operation", ()) if m.payload == "count" and m.end == len(ent.words)
               for j in range(m.start, m.end)}
    return k is not None and all(any(r.start <= j < r.end for r in ent.videos) or ent.words[j] in lex.separators
                                 or j in closing or ent.tokens[j].s in lex.video_words
                                 for j in range(k + 1, len(ent.words)))


def _list_said_once(ent: Entities) -> None:
    """ "the top 10 list": two list words with only a count between are one list said, weighed once (read twice,
    "what is the last in the top 10 list" tied a list with the last place)."""
    matches = sorted(ent.cue_matches["list"], key=lambda m: m.start)
    kept = [matches[0]]
    for m in matches[1:]:
        between = ent.words[kept[-1].end : m.start]
        if not (len(between) == 1 and between[0].isdigit()):
            kept.append(m)
    if len(kept) < len(matches):
        _keep_cue(ent, "list", kept)


def _bonus_left_out(ent: Entities, lex: Lexicon) -> None:
    """ "how many videos on the list, not counting the bonus ones": the bonus favourites left out, which the ranked
    list has none of: neither they nor the words leaving them out are asked about."""
    # (not "everything except #1 added up": a place left out, then the sum asked)
    pairs = [(m, cue) for cue in ent.cue_matches.get("bonus", ()) for m in ent.query["negate"]
             if (0 <= cue.start - m.end <= 1 and m.end not in ent.rank_at) or (
                 cue.start - m.end == 2 and ent.words[m.end] in lex.determiners)]
    if pairs:
        said, cue = pairs[0]
        _keep_unit(ent, "negate", lambda m: m is not said)
        _keep_cue(ent, "bonus", [c for c in ent.cue_matches["bonus"] if c is not cue])


def rate_unwanted(ent: Entities, lex: Lexicon, rate: Match) -> bool:
    """Whether a rate is said not to be wanted: a "not" right before it, or a few words before it with only wanting
    words between ("no need for per-day rates", "I shall not trouble you for per-day rates")."""
    return any(0 <= rate.start - m.end <= 1 or (0 <= rate.start - m.end <= UNWANTED_REACH and lex.unwanted_between
                                                 .issuperset(ent.words[m.end : rate.start]))
               for m in ent.query.get("negate", ()))


def _unwanted_rates(ent: Entities, lex: Lexicon) -> None:
    """ "no need for per-day rates", "I shall not trouble you for per-day rates": a rate said not to be wanted is
    not asked for (see rate_unwanted), its words still saying which figures are meant."""
    unwanted = [m for m in ent.query["rate"] if rate_unwanted(ent, lex, m)]
    if unwanted and len(unwanted) == len(ent.query["rate"]) and ent.cues.get("per_day"):
        # (the rate's words stay: they say which figures are meant, "without per-day rates, how did 2019 compare")
        ent.cues["per_day"] = 0.0


def _why_then_claim(ent: Entities, lex: Lexicon) -> None:
    """ "why <title> video is number 1": a reason asked of a place claimed, the verb after the video as learners of
    English put it (as "why is <title> number 1" does): the place is a claim to check."""
    opener = said_at(ent.words, 0, lex.reason_openers)
    if opener is None:
        return
    at = len(opener) + (ent.words[len(opener)] in lex.determiners if len(ent.words) > len(opener) else 0)
    ref = next((r for r in ent.videos if r.start == at and r.strong), None)
    if ref is None:
        return
    end = next((k for k in range(ref.end, len(ent.words)) if ent.tokens[k].s not in lex.video_words), len(ent.words))
    if end < len(ent.words) and ent.words[end] in lex.place_restated \
            and any(0 < k - end <= 2 for k in ent.rank_at):
        ent.query["premise"] = [Match(0, len(opener), "claim")]


def _figure_of_cast_titled(ent: Entities, lex: Lexicon) -> bool:
    """Whether the one figure said is exactly one video's views, and that video's title names who is in it."""
    if ent.ranks or len(ent.numbers) != 1 or not ent.numbers[0].scaled:
        return False
    found = lex.counts_between(ent.numbers[0].value, ent.numbers[0].value)
    return len(found) == 1 and found[0] in lex.cast_titled()


def _measures(ent: Entities, lex: Lexicon, measures: list[Match], postings: list[Match] | None,
              versus_said: list[Match] | None, platformed: bool = False) -> list[Match]:
    """The measures found that ask for a figure, not the words' other senses (`platformed`: a platform is said)."""
    payloads = list(map(_PAYLOAD, measures))
    placed = ent.ranks and all(1 <= r <= len(lex.by_place) and lex.by_place[r - 1] in lex.cast_titled()
                               for r in ent.ranks)
    if "video content" in payloads and ((ent.videos and all(r.best in lex.cast_titled() for r in ent.videos)) or (
            not ent.videos and (placed or _figure_of_cast_titled(ent, lex)))):
        # ("the <name> one, whos in it", "who appears in the number 5 video", "the vid with 3.1m views, who was in
        # it": its title names them, and the card gives its title)
        measures = [m for m in measures if m.payload != "video content"
                    or tuple(ent.words[m.start : m.end]) not in lex.cast_asks]
        payloads = [m.payload for m in measures]
    if ent.videos and not lex.article_words.isdisjoint(ent.words) and any(
            t.s in lex.video_words for t in ent.tokens) and any(
            tuple(ent.words[m.start : m.end]) in lex.age_asks for m in measures):
        # ("how old was <title> video when the article came out", "how old was the <name> one then": the days since
        # it was posted; not "how old was <name> when the article came out", a person's age)
        measures = [m for m in measures if tuple(ent.words[m.start : m.end]) not in lex.age_asks]
        payloads = [m.payload for m in measures]
        ent.cues["days"] = max(ent.cues.get("days", 0.0), CAMPAIGN_DAYS)
    if lex.running_measure in payloads and not ent.videos and (ent.years or not lex.campaign_measures.isdisjoint(
            payloads)) and not lex.campaign_spans.isdisjoint(ent.words):
        # "the duration of the 2017 campaign", "2017 ge retweets and duration": the days a campaign's figure
        # covers, not how long a video runs
        measures = [m for m in measures if m.payload != lex.running_measure]
        payloads = [m.payload for m in measures]
        ent.cues["days"] = max(ent.cues.get("days", 0.0), CAMPAIGN_DAYS)
    if not lex.dated_measures.isdisjoint(payloads) and (postings or any(
            m.payload == "days" for m in ent.query.get("operation", ()))):
        # "went up on polling day, didn't it?", "went out on polling day yeah? views?", "days between <title> and
        # <title> on election day": when it was posted, not a day's views (no views asked, or the day said right
        # after the posting word)
        viewed = "views" in payloads
        measures = [m for m in measures if m.payload not in lex.dated_measures or (
            viewed and not any(0 <= m.start - p.end <= 1 for p in postings or ()))]
        payloads = [m.payload for m in measures]
    if not lex.person_measures.isdisjoint(payloads):
        # "the presenter wants it for the intro", "money on the line": a word about people, a video's content or
        # money counts only beside someone named, a party, a video or a "who" ("who was presenting <programme>")
        # (or beside a figure of the data's, "the ad spend behind the 86m fb views": what it cost)
        anchors = [*(r.start for r in ent.videos), *(r.end for r in ent.videos),
                   *(a for s, e in ent.spans.values() for a in (s, e)),
                   *(i for i, t in enumerate(ent.tokens) if t.w in lex.person_question_words),
                   *(n.start for n in ent.numbers if n.scaled)]
        names = {r.start for r in ent.videos if ent.tokens[r.start].w not in lex.stopwords} | {
            s for s, _ in ent.spans.values()}
        # ("the <title> tweet text, presenter wants to read it out": whom the reply is for)
        campaign = [k for k, w in enumerate(ent.words) if w in lex.campaign_spans]
        measures = [m for m in measures if m.payload not in lex.person_measures
                    or (not said_at(ent.words, m.end, lex.wanting_verbs)
                        and any(m.start - PERSON_REACH <= a <= m.end + PERSON_REACH for a in (
                            [*anchors, *campaign] if m.payload in lex.campaign_anchored else anchors))
                        and (m.end in names or tuple(ent.words[m.start : m.end]) not in lex.person_before_name)
                        and not _recipient_at(ent, lex, m.start))]
        if ent.videos and any(m.payload == "views" for m in measures):
            # "the <title> episode, how many views": a word for the video itself, right after its name
            ends = {r.end for r in ent.videos}
            measures = [m for m in measures if m.payload not in lex.person_measures or m.start not in ends]
        payloads = [m.payload for m in measures]
    if ent.videos and measures and lex.how_many.isdisjoint(pairwise(ent.words)) and any(
            w in lex.question_words for w in ent.words) and not lex.programme_words.isdisjoint(
            t.s for t in ent.tokens):
        # "the <topic> video features reactions from which show": a form of a word of the video's title
        # ("reacts"), what it is about, when a programme is asked about, not a count (as "how many reactions",
        # "what reactions", "which got more reactions" ask one)
        titled = {w for r in ent.videos for v in r.candidates for w in lex.title_heads[v]}
        measures = [m for m in measures if m.end - m.start > 1 or len(ent.words[m.start]) < TITLE_HEAD
                    or ent.words[m.start][:TITLE_HEAD] not in titled
                    or (m.start > 0 and ent.words[m.start - 1] in lex.question_words)]
        payloads = [m.payload for m in measures]
    if (ent.numbers or ent.videos or ent.people) and any(
            m.payload not in lex.video_measures and m.payload not in lex.campaign_measures
            and said_at(ent.words, m.end, lex.claim_after) for m in measures):
        # ("what were the polls saying on <day>": nothing claimed after it, the claim itself is asked)
        # "another outlet saying <name> got 2.6m": who makes a claim (an outlet, a paper), not a fact asked of it
        # ("what were the polls saying the week <title> came out": what they said is asked, a question word before)
        measures = [m for m in measures if m.payload in lex.video_measures or m.payload in lex.campaign_measures
                    or not said_at(ent.words, m.end, lex.claim_after) or not lex.question_words.isdisjoint(
                        ent.words[max(0, m.start - CLAIM_ASKED_REACH) : m.start])]
        payloads = [m.payload for m in measures]
    if ent.days and ent.videos and not lex.date_asides.isdisjoint(payloads):
        # "<title> put up on the 17th of december just after the vote": the video's day said, described
        measures = [m for m in measures if m.payload not in lex.date_asides or not _after_day(ent, lex, m.start)]
        payloads = [m.payload for m in measures]
    if "running time" in payloads and not ent.videos:  # ("how many days did it run for": a campaign's length)
        measures = [m for m in measures if m.payload != "running time"]
        payloads = [m.payload for m in measures]
    versus = [v.start for v in versus_said or ()]
    if not lex.election_measures.isdisjoint(payloads) and (ent.videos or
            any(m.payload == "views" for m in measures) or any(t.s in lex.video_words for t in ent.tokens) or (
                # "<figure> this time vs 2017, who wins": a contest of the figures set against each other
                # ("top 3 combined vs the <party>'s 25 mil, who wins": a figure set against another, the contest
                # asked)
                versus and (ent.ranks or (any(n.scaled for n in ent.numbers) and any(
                    m.payload in lex.election_measures and m.start > 0 and ent.words[m.start - 1] in lex.question_words
                    for m in measures)) or any(
                    m.payload not in lex.election_measures and m.start < versus[0] for m in measures)))
            # ("who won on facebook, <party> or <party>", "did <party> lose on facebook": the figures on a platform)
            # ("who won the facebook war, <name> or <name>": the platform right after "the")
            or (platformed and any(m.payload in lex.election_measures and m.end + 1 < len(ent.words)
                                   and (ent.words[m.end] in lex.platform_markers or (
                                       ent.words[m.end] in lex.determiners
                                       and ent.words[m.end + 1] in lex.platform_words)) for m in measures))
            # ("<party> vs <party> on facebook, who won": two parties set against each other on a platform)
            or (versus and platformed and len(set(ent.parties)) > 1)):
        # "which video won", "who won the views race": a contest of views, not the election's
        # ("voted" only beside a video: "how many of the people who watched voted <party>" asks the election)
        video_said = bool(ent.videos) or any(t.s in lex.video_words for t in ent.tokens)
        measures = [m for m in measures if m.payload not in lex.election_measures or m.end - m.start > 1
                    or ent.words[m.start] not in lex.contest_words  # ("how many seats ... compare to views")
                    or _election_object(ent, lex, m.end) or _party_contest(ent, lex, m.start, m.end, measures)
                    # ("how many voted <party> after watching <title>": votes for the party, the election's; not
                    # "i voted <party>, which video ...", the asker's own vote)
                    or (any(ent.spans.get(p, (-1, -1))[0] == m.end for p in ent.parties)
                        and not (m.start > 0 and ent.words[m.start - 1] in lex.pronoun_subjects))
                    or (ent.words[m.start] in lex.video_contest_words and not video_said)]
    return measures


CONTEST_REACH = 3  # "<party> won big on facebook views": a platform or figure this near after the contest word


def _party_contest(ent: Entities, lex: Lexicon, start: int, end: int, measures: list[Match]) -> bool:
    """Whether a contest word right after a party's name is the election's ("why did <party> lose then, if the vids
    were so good"): not on a platform ("did <party> lose on facebook") nor over a figure said next ("<party> won the
    views race")."""
    days = {m.start for m in ent.query.get("weekday", ())}
    # (a marker of where with a weekday after it is a day's: "<party> wins on thursday")
    return any(ent.spans.get(p, (0, -1))[1] == start for p in ent.parties) and not any(
        ent.words[k] in lex.platform_markers and k + 1 not in days
        for k in range(end, min(end + CONTEST_REACH, len(ent.words)))) and not any(
        end <= m.start <= end + CONTEST_REACH for m in measures)


def _election_object(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether the words from `at` are the election's (a determiner first or not): "lose THE ELECTION" (not "won the
    vote for most views", a contest of views said as a vote)."""
    if at < len(ent.words) and ent.words[at] in lex.determiners:
        at += 1
    return at < len(ent.words) and ent.words[at] in lex.election_objects and not (
        at + 1 < len(ent.words) and ent.words[at + 1] in lex.election_objects_not_before)


def _after_day(ent: Entities, lex: Lexicon, at: int) -> bool:
    """Whether word `at` follows a day said ("the 17th of december (just) ..."), only function words between."""
    k = at - 1
    while k >= 0 and at - k <= 2 and ent.words[k] in lex.stopwords and k not in ent.covered:
        k -= 1
    return k >= 0 and k in ent.covered and (ent.words[k] in lex.months or k in ent.day_at)


BONUS_PAST_LIST = 2  # more weight to "besides the top <all of them>": past the whole list
RECIPIENT_REACH = 4  # words before "for"/"my" where a video word makes "for families" describe it
FAVOURED = 3.0  # "the ones they liked": as strong a bonus cue as "honourable mention"
PAST_LIST_LEFT_OUT = 5.0  # "not in the top 10" of ten: as strong a bonus cue as "outside the top 10"
PLATFORM_DESCRIBES_REACH = 5  # words from a platform to the video it describes ("tv sofa people reacting to")


def _describes(ent: Entities, lex: Lexicon, m: Match, measures: list[Match]) -> bool:
    """Whether a platform stands before a plain noun, no count said right before or after it, in words leading to a
    video or its own ("the tv sofa people reacting to the <topic> thing", not "youtube channel views"): what
    something in a video is, not where figures were counted."""
    at, n = m.end, len(ent.tokens)
    # ("the <title> one with the tv people reacting": after a video and "with", what is in it)
    featured = any(r.end <= m.start for r in ent.videos) and not lex.featuring_words.isdisjoint(
        ent.words[max(0, m.start - 2) : m.start])
    # (the video's own words may follow it at once: "the tv reaction one", a reaction on TV)
    if at >= n or not (featured or any(0 <= r.start - at <= PLATFORM_DESCRIBES_REACH for r in ent.videos)) or any(
            m.start == c.end or (m.start - c.end == 1 and ent.words[c.end] not in lex.determiners) for c in measures):
        # (a count said right before it, "views en youtube tuvo el <title> video": where it was counted; not "views the
        # tv sofa people ...", the start of a description)
        return False
    t = ent.tokens[at]
    # ("<people> watching" after the noun: what they do, no count)
    # (after "with", "the tv people": who is in it, a function word or not)
    return (t.w.isalpha() and (featured or t.w not in lex.stopwords) and t.s not in lex.video_words
            and t.w not in lex.question_words and t.w not in lex.platform_copies
            and t.w not in lex.platform_alone
            and not any(at <= c.start <= at + 2 and ent.words[c.start] not in lex.watch_words for c in measures))


def _chat_clause(ent: Entities, lex: Lexicon, at: int) -> int:
    """Where the clause with word `at` starts, when it is a later clause that says no question of its own ("...,
    gonna send it to the ward whatsapp"), else 0."""
    start = next((k for k in range(at, 0, -1) if break_after(ent, lex, k - 1, k)), 0)
    opener = ent.words[start] if start else ""
    return start if start and opener not in lex.yes_no_openers and opener not in lex.question_words else 0


def _platforms(ent: Entities, lex: Lexicon, platforms: list[Match], measures: list[Match],
               found: dict[str, list[Match]]) -> None:
    """Platforms named, and those kept as where figures were counted."""
    # (after a person's pronoun too: "did <name> post himself on twitter")
    posted = {p.end + (p.end < len(ent.words) and ent.words[p.end] in lex.person_pronouns)
              for p in found.get(_POSTING, ())}
    kept_end = -9
    for m in platforms:
        if said_at(ent.words, m.end, lex.claim_after) or said_before(ent.words, m.start, lex.heard_on):
            continue  # ("tiktok says ...", "saw it on tiktok": where a claim was heard, no count asked there)
        ent.platforms_named.append(m.payload)
        before = m.start - 1 - (m.start > 1 and ent.words[m.start - 1] in lex.platform_markers)
        if len(platforms) > 1 and before >= 0 and ent.words[before] in lex.negation_words:
            continue  # ("on twitter, not fb", "without facebook": said not to be wanted, another platform asked)
        # ("only the facebook views": a determiner may stand between; "<title>, only on twitter and how many on
        # facebook": a word of where too, of a video's count, the platform said on its own; a party's figures are
        # one platform's)
        before = m.start - 1 - (m.start > 1 and ent.words[m.start - 1] in lex.determiners)
        if ent.videos and before > 0 and ent.words[before] in lex.platform_markers and not (
                m.end < len(ent.tokens) and ent.tokens[m.end].s in lex.platform_joins
                and not lex.platform_words.isdisjoint(ent.words[m.end + 1 : m.end + 3])):
            before -= 1 + (before > 1 and ent.words[before - 1] in lex.determiners)
        if ((before >= 0 and ent.words[before] in lex.platform_alone_before) or (
                m.end < len(ent.words) and ent.words[m.end] in lex.platform_alone) or (
                # ("are they youtube views?": whether the counts are that platform's)
                m.end < len(ent.words) and ent.words[m.end] in lex.video_measures
                and any(w in lex.yes_no_openers and (j == 0 or ent.words[j - 1] not in lex.question_words)
                        for j, w in enumerate(ent.words[: m.start]) if m.start - j <= YES_NO_REACH)) or (
                # ("are the views from youtube", "r the view numbers from youtube or where": whether the counts come
                # from there, the count said right before)
                m.start > 1 and ent.words[m.start - 1] in lex.origin_markers and (
                    lex.measure_words.get(ent.words[m.start - 2]) in lex.video_measures
                    or lex.measure_words.get(ent.words[m.start - 3]) in lex.video_measures)
                and ent.words[0] in lex.origin_openers)) and not any(
                # (not "just the fb and twitter number": "just" said of the two together, no one platform alone)
                o.payload != m.payload and o.start in (m.end + 1, m.end + 2) and all(
                    t.s in lex.platform_joins for t in ent.tokens[m.end : o.start]) for o in platforms):
            ent.platforms_alone |= {m.payload}  # ("just youtube", "fb only": the platform a count may be from)
        if {m.start, m.start - 1} & posted and m.payload in lex.dataset.video_views.platforms:
            continue  # (put on a platform the counts do not cover: views there are asked, and not held)
        if (posted or found.get("poster")) and m.payload in lex.dataset.video_views.platforms and (any(
                o.payload == "posters" for o in found.get(QUERY_TABLE + "operation", ())) or (
                found.get("poster") and not measures)):
            # "who posted most of these videos on Twitter", "who put the top video out on twitter": where they were
            # posted
            continue
        if ent.videos and ((m.end < len(ent.tokens) and ent.tokens[m.end].s in lex.programme_words) or (
                not measures and any(t.s in lex.programme_words and k > 0 and ent.words[k - 1] in lex.question_words
                                     for k, t in enumerate(ent.tokens)))):
            # ("which shows more youtube views": a count asked, the platform where)
            continue  # "which TV show is in the video", "grilled on TV, which show": a programme, not a count
        if m.end < len(ent.words) and ent.words[m.end] in lex.platform_postmarkers and measures:
            ent.platforms.append(m.payload)  # ("youtube pe <title> ke views": on youtube, where the count is asked)
            kept_end = m.end
            continue
        if ent.videos and m.payload not in lex.dataset.video_views.platforms and _describes(ent, lex, m, measures):
            continue  # "the one with the tv sofa people reacting": a word describing what is in a video
        if m.end < len(ent.words) and ent.words[m.end] in lex.account_words:
            continue  # ("twitter handle of the top video": whose account, no count on a platform)
        if not measures and m.payload in lex.dataset.video_views.platforms and any(
                ent.spans.get(p, (0, -1))[1] == m.start and ent.spans[p][0] > 0
                and ent.words[ent.spans[p][0] - 1] in lex.origin_markers for p in ent.people):
            continue  # ("which vid wasnt from <name>'s twitter": whose account, no count on a platform)
        if m.end < len(ent.tokens) and ent.tokens[m.end].s in lex.platform_places:
            continue  # "a number for the whatsapp group": where the answer will be passed on, not a count
        if m.payload in lex.chat_platforms and (clause := _chat_clause(ent, lex, m.start)) and not any(
                c.start >= clause for c in measures):
            # ("link for number 1, to send to the ward whatsapp", "..., arguing about it on whatsapp": a chat app in a
            # clause of its own after the question, with no count said there, is where the asker talks, not where
            # views were counted; not "how many views did #1 get on whatsapp", "is it on whatsapp")
            continue
        if m.start > 0 and (ent.words[m.start - 1] in lex.platform_genres or (
                ent.words[m.start - 1] in lex.platform_owners and (measures or "operation" in ent.query))):
            # "its giving reality tv": a kind of programme; "top 5 views? to compare with my insta": the asker's own
            # account beside a count asked (alone, "my tiktok gets more", the platform is what is declined)
            continue
        if any(w in lex.passed_on_words for w in ent.words[max(0, m.start - 3) : m.start]):
            continue  # "the list my friend forwarded on WhatsApp": where a message came from, not a count
        if said_before(ent.words, m.start, lex.contrasts):
            continue  # "social media instead of TV": what it is set against, not asked about
        if m.start > 0 and ent.words[m.start - 1] in lex.watch_words and ent.videos:
            continue  # "the one where people on the sofa watch TV": what they watch, not where views were counted
        at = m.start - 1 - (m.start > 1 and ent.words[m.start - 1] in lex.determiners)  # ("from the TV")
        if (ent.videos and m.payload in lex.titled_platforms and at > 0 and ent.words[at] in lex.origin_markers
                and any(r.start <= at - 1 < r.end for r in ent.videos)
                and not any(abs(m.start - c.end) <= 1 or abs(c.start - m.end) <= 1 for c in measures)):
            continue  # "the <title words> from the TV": where someone in it came from ("views from TV": a count)
        # ("did <party> do <platform> n how many views there": a platform no figure is from is asked about
        # wherever it stands)
        unknown = m.payload not in lex.dataset.video_views.platforms and m.payload not in lex.metric_platforms
        if (any(abs(m.start - c.end) <= 1 or abs(c.start - m.end) <= 1 for c in measures)
                or _after_marker(ent.words, m.start, lex) or not (ent.videos or measures)
                or (m.start == 0 and measures)  # ("FB: <party> total views": the platform the question opens with)
                # "across Facebook and Twitter", "the facebook and the twitter": a list of them
                or m.start - kept_end <= 1 or (m.start - kept_end == 2 and ent.words[m.start - 1] in lex.determiners)
                # ("the combined fb and twitter view count": the first of a list of them, the list kept whole)
                or (m.end < len(ent.words) and ent.tokens[m.end].s in lex.platform_joins
                    and any(k.start == m.end + 1 for k in platforms))
                or ((measures or any(n.scaled and lex.is_a_count(n.value, FIGURE_TOLERANCE) for n in ent.numbers))
                    and m.end < len(ent.words) and ent.words[m.end] in lex.platform_alone)
                # ("how many of <title>'s views were just twitter", "<title>, how much of it was just facebook": a
                # count, or a share of a video named, asked of that platform alone)
                or (measures and m.payload in ent.platforms_alone and any(
                    o.payload == "count" or (ent.videos and o.payload in ("share", "share_of"))
                    for o in ent.query.get("operation", ())))
                # ("<title>, how much facebook alone": its count asked of that platform)
                or (ent.videos and m.payload in ent.platforms_alone and found.get("lookup"))
                # ("of the 13.4m, how many was twitter and how many facebook": a count asked of a platform, a
                # video's count said)
                or (any(n.scaled and lex.is_a_count(n.value, FIGURE_TOLERANCE) for n in ent.numbers) and any(
                    o.payload == "count" and 0 <= m.start - o.end <= 1 for o in ent.query.get("operation", ())))
                # ("how many of <title>'s 13.4m were twitter only": a video's count said is its views)
                or (unknown and measures and sum(c.payload for c in found.get("scope", ())) < SCOPE_CUE)
                # ("views of the <platform> version of <title>": its count there)
                or (measures and ent.videos and m.end < len(ent.words) and ent.words[m.end] in lex.platform_copies)):
            if (m.start - kept_end == 1 or (m.start - kept_end == 2 and ent.words[m.start - 1] in lex.determiners)) \
                    and ent.tokens[kept_end].s in lex.platform_joins:
                ent.platforms_joined = True  # (not "facebook or twitter": one of them asked)
            ent.platforms.append(m.payload)
            kept_end = m.end
    sums = [o for o in ent.query.get("operation", ()) if o.payload == "sum"] if ent.platforms_joined else []
    videos_said = bool(ent.videos) or not lex.video_words.isdisjoint(t.s for t in ent.tokens)
    if platforms and videos_said and any(o.end == platforms[0].start for o in sums) and (
            len(sums) > 1 or (not ent.numbers and lex.video_plurals.isdisjoint(ent.words))):
        # ("the combined fb and twitter view count for <title>", "sum of all ten, combined fb and twitter": the
        # platforms' total, which each count is; no videos added by it, as "combined facebook and twitter views of
        # the top 3" adds them)
        _keep_unit(ent, "operation", lambda o: not (o.payload == "sum" and o.end == platforms[0].start))
        for unit, said in found.items():  # (the word no cue of an intent's either)
            if not unit.startswith(QUERY_TABLE) and any(m.end == platforms[0].start for m in said):
                found[unit] = [m for m in said if m.end != platforms[0].start]
    if ent.platforms_joined and kept_end < len(ent.words):
        if ent.words[kept_end] in lex.each_words:
            # ("on facebook and twitter each": a count per platform, which the data does not split)
            ent.platforms_joined = False
            ent.cues["breakdown"] = max(ent.cues.get("breakdown", 0.0), 1.0)
        elif any(o.payload == "sum" and o.start == kept_end for o in ent.query.get("operation", ())):
            # ("on facebook and twitter combined": the platforms' total, which each count is; no videos added, and
            # the word no cue of an intent's; not "on facebook and twitter, how many ...")
            _keep_unit(ent, "operation", lambda o: not (o.payload == "sum" and o.start == kept_end))
            for unit, said in found.items():
                if not unit.startswith(QUERY_TABLE) and any(m.start == kept_end for m in said):
                    found[unit] = [m for m in said if m.start != kept_end]
