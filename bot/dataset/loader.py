"""Load a campaign dataset from YAML, validate all of it and build the frozen schema objects.

Every problem of a file is reported at once, one line each, as `file:line: field.path: message`;
list indices in field paths count from 0 (`videos[0]` is the first video).
"""
from __future__ import annotations

import os
from collections import Counter
from datetime import date
from importlib import resources
from pathlib import Path

from yaml.nodes import Node, ScalarNode, SequenceNode

from bot.dataset.checks import INT_TAG, Fields, Ids, NodeChecker
from bot.dataset.reading import MAX_BYTES, TOP_KEYS, DatasetError, compose, display_name, gc_paused, read_text
from bot.dataset.schema import (
    QUALIFIERS,
    Bonus,
    BonusVideo,
    Campaign,
    Dataset,
    Metric,
    Party,
    Period,
    Person,
    Source,
    Tweet,
    Video,
    VideoViews,
)

__all__ = ["MAX_BYTES", "DatasetError", "default_dataset_path", "load_dataset", "summary"]

_VIDEO_KEYS = ("rank", "title", "party", "views")


def default_dataset_path() -> Path:
    """The shipped dataset: package `bot.data` when installed, else the checkout's `data/` folder."""
    try:
        shipped = resources.files("bot.data") / "labour-2019.yaml"
    except ModuleNotFoundError:  # editable/dev checkout: `data/` is not mapped to a package
        shipped = None
    if isinstance(shipped, Path) and shipped.is_file():
        return shipped
    return Path(__file__).resolve().parents[2] / "data" / "labour-2019.yaml"


def load_dataset(path: str | os.PathLike[str] | None = None) -> Dataset:
    """Load and validate a dataset file (None: the shipped one); raise DatasetError listing every problem."""
    if path is None:
        path = default_dataset_path()
    try:
        file = os.fspath(path)
    except TypeError:
        raise DatasetError([f"{path!r}: expected a file path, got {type(path).__name__}"]) from None
    name = display_name(file)
    text = read_text(file, name)
    with gc_paused():
        checker = _Checker(name)
        ds = checker.dataset(compose(text, name), file)
        # The node tree is garbage now and freed right here (it holds no cycles), so the
        # first collection after gc comes back on has only the new objects to look at.
    if checker.errors or ds is None:
        raise DatasetError(checker.messages())
    return ds


def summary(ds: Dataset) -> str:
    """One line describing a loaded dataset, for `campaign-bot check`."""
    per_party = Counter(v.party for v in ds.videos)
    if len(per_party) == 1:
        by_party = next(iter(per_party))
    else:
        by_party = ", ".join(f"{p.id} {per_party[p.id]}" for p in ds.parties if per_party[p.id])
    bonus = len(ds.bonus.videos) if ds.bonus else 0
    return (
        f"OK {display_name(ds.path)}: {_count(len(ds.videos), 'video')} ({by_party}), "
        f"{_count(len(ds.parties), 'party', 'parties')}, {_count(len(ds.people), 'person', 'people')}, "
        f"{_count(len(ds.metrics), 'metric')}, {_count(bonus, 'bonus video')}, "
        f"source dated {ds.source.published.isoformat()}"
    )


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


