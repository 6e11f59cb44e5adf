"""Starting up safely and writing files safely: broken datasets refused by `run` as by `check` (and by
`!reload`, which keeps the old data), bounded check of huge files, the warning about a config others
can read, and log files that survive kills."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot import cli
from bot.config import TOKEN_ENV
from bot.discord_bot import run as run_module
from bot.discord_bot.run import log_file_handler

ROOT = Path(__file__).resolve().parents[1]
BROKEN = Path(__file__).parent / "broken"
EXPECTED: dict[str, list[str]] = yaml.safe_load((BROKEN / "EXPECTED.yaml").read_text(encoding="utf-8"))
BROKEN_FILES = sorted(EXPECTED)
TOKEN = "start-up-test-token.abcdef"


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A valid config readable by its owner only, a token in the environment, and no logging set-up."""
    path = tmp_path / "config.toml"
    path.write_text('log_level = "INFO"\n', encoding="utf-8")
    path.chmod(0o600)
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    monkeypatch.delenv("CAMPAIGN_BOT_CONFIG", raising=False)
    # discord.py's logging set-up would add handlers to the root logger of the whole test session.
    monkeypatch.setattr(run_module, "setup_logging", lambda _settings: None)
    return path


def check_message(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """What `campaign-bot check PATH` prints to stderr (and that it exits 2)."""
    assert cli.main(["check", str(path)]) == 2
    return capsys.readouterr().err


# -- broken datasets: `run` refuses to start, with check's message ---------------------------------------------


@pytest.mark.parametrize("name", BROKEN_FILES)
def test_run_refuses_every_broken_dataset_with_checks_message(name: str, config: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = BROKEN / name
    expected = check_message(path, capsys)
    assert cli.main(["run", "--config", str(config), "--data", str(path)]) == 2
    assert capsys.readouterr().err == "campaign-bot: the dataset has errors:\n" + expected


def test_run_refuses_a_dataset_given_as_a_symbolic_link(config: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "data.yaml"
    link.symlink_to(ROOT / "data" / "labour-2019.yaml")
    assert cli.main(["run", "--config", str(config), "--data", str(link)]) == 2
    assert "is a symbolic link, expected the dataset file itself" in capsys.readouterr().err


# `campaign-bot ARGS` in a new Python, then its own peak resident memory (VmHWM is per process image, unlike ru_maxrss,
# which counts the forked copy of the test process from before exec).
MEASURED = ("import re, sys\nfrom bot.cli import main\ntry:\n    status = main(sys.argv[1:])\nfinally:\n"
            "    hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)\n"
            "    print(f'peak-kb={hwm}')\nsys.exit(status)")


def campaign_bot(*args: str, cwd: Path, env: dict[str, str] | None = None) -> tuple[int, str, float, float]:
    """Run `campaign-bot ARGS` in a new process: exit status, stderr, seconds, peak resident memory in MB."""
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", MEASURED, *args], cwd=cwd, env=env, capture_output=True,
                            text=True, timeout=60)
    peak_kb = int(result.stdout.rsplit("peak-kb=", 1)[1])
    return result.returncode, result.stderr, time.perf_counter() - start, peak_kb / 1024


def test_run_as_a_process_refuses_a_broken_dataset(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("", encoding="utf-8")
    config.chmod(0o600)
    env = {k: v for k, v in os.environ.items() if k != "CAMPAIGN_BOT_CONFIG"} | {TOKEN_ENV: TOKEN}
    for name in ("tab-indentation.yaml", "duplicate-rank.yaml"):
        path = str(BROKEN / name)
        status, check_err, _, _ = campaign_bot("check", path, cwd=tmp_path, env=env)
        assert status == 2 and check_err
        status, run_err, _, _ = campaign_bot("run", "--config", str(config), "--data", path, cwd=tmp_path, env=env)
        assert status == 2 and run_err == "campaign-bot: the dataset has errors:\n" + check_err
        assert TOKEN not in run_err


def test_check_of_huge_and_bomb_files_is_bounded_in_time_and_memory(tmp_path: Path) -> None:
    huge = tmp_path / "huge.yaml"
    huge.write_bytes((b"#" * 49 + b"\n") * 1_048_576)  # 50 MiB
    bomb = tmp_path / "bomb.yaml"
    lines = ['a0: &a0 "lol"'] + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 30)}]" for i in range(1, 31)]
    bomb.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, _, _, baseline = campaign_bot("check", str(BROKEN / "empty.yaml"), cwd=tmp_path)
    for path, words in ((huge, "over the 5,242,880-byte (5 MB) limit"), (bomb, "YAML aliases are not allowed"),
                        (BROKEN / "alias-bomb.yaml", "YAML aliases are not allowed")):
        status, err, seconds, peak_mb = campaign_bot("check", str(path), cwd=tmp_path)
        assert status == 2 and words in err
        assert seconds < 10, seconds
        assert peak_mb < baseline + 30, (path.name, peak_mb, baseline)  # the file is never read whole


