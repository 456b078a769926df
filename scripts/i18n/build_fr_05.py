"""Write notebooks/fr/05_actors_and_perspectives.ipynb: the French lesson 05, cell for cell on the English one.

Run: python scripts/i18n/build_fr_05.py [REPO_ROOT]   (--print-hashes: see TRANSLATED_FROM)
Pattern of scripts/i18n/build_fr_00.py: same cell ids, tags and order as the English lesson; FR holds the French
source of every markdown cell and of every code cell with a comment or a printed string (a code cell without
either is copied as it is). The build stops, naming the cells, when the English lesson gained a cell or when the
English text of a translated cell changed since its translation (TRANSLATED_FROM keeps a hash of that English).

Quotations: where the speaker said or wrote it in French and the French wording was found in a stored page, the
French original is given (the AES communiqué of 28 January 2024, Niger's communiqué of 16 March 2024, Macron on
24 September 2023, M62's communiqué, HRW); every other quotation is translated and marked « (traduction) ».
Where each French wording was read: /work/coord/report-frnb-c.md, kept in the commit message of this file.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from frnb import build  # noqa: E402  (the shared build steps)

NAME = "05_actors_and_perspectives"

FR = {
"c00": r"""# Acteurs et points de vue : qui dit quoi, et pourquoi

