"""The search texts a page at a time (keyset paging by id) are exactly the texts read
at once: every live contact once, in id order, none deleted."""

from __future__ import annotations

from infointerview.domain.contacts import ContactDraft
from infointerview.services.session import Session


def test_pages_give_the_same_texts_as_one_read(session: Session) -> None:
    ids = [
        session.contacts.create(ContactDraft(first_name=f"Ana{n}", last_name="Silva",
                                             organisation="Helix Bio" if n % 3 else "",
                                             job_title="Data Ärztin" if n % 2 else ""))
        for n in range(25)
    ]
    session.contacts.delete([ids[4]])
    pages = list(session.contacts.search_text_pages(page=10))
    assert [len(page_ids) for page_ids, _ in pages] == [10, 10, 4]
    paged = [(cid, text) for page_ids, texts in pages for cid, text in zip(page_ids, texts, strict=True)]
    assert paged == sorted(session.contacts.search_texts())
    assert ids[4] not in {cid for cid, _ in paged}
    assert any("data ärztin" in text for _, text in paged)  # case-folded like the rest
