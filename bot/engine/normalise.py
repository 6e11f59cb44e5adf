"""Step 1 of the flow: raw text to a bounded list of normalised words (tokens)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

MAX_INPUT_CHARS = 1000  # longer messages are cut: nobody asks a stats question in more

# (a mention typed with a name instead of an id, "<@bot>", is one too; a channel's id is long, "<#2>" no channel)
_DISCORD_MARKUP = re.compile(r"<@[!&]?\w+>|<#\d{5,}>|<a?:\w+:\d+>")


def without_markup(text: str) -> str:
    """The text with Discord's mentions, channel links and custom emoji taken out (read as nothing)."""
    return _DISCORD_MARKUP.sub(" ", text) if "<" in text else text


def without_leading_mentions(text: str) -> str:
    """The text without Discord's markup and the "@name" mention opening it ("@bot !top": "!top")."""
    return _LEADING_MENTION.sub("", without_markup(text))


SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")  # between two sentences of a message (split on it)
_WEB_LINK = re.compile(r"(?:https?://|www\.)\S+")  # a link's parts are not words of the question
_LEADING_MENTION = re.compile(r"^\s*@\S+[\s,:]*")
_LEADING_PREFIX = re.compile(r"^\s*[!/?.$]+(?=[a-z])")
_PREFIX_MARKS = frozenset("!/?.$")  # what _LEADING_PREFIX looks for after leading spaces (a set: one hash look-up)
# (the comma first: the regex engine then scans for it alone, not trying the look-behind at every place)
_THOUSANDS = re.compile(r",(?<=\d,)(?=\d{3}(?:\D|$))")
# (each alternative starts differently; one letter then digits is one word, a code or a chat spelling: "Y6", "Q1:",
# "b4", never a letter and a figure)
# (a hashtag's number with a word right after it, "#60secondchallenge", is a number, no place "#60")
_WORD = re.compile(r"(?<=#)\d+(?=[a-z]{4})|(?<![a-z])[a-z]\d+(?![\d.a-z])|[a-z]+(?:'[a-z]+)*|\d+(?:\.\d+)?[a-z]*"
                   r"|#\d+(?!\d|[a-z]{4})")
# ("#3rd", "#1stplace": the place "#3", its ending said again, a word after it apart)
_TAG_ORDINAL = re.compile(r"(#\d+)(?:st|nd|rd|th)")
_SCIENTIFIC = re.compile(r"(\d+(?:\.\d+)?)e([3-9])")  # "5e6"
_SUFFIX_STRIP = ("'s", "'")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_LONE_AT = re.compile(r"(?<!\S)@(?=[\s?!.,]|$)")  # "their @ on twitter", "<name>s @?"
# "#6-#10": a range of places, read as "#6 to #10" (the word pattern drops dashes)
_PLACE_DASH = re.compile(r"(#\d+|\b\d+(?:st|nd|rd|th))\s*[-\u2013\u2014]\s*#?(?=\d)")
_PLACES_ADDED = re.compile(r"(#?\d+(?:st|nd|rd|th)?)\s*\+\s*(?=#?\d)")  # a "+" between two places or numbers
# "3.5m+", "3 million+": that figure or more (the sign on the figure, not after a code such as "GE19 +")
_FIGURE_PLUS = re.compile(r"(?<![a-z\d.,])(\d[\d.,]*(?:\s?[a-z]{1,7})?)\+(?!\s*[#\d])", re.IGNORECASE)
# French, Italian and Catalan elision ("l'<word>", "qu'il", "sull'<word>", "d'immigracio", "l'NHS"): the article or
# preposition joined to the next word by an apostrophe is its own word, not part of that word ("limmigration"); English
# has no word that starts so.
_ELIDED = re.compile(r"\b(l|d|qu|sull|dell|nell|dall|all|quell)'(?=[a-z])")
_PLACES_DIVIDED = re.compile(r"(#\d+)/(#\d+)")  # "#2/#10" (not "23/11", a date; not "#1 / #10", a list)
_NUMERO = re.compile(r"\bn\s*\u00b0\s*")  # "n°4": the number sign as much of Europe writes it ("nº" folds to "no")


def _unmarked(text: str) -> str:
    """The text without combining marks (the accents NFKD splits off): each distinct non-ASCII character is
    tested once (a test per character in Python, or `str.translate`, cost more than all the rest of folding)."""
    for ch in set(text).difference(_ASCII):
        if unicodedata.combining(ch):
            text = text.replace(ch, "")
        elif ch in _LETTERS_APART:  # ("første", "sæson": letters NFKD leaves whole)
            text = text.replace(ch, _LETTERS_APART[ch])
    return text


# Latin letters with no decomposition, read as the letters they are written for.
_LETTERS_APART = {"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
                  "ß": "ss", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ı": "i",  # (Turkish dotless i)
                  # (the open e and o of Akan, Ewe and other West African alphabets, typed as "e" and "o" without them)
                  "ɛ": "e", "Ɛ": "e", "ɔ": "o", "Ɔ": "o",
                  "ɣ": "gh", "Ɣ": "gh"}  # (the gamma of Berber and Ewe, typed as "gh")


_ASCII = frozenset(map(chr, range(128)))  # (no ASCII character is a combining mark)
_QUOTE_MARKS = ("\u2018", "\u2019", "\u02bc", "`", "\u00b4")  # each folds to "'"


