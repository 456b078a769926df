"""Compile the kit's gettext catalogues: every ``sahel_kit/locale/<lang>/LC_MESSAGES/*.po`` to its ``.mo``.

The standard library reads ``.mo`` files (:mod:`gettext`) but has no compiler; this is the small part
of CPython's ``Tools/i18n/msgfmt.py`` the kit needs (msgid, msgid_plural, msgstr[n], msgctxt, escapes;
entries marked ``#, fuzzy`` or left untranslated are not compiled, so they show in English).  No
dependency, output byte-for-byte stable (keys sorted), so the ``.mo`` can be committed and checked.

    python scripts/compile_catalogues.py            # write every .mo
    python scripts/compile_catalogues.py --check    # exit 1 if a .mo is missing or differs from its .po
"""
from __future__ import annotations

import ast
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "sahel_kit" / "locale"


class PoError(ValueError):
    """A .po file cannot be parsed; the message names the file and line."""


def parse_po(path: Path) -> dict[str, str]:
    """``{key: translation}`` as a .mo stores them (plural forms joined by NUL; the header under ``""``)."""
    messages: dict[str, str] = {}
    entry: dict = {}
    section = None
    fuzzy = False

    def flush():
        nonlocal entry, fuzzy
        if "msgid" in entry:
            key = entry["msgid"]
            if "msgctxt" in entry:
                key = entry["msgctxt"] + "\x04" + key
            if "msgid_plural" in entry:
                key += "\x00" + entry["msgid_plural"]
                forms = [entry.get(f"msgstr[{n}]", "") for n in range(len([k for k in entry if k.startswith("msgstr[")]))]
                value = "\x00".join(forms)
                done = all(forms) and forms
            else:
                value = entry.get("msgstr", "")
                done = bool(value)
            if done and (not fuzzy or key == ""):
                messages[key] = value
        entry, fuzzy = {}, False

    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if line.startswith("#") or not line:
            if any(k.startswith("msgstr") for k in entry):
                flush()  # a comment or a blank line ends an entry (and may start the next one's flags)
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            continue
        keyword, _, rest = line.partition(" ")
        if keyword in ("msgctxt", "msgid") and any(k.startswith("msgstr") for k in entry):
            flush()
        if keyword in ("msgctxt", "msgid", "msgid_plural", "msgstr") or keyword.startswith("msgstr["):
            section, line = keyword, rest.strip()
        elif not line.startswith('"'):
            raise PoError(f"{path}:{lineno}: cannot read {raw!r}")
        if section is None:
            raise PoError(f"{path}:{lineno}: a string before any keyword")
        try:
            text = ast.literal_eval(line)
        except (SyntaxError, ValueError):
            raise PoError(f"{path}:{lineno}: not a quoted string: {raw!r}") from None
        entry[section] = entry.get(section, "") + text
    flush()
    return messages


def mo_bytes(messages: dict[str, str]) -> bytes:
    """The GNU .mo file for ``messages`` (the layout of msgfmt.py: no hash table)."""
    keys = sorted(messages)
    ids = b"".join(k.encode("utf-8") + b"\0" for k in keys)
    strs = b"".join(messages[k].encode("utf-8") + b"\0" for k in keys)
    offsets, o1, o2 = [], 0, 0
    for k in keys:
        kb, vb = k.encode("utf-8"), messages[k].encode("utf-8")
        offsets.append((len(kb), o1, len(vb), o2))
        o1, o2 = o1 + len(kb) + 1, o2 + len(vb) + 1
    start = 7 * 4 + 16 * len(keys)
    key_table = [x for length, off, _, _ in offsets for x in (length, start + off)]
    value_table = [x for _, _, length, off in offsets for x in (length, start + len(ids) + off)]
    header = struct.pack("Iiiiiii", 0x950412DE, 0, len(keys), 7 * 4, 7 * 4 + 8 * len(keys), 0, 0)
    return header + struct.pack(f"{len(key_table)}i", *key_table) + struct.pack(
        f"{len(value_table)}i", *value_table) + ids + strs


def catalogues() -> list[Path]:
    """Every .po file of the kit."""
    return sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    check = "--check" in argv
    stale = []
    for po in catalogues():
        mo = po.with_suffix(".mo")
        data = mo_bytes(parse_po(po))
        if check:
            if not mo.is_file() or mo.read_bytes() != data:
                stale.append(mo)
            continue
        mo.write_bytes(data)
        print(f"wrote {mo.relative_to(ROOT)} ({len(parse_po(po)) - 1} messages)")
    for mo in stale:
        print(f"stale: {mo.relative_to(ROOT)} (run python scripts/compile_catalogues.py)", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
