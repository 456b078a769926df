"""Write notebooks/fr/01_reading_the_article.ipynb: the French lesson 01, cell for cell on the English one.

Run: python scripts/i18n/build_fr_01.py [REPO_ROOT]   (--print-hashes: see scripts/i18n/frnb.py)
The English seed article stays the object of study: its sentences are quoted in English, with a French rendering
beside them. Two parts only the French edition has: a reading guide (what each part of the article says, cells
fr-guide*) and a French-language report of the same agreement to compare with (RFI, cells fr-rfi*).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from frnb import build, code, markdown  # noqa: E402

NAME = "01_reading_the_article"
RFI = "louxewtey-rfi-2024-04-us-accept-withdraw-niger"

FR = {
"c00": """# Lire l'article : affirmations, cadrage et preuves

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

En avril 2024, de nombreux sites d'information ont annoncé que les États-Unis allaient retirer leurs troupes du
Niger. Le Niger était alors dirigé par une **junte** : un gouvernement militaire arrivé au pouvoir par un coup
d'État, en juillet 2023. Ce notebook prend l'un de ces articles, nettoyé et découpé en phrases numérotées, et le
lit comme le ferait un vérificateur de faits (*fact-checker*) : qui l'a publié, quelles phrases énoncent des faits
vérifiables, lesquelles présentent les événements d'un certain point de vue, et que valent les sources sur
lesquelles le kit fonde ses verdicts. Vous y trouverez une phrase qui se contredit, et vous la réécrirez.

L'article est en anglais, et c'est lui que nous étudions : ses phrases sont citées en anglais, avec leur sens en
français. Un guide de lecture (section 1) dit ce que contient chaque partie, et la section 4 le compare à un
reportage en français sur le même accord.""",
"c02": """## Objectifs d'apprentissage

À la fin de cette leçon, vous saurez :

