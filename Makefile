# Two commands do all set-up on a fresh machine with Python 3.10+ and make:
#   make lab    create .venv, install the kit, open JupyterLab on the first notebook
#   make test   create or refresh .venv, run the whole suite (unit tests, then every notebook)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
FIRST_NOTEBOOK := notebooks/00_start_here.ipynb
# The French edition (docs/translating.md): `make lab-fr`, or `make lab KIT_LANG=fr`.  Not `LANG=fr`: LANG is
# the system's locale variable, and a make variable of that name would be exported to JupyterLab and Python
# as an invalid locale.  The French notebooks call sk.set_language("fr") themselves, so nothing else is needed.
KIT_LANG ?= en
ifeq ($(KIT_LANG),fr)
FIRST_NOTEBOOK := notebooks/fr/00_start_here.ipynb
endif
# axe-core (npm) audits the notebooks' outputs for accessibility in the browser test.
AXE_VERSION := 4.14.1
AXE    := $(VENV)/npm/node_modules/axe-core/axe.min.js
LAB_ARGS ?=

.PHONY: lab lab-fr catalogues test unit compat notebooks references bench data validate lesson-times clean html lite lite-test

$(STAMP): pyproject.toml binder/requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[lab,test,e2e]"
	touch $(STAMP)

# Without npm the browser test's accessibility check is skipped, loudly (and fails under CI=true).
$(AXE):
	@mkdir -p $(VENV)/npm
	@npm install --silent --no-audit --no-fund --prefix $(VENV)/npm axe-core@$(AXE_VERSION) \
	  || echo "!!! axe-core could not be installed (npm missing or offline): the accessibility check will be SKIPPED !!!"

lab: $(STAMP)
	$(BIN)/jupyter lab --LabApp.default_url=/lab/tree/$(FIRST_NOTEBOOK) $(LAB_ARGS)

lab-fr:
	$(MAKE) lab KIT_LANG=fr

# After editing a translation catalogue (sahel_kit/locale/<lang>/LC_MESSAGES/sahel_kit.po): compile its .mo.
catalogues:
	$(PYTHON) scripts/compile_catalogues.py

test: $(STAMP) $(AXE)
	$(BIN)/python -m pytest
	$(BIN)/python scripts/run_notebooks.py
	$(MAKE) lite-test

unit: $(STAMP)
	$(BIN)/python -m pytest -m "not e2e and not slow"

# The oldest supported Python gets pandas 2.x: run the unit tests there too.
# make compat PYTHON310=/path/to/python3.10
PYTHON310 ?= python3.10
compat:
	$(PYTHON310) -m venv .venv-py310
	.venv-py310/bin/python -m pip install --quiet --upgrade pip
	.venv-py310/bin/python -m pip install --quiet -e . pytest
	.venv-py310/bin/python -c "import sys, pandas; print('compat: Python', sys.version.split()[0], 'pandas', pandas.__version__)"
	.venv-py310/bin/python -m pytest -p no:cacheprovider -m "not e2e and not slow" --ignore=tests/test_benchmarks.py

notebooks: $(STAMP)
	$(BIN)/python scripts/run_notebooks.py

# After a deliberate change to a checked (# NBVAL_CHECK_OUTPUT) cell or the data it shows.
references: $(STAMP)
	$(BIN)/python scripts/run_notebooks.py --update-references

validate: $(STAMP)
	$(BIN)/sahel-kit validate

# Estimated class minutes per notebook (core and extensions); fails if a core is over 45 minutes.
lesson-times: $(STAMP)
	$(BIN)/python scripts/lesson_times.py

# Rebuild derived data files from their inputs (article JSON, boundaries, the lessons' pre-drawn charts).
data: $(STAMP)
	$(BIN)/python scripts/build_article.py
	$(BIN)/python scripts/build_boundaries.py
	$(BIN)/python scripts/build_charts.py

# The browser edition (JupyterLite + Pyodide), built from pinned PyPI and npm packages into build/lite
# (and build/lite.zip); docs/browser-edition.md says where every file comes from.
LITE_VENV  := .venv-lite
LITE_STAMP := $(LITE_VENV)/.installed-stamp
LITE_PINS  := jupyterlite-core==0.6.4 jupyterlite-pyodide-kernel==0.6.1 jupyterlab_widgets==3.0.15 \
              jupyter_server==2.21.1 hatchling==1.33.0

$(LITE_STAMP): Makefile
	$(PYTHON) -m venv $(LITE_VENV)
	$(LITE_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(LITE_VENV)/bin/python -m pip install --quiet $(LITE_PINS)
	touch $(LITE_STAMP)

lite: $(LITE_STAMP)
	$(LITE_VENV)/bin/python scripts/build_lite.py --out build/lite --zip

# Build the site and run every notebook in it in headless Chromium, offline (part of make test).
# SKIP_LITE=1 skips it, and so does a machine without chromium or npm: both say so loudly.
lite-test: $(STAMP)
	@if [ "$(SKIP_LITE)" = "1" ]; then \
	  echo "!!! browser edition test SKIPPED (SKIP_LITE=1): the JupyterLite site was NOT built or tested !!!"; \
	elif ! command -v chromium >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then \
	  echo "!!! browser edition test SKIPPED: it needs chromium and npm (apt-get install chromium npm) !!!"; \
	else \
	  $(MAKE) lite && SAHEL_KIT_LITE_SITE=build/lite $(BIN)/python -m pytest -p no:cacheprovider tests/e2e/test_lite.py; \
	fi

# Static HTML pages of the executed lessons (quizzes readable, answers folded, maps offline) in build/html.
html: $(STAMP)
	$(BIN)/sahel-kit html --out build/html

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .venv-py310 $(LITE_VENV) build dist .pytest_cache
