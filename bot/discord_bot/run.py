"""`campaign-bot run`: read the config, load the dataset, connect to Discord (retrying while it cannot be
reached), stop cleanly on a signal."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
import signal
import sys
from pathlib import Path

import aiohttp
import discord

from bot.config import TOKEN_HELP, ConfigError, Settings, insecure_permissions, load_settings
from bot.dataset.loader import DatasetError, load_dataset
from bot.dataset.schema import Dataset
from bot.discord_bot.client import apply_endpoints, create_bot
from bot.discord_bot.private_logs import PayloadFilter, PrivateRotatingFileHandler
from bot.engine import Engine, keep_built

_log = logging.getLogger("bot.discord_bot")
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2  # bad config, token or dataset: the admin must change something before retrying
LOG_FILE_MAX_BYTES = 5_000_000  # then rotated: bot.log -> bot.log.1 ... so months of running stay bounded
LOG_FILE_BACKUPS = 3
LOGIN_RETRY_FIRST = 1.0  # seconds before the second login attempt; doubled after each failure
LOGIN_RETRY_MAX = 60.0
CLOSE_TIMEOUT = 3.0  # a stop waits this long for Discord to acknowledge the close, then goes anyway
STOP_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")  # Ctrl-C, systemd's stop, a closed terminal: all stop cleanly
# Errors that mean "Discord cannot be reached right now" (network down, DNS, Discord's 5xx): worth retrying.
UNREACHABLE = (OSError, aiohttp.ClientError, discord.DiscordServerError, discord.GatewayNotFound)


def run(config_path: str | None, data_path: str | None) -> int:
    """Run the bot until it is stopped; the exit status is 2 for a bad config, token or dataset."""
    try:
        settings = load_settings(config_path)
        if data_path is not None:
            settings = dataclasses.replace(settings, data_path=_checked_data_path(data_path))
    except ConfigError as exc:
        # One error fits on one line (the journal shows it whole); several are listed below the heading.
        return _fail(f"bad configuration: {exc}" if len(exc.errors) == 1 else f"bad configuration:\n{exc}")
    if not settings.token:
        return _fail(f"no bot token: {TOKEN_HELP}")
    for key in ("log_file", "declined_log"):  # checked now: failing later would warn on every line or question
        path = getattr(settings, key)
        problem = path and unwritable(path)
        if problem:
            return _fail(f"cannot write the {key} {path}: {problem}")
    setup_logging(settings)
    if settings.config_path and insecure_permissions(settings.config_path):
        _log.warning("The config file %s can be read by other users; it may hold the token: "
                     "run chmod 600 %s", settings.config_path, settings.config_path)
    try:
        bot = create_bot(settings, build_engine)
    except DatasetError as exc:
        return _fail(f"the dataset has errors:\n{exc}")
    apply_endpoints(settings)
    install_log_filters()
    _log.info("Starting with the token from the %s", settings.token_source)
    try:
        asyncio.run(_serve(bot, settings))
    except discord.LoginFailure:
        return _fail(f"Discord rejected the bot token (from the {settings.token_source}): {TOKEN_HELP}")
    except discord.PrivilegedIntentsRequired:
        return _fail("the Message Content intent is not enabled for this bot: enable it at "
                     "https://discord.com/developers/applications (Bot -> Privileged Gateway Intents), "
                     "or set message_content_intent = false in the config")
    except KeyboardInterrupt:  # a second Ctrl-C while closing
        pass
    except Exception:  # e.g. the gateway unreachable for good: say so in the log, exit non-zero
        _log.exception("The bot stopped on an unexpected error")
        return EXIT_ERROR
    return EXIT_OK


def build_engine(path: str | None) -> tuple[Dataset, Engine]:
    """Load and validate the dataset (None: the shipped one) and build the engine over it."""
    dataset = load_dataset(path)
    engine = Engine(dataset)
    keep_built()  # (served from for as long as the bot runs: out of the collector's full scans)
    return dataset, engine


def setup_logging(settings: Settings) -> None:
    """discord.py's logging setup at the configured level, plus the log file if one is set."""
    level = logging.getLevelNamesMapping()[settings.log_level]
    plain = logging.Formatter("[{asctime}] [{levelname:<8}] {name}: {message}", "%Y-%m-%d %H:%M:%S", style="{")
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    # Colour only on a terminal: discord.py would also colour under Docker, which garbles journald and files.
    discord.utils.setup_logging(handler=handlers[0], level=level,
                                formatter=discord.utils.MISSING if sys.stderr.isatty() else plain)
    if settings.log_file:
        handlers.append(log_file_handler(settings.log_file))
        discord.utils.setup_logging(handler=handlers[-1], formatter=plain, level=level)
    if not settings.log_discord_payloads:  # message text and interaction tokens: only when asked for
        for handler in handlers:
            handler.addFilter(PayloadFilter())


