"""The dataset loader: what users see when a dataset is good, and every message when it is not."""

from __future__ import annotations

import gc
import os
import string
import time
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.dataset import loader
from bot.dataset.loader import DatasetError, default_dataset_path, load_dataset, summary

REPO = Path(__file__).resolve().parents[1]
BROKEN = Path(__file__).parent / "broken"
EXPECTED: dict[str, list[str]] = yaml.safe_load((BROKEN / "EXPECTED.yaml").read_text(encoding="utf-8"))

# An invented dataset; every file in tests/broken/ is this with one problem added.
BASE = """\
# A small invented dataset.
schema_version: 1
source:
  published: 2020-01-31
  claimed_by: greens
  attribution: according to the party
  summary: The Greens ran a lively video campaign.
  context: They made short videos.
campaign:
  name: the test election
  year: 2020
parties:
  - id: greens
    name: Greens
    colour: "#00AA00"
    aliases: [green party]
  - id: blues
    name: Blues
people:
  - id: ann-lee
    name: Ann Lee
    party: greens
    handle: annlee
metrics:
  - id: greens-views
    subject: greens
    with: [ann-lee]
    label: The Greens and Ann Lee
    measure: views
    platform: facebook
    value: 1000
    qualifier: over
video_views:
  platforms: [facebook]
  note: views on Facebook
videos:
  - rank: 1
    title: First video
    party: greens
    views: 500
    tweet:
      by: ann-lee
      date: 2020-01-02
      text: Watch this.
      media: pic.twitter.com/abc
  - rank: 2
    title: Second video
    party: greens
    views: 400
  - rank: 1
    title: Blue video
    party: blues
    views: 300
"""


