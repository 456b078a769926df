"""Offline maps: with offline maps on, no kit map links a CDN, tiles give way to a note, and the
vendored files match their manifest (sha256, licences)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import sahel_kit as sk
from sahel_kit.maps import assets

REPO = Path(__file__).resolve().parents[1]
# <script src=...> and <link href=...>: what the browser fetches to draw the map (popups' source links are not fetched).
_FETCHED = re.compile(r"<(?:script[^>]*\ssrc|link[^>]*\shref)=\"([^\"]+)\"")


def _maps():
    return {"layers": sk.add_coups(sk.add_events(sk.add_places(sk.sahel_map()))),
            "timeline": sk.presence_timeline_map()}


@pytest.fixture(autouse=True)
def _reset(monkeypatch):
    monkeypatch.delenv(assets.ENV, raising=False)
    assets._setting.clear()
    yield
    assets._setting.clear()


def _fetched(m) -> list[str]:
    return _FETCHED.findall(m.get_root().render())


def test_online_maps_still_use_the_cdn_and_tiles():
    for name, m in _maps().items():
        html = m.get_root().render()
        assert any("cdn.jsdelivr.net/npm/leaflet@1.9.3" in u for u in _fetched(m)), name
        assert assets.OFFLINE_NOTE not in html


@pytest.mark.parametrize("mode", ["inline", "served"])
def test_offline_maps_link_no_outside_host(mode):
    sk.use_offline_maps(mode)
    for name, m in _maps().items():
        html = m.get_root().render()
        fetched = _FETCHED.findall(html)
        assert [u for u in fetched if "//" in u] == [], (name, fetched)
        assert "tile.openmaps.fr" not in html and "L.tileLayer" not in html, name
        assert assets.OFFLINE_NOTE in html, name
        assert "L.map(" in html
        if mode == "served":
            assert fetched and all(u.startswith(assets.DEFAULT_BASE_URL + "/") for u in fetched), fetched
            assert all((assets.STATIC_DIR / u[len(assets.DEFAULT_BASE_URL) + 1:]).is_file() for u in fetched)
        else:
            assert fetched == []
            assert 'data-sahel-kit-asset="leaflet/leaflet.js"' in html
        if name == "timeline":
            assert "L.timeDimension" in html and ("timedimension" in " ".join(fetched) or mode == "inline")


def test_environment_variable_and_pyodide_switch_it_on(monkeypatch):
    assert assets.offline_maps_mode() is None
    monkeypatch.setenv(assets.ENV, "1")
    assert assets.offline_maps_mode() == "inline"
    monkeypatch.setenv(assets.ENV, "served")
    assert assets.offline_maps_mode() == "served"
    monkeypatch.setenv(assets.ENV, "maybe")
    with pytest.raises(ValueError, match="SAHEL_KIT_OFFLINE_MAPS"):
        assets.offline_maps_mode()
    monkeypatch.delenv(assets.ENV)
    monkeypatch.setattr(sys, "platform", "emscripten")
    assert assets.offline_maps_mode() == "inline"
    sk.use_offline_maps(False)
    assert assets.offline_maps_mode() is None
    with pytest.raises(ValueError, match="mode must be"):
        sk.use_offline_maps("cdn")


def test_served_map_output_within_budget():
    """Each map a lesson draws stays within 300 KB when served, and offline mode itself adds almost
    nothing (every layer of every year at once is larger because of the data, not the assets)."""
    maps = {"base": sk.sahel_map, "places": lambda: sk.add_places(sk.sahel_map()),
            "events": lambda: sk.add_events(sk.sahel_map(), start=2020, end=2023),
            "coups": lambda: sk.add_coups(sk.sahel_map()), "timeline": sk.presence_timeline_map}
    sk.use_offline_maps("served")
    for name, make in maps.items():
        size = len(make()._repr_html_().encode())
        assert size <= 300_000, f"{name} map output is {size} bytes"
    everything = lambda: sk.add_coups(sk.add_events(sk.add_places(sk.sahel_map())))  # noqa: E731
    served = len(everything()._repr_html_().encode())
    sk.use_offline_maps(False)
    online = len(everything()._repr_html_().encode())
    assert served - online <= 2_000, (served, online)


def test_vendored_files_match_manifest_and_carry_licences():
    out = subprocess.run([sys.executable, str(REPO / "scripts" / "vendor_map_assets.py"), "--check"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    manifest = assets.manifest()
    for key, pkg in manifest["packages"].items():
        assert pkg["version"] and pkg["license"], key
        if pkg["license_file"]:
            assert (assets.STATIC_DIR / pkg["license_file"]).stat().st_size > 100, key
    # every vendored file a CDN URL maps to exists and is listed
    for rel in filter(None, assets.CDN_FILES.values()):
        assert rel in manifest["files"], rel


def test_every_folium_cdn_url_is_mapped():
    """A folium upgrade that changes a URL must update CDN_FILES (else that file would come from a CDN)."""
    import folium
    from folium.plugins import TimestampedGeoJson

    urls = [u for _, u in folium.folium._default_js + folium.folium._default_css
            + TimestampedGeoJson.default_js + TimestampedGeoJson.default_css]
    assert sorted(set(urls) - set(assets.CDN_FILES)) == []
