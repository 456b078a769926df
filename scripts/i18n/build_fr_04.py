"""Write notebooks/fr/04_foreign_forces.ipynb: the French lesson 04, cell for cell on the English one.

Run: python scripts/i18n/build_fr_04.py [REPO_ROOT]   (--print-hashes: see scripts/i18n/build_fr_00.py).
Same guard as build_fr_00.py: it stops, naming the cells, when the English lesson gained a cell or when the
English text of a translated cell changed since its translation.
French-edition differences in code (deliberate): the setup cell (kit two folders up on a hub,
sk.set_language("fr")); comments, printed strings and the exercise's dictionary keys (harm4) are French.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from frnb import build  # noqa: E402  (the shared build steps)

NAME = "04_foreign_forces"

FR = {
"c00": """# Les forces étrangères au Sahel

Élèves du secondaire et étudiants · Séance : 45 minutes (cœur de la leçon) · Prolongements (« Si vous avez plus de temps ») : environ 25 minutes · En autonomie : 75 minutes""",
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

Pendant plus de dix ans, le Sahel a accueilli des soldats venus de l'étranger : les forces françaises, des bases de
drones américaines, les Casques bleus de l'ONU, des formateurs européens et, plus tard, des forces russes (le groupe
privé Wagner, puis l'Africa Corps du ministère russe de la Défense). Ce notebook lit le tableau des **présences** du
kit — qui était où, quand, pour quoi faire, et en quel nombre quand une source le dit — avec les événements qui ont
ouvert et fermé chaque présence. Il se termine par les chiffres de troupes de l'article et par ce que ces guerres ont
coûté aux civils, quels qu'en soient les auteurs.""",
"c02": """## Objectifs d'apprentissage

À la fin de cette leçon, vous saurez :

1. **o1** — Lire le tableau des présences pour dire quelles forces étrangères se trouvaient dans quel pays du Sahel, dans quel but et entre quelles dates.
2. **o2** — Comparer le début et la fin des présences française, américaine, russe, onusienne et européenne, en citant l'événement et la source qui fondent chaque date.
3. **o3** — Utiliser la carte de la présence au fil du temps et un filtre de date pour décrire comment la présence étrangère a évolué d'une année à l'autre.
4. **o4** — Évaluer un chiffre d'effectifs : dire ce que mesure un chiffre de taille (un décompte, un plafond, une date) et expliquer la contradiction dans la phrase `p3-s2` de l'article.""",
"c03": """## Prérequis

| Notion | Importance | Remarques |
|---|---|---|
| [Notebook 00](00_start_here.ipynb) : exécuter les cellules, les quiz | Nécessaire | Comment fonctionne le kit |
| [Notebook 03](03_timeline_of_coups.ipynb) : les coups d'État | Utile | Pourquoi les gouvernements des pays hôtes ont changé de partenaires |
| Le filtrage avec pandas (`df[df["col"] == value]`) | Utile | Chaque cellule de code est prête à être exécutée ; les exercices demandent de petites modifications |
| Lire un intervalle de dates | Utile | Une présence va de `start_date` à `end_date` |

**Durée** : 45 minutes pour le cœur de la leçon, 75 avec tous les prolongements""",
"c04": """## Mise en route

La première cellule a chargé le kit sous le nom `sk` et l'a mis en français. Celle-ci charge pandas sous le nom `pd`
et fait afficher les longs textes des tableaux en entier, sur plusieurs lignes, au lieu de les couper à « ... ».""",
"c05": """import pandas as pd
sk.readable_tables()  # afficher les colonnes de texte en entier, sur plusieurs lignes""",
"c06": """## 1. La France : Serval, Barkhane et les départs

Chaque ligne du tableau des présences est une force étrangère dans un pays hôte : qui l'a envoyée (`force_country`,
un code de pays comme `FRA`, ou `UN` / `EU` pour l'ONU et l'UE), l'opération, ce pour quoi elle était là (`kind`),
et quand elle a commencé et pris fin. Une `end_date` vide signifie *encore là quand les sources s'arrêtent*, et non
*certainement là aujourd'hui*.""",
"c08": """La France est arrivée la première. Le 10 janvier 2013, une offensive islamiste s'est emparée de la ville de Konna,
dans le centre du Mali ; le lendemain, la France a lancé l'**opération Serval** à la demande des autorités de
transition maliennes (événements `2013-01-10-konna-offensive`, `2013-01-11-operation-serval`). Serval a pris fin en
juillet 2014 et, le 1er août 2014, la France l'a remplacée par l'**opération Barkhane**, une force antiterroriste
régionale dont le quartier général était à N'Djaména, au Tchad (`2014-08-01-operation-barkhane`).""",
"c10": """Puis les départs, d'un pays hôte à l'autre. Le tableau des événements date chacun d'eux et en nomme les sources.
Qui a décidé varie : au Mali, la France et ses partenaires ont annoncé le retrait ; au Burkina Faso et au Tchad, le
gouvernement du pays hôte a mis fin à l'accord, et au Niger la junte (le gouvernement militaire issu du coup d'État
de juillet 2023) a d'abord dénoncé ses accords militaires avec la France (événement
`2023-08-03-niger-denounces-french-agreements`). Lisez les descriptions.""",
"c12": """### Exercice : combien de temps la France est-elle restée ? Dessinez-le.

Calculez `end_date - start_date` en jours pour chaque ligne de `france`, puis dessinez ces durées en diagramme en
barres horizontales avec `df.plot.barh`. Quelle présence a duré le plus longtemps ? Regardez ensuite sa
`start_date` dans `data/presence.csv` : est-ce une date complète ? Qu'est-ce que cela change à votre nombre ?""",
"c13": """# Votre essai : remplacez ... par la durée de chaque présence française en jours (indice : .dt.days)
days = ...
days""",
"c13check": """# Auto-vérification : exécutez cette cellule après votre essai
ok = isinstance(days, pd.Series) and pd.api.types.is_integer_dtype(days)
if ok and len(days) == len(france) and (days > 0).all():
    print("Bon format : un nombre entier de jours par ligne française. Dessinez-le maintenant, et trouvez la plus longue.")
else:
    print("Pas encore : `days` doit être une colonne de nombres entiers, un par ligne de `france`.")""",
