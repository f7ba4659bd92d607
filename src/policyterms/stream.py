"""Decode a byte stream into text chunks, so huge files are annotated in bounded memory.

The codec is chosen from the first block with the same rules as whole-document decoding
(:func:`policyterms.textio.sniff_encoding`); later blocks go through an incremental
decoder, so a character cut between two blocks is never split. Errors name the byte
offset in the whole stream, as :func:`policyterms.textio.decode_bytes` would.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterator
from typing import BinaryIO

from .errors import InputError
from .textio import decode_bytes, retry_hint, sniff_encoding

__all__ = ["iter_text_chunks", "CHUNK_BYTES", "HEAD_BYTES"]

#: Bytes read per block: large enough that per-block overhead vanishes, small enough that
#: memory stays far below what the machine has.
CHUNK_BYTES = 1 << 20
#: The first block is at least this long, so detection sees a BOM and enough text.
HEAD_BYTES = 1 << 16


def iter_text_chunks(
    stream: BinaryIO,
    *,
    name: str,
    encoding: str | None = None,
    errors: str = "strict",
    chunk_bytes: int = CHUNK_BYTES,
    on_bytes: Callable[[int], None] | None = None,
) -> Iterator[str]:
    """Yield the decoded text of ``stream`` in pieces of about ``chunk_bytes`` bytes.

    ``on_bytes`` is called with the number of bytes read after each block (for a progress
    bar). Raises :class:`InputError` for binary or undecodable input.
    """
    head = _read(stream, max(chunk_bytes, HEAD_BYTES), name)
    if on_bytes:
        on_bytes(len(head))
    if not head:
        return
    if encoding is not None:
        # Validates the codec and the head (binary, BOM, NUL) exactly like whole-file reading.
        decode_bytes(head[:4096], encoding=encoding, errors="replace", name=name)
        codec = codecs.lookup(encoding).name
        if codec == "utf-8" and head.startswith(codecs.BOM_UTF8):
            codec = "utf-8-sig"
        boms = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE) if codec == "utf-32" else (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
        if codec in ("utf-16", "utf-32") and not head.startswith(boms):
            codec += "-le"  # the incremental decoders need a BOM to pick the byte order
    else:
        codec = sniff_encoding(head, errors=errors, name=name)
    decoder = codecs.getincrementaldecoder(codec)(errors)
    consumed = 0  # bytes handed to the decoder before the current block
    block = head
    while True:
        final = not block
        pending = _pending_bytes(decoder)
        try:
            text = decoder.decode(block, final=final)
        except UnicodeDecodeError as error:
            offset = consumed - pending + error.start
            if codec == "utf-8-sig" and not consumed and head.startswith(codecs.BOM_UTF8):
                offset += len(codecs.BOM_UTF8)  # the first call counts after the BOM
            bad = error.object[error.start] if error.start < len(error.object) else 0
            raise InputError(
                f"cannot decode byte 0x{bad:02x} at offset {offset} as {codec}", path=name, hint=retry_hint(codec)
            ) from None
        if text:
            yield text
        if final:
            return
        consumed += len(block)
        block = _read(stream, chunk_bytes, name)
        if on_bytes:
            on_bytes(len(block))


def _read(stream: BinaryIO, size: int, name: str) -> bytes:
    """Read a block; an OS error (a vanished disk, /proc oddities) becomes an InputError."""
    try:
        return stream.read(size)
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", path=name) from None


def _pending_bytes(decoder: codecs.IncrementalDecoder) -> int:
    """Bytes the decoder holds back from the previous block (a cut character)."""
    try:
        state = decoder.getstate()
    except Exception:  # pragma: no cover - every stdlib text decoder has a state
        return 0
    buffered = state[0] if isinstance(state, tuple) else b""
    return len(buffered) if isinstance(buffered, bytes) else 0
