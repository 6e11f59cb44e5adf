"""The `Answer`: what the engine returns for every question or command, as plain data."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

LACKED = "I don't have "  # how a decline for what the data lacks opens (`Responder.refuse` reasons)
SPLIT_LACKED = f"{LACKED}the views split by platform, only one count per video."  # a video's views per platform


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


@dataclass(frozen=True, slots=True, init=False)
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

    def __init__(
        self,
        intent: str,
        answered: bool,
        title: str,
        lines: tuple[str, ...] = (),
        rows: tuple[Row, ...] = (),
        links: tuple[Link, ...] = (),
        suggestions: tuple[str, ...] = (),
        source: str | None = None,
        party: str | None = None,
        details: dict[str, object] | None = None,
    ) -> None:
        # Written out, each field set through its slot: the generated __init__ of a frozen dataclass calls
        # object.__setattr__ per field, twice the cost, and most replies build an Answer.
        _set_intent(self, intent)
        _set_answered(self, answered)
        _set_title(self, title)
        _set_lines(self, lines)
        _set_rows(self, rows)
        _set_links(self, links)
        _set_suggestions(self, suggestions)
        _set_source(self, source)
        _set_party(self, party)
        _set_details(self, {} if details is None else details)

    def with_suggestions(self, suggestions: tuple[str, ...]) -> Answer:
        """This answer with these suggestions (as `dataclasses.replace`, which reads the fields at every call)."""
        return Answer(self.intent, self.answered, self.title, self.lines, self.rows, self.links, suggestions,
                      self.source, self.party, self.details)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict of every field."""
        return asdict(self)


# Each field's slot setter (see `Answer.__init__`).
_set_intent = Answer.__dict__["intent"].__set__
_set_answered = Answer.__dict__["answered"].__set__
_set_title = Answer.__dict__["title"].__set__
_set_lines = Answer.__dict__["lines"].__set__
_set_rows = Answer.__dict__["rows"].__set__
_set_links = Answer.__dict__["links"].__set__
_set_suggestions = Answer.__dict__["suggestions"].__set__
_set_source = Answer.__dict__["source"].__set__
_set_party = Answer.__dict__["party"].__set__
_set_details = Answer.__dict__["details"].__set__