"c13plot": """# Votre graphique : remplacez ... par la colonne à dessiner (indice : x="presence_id", y=...)
# france.assign(days=days).plot.barh(x="presence_id", y=..., title="...", xlabel="jours")""",
"c14": """<details><summary>Solution</summary>

```python
days = (france["end_date"] - france["start_date"]).dt.days
france.assign(days=days).plot.barh(x="presence_id", y="days", legend=False,
                                   title="Durée de chaque présence française", xlabel="jours")
```

La barre la plus longue est `fra-epervier-tcd`, l'opération Épervier au Tchad. Regardez maintenant, dans
`data/presence.csv`, les dates de début des barres les plus longues : ce ne sont pas des dates complètes. Épervier
commence en `1986-02` (seul le mois est connu) et `fra-sabre-bfa`, les forces spéciales au Burkina Faso, en `2010`
(seule l'année est connue) : le chargeur en fait le premier jour du mois ou de l'année. Leurs nombres de jours sont
donc approximatifs, à un mois ou à un an près, et un graphique le cache si vous ne l'écrivez pas sous le graphique.
Vérifiez toujours la précision d'une date avant de faire des calculs avec elle.

</details>""",
"c15": """## 2. Les États-Unis : des bases, des drones, Tongo Tongo, le retrait

La présence américaine était plus réduite et concentrée au Niger : un partenariat antiterroriste avec l'armée
nigérienne, et deux bases aériennes pour la surveillance et les drones armés — la base aérienne 101, à l'aéroport
de Niamey, et la base aérienne 201, près d'Agadez.""",
"c17": """Le commandement des États-Unis pour l'Afrique (AFRICOM) a annoncé le 1er novembre 2019 que des vols de drones
avaient commencé depuis la base aérienne 201 (événement `2019-11-01-air-base-201-operational`). Pourquoi construire
une seconde base ? Selon les sources, les États-Unis voulaient un site plus central que Niamey
(événement `2015-air-base-201-construction`). La carte et la distance montrent pourquoi (la distance utilise les
coordonnées de `places.csv`).""",
"c18": """# NBVAL_CHECK_OUTPUT
niger = sk.load_places().query("country == 'NER'")
sk.static_map(places=niger, title="Niger : bases aériennes américaines et villes", bbox=(-1, 11, 16.5, 23.5), width=700)""",
"c19": """# NBVAL_CHECK_OUTPUT
round(sk.distance_km("air-base-101", "air-base-201"))""",
"c20": """Parmi les événements qui concernent les États-Unis figure l'embuscade de Tongo Tongo, le 4 octobre 2017 : des
combattants de l'État islamique dans le Grand Sahara (EIGS) y ont tué quatre soldats américains lors d'une patrouille
conjointe américano-nigérienne (`2017-10-04-tongo-tongo-ambush`).""",
"c22": """### Exercice : qui a décidé ?

L'article dit que les États-Unis « has agreed to withdraw » (ont accepté de se retirer). Qui a décidé chaque étape
du départ en 2024 — Niamey, Washington, ou les deux ensemble ? Gardez les lignes de 2024 de `us_events` et lisez
leurs descriptions et leurs acteurs.""",
"c23": """# Votre essai : remplacez ... par l'année à garder
us_2024 = us_events[us_events["date"].dt.year == ...]
us_2024[["date", "title", "actors"]]""",
"c24": """<details><summary>Solution</summary>

```python
us_2024 = us_events[us_events["date"].dt.year == 2024]
us_2024[["date", "title", "actors", "description"]]
```

- 16 mars : **Niamey** — la junte a dénoncé l'accord sur le statut des forces (`2024-03-16-niger-revokes-us-agreement`).
- 19 avril : **Washington** a accepté la demande, lors d'une rencontre entre Kurt Campbell et le Premier ministre
  Zeine (`2024-04-19-campbell-zeine-meeting`).
- 19 mai : **les deux** — un accord conjoint de désengagement a fixé la date limite au 15 septembre 2024.
- 7 juillet, 5 août, 15 septembre : **les deux** — des déclarations conjointes sur chaque base remise et sur la fin
  du retrait.

« Les États-Unis ont accepté de se retirer » est donc exact, mais cache qui a agi le premier : le gouvernement du
Niger.

</details>""",
"c25": """## 3. La Russie : Wagner, puis l'Africa Corps

La présence russe a pris deux formes. Des gouvernements occidentaux ont déclaré en décembre 2021 que des mercenaires
du **groupe Wagner**, une société militaire privée, se déployaient au Mali (événement `2021-12-wagner-arrives-mali`) ;
le gouvernement militaire malien ne parlait que de conseillers russes (Africanews,
`africanews-2022-05-03-lavrov-wagner-commercial`). Après la mort du fondateur de Wagner, Evgueni Prigojine, dans un
accident d'avion en août 2023, la Russie a commencé à placer les opérations africaines de Wagner sous l'autorité de
son ministère de la Défense, dans une force appelée l'**Africa Corps** (`2023-08-23-prigozhin-killed`). Le changement
ne s'est pas fait d'un coup : l'Africa Corps s'est déployé au Burkina Faso et au Niger en 2024, tandis qu'au Mali
Wagner a continué d'opérer sous son propre nom jusqu'en juin 2025.""",
"c27": """Lisez la colonne `kind` à côté du tableau des acteurs, qui qualifie Wagner de société militaire privée et l'Africa
Corps de force armée du ministère russe de la Défense. Seule la ligne de Wagner est close (juin 2025,
`2025-06-06-wagner-leaves-mali`) ; les lignes de l'Africa Corps sont toujours ouvertes. La colonne des effectifs est
lacunaire. Pour chaque `force_country`, combien de lignes donnent un chiffre ?""",
"c28": """# NBVAL_CHECK_OUTPUT
presence.groupby("force_country")["size_approx"].apply(lambda s: f"effectif connu : {s.notna().sum()} ligne(s) sur {len(s)}")""",
"c29h": """### Si vous avez plus de temps : « ce mois-ci »

Les dates relatives de l'article ne peuvent se vérifier que par rapport à une date.""",
"c29": """#### Exercice

L'article (phrase `p3-s1`) dit que des instructeurs militaires russes sont arrivés au Niger « this month » (« ce
mois-ci »). Quelle ligne du tableau des présences et quel événement appuient cette affirmation, et quelle date
donnent-ils ? Que faudrait-il savoir pour vérifier les mots « this month » ?""",
"c30": """# Votre essai : remplacez ... par le code de pays du Niger
russia[russia["host_country"] == "..."]""",
"c31": """<details><summary>Solution</summary>

```python
russia[russia["host_country"] == "NER"][["presence_id", "start_date", "source_ids"]]
events[events["event_id"] == "2024-04-10-russian-instructors-niger"][["date", "title", "source_ids"]]
```

La ligne `rus-instructors-ner` et l'événement `2024-04-10-russian-instructors-niger` donnent tous deux le 10 avril
2024, d'après une copie d'une dépêche Reuters et une copie d'une dépêche AFP. « This month » n'est vrai que si
l'article a été publié en avril 2024 : pour vérifier une date relative, il faut la date de publication. Le
notebook 01 le fait pour chaque phrase.

</details>""",
"c32": """## 4. L'ONU et l'UE : la MINUSMA et les missions de formation

Toutes les forces étrangères n'étaient pas nationales. Le 25 avril 2013, le Conseil de sécurité de l'ONU a créé la
**MINUSMA** (Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali), une mission de
maintien de la paix (résolution 2100, événement `2013-04-25-minusma-created`). À la demande du Mali, la résolution
2690 a mis fin à son mandat le 30 juin 2023 et a ordonné le départ de son personnel d'ici au 31 décembre 2023
(`2023-06-30-minusma-mandate-ends`). L'UE a envoyé des formateurs et des conseillers : EUTM Mali, une mission de
formation militaire ; EUCAP Sahel Mali et EUCAP Sahel Niger, des missions civiles dans le domaine de la sécurité ;
et EUMPM Niger, une mission de partenariat militaire.""",
"c34": """Le chiffre de la MINUSMA est le plus élevé du tableau — mais lisez sa note. Un plafond autorisé par le Conseil de
sécurité n'est pas un décompte des soldats présents sur le terrain.""",
"c36h": """### Si vous avez plus de temps : pour quoi faire ?

« Des troupes étrangères » peut désigner des missions très différentes.""",
"c36": """#### Exercice

Les titres de presse parlent de « troupes étrangères ». Croisez `kind` (ce pour quoi la présence était là) avec
`force_country`. Quels types de présence seuls l'ONU et l'UE avaient-elles ? Quels pays avaient des forces armées de
combat ou de lutte antiterroriste ?""",
"c37": """# Votre essai : un tableau des décomptes, kind par force_country. Remplacez ... par pd.crosstab(lignes, colonnes)
counts = ...
counts""",
"c38": """<details><summary>Solution</summary>

```python
pd.crosstab(presence["kind"], presence["force_country"])
```

Le maintien de la paix n'appartient qu'à l'ONU ; les lignes de l'UE relèvent toutes de la formation. Les lignes de
combat et de lutte antiterroriste sont françaises et américaines. Les lignes russes relèvent de trois types : Wagner,
une société militaire privée, est `paramilitary` ; les lignes de l'Africa Corps, une force de l'État russe dont les
sources décrivent le rôle comme du soutien, de la formation et de la protection, sont `security_assistance` ; les
instructeurs au Niger sont `training`. « Troupes étrangères » recouvre des métiers très différents : un Casque bleu,
un conseiller civil, l'équipage d'un drone et un mercenaire ne font pas la même chose, et un récit honnête dit
lequel.

</details>""",
"c39": """## 5. La présence au fil du temps

Le graphique dessine chaque présence par une barre allant de son début à sa fin, colorée selon qui l'a envoyée ; une
barre encore ouverte quand les sources s'arrêtent va jusqu'à la date de mise à jour des données (« as of ») et elle
est hachurée. Il n'a pas besoin d'internet.""",
"pbarscheck": """# NBVAL_CHECK_OUTPUT
bars.data.groupby("force_country")["ongoing"].agg(bars="size", still_open="sum")""",
"c41": """Quelles forces étaient présentes un jour donné ? En code, une force compte si elle avait commencé ce jour-là au plus
tard et n'avait pas encore pris fin.""",
"c43": """Le 26 juillet 2023, jour du coup d'État au Niger (événement `2023-07-26-niger-coup`), qui était là ?""",
"c44": """# NBVAL_CHECK_OUTPUT
present_on("2023-07-26").groupby("host_country")["force_country"].apply(lambda s: ", ".join(sorted(set(s))))""",
"c45": """Passons aux chiffres de troupes de l'article. La phrase `p3-s2` dit :""",
"c47": """En français : « Les États-Unis retireront plus de 1 000 militaires du Niger, en baisse par rapport aux plus de 1 000
soldats qui s'y trouvaient avant le coup d'État. » Comparez-la avec ce que disent les sources de la ligne
`usa-niger` :""",
"tchart1": """Les chiffres rapportés eux-mêmes, chacun à sa date et marqué selon sa formulation (« about », environ ; « more than »,
plus de ; ou un décompte exact) :""",
"tchart3": """# NBVAL_CHECK_OUTPUT
troops.data[["date", "value", "value_qualifier", "said_by"]]""",
"c49": """### Exercice : corriger la phrase

Évaluez la phrase. « More than 1,000 » (plus de 1 000) est-il un chiffre juste pour les soldats américains au Niger en
avril 2024 ? Et un nombre peut-il être « en baisse » par rapport à lui-même (« down from ») ? Servez-vous de la
`size_note` ci-dessus et du tableau des affirmations (`sk.load_claims()`), qui donne un verdict pour chaque phrase
de l'article. Puis **écrivez une phrase corrigée** qu'un journaliste rigoureux aurait pu publier, avec les dates des
chiffres.""",
"c50": """# Votre essai : remplacez ... par l'identifiant de la phrase, entre guillemets (gardez les crochets), puis écrivez votre phrase corrigée
claims = sk.load_claims()
claims[claims["sentence_id"].isin([...])]""",
"c50write": """my_sentence = "..."  # votre version corrigée de p3-s2
print(my_sentence)""",
"c51": """<details><summary>Solution</summary>

```python
claims[claims["sentence_id"] == "p3-s2"][["claim", "verdict", "explanation", "source_ids"]]
```

La phrase se contredit : « more than 1,000 ... down from the over 1,000 » (plus de 1 000… en baisse par rapport aux
plus de 1 000) ne décrit aucun changement, donc au moins un des deux nombres est faux. Les sources donnent environ
1 100 soldats américains *avant* le coup d'État de juillet 2023, et 648 en décembre 2023 (une lettre de la
Maison-Blanche rapportée par Stars and Stripes). Au moment de l'accord d'avril 2024, les comptes rendus différaient :
l'AFP écrivait « more than 1,000 » (plus de 1 000), CBS News « about 1,000 » (environ 1 000), le Washington Post
environ 1 100 (l'affirmation `c23` donne les sources). « Plus de 1 000 » correspond au chiffre d'avant le coup
d'État, pas forcément à celui d'avril 2024.

Une phrase corrigée pourrait être, en anglais comme l'article : *"The U.S. had about 1,100 troops in Niger before the
July 2023 coup; a White House letter counted 648 military personnel in December 2023."* — en français : *« Les
États-Unis avaient environ 1 100 soldats au Niger avant le coup d'État de juillet 2023 ; une lettre de la
Maison-Blanche comptait 648 militaires en décembre 2023. »* Quand un chiffre compte, demandez-vous : compté quand,
par qui, et s'agit-il d'un effectif réel ou d'un plafond ?

</details>""",
"c39x": """### Si vous avez plus de temps : la carte avec un curseur des années

La carte ci-dessous a un **curseur des années** (en bas à gauche) : chaque point est une force dans un pays hôte au
cours de l'année choisie, coloré selon qui l'a envoyée ; cliquez sur un point pour voir ses dates, son effectif et
ses sources. Elle charge son code et ses fonds de carte depuis internet, dans votre navigateur.""",
"harm1": """## 6. Les civils, victimes de tous les camps

Les civils ont payé le prix de ces guerres. Les événements de la catégorie `civilian_harm` recensent les principaux
massacres, frappes et attaques contre des civils au Mali, au Burkina Faso et au Niger, quels qu'en soient les
auteurs. Chaque description donne le bilan, **qui l'a rapporté** et, quand les sources le disent, ce qu'a répondu le
camp accusé. Les bilans sont souvent contestés : citez-les sous la forme « selon X », et donnez la réponse de
l'autre camp.""",
"harm3": """### Exercice : qui est accusé, et qui le dit ?

Choisissez **deux** événements de `harm` dans lesquels des forces de types différents sont accusées (par exemple un
groupe armé, et une armée nationale ou une force étrangère). Pour chacun, complétez : qui est accusé, le bilan et qui
l'a rapporté, et ce qu'a dit le camp accusé. Puis dites en une phrase pourquoi un bilan n'a pas de sens sans celui
qui le rapporte.""",
"harm4": """# Votre essai : remplacez chaque ... après avoir lu les descriptions ci-dessus
event_1 = {"event_id": "...", "accusé": "...", "bilan, et qui l'a rapporté": "...", "réponse du camp accusé": "..."}
event_2 = {"event_id": "...", "accusé": "...", "bilan, et qui l'a rapporté": "...", "réponse du camp accusé": "..."}
event_1, event_2""",
"harm5": """<details><summary>Solution</summary>

Deux choix parmi plusieurs bons :

```python
event_1 = {"event_id": "2022-03-27-moura-killings",
           "accusé": "l'armée malienne et des « personnels militaires étrangers » (traduction)",
           "bilan, et qui l'a rapporté": "au moins 500 tués (Haut-Commissariat des Nations unies aux droits de l'homme, mai 2023)",
           "réponse du camp accusé": "l'armée a annoncé 203 « terroristes » mis hors de combat"}
event_2 = {"event_id": "2024-08-24-barsalogho-massacre", "accusé": "le JNIM",
           "bilan, et qui l'a rapporté": "au moins 200 (ONU), près de 300 (revendication du JNIM), au moins 400 (un collectif de victimes)",
           "réponse du camp accusé": "le JNIM a présenté les morts comme des miliciens"}
```

D'autres lignes mettent en cause la frappe française de Bounti (une enquête de l'ONU a trouvé 19 civils parmi au
moins 22 morts ; la France a nié qu'il y ait eu un mariage) ou l'armée burkinabè à Nondin et Soro (Human Rights
Watch ; le gouvernement a rejeté des « accusations infondées »). Le même massacre reçoit des chiffres différents et
des noms différents pour les morts (« civils », « terroristes », « miliciens ») : sans celui qui le rapporte, un
bilan ne peut pas être évalué. Le tableau est une sélection d'événements majeurs documentés, pas un décompte de tous
les torts causés : ne classez donc pas les camps en comptant ses lignes.

</details>""",
"c52": """## Quiz

Chaque question indique quel objectif elle vérifie. Appuyez sur **Vérifier** pour savoir si vous avez raison, et
pourquoi.""",
"c54": """## À retenir

- Le tableau des présences dit **qui**, **où**, **pour quoi faire** (`kind`) et **quand** ; un effectif seulement
  quand une source en donne un, avec une note sur ce qu'il mesure.
- La France a quitté tour à tour le Mali, le Burkina Faso, le Niger et le Tchad, de 2022 à 2025 ; les États-Unis ont
  quitté le Niger au 15 septembre 2024, après que le Niger a dénoncé l'accord.
- La Russie : le groupe privé Wagner, puis l'Africa Corps du ministère de la Défense — au Burkina Faso et au Niger à
  partir de 2024, au Mali quand Wagner en est parti en juin 2025.
- Un chiffre de troupes a besoin d'une date et d'un sens : la phrase `p3-s2` se contredit.
- Des civils ont été tués par des groupes armés, par des armées nationales et leurs supplétifs, par une frappe
  aérienne française (selon une conclusion de l'ONU que la France conteste) et, selon l'ONU et Human Rights Watch,
  par l'armée malienne aux côtés de combattants étrangers : donnez pour chaque bilan qui le rapporte, et la réponse
  du camp accusé.""",
