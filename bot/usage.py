"""Command arguments the front-ends refuse with a usage line before asking the engine."""

from __future__ import annotations

import re

from bot.engine.answer import Answer

# "top", "!top" or "/top" and what follows it.
_TOP = re.compile(r"[!/]?top\s+(?P<arg>\S.*)", re.IGNORECASE | re.DOTALL)
_COUNT = re.compile(r"#?\d+")
_NUMBER = re.compile(r"[-+−]?\d+(?:[.,]\d+)?")


def bad_top_argument(text: str) -> bool:
    """Whether `text` is the top command with an argument that is not a count of videos.

    "top -3", "top 0" and "!top abc" are refused (the engine would list ten); "top 3" and a question in
    plain words that starts with the word ("top videos in november") are not.
    """
    match = _TOP.fullmatch(text.strip())
    if match is None:
        return False
    arg = match["arg"].strip()
    if _COUNT.fullmatch(arg):
        return int(arg.lstrip("#")) < 1
    # A number that is not a count is always wrong; other words only after an explicit "!top".
    return bool(_NUMBER.fullmatch(arg)) or text.lstrip()[:1] in "!/"


def top_usage(prefix: str = "") -> Answer:
    """The usage of top as an answer, so every front-end shows it the way it shows answers."""
    return Answer("usage", False, f"Usage: {prefix}top [n]",
                  (f"n is how many videos to list, 1 or more: for example `{prefix}top 3`.",))
