"""Offline folium maps: serve or inline the map libraries the kit vendors in ``maps/static/``.

folium links Leaflet, jQuery, Bootstrap, Font Awesome, the awesome-markers plugin and, for the time
slider, Leaflet.TimeDimension, moment and iso8601 from CDNs, so without internet a map is a blank
box.  ``scripts/vendor_map_assets.py`` copies those files from their npm packages into
``sahel_kit/maps/static/`` (versions, licences and sha256 in ``MANIFEST.json``).  When offline maps
are on, every map the kit makes swaps each CDN link for the vendored copy, drops the background
tiles (they always need the internet) and shows a note saying so.

Switch it on with one call, :func:`use_offline_maps`, or the environment variable
``SAHEL_KIT_OFFLINE_MAPS`` (``1``/``inline``, ``served``, ``0``); it is on by itself under Pyodide
(the browser edition).  Two ways to deliver the files:

``inline`` (the default)
    the files' text is written into the map's HTML (images and fonts as ``data:`` URLs).  Works
    everywhere, including JupyterLab, whose map iframes (``srcdoc``) cannot load files beside the
    notebook; adds ~285 KB to each map's output (~430 KB with the time slider; the
    ``srcdoc`` escaping makes it larger than the files).  Only what the kit's maps use
    is inlined: Leaflet, jQuery (folium's popups call it), and for the time slider Leaflet.TimeDimension, moment, iso8601 and the
    Glyphicons font of its buttons.
``served``
    the map links ``<base_url>/<file>``; the browser edition copies ``static/`` to
    ``sahel-kit-assets/`` at the root of the site, and the default ``base_url``
    ``../sahel-kit-assets`` reaches it from JupyterLite's pages (``lab/``, ``notebooks/``).
    Every file folium references is served.
"""
from __future__ import annotations

import base64
import json
import os
import sys
from functools import lru_cache
from html import escape
from pathlib import Path

from ..facts.i18n import N_, _

__all__ = ["use_offline_maps", "offline_maps_mode", "localize", "STATIC_DIR", "CDN_FILES", "OFFLINE_NOTE"]

STATIC_DIR = Path(__file__).resolve().parent / "static"
DEFAULT_BASE_URL = "../sahel-kit-assets"
ENV = "SAHEL_KIT_OFFLINE_MAPS"
MODES = ("inline", "served")

# Every CDN URL in folium 0.20's Map and TimestampedGeoJson -> the vendored file (None: not needed,
# left out: jQuery UI and highlight.js's CSS are loaded by folium but nothing in a map calls them;
# the awesome-marker rotation CSS only exists in folium's Git repository, not in a package).
CDN_FILES = {
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js": "leaflet/leaflet.js",
    "https://code.jquery.com/jquery-3.7.1.min.js": "jquery/jquery.min.js",
    "https://cdn.jsdelivr.net/npm/bootstrap@5.2.2/dist/js/bootstrap.bundle.min.js": "bootstrap/bootstrap.bundle.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/Leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.js":
        "awesome-markers/leaflet.awesome-markers.min.js",
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css": "leaflet/leaflet.css",
    "https://cdn.jsdelivr.net/npm/bootstrap@5.2.2/dist/css/bootstrap.min.css": "bootstrap/bootstrap.min.css",
    "https://netdna.bootstrapcdn.com/bootstrap/3.0.0/css/bootstrap-glyphicons.css": "glyphicons/glyphicons.css",
    "https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@6.2.0/css/all.min.css": "fontawesome/css/all.min.css",
    "https://cdnjs.cloudflare.com/ajax/libs/Leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.css":
        "awesome-markers/leaflet.awesome-markers.css",
    "https://cdn.jsdelivr.net/gh/python-visualization/folium/folium/templates/leaflet.awesome.rotate.min.css": None,
    "https://cdnjs.cloudflare.com/ajax/libs/jquery/3.7.1/jquery.min.js": "jquery/jquery.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/jqueryui/1.10.2/jquery-ui.min.js": None,
    "https://cdn.jsdelivr.net/npm/iso8601-js-period@0.2.1/iso8601.min.js": "iso8601/iso8601.js",
    "https://cdn.jsdelivr.net/npm/leaflet-timedimension@1.1.1/dist/leaflet.timedimension.min.js":
        "timedimension/leaflet.timedimension.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/moment.js/2.18.1/moment.min.js": "moment/moment.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/highlight.js/8.4/styles/default.min.css": None,
    "https://cdn.jsdelivr.net/npm/leaflet-timedimension@1.1.1/dist/leaflet.timedimension.control.css":
        "timedimension/leaflet.timedimension.control.min.css",
}
# What the kit's own maps need (folium's popups call jQuery's $); inline mode carries only these (the rest would add ~900 KB a map).
INLINED = {"leaflet/leaflet.js", "leaflet/leaflet.css", "jquery/jquery.min.js", "iso8601/iso8601.js", "moment/moment.min.js",
           "timedimension/leaflet.timedimension.min.js", "timedimension/leaflet.timedimension.control.min.css"}
OFFLINE_NOTE = N_("Offline map: no background (map tiles need the internet). "
                  "Borders, places and events are drawn by the kit.")
_MIME = {".png": "image/png", ".woff2": "font/woff2"}

_setting: dict = {}  # set by use_offline_maps: {"mode": ..., "base_url": ...}


