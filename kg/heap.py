"""The C heap under a long build: how many arenas it keeps, and giving its free pages back.

Both act on glibc's allocator and do nothing elsewhere (musl, macOS). glibc gives each thread
that meets contention an arena of its own; the store's background threads (flushes and
compactions) fill several, and what they free stays resident in them. A 1M-word build peaks
about 15–25 MiB lower with two arenas (``benchmarks/README.md``).
"""

from __future__ import annotations

import ctypes
from functools import cache

__all__ = ["limit_arenas", "release_free_memory"]

#: glibc's ``mallopt`` parameter for the most arenas (``M_ARENA_MAX`` in malloc.h)
_M_ARENA_MAX = -8


@cache
def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None)  # loaded once: a ctypes library is cyclic garbage each time it is dropped


def limit_arenas(arenas: int = 2) -> bool:
    """Let the heap keep at most *arenas* arenas from now on (call it before threads start);
    False where the allocator has no such setting."""
    try:
        mallopt = _libc().mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(_M_ARENA_MAX, arenas))


def release_free_memory() -> None:
    """Give the heap's free pages back to the system (glibc's ``malloc_trim``).

    Python frees objects into the heap, which keeps their pages: after an extraction of a million
    words about a hundred MiB of freed memory stays resident, and the outputs' peak adds to it."""
    try:
        trim = _libc().malloc_trim
    except (OSError, AttributeError):  # not glibc
        return
    trim(0)
