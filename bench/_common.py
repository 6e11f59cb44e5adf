"""Shared helpers of the benchmark scripts: timing statistics, targets, tables and --json output."""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED_QUESTIONS = ROOT.parent / "shared" / "questions" / "dev.yaml"
OWN_QUESTIONS = ROOT / "tests" / "data" / "paraphrases.yaml"
COMPOSITIONAL_QUESTIONS = ROOT / "tests" / "data" / "compositional.yaml"

# Run from a clean checkout without an install too: the project's own package comes first.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass(frozen=True, slots=True)
class Target:
    """One figure measured against its target; `ok` is None when there is nothing to compare."""

    name: str
    value: float | None
    limit: float | None
    unit: str
    ok: bool | None
    note: str = ""
    op: str = "<="  # how value compares with limit when it passes

    @property
    def verdict(self) -> str:
        """PASS, MISS or '-' (not measured)."""
        return "-" if self.ok is None else ("PASS" if self.ok else "MISS")


def target(name: str, value: float | None, limit: float | None, unit: str, note: str = "",
           strict: bool = False) -> Target:
    """A target check: value <= limit (value < limit when strict)."""
    op = "<" if strict else "<="
    if value is None or limit is None:
        return Target(name, value, limit, unit, None, note, op)
    ok = value < limit if strict else value <= limit
    return Target(name, value, limit, unit, ok, note, op)


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) of already sorted values, nearest-rank."""
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, math.ceil(q / 100 * len(sorted_values)) - 1))
    return sorted_values[k]


def summarise_ns(samples_ns: Sequence[int]) -> dict[str, float]:
    """Median, p90, p99, max and min of nanosecond samples, in microseconds."""
    s = sorted(samples_ns)
    us = 1000.0
    return {
        "n": len(s),
        "min_us": s[0] / us,
        "median_us": statistics.median(s) / us,
        "p90_us": percentile(s, 90) / us,
        "p99_us": percentile(s, 99) / us,
        "max_us": s[-1] / us,
    }


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"python": platform.python_version(), "implementation": platform.python_implementation(),
            "system": f"{platform.system()} {platform.release()}", "cpu": cpu, "cores": os.cpu_count()}


def vmrss_kb(pid: int | str = "self") -> int | None:
    """Resident set size (VmRSS) of a process in KiB, from /proc; None where /proc is missing."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def fmt_num(value: float | None, digits: int = 1) -> str:
    """A figure for a table: thousands separators, fixed decimals, '-' for none."""
    if value is None:
        return "-"
    if isinstance(value, int) or (float(value).is_integer() and abs(value) >= 1000):
        return f"{value:,.0f}"
    return f"{value:,.{digits}f}"


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], right: Sequence[int] | None = None) -> str:
    """A plain-text table with aligned columns (numeric columns right-aligned)."""
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    right_cols = set(right if right is not None else range(1, len(headers)))

    def line(row: list[str]) -> str:
        pairs = enumerate(zip(row, widths, strict=True))
        return "  ".join(c.rjust(w) if i in right_cols else c.ljust(w) for i, (c, w) in pairs).rstrip()

    out = [line(cells[0]), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells[1:]]
    return "\n".join(out)


def targets_table(targets: Sequence[Target]) -> str:
    """The targets of one benchmark as a table."""
    rows = [(t.name, fmt_num(t.value, 2), f"{t.op} {fmt_num(t.limit, 2)}" if t.limit is not None else "-",
             t.unit, t.verdict, t.note) for t in targets]
    return table(["target", "measured", "limit", "unit", "result", "note"], rows, right=[1, 2])


def parser(description: str) -> argparse.ArgumentParser:
    """An argument parser with the common --json flag."""
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--json", action="store_true", help="print machine-readable JSON instead of tables")
    return p


def emit(args: argparse.Namespace, name: str, result: dict[str, Any], targets: Sequence[Target],
         text: str) -> int:
    """Print the result as JSON (--json) or as the text tables; the exit status is always 0."""
    if args.json:
        doc = {"benchmark": name, "machine": machine(), "targets": [asdict(t) | {"result": t.verdict}
                                                                     for t in targets], **result}
        print(json.dumps(doc, indent=2, default=str))
    else:
        print(text.rstrip())
        print()
        print(targets_table(targets))
    return 0
