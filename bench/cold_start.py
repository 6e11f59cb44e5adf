"""Cold start: `campaign-bot ask "most viewed video"` as a whole process, and the modules it imports.

Each run is a fresh process; the figure is the median wall time of N runs after warm-up runs.
Two bytecode set-ups are measured: `cached` (compiled .pyc files available, as after `pip install`,
which compiles them; kept in a temporary PYTHONPYCACHEPREFIX so the checkout is not written to) and
`inherited` (this shell's environment as it is: with PYTHONDONTWRITEBYTECODE=1 every run compiles the
project's sources again). The target (issue 5) is a median <= 300 ms, judged on `cached`; no module
of discord.py may be imported.

    python bench/cold_start.py [--runs N] [--json]
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import ROOT, emit, fmt_num, parser, table, target

TARGET_MS = 300.0
QUESTION = "most viewed video"

# Runs the CLI's entry point in a child exactly as the console script does, then lists sys.modules.
_MODULES_CHILD = """
import contextlib, io, json, sys
from bot.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    rc = main(["ask", sys.argv[2]])
with open(sys.argv[1], "w") as fh:
    json.dump({"rc": rc, "modules": sorted(sys.modules), "output": out.getvalue()}, fh)
"""

# Times the phases of the same work inside one child: imports, load, engine build, answer, render.
_PHASES_CHILD = """
import json, sys, time
t0 = time.perf_counter_ns()
import bot.cli
from bot.dataset.loader import load_dataset
from bot.engine import Engine
from bot.render.text import render_text
t1 = time.perf_counter_ns()
ds = load_dataset(None)
t2 = time.perf_counter_ns()
engine = Engine(ds)
t3 = time.perf_counter_ns()
answer = engine.answer(sys.argv[1])
t4 = time.perf_counter_ns()
text = render_text(answer)
t5 = time.perf_counter_ns()
print(json.dumps({"imports": t1 - t0, "load_dataset": t2 - t1, "engine_build": t3 - t2,
                  "first_answer": t4 - t3, "render": t5 - t4}))
"""


def cli_command() -> list[str]:
    """The `campaign-bot` console script beside this interpreter, else `python -m bot`."""
    script = Path(sys.executable).parent / "campaign-bot"
    if script.is_file():
        return [str(script)]
    found = shutil.which("campaign-bot")
    return [found] if found else [sys.executable, "-m", "bot"]


def environments(cache_dir: str) -> dict[str, dict[str, str]]:
    """The two bytecode set-ups: compiled files available, and this shell's environment unchanged."""
    cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cached["PYTHONPYCACHEPREFIX"] = cache_dir
    return {"cached": cached, "inherited": dict(os.environ)}


def wall_ms(cases: dict[str, tuple[list[str], dict[str, str]]], runs: int, warmup: int) -> dict[str, list[float]]:
    """Wall times (ms) of fresh processes per case, interleaved so machine noise hits all cases alike."""
    times: dict[str, list[float]] = {name: [] for name in cases}
    for i in range(warmup + runs):
        for name, (cmd, env) in cases.items():
            t0 = time.perf_counter_ns()
            proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
            elapsed = (time.perf_counter_ns() - t0) / 1e6
            if proc.returncode != 0:
                raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.strip()[-500:]}")
            if i >= warmup:
                times[name].append(elapsed)
    return times


