"""Decode a byte stream into text chunks, so huge files are annotated in bounded memory.

The codec is chosen with the same rules as whole-document decoding, over the WHOLE
stream (:func:`policyterms.text.textio.detect_stream_encoding` reads it once, keeping nothing),
so a file whose first megabytes are ASCII and whose GBK text comes later decodes exactly
as :func:`policyterms.text.textio.decode_bytes` decodes it; a stream that cannot be read twice
is spooled to a temporary file first. Blocks then go through an incremental decoder, so a
character cut between two blocks is never split. NUL bytes are refused in every block
(outside UTF-16/32). Errors name the byte offset in the whole stream, as
:func:`policyterms.text.textio.decode_bytes` would.
"""

from __future__ import annotations

import codecs
import tempfile
from collections.abc import Callable, Iterator
from typing import BinaryIO

from policyterms.errors import InputError
from policyterms.text.textio import (
    _is_wide,
    _nul_error,
    _pending,
    _refuse_binary,
    _text_codec,
    decode_bytes,
    detect_stream_encoding,
    retry_hint,
)

__all__ = ["iter_text_chunks", "spool_stream", "CHUNK_BYTES", "HEAD_BYTES"]

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
    spool = None
    if encoding is None:
        if not _seekable(stream):
            spool = spool_stream(stream, name=name, chunk_bytes=chunk_bytes)
            stream = spool
        origin = stream.tell()

        def from_the_start() -> Iterator[bytes]:
            stream.seek(origin)
            return _blocks(stream, chunk_bytes, name)

        detected = detect_stream_encoding(from_the_start, errors=errors, name=name)
        stream.seek(origin)
    try:
        yield from _decode_stream(stream, name, encoding, detected if encoding is None else None, errors, chunk_bytes, on_bytes)
    finally:
        if spool is not None:
            spool.close()


def spool_stream(stream: BinaryIO, *, name: str, encoding: str | None = None, chunk_bytes: int = CHUNK_BYTES) -> BinaryIO:
    """Copy a stream that cannot be read twice (standard input, a pipe) to a temporary
    file, returned at its start; the caller closes it.

    Binary input is refused on the way, so ``cat /dev/zero |`` stops at the first block
    instead of filling the disk; an unknown ``encoding`` is refused before anything is
    read; a temporary folder that fills up is an :class:`InputError` that says so.
    """
    codec = _text_codec(encoding) if encoding is not None else None
    spool = tempfile.TemporaryFile()
    try:
        _spool(stream, spool, chunk_bytes, name, codec)
        spool.seek(0)
    except BaseException:
        spool.close()
        raise
    return spool


def _spool(stream: BinaryIO, spool: BinaryIO, size: int, name: str, codec: str | None = None) -> None:
    wide = None
    for block in _blocks(stream, size, name):
        if wide is None:
            _refuse_binary(block, codec, name)
            wide = _is_wide(block, codec)
        elif not wide and b"\x00" in block:
            raise _nul_error(name, spool.tell() + block.index(b"\x00"))
        try:
            spool.write(block)
        except OSError as error:
            raise InputError(
                f"cannot copy to a temporary file after {spool.tell()} bytes: {error.strerror or error}",
                path=name,
                hint=f"standard input is copied to {tempfile.gettempdir()} to be read twice; "
                "set TMPDIR to a folder with more room, or pass a file instead of -",
            ) from None


def _seekable(stream: BinaryIO) -> bool:
    try:
        return stream.seekable()
    except (AttributeError, OSError, ValueError):
        return False


def _blocks(stream: BinaryIO, size: int, name: str) -> Iterator[bytes]:
    while True:
        block = _read(stream, size, name)
        if not block:
            return
        yield block


def _decode_stream(stream, name, encoding, detected, errors, chunk_bytes, on_bytes) -> Iterator[str]:
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
        codec = detected
    wide = _is_wide(head, encoding and codec) or codec.startswith(("utf-16", "utf-32"))
    decoder = codecs.getincrementaldecoder(codec)(errors)
    consumed = 0  # bytes handed to the decoder before the current block
    block = head
    while True:
        final = not block
        if not wide and b"\x00" in block:
            raise _nul_error(name, consumed + block.index(b"\x00"))
        pending = _pending(decoder)
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
