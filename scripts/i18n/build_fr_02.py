"""Write notebooks/fr/02_mapping_the_sahel.ipynb: the French lesson 02, cell for cell on the English one.

Run: python scripts/i18n/build_fr_02.py [REPO_ROOT]   (--print-hashes: see scripts/i18n/frnb.py)
Place names come from the kit's French tables (sk.set_language("fr")): « Base aérienne 201 », « Tombouctou »...;
the boundaries table keeps its English `name` beside `name_fr`, so the French lesson shows `name_fr`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from frnb import build  # noqa: E402

NAME = "02_mapping_the_sahel"

FR = {
"c00": """# Cartographier le Sahel : pays, capitales, bases et distances

Élèves du secondaire et de première année d'université · Séance : 45 minutes · Les sections intitulées
*Si vous avez plus de temps* sont des prolongements · En autonomie : 60 minutes""",
"c00a": """# Exécutez d'abord cette cellule (cliquez dedans, puis Maj + Entrée) : elle charge le kit, en français, et dit de quand datent ses données
try:
    import sahel_kit as sk
except ModuleNotFoundError:  # sur un hub de la classe (nbgitpuller), le kit n'est pas installé : on prend la copie
    import sys, pathlib
    sys.path.insert(0, str(pathlib.Path.cwd().parents[1]))
    import sahel_kit as sk
sk.set_language("fr")
print("Données à jour au", sk.data_as_of())""",
"c01": """## Présentation

L'article de presse du notebook 01 cite Niamey et Agadez, et parle de « the Sahel region » (la région du Sahel) et
de « neighboring Mali and Burkina Faso » (le Mali et le Burkina Faso voisins). Ce notebook place ces noms sur une
carte. Vous lirez avec pandas les tableaux des pays et des lieux du kit, vous dessinerez une carte qui n'a pas
besoin d'internet et une carte interactive, vous mesurerez des distances entre des lieux, et vous situerez la zone
du Liptako-Gourma, où se rejoignent le Mali, le Burkina Faso et le Niger.""",
"c02": """## Objectifs d'apprentissage

À la fin de cette leçon, vous saurez :

1. **o1** — Nommer les pays de l'Alliance des États du Sahel et leurs voisins, en les lisant dans la table des frontières et sur une carte.
2. **o2** — Trouver dans la table des lieux des capitales, des villes et des bases aériennes comme Niamey et Agadez, avec leurs coordonnées et leurs sources.
3. **o3** — Calculer et comparer des distances orthodromiques entre des lieux avec `sk.distance_km`, par identifiant de lieu ou par (lat, lon).
4. **o4** — Expliquer où se trouve la zone des trois frontières du Liptako-Gourma et pourquoi les trois juntes ont donné son nom à leur charte.""",
"c03": """## Prérequis

