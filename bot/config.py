"""The bot's settings: a TOML file plus the environment, validated into one frozen `Settings` object.

Every key is checked and every error names its key, so an admin can fix a config without reading
code. The token is a secret: it is kept out of `repr`/`str` and out of every error message.
"""

from __future__ import annotations

import os
import stat
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

TOKEN_ENV = "DISCORD_TOKEN"
CONFIG_ENV = "CAMPAIGN_BOT_CONFIG"
DEFAULT_CONFIG_NAME = "config.toml"  # looked for in the working directory when no path is given
TOKEN_HELP = (
    "create a bot and copy its token at https://discord.com/developers/applications "
    "(your application -> Bot -> Reset Token), then set DISCORD_TOKEN or `token` in the config file"
)
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_MAX_SNOWFLAKE = 2**63 - 1


class ConfigError(Exception):
    """The config file is unreadable or has invalid keys; `errors` holds one line per problem."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the Discord front-end needs to run, validated."""

    token: str | None = field(default=None, repr=False)  # never shown: see the module docstring
    prefix: str = "!"
    data_path: str | None = None  # None: the dataset shipped with the package
    answer_channels: tuple[int, ...] = ()
    owner_ids: tuple[int, ...] = ()
    cooldown_rate: int = 5
    cooldown_per: float = 30.0
    conversation_minutes: float = 10.0  # a follow-up's context is forgotten after this much silence
    log_level: str = "INFO"
    log_file: str | None = None
    log_message_text: bool = False
    log_discord_payloads: bool = False  # discord.py's DEBUG gateway/REST traces: message text, tokens
    declined_log: str | None = None  # opt-in JSON-lines log of questions the bot declined
    message_content_intent: bool = True
    test_guild_id: int | None = None
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    api_base_url: str | None = None
    gateway_url: str | None = None
    # Where the settings came from, for start-up messages; not config keys.
    config_path: str | None = field(default=None, compare=False)
    token_source: str | None = field(default=None, compare=False)

    @property
    def sharded(self) -> bool:
        """Whether to run discord.py's AutoShardedBot."""
        return self.shard_count is not None


# Keys a config file may hold: every Settings field except the bookkeeping ones.
CONFIG_KEYS = tuple(f.name for f in fields(Settings) if f.name not in ("config_path", "token_source"))


def find_config(path: str | None, environ: Mapping[str, str]) -> str | None:
    """The config file to read: the given path, else $CAMPAIGN_BOT_CONFIG, else ./config.toml if present."""
    if path:
        return path
    if environ.get(CONFIG_ENV):
        return environ[CONFIG_ENV]
    return DEFAULT_CONFIG_NAME if Path(DEFAULT_CONFIG_NAME).is_file() else None


