"""Write notebooks/fr/06_what_changes.ipynb: the French lesson 06, cell for cell on the English one.

Run: python scripts/i18n/build_fr_06.py [REPO_ROOT]   (--print-hashes: see TRANSLATED_FROM)
Pattern of scripts/i18n/build_fr_00.py: same cell ids, tags and order as the English lesson; FR holds the French
source of every markdown cell and of every code cell with a comment or a printed string (a code cell without
either is copied as it is). The build stops, naming the cells, when the English lesson gained a cell or when the
English text of a translated cell changed since its translation (TRANSLATED_FROM keeps a hash of that English).

The dashboard's button is named as the French catalogue labels it (sahel_kit/locale/fr/LC_MESSAGES/sahel_kit.po,
msgid "Export my results": « Exporter mes résultats »). The map of section 3 keeps its English title for now (the
maps wing is translated separately). French originals: the AES's « sans délai » (joint communiqué of 28 January
2024), Mali's « rejette catégoriquement ces fausses allégations » and Burkina Faso's « refondation de l'État » (as
in data/translations/fr/events.csv).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from frnb import build  # noqa: E402  (the shared build steps)

NAME = "06_what_changes"

FR = {
"c00": r"""# Ce qui change : conséquences et scénarios

Élèves du secondaire et étudiants · Séance : 45 minutes (tronc commun) · Prolongements (*Si vous avez plus de temps*) : environ 30 minutes · En autonomie : 80 minutes""",
"c00a": r"""# Exécutez d'abord cette cellule (cliquez dedans, puis Maj + Entrée) : elle charge le kit, en français, et dit de quand datent ses données
try:
    import sahel_kit as sk
except ModuleNotFoundError:  # sur un hub de la classe (nbgitpuller), le kit n'est pas installé : on prend la copie
    import sys, pathlib
    sys.path.insert(0, str(pathlib.Path.cwd().parents[1]))
    import sahel_kit as sk
sk.set_language("fr")
print("Données à jour au", sk.data_as_of())""",
"c01": r"""## Présentation

Des forces étrangères sont parties, d'autres sont arrivées, et trois États dirigés par des juntes (des gouvernements
militaires arrivés au pouvoir par un coup d'État) ont bâti une nouvelle alliance, l'Alliance des États du Sahel
(AES). Qu'est-ce que cela change — pour la lutte contre les groupes armés et pour les civils, pour l'aide, pour les
alliances régionales, pour les partis politiques et la presse ? Ce notebook n'utilise que des chiffres que donnent
les sources du kit, et dit de qui vient chaque évaluation d'une conséquence. Ensuite, vous débattez de l'avenir à
l'aide de scénarios, vous répondez à un quiz de révision, et vous exportez vos résultats.""",
"c02": r"""## Objectifs d'apprentissage

À la fin de cette leçon, vous saurez :

1. **o1** — Décrire les conséquences de ce basculement pour la lutte antiterroriste, l'aide, les alliances régionales et l'économie, en n'utilisant que des chiffres sourcés et en disant de qui vient chaque évaluation.
2. **o2** — Juger les affirmations de la partie « Why this matters » de l'article à l'aide du tableau des affirmations, en distinguant un fait vérifiable d'une prévision ou d'une opinion.
3. **o3** — Défendre un scénario pour l'avenir de la région, arguments à l'appui, et nommer les éléments qui le rendraient plus ou moins probable.
4. **o4** — Combiner les tableaux du kit (événements, lieux, présences, acteurs, affirmations) pour répondre à des questions de révision portant sur les notebooks 01 à 06.""",
"c03": r"""## Prérequis

| Notion | Importance | Remarques |
|---|---|---|
| [Notebook 01](01_reading_the_article.ipynb) : affirmations et verdicts | Nécessaire | Le tableau des affirmations sert tout au long de la leçon |
| [Notebooks 03 à 05](03_timeline_of_coups.ipynb) : coups d'État, forces, acteurs | Nécessaire | Le quiz de révision porte sur chacun d'eux |
| Fait, prévision, opinion | Nécessaire | Une prévision peut être raisonnable sans être encore vérifiable |
| Filtrer avec pandas, `value_counts` | Utile | Le code est prêt à être exécuté |

**Durée** : 45 minutes pour le tronc commun, 75 avec tous les prolongements""",
"c04": r"""## Mise en route

La première cellule a chargé le kit sous le nom `sk`. Celle-ci charge pandas sous le nom `pd`, fait afficher les
longs textes des tableaux en entier, sur plusieurs lignes, au lieu de les couper par « ... », et charge les tableaux
dont ce notebook se sert.""",
"c05": r"""import pandas as pd
sk.readable_tables()  # affiche les colonnes de texte en entier, renvoyées à la ligne

events, claims, presence = sk.load_events(), sk.load_claims(), sk.load_presence()""",
"c06": r"""## 1. Sécurité : ce qui a été perdu, qui le dit, et ce que les civils ont payé

La partie « Why this matters » (pourquoi c'est important) de l'article, des phrases `w1-s1` à `w2-s3`, avance
plusieurs affirmations sur les conséquences. Le tableau des affirmations pèse chacune d'elles ; voici celles qui
portent sur la sécurité :""",
"c08": r"""Lisez les explications : chacune dit *de qui* vient l'inquiétude. Reuters a rapporté qu'en juillet 2024 des
responsables américains avertissaient que le renseignement américain sur les groupes extrémistes de la région
s'affaiblissait (affirmation `c28`) ; AP a présenté la base aérienne 201 comme l'une des deux plateformes
essentielles des opérations antiterroristes américaines au Niger, tandis que le gouvernement militaire nigérien,
qui avait qualifié d'illégale la présence des troupes américaines, voyait les choses autrement (affirmation `c31`).""",
"c09": r"""for row in security.itertuples():
    print(f"{row.claim_id} ({row.verdict}) : {row.explanation}\n")""",