class _Checker(NodeChecker):
    """Walks the node tree once, building schema objects and collecting every error with its line."""

    # --- the sections --------------------------------------------------------------------------

    def dataset(self, root: Node | None, file: str) -> Dataset | None:
        """The whole Dataset, or None when anything was wrong (see `errors`)."""
        if root is None:  # only comments or document markers
            self.errors.append((0, 0, f"{self.name}: file is empty, expected a mapping with keys "
                                      f"{', '.join(TOP_KEYS)}"))
            return None
        f = self.fields(root, root, "", TOP_KEYS, ("bonus",))
        if f is None:
            return None
        if "schema_version" in f:
            knode, node = f["schema_version"]
            if not (isinstance(node, ScalarNode) and node.tag == INT_TAG and node.value == "1"):
                self.err(knode, "schema_version", "expected 1 (the only schema version this bot reads), "
                         f"got {self.got(node)}")

        def known(key: str) -> Ids:
            # A broken section's ids are unknown: skip reference checks rather than report each one.
            return {} if key in f and isinstance(f[key][1], SequenceNode) else None

        self.party_ids, self.person_ids = known("parties"), known("people")
        parties = tuple(self.party(p, n) for p, n in self.items(f, "parties", "", nonempty=True))
        if any(not p.id for p in parties):  # an entry without a usable id: references cannot be judged
            self.party_ids = None
        people = tuple(self.person(p, n) for p, n in self.items(f, "people", ""))
        if any(not p.id for p in people):
            self.person_ids = None
        self.subjects = (None if self.party_ids is None or self.person_ids is None
                         else {**self.party_ids, **self.person_ids})
        metric_ids: dict[str, str] = {}
        metrics = tuple(self.metric(p, n, metric_ids) for p, n in self.items(f, "metrics", ""))
        source, campaign = self.source(f), self.campaign(f)
        video_views, bonus = self.video_views(f), self.bonus(f)
        videos = self.videos(f, [p.id for p in parties])
        if self.errors or source is None or campaign is None or video_views is None:
            return None
        return Dataset(1, source, campaign, parties, people, metrics, video_views, videos, bonus, path=file)

    def section(self, f: Fields, key: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
                ) -> Fields | None:
        """A top-level mapping section's fields, None when absent or not a mapping."""
        return self.fields(*f[key], key, required, optional) if key in f else None

    def source(self, f: Fields) -> Source | None:
        """The `source` section."""
        required = ("published", "claimed_by", "attribution", "summary", "context")
        m = self.section(f, "source", required, ("url",))
        if m is None:
            return None
        p = "source"
        return Source(
            published=self.get(m, "published", p, self.date) or date.min,
            claimed_by=self.get(m, "claimed_by", p, self.ref, self.party_ids, "party") or "",
            attribution=self.get(m, "attribution", p, self.text) or "",
            summary=self.get(m, "summary", p, self.text) or "",
            context=self.get(m, "context", p, self.text) or "",
            url=self.get(m, "url", p, self.checked, _is_url, "a link starting with 'https://' or 'http://'"),
        )

    def campaign(self, f: Fields) -> Campaign | None:
        """The `campaign` section."""
        m = self.section(f, "campaign", ("name", "year"))
        if m is None:
            return None
        return Campaign(self.get(m, "name", "campaign", self.text) or "",
                        self.get(m, "year", "campaign", self.whole, 1000, 9999) or 0)

    def video_views(self, f: Fields) -> VideoViews | None:
        """The `video_views` section."""
        m = self.section(f, "video_views", ("platforms", "note"))
        if m is None:
            return None
        return VideoViews(self.get(m, "platforms", "video_views", self.texts, True) or (),
                          self.get(m, "note", "video_views", self.text) or "")

    def party(self, p: str, node: Node) -> Party:
        """One entry of `parties`."""
        m = self.fields(node, node, p, ("id", "name"), ("aliases", "colour")) or {}
        return Party(self.unique_id(m, p, self.party_ids, "party"), self.get(m, "name", p, self.text) or "",
                     self.get(m, "aliases", p, self.texts) or (), self.get(m, "colour", p, self.colour))

    def person(self, p: str, node: Node) -> Person:
        """One entry of `people`."""
        m = self.fields(node, node, p, ("id", "name"), ("party", "handle", "display_name", "aliases")) or {}
        pid = self.unique_id(m, p, self.person_ids, "person")
        if pid and self.party_ids and pid in self.party_ids:
            self.err(m["id"][0], f"{p}.id", f"{pid!r} is also a party id ({self.party_ids[pid]}): metric "
                     "subjects could not tell them apart")
        return Person(
            pid, self.get(m, "name", p, self.text) or "",
            party=self.get(m, "party", p, self.ref, self.party_ids, "party"),
            handle=self.get(m, "handle", p, self.handle),
            display_name=self.get(m, "display_name", p, self.text),
            aliases=self.get(m, "aliases", p, self.texts) or (),
        )

    def metric(self, p: str, node: Node, seen: dict[str, str]) -> Metric:
        """One entry of `metrics` (YAML key `with` becomes field `with_`)."""
        m = self.fields(node, node, p, ("id", "subject", "label", "measure", "value"),
                        ("platform", "of", "qualifier", "with", "period")) or {}
        return Metric(
            id=self.unique_id(m, p, seen, "metric"),
            subject=self.get(m, "subject", p, self.ref, self.subjects, "party or person") or "",
            label=self.get(m, "label", p, self.text) or "",
            measure=self.get(m, "measure", p, self.text) or "",
            value=self.get(m, "value", p, self.whole, 0) or 0,
            platform=self.get(m, "platform", p, self.text),
            of=self.get(m, "of", p, self.text),
            qualifier=self.get(m, "qualifier", p, self.checked, QUALIFIERS.__contains__,
                               f"one of {', '.join(QUALIFIERS)}"),
            with_=self.get(m, "with", p, self.refs, self.subjects, "party or person") or (),
            period=self.get(m, "period", p, self.period),
        )

    def period(self, at: Node, node: Node, path: str) -> Period | None:
        """A metric's `period`."""
        m = self.fields(at, node, path, ("label",), ("year", "days", "start", "end"))
        if m is None:
            return None
        start, end = self.get(m, "start", path, self.date), self.get(m, "end", path, self.date)
        if start and end and start > end:
            self.err(m["end"][0], f"{path}.end", f"expected a date on or after start {start}, got {end}")
        return Period(self.get(m, "label", path, self.text) or "",
                      self.get(m, "year", path, self.whole, 1000, 9999),
                      self.get(m, "days", path, self.whole, 1), start, end)

    def tweet(self, at: Node, node: Node, path: str) -> Tweet | None:
        """A video's `tweet`; each field optional."""
        m = self.fields(at, node, path, (), ("by", "date", "text", "media"))
        if m is None:
            return None
        return Tweet(
            by=self.get(m, "by", path, self.ref, self.person_ids, "person"),
            date=self.get(m, "date", path, self.date),
            text=self.get(m, "text", path, self.text),
            media=self.get(m, "media", path, self.checked, _is_media,
                           "a link starting with 'pic.twitter.com/' or 'https://'"),
        )

    def videos(self, f: Fields, party_order: list[str]) -> tuple[Video, ...]:
        """The `videos` list, checking ranks (unique, 1..n per party) and titles (unique), sorted."""
        out: list[Video] = []
        titles: dict[str, str] = {}  # casefolded title -> path of its first video
        ranks: dict[str, dict[int, tuple[str, Node]]] = {}  # party -> rank -> (path, key node)
        no_gap_check: set[str] = set()  # parties already reported for a bad or duplicate rank
        for p, node in self.items(f, "videos", "", nonempty=True):
            m = self.fields(node, node, p, _VIDEO_KEYS, ("topics", "aliases", "tweet", "counts")) or {}
            rank, title = self.get(m, "rank", p, self.whole, 1), self.get(m, "title", p, self.text)
            party = self.get(m, "party", p, self.ref, self.party_ids, "party")
            if title is not None:
                first = titles.setdefault(title.strip().casefold(), p)
                if first != p:
                    self.err(m["title"][0], f"{p}.title", f"duplicate title {title!r} (also {first})")
            if party is not None:
                per = ranks.setdefault(party, {})
                if rank is None:
                    no_gap_check.add(party)
                elif rank in per:
                    self.err(m["rank"][0], f"{p}.rank", f"duplicate rank {rank} for party {party!r} "
                             f"(also {per[rank][0]})")
                    no_gap_check.add(party)
                else:
                    per[rank] = (p, m["rank"][0])
            views = self.get(m, "views", p, self.whole, 0) or 0
            topics, aliases = self.get(m, "topics", p, self.texts), self.get(m, "aliases", p, self.texts)
            out.append(Video(rank or 0, title or "", party or "", views, topics or (), aliases or (),
                             self.get(m, "tweet", p, self.tweet), self.get(m, "counts", p, self.counts) or {}))
        for party, per in ranks.items():
            n = len(per)
            if party in no_gap_check or max(per) == n:  # n distinct ranks >= 1 with max n: exactly 1..n
                continue
            missing = [str(r) for r in range(1, n + 1) if r not in per]
            beyond = min(r for r in per if r > n)
            path, knode = per[beyond]
            more = ", ..." if len(missing) > 5 else ""
            self.err(knode, f"{path}.rank", f"ranks of party {party!r} must run 1..{n} without gaps, "
                     f"got {beyond} (missing {', '.join(missing[:5])}{more})")
        order = {pid: i for i, pid in enumerate(party_order)}
        out.sort(key=lambda v: (order.get(v.party, len(order)), v.rank))
        return tuple(out)

    def bonus(self, f: Fields) -> Bonus | None:
        """The optional `bonus` section."""
        m = self.section(f, "bonus", ("label",), ("videos",))
        if m is None:
            return None
        videos = []
        for p, node in self.items(m, "videos", "bonus"):
            v = self.fields(node, node, p, ("title",), ("aliases",)) or {}
            title, aliases = self.get(v, "title", p, self.text), self.get(v, "aliases", p, self.texts)
            videos.append(BonusVideo(title or "", aliases or ()))
        return Bonus(self.get(m, "label", "bonus", self.text) or "", tuple(videos))


def _is_url(value: str) -> bool:
    return value.startswith(("https://", "http://"))


def _is_media(value: str) -> bool:
    return value.startswith(("pic.twitter.com/", "https://"))
