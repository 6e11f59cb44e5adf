"""The shipped dataset says exactly what the source article (12 December 2019) says: no more, no less.

The article's facts are written out here by hand, so the test never reads the article at run time.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from bot.dataset import Dataset, Metric, Person
from bot.dataset.loader import load_dataset

# (rank, title, views, tweet) with tweet = (author name as shown, handle, date, text, media) or None.
ARTICLE_VIDEOS = [
    (1, "Our wonderful NHS", 13_400_000,
     ("rob delaney 🌹mycampaignmap.com", "robdelaney", date(2019, 11, 23),
      "May I ask you to watch this short video I made about the NHS?", "pic.twitter.com/VNzKPYGgq2")),
    (2, "If you’re not sure who to vote for, watch this.", 9_500_000,
     ("Jeremy Corbyn", "jeremycorbyn", date(2019, 12, 11),
      "If you're not sure who to vote for, watch this.", "pic.twitter.com/rBCBLzfoRp")),
    (3, "Jeremy Corbyn’s 60 second challenge", 7_200_000,
     ("Jeremy Corbyn", "jeremycorbyn", date(2019, 12, 12),
      "And it takes just 60 seconds to vote for them too.#VoteLabour", "pic.twitter.com/SEMkhQKHaF")),
    (4, "Labour’s immigration video", 6_500_000,
     ("Jeremy Corbyn", "jeremycorbyn", date(2019, 11, 14),
      "When politicians resort to blaming immigrants, you know they've run out of ideas.",
      "pic.twitter.com/LqYdjOzOJa")),
    (5, "Mean tweets with Jeremy Corbyn", 3_700_000,
     ("Jeremy Corbyn", "jeremycorbyn", date(2019, 12, 9), "This was surprisingly fun.",
      "pic.twitter.com/Tjl60l70bl")),
    (6, "Gogglebox reacts to nurses pledge", 3_600_000, None),  # the article gives no tweet
    (7, "Nicky Morgan on Good Morning Britain", 3_100_000,
     ("Jeremy Corbyn", "jeremycorbyn", date(2019, 11, 25), '"Why don\'t you just be honest?"',
      "pic.twitter.com/zXGEHzLP3f")),
    (8, "Boris Johnson quotes", 3_000_000,
     ("Jeremy Corbyn", "jeremycorbyn", date(2019, 12, 8), '"One person said all these?"',
      "pic.twitter.com/N6nJ0NMYRA")),
    (9, "Jessi on the value of our NHS", 2_747_000,
     ("Jeremy Corbyn", "jeremycorbyn", date(2019, 11, 30),
      "Thank you Jessi for sending me this powerful video.",
      "pic.twitter.com/1IEmJRSvD1")),
    (10, "Jeremy Corbyn’s friend Jayne", 2_600_000,
     ("Jeremy Corbyn", "jeremycorbyn", date(2019, 11, 17),
      "I met Jayne in July and it breaks my heart to receive this video today.",
      "pic.twitter.com/dWvZAUqyQF")),
]

SUMMARY = ("During the 2019 general election Labour ran the most successful social media campaign the "
           "country has ever seen, according to the party.")
CONTEXT = ("In an effort to bypass the largely Conservative-supporting mainstream media, Labour developed a "
           "digital strategy focussed on creating and sharing persuasive content – particularly videos.")


@pytest.fixture(scope="module")
def ds() -> Dataset:
    """The shipped dataset."""
    return load_dataset()


def person(ds: Dataset, person_id: str | None) -> Person:
    """The person with this id (failing the test if there is none)."""
    found = ds.person(person_id) if person_id else None
    assert found is not None, person_id
    return found


def metric(ds: Dataset, value: int) -> Metric:
    """The one metric with this value."""
    (found,) = [m for m in ds.metrics if m.value == value]
    return found


def words(text: str) -> list[str]:
    """The words of a text, ignoring punctuation."""
    return re.findall(r"[\w’'-]+", text)


def test_source_date_claimant_and_wording(ds: Dataset) -> None:
    assert ds.source.published == date(2019, 12, 12)
    assert ds.source.claimed_by == "labour"
    assert ds.source.attribution == "according to the party"
    assert ds.source.summary == SUMMARY
    # The dataset writes the article's dash ("content – particularly videos") as a comma.
    assert words(ds.source.context) == words(CONTEXT)
    assert ds.campaign.year == 2019 and "2019 general election" in ds.campaign.name


def test_facebook_campaign_views(ds: Dataset) -> None:
    labour = metric(ds, 86_000_000)
    assert (labour.subject, labour.with_, labour.label) == (
        "labour", ("jeremy-corbyn",), "Labour and Jeremy Corbyn")
    assert (labour.qualifier, labour.platform, labour.measure, labour.of) == (
        "over", "facebook", "views", "campaign videos")
    tories = metric(ds, 25_000_000)
    assert (tories.subject, tories.with_, tories.label) == (
        "conservatives", ("boris-johnson",), "Boris Johnson and the Conservatives")
    assert (tories.qualifier, tories.platform, tories.measure, tories.of) == (
        "around", "facebook", "views", "campaign videos")
    assert person(ds, "boris-johnson").party == "conservatives"
    assert person(ds, "jeremy-corbyn").party == "labour"


def test_corbyn_retweets_2019_and_2017(ds: Dataset) -> None:
    now, then = metric(ds, 2_400_000), metric(ds, 1_400_000)
    for m in (now, then):
        assert (m.subject, m.measure, m.platform, m.qualifier) == (
            "jeremy-corbyn", "retweets", "twitter", None)
        assert m.period is not None
    assert now.period is not None and then.period is not None
    assert (now.period.days, now.period.end, now.period.year) == (42, date(2019, 12, 9), 2019)
    assert (then.period.days, then.period.year) == (52, 2017)
    assert "2017 general election" in then.period.label


def test_no_figures_beyond_the_article(ds: Dataset) -> None:
    assert sorted(m.value for m in ds.metrics) == [1_400_000, 2_400_000, 25_000_000, 86_000_000]
    assert [p.id for p in ds.parties] == ["labour", "conservatives"]
    assert ds.video_views.platforms == ("facebook", "twitter")
    assert ds.video_views.note == "views across Facebook and Twitter"


@pytest.mark.parametrize(
    ("rank", "title", "views", "tweet"), ARTICLE_VIDEOS, ids=[f"#{v[0]}" for v in ARTICLE_VIDEOS]
)
def test_each_video_as_the_article_gives_it(
    ds: Dataset, rank: int, title: str, views: int, tweet: tuple[str, str, date, str, str] | None
) -> None:
    video = ds.videos[rank - 1]
    assert (video.rank, video.title, video.views, video.party) == (rank, title, views, "labour")
    if tweet is None:
        assert video.tweet is None
        return
    assert video.tweet is not None
    author = person(ds, video.tweet.by)
    shown_as = author.display_name or author.name
    assert (shown_as, author.handle, video.tweet.date, video.tweet.text, video.tweet.media) == tweet


def test_exactly_the_ten_videos(ds: Dataset) -> None:
    assert [(v.rank, v.title) for v in ds.videos] == [(v[0], v[1]) for v in ARTICLE_VIDEOS]


def test_bonus_favourites(ds: Dataset) -> None:
    assert ds.bonus is not None
    assert ds.bonus.label == "Our added favourites"
    assert [v.title for v in ds.bonus.videos] == [
        "Emeli Sande: You are not alone", "It’s time for real change"]
