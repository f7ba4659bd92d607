"""Tests for policyterms.text.textio: decoding what users really feed the tool."""

from __future__ import annotations

import codecs
import os
import pathlib

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from policyterms.errors import InputError
from policyterms.text.textio import (
    BINARY_PROBE_SIZE,
    DecodedText,
    decode_bytes,
    read_text,
    sniff_encoding,
)
from policyterms.text.textio import _common_share, _looks_like_chinese

SENTENCE = "全面推行行政执法“三项制度”，行政执法更加透明规范。"
TRADITIONAL = "全面推行行政執法「三項制度」，行政執法更加透明規範。"
GBK = SENTENCE.encode("gbk")
REPLACE_HINT = "--errors replace to substitute U+FFFD"


def decode_error(data: bytes, **kwargs) -> InputError:
    with pytest.raises(InputError) as info:
        decode_bytes(data, **kwargs)
    return info.value


# --- detection -------------------------------------------------------------------------


def test_utf8_without_bom():
    assert decode_bytes(SENTENCE.encode()) == DecodedText(SENTENCE, "utf-8")


def test_utf8_bom_is_stripped():
    assert decode_bytes(codecs.BOM_UTF8 + SENTENCE.encode()) == (SENTENCE, "utf-8-sig")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    data = bom + ("ABC " + SENTENCE).encode(codec)  # ASCII makes NUL bytes: still text
    assert decode_bytes(data) == ("ABC " + SENTENCE, "utf-16")


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_with_bom(codec):
    bom = codecs.BOM_UTF32_LE if codec.endswith("le") else codecs.BOM_UTF32_BE
    assert decode_bytes(bom + ("x" + SENTENCE).encode(codec)) == ("x" + SENTENCE, "utf-32")


def test_gbk_sentence_is_read_as_gb18030():
    assert decode_bytes(GBK, name="notice.txt") == (SENTENCE, "gb18030")


def test_gb18030_four_byte_character():
    text = SENTENCE + "𠀀"  # U+20000: a four-byte GB18030 sequence, rare but allowed
    assert decode_bytes(text.encode("gb18030")) == (text, "gb18030")


def test_traditional_chinese_in_gb18030_is_accepted():
    assert _common_share(TRADITIONAL) == 1.0
    assert decode_bytes(TRADITIONAL.encode("gb18030")) == (TRADITIONAL, "gb18030")


def test_rare_hanzi_soup_is_not_taken_for_gb18030():
    # Valid GB18030 (GBK/3 area: 丂丄丅...), but nothing a document would contain.
    data = bytes(b for trail in range(0x40, 0x60) for b in (0x81, trail))
    assert data.decode("gb18030")
    assert not _looks_like_chinese(data.decode("gb18030"))
    err = decode_error(data, name="junk.txt")
    assert err.message == "cannot decode byte 0x81 at offset 0 as utf-8"


def test_latin1_is_not_taken_for_gb18030():
    # b"M\xfcller Stra\xdfe" is valid GB18030 (M黮ler Stra遝): mostly ASCII is no evidence.
    err = decode_error("Müller Straße".encode("latin-1"), name="adresse.txt")
    assert err.message == "cannot decode byte 0xfc at offset 1 as utf-8"


def test_criterion_threshold():
    assert _common_share("plain ASCII only") == 1.0
    assert _common_share("报告" * 9 + "丂") == pytest.approx(18 / 19)
    assert _looks_like_chinese("报告" * 9 + "丂")
    assert not _looks_like_chinese("报告" * 4 + "丂丄")  # 8/10 < 0.9
    assert not _looks_like_chinese("报告\x01\x02")  # control characters count against


def test_damaged_utf8_is_not_taken_for_gb18030():
    data = SENTENCE.encode()[:-1]  # cut inside the final "。" (e3 80 82)
    err = decode_error(data, name="cut.txt")
    assert err.message == f"cannot decode byte 0xe3 at offset {len(data) - 2} as utf-8"
    assert decode_bytes(data, errors="replace") == (SENTENCE[:-1] + "\ufffd", "utf-8")


