"""Screenshot of the seed article's review page: figures/review.png (and figures/review-phone.png).

Drives Debian's /usr/bin/chromium through /usr/bin/chromedriver with the W3C WebDriver HTTP API
(urllib only, no selenium). `Browser` and `serve` are also used by tests/test_browser.py.

Usage: screenshot.py [--out figures/review.png] [--width 1400] [--height 1000] [--verify]

With --verify: figures/review-verify.png, a Wikinews jobs report reviewed with
`--against data/reference/us-economy.csv` (the verdict column).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import functools
import http.server
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # the W3C key of an element reference
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars"]


class WebDriverError(RuntimeError):
    """An error answer of chromedriver: its `error` code and message."""

    def __init__(self, error: str, message: str) -> None:
        super().__init__(f"{error}: {message}")
        self.error = error


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Browser:
    """One headless Chromium session, with a fresh profile, ended by `close` (or `with`)."""

    def __init__(self, width: int = 1400, height: int = 1000) -> None:
        self.profile = tempfile.mkdtemp(prefix="numfacts-chromium-")
        self.port = _free_port()
        self.driver = subprocess.Popen([CHROMEDRIVER, f"--port={self.port}"], stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        self.session = ""
        try:
            self._wait_ready()
            caps = {"browserName": "chrome", "goog:loggingPrefs": {"browser": "ALL"},
                    "goog:chromeOptions": {"binary": CHROMIUM,
                                           "args": [*FLAGS, f"--user-data-dir={self.profile}",
                                                    f"--window-size={width},{height}"]}}
            self.session = self._call("POST", "/session", {"capabilities": {"alwaysMatch": caps}})["sessionId"]
        except BaseException:
            self.close()
            raise

    def _wait_ready(self, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(self.base + "/status", timeout=2) as r:
                    if json.load(r)["value"].get("ready"):
                        return
            except (OSError, ValueError):
                pass
            if time.monotonic() > deadline:
                raise WebDriverError("timeout", "chromedriver did not start")
            time.sleep(0.1)

    def _call(self, method: str, path: str, body: dict | None = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                value = json.load(r)["value"]
        except urllib.error.HTTPError as exc:
            value = json.load(exc)["value"]
            raise WebDriverError(value.get("error", "?"), value.get("message", "")) from None
        if method == "POST" and path == "/session":
            return value
        return value

    def cmd(self, method: str, path: str, body: dict | None = None) -> Any:
        """A command of this session: `cmd("POST", "/url", {...})`."""
        return self._call(method, f"/session/{self.session}{path}", body)

    def get(self, url: str) -> None:
        self.cmd("POST", "/url", {"url": url})

    def refresh(self) -> None:
        self.cmd("POST", "/refresh", {})

    def js(self, script: str, *args: Any) -> Any:
        """Run `script` (a function body; `arguments` holds args) in the page and return its value."""
        return self.cmd("POST", "/execute/sync", {"script": script, "args": list(args)})

    def find(self, css: str) -> str:
        return str(self.cmd("POST", "/element", {"using": "css selector", "value": css})[ELEMENT])

    def click(self, element: str) -> None:
        self.cmd("POST", f"/element/{element}/click", {})

    def type(self, element: str, text: str) -> None:
        self.cmd("POST", f"/element/{element}/value", {"text": text})

    def active(self) -> str:
        return str(self.cmd("GET", "/element/active")[ELEMENT])

    def attribute(self, element: str, name: str) -> str | None:
        return self.cmd("GET", f"/element/{element}/attribute/{name}")

    def console(self) -> list[dict]:
        """The browser's console entries since the last call (chromedriver's log endpoint)."""
        return list(self.cmd("POST", "/se/log", {"type": "browser"}))

    def resize(self, width: int, height: int) -> None:
        self.cmd("POST", "/window/rect", {"width": width, "height": height})

    def screenshot(self, path: Path) -> None:
        path.write_bytes(base64.b64decode(self.cmd("GET", "/screenshot")))

    def close(self) -> None:
        if self.session:
            with contextlib.suppress(OSError, WebDriverError):
                self.cmd("DELETE", "")
            self.session = ""
        if self.driver.poll() is None:
            self.driver.terminate()
            try:
                self.driver.wait(10)
            except subprocess.TimeoutExpired:
                self.driver.kill()
                self.driver.wait()
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> Browser:  # noqa: PYI034 - Python 3.10 has no typing.Self
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve `directory` on a localhost port (an origin, for localStorage); yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def seed_review() -> str:
    """The seed article's review page."""
    from numfacts.review import review_document

    with open(ROOT / "data" / "gold" / "seed-article.jsonl", encoding="utf-8") as fh:
        case = json.loads(fh.readline())
    return review_document(case["text"], doc_id=case["id"], reference_date=case["ref"],
                           title="Aleppo militants safe passage deal with US unreal: Russia")


