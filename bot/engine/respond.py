"""Steps 4 and 5 of the flow: check that the data can answer the frame, then compute the Answer.

The answers themselves live in `bot/engine/answers/`, one module per family; this class joins them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.dataset.schema import Video
from bot.engine.answer import Answer
from bot.engine.answers.base import VIDEO_INTENTS, Refusal
from bot.engine.answers.figures import FigureAnswers
from bot.engine.answers.lists import ListAnswers
from bot.engine.answers.videos import VideoAnswers
from bot.engine.entities import Entities
from bot.engine.frames import Frame
from bot.engine.query_execute import QueryAnswers
from bot.engine.query_metric import figures_said


class Responder(VideoAnswers, ListAnswers, FigureAnswers, QueryAnswers):
    """Turns a decided frame into an Answer, from the dataset only."""

    def respond(self, ent: Entities, frame: Frame) -> Answer:
        """The Answer for a decided frame."""
        refusal = self.gate(ent, frame)
        if refusal:
            return refusal
        measures = ent.measures
        if measures and frame.intent in VIDEO_INTENTS and (len(measures) > 1 or measures[0] != "views"):
            other = [m for m in measures if m != "views"]
            said = {m.id for _, m in figures_said(ent, self.lex) if m.measure == other[0]} if other and not (
                ent.videos) else set()
            if len(said) > 1:
                # ("2.4m vs 1.4m retweets": the campaign figures of that measure, said by their numbers)
                frame = replace(frame, intent="metric")
            elif other:
                return self.refuse(frame.intent, f"I don't have {other[0]} per video.", [self._what_i_count(ent)])
        try:
            return HANDLERS[frame.intent](self, ent, frame)
        except Refusal as refused:
            return refused.answer

    def corrected(self, answer: Answer, video: Video, text: str, verdict: str = "No: ", beside: bool = False) -> Answer:
        """A false premise corrected first ("No: …"), or a video against a figure, then its card (`beside`: then the
        answer to the question asked after it, "since <claim>, what was the second one's count")."""
        base = answer if answer.answered and (beside or answer.title.startswith(video.title)) \
            else self.video(video, "card")
        # (a claim may end in a title that has its own full stop: "... watch this.")
        said = f"{text.rstrip('.')}."
        # (the card may say the confirmed fact itself; an answer to the question after the claim, its correction)
        claim = said.split(";", 1)[0]  # (the same correction said with more after it, by another reading)
        rest = (x for x in base.lines if x != said and x.split(": ", 1)[-1].split(";", 1)[0] != claim)
        return replace(base, title=f"{verdict}{text}", lines=(f"{verdict}{said}", *rest))


# Every intent the frame scorer can choose, and the answer that computes it.
HANDLERS: dict[str, Callable[[Responder, Entities, Frame], Answer]] = {
    "help": FigureAnswers._help,
    "source": FigureAnswers._source,
    "bonus": FigureAnswers._bonus,
    "metric": FigureAnswers._metric,
    "video": VideoAnswers._video,
    "rank": VideoAnswers._rank,
    "top": VideoAnswers._top,
    "compare_videos": VideoAnswers._compare_videos,
    "aggregate": ListAnswers._aggregate,
    "filter": ListAnswers._filter,
}
