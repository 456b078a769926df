"""Write notebooks/fr/03_timeline_of_coups.ipynb: the French lesson 03, cell for cell on the English one.

Run: python scripts/i18n/build_fr_03.py [REPO_ROOT]   (--print-hashes: see scripts/i18n/build_fr_00.py).
Same guard as build_fr_00.py: it stops, naming the cells, when the English lesson gained a cell or when the
English text of a translated cell changed since its translation.
French-edition differences in code (deliberate): the setup cell (kit two folders up on a hub,
sk.set_language("fr")); cells w05 and w07 also show the `quote` column, which the French loader fills with the
juntas' original French words where the kit has them (coup_explanations.original_quote).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from frnb import build  # noqa: E402  (the shared build steps)

NAME = "03_timeline_of_coups"

FR = {
"c00": """# Une chronologie des coups d'État depuis 2012 : ce qui s'est passé, pourquoi, et les réponses

Élèves du secondaire et étudiants de première année d'université · Séance : 45 minutes · Les sections
intitulées *Si vous avez plus de temps* sont des prolongements · En autonomie : 70 minutes""",
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

Depuis 2012, des militaires ont pris le pouvoir à plusieurs reprises au Mali, au Burkina Faso et au Niger, et
l'organisation régionale ouest-africaine, la CEDEAO (Communauté économique des États de l'Afrique de l'Ouest), a
tenté de les ramener vers des élections. Ce notebook construit cette chronologie avec pandas à partir du tableau
des événements du kit : vous allez le filtrer, le compter et en tirer des graphiques. Puis vous lirez **pourquoi**
les coups d'État ont eu lieu — chaque explication avec le nom de celui qui la défend —, ce qu'a fait la CEDEAO, et
ce que les juntes (les gouvernements militaires issus des coups d'État) lui ont répondu.""",
"c02": """## Objectifs d'apprentissage

À la fin de cette leçon, vous saurez :

1. **o1** — Filtrer la table des événements par catégorie, par date et par pays avec pandas.
2. **o2** — Compter les événements par année et par pays, et représenter ces décomptes par un diagramme en barres fait de texte.
3. **o3** — Classer dans l'ordre chronologique les coups d'État de 2012 à 2025 et expliquer ce que décrit l'étiquette de « ceinture des coups d'État » (*coup belt*).
4. **o4** — Décrire comment la CEDEAO a réagi aux coups d'État et comment les juntes lui ont répondu, en disant de qui chaque position exprime le point de vue.""",
"c03": """## Prérequis

| Notion | Importance | Remarques |
|---|---|---|
| [Commencer ici](00_start_here.ipynb) | Nécessaire | Exécuter les cellules, les quiz, la progression |
| [Cartographier le Sahel](02_mapping_the_sahel.ipynb) | Utile | Où se trouvent les pays |
| pandas : `query`, `groupby`, `value_counts` | Utile | Chacun est montré avant que vous vous en serviez |

**Durée** : 45 minutes, 70 avec les prolongements""",
"c04": """## Mise en route

La première cellule a chargé le kit sous le nom `sk` et l'a mis en français. Celle-ci charge pandas et fait
afficher les longs textes des tableaux en entier, sur plusieurs lignes :""",
"c06": """## 1. Le tableau des événements

Chaque événement de la chronologie du kit est une ligne de `events.csv`, avec sa date, les pays concernés, une
catégorie et les sources qui le rapportent. En français, les titres et les descriptions sont traduits ; les
identifiants, les dates, les codes de pays et les catégories (`coup`, `withdrawal`…) restent ceux du tableau.""",
"c08b": """Les événements les plus récents que le kit enregistre sont à la fin du tableau. Lisez la description et les
sources de chacun avant de le citer : un seul compte rendu ne vaut pas confirmation.""",
"c09": """Toutes les dates ne sont pas connues au jour près. La colonne `date_precision` indique si une date est exacte au
jour (`day`), au mois (`month`) ou seulement à l'année (`year`) ; une date connue au mois près est enregistrée
comme le premier jour de ce mois.""",
"c12": """### Exercice (si vous avez plus de temps)

Certains événements ne sont connus qu'au mois ou à l'année près. Listez-les (remplacez `...`). Pourquoi
serait-il faux de dire qu'un tel événement a eu lieu « le 1er » de son mois ?""",
"c13": """# Votre essai : remplacez ... par les lignes dont date_precision n'est pas "day"
not_to_the_day = ...""",
"c14": """<details><summary>Solution</summary>

```python
events.query("date_precision != 'day'")[["date", "date_precision", "title"]]
```

Une date connue au mois près, comme `2021-12-01`, signifie « à un moment de décembre 2021 » : le chargeur
enregistre le début de la période pour que le tableau puisse être trié. Lisez toujours `date_precision` avant de
citer un jour précis.

</details>""",
"c15": """## 2. Filtrer les coups d'État

`query` garde les lignes qui remplissent une condition. Les coups d'État sont les événements dont la catégorie
est `coup` :""",
"c17": """La colonne `countries` contient un tuple, car un événement peut concerner plusieurs pays. `explode` donne une
ligne par couple (événement, pays), ce qui facilite le filtrage et le comptage par pays :""",
"c19": """Les dates se comparent comme des nombres : on peut donc ne garder qu'une période :""",
"c21": """### Exercice

Listez les coups d'État au Mali : remplacez `...` par le code à trois lettres du Mali, entre guillemets. Combien
la chronologie en compte-t-elle, et combien de temps a séparé les deux derniers ?""",
"c22": """# Votre essai : remplacez ... par le code du Mali, entre guillemets
mali = coups_by_country[coups_by_country["country"] == ...]
mali[["date", "title"]]""",
"c23": """<details><summary>Solution</summary>

```python
mali = coups_by_country[coups_by_country["country"] == "MLI"]
mali["date"].diff()
```

La chronologie compte trois coups d'État au Mali : mars 2012, août 2020 et mai 2021. Les deux derniers sont
séparés d'environ neuf mois : Assimi Goïta, qui avait mené le coup d'État d'août 2020, a fait arrêter le président
et le Premier ministre de la transition en mai 2021 (voir `sk.load_actors()`).

</details>""",
"c24": """## 3. Compter par année et par pays

`groupby` rassemble les lignes en groupes ; `.size()` compte chaque groupe. Les coups d'État par année :""",
"c26": """Un diagramme en barres fait de caractères de texte n'a besoin de rien, et se lit de la même façon dans un
notebook, dans un terminal ou sur papier :""",
"c27": """def text_bars(counts, symbol="█"):
    \"\"\"Renvoie les décomptes sous forme de tableau, avec une barre de symboles : un symbole par unité.\"\"\"
    return counts.to_frame().assign(bar=counts.map(lambda n: symbol * int(n)))""",
