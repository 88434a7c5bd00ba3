"""Text as it arrives in newsrooms: UTF-8 mostly, but also Windows-1252 and Latin-1 files from
older systems, UTF-16 exports from word processors, and UTF-8 that was once decoded wrongly
("MÃ©lanie", "donâ€™t": mojibake). Each is read, and said in one warning, rather than refused
(a Latin-1 transcript used to stop with "not valid UTF-8") or silently mangled (a mojibake name
became a speaker called "MÃ©lanie").

``decode_bytes`` is an ordered list of small rules; the first that applies decides. The text it
returns is the document: offsets index it, and a reader whose text is not the file's own UTF-8
must carry that text with its results (``Decoded.changed``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

from ..errors import BinaryInput, DecodeFailure

# Signatures of binary formats people pass by mistake, so the message can say what the file is
# (a PDF renamed .txt was the first case; "binary" alone did not tell the user what to do).
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF (give it a .pdf name)"),
    (b"\x1f\x8b", "gzip-compressed"),
    (b"PK\x03\x04", "a ZIP archive (a .docx/.odt?)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
)
# UTF-32 before UTF-16: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)
# The bytes where Windows-1252 and Latin-1 differ (printable in 1252, C1 controls in Latin-1):
# a file without any is Latin-1 as much as Windows-1252, and is named Latin-1.
_C1 = re.compile(rb"[\x80-\x9f]")
_NAMES = {"cp1252": "Windows-1252", "latin_1": "Latin-1 (ISO-8859-1)", "cp1250": "Windows-1250",
          "cp1251": "Windows-1251", "utf_16": "UTF-16", "utf_32": "UTF-32"}


@dataclass(frozen=True)
class Decoded:
    """The text of some bytes, the encoding it was read with, and one warning per thing that was
    not plain UTF-8 (another encoding; repaired mojibake)."""

    text: str
    encoding: str = "UTF-8"
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def changed(self) -> bool:
        """The text is not the file's bytes read as UTF-8 (offsets do not index the file)."""
        return bool(self.warnings)


def refuse_binary(data: bytes, path: str) -> None:
    """BinaryInput for a known binary signature or a NUL byte (every reader's first check)."""
    for sig, what in _SIGNATURES:
        if data.startswith(sig):
            raise BinaryInput(f"binary file ({what}), not text", path=path)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BinaryInput(f"binary file (NUL byte at byte offset {nul}), not text", path=path)


def _by_bom(data: bytes, path: str) -> Decoded | None:
    """UTF-16/32 with a byte-order mark (what Word's "Unicode text" saves). Checked before the
    binary test: every other byte of UTF-16 English text is NUL."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as e:
                raise DecodeFailure(f"not valid {name} (byte offset {e.start}: {e.reason})", path=path) from None
            return Decoded(text, name, (f"not UTF-8: read as {name} (byte-order mark)",))
    return None


def _as_utf8(data: bytes, path: str) -> Decoded | None:
    """Valid UTF-8, exactly as ``open(path, encoding="utf-8", newline="")`` reads it: no newline
    translation, a UTF-8 BOM kept as U+FEFF, so offsets match any other tool reading the file."""
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError:
        return None


def _detected(data: bytes, path: str) -> Decoded | None:
    """A legacy single-byte encoding, as charset-normalizer detects it. On a short text several
    code pages decode the same bytes equally cleanly, and it named Windows-1250 for a French
    quote and CP775 for English curly quotes; so Windows-1252, the Western newsroom default,
    wins whenever it reads the bytes with no more mess than the detected one (a Russian,
    Greek or Polish text reads as gibberish in 1252 and keeps its detected code page)."""
    import charset_normalizer
    from charset_normalizer.md import mess_ratio

    best = charset_normalizer.from_bytes(data).best()
    codec = best.encoding if best is not None else None
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and (best is None or mess_ratio(western, 1.0) <= best.chaos):
        codec = "cp1252" if _C1.search(data) else "latin_1"
    if codec is None:
        return None
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    name = _NAMES.get(codec) or (f"Windows-{codec[2:]}" if re.fullmatch(r"cp125\d", codec) else codec.replace("_", "-").upper())
    return Decoded(text, name, (f"not UTF-8: read as {name} (detected)",))


_RULES: tuple[Callable[[bytes, str], Decoded | None], ...] = (_by_bom, _as_utf8, _detected)


def decode_bytes(data: bytes, path: str) -> Decoded:
    """The text of a file's bytes (see the module doc), mojibake repaired; BinaryInput for a
    binary file, DecodeFailure when no encoding fits."""
    for rule in _RULES:
        if rule is _as_utf8:
            refuse_binary(data, path)  # after the BOM rule, before any guessing
        decoded = rule(data, path)
        if decoded is not None:
            return repair_mojibake(decoded)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise DecodeFailure(
            f"not valid UTF-8 (byte offset {e.start}: {e.reason}) and no other encoding fits; "
            "re-save the file as UTF-8", path=path,
        ) from None
    raise DecodeFailure("no encoding fits; re-save the file as UTF-8", path=path)  # pragma: no cover


# A C1 control character that is not the tail of a mis-decoded UTF-8 sequence (a lead byte read
# as "Â".."ô", then up to two continuation bytes read as Windows-1252, "â€\x9d" for "”") is the
# text's own: a raw U+0085 inside a JSON string was the case, and ftfy would turn it into "…".
_LEAD = "[\u00c2-\u00f4]"
_CONT = "[\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d" \
        "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
_OWN_C1 = re.compile(f"((?<!{_LEAD})(?<!{_LEAD}{_CONT})(?<!{_LEAD}{_CONT}{_CONT})[\u0080-\u009f])")


def _fixer() -> Any:
    """ftfy's encoding fixer alone: quotes, dashes, line breaks, ligatures, widths, HTML entities
    and normalisation are the article's own characters and are left as they are."""
    from ftfy import TextFixerConfig

    return TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_c1_controls=False, fix_latin_ligatures=False,
        fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=False,
        remove_control_chars=False, normalization=None, explain=False,
    )


