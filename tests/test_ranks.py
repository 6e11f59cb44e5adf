"""Ranks in replies are places in the ordering asked, on a dataset with two parties' videos.

A video's own `rank` counts within its party, so on such a dataset two videos share each rank: a
reply must print where the video stands in the list it was picked from, never that field.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.engine_helpers import ask

SHIPPED = Path(__file__).resolve().parents[1] / "data" / "labour-2019.yaml"
# One Conservative video between Labour's #2 and #3, so that the third most viewed is their #1.
EXTRA_VIDEOS = [("Get Brexit done", 8_000_000), ("Boris on the bus", 1_500_000),
                ("Fix social care", 1_200_000), ("Levelling up the north", 900_000)]


@pytest.fixture(scope="module")
def two_parties(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The shipped ten and four Conservative videos (14), as a dataset file."""
    data = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    data["videos"] += [{"rank": i, "title": title, "party": "conservatives", "views": views}
                       for i, (title, views) in enumerate(EXTRA_VIDEOS, 1)]
    path = tmp_path_factory.mktemp("ranks") / "two-parties.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return str(path)


def test_the_third_most_viewed_is_third_of_all(two_parties: str) -> None:
    answered, _, text = ask("third most viewed", two_parties)
    assert answered and "The 3rd most viewed video is Get Brexit done" in text
    assert "It is #3 of 14 (3rd)," in text and "#1 of" not in text


def test_a_videos_card_gives_its_place_among_all(two_parties: str) -> None:
    assert "#12 of 14 (12th) by views." in ask("how many views did boris on the bus get", two_parties)[2]
    assert "Get Brexit done is #3 of 14" in ask("what rank is get brexit done", two_parties)[2]
    assert "Ranks: #3 of 14 (3rd) and #12 of 14 (12th)" in ask("get brexit done vs boris on the bus", two_parties)[2]


def test_the_video_command_takes_a_place_among_all(two_parties: str) -> None:
    text = ask("!video 3", two_parties)[2]
    assert text.startswith("**Get Brexit done**") and "#3 of 14 (3rd) by views." in text
    assert "There is no #15: the list has 14 videos." in ask("!video 15", two_parties)[2]


def test_lists_number_rows_by_their_place_in_the_list_asked(two_parties: str) -> None:
    text = ask("top 5", two_parties)[2]
    assert "#3 Get Brexit done: 8,000,000" in text and "#5 Labour’s immigration video: 6,500,000" in text
    text = ask("top 3 conservative videos", two_parties)[2]
    assert "Top 3 of 4" in text and "#1 Get Brexit done" in text and "#3 Fix social care" in text
    text = ask("bottom 3", two_parties)[2]
    assert "#14 Levelling up the north" in text and "#12 Boris on the bus" in text


def test_a_place_within_a_party_names_the_party(two_parties: str) -> None:
    text = ask("the least viewed conservative video", two_parties)[2]
    assert "The least viewed video of Conservatives is Levelling up the north" in text
    assert "It is #14 of 14 (14th, the last)," in text
