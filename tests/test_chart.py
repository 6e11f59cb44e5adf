"""Charts: what they show, a valid PNG with its title, the cache, the text fallback without matplotlib."""

from __future__ import annotations

import dataclasses
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from bot.cli import main
from bot.dataset.loader import load_dataset
from bot.dataset.schema import Dataset
from bot.engine import Engine
from bot.render.bars import bar, fit
from bot.render.chart import ENABLE_IMAGES, chart_png, chart_spec, normalise_metric, text_chart

ROOT = Path(__file__).resolve().parents[1]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    """The shipped dataset."""
    return load_dataset(None)


def png_chunks(data: bytes) -> dict[bytes, list[bytes]]:
    """The PNG's chunks by type, each checked against its CRC."""
    assert data[:8] == PNG_MAGIC
    chunks: dict[bytes, list[bytes]] = {}
    pos = 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        assert zlib.crc32(kind + body) == crc, f"bad CRC in {kind!r}"
        chunks.setdefault(kind, []).append(body)
        pos += 12 + length
    assert b"IEND" in chunks
    return chunks


def png_text(chunks: dict[bytes, list[bytes]]) -> dict[str, str]:
    """The tEXt metadata (keyword -> text)."""
    pairs = (body.split(b"\0", 1) for body in chunks.get(b"tEXt", []))
    return {key.decode("latin-1"): value.decode("latin-1") for key, value in pairs}


def test_views_chart_shows_the_top_videos_with_party_colours(dataset: Dataset) -> None:
    spec = chart_spec(dataset, "views")
    assert spec.title == "The 10 most viewed campaign videos"
    assert spec.subtitle == "Views across Facebook and Twitter"
    assert [b.rank for b in spec.bars] == list(range(1, 11))
    assert spec.bars[0].label == "Our wonderful NHS" and spec.bars[0].shown == "13.4M"
    assert spec.bars[0].ranked_label == "#1 Our wonderful NHS"
    assert {b.colour for b in spec.bars} == {"#E4003B"} and not spec.legend  # one party: no legend
    # The same source line as every stats reply of the engine.
    assert spec.source == Engine(dataset).command("top").source


def test_parties_chart_keeps_the_qualifiers(dataset: Dataset) -> None:
    spec = chart_spec(dataset, normalise_metric("compare") or "")
    assert spec.title == "Labour vs Conservatives" and spec.subtitle == "Facebook views of campaign videos"
    assert [(b.label, b.shown, b.colour) for b in spec.bars] == [
        ("Labour and Jeremy Corbyn", "over 86M", "#E4003B"),
        ("Boris Johnson and the Conservatives", "around 25M", "#0087DC"),
    ]
    assert normalise_metric(None) == "views" and normalise_metric("likes") is None
    with pytest.raises(ValueError, match="Unknown chart"):
        chart_spec(dataset, "likes")


def test_png_is_valid_with_its_title_and_cached_per_dataset(dataset: Dataset) -> None:
    pytest.importorskip("matplotlib")
    png = chart_png(dataset, "views")
    chunks = png_chunks(png)
    width, height = struct.unpack(">II", chunks[b"IHDR"][0][:8])
    assert 800 <= width <= 2000 and 400 <= height <= 2000  # legible at Discord's size, not a poster
    assert 10_000 < len(png) < 1_000_000
    meta = png_text(chunks)
    assert meta["Title"] == "The 10 most viewed campaign videos"
    assert meta["Source"].startswith("Source: article of 12 December 2019")
    assert chart_png(dataset, "views") is png  # drawn once per dataset
    parties = chart_png(dataset, "parties")
    reloaded = dataclasses.replace(dataset)  # what !reload produces: a new dataset object, drawn afresh
    assert chart_png(reloaded, "parties") is not parties and chart_png(dataset, "parties") is parties


def test_cli_chart_writes_the_png(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("matplotlib")
    out = tmp_path / "parties.png"
    assert main(["chart", "--out", str(out), "--metric", "parties"]) == 0
    assert png_text(png_chunks(out.read_bytes()))["Title"] == "Labour vs Conservatives"
    assert "Wrote" in capsys.readouterr().out
    assert main(["chart", "--out", str(tmp_path / "missing" / "x.png"), "--metric", "parties"]) == 2


def test_text_chart_aligns_bars_and_values(dataset: Dataset) -> None:
    text = text_chart(chart_spec(dataset, "views"))
    lines = text.splitlines()
    assert lines[0] == "**The 10 most viewed campaign videos**" and lines[-1].startswith("Source:")
    rows = lines[lines.index("```") + 1:-2]
    assert len(rows) == 10 and len({len(r) for r in rows}) == 1  # values end in one column
    assert rows[0].startswith(" 1 Our wonderful NHS") and rows[0].endswith("13.4M")
    assert rows[9].startswith("10 ") and rows[9].endswith("2.6M")
    assert bar(1, 2, 4) == "██  " and bar(0, 2, 4) == "    " and bar(1, 1000, 4) == "▏   "
    assert fit("abcdef", 4) == "abc…" and fit("ab", 4) == "ab  "


def test_without_matplotlib_ask_works_and_chart_prints_the_text_chart(tmp_path: Path) -> None:
    # One fresh interpreter (they are slow to start): `ask` must not import matplotlib or discord at all;
    # then `import matplotlib` is made to fail, as on an install without the charts extra.
    code = ("import sys\nfrom bot.cli import main\nmain(['ask', 'top 3'])\n"
            "print('LOADED', [m for m in ('matplotlib', 'discord') if m in sys.modules])\n"
            "sys.modules['matplotlib'] = None\n"
            "from bot.render.chart import charts_available; assert not charts_available()\n"
            "sys.exit(main(sys.argv[1:]))")
    out = tmp_path / "chart.png"
    result = subprocess.run([sys.executable, "-c", code, "chart", "--out", str(out)], cwd=ROOT,
                            capture_output=True, text=True, timeout=30, env=os.environ | {"PYTHONPATH": str(ROOT)})
    assert "LOADED []" in result.stdout, result.stdout + result.stderr
    assert result.returncode == 1 and not out.exists()
    chart = result.stdout.split("LOADED []", 1)[1]
    assert "```" in chart and "Our wonderful NHS" in chart and "13.4M" in chart
    assert ENABLE_IMAGES in result.stderr and "pip install '.[charts]'" in result.stderr
