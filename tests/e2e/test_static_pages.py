"""A static page from `sahel-kit html`, opened in Chromium with every outside host blocked: the quiz's
questions and options are visible, its answers folded, and the folium map draws."""
from __future__ import annotations

import functools
import http.server
import threading
from urllib.parse import urlparse

import pytest
import yaml

nbformat = pytest.importorskip("nbformat", reason="static pages need nbconvert and nbformat (the lab/test extras)")

from sahel_kit.classroom import html_export
from sahel_kit.facts.files import data_path

pytestmark = pytest.mark.e2e
TIMEOUT_MS = 60_000


@pytest.fixture(scope="module")
def page_url(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("static-pages")
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import sahel_kit as sk"),
                nbformat.v4.new_code_cell("sk.add_places(sk.sahel_map())"),
                nbformat.v4.new_code_cell('sk.quiz("00_start_here")')]
    nbformat.write(nb, tmp / "lesson.ipynb")
    html_export.export_html([tmp / "lesson.ipynb"], tmp / "out", timeout=180, log=lambda *a: None)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp / "out"))
    handler.log_message = lambda *a, **k: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/lesson.html"
    server.shutdown()


def test_quiz_text_visible_offline(page_url, browser):
    quiz = yaml.safe_load((data_path("quizzes") / "00_start_here.yaml").read_text(encoding="utf-8"))
    context = browser.new_context()
    blocked = []
    try:
        def route(r):
            host = urlparse(r.request.url).hostname
            if r.request.url.startswith(("data:", "about:")) or host in ("127.0.0.1", "localhost"):
                r.continue_()
            else:
                blocked.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page = context.new_page()
        page.goto(page_url, wait_until="load", timeout=TIMEOUT_MS)
        for q in quiz["questions"][:3]:
            words = q["prompt"].replace("`", "").split()[:6]
            assert page.get_by_text(" ".join(words)).first.is_visible(), words
        answers = page.locator("details:has(summary:text('Show answer'))")
        assert answers.count() >= len(quiz["questions"]) - sum(q.get("type") == "written" for q in quiz["questions"])
        assert not answers.first.locator("strong:text('Answer:')").is_visible()  # folded
        answers.first.locator("summary").click()
        assert answers.first.locator("strong:text('Answer:')").is_visible()
        frame = page.frame_locator("iframe").first
        frame.locator("path.leaflet-interactive").first.wait_for(state="attached", timeout=TIMEOUT_MS)
        assert frame.locator("path.leaflet-interactive").count() >= 10
        # the page's only outside requests are nbconvert's MathJax/require.js, which it does without
        assert all("leaflet" not in u and "jquery" not in u for u in blocked), blocked
    finally:
        context.close()
