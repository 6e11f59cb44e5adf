"""The campaign dataset: a typed, immutable model and its validating YAML loader."""

from bot.dataset.schema import (
    Bonus,
    BonusVideo,
    Campaign,
    Dataset,
    Metric,
    Party,
    Period,
    Person,
    Source,
    Tweet,
    Video,
    VideoViews,
)

__all__ = [
    "Bonus", "BonusVideo", "Campaign", "Dataset", "Metric", "Party", "Period", "Person", "Source",
    "Tweet", "Video", "VideoViews",
]
