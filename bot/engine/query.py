"""Step 3 of the flow, as data: a question about the videos read as a small typed query.

Which videos (filters), in which order, which slice of them, and one operation on the result. The
parser (`query_parse.py`) fills it from the words; the executor (`query_execute.py`) computes it from
the dataset. Nothing here knows a dataset's names: videos are indices into `Dataset.videos`.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from datetime import date
from typing import Any, Literal, TypeVar

Field = Literal["views", "posted"]
# An operation is a name of the executor's registry (query_execute.OPERATIONS); an aggregate, how one side
# of a comparison is read: "value" (one video's count), "date", "count", or a set figure of AGGREGATES.
Operation = str
Aggregate = str
_T = TypeVar("_T")


def _quick_init(cls: type[_T]) -> type[_T]:
    """The same __init__ as the frozen dataclass's, setting each field through its slot's descriptor.

    The generated one goes through object.__setattr__ for every field, about twice the cost; a few of these
    records are made for every question. They stay frozen: only __init__ sets a field.
    """
    own = fields(cls)  # type: ignore[arg-type]
    if any(f.default_factory is not MISSING for f in own):
        raise TypeError(f"{cls.__name__}: a default factory is not read here")
    names = [f.name for f in own]
    namespace: dict[str, Any] = {f"_set_{n}": getattr(cls, n).__set__ for n in names}
    namespace |= {f"_default_{f.name}": f.default for f in own if f.default is not MISSING}
    params = ", ".join(f"{n}=_default_{n}" if f"_default_{n}" in namespace else n for n in names)
    body = "".join(f"\n    _set_{n}(self, {n})" for n in names)
    exec(f"def __init__(self, {params}):{body}", namespace)
    namespace["__init__"].__qualname__ = f"{cls.__qualname__}.__init__"
    setattr(cls, "__init__", namespace["__init__"])  # noqa: B010 (mypy: no assigning to a method)
    return cls


@_quick_init
@dataclass(frozen=True, slots=True)
class PostedBy:
    """Videos whose tweet was posted by one of these people (or, negated, by none of them)."""

    people: tuple[str, ...]
    negate: bool = False


@_quick_init
@dataclass(frozen=True, slots=True)
class PostedBetween:
    """Videos posted from `start` to `end`, both included; an open end is None."""

    start: date | None
    end: date | None


@_quick_init
@dataclass(frozen=True, slots=True)
class PostedOn:
    """Videos posted on any of these days ("on 11 and 12 December")."""

    days: tuple[date, ...]


@dataclass(frozen=True, slots=True)
class TitleHas:
    """Videos whose title has these words (stems), as said ("the ones with <name> in the title")."""

    stems: tuple[str, ...]
    said: str


@dataclass(frozen=True, slots=True)
class ViewsBetween:
    """Videos with more than `low` and fewer than `high` views (or as many, when inclusive); open: None."""

    low: float | None
    high: float | None
    inclusive: bool = False


@_quick_init
@dataclass(frozen=True, slots=True)
class Named:
    """These videos (indices into the dataset), or, negated, every video but these."""

    videos: tuple[int, ...]
    negate: bool = False


@_quick_init
@dataclass(frozen=True, slots=True)
class Ranks:
    """Positions in views order, from the top (1 is the most viewed); negated: every other position."""

    positions: tuple[int, ...]
    negate: bool = False


@_quick_init
@dataclass(frozen=True, slots=True)
class Beyond:
    """Videos with more of the measure than another video (or, `fewer`, less): "more views than X"."""

    anchor: int
    fewer: bool = False


@_quick_init
@dataclass(frozen=True, slots=True)
class Within:
    """Videos strictly between two videos in an ordering: "what's between X and Y in the list"."""

    first: int
    second: int
    order: Order


@_quick_init
@dataclass(frozen=True, slots=True)
class Tweeted:
    """Videos the source gives a tweet for (or, negated, none)."""

    negate: bool = False


@_quick_init
@dataclass(frozen=True, slots=True)
class Among:
    """The videos of another selection ("of the top 5, ...", "among the three earliest, ...")."""

    items: Selection


Filter = (PostedBy | PostedBetween | PostedOn | TitleHas | ViewsBetween | Named | Ranks | Tweeted | Beyond | Among
          | Within)


@_quick_init
@dataclass(frozen=True, slots=True)
class Order:
    """An ordering of the selected videos."""

    field: Field
    descending: bool


@_quick_init
@dataclass(frozen=True, slots=True)
class Slice:
    """Which of the ordered videos: the first `n` (`from_end`: the last n), or those at `positions` (a
    negative one counts from the end: (1, -1) is both ends)."""

    n: int | None = None
    positions: tuple[int, ...] = ()
    from_end: bool = False


@_quick_init
@dataclass(frozen=True, slots=True)
class Relative:
    """The video `offset` places after `anchor` in an ordering (negative: before it)."""

    anchor: int
    order: Order
    offset: int


@_quick_init
@dataclass(frozen=True, slots=True)
class Selection:
    """Which videos: filters, then an order and a slice, or a place relative to another video."""

    filters: tuple[Filter, ...] = ()
    order: Order | None = None
    slice: Slice | None = None
    relative: Relative | None = None


@_quick_init
@dataclass(frozen=True, slots=True)
class Operand:
    """One side of a two-sided operation: a selection and how it becomes one figure."""

    items: Selection
    aggregate: Aggregate = "value"
    factor: float = 1.0  # "half of", "double": the figure scaled


@_quick_init
@dataclass(frozen=True, slots=True)
class Query:
    """A whole question about the videos.

    `op` works on `items`; two-sided operations (difference, ratio, change, days) compare `items` with
    `other`; `share` divides `items` by `whole`. `field` is what a one-field answer shows.
    """

    op: Operation
    items: Operand
    other: Operand | None = None
    whole: Selection | None = None
    field: Field = "views"
    measure: str = "views"  # the per-video count computed on: views, or another the dataset gives ("likes")
    places: int | None = None  # decimal places asked for a ratio or a percentage ("2dp")


Rate = Literal["total", "per_day", "per_week", "days"]


@_quick_init
@dataclass(frozen=True, slots=True)
class MetricQuery:
    """Arithmetic on campaign-level figures (a party's views, a person's retweets in a period).

    `metrics` are ids in the order the question names them; for `change` the first is the base. For
    `share`, `metrics[0]` is the part and `whole` the figures it is a share of. `rate` reads each
    figure as a total, a rate per day or week over its period, or the period's length in days.
    """

    op: Literal["sum", "mean", "difference", "ratio", "share", "change"]
    metrics: tuple[str, ...]
    rate: Rate = "total"
    whole: tuple[str, ...] = ()
    also: tuple[str, ...] = ()  # further two-sided operations asked in the same question ("the gap, and ...")
    places: int | None = None  # decimal places asked for a ratio or a percentage ("2dp")


@_quick_init
@dataclass(frozen=True, slots=True)
class PersonQuery:
    """What the data has on one person: their handle and the videos they posted."""

    person: str


@_quick_init
@dataclass(frozen=True, slots=True)
class Unanswerable:
    """A question the data cannot answer, found while parsing: why, and the figures it does have."""

    reason: str
    metrics: tuple[str, ...] = ()  # ids of related figures to show instead
