"""Turn the bytes users feed us into text, or say exactly why not.

Input comes from government websites, e-mail attachments and copy-paste: UTF-8 with or
without a byte-order mark, UTF-16/32 with one, GB18030/GBK (still common on Chinese
government sites), and sometimes a PDF or an image by mistake. Decoding never guesses
wildly: a BOM is trusted, then strict UTF-8, then GB18030 only when the result reads like
Chinese text (see :func:`_looks_like_chinese`). Everything else is an :class:`InputError`
that names the file, the codec and the byte offset, and says which option to try.

Newlines are kept exactly as they are: offsets elsewhere in policyterms index the decoded
string, so ``\\r\\n`` must stay two characters.
"""

from __future__ import annotations

import codecs
import functools
import os
import re
from typing import NamedTuple

from policyterms.errors import InputError

__all__ = [
    "BINARY_PROBE_SIZE",
    "MAX_TEXT_BYTES",
    "read_limited",
    "detect_stream_encoding",
    "MIN_COMMON_SHARE",
    "DecodedText",
    "decode_bytes",
    "read_text",
    "sniff_encoding",
    "retry_hint",
]

#: How much of the input is searched for image, PDF or archive signatures. NUL bytes are
#: refused anywhere (outside UTF-16/32), as each block is read.
BINARY_PROBE_SIZE = 8192

#: The most a whole-text reader (the readers, JSON, Markdown, ``extract``, ``discover``)
#: reads: larger input is refused while reading, before it fills memory. The streaming
#: formats (``annotate --format jsonl`` or ``text``) read any size.
MAX_TEXT_BYTES = 256 << 20

#: Bytes read at a time when reading a whole document or detecting a stream's codec.
READ_BLOCK = 1 << 20

#: Minimum share of common characters for a GB18030 reading to be believed (see
#: :func:`_looks_like_chinese`).
MIN_COMMON_SHARE = 0.9

_ERROR_HANDLERS = ("strict", "replace", "ignore")

# Longest first: the UTF-32-LE BOM begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_IMAGE_HINT = "policyterms reads plain text; extract the text from the image first (OCR)"
_MAGIC_NUMBERS = (
    (b"\x89PNG\r\n\x1a\n", "PNG image", _IMAGE_HINT),
    (b"\xff\xd8\xff", "JPEG image", _IMAGE_HINT),
    (b"GIF87a", "GIF image", _IMAGE_HINT),
    (b"GIF89a", "GIF image", _IMAGE_HINT),
    (b"%PDF", "PDF document", "convert it to text first, e.g. with pdftotext"),
    (
        b"PK\x03\x04",
        "ZIP archive",
        "a .docx, .xlsx or .odt file is a ZIP archive too; save or convert it as plain text first",
    ),
    (b"\x1f\x8b", "gzip-compressed data", "decompress it first, e.g. with gunzip"),
)

_WIDE_BOMS = tuple(bom for bom, codec in _BOMS if codec != "utf-8-sig")

# Printable ASCII and whitespace: the same in every candidate codec, so no evidence.
_PLAIN = "\t\n\v\f\r\x20-\x7e"
_NOT_PLAIN = re.compile(f"[^{_PLAIN}]")

_GB_CODECS = frozenset({"gb18030", "gbk", "gb2312", "hz"})
_SUPPORTED_HINT = "use a codec name such as utf-8, utf-8-sig, gb18030 or utf-16"


class DecodedText(NamedTuple):
    """Decoded text and the codec that produced it.

    ``encoding`` is the codec actually used (``"utf-8-sig"`` when a UTF-8 BOM was
    stripped, ``"gb18030"`` when detection fell back to it) so callers can report it and
    write output the way the input came.
    """

    text: str
    encoding: str


def decode_bytes(
    data: bytes,
    *,
    encoding: str | None = None,
    errors: str = "strict",
    name: str = "<stdin>",
) -> DecodedText:
    """Decode a whole document.

    With ``encoding=None`` the codec is detected: a BOM (UTF-8, UTF-16, UTF-32), else
    strict UTF-8, else GB18030 if the result looks like Chinese text. An explicit
    ``encoding`` is used as given, except that ``utf-8`` also strips a BOM. ``errors`` is
    ``"strict"``, ``"replace"`` or ``"ignore"``; with ``"replace"`` decoding always
    succeeds. Binary input (NUL bytes, image/PDF/archive signatures) is refused whatever
    ``errors`` says: U+FFFD soup is never what the user meant. ``name`` is used in error
    messages.

    Raises :class:`InputError` for binary input, undecodable bytes, an unknown codec or an
    unknown ``errors`` value.
    """
    _check_errors(errors)
    codec = None if encoding is None else _text_codec(encoding)
    _refuse_binary(data, codec, name)
    if codec is None:
        return _detect(data, errors, name, final=True)
    if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"
    return DecodedText(_decode(data, codec, errors, name, final=True), codec)


