"""A zip package from parts that may already be compressed.

``zipfile`` compresses every part it writes; a Word file's styles (350 KB of
the template's latent styles) would then be compressed again for every file
although they never change. Here a part is deflated once (``deflate``) and
its compressed bytes are copied into every package that holds it. The output
is an ordinary zip file: deflated entries, CRC-32 and sizes in the local and
central headers, no zip64 (a Word package is far below 4 GB).
"""

from __future__ import annotations

import struct
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")
_LOCAL_SIGNATURE = 0x04034B50
_CENTRAL_SIGNATURE = 0x02014B50
_END_SIGNATURE = 0x06054B50
_VERSION = 20  # deflate needs zip 2.0
_MADE_ON_UNIX = 3 << 8
_DEFLATED = 8
_UTF8_NAME = 0x800
_FILE_MODE = 0o600 << 16  # what zipfile gives a part written from bytes
# zipfile's (and so python-docx's) default: zlib's level 6.
_LEVEL = 6


@dataclass(frozen=True)
class DeflatedPart:
    crc: int
    size: int
    deflated: bytes


def deflate(data: bytes) -> DeflatedPart:
    compressor = zlib.compressobj(_LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)  # raw deflate
    deflated = compressor.compress(data) + compressor.flush()
    return DeflatedPart(zlib.crc32(data), len(data), deflated)


def zip_package(parts: Iterable[tuple[str, DeflatedPart]]) -> bytes:
    """The zip file holding ``parts`` (name, deflated part) in that order."""
    dos_time, dos_date = _dos_now()
    out: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    count = 0
    for name, part in parts:
        encoded = name.encode("utf-8")
        flags = 0 if encoded.isascii() else _UTF8_NAME
        sizes = (part.crc, len(part.deflated), part.size, len(encoded))
        local = _LOCAL.pack(
            _LOCAL_SIGNATURE, _VERSION, flags, _DEFLATED, dos_time, dos_date, *sizes, 0
        )
        central.append(
            _CENTRAL.pack(
                _CENTRAL_SIGNATURE,
                _MADE_ON_UNIX | _VERSION,
                _VERSION,
                flags,
                _DEFLATED,
                dos_time,
                dos_date,
                *sizes,
                0,  # extra field
                0,  # comment
                0,  # disk
                0,  # internal attributes
                _FILE_MODE,
                offset,
            )
            + encoded
        )
        out += (local, encoded, part.deflated)
        offset += len(local) + len(encoded) + len(part.deflated)
        count += 1
    directory = b"".join(central)
    end = _END.pack(_END_SIGNATURE, 0, 0, count, count, len(directory), offset, 0)
    return b"".join(out) + directory + end


def _dos_now() -> tuple[int, int]:
    """The current local time in the zip format's (MS-DOS) form, as zipfile stamps parts."""
    year, month, day, hour, minute, second = time.localtime()[:6]
    year = max(year, 1980)
    return hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day
