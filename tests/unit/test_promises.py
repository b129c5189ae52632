"""Promises made on a call read right in both directions, whatever was typed."""

from __future__ import annotations

import pytest

from infointerview.domain.promises import (
    my_promise_title,
    promised_thing,
    watch_for_detail,
    watch_for_title,
)

Q = ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}")

THEIRS = [
    ("Send me the NN/g course link", "Watch for the NN/g course link from Sarah Lee"),
    ("send me the NN/g course link.", "Watch for the NN/g course link from Sarah Lee"),
    ("the CDISC training link", "Watch for the CDISC training link from Sarah Lee"),
    ("will share the 2025 salary survey", "Watch for the 2025 salary survey from Sarah Lee"),
    ("She'll forward her slides", f"Watch for {Q[0]}She'll forward her slides{Q[1]} from Sarah Lee"),
    ("forward me her slides", "Watch for her slides from Sarah Lee"),
    ("Intro to Dana Lee", "Watch for an introduction to Dana Lee from Sarah Lee"),
    ("introduce me to the QA lead", "Watch for an introduction to the QA lead from Sarah Lee"),
    ("put me in touch with Priya at Helix", "Watch for an introduction to Priya at Helix from Sarah Lee"),
    ("A copy of the job description", "Watch for a copy of the job description from Sarah Lee"),
    ("email me a link to the study protocol",
     "Watch for a link to the study protocol from Sarah Lee"),
    ("Send the link by Friday", f"Watch for {Q[0]}Send the link by Friday{Q[1]} from Sarah Lee"),
    ("send me the report if it gets approved",
     f"Watch for {Q[0]}send me the report if it gets approved{Q[1]} from Sarah Lee"),
    ("book recommendations", f"Watch for {Q[0]}book recommendations{Q[1]} from Sarah Lee"),
    ("Mentioned a UX bootcamp, maybe", f"Watch for {Q[0]}Mentioned a UX bootcamp, maybe{Q[1]} from Sarah Lee"),
    ("send your CV to their HR", f"Watch for {Q[0]}send your CV to their HR{Q[1]} from Sarah Lee"),
    ("  the   team's reading list ", "Watch for the team's reading list from Sarah Lee"),
    ("Some papers on trial design", "Watch for some papers on trial design from Sarah Lee"),
    ("“the deck”", f"Watch for {Q[0]}“the deck”{Q[1]} from Sarah Lee"),
    ("Link to the NN/g course", f"Watch for {Q[0]}Link to the NN/g course{Q[1]} from Sarah Lee"),
]


@pytest.mark.parametrize(("typed", "title"), THEIRS)
def test_their_promise_reads_as_something_to_watch_for(typed: str, title: str) -> None:
    assert watch_for_title(typed, "Sarah Lee") == title
    assert "Remind them" not in title


def test_unsafe_fragments_are_kept_as_typed() -> None:
    assert promised_thing("") is None
    assert promised_thing("send it when ready") is None
    assert watch_for_title("the link", "") == "Watch for the link from them"


def test_the_nudge_waits_then_suggests_a_polite_reminder() -> None:
    before = watch_for_detail("Send me the NN/g course link", "Sarah Lee", "2026-12-08", due=False)
    assert "Nothing to do yet" in before and "2026-12-08" in before
    due = watch_for_detail("Send me the NN/g course link", "Sarah Lee", "2026-12-08", due=True)
    assert "send Sarah a short, friendly reminder" in due
    assert "gentle nudge about the NN/g course link you kindly offered" in due
    quoted = watch_for_detail("book recommendations", "Sarah Lee", "2026-12-08", due=True)
    assert f"nudge about the {Q[0]}book recommendations{Q[1]} you mentioned;" in quoted


def test_my_promise_stays_my_to_do() -> None:
    assert my_promise_title("send my portfolio.", "Sarah Lee") == (
        "Your promise to Sarah Lee: send my portfolio")
