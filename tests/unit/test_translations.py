"""The translation template exists, is valid Qt Linguist XML and covers the UI."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "resources" / "translations" / "infointerview.ts"
PACKAGE = ROOT / "infointerview"
LABELS = PACKAGE / "ui" / "labels.py"
"""The one module that translates texts held in variables (marked QT_TRANSLATE_NOOP)."""


def _contexts() -> dict[str, set[str]]:
    root = ET.parse(TEMPLATE).getroot()
    assert root.tag == "TS"
    contexts: dict[str, set[str]] = {}
    for context in root.iter("context"):
        sources = {m.findtext("source") or "" for m in context.iter("message")}
        contexts.setdefault(context.findtext("name") or "", set()).update(sources)
    return contexts


def test_template_lists_the_windows_strings() -> None:
    contexts = _contexts()
    assert "&New Contact" in contexts["MainWindow"]
    assert "Start call" in contexts["ChatPage"]
    assert "not held" in contexts["ChatPage"]
    assert "Open in Mail Program" in contexts["MessageComposer"]
    assert "Save as PDF" in contexts["Printing"]
    assert "Restore failed" in contexts["BackupsDialog"]
    assert {"ContactsView", "TodayView", "CalendarView", "SettingsDialog", "FirstRunWizard"} <= set(contexts)
    assert sum(len(v) for v in contexts.values()) > 500


def test_template_has_no_context_the_app_never_asks_for() -> None:
    # a bare tr("...") lands in the empty context, which no window translates with
    assert "" not in _contexts()


def _enumerations() -> list[tuple[str, Mapping[str, str], tuple[str, ...]]]:
    from infointerview.domain import chats, contacts

    return [
        ("ChatMode", chats.MODE_LABELS, chats.MODES),
        ("Channel", chats.CHANNEL_LABELS, chats.CHANNELS),
        ("ChatStatus", chats.CHAT_STATUS_LABELS, chats.CHAT_STATUSES),
        ("MessageKind", chats.MESSAGE_KIND_LABELS, chats.MESSAGE_KINDS),
        ("Stage", contacts.STAGE_LABELS, contacts.STAGE_KEYS),
        ("Lane", contacts.LANE_LABELS, contacts.LANE_KEYS),
    ]


@pytest.mark.parametrize("context", [c for c, _, _ in _enumerations()])
def test_every_value_of_an_enumeration_has_a_label(context: str) -> None:
    from infointerview.ui.labels import context_words

    labels, values = next((m, v) for c, m, v in _enumerations() if c == context)
    assert set(labels) == set(values)
    assert context_words(context) is labels  # the UI translates exactly these words


def test_every_label_is_in_the_template_under_its_context() -> None:
    from infointerview.ui.labels import contexts as ui_contexts

    contexts = _contexts()
    missing = [
        f"{context}: {text!r}"
        for context, labels in ui_contexts().items()
        for text in labels.values()
        if text not in contexts.get(context, set())
    ]
    assert missing == []


def _calls(path: Path) -> Iterator[tuple[str, ast.Call]]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute):
                yield func.attr, node
            elif isinstance(func, ast.Name):
                yield func.id, node


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _is_qt_translate(func: ast.expr) -> bool:
    """``translate(...)``, ``QT_TRANSLATE_NOOP(...)`` or ``Q(Core)Application.translate``,
    not ``painter.translate(dx, dy)``."""
    if isinstance(func, ast.Name):
        return True
    receiver = getattr(func, "value", None)
    return isinstance(receiver, ast.Name) and receiver.id in ("QCoreApplication", "QApplication", "app")


def test_every_tr_call_passes_text_the_extractor_can_read() -> None:
    """pyside6-lupdate reads source text: ``self.tr(label)`` hides ``label`` from it,
    and ``other.tr(...)`` or a bare ``tr(...)`` files it under the wrong context."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        where = path.relative_to(ROOT)
        for name, call in _calls(path):
            at = f"{where}:{call.lineno}: {ast.unparse(call)[:80]}"
            if name in ("tr", "_tr"):
                func = call.func
                on_self = (
                    isinstance(func, ast.Attribute)
                    and isinstance(func.value, ast.Name)
                    and func.value.id == "self"
                )
                if not (on_self and call.args and _literal(call.args[0])):
                    offenders.append(at)
            elif name in ("translate", "QT_TRANSLATE_NOOP", "translate_n") and _is_qt_translate(call.func):
                # translate(context, text) with literals, except in the labels module,
                # which translates the words marked with QT_TRANSLATE_NOOP, and in
                # translate_n itself (ui/translations.py), which passes its caller's
                literals = len(call.args) >= 2 and all(_literal(a) for a in call.args[:2])
                if not literals and path not in (LABELS, PACKAGE / "ui" / "translations.py"):
                    offenders.append(at)
    assert offenders == []