def read_text(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    errors: str = "strict",
) -> DecodedText:
    """Read and decode a file (see :func:`decode_bytes`); errors name ``path`` as given.

    OS errors become one-line :class:`InputError` messages rather than tracebacks.
    """
    name = os.fsdecode(path)
    _check_errors(errors)  # report bad options before touching the file system
    if encoding is not None:
        _text_codec(encoding)
    try:
        with open(path, "rb") as file:
            data = read_limited(file, name=name, encoding=encoding)
    except FileNotFoundError:
        raise InputError("no such file", path=name) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", path=name) from None
    except PermissionError:
        raise InputError("permission denied", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=name) from None
    return decode_bytes(data, encoding=encoding, errors=errors, name=name)


def read_limited(stream, *, name: str, encoding: str | None = None, limit: int | None = None) -> bytes:
    """All bytes of a binary ``stream``, read block by block and checked on the way:
    binary input (a signature, or a NUL byte anywhere outside UTF-16/32) and input larger
    than ``limit`` (default :data:`MAX_TEXT_BYTES`) are refused as soon as they show, so
    ``/dev/zero`` or a runaway pipe costs one block, not the machine's memory.

    OS errors while reading become :class:`InputError`.
    """
    limit = MAX_TEXT_BYTES if limit is None else limit
    codec = None if encoding is None else _text_codec(encoding)
    blocks: list[bytes] = []
    total = 0
    wide = False
    while True:
        try:
            block = stream.read(READ_BLOCK)
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", path=name) from None
        if not block:
            return b"".join(blocks)
        if not blocks:
            _refuse_binary(block, codec, name)
            wide = _is_wide(block, codec)
        elif not wide and b"\x00" in block:
            raise _nul_error(name, total + block.index(b"\x00"))
        total += len(block)
        if total > limit:
            raise InputError(
                f"is larger than {_size(limit)}, the most a whole-text format reads",
                path=name,
                hint="annotate --format jsonl or --format text streams a file of any size",
            )
        blocks.append(block)


def _size(count: int) -> str:
    return f"{count >> 20} MiB" if count >= 1 << 20 and not count % (1 << 20) else f"{count} bytes"


def detect_stream_encoding(blocks, *, errors: str = "strict", name: str = "<stdin>") -> str:
    """The codec :func:`decode_bytes` would choose for the concatenation of the blocks
    (``bytes``) that ``blocks()`` yields, keeping none of them: the same rules (BOM,
    strict UTF-8, believable GB18030) over the WHOLE input, so streaming and whole-text
    decoding always agree. ``blocks`` is called once for the UTF-8 pass and, only if that
    fails, once more for the GB18030 pass (each call starts from the beginning). Raises
    the :class:`InputError` decode_bytes would raise for undecodable input under
    ``errors="strict"``; binary input is refused too.
    """
    _check_errors(errors)
    iterator = iter(blocks())
    first: list[bytes] = []
    head = b""
    for block in iterator:  # enough of the head for a BOM and the signatures
        first.append(block)
        head += block
        if len(head) >= BINARY_PROBE_SIZE:
            break
    _refuse_binary(head, None, name)  # NUL bytes in the head, unless a UTF-16/32 BOM
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec
    utf8 = _Reading("utf-8", "strict", count=False)
    offset = 0
    for block in _chain(first, iterator):
        if b"\x00" in block:
            raise _nul_error(name, offset + block.index(b"\x00"))
        offset += len(block)
        utf8.feed(block, final=False)
    utf8.feed(b"", final=True)
    if utf8.error is None:
        return "utf-8"
    gb_strict = _Reading("gb18030", "strict")
    gb_lenient = _Reading("gb18030", "replace") if errors != "strict" else None
    for block in blocks():
        for reading in (gb_strict, gb_lenient):
            if reading is not None:
                reading.feed(block, final=False)
        if gb_strict.error is not None and gb_lenient is None:
            break  # strict: nothing more to learn
    for reading in (gb_strict, gb_lenient):
        if reading is not None:
            reading.feed(b"", final=True)
    if gb_strict.error is None:
        if gb_strict.looks_chinese():
            return "gb18030"
    elif gb_lenient is not None and gb_lenient.looks_chinese():
        return "gb18030"
    if errors == "strict":
        if gb_strict.error is not None and gb_strict.error[0] > utf8.error[0] and gb_strict.looks_chinese(8):
            raise _undecodable_at(gb_strict.error, "gb18030", name)  # (a damaged GBK file, not Big5)
        raise _undecodable_at(utf8.error, "utf-8", name, head)
    return "utf-8"


