"""campaign-stats-bot: answers questions about Labour's 2019 campaign-video statistics."""

__version__ = "0.2.0"  # the one place the version is set (pyproject reads it); see CHANGELOG.md
