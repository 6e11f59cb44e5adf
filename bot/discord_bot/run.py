"""`campaign-bot run`: read the config, load the dataset, connect to Discord, stop cleanly on a signal."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
import signal
import sys
from pathlib import Path

import discord

from bot.config import TOKEN_HELP, ConfigError, Settings, insecure_permissions, load_settings
from bot.dataset.loader import DatasetError, load_dataset
from bot.dataset.schema import Dataset
from bot.discord_bot.client import apply_endpoints, create_bot
from bot.discord_bot.private_logs import PayloadFilter, PrivateRotatingFileHandler
from bot.engine import Engine

_log = logging.getLogger("bot.discord_bot")
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2  # bad config, token or dataset: the admin must change something before retrying
LOG_FILE_MAX_BYTES = 5_000_000  # then rotated: bot.log -> bot.log.1 ... so months of running stay bounded
LOG_FILE_BACKUPS = 3


def run(config_path: str | None, data_path: str | None) -> int:
    """Run the bot until it is stopped; the exit status is 2 for a bad config, token or dataset."""
    try:
        settings = load_settings(config_path)
        if data_path is not None:
            settings = dataclasses.replace(settings, data_path=_checked_data_path(data_path))
    except ConfigError as exc:
        return _fail(f"bad configuration:\n{exc}")
    if not settings.token:
        return _fail(f"no bot token: {TOKEN_HELP}")
    setup_logging(settings)
    if settings.config_path and insecure_permissions(settings.config_path):
        _log.warning("The config file %s can be read by other users; it may hold the token: "
                     "run chmod 600 %s", settings.config_path, settings.config_path)
    try:
        bot = create_bot(settings, build_engine)
    except DatasetError as exc:
        return _fail(f"the dataset has errors:\n{exc}")
    apply_endpoints(settings)
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
    return dataset, Engine(dataset)


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


def log_file_handler(path: str, max_bytes: int = LOG_FILE_MAX_BYTES,
                     backups: int = LOG_FILE_BACKUPS) -> logging.Handler:
    """The log file (0600): appended one whole record per write, rotated by size so it stays bounded."""
    return PrivateRotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")


async def _serve(bot: discord.Client, settings: Settings) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):  # systemd's stop sends SIGTERM
        with contextlib.suppress(NotImplementedError):  # signal handlers are not available on Windows
            loop.add_signal_handler(sig, stop.set)
    assert settings.token is not None
    async with bot:
        running = asyncio.create_task(bot.start(settings.token))
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({running, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if stopping.done():
            _log.info("Stop requested: closing the connection")
            await bot.close()  # logs out cleanly; start() then returns
        stopping.cancel()
        await running  # re-raises a login failure or a fatal gateway error
    _log.info("Stopped")


def _checked_data_path(path: str) -> str:
    # Absolute, not resolved: a symbolic link is kept as given, for the loader to refuse (as `check` does).
    absolute = os.path.abspath(Path(path).expanduser())
    if not os.path.isfile(absolute):
        raise ConfigError([f"--data: no such file: {absolute}"])
    return absolute


def _fail(message: str) -> int:
    print(f"campaign-bot: {message}", file=sys.stderr)
    return EXIT_USAGE
