"""Bar charts of the dataset: the most viewed videos, or the parties' view figures.

`chart_spec` describes a chart from the dataset alone; `chart_png` draws it with matplotlib (an optional
extra, imported only here and only when drawing) and caches the PNG per dataset; `text_chart` is the
fallback without matplotlib: the same bars as Unicode blocks in a code block.
"""

from __future__ import annotations

import io
import textwrap
import threading
from collections import OrderedDict
from dataclasses import dataclass

from bot.dataset.schema import Dataset
from bot.engine import format as fmt
from bot.render.bars import bar, fit

METRICS = ("views", "parties")
METRIC_ALIASES = {"views": "views", "videos": "views", "top": "views",
                  "parties": "parties", "party": "parties", "compare": "parties"}
ENABLE_IMAGES = "For chart images, install the charts extra from the bot's folder: .venv/bin/pip install '.[charts]'"
TOP_VIDEOS = 10  # bars in the videos chart: more would not be readable at Discord's image size
NEUTRAL = "#99AAB5"

# A dark card that reads the same in Discord's dark and light themes: it matches the dark theme's
# embed background, and on the light theme it stands out as a self-contained image.
BACKGROUND = "#2B2D31"
TEXT = "#F2F3F5"
MUTED = "#B5BAC1"
WIDTH_IN, DPI = 9.0, 120  # 1,080 px wide; fonts sized to stay legible when Discord shows it ~450 px wide


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: its label, value, the value as shown (qualifier kept), colour, party and rank if ranked."""

    label: str
    value: int
    shown: str
    colour: str
    party: str | None = None
    rank: int | None = None

    @property
    def ranked_label(self) -> str:
        """The label with its rank in front: "#1 Our wonderful NHS"."""
        return f"#{self.rank} {self.label}" if self.rank is not None else self.label


@dataclass(frozen=True, slots=True)
class ChartSpec:
    """Everything a chart shows, independent of how it is drawn."""

    metric: str
    title: str
    subtitle: str
    bars: tuple[Bar, ...]
    source: str
    legend: tuple[tuple[str, str], ...] = ()  # (party name, colour), when bars have several parties


def normalise_metric(name: str | None) -> str | None:
    """The chart name for what the user typed ("compare" -> "parties"), or None if unknown."""
    return METRIC_ALIASES.get((name or "views").strip().lower())


def source_line(ds: Dataset) -> str:
    """The same source line the engine puts on every stats reply."""
    party = ds.party(ds.source.claimed_by)
    who = party.name if party else ds.source.claimed_by
    return f"Source: article of {fmt.day(ds.source.published)}; figures {ds.source.attribution} ({who})."


def chart_spec(ds: Dataset, metric: str = "views") -> ChartSpec:
    """The chart of one metric ("views" or "parties"); ValueError if the dataset has nothing to draw."""
    colours = {p.id: p.colour or NEUTRAL for p in ds.parties}
    if metric == "views":
        videos = sorted(ds.videos, key=lambda v: (-v.views, v.rank))[:TOP_VIDEOS]
        if not videos:
            raise ValueError("The dataset has no videos to chart.")
        bars = tuple(Bar(v.title, v.views, fmt.short(v.views), colours.get(v.party, NEUTRAL), v.party, i)
                     for i, v in enumerate(videos, 1))
        title = "The most viewed campaign video" if len(bars) == 1 else f"The {len(bars)} most viewed campaign videos"
        subtitle = ds.video_views.note[:1].upper() + ds.video_views.note[1:]
    elif metric == "parties":
        family = [m for m in ds.metrics if m.measure == "views"]
        if not family:
            raise ValueError("The dataset has no view figures for the parties.")
        bars = tuple(Bar(m.label, m.value, (f"{m.qualifier} " if m.qualifier else "") + fmt.short(m.value),
                         colours.get(_party_of(ds, m.subject) or "", NEUTRAL), _party_of(ds, m.subject))
                     for m in sorted(family, key=lambda m: -m.value))
        names = [p.name for p in (ds.party(b.party or "") for b in bars) if p]
        title = " vs ".join(dict.fromkeys(names)) or "Views by party"
        first = family[0]
        subtitle = " ".join(filter(None, [first.platform and first.platform.title(), "views",
                                          first.of and f"of {first.of}"]))
        subtitle = subtitle[:1].upper() + subtitle[1:]
    else:
        raise ValueError(f"Unknown chart {metric!r}: use one of {', '.join(METRICS)}.")
    parties = dict.fromkeys(b.party for b in bars if b.party)
    legend = tuple((p.name, colours[p.id]) for p in (ds.party(pid or "") for pid in parties) if p)
    # The parties' bars are labelled with their names already; a legend helps only a mixed list of videos.
    show_legend = metric == "views" and len(legend) > 1
    return ChartSpec(metric, title, subtitle, bars, source_line(ds), legend if show_legend else ())


def _party_of(ds: Dataset, subject: str) -> str | None:
    if ds.party(subject):
        return subject
    person = ds.person(subject)
    return person.party if person else None


# -- text fallback -------------------------------------------------------------------------------------


def text_chart(spec: ChartSpec, *, label_width: int = 24, bar_width: int = 12) -> str:
    """The chart as a Unicode bar chart in a code block, values right-aligned, titles outside the block."""
    top = max(b.value for b in spec.bars)
    width = min(label_width, max(len(b.label) for b in spec.bars))
    shown_width = max(len(b.shown) for b in spec.bars)
    rank_width = max((len(str(b.rank)) for b in spec.bars if b.rank is not None), default=0)
    rows = [(f"{b.rank:>{rank_width}} " if b.rank is not None else "")
            + f"{fit(b.label.replace('`', 'ˋ'), width)} {bar(b.value, top, bar_width)} {b.shown:>{shown_width}}"
            for b in spec.bars]  # a backtick in a title must not end the code block
    return "\n".join([f"**{spec.title}**", spec.subtitle, "```", *rows, "```", spec.source])


# -- images ----------------------------------------------------------------------------------------------


def charts_available() -> bool:
    """Whether matplotlib can be imported (the `charts` extra is installed)."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


