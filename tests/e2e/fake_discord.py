"""A small fake of Discord's REST API and gateway websocket on 127.0.0.1, for end-to-end tests.

It serves just enough for discord.py 2.7 to log in, connect, receive events the test injects and send
replies, and records every request so the test can assert on what the bot sent. It runs its own event
loop in a thread, so tests drive it with plain blocking calls.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import BodyPartReader, WSMsgType, web

TOKEN = "fake-token.for-the-e2e.tests"
BOT_ID = 1000
APP_ID = 1000  # for bots created today the application id equals the bot user's id
OWNER_ID = 7
USER_ID = 42
OTHER_BOT_ID = 43
GUILD_ID = 3000
GENERAL = 3001  # the bot may embed links here
NO_EMBEDS = 3002  # Embed Links denied to the bot here
DM_CHANNEL = 4000
OWNER_DM = 4007  # the owner's DM channel, opened by the bot (POST /users/@me/channels)
DM_CHANNELS = {USER_ID: DM_CHANNEL, OWNER_ID: OWNER_DM}
OTHER_GUILD_ID = 5000  # a second server, which a test may make the bot join
OTHER_GUILD_CHANNEL = 5001
# View channel, send messages, embed links, attach files, read history: what the README's invite grants.
EVERYONE_PERMS = 1024 | 2048 | 16384 | 32768 | 65536
EMBED_LINKS = 16384
TIMESTAMP = "2019-12-12T12:00:00.000000+00:00"
DISCORD_EPOCH_MS = 1_420_070_400_000
# How long a test waits for an event before calling the bot hung. A deadline against hangs only: on a busy
# 2-core machine an answer can take seconds, and no test may depend on how fast it comes.
EVENT_TIMEOUT = 60.0
MESSAGE_CONTENT_INTENT = 1 << 15


def user(user_id: int, name: str, *, bot: bool = False) -> dict[str, Any]:
    """A user object as Discord sends it."""
    return {"id": str(user_id), "username": name, "discriminator": "0", "global_name": name, "avatar": None,
            "bot": bot}


BOT_USER = user(BOT_ID, "campaign-bot", bot=True)


def text_channel(channel_id: int, name: str, overwrites: list[dict[str, Any]] | None = None,
                 guild_id: int = GUILD_ID) -> dict[str, Any]:
    """A guild text channel object."""
    return {"id": str(channel_id), "type": 0, "guild_id": str(guild_id), "name": name, "position": 0,
            "permission_overwrites": overwrites or [], "nsfw": False, "parent_id": None}


def guild_create(guild_id: int = GUILD_ID) -> dict[str, Any]:
    """The guild the bot is in (or OTHER_GUILD_ID, with one channel): roles, channels and its own member."""
    if guild_id == GUILD_ID:
        channels = [text_channel(GENERAL, "general"),
                    text_channel(NO_EMBEDS, "no-embeds",
                                 [{"id": str(GUILD_ID), "type": 0, "allow": "0", "deny": str(EMBED_LINKS)}])]
    else:
        channels = [text_channel(OTHER_GUILD_CHANNEL, "elsewhere", guild_id=guild_id)]
    return {
        "id": str(guild_id), "name": "Campaign fans" if guild_id == GUILD_ID else "Another server",
        "owner_id": str(OWNER_ID), "icon": None,
        "unavailable": False, "large": False, "member_count": 3, "joined_at": TIMESTAMP,
        "roles": [{"id": str(guild_id), "name": "@everyone", "permissions": str(EVERYONE_PERMS), "position": 0,
                   "color": 0, "hoist": False, "managed": False, "mentionable": False, "flags": 0}],
        "channels": channels,
        "members": [{"user": BOT_USER, "roles": [], "joined_at": TIMESTAMP, "deaf": False, "mute": False,
                     "flags": 0}],
        "threads": [], "stage_instances": [], "guild_scheduled_events": [], "emojis": [], "stickers": [],
        "features": [], "voice_states": [], "presences": [], "premium_tier": 0, "verification_level": 0,
        "default_message_notifications": 0, "explicit_content_filter": 0, "mfa_level": 0, "nsfw_level": 0,
        "system_channel_flags": 0, "preferred_locale": "en-US",
    }


async def _read_multipart(request: web.Request) -> tuple[Any, list[Upload]]:
    # discord.py sends the JSON body as the part "payload_json" and each file as "files[n]".
    body: Any = None
    files: list[Upload] = []
    reader = await request.multipart()
    async for part in reader:
        if not isinstance(part, BodyPartReader):
            continue
        data = await part.read(decode=False)
        if part.name == "payload_json":
            body = json.loads(data)
        else:
            files.append(Upload(part.filename or "", part.headers.get("Content-Type", ""), bytes(data)))
    return body, files


def _json(data: Any, status: int = 200) -> web.Response:
    # discord.py parses a body only when the content type is exactly "application/json" (no charset).
    return web.Response(body=json.dumps(data).encode(), status=status, content_type="application/json")


@dataclass
class Upload:
    """A file the bot attached to a multipart request."""

    filename: str
    content_type: str
    data: bytes


@dataclass
class Recorded:
    """One REST request the bot made, and what the fake answered (e.g. the created message)."""

    method: str
    path: str
    body: Any
    query: dict[str, str]
    files: list[Upload] = field(default_factory=list)
    response: Any = None


@dataclass
class FakeDiscord:
    """The fake server: start(), then dispatch() events and wait_for() the bot's requests."""

    host: str = "127.0.0.1"
    port: int = 0
    requests: list[Recorded] = field(default_factory=list)
    identified: int = 0
    resumed: int = 0
    deleted: set[str] = field(default_factory=set)  # ids of messages "deleted" before the bot replied
    # Of the last identify. A fake started while a bot resumes has seen none: it then assumes the intent,
    # as the real Discord remembers the session's intents across a resume.
    intents: int = MESSAGE_CONTENT_INTENT

    def __post_init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True, name="fake-discord")
        self._cond = threading.Condition()
        self._ws: web.WebSocketResponse | None = None
        self._seq = itertools.count(1)
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self._held: dict[int, asyncio.Event] = {}  # channel -> released: its messages are answered after that

    # -- lifecycle, from the test thread ----------------------------------------------------------------

    def start(self) -> FakeDiscord:
        """Start serving on a free port of 127.0.0.1."""
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        return self

    def stop(self) -> None:
        """Stop serving and end the thread; a connected bot sees its gateway connection go away."""
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._shutdown(self._runner), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    @property
    def api_base_url(self) -> str:
        """The REST base to configure as api_base_url."""
        return f"http://{self.host}:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        """The websocket address to configure as gateway_url."""
        return f"ws://{self.host}:{self.port}/gateway"

    # -- driving it, from the test thread --------------------------------------------------------------

    def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send a DISPATCH event (MESSAGE_CREATE, INTERACTION_CREATE, ...) to the connected bot."""
        asyncio.run_coroutine_threadsafe(self._send_dispatch(event, data), self._loop).result(10)

    def wait_for(self, predicate: Callable[[Recorded], bool], timeout: float = EVENT_TIMEOUT) -> Recorded:
        """The first recorded request matching predicate, waiting for it up to timeout seconds."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for request in self.requests:
                    if predicate(request):
                        return request
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [f"{r.method} {r.path}" for r in self.requests]
                    raise TimeoutError(f"no matching request within {timeout} s; seen: {seen}")
                self._cond.wait(left)

    def wait_count(self, predicate: Callable[[Recorded], bool], count: int,
                   timeout: float = EVENT_TIMEOUT) -> list[Recorded]:
        """Wait until at least `count` recorded requests match predicate; those requests."""
        deadline = time.monotonic() + timeout
        checked = 0
        matched: list[Recorded] = []
        with self._cond:
            while True:
                matched += [r for r in self.requests[checked:] if predicate(r)]
                checked = len(self.requests)
                if len(matched) >= count:
                    return matched
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{len(matched)} of {count} matching requests within {timeout} s")
                self._cond.wait(left)

    def wait_identified(self, timeout: float = EVENT_TIMEOUT, after: int = 0) -> None:
        """Wait until a bot has identified on the gateway (more than `after` identifies in all)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self.identified <= after:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError("the bot did not connect to the gateway")
                self._cond.wait(left)

    def replies_to(self, message_id: int) -> list[Recorded]:
        """Channel messages the bot sent in reply to this message so far."""
        with self._cond:
            return [r for r in self.requests if r.method == "POST" and r.path.endswith("/messages")
                    and isinstance(r.body, dict)
                    and (r.body.get("message_reference") or {}).get("message_id") in (message_id, str(message_id))]

    def hold(self, channel_id: int) -> None:
        """Answer no message sent to this channel until release(): as if its rate limit never reset."""
        async def hold() -> None:
            self._held[channel_id] = asyncio.Event()

        asyncio.run_coroutine_threadsafe(hold(), self._loop).result(10)

    def release(self, channel_id: int) -> None:
        """Answer the held messages of this channel, and its later ones at once."""
        async def release() -> None:
            self._held.pop(channel_id).set()

        asyncio.run_coroutine_threadsafe(release(), self._loop).result(10)

    def new_id(self) -> int:
        """A fresh snowflake for a message or interaction, dated now (discord.py reads ages from ids)."""
        return (int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22 | (next(self._ids) % 4096)

    # -- the server ------------------------------------------------------------------------------------

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/gateway/", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def _shutdown(self, runner: web.AppRunner) -> None:
        # Stop listening first, so a bot that reconnects at once is refused instead of left hanging.
        for site in list(runner.sites):
            await site.stop()
        if self._ws is not None and not self._ws.closed:
            await self._ws.close(code=1001, message=b"Going away")
        await runner.cleanup()

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        parts = path.strip("/").split("/")
        if request.method == "POST" and len(parts) == 3 and parts[0] == "channels" and parts[2] == "messages" \
                and parts[1].isdigit() and int(parts[1]) in self._held:
            await self._held[int(parts[1])].wait()
        body: Any = None
        files: list[Upload] = []
        if request.content_type == "multipart/form-data":  # messages with attachments
            body, files = await _read_multipart(request)
        elif request.can_read_body:
            raw = await request.read()
            try:
                body = json.loads(raw)
            except ValueError:
                body = raw.decode("utf-8", "replace")
        recorded = Recorded(request.method, path, body, dict(request.query), files)
        # Interaction callbacks and webhooks (follow-ups, edits of a response) are authorised by their token.
        if request.headers.get("Authorization") != f"Bot {TOKEN}" and not path.startswith(("/interactions/",
                                                                                           "/webhooks/")):
            response = _json({"message": "401: Unauthorized", "code": 0}, status=401)
        else:
            response = self._respond(request.method, path, body)
        recorded.response = json.loads(response.body) if isinstance(response.body, bytes) else None
        with self._cond:
            self.requests.append(recorded)
            self._cond.notify_all()
        return response

    def _respond(self, method: str, path: str, body: Any) -> web.Response:
        parts = path.strip("/").split("/")
        if path == "/gateway/bot":
            limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
            return _json({"url": self.gateway_url, "shards": 1, "session_start_limit": limit})
        if path == "/gateway":
            return _json({"url": self.gateway_url})
        if path == "/users/@me":
            return _json(BOT_USER)
        if method == "POST" and path == "/users/@me/channels":  # the bot opens a DM with a user
            recipient = int((body or {}).get("recipient_id", 0))
            return _json({"id": str(DM_CHANNELS.get(recipient, DM_CHANNEL)), "type": 1, "last_message_id": None,
                          "recipients": [user(recipient, f"user{recipient}")]})
        if path in ("/oauth2/applications/@me", "/applications/@me"):
            return _json(self._application())
        if method == "POST" and parts[0] == "channels" and parts[-1] == "messages":
            reference = (body or {}).get("message_reference") if isinstance(body, dict) else None
            if reference and str(reference.get("message_id")) in self.deleted and reference.get(
                    "fail_if_not_exists", True):  # Discord's default: refuse a reply to a deleted message
                return _json({"code": 50035, "message": "Invalid Form Body", "errors": {"message_reference": {
                    "_errors": [{"code": "REPLIES_UNKNOWN_MESSAGE", "message": "Unknown message"}]}}}, status=400)
            return _json(self._message(int(parts[1]), body))
        if method == "POST" and parts[0] == "interactions" and parts[-1] == "callback":
            kind = (body or {}).get("type", 4)
            if kind != 4:  # autocomplete results and the like: nothing to echo
                return _json({"interaction": {"id": parts[1], "type": 4}, "resource": {"type": kind}})
            message = self._message(GENERAL, (body or {}).get("data") or {})
            return _json({
                "interaction": {"id": parts[1], "type": 2, "response_message_id": message["id"],
                                "response_message_loading": False, "response_message_ephemeral": False},
                "resource": {"type": kind, "message": message},
            })
        if method == "POST" and parts[0] == "webhooks":  # an interaction's follow-up message
            return _json(self._message(GENERAL, body or {}))
        if method == "PATCH" and (parts[0] == "webhooks" or parts[0] == "channels") and "messages" in parts:
            return _json(self._message(GENERAL, body or {}) | {"id": parts[-1] if parts[-1].isdigit()
                                                               else str(self.new_id())})
        if method == "PUT" and parts[0] == "applications" and parts[-1] == "commands":
            return _json([self._command(c) for c in body or []])
        if method == "GET" and parts[0] == "applications" and parts[-1] == "commands":
            return _json([])
        return _json({"message": "404: Not Found", "code": 0}, status=404)

    def _application(self) -> dict[str, Any]:
        return {"id": str(APP_ID), "name": "campaign-bot", "description": "", "icon": None,
                "bot_public": False, "bot_require_code_grant": False, "owner": user(OWNER_ID, "owner"),
                "verify_key": "0" * 64, "flags": 0, "team": None, "interactions_endpoint_url": None}

    def _message(self, channel_id: int, body: dict[str, Any]) -> dict[str, Any]:
        message = {
            "id": str(self.new_id()), "channel_id": str(channel_id), "author": BOT_USER, "type": 0,
            "content": body.get("content") or "", "embeds": body.get("embeds") or [], "attachments": [],
            "components": body.get("components") or [],
            "timestamp": TIMESTAMP, "edited_timestamp": None, "tts": False, "mention_everyone": False,
            "mentions": [], "mention_roles": [], "pinned": False, "flags": 0,
        }
        if channel_id not in DM_CHANNELS.values():
            message["guild_id"] = str(OTHER_GUILD_ID if channel_id == OTHER_GUILD_CHANNEL else GUILD_ID)
        reference = body.get("message_reference")
        if reference and str(reference.get("message_id")) not in self.deleted:  # else posted as a plain message
            message["message_reference"] = {"type": 0, "message_id": str(reference["message_id"]),
                                            "channel_id": str(channel_id)} | (
                {"guild_id": message["guild_id"]} if "guild_id" in message else {})
        return message

    def _command(self, payload: dict[str, Any]) -> dict[str, Any]:
        return {"id": str(self.new_id()), "application_id": str(APP_ID), "version": "1", "type": 1,
                "description": "", "default_member_permissions": None, "dm_permission": True,
                "nsfw": False, **payload}

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        # Text frames: discord.py decompresses binary frames only, so no zlib is needed here.
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None})
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                break
            payload = json.loads(msg.data)
            op = payload.get("op")
            if op == 1:  # heartbeat
                await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
            elif op == 2:  # identify
                self.intents = int(payload["d"].get("intents") or 0)
                ok = payload["d"].get("token") == TOKEN
                if not ok:
                    await ws.close(code=4004, message=b"Authentication failed.")
                    break
                await self._send_dispatch("READY", {
                    "v": 10, "user": BOT_USER, "guilds": [{"id": str(GUILD_ID), "unavailable": True}],
                    "session_id": "fake-session", "resume_gateway_url": self.gateway_url, "shard": [0, 1],
                    "application": {"id": str(APP_ID), "flags": 0},
                })
                await self._send_dispatch("GUILD_CREATE", guild_create())
                with self._cond:
                    self.identified += 1
                    self._cond.notify_all()
            elif op == 6:  # resume after a dropped connection: nothing missed to replay here
                await self._send_dispatch("RESUMED", {})
                with self._cond:
                    self.resumed += 1
                    self._cond.notify_all()
        return ws

    async def _send_dispatch(self, event: str, data: dict[str, Any]) -> None:
        if self._ws is None or self._ws.closed:
            raise RuntimeError("no bot is connected to the fake gateway")
        if event == "MESSAGE_CREATE" and not self.intents & MESSAGE_CONTENT_INTENT and "guild_id" in data \
                and not any(u.get("id") == str(BOT_ID) for u in data.get("mentions") or []):
            # As Discord does for a bot without the Message Content intent: no text unless it mentions the bot.
            data = data | {"content": "", "embeds": [], "attachments": []}
        await self._ws.send_json({"op": 0, "t": event, "s": next(self._seq), "d": data})