1. **o1** — Charger l'article nettoyé sous forme de tableau et d'objet, et retrouver une phrase par son identifiant.
2. **o2** — Distinguer une affirmation vérifiable d'un cadrage, et dire de qui une phrase de cadrage exprime le point de vue.
3. **o3** — Expliquer pourquoi les effectifs militaires donnés par l'article se contredisent, à partir de ce que les sources rapportaient à chaque date.
4. **o4** — Juger une affirmation à l'aune des preuves, en distinguant les sources primaires des sources secondaires.""",
"c03": """## Prérequis

| Notion | Importance | Remarques |
|---|---|---|
| [Commencer ici](00_start_here.ipynb) | Nécessaire | Exécuter les cellules, les quiz, la progression |
| Les bases de pandas : sélectionner des lignes et des colonnes | Utile | Chaque étape est montrée ; `df.query(...)` et `df[...]` suffisent |
| Sources primaires et secondaires | Utile | Expliquées à la section 4 |
| Lire un texte de presse en anglais | Utile | Le guide de lecture de la section 1 donne le sens de chaque partie |

**Durée** : 45 minutes, 75 avec les prolongements""",
"c04": """## Mise en route

La première cellule a chargé le kit sous le nom `sk`, en français. Celle-ci fait afficher les longs textes des
tableaux en entier, sur plusieurs lignes :""",
"c06": """## 1. L'article, et ce qui manque à sa copie

L'article a été copié depuis un site d'information, avec les éléments de mise en page : une ligne `author-image`,
`Updated On` (« mis à jour le »), `New Update`, et le titre répété trois fois. Voici le début de la copie brute,
conservée dans `data/raw/` telle qu'elle a été récupérée :""",
"c07b": """Lisez-la en critique des sources. La copie donne un titre et le nom d'un auteur, et rien d'autre : **ni éditeur,
ni adresse web (URL), ni date de publication**, et une ligne « Updated On » sans date derrière. Un lecteur qui
tombe sur ce texte ne peut savoir ni où il a paru, ni quand, ni qui en répond.""",
"c07c": """### Exercice

Comment découvririez-vous **qui a publié** cet article, **quand**, et **à partir de quelle dépêche d'agence** il a
été réécrit ? Écrivez trois démarches, chacune avec ce qu'elle pourrait prouver et ce qu'elle ne pourrait pas
prouver.""",
"c07d": """# Votre essai : remplacez ... par vos trois démarches, entre guillemets
my_steps = ...""",
"c07e": """<details><summary>Solution</summary>

De bonnes démarches, avec leurs limites :

1. **Chercher le titre exact entre guillemets**, et le nom de l'auteur. Un résultat sur un site d'information
   donne un éditeur et en général une date ; des copies sur plusieurs sites montrent que le texte a été repris,
   et la copie datée la plus ancienne est la meilleure candidate à l'original (ce n'est pas une preuve : les
   dates peuvent être modifiées — « Updated On »).
2. **Comparer les premières phrases aux dépêches des agences de presse des mêmes jours** (AFP, Reuters, AP). Des
   phrases identiques, mot pour mot, montrent quelle dépêche a été réécrite, quel que soit le site.
3. **Chercher la page dans une archive du web** (comme la Wayback Machine de l'Internet Archive) : la première
   capture date la page, au plus tard, du jour de cette capture.

Ce qu'ont trouvé les auteurs du kit : une recherche dans les pages web conservées sur lesquelles travaille le kit,
sur le nom de l'auteur et sur le titre, n'a trouvé **aucune copie de cet article** ; le kit ne peut donc dire ni
qui l'a publié, ni où, ni quand, et il ne devine pas. La démarche 2, elle, aboutit : les premières phrases
reprennent, presque mot pour mot, la dépêche de l'AFP du 19 avril 2024 sur l'accord, que le kit conserve dans une
copie publiée sur Yahoo News Canada le 20 avril (`afp-2024-04-20-us-agrees-withdraw` ; section 4 plus bas) ;
TRT Afrika, un média d'État turc, a diffusé la même dépêche (`trt-2024-04-20-us-agrees-withdraw-niger`).
Quel site l'a réécrite, et quand, reste inconnu. Un article sans éditeur ni date est une preuve faible, quoi qu'il
affirme : servez-vous-en comme d'un texte à examiner, non comme d'une source.

</details>""",
"c08": """Le kit nettoie la copie avec une fonction pure (même entrée, même sortie) et donne à chaque phrase un
identifiant stable : `p2-s1` est le paragraphe 2, phrase 1 du corps de l'article ; `w1-s2` est dans l'encadré
« Why this matters » ; `k1`…`k5` sont les « Key Takeaways ». `sk.load_article()` renvoie les phrases sous forme de
tableau pandas, une ligne par phrase (le texte reste celui de l'article, en anglais) :""",
"c14": """### Exercice (si vous avez plus de temps)

L'encadré « Key Takeaways » répète des points du corps de l'article. Gardez toutes les phrases qui mentionnent
`1,000` (en anglais, la virgule sépare les milliers : 1,000 = 1 000) : remplacez les `...` entre les guillemets.
Dans quelles parties apparaissent-elles, et disent-elles toutes la même chose ?""",
"c15": """# Votre essai : remplacez ... par le texte à chercher (gardez les guillemets)
mentions = sentences[sentences["text"].str.contains("...", regex=False)]
mentions[["sentence_id", "section", "text"]]""",
"c16": """<details><summary>Solution</summary>

```python
mentions = sentences[sentences["text"].str.contains("1,000", regex=False)]
```

Trois phrases mentionnent `1,000` : `p1-s1` et `p3-s2` dans le corps de l'article, et `k1` dans les points clés.
Elles répètent « more than 1,000 troops » (plus de 1 000 soldats), mais `p3-s2` dit aussi que le nombre a *baissé*
(« down from ») par rapport à « over 1,000 » (plus de 1 000) — la section 3 explique pourquoi c'est impossible.

</details>""",
"c17": """## 2. Affirmations et cadrage

Une **affirmation** (*claim*) peut être vérifiée par des preuves : une date, un chiffre, un nom, un événement, une
citation, ou qui a dit quelque chose (une attribution). Le **cadrage** (*framing*) dit comment voir les événements
— « a new regional gain for Russia » (un nouveau gain régional pour la Russie), « a major setback » (un revers
majeur). Un cadrage n'est pas faux pour autant, mais c'est le point de vue de quelqu'un : la première question est
donc toujours *de qui* ?

Le tableau des affirmations du kit a une ligne par affirmation de l'article, avec sa sorte (`claim_kind` : `fact`
fait, `figure` chiffre, `date`, `quotation` citation, `attribution`, `framing` cadrage), un verdict et les preuves. Le
texte des affirmations est traduit en français, les passages cités de l'article restent en anglais :""",
"c21": """Les affirmations de cadrage sont souvent **invérifiables** (`unverifiable`) : une opinion ne peut être ni
prouvée ni réfutée, seulement attribuée. La colonne `explanation` dit de qui chacune exprime le point de vue. Par
exemple, le cadrage de la première phrase du corps de l'article :""",
"c22": """# Le cadrage de la phrase p1-s1 : l'affirmation, son verdict et l'explication du kit
framing = claims.query("sentence_id == 'p1-s1' and claim_kind == 'framing'")
for row in framing.itertuples():
    print(f"{row.claim}\\n  verdict : {row.verdict}\\n  {row.explanation}")""",
