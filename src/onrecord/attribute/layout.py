"""The shape of an article as attribution sees it: quotation interiors masked, paragraphs,
sentences, tokens, headline, byline author and whether it is a question-and-answer interview.

Masking matters: sentence splitting and name finding must not look inside quotations
(“Today I didn’t watch. I couldn’t.” is one unit of the frame, and a name inside a quotation is
not a mention of a speaker)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..lexicon.furniture import CAPTION_MEDIA
from ..lexicon.outlets import KNOWN, MEDIA_WORDS, WEB_ADDRESS_ENDINGS
from ..lexicon.places import is_place
from ..model import Quote
from ..text.mask import CLOSERS, mask_quotes  # noqa: F401  (CLOSERS: finder.py reads it from here)
from ..text.segment import sentences
from ..thresholds.layout import BLURB, CAPTION_CREDIT_MAX_CHARS, LABEL

CAPITAL_LINE_MAX_CHARS = LABEL.line_chars
_WORDS_RE = re.compile(r"\w+")
TOKEN_RE = re.compile(r"\w+(?:[’'\-‐.]\w+)*|[^\w\s]")
_WORD_START = re.compile(r"\w")
# A capitalised word glued by a full stop to the next sentence's capitalised word, where the
# copy lost the space ("said Holder.But law enforcement …", "Vanee M. Vines.The facial …",
# "on Fox News Sunday.But Graham stressed …"): TOKEN_RE reads one token, and "Holder.But",
# "Vines.The" and "Sunday.But Graham" became speakers' names (round 59, lane glued60: 51 of
# 3,139 unread corpus articles hold a glued stop; audit/glued60-scan.tsv). Not a web address
# ("HealthCare.Gov", "news.Harbour.com") nor initials ("J.K", "U.S"). Only after a capitalised
# word, and only the token: after a lower-case word ("permits.He") or as a sentence end, the
# split moved other readings both ways (round 59's write-up).
_GLUED_NAME_STOP = re.compile(r"[A-Z][\w’'\-]*?[A-Za-z](\.)(?!(?i:" + "|".join(WEB_ADDRESS_ENDINGS)
                              + r")\b)(?=[A-Z][a-z]\w*+(?!\.\w))")
_ANY_GLUED_STOP = re.compile(r"[A-Za-z]\.[A-Z][a-z]")
DATELINE_RE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ .,'’\-]{2,40}(?:,\s[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?)?\s(?:—|–|-)\s")
# A wire dateline with its agency in brackets: "Harlow, Nebraska (CNN) Ann X said …", "PORT
# ANSELM, Ohio (Reuters) - …". The city was read as a name, and the parse made it the subject
# of the first verb of saying (round 66, lane who70: a candidate's words went to "Columbia"
# and "El Paso" on fresh24 and fresh14). agency_dateline() checks the brackets hold an agency
# and the words before them a place, so "Senator Ana X (D) said" is never one.
_AGENCY_DATELINE_RE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][\w.'’\-]*(?:\s[A-ZÀ-Þ][\w.'’\-]*){0,3})"
    r"(?:,\s(?P<region>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}))?"
    r"\s\((?P<agency>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})\)\s*(?:[—–-]\s+)?")
BYLINE_RE = re.compile(
    r"^(?:By|BY)\s+([A-ZÀ-Þ][\w’'\-]+(?:\s+[A-ZÀ-Þ][\w’'\-]+){0,3})"
    r"|(?:editorial|commentary|opinion piece|column|essay|article)\s+by\s+"
    r"([A-ZÀ-Þ][\w’'\-]+(?:\s+[A-ZÀ-Þ][\w’'\-]+){0,3})",
    re.M,
)


def agency_dateline(para: str) -> re.Match[str] | None:
    """The bracketed-agency dateline opening ``para``, or None: an agency's name in the
    brackets, and before them a known place, a place in capitals or a city with its region."""
    d = _AGENCY_DATELINE_RE.match(para)
    if d is None:
        return None
    agency = d.group("agency").split()
    if not (set(agency) & KNOWN or agency[-1] in MEDIA_WORDS):
        return None
    place, region = d.group("place"), d.group("region")
    return d if place.isupper() or is_place(place) or region is not None and is_place(region) else None


class Token:
    """A word or punctuation mark of the masked text, with its offsets in the document. A plain
    class with slots, its lower-case form computed once: attribution builds one per word of
    every article and reads ``lower`` about twice per token (a dataclass and a property were a
    fifth of the layout's time on 500 BBC articles; issue 16)."""

    __slots__ = ("text", "start", "end", "lower")

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        self.start = start
        self.end = end
        self.lower = text.lower()

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        """The text opens on a word character (a word, not a mark)."""
        return _WORD_START.match(self.text) is not None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.text, self.start, self.end) == (other.text, other.start, other.end)

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass it replaced

    def __repr__(self) -> str:
        return f"Token(text={self.text!r}, start={self.start!r}, end={self.end!r})"