def test_damaged_gbk_with_replace_stays_gb18030():
    data = GBK[:10] + b"\xff" + GBK[10:]
    assert decode_bytes(data, errors="replace") == (
        SENTENCE[:5] + "\ufffd" + SENTENCE[5:],
        "gb18030",
    )
    assert decode_bytes(data, errors="ignore") == (SENTENCE, "gb18030")


def test_newlines_are_kept_exactly():
    text = "第一行\r\n第二行\r第三行\n\r\n"
    for data, codec in [
        (text.encode(), "utf-8"),
        (text.encode("gb18030"), "gb18030"),
        (text.encode("utf-16"), "utf-16"),
    ]:
        decoded = decode_bytes(data)
        assert decoded == (text, codec)
        assert decoded.text.count("\r\n") == 2


def test_empty_input():
    assert decode_bytes(b"") == ("", "utf-8")
    assert decode_bytes(b"", encoding="gb18030") == ("", "gb18030")
    assert decode_bytes(codecs.BOM_UTF8) == ("", "utf-8-sig")


# --- undecodable input -----------------------------------------------------------------


def test_undecodable_names_file_offset_and_codec():
    data = b"a" * 1234 + b"\xb6 more"  # 0xb6 0x20 is not GB18030 either
    err = decode_error(data, name="report.txt")
    assert err.path == "report.txt"
    assert err.message == "cannot decode byte 0xb6 at offset 1234 as utf-8"
    assert err.hint == f"try --encoding gb18030, or {REPLACE_HINT}"
    assert str(err) == (
        "report.txt: cannot decode byte 0xb6 at offset 1234 as utf-8 "
        f"(try --encoding gb18030, or {REPLACE_HINT})"
    )
    assert str(err).count("report.txt") == 1


def test_offset_counts_the_utf8_bom():
    err = decode_error(codecs.BOM_UTF8 + b"ab\xff", name="bom.txt")
    assert err.message == "cannot decode byte 0xff at offset 5 as utf-8-sig"


def test_damaged_utf16_suggests_replace_only():
    err = decode_error(codecs.BOM_UTF16_LE + b"a\x00\x00\xdc", name="wide.txt")
    assert err.message == "cannot decode byte 0x00 at offset 4 as utf-16"
    assert err.hint == f"try {REPLACE_HINT}"


def test_replace_always_succeeds():
    data = b"ok \xff\xfe\x80 \xb6"
    assert decode_bytes(data, errors="replace") == ("ok \ufffd\ufffd\ufffd \ufffd", "utf-8")
    assert decode_bytes(data, errors="ignore") == ("ok  ", "utf-8")


# --- explicit encoding and errors ------------------------------------------------------


def test_explicit_utf8_decoding_gbk_fails_and_suggests_gb18030():
    err = decode_error(GBK, encoding="utf-8", name="notice.txt")
    # c8 ab happens to be valid UTF-8 (U+022B); c3 e6 is not.
    assert err.message == "cannot decode byte 0xc3 at offset 2 as utf-8"
    assert err.hint == f"try --encoding gb18030, or {REPLACE_HINT}"


def test_explicit_gb18030_failure_suggests_utf8():
    err = decode_error(b"abc\x80", encoding="GB18030", name="x.txt")
    assert err.message == "cannot decode byte 0x80 at offset 3 as gb18030"
    assert err.hint == f"try --encoding utf-8, or {REPLACE_HINT}"


def test_explicit_utf8_strips_bom_and_normalises_name():
    assert decode_bytes(codecs.BOM_UTF8 + b"abc", encoding="UTF8") == ("abc", "utf-8-sig")
    assert decode_bytes(b"abc", encoding="utf_8") == ("abc", "utf-8")


def test_explicit_encoding_is_used_even_if_detection_would_differ():
    assert decode_bytes(GBK, encoding="gbk") == (SENTENCE, "gbk")
    assert decode_bytes("é".encode("latin-1"), encoding="latin-1") == ("é", "iso8859-1")


def test_explicit_utf16_without_bom_allows_nul_bytes():
    assert decode_bytes("abc".encode("utf-16-le"), encoding="utf-16-le") == (
        "abc",
        "utf-16-le",
    )


