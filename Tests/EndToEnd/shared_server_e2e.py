#!/usr/bin/env python3
"""Walk-through of a shared `landscape serve` with accounts, in a real headless Chromium.

A Landkreis' server on a temporary SQLite store that holds Weimar and an admin account. The
admin signs in, then adds an editor and a reader with `landscape user add` (how an admin sets a
server up: on its machine, the password typed without echo). The editor signs in with the form
and adds an actor with the actor form; the history (`GET /api/history`) names her. The reader signs in, sees the
actor on the map, is offered no form (no »Akteur hinzufügen«, no edit links, the form's page
says why it has none), and the API answers her write 403 with nothing changed. A share link made with
`landscape share add` shows the map without signing in, offers no form either, and once revoked
(`landscape share revoke`) shows nothing of the landscape: 404.

Each step saves a screenshot (SHOT_FOLDER/team-NN-STEP.png); on failure one more
(team-failure.png) and exit status 1; 77 means Chromium or chromedriver is missing (skipped).

Usage: shared_server_e2e.py BINARY REPOSITORY [SHOT_FOLDER]
Only the standard library; the WebDriver client is pages_e2e.py's.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree from importing pages_e2e
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pages_e2e import WebDriver, browser_binaries, start_driver, stop  # noqa: E402

PASSWORDS = {"ada": "Adas langes Passwort", "ulrike": "Ulrikes langes Passwort", "lenkung": "Lenkungsgruppe 2026!"}
# Statuses a step expects, which Chromium logs as failed loads (a console error of level SEVERE).
EXPECTED_LOADS = (" 401 ", " 403 ", " 404 ", "401 (Unauthorized)", "403 (Forbidden)", "404 (Not Found)")


class Walk:
    """The server, its database, the browser, and the steps."""

    def __init__(self, binary, repository, shots, database):
        self.binary, self.repository, self.shots, self.database = binary, repository, shots, database
        self.browser = None
        self.base = ""
        self.step = 0

    def cli(self, *arguments, stdin=None):
        """Runs `landscape ARGUMENTS --db DATABASE`; its standard output, or an AssertionError."""
        done = subprocess.run([self.binary, *arguments, "--db", self.database], input=stdin, capture_output=True, text=True,
                              cwd=self.repository, timeout=60)
        assert done.returncode == 0, f"landscape {' '.join(arguments)}: {done.returncode} {done.stderr}"
        return done.stdout

    def shot(self, name):
        self.step += 1
        self.browser.screenshot(os.path.join(self.shots, f"team-{self.step:02d}-{name}.png"))

    def console(self, where):
        errors = [e for e in self.browser.console_errors() if not any(s in e.get("message", "") for s in EXPECTED_LOADS)]
        assert not errors, f"console errors on {where}: {errors}"

    def fetch(self, method, path, body=None):
        """The status of a request the page's script sends (with its cookie and the CSRF token)."""
        script = """
            const [method, path, body, done] = arguments;
            fetch('/api/session', {credentials: 'same-origin'}).then(r => r.json()).then(session => fetch(path, {
                method, credentials: 'same-origin', body,
                headers: {'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf_token || ''}}))
            .then(r => r.text().then(text => done([r.status, text]))).catch(e => done([0, String(e)]));"""
        return self.browser.call("POST", self.browser.s("/execute/async"), {"script": script, "args": [method, path, body]})

    def sign_in(self, user):
        self.browser.go(self.base + "login")
        self.browser.type(self.browser.wait("#field-user"), user)
        self.browser.type(self.browser.find("#field-password"), PASSWORDS[user])
        self.browser.click(self.browser.find("form.record button[type=submit]"))
        self.browser.wait("svg g[id^='actor-']")

    def sign_out(self):
        """With the pages' sign-out button where there is one; else the browser forgets its cookie."""
        self.browser.go(self.base)
        self.browser.wait("svg g[id^='actor-']")
        button = self.browser.find("form.sign-out button")
        if button:
            self.browser.click(button)
            self.browser.wait("#field-user")
        else:
            self.browser.call("DELETE", self.browser.s("/cookie"))
        status, _ = self.fetch("GET", "/api/actors")
        assert status == 401, f"still signed in after signing out: {status}"

    def run(self):
        b = self.browser
        # 1. Without an account the server shows the sign-in form, with 401; the admin signs in.
        b.go(self.base)
        b.wait("#field-user")
        assert not b.find("svg g[id^='actor-']"), "the map is shown without signing in"
        self.shot("sign-in")
        self.sign_in("ada")
        self.shot("admin-map")
        self.console("the admin's map")

        # 2. The admin adds an editor for Weimar and a reader (the Lenkungsgruppe) on the command line.
        out = self.cli("user", "add", "ulrike", "--role", "editor", "--landscape", "default", "--password-stdin",
                       stdin=PASSWORDS["ulrike"] + "\n")
        assert out == "added »ulrike« as editor of »default«\n", out
        self.cli("user", "add", "lenkung", "--role", "reader", "--landscape", "default", "--password-stdin", stdin=PASSWORDS["lenkung"] + "\n")
        listed = self.cli("user", "list")
        assert [line.split(":")[0] for line in listed.splitlines()] == ["ada", "lenkung", "ulrike"], listed
        self.sign_out()

        # 3. The editor signs in and adds an actor with the form; it stands on the map, and the
        # history names her.
        self.sign_in("ulrike")
        b.go(self.base + "actors/new")
        b.type(b.wait("#field-id"), "e2e-kita")
        b.type(b.find("#field-name"), "Kita Regenbogen")
        b.script("document.getElementById('field-kind').value = 'institution'")
        b.type(b.find("#field-since"), "2024")
        self.shot("editor-form")
        b.click(b.find("form.record button[type=submit]"))
        b.wait("svg g#actor-e2e-kita")
        b.wait("#panel .panel-head[data-actor='actor-e2e-kita']")
        self.shot("editor-added")
        status, text = self.fetch("GET", "/api/history?limit=1")
        assert status == 200 and json.loads(text)["changes"][0]["who"] == "ulrike", f"the history does not name the editor: {text[:300]}"
        self.console("the editor's pages")
        self.sign_out()

        # 4. The reader signs in: the actor is on the map, and nothing offers a change.
        self.sign_in("lenkung")
        b.wait("svg g#actor-e2e-kita")
        self.shot("reader-map")
        self.reader_offers_nothing()
        status, text = self.fetch("POST", "/api/actors", json.dumps({"id": "e2e-versuch", "name": "Versuch", "kind": "association"}))
        assert status == 403, f"the reader's write was answered {status}: {text[:300]}"
        assert self.fetch("GET", "/api/actors/e2e-versuch")[0] == 404, "the refused write stored the actor"
        status, _ = self.fetch("PATCH", "/api/actors/e2e-kita", json.dumps({"version": 1, "name": "Kita Sonnenschein"}))
        assert status == 403, f"the reader's change was answered {status}"
        self.console("the reader's pages")
        self.sign_out()

        # 5. A share link shows the map without an account, and no form; revoked, it shows nothing.
        made = self.cli("share", "add", "--landscape", "default", "--days", "7")
        path, link = made.split()[-1], made.split("»")[1].split("«")[0]
        assert path.startswith("/s/"), made
        b.go(self.base.rstrip("/") + path)
        b.wait("svg g#actor-e2e-kita")
        self.shot("share-map")
        assert not b.find("a[href$='/actors/new']"), "the share link offers the actor form"
        assert not b.find("form[action$='/arrange']"), "the share link offers to arrange the map"
        status, _ = self.fetch("POST", path + "api/actors", json.dumps({"id": "e2e-link", "name": "Link", "kind": "association"}))
        assert status == 403, f"a write through the share link was answered {status}"
        self.console("the share link's map")
        self.cli("share", "revoke", link)
        b.go(self.base.rstrip("/") + path)
        b.wait("main")
        assert not b.find("svg g[id^='actor-']"), "the revoked share link still shows the map"
        status, _ = self.fetch("GET", path + "api/actors")
        assert status == 404, f"the revoked share link's API answered {status}"
        self.shot("share-revoked")
        self.console("the revoked share link")

    def reader_offers_nothing(self):
        """The reader's pages offer no change: no link to a form, no form, and a form's page refused."""
        b = self.browser
        assert not b.find("a[href$='/actors/new']"), "the map offers the reader the actor form"
        b.go(self.base + "?actor=e2e-kita")
        b.wait("#panel .panel-head[data-actor='actor-e2e-kita']")
        self.shot("reader-panel")
        assert not b.find("#panel a[data-pick]"), "the panel offers the reader a new tie"
        assert not b.find("#panel a[href$='/edit']"), "the panel offers the reader an edit"
        b.go(self.base + "analysis")
        b.wait("#gaps")
        assert not b.find("#suggestions form.accept button"), "the analysis offers the reader to accept a suggestion"
        b.go(self.base + "actors/new")
        b.wait("main")
        self.shot("reader-form-refused")
        assert not b.find("form.record"), "the reader is offered the actor form"
        assert b.find("main .notice.error"), "the form's page does not say why it offers no form"