"c10": r"""Le chiffre de victimes du tableau des affirmations vient de l'analyse d'un centre de réflexion : dites-le quand vous
l'utilisez. Le Center for International Policy indique que 12 000 personnes ont été tuées dans le Sahel central en
2023, contre 6 000 en 2021, des civils pour la plupart (affirmation `c29`, source `cip-armstrong-sahel-coup-belt`).
Le tableau des événements n'est **pas** un décompte des victimes : c'est une sélection d'événements datés, et compter
ses lignes `conflict` mesure les choix du kit, pas la violence.""",
"c11": r"""# NBVAL_CHECK_OUTPUT
events["category"].value_counts().sort_index()""",
"deaths1": r"""Les tableaux de bilans du kit donnent des chiffres publiés par pays et par année, une définition par ligne (le
titre du graphique la nomme). Les lignes en pointillés marquent les coups d'État ; les retraits étrangers ont eu lieu
en 2022–2024 (notebook 04). Comparez l'avant et l'après — et rappelez-vous qu'un changement après un coup d'État ne
montre pas que le coup en est la cause : d'autres choses ont changé les mêmes années.""",
"deaths3": r"""# NBVAL_CHECK_OUTPUT
deaths.data[["country", "when", "value", "measure"]]""",
"harm1": r"""Derrière les totaux, il y a des personnes. Les événements de la catégorie `civilian_harm` enregistrent les
principaux massacres, frappes et attaques contre des civils dans les trois pays, par tous les camps que les sources
accusent — groupes armés, armées nationales et leurs supplétifs, une frappe aérienne française (selon une conclusion
de l'ONU que la France conteste), Wagner aux côtés de l'armée malienne (selon l'ONU et Human Rights Watch) — chacun
avec son bilan et qui l'a rapporté (notebook 04, section 6). Regardez qui est accusé avant et après les retraits
étrangers de 2022–2024 :""",
"c12": r"""### Exercice : exact, mais sur quoi ?

L'affirmation `c28` (« cette décision suscite des inquiétudes pour la lutte antiterroriste » ; dans l'article :
« the move raises concerns about counterterrorism ») est jugée exacte (`accurate`). Exacte sur quoi, précisément —
que la situation sécuritaire s'est dégradée, ou que des gens ont exprimé des inquiétudes ? Lisez son explication et
dites de qui elle rapporte l'inquiétude.""",
"c13": r"""# Votre essai : remplacez ... par l'identifiant de l'affirmation
claims.loc[claims["claim_id"] == "...", "explanation"]""",
"c14": r"""<details><summary>Solution</summary>

```python
claims.loc[claims["claim_id"] == "c28", "explanation"].item()
```

Le verdict vérifie que **des inquiétudes ont été exprimées**, pas que la sécurité s'est dégradée à cause du retrait.
L'explication le dit : « L'inquiétude est surtout celle de responsables américains et d'analystes occidentaux. » Un
résumé prudent : *des responsables américains craignaient que leur renseignement sur les groupes armés s'affaiblisse
(Reuters, juillet 2024)*. Savoir si le retrait a rendu la région moins sûre est une prévision qui demande des
preuves ultérieures ; le gouvernement militaire nigérien, qui avait qualifié d'illégale la présence des troupes
américaines, voyait ce départ autrement (affirmation `c31`).

</details>""",
"disp1": r"""### Si vous avez plus de temps : les déplacements, tracés par vous

Le tableau des déplacements compte les personnes forcées de quitter leur foyer, une définition par `measure`.
L'agence nationale d'urgence du Burkina Faso, le CONASUR (Conseil national de secours d'urgence et de
réhabilitation), a enregistré les personnes déplacées internes mois après mois :""",
"disp3": r"""#### Exercice

Gardez les lignes du Burkina Faso comptées par le CONASUR (`measure` vaut `conasur_idps`) et tracez `value` en
fonction de `as_of` avec `df.plot`, avec un titre qui dit ce que montre le graphique et une légende de l'axe des y
qui donne son unité. Où la ligne s'arrête-t-elle, et pourquoi ? Comparez avec `sk.outcomes_chart("displacement")`.""",
"disp4": r"""# Votre essai : remplacez ... par la mesure, puis enlevez le # et complétez le titre
bfa = displacement[(displacement["country"] == "BFA") & (displacement["measure"] == "...")]
# bfa.plot(x="as_of", y="value", marker="o", title="...", ylabel="personnes", legend=False)""",
"disp5": r"""<details><summary>Solution</summary>

```python
bfa = displacement[(displacement["country"] == "BFA") & (displacement["measure"] == "conasur_idps")]
bfa.plot(x="as_of", y="value", marker="o", legend=False, ylabel="personnes",
         title="Personnes déplacées internes enregistrées par le CONASUR, Burkina Faso, 2018–2023")
```

La ligne monte d'environ 50 000 (décembre 2018) à plus de deux millions (mars 2023), puis s'arrête : le kit n'a
trouvé aucun chiffre plus récent du CONASUR (`data/README.md` le signale). Une ligne qui s'arrête n'est pas une
chute à zéro. Mêler dans une même ligne le registre du CONASUR et les chiffres du HCR ou de l'IDMC reviendrait à
joindre deux définitions ; `outcomes_chart` ne le fait jamais, et vous non plus ne devriez pas le faire.

</details>""",
"c15": r"""## 2. L'aide et l'économie

La phrase `w2-s2` dit que la rupture « would also impact development and humanitarian aid funds destined for Niger »
(aurait aussi des conséquences sur les fonds d'aide au développement et d'aide humanitaire destinés au Niger). Le
tableau des affirmations la juge inexacte (`inaccurate`) : sa prémisse comme sa prédiction sont fausses.""",
"c17": r"""Il n'y a pas eu de rupture diplomatique : le Niger a mis fin à la coopération militaire, mais l'ambassadrice des
États-Unis est restée à Niamey, et la déclaration commune de mai 2024 indiquait que le retrait n'affectait pas les
relations de développement (affirmation `c32`). Et la coupe de l'aide est venue avec le coup d'État, pas avec le
retrait des troupes : le 10 octobre 2023, les États-Unis ont officiellement qualifié de coup d'État la prise du
pouvoir, ce qui suspendait l'aide à la lutte antiterroriste, la formation militaire et une partie de l'aide
extérieure (événement `2023-10-10-us-declares-niger-coup`) ; un reportage de la BBC repris par le Nile Post chiffrait
la coupe à plus de 500 millions de dollars (`nilepost-2023-10-11-us-cuts-aid-niger`), et le département d'État a
indiqué que l'aide humanitaire, alimentaire et sanitaire vitale se poursuivrait.

L'autre pression économique que montrent les tableaux du kit est venue de la région elle-même : les sanctions de la
CEDEAO, la Communauté économique des États de l'Afrique de l'Ouest, ont fermé des frontières, suspendu des
transactions financières et gelé des avoirs, d'abord au Mali, puis au Niger.""",
"c19": r"""for row in sanctions.itertuples():
    print(f"{row.date:%Y-%m-%d} {row.title} : {row.description}\n")""",
