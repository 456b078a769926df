"""Every folium map the kit makes draws its shapes in Chromium with every outside host blocked.

The maps are saved as HTML in a temporary folder served on 127.0.0.1; any request to another host
is aborted (and recorded: the test fails if a map even tries).  Both ways of delivering the
vendored libraries are checked: inlined into the page, and served beside it.
"""
from __future__ import annotations

import functools
import http.server
import shutil
import threading
from urllib.parse import urlparse

import pytest

import sahel_kit as sk
from sahel_kit.maps import assets

pytestmark = pytest.mark.e2e
TIMEOUT_MS = 60_000


def _maps():
    return {
        "base": lambda: sk.sahel_map(),
        "places": lambda: sk.add_places(sk.sahel_map()),
        "events": lambda: sk.add_events(sk.sahel_map(), start=2020, end=2023),
        "coups": lambda: sk.add_coups(sk.sahel_map()),
        "timeline": lambda: sk.presence_timeline_map(),
    }


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Each map saved in both modes under a folder served on 127.0.0.1."""
    root = tmp_path_factory.mktemp("offline-maps")
    shutil.copytree(assets.STATIC_DIR, root / "sahel-kit-assets")
    (root / "page").mkdir()
    try:
        for mode in ("inline", "served"):
            sk.use_offline_maps(mode)
            for name, make in _maps().items():
                make().save(str(root / "page" / f"{name}-{mode}.html"))
    finally:
        sk.use_offline_maps(False)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *a, **k: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.mark.parametrize("mode", ["inline", "served"])
@pytest.mark.parametrize("name", list(_maps()))
def test_map_draws_offline(site, browser, name, mode):
    outside, errors = [], []
    context = browser.new_context()
    try:
        def route(r):
            host = urlparse(r.request.url).hostname
            if r.request.url.startswith("data:") or host in ("127.0.0.1", "localhost"):
                r.continue_()
            else:
                outside.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{site}/page/{name}-{mode}.html", wait_until="load", timeout=TIMEOUT_MS)
        page.wait_for_selector("path.leaflet-interactive", state="attached", timeout=TIMEOUT_MS)
        shapes = page.locator("path.leaflet-interactive").count()
        assert shapes >= 10, f"{name}: only {shapes} shapes drawn"
        assert page.get_by_text("Offline map: no background").is_visible()
        if name == "places":
            assert page.locator(".leaflet-marker-icon").count() >= 5
        if name == "timeline":
            assert page.locator(".leaflet-bar-timecontrol").count() == 1
            assert page.locator(".timecontrol-date").inner_text(timeout=TIMEOUT_MS).strip().startswith("20")
            # the buttons' icon font (Glyphicons) is vendored too
            assert page.evaluate("document.fonts.check('12px \"Glyphicons Halflings\"')")
        assert outside == [], f"{name} tried outside hosts: {outside[:5]}"
        assert errors == [], f"{name}: JavaScript errors {errors[:3]}"
    finally:
        context.close()
