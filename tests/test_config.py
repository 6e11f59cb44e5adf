"""Tests of bot.config: defaults, every key validated and named in errors, the token kept secret."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.config import CONFIG_KEYS, ConfigError, Settings, insecure_permissions, load_settings

ROOT = Path(__file__).resolve().parent.parent
SECRET = "MTIz.secret-token-value"


def write(tmp_path: Path, text: str) -> str:
    """A config file with this text, in tmp_path."""
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def errors_for(tmp_path: Path, text: str) -> list[str]:
    """The errors load_settings reports for a config file with this text."""
    with pytest.raises(ConfigError) as info:
        load_settings(write(tmp_path, text), {})
    return info.value.errors


def test_defaults_without_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no ./config.toml here
    settings = load_settings(None, {})
    assert settings == Settings()
    assert settings.prefix == "!" and settings.cooldown_rate == 5 and settings.cooldown_per == 30.0
    assert settings.token is None and settings.data_path is None and not settings.sharded
    assert settings.message_content_intent is True and settings.log_message_text is False
    assert settings.log_discord_payloads is False


def test_the_example_file_is_valid_and_mentions_every_key() -> None:
    example = ROOT / "config.example.toml"
    settings = load_settings(str(example), {})
    assert settings.token is None  # the empty placeholder means "not set"
    text = example.read_text(encoding="utf-8")
    for key in CONFIG_KEYS:
        assert f"{key} =" in text, key


def test_every_key_read(tmp_path: Path) -> None:
    data = tmp_path / "data.yaml"
    data.write_text("x: 1\n", encoding="utf-8")
    path = write(tmp_path, f"""
