"""The browser edition: every notebook runs in the JupyterLite site in headless Chromium, offline.

The site (``make lite``) is served from 127.0.0.1; every request to another host is aborted and
recorded.  Per notebook: the Pyodide kernel starts, Run All leaves no error output and every code
cell run, every folium map draws its shapes, and the first quiz answers a Check.  Kernel start and
run-all times go to ``<site>/../lite-times.json``.  Needs ``SAHEL_KIT_LITE_SITE`` (set by
``make lite-test``); skipped without it.
"""
from __future__ import annotations

import functools
import http.server
import json
import os
import re
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

REPO = Path(__file__).resolve().parents[2]
SITE = os.environ.get("SAHEL_KIT_LITE_SITE")
# Every notebook, the French edition (notebooks/fr/, French buttons) included.
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb")) + sorted((REPO / "notebooks" / "fr").glob("*.ipynb"))
OPEN_TIMEOUT_MS = 240_000   # Pyodide loads ~50 packages on 2 busy cores
RUN_TIMEOUT_MS = 480_000
FEEDBACK_TIMEOUT_MS = 60_000
ERROR_OUTPUT = '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'
WIDGET_OUTPUT = '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.widget-view+json"]'

pytestmark = [pytest.mark.e2e,
              pytest.mark.skipif(not SITE, reason="browser-edition test skipped: SAHEL_KIT_LITE_SITE is not set "
                                                  "(run `make lite-test`)")]

KERNEL_READY_JS = """() => {
    if (document.querySelector('.jp-Dialog')) return 'dialog';
    const name = document.querySelector('.jp-NotebookPanel-toolbar .jp-Toolbar-kernelName');
    const ind = document.querySelector('.jp-Notebook-ExecutionIndicator');
    const label = name ? name.getAttribute('aria-label') : '';
    return label && label !== 'No Kernel' && ind && ind.getAttribute('data-status') === 'idle' ? 'ready' : false;
}"""
# Done: the first cell ran, none is queued or running, and the kernel is idle (or Run All stopped at an error).
DONE_JS = """() => {
    const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
    const ind = document.querySelector('.jp-Notebook-ExecutionIndicator');
    const failed = [...document.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')]
        .some(o => o.textContent.includes('Traceback'));
    return prompts.length > 0 && /\\[\\d+\\]/.test(prompts[0].textContent)
        && !prompts.some(p => p.textContent.includes('*'))
        && (failed || (ind && ind.getAttribute('data-status') === 'idle'));
}"""


@pytest.fixture(scope="module")
def site_url():
    root = Path(SITE).resolve()
    assert (root / "jupyter-lite.json").is_file(), f"{root} is not a built site (make lite)"
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *a, **k: None
    handler.extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                              ".wasm": "application/wasm", ".js": "text/javascript", ".mjs": "text/javascript"}
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="module")
def times():
    found = {}
    yield found
    (Path(SITE).resolve().parent / "lite-times.json").write_text(json.dumps(found, indent=1))


