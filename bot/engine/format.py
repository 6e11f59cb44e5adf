"""How figures and dates read in every reply: counts in full, then a short form."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache


def count(n: float) -> str:
    """A count in full with thousands separators: 13,400,000."""
    return f"{round(n):,}"


def against(value: float, bar: float) -> str:
    """Where a figure stands against one said: "over 5,000,000, by 347,000", "under 3,000,000, 253,000 short"."""
    if value == bar:
        return f"exactly {count(bar)}"
    if value > bar:
        return f"over {count(bar)}, by {count(value - bar)}"
    return f"under {count(bar)}, {count(bar - value)} short"


def short(n: float) -> str:
    """A short form: 13.4M, 2.747M, 147K."""
    for size, unit in ((1_000_000_000, "B"), (1_000_000, "M"), (1_000, "K")):
        if abs(n) >= size:
            text = f"{n / size:.3f}".rstrip("0").rstrip(".")
            return f"{text}{unit}"
    return count(n)


def both(n: float) -> str:
    """Full, then short when it says something shorter: "13,400,000 (13.4M)"."""
    return f"{count(n)} ({short(n)})" if abs(n) >= 1000 else count(n)


def words_million(n: float) -> str:
    """A round figure the way the source says it: "86 million"."""
    if abs(n) >= 1_000_000:
        text = f"{n / 1_000_000:.3f}".rstrip("0").rstrip(".")
        return f"{text} million"
    return count(n)


_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def spoken(n: float) -> str:
    """A whole count in words, as said in British English: "two million, seven hundred and forty-seven thousand"."""
    n = round(n)
    if n < 0:
        return "minus " + spoken(-n)
    if n == 0 or n >= 1_000_000_000_000:
        return _ONES[0] if n == 0 else count(n)  # (no count in the data comes near a trillion)
    parts = []
    units = n % 1000
    for size, name in ((1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand"), (1, "")):
        chunk, n = divmod(n, size)
        if chunk:
            parts.append(f"{_hundreds(chunk)} {name}".strip())
    if len(parts) > 1 and 0 < units < 100:
        parts[-1] = "and " + parts[-1]  # "one million and five": a last part under a hundred
    return ", ".join(parts).replace(", and ", " and ")


def _hundreds(n: int) -> str:
    """1-999 in words: "seven hundred and forty-seven"."""
    hundreds, rest = divmod(n, 100)
    tens = _ONES[rest] if rest < 20 else _TENS[rest // 10] + (f"-{_ONES[rest % 10]}" if rest % 10 else "")
    if not hundreds:
        return tens
    return f"{_ONES[hundreds]} hundred" + (f" and {tens}" if rest else "")


@lru_cache(maxsize=4096)
def day(d: date) -> str:
    """A readable date: 23 November 2019."""
    return f"{d.day} {d:%B %Y}"


_MONTH_NUMBER = {f"{date(2000, m, 1):%B}": m for m in range(1, 13)}
_DAY_SHOWN = re.compile(rf"\b([1-9]|[12][0-9]|3[01]) ({'|'.join(_MONTH_NUMBER)}) ([0-9]{{4}})\b")  # as `day` writes


def gives_a_day(text: str) -> bool:
    """Whether the text has a day written as `day` writes it."""
    return _DAY_SHOWN.search(text) is not None


def with_weekdays(text: str) -> str:
    """Each day written as `day` writes it, with its weekday before it: "Saturday 23 November 2019"."""

    def named(m: re.Match[str]) -> str:
        try:
            shown = date(int(m.group(3)), _MONTH_NUMBER[m.group(2)], int(m.group(1)))
        except ValueError:  # (a day no month has, echoed from the question: "not 31 November 2019")
            return m.group(0)
        weekday = f"{shown:%A}"
        # (already named: an answer put together from others that were given their weekdays)
        return m.group(0) if text[max(0, m.start() - len(weekday) - 1) : m.start()].startswith(weekday) else \
            f"{weekday} {m.group(0)}"

    return _DAY_SHOWN.sub(named, text)


def month(m: int) -> str:
    """A month's name as dates read: "December"."""
    return f"{date(2000, m, 1):%B}"


def ratio(a: float, b: float, places: int | None = None) -> str:
    """How many times a is of b: to the places asked, else one decimal ("3.4"), two where one would hide a
    near tie ("1.03", not "1.0")."""
    if not b:
        return "n/a"
    r = a / b
    if places is not None:
        return f"{r:.{places}f}"
    return f"{r:.2f}" if f"{r:.1f}".endswith(".0") and abs(r - round(r)) >= 0.005 else f"{r:.1f}"


def percent(value: float, places: int | None = None) -> str:
    """A percentage to the places asked, else one decimal, none for a whole one: "77.5%", "40%"."""
    if places is None and abs(value - round(value)) < 1e-9:
        return f"{round(value)}%"  # (an exact 40 is "40%", as people write it; 39.96 stays "40.0%")
    return f"{value:.{1 if places is None else places}f}%"


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def https(link: str) -> str:
    """A media link as an https URL."""
    return link if link.startswith(("https://", "http://")) else f"https://{link}"


_PARTS = {3: "third", 4: "quarter", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth"}


def factor(f: float) -> str:
    """A scale as said before a figure: "half", "double", "3 times"."""
    if 1 < f < 2:
        return f"{(f - 1) * 100:g}% more than"  # ("10% more views": 1.1 times, as it was asked)
    if f < 1 and f not in (0.5, 0.25) and abs(f * 100 - round(f * 100, 1)) < 1e-9:
        return f"{f * 100:g}% of"  # ("10% of <title>'s views": a part, as it was asked)
    if f < 1 and (k := round(1 / f)) in _PARTS and abs(k * f - 1) < 1e-9:
        return f"a {_PARTS[k]} of"  # ("a third of <title>'s views")
    return {0.5: "half", 0.25: "a quarter of", 2.0: "double", 3.0: "triple"}.get(f, f"{f:g} times")


def possessive(name: str) -> str:
    """ "<name>'s", or "<name>'" when the name ends in s ("<people>' figure")."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"
