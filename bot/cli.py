"""The `campaign-bot` command line: ask, chat, check, chart, run.

The ask, chat and check paths never import discord.py or matplotlib, so they start fast.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence

from bot import __version__

DEFAULT_DATA = "default: the config's data_path, else the one shipped with the bot"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="campaign-bot", description="Labour 2019 campaign-video stats, in a terminal or on Discord."
    )
    p.add_argument("--version", action="version", version=f"campaign-bot {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer one question (or, with --json and no question, one per stdin line)")
    ask.add_argument("question", nargs="*", help="the question; omit with --json to read stdin")
    ask.add_argument("--json", action="store_true", help="print JSON: question, answered, intent, text, answer")
    ask.add_argument("--explain", action="store_true",
                     help="show entities, the parsed query or intent scores (with --json: an `explain` field)")
    ask.add_argument("--conversation", action="store_true",
                     help="with --json: stdin lines are follow-up questions of one conversation; a blank line "
                          "starts a new one")
    ask.add_argument("--data", help=f"dataset YAML ({DEFAULT_DATA})")
    chat = sub.add_parser("chat", help="interactive prompt on the same engine")
    chat.add_argument("--data", help=f"dataset YAML ({DEFAULT_DATA})")
    check = sub.add_parser("check", help="validate a dataset; exit 0 if valid, 2 with the errors if not")
    check.add_argument("path", nargs="?", help=f"dataset YAML ({DEFAULT_DATA})")
    check.add_argument("--config", help="config TOML whose data_path to check (default: as for run)")
    chart = sub.add_parser("chart", help="draw a bar chart as PNG (needs the charts extra: matplotlib)")
    chart.add_argument("--out", required=True, help="the PNG file to write")
    chart.add_argument("--metric", choices=("views", "parties"), default="views",
                       help="views: the most viewed videos (default); parties: the parties' view figures")
    chart.add_argument("--data", help=f"dataset YAML ({DEFAULT_DATA})")
    run = sub.add_parser("run", help="run the Discord bot")
    run.add_argument("--config", help="config TOML (see config.example.toml)")
    run.add_argument("--data", help="dataset YAML (overrides the config's)")
    return p


def dataset_path(given: str | None, config: str | None = None) -> str | None:
    """The dataset a command reads: the one given, else the data_path of the config `run` would read
    (--config, $CAMPAIGN_BOT_CONFIG or ./config.toml), else None for the shipped one."""
    # So that `check`, `ask` and the running bot all read the file the admin edits.
    if given is not None:
        return given
    from bot.config import ConfigError, load_settings

    try:
        return load_settings(config).data_path
    except ConfigError as err:
        message = f"bad configuration: {err}" if len(err.errors) == 1 else f"bad configuration:\n{err}"
        print(f"campaign-bot: {message}", file=sys.stderr)
        raise SystemExit(2) from None


def _engine(path: str | None):  # -> Engine, imported lazily to keep --help instant
    from bot.dataset.loader import DatasetError, load_dataset
    from bot.engine import Engine

    try:
        return Engine(load_dataset(dataset_path(path)))
    except DatasetError as err:
        print(str(err), file=sys.stderr)
        raise SystemExit(2) from None


def _utf8_io() -> None:
    """Read stdin and write stdout as UTF-8 whatever the locale, bad input bytes replaced by U+FFFD."""
    # Locale defaults either stop at the first bad byte (strict) or pass it through as a surrogate and
    # write it back out as the same invalid byte (C locale): one stray byte must not end a batch.
    for stream in (sys.stdin, sys.stdout):
        # Not a text file (a test's StringIO, a closed stream): leave it as it is.
        with contextlib.suppress(AttributeError, OSError, ValueError):
            stream.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]


def _from_argv(arg: str) -> str:
    """A command-line argument as text: its original bytes decoded as UTF-8, bad bytes replaced."""
    return os.fsencode(arg).decode("utf-8", "replace")  # argv arrives surrogate-escaped


def _json_line(question: str, answer, explanation=None) -> str:
    from bot.render.text import render_text

    reply = {
        "question": question,
        "answered": answer.answered,
        "intent": answer.intent,
        "text": render_text(answer),
        "answer": answer.to_dict(),
    }
    if explanation is not None:  # --json --explain: one valid JSON object, the explanation a field of it
        reply["explain"] = _explain_dict(explanation)
    return json.dumps(reply, ensure_ascii=False, default=str)


def _explain_dict(ex) -> dict[str, object]:
    return {
        "words": list(ex.words),
        "entities": {key: value for key, value in ex.entities.items() if value},
        "scores": [{"intent": name, "score": round(score, 2)} for name, score in ex.scores],
        "query": ex.query,  # the parsed query when the question composes one; then the scores are not used
        "chosen": ex.chosen,
        "margin": round(ex.margin, 2),
    }


def _print_explanation(ex) -> None:
    print(f"words:    {' '.join(ex.words)}")
    for key, value in ex.entities.items():
        if value:
            print(f"{key + ':':<10}{value}")
    if ex.query:
        print(f"query:    {ex.query}")
        print("chosen:   the query (the intent scores below are not used)")
    print("scores:   " + ", ".join(f"{name} {score:.1f}" for name, score in ex.scores))
    if not ex.query:
        print(f"chosen:   {ex.chosen or '(none: not understood)'} (margin {ex.margin:.1f})")
    print("---")


def _answer(engine, question: str):
    """The engine's answer, or the usage where a command's argument makes no sense ("top -3")."""
    from bot.usage import bad_top_argument, top_usage

    return top_usage() if bad_top_argument(question) else engine.answer(question)


def _ask(args: argparse.Namespace) -> int:
    from bot.render.text import render_text

    _utf8_io()
    engine = _engine(args.data)
    question = " ".join(_from_argv(arg) for arg in args.question).strip()
    if args.conversation and (question or not args.json):
        print("campaign-bot: --conversation reads questions from stdin, with --json", file=sys.stderr)
        return 2
    if args.json and not question:
        if args.conversation:
            return _ask_conversations(engine, args.explain)
        for line in sys.stdin:
            q = line.strip()
            explanation = engine.explain(q) if args.explain else None
            print(_json_line(q, _answer(engine, q), explanation), flush=False)
        sys.stdout.flush()
        return 0
    if not question:
        needs = "--explain needs a question" if args.explain else "ask needs a question (or --json to read stdin)"
        print(f"campaign-bot: {needs}", file=sys.stderr)
        return 2
    answer = _answer(engine, question)
    if args.json:
        print(_json_line(question, answer, engine.explain(question) if args.explain else None))
        return 0
    if args.explain:
        _print_explanation(engine.explain(question))
    print(render_text(answer))
    return 0


def _ask_conversations(engine, explain: bool) -> int:
    """`ask --json --conversation`: each stdin line a question read against the ones before it in its
    block; a blank line starts a new conversation. One JSON object per question, as `ask --json`."""
    from bot.engine.conversation import EMPTY

    context = EMPTY
    for line in sys.stdin:
        q = line.strip()
        if not q:
            context = EMPTY
            continue
        answer, context = _converse(engine, q, context)
        print(_json_line(q, answer, engine.explain(q) if explain else None), flush=False)
    sys.stdout.flush()
    return 0


def _converse(engine, question: str, context):
    """A question in a conversation and the context after it; the usage where a command's argument makes
    no sense ("top -3")."""
    from bot.engine.conversation import converse
    from bot.usage import bad_top_argument, top_usage

    if bad_top_argument(question):
        return top_usage(), context
    return converse(engine, question, context)


def _chat(args: argparse.Namespace) -> int:
    from bot.render.text import render_text

    _utf8_io()
    from bot.engine.conversation import Conversations

    engine = _engine(args.data)
    # One conversation per run: follow-ups ("who posted it?") read against the questions before them.
    conversations = Conversations()
    print("Ask about the campaign's videos (help for ideas, quit or Ctrl-D to leave).")
    while True:
        try:
            line = input("> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if line.lower() in ("quit", "exit", "q"):
            return 0
        if line:
            context = conversations.get("chat")
            answer, context = _converse(engine, line, context)
            conversations.put("chat", context)
            print(render_text(answer), end="\n\n")


def _check(args: argparse.Namespace) -> int:
    from bot.dataset.loader import DatasetError, load_dataset, summary

    try:
        ds = load_dataset(dataset_path(args.path, args.config))
    except DatasetError as err:
        print(str(err), file=sys.stderr)
        return 2
    print(summary(ds))
    return 0


def _chart(args: argparse.Namespace) -> int:
    from bot.dataset.loader import DatasetError, load_dataset
    from bot.render.chart import ENABLE_IMAGES, chart_spec, render_png, text_chart

    try:
        spec = chart_spec(load_dataset(dataset_path(args.data)), args.metric)
    except (DatasetError, ValueError) as err:
        print(str(err), file=sys.stderr)
        return 2
    try:
        png = render_png(spec)
    except ImportError:  # no matplotlib: the same chart as text, and how to get images
        print(text_chart(spec))
        print(f"campaign-bot: no image written. {ENABLE_IMAGES}", file=sys.stderr)
        return 1
    try:
        with open(args.out, "wb") as out:
            out.write(png)
    except OSError as err:
        print(f"campaign-bot: cannot write {args.out}: {err.strerror}", file=sys.stderr)
        return 2
    print(f"Wrote {args.out}: {spec.title} ({len(png) // 1024} KB)")
    return 0


def _run(args: argparse.Namespace) -> int:
    from bot.discord_bot.run import run

    return run(args.config, args.data)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `campaign-bot` and `python -m bot`."""
    args = _parser().parse_args(argv)
    handlers = {"ask": _ask, "chat": _chat, "check": _check, "chart": _chart, "run": _run}
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
