"""Step 3 of the flow, as data: a question about the videos read as a small typed query.

Which videos (filters), in which order, which slice of them, and one operation on the result. The
parser (`query_parse.py`) fills it from the words; the executor (`query_execute.py`) computes it from
the dataset. Nothing here knows a dataset's names: videos are indices into `Dataset.videos`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields
from datetime import date
from operator import attrgetter
from typing import Any, Literal, TypeVar

Field = Literal["views", "posted"]
# An operation is a name of the executor's registry (query_execute.OPERATIONS); an aggregate, how one side
# of a comparison is read: "value" (one video's count), "date", "count", or a set figure of AGGREGATES.
Operation = str
Aggregate = str
_T = TypeVar("_T")


def _record(*nested: str, many: tuple[str, ...] = ()) -> Callable[[type[_T]], type[_T]]:
    """A frozen dataclass made cheaper to build, hash and compare (every query is a key of the answers' memo).

    `__init__` sets each field through its slot's descriptor (the generated one goes through
    object.__setattr__ for every field, about twice the cost). It also stores `_k`, the record as one
    plain tuple: its class, then its fields, a record in a field (`nested`, or each of a tuple in `many`)
    by its own `_k`. Hashing and comparing a query is then one tuple's, done in C, not a Python call per
    record inside it; two records are equal exactly when their classes and fields are.
    """

    def make(cls: type[_T]) -> type[_T]:
        own = [f for f in fields(cls) if f.init]  # type: ignore[arg-type]
        if any(f.default_factory is not MISSING for f in own):
            raise TypeError(f"{cls.__name__}: a default factory is not read here")
        names = [f.name for f in own]
        namespace: dict[str, Any] = {f"_set_{n}": getattr(cls, n).__set__ for n in [*names, "_k"]}
        namespace |= {f"_default_{f.name}": f.default for f in own if f.default is not MISSING}
        namespace |= {"_cls": cls, "_key_of": _KEY_OF}
        params = ", ".join(f"{n}=_default_{n}" if f"_default_{n}" in namespace else n for n in names)
        parts = [f"({n}._k if {n} is not None else None)" if n in nested else
                 f"tuple(map(_key_of, {n}))" if n in many else n for n in names]
        body = "".join(f"\n    _set_{n}(self, {n})" for n in names)
        exec(f"def __init__(self, {params}):{body}\n    _set__k(self, (_cls, {', '.join(parts)}))", namespace)
        namespace["__init__"].__qualname__ = f"{cls.__qualname__}.__init__"
        setattr(cls, "__init__", namespace["__init__"])  # noqa: B010 (mypy: no assigning to a method)
        setattr(cls, "__eq__", _eq)  # noqa: B010
        setattr(cls, "__hash__", _hash)  # noqa: B010
        return cls

    return make


_KEY_OF = attrgetter("_k")


def _eq(self: Any, other: object) -> bool:
    return self._k == other._k if other.__class__ is self.__class__ else NotImplemented  # type: ignore[attr-defined]


def _hash(self: Any) -> int:
    return hash(self._k)


@_record()
@dataclass(frozen=True, slots=True)
class PostedBy:
    """Videos whose tweet was posted by one of these people (or, negated, by none of them)."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    people: tuple[str, ...]
    negate: bool = False


@_record()
@dataclass(frozen=True, slots=True)
class PostedBetween:
    """Videos posted from `start` to `end`, both included; an open end is None."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    start: date | None
    end: date | None

    def covers(self, day: date | None) -> bool:
        """Whether a video posted on this day passes (no day: never)."""
        return day is not None and (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@_record()
@dataclass(frozen=True, slots=True)
class OnWeekdays:
    """Videos posted on one of these days of the week (Monday 0 ... Sunday 6): "on a Monday", "at the weekend"."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    weekdays: tuple[int, ...]

    def covers(self, day: date | None) -> bool:
        """Whether a video posted on this day passes (no day: never)."""
        return day is not None and day.weekday() in self.weekdays