def test_labels_come_back_translated(qapp: object, tmp_path: Path) -> None:
    """With a translation installed, every label shows in the user's language: the
    helpers ask with the context the words were extracted under."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from infointerview.ui import labels

    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    tree = ET.parse(TEMPLATE)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":  # the counts: two forms, as English has
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = f"«{message.findtext('source')}»"
        else:
            translation.text = f"«{message.findtext('source')}»"
        translation.attrib.pop("type", None)
    ts, qm = tmp_path / "test.ts", tmp_path / "test.qm"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert labels.mode_label("phone") == "«Phone call»"
        assert labels.channel_label("linkedin") == "«LinkedIn message»"
        assert labels.status_label("no_show") == "«no-show»"
        assert labels.kind_label("outreach") == "«First message»"
        assert labels.stage_label("held") == "«Chat held»"
        assert labels.lane_label("") == "«Not set»"
        assert labels.checklist_label("cv") == "«CV at hand (do not push it)»"
        assert labels.column_title("last_contact") == "«Last contact»"
        assert labels.field_label("how_found") == "«How found»"
        assert labels.import_format_label("vcard") == "«vCard»"
        assert labels.export_format_label("json") == "«InfoInterview JSON (everything)»"
        assert labels.how_found_labels()[0] == "«Referral»"
        assert labels.mode_label("unknown") == "unknown"
    finally:
        QCoreApplication.removeTranslator(translator)


ENGLISH = ROOT / "resources" / "translations" / "infointerview_en.ts"
ENGLISH_QM = ROOT / "resources" / "translations" / "infointerview_en.qm"


def test_english_forms_follow_the_one_rule() -> None:
    from infointerview.domain.i18n import english_forms, plural

    assert english_forms("%n referral(s)") == ("%n referral", "%n referrals")
    assert english_forms("%n (person|people) (was|were) left") == (
        "%n person was left", "%n people were left"
    )
    assert [plural(n, "%n chat(s) held") for n in (0, 1, 2)] == [
        "0 chats held", "1 chat held", "2 chats held"
    ]
    assert plural(1200, "%Ln row(s)") == "1,200 rows"


def _numerus(path: Path) -> dict[tuple[str, str], list[str]]:
    forms: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                translation = message.find("translation")
                assert translation is not None
                key = (context.findtext("name") or "", message.findtext("source") or "")
                forms[key] = [] if translation.get("type") == "unfinished" else [
                    f.text or "" for f in translation.iter("numerusform")
                ]
    return forms


def test_every_count_in_the_template_has_its_english_forms() -> None:
    """A new tr("%n …(s)", "", n) without its English forms would show "(s)":
    run packaging/update_translations.py."""
    template = _numerus(TEMPLATE)
    english = _numerus(ENGLISH)
    assert len(template) > 20
    missing = [f"{c}: {s}" for c, s in template if len(english.get((c, s), [])) != 2]
    assert missing == []
    for forms in english.values():
        assert not any("(s)" in f or "|" in f for f in forms), forms
        assert all("%n" in f or "{count}" in f or "{n}" in f for f in forms), forms


def test_the_compiled_english_forms_are_current(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    fresh = tmp_path / "en.qm"
    subprocess.run([lrelease, str(ENGLISH), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == ENGLISH_QM.read_bytes(), "run packaging/update_translations.py"


def test_the_installed_forms_read_right(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    def tr(context: str, text: str, n: int) -> str:
        return QCoreApplication.translate(context, text, "", n)

    assert tr("CapturePanel", "%n referral(s)", 1) == "1 referral"
    assert tr("CapturePanel", "%n referral(s)", 2) == "2 referrals"
    assert tr("CapturePanel", "%n referral(s)", 0) == "0 referrals"
    assert tr("ContactsView", "{count} contact(s)", 1) == "{count} contact"
    assert tr("ContactsView", "{count} contact(s)", 1200) == "{count} contacts"


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring constants in ``tree`` (they may talk about "(s)" or "%n")."""
    return {
        id(body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and (body := node.body)
        and isinstance(body[0], ast.Expr)
    }


def test_no_count_is_shown_with_a_bracketed_plural() -> None:
    """"(s)" may appear only inside a %n text (tr's numerus form or domain.i18n.plural)."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        allowed = _docstrings(tree)
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
        for call in calls:  # the text of a numerus tr/translate, or plural()
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            position, arity = {"tr": (0, 3), "translate": (1, 4), "plural": (1, 2),
                               "translate_n": (1, 3)}.get(name, (0, 99))
            if len(call.args) >= arity:
                allowed.update(id(n) for n in ast.walk(call.args[position]))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if id(node) in allowed:
                    continue
                if re.search(r"[a-z]\((s|es)\)", text):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text[:60]}")
    assert offenders == []


def test_every_count_in_the_ui_resolves_to_its_english_forms(qapp: object) -> None:
    """A "%n" text reaches the user through ``self.tr`` (lupdate extracts it as a numerus
    message, so the .qm has its forms) or ``translate_n`` (English forms by the rule):
    a ``QCoreApplication.translate(ctx, "…%n…", "", n)`` would show "3 contact(s)"."""
    import xml.etree.ElementTree as ET

    from infointerview.ui.translations import translate_n

    english = ET.parse(ROOT / "resources" / "translations" / "infointerview_en.ts")
    numerus = {m.findtext("source") for m in english.iter("message") if m.get("numerus") == "yes"}
    wrong = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        allowed = _docstrings(tree)
        allowed.update(
            id(node.args[1]) for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "translate_n"
            and len(node.args) > 1
        )
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "%n" in node.value:
                if node.value in numerus or id(node) in allowed or node.value == "%n":
                    continue
                wrong.append(f"{path.name}:{node.lineno}: {node.value!r}")
    assert wrong == []
    assert translate_n("ContactsView", "Delete %n contact(s)", 1) == "Delete 1 contact"
    assert translate_n("ContactsView", "Delete %n contact(s)", 3) == "Delete 3 contacts"
    assert translate_n("Figures", "{r} of %n (person|people) you contacted replied", 23) == (
        "{r} of 23 people you contacted replied")