Élèves du secondaire et étudiants · Séance : 45 minutes (tronc commun) · Prolongements (*Si vous avez plus de temps*) : environ 20 minutes · En autonomie : 60 minutes""",
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

Les mêmes événements n'ont pas le même visage vus de Bamako, de Ouagadougou ou de Niamey, d'Abuja, de Washington,
de Paris ou de Moscou, ou depuis les rues des villes sahéliennes. Ce notebook présente les acteurs du tableau des
**acteurs** du kit, puis laisse chacun parler avec ses propres mots, quand une source les cite. Le but est de dire
**de qui** est le point de vue qu'exprime une affirmation, pas qui a raison.""",
"c02": r"""## Objectifs d'apprentissage

À la fin de cette leçon, vous saurez :

1. **o1** — Utiliser le tableau des acteurs pour identifier les principales personnes et organisations, leur rôle et les dates auxquelles elles l'ont exercé.
2. **o2** — Résumer ce que disent et veulent les juntes et l'AES, la CEDEAO, Washington, Paris et Moscou, avec leurs propres mots quand une source les cite.
3. **o3** — Attribuer une affirmation à l'acteur qui la formule, et distinguer la position déclarée d'un acteur d'un fait que les tableaux du kit permettent de vérifier.
4. **o4** — Comparer les voix au sein de la société civile sahélienne, et expliquer pourquoi aucune voix ne parle à elle seule au nom « du peuple ».""",
"c03": r"""## Prérequis

| Notion | Importance | Remarques |
|---|---|---|
| [Notebook 03](03_timeline_of_coups.ipynb) : les coups d'État | Utile | Qui a pris le pouvoir, où et quand |
| [Notebook 04](04_foreign_forces.ipynb) : les forces étrangères | Utile | Quelles forces sont parties, lesquelles sont arrivées |
| Lire une citation avec un œil critique | Nécessaire | Qui l'a dite, quand, à qui, et qui la rapporte |
| Filtrer avec pandas | Utile | Le code est prêt à être exécuté ; les exercices demandent de petites modifications |

**Durée** : 45 minutes pour le tronc commun, 60 avec tous les prolongements""",
"c04": r"""## Mise en route

La première cellule a chargé le kit sous le nom `sk`. Celle-ci charge pandas sous le nom `pd` et fait afficher les
longs textes des tableaux en entier, sur plusieurs lignes, au lieu de les couper par « ... ».""",
"c05": r"""import pandas as pd
sk.readable_tables()  # affiche les colonnes de texte en entier, renvoyées à la ligne""",
"c06": r"""## 1. Qui est qui : le tableau des acteurs

Chaque ligne de `actors.csv` est une personne ou une organisation, avec sa sorte (`kind`), son rôle dans cette
histoire (`role`), les dates auxquelles elle a tenu ce rôle, et les sources qui le disent.""",
"c08": r"""D'abord les personnes. `start_date` est la date où a commencé le rôle décrit dans la colonne `role` : pour un
chef de coup d'État, ce peut être le jour de son investiture, et non celui du coup. Lisez donc le texte du rôle.""",
"c10": r"""Quels acteurs reviennent le plus souvent dans le tableau des événements ? La colonne `actors` d'un événement est
une liste d'identifiants d'acteurs ; `explode` donne une ligne par acteur.""",
"c12h": r"""### Si vous avez plus de temps : trois dirigeants, trois sortes de dates

Une `start_date` ne mesure pas toujours la même chose.""",
"c12": r"""#### Exercice

Trouvez dans le tableau des acteurs les dirigeants des trois gouvernements de l'AES (leur `country` est `MLI`,
`BFA` et `NER`, et leur rôle dit qu'ils sont à la tête du gouvernement). À quelle date tombe la `start_date` de
chacun, et mesure-t-elle le coup d'État ou autre chose ?""",
"c13": r"""# Votre essai : remplacez ... par les trois codes de pays, puis lisez le rôle de chaque personne
aes_people = people[people["country"].isin([...])]
aes_people[["name", "role", "start_date"]]""",
"c14": r"""<details><summary>Solution</summary>

```python
leaders = people[people["actor_id"].isin(["assimi-goita", "ibrahim-traore", "abdourahamane-tchiani"])]
leaders[["name", "role", "start_date"]]
```

La `start_date` d'Assimi Goïta (7 juin 2021) est le jour de son investiture comme président de la transition, après
le second coup d'État malien — il avait mené le premier en août 2020. Celle d'Ibrahim Traoré (30 septembre 2022) est
le jour où il a pris le pouvoir. Celle d'Abdourahamane Tchiani (28 juillet 2023) est le jour où il s'est proclamé
chef de la junte, deux jours après le coup d'État du 26 juillet (événement `2023-07-26-niger-coup`). Même colonne,
trois sens un peu différents : lisez toujours le texte du rôle.

</details>""",
"c15": r"""## 2. Les juntes et l'Alliance des États du Sahel

Les gouvernements militaires (les **juntes**) du Mali, du Burkina Faso et du Niger expliquent dans leurs propres
déclarations leur rupture avec la CEDEAO (la Communauté économique des États de l'Afrique de l'Ouest, l'organisation
régionale de l'Afrique de l'Ouest) et avec leurs partenaires occidentaux. En septembre 2023, ils ont signé la charte
du Liptako-Gourma, qui crée l'Alliance des États du Sahel (AES) : une attaque contre l'un d'eux doit être considérée
comme une agression contre tous (événement `2023-09-16-liptako-gourma-charter`). Le 28 janvier 2024, ils ont annoncé
ensemble leur retrait de la CEDEAO. Leur communiqué conjoint, lu par le porte-parole de la junte nigérienne, le
colonel Amadou Abdramane, disait :

> « Après 49 ans d'existence, les vaillants peuples du Burkina, du Mali et du Niger, constatent avec beaucoup de
> regrets, d'amertume et une grande déception que leur Organisation s'est éloignée des idéaux de ses pères
> fondateurs et du panafricanisme. » […] « l'organisation n'a pas porté assistance à nos Etats dans le cadre de
> notre lutte existentielle contre le terrorisme et l'insécurité »
>
> — communiqué conjoint du 28 janvier 2024, texte original en français (`africanperceptions-2024-01-28-aes-communique`) ;
> cité en anglais par USAfricaonline (`usafricaonline-2024-01-28-quit-ecowas`)""",
"c17": r"""Regardez qui parle : c'est une **déclaration de gouvernements**. Elle vous apprend ce que disent les juntes — que
la CEDEAO a abandonné ses idéaux panafricains et les a laissées seules face aux groupes armés — et comment elles
veulent être vues. C'est une preuve de leur position, pas, à elle seule, la preuve que ce qu'elle dit de la CEDEAO
est vrai.""",
"c18": r"""### Exercice : fait, opinion, ou les deux ?

Le communiqué dit que la CEDEAO « n'a pas porté assistance à nos Etats dans le cadre de notre lutte existentielle
contre le terrorisme ». Est-ce un fait que les tableaux du kit peuvent vérifier, une opinion, ou un mélange des
deux ? Listez ce que le tableau des événements montre la CEDEAO en train de faire. Que répondrait la CEDEAO ?""",
"c19": r"""# Votre essai : remplacez ... par l'identifiant d'acteur de la CEDEAO (cherchez-le dans `actors`)
events[events["actors"].map(lambda ids: "..." in ids)][["date", "title", "category"]]""",
"c20": r"""<details><summary>Solution</summary>

```python
events[events["actors"].map(lambda ids: "ecowas" in ids)][["date", "title", "category", "description"]]
```

Le tableau montre surtout la CEDEAO en train d'imposer et de lever des **sanctions**, et de prendre acte du retrait ;
aucun événement ne montre une aide militaire de la CEDEAO contre les groupes armés. Cela va dans le sens de
l'affirmation — mais l'absence d'une ligne est une preuve faible (le tableau est une sélection), et « n'a pas porté
assistance » est un jugement sur ce que la CEDEAO devait à ses membres. La CEDEAO répondrait que ses sanctions
visaient à rétablir l'ordre constitutionnel après des coups d'État (section 3). Un résumé honnête : *les juntes
disent* que la CEDEAO les a abandonnées ; *les tableaux montrent* une relation dominée par les sanctions.

</details>""",
"c21": r"""## 3. La CEDEAO : l'organisation régionale

La CEDEAO a suspendu et sanctionné les gouvernements issus des coups d'État au Mali et au Niger (ligne d'acteur
`ecowas`) ; sa Commission dit avoir travaillé avec eux au rétablissement de l'ordre constitutionnel
(`citinewsroom-2024-01-28-ecowas-reacts`). Après le coup d'État au Niger, elle a donné sept jours à la junte pour
rétablir le président Bazoum dans ses fonctions (événement `2023-07-30-ecowas-sanctions-niger`). Quand les trois
États ont annoncé leur départ, la Commission de la CEDEAO a déclaré que l'organisation

> « reste déterminée à trouver une solution négociée à l'impasse politique » (traduction)
>
> — communiqué de la Commission de la CEDEAO du 28 janvier 2024, cité en anglais par Citi Newsroom
> (`citinewsroom-2024-01-28-ecowas-reacts`)""",
"c23": r"""Le retrait a pris un an : le sommet de la CEDEAO de décembre 2024 en a pris acte, et les trois États ont cessé d'être
membres le 29 janvier 2025 (événement `2025-01-29-aes-exit-ecowas-effective`).""",
"c25h": r"""### Si vous avez plus de temps : pourquoi les sanctions ont-elles été levées ?

Deux dates côte à côte ne font pas une cause.""",
"c25": r"""#### Exercice

La CEDEAO a levé la plupart de ses sanctions contre le Niger en février 2024, quelques semaines après l'annonce du
retrait. Lisez la description de l'événement `2024-02-24-ecowas-lifts-niger-sanctions` : quelle raison
donne-t-elle ? Quelqu'un dit : « La CEDEAO a cédé parce que les juntes ont claqué la porte. » Est-ce ce qu'affirme
la source, ou une interprétation ?""",
"c26": r"""# Votre essai : remplacez ... par l'identifiant de l'événement
events.loc[events["event_id"] == "...", "description"]""",
"c27": r"""<details><summary>Solution</summary>

```python
events.loc[events["event_id"] == "2024-02-24-ecowas-lifts-niger-sanctions", "description"].item()
```

L'événement indique que la CEDEAO lève la zone d'exclusion aérienne, les restrictions financières et le gel des
avoirs **en invoquant des considérations humanitaires**, tandis que certaines sanctions individuelles et politiques
sont maintenues. « La CEDEAO a cédé parce que les juntes ont claqué la porte » est une *interprétation* qui relie
deux dates ; la source ne le dit pas. Elle est peut-être juste, mais pour l'étayer il faudrait une source qui
explique les raisons de la CEDEAO — la chronologie seule ne prouve pas la cause.

</details>""",
"c28": r"""## 4. Niamey et Washington, Paris et Moscou

**Niamey et Washington.** En mars 2024, le gouvernement du Niger a décidé « de dénoncer avec effet immédiat l'accord
relatif au statut du personnel militaire des Etats-Unis et des employés civils du département américain de la
Défense » (communiqué lu par son porte-parole : `africaguinee-2024-03-17-niger-denonce-accord-us` ; en anglais :
`tag24-afp-2024-03-17-niger-breaks-us`). Son porte-parole a dit que le Niger regrettait « la volonté de la
délégation américaine de dénier au peuple nigérien souverain le droit de choisir ses partenaires » (texte français
tel que le reproduit le site sénégalais Senxibar ; cité en anglais par The Intercept,
`intercept-2024-03-niger-junta-revokes-us-agreement`). Le porte-parole du département d'État, Matthew Miller, a
déclaré que cette annonce faisait suite à des « discussions franches […] sur nos préoccupations » (traduction)
quant à la « trajectoire » (traduction) de la junte (`tag24-afp-2024-03-17-niger-breaks-us`).

**Paris.** La France et ses partenaires ont annoncé en février 2022 leur retrait du Mali, en invoquant le « manque
de coopération » (traduction) de la junte (agence EFE, `efe-2022-02-17-france-withdraw-mali`). Sur le Niger,
Emmanuel Macron a déclaré le 24 septembre 2023 : « La France a décidé de ramener son ambassadeur » ; et « nous
mettons fin à notre coopération militaire avec le Niger » (AFP, `brecorder-2023-09-24-macron-niger`, en anglais ;
ses mots en français sont ceux de la dépêche de l'AFP en français).

**Moscou.** En mai 2022, le ministre des Affaires étrangères Sergueï Lavrov a déclaré que Wagner, une société
militaire privée russe, « n'a rien à voir avec l'État russe » (traduction) et se trouvait au Mali « sur une base
commerciale » (traduction) (Africanews, `africanews-2022-05-03-lavrov-wagner-commercial`). Des déclarations russes
ultérieures présentent les déploiements comme un soutien aux gouvernements sahéliens : en janvier 2024, l'Africa
Corps, la force du ministère de la Défense créée pour reprendre les opérations africaines de Wagner, a annoncé sur
Telegram l'arrivée de ses militaires au Burkina Faso pour assurer la sécurité du capitaine Traoré et du peuple
burkinabè (événement `2024-01-africa-corps-burkina`).""",
"c29": r"""Chaque citation nous est parvenue par quelqu'un d'autre. Le tableau des sources dit qui l'a publiée, d'après qui,
quand, de quelle sorte de source il s'agit (`reliability`) et, pour les médias d'État, quel État les possède
(`state_media`). Deux sources de la liste sont en français : on y lit les mots originaux du communiqué de l'AES
(`africanperceptions-2024-01-28-aes-communique`) et de celui du gouvernement nigérien
(`africaguinee-2024-03-17-niger-denonce-accord-us`).""",
"c30": r"""quoted = ["tag24-afp-2024-03-17-niger-breaks-us", "paralel-2024-04-wapo-us-agrees-withdraw",
          "africom-2024-08-05-ab201-joint-statement", "brecorder-2023-09-24-macron-niger",
          "africanews-2022-05-03-lavrov-wagner-commercial",
          # les textes originaux en français, cités par l'édition française
          "africanperceptions-2024-01-28-aes-communique", "africaguinee-2024-03-17-niger-denonce-accord-us"]
cols = ["source_id", "publisher", "original_publisher", "date", "reliability", "state_media"]
sk.load_sources().query("source_id in @quoted")[cols]""",
"c31h": r"""### Si vous avez plus de temps : d'autres mots de Washington

Un mois après la dénonciation de l'accord, un haut responsable du département d'État a déclaré au Washington Post :
« Le Premier ministre nous a demandé de retirer les troupes américaines, et nous avons accepté de le faire »
(traduction ; d'après le résumé de `paralel-2024-04-wapo-us-agrees-withdraw`). La déclaration commune du 5 août 2024
donnait le point de vue américain et nigérien sur la décennie écoulée : « Au cours de la dernière décennie, les
troupes américaines ont formé les forces nigériennes et soutenu des missions antiterroristes menées par leurs
partenaires contre l'État islamique et al-Qaïda dans la région » (traduction ;
`africom-2024-08-05-ab201-joint-statement`). Ce que Washington voulait garder — le renseignement sur les groupes
armés — apparaît dans l'article de Reuters selon lequel des responsables américains avertissaient que ce
renseignement s'affaiblissait (`islamtimes-2024-07-07-ab101-withdrawal`).""",
"c31": r"""L'article dont le kit est parti met lui aussi des mots dans la bouche de responsables. Sa phrase `w2-s3` dit
« U.S. officials are seeking a new mode of engagement » (des responsables américains cherchent un nouveau mode
d'engagement). Le tableau des affirmations la pèse :""",
"c33": r"""### Exercice : une déclaration, et ce qui a suivi

Lavrov a dit en 2022 que Wagner « n'a rien à voir avec l'État russe » (traduction). Lisez la ligne d'acteur
`africa-corps` et les événements `2023-08-23-prigozhin-killed` et `2025-06-06-wagner-leaves-mali`. Qu'est-il advenu
ensuite de la frontière entre Wagner et l'État russe ? Cela rend-il fausse la déclaration de Lavrov de 2022, ou
est-ce autre chose ?""",
"c34": r"""# Votre essai : remplacez ... par l'identifiant de l'acteur, puis faites de même pour les deux événements
actors.loc[actors["actor_id"] == "...", "role"]""",
"c35": r"""<details><summary>Solution</summary>

```python
actors.loc[actors["actor_id"] == "africa-corps", "role"]
events.loc[events["event_id"].isin(["2023-08-23-prigozhin-killed", "2025-06-06-wagner-leaves-mali"]), ["date", "description"]]
```

Après la mort de Prigojine en août 2023, la Russie a commencé à placer les opérations africaines de Wagner sous
l'autorité de son **ministère de la Défense**, au sein de l'Africa Corps. Le changement s'est fait pas à pas :
l'Africa Corps a annoncé de nouveaux déploiements au Burkina Faso (janvier 2024) et au Niger (avril 2024), mais au
Mali Wagner a continué d'opérer sous son propre nom jusqu'à l'annonce de son départ, en juin 2025, quand l'Africa
Corps a indiqué que le contingent russe resterait (le tableau des présences du kit fait commencer l'Africa Corps au
Mali en juin 2025). Ainsi, à partir de 2023, l'État russe a repris une part croissante de ce que faisait Wagner — au
Mali seulement en 2025. Cela ne prouve pas que la déclaration de 2022 était fausse pour 2022 — le kit n'a pas de
source sur le rôle de l'État à ce moment-là —, mais cela montre que la ligne officielle a changé. Datez chaque
déclaration, et confrontez-la à ce qui s'est passé ensuite.

</details>""",
"c36": r"""## 5. La société civile sahélienne : plus d'une voix

« Le peuple du Sahel » ne parle pas d'une seule voix : les Sahéliens ne sont d'accord entre eux ni sur les troupes
étrangères ni sur les juntes. Les lignes « société civile » (`civil_society`) du tableau des acteurs :""",
"c37b": r"""Le tableau des événements enregistre ce que la société civile a fait et ce qu'on lui a fait, dans la catégorie
`civil_society`. Certaines foules s'opposaient au gouvernement du moment : les manifestations du M5-RFP, à l'appel
de l'imam Mahmoud Dicko et d'autres, contre le président Keïta en 2020 (`2020-06-05-m5-rfp-protest`). D'autres
soutenaient les juntes : des milliers de personnes se sont rassemblées à Bamako contre les sanctions de la CEDEAO, à
l'appel des autorités de transition, en janvier 2022, et à Niamey devant l'ambassade de France après le coup d'État
de 2023 (`2022-01-14-bamako-rally-against-sanctions`, `2023-07-30-niamey-pro-junta-rally`). Et des voix critiques
ont été arrêtées ou enrôlées de force (`2023-12-01-burkina-conscripts-critics`, `2024-12-03-tchangari-arrested`).""",
"c38": r"""En août 2022 — sous le gouvernement élu de Mohamed Bazoum —, une marche que le M62 prévoyait à Niamey contre la
force Barkhane a été interdite. Le mouvement, qui se décrit comme « pacifique » et engagé pour « la dignité et la
souveraineté du peuple nigérien », a lancé une pétition demandant que le gouvernement la « fasse partir de notre
pays » (Africanews, `africanews-2022-08-17-m62-march-banned` ; les mots du M62 sont cités tels que les donne l'AFP
en français). En janvier 2023, son coordonnateur, Abdoulaye Seydou, a été emprisonné après que le M62 a accusé
l'armée d'avoir tué des civils lors de frappes aériennes à Tamou ; après le coup d'État de juillet 2023, alors que
le M62 était en première ligne des rassemblements de soutien aux officiers, une cour d'appel a annulé sa
condamnation (`2022-10-24-tamou-airstrikes`, `2023-08-m62-leader-freed`).

D'autres Sahéliens critiquent les gouvernements militaires. En avril 2025, Human Rights Watch a signalé que des
journalistes et des militants burkinabè en exil avaient été inscrits sur une liste de personnes recherchées pour
« association de malfaiteurs en relation avec une entreprise terroriste » ; selon HRW, « Cela s’apparente plutôt à
un moyen de répression accrue contre les médias et les activistes » (`hrw-2025-04-07-burkina-critics-wanted`, en
français).""",
"c39": r"""### Pistes de discussion

1. Le M62 faisait campagne contre les troupes étrangères *avant* le coup d'État ; sa marche a été interdite et son
   coordonnateur emprisonné sous un gouvernement élu, et il a soutenu les officiers ensuite ; le rassemblement de
   janvier 2022 à Bamako avait été convoqué par les autorités de transition elles-mêmes. Qu'est-ce que cela vous dit
   de l'affirmation selon laquelle les juntes n'ont fait que suivre l'opinion publique — ou selon laquelle elles
   l'ont fabriquée ?
2. HRW est une organisation internationale, et les personnes qu'elle défend sont sahéliennes. De qui est-ce la voix ?""",
"c39x": r"""### Si vous avez plus de temps : d'autres pistes

3. Quelles voix manquent encore dans les tableaux (syndicats, associations de femmes, habitants des zones de
   conflit, les partis eux-mêmes), et comment trouveriez-vous des déclarations sourcées de leur part ?
4. Pour chaque citation de ce notebook, qui a choisi de la rapporter, et aurait-il pu faire un autre choix ?""",
"c40": r"""### Exercice : un tableau des voix, et un paragraphe

Construisez un petit tableau des voix de cette section : qui, quand, ce qu'elles disent des troupes étrangères, ce
qu'elles disent du gouvernement du moment. Puis **rédigez un court paragraphe** (3 ou 4 phrases) : l'une ou l'autre
de ces voix peut-elle être appelée celle « du peuple » ? Attribuez chaque point de vue à qui le défend.""",
"c41": r"""# Votre essai : remplacez chaque ... par quelques mots
voices = pd.DataFrame({
    "voix": ["Mouvement M62 (Niger, 2022)", "Human Rights Watch (sur le Burkina Faso, 2025)"],
    "sur les troupes étrangères": ["...", "..."],
    "sur le gouvernement du moment": ["...", "..."],
})
voices""",
"c41p": r"""my_paragraph = "..."  # vos 3 ou 4 phrases
print(my_paragraph)""",
"c42": r"""<details><summary>Solution</summary>

```python
voices["sur les troupes étrangères"] = ["veut que Barkhane quitte le Niger", "pas de position dans le texte cité"]
voices["sur le gouvernement du moment"] = ["opposé au gouvernement Bazoum, qui a interdit sa marche et emprisonné son "
                                           "coordonnateur ; a soutenu les officiers après le coup d'État",
                                           "dit que la liste de personnes « recherchées » de la junte est une "
                                           "répression des voix critiques"]
voices
```

Aucune de ces voix n'est celle « du peuple ». Le M62 parle au nom des organisations qui l'ont formé ; HRW au nom de
ses propres recherches sur des personnes qui ont fui. Toutes deux expriment de vraies préoccupations sahéliennes —
la souveraineté et la présence de troupes étrangères, et la liberté de critiquer ceux qui gouvernent — et elles ne
s'opposent pas : une même personne peut partager les deux. Le M62 lui-même montre que la relation d'une voix avec
« le gouvernement du moment » change quand le gouvernement change. Dites qui parle, et quand.

</details>""",
"c43": r"""## Quiz

Chaque question indique l'objectif qu'elle vérifie. Appuyez sur **Vérifier** pour savoir si vous avez raison, et
pourquoi.""",
"c45": r"""## À retenir

- Lisez le rôle d'un acteur pour savoir ce que mesurent ses dates.
- Les juntes disent que la CEDEAO s'est éloignée de ses idéaux et ne les a pas aidées face au terrorisme ; la CEDEAO
  dit avoir œuvré pour l'ordre constitutionnel et pour une solution négociée.
- Niamey et Washington, Paris et Moscou ont chacun donné leur propre version ; le « rien à voir avec l'État russe »
  (traduction) de Lavrov (2022) a été suivi de l'Africa Corps du ministère de la Défense (à partir de 2023 ; au Mali
  à partir de juin 2025).
- Une citation montre une position, pas un fait : attribuez et datez chaque affirmation.
- La société civile sahélienne est plurielle, pour et contre les troupes étrangères et les juntes.""",
"c46": r"""## Et ensuite ?

[06 · Ce qui change](06_what_changes.ipynb) : les conséquences pour la lutte antiterroriste, l'aide, les alliances
régionales et l'économie, des scénarios à discuter, et une révision de tout le kit.""",
"c47": r"""## Ressources

Chaque ligne des tableaux du kit liste ses sources dans `source_ids` ; `data/sources.csv` dit qui a publié chacune,
quand, et où la lire. La cellule ci-dessous liste, avec leurs liens, les sources des citations de ce notebook et des
lignes de la société civile. Lisez côte à côte le communiqué de l'AES (en français) et celui de la CEDEAO (cité en
anglais), puis la vidéo de Human Rights Watch sur les voix critiques burkinabè (en français).""",
}