"c55": """## Et ensuite ?

[05 · Acteurs et points de vue](05_actors_and_perspectives.ipynb) : les juntes, la CEDEAO, Washington, Paris, Moscou
et la société civile sahélienne — ce que chacun dit et veut, dans ses propres mots.""",
"c56": """## Ressources

Chaque ligne des tableaux du kit donne ses sources dans `source_ids` ; `data/sources.csv` dit qui a publié chacune,
quand, et où la lire. La cellule ci-dessous donne, avec leurs liens, les sources citées dans ce notebook et celles
des événements où des civils ont été victimes (la plupart en anglais). Pour commencer : la résolution 2690 du Conseil
de sécurité de l'ONU (la fin de la MINUSMA), les déclarations conjointes américano-nigériennes sur les bases
aériennes, et l'article de Stars and Stripes sur la lettre de la Maison-Blanche (648 militaires).""",
}

#: cell id -> hash of the English text its French was translated from (see --print-hashes).
TRANSLATED_FROM = {'c00': '689f24c95693', 'c00a': 'a08d6e0b545f', 'c01': '036ea54a8cb8', 'c02': '142a5b0b612f', 'c03': 'ff7b7f2c170b', 'c04': '15181ec477bf', 'c05': '7d13551400a1', 'c06': '889aa4880caf', 'c08': '125baa40d5b8', 'c10': 'c18e0b3ca0d8', 'c12': 'f55279f9afbe', 'c13': 'd2d7f1b75dfd', 'c13check': '7bca5747c892', 'c13plot': '077d81b9067e', 'c14': '74731173f7fc', 'c15': '65825360fd9b', 'c17': '73e715927b52', 'c18': '425d7ff4accb', 'c19': '1924bbceb8de', 'c20': 'f70204b0bf19', 'c22': 'b9f796f72e62', 'c23': '6fae7d35fd9e', 'c24': '8d80324cee3c', 'c25': '98e5253adbe5', 'c27': '97b2a378d55d', 'c28': 'a468d64307df', 'c29h': 'cad96305c203', 'c29': '4feabe95a651', 'c30': '5df94a66e628', 'c31': '418fdafa7e41', 'c32': '23b8dea5faa3', 'c34': '2c62ebb0e7c6', 'c36h': 'ec8e5366b2ff', 'c36': '596930095cb8', 'c37': 'b9339ed5054b', 'c38': '426f640d49a5', 'c39': '6146e5c708d7', 'pbarscheck': '00de8b99b695', 'c41': '8c03dcffaedd', 'c43': 'b58f6ab755c7', 'c44': '80b604d9bf1f', 'c45': '82386c452d02', 'c47': 'bbe2d8381b60', 'tchart1': 'dc0cd77249a8', 'tchart3': 'b831f8870e15', 'c49': 'd80d697a4f31', 'c50': '0cd64453719b', 'c50write': '2058ed2aa6e5', 'c51': 'f4967bad693d', 'c39x': 'e91513681c18', 'harm1': '4d1abb12f539', 'harm3': '1bb2d451bab4', 'harm4': '0f20e68f162f', 'harm5': 'bcbbb7441754', 'c52': '0e1dc88024c5', 'c54': '532811bfbbd3', 'c55': '0753936ca277', 'c56': '543fd29eb75d'}


if __name__ == "__main__":
    build(NAME, FR, TRANSLATED_FROM)