| Notion | Importance | Remarques |
|---|---|---|
| [Commencer ici](00_start_here.ipynb) | Nécessaire | Exécuter les cellules, les quiz, la progression |
| [Lire l'article](01_reading_the_article.ipynb) | Utile | Là où Niamey et Agadez apparaissent pour la première fois |
| Latitude et longitude | Utile | Latitude : degrés au nord de l'équateur ; longitude : degrés à l'est de Greenwich (négative = à l'ouest) |
| pandas : `query`, `sort_values` | Utile | Montrés avant que vous vous en serviez |

**Durée** : 45 minutes, 70 avec les prolongements""",
"c04": """## Mise en route

La première cellule a chargé le kit sous le nom `sk`, en français. Celle-ci fait afficher les longs textes des
tableaux en entier, sur plusieurs lignes :""",
"c06": """## 1. Le Sahel et ses pays

Le Sahel est la bande de terre située entre le désert du Sahara, au nord, et les savanes plus humides, au sud.
La carte du kit couvre le Sahel et ses voisins, une ligne par pays, d'après les frontières de Natural Earth, qui
sont dans le domaine public (la colonne `name` garde le nom anglais, `name_fr` donne le nom français) :""",
"c08": """`iso3` est le code du pays en trois lettres (norme ISO 3166-1), utilisé dans tous les tableaux du kit. La colonne
`aes_member` marque les trois membres de l'**Alliance des États du Sahel** (AES), fondée en 2023 par leurs
**juntes** (des gouvernements militaires arrivés au pouvoir par des coups d'État ; voir le notebook 03) :""",
"c10": """La carte ci-dessous est dessinée en Python pur, au format SVG : elle n'a pas besoin d'internet, s'imprime bien
et s'affiche de la même façon partout. Les membres de l'AES sont grisés ; les lieux du kit sont marqués par des
cercles. Natural Earth trace les frontières *de facto* : le Sahara occidental y apparaît donc comme un territoire
distinct et disputé.""",
"c11": """# NBVAL_CHECK_OUTPUT
# Le titre en français (le texte de remplacement de la carte et les noms des pays restent pour l'instant en anglais)
sk.static_map(title="Le Sahel et ses voisins")""",
"c12": """### Exercice (si vous avez plus de temps)

Quels pays du tableau ne sont **pas** membres de l'AES ? Remplacez `...` par `True` ou `False`. Lesquels d'entre
eux bordent la bande sahélienne, de la Mauritanie à l'ouest au Tchad à l'est ? Servez-vous de la carte.""",
"c13": """# Votre essai : remplacez ... par True ou False
non_members = countries[countries["aes_member"] == ...]
non_members[["iso3", "name_fr"]]""",
"c14": """<details><summary>Solution</summary>

```python
non_members = countries[countries["aes_member"] == False]   # ou : countries.query("not aes_member")
```

Le long de la bande sahélienne, les non-membres comprennent la Mauritanie, le Sénégal et le Tchad, avec l'Algérie
et la Libye au nord, et le Nigeria, le Bénin et d'autres États côtiers au sud. Être au Sahel ne fait pas d'un pays
un membre de l'AES : l'adhésion est un choix politique.

</details>""",
"c15": """## 2. Capitales, villes et bases

Le tableau des lieux donne à chaque lieu un `place_id`, une sorte (`kind` : `capital` capitale, `city` ville,
`town` petite ville ou localité, `air_base` base aérienne, `area` zone), son pays, ses coordonnées WGS 84 (le
système qu'utilise le GPS) et les sources de ces coordonnées :""",
"c18": """Deux lieux de l'article comptent plus que les autres : **Niamey**, la capitale du Niger, et **Agadez**, une
ville du désert au centre du Niger. Chacune avait une base aérienne américaine : la base aérienne 101, à l'aéroport
de Niamey, et la base de drones, la base aérienne 201, à l'extérieur d'Agadez.""",
"c20": """### Exercice

Quelle capitale du tableau est la plus au nord, et laquelle la plus à l'ouest ? Triez les capitales avec
`sort_values` (une longitude négative est à l'ouest de Greenwich), puis remplacez chaque `...` par le nom d'une
capitale, entre guillemets.""",
"c21": """# Votre essai : triez les capitales ici, puis écrivez les deux noms
capitals = places.query("kind == 'capital'")
furthest_north = ...
furthest_west = ...""",
"c22": """<details><summary>Solution</summary>

```python
capitals.sort_values("lat", ascending=False)[["name", "lat"]].head(1)   # la plus au nord
capitals.sort_values("lon")[["name", "lon"]].head(1)                   # la plus à l'ouest
```

Nouakchott, la capitale de la Mauritanie sur la côte atlantique, est à la fois la plus au nord et la plus à
l'ouest des capitales du tableau.

</details>""",
"c23": """## 3. Distances

`sk.distance_km` donne la distance **orthodromique** (*great-circle*) : le plus court chemin à la surface de la
Terre, comme pourrait voler un avion. Les routes sont plus longues. Donnez deux identifiants de lieux (ou deux
noms) :""",
"c25": """Vous pouvez aussi donner un couple `(lat, lon)` — l'ordre qu'utilise folium — pour n'importe quel point, par
exemple un point lu dans le tableau :""",
"c27": """Un tableau des distances de Niamey à chaque capitale, de la plus proche à la plus lointaine :""",
"c29": """### Exercice

Madama est un poste militaire isolé près de la frontière du Niger avec la Libye. De combien Agadez est-elle plus
proche de Madama que Niamey ? Qu'est-ce que cela suggère sur l'utilité d'une base à Agadez pour surveiller le
Sahara ?""",
"c30": """# Votre essai : remplacez chaque ... par une distance calculée avec sk.distance_km
agadez_to_madama = ...
niamey_to_madama = ...""",
"c31": """<details><summary>Solution</summary>

```python
agadez_to_madama = sk.distance_km("agadez", "madama")
niamey_to_madama = sk.distance_km("niamey", "madama")
round(niamey_to_madama - agadez_to_madama)
```

Agadez est à peu près deux fois plus proche de Madama que Niamey. Des avions basés au centre du Niger atteignent
le désert du nord et les routes vers la Libye bien plus vite que depuis la capitale, à l'extrême sud-ouest. La
chronologie donne le but de la base : « transférer leurs drones armés de Niamey vers un site plus central »
(événement `2015-air-base-201-construction`).

</details>""",
"c32": """## 4. La zone des trois frontières du Liptako-Gourma

Le Liptako-Gourma est la zone frontalière que partagent **le Mali, le Burkina Faso et le Niger**. C'est une zone,
pas un point : le tableau des lieux lui attribue un point représentatif, la ville de Dori au Burkina Faso, et le
dit dans sa description. Ne confondez pas la zone avec l'Autorité du Liptako-Gourma, l'organisme de développement
des trois États créé en 1970, dont le siège est à Ouagadougou (`aniamey-apa-alg-siege-ouagadougou`).""",
"c34": """Quels lieux du kit se trouvent à moins de 300 km de ce point ?""",
"c35b": """### Exercice : dessinez la carte des trois frontières

Dessinez une carte avec seulement les lieux situés à moins de 300 km du point des trois frontières, avec un titre
qui dit ce que montre la carte : remplacez les `...` entre les guillemets. Dessinez-la ensuite pour 150 km
(changez `300` dans la cellule précédente) : quels lieux disparaissent, et dans quels pays sont-ils ?""",
"c35c": """# Votre essai : remplacez ... par votre titre (gardez les guillemets)
sk.static_map(places=near, title="...")""",
"c35d": """<details><summary>Solution</summary>

```python
sk.static_map(places=near, title="Lieux du kit à moins de 300 km du point du Liptako-Gourma")
```

Un bon titre dit ce qui est montré et la règle qui l'a choisi (300 km autour d'un point qui représente une zone).
Les lieux proches du point se trouvent dans les trois pays : la zone n'appartient à aucun État seul, et c'est
pourquoi les trois juntes ont donné son nom à leur charte commune (cellules suivantes).

</details>""",
"c36": """La zone a donné son nom au traité qui a créé l'Alliance des États du Sahel :""",
"c38": """### Exercice (si vous avez plus de temps)

Quels événements de la chronologie se sont produits en l'un des lieux situés à moins de 300 km du point des trois
frontières ? Dans quels pays ? Qu'est-ce que cela vous apprend sur les risques d'une zone frontalière ?""",
"c39": """# Votre essai : remplacez ... par les événements dont le place_id est l'un des near_ids
near_ids = set(near["place_id"])
near_events = ...""",
"c40": """<details><summary>Solution</summary>

```python
near_events = events[events["place_id"].isin(near_ids)]
near_events[["date", "title", "place_id", "category"]]
```

La liste mêle les capitales Niamey et Ouagadougou (coups d'État, accords, remises de bases) avec Gao au Mali
(prise par des islamistes en 2012, quittée par les dernières troupes françaises en 2022) et Tongo Tongo au Niger, où
quatre soldats américains ont été tués dans une embuscade en octobre 2017, près de la frontière malienne. Les
attaques contre des civils et des villes y figurent aussi : environ 100 civils tués dans deux villages de la région
de Tillabéri en janvier 2021 (Tchoma Bangou et Zaroumdareye), et l'attaque du JNIM (GSIM) contre Djibo en mai 2025.
Les groupes armés passent des frontières qu'aucune armée ne contrôle seule. Le tableau des lieux note que les
trois États y ont créé en 2017 une force conjointe contre l'insécurité et le terrorisme, et leur charte de 2023 est
un pacte de défense mutuelle : une attaque contre l'un d'eux doit être considérée comme une agression contre tous.

</details>""",
"c41": """## 5. Si vous avez plus de temps : une carte interactive

`sk.sahel_map()` crée une carte folium que l'on peut déplacer et agrandir ; `sk.add_places` y ajoute les lieux
sous forme de marqueurs dont les fenêtres (*popups*) nomment les sources. C'est votre **navigateur** qui charge la
bibliothèque de cartes (Leaflet) et les fonds de carte depuis internet ; le noyau du notebook ne lit rien en ligne.
Pas d'internet en classe ? Servez-vous de la carte SVG de la section 1, qui n'a besoin de rien.""",
"c43": """### Exercice (si vous avez plus de temps)

Cliquez sur le marqueur de la base aérienne 201. Sa description dit que la base se trouve « à environ 5 km au
sud-est d'Agadez ». Calculez la distance entre les deux points du tableau (remplacez `...` par l'identifiant de
lieu de la base). Les deux concordent-elles ? Pourquoi pourraient-elles ne pas concorder exactement ?""",
"c44": """# Votre essai : remplacez ... par l'identifiant de lieu de la base aérienne 201, entre guillemets
base_id = ...""",
"c45": """<details><summary>Solution</summary>

```python
round(sk.distance_km("agadez", "air-base-201"), 1)
```

Les points sont à quelques kilomètres l'un de l'autre, près des « environ 5 km » de la description sans y être
exactement. Chaque point représente un lieu entier — un centre-ville, un aérodrome long de plusieurs kilomètres —
et les deux coordonnées viennent de sources différentes et sont arrondies. Une distance entre des points n'est
jamais plus précise que ces points.

</details>""",
"c46": """## Quiz""",
"c48": """## À retenir

- `sk.load_boundaries()` a une ligne par pays, avec les codes `iso3` (et les noms français dans `name_fr`) et les
  trois membres de l'AES (le Mali, le Burkina Faso, le Niger) signalés ; `sk.static_map()` les dessine sans internet.
- `sk.load_places()` donne des capitales, des villes, des bases et des zones, avec leurs coordonnées et leurs
  sources. Niamey (base aérienne 101) et Agadez (base aérienne 201) abritaient les bases américaines de l'article.
- `sk.distance_km(a, b)` prend des identifiants de lieux ou des couples `(lat, lon)` et renvoie des kilomètres
  orthodromiques.
- Le Liptako-Gourma est la zone où se rejoignent le Mali, le Burkina Faso et le Niger ; leur charte de défense
  mutuelle de 2023, qui a créé l'AES, porte son nom.
- `sk.sahel_map()` et `sk.add_places()` créent une carte interactive dont les fenêtres nomment les sources.""",
"c49": """## Et ensuite ?

[Une chronologie des coups d'État](03_timeline_of_coups.ipynb) : ce qui s'est passé dans ces pays, année après
année, et comment la CEDEAO, la Communauté économique des États de l'Afrique de l'Ouest, a réagi.""",
"c50": """## Ressources

Sources utilisées dans ce notebook (tirées de `data/sources.csv` ; titres dans leur langue d'origine) :

- Natural Earth, *1:50m Cultural Vectors, Admin 0 – Countries, version 5.1.1*, 2022-05-09. <https://www.naturalearthdata.com/downloads/50m-cultural-vectors/50m-admin-0-countries-2/> — `natural-earth-admin0-50m`
- Simple English Wikipedia, *Niamey*, non daté. <https://simple.m.wikipedia.org/wiki/Niamey> — `simplewiki-niamey`
- Wikipédia (copie Kiwix, 2023-10), *Agadez*, 2023-10-01. <https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Agades> — `kiwix-agadez`
- WikiMili (copie de Wikipédia en anglais), *Niger Air Base 201*, non daté. <https://wikimili.com/en/Niger_Air_Base_201> — `wikimili-niger-air-base-201`
- Wikipédia (copie IPFS), *Diori Hamani International Airport*, non daté. <https://en.wikipedia-on-ipfs.org/wiki/Diori_Hamani_International_Airport> — `wikipedia-ipfs-diori-hamani-airport`
- frwiki.wiki (copie italienne de Wikipédia en français), *Dori (Burkina Faso)*, non daté. <https://it.frwiki.wiki/wiki/Dori_%28Burkina_Faso%29> — `frwiki-dori`
- Wikipédia, *Liptako-Gourma Authority*, non daté. <https://en.wikipedia.org/wiki/Liptako-Gourma_Authority> — `wikipedia-liptako-gourma-authority`
- aNiamey (d'après l'agence APA), *Saidou Oua new Director General of the Liptako-Gourma Authority* (en français ; titre absent de la copie conservée), non daté. <http://news.aniamey.com/h/64745.html> — `aniamey-apa-alg-siege-ouagadougou`
- The Nation (Pakistan) (d'après l'AFP), *Mali, Niger, Burkina sign mutual defence pact*, 2023-09-18. <https://www.nation.com.pk/18-Sep-2023/mali-niger-burkina-sign-mutual-defence-pact> — `nation-pk-afp-2023-09-18-aes-pact`
- Libreinfo.net (Burkina Faso), *La charte du Liptako-Gourma* (en français ; cite les articles 5, 6 et 7 de la charte), 2023-09-17. <https://libreinfo.net/charte-liptako-gourma/?amp=1> — `libreinfo-2023-09-17-charte-liptako-gourma`
- Réseau Voltaire, *Liptako-Gourma Charter* (une traduction anglaise publiée par le site d'un réseau politique, non par les trois gouvernements : une copie, pas le texte même de la charte, que le kit n'a pas trouvé), non daté. <http://voltairenet.org/article219804.html> — `voltairenet-liptako-gourma-charter`
- Key.Aero, *Niger's UAV base*, non daté. <https://www.key.aero/article/nigers-uav-base> — `keyaero-niger-uav-base`

Les sources de chaque lieu sont dans sa colonne `source_ids` : `sk.load_places()[["place_id", "source_ids"]]`.""",
}

#: cell id -> hash of the English text its French was translated from (see --print-hashes).
TRANSLATED_FROM = {'c00': '9519f0ec7881', 'c00a': 'a08d6e0b545f', 'c01': 'bf6697c41d94', 'c02': 'b1702ab59466', 'c03': '805f4239d78f', 'c04': 'b4ff19122070', 'c06': '3d27f7ef76d6', 'c08': '96205b5b4057', 'c10': 'e62467320472', 'c11': '26406175e4fe', 'c12': 'cb4fb1a92f7e', 'c13': '202dad32af0b', 'c14': 'deb28eaf64cc', 'c15': '0a240592d34b', 'c18': '1940c5ed121b', 'c20': '4866b3ded4f8', 'c21': 'd3e6ee88a8c3', 'c22': '5b6bf6bd5fab', 'c23': '24f523202346', 'c25': '98c1325b3824', 'c27': 'dba7b9ed75c5', 'c29': '5a6ebd3173fb', 'c30': '73aa10b5e9dd', 'c31': 'bb8f54a99d1d', 'c32': '9490c68f1fa6', 'c34': 'c73df5374ea0', 'c35b': '10b8e27851d8', 'c35c': 'b947d5667664', 'c35d': '2d8f88817db2', 'c36': 'c7668c751583', 'c38': '8014ae3af6f9', 'c39': 'f3a10e5a97a5', 'c40': 'ed2853e99292', 'c41': '6ce890a8c0de', 'c43': 'dc4e2f982e67', 'c44': '4e381c5b1a51', 'c45': '727709dc3074', 'c46': 'f3a0b53284f3', 'c48': '446d53f713ec', 'c49': '52df463e9763', 'c50': 'a5932b6ab578'}

if __name__ == "__main__":
    build(NAME, FR, TRANSLATED_FROM)
