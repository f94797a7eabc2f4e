"""kg.heap: the arena limit and the trim act on glibc's heap, where the build runs."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest

from kg.heap import limit_arenas, release_free_memory

GLIBC = platform.libc_ver()[0] == "glibc"


@pytest.mark.skipif(not GLIBC, reason="glibc's allocator only")
def test_heap_arena_limit_is_accepted_and_trim_gives_pages_back() -> None:
    # in a process of its own: the limit is process-wide
    code = """
import threading
from kg.heap import limit_arenas, release_free_memory
def rss(): return int(open('/proc/self/statm').read().split()[1]) * 4096
assert limit_arenas(2)
blocks = [bytearray(4000) for _ in range(50_000)]  # about 200 MB in small heap blocks
threads = [threading.Thread(target=lambda: [bytearray(4000) for _ in range(2000)]) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
del blocks[:-1]
before = rss()
release_free_memory()
print(before - rss())
"""
    freed = int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    assert freed > 100 * 2**20  # the freed blocks' pages went back to the system


def test_heap_limit_is_taken_on_glibc_only_and_trim_is_safe_anywhere() -> None:
    assert limit_arenas(8) == GLIBC
    release_free_memory()
