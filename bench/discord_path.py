"""The Discord path: from a MESSAGE_CREATE payload to the reply payload inside one bot process, no network.

The real bot (`create_bot` with the real engine on the shipped dataset, its cogs loaded by its own
`setup_hook`) gets gateway payload dicts through discord.py's own parser (`ConnectionState.parsers`),
exactly as the gateway would hand them over: discord.py builds the Message, dispatches `on_message`,
the bot routes it, the Stats cog asks the engine, builds the embed and replies. The reply reaches a
stand-in for discord.py's HTTP `request`, which records the JSON body that would be POSTed and stops
the clock. Logging is on at INFO into /dev/null, as a running bot logs one line per answer.

Targets (issue 5): payload -> reply payload <= 1 ms (median); ignoring a message that is not for the
bot <= 10 µs (median per message).

    python bench/discord_path.py [--rounds N] [--json]
"""

from __future__ import annotations

import asyncio
import logging
import os
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from _common import emit, fmt_num, parser, summarise_ns, table, target

REPLY_TARGET_US = 1000.0
IGNORE_TARGET_US = 10.0

BOT_ID = 900000000000000001
GUILD_ID = 900000000000000100
CHANNEL_ID = 900000000000000200  # an ordinary channel: only mentions and commands are for the bot
ANSWER_CHANNEL_ID = 900000000000000201  # a configured answer channel
DM_CHANNEL_ID = 900000000000000300
USER_ID = 900000000000000400
OTHER_BOT_ID = 900000000000000500
TIMESTAMP = "2019-12-12T12:00:00.000000+00:00"


def user(uid: int, name: str, bot: bool = False) -> dict[str, Any]:
    """A user object as the gateway sends it."""
    return {"id": str(uid), "username": name, "discriminator": "0", "global_name": name, "avatar": None,
            "bot": bot, "public_flags": 0}


def member(uid: int | None = None) -> dict[str, Any]:
    """A guild member object (with its user when uid is given)."""
    m: dict[str, Any] = {"roles": [], "joined_at": TIMESTAMP, "deaf": False, "mute": False, "flags": 0}
    if uid is not None:
        m["user"] = user(uid, "CampaignBot", bot=True)
    return m


def guild_payload() -> dict[str, Any]:
    """A GUILD_CREATE-like guild with two text channels and the bot as a member."""
    import discord

    perms = discord.Permissions(view_channel=True, send_messages=True, embed_links=True,
                                read_message_history=True)
    channel = {"type": 0, "position": 0, "permission_overwrites": [], "nsfw": False, "parent_id": None,
               "topic": None, "rate_limit_per_user": 0, "last_message_id": None, "flags": 0}
    return {
        "id": str(GUILD_ID), "name": "bench guild", "owner_id": str(USER_ID), "icon": None,
        "roles": [{"id": str(GUILD_ID), "name": "@everyone", "permissions": str(perms.value), "position": 0,
                   "color": 0, "hoist": False, "managed": False, "mentionable": False, "flags": 0}],
        "channels": [channel | {"id": str(CHANNEL_ID), "name": "general"},
                     channel | {"id": str(ANSWER_CHANNEL_ID), "name": "campaign-stats"}],
        "members": [member(BOT_ID)], "member_count": 2, "features": [], "emojis": [], "stickers": [],
        "threads": [], "voice_states": [], "presences": [], "large": False, "unavailable": False,
    }


class PayloadFactory:
    """MESSAGE_CREATE payloads with fresh ids."""

    def __init__(self) -> None:
        self.next_id = 1_000_000_000_000_000_000

    def message(self, content: str, *, channel: int = CHANNEL_ID, dm: bool = False, mention: bool = False,
                author_id: int = USER_ID, bot: bool = False) -> dict[str, Any]:
        """One MESSAGE_CREATE event's data."""
        self.next_id += 1
        data: dict[str, Any] = {
            "id": str(self.next_id), "channel_id": str(DM_CHANNEL_ID if dm else channel),
            "author": user(author_id, "someone", bot=bot), "content": content, "timestamp": TIMESTAMP,
            "edited_timestamp": None, "tts": False, "mention_everyone": False,
            "mentions": [user(BOT_ID, "CampaignBot", bot=True) | {"member": member()}] if mention else [],
            "mention_roles": [], "attachments": [], "embeds": [], "pinned": False, "type": 0, "flags": 0,
            "components": [],
        }
        if not dm:
            data["guild_id"] = str(GUILD_ID)
            data["member"] = member()
        return data