@_record()
@dataclass(frozen=True, slots=True)
class PostedOn:
    """Videos posted on any of these days ("on 11 and 12 December")."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    days: tuple[date, ...]

    def covers(self, day: date | None) -> bool:
        """Whether a video posted on this day passes (no day: never)."""
        return day is not None and day in self.days


@_record("dates")
@dataclass(frozen=True, slots=True)
class NotPosted:
    """Videos not posted on the days a date filter holds ("not posted in December"), and those with no date."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    dates: PostedBetween | PostedOn

    def covers(self, day: date | None) -> bool:
        """Whether a video posted on this day passes (no day: always)."""
        return not self.dates.covers(day)


@_record()
@dataclass(frozen=True, slots=True)
class TitleHas:
    """Videos whose title has these words (stems), as said ("the ones with <name> in the title")."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    stems: tuple[str, ...]
    said: str


@_record()
@dataclass(frozen=True, slots=True)
class ViewsBetween:
    """Videos with more than `low` and fewer than `high` views (or as many, when inclusive); open: None."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    low: float | None
    high: float | None
    inclusive: bool = False


@_record()
@dataclass(frozen=True, slots=True)
class Named:
    """These videos (indices into the dataset), or, negated, every video but these."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    videos: tuple[int, ...]
    negate: bool = False


@_record()
@dataclass(frozen=True, slots=True)
class Ranks:
    """Positions in views order, from the top (1 is the most viewed); negated: every other position."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    positions: tuple[int, ...]
    negate: bool = False


@_record()
@dataclass(frozen=True, slots=True)
class Beyond:
    """Videos with more of the measure than another video (or, `fewer`, less): "more views than X"."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    anchor: int
    fewer: bool = False


@_record("order")
@dataclass(frozen=True, slots=True)
class Within:
    """Videos strictly between two videos in an ordering: "what's between X and Y in the list"."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    first: int
    second: int
    order: Order


@_record("order")
@dataclass(frozen=True, slots=True)
class Beside:
    """The videos right either side of a video in an ordering: "the two either side of X"."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    anchor: int
    order: Order


@_record()
@dataclass(frozen=True, slots=True)
class Tweeted:
    """Videos the source gives a tweet for (or, negated, none)."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    negate: bool = False


