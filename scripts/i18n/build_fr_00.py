"""Write notebooks/fr/00_start_here.ipynb: the French lesson 00, cell for cell on the English one.

Run: python scripts/i18n/build_fr_00.py [REPO_ROOT].  It stops, naming the cells, when the English lesson
gained a cell or when the English text of a translated cell changed since its translation (TRANSLATED_FROM
keeps a hash of the English each French cell was translated from): the same guard serves the other lessons.
Kept as the worked example of a French notebook: same cell ids and tags as the English lesson, French text,
the French setup cell (kit two folders up on a hub, sk.set_language("fr")).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from frnb import build  # noqa: E402  (the shared build steps)


NAME = "00_start_here"

FR = {
"i15-browser-edition": """### Dans votre navigateur, même hors ligne (l'édition navigateur)

Le kit fonctionne aussi sans aucun serveur : dans l'*édition navigateur*, Python s'exécute dans l'onglet de votre
navigateur (JupyterLite avec Pyodide). Un enseignant la construit une fois (`make lite`) et partage le dossier ou son
fichier zip ; servez le dossier avec n'importe quel serveur web statique et ouvrez-le, avec ou sans internet. Ce qui
change alors :

- **Votre progression n'est gardée que dans ce navigateur**, dans le dossier `sahel-kit` de l'explorateur de
  fichiers. Un autre navigateur ou un autre ordinateur, ou l'effacement des données du navigateur, repart de zéro.
