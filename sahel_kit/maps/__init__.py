"""The maps: folium maps and their layers, the time-slider map, the SVG map, geometry and palette.

``folium_maps`` makes the base map and its layers, with ``parts`` holding what the layers share
(escaping, legends, panes, source links, where an event is drawn); ``timeline`` is the presence map
with a year slider; ``svg`` draws the same shapes as an offline SVG; ``geometry`` does point-in-country
and label points; ``palette`` holds the colour-blind-safe colours and their meanings in words.
folium is imported only inside the functions that draw a folium map.  This wing may import
:mod:`sahel_kit.facts`, never the quiz or classroom wings.
"""
