"""The kit's language: which one is in use, and the translated words of widgets and documents.

One setting serves the whole kit: the table loaders (``sk.load_events(lang=...)``), the quiz files
(``data/quizzes/<lang>/``), the quiz widgets and the classroom documents all ask :func:`get_language`.
It is, first found wins: the ``lang`` a function is given, the language set with
:func:`set_language`, the environment variable ``SAHEL_KIT_LANG`` (``fr``, ``fr_FR.UTF-8`` ...),
then English.  (``LANG`` is deliberately not read: it is the machine's locale, and a French
computer should not silently turn an English lesson French.)

Widget and document strings go through the standard :mod:`gettext` machinery: the catalogue
``sahel_kit/locale/<lang>/LC_MESSAGES/sahel_kit.po`` is compiled to ``sahel_kit.mo`` by
``scripts/compile_catalogues.py`` (see ``docs/translating.md``).  Any wing may import :func:`_`
from here; this module uses the standard library only.
"""
from __future__ import annotations

import gettext
import os
import re
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

__all__ = ["LANGUAGES", "DOMAIN", "LOCALE_DIR", "ENV_VAR", "get_language", "set_language", "_", "N_",
           "ngettext", "translator", "using_language"]

#: The languages the kit ships; English is the original, the others are translations of it.
LANGUAGES = ("en", "fr")
#: The gettext domain (file name of the catalogues).
DOMAIN = "sahel_kit"
#: ``sahel_kit/locale``: ``<lang>/LC_MESSAGES/sahel_kit.po`` and the compiled ``.mo``.
LOCALE_DIR = Path(__file__).resolve().parents[1] / "locale"
#: The environment variable that sets the kit's default language.
ENV_VAR = "SAHEL_KIT_LANG"

_chosen: str | None = None


def _normalise(value, where: str) -> str:
    code = re.split(r"[_.@-]", str(value).strip().lower(), maxsplit=1)[0]
    if code not in LANGUAGES:
        raise ValueError(f"{where}: unknown language {value!r}; the kit speaks {', '.join(LANGUAGES)}")
    return code


def set_language(lang: str | None) -> str:
    """Choose the kit's language for this session (``None`` goes back to the default); return it.

    Examples
    --------
    >>> import sahel_kit as sk
    >>> sk.set_language("fr")
    'fr'
    >>> sk.set_language(None)   # back to SAHEL_KIT_LANG, or English
    'en'
    """
    global _chosen
    _chosen = None if lang is None else _normalise(lang, "set_language")
    return get_language()


def get_language(lang: str | None = None) -> str:
    """The language to use: ``lang`` if given, else :func:`set_language`'s, else ``SAHEL_KIT_LANG``, else ``"en"``."""
    if lang is not None:
        return _normalise(lang, "lang")
    if _chosen is not None:
        return _chosen
    env = os.environ.get(ENV_VAR, "").strip()
    return _normalise(env, ENV_VAR) if env else "en"


@lru_cache(maxsize=8)
def _translator(lang: str, stamp: tuple) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=str(LOCALE_DIR), languages=[lang], fallback=True)


def translator(lang: str | None = None) -> gettext.NullTranslations:
    """The :mod:`gettext` translations of ``lang`` (English: the strings as written)."""
    code = get_language(lang)
    mo = LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.mo"
    stamp = (mo.stat().st_mtime_ns, mo.stat().st_size) if mo.is_file() else ()  # a recompiled catalogue is re-read
    return _translator(code, stamp)


def _(message: str, lang: str | None = None) -> str:
    """Translate a widget or document string into the kit's language (the English text is the key).

    Examples
    --------
    >>> from sahel_kit.facts.i18n import _
    >>> _("Check", lang="fr")
    'Vérifier'
    """
    return translator(lang).gettext(message)


def ngettext(singular: str, plural: str, n: int, lang: str | None = None) -> str:
    """Translate a string whose form depends on the number ``n`` ("1 question", "2 questions")."""
    return translator(lang).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark a string for the catalogue without translating it yet (module-level constants)."""
    return message


@contextmanager
def using_language(lang: str | None):
    """Within the ``with`` block the kit speaks ``lang`` (``None``: no change); the previous choice comes back.

    A quiz shown with ``sk.quiz(name, lang="fr")`` runs its button callbacks inside this, so that
    the messages of ``check()`` come in the quiz's language too.
    """
    global _chosen
    before = _chosen
    if lang is not None:
        _chosen = _normalise(lang, "lang")
    try:
        yield get_language()
    finally:
        _chosen = before