- **Pour rendre vos résultats**, appuyez sur **Exporter mes résultats** dans votre tableau de bord (`sk.progress()`),
  puis téléchargez le fichier avec le lien affiché (ou depuis l'explorateur de fichiers : clic droit → *Download*)
  et remettez-le à votre enseignant.
- **Les cartes interactives n'ont pas de fond** : les frontières, les lieux et les événements sont dessinés à partir
  de fichiers du site, mais les tuiles du fond de carte ont besoin d'internet ; une note sur chaque carte le dit. Sur
  un ordinateur sans internet, `sk.use_offline_maps()` fait de même dans JupyterLab.
- Python met environ une demi-minute à démarrer dans l'onglet, la première fois que vous exécutez une cellule.
- Utilisez un seul onglet à la fois : deux onglets qui répondent aux quiz en même temps peuvent écraser la
  progression l'un de l'autre.""",
"c00": """# Commencer ici : le Sahel dans un article de presse

Élèves et enseignants qui découvrent le kit · Séance : environ 25 minutes ·
Les sections intitulées *Si vous avez plus de temps* sont des prolongements""",
"c00a": """# Exécutez d'abord cette cellule (cliquez dedans, puis Maj + Entrée) : elle charge le kit, en français
try:
    import sahel_kit as sk
except ModuleNotFoundError:  # sur un hub de la classe (nbgitpuller), le kit n'est pas installé : on prend la copie
    import sys, pathlib
    sys.path.insert(0, str(pathlib.Path.cwd().parents[1]))
    import sahel_kit as sk
sk.set_language("fr")
print("Données à jour au", sk.data_as_of())""",
"c01": """## Présentation

**sahel-kit** est un ensemble de notebooks Jupyter sur le basculement géopolitique du Sahel depuis 2012 : les coups
d'État au Mali, au Burkina Faso et au Niger, le départ des forces françaises et américaines, le rôle croissant de
la Russie, et l'Alliance des États du Sahel (AES), devenue Confédération des États du Sahel. Cette première leçon
vous met en route en quelques cellules, puis entre tout de suite dans le sujet : le titre de l'article de presse
que le kit examine, et une carte des lieux qu'il cite.""",
"c02": """## Objectifs d'apprentissage

À la fin de cette leçon, vous saurez :

1. **o1** — Exécuter les cellules d'un notebook dans l'ordre, et redémarrer le noyau pour repartir d'un état propre.
2. **o2** — Répondre à une question du quiz, utiliser son indice et ses explications, et dire où votre progression est enregistrée.
3. **o3** — Lire le titre de l'article et y distinguer le fait vérifiable de sa mise en perspective (le cadrage).
4. **o4** — Situer le Niger, le Mali et le Burkina Faso et leurs capitales sur une carte du Sahel.""",
"c03": """## Prérequis

| Notion | Importance | Remarques |
|---|---|---|
| Utiliser un navigateur web | Nécessaire | Tout se passe dans un onglet du navigateur |
| Python | Utile | Pas encore nécessaire : chaque cellule est prête à être exécutée, ou vous demande de compléter un `...` |
| Le Sahel | Inutile | Cette leçon commence l'histoire ; les notebooks 01 à 06 la racontent pas à pas |

**Durée** : 20 minutes, 45 avec les prolongements""",
"c04": """## Mise en route

Un notebook est une suite de cellules. Les cellules **Markdown** (comme celle-ci) contiennent du texte. Les
cellules de **code** exécutent du Python : cliquez dans l'une d'elles et appuyez sur **Maj + Entrée**. La première
cellule ci-dessus a chargé le kit sous le nom court `sk` et l'a mis en français. Celle-ci fait afficher les longs
textes des tableaux en entier, sur plusieurs lignes :""",
"c06": """## 1. Les cellules s'exécutent dans l'ordre

Pendant qu'une cellule s'exécute, vous voyez `[*]` à côté d'elle ; puis un numéro, l'ordre dans lequel les cellules
ont été exécutées. Les cellules partagent la même mémoire, l'ordre compte donc : la cellule suivante définit
`article`, et les cellules d'après s'en servent.""",
"c15": """Si vous voyez `NameError: name 'sk' is not defined`, vous avez sauté la première cellule : exécutez-la, puis
réessayez. Quand tout devient confus, utilisez **Kernel → Restart Kernel and Run All Cells…** (en français :
**Noyau → Redémarrer le noyau et exécuter toutes les cellules…**) : le noyau oublie tout et exécute le notebook
depuis le début.""",
"c16h": """## 2. Le titre

Ce titre est celui d'un article de presse américain d'avril 2024, que le kit conserve dans `data/` et que le
notebook 01 vérifie phrase par phrase. L'article est en anglais, et c'est lui que nous étudions : le titre dit
« Les États-Unis vont retirer leurs troupes du Niger sur fond d'influence croissante de la Russie ». Un titre
mélange deux choses. « U.S. to Withdraw Troops from Niger » (les États-Unis vont retirer leurs troupes du Niger)
est un **fait vérifiable** : le retrait a été décidé, et des dépêches peuvent le confirmer. « Amid Russia's
Growing Influence » (sur fond d'influence croissante de la Russie) est un **cadrage** : il dit comment voir le
fait, selon un certain point de vue. Sa première phrase :""",
"c16b": """Le kit donne aussi l'article sous forme de tableau, une ligne par phrase, chacune avec un identifiant comme
`p1-s1` (paragraphe 1, phrase 1). `sk.show(...)` affiche un tableau avec son texte aligné à gauche et renvoyé à
la ligne :""",
"c17": """### Exercice

Affichez la ligne dont le `sentence_id` est `p3-s2` : remplacez `...` par cet identifiant (entre guillemets),
exécutez la cellule et lisez la phrase lentement. A-t-elle un sens ?""",
"c18": """# Votre essai : remplacez ... par l'identifiant de la phrase, entre guillemets
my_id = ...
sentences[sentences["sentence_id"] == my_id]""",
"c19": """<details><summary>Solution</summary>

```python
sentences[sentences["sentence_id"] == "p3-s2"]
```

La phrase dit que les États-Unis retireront « more than 1,000 » soldats (plus de 1 000), « down from » (en baisse
par rapport aux) « over 1,000 » (plus de 1 000) qui s'y trouvaient avant : un nombre ne peut pas *baisser* par
rapport à lui-même. Le notebook 01 vérifie ce que des sources fiables ont rapporté.

</details>""",
"c19m": """## 3. Une carte

L'article cite Niamey, la capitale du Niger, et « a drone base in Agadez » (une base de drones à Agadez), une ville
du désert au centre du Niger. Cette carte n'a pas besoin d'internet : les trois membres de l'Alliance des États du
Sahel sont grisés — le Mali (capitale Bamako), le Burkina Faso (Ouagadougou) et le Niger (Niamey) — et les lieux
du kit sont marqués (survolez une marque pour voir son nom).""",
"c19p": """### Exercice : votre propre carte

Dessinez une carte avec seulement les lieux que cite l'article. La liste commence par Niamey : remplacez `...` par
le `place_id` d'Agadez et celui de sa base de drones, Air Base 201 (cherchez-les dans `places[["place_id", "name"]]`).""",
"c19q": """# Votre essai : remplacez ... par les autres identifiants de lieux, entre guillemets
article_places = ["niamey", ...]
mine = places[places["place_id"].isin(article_places)]
sk.static_map(places=mine, title="Lieux cités dans l'article")""",
"c19r": """Vérifiez votre liste (la cellule dit si elle est juste, sans donner la réponse) :""",
"c19t": """<details><summary>Solution</summary>

```python
article_places = ["niamey", "agadez", "air-base-201"]
```

Agadez se trouve à environ 740 km au nord-est de Niamey, au milieu du pays : le notebook 02 mesure cette distance
et se demande pourquoi une base de drones y était utile.

</details>""",
"c32": """## 4. Les quiz et votre progression

Chaque notebook se termine par un quiz. Pour chaque question : choisissez ou tapez votre réponse, appuyez sur
**Vérifier**, et lisez le commentaire. **Indice** vous met sur la voie ; **Réessayer** vous permet de répondre une
nouvelle fois. Chaque réponse vérifiée est enregistrée dans un fichier `progress.json`, dans un dossier à vous
(indiqué par la variable d'environnement `SAHEL_KIT_HOME`, ou `.sahel-kit` dans votre dossier personnel), jamais
dans le kit. `sk.progress()` affiche un tableau de bord de ce que vous avez répondu.
Si le quiz affiche « Error displaying widget », voyez l'annexe C plus bas.""",
"c39": """## Quiz""",
"c41": """## À retenir

- Exécutez les cellules dans l'ordre avec **Maj + Entrée** ; **Redémarrer le noyau et tout exécuter** permet de
  repartir proprement.
- Un titre mélange un fait vérifiable (« U.S. to Withdraw Troops from Niger ») et un cadrage (« Amid Russia's
  Growing Influence ») : demandez-vous de qui le cadrage exprime le point de vue.
- Le kit examine un article de presse d'avril 2024 sur le retrait américain du Niger ; une de ses phrases se
  contredit (`p3-s2`), ce que le notebook 01 démêle.
- `sk.static_map()` dessine le Sahel sans internet : le Mali (Bamako), le Burkina Faso (Ouagadougou) et le Niger
  (Niamey) forment l'Alliance des États du Sahel ; Agadez, avec sa base de drones, se trouve au centre du Niger.
- Les réponses aux quiz sont enregistrées dans `progress.json` sous `$SAHEL_KIT_HOME` (par défaut `~/.sahel-kit/`) ;
  `sk.progress()` affiche votre tableau de bord.""",
"c42": """## Et ensuite ?

La suite du parcours, un notebook par séance :

1. [Lire l'article](01_reading_the_article.ipynb) — l'article sur le retrait américain du Niger, vérifié phrase par phrase.
2. [Cartographier le Sahel](02_mapping_the_sahel.ipynb) — pays, capitales, bases et distances.
3. [Une chronologie des coups d'État](03_timeline_of_coups.ipynb) — ce qui s'est passé, quand, pourquoi, et comment la CEDEAO, la Communauté économique des États de l'Afrique de l'Ouest, a réagi.
4. [Les forces étrangères](04_foreign_forces.ipynb) — la France, les États-Unis, la Russie, l'ONU et l'UE au fil du temps.
5. [Acteurs et points de vue](05_actors_and_perspectives.ipynb) — ce que chaque camp dit et veut.
6. [Ce qui change](06_what_changes.ipynb) — conséquences, scénarios et un quiz de révision.""",
"c43": """## Ressources

- PyPI, *jupyterlab-widgets: Jupyter interactive widgets for JupyterLab* (en anglais) — installation de
  l'extension des widgets : <https://pypi.org/project/jupyterlab_widgets>
- Le format des quiz du kit : [`data/quizzes/README.md`](../../data/quizzes/README.md) (en anglais) ; la
  traduction du kit : [`docs/translating.md`](../../docs/translating.md)
- Toutes les sources que cite le kit, avec éditeur, titre, date et lien : `sk.load_sources()` (annexe A).""",
"x00": """## Annexe : détails techniques (si vous avez plus de temps)

Rien de ce qui suit n'est nécessaire pour le notebook 01. Lisez-le quand vous voulez savoir où le kit garde ses
faits, où votre travail est enregistré, ou quand les widgets ne s'affichent pas.

### A. Chaque fait a une source

Le kit garde chaque fait dans de petits tableaux sous `data/` : événements, lieux, acteurs, présence militaire
étrangère, affirmations de l'article, et les **sources** de tout cela. Un fait sans source n'y entre pas.""",
"c10": """### Exercice (si vous avez plus de temps)

La colonne `kind` indique si une source est **primaire** (`primary` : un gouvernement, l'ONU, un traité, une
déclaration officielle) ou **secondaire** (`secondary` : agences de presse, journaux, encyclopédies, recherche).
Comptez combien le kit en utilise de chaque sorte. Pourquoi un lecteur attentif voudrait-il le savoir ?""",
"c11": """# Votre essai : remplacez ... par le décompte de la colonne "kind" (utilisez .value_counts())
kind_counts = ...
kind_counts""",
"c12": """<details><summary>Solution</summary>

```python
sources["kind"].value_counts()
```

Une source primaire est le texte lui-même (par exemple la déclaration d'un gouvernement) ; une source secondaire
le rapporte ou l'interprète. Quand les deux ne concordent pas, on revient au texte primaire, et on se demande qui
a écrit chacun.

</details>""",
"c20": """### B. Où utiliser le kit : Binder, un hub ou un ordinateur portable

| Où | Comment démarrer | Ce qu'il faut savoir |
|---|---|---|
| **Binder** | Cliquez sur le badge *launch binder* (édition française) du README | Rien à installer. La session est temporaire : téléchargez ce que vous voulez garder (**File → Download**, en français **Fichier → Télécharger**) ; votre progression disparaît à la fin de la session. |
| **Un hub de la classe** (JupyterHub) | Cliquez sur le lien que vous donne votre enseignant | Le lien copie le kit dans votre dossier personnel. Votre progression reste dans votre compte du hub. |
| **Votre ordinateur** | `make lab-fr` dans le dossier du kit (ou `pip install -e .` puis `jupyter lab`) | Fonctionne hors ligne une fois installé, sauf les cartes interactives, dont la bibliothèque et les fonds de carte se chargent depuis internet dans votre navigateur (les cartes SVG n'ont pas besoin d'internet). |

La première cellule fonctionne dans les trois cas : si le kit n'est pas installé, elle utilise la copie située deux
dossiers au-dessus du notebook. Ceci montre où le kit a trouvé ses données, et où votre progression est enregistrée :""",
"c22": """### Exercice (si vous avez plus de temps)

Regardez les deux chemins affichés ci-dessus. Dans laquelle des trois situations du tableau êtes-vous, et qu'est-ce
que cela implique pour enregistrer votre travail ? Écrivez votre réponse dans la cellule ci-dessous.""",
"c23": """# Votre essai : remplacez ... par votre réponse, entre guillemets
where_i_am = ...""",
"c24": """<details><summary>Solution</summary>

Sur Binder, les chemins sont en général dans un dossier personnel temporaire comme `/home/jovyan/...` ; sur un hub,
ils sont dans votre propre dossier personnel ; sur un ordinateur, les données sont là où vous avez cloné ou
décompressé le kit. C'est seulement sur Binder que tout disparaît quand vous fermez l'onglet : c'est là qu'il faut
penser à télécharger votre notebook.

</details>""",
"c25": """### C. Vérifier que les widgets s'affichent

Les quiz et certaines cartes sont des **widgets** : des commandes interactives dessinées par JupyterLab. Exécutez la
cellule ci-dessous. Vous devriez voir une case numérique : tapez un nombre, ou appuyez sur Tab pour l'atteindre et
utilisez les flèches du clavier.""",
"c26": """import ipywidgets as widgets

# Une case numérique plutôt qu'un curseur : la poignée d'un curseur n'a pas de nom qu'un lecteur d'écran puisse annoncer.
box = widgets.BoundedIntText(value=5, min=0, max=10, description="Essayez-moi :")
box""",
"c27": """Si vous voyez à la place **« Error displaying widget: model not found »**, ou seulement une ligne de texte comme
`BoundedIntText(value=5, ...)` :

1. **Rechargez** la page du navigateur, puis exécutez de nouveau la cellule (le code des widgets se charge parfois
   en retard).
2. **Faites confiance** au notebook : ouvrez la palette de commandes (**Ctrl + Maj + C**) et lancez *Trust Notebook*.
3. Vérifiez que les paquets des widgets sont installés dans le noyau (cellule suivante). Depuis JupyterLab 3, le
   paquet `jupyterlab_widgets` assure l'affichage ; installez-le avec `pip install jupyterlab_widgets` et
   redémarrez JupyterLab. Sur un hub ou sur Binder, prévenez votre enseignant.""",
"c28": """from importlib.metadata import PackageNotFoundError, version

for package in ["ipywidgets", "jupyterlab_widgets"]:
    try:
        print(f"{package:20} {version(package)}")
    except PackageNotFoundError:
        print(f"{package:20} NON installé : pip install {package}")""",
"c29": """### À vous (si vous avez plus de temps)

Remplacez le nombre de la case par 8, puis exécutez la cellule ci-dessous. Qu'affiche-t-elle ? Redémarrez ensuite
le noyau et exécutez seulement la cellule ci-dessous : que se passe-t-il, et pourquoi ?""",
"c30": """# À exécuter après avoir changé le nombre (et de nouveau après un redémarrage)
box.value""",
"c31": """<details><summary>Solution</summary>

Elle affiche `8` : la valeur de la case vit dans le noyau, et taper un nombre la change. Après un redémarrage, le
noyau a oublié `box` : vous obtenez `NameError: name 'box' is not defined` tant que vous n'avez pas exécuté de
nouveau la première cellule et celle de la case. Les widgets, comme les variables, n'existent que tant que le noyau
qui les a créés tourne.

</details>""",
"c36": """### D. Votre tableau de bord

Répondez à au moins deux questions du quiz, puis exécutez la cellule ci-dessous. Elle liste les notebooks sur
lesquels vous avez travaillé, le nombre de questions auxquelles vous avez répondu, et combien étaient justes du
premier coup — la mesure honnête de ce que vous saviez déjà ; réessayer après le commentaire, c'est ainsi qu'on
apprend le reste.""",
}