"c20h": r"""### Si vous avez plus de temps : combien de temps les sanctions ont-elles duré ?

Les sanctions sont imposées et levées lors d'événements datés ; le calcul est simple, son sens l'est moins.""",
"c20": r"""#### Exercice

Combien de temps ont duré les sanctions économiques de la CEDEAO contre chaque pays, d'après le tableau des
événements ? Associez chaque événement qui impose des sanctions à l'événement qui les lève, et calculez le nombre de
jours. Puis lisez les descriptions des deux levées : tout a-t-il été levé ce jour-là ?""",
"c21": r"""# Votre essai : remplacez chaque ... par un identifiant d'événement pris dans `sanctions`
dates = sanctions.set_index("event_id")["date"]
mali_days = ...  # dates["<événement de levée>"] - dates["<événement des sanctions>"]
mali_days""",
"c21check": r"""# Auto-vérification pour le Mali : exécutez cette cellule après votre essai
sk.self_check(mali_days, "dac53c17c250")""",
"c22": r"""<details><summary>Solution</summary>

```python
dates = sanctions.set_index("event_id")["date"]
mali = dates["2022-07-03-ecowas-lifts-mali-sanctions"] - dates["2022-01-09-ecowas-sanctions-mali"]
niger = dates["2024-02-24-ecowas-lifts-niger-sanctions"] - dates["2023-07-30-ecowas-sanctions-niger"]
mali.days, niger.days
```

Mali : 175 jours (de janvier à juillet 2022). Niger : 209 jours (de juillet 2023 à février 2024). Les deux
événements de levée disent que certaines mesures ont été maintenues : « avoir vécu sous sanctions » dépend donc des
sanctions que l'on compte. Le kit n'a aucun chiffre sourcé du coût économique des sanctions, alors n'en inventez
pas : dites ce qui a été fermé ou gelé, et quand.

</details>""",
"c23": r"""## 3. Alliances régionales : l'AES, la CEDEAO et la fin des bases françaises

La carte régionale a changé en quatre étapes : la charte du Liptako-Gourma a créé l'AES (16 septembre 2023) ; les
trois États ont annoncé leur retrait de la CEDEAO (28 janvier 2024) ; ils ont transformé l'AES en confédération
(6 juillet 2024) ; leur qualité de membre de la CEDEAO a pris fin le 29 janvier 2025. En septembre 2025, ils ont
aussi annoncé leur retrait de la Cour pénale internationale (événement `2025-09-22-aes-leave-icc`).""",
"c25": r"""Entre-temps, les bases françaises ont fermé au-delà de l'AES : le Tchad a mis fin à son accord de défense avec la
France en novembre 2024, disant vouloir affirmer sa pleine souveraineté (événement
`2024-11-28-chad-ends-french-defence-pact`), et la France a remis ses dernières bases au Sénégal en juillet 2025
(`2025-07-17-france-leaves-senegal`). La carte montre les événements d'alliance et de retrait de 2023 à 2025
(survolez un point pour voir son titre).""",
"c26": r"""# NBVAL_CHECK_OUTPUT
capitals = sk.load_places().query("kind == 'capital'")
changes = events[events["category"].isin(["alliance", "withdrawal"])]
sk.static_map(places=capitals, events=changes, start=2023, end=2025, title="Alliances and withdrawals, 2023–2025")""",
"c27h": r"""### Si vous avez plus de temps : annoncé « sans délai », effectif un an plus tard

Les institutions ont leur propre calendrier.""",
"c27": r"""#### Exercice

En janvier 2024, les États de l'AES ont annoncé leur retrait « sans délai » de la CEDEAO (communiqué conjoint du
28 janvier 2024, `africanperceptions-2024-01-28-aes-communique`). À l'aide de `aes_steps`, combien de jours se sont
écoulés entre cette annonce (28 janvier 2024) et la fin de leur qualité de membre de la CEDEAO ? Que vous apprend
l'écart entre l'annonce et son effet sur les institutions régionales ?""",
"c28": r"""# Votre essai : remplacez chaque ... par un identifiant d'événement pris dans aes_steps
d = events.set_index("event_id")["date"]
gap = ...  # (d["<effectif>"] - d["<annoncé>"]).days
gap""",
"c28check": r"""# Auto-vérification : exécutez cette cellule après votre essai
sk.self_check(gap, "0788979fc936")""",
"c29": r"""<details><summary>Solution</summary>

```python
d = events.set_index("event_id")["date"]
(d["2025-01-29-aes-exit-ecowas-effective"] - d["2024-01-28-aes-leave-ecowas"]).days
```

367 jours, un an et un jour (2024 était une année bissextile). Le retrait avait été annoncé comme immédiat, mais le
traité de la CEDEAO fixe une procédure : son sommet de décembre 2024 a pris acte du retrait en application de
l'article 91, et la qualité de membre a pris fin le 29 janvier 2025, avec une période de transition jusqu'au
29 juillet 2025 pour la médiation. Les institutions ont leurs propres règles et leurs propres calendriers, qui
ralentissent même une rupture décidée.

</details>""",
"pol1": r"""## 4. Après les coups d'État : transitions, partis et presse

Les transitions des juntes se sont allongées. En juillet 2022, la junte malienne a fixé une transition de 24 mois
s'achevant en mars 2024 (événement `2022-07-03-ecowas-lifts-mali-sanctions`) ; en juillet 2025, Goïta a obtenu un
mandat de cinq ans renouvelable, sans élection (`2025-07-08-goita-five-year-term`). Au Burkina Faso, des assises
nationales ont fixé la transition à 60 mois à compter de juillet 2024 (`2024-05-25-burkina-transition-extended`).
Au Niger, Tchiani a prêté serment pour une transition de 60 mois en mars 2025 (`2025-03-26-tchiani-sworn-in`). Les
derniers événements de la catégorie `politics` :""",
"pol2": r"""Entre-temps, les trois juntes ont dissous les partis politiques — le Niger en mars 2025, le Mali en mai 2025, le
Burkina Faso en janvier 2026 — et suspendu les médias publics français RFI et France 24 (le Mali en mars 2022, le
Burkina Faso à partir de décembre 2022, le Niger en août 2023). Des voix critiques ont été arrêtées ou enrôlées de
force. La catégorie `civil_society` enregistre chaque mesure, avec la raison donnée par le gouvernement et ce qu'en
disaient les critiques, quand les sources le rapportent :""",
"pol4": r"""### Exercice : une mesure, deux versions

Choisissez dans `civic` une mesure visant des partis, la presse ou une voix critique. À partir de sa description,
notez : qui a décidé, la raison donnée, et ce qu'a dit une voix critique ou la partie visée. De qui est chaque
version ?""",
"pol5": r"""# Votre essai : remplacez chaque ... après avoir lu la description
# (civic.loc[civic["event_id"] == "...", "description"] l'affiche)
measure = {"event_id": "...", "décidée par": "...", "leur raison": "...", "l'autre version": "..."}
measure""",
"pol6": r"""<details><summary>Solution</summary>

Un exemple, `2022-03-17-mali-suspends-rfi-france24` :

```python
measure = {"event_id": "2022-03-17-mali-suspends-rfi-france24",
           "décidée par": "le gouvernement de transition malien (porte-parole : le colonel Abdoulaye Maïga)",
           "leur raison": "il « rejette catégoriquement ces fausses allégations » d'exactions de l'armée et de Wagner",
           "l'autre version": "les deux médias avaient relayé des accusations de Human Rights Watch et de la "
                              "haute-commissaire de l'ONU aux droits de l'homme"}
```

Autres exemples : le décret du Burkina Faso qui dissout les partis (le ministre de l'Administration territoriale a
parlé de « refondation de l'État » et a dit que la multiplication des partis avait alimenté les divisions),
l'arrestation au Niger de Moussa Tchangari (inculpé d'apologie du terrorisme ; Amnesty International et Human
Rights Watch y voient une détention pour l'exercice pacifique de ses droits). Une raison déclarée vous donne la
version du gouvernement, pas la preuve que c'est le vrai motif — et la version des critiques est elle aussi une
affirmation.

</details>""",
"c30": r"""## 5. Des scénarios à discuter

Un scénario n'est pas une prédiction : c'est un récit cohérent de ce qui *pourrait* arriver, avec des **signaux** —
des indices qui le rendraient plus ou moins probable. En voici trois pour le Sahel après les retraits étrangers.
Aucun n'est la prévision du kit ; défendez ou contestez chacun avec les tableaux.

| Scénario | Le récit | Signaux à surveiller dans les tableaux du kit |
|---|---|---|
| **A. Consolidation** | L'AES se renforce, avec un soutien sécuritaire russe, et les juntes restent au pouvoir | de nouveaux événements `alliance` de l'AES ; des lignes russes de `presence` qui restent ouvertes ; de longues transitions (événements `politics`) ; des partis dissous (événements `civil_society`) |
| **B. Réengagement** | Les États de l'AES et la CEDEAO ou des partenaires occidentaux trouvent de nouveaux arrangements | des événements `diplomacy` entre des États de l'AES et la CEDEAO, les États-Unis ou la France ; le retour de missions de formation |
| **C. Fragmentation** | Les groupes armés gagnent du terrain et l'alliance se fissure | des événements `conflict` et `civilian_harm` ; des différends entre membres de l'AES ; de nouveaux coups d'État |""",
"c31": r"""Un signal en code : quand chaque sorte d'événement s'est-elle produite pour la dernière fois dans les données du kit ?
(Les données s'arrêtent là où s'arrêtent les sources ; une catégorie devenue silencieuse n'a peut-être simplement
pas encore été collectée.)""",
"c32": r"""# NBVAL_CHECK_OUTPUT
events.groupby("category", observed=True)["date"].max().dt.strftime("%Y-%m-%d").sort_values()""",
"c35": r"""### Exercice : défendre un scénario

Choisissez un scénario. Trouvez **deux** lignes du kit (dans n'importe quel tableau) qui le soutiennent et **une**
qui va contre, et inscrivez-les par leur identifiant dans le dictionnaire ci-dessous. Puis **rédigez un paragraphe**
(3 à 5 phrases) qui défend votre scénario avec ces lignes et nomme le nouvel événement qui vous ferait changer
d'avis.""",
"c36": r"""# Votre essai : choisissez un scénario et complétez les identifiants (event_id, presence_id ou claim_id)
my_scenario = {"scénario": "...", "pour": [], "contre": []}
my_argument = "..."  # votre paragraphe
my_scenario, my_argument""",
"c37": r"""<details><summary>Solution</summary>

Une réponse possible pour **A. Consolidation** :

```python
my_scenario = {
    "scénario": "A. Consolidation",
    "pour": ["2024-07-06-aes-confederation", "rus-africa-corps-bfa"],
    "contre": ["2023-11-14-kidal-retaken"],
}
```

Pour : le traité de la confédération a approfondi l'alliance, et la ligne de l'Africa Corps (la force du ministère
russe de la Défense) au Burkina Faso est toujours ouverte. Trouver un argument contre est plus difficile — on peut
soutenir que `2023-11-14-kidal-retaken` montre l'État regagnant du terrain (ce qui va dans le sens de A), ou que les
rebelles ont dit vouloir poursuivre le combat (ce qui oriente vers C). Les bonnes réponses montrent qu'un même
événement peut se lire en faveur de plus d'un scénario. Un nouveau coup d'État dans un État de l'AES, ou le retour
d'un État de l'AES dans la CEDEAO, changerait la donne.

</details>""",
"c38": r"""## 6. Révision sur tout le kit, et vos résultats

Les tableaux du kit sont reliés : les événements se produisent en des **lieux**, impliquent des **acteurs**, et
ouvrent ou ferment une **présence** ; les phrases de l'article sont pesées comme des **affirmations**. Comment les
verdicts de l'article s'additionnent-ils ?""",
"c41": r"""# NBVAL_CHECK_OUTPUT
claims["verdict"].value_counts()""",
"c42": r"""Enfin, votre progression dans tous les notebooks. Le tableau de bord affiche, pour chaque notebook, à combien de
questions vous avez répondu, combien de réponses sont justes maintenant, et combien l'étaient du premier coup.
**Pour remettre vos résultats, tapez votre nom dans le champ du tableau de bord et appuyez sur « Exporter mes
résultats »** : un fichier de résultats est enregistré (à côté de ce notebook, ou dans votre dossier du kit quand ce
dossier-ci est en lecture seule) et un lien s'affiche pour le télécharger. Remettez ce fichier à votre enseignant.
Répondez d'abord au quiz de révision plus bas, puis exécutez de nouveau cette cellule et exportez.""",
"c39h": r"""### Si vous avez plus de temps : trois tableaux dans une seule question

Dans quels pays hôtes des forces étrangères ont-elles mis fin à leur présence la même année qu'un coup d'État dans ce
pays ?""",
"c44": r"""#### Exercice

Servez-vous du tableau de bord pour choisir quoi revoir. Quel notebook a la plus faible part de questions justes du
premier coup ? Rouvrez son quiz après avoir relu la section indiquée dans les explications. (Si le tableau de bord
est vide, répondez d'abord au quiz plus bas.)""",
"c45": r"""# Votre essai : remplacez ... par la part de réponses justes du premier coup (deux colonnes de `table`, l'une divisée par l'autre)
table = sk.progress().table
table.assign(first_time_share=...)""",
"c46": r"""<details><summary>Solution</summary>

```python
table = sk.progress().table
table.assign(first_time_share=table["right_first_time"] / table["answered"]).sort_values("first_time_share")
```

Le notebook en tête du tableau trié est celui à revoir. « Juste du premier coup » (`right_first_time`) mesure ce que
vous saviez avant de lire le commentaire ; la colonne `correct` montre ce que vous savez maintenant. Les deux
comptent : la première est votre point de départ, la seconde ce que vous avez appris.

</details>""",
"c47": r"""## Quiz

Ce quiz de révision porte sur tout le kit. Chaque question indique l'objectif qu'elle vérifie. Quand vous avez fini,
revenez au tableau de bord plus haut et appuyez sur **Exporter mes résultats**.""",
"c49": r"""## À retenir

- Une conséquence a besoin d'un auteur : des responsables américains craignaient de perdre du renseignement ; le
  gouvernement nigérien voyait autrement la présence américaine. Dites de qui est l'évaluation que vous utilisez.
- N'utilisez que des chiffres sourcés, et dites d'où ils viennent : plus de 500 millions de dollars d'aide
  américaine ont été coupés lorsque les États-Unis ont qualifié la prise du pouvoir de coup d'État (octobre 2023),
  avant le retrait ; 12 000 morts dans le Sahel central en 2023 est le décompte de l'analyse d'un centre de
  réflexion ; les tableaux de bilans donnent les morts par année selon une définition, et un changement après un
  coup d'État ne prouve pas que le coup en est la cause. Les événements `civilian_harm` mettent en cause des groupes
  armés, des armées nationales et leurs supplétifs, une frappe française et Wagner, chaque fois avec qui a rapporté
  le bilan.
- Les sanctions de la CEDEAO sont les mesures économiques qu'enregistrent les tableaux ; le kit n'a aucun chiffre
  sourcé de leur coût.
- L'AES est passée d'une charte (2023) à une confédération (2024), puis hors de la CEDEAO (2025) ; les transitions se
  sont allongées, et les événements `civil_society` enregistrent ce qui est arrivé aux partis, à la presse et aux
  voix critiques.
- Les scénarios sont des arguments avec des signaux, pas des prévisions ; un même événement peut soutenir plus d'un
  scénario.""",