"c29": """Et par pays et par année à la fois, avec un tableau croisé (lignes : les pays, colonnes : les années) :""",
"ch03a": """La même histoire en image : un point par événement de la chronologie, une ligne par type d'événement. Lisez-la
de gauche à droite. Qu'est-ce qui vient en premier : les coups d'État, ou les départs des forces étrangères ? (Le
texte alternatif du graphique, lu par les lecteurs d'écran, donne les années de tous les points.)""",
"ch03c": """Chaque graphique du kit garde dans `.data` le tableau qu'il dessine : comptez vous-même les points de chaque
ligne.""",
"c31": """### Exercice : tracer un graphique

Comptez **tous** les événements de la chronologie par année, puis dessinez-les en diagramme en barres avec l'appel
standard de pandas, `.plot(kind="bar", ...)` (il utilise la bibliothèque matplotlib). Donnez au graphique un titre
qui dit ce qu'il montre, et indiquez l'unité sur l'axe des y (`ylabel="événements"`). Quelles années comptent le
plus d'événements ? Regardez leurs catégories : que se passait-il ?""",
"c32": """# Votre essai : remplacez ... par le nombre d'événements par année, puis dessinez-le
per_year = ...""",
"c33": """<details><summary>Solution</summary>

```python
per_year = events.groupby(events["date"].dt.year.rename("year")).size()
per_year.plot(kind="bar", title="Événements enregistrés dans la chronologie du kit, par année", ylabel="événements")
```

```python
busiest = per_year.idxmax()
events[events["date"].dt.year == busiest]["category"].value_counts()
```

Les années les plus chargées sont celles du coup d'État au Niger et de ce qui a suivi : les sanctions, les
retraits français, la nouvelle alliance des trois juntes, leur sortie de la CEDEAO et le retrait américain. Restez
prudents dans vos conclusions : ces décomptes mesurent ce que les auteurs du kit ont choisi d'enregistrer, pas tout
ce qui s'est passé.

</details>""",
"w00": """## 4. Pourquoi les coups d'État ont eu lieu

Une date dit *quand* des militaires ont pris le pouvoir, pas *pourquoi*. Il n'y a pas de réponse unique, et chaque
réponse est l'argument de quelqu'un : les juntes donnent leurs propres raisons, la CEDEAO et les gouvernements
étrangers les leurs, les chercheurs et la société civile d'autres encore. Le kit garde les principales
explications dans un tableau, chacune avec **qui la défend** et la source où il le dit. Lisez chaque ligne comme
« *X* affirme que… », et non comme le verdict du kit.""",
"w02": """Les thèmes sont les principales explications : `insecurity` (l'insécurité : une violence djihadiste que les
gouvernements ne parvenaient pas à arrêter), `army_grievances` (les griefs de l'armée : la colère des soldats
contre leurs moyens et leurs chefs), `governance` (la gouvernance : la corruption, les élections, la manière dont
l'État était dirigé), `anti_french_sentiment` (le sentiment anti-français), `regional_politics` (la politique
régionale), `foreign_security_assistance` (l'aide étrangère en matière de sécurité : des officiers formés par des
armées étrangères), `self_interest` (l'intérêt personnel : les ambitions des putschistes eux-mêmes) et
`no_justification` (l'idée qu'aucune raison ne rend un coup d'État légitime). La colonne `argued_by_kind` dit quel
type de voix défend chaque ligne. Qui défend quoi ?""",
"w03": """# Une ligne par thème et par type de voix : un tableau long et étroit, qui tient dans la page
explanations.groupby(["theme", "argued_by_kind"], observed=True).size().rename("arguments")""",
"w04": """Lisez côte à côte les explications d'un même coup d'État — le Niger, juillet 2023 : les raisons de la junte
elle-même, celles des collaborateurs du président renversé, d'un chercheur et de la CEDEAO. La colonne `quote`
donne leurs mots exacts quand le kit les a. Les militaires nigériens ont parlé en français : quand le kit a le
texte d'origine d'une déclaration faite en français, l'édition française le montre dans `quote` (ses sources sont
dans la colonne `original_source_ids`) ; les autres citations restent dans la langue de leur source, souvent
l'anglais.""",
"w05": """by_coup = explanations.explode("coup_event_ids")      # une ligne par couple (explication, coup d'État), comme à la section 2
niger = by_coup[by_coup["coup_event_ids"] == "2023-07-26-niger-coup"]
sk.show(niger[["theme", "explanation", "argued_by", "quote"]])""",
"w06": """La junte dit avoir agi en raison de l'insécurité et de la mauvaise gouvernance (« la dégradation continue de la
situation sécuritaire, la mauvaise gouvernance économique et sociale », déclaration télévisée du 26 juillet 2023) ;
les collaborateurs du président disent que la garde présidentielle a agi par intérêt personnel ; la CEDEAO a
réaffirmé « le principe de la tolérance zéro pour les changements anticonstitutionnels de gouvernement », quelles
que soient les raisons avancées. Ce sont des affirmations sur des motivations : aucun tableau ne peut prouver ce
que les putschistes avaient en tête. Ce que les données peuvent faire, c'est tester les prémisses — l'insécurité
s'aggravait-elle ? — et la colonne `evidence_event_ids` renvoie aux événements sur lesquels repose un argument.""",
"w06b": """### Exercice : écrire un paragraphe qui attribue chaque explication

Choisissez un coup d'État (remplacez `...` par son identifiant d'événement, pris dans `coups["event_id"]`, entre
guillemets) et lisez ses explications. Puis écrivez un paragraphe de trois ou quatre phrases qui donne **deux**
explications, chacune attribuée (« La junte a déclaré… », « Le chercheur X affirme… »), et qui dit quels éléments
pourraient appuyer ou affaiblir l'une d'elles.""",
"w07": """# Votre essai : remplacez ... par l'identifiant d'un coup d'État, puis écrivez votre paragraphe à la place de ...
coup_id = ...
mine = by_coup[by_coup["coup_event_ids"] == coup_id]
sk.show(mine[["theme", "explanation", "argued_by", "quote", "evidence_event_ids"]])

my_paragraph = \"...\"""",
"w08": """<details><summary>Solution</summary>

Un modèle pour le second coup d'État au Burkina Faso (`coup_id = "2022-09-30-burkina-faso-second-coup"`) :

> Les officiers qui ont renversé le lieutenant-colonel Damiba le 30 septembre 2022 ont déclaré qu'ils l'avaient
> pressé à plusieurs reprises de recentrer la transition sur la sécurité, alors que la situation se dégradait
> (déclaration lue à la télévision, `africa-com-reuters-2022-09-30-traore-statement`). Damiba, dans sa
> déclaration de démission, a affirmé que les unités qui s'étaient soulevées contre lui étaient « mues par des
> motivations individualistes, subjectives » (`alwihdainfo-2022-10-damiba-resignation`). Un article de presse
> français situait le coup d'État sur fond de désaccords au sein de l'armée sur le manque de résultats contre les
> djihadistes, quatre jours après l'embuscade de Gaskindé contre un convoi de ravitaillement (événement
> `2022-09-26-gaskinde-convoy-attack`) : cette attaque appuie la prémisse d'une sécurité qui se dégradait, mais
> elle ne prouve pas que c'était le vrai motif des officiers.

Un bon paragraphe nomme qui dit chaque chose, emploie comme le kit « a déclaré » et « affirme » au lieu de
présenter un motif comme un fait, et sépare ce qui peut être vérifié (une attaque, une date) de ce qui ne le peut
pas (un motif).

</details>""",
"c34": """## 5. La « ceinture des coups d'État »

Certains analystes appellent le Sahel une **« ceinture des coups d'État »** (en anglais *coup belt*) : une
tribune publiée par le Center for International Policy affirme même que « counter-terror turned the Sahel into a
coup-belt » (« la lutte antiterroriste a fait du Sahel une ceinture des coups d'État », traduction)
(`cip-armstrong-sahel-coup-belt`). L'expression est une description et, dans cette tribune, un argument ; les
événements qui la fondent peuvent être vérifiés. Quels pays, et combien de coups d'État, la chronologie du kit
enregistre-t-elle ?""",
"c36": """La carte SVG marque chaque coup d'État à son emplacement (elle n'a pas besoin d'internet et peut être
imprimée) :""",
"c37": """# NBVAL_CHECK_OUTPUT
sk.static_map(events=coups, title="Coups d'État enregistrés dans la chronologie du kit, 2012–2023")""",
"c38": """### Si vous avez plus de temps : la carte interactive et la transition au Tchad

La carte interactive colore chaque pays selon son nombre de coups d'État ; cliquez sur un pays pour voir chaque
coup d'État, avec sa date et ses sources. (La chronologie du kit couvre le Sahel : l'expression est parfois
employée pour une bande plus large de l'Afrique, que ces données ne couvrent pas.)""",
"c40": """La ligne du Tchad mérite une lecture attentive : l'armée a annoncé que le président Idriss Déby était mort des
blessures reçues en combattant des rebelles, et un conseil militaire dirigé par son fils a pris le pouvoir. Le kit
classe cette transition dans la catégorie `coup` ; la description dit exactement ce qui s'est passé. Lisez-la, et
pas seulement la catégorie :""",
"c42": """### Exercice (si vous avez plus de temps)

Mettez les coups d'État dans l'ordre chronologique et dites, pour chacun, qui a pris le pouvoir. Quels dirigeants
ont pris le pouvoir deux fois (dans le même pays) ? Remplacez `...` par le rôle des acteurs, lu dans
`sk.load_actors()`.""",
"c43": """# Votre essai : remplacez ... par le rôle de chaque acteur, cherché dans le tableau des acteurs
coups_by_actor = coups.explode("actors")
coups_by_actor.assign(role=...)[["date", "title", "actors", "role"]]""",
"c44": """<details><summary>Solution</summary>

```python
actors = sk.load_actors().set_index("actor_id")
coups_by_actor = coups.explode("actors")
coups_by_actor.assign(role=coups_by_actor["actors"].map(actors["role"]))[["date", "actors", "role"]]
```

Les événements sont déjà triés par date. Assimi Goïta apparaît dans les deux coups d'État au Mali, en 2020 et en
2021. Au Burkina Faso, le second coup d'État de 2022 a été mené **contre** l'auteur du premier : le capitaine
Ibrahim Traoré a renversé le lieutenant-colonel Damiba.

</details>""",
"c45": """## 6. La CEDEAO et les juntes

La **CEDEAO**, la Communauté économique des États de l'Afrique de l'Ouest, est l'organisation régionale de
l'Afrique de l'Ouest. Sa réponse aux coups d'État et la riposte des juntes figurent toutes deux dans la
chronologie. Trouvez tous les événements dont la CEDEAO (`ecowas`) est un acteur :""",
"c47": """Lisez comment chaque camp s'est expliqué. Chaque description dit de qui elle rapporte les mots ou les
décisions :""",
"c49": """En résumé, en précisant de qui chaque position est le point de vue :

- **La CEDEAO** (les décisions de ses sommets) : elle a fermé les frontières, suspendu les transactions
  financières et gelé des avoirs et, dans le cas du Niger, a donné sept jours à la junte pour rétablir le président
  Bazoum, sans exclure le recours à la force (`newsghana-2023-07-31-ecowas-niger`). Elle a ensuite levé la plupart
  des sanctions contre le Niger, en invoquant des raisons humanitaires (`tvc-2024-02-24-ecowas-lifts-niger`).
- **Les trois juntes** (leur déclaration commune) : la CEDEAO s'était éloignée des idéaux de ses fondateurs et ne
  les avait pas aidées à combattre le terrorisme, elles allaient donc la quitter
  (`usafricaonline-2024-01-28-quit-ecowas`) ; elles ont formé leur propre alliance, puis une confédération
  (`universalis-2024-07-06-confederation-aes`).

Aucune des deux déclarations n'est un récit neutre : chacune justifie sa propre décision. Les dates, les mesures et
qui les a annoncées, voilà la partie vérifiable.""",
"c50": """### Exercice (si vous avez plus de temps)

Combien de jours les sanctions de la CEDEAO contre le Niger ont-elles duré, du sommet qui les a imposées à celui
qui en a levé la plupart ? Comparez ensuite avec les sanctions contre le Mali en 2022. Lesquelles ont duré le plus
longtemps, et quelle raison la CEDEAO a-t-elle donnée pour lever les unes et les autres ?""",
"c51": """# Votre essai : remplacez ... par le nombre de jours (soustrayez deux dates du tableau des événements, puis .days)
dates = events.set_index("event_id")["date"]
niger_days = ...""",
"c52": """<details><summary>Solution</summary>

```python
niger = dates["2024-02-24-ecowas-lifts-niger-sanctions"] - dates["2023-07-30-ecowas-sanctions-niger"]
mali = dates["2022-07-03-ecowas-lifts-mali-sanctions"] - dates["2022-01-09-ecowas-sanctions-mali"]
niger.days, mali.days
```

Les sanctions contre le Niger ont duré plus longtemps (environ sept mois, contre environ six pour le Mali). La
CEDEAO a levé celles contre le Mali après que la junte a fixé une transition de 24 mois ; elle a levé la plupart de
celles contre le Niger en invoquant des raisons humanitaires — moins d'un mois après que les trois juntes avaient
annoncé leur départ de la CEDEAO. La chronologie seule ne montre pas que l'un a causé l'autre (le notebook 05 y
revient).

</details>""",
"c53": """## Quiz""",
"c55": """## À retenir

- `sk.load_events()` est la chronologie du kit, triée par date ; lisez `date_precision` avant de citer un jour.
- `query`, `explode`, `groupby(...).size()` et `pd.crosstab` la filtrent et la comptent par catégorie, par année
  et par pays ; une barre de caractères de texte est un graphique qui n'a besoin d'aucune bibliothèque de tracé.
- La chronologie compte sept coups d'État de 2012 à 2023 : trois au Mali, deux au Burkina Faso, un au Niger, et la
  transition militaire du Tchad en 2021. La « ceinture des coups d'État » est une étiquette d'analystes pour cet
  ensemble, pas un fait neutre.
- Pourquoi les coups d'État ont eu lieu : plusieurs réponses, chacune défendue par quelqu'un. Les juntes invoquent
  l'insécurité et la gouvernance, leurs adversaires l'intérêt personnel, des chercheurs les griefs de l'armée et le
  sentiment anti-français ; la CEDEAO s'en tient à la « tolérance zéro » envers les coups d'État, quelles que
  soient les raisons avancées. Attribuez chaque motif (« X affirme que… ») : les données peuvent tester des
  prémisses, pas des motivations.
- La CEDEAO a répondu par des suspensions et des sanctions, levées plus tard ; les juntes ont répondu en quittant
  la CEDEAO et en formant l'Alliance des États du Sahel, aujourd'hui une confédération (la Confédération des États
  du Sahel). Les raisons de chaque camp sont son propre point de vue.""",
