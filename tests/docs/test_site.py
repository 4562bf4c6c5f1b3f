"""The documentation site builds strictly and renders in a real (headless) browser."""

from __future__ import annotations

import functools
import http.server
import json
import re
import shutil
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built with ``mkdocs build --strict`` into a temporary folder."""
    out = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"mkdocs build --strict failed:\n{done.stderr[-4000:]}"
    return out


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    """The built site served over HTTP on 127.0.0.1; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _dom(url: str, profile: Path) -> str:
    browser = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    assert browser, "chromium is not installed: run `python3 tasks.py test` (installs it) or apt-get install chromium"
    done = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.parametrize(
    ("path", "title", "content"),
    [
        ("", "asean_records", "every value remembers where in the text it came from"),
        ("reference/api/", "API reference", "Records"),
        ("reference/cli/", "Command line", "asean-records extract"),
        ("how-to/parse-html/", "Parse HTML pages", "Quotes point into the markup"),
        ("how-to/use-in-a-notebook/", "Use in a notebook", "Untrusted text is escaped"),
        ("tutorials/getting-started/", "Getting started", "A DataFrame"),
    ],
)
def test_page_renders(server: str, tmp_path: Path, path: str, title: str, content: str) -> None:
    """Chromium loads the page and the rendered DOM has its title and content."""
    dom = _dom(server + path, tmp_path / "profile")
    assert "<title>" in dom
    assert title in dom
    assert content in dom


def test_search_index_knows_api_names(site: Path) -> None:
    """The search index lists API names such as ``parse_many`` and ``Records``."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = " ".join(doc["location"] for doc in index["docs"])
    assert "asean_records.parse.pipeline.parse_many" in locations
    assert "asean_records.query.records.Records" in locations


def _search(url: str, profile: Path) -> tuple[str, list[str]]:
    """Open ``url`` (with ``?q=...``) in headless Chromium over the DevTools protocol; wait for search results.

    Returns the result summary (``"3 matching documents"``) and the result links as ``href | text``.
    """
    import asyncio
    import itertools

    websocket = pytest.importorskip("tornado.websocket")  # ships with the notebook kernel (dev extra)
    browser = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    assert browser, "chromium is not installed: run `python3 tasks.py test` (installs it) or apt-get install chromium"
    links = "Array.from(document.querySelectorAll('.md-search-result__item a'))"
    links += ".map(a => a.href + ' | ' + a.textContent.trim())"
    meta = "(document.querySelector('.md-search-result__meta') || {}).textContent || ''"

    async def run() -> tuple[str, list[str]]:
        args = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"]
        args += ["--disable-background-networking", f"--user-data-dir={profile}", "--remote-debugging-port=0"]
        proc = subprocess.Popen([*args, "about:blank"], stderr=subprocess.PIPE, text=True)
        try:
            assert proc.stderr is not None
            found = None
            for line in proc.stderr:
                found = re.search(r"DevTools listening on ws://[^/]+:(\d+)/", line)
                if found:
                    break
            assert found, "chromium did not open a DevTools port"
            with urllib.request.urlopen(f"http://127.0.0.1:{found.group(1)}/json", timeout=30) as response:
                page = next(t for t in json.load(response) if t["type"] == "page")
            ws = await websocket.websocket_connect(page["webSocketDebuggerUrl"])
            ids = itertools.count(1)

            async def call(method: str, **params: object) -> dict[str, Any]:
                n = next(ids)
                await ws.write_message(json.dumps({"id": n, "method": method, "params": params}))
                while True:
                    message = json.loads(await ws.read_message())
                    if message.get("id") == n:
                        return dict(message.get("result", {}))

            async def evaluate(expression: str) -> Any:
                return (await call("Runtime.evaluate", expression=expression, returnByValue=True))["result"].get(
                    "value"
                )

            await call("Page.navigate", url=url)
            items: list[str] = []
            for _ in range(120):  # the index loads in a web worker: poll for up to a minute
                await asyncio.sleep(0.5)
                items = list(await evaluate(links) or [])
                if items or str(await evaluate(meta)).startswith("No matching"):
                    break
            summary = str(await evaluate(meta))
            ws.close()
            return summary, items
        finally:
            proc.kill()
            proc.wait()

    return asyncio.run(run())


@pytest.mark.parametrize(
    ("query", "page"),
    [("parse_many", "reference/parse/#asean_records.parse.pipeline.parse_many"), ("notebook", "how-to/use-in")],
)
def test_search_works_in_the_browser(server: str, tmp_path: Path, query: str, page: str) -> None:
    """Typing a query into the site's search (``?q=``) lists matching pages, with links into them."""
    summary, items = _search(f"{server}?q={query}", tmp_path / "profile")
    assert re.match(r"\d+ matching documents?", summary), summary
    assert any(item.startswith(server + page) for item in items), items