def _chain(first, rest):
    yield from first
    yield from rest


class _Reading:
    """One incremental reading of a stream: where it first failed, and the counts that
    :func:`_common_share` needs, accumulated over what it decoded before failing."""

    def __init__(self, codec: str, errors: str, *, count: bool = True) -> None:
        self.codec = codec
        self.count = count
        self.decoder = codecs.getincrementaldecoder(codec)(errors)
        self.consumed = 0
        self.error: tuple[int, int] | None = None  # offset and value of the first bad byte
        self.evidence = 0
        self.uncommon = 0

    def feed(self, block: bytes, *, final: bool) -> None:
        if self.error is not None:
            return
        pending = _pending(self.decoder)
        try:
            text = self.decoder.decode(block, final=final)
        except UnicodeDecodeError as exc:
            start = self.consumed - pending + exc.start
            bad = exc.object[exc.start] if exc.start < len(exc.object) else 0
            self.error = (start, bad)
            text = exc.object[: exc.start].decode(self.codec, "replace")  # what came before it
        self.consumed += len(block)
        if not self.count:
            return
        self.evidence += len(text) - len(_NOT_PLAIN.sub("", text))
        self.uncommon += len(text) - len(_uncommon_pattern().sub("", text))

    def looks_chinese(self, min_evidence: int = 0) -> bool:
        if self.evidence < min_evidence:
            return False
        return not self.evidence or 1.0 - self.uncommon / self.evidence >= MIN_COMMON_SHARE


def _pending(decoder: codecs.IncrementalDecoder) -> int:
    """Bytes an incremental decoder holds back from the previous block (a cut character)."""
    try:
        state = decoder.getstate()
    except Exception:  # pragma: no cover - every stdlib text decoder has a state
        return 0
    buffered = state[0] if isinstance(state, tuple) else b""
    return len(buffered) if isinstance(buffered, bytes) else 0


def _undecodable_at(error: tuple[int, int], codec: str, name: str, head: bytes = b"") -> InputError:
    """The error for the first bad byte of a stream; ``head``, its first bytes, tells a Big5 file (:func:`_big5_hint`)."""
    offset, byte = error
    return InputError(
        f"cannot decode byte 0x{byte:02x} at offset {offset} as {codec}",
        path=name,
        hint=(_big5_hint(head, codec) if head else None) or retry_hint(codec),
    )


def sniff_encoding(head: bytes, *, errors: str = "strict", name: str = "<stdin>") -> str:
    """Detect the codec of a stream from its first block, with :func:`decode_bytes`'s rules.

    ``head`` may end in the middle of a character; that is not an error. Streaming code
    feeds the rest of the file to ``codecs.getincrementaldecoder(codec)(errors)``, which
    also strips the BOM. An all-ASCII head says ``"utf-8"`` even if GB18030 bytes follow
    later; the stream then fails at their offset, as plain UTF-8 would.

    Raises :class:`InputError` if the head is binary or cannot be decoded.
    """
    _check_errors(errors)
    _refuse_binary(head, None, name)
    return _detect(head, errors, name, final=False).encoding


