#!/usr/bin/env python3
"""End-to-end test of `landscape serve` in a real headless Chromium, driven over WebDriver.

Starts `landscape serve graphs/weimar.yaml` on a fresh database and chromedriver, then clicks
through the pages as an education manager would: the map shows every actor as `g#actor-ID`, a
click opens the side panel, the actors and ties tables sort and filter, an actor is added with
its form, a tie is made by picking two actors on the map, refused when repeated and edited, and
the changes are undone in the history. No page may log a console error. On failure a screenshot of the page is saved (the path
is printed) and the exit status is 1; 77 means Chromium or chromedriver is missing (skipped).

Usage: pages_e2e.py BINARY REPOSITORY [SCREENSHOT_FOLDER]
Only the standard library: WebDriver is HTTP and JSON.
"""
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request


SHOTS = tempfile.gettempdir()
WEIMAR = ""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebDriver:
    """The few WebDriver commands the test needs (W3C WebDriver, chromedriver)."""

    def __init__(self, port):
        self.base = f"http://127.0.0.1:{port}"
        self.session = None

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.load(response).get("value")
        except urllib.error.HTTPError as error:
            raise RuntimeError(f"WebDriver {method} {path}: {error.read().decode(errors='replace')[:500]}")

    def start(self, chromium):
        options = {"binary": chromium, "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900",
                                                "--disable-dev-shm-usage"]}
        capabilities = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options,
                                                         "goog:loggingPrefs": {"browser": "ALL"}}}}
        self.session = self.call("POST", "/session", capabilities)["sessionId"]

    def s(self, path):
        return f"/session/{self.session}{path}"

    def go(self, url):
        self.call("POST", self.s("/url"), {"url": url})

    def find(self, css, many=False):
        key = "element-6066-11e4-a52e-4f735466cecc"
        found = self.call("POST", self.s("/elements"), {"using": "css selector", "value": css})
        ids = [element.get(key) or next(iter(element.values())) for element in found]
        return ids if many else (ids[0] if ids else None)

    def wait(self, css, seconds=15):
        deadline = time.time() + seconds
        while time.time() < deadline:
            element = self.find(css)
            if element:
                return element
            time.sleep(0.2)
        raise AssertionError(f"nothing matches {css} on {self.url()}")

    def click(self, element):
        self.call("POST", self.s(f"/element/{element}/click"), {})

    def type(self, element, text):
        self.call("POST", self.s(f"/element/{element}/clear"), {})
        self.call("POST", self.s(f"/element/{element}/value"), {"text": text})

    def text(self, element):
        return self.call("GET", self.s(f"/element/{element}/text"))

    def script(self, source, *arguments):
        return self.call("POST", self.s("/execute/sync"), {"script": source, "args": list(arguments)})

    def url(self):
        return self.call("GET", self.s("/url"))

    def source(self):
        return self.call("GET", self.s("/source"))

    def console_errors(self):
        entries = self.call("POST", self.s("/se/log"), {"type": "browser"}) or []
        return [entry for entry in entries if entry.get("level") == "SEVERE"]

    def screenshot(self, path):
        with open(path, "wb") as file:
            file.write(base64.b64decode(self.call("GET", self.s("/screenshot"))))

    def quit(self):
        if self.session:
            try:
                self.call("DELETE", self.s(""))
            except Exception:
                pass