token = "{SECRET}"
prefix = "?"
data_path = "data.yaml"
answer_channels = [123456789012345678, "223456789012345678"]
owner_ids = [42]
cooldown_rate = 3
cooldown_per = 10
log_level = "debug"
log_file = "bot.log"
log_message_text = true
log_discord_payloads = true
message_content_intent = false
test_guild_id = 99
shard_count = 4
shard_ids = [2, 3]
api_base_url = "http://127.0.0.1:9/api/v10/"
gateway_url = "ws://127.0.0.1:9/gw"
""")
    s = load_settings(path, {})
    assert s.token == SECRET and s.token_source and "config file" in s.token_source
    assert s.prefix == "?" and s.data_path == str(data)
    assert s.answer_channels == (123456789012345678, 223456789012345678) and s.owner_ids == (42,)
    assert (s.cooldown_rate, s.cooldown_per) == (3, 10.0)
    assert s.log_level == "DEBUG" and s.log_file == str(tmp_path / "bot.log") and s.log_message_text
    assert s.log_discord_payloads
    assert s.message_content_intent is False and s.test_guild_id == 99
    assert s.sharded and s.shard_count == 4 and s.shard_ids == (2, 3)
    assert s.api_base_url == "http://127.0.0.1:9/api/v10" and s.gateway_url == "ws://127.0.0.1:9/gw"


def test_environment_token_wins(tmp_path: Path) -> None:
    path = write(tmp_path, 'token = "from-file"\n')
    s = load_settings(path, {"DISCORD_TOKEN": " from-env "})
    assert s.token == "from-env" and s.token_source == "environment variable DISCORD_TOKEN"


def test_config_path_from_environment(tmp_path: Path) -> None:
    path = write(tmp_path, 'prefix = "$"\n')
    assert load_settings(None, {"CAMPAIGN_BOT_CONFIG": path}).prefix == "$"


def test_token_never_shown(tmp_path: Path) -> None:
    s = load_settings(write(tmp_path, f'token = "{SECRET}"\n'), {})
    assert SECRET not in repr(s) and SECRET not in str(s)
    with pytest.raises(ConfigError) as info:
        load_settings(write(tmp_path, f'token = "{SECRET} x"\nprefix = ""\n'), {})
    assert SECRET not in str(info.value)
    assert any(e.endswith("token: must be the bot token alone, without spaces or a 'Bot ' prefix")
               for e in info.value.errors)
    # Broken TOML around the token, or the token in the wrong type: the messages never quote it.
    for text in (f'token = "{SECRET}', f"token = {SECRET}", f'token = ["{SECRET}"]', f"{SECRET}\n",
                 f'token = "{SECRET}" x'):
        with pytest.raises(ConfigError) as info:
            load_settings(write(tmp_path, text), {})
        assert SECRET not in str(info.value) and "secret" not in str(info.value), text


BAD_VALUES = [
    ("token = 5", "token"),
    ('prefix = ""', "prefix"),
    ('prefix = "a b"', "prefix"),
    ('prefix = "toolong"', "prefix"),
    ('data_path = "nope.yaml"', "data_path"),
    ("data_path = 3", "data_path"),
    ("answer_channels = 5", "answer_channels"),
    ('answer_channels = ["general"]', "answer_channels"),
    ("answer_channels = [-1]", "answer_channels"),
    ("owner_ids = [true]", "owner_ids"),
    ("cooldown_rate = 0", "cooldown_rate"),
    ("cooldown_rate = 2.5", "cooldown_rate"),
    ("cooldown_rate = true", "cooldown_rate"),
    ("cooldown_per = 0", "cooldown_per"),
    ('cooldown_per = "30"', "cooldown_per"),
    ("conversation_minutes = -1", "conversation_minutes"),
    ('conversation_minutes = "10"', "conversation_minutes"),
    ('log_level = "LOUD"', "log_level"),
    ('log_file = "/no/such/dir/bot.log"', "log_file"),
    ('log_message_text = "yes"', "log_message_text"),
    ('log_discord_payloads = "yes"', "log_discord_payloads"),
    ("log_discord_payloads = 1", "log_discord_payloads"),
    ("message_content_intent = 1", "message_content_intent"),
    ("test_guild_id = 0", "test_guild_id"),
    ("shard_count = 0", "shard_count"),
    ("shard_ids = [0]", "shard_ids"),  # without shard_count
    ("shard_count = 2\nshard_ids = [2]", "shard_ids"),
    ("shard_count = 2\nshard_ids = [1, 1]", "shard_ids"),
    ("shard_count = 2\nshard_ids = []", "shard_ids"),
    ('api_base_url = "ftp://x"', "api_base_url"),
    ('api_base_url = "127.0.0.1:8080"', "api_base_url"),
    ('gateway_url = "http://x"', "gateway_url"),
    ('declined_log = "/no/such/dir/declined.jsonl"', "declined_log"),
    ("declined_log = []", "declined_log"),
    ("owner_ids = {a = 1}", "owner_ids"),
    ('prefx = "!"', "prefx"),
    ("[discord]\nprefix = '!'", "discord"),
]


def test_every_key_has_a_bad_value_case() -> None:
    # A key added to Settings without a wrong-value case here would go untested.
    assert set(CONFIG_KEYS) <= {key for _text, key in BAD_VALUES}


@pytest.mark.parametrize(("text", "key"), BAD_VALUES)
def test_each_bad_key_is_named(tmp_path: Path, text: str, key: str) -> None:
    errors = errors_for(tmp_path, text)
    assert len(errors) == 1, errors
    assert f": {key}: " in errors[0], errors[0]
    assert errors[0].startswith(str(tmp_path / "config.toml"))


def test_unknown_key_lists_the_known_ones(tmp_path: Path) -> None:
    (error,) = errors_for(tmp_path, 'prefx = "!"')
    assert "unknown key" in error and "prefix" in error


def test_all_errors_reported_at_once(tmp_path: Path) -> None:
    errors = errors_for(tmp_path, 'prefix = ""\ncooldown_rate = -1\nlog_level = "x"\n')
    assert [e.split(": ")[1] for e in errors] == ["prefix", "cooldown_rate", "log_level"]


def test_invalid_toml_and_missing_file(tmp_path: Path) -> None:
    errors = errors_for(tmp_path, "prefix = \n")
    assert "not valid TOML" in errors[0]
    with pytest.raises(ConfigError, match="no such config file"):
        load_settings(str(tmp_path / "missing.toml"), {})


def test_insecure_permissions(tmp_path: Path) -> None:
    path = write(tmp_path, "")
    os.chmod(path, 0o600)
    assert not insecure_permissions(path)
    os.chmod(path, 0o644)
    assert insecure_permissions(path)
