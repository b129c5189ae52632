"""Encodings of contact files, and the vCard reader's handling of what real files contain."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from infointerview.interchange import vcard
from infointerview.interchange.errors import ImportFormatError, decode_file
from infointerview.services.import_files import load_file

LINKEDIN = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
ROW = "José,Müller,https://www.linkedin.com/in/jm,,Café Crème,Directeur,15 Mar 2024\r\n"


@pytest.mark.parametrize(("data", "encoding"), [
    (codecs.BOM_UTF8 + (LINKEDIN + ROW).encode("utf-8"), "utf-8-sig"),
    ((LINKEDIN + ROW).encode("utf-8"), "utf-8"),
    ((LINKEDIN + ROW).encode("utf-16"), "utf-16"),  # with its BOM
    (codecs.BOM_UTF16_BE + (LINKEDIN + ROW).encode("utf-16-be"), "utf-16"),
    ((LINKEDIN + ROW).encode("utf-16-le"), "utf-16-le"),  # no BOM: NULs every other byte
    ((LINKEDIN + ROW).encode("cp1252"), "cp1252"),
])
def test_csv_in_every_common_encoding_imports(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "Connections.csv"
    path.write_bytes(data)
    parsed = load_file(path)
    assert parsed.encoding == encoding
    (record,) = parsed.records
    assert (record.first_name, record.last_name, record.organisation) == (
        "José", "Müller", "Café Crème")


def test_windows_1252_punctuation_is_read_not_guessed_as_another_code_page() -> None:
    text = "Name;Firma\r\nZoë O’Brien;Société “Générale” – Paris\r\n"
    decoded = decode_file(text.encode("cp1252"))
    assert (decoded.text, decoded.encoding) == (text, "cp1252")


def test_cyrillic_is_left_to_the_detector() -> None:
    text = "Фамилия,Имя,Компания\nИванов,Иван,Газпром\nПетров,Пётр,Яндекс\n"
    decoded = decode_file(text.encode("cp1251"))
    assert decoded.text == text


def test_only_binary_is_refused() -> None:
    with pytest.raises(ImportFormatError, match="not a text file"):
        decode_file(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ImportFormatError, match="not a text file"):
        decode_file((bytes(range(1, 32)) + b"\xff") * 40)  # not UTF-8, mostly control codes
    with pytest.raises(ImportFormatError, match="UTF-16 but is damaged"):
        decode_file(codecs.BOM_UTF16_LE + "ab\ncd\n".encode("utf-16-le") + b"\x00\xd8")


def test_a_forced_encoding_that_does_not_fit_names_the_line() -> None:
    data = "a,b\nJosé,x\n".encode("cp1252")
    with pytest.raises(ImportFormatError, match="Line 2: The file cannot be read as UTF-8"):
        decode_file(data, "utf-8")
    with pytest.raises(ImportFormatError, match="not an encoding InfoInterview knows"):
        decode_file(data, "klingon")
    assert decode_file(data, "Windows-1252").text == "a,b\nJosé,x\n"


def test_vcard_charset_per_line() -> None:
    """vCard 2.1 from an old phone: each line names its charset, one is UTF-8 in QP."""
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"N;CHARSET=ISO-8859-1:M\xfcller;J\xfcrgen\r\n"
        b"ORG;CHARSET=KOI8-R:\xf0\xd2\xc1\xd7\xc4\xc1\r\n"
        b"TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Directeur g=C3=A9n=C3=A9ral\r\n"
        b"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:=93quoted=94 =80\r\n"
        b"END:VCARD\r\n"
    )
    decoded = decode_file(data)
    (card,) = vcard.parse_vcards(decoded.text)
    assert (card.first_name, card.last_name) == ("Jürgen", "Müller")
    assert card.organisation == "Правда"
    assert card.job_title == "Directeur général"
    assert card.notes == "“quoted” €"


def test_vcard_details_real_files_have() -> None:
    text = (
        "BEGIN:VCARD\rVERSION:3.0\rPROFILE:VCARD\rPROFILE:VCARD\r"  # bare CR, repeated PROFILE
        "N:Lee;Ann;;;\r"
        "PHOTO;ENCODING=b;TYPE=JPEG:not base64 at all!!\r @@@\r"
        "LOGO;VALUE=uri:https://example.org/logo.png\r"
        "SOUND:data:audio/basic;base64,AAAA\r"
        "X-SOCIALPROFILE;type=linkedin;x-user=annlee:http://www.linkedin.com/in/annlee\r"
        "item2.EMAIL;type=INTERNET:mailto:ann@example.org\r"
        "item2.X-ABLabel:_$!<Other>!$_\r"
        "TEL;VALUE=uri;PREF=1:tel:+44-20-7946-0958\r"
        "NOTE:line one\\nline two\\, with a comma\r"
        "END:VCARD\r"
    )
    (ann,) = vcard.parse_vcards(text)
    assert (ann.first_name, ann.last_name) == ("Ann", "Lee")
    assert ann.linkedin_url == "http://www.linkedin.com/in/annlee"
    assert ann.email == "ann@example.org"
    assert ann.phone == "+44-20-7946-0958"
    assert ann.notes == "line one\nline two, with a comma"


def test_rfc6350_unfolding_removes_exactly_one_blank() -> None:
    text = "BEGIN:VCARD\nVERSION:4.0\nFN:Ann\nNOTE:two\n  words and one\n word\nEND:VCARD\n"
    (ann,) = vcard.parse_vcards(text)
    assert ann.notes == "two words and oneword"  # "\n " goes, the second blank stays


def test_a_card_left_open_is_skipped_and_the_next_one_read() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Open Card\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Closed Card\r\nEND:VCARD\r\n"
    )
    open_card, closed = vcard.parse_vcards(text)
    assert (open_card.line, open_card.unreadable) == (
        1, "The card has no END:VCARD line before the next card begins.")
    assert (open_card.first_name, open_card.last_name) == ("Open", "Card")
    assert (closed.line, closed.unreadable, closed.first_name) == (4, None, "Closed")
