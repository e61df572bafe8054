"""Run a module as ``python -m`` does, with every Python-level network access refused.

``python tests/support/without_network.py MODULE ARGS...``: an audit hook
(:func:`sys.addaudithook`, which cannot be removed) refuses IPv4/IPv6 sockets,
name look-ups and connections, and reports each attempt on stderr as a line
starting ``NETWORK ATTEMPT``, even if the code under test swallows the error.
Local (Unix-domain) sockets stay allowed: Qt talks to D-Bus and X through them.
"""

from __future__ import annotations

import runpy
import socket
import sys

_NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}
_LOOKUPS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
            "socket.gethostbyaddr", "socket.getnameinfo", "urllib.Request",
            "http.client.connect", "ftplib.connect", "smtplib.connect"}


def _hook(event: str, args: tuple) -> None:
    refused = (
        (event == "socket.__new__" and len(args) > 1 and args[1] in _NETWORK_FAMILIES)
        or event in _LOOKUPS
        or (event == "socket.connect" and not isinstance(args[1], (str, bytes)))
    )
    if refused:
        sys.stderr.write(f"NETWORK ATTEMPT {event} {args[1:]!r}\n")
        sys.stderr.flush()
        raise OSError(f"network access refused: {event}")


if __name__ == "__main__":
    sys.addaudithook(_hook)
    module = sys.argv[1]
    sys.argv = [module, *sys.argv[2:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