#: cell id -> hash of the English text its French was translated from (see --print-hashes).
TRANSLATED_FROM = {'i15-browser-edition': 'b6ee6a3f93d4', 'c00': '99474f827005', 'c00a': 'a08d6e0b545f', 'c01': '470a3b8fde3e', 'c02': '53731b9ac300', 'c03': 'be86fa601d48', 'c04': '449a6838b778', 'c06': '0ede87bc1d20', 'c15': '23ab55c725f4', 'c16h': '98e193cd3b17', 'c16b': 'fc52b1b44bc7', 'c17': 'bca40d1bd6b7', 'c18': 'e6fe89c58d14', 'c19': '9bb182ff1e08', 'c19m': '2c7da7029d6d', 'c19p': '51a8b4f0b9d5', 'c19q': '8204f2758a95', 'c19r': '758f14edfa9b', 'c19t': '26ab14b784cb', 'c32': '9fe90462a816', 'c39': 'f3a0b53284f3', 'c41': '8e7ecf8f4e59', 'c42': 'a608f204511a', 'c43': 'bd61bf4fe1ff', 'x00': 'a3d096150d89', 'c10': '1d16281ba21c', 'c11': 'db96b6f4174b', 'c12': 'a26286eb98a7', 'c20': 'a035ba79b022', 'c22': '5aba31b9b0dd', 'c23': '9499fb1fecf9', 'c24': '0b3dee441581', 'c25': 'be7adbe52b96', 'c26': 'd8505938a375', 'c27': '447bbcc835ff', 'c28': '8af897f07afd', 'c29': '271f4520e3e7', 'c30': '5c7c481d8c26', 'c31': 'ccd95483e3d2', 'c36': 'aeee2290f327'}


if __name__ == "__main__":
    build(NAME, FR, TRANSLATED_FROM)
