"""Run every benchmark (each in its own process, with --json) and print one summary table of targets.

    python bench/run_all.py [--full] [--quick] [--only NAME[,NAME]] [--strict] [--json]

--full adds the 100,000-video size to the scale benchmark (minutes); --quick runs fewer rounds;
--strict exits 1 when a target is missed (by default the exit status says only whether all ran).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from _common import fmt_num, machine, parser, table

HERE = Path(__file__).resolve().parent
BENCHMARKS = ("engine_latency", "cold_start", "discord_path", "scale", "memory")
QUICK = {"engine_latency": ["--rounds", "40"], "cold_start": ["--runs", "5"],
         "discord_path": ["--rounds", "300", "--mix-rounds", "3"], "scale": ["--min-time", "0.1"],
         "memory": ["--runs", "1"]}


def run_one(name: str, extra: list[str]) -> dict[str, Any]:
    """One benchmark's JSON document, or an error entry."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, str(HERE / f"{name}.py"), "--json", *extra],
                          capture_output=True, text=True, check=False)
    took = time.perf_counter() - t0
    if proc.returncode != 0:
        return {"benchmark": name, "error": (proc.stderr or proc.stdout).strip()[-2000:], "seconds": took}
    return json.loads(proc.stdout) | {"seconds": took}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks and print the summary (or JSON)."""
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--full", action="store_true", help="include 100,000 videos in the scale benchmark")
    p.add_argument("--quick", action="store_true", help="fewer rounds everywhere (a rough look)")
    p.add_argument("--only", help="comma-separated benchmark names: " + ", ".join(BENCHMARKS))
    p.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = p.parse_args(argv)
    names = args.only.split(",") if args.only else list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        p.error(f"unknown benchmark(s): {', '.join(unknown)}")
    docs = []
    for name in names:
        extra = list(QUICK[name]) if args.quick else []
        if name == "scale" and args.full:
            extra.append("--full")
        if not args.json:
            print(f"running {name} ...", file=sys.stderr, flush=True)
        docs.append(run_one(name, extra))
    rows, missed, failed = [], 0, 0
    for doc in docs:
        if "error" in doc:
            failed += 1
            rows.append([doc["benchmark"], "(failed to run)", "-", "-", "", "ERROR"])
            continue
        for t in doc["targets"]:
            missed += t["ok"] is False
            limit = f"{t['op']} {fmt_num(t['limit'], 2)}" if t["limit"] is not None else "-"
            rows.append([doc["benchmark"], t["name"], fmt_num(t["value"], 2), limit, t["unit"], t["result"]])
    if args.json:
        print(json.dumps({"machine": machine(), "benchmarks": docs}, indent=2, default=str))
    else:
        m = machine()
        print(f"Machine: {m['cpu'] or '?'}, {m['cores']} cores, {m['system']}, Python {m['python']}")
        print()
        print(table(["benchmark", "target", "measured", "limit", "unit", "result"], rows, right=[2, 3]))
        for doc in docs:
            if "error" in doc:
                print(f"\n{doc['benchmark']} failed:\n{doc['error']}")
        print(f"\n{sum(r[-1] == 'PASS' for r in rows)} PASS, {missed} MISS, {failed} failed to run; "
              f"took {sum(d['seconds'] for d in docs):.0f} s")
    if failed:
        return 2
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
