"""The typed model of a campaign dataset: frozen dataclasses the loader builds and the engine reads."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

# Words a metric's qualifier may take: the article's "over 86 million", "around 25 million".
QUALIFIERS = ("over", "around", "about", "under", "almost", "more than", "nearly")


@dataclass(frozen=True, slots=True)
class Source:
    """Where the figures come from and whose claims they are."""

    published: date
    claimed_by: str  # party id
    attribution: str  # e.g. "according to the party"
    summary: str
    context: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Campaign:
    """The campaign the videos belong to."""

    name: str
    year: int


@dataclass(frozen=True, slots=True)
class Party:
    """A party; `aliases` are the other names people use for it."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    colour: str | None = None  # "#RRGGBB"


@dataclass(frozen=True, slots=True)
class Person:
    """A person named in the data: a party figure or a tweet's author."""

    id: str
    name: str
    party: str | None = None  # party id
    handle: str | None = None  # Twitter handle without "@"
    display_name: str | None = None  # the name as shown on the tweet
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Period:
    """The time a metric covers."""

    label: str
    year: int | None = None
    days: int | None = None
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True, slots=True)
class Metric:
    """A campaign-level figure of a party or a person, e.g. Facebook views or retweets."""

    id: str
    subject: str  # party or person id
    label: str  # who the figure is for, as the source words it
    measure: str  # "views", "retweets", ...
    value: int
    platform: str | None = None
    of: str | None = None  # what was counted, e.g. "campaign videos"
    qualifier: str | None = None  # one of QUALIFIERS
    with_: tuple[str, ...] = ()  # further party/person ids the figure covers ("with" in YAML)
    period: Period | None = None


@dataclass(frozen=True, slots=True)
class VideoViews:
    """What the videos' view counts cover."""

    platforms: tuple[str, ...]
    note: str  # e.g. "views across Facebook and Twitter"


@dataclass(frozen=True, slots=True)
class Tweet:
    """The tweet that carried a video; every field is optional, as the source may not give it."""

    by: str | None = None  # person id
    date: date | None = None
    text: str | None = None
    media: str | None = None  # "pic.twitter.com/..." as the source gives it


@dataclass(frozen=True, slots=True)
class Video:
    """One ranked campaign video."""

    rank: int
    title: str
    party: str  # party id
    views: int
    topics: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    tweet: Tweet | None = None
    # Other counts the source gives per video, by name ("likes"); `views` is always its own field.
    counts: Mapping[str, int] = field(default_factory=dict, hash=False)

    def count(self, measure: str) -> int | None:
        """The video's count of a measure ("views", or one of `counts`), or None when the source gives none."""
        return self.views if measure == "views" else self.counts.get(measure)


@dataclass(frozen=True, slots=True)
class BonusVideo:
    """A video the source adds without figures."""

    title: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Bonus:
    """The source's extra favourites."""

    label: str
    videos: tuple[BonusVideo, ...] = ()


@dataclass(frozen=True, slots=True)
class Dataset:
    """A whole validated dataset. Videos are sorted by party order in `parties`, then rank."""

    schema_version: int
    source: Source
    campaign: Campaign
    parties: tuple[Party, ...]
    people: tuple[Person, ...]
    metrics: tuple[Metric, ...]
    video_views: VideoViews
    videos: tuple[Video, ...]
    bonus: Bonus | None = None
    path: str = field(default="", compare=False)

    def party(self, party_id: str) -> Party | None:
        """The party with this id, if any."""
        return next((p for p in self.parties if p.id == party_id), None)

    def person(self, person_id: str) -> Person | None:
        """The person with this id, if any."""
        return next((p for p in self.people if p.id == person_id), None)
