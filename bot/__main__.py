"""`python -m bot` is `campaign-bot`."""

import sys

from bot.cli import main

sys.exit(main())
