"""Log files that stay private: created 0600, and without discord.py's payload traces unless asked for."""

from __future__ import annotations

import logging
import logging.handlers
import os
from typing import IO, Any

# discord.py's DEBUG traces in these loggers carry whole gateway events and REST bodies: the text of every
# message in every channel and DM, and live interaction tokens in URLs.
PAYLOAD_LOGGERS = ("discord.gateway", "discord.http", "discord.state", "discord.webhook")


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A size-rotated log file that is created readable by its owner only (0600), as is each new one."""

    def _open(self) -> IO[Any]:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


class PayloadFilter(logging.Filter):
    """Drops discord.py's DEBUG payload traces (INFO and above, and every other logger, pass)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Whether the record may be written."""
        if record.levelno >= logging.INFO:
            return True
        return not any(record.name == name or record.name.startswith(name + ".") for name in PAYLOAD_LOGGERS)
