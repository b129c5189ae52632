"""The table model's incremental filter and its cache give the same rows as a fresh filter."""

from __future__ import annotations

import random

from infointerview.domain.contacts import search_key
from infointerview.services.contacts import Row
from infointerview.ui.contacts_model import ContactsTableModel

NAMES = ["Ana Silva", "Anabel Okafor", "Kwame Mensah", "Priya Nair", "Sofia Silvestri", "Ana Sánchez"]


def make_rows(count: int) -> list[Row]:
    rng = random.Random(7)
    rows = []
    for i in range(count):
        name = f"{rng.choice(NAMES)} {i}"
        org = rng.choice(["Helix Bio", "Quanta", "Silva & Co", ""])
        rows.append(Row(i + 1, name, org, "", "Identified", "", "", search_key(name, org),
                        "identified", False, False))
    return rows


def fresh(rows: list[Row], text: str) -> list[int]:
    words = text.casefold().split()
    return sorted(r.id for r in rows if all(w in r.search for w in words))


def test_typing_and_backspacing_match_a_fresh_filter(qapp) -> None:  # type: ignore[no-untyped-def]
    rows = make_rows(500)
    model = ContactsTableModel()
    model.set_rows(rows)
    typed = "ana silva hel"
    sequence = [typed[:n] for n in range(1, len(typed) + 1)]
    sequence += list(reversed(sequence))[1:] + ["", "silva", "silva ana", "ana", "quanta", ""]
    for text in sequence:
        model.set_filter(text)
        assert sorted(model.visible_ids()) == fresh(rows, text), text


def test_changes_to_rows_drop_cached_results(qapp) -> None:  # type: ignore[no-untyped-def]
    rows = make_rows(50)
    model = ContactsTableModel()
    model.set_rows(rows)
    model.set_filter("kwame")
    before = set(model.visible_ids())
    model.set_filter("")
    extra = Row(999, "Kwame Newperson", "", "", "Identified", "", "", search_key("Kwame Newperson"),
                "identified", False, False)
    model.upsert_rows([extra])
    model.set_filter("kwame")
    assert set(model.visible_ids()) == before | {999}