@pytest.mark.parametrize("encoding", ["no-such-codec", "", "base64", "rot13"])
def test_unknown_encoding(encoding):
    err = decode_error(b"abc", encoding=encoding)
    assert err.message == f"unknown encoding {encoding!r}"
    for codec in ("utf-8", "utf-8-sig", "gb18030", "utf-16"):
        assert codec in err.hint


@pytest.mark.parametrize("errors", ["bogus", "surrogateescape", "backslashreplace", ""])
def test_unknown_error_handler(errors):
    err = decode_error(b"abc", errors=errors)
    assert err.message == f"unknown error handler {errors!r}"
    assert all(word in err.hint for word in ("strict", "replace", "ignore"))


# --- binary input ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "kind", "hint_word"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image", "OCR"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image", "OCR"),
        (b"GIF89a\x01\x00", "GIF image", "OCR"),
        (b"GIF87a\x01\x00", "GIF image", "OCR"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document", "pdftotext"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive", ".docx"),
        (b"\x1f\x8b\x08\x00", "gzip-compressed data", "gunzip"),
        (b"text\x00more text", "contains NUL bytes", "--encoding utf-16-le"),
    ],
)
def test_binary_input_is_refused(data, kind, hint_word):
    for errors in ("strict", "replace"):
        err = decode_error(data, errors=errors, name="scan.bin")
        assert err.path == "scan.bin"
        assert err.message == f"looks like a binary file ({kind}), not text"
        assert hint_word in err.hint
        assert str(err).startswith(f"scan.bin: looks like a binary file ({kind})")


def test_pdf_hint_says_convert_to_text():
    err = decode_error(b"%PDF-1.4\n", name="report.pdf")
    assert err.hint == "convert it to text first, e.g. with pdftotext"


def test_a_nul_byte_anywhere_is_binary():
    data = b"a" * (3 * BINARY_PROBE_SIZE) + b"\x00"
    with pytest.raises(InputError, match="NUL bytes") as info:
        decode_bytes(data)
    assert f"offset {3 * BINARY_PROBE_SIZE}" in info.value.hint
    assert decode_bytes("a\x00".encode("utf-16")).text == "a\x00"  # but UTF-16 holds NUL bytes


def test_explicit_non_wide_encoding_does_not_excuse_nul_bytes():
    with pytest.raises(InputError, match="NUL bytes"):
        decode_bytes(b"a\x00b", encoding="gb18030")


# --- read_text -------------------------------------------------------------------------


def test_read_text_reads_and_names_the_path_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    pathlib.Path("notice.txt").write_bytes(GBK + b"\r\n")
    assert read_text("notice.txt") == (SENTENCE + "\r\n", "gb18030")
    assert read_text(pathlib.Path("notice.txt")).text == SENTENCE + "\r\n"

    pathlib.Path("bad.txt").write_bytes(b"ab\xff")
    with pytest.raises(InputError) as info:
        read_text(pathlib.Path("bad.txt"))
    assert info.value.path == "bad.txt"
    assert str(info.value).startswith("bad.txt: cannot decode byte 0xff at offset 2 as utf-8")


def test_read_text_passes_encoding_and_errors(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"a\xffb")
    assert read_text(path, errors="replace") == ("a\ufffdb", "utf-8")
    assert read_text(path, encoding="latin-1") == ("a\xffb", "iso8859-1")


def test_read_text_missing_file(tmp_path):
    path = str(tmp_path / "missing.txt")
    with pytest.raises(InputError) as info:
        read_text(path)
    assert str(info.value) == f"{path}: no such file"
    assert info.value.__suppress_context__


def test_read_text_directory(tmp_path):
    with pytest.raises(InputError) as info:
        read_text(tmp_path)
    assert str(info.value) == f"{tmp_path}: is a directory, not a file"