@dataclass
class Sentence:
    """A sentence of an article as attribution reads it: its paragraph, the tokens of the
    masked text and the quotations in it. Not archive/structure.SourceSentence, a source's
    sentence with the speaker verification credits it to."""

    start: int
    end: int
    para: int
    index: int
    tokens: list[Token] = field(default_factory=list)
    quotes: list[int] = field(default_factory=list)  # indexes into Layout.quotes
    # sorted token starts/ends and quotation starts/ends, built once on first use: finding a
    # quotation's neighbours by bisection keeps attribution linear on a 2 MB paragraph of one
    # "sentence" (the scans per quotation were quadratic: 300 KB took 11 s; issue 10)
    _bounds: tuple[list[int], list[int], list[int], list[int]] | None = field(default=None, repr=False)


@dataclass
class Layout:
    text: str
    masked: str  # quotation interiors blanked (terminal punctuation kept), same length
    quotes: list[Quote]
    sentences: list[Sentence]
    para_of_pos: list[tuple[int, int]]  # (start, end) of each paragraph
    headline_end: int
    author: str | None
    interview: bool
    quote_sentence: dict[int, int]  # quote index -> sentence index
    parse_text: str = ""  # text with link blurbs blanked (same length): what the parser reads
    # (lower-case words, capitalised inner words) of the article, built on first use by
    # mentions.common_words: asked for three times per article, the same answer each time
    common_words: tuple[set[str], set[str]] | None = field(default=None, repr=False)
    blurbs: list[tuple[int, int]] = field(default_factory=list)  # link_blurbs' spans, blanked in parse_text
    captions: list[tuple[int, int]] = field(default_factory=list)  # caption_furniture's spans, blanked in masked
    # the sentences' starts, built on first use by sentence_at
    sentence_starts: list[int] | None = field(default=None, repr=False, compare=False)

    def in_blurb(self, pos: int) -> bool:
        return any(lo <= pos < hi for lo, hi in self.blurbs)

    def after_caption(self, pos: int) -> bool:
        """A caption's blanked furniture ends right at ``pos``: a label's own sentence opens
        there ("… Media caption X: “…”", labels.label_colon)."""
        return any(hi == pos for _, hi in self.captions)

    def in_caption(self, si: int) -> bool:
        """Sentence ``si`` is a BBC caption's words, right after its blanked furniture. A caption
        stands beside the story: a quotation in it with no speaker of its own ("Inside the
        classroom: “…”") is nobody's from the paragraph above (once the furniture no longer stood
        as the subject, 3 of 173 corpus articles with captions gave such words the last speaker;
        round 26, lane audit10). Its subject stays an antecedent: skipping it lost "she" for the
        story's subject the caption names (4 wrong in the same articles)."""
        start = self.sentences[si].start
        return any(lo <= start and not self.masked[hi:start].strip() for lo, hi in self.captions)

    def capital_line(self, pos: int) -> tuple[int, int] | None:
        """The paragraph holding ``pos`` when it is a short line after the headline with no
        lower-case letter at all, of at least four words (a related-story line in capitals,
        capital_lines.py); else None. Its capitals are no names ("TRUMP ISSUES" became a
        speaker, "RUTH FENN" an entity's canonical name; round 29, lane layout12). The
        paragraph is found through the sentence (a bisection), never by a scan: mentions.py asks
        for every sentence that opens on a word in capitals ("I", "US")."""
        s = self.sentence_at(pos)
        if s is None:
            return None
        para = self.para_of_pos[s.para]
        if para[0] < self.headline_end or para[1] - para[0] > CAPITAL_LINE_MAX_CHARS:
            return None
        line = self.text[para[0] : para[1]]
        # any letter not a capital: lower case in any script ("é", Greek, Cyrillic), or a script
        # without case (round 29 review: a Greek quotation's paragraph named nobody)
        if "\n" in line.strip() or any(c.isalpha() and not c.isupper() for c in line) \
                or len(_WORDS_RE.findall(line)) < BLURB.capital_line_words or not self._words_outside_quotes(para):
            return None
        return para

    def _words_outside_quotes(self, para: tuple[int, int]) -> bool:
        """A word of the paragraph outside its quotations (the masked text keeps one "X" at each
        quotation's start): a paragraph that is only a quotation in capitals is a shout or a
        post set in capitals, not another story's headline, and its speaker is found as any
        other's (round 29 review: "“NO COLLUSION …!”" below "Trump lashed out on Twitter")."""
        starts = {q.start for q in self.quotes}
        return any(m.start() not in starts for m in _WORDS_RE.finditer(self.masked, para[0], para[1]))

    def paragraph_index(self, pos: int) -> int | None:
        """The index in ``para_of_pos`` of the paragraph holding ``pos``, or None (between
        paragraphs). One reading for labels.repeats_below and body_voice, which each wrote it."""
        return next((i for i, (a, b) in enumerate(self.para_of_pos) if a <= pos < b), None)

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence holding ``pos``, or None (between sentences, or outside them all)."""
        # the sentences are sorted, disjoint and never edited once laid out: a bisection of
        # their starts in C, the last one starting at or before ``pos`` (the same sentence as a
        # bisection in Python over the sentences; asked for every mention of every article, 29,294
        # times on the 500 BBC articles: 0.010-0.019 -> 0.006-0.007 s; round 61, lane speed62)
        if self.sentence_starts is None:
            self.sentence_starts = [s.start for s in self.sentences]
        k = bisect_right(self.sentence_starts, pos) - 1
        if k >= 0 and pos < self.sentences[k].end:
            return self.sentences[k]
        return None


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """The tokens of ``text`` (a sentence at ``offset`` in the document). TOKEN_RE glues a
    period only between word characters ("U.S", "Mr" then "."): a token never ends in one, so
    "Mr." keeps no period and a sentence-final "Hart." none either (the loop that trimmed such a
    period never fired; one comprehension, a third of the time; round 19, lane speed)."""
    toks = [Token(m.group(), offset + m.start(), offset + m.end()) for m in TOKEN_RE.finditer(text)]
    return _split_glued_names(toks) if _ANY_GLUED_STOP.search(text) else toks


def _split_glued_names(toks: list[Token]) -> list[Token]:
    """``toks`` with each capitalised word glued to the next sentence's first word
    (_GLUED_NAME_STOP) cut into the word, the period and the next word, as the spaced text
    tokenizes."""
    out: list[Token] = []
    for t in toks:
        g = _GLUED_NAME_STOP.match(t.text) if "." in t.text else None
        if not g:
            out.append(t)
            continue
        a, b = t.start + g.start(1), t.start + g.end(1)
        out += [Token(t.text[:g.start(1)], t.start, a), Token(".", a, b), Token(t.text[g.end(1):], b, t.end)]
    return out


def _split_paragraph(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of one paragraph of the masked text, by the shared segmenter (quotation
    interiors are blanked, so a quoted sentence end never splits its sentence); a stop glued to
    the next sentence ends one too (segment.GLUED_END)."""
    return sentences(masked, start, end, glued=True)


