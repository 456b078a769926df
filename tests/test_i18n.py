"""The gettext catalogues: compiled .mo matches its .po, placeholders survive translation, ``_`` translates."""
from __future__ import annotations

import gettext
import importlib.util
import re
import shutil
import subprocess

import pytest

import sahel_kit as sk
from sahel_kit.facts.i18n import DOMAIN, LANGUAGES, LOCALE_DIR, _, ngettext

spec = importlib.util.spec_from_file_location("compile_catalogues", LOCALE_DIR.parents[1] / "scripts" / "compile_catalogues.py")
compiler = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compiler)

CATALOGUES = compiler.catalogues()
_FIELD = re.compile(r"\{[^{}]*\}")


@pytest.fixture(autouse=True)
def english_by_default(monkeypatch):
    monkeypatch.delenv("SAHEL_KIT_LANG", raising=False)
    sk.set_language(None)
    yield
    sk.set_language(None)


def test_every_language_but_english_has_a_catalogue():
    assert {p.parents[1].name for p in CATALOGUES} == set(LANGUAGES) - {"en"}


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: p.parents[1].name)
def test_the_compiled_catalogue_matches_its_source(po):
    mo = po.with_suffix(".mo")
    assert mo.is_file(), "run python scripts/compile_catalogues.py"
    assert mo.read_bytes() == compiler.mo_bytes(compiler.parse_po(po)), "stale .mo: run scripts/compile_catalogues.py"
    assert compiler.main(["--check"]) == 0
    with mo.open("rb") as fh:
        loaded = gettext.GNUTranslations(fh)
    for key, value in compiler.parse_po(po).items():
        if key and "\x00" not in key:
            assert loaded.gettext(key) == value


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: p.parents[1].name)
def test_gnu_msgfmt_reads_the_catalogue_the_same_way(po, tmp_path):
    if not shutil.which("msgfmt"):
        pytest.skip("GNU gettext's msgfmt is not installed")
    out = tmp_path / "gnu.mo"
    subprocess.run(["msgfmt", "--check-format", "--check-header", "-o", str(out), str(po)], check=True)
    with out.open("rb") as a, po.with_suffix(".mo").open("rb") as b:
        gnu, ours = gettext.GNUTranslations(a), gettext.GNUTranslations(b)
    assert gnu._catalog == ours._catalog  # noqa: SLF001 - the parsed messages, plural forms included


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: p.parents[1].name)
def test_translations_keep_every_placeholder_and_are_not_left_in_english(po):
    messages = compiler.parse_po(po)
    wrong, same = [], []
    for key, value in messages.items():
        if not key:
            continue
        ids, forms = key.split("\x00"), value.split("\x00")
        if any(sorted(_FIELD.findall(ids[-1])) != sorted(_FIELD.findall(f)) for f in forms):
            wrong.append(key)
        # the same text is fine for a word that is the same in both languages ("Question {number}.")
        if forms[0] == ids[0] and len(re.findall(r"[A-Za-z]{3,}", _FIELD.sub("", ids[0]))) >= 2:
            same.append(key)
    assert not wrong, f"placeholders differ: {wrong}"
    assert not same, f"left in English: {same}"


def test_every_entry_is_translated():
    for po in CATALOGUES:
        text = po.read_text(encoding="utf-8")
        assert 'msgstr ""\n\n' not in text.split("\n\n", 1)[1], f"{po}: an untranslated entry"
        assert "#, fuzzy" not in text, f"{po}: a fuzzy entry is not compiled"


def test_underscore_follows_the_kit_language(monkeypatch):
    assert _("Check") == "Check"
    assert _("Check", lang="fr") == "Vérifier"
    sk.set_language("fr")
    assert _("Show answer") == "Voir la réponse"
    assert _("a string nobody translated") == "a string nobody translated"
    assert ngettext("{shown} answer shown", "{shown} answers shown", 2).format(shown=2) == "2 réponses affichées"
    sk.set_language(None)
    monkeypatch.setenv("SAHEL_KIT_LANG", "fr")
    assert _("Hint") == "Indice"
    assert gettext.find(DOMAIN, str(LOCALE_DIR), ["fr"])


def test_every_wrapped_string_of_the_package_is_in_every_catalogue():
    """A new ``_("...")`` without its catalogue entry would show in English: list them."""
    import ast

    calls = set()
    for path in (LOCALE_DIR.parent).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext")
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                calls.add(node.args[0].value)
    assert len(calls) > 80
    for po in CATALOGUES:
        keys = {k.split("\x00")[0] for k in compiler.parse_po(po)}
        missing = sorted(calls - keys)
        assert not missing, f"{po}: no entry for {missing}"
