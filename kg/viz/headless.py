"""Drive headless Chromium over the DevTools protocol on a pipe (no websocket, no download)."""

from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from kg.exceptions import KGError

__all__ = ["find_chromium", "Chromium", "Page", "BrowserError", "CHROMIUM_FLAGS"]

#: Flags for a quiet, sandbox-less (root in a container) headless Chromium that
#: never contacts the network on its own.
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
    "--no-default-browser-check", "--disable-breakpad", "--metrics-recording-only",
)


class BrowserError(KGError):
    """Chromium is missing, died, or a DevTools command failed or timed out.

    Examples
    --------
    >>> isinstance(BrowserError("no Chromium found"), KGError)
    True
    """


def find_chromium() -> Path | None:
    """Return the Chromium executable (``$KG_CHROMIUM``, then ``chromium`` on PATH), or None.

    Examples
    --------
    >>> exe = find_chromium()
    >>> exe is None or exe.is_file()
    True
    """
    env = os.environ.get("KG_CHROMIUM")
    candidates = [env] if env else []
    candidates += [shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome", "chrome")]
    for c in candidates:
        if c and Path(c).is_file() and os.access(c, os.X_OK):
            return Path(c)
    return None


class Chromium:
    """A headless Chromium process controlled through ``--remote-debugging-pipe``.

    Use as a context manager; :meth:`new_page` opens a tab that records console errors,
    uncaught exceptions and every network request.

    Parameters
    ----------
    executable : path, optional
        Defaults to :func:`find_chromium`.
    width, height : int, optional (default=1280, 800)
        Window size.
    timeout : float, optional (default=30)
        Seconds to wait for any single DevTools answer.

    Raises
    ------
    BrowserError
        If no Chromium is found or it does not start.

    Examples
    --------
    >>> if find_chromium():
    ...     with Chromium() as browser:
    ...         page = browser.new_page()
    ...         page.goto("data:text/html,<title>hi</title>")
    ...         print(page.evaluate("document.title"))
    ... else:
    ...     print("hi")
    hi
    """

    def __init__(self, executable: str | os.PathLike | None = None, *, width: int = 1280,
                 height: int = 800, timeout: float = 30.0):
        exe = Path(executable) if executable else find_chromium()
        if exe is None:
            raise BrowserError("no Chromium found (install Debian 'chromium' or set KG_CHROMIUM)")
        self.timeout = timeout
        self._profile = tempfile.mkdtemp(prefix="kg-chromium-")
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        args = [str(exe), *CHROMIUM_FLAGS, f"--user-data-dir={self._profile}",
                f"--window-size={width},{height}", "--remote-debugging-pipe", "about:blank"]

        def child_fds() -> None:  # the pipe protocol reads fd 3 and writes fd 4
            r = fcntl.fcntl(to_child_r, fcntl.F_DUPFD, 10)
            w = fcntl.fcntl(from_child_w, fcntl.F_DUPFD, 10)
            os.dup2(r, 3)
            os.dup2(w, 4)

        try:
            self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL, preexec_fn=child_fds, pass_fds=(3, 4))
        except OSError as err:
            shutil.rmtree(self._profile, ignore_errors=True)
            raise BrowserError(f"{exe}: cannot start: {err}") from err
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        self._out = os.fdopen(to_child_w, "wb", buffering=0)
        self._in = from_child_r
        self._lock = threading.Lock()
        self._cond = threading.Condition()
        self._next_id = 0
        self._replies: dict[int, dict] = {}
        self._listeners: dict[str, list] = {}
        self._closed = False
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()
        self.send("Target.setDiscoverTargets", {"discover": False})

    def __enter__(self) -> "Chromium":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        """Send one DevTools command and return its ``result`` (raises on an ``error``)."""
        with self._lock:
            self._next_id += 1
            msg_id = self._next_id
        msg = {"id": msg_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        try:
            self._out.write(json.dumps(msg).encode("utf-8") + b"\0")
        except OSError as err:
            raise BrowserError(f"Chromium closed the pipe ({method}): {err}") from err
        deadline = time.monotonic() + self.timeout
        with self._cond:
            while msg_id not in self._replies:
                left = deadline - time.monotonic()
                if left <= 0 or self._closed:
                    raise BrowserError(f"no answer to {method} within {self.timeout:g} s")
                self._cond.wait(left)
            reply = self._replies.pop(msg_id)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error'].get('message')}")
        return reply.get("result", {})

    def new_page(self) -> "Page":
        """Open a blank tab and return it with Page, Runtime, Network and Log events on."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        return Page(self, target, session)

    def close(self) -> None:
        """Close the browser and delete its temporary profile."""
        if getattr(self, "proc", None) is None:
            return
        try:
            if self.proc.poll() is None:
                try:
                    self.send("Browser.close")
                except BrowserError:
                    pass
                try:
                    self.proc.wait(5)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait(5)
        finally:
            self._closed = True
            try:
                self._out.close()
            except OSError:
                pass
            shutil.rmtree(self._profile, ignore_errors=True)
            self.proc = None

    # helpers

    def _read_loop(self) -> None:
        buf = b""
        while True:
            try:
                chunk = os.read(self._in, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                break
            buf += chunk
            while b"\0" in buf:
                raw, buf = buf.split(b"\0", 1)
                msg = json.loads(raw)
                if "id" in msg:
                    with self._cond:
                        self._replies[msg["id"]] = msg
                        self._cond.notify_all()
                else:
                    for fn in list(self._listeners.get(msg.get("sessionId") or "", [])):
                        fn(msg)
        os.close(self._in)
        with self._cond:
            self._closed = True
            self._cond.notify_all()


class Page:
    """One tab: navigate, evaluate JavaScript, send input, screenshot; records what it saw.

    Attributes
    ----------
    requests : list of str
        URL of every request the page made (``Network.requestWillBeSent``).
    errors : list of str
        Console errors, log errors and uncaught exceptions.
    contexts : list of dict
        JavaScript execution contexts created (``id``, ``origin``, ``auxData.frameId``), for
        :meth:`evaluate` inside an iframe.
    """

    def __init__(self, browser: Chromium, target: str, session: str):
        self.browser, self.target, self.session = browser, target, session
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.contexts: list[dict] = []
        self.children: list[dict] = []
        self._load = threading.Event()
        browser._listeners.setdefault(session, []).append(self._on_event)
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.send(f"{domain}.enable")
        # out-of-process iframes (e.g. sandboxed ones) get their own sessions
        self.send("Target.setAutoAttach", {"autoAttach": True, "waitForDebuggerOnStart": False, "flatten": True})

    def send(self, method: str, params: dict | None = None) -> dict:
        """Send a DevTools command to this tab."""
        return self.browser.send(method, params, self.session)

    def goto(self, url: str, *, timeout: float = 30.0) -> None:
        """Navigate to ``url`` and wait for its load event."""
        self._load.clear()
        result = self.send("Page.navigate", {"url": url})
        if result.get("errorText"):
            raise BrowserError(f"{url}: {result['errorText']}")
        if not self._load.wait(timeout):
            raise BrowserError(f"{url}: no load event within {timeout:g} s")

    def evaluate(self, expression: str, *, await_promise: bool = True, context: int | None = None) -> Any:
        """Return the JSON value of a JavaScript expression (raises if it throws).

        ``context`` is an execution context id from :attr:`contexts` (default: the page's).
        """
        params = {"expression": expression, "returnByValue": True, "awaitPromise": await_promise}
        if context is not None:
            params["contextId"] = context
        result = self.send("Runtime.evaluate", params)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError(f"JavaScript error: {text}")
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, *, timeout: float = 15.0, interval: float = 0.02,
                 context: int | None = None) -> Any:
        """Poll until ``expression`` is truthy and return its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression, context=context)
            if value:
                return value
            if time.monotonic() > deadline:
                raise BrowserError(f"timed out waiting for {expression}")
            time.sleep(interval)

    def type_text(self, text: str) -> None:
        """Type ``text`` into the focused element."""
        self.send("Input.insertText", {"text": text})

    def press(self, key: str, code: int) -> None:
        """Press and release a key, e.g. ``press("Enter", 13)``."""
        base = {"key": key, "code": key, "windowsVirtualKeyCode": code, "nativeVirtualKeyCode": code}
        self.send("Input.dispatchKeyEvent", {"type": "keyDown", **base, **({"text": "\r"} if key == "Enter" else {})})
        self.send("Input.dispatchKeyEvent", {"type": "keyUp", **base})

    def mouse(self, x: float, y: float, *, click: bool = False) -> None:
        """Move the mouse to ``(x, y)`` (CSS pixels) and optionally click there."""
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
        if click:
            for kind in ("mousePressed", "mouseReleased"):
                self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y,
                                                       "button": "left", "clickCount": 1})

    def screenshot(self, path: str | os.PathLike) -> Path:
        """Save a PNG of the viewport to ``path``."""
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        out = Path(path)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(base64.b64decode(data))
        return out

    def frames(self) -> list["Page"]:
        """Return the out-of-process iframes attached so far, each as a :class:`Page`.

        Their requests and errors are recorded from the moment this is called.
        """
        out = []
        for child in self.children:
            if "page" not in child:
                child["page"] = Page(self.browser, child["targetInfo"]["targetId"], child["sessionId"])
            out.append(child["page"])
        return out

    def close(self) -> None:
        """Close the tab."""
        self.browser.send("Target.closeTarget", {"targetId": self.target})

    # helpers

    def _on_event(self, msg: dict) -> None:
        method, params = msg.get("method"), msg.get("params", {})
        if method == "Page.loadEventFired":
            self._load.set()
        elif method == "Target.attachedToTarget":
            self.children.append(dict(params))
        elif method == "Runtime.executionContextCreated":
            self.contexts.append(params.get("context", {}))
        elif method == "Network.requestWillBeSent":
            self.requests.append(params.get("request", {}).get("url", ""))
        elif method == "Runtime.exceptionThrown":
            d = params.get("exceptionDetails", {})
            self.errors.append("exception: " + str(d.get("exception", {}).get("description") or d.get("text")))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.errors.append("console: " + " ".join(str(a.get("value", a.get("description", "")))
                                                       for a in params.get("args", [])))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            e = params["entry"]
            self.errors.append(f"log ({e.get('source')}): {e.get('text')} {e.get('url', '')}".strip())
