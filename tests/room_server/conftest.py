"""A workshop served to phones on the loopback address, and a small HTTP client for it."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import pytest

from hallbar_desktop.domain.dependency import Dependency, DependencyCategory
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.room_server.http_server import RoomServer
from hallbar_desktop.room_server.room import Room
from hallbar_desktop.services.workshop_service import WorkshopService


@dataclass
class Answer:
    status: int
    headers: Any
    body: Any


class Client:
    """One phone: it keeps the token it was given when it joined."""

    def __init__(self, server: RoomServer) -> None:
        self.server = server
        self.token = ""

    def call(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        raw: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Answer:
        data = raw if raw is not None else None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.server.url.rstrip("/") + path, data, method=method)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if self.token:
            request.add_header("X-Hallbar-Device", self.token)
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return Answer(response.status, response.headers, _read(response))
        except urllib.error.HTTPError as error:
            return Answer(error.code, error.headers, _read(error))

    def join(self, code: str | None = None) -> Answer:
        answer = self.call("POST", "/api/join", {"code": code or self.server.room.join_code})
        if answer.status == 200:
            self.token = answer.body["token"]
        return answer

    def state(self) -> dict[str, Any]:
        answer = self.call("GET", "/api/state")
        assert answer.status == 200, answer.body
        return answer.body  # type: ignore[no-any-return]


def _read(response: Any) -> Any:
    text = response.read()
    if "json" in (response.headers.get("Content-Type") or ""):
        return json.loads(text)
    return text.decode("utf-8", "replace")


@pytest.fixture
def workshop_id(service: WorkshopService) -> UUID:
    contents = service.create_workshop(Workshop(title="Mobilerna"), participant_count=2)
    for position, title in enumerate(("Budgeten", "Chefens stöd"), start=1):
        service.save_dependency(
            contents.workshop.id,
            Dependency(category=DependencyCategory.DECISION, title=title, position=position),
        )
    return contents.workshop.id


@pytest.fixture
def room(service: WorkshopService, workshop_id: UUID) -> Room:
    return Room(service, workshop_id)


@pytest.fixture
def server(room: Room) -> Iterator[RoomServer]:
    serving = RoomServer(room, "127.0.0.1", 0)
    serving.start()
    yield serving
    serving.stop()


@pytest.fixture
def phone(server: RoomServer) -> Client:
    return Client(server)