def unwritable(path: str) -> str | None:
    """Why the bot cannot append to this file (created if missing, for its owner only), or None when it can."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600))
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def log_file_handler(path: str, max_bytes: int = LOG_FILE_MAX_BYTES,
                     backups: int = LOG_FILE_BACKUPS) -> logging.Handler:
    """The log file (0600): appended one whole record per write, rotated by size so it stays bounded."""
    return PrivateRotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")


async def _serve(bot: discord.Client, settings: Settings) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    received: list[str] = []

    def on_signal(name: str) -> None:
        received.append(name)
        stop.set()

    for name in STOP_SIGNALS:
        sig = getattr(signal, name, None)
        if sig is not None:
            with contextlib.suppress(NotImplementedError):  # signal handlers are not available on Windows
                loop.add_signal_handler(sig, on_signal, name)
    assert settings.token is not None
    async with bot:
        running = asyncio.create_task(_start(bot, settings.token))
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({running, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if stopping.done():
            _log.info("Stop requested (%s): closing the connection", received[0])
            await _close(bot, running)
        stopping.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await running  # re-raises a login failure or a fatal gateway error
    cut_off = getattr(bot, "dropped_at_stop", 0)  # a lower bound: answers cancelled while waiting are not counted
    _log.info("Stopped%s", "; answers still in progress were not sent" if cut_off else "")


async def _start(bot: discord.Client, token: str) -> None:
    """Log in (retrying while Discord cannot be reached), then run the gateway connection."""
    await login_with_retry(bot, token)
    await bot.connect(reconnect=True)  # discord.py retries dropped and failed connections itself


async def login_with_retry(bot: discord.Client, token: str, first: float = LOGIN_RETRY_FIRST,
                           most: float = LOGIN_RETRY_MAX) -> None:
    """Log in; while Discord cannot be reached, log one line per attempt and retry with a growing delay."""
    # A rejected token (LoginFailure) or anything unexpected is not retried: retrying cannot fix it.
    delay, attempt = first, 1
    _log.info("Logging in to Discord")
    while True:
        try:
            await bot.login(token)
            return
        except UNREACHABLE as exc:
            _log.warning("Cannot reach Discord (attempt %d: %s); retrying in %.0f s", attempt, describe(exc), delay)
        # The failed attempt's HTTP session would leak; its connector closes with it, so the next login
        # must build a new one.
        await bot.http.close()
        bot.http.connector = discord.utils.MISSING
        await asyncio.sleep(delay)
        delay, attempt = min(delay * 2, most), attempt + 1


async def _close(bot: discord.Client, running: asyncio.Task[None]) -> None:
    """Close the connection, bounded in time, and end the gateway loop even if it is waiting to reconnect."""
    closing = asyncio.ensure_future(bot.close())
    _, pending = await asyncio.wait({closing}, timeout=CLOSE_TIMEOUT)
    if pending:
        _log.warning("Discord did not acknowledge the close within %.0f s; stopping anyway", CLOSE_TIMEOUT)
        closing.cancel()
    # discord.py only notices the close when a reconnect backoff (up to minutes) ends: don't wait for it.
    running.cancel()


def describe(exc: BaseException) -> str:
    """An error in one line, without a traceback: its type and message."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# discord.py's messages for a failed (re)connection, each logged with a traceback: plain client, then shards.
RETRY_MESSAGES = ("Attempting a reconnect", "Failed to connect for shard_id")


class OneLineReconnects(logging.Filter):
    """discord.py logs each reconnect attempt with a full traceback; keep one line with the error's summary."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Shorten 'Attempting a reconnect' records; drop discord.py's own per-attempt login line."""
        if record.msg == "logging in using static token":
            return False  # login_with_retry logs the attempts
        if isinstance(record.msg, str) and record.msg.startswith(RETRY_MESSAGES) and record.exc_info:
            error = record.exc_info[1]
            record.msg += " (%s)"
            record.args = (*(record.args if isinstance(record.args, tuple) else ()),
                           describe(error) if error else "?")
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.exc_info, record.exc_text = None, None
        return True


def install_log_filters() -> None:
    """Attach OneLineReconnects where discord.py logs logins and reconnects (plain and sharded)."""
    for name in ("discord.client", "discord.shard"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, OneLineReconnects) for f in logger.filters):
            logger.addFilter(OneLineReconnects())


def _checked_data_path(path: str) -> str:
    # Absolute, not resolved: a symbolic link is kept as given, for the loader to refuse (as `check` does).
    absolute = os.path.abspath(Path(path).expanduser())
    if not os.path.isfile(absolute):
        raise ConfigError([f"--data: no such file: {absolute}"])
    return absolute


def _fail(message: str) -> int:
    print(f"campaign-bot: {message}", file=sys.stderr)
    return EXIT_USAGE