"c19": """### Si vous avez plus de temps : comment s'en tire chaque sorte d'affirmation ?

Un tableau croisé compte les lignes pour chaque couple de valeurs (les verdicts : `accurate` exact,
`partly accurate` en partie exact, `inaccurate` inexact, `self-contradictory` contradictoire, `unverifiable`
invérifiable) :""",
"c23": """### Exercice (si vous avez plus de temps)

Lisez la phrase `w2-s3` ci-dessous. Quels mots forment une affirmation vérifiable, et lesquels un cadrage ? De qui
le mot « failed » (qui a échoué) exprime-t-il le point de vue ? Écrivez votre réponse, puis comparez avec le
tableau des affirmations.""",
"c24": """# Votre essai : lisez la phrase, puis écrivez votre réponse à la place de ...
print(article.sentence("w2-s3").text)
my_answer = ...""",
"c25": """<details><summary>Solution</summary>

```python
claims.query("sentence_id == 'w2-s3'")[["claim_kind", "claim", "verdict", "explanation"]]
```

Le tableau a deux lignes. L'**attribution** (« U.S. officials are seeking a new mode of engagement… », des
responsables américains cherchent une nouvelle forme d'engagement…) ne nomme aucun responsable ni aucune
déclaration : elle est donc *invérifiable*. Qualifier la coopération passée de « failed model » (modèle qui a
échoué) est un **cadrage** : il rejoint des arguments de critiques et d'analystes (sources
`cip-armstrong-sahel-coup-belt`, `mg-2021-02-16-us-counterterrorism-sahel-failing`), et non une position
officielle américaine — pourtant l'article le présente comme un fait.

</details>""",
"c26": """## 3. Les effectifs qui se contredisent

Trois phrases donnent le nombre de soldats américains :""",
"c28": """Lisez `p3-s2` lentement : « The U.S. will remove more than 1,000 service members from Niger, down from the over
1,000 troops that were there before the coup » (les États-Unis retireront plus de 1 000 militaires du Niger, en
baisse par rapport aux plus de 1 000 soldats qui s'y trouvaient avant le coup d'État). « Down from » signifie que le
nombre a baissé ; pourtant le nombre d'avant (« over 1,000 ») et celui d'après (« more than 1,000 ») sont décrits
de la même façon. Une telle phrase ne peut pas être vraie telle qu'elle est écrite : elle est **contradictoire**
(`self-contradictory`). Le tableau des affirmations du kit le dit :""",
"c30": """# Le verdict du kit, et son explication
assert "self-contradictory" in set(troops["verdict"])
print(troops["explanation"].iloc[0])""",
"c31": """Les nombres ne sont pas fixes : ils dépendent de **la date** et de **qui a compté quoi** (les militaires
seulement, ou les militaires et les civils). Le tableau de la présence militaire du kit enregistre la force
américaine au Niger avec ses effectifs sourcés :""",
"c33": """Mises ensemble, les sources donnent environ 1 100 militaires américains avant le coup d'État de juillet 2023
(Reuters, `reuters-2023-08-10-us-mission-niger` ; AP, `ap-2023-10-10-us-declares-niger-coup`) et 648 dans une
lettre de la Maison-Blanche de décembre 2023 (`stripes-2023-12-13-niger-648-personnel`), tandis que le
commandement des États-Unis pour l'Afrique (AFRICOM) parlait encore d'environ 1 000 militaires et civils. En avril
2024, les reportages **divergeaient** : l'AFP écrivait « more than 1,000 » (plus de 1 000 ;
`afp-2024-04-20-us-agrees-withdraw`), CBS « about 1,000 » (environ 1 000 ;
`updatem-cbs-2024-04-19-us-agrees-withdraw`), le Washington Post environ 1 100
(`paralel-2024-04-wapo-us-agrees-withdraw`), et Anadolu rapportait que le porte-parole du Pentagone parlait
d'environ 1 100 (`diplomaticinfo-aa-2024-04-22-ryder-niger-talks`). Aucun chiffre unique n'est « ce que disaient
les reportages » : chacun dépend de qui a compté, quoi, et quand.""",
"c34": """### Exercice : écrivez la phrase corrigée

Réécrivez la phrase `p3-s2` pour qu'elle soit vraie et précise : donnez chaque nombre avec sa date et qui l'a
rapporté. Vous pouvez l'écrire en français. Quels identifiants de sources appuient votre phrase ?""",
"c35": """# Votre essai : remplacez ... par votre phrase corrigée et ses identifiants de sources
my_sentence = "..."
my_sources = [...]""",
"c36": """<details><summary>Solution</summary>

Une réponse possible :

> Avant le coup d'État de juillet 2023, les États-Unis avaient environ 1 100 militaires au Niger (Reuters, AP).
> Une lettre de la Maison-Blanche en comptait 648 en décembre 2023. Quand le retrait a été convenu, en avril 2024,
> les reportages différaient : « environ 1 000 » militaires (CBS), « plus de 1 000 » soldats (AFP), environ
> 1 100 (le Washington Post).

Sources : `reuters-2023-08-10-us-mission-niger`, `ap-2023-10-10-us-declares-niger-coup`,
`stripes-2023-12-13-niger-648-personnel`, `updatem-cbs-2024-04-19-us-agrees-withdraw`,
`afp-2024-04-20-us-agrees-withdraw`, `paralel-2024-04-wapo-us-agrees-withdraw`. Remarquez comme les dates font
disparaître la contradiction : les nombres diffèrent parce qu'ils ont été comptés à des moments différents, et pas
toujours de la même façon.

</details>""",
"c37": """## 4. Remonter la chaîne des sources

Une **source primaire** est le texte d'origine : la déclaration d'un gouvernement, une résolution de l'ONU, un
traité. Une **source secondaire** le rapporte ou l'interprète : une agence de presse, un journal, une encyclopédie,
un analyste. L'information descend souvent une chaîne : une déclaration officielle → une agence de presse (AFP,
Reuters, AP) → des journaux qui reprennent la dépêche → des sites qui réécrivent la reprise. Notre article se
trouve au bout d'une telle chaîne.

Chaque source du kit porte deux étiquettes. `reliability` dit de quelle sorte de source il s'agit : `official` (la
déclaration elle-même), `wire` (une agence de presse), `news` (un média), `research` (recherche, ONG, base de
données), `encyclopedia`, ou `copy` (un miroir ou une reprise sur un autre site, gardé seulement quand aucun
original n'a été trouvé). `state_media` nomme l'État qui possède, finance ou contrôle le média (une étiquette de
propriété, pas un jugement) :""",
"c38c": """Voici la fiche du kit pour la dépêche de l'AFP que notre article a réécrite. C'est une copie sur Yahoo News
Canada (`publisher`) d'une dépêche de l'AFP (`original_publisher`). Sa `date` est celle de la dépêche, le
19 avril 2024 : les copies ont été publiées le 20 avril, d'où le `2024-04-20` de l'identifiant. `sk.show(table)`
affiche un tableau avec son texte aligné à gauche et renvoyé à la ligne, plus facile à lire que l'affichage par
défaut :""",
"c47": """### Exercice : examinez les sources d'une affirmation

Choisissez l'affirmation `c06` (les « more than 1,000 troops » de la première phrase) ou un autre identifiant
d'affirmation. Remplacez `...` par l'identifiant, puis lisez les étiquettes de ses sources. Quelle source est la
plus proche de l'original ? Lesquelles sont des copies, et de qui ? L'une d'elles est-elle un média d'État, et si
oui, à quoi sert-elle (sa `note`) ? L'affirmation tiendrait-elle si l'on écartait les copies ?""",
"c48": """# Votre essai : remplacez ... par un identifiant d'affirmation, entre guillemets
audit_id = ...
ids = claims.set_index("claim_id")["source_ids"].get(audit_id, [])
sources[sources["source_id"].isin(ids)][["source_id", "publisher", "original_publisher", "reliability", "state_media"]]""",
"c49": """<details><summary>Solution</summary>

```python
audit_id = "c06"
```

Pour chaque ligne, posez trois questions : *qui l'a écrit en premier* (`original_publisher`, sinon `publisher`),
*de quelle sorte de source s'agit-il* (`reliability`), et *à qui appartient le média* (`state_media`). Une ligne
`copy` ne vaut que ce que vaut l'original qu'elle reprend, et sa `note` dit pourquoi aucune page originale n'est
citée. Une affirmation sur ce qu'a dit un gouvernement est mieux étayée par le texte `official` lui-même ; un
chiffre rapporté par deux agences indépendantes pèse plus qu'un chiffre rapporté par une seule agence et répété
par dix copies. Les médias d'État servent pour les paroles de leur propre gouvernement ou comme un point de vue
parmi d'autres, jamais seuls pour un fait contesté.

</details>""",
"c39": """### Si vous avez plus de temps : des mots copiés et des mots cités

Quelles explications mentionnent l'AFP ? Certaines disent que l'article a copié les mots de l'AFP ; d'autres se
servent du reportage de l'AFP comme preuve. Lisez-en quelques-unes et distinguez les deux cas :""",
"c41": """Qu'a dit le gouvernement américain lui-même ? Comptez combien d'affirmations de l'article le kit appuie sur une
source **primaire** (`primary`), et combien seulement sur des sources secondaires :""",
"c42": """# True : l'affirmation cite au moins une source primaire
primary = set(sources.query("kind == 'primary'")["source_id"])
cites_primary = claims["source_ids"].map(lambda ids: bool(primary & set(ids))).rename("cite une source primaire")
cites_primary.value_counts()""",
"c43": """Pour les affirmations de l'article, les preuves du kit sont surtout des reportages — dont plusieurs **citent**
des déclarations officielles ; certaines affirmations citent aussi le texte officiel lui-même (transcriptions du
Pentagone, déclarations du département d'État en copies intégrales, une résolution du Sénat). La citation de la
phrase `p3-s3` montre pourquoi il importe de savoir qui est cité, et où :""",
"c45": """Les textes primaires que le kit possède — des résolutions de l'ONU, un traité, les déclarations communes des
ministères de la Défense américain et nigérien — appuient des événements de la chronologie, comme la remise des
deux bases aériennes américaines :""",
"c47x": """### Exercice (si vous avez plus de temps)

L'affirmation de citation s'appuie sur la transcription officielle, par le Pentagone, du point de presse de Ryder
du 22 avril 2024 (`defense-2024-04-22-ryder-niger-talks`) et, à côté, sur un article de Sputnik
(`sputnik-2024-04-23-pentagon-orderly-withdrawal`). Regardez la ligne de Sputnik dans le tableau des sources,
surtout sa `note`. Pourquoi le kit garde-t-il un média d'État russe à côté de la transcription officielle, et à quoi
s'en sert-il ? Lui feriez-vous confiance pour une opinion sur le retrait ?""",
"c48x": """# Votre essai : remplacez ... par l'identifiant de la source, entre guillemets (gardez les crochets)
sources[sources["source_id"].isin([...])][["publisher", "reliability", "state_media", "note"]]""",
"c49x": """<details><summary>Solution</summary>

```python
sources[sources["source_id"] == "sputnik-2024-04-23-pentagon-orderly-withdrawal"][["publisher", "reliability", "state_media", "note"]]
```

Sputnik est un média d'État russe, cité seulement pour les paroles que le porte-parole du Pentagone a prononcées
lors de son point de presse du 23 avril 2024 ; pour les mêmes paroles du 22 avril, le kit cite la transcription du
Pentagone lui-même, ce qui vaut mieux encore. Une source peut être fiable pour une chose (une citation enregistrée,
que d'autres reportages peuvent confirmer) et pas pour une autre (son propre jugement sur un retrait américain, où
la Russie a un intérêt). Dire exactement à quoi sert une source, c'est ainsi qu'on la pèse.

</details>""",
"c50": """## 5. Si vous avez plus de temps : jugez vous-même une affirmation

À vous d'être le vérificateur. Choisissez une affirmation, lisez la phrase dont elle vient, et décidez d'un
verdict **avant** de regarder celui du kit.""",
"c51": """claim_id = "c16"  # essayez-en d'autres : c03, c17, c24, c30 ...
row = claims.set_index("claim_id").loc[claim_id]
print(article.sentence(row["sentence_id"]).text, "\\n\\nAffirmation :", row["claim"])""",
"c52": """Les cinq verdicts sont `accurate` (exact), `partly accurate` (en partie exact), `inaccurate` (inexact),
`self-contradictory` (contradictoire) et `unverifiable` (invérifiable). Cette fonction affiche le verdict du kit,
son explication et les sources, avec leurs dates et leurs liens :""",
"c53": """def reveal(claim_id):
    row = claims.set_index("claim_id").loc[claim_id]
    print(f"Verdict : {row['verdict']}\\n\\n{row['explanation']}")
    cited = sources[sources["source_id"].isin(row["source_ids"])]
    return cited[["source_id", "publisher", "date", "url"]]""",
