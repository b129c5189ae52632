"""Tests for message templates, placeholder filling and the outreach / thank-you checks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infointerview.domain.message_checks import Verdict, check_outreach, check_thank_you
from infointerview.domain.messages import (
    DEFAULT_TEMPLATES,
    PLACEHOLDERS,
    TEMPLATE_KINDS,
    MessageTemplate,
    fill_body,
    fill_template,
    first_sentence,
    missing_placeholders,
    placeholders_in,
    split_sentences,
)
from infointerview.domain.questions import word_count

VALUES = {
    "first_name": "Sam",
    "last_name": "Okafor",
    "organisation": "Northwind Health",
    "job_title": "Head of Data",
    "referrer": "Priya Shah",
    "my_name": "Alex Kim",
    "my_field": "health-care analytics",
    "availability": "Tuesday or Thursday afternoon next week",
    "something_they_said": "“start with small, messy datasets”",
    "promised": "the introduction to Dana Lee",
    "takeaways": "One thing from our conversation has stayed with me: "
    "“start with small, messy datasets”.",
    "advice": "Your advice has stayed with me and shaped what I did next, in particular "
    "“start with small, messy datasets”.",
    "offers": "Thank you also for offering me the introduction to Dana Lee. "
    "There is no rush at all.",
}

GOOD_OUTREACH = (
    "Dear Sam,\n\n"
    "Priya Shah suggested I contact you about your work in health-care analytics. "
    "Would you have 30 minutes next week to tell me how you got into your role? "
    "I am not looking for a job, only your advice.\n\nThanks,\nAlex"
)


def _by_key(verdicts: list[Verdict]) -> dict[str, Verdict]:
    return {v.key: v for v in verdicts}


def _outreach(
    body: str, referrer: str | None = None, connection: str | None = None
) -> dict[str, Verdict]:
    return _by_key(check_outreach(body, referrer=referrer, connection=connection, first_name="Sam"))


# --------------------------------------------------------------------------
# Placeholders
# --------------------------------------------------------------------------


def test_every_placeholder_is_filled_from_the_contact_and_profile(session) -> None:  # type: ignore[no-untyped-def]
    from infointerview.domain.contacts import ContactDraft
    from infointerview.services.messages import MessageService

    session.settings.set_profile(name="Alex Kim", field="analytics", availability="Tuesday")
    contact_id = session.contacts.create(
        ContactDraft(first_name="Sam", last_name="Okafor", organisation="Northwind",
                     job_title="Head of Data")
    )
    values = MessageService(session.db, session.settings).context(contact_id).values
    assert set(PLACEHOLDERS) <= set(values)  # no placeholder a template may use is left unfed
    template = " ".join("{" + name + "}" for name in PLACEHOLDERS)
    assert fill_template(template, values).split(" ")[:6] == [
        "Sam", "Okafor", "Northwind", "Head", "of", "Data",
    ]
    assert missing_placeholders(template, values) == [
        "referrer", "something_they_said", "promised",  # no referrer, no chat held yet
        "takeaways", "advice", "offers",
    ]


def test_fill_replaces_known_values() -> None:
    assert fill_template("Hi {first_name} at {organisation}", VALUES) == (
        "Hi Sam at Northwind Health"
    )


def test_fill_marks_missing_and_blank_values() -> None:
    values = {"first_name": "Sam", "job_title": "   "}
    assert fill_template("{first_name}, {job_title}, {referrer}", values) == (
        "Sam, [job_title], [referrer]"
    )


def test_thank_you_leaves_out_the_offer_and_takeaway_sentences_when_blank() -> None:
    (template,) = [t for t in DEFAULT_TEMPLATES if t.key == "thank_you"]
    values = {"first_name": "Ana", "my_name": "Sam"}
    body = fill_body(template.body, values)
    assert body == (
        "Dear Ana,\n\nThank you for taking the time to talk with me.\n\n"
        "I will let you know how things develop.\n\nWith thanks,\nSam"
    )
    assert missing_placeholders(template.body, values, body=True) == []
    assert missing_placeholders(template.body, values) == ["takeaways", "offers"]
    offered = fill_body(template.body, {**values, "offers": VALUES["offers"]})
    assert "Dana Lee. There is no rush at all. I will let you know" in offered


def test_a_blank_block_placeholder_takes_only_itself() -> None:
    assert fill_body("One. {takeaways} Two.", {}) == "One. Two."
    assert fill_body("{offers} Then.", {}) == "Then."
    assert fill_body("A.\n\n{advice}\n\nB.", {}) == "A.\n\nB."
    assert fill_body("Subject-like {advice}", {"advice": "X."}) == "Subject-like X."


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("Hi.\n{promised}\nBye", "Hi.\nBye"),
        ("Could you send {promised}? Thanks!", "Thanks!"),
        ("One. Send {promised} soon. Two.", "One. Two."),
        ("Send {promised}", ""),
        ("It was great (truly.) Could you send {promised}? Bye.", "It was great (truly.) Bye."),
        ('She said "go." Send {promised}.', 'She said "go."'),
        ("Thanks again, Dr. Okafor. Could you send {promised}? Best.", "Thanks again, Dr. Okafor. Best."),
        ("Thanks.\n\nCould you send {promised}?\n\nBest", "Thanks.\n\nBest"),
        ("Dear {first_name},\n\nThanks. {promised}", "Dear [first_name],\n\nThanks."),
    ],
)
def test_a_blank_optional_placeholder_takes_only_its_own_sentence(template: str, expected: str) -> None:
    assert fill_body(template, {}) == expected


def test_subjects_keep_the_optional_marker() -> None:
    assert fill_template("Following up on {promised}", {}) == "Following up on [promised]"
    assert missing_placeholders("Re: {promised}", {}) == ["promised"]


def test_fill_marks_unknown_placeholders() -> None:
    assert fill_template("Hello {nickname}!", VALUES) == "Hello [nickname]!"


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("{", "{"),
        ("}}", "}}"),
        ("{not closed", "{not closed"),
        ("{first_name", "{first_name"),
        ("first_name}", "first_name}"),
        ("{}", "{}"),
        ("{ }", "{ }"),
        ("{1abc}", "{1abc}"),
        ("{first name}", "{first name}"),
        ("{{first_name}}", "Sam"),
        ("{ first_name }", "Sam"),
        ("{{{first_name}}}", "{Sam}"),
        ("a {first_name} } { b", "a Sam } { b"),
        ("", ""),
    ],
)
def test_fill_never_breaks_on_stray_braces(template: str, expected: str) -> None:
    assert fill_template(template, VALUES) == expected


def test_fill_does_not_expand_braces_inside_values() -> None:
    assert fill_template("{first_name} {my_name}", {"first_name": "{my_name}", "my_name": "X"}) == (
        "{my_name} X"
    )


def test_fill_strips_values() -> None:
    assert fill_template("[{first_name}]", {"first_name": "  Sam \n"}) == "[Sam]"


def test_missing_placeholders_in_order_without_duplicates() -> None:
    template = "{referrer} {first_name} {referrer} {job_title} {nickname} {{my_name}}"
    assert missing_placeholders(template, {"first_name": "Sam", "job_title": ""}) == [
        "referrer",
        "job_title",
        "nickname",
        "my_name",
    ]
    assert missing_placeholders(template, {}) == placeholders_in(template)
    assert missing_placeholders("no fields {", {}) == []


# --------------------------------------------------------------------------
# Default templates
# --------------------------------------------------------------------------


def test_default_template_kinds_cover_the_cycle() -> None:
    kinds = [t.kind for t in DEFAULT_TEMPLATES]
    assert kinds.count("outreach") >= 2
    for kind in TEMPLATE_KINDS:
        assert kind in kinds
    assert len({t.key for t in DEFAULT_TEMPLATES}) == len(DEFAULT_TEMPLATES)


def test_default_templates_use_only_known_placeholders() -> None:
    for template in DEFAULT_TEMPLATES:
        used = placeholders_in(template.subject) + placeholders_in(template.body)
        assert set(used) <= set(PLACEHOLDERS), template.key
        assert missing_placeholders(template.body, VALUES) == []


def test_message_template_rejects_unknown_kind() -> None:
    with pytest.raises(ValueError):
        MessageTemplate("x", "spam", "X", "", "")


def _template(key: str) -> MessageTemplate:
    return next(t for t in DEFAULT_TEMPLATES if t.key == key)


@pytest.mark.parametrize("key", ["outreach_cold", "outreach_referred"])
def test_outreach_templates_pass_the_outreach_checks(key: str) -> None:
    template = _template(key)
    body = fill_template(template.body, VALUES)
    referrer = VALUES["referrer"] if key == "outreach_referred" else None
    verdicts = check_outreach(body, referrer=referrer, connection=None, first_name="Sam")
    assert [v for v in verdicts if not v.ok] == []
    assert word_count(body) < 90


def test_referred_template_names_referrer_in_first_sentence() -> None:
    body = fill_template(_template("outreach_referred").body, VALUES)
    assert "Priya Shah" in first_sentence(body, "Sam")


def test_follow_up_template_is_short_and_asks_once() -> None:
    body = fill_template(_template("follow_up").body, VALUES)
    assert word_count(body) <= 75
    assert "?" in body


def test_thank_you_template_mentions_what_they_said_and_promised() -> None:
    template = _template("thank_you")
    assert "{takeaways}" in template.body
    assert "{offers}" in template.body
    body = fill_template(template.body, VALUES)
    verdicts = check_thank_you(
        body,
        hours_since_chat=20,
        notes="Advice: start with small messy datasets before big platforms.",
        promised=["introduction to Dana Lee"],
    )
    assert all(v.ok for v in verdicts), verdicts


def test_update_template_mentions_three_months() -> None:
    assert "three months" in _template("update").body


# --------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------


def test_split_sentences_handles_common_abbreviations() -> None:
    text = "Dr. Ruiz said hi. Use tools, e.g. SQL and Python. J. Smith agreed! Really?\n\nNew line"
    assert split_sentences(text) == [
        "Dr. Ruiz said hi.",
        "Use tools, e.g. SQL and Python.",
        "J. Smith agreed!",
        "Really?",
        "New line",
    ]


def test_first_sentence_skips_salutation() -> None:
    assert first_sentence("Dear Ms. Lee,\n\nPriya suggested I write. More.") == (
        "Priya suggested I write."
    )
    assert first_sentence("Sam,\nPriya suggested I write.", "Sam") == "Priya suggested I write."
    assert first_sentence("Hi Sam, Priya suggested I write. More.") == (
        "Hi Sam, Priya suggested I write."
    )
    assert first_sentence("") == ""
    assert first_sentence("Hi Sam,") == ""


# --------------------------------------------------------------------------
# Outreach checks, each flipping between ok and not ok
# --------------------------------------------------------------------------


def test_check_outreach_returns_all_keys_in_order() -> None:
    verdicts = check_outreach(GOOD_OUTREACH, referrer="Priya Shah", connection=None)
    assert [v.key for v in verdicts] == [
        "length",
        "connection_first",
        "question",
        "no_job_request",
        "about_them",
    ]
    assert all(v.ok for v in verdicts), verdicts


def test_length_flips_at_100_words() -> None:
    short = _outreach("word " * 60)["length"]
    assert short.ok and short.message == "60 words — short enough."
    fine = _outreach("word " * 90)["length"]
    assert fine.ok and fine.message.startswith("90 words")
    limit = _outreach("word " * 100)["length"]
    assert limit.ok
    long = _outreach("word " * 142)["length"]
    assert not long.ok
    assert long.message == "142 words — cut to under 100."


def test_empty_message_is_not_ok_on_length() -> None:
    assert not _outreach("")["length"].ok


def test_connection_first_without_referrer_or_connection() -> None:
    verdict = _outreach("Hello there.")["connection_first"]
    assert verdict.ok
    assert verdict.message == "No referrer or shared connection recorded."
    assert _outreach("Hello there.", referrer="  ", connection="")["connection_first"].ok


@pytest.mark.parametrize(
    "body",
    [
        "Dear Sam,\n\nPriya Shah suggested I contact you. Would you talk?",
        "Hi Sam,\nPRIYA suggested I contact you. Would you talk?",
        "Sam, priya shah suggested I contact you. Would you talk?",
        "My friend Priya thought you would be the right person. I work in data.",
    ],
)
def test_connection_first_accepts_referrer_by_first_or_full_name(body: str) -> None:
    assert _outreach(body, referrer="Priya Shah")["connection_first"].ok


@pytest.mark.parametrize(
    "body",
    [
        "Dear Sam,\n\nI am exploring data careers. Priya Shah suggested I contact you.",
        "I am exploring data careers.",
        "",
        "Priyanka said hello.",
    ],
)
def test_connection_first_rejects_referrer_missing_from_first_sentence(body: str) -> None:
    verdict = _outreach(body, referrer="Priya Shah")["connection_first"]
    assert not verdict.ok
    assert "Priya Shah" in verdict.message


def test_referrer_with_same_first_name_as_recipient_needs_more_than_greeting() -> None:
    body = "Hi Sam, I am exploring data careers. Sam Lee suggested I write."
    verdicts = check_outreach(body, referrer="Sam Lee", connection=None, first_name="Sam")
    assert not _by_key(verdicts)["connection_first"].ok
    body = "Hi Sam, Sam Lee suggested I write to you."
    verdicts = check_outreach(body, referrer="Sam Lee", connection=None, first_name="Sam")
    assert _by_key(verdicts)["connection_first"].ok


def test_referrer_honorific_is_ignored_for_first_name_match() -> None:
    assert _outreach("Ana suggested I write. Could we talk?", referrer="Dr. Ana Ruiz")[
        "connection_first"
    ].ok


def test_connection_first_with_shared_connection() -> None:
    connection = "University of Leeds alumni"
    ok = _outreach("As a fellow Leeds graduate, I hoped to ask you.", connection=connection)
    assert ok["connection_first"].ok
    bad = _outreach("I hoped to ask you. We both went to Leeds.", connection=connection)
    assert not bad["connection_first"].ok
    assert connection in bad["connection_first"].message


def test_question_check() -> None:
    assert _outreach("Would you have 30 minutes next week?")["question"].ok
    assert _outreach("Could we talk? I am free Tuesday.")["question"].ok
    assert _outreach('She asked "why not?" and I agreed.')["question"].ok
    assert not _outreach("I would like 30 minutes of your time.")["question"].ok
    assert not _outreach("See https://example.com/?q=1 for details.")["question"].ok
    assert not _outreach("")["question"].ok


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ("I am looking for a job in your team.", "looking for a job"),
        ("Are there any openings at Northwind?", "any openings"),
        ("Do you have any open positions?", "any open positions"),
        ("Is your team hiring right now?", "Is your team hiring"),
        ("Would you hire me?", "hire me"),
        ("Could you refer me for the analyst role?", "refer me for the analyst role"),
        ("I would love a referral for a role on your team.", "referral for a role"),
        ("I have attached my CV for reference.", "attached my CV"),
        ("I have attached my resume.", "attached my resume"),
        ("Please find my résumé attached.", "my résumé attached"),
        ("I'm interested in a position at Northwind.", "interested in a position at"),
        ("I am applying for the vacancy you posted.", "applying for the vacancy"),
    ],
)
def test_job_requests_are_flagged_and_quoted(body: str, phrase: str) -> None:
    verdict = _outreach(body)["no_job_request"]
    assert not verdict.ok
    assert f"“{phrase}”" in verdict.message


@pytest.mark.parametrize(
    "body",
    [
        "I am not asking for a job, just your perspective.",
        "I'm not looking for a job.",
        "To be clear, I am not currently looking for a position.",
        "This is not a request for a job.",
        "I'm not writing to ask for a job.",
        "How did you get your job at Northwind?",
        "Any advice on roles like yours would help.",
        "What does your role involve?",
        "Who were your role models?",
        "",
    ],
)
def test_job_request_not_flagged_for_information_or_negation(body: str) -> None:
    assert _outreach(body)["no_job_request"].ok


def test_negation_does_not_hide_a_later_job_request() -> None:
    verdict = _outreach("I'm not looking for a job. But do you have any openings?")[
        "no_job_request"
    ]
    assert not verdict.ok
    assert "any openings" in verdict.message


def test_about_them_counts() -> None:
    ok = _outreach("I admire your work. How did you start your team?")["about_them"]
    assert ok.ok
    assert "you/your: 3" in ok.message and "I/me/my: 1" in ok.message
    bad = _outreach("I am a data analyst and my goal is to help me grow. Could you help?")[
        "about_them"
    ]
    assert not bad.ok
    assert "you/your: 1" in bad.message and "I/me/my: 3" in bad.message
    assert _outreach("")["about_them"].ok  # 0 vs 0 is not self-centred


def test_about_them_ignores_ie_and_counts_contractions() -> None:
    verdict = _outreach("I'm keen, i.e. very keen. You're kind.")["about_them"]
    assert "you/your: 1" in verdict.message and "I/me/my: 1" in verdict.message


# --------------------------------------------------------------------------
# Thank-you checks
# --------------------------------------------------------------------------

NOTES = "She recommended learning dbt and said the onboarding backlog is the hardest part."


def _thanks(
    body: str,
    hours: float | None = 10,
    notes: str = NOTES,
    promised: tuple[str, ...] = (),
    takeaways: tuple[str, ...] = (),
) -> dict[str, Verdict]:
    return _by_key(
        check_thank_you(
            body, hours_since_chat=hours, notes=notes, promised=promised, takeaways=takeaways
        )
    )


def test_thank_you_keys_in_order() -> None:
    verdicts = check_thank_you("Thanks", hours_since_chat=None, notes="", promised=[])
    assert [v.key for v in verdicts] == ["timely", "specific", "promised", "reads_well"]


def test_timely_flips_at_48_hours() -> None:
    not_sent = _thanks("Thanks", hours=None)["timely"]
    assert not_sent.ok
    assert not_sent.message == "Not sent yet — send within 48 hours of the chat."
    in_time = _thanks("Thanks", hours=30)["timely"]
    assert in_time.ok and "30 hours" in in_time.message
    assert _thanks("Thanks", hours=48)["timely"].ok
    late = _thanks("Thanks", hours=49.4)["timely"]
    assert not late.ok and "49 hours" in late.message
    assert _thanks("Thanks", hours=0.2)["timely"].ok
    assert _thanks("Thanks", hours=-3)["timely"].ok
    assert not _thanks("Thanks", hours=float("inf"))["timely"].ok
    assert _thanks("Thanks", hours=float("nan"))["timely"].ok


def test_specific_names_the_shared_word() -> None:
    verdict = _thanks("Thank you! Your point about the onboarding backlog stuck with me.")[
        "specific"
    ]
    assert verdict.ok
    assert "“onboarding”" in verdict.message


def test_specific_not_ok_for_generic_thanks() -> None:
    body = "Thank you so much for the conversation today, it was really helpful advice."
    notes = NOTES + " Thank you for the helpful conversation."
    assert not _thanks(body, notes=notes)["specific"].ok


def test_specific_ignores_short_words_and_stopwords() -> None:
    assert not _thanks("Thanks, dbt is on my list.")["specific"].ok  # "dbt" is < 5 letters
    assert not _thanks("Thanks again.", notes="thanks again")["specific"].ok


def test_specific_matches_plural_and_takeaways() -> None:
    assert _thanks("Your backlogs story stuck.")["specific"].ok
    body = "Your point on stakeholder mapping was eye-opening."
    assert not _thanks(body)["specific"].ok
    assert _thanks(body, takeaways=("Map stakeholders early",))["specific"].ok


def test_specific_without_notes_asks_for_one_thing() -> None:
    verdict = _thanks("Thanks for the onboarding tips.", notes="")["specific"]
    assert not verdict.ok


def test_promised_items_each_mentioned() -> None:
    promised = ("intro to Dana Lee", "SQL style guide")
    body = "Thank you! I look forward to meeting Dana and reading the style guide."
    assert _thanks(body, promised=promised)["promised"].ok
    verdict = _thanks("Thank you! I look forward to meeting Dana.", promised=promised)["promised"]
    assert not verdict.ok
    assert "“SQL style guide”" in verdict.message
    assert "Dana" not in verdict.message


def test_nothing_promised_is_ok() -> None:
    assert _thanks("Thanks", promised=())["promised"].ok
    assert _thanks("Thanks", promised=("", "  "))["promised"].ok


def test_promised_item_of_only_short_words() -> None:
    assert _thanks("Thanks for the CV tip.", promised=("CV",))["promised"].ok
    assert not _thanks("Thanks.", promised=("CV",))["promised"].ok


# --------------------------------------------------------------------------
# Robustness: huge and odd inputs still get verdicts
# --------------------------------------------------------------------------

HUGE_INPUTS = [
    "word " * 40_000,
    "a. " * 70_000,
    "?" * 200_000,
    "{" * 200_000,
    "<p>" * 70_000,
    "\U0001f600 " * 100_000,
    "looking for " * 20_000,
    "not " * 50_000,
    "e.g. " * 40_000,
    "\n" * 200_000,
]


@pytest.mark.parametrize("text", HUGE_INPUTS)
def test_large_inputs_are_checked(text: str) -> None:
    outreach = _by_key(
        check_outreach(text, referrer="Priya Shah", connection="Leeds alumni", first_name="Sam")
    )
    assert not outreach["length"].ok  # every input here is far past any message length
    thank_you = check_thank_you(text, hours_since_chat=5, notes=text, promised=[text[:500], "book"])
    assert thank_you and all(v.message for v in thank_you)
    assert fill_template(text, VALUES) == text  # no placeholder in any of them
    assert missing_placeholders(text, VALUES) == []


def test_a_very_long_outreach_fails_the_length_check() -> None:
    body = (GOOD_OUTREACH + " ") * 1000
    assert len(body) > 200_000
    verdicts = check_outreach(body, referrer="Priya Shah", connection=None, first_name="Sam")
    assert not _by_key(verdicts)["length"].ok


@settings(max_examples=300, deadline=None)
@given(st.text(), st.dictionaries(st.sampled_from(PLACEHOLDERS), st.text()))
def test_fill_template_never_raises(template: str, values: dict[str, str]) -> None:
    filled = fill_template(template, values)
    assert isinstance(filled, str)
    for name in missing_placeholders(template, values):
        assert f"[{name}]" in filled


@settings(max_examples=300, deadline=None)
@given(
    st.text(),
    st.one_of(st.none(), st.text()),
    st.one_of(st.none(), st.text()),
    st.text(max_size=20),
)
def test_check_outreach_never_raises(
    body: str, referrer: str | None, connection: str | None, first_name: str
) -> None:
    verdicts = check_outreach(body, referrer=referrer, connection=connection, first_name=first_name)
    assert len(verdicts) == 5
    assert all(v.message for v in verdicts)


@settings(max_examples=300, deadline=None)
@given(
    st.text(),
    st.one_of(st.none(), st.floats()),
    st.text(),
    st.lists(st.text(), max_size=5),
)
def test_check_thank_you_never_raises(
    body: str, hours: float | None, notes: str, promised: list[str]
) -> None:
    verdicts = check_thank_you(body, hours_since_chat=hours, notes=notes, promised=promised)
    assert len(verdicts) == 4