# BBC caption furniture opening a line: "Media playback is unsupported on your device Media
# caption On 5 May X said “…”", "Image copyright Getty Images Image caption The party's X said
# …". Read as part of the caption's sentence, the furniture ("Media playback", "Image
# copyright") was its subject and the caption's speaker was lost; its words were names too
# ("Getty", "Media"). Blanked like a link blurb: the caption's words are a sentence of their own.
_CAPTION_FURNITURE_RE = re.compile(
    r"(?m)^[ \t]*(?:Media playback is unsupported on your device\s+|Image copyright "
    f"[^\\n.!?]{{0,{CAPTION_CREDIT_MAX_CHARS}}}?" r"\s+)?"
    r"(?:" + "|".join(w.capitalize() for w in CAPTION_MEDIA) + r") caption +(?=[^\sa-z])")
# (the credit after "Image copyright" never crosses a sentence end, and the caption opens on no
# lower-case word: "Video caption contests are …" on a line of its own is prose; second review)


def caption_furniture(text: str) -> list[tuple[int, int]]:
    """Spans of BBC caption furniture, each up to the caption's first word."""
    return [m.span() for m in _CAPTION_FURNITURE_RE.finditer(text)] if " caption " in text else []


# The Hill's related-story tooltips flattened into the text: "Rep. Dan Newhouse Daniel (Dan)
# Milton NewhouseBipartisan group reveals … bill MORE (R-Wash.) told The Hill." — the full name
# glued to the first headline, then headlines up to "MORE". 5,247 such blurbs in the AllSides
# corpus; they made "Dan Newhouse Daniel" a name and hid the attribution from every pattern.
# (a blurb with no headlines glues "MORE" to the full name's last word: "Brad X Bradley (Brad)
# James XMORE said"; round 58, lane wrong58: fresh18, three quotations shown as "Brad X Bradley")
_MORE_RE = re.compile(r"(?:(?<=\S) |(?<=[a-z]))MORE\b(?! [A-Z]{2})")
_REPEAT_RE = re.compile(r"\b([A-Z][\w'’.-]{2,}) (?:[^\n]{0,60}? )?\1(?=[A-Z‘'\"“0-9])")
# some blurbs keep a space after the full name ("Paul Davis Ryan Retirees should …"); tried
# only when no glued repetition exists, since "Lisa Murkowski Lisa Ann Murkowski…" would
# otherwise cut after the first "Lisa"
_REPEAT_SPACED_RE = re.compile(r"\b([A-Z][\w'’.-]{2,}) (?:[^\n]{0,60}? )?\1(?= [A-Z])")
# a spaced blurb whose full name opens with the display name's first word again ("Paul X Paul
# Davis X Retirees should … MORE"): the repeated first word cut the name after it ("Paul";
# round 58, lane wrong58: fresh17); the display name's last word repeated after it ends it
_REPEAT_DISPLAY_RE = re.compile(r"\b([A-Z][\w'’.-]+) ([A-Z][\w'’.-]{2,}) \1 (?:[^\n]{0,40}? )?\2(?= [A-Z])")


