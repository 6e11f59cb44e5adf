"""The `Answer`: what the engine returns for every question or command, as plain data."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a ranked list (a video and its count), so renderers can draw bars or charts."""

    rank: int
    label: str
    value: int
    party: str | None = None


@dataclass(frozen=True, slots=True)
class Link:
    """A link to show with the answer: always an https URL."""

    label: str
    url: str


@dataclass(frozen=True, slots=True)
class Answer:
    """A reply, independent of where it is shown.

    `lines` come first and the first of them is the direct answer; `rows` is a ranked list (may be
    empty); `answered` is False exactly when the asked fact is not in the data or the question was
    not understood. `suggestions` are questions the bot can answer instead.
    """

    intent: str
    answered: bool
    title: str
    lines: tuple[str, ...] = ()
    rows: tuple[Row, ...] = ()
    links: tuple[Link, ...] = ()
    suggestions: tuple[str, ...] = ()
    source: str | None = None  # one short source line on every stats reply
    party: str | None = None  # party id, for the renderer's colour
    details: dict[str, object] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict of every field."""
        return asdict(self)
