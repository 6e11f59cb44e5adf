"""Message components only the asker may use: pages of a long list, a menu of candidate videos, and
"did you mean" buttons. Each view removes its components when it times out."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import discord

from bot.discord_bot.replies import GENERIC_ERROR, NO_MENTIONS

_log = logging.getLogger(__name__)

VIEW_TIMEOUT = 180.0  # seconds of no use before the components go away
NOT_YOURS = "Only the person who asked can use these buttons; ask your own question to get yours."
LABEL_LIMIT = 80  # Discord's limit for button labels
OPTION_LIMIT = 100  # and for select option labels, values and descriptions

PageRenderer = Callable[[int], dict[str, Any]]  # page number -> edit kwargs (embed or content)
# Answers a question (or a chosen title) in place of the message; True if the message was replaced.
Asker = Callable[[discord.Interaction[Any], str], Awaitable[bool]]


class AskerView(discord.ui.View):
    """A view that answers only the user who asked, and removes its components on timeout."""

    def __init__(self, asker_id: int, *, timeout: float = VIEW_TIMEOUT) -> None:
        super().__init__(timeout=timeout)
        self.asker_id = asker_id
        self.message: discord.Message | None = None  # set once the reply is sent, for the timeout edit

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        """Let the asker through; tell anyone else, privately, that these are not theirs."""
        if interaction.user.id == self.asker_id:
            return True
        await interaction.response.send_message(NOT_YOURS, ephemeral=True, allowed_mentions=NO_MENTIONS)
        return False

    async def on_timeout(self) -> None:
        """Remove the components: after the timeout nothing listens to them any more."""
        if self.message is None:
            return
        try:
            await self.message.edit(view=None)
        except discord.HTTPException as exc:  # deleted meanwhile, or no access: nothing to tidy
            _log.debug("Could not remove the components of message %s: %s", self.message.id, exc)

    async def on_error(self, interaction: discord.Interaction[Any], error: Exception,
                       item: discord.ui.Item[Any]) -> None:
        """Log the failure and tell the user briefly, like every other error."""
        _log.error("Component %s failed (user %s)", type(item).__name__, interaction.user.id,
                   exc_info=(type(error), error, error.__traceback__))
        try:
            if interaction.response.is_done():
                await interaction.followup.send(GENERIC_ERROR, ephemeral=True, allowed_mentions=NO_MENTIONS)
            else:
                await interaction.response.send_message(GENERIC_ERROR, ephemeral=True,
                                                        allowed_mentions=NO_MENTIONS)
        except discord.HTTPException:
            _log.warning("Could not send an error reply to interaction %s", interaction.id)


class PagesView(AskerView):
    """Previous/Next buttons over the pages of a long list."""

    def __init__(self, asker_id: int, pages: int, render: PageRenderer, *, timeout: float = VIEW_TIMEOUT) -> None:
        super().__init__(asker_id, timeout=timeout)
        self.pages = pages
        self.page = 0
        self.render = render
        self._update_buttons()

    @discord.ui.button(label="Previous", emoji="◀️", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction[Any], _button: discord.ui.Button[Any]) -> None:
        """Show the page before."""
        await self._turn(interaction, -1)

    @discord.ui.button(label="Next", emoji="▶️", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction[Any], _button: discord.ui.Button[Any]) -> None:
        """Show the page after."""
        await self._turn(interaction, +1)

    async def _turn(self, interaction: discord.Interaction[Any], step: int) -> None:
        self.page = min(max(self.page + step, 0), self.pages - 1)
        self._update_buttons()
        await interaction.response.edit_message(**self.render(self.page), view=self)

    def _update_buttons(self) -> None:
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page >= self.pages - 1


class CandidatesView(AskerView):
    """A menu of the videos a question could mean; choosing one shows that video."""

    def __init__(self, asker_id: int, options: Sequence[tuple[str, str]], choose: Asker, *,
                 timeout: float = VIEW_TIMEOUT) -> None:
        super().__init__(asker_id, timeout=timeout)
        self.choose = choose
        self.menu: discord.ui.Select[Any] = discord.ui.Select(
            placeholder="Did you mean another video?",
            options=[discord.SelectOption(label=title[:OPTION_LIMIT], value=str(i),
                                          description=detail[:OPTION_LIMIT] or None, default=i == 0)
                     for i, (title, detail) in enumerate(options[:25])],
        )
        self.titles = [title for title, _detail in options[:25]]
        self.menu.callback = self._chosen  # type: ignore[method-assign]
        self.add_item(self.menu)

    async def _chosen(self, interaction: discord.Interaction[Any]) -> None:
        index = int(self.menu.values[0])
        for i, option in enumerate(self.menu.options):  # keep the menu showing what is on screen
            option.default = i == index
        await self.choose(interaction, self.titles[index])


class SuggestionsView(AskerView):
    """Up to three buttons, each asking one suggested question."""

    def __init__(self, asker_id: int, suggestions: Sequence[str], ask: Asker, *,
                 timeout: float = VIEW_TIMEOUT) -> None:
        super().__init__(asker_id, timeout=timeout)
        self.ask = ask
        for question in suggestions[:3]:
            button: discord.ui.Button[Any] = discord.ui.Button(label=question[:LABEL_LIMIT],
                                                               style=discord.ButtonStyle.primary)
            button.callback = self._asker(question)  # type: ignore[method-assign]
            self.add_item(button)

    def _asker(self, question: str) -> Callable[[discord.Interaction[Any]], Awaitable[None]]:
        async def callback(interaction: discord.Interaction[Any]) -> None:
            if await self.ask(interaction, question):
                self.stop()  # the answer replaced this message and its buttons

        return callback