_cache: OrderedDict[tuple[int, str], tuple[Dataset, bytes]] = OrderedDict()
_cache_lock = threading.Lock()
CACHE_SIZE = 8


def chart_png(ds: Dataset, metric: str = "views") -> bytes:
    """The chart as PNG bytes, drawn once per dataset object; ImportError without matplotlib."""
    # A reload makes a new Dataset object, so a changed dataset is drawn afresh; ValueError: nothing to draw.
    key = (id(ds), metric)
    with _cache_lock:
        hit = _cache.get(key)
        # The entry keeps its dataset alive, so its id cannot be reused by another dataset meanwhile.
        if hit is not None and hit[0] is ds:
            _cache.move_to_end(key)
            return hit[1]
    png = render_png(chart_spec(ds, metric))
    with _cache_lock:
        _cache[key] = (ds, png)
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return png


def render_png(spec: ChartSpec) -> bytes:
    """Draw the chart with matplotlib's Agg backend (no display needed) and return the PNG bytes."""
    from matplotlib.figure import Figure  # lazily: matplotlib is optional and slow to import

    n = len(spec.bars)
    source = textwrap.wrap(spec.source, 80) or [""]
    header_in, row_in, footer_in = 1.45, 0.78, 0.35 + 0.3 * len(source)
    height = header_in + row_in * n + footer_in
    # Figure() without pyplot uses the Agg canvas and no global state, so threads may draw at once.
    fig = Figure(figsize=(WIDTH_IN, height), dpi=DPI, facecolor=BACKGROUND)
    x0, x1 = 0.04, 0.96
    ax = fig.add_axes((x0, footer_in / height, x1 - x0, (row_in * n) / height), facecolor=BACKGROUND)
    ax.set_axis_off()
    top = max(b.value for b in spec.bars) or 1
    ax.set_xlim(0, top * 1.22)  # room for the value after the longest bar
    ax.set_ylim(n - 0.05, -0.15)  # row i spans [i, i + 1), the first at the top
    for i, b in enumerate(spec.bars):
        # Each title above its bar: long video titles stay on one line and the bars get the full width.
        ax.text(0, i + 0.02, fit(b.ranked_label, 58).rstrip(), va="top", ha="left", color=TEXT, fontsize=15)
        # A party colour close to the card (a dark grey, navy) gets an outline so its bar still shows.
        edge = MUTED if _contrast(b.colour, BACKGROUND) < 2.2 else b.colour
        ax.barh(i + 0.62, b.value, height=0.4, color=b.colour, edgecolor=edge, linewidth=1.5)
        ax.text(b.value + top * 0.015, i + 0.62, b.shown, va="center", ha="left", color=TEXT, fontsize=15,
                fontweight="bold")
    fig.text(x0, 1 - 0.3 / height, spec.title, color=TEXT, fontsize=22, fontweight="bold", va="top")
    fig.text(x0, 1 - 0.9 / height, spec.subtitle, color=MUTED, fontsize=15, va="top")
    fig.text(x0, 0.22 / height, "\n".join(source), color=MUTED, fontsize=13, va="bottom", linespacing=1.4)
    if spec.legend:
        handles = [_patch(colour) for _name, colour in spec.legend]
        fig.legend(handles, [name for name, _c in spec.legend], loc="upper right", frameon=False,
                   labelcolor=TEXT, fontsize=14, bbox_to_anchor=(x1, 1 - 0.88 / height), ncols=len(spec.legend),
                   handlelength=1.2, columnspacing=1.2, borderpad=0, borderaxespad=0)
    out = io.BytesIO()
    fig.savefig(out, format="png", facecolor=BACKGROUND,
                metadata={"Title": spec.title, "Description": spec.subtitle, "Source": spec.source,
                          "Software": "campaign-stats-bot"})
    return out.getvalue()


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two "#RRGGBB" colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _patch(colour: str):  # -> matplotlib.patches.Patch, imported with matplotlib
    from matplotlib.patches import Patch

    return Patch(facecolor=colour)
