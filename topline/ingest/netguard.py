"""Which network destinations a fetch may reach, decided on the address actually connected to.

Every spelling of a host is reduced to IP addresses first: IPv4 literals in the legacy ``inet_aton`` forms
(decimal ``2130706433``, octal ``0177.0.0.1``, hex ``0x7f.1``, short ``127.1``), bracketed IPv6 literals,
``localhost`` names, trailing dots, and DNS names (resolved once; the caller connects to exactly the addresses
checked here, so DNS rebinding cannot slip a second answer in). IPv6 addresses that embed an IPv4 address
(IPv4-mapped, IPv4-compatible, 6to4, NAT64, Teredo) are judged by the embedded address.
"""
from __future__ import annotations

import ipaddress
import socket
import threading
import time
from typing import Union

from topline.errors import FetchError, Reason

IPAddress = Union[ipaddress.IPv4Address, ipaddress.IPv6Address]

# Cloud metadata endpoints: blocked even when private addresses are allowed (they hand out credentials).
METADATA_ADDRESSES = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254",   # AWS, GCP, Azure, OpenStack, DigitalOcean...
    "169.254.170.2",     # AWS ECS task metadata
    "169.254.169.253",   # AWS DNS resolver
    "100.100.100.200",   # Alibaba Cloud
    "192.0.0.192",       # Oracle Cloud
    "fd00:ec2::254",     # AWS over IPv6
))
CGNAT = ipaddress.ip_network("100.64.0.0/10")
NAT64_NETWORKS = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
LOCALHOST_ADDRESSES = (ipaddress.ip_address("127.0.0.1"), ipaddress.ip_address("::1"))


def _parse_ipv4_part(part: str) -> int | None:
    if not part:
        return None
    try:
        if part[:2].lower() == "0x":
            return int(part[2:] or "0", 16)
        if len(part) > 1 and part[0] == "0":
            return int(part, 8)
        return int(part, 10) if part.isdigit() else None
    except ValueError:
        return None


def parse_ipv4_legacy(host: str) -> ipaddress.IPv4Address | None:
    """IPv4 in any ``inet_aton`` spelling ("127.1", "0x7f.1", "0177.0.0.1", "2130706433"), else None."""
    parts = host.split(".")
    if not 1 <= len(parts) <= 4:
        return None
    values = [_parse_ipv4_part(p) for p in parts]
    if any(v is None for v in values):
        return None
    *head, last = values
    if any(v > 255 for v in head) or last >= 256 ** (4 - len(head)):
        return None
    number = 0
    for v in head:
        number = number * 256 + v
    number = number * 256 ** (4 - len(head)) + last
    return ipaddress.IPv4Address(number)


def normalise_host(host: str) -> str:
    """Lower-case, no brackets, no trailing dots, no IPv6 zone."""
    host = (host or "").strip().lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    return host.split("%", 1)[0].rstrip(".")


def ip_literal(host: str) -> IPAddress | None:
    """The address a host literal denotes (any spelling), or None for a name."""
    host = normalise_host(host)
    if ":" in host:
        try:
            return ipaddress.IPv6Address(host)
        except ValueError:
            return None
    return parse_ipv4_legacy(host)


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if any(ip in net for net in NAT64_NETWORKS) or (ip in IPV4_COMPATIBLE and int(ip) > 1):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def address_problem(ip: IPAddress, allow_private: bool = False) -> str | None:
    """Why a connection to ``ip`` is refused, or None when it may go ahead."""
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_ipv4(ip)
        if inner is not None:
            problem = address_problem(inner, allow_private)
            return f"{problem} (embedded in {ip})" if problem else None
    if ip in METADATA_ADDRESSES:
        return f"{ip} is a cloud metadata address"
    if ip.is_unspecified or ip.is_multicast or ip == ipaddress.IPv4Address("255.255.255.255"):
        return f"{ip} is not a unicast destination"
    if ip.is_global and not ip.is_reserved:
        return None
    local = ip.is_loopback or ip.is_link_local or (ip.version == 4 and ip in CGNAT) or (
        ip.is_private and not ip.is_reserved)
    if allow_private and local:
        return None
    hint = "; to fetch intranet feeds set [fetch] allow_private = true" if local else ""
    return f"{ip} is a non-public address (loopback, private, link-local, reserved or special-purpose){hint}"


def is_localhost_name(host: str) -> bool:
    host = normalise_host(host)
    return host == "localhost" or host.endswith(".localhost") or host == "localhost.localdomain"


def check_literal(host: str, allow_private: bool) -> IPAddress | None:
    """Refuse a blocked host literal or localhost name before any DNS or connection. Returns the literal IP."""
    ip = ip_literal(host)
    candidates = [ip] if ip is not None else (list(LOCALHOST_ADDRESSES) if is_localhost_name(host) else [])
    for c in candidates:
        problem = address_problem(c, allow_private)
        if problem:
            raise FetchError(f"refused {host!r}: {problem}", Reason.BLOCKED_ADDRESS)
    return ip


def _getaddrinfo(host: str, port: int, deadline: float) -> list[IPAddress]:
    """Resolve with a deadline (getaddrinfo itself has none: it runs in a daemon thread)."""
    box: dict = {}

    def run() -> None:
        try:
            box["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True, name="topline-dns")
    worker.start()
    worker.join(max(0.0, deadline - time.monotonic()))
    if worker.is_alive():
        raise FetchError(f"DNS lookup of {host!r} timed out", Reason.TIMEOUT)
    if "error" in box:
        raise FetchError(f"cannot resolve {host!r}: {box['error']}", Reason.CONNECTION)
    out: list[IPAddress] = []
    for info in box["infos"]:
        ip = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if ip not in out:
            out.append(ip)
    return out


def resolve_checked(host: str, port: int, allow_private: bool, deadline: float) -> list[IPAddress]:
    """Every address ``host`` stands for, each checked; raises FetchError(blocked_address) if any is refused."""
    literal = check_literal(host, allow_private)
    if literal is not None:
        return [literal]
    if is_localhost_name(host):
        return list(LOCALHOST_ADDRESSES)
    addresses = _getaddrinfo(normalise_host(host), port, deadline)
    if not addresses:
        raise FetchError(f"cannot resolve {host!r}", Reason.CONNECTION)
    for ip in addresses:
        problem = address_problem(ip, allow_private)
        if problem:
            raise FetchError(f"refused {host!r}: {problem}", Reason.BLOCKED_ADDRESS)
    return addresses