@pytest.mark.parametrize(
    ("exc", "message"),
    [
        (PermissionError(13, "Permission denied"), "permission denied"),
        (OSError(5, "Input/output error"), "cannot read: Input/output error"),
    ],
)
def test_read_text_os_errors_are_one_line(monkeypatch, exc, message):
    def failing_open(*args, **kwargs):
        raise exc

    monkeypatch.setattr("builtins.open", failing_open)
    with pytest.raises(InputError) as info:
        read_text("some/report.txt")
    assert str(info.value) == f"some/report.txt: {message}"
    assert "Errno" not in str(info.value)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads all")
def test_read_text_permission_denied(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_bytes(b"x")
    path.chmod(0)
    try:
        with pytest.raises(InputError) as info:
            read_text(path)
        assert str(info.value) == f"{path}: permission denied"
    finally:
        path.chmod(0o600)


def test_read_text_checks_options_before_the_file(tmp_path):
    with pytest.raises(InputError, match="unknown error handler"):
        read_text(tmp_path / "missing.txt", errors="bogus")
    with pytest.raises(InputError, match="unknown encoding"):
        read_text(tmp_path / "missing.txt", encoding="bogus")


# --- sniff_encoding --------------------------------------------------------------------


def test_sniff_tolerates_a_character_cut_at_the_end():
    assert sniff_encoding(SENTENCE.encode()[:-1]) == "utf-8"
    assert sniff_encoding(GBK[:-1]) == "gb18030"
    assert sniff_encoding(codecs.BOM_UTF8 + SENTENCE.encode()[:-2]) == "utf-8-sig"
    assert sniff_encoding(SENTENCE.encode("utf-16")[:-1]) == "utf-16"
    assert sniff_encoding(b"") == "utf-8"


def test_sniff_result_drives_an_incremental_decoder():
    data = codecs.BOM_UTF8 + (SENTENCE * 50).encode()
    codec = sniff_encoding(data[:100])
    decoder = codecs.getincrementaldecoder(codec)("strict")
    text = "".join(decoder.decode(data[i : i + 100]) for i in range(0, len(data), 100))
    assert text + decoder.decode(b"", True) == SENTENCE * 50


def test_sniff_refuses_binary_and_undecodable_heads():
    with pytest.raises(InputError, match=r"^big.pdf: looks like a binary file \(PDF"):
        sniff_encoding(b"%PDF-1.5\n", name="big.pdf")
    with pytest.raises(InputError) as info:
        sniff_encoding(b"abc\xb6 def", name="big.txt")
    assert info.value.message == "cannot decode byte 0xb6 at offset 3 as utf-8"
    assert sniff_encoding(b"abc\xb6 def", errors="replace") == "utf-8"


# --- properties ------------------------------------------------------------------------

_LEVEL1 = bytes(b for lead in range(0xB0, 0xD8) for t in range(0xA1, 0xFF) for b in (lead, t))
COMMON_HANZI = sorted(set(_LEVEL1.decode("gb2312", "ignore")))  # GB2312 level 1: 3,755
CJK_PUNCTUATION = list("，。、；：？！“”‘’（）《》【】—…·　")

RARE_HANZI = [chr(c) for c in range(0x4E00, 0x9FA6, 41) if not _looks_like_chinese(chr(c))]

# sampled_from is uniform over the list, so repetition sets the mix: mostly common hanzi,
# some ASCII, punctuation and line breaks, and about one rare hanzi in twenty (unusual
# names), which the criterion tolerates as long as they stay below 10%.
cjk_heavy_text = st.text(
    alphabet=st.sampled_from(
        COMMON_HANZI
        + CJK_PUNCTUATION * 20
        + [chr(c) for c in range(0x20, 0x7F)] * 5
        + list("\r\n\t") * 30
        + RARE_HANZI
    ),
    max_size=200,
)
any_text = st.text(alphabet=st.characters(exclude_characters="\x00", exclude_categories=("Cs",)))


def is_refused_as_binary(data: bytes) -> bool:
    try:
        decode_bytes(data, errors="replace")
    except InputError:
        return True
    return False


@given(text=st.one_of(cjk_heavy_text, any_text))
@example(text=SENTENCE)
def test_utf8_round_trip(text):
    data = text.encode("utf-8")
    assume(not text.startswith("\ufeff"))  # a leading U+FEFF *is* a BOM
    assume(not is_refused_as_binary(data))  # e.g. a text that starts with "%PDF"
    assert decode_bytes(data) == (text, "utf-8")


@given(text=st.one_of(cjk_heavy_text, any_text))
def test_utf8_sig_round_trip(text):
    assert decode_bytes(text.encode("utf-8-sig")) == (text, "utf-8-sig")


@given(text=st.one_of(cjk_heavy_text, st.text()))  # NUL bytes and all
@example(text="a\x00")
def test_utf16_and_utf32_with_bom_round_trip(text):
    if not text.startswith("\x00"):  # ff fe 00 00 is the UTF-32-LE BOM, by design
        assert decode_bytes(text.encode("utf-16")) == (text, "utf-16")
    assert decode_bytes(text.encode("utf-32")) == (text, "utf-32")


@settings(max_examples=300)
@given(text=cjk_heavy_text)
@example(text=SENTENCE)
@example(text=TRADITIONAL)
def test_gb18030_round_trip(text):
    data = text.encode("gb18030")
    assume(_looks_like_chinese(text))
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        assume(False)  # valid UTF-8 (e.g. all ASCII) is read as UTF-8 first, by design
    assert decode_bytes(data) == (text, "gb18030")


@given(data=st.binary(max_size=300), errors=st.sampled_from(["strict", "replace", "ignore"]))
@example(data=b"\xef\xbb", errors="strict")
@example(data=b"\xff\xfe\x00", errors="strict")
def test_arbitrary_bytes_raise_only_input_error(data, errors):
    try:
        decoded = decode_bytes(data, errors=errors, name="fuzz.bin")
    except InputError as err:
        assert err.path == "fuzz.bin"
        assert errors == "strict" or "binary" in err.message
    else:
        assert isinstance(decoded.text, str)
    try:
        sniff_encoding(data, errors=errors)
    except InputError:
        pass


@given(
    data=st.binary(max_size=300),
    encoding=st.sampled_from(["utf-8", "gb18030", "gbk", "utf-16", "utf-32", "big5", "latin-1"]),
)
def test_arbitrary_bytes_with_explicit_encoding(data, encoding):
    try:
        decode_bytes(data, encoding=encoding)
    except InputError:
        pass
    try:
        decode_bytes(data, encoding=encoding, errors="replace")
    except InputError as err:
        assert "binary" in err.message  # otherwise "replace" always succeeds


@given(prefix=cjk_heavy_text, rest=st.binary(max_size=20))
@example(prefix="乡习仙]代伤", rest=b"")  # its UTF-8 bytes also read as believable GB18030
def test_offset_of_the_first_bad_byte(prefix, rest):
    head = prefix.encode()
    data = head + b"\xff" + rest  # 0xff is never valid in UTF-8 or GB18030
    boms = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
    assume(not data.startswith(boms) and not is_refused_as_binary(data))  # b"\xff\xfe" is a BOM
    err = decode_error(data, name="p.txt")
    assert err.message == f"cannot decode byte 0xff at offset {len(head)} as utf-8"


def test_a_gbk_file_with_a_damaged_last_byte_names_the_gb18030_offset():
    data = ("全面推行行政执法三项制度" * 200).encode("gbk") + b"\xcb"
    with pytest.raises(InputError) as info:
        decode_bytes(data, name="gbk.txt")
    assert info.value.message == "cannot decode byte 0xcb at offset 4800 as gb18030"
    assert "--errors replace" in info.value.hint


def test_a_big5_file_is_told_to_try_big5_not_gb18030(tmp_path):
    data = TRADITIONAL.encode("big5")
    assert "--encoding big5" in decode_error(data).hint  # whole text
    path = tmp_path / "big5.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_text(path)
    assert "--encoding big5" in info.value.hint
    # read as Big5, it is the traditional sentence
    assert decode_bytes(data, encoding="big5").text == TRADITIONAL
    # a GBK file with a damaged byte is still told about gb18030, not big5
    assert "big5" not in (decode_error(GBK + b"\xff").hint or "")