def write(tmp_path: Path, text: str, name: str = "data.yaml") -> Path:
    """Write a dataset file into tmp_path and return its path."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def errors_of(path: Path | str) -> DatasetError:
    """The DatasetError loading `path` raises (failing the test when it loads)."""
    with pytest.raises(DatasetError) as info:
        load_dataset(path)
    return info.value


# --- the broken corpus -----------------------------------------------------------------------------


def test_corpus_index_lists_exactly_the_broken_files() -> None:
    files = {p.name for p in BROKEN.iterdir() if p.name != "EXPECTED.yaml"}
    assert files == set(EXPECTED)
    assert len(files) >= 25


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file_is_refused_with_its_message(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(BROKEN.parent)
    err = errors_of(f"broken/{name}")
    assert len(err.errors) == 1, str(err)  # one problem per file: no cascade of follow-on errors
    message = str(err)
    assert message.startswith(f"broken/{name}:")
    for part in EXPECTED[name]:
        assert part in message, f"{part!r} not in {message!r}"


def test_three_independent_problems_are_all_reported_in_file_order(tmp_path: Path) -> None:
    text = (BASE.replace("views: 400", "views: -5")
            .replace("qualifier: over", "qualifier: roughly")
            .replace("    views: 300\n", "    views: 300\n    vews: 300\n"))
    path = write(tmp_path, text)
    err = errors_of(path)
    assert len(err.errors) == 3
    assert str(err) == "\n".join(err.errors)
    first, second, third = err.errors
    assert first == f"{path}:32: metrics[0].qualifier: expected one of " + ", ".join(loader.QUALIFIERS) + \
        ", got 'roughly'"
    assert second == f"{path}:49: videos[1].views: expected a whole number >= 0, got -5"
    assert third.startswith(f"{path}:54: videos[2].vews: unknown key 'vews' (did you mean 'views'?")


def test_missing_sections_are_all_named(tmp_path: Path) -> None:
    err = errors_of(write(tmp_path, "schema_version: 1\nsource: {}\n"))
    text = str(err)
    for key in ("campaign", "parties", "people", "metrics", "video_views", "videos"):
        assert f"missing required key '{key}'" in text
    for key in ("published", "claimed_by", "attribution", "summary", "context"):
        assert f"source.{key}: missing required key '{key}'" in text


def test_fifty_megabyte_file_is_refused_quickly_by_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes((b"#" * 49 + b"\n") * 1_048_576)  # 50 MiB of YAML comments
    start = time.perf_counter()
    err = errors_of(path)
    assert time.perf_counter() - start < 5
    assert str(err) == f"{path}: file is 52,428,800 bytes, over the 5,242,880-byte (5 MB) limit for a dataset"


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    # 30 levels of 30 aliases: 30**30 strings if anything ever expanded it.
    lines = ['a0: "lol"'.replace("a0:", "a0: &a0")]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 30)}]" for i in range(1, 31)]
    path = write(tmp_path, "\n".join(lines) + "\n")
    start = time.perf_counter()
    err = errors_of(path)
    assert time.perf_counter() - start < 5
    assert str(err).startswith(f"{path}:2: YAML aliases are not allowed in a dataset")
    assert "(900 aliases in all)" in str(err)


def test_the_reviewers_octal_and_base_60_views_are_refused(tmp_path: Path) -> None:
    # PyYAML reads YAML 1.1: these loaded as 3,014,656 and 820 views, and `check` said OK.
    shipped = default_dataset_path().read_text(encoding="utf-8")
    for spelled, yaml11 in (("013400000", "octal, 3,014,656"), ("13:40", "base 60, 820")):
        path = write(tmp_path, shipped.replace("views: 13400000", f"views: {spelled}"))
        (message,) = errors_of(path).errors
        assert "videos[0].views: expected a whole number in plain decimal digits" in message
        assert f"got {spelled}" in message and yaml11 in message


@pytest.mark.parametrize("raw", ["400", "+400", "0", "-0", "0400", "00", "4_0_0", "0x1A", "0b11", "1:0", "0o7",
                                 "1:00:00", "+0x1", "-0b1", "0_1"])
def test_a_count_is_refused_or_read_as_plain_decimal(tmp_path: Path, raw: str) -> None:
    path = write(tmp_path, BASE.replace("views: 400", f"views: {raw}"))
    try:
        ds = load_dataset(path)
    except DatasetError as err:
        assert "videos[1].views" in str(err)
        return
    assert [v.views for v in ds.videos if v.title == "Second video"] == [int(raw, 10)]


def test_file_not_found_and_directory_are_refused(tmp_path: Path) -> None:
    assert str(errors_of(tmp_path / "nope.yaml")) == f"{tmp_path / 'nope.yaml'}: file not found"
    assert str(errors_of(tmp_path)) == f"{tmp_path}: is a directory, expected a YAML file"


def test_a_symbolic_link_is_refused_without_reading_what_it_points_to(tmp_path: Path) -> None:
    # A dataset path swapped for a link to another file must not show that file's lines (!reload, check, run).
    secret = tmp_path / "secrets.env"
    secret.write_text("DISCORD_TOKEN=sekrit-token-value\n", encoding="utf-8")
    good = write(tmp_path, BASE, "real.yaml")
    for target in (secret, good, Path("/dev/zero")):
        link = tmp_path / "data.yaml"
        link.unlink(missing_ok=True)
        link.symlink_to(target)
        assert errors_of(link).errors == [f"{link}: is a symbolic link, expected the dataset file itself "
                                          "(give its real path)"]


def test_a_fifo_and_a_device_are_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)  # opening it for reading would wait for a writer forever
    assert str(errors_of(fifo)) == f"{fifo}: is not a regular file, expected a YAML file"
    assert str(errors_of("/dev/zero")) == "/dev/zero: is not a regular file, expected a YAML file"


def test_a_file_that_is_not_a_dataset_is_never_quoted(tmp_path: Path) -> None:
    for text in ("DISCORD_TOKEN=sekrit-token-value\nOTHER=1\n", "root:$6$sekrit$hash:19000:0:99999:7:::\n",
                 'token = "sekrit-token-value"\n'):
        message = str(errors_of(write(tmp_path, text)))
        assert message.startswith(f"{tmp_path / 'data.yaml'}:1: top level: "), message
        assert "sekrit" not in message and "not shown" in message, message


def test_a_non_path_is_refused_as_a_dataset_error() -> None:
    with pytest.raises(DatasetError, match="expected a file path, got int"):
        load_dataset(42)  # type: ignore[arg-type]


def test_null_in_an_optional_field_says_what_was_expected(tmp_path: Path) -> None:
    err = errors_of(write(tmp_path, BASE.replace("platform: facebook", "platform:")))
    assert str(err) == f"{tmp_path / 'data.yaml'}:30: metrics[0].platform: expected non-empty text, " \
        "got nothing (an empty value)"


def test_gc_is_left_enabled_after_good_and_bad_loads(tmp_path: Path) -> None:
    load_dataset(write(tmp_path, BASE))
    errors_of(write(tmp_path, BASE.replace("views: 400", "views: -1"), "bad.yaml"))
    assert gc.isenabled()


# --- robustness: nothing but DatasetError, whatever the bytes -------------------------------------

@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for all fuzz examples (hypothesis runs many examples per test call)."""
    return tmp_path_factory.mktemp("fuzz")