def start_server(binary, repository, database):
    server = subprocess.Popen([binary, "serve", os.path.join(repository, "graphs/weimar.yaml"), "--db", database, "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=repository)
    lines = []
    for line in server.stdout:
        lines.append(line.strip())
        if line.startswith("listening on "):
            return server, line.strip()[len("listening on "):]
    server.kill()
    raise RuntimeError(f"the server did not start: {lines} {server.stderr.read()[:500]}")


def start_driver(driver_binary):
    port = free_port()
    driver = subprocess.Popen([driver_binary, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 20
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/status", timeout=2)
            return driver, port
        except Exception:
            time.sleep(0.2)
    driver.kill()
    raise RuntimeError("chromedriver did not start")


def check_console(browser, page):
    errors = browser.console_errors()
    assert not errors, f"console errors on {page}: {errors}"


def run(browser, base):
    """The steps, in the order a user takes them; each asserts what the user would see."""
    # 1. The map: every actor is a group of the SVG; the legend is there; German by default.
    browser.go(base)
    browser.wait("svg g[id^='actor-']")
    actors = browser.find("svg g[id^='actor-']", many=True)
    assert len(actors) > 20, f"only {len(actors)} actors on the map"
    assert browser.find("svg g[id^='tie-t']"), "no tie named by its id on the map"
    assert browser.script("return document.documentElement.lang") == "de"
    check_console(browser, "/")

    # 2. A click on an actor opens its panel in place.
    browser.script("document.getElementById(arguments[0]).dispatchEvent(new MouseEvent('click', {bubbles: true}))",
                   "actor-weimar-vhs")
    browser.wait("#panel .panel-head[data-actor='actor-weimar-vhs']")
    assert "Volkshochschule" in browser.text(browser.find("#panel h2"))
    assert browser.find("#panel g, #panel table"), "the panel has no table"
    check_console(browser, "/ (panel)")

    # 3. Search jumps to an actor; the filters dim the rest.
    browser.go(base + "?q=Ausl%C3%A4nderbeh%C3%B6rde")
    browser.wait("#panel .panel-head")
    browser.script("const s = document.querySelector('select[data-filter=kind]'); s.value = 'office'; s.dispatchEvent(new Event('change'))")
    dimmed = browser.script("return document.querySelectorAll('svg g.dim').length")
    assert dimmed > 0, "the kind filter dimmed nothing"
    check_console(browser, "/?q=")

    # 4. The tables sort and filter.
    browser.go(base + "actors?sort=ties&dir=desc")
    browser.wait("table.list")
    browser.go(base + "ties?kind=funding")
    browser.wait("table.list")
    check_console(browser, "/ties")

    # 5. The analysis page.
    browser.go(base + "analysis?at=2019")
    browser.wait("#gaps")
    check_console(browser, "/analysis")

    # 6. Add an actor with the form: it stands on the map; a form error is shown at its field.
    browser.go(base + "actors/new")
    browser.type(browser.wait("#field-id"), "e2e-kita")
    browser.type(browser.find("#field-name"), "Kita Regenbogen")
    browser.script("document.getElementById('field-kind').value = 'institution'")
    browser.type(browser.find("#field-since"), "im Frühjahr")
    browser.click(browser.find("form.record button[type=submit]"))
    browser.wait("#error-since")
    assert browser.script("return document.getElementById('field-name').value") == "Kita Regenbogen", "the typed name was lost"
    browser.screenshot(os.path.join(SHOTS, "pages-form-error.png"))
    # The refused form is answered 422, which Chromium logs as a failed load: that one is expected.
    unexpected = [e for e in browser.console_errors() if "/actors - " not in e.get("message", "") or "422" not in e.get("message", "")]
    assert not unexpected, f"console errors on the refused form: {unexpected}"
    browser.type(browser.find("#field-since"), "2020")
    browser.click(browser.find("form.record button[type=submit]"))
    browser.wait("svg g#actor-e2e-kita")
    browser.wait("#panel .panel-head[data-actor='actor-e2e-kita']")
    check_console(browser, "/actors/new")

    # 7. A tie picked on the map: »Beziehung zu …« in the new actor's panel, then a click on the
    # other actor opens the form with both ends; the actor is no longer an isolate, the gaps change.
    browser.go(base + "analysis")
    browser.wait("#gaps")
    lone = "return Array.from(document.querySelectorAll('#gaps li[data-type=isolate]')).some(li => li.textContent.includes('Kita Regenbogen'))"
    assert browser.script(lone), "the new actor without ties is not among the isolates"
    browser.go(base + "?actor=e2e-kita")
    browser.click(browser.wait("#panel a[data-pick='e2e-kita']"))
    browser.wait("#pick-hint:not([hidden])")
    browser.screenshot(os.path.join(SHOTS, "pages-pick.png"))
    browser.script("document.querySelector('svg g#actor-weimar-vhs').dispatchEvent(new MouseEvent('click', {bubbles: true}))")
    browser.wait("#field-to option[value='weimar-vhs'][selected]")
    assert browser.script("return document.getElementById('field-from').value") == "e2e-kita", "the first actor picked is not the tie's start"
    browser.click(browser.wait("form.record button[type=submit]"))
    browser.wait("svg g#actor-e2e-kita")
    check_console(browser, "/ties/new picked on the map")
    browser.go(base + "analysis")
    browser.wait("#gaps")
    assert not browser.script(lone), "the tied actor is still an isolate"

    # 8. The same tie again is refused at the field »An«; the tie is edited from the actor's panel.
    browser.go(base + "ties/new?from=e2e-kita&to=weimar-vhs")
    browser.click(browser.wait("form.record button[type=submit]"))
    browser.wait("#error-to")
    assert "gibt es schon" in browser.text(browser.find("#error-to")), "the repeated tie is not named"
    unexpected = [e for e in browser.console_errors() if "/ties - " not in e.get("message", "") or "422" not in e.get("message", "")]
    assert not unexpected, f"console errors on the refused tie: {unexpected}"
    browser.go(base + "?actor=e2e-kita")
    browser.click(browser.wait("#panel a[href^='/ties/'][href$='/edit']"))
    browser.type(browser.wait("#field-weight"), "3")
    browser.screenshot(os.path.join(SHOTS, "pages-tie-edit.png"))
    browser.click(browser.find("form.record button[type=submit]"))
    browser.wait("svg g#actor-e2e-kita")
    browser.go(base + "ties?q=Regenbogen")
    assert browser.script("return document.querySelector('table.list tbody td.num').textContent.trim()") == "3", "the tie's new weight is not shown"

    # 9. History: undo the change of the tie, the tie, then the actor; the map is as before.
    browser.go(base + "history")
    browser.screenshot(os.path.join(SHOTS, "pages-history.png"))
    for change in (4, 3, 2):
        browser.click(browser.wait(f"#change-{change} button"))
        browser.wait(f"#change-{change}.undone")
    browser.go(base)
    browser.wait("svg g[id^='actor-']")
    assert not browser.find("svg g#actor-e2e-kita"), "the undone actor is still on the map"
    check_console(browser, "/history")

    # 10. Import: an upload is compared with the store, merged as one change, and undone.
    upload = os.path.join(tempfile.mkdtemp(prefix="pages-e2e-upload-"), "weimar-neu.yaml")
    with open(upload, "w", encoding="utf-8") as file:
        file.write(WEIMAR.replace("\nactors:\n", "\nactors:\n  - id: e2e-club\n    name: Jugendclub Nord\n    kind: association\n", 1))
    browser.go(base + "transfer")
    browser.call("POST", browser.s(f"/element/{browser.wait('#field-file')}/value"), {"text": upload})
    browser.click(browser.find("#upload button[type=submit]"))
    browser.wait("#merge form button")
    assert "Jugendclub Nord" in browser.text(browser.find("#merge pre.diff")), "the comparison does not name the new actor"
    browser.screenshot(os.path.join(SHOTS, "pages-import.png"))
    browser.click(browser.find("#merge form button"))
    browser.wait("#change-8 button")
    browser.click(browser.find("#change-8 button"))
    browser.wait("#change-8.undone")
    check_console(browser, "/transfer")

    # 11. A suggestion accepted on the analysis page becomes a planned tie; undone in the history.
    browser.go(base + "analysis")
    browser.click(browser.wait("#suggestions form.accept button"))
    browser.wait("#panel .panel-head")
    assert "geplant" in browser.text(browser.find("#panel")), "the accepted tie is not shown as planned"
    browser.screenshot(os.path.join(SHOTS, "pages-accepted.png"))
    browser.go(base + "history")
    browser.click(browser.wait("#change-10 button"))
    browser.wait("#change-10.undone")
    check_console(browser, "accepting a suggestion")

    # 11b. A suggestion dismissed with a reason leaves the list; the reason is kept and listed;
    # the history says so and undoes it (change 12, undone by 13).
    browser.go(base + "analysis")
    first = browser.script("return document.querySelector('#suggestions details.dismiss input[name=from]').value"
                           " + '|' + document.querySelector('#suggestions details.dismiss input[name=to]').value")
    browser.click(browser.wait("#suggestions details.dismiss summary"))
    browser.type(browser.wait("#suggestions details.dismiss input[name=reason]"), "Arbeiten schon über den Runden Tisch zusammen")
    browser.click(browser.find("#suggestions details.dismiss button"))
    browser.wait("ul.dismissed")
    assert "Arbeiten schon über den Runden Tisch zusammen" in browser.text(browser.find("ul.dismissed")), "the reason is not listed"
    now = browser.script("var f = document.querySelector('#suggestions details.dismiss input[name=from]');"
                         " return f ? f.value + '|' + document.querySelector('#suggestions details.dismiss input[name=to]').value : ''")
    assert now != first, "the dismissed suggestion is still offered"
    browser.screenshot(os.path.join(SHOTS, "pages-dismissed.png"))
    browser.go(base + "history")
    assert "verworfen: Arbeiten schon" in browser.text(browser.wait("#change-12")), "the history does not show the dismissal"
    browser.click(browser.find("#change-12 button"))
    browser.wait("#change-12.undone")
    check_console(browser, "dismissing a suggestion")

    # 12. English on request, and carried on by the links.
    browser.go(base + "?lang=en")
    browser.wait("svg g[id^='actor-']")
    assert browser.script("return document.documentElement.lang") == "en"
    assert browser.script("return document.querySelector('nav a[href^=\"/actors\"]').getAttribute('href')") == "/actors?lang=en"
    check_console(browser, "/?lang=en")


def browser_binaries():
    """Chromium and its WebDriver as installed (either may be None)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    return chromium, shutil.which("chromedriver")


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 64
    binary, repository = sys.argv[1], sys.argv[2]
    global SHOTS, WEIMAR
    with open(os.path.join(repository, "graphs/weimar.yaml"), encoding="utf-8") as file:
        WEIMAR = file.read()
    shots = SHOTS = sys.argv[3] if len(sys.argv) > 3 else tempfile.gettempdir()
    chromium, driver_binary = browser_binaries()
    if not chromium or not driver_binary:
        print("skipped: chromium and chromedriver are needed (Debian: chromium, chromium-driver)")
        return 77
    folder = tempfile.mkdtemp(prefix="pages-e2e-")
    server, base = start_server(binary, repository, os.path.join(folder, "landscape.db"))
    driver, port = start_driver(driver_binary)
    browser = WebDriver(port)
    try:
        browser.start(chromium)
        run(browser, base)
        print("ok: the pages work in Chromium")
        return 0
    except (AssertionError, RuntimeError) as failure:
        path = os.path.join(shots, "pages-e2e-failure.png")
        try:
            browser.screenshot(path)
            print(f"screenshot: {path}", file=sys.stderr)
        except Exception:
            pass
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        # Each step on its own: a browser session that failed must not leave chromedriver or
        # the server running (a failing quit() used to skip the rest).
        for step in (browser.quit, lambda: stop(driver), lambda: stop(server)):
            try:
                step()
            except Exception:
                pass
        shutil.rmtree(folder, ignore_errors=True)


def stop(process):
    """Ends a child process: asked to stop, then killed when it does not within ten seconds."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