def _offline_context(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    outside = []

    def route(r):
        url = r.request.url
        if url.startswith(("data:", "blob:", "about:")) or urlparse(url).hostname in ("127.0.0.1", "localhost"):
            r.continue_()
        else:
            outside.append(url)
            r.abort()

    context.route("**/*", route)
    return context, outside


def test_front_page_opens_notebook_00(site_url, browser):
    context, outside = _offline_context(browser)
    try:
        page = context.new_page()
        page.goto(site_url + "/", wait_until="domcontentloaded")
        page.wait_for_url(re.compile(r"lab/index\.html\?path=notebooks/00_start_here\.ipynb"), timeout=OPEN_TIMEOUT_MS)
        page.locator(".jp-NotebookPanel .jp-Notebook").first.wait_for(timeout=OPEN_TIMEOUT_MS)
    finally:
        context.close()


def _rel(path: Path) -> str:
    return path.relative_to(REPO / "notebooks").as_posix()


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[_rel(p) for p in NOTEBOOKS])
def test_notebook_runs_offline_in_the_browser_edition(notebook, site_url, browser, times):
    from sahel_kit.facts.i18n import _
    from sahel_kit.quizzes.base import CORRECT, WRONG

    lang = "fr" if notebook.parent.name == "fr" else "en"
    name = _rel(notebook)
    cells_json = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    n_code = sum(c["cell_type"] == "code" for c in cells_json)
    context, outside = _offline_context(browser)
    errors = []
    try:
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        assets = []
        page.on("request", lambda r: assets.append(r.url) if "/sahel-kit-assets/" in r.url else None)
        t0 = time.monotonic()
        page.goto(f"{site_url}/lab/index.html?path=notebooks/{name}", wait_until="domcontentloaded")
        page.locator(".jp-NotebookPanel .jp-Notebook").first.wait_for(timeout=OPEN_TIMEOUT_MS)
        state = page.wait_for_function(KERNEL_READY_JS, timeout=OPEN_TIMEOUT_MS).json_value()
        if state == "dialog":
            dialog = page.locator(".jp-Dialog").first
            assert "Select Kernel" in dialog.inner_text(), dialog.inner_text()
            dialog.locator(".jp-mod-accept").click()
            dialog.wait_for(state="detached")
            page.wait_for_function(KERNEL_READY_JS, timeout=OPEN_TIMEOUT_MS)
        t1 = time.monotonic()
        page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
        page.get_by_role("menuitem", name=re.compile(r"^Run All Cells")).click()
        page.wait_for_timeout(2000)
        page.wait_for_function(DONE_JS, timeout=RUN_TIMEOUT_MS)
        t2 = time.monotonic()
        times[name] = {"kernel_start_s": round(t1 - t0, 1), "run_all_s": round(t2 - t1, 1)}

        bad = [t for t in page.locator(ERROR_OUTPUT).all_inner_texts() if "Traceback" in t or "Error" in t]
        assert not bad, f"{name}: error output:\n" + "\n---\n".join(bad)
        prompts = page.locator(".jp-CodeCell .jp-InputPrompt").all_inner_texts()
        not_run = [i for i, text in enumerate(prompts) if not re.search(r"\[\d+\]", text)]
        assert len(prompts) == n_code and not not_run, f"{name}: code cells not run: {not_run}"
        broken = [t for t in page.locator(WIDGET_OUTPUT).all_inner_texts() if t.strip().startswith("Error displaying widget")]
        assert not broken, f"{name}: widgets failed: {broken}"

        # Every folium map (an iframe per map) draws its shapes without any CDN.
        maps = [f for f in page.frames if f != page.main_frame and f.url in ("about:srcdoc", "")]
        for frame in maps:
            frame.wait_for_selector("path.leaflet-interactive", state="attached", timeout=FEEDBACK_TIMEOUT_MS)
        times[name]["folium_maps"] = len(maps)
        if maps:  # the site sets SAHEL_KIT_OFFLINE_MAPS=served: Leaflet comes from the site's own folder
            assert any(u.endswith("/sahel-kit-assets/leaflet/leaflet.js") for u in assets), assets[:5]

        sources = ["".join(c["source"]) for c in cells_json]
        quiz_index = next((i for i, s in enumerate(sources) if re.search(r"\bquiz\s*\(", s)), None)
        if quiz_index is not None:
            cell = page.locator(".jp-NotebookPanel .jp-Notebook .jp-Cell").nth(quiz_index)
            card = cell.locator(".sahel-quiz-card").filter(has=page.locator("input[type=radio]")).first
            card.locator("input[type=radio]").first.check()
            card.get_by_role("button", name=_("Check", lang), exact=True).click()
            card.locator(".sahel-quiz-feedback").first.wait_for(timeout=FEEDBACK_TIMEOUT_MS)
            verdict = card.locator(".sahel-quiz-feedback").first.inner_text()
            assert _(CORRECT, lang) in verdict or _(WRONG, lang) in verdict, f"feedback without a verdict: {verdict!r}"
            saved = card.inner_text()
            assert "could not be saved" not in saved and "NOT saved" not in saved, saved  # kept in /drive
            times[name]["quiz_checked"] = True
        assert outside == [], f"{name} tried outside hosts: {outside[:5]}"
    finally:
        context.close()