"c54": """### Exercice (si vous avez plus de temps)

L'affirmation `c16` porte sur la base de drones d'Agadez. Décidez : « the U.S. building a $100 million drone base »
(les États-Unis en train de construire une base de drones de 100 millions de dollars) est-il juste ? Écrivez votre
verdict et votre raison dans la cellule ci-dessous, puis appelez `reveal("c16")`. Faites ensuite de même pour `c17`
(le coût de la base). Les preuves vous ont-elles fait changer d'avis ?""",
"c55": """# Votre essai : votre verdict avant de découvrir celui du kit
# (l'un de : accurate, partly accurate, inaccurate, self-contradictory, unverifiable)
my_verdict = ...
my_reason = ...""",
"c56": """<details><summary>Solution</summary>

```python
reveal("c16")
```

`c16` est **inexact** (`inaccurate`) : la base n'était pas en construction en 2024 — le commandement des
États-Unis pour l'Afrique a annoncé le 1er novembre 2019 que les vols de drones depuis la base aérienne 201 avaient
commencé, et la phrase d'origine de l'AFP disait que les États-Unis l'*avaient construite* (« built ») ; la
réécriture a changé le temps du verbe. `reveal("c17")` montre que le coût est **en partie exact**
(`partly accurate`) : les sources l'arrondissent différemment (100 millions de dollars, ou environ 110 millions),
si bien que « $100 million » est un chiffre rond bas. Un seul mot (*building*) ou un seul nombre rond peut changer
ce qu'affirme une phrase.

</details>""",
"c57": """## Quiz""",
"c59": """## À retenir

- La copie de l'article que garde le kit n'a ni éditeur, ni URL, ni date, et le kit n'a trouvé aucun original :
  il ne devine donc pas. Ses premières phrases réécrivent une dépêche de l'AFP d'avril 2024.
- Chaque phrase a un identifiant stable (`sk.load_article()`), si bien que les affirmations et les quiz désignent
  exactement une phrase. L'article reste en anglais : on le cite en anglais, et on en donne le sens en français.
- Une **affirmation** se vérifie ; un **cadrage** est un point de vue — demandez de qui.
- La phrase `p3-s2` se contredit. Les effectifs n'ont de sens qu'avec une date et le nom de qui a compté : environ
  1 100 avant le coup d'État de juillet 2023, 648 dans une lettre de la Maison-Blanche de décembre 2023, et en avril
  2024 « about 1,000 » (environ 1 000), « more than 1,000 » (plus de 1 000) ou environ 1 100, selon le reportage.
- Remontez la chaîne, du texte primaire à l'agence puis à la copie ; lisez les étiquettes `reliability` et
  `state_media` de chaque source, et dites exactement à quoi sert chaque source.""",