"c50": r"""## Et ensuite ?

Vous voici au bout du kit. Remettez vos résultats avec le bouton **Exporter mes résultats** du tableau de bord
(section 6). Revenez ensuite aux notebooks [04 · Les forces étrangères](04_foreign_forces.ipynb) et
[05 · Acteurs et points de vue](05_actors_and_perspectives.ipynb) pour confronter votre scénario aux cartes et aux
propres mots des acteurs.""",
"c51": r"""## Ressources

Chaque ligne des tableaux du kit liste ses sources dans `source_ids` ; `data/sources.csv` dit qui a publié chacune,
quand, et où la lire. La cellule ci-dessous liste, avec leurs liens, les sources des affirmations de la partie
« Why this matters » et des événements cités ici ; les lignes `civilian_harm` et `civil_society` listent les leurs
dans `source_ids`.""",
"c52": r"""from IPython.display import HTML
why_this_matters = claims[claims["sentence_id"].str.startswith("w")]
quoted = ["nilepost-2023-10-11-us-cuts-aid-niger", "ap-2023-10-10-us-declares-niger-coup",
          "punch-2024-12-15-ecowas-okays-withdrawal", "ecofin-2025-09-23-aes-exit-icc",
          "tvc-2024-11-29-chad-terminates-pact", "trt-2025-07-17-france-senegal-bases",
          "africanperceptions-2024-01-28-aes-communique"]  # le communiqué de l'AES, en français (« sans délai »)
used = set(why_this_matters["source_ids"].explode()) | set(quoted)
resources = sk.load_sources().query("source_id in @used")[["publisher", "title", "date", "url"]]
HTML(resources.to_html(render_links=True, index=False))""",
}

