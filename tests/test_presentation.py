"""The Discord presentation layer without a network: which view an answer gets, what components do, charts."""

from __future__ import annotations

import logging
from types import SimpleNamespace
from typing import Any

import discord
import pytest
from test_discord_handlers import USER_ID, Recorder, cog, fake_ctx, make_bot

from bot.dataset.loader import load_dataset
from bot.dataset.schema import Dataset
from bot.discord_bot.present import NEED_ATTACH, NO_IMAGES, Presenter
from bot.discord_bot.views import (
    EXPIRED,
    NOT_YOURS,
    AskerView,
    CandidatesView,
    LiveViews,
    PagesView,
    SuggestionsView,
)
from bot.engine import Engine
from bot.engine.answer import Answer, Row
from bot.render.chart import ENABLE_IMAGES

OTHER = 77


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    """The shipped dataset."""
    return load_dataset(None)


async def presenter(dataset: Dataset) -> Presenter:
    """A presenter over a bot with the real engine."""
    return Presenter(await make_bot(dataset, Engine(dataset)))  # type: ignore[arg-type]


def interaction(user_id: int) -> Any:
    """A stand-in for a component interaction: who pressed, and recording responses."""
    response = SimpleNamespace(send_message=Recorder(), edit_message=Recorder(), is_done=lambda: False)
    return SimpleNamespace(user=SimpleNamespace(id=user_id), response=response, message=None, guild_id=1,
                           channel_id=2, id=3)


async def test_each_answer_gets_the_view_that_helps(dataset: Dataset) -> None:
    present = await presenter(dataset)
    engine = present.bot.engine
    ambiguous = present.reply(engine.answer("the NHS video"), embeds=True, asker_id=USER_ID)
    assert isinstance(ambiguous["view"], CandidatesView)
    assert ambiguous["view"].titles == ["Our wonderful NHS", "Jessi on the value of our NHS"]
    embed = ambiguous["embed"]
    assert embed.url == "https://pic.twitter.com/VNzKPYGgq2" and embed.author.name == "@robdelaney"
    assert [f.value for f in embed.fields if f.name == "Posted"] == ["<t:1574510400:D>"]
    refusal = present.reply(engine.answer("youtube views of the nhs video"), embeds=True, asker_id=USER_ID)
    assert isinstance(refusal["view"], SuggestionsView) and len(refusal["view"].children) == 3
    # "Did you mean" buttons go after a minute unused (a flood of declined questions makes many of them);
    # menus and pages after three.
    assert (refusal["view"].timeout, ambiguous["view"].timeout) == (60.0, 180.0)
    assert "view" not in present.reply(engine.command("top"), embeds=True, asker_id=USER_ID)  # 10 rows: one page
    text = present.reply(engine.command("video", "1"), embeds=False, asker_id=USER_ID)
    assert text["suppress_embeds"] is True and "https://pic.twitter.com/" in text["content"]


async def test_pages_turn_and_stop_at_the_ends(dataset: Dataset) -> None:
    present = await presenter(dataset)
    rows = tuple(Row(i, f"Video {i}", 1000 * (30 - i), "labour") for i in range(1, 26))
    payload = present.reply(Answer("top", True, "All", rows=rows, source="S"), embeds=True, asker_id=USER_ID)
    view = payload["view"]
    assert isinstance(view, PagesView) and view.pages == 3 and view.previous.disabled
    assert payload["embed"].footer.text == "S · page 1 of 3"
    press = interaction(USER_ID)
    for _ in range(3):  # one past the end stays on the last page
        await view._turn(press, +1)  # type: ignore[arg-type]
    last = press.response.edit_message.sent[-1]
    assert "Video 25" in last["embed"].description and last["embed"].footer.text == "S · page 3 of 3"
    assert view.next.disabled and not view.previous.disabled


async def test_only_the_asker_may_use_the_components_and_they_go_on_timeout() -> None:
    view = AskerView(USER_ID)
    someone_else = interaction(OTHER)
    assert not await view.interaction_check(someone_else)  # type: ignore[arg-type]
    (refusal,) = someone_else.response.send_message.sent
    assert refusal["content"] == NOT_YOURS and refusal["ephemeral"] is True
    assert await view.interaction_check(interaction(USER_ID))  # type: ignore[arg-type]

    edits: list[dict[str, Any]] = []

    async def edit(**kwargs: Any) -> None:
        edits.append(kwargs)
        raise discord.NotFound(SimpleNamespace(status=404, reason="gone"), "deleted")  # tolerated

    view.message = SimpleNamespace(id=5, edit=edit)  # type: ignore[assignment]
    await view.on_timeout()
    assert edits == [{"view": None}]


async def test_suggestion_button_answers_in_place(dataset: Dataset) -> None:
    present = await presenter(dataset)
    payload = present.reply(present.bot.engine.answer("youtube views of the nhs video"), embeds=True,
                            asker_id=USER_ID)
    view = payload["view"]
    press = interaction(USER_ID)
    await view.children[0].callback(press)
    (edit,) = press.response.edit_message.sent
    assert edit["embed"].title == "Our wonderful NHS" and edit["view"] is None  # "views of Our wonderful NHS"
    assert view.is_finished()


