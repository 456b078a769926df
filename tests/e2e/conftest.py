"""Fixtures for the real-browser test: a JupyterLab server on a copy of the repository, and Chromium.

The server listens on 127.0.0.1 on a free port with a random token and serves a temporary copy
of the repository (JupyterLab autosaves, so the checkout itself is never touched).  Its user
state (``SAHEL_KIT_HOME``, JupyterLab settings and workspaces, runtime files) lives in the test's
temporary folder.  The browser is Debian's ``chromium`` driven by the ``playwright`` package
(playwright's own browser download cannot work offline); without either the tests are skipped
with the reason.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import secrets
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("SAHEL_KIT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# Everything a lesson can read; the venv, git history and caches are left out of the copy.
_IGNORE = shutil.ignore_patterns(".venv", ".git", ".pytest_cache", "__pycache__", "build", "dist",
                                 ".ipynb_checkpoints", "*.egg-info")
# Render every cell into the DOM so that outputs below the fold can be inspected.
_NOTEBOOK_SETTINGS = {"windowingMode": "none"}
SERVER_START_TIMEOUT_S = 90


@dataclass(frozen=True)
class LabServer:
    """A running JupyterLab: its base URL, token, served folder and SAHEL_KIT_HOME."""

    url: str
    token: str
    root: Path
    home: Path

    def notebook_url(self, relpath: str) -> str:
        """URL opening ``relpath`` (relative to the served folder) in its own fresh workspace."""
        workspace = "e2e-" + Path(relpath).stem.replace("_", "-")
        return f"{self.url}/lab/workspaces/{workspace}/tree/{relpath}?reset&token={self.token}"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"JupyterLab exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    raise RuntimeError(f"JupyterLab did not answer {url} within {SERVER_START_TIMEOUT_S} s:\n"
                       f"{log.read_text()[-3000:]}")


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Path of Debian's chromium; skip the browser tests when it is not installed."""
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        pytest.skip(f"real-browser test skipped: no chromium at {CHROMIUM} "
                    "(apt-get install chromium, or set SAHEL_KIT_CHROMIUM)")
    return CHROMIUM


@pytest.fixture(scope="session")
def browser(chromium_path):
    """A headless Chromium driven by playwright; skip when the playwright package is missing."""
    sync_api = pytest.importorskip(
        "playwright.sync_api",
        reason="real-browser test skipped: the playwright package is not installed (pip install -e '.[e2e]')")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


AXE_SCRIPT = Path(os.environ.get("SAHEL_KIT_AXE", REPO / ".venv" / "npm" / "node_modules" / "axe-core" / "axe.min.js"))


@pytest.fixture(scope="session")
def axe_source() -> str | None:
    """axe-core's script (installed by ``make test`` from npm); None, with a warning, when it is missing.

    Under CI (``CI=true``) a missing axe-core fails the run: the accessibility check must not vanish there.
    """
    if AXE_SCRIPT.is_file():
        return AXE_SCRIPT.read_text(encoding="utf-8")
    message = f"axe-core not found at {AXE_SCRIPT} (make test installs it with npm): accessibility check SKIPPED"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    import warnings

    warnings.warn(message)
    return None


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory, chromium_path) -> LabServer:
    """Start JupyterLab on a temporary copy of the repository; stop it after the session."""
    base = tmp_path_factory.mktemp("e2e")
    root = base / "repo"
    shutil.copytree(REPO, root, ignore=_IGNORE)
    home = base / "sahel-kit-home"
    home.mkdir()
    settings = base / "lab-settings" / "@jupyterlab" / "notebook-extension"
    settings.mkdir(parents=True)
    (settings / "tracker.jupyterlab-settings").write_text(json.dumps(_NOTEBOOK_SETTINGS))
    env = dict(os.environ, SAHEL_KIT_HOME=str(home),
               JUPYTER_CONFIG_DIR=str(base / "jupyter-config"),
               JUPYTER_RUNTIME_DIR=str(base / "jupyter-runtime"),
               JUPYTERLAB_SETTINGS_DIR=str(base / "lab-settings"),
               JUPYTERLAB_WORKSPACES_DIR=str(base / "lab-workspaces"))
    port, token = _free_port(), secrets.token_hex(24)
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1",
           f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
           f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
           # nothing reaches the network: no extension index, no news, no update check
           "--LabApp.extension_manager=readonly", "--LabApp.news_url=None",
           "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")
    log = base / "jupyterlab.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(f"{url}/api/status?token={token}", proc, log)
        yield LabServer(url=url, token=token, root=root, home=home)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
