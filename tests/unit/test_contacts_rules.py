from __future__ import annotations

import pytest

from infointerview.domain import contacts as rules
from infointerview.domain.contacts import ContactDraft


def test_a_name_is_required() -> None:
    result = rules.validate(ContactDraft(first_name="  ", last_name=""))
    assert not result.ok
    assert "name is required" in result.errors["first_name"]


def test_either_first_or_last_name_is_enough() -> None:
    assert rules.validate(ContactDraft(last_name="Okafor")).ok
    assert rules.validate(ContactDraft(first_name="Ana")).ok


@pytest.mark.parametrize(
    "email", ["ana@example.org", "a.b+tag@sub.example.co.uk", "", "  ana@helixbio.example "]
)
def test_valid_emails_pass(email: str) -> None:
    assert rules.check_email(email) is None


@pytest.mark.parametrize(
    "email", ["ana", "ana@", "@example.org", "ana@example", "a b@example.org", "<b>@x.org"]
)
def test_invalid_emails_say_why(email: str) -> None:
    reason = rules.check_email(email)
    assert reason is not None and "email" in reason


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://www.linkedin.com/in/ana-silva", True),
        ("www.linkedin.com/in/ana", True),
        ("ftp://example.org/x", False),
        ("javascript:alert(1)", False),
        ("https://nodot", False),
        ("https://exa mple.org", False),
        ("", True),
    ],
)
def test_url_check(url: str, ok: bool) -> None:
    assert (rules.check_url(url) is None) is ok


def test_bare_address_gets_https() -> None:
    assert rules.normalise_url("linkedin.com/in/x") == "https://linkedin.com/in/x"
    assert rules.normalise_url("http://a.org") == "http://a.org"


def test_tags_are_trimmed_and_deduplicated() -> None:
    assert rules.normalise_tags(" biotech,Data ,, biotech , data science") == (
        "biotech, Data, data science"
    )


def test_cleaned_trims_fields_but_keeps_note_indentation() -> None:
    draft = ContactDraft(first_name="  Ana ", notes="  indented\n  note  \n\n")
    clean = draft.cleaned()
    assert clean.first_name == "Ana"
    assert clean.notes == "  indented\n  note"


def test_two_hundred_thousand_character_note_is_allowed_but_not_a_million_more() -> None:
    assert rules.validate(ContactDraft(first_name="A", notes="x" * 200_000)).ok
    result = rules.validate(ContactDraft(first_name="A", notes="x" * (rules.NOTES_MAX + 1)))
    assert "notes" in result.errors


def test_html_and_formula_names_are_valid_plain_text() -> None:
    draft = ContactDraft(first_name="<b>Ann</b>", last_name="=HYPERLINK(\"x\")")
    assert rules.validate(draft).ok
    assert rules.display_name(draft.first_name, draft.last_name) == '<b>Ann</b> =HYPERLINK("x")'


def test_unknown_stage_and_lane_are_rejected() -> None:
    result = rules.validate(ContactDraft(first_name="A", stage="hired", lane="sideways"))
    assert set(result.errors) == {"stage", "lane"}


def test_search_words_must_all_match() -> None:
    key = rules.search_key("Ana Silva", "Helix Bio", "Data Scientist", "", "biotech", "")
    assert rules.matches_all_words(key, rules.split_query("ana HELIX"))
    assert not rules.matches_all_words(key, rules.split_query("ana pharma"))


def test_next_step_follows_the_stage() -> None:
    assert rules.next_step_for_stage("replied") == "Schedule a chat"
    assert rules.next_step_for_stage("held") == "Send a thank-you note"
