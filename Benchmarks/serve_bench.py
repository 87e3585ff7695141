#!/usr/bin/env python3
"""The figures of `landscape serve` (docs/serve.md) beside their targets, on loopback.

    python3 Benchmarks/serve_bench.py --landscape .build/release/landscape \
        [--data Benchmarks/data] [--out Benchmarks/results/serve.md] [--runs 40] [--readers 50]

On a seeded 300-actor landscape (`generate.py --model sbm --actors 300`, imported into a fresh
SQLite database and served with `landscape serve --port 0`):

* the map page `GET /`: the first request (which lays the map out) and the 95th percentile of
  `--runs` more (target < 150 ms);
* an edit to the updated diagram: `PATCH /api/actors/ID` (a note, with its version) and then
  `GET /`, the map drawn again with the actors pinned; the 95th percentile of 10 (target < 400 ms);
* `--readers` concurrent readers of `GET /`: with `wrk` when it is installed (`-t2 -cN -d10s
  --latency`), else a bounded client of our own (N threads, each with its own connection,
  `--reader-requests` requests each); the 99th percentile and the errors (target < 100 ms, none).
  Each reader says `Accept-Encoding: gzip, deflate` as every browser does (`--plain-readers`:
  without it), and gets the kept page gzipped;
* the size of the map page as sent, plain and gzipped;

and on the 2,000-actor landscape (`sbm-2k`, the standard one): opening the map, which shows the
aggregated overview above 400 actors, as the first `GET /` after the start (target < 1 s).

Times are the client's, from sending the request to the last byte of the answer, over one
persistent loopback connection: the server's time plus a few hundred microseconds. Not part of
`make test`; `make bench-serve` runs it (and `make bench`).
"""
import argparse
import http.client
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def percentile(values, fraction):
    """The nearest-rank percentile of `values` (fraction in 0..1)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, int(round(fraction * len(ordered) + 0.4999)))
    return ordered[min(rank, len(ordered)) - 1]


class Server:
    """`landscape serve --db DB --port 0`, started and waited for until it prints its address."""

    def __init__(self, binary, database):
        self.process = subprocess.Popen([binary, "serve", "--db", database, "--port", "0"],
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.process.stdout.readline()
        match = re.match(r"listening on http://([^:/]+):(\d+)/", line)
        if not match:
            self.stop()
            raise RuntimeError(f"the server did not start: {line!r}")
        self.host, self.port = match.group(1), int(match.group(2))
        self.base = f"http://{self.host}:{self.port}/"

    def connection(self):
        return http.client.HTTPConnection(self.host, self.port, timeout=120)

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def request(connection, method, path, body=None, headers=None):
    """Seconds from sending to the last byte, the status and the body."""
    start = time.perf_counter()
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    data = response.read()
    return time.perf_counter() - start, response.status, data


def timed_gets(connection, path, runs):
    times = []
    for _ in range(runs):
        seconds, status, _ = request(connection, "GET", path)
        if status != 200:
            raise RuntimeError(f"GET {path}: {status}")
        times.append(seconds)
    return times


def edits(server, runs):
    """PATCH an actor's note, then GET / (the map drawn again): the seconds of each pair."""
    connection = server.connection()
    _, _, session = request(connection, "GET", "/api/session")
    token = json.loads(session)["csrf_token"]
    _, _, actors = request(connection, "GET", "/api/actors")
    actor = json.loads(actors)["actors"][0]
    version = actor["version"]
    times = []
    for number in range(runs):
        body = json.dumps({"note": f"benchmark edit {number}"})
        headers = {"Content-Type": "application/json", "X-CSRF-Token": token, "If-Match": f'"{version}"'}
        start = time.perf_counter()
        _, status, answer = request(connection, "PATCH", f"/api/actors/{actor['id']}", body, headers)
        if status != 200:
            raise RuntimeError(f"PATCH: {status} {answer[:200]!r}")
        version = json.loads(answer)["version"]
        _, status, _ = request(connection, "GET", "/")
        if status != 200:
            raise RuntimeError(f"GET / after the edit: {status}")
        times.append(time.perf_counter() - start)
    connection.close()
    return times


BROWSER = {"Accept-Encoding": "gzip, deflate"}