def use_offline_maps(mode: str | bool = "inline", base_url: str | None = None) -> None:
    """Make every map the kit draws from now on load its libraries from the kit itself, not from CDNs.

    Parameters
    ----------
    mode : {"inline", "served"} or bool, default "inline"
        ``"inline"`` writes the libraries into each map (works in JupyterLab, Notebook, VS Code and
        saved HTML); ``"served"`` links them under ``base_url`` (the browser edition serves them);
        ``False`` goes back to folium's CDN links and background tiles.
    base_url : str, optional
        Where ``served`` finds the files (``sahel_kit/maps/static/`` copied there); default
        ``$SAHEL_KIT_OFFLINE_MAPS_URL`` or ``../sahel-kit-assets``, the browser edition's folder.

    Examples
    --------
    >>> import sahel_kit as sk
    >>> sk.use_offline_maps()          # doctest: +SKIP
    >>> m = sk.sahel_map()             # no CDN, no tiles, a note on the map  # doctest: +SKIP
    """
    if mode is True:
        mode = "inline"
    if mode not in (False, None, *MODES):
        raise ValueError(f"mode must be one of {MODES} or False, not {mode!r}")
    _setting.clear()
    _setting.update(mode=mode or None, base_url=base_url)


def offline_maps_mode() -> str | None:
    """``"inline"``, ``"served"`` or None (CDN links): :func:`use_offline_maps`, else ``$SAHEL_KIT_OFFLINE_MAPS``,
    else ``"inline"`` under Pyodide and None elsewhere."""
    if "mode" in _setting:
        return _setting["mode"]
    value = os.environ.get(ENV, "").strip().lower()
    if value in ("1", "true", "yes", "on", "inline"):
        return "inline"
    if value == "served":
        return "served"
    if value in ("0", "false", "no", "off"):
        return None
    if value:
        raise ValueError(f"{ENV}={value!r}: use 1 (or inline), served, or 0")
    return "inline" if sys.platform == "emscripten" else None


def _base_url() -> str:
    return (_setting.get("base_url") or os.environ.get(ENV + "_URL") or DEFAULT_BASE_URL).rstrip("/")


@lru_cache(maxsize=None)
def _inline_text(rel: str) -> str:
    """A vendored file's text ready to inline; CSS ``url(...)`` references become ``data:`` URLs."""
    import re

    path = STATIC_DIR / rel
    text = path.read_text(encoding="utf-8")
    if rel.endswith(".css"):
        def data_url(match):
            ref = match.group(1).strip("'\"")
            if ref.startswith(("data:", "#")) or "//" in ref:
                return match.group(0)
            target = (path.parent / ref.split("?")[0].split("#")[0]).resolve()
            if not target.is_file():  # e.g. a ttf left out: the woff2 before it is used
                return match.group(0)
            b64 = base64.b64encode(target.read_bytes()).decode()
            return f"url(data:{_MIME.get(target.suffix, 'application/octet-stream')};base64,{b64})"

        text = re.sub(r"url\(([^)]*)\)", data_url, text)
    # Nothing inside may close the element early.
    return text.replace("</script", "<\\/script").replace("</style", "<\\/style")


def _element(rel: str, mode: str):
    from branca.element import CssLink, Element, JavascriptLink

    if mode == "served":
        url = f"{_base_url()}/{rel}"
        return CssLink(url) if rel.endswith(".css") else JavascriptLink(url)
    tag = "style" if rel.endswith(".css") else "script"
    return Element(f"<{tag} data-sahel-kit-asset=\"{escape(rel)}\">{_inline_text(rel)}</{tag}>")


def _note_control(m):
    from branca.element import MacroElement
    from folium.template import Template

    note = MacroElement()
    note._name = "OfflineNote"
    note._template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.control({position: "bottomleft"});
{{ this.get_name() }}.onAdd = function () {
    var div = L.DomUtil.create("div", "sahel-offline-note");
    div.setAttribute("role", "note");
    div.style.cssText = "background:#fff;padding:2px 6px;font:12px sans-serif;border:1px solid #777;max-width:260px";
    div.textContent = {{ this.text|tojson }};
    return div;
};
{{ this.get_name() }}.addTo({{ this._parent.get_name() }});
{% endmacro %}
""")
    note.text = _(OFFLINE_NOTE)
    return note


def _swap_links(figure, mode: str) -> None:
    """Replace every CDN link in the figure's header by the vendored file (or drop it)."""
    from branca.element import CssLink, JavascriptLink

    kept, seen = {}, set()
    for name, child in figure.header._children.items():
        if isinstance(child, (JavascriptLink, CssLink)) and child.url in CDN_FILES:
            rel = CDN_FILES[child.url]
            if rel is None or rel in seen or (mode == "inline" and rel not in INLINED):
                continue
            seen.add(rel)
            child = _element(rel, mode)
        kept[name] = child
    figure.header._children.clear()
    figure.header._children.update(kept)


def localize(m):
    """Prepare a folium map for offline use when offline maps are on (see :func:`use_offline_maps`).

    Called by every kit function that creates a map.  The choice is read when the map is drawn, so
    layers added later (a time slider, places, events) are covered too.  Returns ``m``.
    """
    if getattr(m, "_sahel_kit_offline_hook", False):
        return m
    original = m.render

    def render(**kwargs):
        mode = offline_maps_mode()
        if mode is None:
            return original(**kwargs)
        from folium.raster_layers import TileLayer

        for name, child in list(m._children.items()):
            if isinstance(child, TileLayer):
                del m._children[name]
        if not any(getattr(c, "_name", "") == "OfflineNote" for c in m._children.values()):
            m.add_child(_note_control(m))
        out = original(**kwargs)
        _swap_links(m.get_root(), mode)
        return out

    m.render = render
    m._sahel_kit_offline_hook = True
    return m


def manifest() -> dict:
    """The vendored files' packages, versions, licences and sha256 (``static/MANIFEST.json``)."""
    return json.loads((STATIC_DIR / "MANIFEST.json").read_text(encoding="utf-8"))