"c56": """## Et ensuite ?

[Les forces étrangères](04_foreign_forces.ipynb) : la France, les États-Unis, la Russie, l'ONU et l'UE au Sahel,
année par année, sur une carte avec un curseur temporel.""",
"c57": """## Ressources

Sources utilisées dans ce notebook (tirées de `data/sources.csv` ; en anglais, sauf mention contraire) :

- Center for International Policy, *Counter-terror turned the Sahel into a coup-belt. U.S. policy in the region should move on.*, sans date. <https://internationalpolicy.org/publications/counter-terror-turned-the-sahel-into-a-coup-belt-u-s-policy-in-the-region-should-move-on/> — `cip-armstrong-sahel-coup-belt`
- Wikipedia, *2012 Malian coup d'état*, sans date. <https://en.wikipedia.org/wiki/2012_Malian_coup_d%27%C3%A9tat> — `wikipedia-2012-malian-coup`
- One America News (via Reuters), *West African bloc imposes economic sanctions on Mali over election delay*, 9 janvier 2022. <https://www.oann.com/west-african-bloc-imposes-economic-sanctions-on-mali-over-election-delay/?utm_source=rss&utm_medium=rss&utm_campaign=west-african-bloc-imposes-economic-sanctions-on-mali-over-election-delay> — `oann-reuters-2022-01-09-ecowas-sanctions-mali`
- Devdiscourse (via Reuters), *West African leaders lift economic and financial sanctions on Mali*, 4 juillet 2022. <https://www.devdiscourse.com/article/law-order/2096622-west-african-leaders-lift-economic-and-financial-sanctions-on-mali> — `devdiscourse-reuters-2022-07-04-ecowas-lifts-mali`
- News Ghana, *ECOWAS takes decisive action in response to Niger's political crisis*, 31 juillet 2023. <https://newsghana.com.gh/ecowas-takes-decisive-action-in-response-to-nigers-political-crisis/> — `newsghana-2023-07-31-ecowas-niger`
- USAfricaonline, *Niger, Mali and Burkina Faso quit ECOWAS for failure to assist in their existential fight against terrorism, insecurity*, 28 janvier 2024. <https://usafricaonline.com/2024/01/28/niger-mali-and-burkina-faso-quit-ecowas-for-failure-to-assist-in-their-existential-fight-against-terrorism-insecurity/> — `usafricaonline-2024-01-28-quit-ecowas`
- TVC News, *ECOWAS lifts sanctions on Niger with immediate effect*, 24 février 2024. <https://www.tvcnews.tv/2024/02/ecowas-lifts-sanctions-on-niger-with-immediate-effect/> — `tvc-2024-02-24-ecowas-lifts-niger`
- Encyclopædia Universalis (en français), *6 juillet 2024 – Burkina Faso - Mali - Niger. Institution de la Confédération des États du Sahel*, sans date. <https://universalis.fr/evenement/6-juillet-2024-institution-de-la-confederation-des-etats-du-sahel> — `universalis-2024-07-06-confederation-aes`
- Punch (Nigeria), *ECOWAS okays withdrawal of Niger, Mali, B'Faso by January 2025*, 15 décembre 2024. <https://punchng.com/breaking-ecowas-okays-withdrawal-of-niger-mali-bfaso-by-january-2025/?utm_source=rss.punchng.com&utm_medium=web> — `punch-2024-12-15-ecowas-okays-withdrawal`

Sources en français des déclarations citées dans leur langue d'origine à la section 4 :

- Lupschada (via Le Monde), *Au Niger, des militaires affirment avoir renversé le président Mohamed Bazoum*, juillet 2023. <https://lupschada.com/au-niger-des-militaires-affirment-avoir-renverse-le-president-mohamed-bazoum/> — `lupschada-lemonde-2023-07-26-niger-soldiers-overthrow`
- Educarriere, *Niger : Le coup d'Etat consommé, Colonel Major Amadou Abdramane, nouvel homme fort du pays, voici ce qu'il a décidé*, juillet 2023. <https://news.educarriere.ci/news-37881-niger-le-coup-d-etat-consomme-colonel-major-amadou-abdramane-nouvel-homme-fort-du-pays-voici-ce-qu-il-a-decide.html> — `educarriere-2023-07-niger-abdramane-statement`
- Alwihda Info, *Burkina Faso : le président déchu déplore les motivations individualistes des putschistes*, octobre 2022. <https://www.alwihdainfo.com/Burkina-Faso-le-president-dechu-deplore-les-motivations-individualistes-des-putschistes_a117725.html> — `alwihdainfo-2022-10-damiba-resignation`

Chaque événement donne ses propres sources dans la colonne `source_ids` de `sk.load_events()` ; chaque explication
les siennes dans `source_ids` (et, pour une citation d'origine en français, dans `original_source_ids`) de
`sk.load_coup_explanations()`.""",
"c28": """# NBVAL_CHECK_OUTPUT
text_bars(coups_per_year)""",
"c30": """# NBVAL_CHECK_OUTPUT
pd.crosstab(coups_by_country["country"], coups_by_country["date"].dt.year.rename("year"))""",
"ch03d": """# NBVAL_CHECK_OUTPUT
timeline.data["category"].value_counts().sort_index()""",
"c35": """# NBVAL_CHECK_OUTPUT
coups_by_country["country"].value_counts()""",
}