def load_settings(path: str | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Read and validate the config file (if any) and the environment; raise ConfigError naming bad keys."""
    env = os.environ if environ is None else environ
    config_path = find_config(path, env)
    raw: dict[str, Any] = {}
    if config_path is not None:
        raw = _read_toml(config_path)
    base = Path(config_path).resolve().parent if config_path else Path.cwd()
    values, errors = _validate(raw, base)
    env_token = env.get(TOKEN_ENV, "").strip()
    token_source = None
    if env_token:  # the environment wins over the file, so a secret store can override a shared config
        values["token"] = env_token
        token_source = f"environment variable {TOKEN_ENV}"
    elif values.get("token"):
        token_source = f"config file {config_path}"
    if values.get("token") and any(c.isspace() for c in values["token"]):
        where = TOKEN_ENV if env_token else "token"
        errors.append(f"{where}: must be the bot token alone, without spaces or a 'Bot ' prefix")
    if errors:
        prefix = f"{config_path}: " if config_path else ""
        raise ConfigError([prefix + e for e in errors])
    return Settings(**values, config_path=config_path, token_source=token_source)


def insecure_permissions(path: str) -> bool:
    """Whether a config file can be read by its group or by others (it may hold the token)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return bool(mode & (stat.S_IRGRP | stat.S_IROTH))


def _read_toml(path: str) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError([f"{path}: no such config file"]) from None
    except OSError as exc:
        raise ConfigError([f"{path}: cannot read the config file: {exc.strerror}"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([f"{path}: not valid TOML: {exc}"]) from None


def _validate(raw: dict[str, Any], base: Path) -> tuple[dict[str, Any], list[str]]:
    values: dict[str, Any] = {}
    errors: list[str] = []
    for key in raw:
        if key not in CONFIG_KEYS:
            # An unknown key is usually a typo of a real one; silently ignoring it would hide that.
            errors.append(f"{key}: unknown key (known keys: {', '.join(CONFIG_KEYS)})")
    for key, check in _CHECKS.items():
        if key not in raw:
            continue
        try:
            values[key] = check(raw[key], base)
        except ValueError as exc:
            errors.append(f"{key}: {exc}")
    if "shard_ids" in values and values.get("shard_count") is None:
        errors.append("shard_ids: needs shard_count (the total number of shards)")
    elif values.get("shard_ids") is not None:
        bad = [i for i in values["shard_ids"] if i >= values["shard_count"]]
        if bad:
            errors.append(f"shard_ids: {bad} out of range for shard_count = {values['shard_count']}")
    if values.get("token") == "":
        values["token"] = None  # an empty placeholder means "not set here"
    return values, errors


def _string(value: Any, _base: Path) -> str:
    if not isinstance(value, str):
        raise ValueError(f"must be a string, got {_kind(value)}")  # the kind only: it may be the token
    return value.strip()


def _prefix(value: Any, base: Path) -> str:
    text = _string(value, base)
    if not text or len(text) > 5 or any(c.isspace() for c in text):
        raise ValueError(f"must be 1 to 5 characters without spaces, got {value!r}")
    return text


def _data_path(value: Any, base: Path) -> str:
    text = _string(value, base)
    if not text:
        raise ValueError("must not be empty (leave it out to use the shipped dataset)")
    path = Path(text).expanduser()
    path = path if path.is_absolute() else base / path  # relative to the config file, not the cwd
    if not path.is_file():
        raise ValueError(f"no such file: {path}")
    return str(path)


def _log_file(value: Any, base: Path) -> str:
    text = _string(value, base)
    if not text:
        raise ValueError("must not be empty (leave it out to log to stderr only)")
    path = Path(text).expanduser()
    path = path if path.is_absolute() else base / path
    if not path.parent.is_dir():
        problem = "is not a directory" if path.parent.exists() else "does not exist"
        raise ValueError(f"cannot write {path}: {path.parent} {problem}")
    return str(path)


def _bool(value: Any, _base: Path) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, got {_kind(value)}")
    return value


def _int(value: Any, minimum: int, maximum: int = _MAX_SNOWFLAKE) -> int:
    # bool is an int subclass in Python; `true` for a count is a mistake, not 1.
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"must be an integer, got {_kind(value)}")
    if not minimum <= value <= maximum:
        raise ValueError(f"must be between {minimum} and {maximum}, got {value}")
    return value


def _snowflake(value: Any, _base: Path) -> int:
    # Ids are often pasted as strings ("Copy ID" in Discord); accept digits either way.
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    try:
        return _int(value, 1)
    except ValueError:
        raise ValueError(f"must be a Discord id (a positive integer), got {value!r}") from None


def _snowflakes(value: Any, base: Path) -> tuple[int, ...]:
    if not isinstance(value, list):
        raise ValueError(f"must be a list of Discord ids, got {_kind(value)}")
    return tuple(_snowflake(v, base) for v in value)


def _cooldown_rate(value: Any, _base: Path) -> int:
    return _int(value, 1, 1000)


def _cooldown_per(value: Any, _base: Path) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"must be a number of seconds, got {_kind(value)}")
    if not 0 < value <= 86400:
        raise ValueError(f"must be more than 0 and at most 86400 seconds, got {value}")
    return float(value)


def _minutes(value: Any, _base: Path) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"must be a number of minutes, got {_kind(value)}")
    if not 0 <= value <= 1440:
        raise ValueError(f"must be from 0 (no follow-ups) to 1440 minutes, got {value}")
    return float(value)


def _log_level(value: Any, base: Path) -> str:
    text = _string(value, base).upper()
    if text not in LOG_LEVELS:
        raise ValueError(f"must be one of {', '.join(LOG_LEVELS)}, got {value!r}")
    return text


def _shard_count(value: Any, _base: Path) -> int:
    return _int(value, 1, 100_000)


def _shard_ids(value: Any, _base: Path) -> tuple[int, ...]:
    if not isinstance(value, list) or not value:
        raise ValueError("must be a non-empty list of shard numbers")
    ids = tuple(_int(v, 0, 100_000) for v in value)
    if len(set(ids)) != len(ids):
        raise ValueError(f"has duplicates: {list(ids)}")
    return ids


def _url(schemes: tuple[str, ...]) -> Callable[[Any, Path], str]:
    def check(value: Any, base: Path) -> str:
        text = _string(value, base).rstrip("/")
        scheme, sep, rest = text.partition("://")
        if not sep or scheme not in schemes or not rest:
            raise ValueError(f"must be a {' or '.join(s + '://' for s in schemes)} URL, got {value!r}")
        return text

    return check


def _kind(value: Any) -> str:
    return {bool: "a boolean", int: "an integer", float: "a number", str: "a string", list: "a list",
            dict: "a table"}.get(type(value), type(value).__name__)


_CHECKS: dict[str, Callable[[Any, Path], Any]] = {
    "token": _string,
    "prefix": _prefix,
    "data_path": _data_path,
    "answer_channels": _snowflakes,
    "owner_ids": _snowflakes,
    "cooldown_rate": _cooldown_rate,
    "cooldown_per": _cooldown_per,
    "conversation_minutes": _minutes,
    "log_level": _log_level,
    "log_file": _log_file,
    "log_message_text": _bool,
    "log_discord_payloads": _bool,
    "declined_log": _log_file,
    "message_content_intent": _bool,
    "test_guild_id": _snowflake,
    "shard_count": _shard_count,
    "shard_ids": _shard_ids,
    "api_base_url": _url(("http", "https")),
    "gateway_url": _url(("ws", "wss")),
}
assert set(_CHECKS) == set(CONFIG_KEYS), "every config key needs a check"
