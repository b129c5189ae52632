"""Referral chains: who led to whom, from the contacts' "referred by" links.

Read from the live contacts at each call (one query); a loop in the links (A
referred B referred A) is cut where it closes. (Moved out of the follow-up
engine, which they never shared anything with.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from peewee import JOIN

from infointerview.domain.contacts import display_name
from infointerview.store.models import Contact, Organisation

__all__ = ["ReferralNode", "referral_path", "referral_tree", "referral_trees"]


@dataclass
class ReferralNode:
    """One person in a referral tree and the people they referred."""

    contact_id: int
    name: str
    organisation: str
    children: list[ReferralNode] = field(default_factory=list)


def _people() -> dict[int, tuple[str, str, int | None]]:
    query: Any = (  # peewee's rows as plain tuples
        Contact.select(
            Contact.id, Contact.first_name, Contact.last_name, Organisation.name,
            Contact.referred_by,
        )
        .join(Organisation, on=(Contact.organisation == Organisation.id), join_type=JOIN.LEFT_OUTER)
        .where(Contact.deleted_at.is_null())
    )
    rows: list[tuple[int, str, str, str | None, int | None]] = list(query.tuples())
    return {
        cid: (display_name(first, last), org or "", ref) for cid, first, last, org, ref in rows
    }

def _build(
    root: int, people: dict[int, tuple[str, str, int | None]], children: dict[int, list[int]]
) -> ReferralNode:
    seen = {root}

    def node(cid: int) -> ReferralNode:
        name, org, _ = people[cid]
        result = ReferralNode(cid, name, org)
        for child in children.get(cid, []):
            if child not in seen:
                seen.add(child)
                result.children.append(node(child))
        return result

    return node(root)

def _children(people: dict[int, tuple[str, str, int | None]]) -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for cid in sorted(people, key=lambda c: people[c][0].casefold()):
        ref = people[cid][2]
        if ref is not None and ref in people:
            children.setdefault(ref, []).append(cid)
    return children

def referral_trees() -> list[ReferralNode]:
    """Every referral chain, from the people at the top (who were not referred)."""
    people = _people()
    children = _children(people)
    roots = [
        cid for cid in children
        if people[cid][2] is None or people[cid][2] not in people
    ]
    roots.sort(key=lambda c: people[c][0].casefold())
    return [_build(r, people, children) for r in roots]

def referral_tree(contact_id: int) -> ReferralNode | None:
    """The whole chain ``contact_id`` belongs to, from its top referrer down."""
    people = _people()
    if contact_id not in people:
        return None
    top = contact_id
    seen = {top}
    while True:
        ref = people[top][2]
        if ref is None or ref not in people or ref in seen:
            break
        seen.add(ref)
        top = ref
    return _build(top, people, _children(people))

def referral_path(contact_id: int) -> list[int]:
    """Ids from the top referrer down to ``contact_id`` (inclusive)."""
    people = _people()
    path = [contact_id]
    while path[-1] in people:
        ref = people[path[-1]][2]
        if ref is None or ref not in people or ref in path:
            break
        path.append(ref)
    return list(reversed(path))