#: cell id -> hash of the English text its French was translated from (see --print-hashes).
TRANSLATED_FROM = {'c00': 'd8ac37bd2a24', 'c00a': 'a08d6e0b545f', 'c01': '43db8290b749', 'c02': 'b97c272c3fa5', 'c03': '41a74d092d84', 'c04': '45f75c2a984d', 'c06': '0518e953843d', 'c08b': 'dc9703a524f9', 'c09': '7b6d14274243', 'c12': 'cc6158cd0492', 'c13': 'bbf548152c94', 'c14': 'fcc0691cd44a', 'c15': 'dc2145c25f46', 'c17': '29ca6086e107', 'c19': 'f50b21e27fdf', 'c21': '475feb3c8489', 'c22': '5fe5a07a6472', 'c23': '6b3bc79fc3fc', 'c24': '66fcb35f60f4', 'c26': 'dca53f11b035', 'c27': '530f8986206c', 'c28': 'd74f584eed8a', 'c29': 'b3e882854a8a', 'c30': '0c22d940b33f', 'ch03a': '7043b69fd00b', 'ch03c': '4e551346014a', 'ch03d': '3a75813ef963', 'c31': '8bc6546f82c8', 'c32': 'e8e52f8d3895', 'c33': '122778cd988e', 'w00': 'a1266baac4af', 'w02': 'ee95a17dea94', 'w03': '7d9b5b1f09e6', 'w04': '74d2fd06ff05', 'w05': '687c5f2651c2', 'w06': '287a50d63b32', 'w06b': 'c8befc297594', 'w07': '9f9e6b986e20', 'w08': '96e14601ea39', 'c34': 'fac2e4f3a776', 'c35': '16c63a3a555b', 'c36': 'b93114fdf357', 'c37': 'be228c3b41ad', 'c38': 'a83e2459c75a', 'c40': '1018dbbd3970', 'c42': '48bdfd28d364', 'c43': '00aac1b2699f', 'c44': 'bed85f26db4c', 'c45': 'e7299c18d53e', 'c47': '8a2209f89a2d', 'c49': 'd8cbcb72f1e9', 'c50': 'cb374f537a60', 'c51': '248220c03974', 'c52': 'fb3acac374f0', 'c53': 'f3a0b53284f3', 'c55': '45b5a2f10554', 'c56': '9afbbb89897d', 'c57': '2cf0727f7d76'}


if __name__ == "__main__":
    build(NAME, FR, TRANSLATED_FROM)
