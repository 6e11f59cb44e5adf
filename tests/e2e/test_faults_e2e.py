"""Faults against the strict fake Discord: the gateway drops the bot, asks it to reconnect, invalidates
its session; REST calls fail with 500, 503 and 403. The bot reconnects, logs and answers again. Then
everything the process wrote (at DEBUG level), and the output of a crash at start, is searched for the
token.

The tests run in file order over one bot process; the last ones stop it.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from bot_process import BotProcess, bot_env, campaign_bot_command, start_bot, write_config
from fake_discord import EVENT_TIMEOUT, GENERAL, TOKEN, Recorded, message_create
from fake_limits import StrictFakeDiscord

from bot.discord_bot.replies import GENERIC_ERROR

TOKEN_PARTS = (TOKEN, *TOKEN.split(".")[:2])  # "fake-token", "for-the-e2e": not the common word "tests"


@pytest.fixture(scope="module")
def strict() -> Iterator[StrictFakeDiscord]:
    """A strict fake with an easy channel bucket: these tests are about faults, not rates."""
    server = StrictFakeDiscord().start()
    server.channel_limit = 100
    yield server
    server.stop()


@pytest.fixture(scope="module")
def fault_bot(strict: StrictFakeDiscord, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    """A bot logging everything (DEBUG and discord.py's payloads, to stderr and a file), with the declined log."""
    running = start_bot(strict, tmp_path_factory.mktemp("faults"), log_level="DEBUG", log_file="bot-file.log",
                        log_discord_payloads=True, declined_log="declined.jsonl")
    yield running
    running.stop()


def is_reply(request: Recorded, message_id: str) -> bool:
    """A message the bot sent in reply to message_id (whatever the fake answered)."""
    return (request.method == "POST" and isinstance(request.body, dict)
            and str((request.body.get("message_reference") or {}).get("message_id")) == message_id)


def ask(strict: StrictFakeDiscord, content: str = "!top 3", **options: Any) -> Recorded:
    """Send a message and return the bot's delivered reply (the fake created the message)."""
    data = message_create(strict, content, **options)
    strict.dispatch("MESSAGE_CREATE", data)
    return strict.wait_for(lambda r: is_reply(r, data["id"]) and "id" in (r.response or {}), EVENT_TIMEOUT)


def test_answers_before_any_fault(strict: StrictFakeDiscord, fault_bot: BotProcess) -> None:
    assert "Our wonderful NHS" in str(ask(strict).body)
    assert "have that" in str(ask(strict, "how many likes did the nhs video get?").body)  # to the declined log


def test_gateway_closed_by_discord_then_resumed(strict: StrictFakeDiscord, fault_bot: BotProcess) -> None:
    connections, resumed = strict.connections, strict.resumed
    strict.close_gateway(4000)  # "unknown error": resumable
    strict.wait_count("resumed", resumed + 1)
    assert strict.connections == connections + 1
    assert "Our wonderful NHS" in str(ask(strict).body)


def test_reconnect_request_then_resumed(strict: StrictFakeDiscord, fault_bot: BotProcess) -> None:
    resumed = strict.resumed
    strict.request_reconnect()  # op 7
    strict.wait_count("resumed", resumed + 1)
    assert "Our wonderful NHS" in str(ask(strict).body)


def test_invalid_session_then_identifies_again(strict: StrictFakeDiscord, fault_bot: BotProcess) -> None:
    identified = strict.identified
    strict.invalidate_session()  # op 9, not resumable
    strict.wait_count("identified", identified + 1)
    assert "Our wonderful NHS" in str(ask(strict).body)


def test_server_error_once_is_retried(strict: StrictFakeDiscord, fault_bot: BotProcess) -> None:
    strict.fail_next(500, channel=GENERAL, message="500: Internal Server Error")
    reply = ask(strict)
    sends = [s for s in strict.sent() if s.reference == str(reply.body["message_reference"]["message_id"])]
    assert [s.status for s in sends] == [500, 200]
    assert sends[1].at - sends[0].at >= 0.9  # discord.py waits a second, then retries


def test_server_error_that_persists_is_logged_and_the_bot_goes_on(strict: StrictFakeDiscord,
                                                                  fault_bot: BotProcess) -> None:
    strict.fail_next(503, channel=GENERAL, message="503: Service Unavailable")  # not retried by discord.py
    reply = ask(strict, "how did labour compare?")
    assert reply.body["content"] == GENERIC_ERROR  # the answer failed; the user is told briefly
    fault_bot.wait_logged("503 Service Unavailable")
    assert "Answering message" in fault_bot.log()
    assert "86,000,000" in str(ask(strict, "how did labour compare?").body)


def test_missing_permissions_are_logged_and_the_bot_goes_on(strict: StrictFakeDiscord,
                                                            fault_bot: BotProcess) -> None:
    strict.fail_next(403, channel=GENERAL, code=50013, message="Missing Permissions")
    data = message_create(strict, "!top 3")
    strict.dispatch("MESSAGE_CREATE", data)
    fault_bot.wait_logged("Missing Permissions (code 50013)")
    assert "Our wonderful NHS" in str(ask(strict).body)  # later questions are answered
    assert [r.response.get("code") for r in strict.requests if is_reply(r, data["id"])] == [50013]  # no retry


def test_owner_commands_refuse_everyone_else_once(strict: StrictFakeDiscord, fault_bot: BotProcess) -> None:
    for command in ("!sync", "!sync global", "!reload", "!unanswered"):
        data = message_create(strict, command)
        strict.dispatch("MESSAGE_CREATE", data)
        strict.wait_for(lambda r, i=data["id"]: is_reply(r, i), EVENT_TIMEOUT)
        ask(strict, "!source")  # handled in order: once this is answered, the command is done
        (refusal,) = [r for r in strict.requests if is_reply(r, data["id"])]
        assert refusal.body["content"] == "Only the bot's owners can use that command.", command
    shown = str(ask(strict, "!help").body)
    assert not any(word in shown for word in ("sync", "reload", "unanswered"))


def test_stops_cleanly_after_the_faults(strict: StrictFakeDiscord, fault_bot: BotProcess) -> None:
    assert fault_bot.stop() == 0
    log = fault_bot.log()
    assert "Stopped" in log and log.count("Traceback") == 1  # only the 503, logged once with its cause


def test_the_token_is_in_nothing_the_bot_wrote(strict: StrictFakeDiscord, fault_bot: BotProcess) -> None:
    directory = fault_bot.log_path.parent
    written = {p.name: p.read_text(encoding="utf-8", errors="replace") for p in directory.iterdir() if p.is_file()}
    assert {"bot.log", "bot-file.log", "declined.jsonl"} <= set(written)
    assert "WebSocket Event" in written["bot-file.log"]  # asked for: discord.py's own gateway and REST traces too
    for name, text in written.items():
        for part in TOKEN_PARTS:
            assert part not in text, (name, part)


def test_the_token_is_not_in_crash_output(strict: StrictFakeDiscord, tmp_path: Path) -> None:
    strict.broken_login = True  # GET /users/@me answers nonsense: discord.py fails inside login
    try:
        config = write_config(tmp_path, strict, log_level="DEBUG", log_file="bot-file.log")
        result = subprocess.run([*campaign_bot_command(), "run", "--config", str(config)], cwd=tmp_path,
                                env=bot_env(), capture_output=True, text=True, timeout=30)
    finally:
        strict.broken_login = False
    output = result.stdout + result.stderr + (tmp_path / "bot-file.log").read_text(encoding="utf-8")
    assert result.returncode == 1 and "The bot stopped on an unexpected error" in output and "Traceback" in output
    for part in TOKEN_PARTS:
        assert part not in output, part
