"""Smoke tests of the benchmark helpers: they run, and the synthetic datasets are valid. No timings asserted."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import _common  # noqa: E402
import scale  # noqa: E402

from bot.dataset.loader import load_dataset  # noqa: E402
from bot.engine import Engine  # noqa: E402


@pytest.mark.parametrize("n", [1, 60])
def test_synthetic_dataset_loads_and_the_question_mix_finds_its_video(tmp_path: Path, n: int) -> None:
    text, expect = scale.generate(n)
    path = tmp_path / "synthetic.yaml"
    path.write_text(text, encoding="utf-8")
    ds = load_dataset(path)
    assert len(ds.videos) == n and len(ds.parties) == len(scale.PARTIES)
    assert len({v.title.casefold() for v in ds.videos}) == n
    assert all(len(v.aliases) == 2 for v in ds.videos)
    engine = Engine(ds)
    for kind, question, must in scale.question_mix(expect):
        answer = engine.answer(question)
        assert answer.title, kind
        if must is not None:
            assert must in " ".join([answer.title, *answer.lines]), (kind, question)


def test_generator_is_deterministic() -> None:
    assert scale.generate(30) == scale.generate(30)


def test_statistics_and_targets() -> None:
    s = _common.summarise_ns([1000 * k for k in range(1, 101)])
    assert s["median_us"] == pytest.approx(50.5) and s["p99_us"] == 99 and s["max_us"] == 100
    assert _common.target("x", 1.0, 1.0, "ms").ok is True
    assert _common.target("x", 1.0, 1.0, "ms", strict=True).ok is False
    assert _common.target("x", None, 1.0, "ms").verdict == "-"
