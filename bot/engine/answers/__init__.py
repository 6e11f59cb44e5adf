"""The answers, by kind: each module turns one family of frames into Answers."""
