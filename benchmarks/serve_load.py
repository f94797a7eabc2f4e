"""kg serve under load: 50 concurrent clients with a cheap query while an expensive one runs.

Starts a real ``kg serve`` process on loopback over a generated store, then:

1. **alone**: the cheap query from one client, sequentially (the baseline);
2. **under load**: one client sends an expensive query (a COUNT over a 3-way product that
   would run for minutes) and, while it runs, ``--clients`` clients send the cheap query for
   ``--seconds``, each request on a new connection (as simple clients do), each client at
   most one request every ``--interval`` seconds (0: back to back, as fast as it can).

Prints p50/p95/p99 of the cheap query in both phases, the number of errors, and when and
how the expensive query ended (it should end at the server's ``--timeout`` with 503).
Targets: cheap p95 under 50 ms under load; the expensive query ends at its timeout.
Loopback only; the number of clients (at most 200) and the duration (at most 120 s) are
bounded.

    python benchmarks/serve_load.py [--clients 50] [--interval 0.1] [--seconds 10] [--timeout 5] [--triples 1000]
"""

from __future__ import annotations

import argparse
import http.client
import os
import platform
import select
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from importlib.metadata import version
from pathlib import Path

import pyoxigraph as ox

from kg.store import OxigraphStore

CHEAP = ("SELECT ?s ?o WHERE { ?s <http://example.org/p> ?o } LIMIT 10")
EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"


def _store(folder: Path, triples: int) -> Path:
    location = folder / "store"
    p = ox.NamedNode("http://example.org/p")
    with OxigraphStore(location) as store:
        store.insert(ox.Triple(ox.NamedNode(f"http://example.org/s{i}"), p, ox.Literal(f"value {i}"))
                     for i in range(triples))
    return location


def _get(port: int, query: str) -> tuple[int, float]:
    """(status, seconds) of one GET on a new connection."""
    path = "/sparql?" + urllib.parse.urlencode({"query": query})
    start = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request("GET", path, headers={"Accept": "application/sparql-results+json"})
        response = connection.getresponse()
        response.read()
        return response.status, time.perf_counter() - start
    except OSError:
        return 0, time.perf_counter() - start
    finally:
        connection.close()


def _percentiles(values: list[float]) -> str:
    if len(values) < 2:
        return "n/a"
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return f"p50 {cuts[49] * 1000:.1f} ms, p95 {cuts[94] * 1000:.1f} ms, p99 {cuts[98] * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--interval", type=float, default=0.1, help="seconds between a client's requests (0: none)")
    parser.add_argument("--timeout", type=float, default=5.0, help="kg serve --timeout")
    parser.add_argument("--triples", type=int, default=1000)
    args = parser.parse_args()
    clients, seconds = max(1, min(args.clients, 200)), max(1.0, min(args.seconds, 120.0))

    with tempfile.TemporaryDirectory() as tmp:
        store = _store(Path(tmp), args.triples)
        server = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--host", "127.0.0.1",
                                   "--port", "0", "-q", "--timeout", str(args.timeout)],
                                  stdout=subprocess.PIPE, text=True)
        try:
            assert server.stdout is not None
            ready, _, _ = select.select([server.stdout], [], [], 60)
            url = server.stdout.readline().strip() if ready else ""
            port = urllib.parse.urlsplit(url).port
            if not port:
                raise SystemExit("kg serve did not start")

            alone = [_get(port, CHEAP) for _ in range(200)]
            expensive: dict[str, float] = {}

            def run_expensive() -> None:
                status, took = _get(port, EXPENSIVE)
                expensive.update(status=status, seconds=took)

            heavy = threading.Thread(target=run_expensive)
            heavy.start()
            time.sleep(0.2)  # let it start
            stop = time.monotonic() + seconds
            loaded: list[tuple[int, float]] = []
            lock = threading.Lock()

            def client() -> None:
                while time.monotonic() < stop:
                    began = time.monotonic()
                    found = _get(port, CHEAP)
                    with lock:
                        loaded.append(found)
                    time.sleep(max(0.0, args.interval - (time.monotonic() - began)))

            workers = [threading.Thread(target=client) for _ in range(clients)]
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join()
            heavy.join(timeout=args.timeout + 60)
        finally:
            server.terminate()
            server.wait(timeout=10)

    ok = [t for status, t in loaded if status == 200]
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"pyoxigraph {version('pyoxigraph')}; store of {args.triples} triples")
    print(f"cheap query alone (1 client, 200 requests): {_percentiles([t for _, t in alone])}")
    pace = f"one request every {args.interval:g} s each" if args.interval else "back to back"
    print(f"cheap query, {clients} clients ({pace}) for {seconds:g} s while the expensive query runs: "
          f"{len(ok)} answered ({len(ok) / seconds:.0f}/s), {len(loaded) - len(ok)} errors; {_percentiles(ok)}")
    print(f"expensive query: HTTP {expensive.get('status')} after {expensive.get('seconds', float('nan')):.2f} s "
          f"(server timeout {args.timeout:g} s)")


if __name__ == "__main__":
    main()
