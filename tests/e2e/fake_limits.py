"""The fake Discord made strict and faulty: Discord's per-channel message rate limit with its headers,
injected 429s, failing REST calls (5xx, 403), a broken login, and a gateway that drops the bot or
invalidates its session. Everything it answered for channel messages is kept in `sends`."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from fake_discord import EVENT_TIMEOUT, FakeDiscord, _json

CHANNEL_LIMIT = 5  # Discord's bucket for a bot's messages: 5 per channel every 5 seconds
CHANNEL_WINDOW = 5.0
BUCKET = "fake-channel-messages"  # one bucket hash, counted per channel (the major parameter)


@dataclass(frozen=True)
class Send:
    """One POST of a channel message and the status the fake gave it."""

    at: float  # time.monotonic() on arrival
    channel: int
    status: int
    reference: str | None  # the message it replies to
    injected: bool = False  # a 429 or failure the test asked for, not one the bot earned


@dataclass
class _Fault:
    status: int
    body: dict[str, Any]
    channel: int | None
    times: int


def too_many_requests(retry_after: float) -> web.Response:
    """A 429 as Discord sends it (discord.py treats a 429 without a Via header as a Cloudflare ban)."""
    response = _json({"message": "You are being rate limited.", "retry_after": round(retry_after, 3),
                      "global": False}, status=429)
    response.headers.update({"Via": "1.1 google", "Retry-After": str(max(1, round(retry_after))),
                             "X-RateLimit-Scope": "user"})
    return response


class StrictFakeDiscord(FakeDiscord):
    """FakeDiscord with rate limits and faults on demand."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.sends: list[Send] = []
        self.connections = 0
        self.throttle_every = 0  # every Nth channel message gets a 429 with `retry_after` (0: never)
        self.retry_after = 0.25
        self.broken_login = False  # GET /users/@me answers nonsense: the bot crashes at start
        self.channel_limit, self.channel_window = CHANNEL_LIMIT, CHANNEL_WINDOW  # Discord's, unless a test eases it
        self._faults: list[_Fault] = []
        self._windows: dict[int, tuple[float, int]] = {}  # channel -> (window start, messages in it)
        self._posts = 0

    # -- driving it, from the test thread --------------------------------------------------------------

    def fail_next(self, status: int, *, channel: int | None = None, times: int = 1, code: int = 0,
                  message: str = "") -> None:
        """Answer the next `times` channel messages (in `channel`, or anywhere) with this error."""
        with self._cond:
            self._faults.append(_Fault(status, {"message": message or f"{status}", "code": code}, channel, times))

    def close_gateway(self, code: int = 4000) -> None:
        """Close the bot's gateway connection from the server side, as Discord does when it restarts."""
        self._on_loop(self._current_ws().close(code=code, message=b"fake: closed"))

    def invalidate_session(self) -> None:
        """Send op 9 INVALID_SESSION (not resumable): the bot must identify again."""
        self._on_loop(self._current_ws().send_json({"op": 9, "d": False, "s": None, "t": None}))

    def request_reconnect(self) -> None:
        """Send op 7 RECONNECT: the bot must reconnect and resume."""
        self._on_loop(self._current_ws().send_json({"op": 7, "d": None, "s": None, "t": None}))

    def wait_count(self, name: str, at_least: int, timeout: float = EVENT_TIMEOUT) -> None:
        """Wait until the counter `name` (identified, resumed, connections) reaches at_least."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while getattr(self, name) < at_least:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{name} stayed at {getattr(self, name)}, expected {at_least}")
                self._cond.wait(left)

    def sent(self) -> list[Send]:
        """A copy of every channel message POST so far."""
        with self._cond:
            return list(self.sends)

    # -- the server ------------------------------------------------------------------------------------

    def _current_ws(self) -> web.WebSocketResponse:
        if self._ws is None or self._ws.closed:
            raise RuntimeError("no bot is connected to the fake gateway")
        return self._ws

    def _on_loop(self, coro: Any) -> None:
        asyncio.run_coroutine_threadsafe(coro, self._loop).result(10)

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        with self._cond:
            self.connections += 1
            self._cond.notify_all()
        return await super()._gateway(request)

    def _respond(self, method: str, path: str, body: Any) -> web.Response:
        parts = path.strip("/").split("/")
        if self.broken_login and path == "/users/@me":
            return _json({"unexpected": "no user here"})
        if not (method == "POST" and parts[0] == "channels" and parts[-1] == "messages"):
            return super()._respond(method, path, body)
        channel, now = int(parts[1]), time.monotonic()
        reference = (body or {}).get("message_reference", {}).get("message_id") if isinstance(body, dict) else None
        reference = None if reference is None else str(reference)
        with self._cond:
            fault = next((f for f in self._faults if f.channel in (None, channel)), None)
            if fault is not None:
                fault.times -= 1
                if fault.times <= 0:
                    self._faults.remove(fault)
                self.sends.append(Send(now, channel, fault.status, reference, injected=True))
                return _json(fault.body, status=fault.status)
            self._posts += 1
            if self.throttle_every and self._posts % self.throttle_every == 0:
                self.sends.append(Send(now, channel, 429, reference, injected=True))
                return too_many_requests(self.retry_after)
            start, used = self._windows.get(channel, (now, 0))
            if now - start >= self.channel_window:
                start, used = now, 0
            if used >= self.channel_limit:  # the bot sent faster than its bucket allows
                self.sends.append(Send(now, channel, 429, reference))
                return too_many_requests(start + self.channel_window - now)
            self._windows[channel] = (start, used + 1)
            self.sends.append(Send(now, channel, 200, reference))
        response = super()._respond(method, path, body)
        reset_after = start + self.channel_window - now
        response.headers.update({
            "X-RateLimit-Limit": str(self.channel_limit), "X-RateLimit-Remaining": str(self.channel_limit - used - 1),
            "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}", "X-RateLimit-Reset-After": f"{reset_after:.3f}",
            "X-RateLimit-Bucket": BUCKET,
        })
        return response