class FakeHTTP:
    """Stands in for discord.py's HTTPClient.request: records the body and stops the clock."""

    def __init__(self) -> None:
        self.pending: asyncio.Future[int] | None = None
        self.last: dict[str, Any] | None = None
        self.calls = 0
        self.reply_id = 2_000_000_000_000_000_000

    async def request(self, route: Any, **kwargs: Any) -> Any:
        """The reply payload arrives here; answer like Discord would, with the created message."""
        stop = time.perf_counter_ns()
        self.calls += 1
        body = kwargs.get("json") or {}
        self.last = {"method": route.method, "path": route.path, "json": body}
        if self.pending is not None and not self.pending.done():
            self.pending.set_result(stop)
        self.reply_id += 1
        channel_id = getattr(route, "channel_id", None) or CHANNEL_ID
        return {"id": str(self.reply_id), "channel_id": str(channel_id), "author": user(BOT_ID, "CampaignBot", True),
                "content": body.get("content") or "", "timestamp": TIMESTAMP, "edited_timestamp": None,
                "tts": False, "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": [],
                "embeds": body.get("embeds") or [], "pinned": False, "type": 19, "flags": 0, "components": []}


def _view_timeout(task: asyncio.Task[Any]) -> bool:
    # A reply with buttons starts discord.py's timeout task for its view: it would end minutes later.
    return task.get_coro().__qualname__.endswith("__timeout_task_impl")  # type: ignore[union-attr]


async def drain() -> None:
    """Let every task the handlers scheduled run to completion; the timeouts of reply buttons are cancelled."""
    current = asyncio.current_task()
    while True:
        others = [t for t in asyncio.all_tasks() if t is not current]
        for task in others:
            if _view_timeout(task):
                task.cancel()  # the bench never presses buttons; thousands of waiting views would skew it
        if not others:
            return
        await asyncio.wait(others)