class Token(NamedTuple):
    """One word: `w` as typed (folded, typo-corrected later), `s` its stem for matching names."""

    w: str
    s: str


def fold(text: str) -> str:
    """Lower-case, strip accents and Discord markup, fold quotes; bounded in length."""
    text = text[:MAX_INPUT_CHARS]
    # Each pass only when its trigger character is there: most chat has none of them.
    if "<" in text:
        text = without_markup(text)
    if "http" in text or "www." in text:
        text = _WEB_LINK.sub(" ", text)
    if "@" in text:
        text = _LEADING_MENTION.sub("", text)
    if "`" in text or not text.isascii():  # "`" is the one quote mark folded that is ASCII
        for mark in _QUOTE_MARKS:  # (a replace per mark there: `str.translate` reads a mapping per character)
            if mark in text:
                text = text.replace(mark, "'")
    if text.isascii():
        text = text.lower()  # the common case: nothing to decompose
    else:
        text = _unmarked(unicodedata.normalize("NFKD", text)).casefold()
        if "\u00b0" in text:
            text = _NUMERO.sub("no ", text)
    if "l'" in text or "qu'" in text or "d'" in text:
        text = _ELIDED.sub(r"\1 ", text)
    if text.lstrip()[:1] in _PREFIX_MARKS:
        text = _LEADING_PREFIX.sub("", text)
    if "%" in text:
        text = text.replace("%", " percent ")  # a symbol the word pattern drops
    if "/" in text and "#" in text:
        text = _PLACES_DIVIDED.sub(r"\1 divided by \2", text)  # ("#2/#10": one place's views over another's)
    if "+" in text:
        # "#4 + #5": two places added; "<title> + <title>", "views + who posted it": two things asked
        # ("3.5m+ views": that figure or more)
        text = _FIGURE_PLUS.sub(r"\1 or more ", _PLACES_ADDED.sub(r"\1 plus ", text)).replace("+", " and ")
    if "=" in text:
        text = text.replace("=", " is ")  # "top 3 = 30.1/3 = 10.3m": the asker's own sum, never a range of figures
    if "@" in text:
        text = _LONE_AT.sub(" handle ", text)  # "their @ on twitter": the handle
    if ("-" in text or "\u2013" in text or "\u2014" in text) and ("#" in text or _PLACE_DASH.search(text)):
        text = _PLACE_DASH.sub(r"\1 to #", text)
    return _THOUSANDS.sub("", text) if "," in text else text


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A light English stem, the same for data and questions: plural and possessive endings off."""
    for suffix in _SUFFIX_STRIP:
        if word.endswith(suffix):
            word = word[: -len(suffix)]
    word = word.replace("'", "")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def said_anywhere(said: Sequence[str], spaced: Iterable[str]) -> bool:
    """Whether any of the phrases, each written between spaces (" simplest form "), is said."""
    joined = f" {' '.join(said)} "
    return any(p in joined for p in spaced)


def said_at(said: Sequence[str], at: int, phrases: Iterable[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The first of the phrases that starts at word `at` of what was said, if one does."""
    return next((p for p in phrases if tuple(said[at : at + len(p)]) == p), None)


def said_spans(said: Sequence[str], phrases: Iterable[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Where the phrases are said: [start, end) of each place one starts (the first of them said there), in order."""
    phrases = tuple(phrases)
    return [(at, at + len(p)) for at in range(len(said)) if (p := said_at(said, at, phrases)) is not None]


def said_before(said: Sequence[str], at: int, phrases: Iterable[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The first of the phrases that ends right before word `at` ("according to" before a name), if one does."""
    return next((p for p in phrases if len(p) <= at and tuple(said[at - len(p) : at]) == p), None)


def words(text: str) -> list[str]:
    """The folded words of a text, apostrophes inside words dropped ("you're" -> "youre")."""
    folded = fold(text)
    if "'" not in folded:
        plain = folded.rstrip("?!. ")
        if plain.isascii() and plain.replace(" ", "").isalpha():
            return plain.split()  # letters and spaces only (half of all questions): the words as typed
    # A word never spans a space: each space-separated part read alone, most of them plain words (or a word and
    # a mark after it, "views?") that need no pattern.
    out = []
    for part in folded.split():
        if part.isalpha() and part.isascii():
            out.append(part)
            continue
        bare = part.rstrip("?!.,")
        if bare.isascii() and (bare.isalpha() or bare.rstrip(_LETTERS).isdigit()):  # ("views?", "2017", "10th")
            out.append(bare)
            continue
        if (sci := _SCIENTIFIC.fullmatch(bare.strip("()[]"))) is not None:  # ("views > 5e6": a figure as code writes)
            out.append(f"{float(sci[1]) * 10 ** int(sci[2]):.0f}")
            continue
        if "#" in part:
            part = _TAG_ORDINAL.sub(r"\1 ", part)
        for raw in _WORD.findall(part):
            if "'" in raw:
                if raw.endswith("'s"):
                    raw = raw[:-2]
                raw = raw.replace("'", "")
            out.append(raw)
    return out


def tokenise(text: str) -> list[Token]:
    """Words with their stems."""
    return [Token(w, stem(w)) for w in words(text)]


def stems(text: str) -> tuple[str, ...]:
    """The stems of a name or phrase, as the matcher compares them."""
    return tuple(stem(w) for w in words(text))
