"""The chat page served at `/`: driven in headless Chromium against the real server on loopback.

Chromium is driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`: JSON messages,
NUL-terminated, on file descriptors 3 and 4), so the test needs no driver and no extra package.
A screenshot is left in tests/artifacts/webpage.png.
"""
from __future__ import annotations

import base64
import json
import os
import select
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

STATIC = Path(__file__).resolve().parent.parent / "server" / "static"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
QUESTION = "What country was Obama born in?"
PATH_NODES = {"Barack Obama", "Honolulu", "Hawaii", "United States"}


# ---- static checks (no browser) ----------------------------------------------------------------

def test_page_loads_nothing_from_outside():
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    for ref in ("/static/vendor/cytoscape.min.js", "/static/app.js", "/static/style.css"):
        assert ref in html
    for name in ("index.html", "app.js", "style.css"):
        text = (STATIC / name).read_text(encoding="utf-8")
        assert "http://" not in text and "https://" not in text and "//cdn" not in text, name
    assert (STATIC / "vendor" / "cytoscape.LICENSE").exists()


# ---- a tiny DevTools-protocol client ----------------------------------------------------------

class Chromium:
    """Headless Chromium with one page, driven over --remote-debugging-pipe."""

    def __init__(self, binary: str, profile: Path, width: int = 1280, height: int = 800):
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()
        args = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", f"--user-data-dir={profile}", f"--window-size={width},{height}",
                "--remote-debugging-pipe", "about:blank"]
        # the protocol pipe must be the child's fds 3 (commands in) and 4 (replies out)
        self.proc = subprocess.Popen(["bash", "-c", f'exec "$@" 3<&{to_chrome_r} 4>&{from_chrome_w}', "chromium",
                                      *args], pass_fds=(to_chrome_r, from_chrome_w),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buf = b""
        self._id = 0
        self.console: list[str] = []
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.page("Runtime.enable")
        self.page("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)

    def _read(self, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_chrome], [], [], left)[0]:
                raise TimeoutError("no reply from Chromium")
            chunk = os.read(self._from_chrome, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self._buf += chunk
        msg, self._buf = self._buf.split(b"\0", 1)
        return json.loads(msg)

    def send(self, method: str, session: str | None = None, timeout: float = 30, **params) -> dict:
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        os.write(self._to_chrome, json.dumps(msg).encode() + b"\0")
        while True:
            reply = self._read(timeout)
            if reply.get("method") == "Runtime.consoleAPICalled":
                self.console.append(" ".join(str(a.get("value", a.get("description", "")))
                                             for a in reply["params"]["args"]))
            elif reply.get("method") == "Runtime.exceptionThrown":
                self.console.append("exception: " + json.dumps(reply["params"]["exceptionDetails"])[:500])
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def page(self, method: str, **params) -> dict:
        return self.send(method, session=self.session, **params)

    def js(self, expression: str):
        """Evaluate in the page (promises awaited) and return the value."""
        r = self.page("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise RuntimeError(f"{expression}: {r['exceptionDetails']}")
        return r["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.js(expression)
            if value:
                return value
            time.sleep(0.1)
        raise TimeoutError(f"timed out waiting for {expression}")

    def screenshot(self, path: Path) -> None:
        path.write_bytes(base64.b64decode(self.page("Page.captureScreenshot", format="png")["data"]))

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_chrome)
        os.close(self._from_chrome)


# ---- the real server on a free loopback port ----------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    uvicorn = pytest.importorskip("uvicorn")
    from graphrag.pipeline import GraphRAG
    from graphrag.server.app import create_app

    rag = GraphRAG.demo(tmp_path / "graph")
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(rag), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    rag.close()


@pytest.fixture
def browser(tmp_path):
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install chromium; scripts/test.sh does it)")
    chrome = Chromium(CHROMIUM, tmp_path / "profile")
    yield chrome
    chrome.close()


@pytest.mark.browser
def test_chat_streams_the_answer_and_draws_its_subgraph(server, browser):
    browser.page("Page.navigate", url=server + "/")
    browser.wait_for("document.body && document.body.dataset.state === 'ready'")
    assert browser.js("typeof cytoscape") == "function", "the bundled graph library did not load"

    # type the question and press Enter
    browser.js("document.querySelector('#question').focus()")
    browser.page("Input.insertText", text=QUESTION)
    for kind in ("keyDown", "keyUp"):
        browser.page("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter", windowsVirtualKeyCode=13,
                     **({"text": "\r"} if kind == "keyDown" else {}))
    browser.wait_for("document.body.dataset.state === 'streaming'", timeout=10)
    browser.wait_for("document.body.dataset.state === 'done'", timeout=60)

    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / ".gitignore").write_text("*\n")
    shot = ARTIFACTS / "webpage.png"
    browser.screenshot(shot)
    print(f"screenshot: {shot}")

    answer = browser.js("document.querySelector('.msg.assistant').textContent")
    assert not browser.js("document.querySelector('.msg.assistant').classList.contains('error')"), answer
    assert answer.startswith("United States"), (answer, browser.console)
    assert browser.js("Number(document.querySelector('.msg.assistant').dataset.chunks)") >= 2  # streamed

    # citations became links to facts that are listed with their scores
    cites = browser.js("[...document.querySelectorAll('.msg.assistant .cite')].map(c => c.dataset.fact)")
    facts = browser.js("[...document.querySelectorAll('#facts li')].map(li => li.dataset.fact)")
    assert cites and set(cites) <= set(facts), (cites, facts)

    # the subgraph, read from the graph library: the path nodes are drawn, the cited path highlighted
    labels = set(browser.js("cy.nodes().map(n => n.data('label'))"))
    assert PATH_NODES <= labels, labels
    on_path = set(browser.js("cy.nodes('.path').map(n => n.data('label'))"))
    assert PATH_NODES <= on_path <= labels, on_path  # the cited chain is the highlighted path
    assert browser.js("cy.edges().length") >= 3

    # clicking a citation highlights its fact in the list and its edge in the graph
    browser.js("document.querySelector('.msg.assistant .cite').click()")
    active = browser.js("document.querySelector('#facts li.active').dataset.fact")
    assert active == cites[0]
    assert browser.js(f"cy.getElementById('f:{active}').hasClass('active')")

    # double-clicking a node adds its neighbourhood from GET /graph/subgraph
    before = browser.js("cy.nodes().length")
    browser.js("void cy.getElementById('n:United States').emit('dbltap')")
    browser.wait_for(f"cy.nodes().length > {before}", timeout=10)
    assert "Washington, D.C." in browser.js("cy.nodes().map(n => n.data('label'))")
    assert not browser.js("cy.getElementById('n:United States').hasClass('context')")  # a fact's node stays
    browser.screenshot(ARTIFACTS / "webpage-expanded.png")


@pytest.fixture
def keyed_server(tmp_path):
    from graphrag.pipeline import GraphRAG
    from graphrag.server.app import create_app
    from graphrag.server.background import BackgroundServer

    with GraphRAG.demo(tmp_path / "keyed", vector=False, api_keys="page-key") as rag, \
            BackgroundServer(create_app(rag)) as url:
        yield url


def _type_and_enter(browser, selector: str, text: str) -> None:
    browser.js(f"document.querySelector('{selector}').focus()")
    browser.page("Input.insertText", text=text)
    for kind in ("keyDown", "keyUp"):
        browser.page("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter", windowsVirtualKeyCode=13,
                     **({"text": "\r"} if kind == "keyDown" else {}))


@pytest.mark.browser
def test_page_asks_for_the_key_and_keeps_it_in_the_tab(keyed_server, browser):
    browser.page("Page.navigate", url=keyed_server + "/")
    browser.wait_for("document.body && document.body.dataset.state === 'ready'")
    assert browser.js("document.querySelector('#key').hidden")  # nothing asked before the server does

    _type_and_enter(browser, "#question", QUESTION)
    browser.wait_for("document.body.dataset.state === 'needs-key'", timeout=10)  # the server said 401
    assert not browser.js("document.querySelector('#key').hidden")
    assert "needs an API key" in browser.js("document.querySelector('#key-message').textContent")

    _type_and_enter(browser, "#api-key", "wrong-key")
    browser.wait_for("document.querySelector('#key-message').textContent.includes('refused')", timeout=10)
    assert browser.js("document.body.dataset.state") == "needs-key"

    _type_and_enter(browser, "#api-key", "page-key")
    browser.wait_for("document.body.dataset.state === 'done'", timeout=60)
    answer = browser.js("document.querySelector('.msg.assistant').textContent")
    assert not browser.js("document.querySelector('.msg.assistant').classList.contains('error')"), answer
    assert "Honolulu" in answer or "United States" in answer, (answer, browser.console)
    assert browser.js("document.querySelectorAll('.msg.assistant .cite').length") > 0
    assert browser.js("document.querySelectorAll('#facts li').length") > 0
    assert browser.js("document.querySelector('#key').hidden")

    # the key lives in this tab's sessionStorage only
    assert browser.js("sessionStorage.getItem('graphrag-api-key')") == "page-key"
    assert browser.js("localStorage.length") == 0 and browser.js("document.cookie") == ""

    # the next question, and graph browsing, use it without asking
    _type_and_enter(browser, "#question", "Who is Barack Obama's spouse?")
    browser.wait_for("document.querySelectorAll('.msg.assistant').length === 2 && "
                     "document.body.dataset.state === 'done'", timeout=60)
    assert "Michelle" in browser.js("[...document.querySelectorAll('.msg.assistant')][1].textContent")
    before = browser.js("cy.nodes().length")
    browser.js("void cy.nodes()[0].emit('dbltap')")
    browser.wait_for(f"cy.nodes().length > {before}", timeout=10)
    assert browser.js("document.body.dataset.state") == "done"


@pytest.mark.browser
def test_another_page_cannot_post_an_upload(server, browser, tmp_path):
    """Finding 2: a page from another local origin sends a multipart `no-cors` fetch to the keyless
    server. The browser sends it (no preflight for a form body) with its own Origin: refused."""
    import http.server

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = b"<!doctype html><title>elsewhere</title>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    other = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    try:
        browser.page("Page.navigate", url=f"http://127.0.0.1:{other.server_address[1]}/")
        browser.wait_for("document.title === 'elsewhere'")
        sent = browser.js(f"""(async () => {{
            const form = new FormData();
            form.append("file", new Blob(["Mallory\\tborn in\\tNowhere\\n"]), "x.tsv");
            await fetch("{server}/ingest", {{method: "POST", mode: "no-cors", body: form}});
            return true;
        }})()""")
        assert sent
    finally:
        other.shutdown()
    import httpx

    jobs = tmp_path / "graph" / "jobs"  # the server fixture's graph: every accepted upload is a job file
    assert not jobs.exists() or not list(jobs.iterdir())
    metrics = httpx.get(server + "/metrics").text
    assert 'endpoint="unmatched",method="POST",status="403"} 1.0' in metrics  # refused before routing
