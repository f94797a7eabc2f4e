"""Threads that cannot open a socket: where SPARQL engines run.

Oxigraph evaluates ``SERVICE`` with its own HTTP client, written in Rust, which Python's
audit hooks (:func:`no_network`) do not see. Queries are vetted before they run
(:mod:`kg.query`), and as a second wall they are evaluated in threads under a seccomp
filter that makes ``socket()`` and ``connect()`` fail with ``EPERM``: whatever a query
says, the engine cannot reach the network. The filter is per thread (no ``TSYNC``), so
the rest of the process (an HTTP server, a remote store) keeps its sockets.

Linux on x86-64 and AArch64 only; elsewhere :func:`deny_sockets` returns False and the
vetting is the only wall.
"""

from __future__ import annotations

import ctypes
import functools
import platform
import struct
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

__all__ = ["OfflinePool", "clear_frames", "deny_sockets", "no_network", "run_offline", "sealed"]

T = TypeVar("T")

_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2
_RET_ALLOW = 0x7FFF0000
_RET_EPERM = 0x00050000 | 1
_X32_BIT = 0x40000000
#: machine → (AUDIT_ARCH_*, socket, connect)
_ARCH = {"x86_64": (0xC000003E, 41, 42), "aarch64": (0xC00000B7, 198, 203)}
_local = threading.local()


def _program(arch: int, socket_nr: int, connect_nr: int) -> bytes:
    ld, jeq, and_, ret = 0x20, 0x15, 0x54, 0x06  # BPF_LD|W|ABS, JMP|JEQ|K, ALU|AND|K, RET|K
    insns = [
        (ld, 0, 0, 4),                  # seccomp_data.arch
        (jeq, 1, 0, arch),              # our ABI: go on; another (i386 on x86-64): deny
        (ret, 0, 0, _RET_EPERM),
        (ld, 0, 0, 0),                  # seccomp_data.nr
        (and_, 0, 0, ~_X32_BIT & 0xFFFFFFFF),
        (jeq, 2, 0, socket_nr),
        (jeq, 1, 0, connect_nr),
        (ret, 0, 0, _RET_ALLOW),
        (ret, 0, 0, _RET_EPERM),
    ]
    return b"".join(struct.pack("HBBI", *insn) for insn in insns)


@functools.cache
def _prctl() -> Any:
    """libc's ``prctl``, loaded once (a ctypes library is cyclic garbage each time it is dropped)."""
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    prctl.argtypes = [ctypes.c_int] + [ctypes.c_ulong] * 4
    prctl.restype = ctypes.c_int
    return prctl


@functools.cache
def _filter(arch: int, socket_nr: int, connect_nr: int) -> tuple[Any, Any]:
    """The BPF program and the ``sock_fprog`` pointing at it, built once and kept alive."""
    code = _program(arch, socket_nr, connect_nr)
    program = ctypes.create_string_buffer(code, len(code))
    fprog = struct.pack("HxxxxxxP", len(code) // 8, ctypes.addressof(program))
    return program, ctypes.create_string_buffer(fprog, len(fprog))


def deny_sockets() -> bool:
    """Forbid ``socket()`` and ``connect()`` to the calling thread (and threads it starts), for good.

    Returns True when the filter is in place, False where seccomp is not available.
    """
    if getattr(_local, "sealed", False):
        return True
    spec = _ARCH.get(platform.machine()) if sys.platform == "linux" else None
    if spec is None:
        return False
    prctl = _prctl()
    if prctl is None:
        return False
    if prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return False
    if prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.addressof(_filter(*spec)[1]), 0, 0) != 0:
        return False
    _local.sealed = True
    return True


def sealed() -> bool:
    """Whether the calling thread already runs under :func:`deny_sockets`."""
    return bool(getattr(_local, "sealed", False))


class OfflinePool:
    """A pool of *workers* threads, each sealed by :func:`deny_sockets` before its first task
    (unless *seal* is False: a remote store's client needs its sockets)."""

    def __init__(self, workers: int, name: str = "kg-offline", *, seal: bool = True) -> None:
        self.workers = workers
        self._executor = ThreadPoolExecutor(workers, thread_name_prefix=name,
                                            initializer=deny_sockets if seal else None)

    def submit(self, fn: Callable[..., T], *args: object) -> Future[T]:
        return self._executor.submit(fn, *args)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


def clear_frames(err: BaseException | None) -> None:
    """Drop the locals of *err*'s frames (and its causes') in this thread: pyoxigraph's result
    iterators must be freed by the thread that made them."""
    seen = set()
    while err is not None and id(err) not in seen:
        seen.add(id(err))
        traceback.clear_frames(err.__traceback__)
        err = err.__cause__ or err.__context__


def run_offline(fn: Callable[[], T], timeout: float | None = None,
                  on_timeout: Callable[[], BaseException] | None = None, *, seal: bool = True) -> T:
    """Run *fn* in a fresh daemon thread, sealed unless *seal* is False, and return its result (or raise its error).

    After *timeout* seconds the error of *on_timeout* is raised; the engine cannot be
    interrupted, so the thread is left to finish (a command-line process drops it at exit).
    """
    if timeout is None and (sealed() or not seal):
        return fn()
    box: dict[str, object] = {}

    def work() -> None:
        if seal:
            deny_sockets()
        try:
            box["result"] = fn()
        except BaseException as err:  # handed to the caller below
            clear_frames(err)
            box["error"] = err

    worker = threading.Thread(target=work, name="kg-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise on_timeout() if on_timeout is not None else TimeoutError(f"still running after {timeout} s")
    # The error's traceback holds the worker's frame, which holds *box*: taking the error out
    # of *box* and dropping the local after raising leaves no reference cycle, so the frames
    # (and any engine object in them) are freed at once, not by a later garbage collection in
    # whatever thread happens to run it (pyoxigraph's iterators must be freed by their own thread).
    error = box.pop("error", None)
    if error is not None:
        try:
            raise error  # type: ignore[misc]
        finally:
            del error
    return box.pop("result")  # type: ignore[return-value]


# -- Python's own network calls ------------------------------------------------------------------

_BLOCKED: ContextVar[bool] = ContextVar("natokg_network_blocked", default=False)
_HOOKED = False
_NETWORK_EVENTS = frozenset({"urllib.Request", "socket.connect", "socket.getaddrinfo", "http.client.connect"})


def _audit(event: str, _args: tuple[Any, ...]) -> None:
    if event in _NETWORK_EVENTS and _BLOCKED.get():
        raise PermissionError(f"network access blocked ({event})")


@contextmanager
def no_network() -> Iterator[None]:
    """Refuse network access from Python code in this block (rdflib's SERVICE, FROM, remote contexts)."""
    global _HOOKED
    if not _HOOKED:
        sys.addaudithook(_audit)
        _HOOKED = True
    token = _BLOCKED.set(True)
    try:
        yield
    finally:
        _BLOCKED.reset(token)