@_record()
@dataclass(frozen=True, slots=True)
class Hashtagged:
    """Videos whose tweet carries a hashtag (or, negated, those whose tweet carries none)."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    negate: bool = False


@_record()
@dataclass(frozen=True, slots=True)
class Rounded:
    """Videos whose count is a whole multiple of `step` ("a round 100k number"), or, negated, is not ("the only
    view figure that isn't rounded")."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    step: int
    negate: bool = False


@_record("items")
@dataclass(frozen=True, slots=True)
class Among:
    """The videos of another selection ("of the top 5, ...", "among the three earliest, ...")."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    items: Selection


Filter = (PostedBy | PostedBetween | PostedOn | NotPosted | OnWeekdays | TitleHas | ViewsBetween | Named | Ranks
          | Tweeted | Beyond | Among | Within | Beside | Hashtagged | Rounded)


@_record()
@dataclass(frozen=True, slots=True)
class Order:
    """An ordering of the selected videos."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    field: Field
    descending: bool


@_record()
@dataclass(frozen=True, slots=True)
class Slice:
    """Which of the ordered videos: the first `n` (`from_end`: the last n), or those at `positions` (a
    negative one counts from the end: (1, -1) is both ends)."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    n: int | None = None
    positions: tuple[int, ...] = ()
    from_end: bool = False

    @property
    def both_ends(self) -> bool:
        """One place from each end ("the first and the last": 1 and -1; "the 2nd most and 2nd least": 2 and -2)."""
        return len(self.positions) == 2 and self.positions[0] > 0 > self.positions[1]


@_record("order")
@dataclass(frozen=True, slots=True)
class Relative:
    """The video `offset` places after `anchor` in an ordering (negative: before it)."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    anchor: int
    order: Order
    offset: int
    asked: bool = False  # the anchor asked about too ("<title>'s views and the one below it")


@_record("order", "slice", "relative", many=("filters",))
@dataclass(frozen=True, slots=True)
class Selection:
    """Which videos: filters, then an order and a slice, or a place relative to another video."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    filters: tuple[Filter, ...] = ()
    order: Order | None = None
    slice: Slice | None = None
    relative: Relative | None = None


@_record("items")
@dataclass(frozen=True, slots=True)
class Operand:
    """One side of a two-sided operation: a selection and how it becomes one figure."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    items: Selection
    aggregate: Aggregate = "value"
    factor: float = 1.0  # "half of", "double": the figure scaled
    added: float = 0.0  # "if it had another 200k": an amount added to the figure (after scaling)
    supposed: bool = False  # said as a hypothetical ("if it lost half its views"): where it would then stand shown


@_record("items", "other", "whole")
@dataclass(frozen=True, slots=True)
class Query:
    """A whole question about the videos.

    `op` works on `items`; two-sided operations (difference, ratio, change, days) compare `items` with
    `other`; `share` divides `items` by `whole`; a grouping (by_month, by_weekday) splits `items` by when each was
    posted, ranked by `items.aggregate` ("count" or "sum"). `field` is what a one-field answer shows.
    """

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    op: Operation
    items: Operand
    other: Operand | None = None
    whole: Selection | None = None
    field: Field = "views"
    measure: str = "views"  # the per-video count computed on: views, or another the dataset gives ("likes")
    places: int | None = None  # decimal places asked for a ratio or a percentage ("2dp")
    way: tuple[str, str] | None = None  # "is A higher or lower than B": the words for A above B, and below it
    also: tuple[Aggregate, ...] = ()  # other set figures asked of the same videos ("the total and the average")
    # Of groups of the videos (by_month, by_weekday): the group with the most or the least asked, or every group
    extreme: Literal["most", "least"] | None = None
    place: int = 1  # which group from that end ("which month had the second most views": 2)
    bar: float | None = None  # a figure the set figure is set against ("do <A> and <B> beat 5m together")


Rate = Literal["total", "per_day", "per_week", "days"]


@_record()
@dataclass(frozen=True, slots=True)
class MetricQuery:
    """Arithmetic on campaign-level figures (a party's views, a person's retweets in a period).

    `metrics` are ids in the order the question names them; for `change` the first is the base. For
    `share`, `metrics[0]` is the part and `whole` the figures it is a share of. `rate` reads each
    figure as a total, a rate per day or week over its period, or the period's length in days.
    """

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    op: Literal["sum", "mean", "difference", "ratio", "share", "change"]
    metrics: tuple[str, ...]
    rate: Rate = "total"
    whole: tuple[str, ...] = ()
    also: tuple[str, ...] = ()  # further two-sided operations asked in the same question ("the gap, and ...")
    places: int | None = None  # decimal places asked for a ratio or a percentage ("2dp")
    factor: float = 1.0  # the first figure supposed scaled ("if the <party> doubled their views")
    added: float = 0.0  # ... or with an amount added or taken ("if <name>'s retweets had 500k more")


@_record()
@dataclass(frozen=True, slots=True)
class PersonQuery:
    """What the data has on one person: their handle and the videos they posted."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    person: str


@_record()
@dataclass(frozen=True, slots=True)
class Unanswerable:
    """A question the data cannot answer, found while parsing: why, and the figures it does have."""

    _k: tuple[object, ...] = field(init=False, repr=False, compare=False)  # set by `_record`
    reason: str
    metrics: tuple[str, ...] = ()  # ids of related figures to show instead
