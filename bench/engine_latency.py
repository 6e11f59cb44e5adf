"""Engine latency: every question of the question mix answered many times in one process.

The mix is the shared dev set (else the project's paraphrases) plus the compositional questions
(tests/data/compositional.yaml); `--questions` (repeatable) replaces it. Reports the median, p99 and
max time per answer (microseconds) and questions per second, on the shipped dataset. Targets
(issues 5 and 11): median <= 100 µs, p99 <= 1 ms.

    python bench/engine_latency.py [--questions PATH ...] [--rounds N] [--fresh] [--json]
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from _common import (
    COMPOSITIONAL_QUESTIONS,
    OWN_QUESTIONS,
    SHARED_QUESTIONS,
    emit,
    fmt_num,
    parser,
    summarise_ns,
    table,
    target,
)

MEDIAN_TARGET_US = 100.0
P99_TARGET_US = 1000.0


def default_questions() -> list[Path]:
    """The mix: the shared dev set when it is beside the checkout (else the project's own
    paraphrases), and the compositional questions."""
    return [SHARED_QUESTIONS if SHARED_QUESTIONS.is_file() else OWN_QUESTIONS, COMPOSITIONAL_QUESTIONS]


def load_questions(paths: list[Path]) -> list[tuple[str, str, str]]:
    """(question, category, file name) of question files (YAML lists of {q, cat, ...}), in order."""
    import yaml

    out = []
    for path in paths:
        items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        out += [(str(item["q"]), str(item.get("cat", "?")), path.name) for item in items
                if isinstance(item, dict) and "q" in item]
    return out


def timer_overhead_ns(n: int = 20000) -> float:
    """The median cost of one pair of perf_counter_ns calls (subtracted from nothing; reported only)."""
    clock = time.perf_counter_ns
    samples = []
    for _ in range(n):
        t0 = clock()
        samples.append(clock() - t0)
    return statistics.median(samples)


def measure(questions: list[tuple[str, str, str]], rounds: int, warmup: int = 3,
            fresh: bool = False) -> dict[str, Any]:
    """Answer every question `rounds` times (round-robin, after warm-up); per-answer nanoseconds.

    `fresh`: the engine's memo of finished answers (keyed by the parsed query, bounded) is emptied before each
    answer, outside the timing, so every answer is computed as the first time its query is asked."""
    from bot.dataset.loader import load_dataset
    from bot.engine import Engine, keep_built

    engine = Engine(load_dataset(None))
    keep_built()  # as the bot does once its engine is built
    texts = [q for q, _, _ in questions]
    for _ in range(warmup):
        for q in texts:
            engine.answer(q)
    per_q: list[list[int]] = [[] for _ in texts]
    clock = time.perf_counter_ns
    answer = engine.answer
    gc_before = sum(s["collections"] for s in gc.get_stats())
    wall0 = clock()
    forget = engine.responder._memo.clear if fresh else None
    for _ in range(rounds):
        for i, q in enumerate(texts):
            if forget is not None:
                forget()
            t0 = clock()
            answer(q)
            per_q[i].append(clock() - t0)
    wall = clock() - wall0
    gc_runs = sum(s["collections"] for s in gc.get_stats()) - gc_before
    samples = [s for qs in per_q for s in qs]
    stats = summarise_ns(samples)
    stats["answers_per_second"] = len(samples) / (wall / 1e9)
    per_question = sorted(
        ({"question": q, "category": cat, "median_us": statistics.median(per_q[i]) / 1000,
          "max_us": max(per_q[i]) / 1000} for i, (q, cat, _) in enumerate(questions)),
        key=lambda r: -r["median_us"])
    by_cat: dict[str, list[int]] = {}
    by_file: dict[str, list[int]] = {}
    for i, (_, cat, name) in enumerate(questions):
        by_cat.setdefault(cat, []).extend(per_q[i])
        by_file.setdefault(name, []).extend(per_q[i])
    categories = {cat: summarise_ns(v) for cat, v in sorted(by_cat.items())}
    files = {name: summarise_ns(v) for name, v in by_file.items()}
    return {"overall": stats, "per_question": per_question, "categories": categories, "files": files,
            "gc_collections": gc_runs, "wall_s": wall / 1e9}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its tables (or JSON)."""
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--questions", type=Path, action="append", default=None,
                   help="a question file, repeatable (default: the shared dev set if present, else "
                   "tests/data/paraphrases.yaml, plus tests/data/compositional.yaml)")
    p.add_argument("--rounds", type=int, default=200, help="timed passes over all questions (default 200)")
    p.add_argument("--slowest", type=int, default=8, help="how many of the slowest questions to list")
    p.add_argument("--fresh", action="store_true",
                   help="empty the memo of finished answers before each answer (each computed as if first asked)")
    args = p.parse_args(argv)
    paths = args.questions or default_questions()
    questions = load_questions(paths)
    names = " + ".join(str(p) for p in paths)
    if not questions:
        print(f"no questions in {names}", file=sys.stderr)
        return 2
    m = measure(questions, args.rounds, fresh=args.fresh)
    o = m["overall"]
    targets = [
        target("engine median per answer", o["median_us"], MEDIAN_TARGET_US, "µs"),
        target("engine p99 per answer", o["p99_us"], P99_TARGET_US, "µs"),
    ]
    overhead = timer_overhead_ns()
    lines = [
        f"Engine latency on the shipped dataset: {len(questions)} questions from {names}, "
        f"{args.rounds} rounds = {o['n']:,} answers (timer overhead {overhead:.0f} ns, "
        f"{m['gc_collections']} GC runs)" + ("; the memo of finished answers emptied before each" if args.fresh
                                             else "; repeated questions reuse the memo of finished answers"),
        "",
        table(["answers", "median µs", "p90 µs", "p99 µs", "max µs", "answers/s"],
              [[f"{o['n']:,}", fmt_num(o["median_us"]), fmt_num(o["p90_us"]), fmt_num(o["p99_us"]),
                fmt_num(o["max_us"]), fmt_num(o["answers_per_second"], 0)]]),
        "",
        "By question file:",
        table(["file", "answers", "median µs", "p99 µs", "max µs"],
              [[name, f"{s['n']:,}", fmt_num(s["median_us"]), fmt_num(s["p99_us"]), fmt_num(s["max_us"])]
               for name, s in m["files"].items()]),
        "",
        "By category:",
        table(["category", "answers", "median µs", "p99 µs", "max µs"],
              [[cat, f"{s['n']:,}", fmt_num(s["median_us"]), fmt_num(s["p99_us"]), fmt_num(s["max_us"])]
               for cat, s in m["categories"].items()]),
        "",
        f"Slowest {args.slowest} questions (by median):",
        table(["question", "category", "median µs", "max µs"],
              [[r["question"][:60], r["category"], fmt_num(r["median_us"]), fmt_num(r["max_us"])]
               for r in m["per_question"][:args.slowest]]),
    ]
    result = {"questions_files": [str(p) for p in paths], "questions": len(questions), "rounds": args.rounds,
              "fresh": args.fresh,
              "timer_overhead_ns": overhead, **m}
    return emit(args, "engine_latency", result, targets, "\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
