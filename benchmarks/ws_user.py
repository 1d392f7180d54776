"""One user of the app driven through Streamlit's own protocol, without a browser (``load.py --client ws``).

A Chromium context per user costs the load test a few hundred MB and a share
of the same cores the server needs; this client costs a websocket and a few
protobuf messages. It does what the page's frontend does (Streamlit 1.67,
``streamlit/web/server/starlette`` and the frontend's ``FileUploadClient``):

1. ``GET /_stcore/health`` sets the ``_streamlit_xsrf`` cookie (XSRF protection
   stays on in ``.streamlit/config.toml``);
2. the websocket ``/_stcore/stream`` is opened with the subprotocols
   ``streamlit, <xsrf token>`` and the page's own ``Origin``; a ``BackMsg``
   ``rerun_script`` (the query string ``lang=..``) runs the page, whose
   ``ForwardMsg``\\ s give the session id (``new_session``) and the uploader's
   widget id (its ``file_uploader`` element);
3. an upload is a ``file_urls_request`` → ``file_urls_response`` (a file id and
   its URL), a multipart ``PUT`` of the file to ``/_stcore/upload_file/<session>/<file id>``
   with the ``X-Xsrftoken`` header, then a ``rerun_script`` whose widget states
   hold the uploader's ``FileUploaderState`` with that file.

The answer is read from the deltas of that run, as the browser client reads
the page: the situation from the key of the ``situation_<id>`` container
(Streamlit puts a container's key at the end of its block id), the answer done
once a code block arrives inside the ``ccc_fr`` (or ``prefecture_fr``) container, a traceback if an
``exception`` element comes, the queue's place from the reading box's label.
The pictures the page shows are fetched from the server's media endpoint as a
browser would (in the background: they are not part of the wait).
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import requests
import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

XSRF_COOKIE = "_streamlit_xsrf"
KEY = re.compile(r"^\$\$ID-[0-9a-f]+-(?P<key>.+)$")  # a keyed element's id: the hash, then the user's key
# The containers whose code block is the last part of the answer (as the browser client): the CCC's
# message, or the préfecture's for a question about a file's progress.
ANSWER_KEYS = ("ccc_fr", "prefecture_fr")
SITUATION_PREFIX = "situation_"
FINISHED = ForwardMsg.ScriptFinishedStatus.Name


def _key(element_id: str) -> str | None:
    found = KEY.match(element_id or "")
    return found["key"] if found else None


@dataclass
class Seen:
    """What one run of the page sent, as far as the load test cares."""

    situation: str | None = None
    answered_at: float | None = None
    traceback: bool = False
    labels: list[str] = field(default_factory=list)  # the status boxes' labels, in order
    label_times: list[float] = field(default_factory=list)  # when each came (time.monotonic)
    media: list[str] = field(default_factory=list)  # the pictures' URLs
    finished: str | None = None


class WsUser:
    """A session of the app over its websocket: open it, upload one file, read the answer."""

    def __init__(self, url: str, lang: str) -> None:
        self.url = url.rstrip("/")
        parts = urllib.parse.urlsplit(self.url)
        self.ws_url = urllib.parse.urlunsplit(("wss" if parts.scheme == "https" else "ws", parts.netloc,
                                               parts.path + "/_stcore/stream", "", ""))
        self.query = urllib.parse.urlencode({"lang": lang})
        self.token = ""
        self.session_id = ""
        self.uploader_id = ""
        self._ws: websockets.ClientConnection | None = None
        self._media: list[asyncio.Task[None]] = []

    async def open(self) -> None:
        """Cookie, websocket, first run of the page (the uploader's id comes with it)."""
        self.token = await asyncio.to_thread(self._xsrf_cookie)
        self._ws = await websockets.connect(
            self.ws_url, subprotocols=["streamlit", self.token],  # type: ignore[list-item]
            additional_headers={"Cookie": f"{XSRF_COOKIE}={self.token}", "Origin": self.url},
            max_size=None, open_timeout=60)
        await self._send(self._rerun())
        seen = await self._read_run(time.monotonic() + 120)
        if not self.session_id or not self.uploader_id:
            raise RuntimeError(f"the page sent no session or no uploader (run {seen.finished})")

    def _xsrf_cookie(self) -> str:
        with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=30) as response:
            for header in response.headers.get_all("set-cookie") or []:
                name, _, rest = header.partition("=")
                if name.strip() == XSRF_COOKIE:
                    return rest.split(";", 1)[0]
        return ""  # XSRF protection off: no token needed

    def _rerun(self) -> BackMsg:
        msg = BackMsg()
        msg.rerun_script.query_string = self.query
        return msg

    async def _send(self, msg: BackMsg) -> None:
        assert self._ws is not None
        await self._ws.send(msg.SerializeToString())

    async def _receive(self, deadline: float) -> ForwardMsg:
        assert self._ws is not None
        data = await asyncio.wait_for(self._ws.recv(), timeout=max(0.01, deadline - time.monotonic()))
        msg = ForwardMsg()
        msg.ParseFromString(data if isinstance(data, bytes) else data.encode())
        return msg

    async def upload(self, image: Path, deadline: float) -> Seen:
        """Send ``image`` through the uploader as the frontend does; return what the page's run sent."""
        request = BackMsg()
        request.file_urls_request.request_id = str(uuid.uuid4())
        request.file_urls_request.file_names.append(image.name)
        request.file_urls_request.session_id = self.session_id
        await self._send(request)
        while True:
            msg = await self._receive(deadline)
            if (msg.WhichOneof("type") == "file_urls_response"
                    and msg.file_urls_response.response_id == request.file_urls_request.request_id):
                break
        if msg.file_urls_response.error_msg:
            raise RuntimeError(f"no upload URL: {msg.file_urls_response.error_msg}")
        urls = msg.file_urls_response.file_urls[0]
        data = image.read_bytes()
        await asyncio.to_thread(self._put, urls.upload_url, image.name, data)
        rerun = self._rerun()
        widget = rerun.rerun_script.widget_states.widgets.add()
        widget.id = self.uploader_id
        info = widget.file_uploader_state_value.uploaded_file_info.add()
        info.file_id, info.name, info.size = urls.file_id, image.name, len(data)
        info.file_urls.CopyFrom(urls)
        await self._send(rerun)
        return await self._read_run(deadline)

    def _put(self, upload_url: str, name: str, data: bytes) -> None:
        target = upload_url if upload_url.startswith("http") else self.url + upload_url
        response = requests.put(target, files={name: (name, data, "application/octet-stream")}, timeout=60,
                                headers={"X-Xsrftoken": self.token, "Origin": self.url},
                                cookies={XSRF_COOKIE: self.token} if self.token else None)
        if response.status_code >= 300:
            raise RuntimeError(f"upload refused: HTTP {response.status_code}")

    async def _read_run(self, deadline: float) -> Seen:
        """Read ForwardMsgs until the run ends (``script_finished``, not one cut short for a rerun)."""
        seen = Seen()
        answer_paths: list[tuple[int, ...]] = []
        while True:
            msg = await self._receive(deadline)
            kind = msg.WhichOneof("type")
            if kind == "new_session":
                self.session_id = msg.new_session.initialize.session_id or self.session_id
            elif kind == "delta":
                self._delta(msg, seen, answer_paths)
            elif kind == "script_finished":
                seen.finished = FINISHED(msg.script_finished)
                if msg.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    return seen

    def _delta(self, msg: ForwardMsg, seen: Seen, answer_paths: list[tuple[int, ...]]) -> None:
        path = tuple(msg.metadata.delta_path)
        delta = msg.delta
        if delta.WhichOneof("type") == "add_block":
            block = delta.add_block
            key = _key(block.id) or ""
            if key.startswith(SITUATION_PREFIX):
                seen.situation = key[len(SITUATION_PREFIX):]
            elif key in ANSWER_KEYS:
                answer_paths.append(path)
            label = block.expandable.label if block.WhichOneof("type") == "expandable" else ""
            if label and (not seen.labels or seen.labels[-1] != label):
                seen.labels.append(label)
                seen.label_times.append(time.monotonic())
        elif delta.WhichOneof("type") == "new_element":
            element = delta.new_element
            kind = element.WhichOneof("type")
            if kind == "file_uploader":
                self.uploader_id = element.file_uploader.id
            elif kind == "exception":
                seen.traceback = True
            elif kind == "imgs":
                for img in element.imgs.imgs:
                    if img.url and not img.url.startswith("data:"):
                        seen.media.append(img.url)
                        self._media.append(asyncio.create_task(asyncio.to_thread(self._get, img.url)))
            elif kind == "code" and seen.answered_at is None and any(path[:len(p)] == p for p in answer_paths):
                seen.answered_at = time.monotonic()

    def _get(self, url: str) -> None:
        target = url if url.startswith("http") else self.url + "/" + url.lstrip("/")
        with contextlib.suppress(requests.RequestException):  # a picture that did not come: not the answer's check
            requests.get(target, timeout=60).close()

    async def close(self) -> None:
        if self._media:
            await asyncio.gather(*self._media, return_exceptions=True)
        if self._ws is not None:
            await self._ws.close()