@pytest.mark.parametrize("name", BROKEN_FILES)
async def test_reload_onto_each_broken_dataset_keeps_the_old_data(name: str) -> None:
    from test_discord_handlers import OWNER_ID, fake_ctx, make_bot

    from bot.dataset.loader import load_dataset

    bot = await make_bot(load_dataset(None))
    serving = bot.engine
    bot.engine_factory = run_module.build_engine  # the real loader, as `run` uses it
    bot.settings = dataclasses.replace(bot.settings, data_path=str(BROKEN / name))
    admin = bot.get_cog("Admin")
    assert type(admin).__name__ == "Admin"  # loaded as an extension: its own module object
    ctx = fake_ctx(OWNER_ID)
    await admin.reload.callback(admin, ctx)  # type: ignore[arg-type]
    assert ctx.reply.sent[-1]["content"] == (f"Reload failed: 1 error in {name}; still serving the previous data. "
                                             "I sent you the errors in a DM.")
    content = ctx.author.send.sent[-1]["content"]  # the errors, to the owner privately, without the path
    assert content.startswith(f"Reload failed; still serving the previous data. Errors:\n```\n{name}")
    assert len(content) <= 2000 and str(BROKEN) not in content
    assert all(part in content for part in EXPECTED[name]), (content, EXPECTED[name])
    assert bot.engine is serving


# -- the config file's permissions ----------------------------------------------------------------------------


