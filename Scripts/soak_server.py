#!/usr/bin/env python3
"""Load and a fault for a shared `landscape serve` on PostgreSQL: `make soak-server` (not in make test).

Beside a throwaway PostgreSQL (Scripts/with-postgres.sh starts it; this script uses its database
`landscape_cli` over TCP, the password from PGPASSFILE), it imports a seeded landscape
(Benchmarks/generate.py, `--actors`, 2,000 by default), adds accounts (an admin, a reader whose
session the readers share, one editor account per writer), starts `landscape serve` on it, and
runs `--writers` editors and `--readers` readers at once for `--seconds`. Halfway through the
server is killed with SIGKILL and started again on the same port; the clients carry on (they
reconnect, and fetch the new CSRF token when the old one is refused).

A writer adds actors of its own (`POST /api/actors`) and renames them (`PATCH` with the version it
holds); a 201 or 200 is an acknowledged write. A reader reads one actor, the history's last
changes or every actor. At the end, read back through the API: every acknowledged write must be
stored (the actor, at least at the acknowledged version, with that name unless a later write of
its own that was in flight at the kill landed), and in the history exactly once; no write may be
in it twice. A request that fails while the server is down (from the kill until two seconds
after it listens again) is counted apart; so is one that fails with 503 during PostgreSQL's
restart at three quarters (until two seconds after it is back; `--no-restart-postgres`: none);
any other failure is an error, as is a p99 of the reads outside the faults over `--p99` ms.

Prints the machine's load and the CPU this client and the server used (a client that takes a
whole core measures itself), requests, errors, the percentiles of reads and writes (all, and
outside the faults), the restarts, and acknowledged vs stored writes; exit status 1 when a write
was lost or doubled, a request failed outside the faults or not cleanly during PostgreSQL's, or
the reads were too slow.

    Scripts/with-postgres.sh python3 Scripts/soak_server.py --binary .build/release/landscape \
        [--seconds 60] [--writers 20] [--readers 200] [--actors 2000] [--think 0.1] [--no-restart-postgres] [--p99 300]
        [--warm-up 20]
"""
import argparse
import http.client
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.dirname(HERE)
PASSWORD = "Soak-Passwort 2026"
GRACE = 2.0


