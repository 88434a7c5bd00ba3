"""Headline-shaped lines inside an article: a speaker label before a colon, and a subheading
that quotes the words of the section below it (issue 11, round 14).

- A label: "Media caption Trump: “…”", "Obama to the killers: “…”", "Will: Nation “…” on X",
  "President Trump At CPAC: “…”". A short line (or the words after a caption's furniture)
  names the speaker, then a colon; no verb. The parse read "Media playback is unsupported on
  your device Media caption Trump:" as the subject of "is" ("Media playback").
- A subheading: "‘I Fear The Government’" alone on its line, then the section quotes a
  gun owner saying "I fear the government, and …": the line repeats words said below it, so it
  is that speaker's. It continued the speaker of the paragraph above it (round 13 counted
  4 fresh, 3 tune, 1 extension headline, caption and subheading errors).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable, Iterator

from ..lexicon.furniture import CAPTION_MEDIA
from ..lexicon.reporting import report_base
from ..lexicon.titles import TITLE_WORDS
from ..model import Quote
from ..thresholds.attribute import CONFIDENCE as C
from ..thresholds.layout import LABEL
from .cues import CAP_STOP
from .layout import Layout, Token
from .phrase import Part, Surface, _is_word, mention_phrase

# an adjunct after the label's name ("Obama to …", "Trump At CPAC", "May on Brexit")
_ADJUNCT = frozenset({"to", "at", "on", "in"})
_FRAME = " \t\"“”‘’'«»"
# a list item's bullet before a label ("- Rovers boss Owen X: “…”")
_BULLETS = frozenset({"-", "•", "*", "–"})


def label_colon(lay: Layout, left: list[Token], para: tuple[int, int]) -> Surface | None:
    """The speaker label of a headline-shaped line: NAME [to|at|on …]: [a few words] “…”."""
    colon = next((i for i in range(len(left) - 1, -1, -1) if left[i].text == ":"), None)
    if colon is None or len(left) - colon - 1 > LABEL.words_after_colon:
        return None
    between = left[colon + 1 :]
    if any(not _is_word(t) or report_base(t.lower) or t.text.islower() for t in between):
        return None  # "Nation" in "Will: Nation “…”" (title case), never a clause
    start = _label_start(left, colon)
    if start is None:
        return None
    if start < colon and left[start].text in _BULLETS and start == 0:
        start += 1  # "- Rovers boss Owen X: “…”", a bulleted list of managers' words
    caption = left[start - 1].lower == "caption" if start > 0 else lay.after_caption(left[0].start)
    if not caption and not short_line(lay, para):
        return _opening_label(lay, left, start, colon)
    label = left[start:colon]
    cut = next((i for i, t in enumerate(label) if i > 0 and t.lower in _ADJUNCT), len(label))
    label = label[:cut]
    if not label or any(not _is_word(t) or report_base(t.lower) for t in label):
        return None
    parts = mention_phrase(label)
    if not parts or len(parts) != 1 or parts[0].kind != "name":
        return None
    return Surface([Part("name", parts[0].text, parts[0].start)], None, "string: NAME: “…” (a speaker label)",
                   C.speaker_label)


def _opening_label(lay: Layout, left: list[Token], start: int, colon: int) -> Surface | None:
    """"Justice X: “…”" opening a paragraph of a transcript, "X on the sale: “…”", "X, a lawyer
    for Y: “…”": a name opening its sentence, then at most a topic or a role, then a colon right
    before the words, on a line of any length (round 15, lane narration: the unannotated corpus
    had such labels left null or to nobody because the sentence names someone else; the short
    line rule above needs a headline-shaped line). The name must be written elsewhere in the
    article, so that a heading word ("Example:", "Update:") names nobody."""
    if colon != len(left) - 1 or not _opens_sentence(lay, left[start].start):
        return None
    label = left[start:colon]
    cut = next((i for i, t in enumerate(label) if i > 0 and (t.lower in _ADJUNCT or t.lower == "about"
                                                             or t.text == ",")), len(label))
    name, rest = label[:cut], label[cut:]
    name, roled = _after_role(name)
    if not name or len([t for t in rest if _is_word(t)]) > LABEL.label_rest_words:
        return None
    if any(not _is_word(t) or not t.text[:1].isupper() or report_base(t.lower) for t in name) \
            or any(report_base(t.lower) for t in rest) or not _name_shaped(name):
        return None
    parts = mention_phrase(name)
    if not parts or len(parts) != 1 or parts[0].kind != "name" or not (roled or _written_elsewhere(lay, name[-1])):
        return None
    return Surface([Part("name", parts[0].text, parts[0].start)], None,
                   "string: NAME: “…” (a label opening its sentence)", C.speaker_label)


def _after_role(name: list[Token]) -> tuple[list[Token], bool]:
    """"Rovers boss Owen X", "City manager Petr Y": the name after a lower-case role word that
    only capitalised words (the club, the body) precede, and True; else ``name`` and False. The
    role says the label is a person's, so the name need not be written elsewhere (round 22, lane
    nulls6: BBC match reports list each manager's words so; fresh3 split, 2 left null)."""
    k = next((i for i, t in enumerate(name) if t.text.islower()), None)
    if k is None or k == 0 or name[k].lower not in TITLE_WORDS or len(name) - k - 1 < 2:
        return name, False
    if not all(_is_word(t) and t.text[:1].isupper() for t in name[:k]):
        return name, False
    return name[k + 1 :], True


