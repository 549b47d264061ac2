"""Which addresses the participant server may listen on: the room's own network, never more."""

from __future__ import annotations

import ipaddress
import socket

from hallbar_desktop.domain.errors import HallbarError

DEFAULT_PORT = 8018


def check_listen_address(text: str) -> str:
    """``text`` as a listening address if it is a private, link-local or loopback address of
    one interface; RoomAddressRefused otherwise. All interfaces (0.0.0.0, ::) and public
    addresses are refused: the participant page is for the room's network only."""
    try:
        address = ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        raise RoomAddressRefused("room_address_invalid", address=text) from None
    if address.is_unspecified or address.is_multicast:
        raise RoomAddressRefused("room_address_all", address=text)
    if not (address.is_private or address.is_link_local or address.is_loopback):
        raise RoomAddressRefused("room_address_public", address=text)
    return str(address)


def guessed_room_address() -> str | None:
    """The address this computer uses towards a private network, if it has one: the source
    address a UDP socket would take (connect() on UDP sends nothing)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 9))
            found = probe.getsockname()[0]
        except OSError:
            return None
    try:
        return check_listen_address(found) if not ipaddress.ip_address(found).is_loopback else None
    except RoomAddressRefused:
        return None


def url_host(address: str) -> str:
    """The address as the host part of a URL: an IPv6 address in brackets."""
    return f"[{address}]" if ":" in address else address


class RoomAddressRefused(HallbarError):
    """An address the participant server will not listen on."""

    code = "room_address_refused"
