"""Every attempt of this process to reach a network, seen from inside Python through an audit hook (PEP 578).

The hook is installed once, when this module is first imported (an audit hook can never be removed), and does
nothing outside `network_audit()`. Inside it, it records each connect, send-to-an-address and name lookup of any
thread, and it is the guard: an attempt to reach beyond this computer is recorded and then refused with the error
a computer without a network gives, so the code under test takes its ordinary offline path and nothing leaves.

pytest-socket (`--allow-hosts` in pyproject.toml) guards `socket.socket.connect` in Python, in front of the C
method that raises the `socket.connect` audit event: a connect it refuses never reaches the hook, and would be
missing from the record. Inside `network_audit()` the plain C method is put back, so every connect passes the hook,
which refuses more than pytest-socket does (also `connect_ex`, `sendto`, and lookups of other computers' names).

Blind spots: sockets made by native code that does not go through Python's socket module (a C library's own
networking, Qt's network classes). `connections_beyond_loopback()` asks the operating system (through psutil)
which connections the process has open, which also sees those, but only at the moment it is called.
"""

from __future__ import annotations

import _socket
import errno
import ipaddress
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import psutil

ADDRESS_EVENTS = frozenset({"socket.connect", "socket.sendto", "socket.sendmsg"})  # args: (socket, address)
LOOKUP_EVENTS = frozenset({"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo"})
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})


@dataclass(frozen=True)
class NetworkEvent:
    event: str  # the audit event: "socket.connect", "socket.getaddrinfo", ...
    family: str  # "AF_INET", "AF_INET6", "AF_UNIX", ... for a socket; "" for a name lookup
    host: str  # the address or the name looked up; the path of a UNIX socket
    port: int | None
    thread: str
    stays_here: bool  # loopback (127.0.0.0/8, ::1, localhost), a UNIX socket, or a lookup of no host at all

    def __str__(self) -> str:
        where = self.host if self.port is None else f"{self.host} port {self.port}"
        return f"{self.event} {self.family} {where} (thread {self.thread})".replace("  ", " ")


class NetworkAudit:
    """What one `network_audit()` block saw."""

    def __init__(self) -> None:
        self.events: list[NetworkEvent] = []
        self._lock = threading.Lock()

    def add(self, event: NetworkEvent) -> None:
        with self._lock:
            self.events.append(event)

    def snapshot(self) -> list[NetworkEvent]:
        with self._lock:
            return list(self.events)

    def beyond_loopback(self) -> list[str]:
        """Each attempt to reach another computer, readable in a failed assertion."""
        return [str(e) for e in self.snapshot() if not e.stays_here]

    def connects(self, *families: str) -> list[NetworkEvent]:
        return [e for e in self.snapshot() if e.event in ADDRESS_EVENTS and (not families or e.family in families)]

    def lookups(self) -> list[NetworkEvent]:
        return [e for e in self.snapshot() if e.event in LOOKUP_EVENTS]


_active: NetworkAudit | None = None


def is_loopback(host: str) -> bool:
    name = host.strip().rstrip(".").lower()
    if name in LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(name.partition("%")[0])  # "::1%lo": a scoped IPv6 address
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


def _text(value: object) -> str:
    if isinstance(value, bytes | bytearray):
        return bytes(value).decode("utf-8", "backslashreplace")
    return "" if value is None else str(value)


def _describe(event: str, args: tuple[Any, ...]) -> NetworkEvent:
    thread = threading.current_thread().name
    if event in ADDRESS_EVENTS:
        sock, address = args[0], args[1]
        family = getattr(sock, "family", None)
        family_name = getattr(family, "name", str(family))
        if family == socket.AF_UNIX or address is None:  # None: sendmsg on a socket connected (and audited) before
            return NetworkEvent(event, family_name, _text(address), None, thread, stays_here=True)
        if family in (socket.AF_INET, socket.AF_INET6) and isinstance(address, tuple) and len(address) >= 2:
            host = _text(address[0])
            return NetworkEvent(event, family_name, host, int(address[1]), thread, stays_here=is_loopback(host))
        return NetworkEvent(event, family_name, _text(address), None, thread, stays_here=False)  # an unknown kind
    if event == "socket.getnameinfo":
        sockaddr = args[0]
        host = _text(sockaddr[0]) if isinstance(sockaddr, tuple) and sockaddr else _text(sockaddr)
        return NetworkEvent(event, "", host, None, thread, stays_here=is_loopback(host))
    host_arg = args[0]
    port = args[1] if event == "socket.getaddrinfo" and isinstance(args[1], int) else None
    if host_arg is None:  # getaddrinfo(None, port): this computer's own addresses, for a server to listen on
        return NetworkEvent(event, "", "", port, thread, stays_here=True)
    host = _text(host_arg)
    return NetworkEvent(event, "", host, port, thread, stays_here=is_loopback(host))


def _hook(event: str, args: tuple[Any, ...]) -> None:
    # Called for every audited event of the interpreter (file opens, imports, ctypes calls ...): return at once
    # unless an audit is on and this is a network event.
    audit = _active
    if audit is None or not event.startswith("socket.") or (event not in ADDRESS_EVENTS and event not in LOOKUP_EVENTS):
        return
    seen = _describe(event, args)
    audit.add(seen)
    if seen.stays_here:
        return
    if event in LOOKUP_EVENTS:
        raise socket.gaierror(socket.EAI_NONAME, f"Name or service not known (refused by the network audit: {seen})")
    raise OSError(errno.ENETUNREACH, f"Network is unreachable (refused by the network audit: {seen})")


_installed = False
_install_lock = threading.Lock()


def install() -> None:
    """Install the process's one audit hook (idempotent)."""
    global _installed
    with _install_lock:
        if not _installed:
            sys.addaudithook(_hook)
            _installed = True


@contextmanager
def network_audit() -> Iterator[NetworkAudit]:
    """Record (and refuse beyond loopback) every network attempt of this process, in any thread, in the block."""
    global _active
    install()
    if _active is not None:
        raise RuntimeError("network_audit() blocks do not nest")
    guard = socket.socket.__dict__.get("connect")  # pytest-socket's guarded_connect, when --allow-hosts set one
    socket.socket.connect = _socket.socket.connect  # type: ignore[method-assign]  # the C method: it audits
    audit = NetworkAudit()
    _active = audit
    try:
        yield audit
    finally:
        _active = None
        if guard is None:
            del socket.socket.connect
        else:
            socket.socket.connect = guard  # type: ignore[method-assign]


def connections_beyond_loopback() -> list[str]:
    """The process's open internet connections (native code's too) whose other end is not this computer."""
    found = []
    for conn in psutil.Process().net_connections(kind="inet"):
        if conn.raddr and not is_loopback(conn.raddr.ip):
            found.append(f"{conn.laddr.ip}:{conn.laddr.port} -> {conn.raddr.ip}:{conn.raddr.port} ({conn.status})")
    return found
