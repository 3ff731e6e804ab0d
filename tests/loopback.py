"""A real HTTP server on 127.0.0.1 for the online-source tests (nothing leaves loopback).

    with Loopback() as server:
        server.route("/api/query", Reply(200, xml_text))
        server.route("/works", Reply(429, "", {"Retry-After": "7"}), Reply(200, json_text))
        ... base_url=server.url ...
        server.requests  # what the client sent

A route holds a script of replies used in order (the last one repeats), or a
function ``(RecordedRequest) -> Reply`` for answers that depend on the query.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Reply:
    status: int = 200
    body: str | bytes = ""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (a slow server)
    content_type: str = "application/json"


@dataclass
class RecordedRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def param(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))


Handler = Callable[[RecordedRequest], Reply]


def json_reply(data: Any, status: int = 200) -> Reply:
    return Reply(status, json.dumps(data))


def xml_reply(text: str, status: int = 200) -> Reply:
    return Reply(status, text, content_type="application/atom+xml; charset=utf-8")


class Loopback:
    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self._routes: dict[str, Handler | list[Reply]] = {}
        self._lock = threading.Lock()
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                req = RecordedRequest(
                    self.command,
                    parts.path,
                    parse_qs(parts.query, keep_blank_values=True),
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                )
                reply = server._answer(req)
                if reply.delay:
                    time.sleep(reply.delay)
                data = reply.body.encode("utf-8") if isinstance(reply.body, str) else reply.body
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    self.send_header("Content-Length", str(len(data)))
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
                    pass

            do_GET = _serve
            do_POST = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def route(self, path: str, *replies: Reply | Handler) -> None:
        """Answer ``path`` with a script of replies, or with one handler function."""
        if len(replies) == 1 and callable(replies[0]):
            self._routes[path] = replies[0]
        else:
            self._routes[path] = [r for r in replies if isinstance(r, Reply)]

    def _answer(self, req: RecordedRequest) -> Reply:
        with self._lock:
            self.requests.append(req)
            route = self._routes.get(req.path)
            if route is None:
                return Reply(404, json.dumps({"error": f"no route {req.path}"}))
            if callable(route):
                handler = route
            else:
                reply = route.pop(0) if len(route) > 1 else route[0]
                return reply
        return handler(req)

    def hits(self, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path == path]

    def __enter__(self) -> Loopback:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