"c60": """## Et ensuite ?

[Cartographier le Sahel](02_mapping_the_sahel.ipynb) : où se trouvent Niamey, Agadez et les autres lieux de
l'article, à quelle distance les uns des autres, et quels pays forment l'Alliance des États du Sahel (AES).""",
"c61": f"""## Ressources

Sources utilisées dans ce notebook (tirées de `data/sources.csv` ; titres dans leur langue d'origine) :

- Yahoo News Canada (d'après l'AFP), *US agrees to withdraw troops (AFP report, headline truncated in stored copy)*, 2024-04-19 (la dépêche de l'AFP ; la copie a été publiée le 20 avril). <https://ca.news.yahoo.com/us-agrees-withdraw-troops-key-062415403.html> — `afp-2024-04-20-us-agrees-withdraw`
- Louxewtey (copie d'un reportage de RFI, en français), *Les États-Unis acceptent de retirer leur force anti-jihadiste du Niger*, non daté. <https://louxewtey.com/les-etats-unis-acceptent-de-retirer-leur-force-anti-jihadiste-du-niger/> — `{RFI}`
- updatem.com (d'après CBS News), *U.S. agrees to withdraw troops from Niger*, 2024-04-19. <https://updatem.com/u-s-agrees-to-withdraw-troops-from-niger/> — `updatem-cbs-2024-04-19-us-agrees-withdraw`
- Raw Story (d'après Reuters), *US military mission in Niger in focus after coup: analysis*, 2023-08-10. <https://www.rawstory.com/analysis-us-military-mission-in-niger-in-focus-after-coup/> — `reuters-2023-08-10-us-mission-niger`
- KION 546 (d'après AP), *The US declares the ousting of Niger's president a coup and suspends military aid and training*, 2023-10-10. <https://kion546.com/ap-national/2023/10/10/the-us-declares-the-ousting-of-nigers-president-a-coup-and-suspends-military-aid-and-training/> — `ap-2023-10-10-us-declares-niger-coup`
- Stars and Stripes, *(titre absent de la copie conservée) U.S. cuts military personnel in Niger by more than 40%*, 2023-12-13. <https://stripes.com/branches/air_force/2023-12-13/niger-base-201-agadez-12347457.html> — `stripes-2023-12-13-niger-648-personnel`
- Sputnik (média d'État russe), *Pentagon Confirms Discussions Ongoing for 'Orderly Withdrawal' of US Troops From Niger*, 2024-04-23. <https://sputnikglobe.com/20240423/pentagon-confirms-discussions-ongoing-for-orderly-withdrawal-of-us-troops-from-niger-1118081883.html> — `sputnik-2024-04-23-pentagon-orderly-withdrawal`
- Département de la Défense des États-Unis, *Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder Holds an Off-Camera, On-the-Record Press Briefing* (la transcription officielle), 2024-04-22. <https://www.defense.gov/News/Transcripts/Transcript/Article/3751125/pentagon-press-secretary-air-force-maj-gen-pat-ryder-holds-an-off-camera-on-the/> — `defense-2024-04-22-ryder-niger-talks`
- Diplomatic Info (d'après l'agence Anadolu), *US has begun talks to withdraw its troops from Niger: Pentagon*, 2024-04. <https://diplomaticinfo.com/us-has-begun-talks-to-withdraw-its-troops-from-niger-pentagon> — `diplomaticinfo-aa-2024-04-22-ryder-niger-talks`
- Paralel.az (résumé d'un article du Washington Post), *US agrees to withdraw troops from Niger — Washington Post*, non daté. <https://paralel.az/en/article/507573> — `paralel-2024-04-wapo-us-agrees-withdraw`
- Air & Space Forces Magazine, *ISR Operations Begin at Nigerien Air Base 201*, 2019-11-01. <https://airandspaceforces.com/Features/Pages/2019/November%202019/ISR-Operations-Begin-at-Niger-Air-Base-201.aspx> — `airandspaceforces-2019-11-isr-base-201`
- WikiMili (copie de Wikipédia en anglais), *Niger Air Base 201*, non daté. <https://wikimili.com/en/Niger_Air_Base_201> — `wikimili-niger-air-base-201`
- Center for International Policy, *Counter-terror turned the Sahel into a coup-belt. U.S. policy in the region should move on.*, non daté. <https://internationalpolicy.org/publications/counter-terror-turned-the-sahel-into-a-coup-belt-u-s-policy-in-the-region-should-move-on/> — `cip-armstrong-sahel-coup-belt`
- Mail & Guardian, *Why the US's counterterrorism strategy in the Sahel keeps failing*, 2021-02-16. <https://mg.co.za/africa/2021-02-16-why-the-uss-counterterrorism-strategy-in-the-sahel-keeps-failing/> — `mg-2021-02-16-us-counterterrorism-sahel-failing`

Les sources de chaque affirmation sont dans sa ligne de `sk.load_claims()` (colonne `source_ids`) ;
`reveal(claim_id)`, à la section 5, les affiche avec leurs liens, et `sk.load_sources()` les contient toutes.""",
}