def _detect(data: bytes, errors: str, name: str, *, final: bool) -> DecodedText:
    """BOM, then strict UTF-8, then believable GB18030, then fail (or UTF-8 with ``errors``)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return DecodedText(_decode(data, codec, errors, name, final=final), codec)
    try:
        return DecodedText(_decode_raw(data, "utf-8", "strict", final), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    gb_text = _gb18030_reading(data, errors, final)
    if gb_text is not None:
        return DecodedText(gb_text, "gb18030")
    if errors == "strict":
        gb_error = _gb18030_error_after_chinese(data, final)
        # A GBK file with a damaged byte: say where, as GB18030; but where the bytes before
        # the bad one are valid UTF-8 (GB18030 got no further), the UTF-8 error is the one.
        if gb_error is not None and gb_error.start > utf8_error.start:
            raise _undecodable(gb_error, data, "gb18030", name)
        raise _undecodable(utf8_error, data, "utf-8", name)
    return DecodedText(_decode_raw(data, "utf-8", errors, final), "utf-8")


def _gb18030_reading(data: bytes, errors: str, final: bool) -> str | None:
    """``data`` as GB18030 if that reads like Chinese text, else None.

    Under a lenient ``errors`` a few bad bytes are allowed (a GBK file with one corrupt
    byte should not become U+FFFD soup as UTF-8); the U+FFFD they leave count against the
    criterion, so a damaged UTF-8 file is not taken for GB18030.
    """
    try:
        text = _decode_raw(data, "gb18030", "strict", final)
    except UnicodeDecodeError:
        if errors == "strict":
            return None
        text = _decode_raw(data, "gb18030", "replace", final)
        if not _looks_like_chinese(text):
            return None
        return text if errors == "replace" else _decode_raw(data, "gb18030", errors, final)
    return text if _looks_like_chinese(text) else None


def _gb18030_error_after_chinese(data: bytes, final: bool) -> UnicodeDecodeError | None:
    """The GB18030 decode error, if everything before it reads as Chinese text.

    A GBK file with one damaged byte is far likelier than a UTF-8 file whose first
    non-ASCII byte is already wrong, so its error is the one worth reporting.
    """
    try:
        _decode_raw(data, "gb18030", "strict", final)
    except UnicodeDecodeError as error:
        before = _decode_raw(data[: error.start], "gb18030", "replace", True)
        if _common_share(before) >= MIN_COMMON_SHARE and len(before) - len(_NOT_PLAIN.sub("", before)) >= 8:
            return error
    return None


def _looks_like_chinese(text: str) -> bool:
    """Whether a GB18030 reading is believable: see :func:`_common_share`."""
    return _common_share(text) >= MIN_COMMON_SHARE


def _common_share(text: str) -> float:
    """Share of common characters among those that are not printable ASCII or whitespace.

    Printable ASCII and whitespace read the same in every candidate codec, so they carry
    no evidence and are left out. Of the rest (non-ASCII and control characters), a
    character is *common* if it is in GB2312 (the GB2312 area A1A1–F7FE of GB18030: 6,763
    simplified hanzi plus full-width punctuation and symbols) or among Big5's symbols and
    5,401 frequently used traditional hanzi (A140–C67E). Government prose scores above
    0.99 in both scripts; bytes that happen to decode as GB18030 land mostly in the rare
    GBK/GB18030 extensions or private use, and UTF-8 Chinese misread as GB18030 scores
    about 0.4. With nothing but printable ASCII the share is 1.0.
    """
    evidence = len(text) - len(_NOT_PLAIN.sub("", text))
    if not evidence:
        return 1.0
    uncommon = len(text) - len(_uncommon_pattern().sub("", text))
    return 1.0 - uncommon / evidence


@functools.lru_cache(maxsize=1)
def _uncommon_pattern() -> re.Pattern[str]:
    """Matches one character that is neither plain ASCII nor common (built on first use)."""

    def two_byte_codes(leads: range, trails: list[int]) -> bytes:
        return bytes(b for lead in leads for trail in trails for b in (lead, trail))

    low, high = list(range(0x40, 0x7F)), list(range(0xA1, 0xFF))
    gb2312 = two_byte_codes(range(0xA1, 0xF8), high)
    big5 = two_byte_codes(range(0xA1, 0xC6), low + high) + two_byte_codes(range(0xC6, 0xC7), low)
    common = set(gb2312.decode("gb18030", "ignore")) | set(big5.decode("big5", "ignore"))
    common = {c for c in common if not "\ue000" <= c <= "\uf8ff"}  # user-defined rows
    return re.compile(f"[^{_PLAIN}{''.join(re.escape(c) for c in sorted(common))}]")


def _decode(data: bytes, codec: str, errors: str, name: str, *, final: bool) -> str:
    """Decode with ``codec``, turning a failure into an :class:`InputError`."""
    try:
        return _decode_raw(data, codec, errors, final)
    except UnicodeDecodeError as exc:
        raise _undecodable(exc, data, codec, name) from None
    except UnicodeError as exc:  # some codecs (punycode, ...) report no position
        raise InputError(
            f"cannot decode as {codec}: {exc}", path=name, hint=retry_hint(codec)
        ) from None


def _decode_raw(data: bytes, codec: str, errors: str, final: bool) -> str:
    """Decode ``data`` in one call; ``final=False`` tolerates a character cut at the end.

    A whole document goes through ``bytes.decode``: the incremental UTF-16/32 decoders
    insist on a BOM, which an explicit ``--encoding utf-16`` should not.
    """
    if final:
        return data.decode(codec, errors)
    return codecs.getincrementaldecoder(codec)(errors).decode(data, final=False)


def _undecodable(exc: UnicodeDecodeError, data: bytes, codec: str, name: str) -> InputError:
    """The error for the first bad byte, with its offset in ``data`` (BOM included)."""
    offset = exc.start
    if codec == "utf-8-sig" and data.startswith(codecs.BOM_UTF8):
        offset += len(codecs.BOM_UTF8)  # the utf-8-sig decoder counts after the BOM
    byte = exc.object[exc.start]
    return InputError(
        f"cannot decode byte 0x{byte:02x} at offset {offset} as {codec}",
        path=name,
        hint=(_big5_hint(data, codec) if codec != "gb18030" else None) or retry_hint(codec),
    )


def _big5_hint(data: bytes, codec: str) -> str | None:
    """A file in Big5 (traditional characters from Taiwan or Hong Kong) fails as UTF-8 and as
    GB18030; suggesting gb18030 would garble it. When every byte reads as Big5 and holds Chinese
    text, say big5 instead."""
    if codec.startswith("big5"):
        return None
    try:
        text = _decode_raw(data[: 1 << 16], "big5", "strict", final=len(data) <= 1 << 16)
    except UnicodeDecodeError:
        return None
    if not any("\u4e00" <= c <= "\u9fff" for c in text):
        return None
    return "try --encoding big5 (traditional characters), or --errors replace to substitute U+FFFD"


def retry_hint(codec: str) -> str:
    """What to try next: the other common codec, or replacing bad bytes."""
    replace = "--errors replace to substitute U+FFFD"
    if codec.startswith(("utf-16", "utf-32")):
        return f"try {replace}"
    other = "utf-8" if codec in _GB_CODECS else "gb18030"
    return f"try --encoding {other}, or {replace}"


def _text_codec(encoding: str) -> str:
    """The canonical name of a text codec (``"UTF8"`` -> ``"utf-8"``), or InputError."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        info = None
    # base64, rot13, zlib ... are codecs too, but not bytes-to-text ones.
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise InputError(f"unknown encoding {encoding!r}", hint=_SUPPORTED_HINT)
    return info.name