#: cell id -> hash of the English text its French was translated from (see --print-hashes).
TRANSLATED_FROM = {'c00': '0c90df0f4011', 'c00a': 'a08d6e0b545f', 'c01': 'b0bc77c33802', 'c02': 'efcd0b8973ec', 'c03': '619d85ed9849', 'c04': 'e4a850e3f005', 'c05': '4a8a77eefceb', 'c06': '10d58f47a783', 'c08': '43cfc7cedc64', 'c09': '545085b9abfb', 'c10': '505b59165adf', 'c11': '189135ffcc23', 'deaths1': '8e6e5cdee9a8', 'deaths3': 'd2621f5027db', 'harm1': '3a80e0f77003', 'c12': '6d0be436c9d1', 'c13': 'ad42c53a563c', 'c14': 'a6aafcc0570b', 'disp1': '64f555195623', 'disp3': '886528aadc03', 'disp4': 'c1becede5686', 'disp5': '7e346a055630', 'c15': 'b7c71097d23d', 'c17': 'f5f5463788aa', 'c19': 'ec62785365e1', 'c20h': '19b96928a58b', 'c20': 'c1ead4b4ddcd', 'c21': '0d50db2aa357', 'c21check': '8ffec41d9d1a', 'c22': '44141a85e3d3', 'c23': 'f98d295539fe', 'c25': 'd28330a5b21a', 'c26': 'bd93f55b4e8a', 'c27h': 'b977d2f3519d', 'c27': 'a9cc444eb203', 'c28': '92647d351447', 'c28check': '901a78b55932', 'c29': '3da9368f1aee', 'pol1': '43b0aed38379', 'pol2': '23a2db59bb5d', 'pol4': 'f6ba4e7cd17e', 'pol5': '3a233c2c753e', 'pol6': '74f49372f9b3', 'c30': '12f42c1ce834', 'c31': 'f51319a0d31b', 'c32': '67b4ac86a1be', 'c35': '20118e64e330', 'c36': '324a4b3d3b1c', 'c37': '4b46a1fa387b', 'c38': 'a3c1dfd0e84c', 'c41': '135360666300', 'c42': 'a83e3c9c03b6', 'c39h': 'b008a6e3b1cc', 'c44': '974d73925719', 'c45': 'f7b5078165a3', 'c46': 'dda07eab2eba', 'c47': 'e62602766e76', 'c49': '8cc46b3583d7', 'c50': 'f7d76c567c55', 'c51': 'f0f39718ed9e', 'c52': 'bcfeeecbeac4'}


if __name__ == "__main__":
    build(NAME, FR, TRANSLATED_FROM)