@pytest.mark.parametrize(("mode", "warned"), [(0o644, True), (0o640, True), (0o600, False)])
def test_start_warns_when_others_can_read_the_config(mode: int, warned: bool, config: Path,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    config.chmod(mode)
    with caplog.at_level(logging.WARNING):
        # A broken dataset stops the start right after the warning, before any connection.
        assert cli.main(["run", "--config", str(config), "--data", str(BROKEN / "empty.yaml")]) == 2
    warnings = [r.getMessage() for r in caplog.records if "can be read by other users" in r.getMessage()]
    assert bool(warnings) is warned
    assert all(f"chmod 600 {config}" in w for w in warnings)


def test_readme_tells_admins_to_keep_the_config_private() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "chmod 600 config.toml" in readme and "readable by the bot's user alone" in readme


# -- files the bot writes ---------------------------------------------------------------------------------------


def test_log_file_rotates_and_stays_bounded(tmp_path: Path) -> None:
    path = tmp_path / "bot.log"
    handler = log_file_handler(str(path), max_bytes=20_000, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("test.rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for k in range(2000):
            logger.warning("record %05d %s", k, "x" * 90)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["bot.log", "bot.log.1", "bot.log.2"]
    assert all(p.stat().st_size <= 20_000 for p in tmp_path.iterdir())
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[-1].startswith("record 01999") and all(len(line) == 103 for line in lines)


def test_setup_logging_uses_the_rotating_handler(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.config import Settings

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(run_module.discord.utils, "setup_logging", lambda **kw: calls.append(kw))
    run_module.setup_logging(Settings(log_file=str(tmp_path / "bot.log")))
    handler = calls[-1]["handler"]
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert handler.maxBytes == run_module.LOG_FILE_MAX_BYTES and handler.backupCount > 0
    handler.close()


def test_log_file_is_created_private_and_stays_private_through_rotation(tmp_path: Path) -> None:
    path = tmp_path / "bot.log"
    umask = os.umask(0o022)  # the usual umask, under which files come out 0644
    try:
        handler = log_file_handler(str(path), max_bytes=2_000, backups=1)
    finally:
        os.umask(umask)
    logger = logging.getLogger("test.private")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for k in range(100):
            logger.warning("record %03d %s", k, "x" * 50)
    finally:
        logger.removeHandler(handler)
        handler.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bot.log", "bot.log.1"]
    assert {oct(p.stat().st_mode & 0o777) for p in tmp_path.iterdir()} == {"0o600"}


# discord.py's own DEBUG traces: the gateway event with a DM's text, a REST call with an interaction token and a
# message body, an interaction follow-up through the webhook module.
PAYLOAD_TRACES = [
    ("discord.gateway", "For Shard ID %s: WebSocket Event: %s",
     (None, {"t": "MESSAGE_CREATE", "d": {"content": "a private DM about my neighbour"}})),
    ("discord.http", "%s %s with %s has returned %s",
     ("POST", "https://discord.com/api/v10/interactions/1/live-interaction-token/callback",
      '{"content": "a private DM about my neighbour"}', 200)),
    ("discord.webhook.async_", "Webhook ID %s with %s %s has returned status code %s",
     (1, "POST", "https://discord.com/api/v10/webhooks/1/live-interaction-token", 200)),
]


@pytest.fixture
def root_logging() -> Any:
    """Undo setup_logging's handlers and level on the root logger after the test."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.mark.parametrize("opt_in", [False, True])
def test_debug_logging_keeps_discord_payloads_out_unless_asked(opt_in: bool, tmp_path: Path, root_logging: Any,
                                                               capfd: pytest.CaptureFixture[str]) -> None:
    from bot.config import Settings

    log_file = tmp_path / "bot.log"
    run_module.setup_logging(Settings(log_level="DEBUG", log_file=str(log_file), log_discord_payloads=opt_in))
    for name, message, args in PAYLOAD_TRACES:
        logging.getLogger(name).debug(message, *args)
    logging.getLogger("discord.gateway").info("Shard ID %s has connected to Gateway (Session ID: %s).", None, "s")
    logging.getLogger("bot.discord_bot").debug("our own debug line")
    for handler in logging.getLogger().handlers:
        handler.flush()
    for where, text in (("log_file", log_file.read_text(encoding="utf-8")), ("stderr", capfd.readouterr().err)):
        assert "Shard ID None has connected" in text and "our own debug line" in text, where
        assert ("private DM" in text) is opt_in and ("live-interaction-token" in text) is opt_in, (where, text)


WRITER = textwrap.dedent("""
    import logging, sys
    from bot.declined_log import DeclinedLog
    from bot.discord_bot.run import log_file_handler
    declined = DeclinedLog(sys.argv[1], max_bytes=200_000)
    log = logging.getLogger("w")
    log.addHandler(log_file_handler(sys.argv[2], max_bytes=200_000, backups=1))
    print("ready", flush=True)
    k = 0
    while True:
        declined.record(f"question {k} " + "q" * 250)
        log.warning("record %d %s", k, "r" * 250)
        k += 1
""")


def test_files_survive_a_kill_mid_write(tmp_path: Path) -> None:
    declined, log = tmp_path / "declined.jsonl", tmp_path / "bot.log"
    for _round in range(2):  # killed twice at random points, restarted each time
        process = subprocess.Popen([sys.executable, "-c", WRITER, str(declined), str(log)], cwd=ROOT,
                                   stdout=subprocess.PIPE, text=True)
        assert process.stdout is not None and process.stdout.readline() == "ready\n"
        time.sleep(0.25)
        process.send_signal(signal.SIGKILL)
        process.wait(5)
    from bot.declined_log import DeclinedLog

    questions = DeclinedLog(declined, max_bytes=200_000)
    questions.record("after the kills")
    lines = declined.read_text(encoding="utf-8").splitlines()
    parsed = [json.loads(line) for line in lines[:-1] if line.endswith("}")]
    assert len(parsed) >= len(lines) - 3  # at most one torn line per kill, nothing else lost
    assert json.loads(lines[-1])["question"] == "after the kills"
    assert dict(questions.most_frequent(1000)).get("after the kills") == 1
    for path in (declined, log):
        assert path.stat().st_size <= 200_000 + 1000
    assert all(line.startswith("record ") for line in log.read_text(encoding="utf-8").splitlines()[:-1])


@pytest.mark.parametrize(("message", "args"), [("Attempting a reconnect in %.2fs", (1.5,)),
                                               ("Attempting a reconnect for shard ID %s in %.2fs", (3, 1.5)),
                                               ("Failed to connect for shard_id: %s. Retrying...", (3,))])
def test_discord_reconnect_attempts_are_one_line_warnings(message: str, args: tuple[object, ...]) -> None:
    try:
        raise ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 9)")
    except OSError:
        record = logging.LogRecord("discord.client", logging.ERROR, __file__, 1, message, args, sys.exc_info())
    assert run_module.OneLineReconnects().filter(record)
    line = logging.Formatter("{levelname} {message}", style="{").format(record)
    assert line == "WARNING " + message % args + " (ConnectionRefusedError: [Errno 111] Connect call failed " \
                                                 "('127.0.0.1', 9))"


def test_discord_own_login_line_is_left_to_ours() -> None:
    record = logging.LogRecord("discord.client", logging.INFO, __file__, 1, "logging in using static token", (), None)
    assert not run_module.OneLineReconnects().filter(record)


def test_the_built_engine_is_left_out_of_full_collections_and_freed_after_a_reload() -> None:
    """The bot's engine is kept out of the collector's full scans, and a reload still frees the one before."""
    import gc
    import weakref

    try:
        _, first = run_module.build_engine(None)
        assert gc.get_freeze_count() > 10_000  # the dataset and the lexicon's tables, frozen
        gone = weakref.ref(first)
        del first
        _, second = run_module.build_engine(None)  # as `!reload` builds it
        gc.collect()
        assert gone() is None and second.answer("what was the most viewed video?").answered
    finally:
        gc.unfreeze()