def readers_wrk(server, readers, headers):
    """wrk's 99th percentile (seconds) and its errors (non-2xx answers and socket errors)."""
    extra = [arg for name, value in headers.items() for arg in ("-H", f"{name}: {value}")]
    output = subprocess.run(["wrk", "-t2", f"-c{readers}", "-d10s", "--latency"] + extra + [server.base],
                            capture_output=True, text=True, check=True).stdout
    units = {"us": 1e-6, "ms": 1e-3, "s": 1.0}
    match = re.search(r"99%\s+([\d.]+)(us|ms|s)", output)
    p99 = float(match.group(1)) * units[match.group(2)] if match else float("nan")
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output))
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if socket:
        errors += sum(int(n) for n in socket.groups())
    requests = re.search(r"(\d+) requests in", output)
    return p99, errors, int(requests.group(1)) if requests else 0, "wrk -t2 -c%d -d10s" % readers


def readers_own(server, readers, each, headers):
    """`readers` threads, each with its own connection, `each` GET / in a row."""
    times, errors, lock = [], [], threading.Lock()

    def reader():
        connection = server.connection()
        for _ in range(each):
            try:
                seconds, status, _ = request(connection, "GET", "/", headers=headers)
                with lock:
                    (times if status == 200 else errors).append(seconds if status == 200 else status)
            except Exception as error:  # a refused or dropped connection is an error of the run
                with lock:
                    errors.append(repr(error))
                connection.close()
                connection = server.connection()
        connection.close()

    threads = [threading.Thread(target=reader) for _ in range(readers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return percentile(times, 0.99), len(errors), len(times) + len(errors), f"own client, {readers} threads × {each}"


def prepared(binary, data, name, folder):
    """A database holding the landscape `data/name`."""
    database = os.path.join(folder, name + ".db")
    subprocess.run([binary, "import", os.path.join(data, name), "--db", database],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return database


def ms(seconds):
    return f"{seconds * 1000:.0f} ms"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--landscape", required=True, help="the landscape binary (a release build)")
    parser.add_argument("--data", default=os.path.join(HERE, "data"))
    parser.add_argument("--out", default=os.path.join(HERE, "results", "serve.md"))
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--reader-requests", type=int, default=20)
    parser.add_argument("--plain-readers", action="store_true", help="readers that do not take gzip")
    args = parser.parse_args()
    generate = os.path.join(HERE, "generate.py")
    subprocess.run([sys.executable, generate, "--out", args.data, "--model", "sbm", "--actors", "300"], check=True)
    subprocess.run([sys.executable, generate, "--out", args.data, "--model", "sbm", "--actors", "2000"], check=True)
    folder = tempfile.mkdtemp(prefix="serve-bench-")
    rows = []
    try:
        server = Server(args.landscape, prepared(args.landscape, args.data, "sbm-300", folder))
        try:
            connection = server.connection()
            first = timed_gets(connection, "/", 1)[0]
            pages = timed_gets(connection, "/", args.runs)
            connection.close()
            rows.append(("300 actors: map page, first (lays out)", ms(first), "–"))
            rows.append((f"300 actors: map page, p95 of {args.runs}", ms(percentile(pages, 0.95)), "< 150 ms"))
            changed = edits(server, 10)
            rows.append(("300 actors: edit + updated map, p95 of 10", ms(percentile(changed, 0.95)), "< 400 ms"))
            connection = server.connection()
            plain = len(request(connection, "GET", "/")[2])
            packed = len(request(connection, "GET", "/", headers=BROWSER)[2])
            connection.close()
            rows.append(("300 actors: the map page as sent, plain / gzip", f"{plain / 1024:.0f} KB / {packed / 1024:.0f} KB", "–"))
            headers = {} if args.plain_readers else BROWSER
            if shutil.which("wrk"):
                p99, errors, total, how = readers_wrk(server, args.readers, headers)
            else:
                p99, errors, total, how = readers_own(server, args.readers, args.reader_requests, headers)
            how += ", plain" if args.plain_readers else ", gzip"
            rows.append((f"300 actors: {args.readers} readers of the map page, p99 ({how}, {total} requests)", ms(p99), "< 100 ms"))
            rows.append((f"300 actors: {args.readers} readers, errors", str(errors), "0"))
        finally:
            server.stop()
        server = Server(args.landscape, prepared(args.landscape, args.data, "sbm-2k", folder))
        try:
            connection = server.connection()
            opening = timed_gets(connection, "/", 1)[0]
            again = timed_gets(connection, "/", 5)
            connection.close()
            rows.append(("2,000 actors: opening the map (overview), first", ms(opening), "< 1 s"))
            rows.append(("2,000 actors: the map again, median of 5", ms(statistics.median(again)), "–"))
        finally:
            server.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    table = ["| figure | measured | target |", "| --- | ---: | --- |"] + [f"| {a} | {b} | {c} |" for a, b, c in rows]
    text = "\n".join(table) + "\n"
    print(text, end="")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as file:
        file.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