def imported_modules(env: dict[str, str]) -> dict[str, Any]:
    """The modules the CLI's ask path leaves in sys.modules, from a child running bot.cli.main."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "modules.json"
        subprocess.run([sys.executable, "-c", _MODULES_CHILD, str(out), QUESTION], env=env, cwd=ROOT,
                       check=True, capture_output=True)
        doc = json.loads(out.read_text())
    mods: list[str] = doc["modules"]
    discord_mods = [m for m in mods if m == "discord" or m.startswith("discord.")]
    top = sorted({m.split(".")[0] for m in mods if not m.startswith("_")})
    return {"count": len(mods), "discord": discord_mods, "project": [m for m in mods if m.split(".")[0] == "bot"],
            "top_level": top, "answered": "Our wonderful NHS" in doc["output"]}


def import_times(env: dict[str, str], limit: int = 12) -> list[dict[str, Any]]:
    """The slowest imports by cumulative time, from `python -X importtime` on the same child."""
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run([sys.executable, "-X", "importtime", "-c", _MODULES_CHILD,
                               str(Path(tmp) / "m.json"), QUESTION],
                              env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    rows = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cum_us, name = line.removeprefix("import time:").split("|", 2)
        rows.append({"module": name.strip(), "self_ms": int(self_us) / 1000,
                     "cumulative_ms": int(cum_us) / 1000})
    return sorted(rows, key=lambda r: -r["self_ms"])[:limit]


def phases(env: dict[str, str], runs: int) -> dict[str, float]:
    """Median milliseconds of each phase (imports, load, engine build, answer, render) over fresh children."""
    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        proc = subprocess.run([sys.executable, "-c", _PHASES_CHILD, QUESTION], env=env, cwd=ROOT,
                              capture_output=True, text=True, check=True)
        for k, v in json.loads(proc.stdout).items():
            samples.setdefault(k, []).append(v / 1e6)
    return {k: statistics.median(v) for k, v in samples.items()}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its tables (or JSON)."""
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=10, help="timed runs per set-up (default 10)")
    p.add_argument("--warmup", type=int, default=2, help="untimed runs first (default 2)")
    args = p.parse_args(argv)
    cmd = [*cli_command(), "ask", QUESTION]
    results: dict[str, Any] = {"command": cmd, "runs": args.runs,
                               "pythondontwritebytecode": os.environ.get("PYTHONDONTWRITEBYTECODE")}
    with tempfile.TemporaryDirectory(prefix="bench-pyc-") as cache_dir:
        envs = environments(cache_dir)
        cases = {
            "python -c pass (interpreter floor)": ([sys.executable, "-c", "pass"], envs["cached"]),
            "python -c 'import yaml, rapidfuzz.process'": (
                [sys.executable, "-c", "import yaml, rapidfuzz.process"], envs["cached"]),
            **{f"campaign-bot ask ({name})": (cmd, env) for name, env in envs.items()},
        }
        wall = wall_ms(cases, args.runs, args.warmup)
        modules = imported_modules(envs["cached"])
        slow = import_times(envs["cached"])
        split = {name: phases(env, max(3, args.runs // 2)) for name, env in envs.items()}
    med = {name: statistics.median(v) for name, v in wall.items()}
    results |= {"wall_ms": wall, "median_ms": med, "modules": modules, "slowest_imports": slow,
                "phases_ms": split}
    targets = [
        target("cold `ask` median (cached .pyc)", med["campaign-bot ask (cached)"], TARGET_MS, "ms"),
        target("cold `ask` median (inherited env)", med["campaign-bot ask (inherited)"], TARGET_MS, "ms",
               note="PYTHONDONTWRITEBYTECODE=1" if results["pythondontwritebytecode"] else ""),
        target("discord modules imported", len(modules["discord"]), 0, "modules"),
    ]
    lines = [
        f"Cold start of `{' '.join(cmd)}`: {args.runs} runs per set-up after {args.warmup} warm-up runs",
        "",
        table(["process", "median ms", "min ms", "max ms"],
              [[name, fmt_num(med[name]), fmt_num(min(v)), fmt_num(max(v))] for name, v in wall.items()]),
        "",
        "Inside the process (median ms per phase, fresh children):",
        table(["phase", *split], [[ph, *(fmt_num(split[s][ph], 2) for s in split)] for ph in split["cached"]]),
        "",
        f"Modules imported: {modules['count']} ({len(modules['project'])} of the project); discord modules: "
        f"{', '.join(modules['discord']) or 'none'}; answer correct: {modules['answered']}",
        "Top-level packages: " + ", ".join(modules["top_level"]),
        "",
        "Slowest imports by own time (python -X importtime, cached .pyc):",
        table(["module", "self ms", "cumulative ms"],
              [[r["module"], fmt_num(r["self_ms"], 2), fmt_num(r["cumulative_ms"], 2)] for r in slow]),
    ]
    return emit(args, "cold_start", results, targets, "\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
