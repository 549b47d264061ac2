"""The participant page's HTTP server: a few fixed routes, on one address, on its own threads."""

from __future__ import annotations

import contextlib
import json
import selectors
import socket
import socketserver
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit
from uuid import UUID

from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.room_server.addresses import DEFAULT_PORT, check_listen_address, url_host
from hallbar_desktop.room_server.participant_page import PAGE_SCRIPT, PAGE_STYLE, page_html
from hallbar_desktop.room_server.room import Device, Room, RoomRefusal

# Nothing from anywhere but this server, no frames, no forms elsewhere, no plugins.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
_SAFETY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
}
# A phone between two answers waits this long on the event stream before a keep-alive line.
_EVENT_KEEPALIVE_SECONDS = 15.0
# Connections at once, the event streams of every phone included; more are closed at once.
_MAX_CONNECTIONS = 400
_TOKEN_HEADER = "X-Hallbar-Device"
_STOP_SECONDS = 5.0


class RoomServer:
    """Serves ``room`` on ``address`` (checked: private, link-local or loopback) until stop()."""

    def __init__(self, room: Room, address: str, port: int = DEFAULT_PORT) -> None:
        self.room = room
        self.address = check_listen_address(address)
        family = socket.AF_INET6 if ":" in self.address else socket.AF_INET
        server_class = type("_Server", (_ThreadingServer,), {"address_family": family})
        self._httpd = server_class((self.address, port), _Handler)
        self._httpd.room_server = self
        self.port = self._httpd.server_address[1]
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{url_host(self.address)}:{self.port}/"

    @property
    def join_url(self) -> str:
        """The address with the join code, for the QR code: a scan joins at once."""
        return f"{self.url}?code={quote(self.room.join_code)}"

    @property
    def host(self) -> str:
        return f"{url_host(self.address)}:{self.port}"

    def start(self) -> None:
        self._thread = threading.Thread(
            target=self._httpd.serve_until_stopped, name="hallbar-room-server", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop listening and close every phone's connection."""
        self.room.close()
        if self._thread is not None:
            self._httpd.stop_serving()
        self._httpd.close_connections()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)


