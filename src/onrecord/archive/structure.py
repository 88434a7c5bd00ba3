"""Who said what where inside a source: transcript turns and sentences, with offsets.

Contract section 4: in a transcript each turn starts a line with the speaker's name in
capitals or as written, then a colon (``MARA ELLISON: ...``, ``Q: ...``,
``Petra Lindholm: ...``). The speaker of a span is the turn's speaker, else the header's single
``Speaker``. Sentences never cross a turn boundary, so every sentence has one speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon.titles import HONORIFICS
from ..text.segment import sentences
from ..names import name_tokens, same_person

# A turn label in capitals: "TAMSIN WEXLEY:", "Q:", "DR. O'NEILL:", "MOON HA-EUN:".
# An interrupted speaker's turn resumes with its label glued to a dash ("THE PRESIDENT:\u2014they've
# launched ...", Miller Center transcripts).
_CAPS_LABEL = re.compile(r"^[ \t]*([A-Z][A-Z0-9 .'\u2019\-]{0,60}?)[ \t]*:(?:[ \t]+|(?=[\u2014\u2013]))", re.M)
# A turn label as written ("Petra Lindholm:"); accepted only when it names a header speaker,
# so "Note:" or "Update:" at a line start is not taken for a speaker.
_NAME_LABEL = re.compile(r"^[ \t]*([A-Z][\w'\u2019.\-]*(?:[ \t]+[A-Z][\w'\u2019.\-]*){0,4})[ \t]*:[ \t]+", re.M)

_PARA = re.compile(r"\n[ \t]*\n")


@dataclass
class Turn:
    start: int  # offset of the label
    end: int
    label: str
    speaker: str | None
    content_start: int


@dataclass
class SourceSentence:
    """A sentence of a source and who speaks it (its turn's speaker, else the header's Speaker):
    what verification reads to credit found words. Not attribute/layout.Sentence, an article's
    sentence for finding speakers (paragraph, tokens of the masked text, its quotations)."""

    start: int
    end: int
    speaker: str | None


_SALUTE = frozenset("sir sirs madam madame gentlemen ladies friends citizens fellow colleagues excellencies excellency all my".split())
# A crowd, or someone unnamed in it, interjects one line ("AUDIENCE: (Applause.)", "AUDIENCE
# MEMBER: Four more years!", "CROWD: USA!"); the speaker it interrupted goes on without a new
# label (Miller Center transcripts).
_CROWD = frozenset("audience crowd voice voices spectator spectators heckler protester protesters".split())


def _salutation(label: str) -> bool:
    """"SIR:", "GENTLEMEN OF THE CONGRESS:", "DEAR DOCTOR X:" open a letter or an address; "THE
    PRESIDENT:" is a speaker (a salutation names whom it addresses, never "the ...")."""
    toks = [t.strip(".,'").lower() for t in re.split(r"[\s\-]+", label) if t.strip(".,'")]
    if not toks or toks[0] == "the":
        return False
    if toks[0] == "dear":
        return True
    head = toks[:toks.index("of")] if "of" in toks else toks
    if len(head) < len(toks) and not any(t in _SALUTE for t in head):
        return False  # "SECRETARY OF STATE X:" is a speaker; "GENTLEMEN OF THE CONGRESS:" is whom a speech addresses
    return bool(head) and all(t in _SALUTE or t in HONORIFICS or t == "and" for t in head)


def _crowd(label: str) -> bool:
    return any(t.strip(".,'").lower() in _CROWD for t in label.split())


def _resolve(label: str, speakers: list[str]) -> str:
    """Map a turn label to the header's spelling of the name ("TAMSIN WEXLEY" -> "Tamsin
    Wexley"); an unknown label keeps a title-cased form ("MODERATOR" -> "Moderator")."""
    toks = label.lower().split()
    if len(speakers) == 1 and len(toks) == 2 and toks[0] == "the" and toks[1] in HONORIFICS:
        # "THE PRESIDENT:" in a one-speaker speech is its speaker; "THE VICE PRESIDENT:" is not
        return speakers[0]
    for s in speakers:
        if same_person(label, s):
            return s
    if label.isupper() and len(label) > 2:
        return " ".join(w.capitalize() for w in label.split())
    return label