def start_server(binary, repository, database):
    server = subprocess.Popen([binary, "serve", "--db", database, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, cwd=repository)
    for line in server.stdout:
        if line.startswith("listening on "):
            return server, line.strip()[len("listening on "):]
    server.kill()
    raise RuntimeError(f"the server did not start: {server.stderr.read()[:500]}")


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 64
    binary, repository = sys.argv[1], sys.argv[2]
    shots = sys.argv[3] if len(sys.argv) > 3 else tempfile.gettempdir()
    os.makedirs(shots, exist_ok=True)
    chromium, driver_binary = browser_binaries()
    if not chromium or not driver_binary:
        print("skipped: chromium and chromedriver are needed (Debian: chromium, chromium-driver)")
        return 77
    folder = tempfile.mkdtemp(prefix="shared-e2e-")
    walk = Walk(binary, repository, shots, os.path.join(folder, "landscape.db"))
    server = driver = None
    try:
        walk.cli("import", os.path.join(repository, "graphs/weimar.yaml"))
        walk.cli("user", "add", "ada", "--role", "admin", "--password-stdin", stdin=PASSWORDS["ada"] + "\n")
        server, walk.base = start_server(binary, repository, walk.database)
        driver, port = start_driver(driver_binary)
        walk.browser = WebDriver(port)
        walk.browser.start(chromium)
        walk.run()
        print(f"ok: the shared server's walk-through works in Chromium ({walk.step} screenshots in {shots})")
        return 0
    except (AssertionError, RuntimeError, subprocess.TimeoutExpired) as failure:
        if walk.browser and walk.browser.session:
            try:
                path = os.path.join(shots, "team-failure.png")
                walk.browser.screenshot(path)
                print(f"screenshot: {path}", file=sys.stderr)
            except Exception:
                pass
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        steps = [walk.browser.quit] if walk.browser else []
        steps += [lambda p=p: stop(p) for p in (driver, server) if p]
        for step in steps:
            try:
                step()
            except Exception:
                pass
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