def _name_shaped(name: list[Token]) -> bool:
    """No function word inside the name ("Dated But Relevant:") and no headline in capitals
    ("DEMS STORM OUT OF SYRIA MEETING WITH TRUMP:"; "AP:" and a video caption's "JUST WATCHED
    X:" are labels)."""
    if any(t.lower in CAP_STOP for t in name[1:]):
        return False
    return sum(1 for t in name if t.text.isupper() and len(t.text) > 3) < LABEL.label_capital_words


def _opens_sentence(lay: Layout, pos: int) -> bool:
    """Only spaces after a sentence end, a line break or the text's start before ``pos``."""
    before = lay.masked[max(0, pos - LABEL.line_chars) : pos].rstrip(" \t")
    if before[-1:] in _BULLETS:
        before = before[:-1].rstrip(" \t")  # a list item's bullet opens its line
    return not before or before[-1] in ".!?\n"


def _written_elsewhere(lay: Layout, tok: Token) -> bool:
    """The word ``tok`` written again, capitalised, outside its own place in the article."""
    word = tok.text.strip("’'")
    if len(word) < 2:
        return False
    for m in re.finditer(r"\b" + re.escape(word) + r"\b", lay.masked, re.I):
        if m.start() != tok.start and m.group(0)[:1].isupper():
            return True
    return False


def _label_start(left: list[Token], colon: int) -> int | None:
    """Where the label starts: after a caption's furniture, an earlier colon or an opening
    bracket, else at the line's start."""
    for i in range(colon - 1, -1, -1):
        t = left[i]
        if t.lower == "caption" and i > 0 and left[i - 1].lower in CAPTION_MEDIA:
            return i + 1
        if t.text in {":", "(", "[", "—", "–"}:
            return i + 1
        if t.text in {".", "!", "?", ";"}:
            return None  # a sentence ends in between: narration, no label
    return 0


def short_line(lay: Layout, para: tuple[int, int]) -> bool:
    """A paragraph of a few words with no sentence end outside its quotations: a headline,
    a link line, a subheading."""
    ps, pe = para
    if pe - ps > LABEL.line_chars:
        return False  # no copy of a long paragraph per quotation (issue 10: 2 MB one-line texts)
    masked = lay.masked[ps:pe].strip()
    if "\n" in masked:
        return False
    words = re.findall(r"\w+", lay.text[ps:pe])
    return len(words) <= LABEL.line_words and not re.search(r"[.!?]\W*$", masked.rstrip(_FRAME + ")"))


# Why a subheading's quotation is the speaker's whose words it repeats below: the reason of both
# rules that give it (speakers._subheadings for speech, echoes.echoed_fragments for an uncued
# scare, term or title), spelled once (round 37, lane tidy20).
SUBHEADING_ECHO = "a subheading repeating words said below it"


def subheading(lay: Layout, q: Quote, para: tuple[int, int]) -> bool:
    """A quotation on a short line of its own after the headline, its words not ending a
    sentence, and no reporting verb on the line: a subheading (“‘I Fear The Government’”)."""
    ps, pe = para
    if ps < lay.headline_end or q.text.rstrip(_FRAME)[-1:] in {".", "!", "?", ","}:
        return False
    if not short_line(lay, para):
        return False
    outside = re.findall(r"[a-z]+", lay.masked[ps:pe].lower())
    return not any(report_base(w) for w in outside)


def norm_words(s: str) -> str:
    """Lower-case words only: the key two quotations of the same words share."""
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"[^\w]+", " ", s).strip()


def said_below(lay: Layout, q: Quote, paras: int, min_words: int = LABEL.subheading_min_words) -> Quote | None:
    """The first attributed speech quotation within ``paras`` paragraphs after ``q`` whose
    words hold ``q``'s (a speaker or an unnamed speaker's description); one word only as a
    whole word ("neutral", not "neutrality")."""
    key = norm_words(q.text)
    if len(key.split()) < min_words:
        return None
    if " " not in key:
        if key.lower() in CAP_STOP:
            return None  # "Why", "Now": a word any sentence below may hold (review 18)
        key = f" {key} "
    return next((o for o in repeats_below(lay, q, paras, key) if o.speaker or o.speaker_description), None)


def repeats_below(lay: Layout, q: Quote, paras: int, key: str,
                  norm: Callable[[str], str] = norm_words) -> Iterator[Quote]:
    """The speech quotations after ``q``, opening within ``paras`` paragraphs of its own, whose
    words (``norm``ed, a space at each end) hold ``key``, in order: said_below's subheading said
    below and body_voice's body's words its spokesperson repeats."""
    k = lay.paragraph_index(q.start)
    if k is None:
        return
    until = lay.para_of_pos[min(len(lay.para_of_pos) - 1, k + paras)][1]
    for o in lay.quotes:
        if q.end < o.start < until and o.kind == "speech" and key in f" {norm(o.text)} ":
            yield o


def retype_speech(q: Quote, why: str) -> None:
    """``q`` becomes speech, its kind's reason ``why`` with the kind it had and that kind's
    first reason (a headline echo, a label's fragment, a link title's words: echoes,
    label_fragments, link_titles)."""
    q.kind_evidence = [f"{why} (was {q.kind}: {q.kind_evidence[0] if q.kind_evidence else ''})"]
    q.kind = "speech"


def take_speaker(q: Quote, o: Quote, why: str) -> None:
    """``q`` repeats ``o``'s words: ``o``'s speaker (or unnamed description), no cue of its own."""
    q.speaker, q.speakers, q.speaker_description = o.speaker, list(o.speakers), o.speaker_description
    q.cue = None
    q.confidence = round(min(C.headline_repeat_cap, o.confidence), 2) if o.speaker else 0.0
    q.attribution_evidence = [f"{why} at {o.start}"]