#: Cells only the French edition has, after the English cell they follow.
EXTRA = {
"c13": [
    markdown("fr-guide", """### Guide de lecture : ce que dit chaque partie de l'article

L'article a cinq parties (la colonne `section` du tableau). Voici ce que dit chacune, avec les mots de l'article
entre guillemets, en anglais, et leur sens en français :

- **Le titre** (`title`) : « U.S. to Withdraw Troops from Niger Amid Russia's Growing Influence » — les États-Unis
  vont retirer leurs troupes du Niger, « sur fond d'influence croissante de la Russie ».
- **Le chapeau** (`standfirst`), le résumé sous le titre : les États-Unis retirent leurs troupes du Niger,
  « ceding influence to Russia in the Sahel region » (cédant de l'influence à la Russie dans la région du Sahel),
  ce qui fait naître des inquiétudes (« raising concerns ») pour la lutte antiterroriste et la stabilité.
- **Le corps de l'article** (`body`, trois paragraphes) :
  - paragraphe 1 (`p1-s1`, `p1-s2`) : l'accord et ses acteurs. Washington « has agreed to withdraw its more than
    1,000 troops » (a accepté de retirer ses plus de 1 000 soldats), ce que l'article présente comme « a new regional
    gain for Russia » (un nouveau gain régional pour la Russie) ; le secrétaire d'État adjoint Kurt Campbell a
    accepté cette demande lors d'une rencontre à Washington avec le Premier ministre de la junte nigérienne,
    Ali Mahaman Lamine Zeine ;
  - paragraphe 2 (`p2-s1` à `p2-s3`) : la suite et le contexte. Une délégation américaine doit se rendre à Niamey
    « within days » (dans les jours qui viennent), sans calendrier ; le Niger était « a linchpin » (une pièce
    maîtresse) de la stratégie américaine et française contre les jihadistes en Afrique de l'Ouest, avec une base de
    drones à Agadez ; les relations avec les pays occidentaux se sont dégradées depuis le coup d'État de
    juillet 2023, qui a renversé le président élu Mohamed Bazoum ;
  - paragraphe 3 (`p3-s1` à `p3-s3`) : la Russie et les chiffres. La junte se rapproche de la Russie, dont des
    instructeurs militaires sont arrivés « this month » (ce mois-ci) ; puis la phrase des effectifs qui se
    contredit (`p3-s2`, section 3) et une citation, « orderly withdrawal of U.S. forces from the country »
    (le retrait ordonné des forces américaines du pays).
- **L'encadré « Why this matters »** (`why` : pourquoi c'est important, `w1-s1` à `w2-s3`) : surtout du cadrage —
  « a significant shift in the regional power dynamics » (un basculement important des rapports de force
  régionaux), « a major setback » (un revers majeur) pour les États-Unis et leurs alliés, « the failed
  counterterrorism cooperation model » (le modèle de coopération antiterroriste qui a échoué).
- **Les « Key Takeaways »** (`takeaway` : les points clés, `k1` à `k5`) : cinq phrases courtes qui répètent le
  corps et l'encadré.

Lisez maintenant l'article entier, partie par partie. Notez au passage les phrases qui donnent des faits
(qui, quoi, quand, combien) et celles qui disent comment voir ces faits : la section 2 les distingue."""),
    code("fr-guide-read", """# L'article entier, partie par partie (le texte reste en anglais : c'est l'objet de l'étude)
for section, part in sentences.groupby("section", sort=False):
    print(f"--- {section}")
    for row in part.itertuples():
        print(f"{row.sentence_id}: {row.text}")
    print()"""),
],
"c49": [
    markdown("fr-rfi", f"""### Comparer avec un reportage en français

Le même accord a été annoncé en français. Le kit garde un reportage de RFI (Radio France Internationale, un média
public français : `state_media` = `FRA`), de son correspondant aux États-Unis, David Thomson. Il ne l'a
trouvé que dans une copie sur un autre site, sans date (`{RFI}`, `reliability` = `copy`) : la page de RFI
elle-même ne figure pas dans les pages conservées. Sa fiche :"""),
    code("fr-rfi-row", f"""# La fiche du reportage de RFI dans le tableau des sources
cols = ["publisher", "original_publisher", "date", "reliability", "state_media", "note"]
sk.show(sources.set_index("source_id").loc[["{RFI}"], cols])"""),
    markdown("fr-rfi-compare", """Comparez-le à notre article, point par point :

- **Les chiffres.** RFI écrit que « plusieurs responsables américains confirment qu’un millier de soldats engagés
  dans la lutte contre le terrorisme vont quitter le Niger » : *un millier*, un ordre de grandeur, là où notre
  article écrit « more than 1,000 » (plus de 1 000), comme la dépêche de l'AFP en anglais. Ni l'un ni l'autre ne
  donne une date de comptage : ajoutez-en une à ces chiffres, comme à la section 3.
- **Les acteurs.** RFI dit que la demande de retrait « a été formellement acceptée par le numéro deux de la
  diplomatie américaine lors d’une rencontre à Washington avec le Premier ministre nigérien » : les mêmes faits que
  la phrase `p1-s2` de l'article, qui nomme Kurt Campbell et Ali Mahaman Lamine Zeine.
- **Le cadrage.** RFI rapporte que le Niger avait dénoncé en mars l'accord de coopération militaire de 2012
  « estimant que celui-ci avait été imposé unilatéralement par Washington » : c'est un point de vue, attribué au
  Niger. Sur la Russie, RFI écrit que « le nouveau régime de Niamey s’est rapproché de la Russie comme le Mali et le
  Burkina Faso ». Notre article, lui, parle de « a new regional gain for Russia » (un nouveau gain régional pour la
  Russie) sans dire de qui c'est l'avis (la section 2 a montré que c'est l'analyse propre de l'AFP, reprise sans
  la citer).

Une copie sans date d'un média public français reste une source à peser comme les autres : elle sert ici à
comparer deux façons de rapporter le même accord, non à trancher le nombre de soldats."""),
],
}

