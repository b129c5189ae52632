

def test_a_date_in_a_sentence_is_in_words_whatever_the_system_locale() -> None:
    import locale
    from datetime import date

    from infointerview.domain.i18n import date_words

    assert date_words(date(2026, 7, 25)) == "25 July 2026"
    assert date_words(date(2027, 1, 1)) == "1 January 2027"
    try:  # Qt sets the C library's locale from the system: strftime("%B") would follow it
        locale.setlocale(locale.LC_TIME, "de_DE.UTF-8")
    except locale.Error:
        return
    try:
        assert date_words(date(2026, 3, 4)) == "4 March 2026"
    finally:
        locale.setlocale(locale.LC_TIME, "C")
