"""Memory: resident size (VmRSS) of a started bot process on the shipped dataset, without connecting.

A fresh child process imports the Discord layer, builds the Bot from Settings with the real engine
factory (dataset loaded and validated, engine built), runs the bot's own setup_hook (cogs, slash
command tree) inside an event loop, then answers every question of the question file once through
the engine and the embed builder, then keeps 10,000 follow-up conversations live (one question each from
10,000 users, the cap). VmRSS is read from /proc/self/status after each stage; VmHWM is
the peak. The median of several children is reported. Target (issue 5): <= 80 MB resident.

    python bench/memory.py [--runs N] [--json]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from typing import Any

from _common import ROOT, emit, fmt_num, parser, table, target

TARGET_MB = 80.0

_CHILD = r"""
import sys

def status(key):
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(key + ":"):
                return int(line.split()[1])

def vmrss_kb():
    return status("VmRSS")

stages = [("interpreter", vmrss_kb())]
import asyncio, json
sys.path.insert(0, sys.argv[1] + "/bench")
import discord
stages.append(("import discord.py", vmrss_kb()))
from bot.config import Settings
from bot.discord_bot.client import create_bot
from bot.discord_bot.run import build_engine
from bot.discord_bot.cogs import admin, stats
stages.append(("import the Discord layer + engine", vmrss_kb()))

async def main():
    bot = create_bot(Settings(token="bench"), build_engine)
    stages.append(("create_bot (dataset + engine loaded)", vmrss_kb()))
    await bot._async_setup_hook()
    await bot.setup_hook()
    stages.append(("setup_hook (cogs, command tree)", vmrss_kb()))
    from bot.discord_bot.replies import answer_payload
    from engine_latency import default_questions, load_questions
    for q, _, _ in load_questions(default_questions()):
        answer_payload(bot.engine.answer(q), embeds=True, colours=bot.colours)
    stages.append(("after answering the question file once", vmrss_kb()))
    # 10,000 live follow-up conversations (the cap), one per channel and user, each from a real answer.
    from bot.discord_bot.client import MAX_CONVERSATIONS
    from bot.engine.conversation import EMPTY
    # The questions that leave a context (a declined one leaves none to keep).
    questions = [q for q, _, _ in load_questions(default_questions()) if bot.engine.converse(q, EMPTY)[1]]
    for k in range(MAX_CONVERSATIONS):
        bot.ask(questions[k % len(questions)], 6000 + k % 50, 100_000 + k)
    live = len(bot.conversations)
    stages.append((f"{live:,} live follow-up conversations", vmrss_kb()))
    await bot.close()
    return {"videos": bot.engine.video_count, "cogs": sorted(bot.cogs)}

info = asyncio.run(main())
print(json.dumps({"stages": stages, "hwm_kb": status("VmHWM"), **info}))
"""


def one_run() -> dict[str, Any]:
    """The stages of one fresh child."""
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(ROOT)], cwd=ROOT, capture_output=True, text=True,
                          check=True)
    return json.loads(proc.stdout)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its tables (or JSON)."""
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3, help="fresh processes to measure (default 3)")
    args = p.parse_args(argv)
    runs = [one_run() for _ in range(args.runs)]
    names = [name for name, _ in runs[0]["stages"]]
    med = {name: statistics.median(dict(r["stages"])[name] for r in runs) / 1024 for name in names}
    hwm = statistics.median(r["hwm_kb"] for r in runs) / 1024
    final = med[names[-1]]
    rows, prev = [], 0.0
    for name in names:
        rows.append([name, fmt_num(med[name]), f"+{med[name] - prev:.1f}" if prev else "-"])
        prev = med[name]
    rows.append(["peak (VmHWM)", fmt_num(hwm), ""])
    targets = [
        target("resident size of the started bot", final, TARGET_MB, "MB"),
        target("peak resident size (VmHWM)", hwm, TARGET_MB, "MB"),
    ]
    lines = [f"Memory of a started bot (no connection), shipped dataset ({runs[0]['videos']} videos), "
             f"median of {args.runs} fresh processes", "",
             table(["stage", "VmRSS MB", "Δ MB"], rows)]
    result = {"runs": runs, "median_mb": med, "hwm_mb": hwm, "final_mb": final}
    return emit(args, "memory", result, targets, "\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