#: cell id -> hash of the English text its French was translated from (see --print-hashes).
TRANSLATED_FROM = {'c00': 'cda2a56c14aa', 'c00a': 'a08d6e0b545f', 'c01': '23bd17c9fd2d', 'c02': 'a31e161ad90b', 'c03': '62b1d10cc69b', 'c04': 'b4ff19122070', 'c06': '5adfe235397e', 'c07b': 'e11f964be766', 'c07c': '452cf30b7c95', 'c07d': '4922a35ac63d', 'c07e': 'a76236d35f82', 'c08': '2bb7b02b4487', 'c14': '83e2d7f461cb', 'c15': '342ed6a44cd7', 'c16': '7adc783f5e1c', 'c17': '79ed49771baa', 'c21': '610ca445e223', 'c22': '19ef1a52b6e0', 'c19': '6e752cbd921c', 'c23': 'f66d55a7ece8', 'c24': '00874a9cdfd6', 'c25': '34b205d0c2e7', 'c26': 'bbc191e159eb', 'c28': 'f4245fb47b46', 'c30': '473bc6441d1c', 'c31': '2727a38a45d7', 'c33': '01aaf358afef', 'c34': 'cf625ff3bef8', 'c35': '521c3cb2c5eb', 'c36': '162ebcc96d57', 'c37': 'db7b4b4e33a2', 'c38c': 'cd48c4461e2a', 'c47': '7ee7589178ee', 'c48': '793af3bd6f64', 'c49': '78d3eb887344', 'c39': 'c050ee443c2c', 'c41': 'c78bff50248d', 'c42': 'be908775d153', 'c43': '0fee510e549c', 'c45': '0840f5a7372d', 'c47x': 'bd63afeb0bff', 'c48x': '4f39ec2eab46', 'c49x': '819b45f7a6dc', 'c50': 'ac8fa7e816e2', 'c51': '35345f6960a8', 'c52': '47191c5f8663', 'c53': 'b4d5b2ca4f42', 'c54': '07428e28b415', 'c55': '214eaedd866a', 'c56': '17e0c4b5e3dc', 'c57': 'f3a0b53284f3', 'c59': 'b4fe31191e42', 'c60': '831b8ea2e483', 'c61': 'a5c9fbce147e'}

if __name__ == "__main__":
    build(NAME, FR, TRANSLATED_FROM, EXTRA)
