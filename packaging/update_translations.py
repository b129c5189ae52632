"""Regenerate the translation template and the English plural forms.

    python packaging/update_translations.py

Writes resources/translations/infointerview.ts with pyside6-lupdate (shipped
with PySide6). Translators copy it to infointerview_<lang>.ts and translate it
in Qt Linguist (pyside6-linguist).

It also writes infointerview_en.ts, the English plural forms of every
``tr("%n referral(s)", "", n)`` (Qt's own advice: an English "translation" that
holds only the numerus messages), fills the forms from the source text
(``infointerview.domain.i18n.english_forms``; a form edited by hand is kept) and
compiles it to infointerview_en.qm with pyside6-lrelease. The .qm is committed,
so a checkout runs without a build step; tests/unit/test_translations.py fails
when it is stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
TEMPLATE = FOLDER / "infointerview.ts"
ENGLISH = FOLDER / "infointerview_en.ts"
ENGLISH_QM = FOLDER / "infointerview_en.qm"


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def fill_english_forms(ts: Path) -> int:
    """Give every unfinished numerus message its two English forms; return how many."""
    sys.path.insert(0, str(ROOT))
    from infointerview.domain.i18n import english_forms

    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        for child in list(translation):
            translation.remove(child)
        for form in english_forms(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = form
        translation.attrib.pop("type")
        translation.text = None
        filled += 1
    ET.indent(tree, space="    ")
    with ts.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return filled


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "infointerview").rglob("*.py"))
    FOLDER.mkdir(parents=True, exist_ok=True)
    # -no-obsolete: a template carries no translations, so vanished texts go.
    lupdate = [_tool("pyside6-lupdate"), *sources, "-no-obsolete"]
    status = subprocess.call([*lupdate, "-ts", str(TEMPLATE.relative_to(ROOT))], cwd=ROOT)
    if status:
        return status
    status = subprocess.call(
        [*lupdate, "-pluralonly", "-target-language", "en", "-ts", str(ENGLISH.relative_to(ROOT))],
        cwd=ROOT,
    )
    if status:
        return status
    print(f"English plural forms filled in: {fill_english_forms(ENGLISH)}")
    # once more, so the file is written the way lupdate writes it (forms kept)
    status = subprocess.call(
        [*lupdate, "-pluralonly", "-target-language", "en", "-ts", str(ENGLISH.relative_to(ROOT))],
        cwd=ROOT,
    )
    if status:
        return status
    return subprocess.call(
        [_tool("pyside6-lrelease"), str(ENGLISH), "-qm", str(ENGLISH_QM)], cwd=ROOT
    )


if __name__ == "__main__":
    sys.exit(main())
