"""The contact picker: labels, lookups and the completer model shared between pickers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infointerview.ui.widgets.contact_picker import ContactPicker, contact_label, prepare

CHOICES = [
    (1, "Ana Silva", "Helix Bio"),
    (2, "Anabel Okafor", ""),
    (3, "Kwame Mensah", "Quanta"),
    (4, "Ana Silva", "Helix Bio"),  # the same label twice: the later one is picked
]


def plain(choices: list[tuple[int, str, str]]) -> tuple[list[str], dict[str, int]]:
    """What the picker offered before sharing: one label per name, the later id wins."""
    ids: dict[str, int] = {}
    for cid, name, org in choices:
        ids[contact_label(name, org)] = cid
    return list(ids), ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Silva — Helix Bio", 4),
        ("Anabel Okafor", 2),
        ("kwame", 3),
        ("quanta", 3),
        ("ana", None),  # three people match
        ("", None),
        ("nobody", None),
    ],
)
def test_a_typed_text_names_one_contact_or_none(qtbot, text: str, expected: int | None) -> None:  # type: ignore[no-untyped-def]
    picker = ContactPicker(CHOICES)
    qtbot.addWidget(picker)
    picker.setText(text)
    assert picker.contact_id() == expected


def test_pickers_given_the_same_list_share_the_completer_model(qtbot) -> None:  # type: ignore[no-untyped-def]
    choices = list(CHOICES)
    prepare(choices)
    first, second = ContactPicker(choices), ContactPicker(choices)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    assert first.completer().model() is second.completer().model()
    other = [*choices, (9, "Zoe New", "")]
    second.set_choices(other)
    assert first.completer().model() is not second.completer().model()
    assert "Zoe New" in second.completer().model().stringList()
    assert "Zoe New" not in first.completer().model().stringList()
    first.set_contact(3)
    assert first.text() == "Kwame Mensah — Quanta"
    assert first.contact_id() == 3


def test_completion_offers_names_and_organisations_anywhere(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = ContactPicker(CHOICES)
    qtbot.addWidget(picker)
    completer = picker.completer()
    completer.setCompletionPrefix("bio")
    shown = [completer.completionModel().index(r, 0).data()
             for r in range(completer.completionModel().rowCount())]
    assert shown == ["Ana Silva — Helix Bio"]


names = st.text(alphabet="abAB —", max_size=4)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 50), names, names), max_size=12))
def test_labels_and_lookups_equal_a_plain_build(qapp, choices: list[tuple[int, str, str]]) -> None:  # type: ignore[no-untyped-def]
    labels, ids = plain(choices)
    picker = ContactPicker(choices)
    assert picker.completer().model().stringList() == labels
    for label, cid in ids.items():
        assert picker.label_for(cid) == {c: t for t, c in ids.items()}[cid]
        if label.strip() == label and label:
            picker.setText(label)
            assert picker.contact_id() == cid
    picker.deleteLater()