def _check_errors(errors: str) -> None:
    """Only the handlers that make sense for a document; surrogateescape etc. would leak."""
    if errors not in _ERROR_HANDLERS:
        raise InputError(
            f"unknown error handler {errors!r}",
            hint="use strict, replace (substitute U+FFFD) or ignore (drop bad bytes)",
        )


def _refuse_binary(data: bytes, codec: str | None, name: str) -> None:
    """Raise if ``data`` is an image, PDF or archive, or has a NUL byte anywhere.

    NUL bytes are normal in UTF-16/32, so a UTF-16/32 BOM (when detecting) or an explicit
    UTF-16/32 codec lets them through.
    """
    for magic, kind, hint in _MAGIC_NUMBERS:
        if data.startswith(magic):
            raise _binary(kind, hint, name)
    if not _is_wide(data, codec) and b"\x00" in data:
        raise _nul_error(name, data.index(b"\x00"))


def _is_wide(head: bytes, codec: str | None) -> bool:
    """Whether NUL bytes are text here: UTF-16/32, by BOM (when detecting) or by codec."""
    if codec is None:
        return head.startswith(_WIDE_BOMS)
    return codec.startswith(("utf-16", "utf-32"))


def _nul_error(name: str, offset: int) -> InputError:
    return InputError(
        "looks like a binary file (contains NUL bytes), not text",
        path=name,
        hint=f"the first NUL byte is at offset {offset}; if it is UTF-16 or UTF-32 without a byte-order mark, "
        "pass --encoding utf-16-le, utf-16-be, utf-32-le or utf-32-be",
    )


def _binary(kind: str, hint: str, name: str) -> InputError:
    return InputError(f"looks like a binary file ({kind}), not text", path=name, hint=hint)