def find_turns(text: str, body_offset: int, speakers: list[str]) -> list[Turn]:
    body = text[body_offset:]
    labels: list[tuple[int, int, str]] = []
    for m in _CAPS_LABEL.finditer(body):
        lab = m.group(1).strip()
        if any(c.isalpha() for c in lab) and lab.upper() == lab:
            labels.append((m.start(), m.end(), lab))
    if len(speakers) >= 2:
        for m in _NAME_LABEL.finditer(body):
            lab = m.group(1).strip()
            if lab.upper() != lab and any(same_person(lab, s) for s in speakers):
                labels.append((m.start(), m.end(), lab))
    # A salutation is not a speaker: "SIR:" opening paragraphs of a presidential letter
    # (Miller Center) made a one-speaker speech a "transcript" of someone called Sir.
    labels = [x for x in labels if not _salutation(x[2])]
    labels.sort()
    # One stray capitalised "NOTE:" in a speech is not a transcript: turns need a multi-speaker
    # header or at least two different labels.
    if len(speakers) < 2 and len({x[2] for x in labels}) < 2:
        return []
    return _turns(body, body_offset, labels, speakers)


def _turns(body: str, off: int, labels: list[tuple[int, int, str]], speakers: list[str]) -> list[Turn]:
    """A turn runs to the next label, except a crowd's interjection: it is one line, and the
    turn it interrupted (else the header's single speaker) resumes after it until the next
    label. Its words are the crowd's; the resumed words are the speaker's (Miller Center
    speeches: "AUDIENCE: (Applause.)", then the president's words without a label)."""
    turns: list[Turn] = []
    header = speakers[0] if len(speakers) == 1 else None
    resumed: tuple[str, str | None] = (header or "", header)
    for i, (s, e, lab) in enumerate(labels):
        end = labels[i + 1][0] if i + 1 < len(labels) else len(body)
        who = _resolve(lab, speakers)
        if not _crowd(lab):
            turns.append(Turn(off + s, off + end, lab, who, off + e))
            resumed = (lab, who)
            continue
        nl = body.find("\n", e, end)
        cut = nl if nl >= 0 else end
        turns.append(Turn(off + s, off + cut, lab, who, off + e))
        if body[cut:end].strip():
            turns.append(Turn(off + cut, off + end, resumed[0], resumed[1], off + cut))
    return turns


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans in text[start:end] (paragraph breaks always end a sentence), by the
    shared segmenter (text/segment.py)."""
    res = []
    for ps, pe in _split_keep(text, start, end, _PARA):
        for s, e in sentences(text, ps, pe):
            seg = text[s:e]
            ls = len(seg) - len(seg.lstrip())
            rs = len(seg.rstrip())
            if rs > ls:
                res.append((s + ls, s + rs))
    return res


def _split_keep(text: str, start: int, end: int, pat: re.Pattern[str]) -> list[tuple[int, int]]:
    spans = []
    cur = start
    for m in pat.finditer(text, start, end):
        spans.append((cur, m.start()))
        cur = m.end()
    spans.append((cur, end))
    return spans


def structure(text: str, body_offset: int, speakers: list[str]) -> tuple[list[Turn], list[SourceSentence]]:
    header_speaker = speakers[0] if len(speakers) == 1 else None
    turns = find_turns(text, body_offset, speakers)
    sents: list[SourceSentence] = []
    if turns:
        if turns[0].start > body_offset:  # preamble before the first turn
            for s, e in split_sentences(text, body_offset, turns[0].start):
                sents.append(SourceSentence(s, e, header_speaker))
        for t in turns:
            for s, e in split_sentences(text, t.content_start, t.end):
                sents.append(SourceSentence(s, e, t.speaker))
    else:
        for s, e in split_sentences(text, body_offset, len(text)):
            sents.append(SourceSentence(s, e, header_speaker))
    return turns, sents


def speaker_at(turns: list[Turn], pos: int, header_speaker: str | None) -> str | None:
    for t in turns:
        if t.start <= pos < t.end:
            return t.speaker
    return header_speaker