def _load_or_error(folder: Path, data: bytes) -> None:
    path = folder / "fuzz.yaml"
    path.write_bytes(data)
    try:
        load_dataset(path)
    except DatasetError as err:
        assert err.errors
        assert all(line.startswith(str(path)) for line in err.errors)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_only_ever_raise_dataset_error(fuzz_dir: Path, data: bytes) -> None:
    _load_or_error(fuzz_dir, data)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, BASE.count("\n") - 1), max_size=6),
       st.text(string.printable, max_size=12), st.integers(0, len(BASE)))
def test_mangled_dataset_only_ever_raises_dataset_error(
    fuzz_dir: Path, drop: list[int], junk: str, at: int
) -> None:
    lines = BASE.splitlines(keepends=True)
    kept = "".join(line for i, line in enumerate(lines) if i not in set(drop))
    _load_or_error(fuzz_dir, (kept[:at] + junk + kept[at:]).encode("utf-8"))


# --- good datasets ---------------------------------------------------------------------------------


def test_minimal_invented_dataset_loads_into_immutable_sorted_objects(tmp_path: Path) -> None:
    # Parties listed blues first: videos must follow the party order, then rank.
    greens = '  - id: greens\n    name: Greens\n    colour: "#00AA00"\n    aliases: [green party]\n'
    text = BASE.replace(greens, "").replace("    name: Blues\n", "    name: Blues\n" + greens)
    path = write(tmp_path, text)
    ds = load_dataset(path)
    assert ds.path == str(path)
    assert [(v.party, v.rank, v.title) for v in ds.videos] == [
        ("blues", 1, "Blue video"), ("greens", 1, "First video"), ("greens", 2, "Second video")]
    assert ds.metrics[0].with_ == ("ann-lee",) and ds.metrics[0].qualifier == "over"
    assert ds.videos[1].tweet is not None and ds.videos[1].tweet.date == date(2020, 1, 2)
    assert ds.videos[0].tweet is None and ds.bonus is None
    assert isinstance(ds.videos, tuple) and isinstance(ds.parties[0].aliases, tuple)
    with pytest.raises(AttributeError):
        ds.videos[0].views = 1  # type: ignore[misc]
    assert summary(ds) == (f"OK {path}: 3 videos (blues 1, greens 2), 2 parties, 1 person, 1 metric, "
                           "0 bonus videos, source dated 2020-01-31")


def test_dates_may_be_quoted_iso_strings(tmp_path: Path) -> None:
    ds = load_dataset(write(tmp_path, BASE.replace("published: 2020-01-31", 'published: "2020-01-31"')))
    assert ds.source.published == date(2020, 1, 31)


def test_shipped_dataset_loads_and_summarises(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    ds = load_dataset()
    assert ds == load_dataset("data/labour-2019.yaml")
    assert summary(ds) == ("OK data/labour-2019.yaml: 10 videos (labour), 2 parties, 3 people, 4 metrics, "
                           "2 bonus videos, source dated 2019-12-12")


def test_default_dataset_path_in_this_checkout_exists() -> None:
    path = default_dataset_path()
    assert path.is_file() and path.name == "labour-2019.yaml"


def test_default_dataset_path_falls_back_to_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    def not_installed(package: str) -> Path:
        raise ModuleNotFoundError(package)

    monkeypatch.setattr(loader.resources, "files", not_installed)
    assert default_dataset_path() == REPO / "data" / "labour-2019.yaml"


def test_default_dataset_path_prefers_installed_package_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = write(tmp_path, BASE, "labour-2019.yaml")
    monkeypatch.setattr(loader.resources, "files", lambda package: tmp_path)
    assert default_dataset_path() == installed
    installed.unlink()  # a broken install without the file: use the checkout's copy
    assert default_dataset_path() == REPO / "data" / "labour-2019.yaml"