# ftfy fixes only a segment its mojibake test (ftfy.badness.BADNESS_RE) finds bad, and returns
# any other unchanged. Every match of that test holds a non-ASCII character and is at most
# BADNESS_RE's longest match wide (7 characters in ftfy 6.3.1, read from the pattern), so the
# test needs running only on short windows around the non-ASCII characters: on the generated
# 20 MB paragraph of issue 10 (curly quotes only) the whole-text test was ~6 s of the command.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ANY_C1 = re.compile("[\u0080-\u009f]")
# ftfy's one anchored alternative ("^[ÃÂ][ ]"), tried everywhere: ftfy's segments start at
# every line break and every ``max_decode_length`` characters, not only where a window does.
_ANCHORED = re.compile("[\u00c2\u00c3] ")


def _badness_reach() -> int | None:
    """Characters either side of a non-ASCII one that a BADNESS_RE match can span, or None
    when the pattern's width is unbounded (then every text goes to ftfy whole)."""
    from ftfy.badness import BADNESS_RE

    try:
        from re import _parser as parser  # type: ignore[attr-defined]  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse as parser  # type: ignore[no-redef]
    widest = parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags).getwidth()[1]
    return widest if widest < 100 else None


def _may_hold_mojibake(text: str, reach: int | None) -> bool:
    """False only when ftfy's mojibake test cannot match in any segment of ``text`` (so its
    fixer would return the text unchanged); True when it might."""
    from ftfy.badness import BADNESS_RE

    if reach is None:
        return True
    start = end = -1
    for m in _NON_ASCII.finditer(text):
        a, b = max(m.start() - reach, 0), m.end() + reach
        if a > end >= 0 and _bad_window(text[start:end], BADNESS_RE):
            return True
        if a > end:
            start = a
        end = b
    return end >= 0 and _bad_window(text[start:end], BADNESS_RE)


def _bad_window(window: str, badness: Any) -> bool:
    return bool(badness.search(window) or _ANCHORED.search(window))


def repair_mojibake(decoded: Decoded) -> Decoded:
    """UTF-8 that was once read as Windows-1252 ("MÃ©lanie", "donâ€™t"), repaired with ftfy's
    encoding fixer (``_fixer``), with a warning showing the first repair. A part where ftfy's
    mojibake test cannot match (``_may_hold_mojibake``) is kept without calling ftfy."""
    from ftfy import fix_text

    cfg, reach = _fixer(), _badness_reach()
    # odd items: the text's own C1 characters, kept
    parts = _OWN_C1.split(decoded.text) if _ANY_C1.search(decoded.text) else [decoded.text]
    fixed = "".join(p if i % 2 or not _may_hold_mojibake(p, reach) else fix_text(p, cfg)
                    for i, p in enumerate(parts))
    if fixed == decoded.text:
        return decoded
    before, after = _first_change(decoded.text, fixed)
    warning = f"repaired mis-decoded characters (mojibake), e.g. “{before}” → “{after}”"
    return Decoded(fixed, decoded.encoding, (*decoded.warnings, warning))


def _first_change(old: str, new: str) -> tuple[str, str]:
    """The first word that differs, old and new, for the warning."""
    for a, b in zip(old.split(), new.split()):
        if a != b:
            return a, b
    return old[:20], new[:20]