def percentile(values, fraction):
    """The nearest-rank percentile of `values` (fraction in 0..1)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, int(round(fraction * len(ordered) + 0.4999)))
    return ordered[min(rank, len(ordered)) - 1]


class Server:
    """`landscape serve` on one port, killed and started again as the run asks."""

    def __init__(self, binary, database, port):
        self.binary, self.database, self.port = binary, database, port
        self.process = None
        self.log = open(os.path.join(tempfile.gettempdir(), f"soak-server-{port}.log"), "a")

    def start(self):
        self.process = subprocess.Popen([self.binary, "serve", "--db", self.database, "--port", str(self.port)],
                                        stdout=subprocess.PIPE, stderr=self.log, text=True)
        self.started = time.monotonic()
        for line in self.process.stdout:
            if line.startswith("listening on "):
                return time.monotonic()
        raise RuntimeError(f"the server did not start (see {self.log.name})")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()
        print(f"server log: {self.log.name}")


class Client:
    """One keep-alive connection with a session cookie; reconnects after a failure."""

    token = ""
    token_lock = threading.Lock()

    def __init__(self, port, cookie=None):
        self.port, self.cookie, self.connection = port, cookie, None

    def request(self, method, path, body=None, headers=None):
        """(status, body text, seconds); an exception when the connection fails."""
        if self.connection is None:
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        fields = {"Content-Type": "application/json", "X-CSRF-Token": Client.token}
        if self.cookie:
            fields["Cookie"] = self.cookie
        fields.update(headers or {})
        started = time.monotonic()
        try:
            self.connection.request(method, path, body=body, headers=fields)
            response = self.connection.getresponse()
            text = response.read().decode()
        except Exception:
            self.connection.close()
            self.connection = None
            raise
        return response.status, text, time.monotonic() - started, response

    @classmethod
    def refresh_token(cls, port):
        status, text, _, _ = Client(port).request("GET", "/api/session")
        if status == 200:
            with cls.token_lock:
                cls.token = json.loads(text)["csrf_token"]

    def sign_in(self, user):
        status, text, _, response = self.request("POST", "/api/login", json.dumps({"user": user, "password": PASSWORD}))
        if status != 200:
            raise RuntimeError(f"{user} could not sign in: {status} {text[:200]}")
        self.cookie = response.getheader("Set-Cookie").split(";")[0]


class Run:
    """The records of every request, and what the writers were told."""

    def __init__(self, args, server):
        self.args, self.server = args, server
        self.lock = threading.Lock()
        self.records = []           # (kind, ended, seconds, ok, what, route)
        self.acked_adds = set()
        self.acked = {}             # actor id -> (version, name) last acknowledged
        self.acked_writes = set()   # (actor id, version) of every acknowledged write
        self.unacked = {}           # actor id -> [(version, name)] sent but not acknowledged
        self.outages = []           # (what, began, ended): the kill, and PostgreSQL's restart
        self.stop = threading.Event()

    def record(self, kind, seconds, ok, what, path=""):
        with self.lock:
            self.records.append((kind, time.monotonic(), seconds, ok, what, route_of(path)))

    def call(self, client, kind, method, path, body=None, headers=None):
        """One request, recorded; (status, text) or (None, error)."""
        started = time.monotonic()
        try:
            status, text, seconds, _ = client.request(method, path, body, headers)
        except Exception as error:
            self.record(kind, time.monotonic() - started, False, type(error).__name__, path)
            time.sleep(0.2)
            return None, repr(error)
        if status == 403 and "CSRF" in text.upper():
            # The server was started again: its new token, and the same request once more (the
            # refused one changed nothing).
            Client.refresh_token(self.args.port)
            return self.call(client, kind, method, path, body, headers)
        self.record(kind, seconds, status < 500, str(status), path)
        return status, text

    def reader(self, cookie, ids):
        client = Client(self.args.port, cookie)
        rng = random.Random()
        while not self.stop.is_set():
            roll = rng.random()
            path = ("/api/actors" if roll < 0.03 else "/api/history?limit=20" if roll < 0.13
                    else "/api/actors/" + urllib.parse.quote(rng.choice(ids)))
            self.call(client, "read", "GET", path)
            time.sleep(self.args.think)

    def writer(self, number, client):
        rng, mine, serial = random.Random(number), [], 0
        while not self.stop.is_set():
            if not mine or rng.random() < 0.4:
                serial += 1
                actor = f"soak-{number}-{serial}"
                body = json.dumps({"id": actor, "name": f"Soak {number}/{serial}", "kind": "association"})
                with self.lock:
                    self.unacked.setdefault(actor, []).append((1, f"Soak {number}/{serial}"))
                status, _ = self.call(client, "write", "POST", "/api/actors", body)
                if status == 201:
                    with self.lock:
                        self.acked_adds.add(actor)
                        self.acked[actor] = (1, f"Soak {number}/{serial}")
                        self.acked_writes.add((actor, 1))
                    mine.append(actor)
            else:
                self.rename(client, rng.choice(mine), rng)
            time.sleep(self.args.think / 2)

    def rename(self, client, actor, rng):
        with self.lock:
            version, _ = self.acked[actor]
        name = f"Umbenannt {rng.randrange(10**9)}"
        with self.lock:
            self.unacked.setdefault(actor, []).append((version + 1, name))
        status, text = self.call(client, "write", "PATCH", "/api/actors/" + actor, json.dumps({"name": name}),
                                 {"If-Match": f'"{version}"'})
        if status == 200:
            version = json.loads(text)["version"]
            with self.lock:
                self.acked[actor] = (version, name)
                self.acked_writes.add((actor, version))
        elif status == 409:
            # A rename of its own landed at the kill without its answer: read the version again.
            status, text = self.call(client, "read", "GET", "/api/actors/" + actor)
            if status == 200:
                record = json.loads(text)
                with self.lock:
                    self.acked[actor] = (record["version"], record["name"])

    def fault(self):
        """Halfway: SIGKILL, then the server again on the same port; at three quarters, with
        `--restart-postgres`, PostgreSQL restarted under the running server."""
        if self.stop.wait(self.args.seconds / 2):
            return
        killed = time.monotonic()
        self.server.kill()
        listening = self.server.start()
        self.outages.append(("SIGKILL of the server", killed, listening))
        print(f"killed the server with SIGKILL at {self.args.seconds / 2:.0f} s; listening again after {listening - killed:.2f} s",
              flush=True)
        if not self.args.restart_postgres or self.stop.wait(max(0.0, self.args.seconds * 0.75 - (time.monotonic() - self.began))):
            return
        began = time.monotonic()
        restart_postgres()
        self.outages.append(("restart of PostgreSQL", began, time.monotonic()))
        print(f"restarted PostgreSQL at {self.args.seconds * 0.75:.0f} s in {time.monotonic() - began:.2f} s", flush=True)


def restart_postgres():
    """`pg_ctl restart -m fast` of the throwaway cluster Scripts/with-postgres.sh started (its
    folder is in LANDSCAPE_TEST_POSTGRES_SOCKET): every connection is ended."""
    socket = urllib.parse.urlparse(os.environ["LANDSCAPE_TEST_POSTGRES_SOCKET"])
    folder = urllib.parse.parse_qs(socket.query)["host"][0]
    pg_ctl = subprocess.run(["bash", "-c", "command -v pg_ctl || ls /usr/lib/postgresql/*/bin/pg_ctl | tail -1"],
                            capture_output=True, text=True).stdout.strip()
    as_user = ["runuser", "-u", "nobody", "--"] if os.getuid() == 0 else []
    subprocess.run(as_user + [pg_ctl, "-D", os.path.join(folder, "data"), "-m", "fast", "-w", "-t", "60", "-l",
                              os.path.join(folder, "server.log"), "restart"], check=True, stdout=subprocess.DEVNULL)


def warm_up(args):
    """`--warm-up` small edits before the load (actors `warm-N`, which the check leaves aside).

    The import is one change holding every actor and tie (some 10,000 items for 2,000 actors);
    while it is among the last 20 changes, each reader's `GET /api/history?limit=20` reads and
    writes all of them. On a server in use the last changes are edits; this makes them so.
    """
    if args.warm_up <= 0:
        return
    admin = Client(args.port)
    admin.sign_in("admin")
    for number in range(args.warm_up):
        body = json.dumps({"id": f"warm-{number}", "name": f"Vorlauf {number}", "kind": "association"})
        status, text, _, _ = admin.request("POST", "/api/actors", body)
        if status != 201:
            raise RuntimeError(f"warm-up edit {number}: {status} {text[:200]}")


def cli(binary, database, *arguments, stdin=None):
    done = subprocess.run([binary, *arguments, "--db", database], input=stdin, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"landscape {' '.join(arguments)}: {done.stderr.strip()}")
    return done.stdout


def prepare(args, database):
    """The landscape and the accounts; the actor ids the readers read."""
    data = tempfile.mkdtemp(prefix="soak-data-")
    subprocess.run([sys.executable, os.path.join(REPOSITORY, "Benchmarks/generate.py"), "--out", data, "--model", "sbm",
                    "--actors", str(args.actors)], check=True, stdout=subprocess.DEVNULL)
    folder = os.path.join(data, os.listdir(data)[0])
    cli(args.binary, database, "import", folder)
    cli(args.binary, database, "user", "add", "admin", "--role", "admin", "--password-stdin", stdin=PASSWORD + "\n")
    cli(args.binary, database, "user", "add", "leser", "--role", "reader", "--password-stdin", stdin=PASSWORD + "\n")
    for number in range(args.writers):
        cli(args.binary, database, "user", "add", f"redakteur{number}", "--role", "editor", "--password-stdin", stdin=PASSWORD + "\n")
    with open(os.path.join(folder, "actors.csv"), encoding="utf-8") as file:
        ids = [line.split(",")[0] for line in file.read().splitlines()[1:] if line]
    shutil.rmtree(data, ignore_errors=True)
    return ids


def verify(run, admin):
    """Acknowledged writes against what the store holds; (lines, failures)."""
    status, text, _, _ = admin.request("GET", "/api/actors")
    stored = {a["id"]: (a["version"], a["name"]) for a in json.loads(text)["actors"]} if status == 200 else {}
    status, text, _, _ = admin.request("GET", "/api/history?limit=100000000")
    changes = json.loads(text)["changes"] if status == 200 else []
    written = {}
    for change in changes:
        for item in change["items"]:
            if item["record"] == "actor" and item["id"].startswith("soak-") and item.get("new"):
                key = (item["id"], item["new"]["version"])
                written[key] = written.get(key, 0) + 1
    lost, unacked_landed = [], 0
    for actor, (version, name) in run.acked.items():
        have = stored.get(actor)
        later = [v for v in run.unacked.get(actor, []) if v[0] > version]
        if have is None or have[0] < version or (have != (version, name) and have not in later):
            lost.append((actor, (version, name), have))
        if have and have[0] > version:
            unacked_landed += 1
    history_missing = [(key, written.get(key, 0)) for key in run.acked_writes if written.get(key, 0) != 1]
    unacked_adds = [a for a in stored if a.startswith("soak-") and a not in run.acked_adds]
    doubled = [key for key, count in written.items() if count > 1]
    acked_writes = len(run.acked_writes)
    lines = [
        f"acknowledged writes: {acked_writes} ({len(run.acked_adds)} adds, {acked_writes - len(run.acked_adds)} renames)",
        f"stored: {sum(1 for a in run.acked_adds if a in stored)} of the {len(run.acked_adds)} acknowledged adds; "
        f"{len(run.acked) - len(lost)} of {len(run.acked)} actors at their acknowledged version and name "
        f"({unacked_landed} one rename further, sent before the kill and not answered)",
        f"stored without an answer (in flight at the kill): {len(unacked_adds)} adds",
        f"history: {sum(written.values())} soak writes; acknowledged ones missing or not once: {len(history_missing)}; doubled: {len(doubled)}",
    ]
    failures = [f"lost: {lost[:5]}"] if lost else []
    failures += [f"history not once: {history_missing[:5]}"] if history_missing else []
    failures += [f"doubled: {doubled[:5]}"] if doubled else []
    return lines, failures


def route_of(path):
    """The route a request's path names, for the percentiles by route."""
    if path.startswith("/api/actors/"):
        return "/api/actors/ID"
    return path.split("?")[0]


