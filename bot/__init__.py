"""campaign-stats-bot: answers questions about Labour's 2019 campaign-video statistics."""

__version__ = "0.1.0"