def link_blurbs(text: str) -> list[tuple[int, int]]:
    """Spans of flattened link blurbs: from after the displayed name's last word to "MORE"."""
    out: list[tuple[int, int]] = []
    for m in _MORE_RE.finditer(text):
        lo = max(0, m.start() - 700, out[-1][1] if out else 0)
        # a glued "MORE" is the capital the glued repetition looks ahead to
        hi = m.start() if text[m.start()] == " " else m.end()
        r, cut = _REPEAT_RE.search(text, lo, hi), 1
        if r is None:
            r, cut = _REPEAT_DISPLAY_RE.search(text, lo, hi), 2
        if r is None:
            r, cut = _REPEAT_SPACED_RE.search(text, lo, hi), 1
        if r is not None and "\n" not in text[r.end(cut) : m.end()]:
            out.append((r.end(cut), m.end()))
    return out


def _blank(s: str, spans: list[tuple[int, int]]) -> str:
    chars = list(s)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def build_layout(text: str, quotes: list[Quote], headline: bool = True) -> Layout:
    """The layout of ``text``; ``headline=False`` when its first paragraph is not a headline (a
    JSON Lines record's headline is its title field: read/headline.py)."""
    quotes = sorted(quotes, key=lambda q: q.start)
    masked = mask_quotes(text, [(q.start, q.end) for q in quotes], sentence_shape=True)
    blurbs = link_blurbs(text) if "MORE" in text else []
    if blurbs:
        masked = _blank(masked, blurbs)
    captions = caption_furniture(masked)
    if captions:
        masked = _blank(masked, captions)
    # datelines ("PORT ANSELM — ") are not names
    chars = None
    paras: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", masked):
        ps, pe = m.start(), m.end()
        stripped = masked[ps:pe].lstrip()
        d = DATELINE_RE.match(stripped) or agency_dateline(stripped)
        if d:
            if chars is None:
                chars = list(masked)
            off = ps + (len(masked[ps:pe]) - len(stripped))
            for i in range(off, off + d.end()):
                chars[i] = " "
        paras.append((ps, pe))
    if chars is not None:
        masked = "".join(chars)
    sentences: list[Sentence] = []
    for pi, (ps, pe) in enumerate(paras):
        for ss, se in _split_paragraph(masked, ps, pe):
            lead = len(masked[ss:se]) - len(masked[ss:se].lstrip())
            ss += lead
            if ss >= se:
                continue
            sent = Sentence(ss, se, pi, len(sentences))
            sent.tokens = tokenize(masked[ss:se], ss)
            sentences.append(sent)
    headline_end = paras[0][1] if paras and headline else 0
    lay = Layout(text, masked, quotes, sentences, paras, headline_end, None, False, {},
                 _apostrophes(_blank(text, blurbs) if blurbs else text), blurbs=blurbs, captions=captions)
    for qi, q in enumerate(quotes):
        s = lay.sentence_at(q.start) or lay.sentence_at(max(0, q.start - 1))
        if s is not None:
            s.quotes.append(qi)
            lay.quote_sentence[qi] = s.index
    head = text[: paras[min(len(paras), 6) - 1][1]] if paras else ""
    m = BYLINE_RE.search(head)
    if m:
        lay.author = (m.group(1) or m.group(2)).strip()
    lay.interview = _is_interview(text, masked, paras)
    return lay


# An opening single quote typed for the apostrophe of a possessive ("The Resurgent‘s Erick X
# wrote"): the parser kept "Resurgent‘s" as one noun, heading the subject, and the outlet spoke
# (real-news tuning split fresh2, round 15). The parser reads a true apostrophe (same length).
_LEFT_QUOTE_POSSESSIVE_RE = re.compile(r"(?<=[A-Za-z])‘(?=s\b)")


def _apostrophes(text: str) -> str:
    return _LEFT_QUOTE_POSSESSIVE_RE.sub("’", text) if "‘s" in text else text


def _is_interview(text: str, masked: str, paras: list[tuple[int, int]]) -> bool:
    """Question-and-answer form: several short question paragraphs without quotation marks,
    each followed by an answer paragraph."""
    questions = 0
    for ps, pe in paras[1:]:
        p = masked[ps:pe].strip()
        if p.endswith("?") and len(p.split()) <= 30 and text[ps:pe] == masked[ps:pe]:
            questions += 1
    return questions >= 3
