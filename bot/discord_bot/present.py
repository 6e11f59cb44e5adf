"""How answers look in Discord: an embed or plain text, with pages, a menu of candidates or "did you mean"
buttons where they help, and charts as attached images."""

from __future__ import annotations

import asyncio
import io
import logging
import time
from datetime import date
from typing import TYPE_CHECKING, Any

import discord

from bot.dataset.schema import Dataset, Video
from bot.discord_bot.replies import NO_MENTIONS, escape_answer, text_payload
from bot.discord_bot.throttle import cooldown_notice
from bot.discord_bot.views import AskerView, CandidatesView, PagesView, SuggestionsView
from bot.engine.answer import Answer
from bot.engine.format import count
from bot.render.chart import ENABLE_IMAGES, chart_png, chart_spec, text_chart
from bot.render.embed import NEUTRAL_COLOUR, page_count, render_embed
from bot.render.text import render_text

if TYPE_CHECKING:
    from bot.discord_bot.client import CampaignBot

NEED_ATTACH = "I need the Attach Files permission in this channel to post the chart as an image."
NO_IMAGES = "Chart images are not available on this bot, so here is the chart as text."
_log = logging.getLogger(__name__)


class Presenter:
    """Builds the reply for an answer and handles what its components do."""

    def __init__(self, bot: CampaignBot) -> None:
        self.bot = bot
        self._index: tuple[Dataset, dict[str, Video]] | None = None
        self._told_admin = False  # whether the log already says how to get chart images

    # -- replies --------------------------------------------------------------------------------------

    def reply(self, answer: Answer, *, embeds: bool, asker_id: int) -> dict[str, Any]:
        """Keyword arguments for send/reply, with a `view` for pages, candidates or suggestions."""
        # After sending, `attach` gives the view its message, so it can tidy up on timeout.
        safe = escape_answer(answer)
        colours = self.bot.colours
        posted = self.posted(answer)

        def render(page: int) -> dict[str, Any]:
            if embeds:
                return {"embed": render_embed(safe, colours, page=page, posted=posted)}
            return {"content": text_payload(render_text(safe))["content"]}

        # Plain text holds media links: without suppress_embeds Discord would unfurl every one of them.
        payload: dict[str, Any] = {**render(0), "allowed_mentions": NO_MENTIONS}
        if not embeds:
            payload["suppress_embeds"] = True
        view = self._view(answer, embeds, asker_id, render)
        if view is not None:
            payload["view"] = view
        return payload

    def _view(self, answer: Answer, embeds: bool, asker_id: int, render: Any) -> AskerView | None:
        pages = page_count(answer)
        if embeds and pages > 1:
            return PagesView(asker_id, pages, render)
        candidates = self.candidates(answer)
        if len(candidates) > 1:
            place = self.bot.engine.place
            options = [(v.title, f"#{place(v)} · {count(v.views)} views") for v in candidates]

            async def choose(interaction: discord.Interaction[Any], title: str) -> bool:
                return await self._answer_in_place(interaction, title, embeds, keep=view)

            view: AskerView = CandidatesView(asker_id, options, choose)
            return view
        if not answer.answered and answer.suggestions:
            async def ask(interaction: discord.Interaction[Any], question: str) -> bool:
                return await self._answer_in_place(interaction, question, embeds)

            return SuggestionsView(asker_id, answer.suggestions, ask)
        return None

    async def _answer_in_place(self, interaction: discord.Interaction[Any], question: str, embeds: bool,
                               keep: AskerView | None = None) -> bool:
        """Answer a question from a component by editing its message; a chosen title shows that video."""
        verdict = self.bot.throttle.check(interaction.user.id)
        if not verdict.allowed:
            await interaction.response.send_message(cooldown_notice(verdict), ephemeral=True,
                                                    allowed_mentions=NO_MENTIONS)
            return False
        started = time.perf_counter()
        engine = self.bot.engine
        answer = engine.command("video", question) if keep is not None else engine.answer(question)
        payload = self.reply(answer, embeds=embeds, asker_id=interaction.user.id)
        payload.pop("suppress_embeds", None)  # the message keeps the flag it was sent with
        view = keep or payload.pop("view", None)
        payload.pop("view", None)
        await interaction.response.edit_message(**payload, view=view)
        if isinstance(view, AskerView) and view is not keep and interaction.message is not None:
            self.bot.live_views.add(view, interaction.message)
        self.bot.log_answer(answer.intent, answer.answered, started, via="button", ref=interaction.id,
                            guild=interaction.guild_id, channel=interaction.channel_id, user=interaction.user.id,
                            text=question)
        return True

    # -- what the answer is about, from the dataset ----------------------------------------------------

    def _by_title(self) -> dict[str, Video]:
        ds = self.bot.dataset
        if self._index is None or self._index[0] is not ds:  # built once per dataset (and after !reload)
            self._index = (ds, {v.title: v for v in ds.videos})
        return self._index[1]

    def video(self, answer: Answer) -> Video | None:
        """The video a one-video answer is about (the engine names it in `details`), else None."""
        title = answer.details.get("video") if answer.answered else None
        return self._by_title().get(title) if isinstance(title, str) else None

    def posted(self, answer: Answer) -> date | None:
        """The date the answer's video was posted, if the answer is about one video with a date."""
        posted = answer.details.get("posted")
        return date.fromisoformat(posted) if isinstance(posted, str) else None

    def candidates(self, answer: Answer) -> list[Video]:
        """The answered video and the others the engine says the question could also mean."""
        main = self.video(answer)
        if main is None:
            return []
        # Titles, not ranks: ranks count within each party, titles are unique in a dataset.
        by_title = self._by_title()
        named = answer.details.get("candidates") or []
        others = [by_title[t] for t in named if isinstance(t, str) and t in by_title and by_title[t] is not main]
        return [main, *dict.fromkeys(others)]

    # -- charts ------------------------------------------------------------------------------------------

    async def chart(self, metric: str, *, embeds: bool, files: bool, owner: bool = False) -> dict[str, Any]:
        """Send kwargs for a chart: a PNG attached to an embed, or the text chart and why there is no image.

        How to install the charts extra is for the admin: it goes to the log, and to owners only.
        """
        ds = self.bot.dataset
        try:
            spec = chart_spec(ds, metric)
        except ValueError as exc:
            return text_payload(str(exc))
        png: bytes | None = None
        note = NEED_ATTACH
        if files:
            try:
                png = await asyncio.to_thread(chart_png, ds, metric)  # drawing blocks: keep the gateway going
            except ImportError:
                png = None
                note = f"{NO_IMAGES}\n{ENABLE_IMAGES}" if owner else NO_IMAGES
                if not self._told_admin:
                    self._told_admin = True  # once per run: the log is the admin's, not a chat transcript
                    _log.warning("Charts are sent as text: matplotlib is not installed. %s", ENABLE_IMAGES)
        # Chart texts come from the dataset only (no user input), so they are shown as they are.
        if png is None:
            return {**text_payload(f"{text_chart(spec)}\n{note}"), "suppress_embeds": True}
        filename = f"campaign-{metric}.png"
        file = discord.File(io.BytesIO(png), filename=filename, description=spec.title[:1024])
        if not embeds:
            text = f"**{spec.title}**\n{spec.subtitle}\n{spec.source}"
            return {**text_payload(text), "file": file, "suppress_embeds": True}
        parties = {b.party for b in spec.bars}
        colour = self.bot.colours.get(parties.pop() or "") if len(parties) == 1 else None
        embed = discord.Embed(title=spec.title, description=spec.subtitle,
                              colour=discord.Colour.from_str(colour) if colour else NEUTRAL_COLOUR)
        embed.set_image(url=f"attachment://{filename}")
        embed.set_footer(text=spec.source)
        return {"embed": embed, "file": file, "allowed_mentions": NO_MENTIONS}


    def attach(self, payload: dict[str, Any], sent: object) -> None:
        """Track the reply's view (if any) with its sent message: for the timeout edit, the cap and shutdown."""
        view = payload.get("view")
        if isinstance(view, AskerView) and isinstance(sent, discord.Message) and not view.is_finished():
            self.bot.live_views.add(view, sent)