def report(run):
    """Requests, errors and percentiles; the failures: outside the faults, and during PostgreSQL's
    restart anything but a clean 503 (the server is up then; a request in flight may fail, but
    only with 503); and whether reads kept their p99 outside the faults under `--p99`."""
    def within(record, outage):
        return outage[1] <= record[1] <= outage[2] + GRACE

    def during_any(record):
        return any(within(record, o) for o in run.outages)

    outside = [r for r in run.records if not r[3] and not during_any(r)]
    print(f"requests: {len(run.records)} ({sum(r[0] == 'read' for r in run.records)} reads, "
          f"{sum(r[0] == 'write' for r in run.records)} writes) in {run.args.seconds:.0f} s")
    print(f"errors outside the faults: {len(outside)} {sorted({r[4] for r in outside})}")
    unclean = []
    for outage in run.outages:
        during = [r for r in run.records if not r[3] and within(r, outage)]
        print(f"failed during the {outage[0]} ({outage[2] - outage[1]:.2f} s, + {GRACE:.0f} s): {len(during)} "
              f"{sorted({r[4] for r in during})}")
        if outage[0].startswith("restart of PostgreSQL"):
            unclean += [r for r in during if r[4] != "503"]
    if unclean:
        print(f"failed during PostgreSQL's restart other than with 503: {len(unclean)} {sorted({r[4] for r in unclean})}")
    slow = []
    for kind in ("read", "write"):
        for label, chosen in (("", lambda r: True), (" outside the faults", lambda r: not during_any(r))):
            times = [r[2] * 1000 for r in run.records if r[0] == kind and r[3] and chosen(r)]
            print(f"{kind}s{label}: p50 {percentile(times, 0.5):.0f} ms, p95 {percentile(times, 0.95):.0f} ms, "
                  f"p99 {percentile(times, 0.99):.0f} ms, max {max(times, default=0):.0f} ms ({len(times)} answered)")
            if kind == "read" and label and percentile(times, 0.99) > run.args.p99:
                slow = [f"reads p99 outside the faults {percentile(times, 0.99):.0f} ms, over {run.args.p99:.0f} ms"]
    routes = sorted({r[5] for r in run.records if r[0] == "read"})
    for route in routes:
        times = [r[2] * 1000 for r in run.records if r[0] == "read" and r[5] == route and r[3] and not during_any(r)]
        print(f"  reads of {route} outside the faults: p50 {percentile(times, 0.5):.0f} ms, p95 {percentile(times, 0.95):.0f} ms, "
              f"p99 {percentile(times, 0.99):.0f} ms ({len(times)})")
    failures = [f"{len(outside)} requests failed outside the faults"] if outside else []
    failures += [f"{len(unclean)} requests failed during PostgreSQL's restart other than with 503"] if unclean else []
    return failures + slow