# -- payloads the tests inject -------------------------------------------------------------------------


def message_create(fake: FakeDiscord, content: str, *, channel_id: int = GENERAL, author_id: int = USER_ID,
                   bot: bool = False, mention_bot: bool = False, dm: bool = False) -> dict[str, Any]:
    """A MESSAGE_CREATE payload from a user (or another bot), in a guild (by its channel) or in a DM."""
    author = user(author_id, f"user{author_id}", bot=bot)
    dm_channel = DM_CHANNELS.get(author_id, DM_CHANNEL)
    data: dict[str, Any] = {
        "id": str(fake.new_id()), "channel_id": str(dm_channel if dm else channel_id), "author": author,
        "content": content, "type": 0, "timestamp": TIMESTAMP, "edited_timestamp": None, "tts": False,
        "mention_everyone": False, "mentions": [BOT_USER] if mention_bot else [], "mention_roles": [],
        "attachments": [], "embeds": [], "pinned": False, "flags": 0,
    }
    if not dm:
        data["guild_id"] = str(OTHER_GUILD_ID if channel_id == OTHER_GUILD_CHANNEL else GUILD_ID)
        data["member"] = {"roles": [], "joined_at": TIMESTAMP, "deaf": False, "mute": False, "flags": 0}
    return data


def interaction_create(fake: FakeDiscord, name: str, options: dict[str, Any],
                       focused: str | None = None) -> dict[str, Any]:
    """An INTERACTION_CREATE for a slash command in #general; with `focused`, an autocomplete request."""
    typed = [{"name": k, "type": 4 if isinstance(v, int) else 3, "value": v, "focused": k == focused}
             for k, v in options.items()]
    member = {"user": user(USER_ID, f"user{USER_ID}"), "roles": [], "joined_at": TIMESTAMP, "deaf": False,
              "mute": False, "flags": 0, "permissions": str(EVERYONE_PERMS)}
    return {
        "id": str(fake.new_id()), "application_id": str(APP_ID), "type": 4 if focused else 2,
        "token": "interaction-token",
        "version": 1, "guild_id": str(GUILD_ID), "channel_id": str(GENERAL),
        "channel": text_channel(GENERAL, "general"), "member": member, "app_permissions": str(EVERYONE_PERMS),
        "locale": "en-GB", "guild_locale": "en-GB", "entitlements": [], "attachment_size_limit": 10_000_000,
        "authorizing_integration_owners": {"0": str(GUILD_ID)}, "context": 0,
        "data": {"id": str(fake.new_id()), "name": name, "type": 1, "options": typed},
    }


def component_interaction(fake: FakeDiscord, message: dict[str, Any], custom_id: str, *, user_id: int = USER_ID,
                          values: list[str] | None = None) -> dict[str, Any]:
    """An INTERACTION_CREATE for a button (or, with `values`, a select menu) on a message the bot sent."""
    member = {"user": user(user_id, f"user{user_id}"), "roles": [], "joined_at": TIMESTAMP, "deaf": False,
              "mute": False, "flags": 0, "permissions": str(EVERYONE_PERMS)}
    data: dict[str, Any] = {"custom_id": custom_id, "component_type": 2 if values is None else 3}
    if values is not None:
        data["values"] = values
    return {
        "id": str(fake.new_id()), "application_id": str(APP_ID), "type": 3, "token": "component-token",
        "version": 1, "guild_id": str(GUILD_ID), "channel_id": message["channel_id"],
        "channel": text_channel(int(message["channel_id"]), "general"), "member": member,
        "app_permissions": str(EVERYONE_PERMS), "locale": "en-GB", "guild_locale": "en-GB", "entitlements": [],
        "attachment_size_limit": 10_000_000, "authorizing_integration_owners": {"0": str(GUILD_ID)}, "context": 0,
        "message": message, "data": data,
    }