#: The Wikinews article of figures/review-verify.png, checked against data/reference/us-economy.csv.
VERIFY_DOC = "wikinews-124202"


def verify_review() -> str:
    """The review page of a Wikinews jobs report, with its verdicts against the bundled reference."""
    from numfacts.review import review_document

    with open(ROOT / "data" / "corpus" / "wikinews.jsonl", encoding="utf-8") as fh:
        doc = next(d for d in map(json.loads, fh) if d["id"] == VERIFY_DOC)
    return review_document(doc["text"], doc_id=doc["id"], reference_date=doc["date"], title=doc["title"],
                           against=str(ROOT / "data" / "reference" / "us-economy.csv")).replace(
        str(ROOT) + "/", "")


def shoot_verify(out: Path, width: int, height: int) -> None:
    """figures/review-verify.png: the verdict column, filtered on facts that have a reference."""
    with tempfile.TemporaryDirectory() as tmp, serve(Path(tmp)) as url:
        Path(tmp, "review.html").write_text(verify_review(), encoding="utf-8")
        with Browser(width, height) as b:
            b.get(url + "/review.html")
            time.sleep(0.3)
            b.js("var f = document.getElementById('kind-filter'); f.value = 'count';"
                 "f.dispatchEvent(new Event('change'));")
            time.sleep(0.3)
            b.screenshot(out)
    print(f"wrote {out}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(ROOT / "figures" / "review.png"))
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=1000)
    ap.add_argument("--verify", action="store_true",
                    help="Shoot figures/review-verify.png (a jobs report checked against the bundled reference).")
    a = ap.parse_args(argv)
    out = Path(a.out)
    if a.verify:
        shoot_verify(out if a.out != ap.get_default("out") else ROOT / "figures" / "review-verify.png",
                     a.width, a.height)
        return 0
    with tempfile.TemporaryDirectory() as tmp, serve(Path(tmp)) as url:
        Path(tmp, "review.html").write_text(seed_review(), encoding="utf-8")
        with Browser(a.width, a.height) as b:
            b.get(url + "/review.html")
            # a reviewer at work: two statuses set, one mention focused (its tooltip shows)
            b.js("""var s = document.querySelectorAll('select.status');
                    s[14].value = 'verified'; s[14].dispatchEvent(new Event('change'));
                    s[12].value = 'unclear'; s[12].dispatchEvent(new Event('change'));""")
            b.js("var m = document.getElementById('m-14'); var t = document.querySelector('#article .text');"
                 "t.scrollTop = m.offsetTop - t.offsetTop - 150; window.scrollTo(0, 0);")
            time.sleep(0.3)
            b.js("document.getElementById('m-14').focus({preventScroll: true});")
            time.sleep(0.3)
            b.screenshot(out)
            b.resize(400, 860)
            b.js("window.scrollTo(0, 0); document.activeElement.blur();")
            time.sleep(0.3)
            b.screenshot(out.with_name(out.stem + "-phone.png"))
    print(f"wrote {out} and {out.with_name(out.stem + '-phone.png')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