#: cell id -> hash of the English text its French was translated from (see --print-hashes).
TRANSLATED_FROM = {'c00': '894b14c4b8fc', 'c00a': 'a08d6e0b545f', 'c01': 'f00d7a034bbd', 'c02': '067788f9a880', 'c03': '974da2f164c7', 'c04': '15181ec477bf', 'c05': '7d13551400a1', 'c06': '6815642025d2', 'c08': '6f97ca40d06f', 'c10': 'db3f34820c48', 'c12h': '95ec0d880464', 'c12': '0fb70d3d6bc2', 'c13': '03d94f22b0a1', 'c14': '12f22acafe3d', 'c15': '0a2460b7f0ab', 'c17': '27c6da86154b', 'c18': 'e15da4b05c5e', 'c19': '86549e840d8d', 'c20': 'a1e0406ae808', 'c21': '000854978e9e', 'c23': '44d420fb3e77', 'c25h': '7dd5ffee7827', 'c25': '77f7ba2ec718', 'c26': '453012166803', 'c27': '2775bf1f5759', 'c28': 'eedd0bd67450', 'c29': 'a543a5b40946', 'c30': '1e91b16296c3', 'c31h': '09b099da095e', 'c31': '6038ddb1d0fc', 'c33': '24faede1a798', 'c34': '4bdab8cd3276', 'c35': 'a9ee8692e0a0', 'c36': 'f31eef6df72a', 'c37b': 'e234e55155b8', 'c38': '244c85da979c', 'c39': 'a119fcb2fc44', 'c39x': 'f732b513d85c', 'c40': 'a5bfb82c7ba1', 'c41': '3ef824691afa', 'c41p': '5b12ad382416', 'c42': '154037d0269a', 'c43': '0e1dc88024c5', 'c45': 'fc292ef1b9b3', 'c46': 'a1dd800c691e', 'c47': '5242fc6ba93f'}


if __name__ == "__main__":
    build(NAME, FR, TRANSLATED_FROM)