async def start_bot(log_level: str) -> tuple[Any, FakeHTTP, Callable[[dict[str, Any]], None]]:
    """The real bot over the real engine, offline: logged-in state faked, HTTP replaced."""
    import discord

    from bot.config import Settings
    from bot.discord_bot.client import create_bot
    from bot.discord_bot.run import build_engine

    handler = logging.StreamHandler(open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (lives with the process)
    discord.utils.setup_logging(handler=handler, level=getattr(logging, log_level))
    settings = Settings(token="bench", answer_channels=(ANSWER_CHANNEL_ID,), owner_ids=(USER_ID,),
                        cooldown_rate=1_000_000_000, cooldown_per=1.0)
    bot = create_bot(settings, build_engine)
    await bot._async_setup_hook()  # what login() does first: bind the running loop
    await bot.setup_hook()  # the bot's own: adds the Stats and Admin cogs
    state = bot._connection
    state.user = discord.ClientUser(state=state, data=user(BOT_ID, "CampaignBot", bot=True))
    state._add_guild_from_data(guild_payload())
    http = FakeHTTP()
    bot.http.request = http.request  # type: ignore[method-assign]
    return bot, http, state.parsers["MESSAGE_CREATE"]


async def reply_times(parse: Callable[[dict[str, Any]], None], http: FakeHTTP,
                      payloads: list[dict[str, Any]]) -> list[int]:
    """Nanoseconds from handing each payload to the parser until the reply payload reaches HTTP."""
    loop = asyncio.get_running_loop()
    out = []
    clock = time.perf_counter_ns
    for data in payloads:
        http.pending = loop.create_future()
        calls = http.calls
        t0 = clock()
        parse(data)
        stop = await asyncio.wait_for(http.pending, 5)
        out.append(stop - t0)
        await drain()  # after the clock: log line, the Message built from Discord's response
        if http.calls != calls + 1:
            raise RuntimeError(f"expected one reply, got {http.calls - calls}")
    return out


async def ignore_times(fire: Callable[[], None], http: FakeHTTP, batches: int, batch: int) -> list[float]:
    """Mean nanoseconds per message, per batch: fire `batch` messages, then let every handler finish."""
    clock = time.perf_counter_ns
    calls = http.calls
    means = []
    for _ in range(batches):
        t0 = clock()
        for _ in range(batch):
            fire()
        await drain()
        means.append((clock() - t0) / batch)
    if http.calls != calls:
        raise RuntimeError("a message that should have been ignored got a reply")
    return means


async def direct_times(handler: Callable[[Any], Any], message: Any, n: int) -> list[int]:
    """Nanoseconds of awaiting one handler coroutine directly (no event dispatch), n times."""
    clock = time.perf_counter_ns
    out = []
    for _ in range(n):
        t0 = clock()
        await handler(message)
        out.append(clock() - t0)
    await drain()
    return out


def dev_questions() -> list[str]:
    """The questions of the engine benchmark's default mix."""
    from engine_latency import default_questions, load_questions

    return [q for q, _, _ in load_questions(default_questions())]


async def run(rounds: int, mix_rounds: int, log_level: str) -> dict[str, Any]:
    """Every measurement of this benchmark."""
    import discord

    from bot.discord_bot.replies import answer_payload

    bot, http, parse = await start_bot(log_level)
    pf = PayloadFactory()
    stats = bot.get_cog("Stats")
    engine = bot.engine

    cases = {
        "mention in a channel: 'most viewed video'":
            lambda: pf.message(f"<@{BOT_ID}> most viewed video", mention=True),
        "DM: 'top 5'": lambda: pf.message("top 5", dm=True),
        "answer channel: 'how many views did the nhs video get'":
            lambda: pf.message("how many views did the nhs video get", channel=ANSWER_CHANNEL_ID),
        "prefix command: '!top 3'": lambda: pf.message("!top 3"),
    }
    answered: dict[str, Any] = {}
    samples: dict[str, list[int]] = {}
    for name, make in cases.items():
        await reply_times(parse, http, [make() for _ in range(20)])  # warm-up
        samples[name] = await reply_times(parse, http, [make() for _ in range(rounds)])
        answered[name] = http.last
    # Every question of the question file, as a mention: bot overhead = full path minus engine.
    questions = dev_questions()
    mix_full: list[int] = []
    mix_engine: list[int] = []
    mix_embed: list[int] = []
    clock = time.perf_counter_ns
    colours = bot.colours
    for _ in range(mix_rounds):
        mix_full += await reply_times(parse, http, [pf.message(f"<@{BOT_ID}> {q}", mention=True)
                                                    for q in questions])
        for q in questions:
            t0 = clock()
            ans = engine.answer(q)
            t1 = clock()
            answer_payload(ans, embeds=True, colours=colours)
            mix_engine.append(t1 - t0)
            mix_embed.append(clock() - t1)
    samples["mention, every question of the file"] = mix_full

    # Ignoring: the bot's own early returns, then the whole event path with discord.py's dispatch.
    chatter = pf.message("anyone watching the match tonight?")
    from_bot = pf.message("most viewed video", channel=ANSWER_CHANNEL_ID, author_id=OTHER_BOT_ID, bot=True)
    not_understood = pf.message("anyone watching the match tonight?", channel=ANSWER_CHANNEL_ID)
    state = bot._connection

    def build(data: dict[str, Any]) -> discord.Message:
        channel, _ = state._get_guild_channel(data)
        return discord.Message(state=state, channel=channel, data=data)  # type: ignore[arg-type]

    n_direct = rounds * 5
    ignore: dict[str, dict[str, Any]] = {}
    ignore["another bot's message: on_message returns at once"] = {
        "times": await direct_times(bot.on_message, build(from_bot), n_direct), "per": "call"}
    ignore["chatter in an ordinary channel: Stats.answer_message returns"] = {
        "times": await direct_times(stats.answer_message, build(chatter), n_direct), "per": "call"}
    ignore["chatter in an ordinary channel: on_message (first look, no get_context)"] = {
        "times": await direct_times(bot.on_message, build(chatter), n_direct), "per": "call"}
    prebuilt = build(chatter)
    ignore["chatter, ordinary channel: Message dispatched -> all handlers done"] = {
        # Larger batches: with no task to wait for, the per-batch drain would otherwise dominate the mean.
        "times": await ignore_times(lambda: bot.dispatch("message", prebuilt), http, rounds // 10, 500),
        "per": "batch mean"}
    ignore["chatter, ordinary channel: payload -> all handlers done"] = {
        "times": await ignore_times(lambda: parse(chatter), http, rounds // 10, 50), "per": "batch mean"}
    ignore["another bot, answer channel: payload -> all handlers done"] = {
        "times": await ignore_times(lambda: parse(from_bot), http, rounds // 10, 50), "per": "batch mean"}
    ignore["not understood, answer channel: payload -> silence"] = {
        "times": await ignore_times(lambda: parse(not_understood), http, rounds // 10, 20), "per": "batch mean"}
    parse_only = [0] * n_direct
    for i in range(n_direct):
        t0 = clock()
        build(chatter)
        parse_only[i] = clock() - t0
    ignore["(discord.py alone) payload -> Message object"] = {"times": parse_only, "per": "call"}

    reply = {name: summarise_ns(v) for name, v in samples.items()}
    ignored = {name: summarise_ns([round(t) for t in d["times"]]) | {"per": d["per"]} for name, d in ignore.items()}
    engine_med = statistics.median(mix_engine) / 1000
    embed_med = statistics.median(mix_embed) / 1000
    await bot.close()
    return {"reply": reply, "ignore": ignored, "mix_engine_median_us": engine_med,
            "mix_embed_median_us": embed_med, "questions": len(questions), "example_replies": answered}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its tables (or JSON)."""
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=1000, help="messages per case (default 1000)")
    p.add_argument("--mix-rounds", type=int, default=10, help="passes over the question file (default 10)")
    p.add_argument("--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"],
                   help="bot log level; the log goes to /dev/null (default INFO, as configured by default)")
    args = p.parse_args(argv)
    m = asyncio.run(run(args.rounds, args.mix_rounds, args.log_level))
    reply, ignore = m["reply"], m["ignore"]
    mix = reply["mention, every question of the file"]
    first_case = next(iter(reply))
    ordinary = ignore["chatter in an ordinary channel: Stats.answer_message returns"]
    full_ignore = ignore["chatter, ordinary channel: Message dispatched -> all handlers done"]
    targets = [
        target("payload -> reply payload, 'most viewed video'", reply[first_case]["median_us"], REPLY_TARGET_US, "µs"),
        target("payload -> reply payload, question-file mix", mix["median_us"], REPLY_TARGET_US, "µs"),
        target("ignore: another bot (on_message early return)",
               ignore["another bot's message: on_message returns at once"]["median_us"], IGNORE_TARGET_US, "µs"),
        target("ignore: chatter (Stats.answer_message return)", ordinary["median_us"], IGNORE_TARGET_US, "µs"),
        target("ignore: chatter, whole bot path after parse", full_ignore["median_us"], IGNORE_TARGET_US, "µs",
               note="dispatch drops it before discord.py makes a task"),
    ]
    lines = [
        f"Discord path, in process, no network ({args.rounds} messages per case, log level {args.log_level})",
        "",
        "Payload -> reply payload (MESSAGE_CREATE dict through discord.py's parser to the POST body):",
        table(["case", "n", "median µs", "p99 µs", "max µs"],
              [[name, f"{s['n']:,}", fmt_num(s["median_us"]), fmt_num(s["p99_us"]), fmt_num(s["max_us"])]
               for name, s in reply.items()]),
        f"  question-file mix ({m['questions']} questions): engine alone median {m['mix_engine_median_us']:.1f} µs, "
        f"escaping + embed building alone {m['mix_embed_median_us']:.1f} µs, "
        f"so discord.py + routing ≈ {mix['median_us'] - m['mix_engine_median_us'] - m['mix_embed_median_us']:.1f} µs",
        "",
        "Ignoring messages that are not for the bot:",
        table(["path", "per", "median µs", "p99 µs"],
              [[name, s["per"], fmt_num(s["median_us"], 2), fmt_num(s["p99_us"], 2)] for name, s in ignore.items()]),
    ]
    return emit(args, "discord_path", m, targets, "\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