class _ThreadingServer(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's 5 waiting connections reset a room of phones that answer at once.
    request_queue_size = 128
    block_on_close = False
    room_server: RoomServer

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        # A byte on this pair wakes the serving loop to stop (stop_serving). Made first: a
        # port that is taken makes socketserver call server_close() before it raises.
        self._wake_up, self._waker = socket.socketpair()
        self._stopping = False
        self._stopped = threading.Event()
        super().__init__(*args, **kwargs)

    def serve_until_stopped(self) -> None:
        """socketserver's serve_forever, except that stop_serving() wakes it at once. Its
        shutdown() is seen only at the loop's next look (every 0,5 s, or as often as asked):
        Stoppa, which waits for the connections to close, held the window until then, at 20
        looks a second 25 ms on average and 50 at worst."""
        try:
            with selectors.DefaultSelector() as selector:
                selector.register(self, selectors.EVENT_READ)
                selector.register(self._wake_up, selectors.EVENT_READ)
                while not self._stopping:
                    for key, _events in selector.select():
                        if key.fileobj is self and not self._stopping:
                            self._handle_request_noblock()
                    self.service_actions()
        finally:
            self._stopped.set()

    def stop_serving(self) -> None:
        """Stop the loop of serve_until_stopped and wait until it has ended (a few seconds
        at most: a loop that never began is not waited for forever)."""
        self._stopping = True
        with contextlib.suppress(OSError):
            self._waker.send(b"\0")
        self._stopped.wait(_STOP_SECONDS)

    def server_close(self) -> None:
        super().server_close()
        self._wake_up.close()
        self._waker.close()

    # On Windows SO_REUSEADDR would let another program take over the port; elsewhere it only
    # lets a restart bind while the last run's connections are in TIME_WAIT.
    allow_reuse_address = sys.platform != "win32"

    def server_bind(self) -> None:
        # Not HTTPServer's: it looks the address up in DNS (getfqdn), which can hang for
        # seconds on a network without internet.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), self.server_address[1]

    def verify_request(self, request: Any, client_address: Any) -> bool:
        with self._open_lock:
            if len(self._open) >= _MAX_CONNECTIONS:
                return False
            self._open.add(request)
        return True

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._open_lock:
            open_now = list(self._open)
        for connection in open_now:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    server: _ThreadingServer
    protocol_version = "HTTP/1.0"
    # A phone that opens a connection and sends nothing holds a thread this long at most.
    timeout = 10

    def version_string(self) -> str:
        """No program versions for a stranger to look up weaknesses of."""
        return "hallbar"

    def log_message(self, format: str, *args: Any) -> None:
        """Nothing is logged: a request line may carry a device's token."""

    @property
    def room(self) -> Room:
        return self.server.room_server.room

    # --- routing ---------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def _handle(self, method: str) -> None:
        try:
            if self.headers.get("Host", "") != self.server.room_server.host:
                # Another name for this address (DNS rebinding) would let a web page elsewhere
                # reach the room through the phone's browser.
                raise RoomRefusal("room_wrong_host", 421)
            if self.room.closed:
                raise RoomRefusal("room_closed", 503)
            parts = urlsplit(self.path)
            route = _ROUTES.get((method, parts.path))
            if route is None:
                allowed = any(path == parts.path for _m, path in _ROUTES)
                raise RoomRefusal("room_no_such_page", 405 if allowed else 404)
            route(self, parts.query)
        except RoomRefusal as refusal:
            self._send_error(refusal.status, refusal)
        except HallbarError as error:
            # The workshop's own rules (a value out of range, a part removed meanwhile).
            self._send_error(400, error)
        except (ConnectionError, TimeoutError):
            pass

    # --- pages -----------------------------------------------------------------------------

    def _page(self, _query: str) -> None:
        self._send(200, page_html(self.room.language).encode(), "text/html; charset=utf-8")

    def _script(self, _query: str) -> None:
        self._send(200, PAGE_SCRIPT.encode(), "text/javascript; charset=utf-8")

    def _style(self, _query: str) -> None:
        self._send(200, PAGE_STYLE.encode(), "text/css; charset=utf-8")

    # --- the participant's API -------------------------------------------------------------

    def _join(self, _query: str) -> None:
        body = self._json_body({"code": str})
        device = self.room.join(body["code"].strip(), self.client_address[0])
        # No alias yet while the phone is to pick its name (names are on).
        self._send_json({"token": device.token, "alias": device.alias or None})

    def _participant(self, _query: str) -> None:
        """The phone picks its name (names on), or null: an alias of its own."""
        device = self._device()
        body = self._json_body({"id": (str, type(None))})
        chosen = None if body["id"] is None else _uuid(body["id"])
        self.room.choose(device, chosen)
        self._send_json({"ok": True})

    def _state(self, _query: str) -> None:
        device = self._device()
        self._send_json(self.room.state(device))

    def _rating(self, _query: str) -> None:
        device = self._device()
        body = self._json_body({"statement": str, "value": (int, type(None))})
        self.room.rate(device, body["statement"], body["value"])
        self._send_json({"ok": True})

    def _add_note(self, _query: str) -> None:
        device = self._device()
        body = self._json_body({"text": str, "type": str})
        note_id = self.room.add_note(device, body["text"], body["type"])
        self._send_json({"id": str(note_id)})

    def _remove_note(self, _query: str) -> None:
        device = self._device()
        body = self._json_body({"id": str})
        self.room.remove_note(device, _uuid(body["id"]))
        self._send_json({"ok": True})

    def _dots(self, _query: str) -> None:
        device = self._device()
        body = self._json_body({"dots": dict})
        wanted: dict[UUID, int] = {}
        for key, count in body["dots"].items():
            if type(count) is not int:
                raise RoomRefusal("room_bad_request", 400)
            wanted[_uuid(key)] = count
        self.room.give_dots(device, wanted)
        self._send_json({"ok": True})

    def _done(self, _query: str) -> None:
        device = self._device()
        self._json_body({})
        self.room.finish(device)
        self._send_json({"ok": True})

    def _events(self, query: str) -> None:
        """Server-sent events: a line whenever something changes, so the page reads its state
        again (the page polls instead where the stream does not get through)."""
        token = parse_qs(query).get("token", [""])[0]
        device = self.room.device(token)
        self.send_response(200)
        self._safety_headers()
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        # An event stream stays open; the write timeout still applies to each line.
        seen = -1
        while not self.room.closed and device in self.room.devices():
            if seen != self.room.version:
                seen = self.room.version
                self.wfile.write(f"data: {seen}\n\n".encode())
            else:
                self.wfile.write(b": still here\n\n")
            self.wfile.flush()
            self.room.wait_for_change(seen, _EVENT_KEEPALIVE_SECONDS)
        self.close_connection = True

    # --- reading and answering -------------------------------------------------------------

    def _device(self) -> Device:
        return self.room.device(self.headers.get(_TOKEN_HEADER, ""))

    def _json_body(self, fields: dict[str, Any]) -> dict[str, Any]:
        """The request's JSON object with exactly ``fields`` of the given types; anything
        else is refused before it reaches the workshop."""
        length_text = self.headers.get("Content-Length")
        if length_text is None or not length_text.isdigit():
            raise RoomRefusal("room_bad_request", 411)
        length = int(length_text)
        if length > self.room.limits.body_bytes:
            self.close_connection = True
            raise RoomRefusal("room_request_too_large", 413, limit=self.room.limits.body_bytes)
        if self.headers.get("Content-Type", "").split(";")[0].strip() != "application/json":
            raise RoomRefusal("room_bad_request", 415)
        try:
            body = json.loads(self.rfile.read(length).decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise RoomRefusal("room_bad_request", 400) from None
        if not isinstance(body, dict) or set(body) != set(fields):
            raise RoomRefusal("room_bad_request", 400)
        for name, kind in fields.items():
            # bool is an int to Python, never to us.
            if isinstance(body[name], bool) or not isinstance(body[name], kind):
                raise RoomRefusal("room_bad_request", 400)
        return body

    def _send_json(self, value: Any, status: int = 200) -> None:
        body = json.dumps(value, ensure_ascii=False).encode()
        self._send(status, body, "application/json; charset=utf-8")

    def _send_error(self, status: int, error: HallbarError) -> None:
        from hallbar_desktop.error_messages import message

        self._send_json(
            {"error": error.code, "message": message(error, self.room.language)}, status
        )

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status, HTTPStatus(status).phrase)
        self._safety_headers()
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _safety_headers(self) -> None:
        for name, value in _SAFETY_HEADERS.items():
            self.send_header(name, value)


def _uuid(text: str) -> UUID:
    try:
        return UUID(text)
    except ValueError:
        raise RoomRefusal("room_bad_request", 400) from None


_ROUTES = {
    ("GET", "/"): _Handler._page,
    ("GET", "/participant.js"): _Handler._script,
    ("GET", "/participant.css"): _Handler._style,
    ("GET", "/api/state"): _Handler._state,
    ("GET", "/api/events"): _Handler._events,
    ("POST", "/api/join"): _Handler._join,
    ("POST", "/api/participant"): _Handler._participant,
    ("POST", "/api/rating"): _Handler._rating,
    ("POST", "/api/notes"): _Handler._add_note,
    ("POST", "/api/notes/remove"): _Handler._remove_note,
    ("POST", "/api/dots"): _Handler._dots,
    ("POST", "/api/done"): _Handler._done,
}
