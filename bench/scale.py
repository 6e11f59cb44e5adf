"""Scale: synthetic datasets in the real schema at growing sizes, then load, memory and answer latency.

A seeded generator writes datasets of 100, 1,000 and 10,000 videos (and 100,000 with --full) as YAML
to a temporary folder: titles from a word list plus rarer made-up words, each video with two aliases,
a tweet (author, date, text, link) for most, several parties with colours and aliases, people with
handles, topics on some videos, the shipped metrics and bonus. Each size is measured in a fresh child
process: load_dataset (load + validation), Engine build, resident memory and Python heap, and the
latency of a fixed mix of questions (top 5, a video by alias, a video by title words with a typo, a
filter by month, a threshold filter, an aggregate, an out-of-scope question).

Targets (issue 5): at 10,000 videos load + validate <= 1 s and median answer <= 2 ms; at 100,000
videos every answer < 20 ms (median per question). The loader refuses files over 5 MB; sizes whose
file is larger are measured with that limit lifted inside the child, and the table says so.

    python bench/scale.py [--full] [--sizes 100,1000] [--keep DIR] [--json]
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from _common import emit, fmt_num, parser, summarise_ns, table, target, vmrss_kb

SIZES = (100, 1_000, 10_000)
FULL_SIZES = (*SIZES, 100_000)
LOAD_TARGET_S = 1.0  # at 10,000 videos
MEDIAN_TARGET_MS = 2.0  # at 10,000 videos
BIG_TARGET_MS = 20.0  # at 100,000 videos, every question's median (strictly under)

_WORD_LIST = """
nhs nurses doctors hospital care health patients waiting lists schools teachers children students
tuition fees housing homes rent landlords council tenants workers wages pay jobs unions industry
steel railways buses trains water energy bills climate green deal jobs future planet floods
police crime safety streets communities towns cities villages coast north south midlands wales
scotland london brexit europe deal vote election campaign manifesto promise pledge change hope
fairness justice poverty food banks pensions pensioners women equality disability benefits credit
austerity cuts budget tax billionaires millionaires many few broadband internet free youth
veterans army forces peace war refugees immigrants migrants families mothers fathers grandparents
friends neighbours volunteers carers cleaners porters drivers farmers fishermen miners builders
writers singers artists comedians actors celebrities stars fans supporters members activists
canvassers doorstep rally speech debate interview question answer reaction response challenge
message letter story journey life day night morning week year decade moment chance choice
wonderful powerful brilliant honest fair real simple short long big small great better best
"""
WORDS = sorted(set(_WORD_LIST.split()))
OPENERS = ["the", "our", "why", "how", "what", "when", "a", "your", "this", "one"]
TOPICS = ["nhs", "housing", "climate", "schools", "brexit", "wages", "police", "railways", "pensions", "youth"]
SYLLABLES = ["ba", "be", "bo", "da", "de", "di", "fa", "fe", "ga", "go", "ka", "ke", "la", "le", "li", "lo",
             "ma", "me", "mi", "mo", "na", "ne", "no", "pa", "pe", "ra", "re", "ri", "ro", "sa", "se", "so",
             "ta", "te", "ti", "to", "va", "ve", "za", "zo"]
CODAS = ["", "", "n", "r", "l", "s", "t", "m", "x", "nd"]
PARTIES = [
    ("labour", "Labour", "#E4003B", ["labour party", "the labour party"]),
    ("conservatives", "Conservatives", "#0087DC", ["the conservatives", "tories", "tory"]),
    ("libdems", "Liberal Democrats", "#FAA61A", ["lib dems", "the lib dems", "liberals"]),
    ("snp", "Scottish National Party", "#FDF38E", ["the snp", "scottish nationals"]),
    ("greens", "Green Party", "#6AB023", ["the greens", "green"]),
    ("brexit-party", "Brexit Party", "#12B6CF", ["the brexit party"]),
    ("plaid", "Plaid Cymru", "#005B54", ["plaid"]),
]
FIRST_NAMES = ["jeremy", "boris", "jo", "nicola", "sian", "nigel", "adam", "angela", "john", "diane", "keir",
               "rebecca", "priti", "michael", "ed", "layla", "ian", "caroline", "richard", "liz", "leanne"]
LAST_NAMES = ["corbyn", "johnson", "swinson", "sturgeon", "berry", "farage", "price", "rayner", "mcdonnell",
              "abbott", "starmer", "longbailey", "patel", "gove", "davey", "moran", "blackford", "lucas",
              "tice", "truss", "wood"]
START = date(2019, 10, 30)  # the campaign's weeks, as in the real data
DAYS = 44


def made_up_words(n: int, rng: random.Random) -> list[str]:
    """n distinct pronounceable made-up words (rare title words that pick out a video)."""
    out: dict[str, None] = {}
    while len(out) < n:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))) + rng.choice(CODAS)
        if word not in WORDS:
            out[word] = None
    return list(out)


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def generate(n: int, seed: int = 2019) -> tuple[str, dict[str, Any]]:
    """A dataset of n videos as YAML text, and what the question mix should find in it."""
    rng = random.Random(seed * 1_000_003 + n)
    rare = made_up_words(max(300, n * 2), rng)
    rare_set = set(rare)
    people: list[tuple[str, str, str, str]] = []  # id, name, party, handle
    used: set[str] = set()
    for pid, *_ in PARTIES:
        for _ in range(3):
            while True:
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                if f"{first}-{last}" not in used:
                    break
            used.add(f"{first}-{last}")
            people.append((f"{first}-{last}", f"{first.title()} {last.title()}", pid, f"{first}{last}"[:15]))
    weights = [50, 25, 10, 6, 4, 3, 2]  # videos per party, roughly like a real campaign's output
    titles: set[str] = set()
    videos: list[dict[str, Any]] = []
    for _ in range(n):
        party = rng.choices(PARTIES, weights)[0][0]
        while True:
            shape = rng.random()
            body = [rng.choice(WORDS) for _ in range(rng.randint(1, 3))] + rng.sample(rare, rng.randint(1, 2))
            rng.shuffle(body)
            if shape < 0.25:
                name = rng.choice([p for p in people if p[2] == party])[1]
                words = [name + "’s", *body] if rng.random() < 0.5 else [*body, "with", name]
            elif shape < 0.5:
                words = [rng.choice(OPENERS), *body]
            else:
                words = body
            title = " ".join(words)
            title = title[0].upper() + title[1:]
            if title.casefold() not in titles:
                titles.add(title.casefold())
                break
        own_rare = [w for w in words if w in rare_set] or body
        aliases = [f"{own_rare[0]} {rng.choice(WORDS)}", f"{rng.choice(rare)} {rng.choice(rare)} video"]
        views = int(2_000 + 15_000_000 * rng.random() ** 6)
        video: dict[str, Any] = {"title": title, "party": party, "views": views, "aliases": aliases}
        if rng.random() < 0.1:
            video["topics"] = [rng.choice(TOPICS)]
        if rng.random() < 0.9:
            by = rng.choice([p for p in people if p[2] == party])
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 12))).capitalize() + "."
            video["tweet"] = {"by": by[0], "date": (START + timedelta(days=rng.randrange(DAYS))).isoformat(),
                              "text": text, "media": f"pic.twitter.com/{rng.getrandbits(60):016x}"[:26]}
        videos.append(video)
    for party, *_ in PARTIES:  # ranks 1..n per party, by views
        mine = sorted((v for v in videos if v["party"] == party), key=lambda v: -v["views"])
        for rank, v in enumerate(mine, 1):
            v["rank"] = rank
    out = [
        "# Synthetic dataset for bench/scale.py: made-up titles, real schema.",
        "schema_version: 1",
        "source:",
        "  published: 2019-12-12",
        "  claimed_by: labour",
        "  attribution: according to the party",
        "  summary: Synthetic figures for benchmarks.",
        "  context: Generated; not real data.",
        "campaign:",
        "  name: the 2019 general election",
        "  year: 2019",
        "parties:",
    ]
    for pid, name, colour, aliases in PARTIES:
        out += [f"  - id: {pid}", f"    name: {q(name)}", f"    colour: {q(colour)}",
                f"    aliases: [{', '.join(q(a) for a in aliases)}]"]
    out.append("people:")
    for pid, name, party, handle in people:
        out += [f"  - id: {pid}", f"    name: {q(name)}", f"    party: {party}", f"    handle: {handle}",
                f"    aliases: [{q(name.split()[1].lower())}]"]
    out += [
        "metrics:",
        "  - {id: labour-facebook-video-views, subject: labour, label: Labour, measure: views, "
        "platform: facebook, of: campaign videos, value: 86000000, qualifier: over}",
        "  - {id: conservatives-facebook-video-views, subject: conservatives, label: the Conservatives, "
        "measure: views, platform: facebook, of: campaign videos, value: 25000000, qualifier: around}",
        f"  - {{id: retweets-2019, subject: {people[0][0]}, label: {q(people[0][1])}, measure: retweets, "
        "platform: twitter, value: 2400000, period: {label: the 42 days up to 9 December 2019, year: 2019, "
        "days: 42, end: 2019-12-09}}",
        "video_views:",
        "  platforms: [facebook, twitter]",
        "  note: views across Facebook and Twitter",
        "videos:",
    ]
    for v in videos:
        out += [f"  - rank: {v['rank']}", f"    title: {q(v['title'])}", f"    party: {v['party']}",
                f"    views: {v['views']}", f"    aliases: [{', '.join(q(a) for a in v['aliases'])}]"]
        if "topics" in v:
            out.append(f"    topics: [{', '.join(v['topics'])}]")
        if "tweet" in v:
            t = v["tweet"]
            out += ["    tweet:", f"      by: {t['by']}", f"      date: {t['date']}", f"      text: {q(t['text'])}",
                    f"      media: {t['media']}"]
    out += ["bonus:", "  label: Our added favourites", "  videos:",
            "    - {title: 'Emeli Sande: You are not alone', aliases: [emeli sande]}"]
    # The question mix is about one video in the middle of the list, found three ways.
    pick = videos[n // 2]
    words = pick["title"].split()
    longest = max(range(len(words)), key=lambda k: (len(words[k]) if words[k].isalpha() else 0, -k))
    w = words[longest]
    typo = w[:2] + w[3] + w[2] + w[4:] if len(w) >= 5 else w + w[-1]  # swap two letters (one OSA edit)
    typo_title = " ".join([*words[:longest], typo, *words[longest + 1:]]).lower()
    expect = {"title": pick["title"], "alias": pick["aliases"][0], "typo_title": typo_title}
    return "\n".join(out) + "\n", expect


def question_mix(expect: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    """(kind, question, text the answer must contain or None) for one dataset."""
    return [
        ("top 5", "top 5", None),
        ("video by alias", f"how many views did {expect['alias']} get", expect["title"]),
        ("title words + typo", f"views of {expect['typo_title']}", expect["title"]),
        ("filter by month", "videos posted in november", None),
        ("threshold filter", "which videos got over 12 million views", None),
        ("aggregate", "total views of all the videos", None),
        ("out of scope", "what's the weather like in london tomorrow", None),
    ]


def _answer_text(answer: Any) -> str:
    return " ".join([answer.title, *answer.lines, *(r.label for r in answer.rows[:5])])


def child(path: Path, expect: dict[str, Any], min_time: float, max_reps: int, heap: bool) -> dict[str, Any]:
    """Everything measured for one dataset file, in this (fresh) process."""
    import bot.dataset.loader as loader
    import bot.dataset.reading as reading
    from bot.engine import Engine

    size = path.stat().st_size
    lifted = size > reading.MAX_BYTES
    if lifted:
        reading.MAX_BYTES = size + 1  # measure beyond the 5 MB guard (read_text checks it); reported as such
    rss0 = vmrss_kb()
    clock = time.perf_counter_ns
    load_ns, build_ns = [], []
    ds = engine = None
    reps = 3 if size < 4_000_000 else 1
    for _ in range(reps):
        ds = engine = None
        gc.collect()
        t0 = clock()
        ds = loader.load_dataset(path)
        t1 = clock()
        engine = Engine(ds)
        t2 = clock()
        load_ns.append(t1 - t0)
        build_ns.append(t2 - t1)
    assert ds is not None and engine is not None
    gc.collect()
    rss1 = vmrss_kb()
    questions = question_mix(expect)
    per_kind: dict[str, dict[str, Any]] = {}
    timed: list[list[int]] = []
    for kind, question, must in questions:
        first = engine.answer(question)
        correct = None if must is None else must.casefold() in _answer_text(first).casefold()
        for _ in range(2):
            engine.answer(question)
        samples: list[int] = []
        spent = 0
        while len(samples) < max_reps and (spent < min_time * 1e9 or len(samples) < 5):
            t0 = clock()
            engine.answer(question)
            dt = clock() - t0
            samples.append(dt)
            spent += dt
        timed.append(samples)
        per_kind[kind] = summarise_ns(samples) | {
            "question": question, "intent": first.intent, "answered": first.answered, "rows": len(first.rows),
            "correct": correct}
    # Every question weighs the same in the overall figures: as many samples of each as of the rarest.
    k = min(len(t) for t in timed)
    all_ns = [ns for t in timed for ns in t[:k]]
    heap_mb = None
    if heap:
        ds = engine = None
        gc.collect()
        tracemalloc.start()
        ds = loader.load_dataset(path)
        after_load = tracemalloc.get_traced_memory()[0]
        engine = Engine(ds)
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        heap_mb = {"dataset_mb": after_load / 2**20, "dataset_and_engine_mb": current / 2**20,
                   "peak_mb": peak / 2**20}
    return {
        "videos": len(ds.videos), "file_bytes": size, "limit_lifted": lifted,
        "load_s": statistics.median(load_ns) / 1e9, "build_s": statistics.median(build_ns) / 1e9,
        "rss_delta_mb": (rss1 - rss0) / 1024 if rss0 is not None and rss1 is not None else None,
        "heap": heap_mb, "answers": summarise_ns(all_ns) | {"per_question": k}, "per_kind": per_kind,
    }


def measure_size(n: int, folder: Path, args: Any) -> dict[str, Any]:
    """Generate the dataset of n videos and measure it in a fresh child process."""
    t0 = time.perf_counter()
    text, expect = generate(n)
    path = folder / f"synthetic-{n}.yaml"
    path.write_text(text, encoding="utf-8")
    gen_s = time.perf_counter() - t0
    cmd = [sys.executable, __file__, "--child", str(path), "--expect", json.dumps(expect),
           "--min-time", str(args.min_time), "--max-reps", str(args.max_reps)]
    if args.no_heap:
        cmd.append("--no-heap")
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        return {"videos": n, "error": proc.stderr.strip()[-2000:], "generate_s": gen_s}
    return json.loads(proc.stdout) | {"generate_s": gen_s, "expect": expect}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (or, with --child, one size) and print its tables (or JSON)."""
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--full", action="store_true", help="add 100,000 videos (takes minutes)")
    p.add_argument("--sizes", help="comma-separated sizes instead of the defaults, e.g. 100,1000")
    p.add_argument("--keep", type=Path, help="write the datasets to this folder and keep them")
    p.add_argument("--min-time", type=float, default=0.3, help="seconds of timed answers per question (0.3)")
    p.add_argument("--max-reps", type=int, default=500, help="at most this many timed answers per question")
    p.add_argument("--no-heap", action="store_true", help="skip the tracemalloc pass (faster at 100,000)")
    p.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # one size, in a fresh process
    p.add_argument("--expect", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        doc = child(args.child, json.loads(args.expect), args.min_time, args.max_reps, not args.no_heap)
        print(json.dumps(doc))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else list(FULL_SIZES if args.full else SIZES)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        results = {n: measure_size(n, args.keep, args) for n in sizes}
    else:
        with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
            results = {n: measure_size(n, Path(tmp), args) for n in sizes}
    return report(args, results)


def report(args: Any, results: dict[int, dict[str, Any]]) -> int:
    """The tables and targets of a run."""
    ok = {n: r for n, r in results.items() if "error" not in r}
    failed = {n: r["error"] for n, r in results.items() if "error" in r}
    rows = []
    for n, r in ok.items():
        heap = r["heap"] or {}
        rows.append([f"{n:,}", f"{r['file_bytes'] / 2**20:.2f}" + (" *" if r["limit_lifted"] else ""),
                     fmt_num(r["load_s"] * 1000), fmt_num(r["build_s"] * 1000),
                     fmt_num(r["rss_delta_mb"]), fmt_num(heap.get("dataset_and_engine_mb")),
                     fmt_num(heap.get("peak_mb")), fmt_num(r["answers"]["median_us"] / 1000, 3),
                     fmt_num(r["answers"]["p99_us"] / 1000, 3), fmt_num(r["answers"]["max_us"] / 1000, 2)])
    kinds = list(next(iter(ok.values()))["per_kind"]) if ok else []
    per_kind_rows = [[kind, *(fmt_num(ok[n]["per_kind"][kind]["median_us"] / 1000, 3) for n in ok)] for kind in kinds]
    checks = [[kind, *(_check(ok[n]["per_kind"][kind]) for n in ok)] for kind in kinds]
    lines = [
        "Scale: synthetic datasets, each size measured in a fresh process "
        "(* = over the loader's 5 MB limit, measured with the limit lifted)",
        "",
        table(["videos", "file MB", "load+validate ms", "engine build ms", "RSS Δ MB", "heap MB", "heap peak MB",
               "answer median ms", "p99 ms", "max ms"], rows),
        "",
        "Median ms per answer, by question (the growth curve):",
        table(["question", *(f"{n:,}" for n in ok)], per_kind_rows),
        "",
        "Intent / rows in the answer / right video found:",
        table(["question", *(f"{n:,}" for n in ok)], checks, right=[]),
    ]
    for n, err in failed.items():
        lines += ["", f"{n:,} videos FAILED:", err]
    r10 = ok.get(10_000)
    r100 = ok.get(100_000)
    worst100 = max((k["median_us"] for k in r100["per_kind"].values()), default=None) if r100 else None
    targets = [
        target("10,000 videos: load + validate", r10["load_s"] if r10 else None, LOAD_TARGET_S, "s"),
        target("10,000 videos: median answer", r10["answers"]["median_us"] / 1000 if r10 else None,
               MEDIAN_TARGET_MS, "ms"),
        target("100,000 videos: slowest question's median", worst100 / 1000 if worst100 else None, BIG_TARGET_MS,
               "ms", strict=True, note="" if r100 else "run with --full"),
    ]
    if r100:
        targets.append(target("100,000 videos: every answer (max)", r100["answers"]["max_us"] / 1000,
                              BIG_TARGET_MS, "ms", strict=True))
    return emit(args, "scale", {"sizes": {str(n): r for n, r in results.items()}}, targets, "\n".join(lines))


def _check(k: dict[str, Any]) -> str:
    mark = {True: "ok", False: "WRONG", None: "-"}[k["correct"]]
    return f"{k['intent']}/{k['rows']}/{mark}"


if __name__ == "__main__":
    sys.exit(main())