def cpu_seconds(pid):
    """The CPU time (user + system) process `pid` has used, from /proc; 0 when unknown."""
    try:
        with open(f"/proc/{pid}/stat") as file:
            fields = file.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(REPOSITORY, ".build/release/landscape"))
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--writers", type=int, default=20)
    parser.add_argument("--readers", type=int, default=200)
    parser.add_argument("--actors", type=int, default=2000)
    parser.add_argument("--restart-postgres", action=argparse.BooleanOptionalAction, default=True,
                        help="restart PostgreSQL at three quarters of the run too (the default)")
    parser.add_argument("--warm-up", type=int, default=20,
                        help="small edits before the load, so that the last 20 changes are edits and not the import (0: none)")
    parser.add_argument("--p99", type=float, default=300, help="the most milliseconds the reads' p99 outside the faults may take")
    parser.add_argument("--think", type=float, default=0.1, help="seconds a reader waits between requests (a writer half)")
    args = parser.parse_args()
    address = os.environ.get("LANDSCAPE_TEST_POSTGRES")
    if not address:
        print("no PostgreSQL: run it as Scripts/with-postgres.sh python3 Scripts/soak_server.py", file=sys.stderr)
        return 2
    database = address.rsplit("/", 1)[0] + "/landscape_cli"
    with __import__("socket").socket() as probe:
        probe.bind(("127.0.0.1", 0))
        args.port = probe.getsockname()[1]
    print(f"soak: {args.writers} writers, {args.readers} readers, {args.seconds:.0f} s, {args.actors} actors on {database}", flush=True)
    ids = prepare(args, database)
    server = Server(args.binary, database, args.port)
    try:
        server.start()
        Client.refresh_token(args.port)
        warm_up(args)
        run = Run(args, server)
        run.began = time.monotonic()
        shared = Client(args.port)
        shared.sign_in("leser")
        # Signed in before the load begins: a sign-in is bcrypt at cost 12, a quarter second of CPU.
        editors = [Client(args.port) for _ in range(args.writers)]
        for number, editor in enumerate(editors):
            editor.sign_in(f"redakteur{number}")
        threads = [threading.Thread(target=run.writer, args=(n, editors[n])) for n in range(args.writers)]
        threads += [threading.Thread(target=run.reader, args=(shared.cookie, ids)) for _ in range(args.readers)]
        threads.append(threading.Thread(target=run.fault))
        for thread in threads:
            thread.start()
        load, client_cpu, wall = os.getloadavg()[0], time.process_time(), time.monotonic()
        time.sleep(args.seconds)
        server_cpu = cpu_seconds(server.process.pid)
        run.stop.set()
        for thread in threads:
            thread.join()
        wall = time.monotonic() - wall
        print(f"load average {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end ({os.cpu_count()} cores); "
              f"this client used {100 * (time.process_time() - client_cpu) / wall:.0f} % of a core, the server "
              f"{100 * server_cpu / max(1e-9, time.monotonic() - server.started):.0f} % since its last start")
        problems = report(run)
        admin = Client(args.port)
        admin.sign_in("admin")
        lines, failures = verify(run, admin)
        print("\n".join(lines))
        for failure in failures:
            print("FAILED: " + failure, file=sys.stderr)
        for problem in problems:
            print(f"FAILED: {problem}", file=sys.stderr)
        return 1 if failures or problems else 0
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
