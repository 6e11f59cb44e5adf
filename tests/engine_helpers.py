"""Shared helpers for engine tests: a cached engine per dataset and the question-set check."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from bot.dataset.loader import load_dataset
from bot.engine import Engine
from bot.render.text import render_text

DATA = Path(__file__).parent / "data"
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


@lru_cache(maxsize=4)
def engine(path: str | None = None) -> Engine:
    """An engine on the shipped dataset (or another), built once per test session."""
    return Engine(load_dataset(path))


def ask(question: str, path: str | None = None) -> tuple[bool, str, str]:
    """(answered, intent, plain text) for a question."""
    answer = engine(path).answer(question)
    return answer.answered, answer.intent, render_text(answer)


def fold(text: str) -> str:
    """Fold case, quotes, markdown and spaces the way the shared scorer does."""
    text = re.sub(r"[*`~|\\]", "", text.translate(_QUOTES))
    return re.sub(r"\s+", " ", text).casefold()


def failure(item: dict, answered: bool, text: str) -> str | None:
    """Why a reply fails a question-set item, or None when it passes."""
    if item.get("refuse"):
        return "answered a question it should decline" if answered else None
    if not answered:
        return "declined a question it should answer"
    folded = fold(text)
    for element in item.get("expect", []) or []:
        options = element if isinstance(element, list) else [element]
        if not any(fold(str(o)) in folded for o in options):
            return f"missing {options!r}"
    for element in item.get("absent", []) or []:
        if fold(str(element)) in folded:
            return f"should not contain {element!r}"
    return None