async def test_chart_payloads(dataset: Dataset, monkeypatch: pytest.MonkeyPatch,
                              caplog: pytest.LogCaptureFixture) -> None:
    present = await presenter(dataset)
    with_image = await present.chart("parties", embeds=True, files=True)  # the smaller chart: quicker to draw
    assert isinstance(with_image["file"], discord.File) and with_image["file"].filename == "campaign-parties.png"
    assert with_image["embed"].image.url == "attachment://campaign-parties.png"
    assert with_image["embed"].colour == discord.Colour(0x99AAB5)  # two parties: the neutral colour
    no_attach = await present.chart("views", embeds=True, files=False)
    assert "file" not in no_attach and "13.4M" in no_attach["content"] and NEED_ATTACH in no_attach["content"]

    def missing(*_args: Any) -> bytes:
        raise ImportError("No module named 'matplotlib'")

    monkeypatch.setattr("bot.discord_bot.present.chart_png", missing)
    with caplog.at_level(logging.WARNING):
        fallback = await present.chart("views", embeds=True, files=True)
        await present.chart("views", embeds=True, files=True)
    # Users see the text chart and that images are off; how to install them is for the admin alone.
    assert "```" in fallback["content"] and NO_IMAGES in fallback["content"]
    assert "pip" not in fallback["content"] and ENABLE_IMAGES not in fallback["content"]
    assert fallback["suppress_embeds"] is True and len(fallback["content"]) <= 2000
    (warning,) = [r.getMessage() for r in caplog.records if "matplotlib" in r.getMessage()]  # once, not per chart
    assert ENABLE_IMAGES in warning
    for_owner = await present.chart("views", embeds=True, files=True, owner=True)
    assert NO_IMAGES in for_owner["content"] and "pip install '.[charts]'" in for_owner["content"]


async def test_chart_command_rejects_unknown_metrics(dataset: Dataset) -> None:
    bot = await make_bot(dataset)
    ctx = fake_ctx()
    ctx.defer = Recorder()
    stats = cog(bot)
    await stats.chart.callback(stats, ctx, "likes")  # type: ignore[arg-type]
    assert ctx.reply.sent[-1]["content"] == "Usage: `!chart [views|parties]`"
    await stats.chart.callback(stats, ctx, "compare")  # type: ignore[arg-type]
    assert "Labour vs Conservatives" in ctx.reply.sent[-1]["content"]  # no Attach Files here: the text chart
    await stats.help_.callback(stats, ctx)  # type: ignore[arg-type]
    assert "!chart parties" in ctx.reply.sent[-1]["embed"].description


def sent_message(message_id: int) -> Any:
    """A stand-in for a sent message: its id and a text channel."""
    return SimpleNamespace(id=message_id, channel=SimpleNamespace(type=discord.ChannelType.text, _state=None, id=9))


async def test_live_views_are_capped_and_an_evicted_view_stops_listening() -> None:
    live = LiveViews(limit=2)
    views = [AskerView(USER_ID) for _ in range(3)]
    for i, view in enumerate(views):
        live.add(view, sent_message(100 + i))
    assert len(live) == 2 and views[0].is_finished() and not live.is_live(100)
    assert live.is_live(101) and live.is_live(102) and not views[2].is_finished()
    views[1].stop()  # answered in place, or timed out: no longer live
    assert not live.is_live(101) and len(live) == 1
    replacement = AskerView(USER_ID)  # a new view on the same message, as after a suggestion button
    live.add(replacement, sent_message(102))
    views[2].stop()  # the old view stopping must not drop the new one
    assert live.is_live(102) and len(live) == 1


async def test_a_click_nothing_listens_to_gets_a_private_note(dataset: Dataset) -> None:
    bot = await make_bot(dataset)
    live_view = AskerView(USER_ID)
    bot.live_views.add(live_view, sent_message(200))
    click = interaction(USER_ID)
    click.type = discord.InteractionType.component
    click.message = SimpleNamespace(id=200)
    assert not bot.is_expired_component(click)  # type: ignore[arg-type]
    click.message = SimpleNamespace(id=201)  # timed out, evicted, or sent before a restart
    assert bot.is_expired_component(click)  # type: ignore[arg-type]
    click.type = discord.InteractionType.application_command
    assert not bot.is_expired_component(click)  # type: ignore[arg-type]
    await bot.on_expired_component(click)  # type: ignore[arg-type]
    (note,) = click.response.send_message.sent
    assert note["content"] == EXPIRED and note["ephemeral"] is True


async def test_the_candidates_menu_gives_places_among_all_videos(tmp_path: Any) -> None:
    # A second party's video shares rank 1 with the shipped #1: the menu must say where each stands.
    import yaml

    from tests.engine_helpers import DATA

    data = yaml.safe_load((DATA.parents[1] / "data" / "labour-2019.yaml").read_text(encoding="utf-8"))
    data["videos"].append({"rank": 1, "title": "Protect the NHS", "party": "conservatives", "views": 8_000_000,
                           "topics": ["nhs"]})
    path = tmp_path / "two-parties.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    present = await presenter(load_dataset(str(path)))
    reply = present.reply(present.bot.engine.answer("the NHS video"), embeds=True, asker_id=USER_ID)
    menu = reply["view"]
    assert isinstance(menu, CandidatesView)
    places = dict(zip(menu.titles, [o.description for o in menu.menu.options], strict=True))
    assert places["Protect the NHS"] == "#3 · 8,000,000 views"
    assert places["Our wonderful NHS"] == "#1 · 13,400,000 views"
