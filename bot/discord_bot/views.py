"""Message components only the asker may use: pages of a long list, a menu of candidate videos, and
"did you mean" buttons. Each view removes its components when it times out; `LiveViews` keeps the
listening views by message, capped, and removes what it can at shutdown."""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import discord

from bot.discord_bot.replies import GENERIC_ERROR, NO_MENTIONS

_log = logging.getLogger(__name__)

VIEW_TIMEOUT = 180.0  # seconds of no use before the components go away
SUGGESTIONS_TIMEOUT = 60.0  # "did you mean" buttons: used at once or not at all, and a flood of them is likely
MAX_LIVE_VIEWS = 600  # views listening at once; the oldest stops first (about 10 KB each: 6 MB at most)
SHUTDOWN_EDITS = 50  # at shutdown, the newest replies whose components are removed...
SHUTDOWN_BUDGET = 1.5  # ...within this many seconds (a stop must stay well within systemd's timeout)
NOT_YOURS = "Only the person who asked can use these buttons; ask your own question to get yours."
EXPIRED = "These buttons have expired (or the bot restarted): ask again to get new ones."
LABEL_LIMIT = 80  # Discord's limit for button labels
OPTION_LIMIT = 100  # and for select option labels, values and descriptions

PageRenderer = Callable[[int], dict[str, Any]]  # page number -> edit kwargs (embed or content)
# Answers a question (or a chosen title) in place of the message; True if the message was replaced.
Asker = Callable[[discord.Interaction[Any], str], Awaitable[bool]]


class LiveViews:
    """The views listening now, by message id, oldest first; at most `limit` of them.

    Every reply with components holds its view until the view times out; under a flood of questions that
    would grow without bound, so past the limit the oldest view stops listening. Its components stay on
    the message, and a click on them gets the short note for expired views.
    """

    def __init__(self, limit: int = MAX_LIVE_VIEWS) -> None:
        self.limit = limit
        self._views: OrderedDict[int, AskerView] = OrderedDict()

    def __len__(self) -> int:
        return len(self._views)

    def add(self, view: AskerView, message: discord.Message | discord.PartialMessage) -> None:
        """Track a view that discord.py now dispatches for this message."""
        # A partial message (ids and the channel) is all the timeout edit needs; the full message would
        # keep its embeds and components alive for as long as the view. A slash command's reply keeps its
        # interaction message: that edits through the interaction's webhook, as Discord prefers for those.
        view.message = message if isinstance(message, discord.InteractionMessage) else partial(message)
        view.live = self
        self._views.pop(message.id, None)  # a view replacing another on the same message
        self._views[message.id] = view
        while len(self._views) > self.limit:
            _message_id, oldest = self._views.popitem(last=False)
            oldest.stop()

    def discard(self, view: AskerView) -> None:
        """Forget a view that stopped or timed out (unless another view took its message since)."""
        if view.message is not None and self._views.get(view.message.id) is view:
            del self._views[view.message.id]

    def is_live(self, message_id: int) -> bool:
        """Whether a view listens to the components of this message."""
        return message_id in self._views

    async def close(self, *, edits: int = SHUTDOWN_EDITS, budget: float = SHUTDOWN_BUDGET) -> tuple[int, int]:
        """Stop every view and remove the components of the newest replies, within a time budget.

        Returns (components removed, views that were live). The rest keep their components; after a restart a
        click on them gets the note for expired views.
        """
        views = list(reversed(self._views.values()))  # newest first: the ones people may still click
        self._views.clear()
        for view in views:
            view.stop()
        tasks = [asyncio.create_task(view.remove_components()) for view in views[:edits]]
        if not tasks:
            return 0, len(views)
        done, pending = await asyncio.wait(tasks, timeout=budget)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        return sum(1 for task in done if task.exception() is None and task.result()), len(views)


def partial(message: discord.Message | discord.PartialMessage) -> discord.PartialMessage | discord.Message:
    """A lightweight handle on a sent message that can still edit it."""
    try:
        return discord.PartialMessage(channel=message.channel, id=message.id)  # type: ignore[arg-type]
    except TypeError:  # a kind of channel PartialMessage does not take: keep the message itself
        return message


class AskerView(discord.ui.View):
    """A view that answers only the user who asked, and removes its components on timeout."""

    def __init__(self, asker_id: int, *, timeout: float = VIEW_TIMEOUT) -> None:
        super().__init__(timeout=timeout)
        self.asker_id = asker_id
        # Set by LiveViews.add once the reply is sent.
        self.message: discord.PartialMessage | discord.Message | None = None
        self.live: LiveViews | None = None

    def stop(self) -> None:
        """Stop listening, and leave the live views."""
        super().stop()
        if self.live is not None:
            self.live.discard(self)

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        """Let the asker through; tell anyone else, privately, that these are not theirs."""
        if interaction.user.id == self.asker_id:
            return True
        await interaction.response.send_message(NOT_YOURS, ephemeral=True, allowed_mentions=NO_MENTIONS)
        return False

    async def on_timeout(self) -> None:
        """Remove the components: after the timeout nothing listens to them any more."""
        if self.live is not None:
            self.live.discard(self)
        await self.remove_components()

    async def remove_components(self) -> bool:
        """Edit the reply to drop its components; False if Discord refused (deleted meanwhile, no access)."""
        if self.message is None:
            return False
        try:
            await self.message.edit(view=None)
        except discord.HTTPException as exc:  # deleted meanwhile, or no access: nothing to tidy
            _log.debug("Could not remove the components of message %s: %s", self.message.id, exc)
            return False
        return True

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
                 timeout: float = SUGGESTIONS_TIMEOUT) -> None:
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
