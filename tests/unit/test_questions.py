"""Tests for the closed-question check, pitch timing, referral ordering and the bank."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infointerview.domain.closed_questions import ClosedQuestionCheck, check_question
from infointerview.domain.questions import (
    FAMILY_KEYS,
    REFERRAL_QUESTION,
    QuestionFamily,
    ensure_referral_last,
    is_referral_question,
    parse_question_bank,
    pitch_verdict,
    spoken_seconds,
    word_count,
)

REPO = Path(__file__).resolve().parents[2]
BANK_PATH = REPO / "resources" / "question_bank.json"

# --------------------------------------------------------------------------
# Closed / open classification
# --------------------------------------------------------------------------

CLOSED = [
    "Do you enjoy your job?",
    "Does your team use Python?",
    "Did you study law?",
    "Is it hard to get into consulting?",
    "Are you happy in your role?",
    "Was it difficult to switch?",
    "Were you nervous on your first day?",
    "Can I get into this field without a degree?",
    "Could you see yourself leaving?",
    "Will AI replace analysts?",
    "Would you choose this career again?",
    "Should I learn Python first?",
    "Have you ever worked abroad?",
    "Has the field changed much?",
    "Had you planned to stay this long?",
    "Shall we keep in touch?",
    "May I stay in touch?",
    "Might the team grow next year?",
    "Am I too old to switch?",
    "Is there a lot of travel?",
    "Are there any opportunities for growth?",
    "Don't you miss engineering?",
    "Isn't the pay low at first?",
    "Can't you work remotely?",
    "do you like it",
    "DO YOU LIKE IT?",
    "So, do you like it?",
    "And do you travel a lot?",
    "Also, is it stressful?",
    "Just curious, is it fun?",
    "So, and also, do you like it?",
    '"Do you like it?"',
    "“Is it fun?”",
    "  \n\t Do you like it?  ",
    "1. Do you like it?",
    "- Do you like it?",
    "<b>Do you like it?</b>",
    "😀 Do you like it?",
    "Could you tell me if you enjoy it?",
]

OPEN = [
    "What do you enjoy about your job?",
    "How did you get started?",
    "Why did you choose this field?",
    "Which skills matter most?",
    "Where do you see the field going?",
    "When did you know this was right for you?",
    "Who influenced your path?",
    "Tell me about your first year.",
    "Describe a typical day.",
    "Walk me through your last project.",
    "Could you describe a typical day?",
    "Could you tell me about your path into design?",
    "Would you walk me through a recent project?",
    "Can you tell me about your team?",
    "Can you share what surprised you most?",
    "Could you explain how budgets are set?",
    "Would you mind telling me how you started?",
    "May I ask how you got started?",
    "So, what do you enjoy most?",
    "And how did that happen?",
    "I know you moved from medical devices to banking — how did that transition happen?",
    REFERRAL_QUESTION,
    "Doing what you do, what keeps you motivated?",
    "Isolation is common in remote work; how do you handle it?",
    "Amazing story — what happened next?",
    "Hasty decisions aside, what would you change?",
]


@pytest.mark.parametrize("text", CLOSED)
def test_closed_questions_are_flagged(text: str) -> None:
    result = check_question(text)
    assert result.is_closed
    assert result.reason
    assert result.suggestion
    assert not check_question(result.suggestion).is_closed, result.suggestion


@pytest.mark.parametrize("text", OPEN)
def test_open_questions_are_not_flagged(text: str) -> None:
    assert check_question(text) == ClosedQuestionCheck(False, "", "")


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "?", "So,", "…", "<br/>"])
def test_empty_or_wordless_text_is_not_closed(text: str) -> None:
    result = check_question(text)
    assert not result.is_closed
    assert result.reason == ""


@pytest.mark.parametrize(
    ("text", "opener"),
    [
        ("Do you enjoy your job?", "Do"),
        ("So, does it pay well?", "Does"),
        ("Is there a mentoring scheme?", "Is there"),
        ("Are there many openings?", "Are there"),
        ("Don't you miss engineering?", "Don't"),
        ("have you ever failed?", "Have"),
    ],
)
def test_reason_names_the_opener(text: str, opener: str) -> None:
    reason = check_question(text).reason
    assert reason == f"Starts with '{opener}', which invites a yes/no answer."


@pytest.mark.parametrize(
    "text",
    [
        "Do you prefer working remotely or in the office?",
        "Is it better to specialise or stay broad?",
        "Would you rather manage people or projects?",
    ],
)
def test_two_choice_questions_stay_closed_with_fixed_choice_reason(text: str) -> None:
    result = check_question(text)
    assert result.is_closed
    assert "fixed choices" in result.reason
    assert "yes/no" not in result.reason
    assert not check_question(result.suggestion).is_closed


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        (
            "Do you prefer working remotely or in the office?",
            "What are the trade-offs between working remotely and in the office?",
        ),
        (
            "Do you prefer startups or big companies?",
            "What are the trade-offs between startups and big companies?",
        ),
        (
            "Is it better to specialise or stay broad?",
            "How would you decide whether to specialise or stay broad?",
        ),
        (
            "Would you rather manage people or projects?",
            "How would you decide whether to manage people or projects?",
        ),
        (
            "Should I specialise or stay broad?",
            "How would you decide whether to specialise or stay broad?",
        ),
    ],
)
def test_two_choice_rewrites(text: str, suggestion: str) -> None:
    assert check_question(text).suggestion == suggestion


@pytest.mark.parametrize(
    "text",
    ["Do you like it or not?", "Do you have any advice or resources?"],
)
def test_or_without_real_alternatives_is_a_yes_no_question(text: str) -> None:
    assert "yes/no" in check_question(text).reason


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Do you enjoy your job?", "What do you enjoy about your job?"),
        ("Don't you miss engineering?", "What do you miss about engineering?"),
        ("Is it hard to get into consulting?", "What makes it hard to get into consulting?"),
        ("Was it difficult to switch?", "What made it difficult to switch?"),
        ("Is the work stressful?", "What makes the work stressful?"),
        ("Are there any opportunities for growth?", "What opportunities are there for growth?"),
        ("Is there a lot of travel?", "How much travel is there?"),
        ("Have you ever worked abroad?", "Tell me about a time you worked abroad."),
        (
            "Has your company ever changed direction?",
            "Tell me about a time your company changed direction.",
        ),
        (
            "Can you recommend any books on product management?",
            "What books on product management would you recommend?",
        ),
        ("Could you recommend a podcast?", "What podcast would you recommend?"),
        ("Could you recommend someone to call?", "Who would you recommend to call?"),
        (
            "Do you have any advice for someone starting out?",
            "What advice do you have for someone starting out?",
        ),
        ("Do you travel a lot?", "How much do you travel?"),
        ("Do you work with clients?", "How do you work with clients?"),
        ("Did you study law?", "How did you come to study law?"),
        (
            "Do you think AI will change the field?",
            "What are your thoughts on whether AI will change the field?",
        ),
        (
            "Would you say the job is stressful?",
            "To what extent would you say the job is stressful?",
        ),
        ("Has the field changed much?", "How much has the field changed?"),
        (
            "Is it possible to switch without a degree?",
            "What would it take to switch without a degree?",
        ),
        ("So, do you like it?", "What do you like about it?"),
        ("Do you like it or not?", "What do you like about it?"),
    ],
)
def test_rule_based_rewrites(text: str, suggestion: str) -> None:
    assert check_question(text).suggestion == suggestion


def test_fallback_rewrite_for_bare_opener() -> None:
    result = check_question("Do you?")
    assert result.is_closed
    assert result.suggestion.startswith(("How would you describe", "What is your experience"))


def test_suggestion_keeps_users_casing() -> None:
    assert check_question("Is NASA hiring engineers?").suggestion.startswith("What makes NASA")


def test_huge_question_gets_a_bounded_suggestion() -> None:
    text = "Do you enjoy " + "working on hard problems " * 8_000 + "?"
    assert len(text) > 200_000
    result = check_question(text)
    assert result.is_closed
    assert len(result.suggestion) < 400


@pytest.mark.parametrize(
    "text",
    [
        "x" * 200_000,
        "so " * 70_000,
        "{" * 200_000,
        "<" * 200_000,
        "\U0001f600" * 50_000,
        "<script>alert('Do you?')</script>",
        "Do" + " " * 200_000 + "you like it?",
    ],
)
def test_check_question_survives_odd_input(text: str) -> None:
    result = check_question(text)
    assert isinstance(result, ClosedQuestionCheck)
    if result.is_closed:
        assert result.reason and len(result.suggestion) < 400
    else:
        assert result.suggestion == ""


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_check_question_never_raises(text: str) -> None:
    result = check_question(text)
    if result.is_closed:
        assert result.reason and result.suggestion
    else:
        assert result.reason == ""


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["Do", "Is", "Are", "Have", "Can", "Would", "Should", "Am", "Is there"]),
    st.sampled_from(["you", "it", "there", "I", "we", "they", "the team", ""]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=60),
)
def test_closed_openers_always_get_a_suggestion(opener: str, subject: str, rest: str) -> None:
    result = check_question(f"{opener} {subject} {rest}?")
    assert result.is_closed
    assert result.suggestion.strip()


# --------------------------------------------------------------------------
# Words and the one-minute pitch
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("", 0),
        ("   ", 0),
        ("one", 1),
        ("I don't know", 3),
        ("a 30-minute chat", 3),
        ("Hello,world — again!", 3),
        ("café naïve résumé", 3),
        ("— … ???", 0),
    ],
)
def test_word_count(text: str, count: int) -> None:
    assert word_count(text) == count


def test_spoken_seconds_at_150_words_a_minute() -> None:
    assert spoken_seconds("word " * 150) == 60
    assert spoken_seconds("word " * 112) == 45
    assert spoken_seconds("word " * 75) == 30
    assert spoken_seconds("") == 0
    assert spoken_seconds("word " * 100, words_per_minute=100) == 60


def test_spoken_seconds_rejects_bad_rate() -> None:
    with pytest.raises(ValueError):
        spoken_seconds("hello", words_per_minute=0)


def test_pitch_verdict_on_target() -> None:
    assert pitch_verdict("word " * 112) == (
        "112 words, about 45 s spoken — on target for one minute."
    )


def test_pitch_verdict_boundaries() -> None:
    assert "on target" in pitch_verdict("word " * 150)  # 60 s
    assert "on target" in pitch_verdict("word " * 187)  # 75 s: not over
    assert "too long; aim for about 150 words" in pitch_verdict("word " * 190)  # 76 s
    assert "on target" in pitch_verdict("word " * 75)  # 30 s: not under
    assert "short; you have room to say more" in pitch_verdict("word " * 70)  # 28 s
    assert pitch_verdict("Hi").startswith("1 word,")


@pytest.mark.parametrize("text", ["", "   \n", "— …"])
def test_pitch_verdict_empty(text: str) -> None:
    assert pitch_verdict(text) == (
        "Write a few sentences: who you are, what you are exploring, and why this person."
    )


def test_pitch_verdict_on_a_large_text() -> None:
    verdict = pitch_verdict("word " * 40_000)
    assert verdict == "40000 words, about 16000 s spoken — too long; aim for about 150 words."


# --------------------------------------------------------------------------
# The referral question goes last
# --------------------------------------------------------------------------


def test_referral_appended_when_missing() -> None:
    questions = ["How did you start?", "What is hard?"]
    result = ensure_referral_last(questions)
    assert result == ["How did you start?", "What is hard?", REFERRAL_QUESTION]
    assert questions == ["How did you start?", "What is hard?"]  # input untouched


def test_referral_moved_to_end_keeping_other_order() -> None:
    questions = ["A first?", REFERRAL_QUESTION, "B second?", "C third?"]
    assert ensure_referral_last(questions) == [
        "A first?",
        "B second?",
        "C third?",
        REFERRAL_QUESTION,
    ]


def test_referral_matched_case_and_whitespace_insensitively() -> None:
    variant = "  who ELSE would you   suggest I talk to, and may I mention your name "
    result = ensure_referral_last([variant, "How did you start?"])
    assert result == ["How did you start?", variant]
    assert REFERRAL_QUESTION not in result


@pytest.mark.parametrize(
    "text",
    [
        "Who else should I talk to?",
        "Is there anyone else I should speak with?",
        "Who would you recommend I contact next?",
        "Could you introduce me to anyone on the data team?",
        "Are there other people I could reach out to?",
        "Who in a neighbouring field would be worth talking to?",
    ],
)
def test_who_else_questions_count_as_referral(text: str) -> None:
    assert is_referral_question(text)
    assert ensure_referral_last([text, "What is hard?"]) == ["What is hard?", text]


@pytest.mark.parametrize(
    "text",
    ["Who influenced you most?", "How did you meet your mentor?", "What do people get wrong?"],
)
def test_ordinary_questions_are_not_referral(text: str) -> None:
    assert not is_referral_question(text)


def test_several_referral_questions_keep_their_relative_order() -> None:
    first, second = "Who else should I talk to?", "Who would you recommend I contact next?"
    result = ensure_referral_last([first, "What is hard?", second])
    assert result == ["What is hard?", first, second]


def test_empty_list_gets_the_referral_question() -> None:
    assert ensure_referral_last([]) == [REFERRAL_QUESTION]


# --------------------------------------------------------------------------
# The question bank
# --------------------------------------------------------------------------


def _bank() -> list[QuestionFamily]:
    return parse_question_bank(BANK_PATH.read_text(encoding="utf-8"))


def test_bank_families_in_order() -> None:
    families = _bank()
    assert [f.key for f in families] == list(FAMILY_KEYS)
    assert [f.name for f in families] == [
        "Background and path",
        "A typical day",
        "Challenges and rewards",
        "Preparation that mattered",
        "Trends and insights",
        "Advice and resources",
        "In my shoes",
        "Referrals",
    ]


def test_bank_size() -> None:
    families = _bank()
    assert sum(len(f.questions) for f in families) >= 34
    assert all(len(f.questions) >= 3 for f in families)


def test_bank_questions_are_all_open() -> None:
    flagged = [q for f in _bank() for q in f.questions if check_question(q).is_closed]
    assert flagged == []


def test_bank_has_no_duplicates() -> None:
    questions = [q.casefold() for f in _bank() for q in f.questions]
    assert len(questions) == len(set(questions))


def test_bank_referrals_family_has_canonical_question_once() -> None:
    referrals = next(f for f in _bank() if f.key == "referrals")
    assert referrals.questions.count(REFERRAL_QUESTION) == 1


def test_bank_only_referral_family_asks_who_else() -> None:
    for family in _bank():
        if family.key != "referrals":
            assert not any(is_referral_question(q) for q in family.questions), family.key


def _bank_json(**overrides: object) -> str:
    data: dict[str, object] = {
        "version": 1,
        "families": [{"key": "background", "name": "Background", "questions": ["How?"]}],
    }
    data.update(overrides)
    return json.dumps(data)


def test_parse_minimal_bank_and_normalise_whitespace() -> None:
    text = _bank_json(
        families=[{"key": "k", "name": "  Name ", "questions": ["  How   did it start? "]}]
    )
    assert parse_question_bank(text) == [QuestionFamily("k", "Name", ("How did it start?",))]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "not valid JSON"),
        ("{", "not valid JSON"),
        ("[]", "JSON object"),
        ("null", "JSON object"),
        ('"text"', "JSON object"),
        ("[" * 100_000 + "]" * 100_000, ""),
        (_bank_json(version=2), "version"),
        (_bank_json(version=True), "version"),
        (_bank_json(version="1"), "version"),
        (_bank_json(version=None), "version"),
        (_bank_json(families=[]), "families"),
        (_bank_json(families={}), "families"),
        (_bank_json(families=["x"]), "Family 1"),
        (_bank_json(families=[{"name": "N", "questions": ["Q?"]}]), "key"),
        (_bank_json(families=[{"key": "Bad Key", "name": "N", "questions": ["Q?"]}]), "key"),
        (_bank_json(families=[{"key": "k", "questions": ["Q?"]}]), "name"),
        (_bank_json(families=[{"key": "k", "name": " ", "questions": ["Q?"]}]), "name"),
        (_bank_json(families=[{"key": "k", "name": "N"}]), "questions"),
        (_bank_json(families=[{"key": "k", "name": "N", "questions": []}]), "questions"),
        (_bank_json(families=[{"key": "k", "name": "N", "questions": [1]}]), "question 1"),
        (_bank_json(families=[{"key": "k", "name": "N", "questions": ["Q?", " "]}]), "question 2"),
        (
            _bank_json(
                families=[
                    {"key": "k", "name": "N", "questions": ["Q?"]},
                    {"key": "k", "name": "M", "questions": ["R?"]},
                ]
            ),
            "repeats",
        ),
    ],
)
def test_parse_rejects_malformed_bank_with_value_error(text: str, fragment: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_question_bank(text)
    assert fragment in str(info.value)
    assert len(str(info.value)) < 300


def test_parse_rejects_non_text() -> None:
    with pytest.raises(ValueError):
        parse_question_bank(123)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        parse_question_bank(b"\xff\xfe\x00garbage")  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parse_raises_only_value_error_on_text(text: str) -> None:
    try:
        parse_question_bank(text)
    except ValueError:
        pass


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["version", "families", "key", "name", "questions"]), children
        )
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_parse_raises_only_value_error_on_any_json(value: object) -> None:
    try:
        parse_question_bank(json.dumps(value))
    except ValueError:
        pass
