"""Unicode bars: a value drawn as block characters, for compact lists and the text chart."""

from __future__ import annotations

FULL = "█"
# Eighths of a cell, so bars of near values still differ visibly.
PARTIALS = ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")


def bar(value: float, maximum: float, width: int) -> str:
    """A bar of at most `width` cells for value out of maximum, padded with spaces to `width`."""
    if maximum <= 0 or value <= 0 or width <= 0:
        return " " * max(width, 0)
    eighths = round(min(value / maximum, 1.0) * width * 8)
    eighths = max(eighths, 1)  # a non-zero value always shows something
    full, part = divmod(eighths, 8)
    drawn = FULL * full + PARTIALS[part]
    return drawn + " " * (width - len(drawn))


def fit(text: str, width: int) -> str:
    """Text cut to `width` characters with "…", then padded with spaces to exactly `width`."""
    if len(text) > width:
        text = text[: max(width - 1, 0)].rstrip() + "…"
    return text.ljust(width)
