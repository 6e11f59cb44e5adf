"""The README's self-hosting guide, followed as a new admin follows it: a clone, the example config copied,
the dataset's aliases edited, `check`, `run`, a question with the new alias; edited again, `!reload`, asked.

The clone is a copy of the repository's files in a temporary folder; the bot is this venv's `campaign-bot`,
whose installed dataset is another file, so reading the wrong one would show.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from bot_process import ROOT, BotProcess, bot_env, campaign_bot_command
from fake_discord import BOT_ID, OWNER_ID, FakeDiscord, Recorded, message_create
from test_bot_e2e import embed_text

README = (ROOT / "README.md").read_text(encoding="utf-8")
GUIDE = README[README.index("## Self-hosting on Discord"):]
CHECK_OUTPUT = "OK data/labour-2019.yaml: 10 videos"


def add_alias(dataset: Path, existing: str, alias: str) -> None:
    """Edit the dataset as an admin does: one more name in a video's `aliases` list."""
    text = dataset.read_text(encoding="utf-8")
    line = f"    aliases: [{existing}]"
    assert text.count(line) == 1, line
    dataset.write_text(text.replace(line, f"    aliases: [{existing}, {alias}]"), encoding="utf-8")


def ask(fake: FakeDiscord, content: str, author_id: int = 42) -> Recorded:
    """A question that mentions the bot (the example config has no answer channels), or a `!` command."""
    mention = not content.startswith("!")
    data = message_create(fake, f"<@{BOT_ID}> {content}" if mention else content, mention_bot=mention,
                          author_id=author_id)
    fake.dispatch("MESSAGE_CREATE", data)
    return fake.wait_for(lambda r: r.method == "POST" and isinstance(r.body, dict)
                         and str((r.body.get("message_reference") or {}).get("message_id")) == data["id"], 15)


def test_the_guide_uses_the_commands_this_test_runs() -> None:
    for command in ("cp config.example.toml config.toml && chmod 600 config.toml", "export DISCORD_TOKEN=",
                    ".venv/bin/campaign-bot check", ".venv/bin/campaign-bot run --config config.toml",
                    "data/labour-2019.yaml", "!reload"):
        assert command in GUIDE, command


def test_editing_the_clones_dataset_takes_effect(tmp_path: Path) -> None:
    clone = tmp_path / "campaign-bot"
    clone.mkdir()
    shutil.copy(ROOT / "config.example.toml", clone)
    shutil.copytree(ROOT / "data", clone / "data")
    # cp config.example.toml config.toml && chmod 600 config.toml
    config = clone / "config.toml"
    shutil.copy(clone / "config.example.toml", config)
    config.chmod(0o600)
    fake = FakeDiscord().start()
    # The example's advanced keys, set to reach the fake Discord instead of discord.com.
    with config.open("a", encoding="utf-8") as fh:
        fh.write(f'api_base_url = "{fake.api_base_url}"\ngateway_url = "{fake.gateway_url}"\n')
    dataset = clone / "data" / "labour-2019.yaml"
    add_alias(dataset, "wonderful nhs", "the hospital film")

    check = subprocess.run([*campaign_bot_command(), "check"], cwd=clone, env=bot_env(), capture_output=True,
                           text=True, timeout=60)
    assert check.returncode == 0 and check.stdout.startswith(CHECK_OUTPUT), check

    log_path = tmp_path / "bot.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen([*campaign_bot_command(), "run", "--config", "config.toml"], cwd=clone,
                                   env=bot_env(), stdout=log, stderr=subprocess.STDOUT)
    bot = BotProcess(process, log_path, dataset)
    try:
        bot.wait_logged(f"answering from {dataset}")
        assert "13,400,000" in embed_text(ask(fake, "how many views did the hospital film get?"))

        add_alias(dataset, "mean tweets, nasty tweets", "the grumpy posts clip")
        assert "3,700,000" not in embed_text(ask(fake, "views of the grumpy posts clip", author_id=43))
        reloaded = ask(fake, "!reload", author_id=OWNER_ID)  # the application's owner (owner_ids = [])
        assert reloaded.body["content"] == f"Reloaded {dataset.name}: 10 videos."  # the name only: no server path
        assert "3,700,000" in embed_text(ask(fake, "views of the grumpy posts clip", author_id=44))
        assert bot.stop() == 0
    finally:
        bot.stop()
        fake.stop()
    assert "Traceback" not in bot.log()
