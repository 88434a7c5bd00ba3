"""Candidate windows for the drift stages (cascade stages 5-6): the sentences of the BM25
passages, as 1-3 sentence windows of one speaker graded by cosine similarity, aligned to the
quote clause by clause (``align``), and the lexically closest window (``lexical_window``). It
finds windows and decides nothing: the verdict on a window is decide_drift.py's. Every vector
comes from ``archive.vectors`` (the archive's Encoder and its persistent cache): this module
holds no model and no cache of its own."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

import numpy as np

from .speakers import said_by
from ..text.fold import word_tokens

STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been being it its
    this that these those i you he she we they me him her us them my your his our their what which who
    whom whose there here so than then too very just also do does did has have had will would shall
    should can could may might must about into over under again more most such only own same s t
    don doesn isn aren wasn weren hasn haven hadn won wouldn shouldn couldn""".split()
)

@dataclass
class Window:
    doc: object
    lo: int
    hi: int  # sentence indexes, inclusive
    start: int
    end: int
    speaker: str | None
    cosine: float
    score: float

    @property
    def text(self) -> str:
        return self.doc.text[self.start : self.end]


def content_words(words: list[str]) -> list[str]:
    return [w for w in words if w not in STOPWORDS and len(w) > 1]


def find_windows(quote_text: str, words: list[str], archive, speaker: str | None, opts,
                 later_than=None) -> list[Window]:
    """Best-first aligned windows for a paraphrase of ``quote_text``."""
    return finish_windows(plan_windows(quote_text, words, archive, speaker, opts, later_than), archive, speaker, opts)


@dataclass
class WindowPlan:
    """Candidate windows ranked without a model call; ``texts`` are the ones to encode exactly.
    Split from ``finish_windows`` so that ``verify_claims`` can encode the texts of many
    claims in one batch (MiniLM on 2 CPU cores: ~110 texts/s one call at a time, ~190/s in
    batches of 64)."""
    q_vec: np.ndarray
    approx: list
    texts: list[str]


def centre_sentences(words: list[str], archive, opts, later_than=None,
                     speaker: str | None = None) -> list[tuple[object, int]]:
    """(doc, sentence index) of the candidate centres: the sentences of the top BM25 passages
    that the claimed speaker said (or that name no speaker), the ``drift_sentences`` of them
    that share most content words with the quote.

    Why only BM25 and no archive-wide embedding search: that search needed a vector for every
    sentence of the archive at ingest (issue 13: 1,010 speeches did not finish in 15 minutes).
    On dev, dropping it changed no verdict (the nearest passage shown for 3 not_found claims
    moved); back-translations still share enough rare words with their source for BM25.

    Why only the claimed speaker's sentences: drift is a paraphrase by the claimed speaker
    (``cascade._pick`` judges only their windows), so another speaker's sentence could only
    ever be shown as the nearest miss, and embedding it was most of the cost of a real
    quotation (issue 13: 500 news quotations against 1,010 speeches embedded ~66 sentences
    each, most of them other presidents'). Why a lexical cut: a paraphrase keeps some of its
    source's content words, so the sentences sharing none rank last by cosine as well; see
    ``drift_sentences`` for the measurement."""
    centres: dict[tuple[int, int], None] = {}
    for _, did, lo, hi in archive.search(content_words(words) or words, limit=opts.bm25_passages):
        for s in range(lo, hi):
            centres.setdefault((did, s))
    meta = []
    own: dict[str | None, bool] = {None: True}
    for did, s in centres:
        doc = archive.doc(did)
        if s >= len(doc.sentences) or (later_than and later_than(doc)):
            continue
        sp = doc.sentences[s].speaker
        if speaker:
            if sp not in own:
                own[sp] = said_by(speaker, sp)
            if not own[sp]:
                continue
        meta.append((doc, s))
    return _lexical_top(words, meta, opts.drift_sentences)


def _lexical_top(words: list[str], meta: list, keep: int) -> list:
    """The ``keep`` sentences of ``meta`` sharing most content-word stems with the quote, in
    BM25 order among equals (a stable sort): no model call."""
    if len(meta) <= keep:
        return meta
    q = _stems(words)
    shared = [len(q & _stems(word_tokens(t).words)) for t in sentence_texts(meta)]
    order = sorted(range(len(meta)), key=lambda i: -shared[i])[:keep]
    return [meta[i] for i in sorted(order)]


def sentence_texts(meta) -> list[str]:
    return [doc.text[doc.sentences[s].start : doc.sentences[s].end] for doc, s in meta]


def plan_windows(quote_text: str, words: list[str], archive, speaker: str | None, opts,
                 later_than=None, meta: list | None = None) -> "WindowPlan | None":
    """``meta``: the claim's ``centre_sentences`` when the caller has them already."""
    if meta is None:
        meta = centre_sentences(words, archive, opts, later_than, speaker)
    if not meta:
        return None  # nothing to compare with: the quote itself is not embedded either
    meta = list(meta)  # extended below with the windows' neighbour sentences
    q_vec = archive.vectors([quote_text])[0]
    svecs = archive.vectors(sentence_texts(meta))
    sims = svecs @ q_vec
    order = np.argsort(-sims)[: opts.drift_centres]
    cand = []
    seen = set()
    for o in order:
        doc, s = meta[int(o)]
        sp = doc.sentences[s].speaker
        for lo, hi in ((s, s), (s - 1, s), (s, s + 1), (s - 1, s + 1)):
            if lo < 0 or hi >= len(doc.sentences) or (doc.id, lo, hi) in seen:
                continue
            if any(doc.sentences[k].speaker != sp for k in range(lo, hi + 1)):
                continue  # a window never mixes a question with its answer
            seen.add((doc.id, lo, hi))
            cand.append((doc, lo, hi, sp))
    # Rank windows by the normalised sum of their sentence vectors (no model call), then
    # encode the best few exactly: the window's own embedding is what is graded.
    pos = {(m[0].id, m[1]): i for i, m in enumerate(meta)}
    extra = [(doc, k) for doc, lo, hi, _ in cand for k in range(lo, hi + 1) if (doc.id, k) not in pos]
    if extra:
        for (doc, k), v in zip(extra, archive.vectors(sentence_texts(extra))):
            pos[(doc.id, k)] = len(meta)
            meta.append((doc, k))
            svecs = np.vstack([svecs, v[None, :]])
    approx = []
    for doc, lo, hi, sp in cand:
        v = svecs[[pos[(doc.id, k)] for k in range(lo, hi + 1)]].sum(axis=0)
        v = v / (np.linalg.norm(v) or 1.0)
        bonus = opts.speaker_bonus if speaker and said_by(speaker, sp) else 0.0
        approx.append((float(v @ q_vec) + bonus, doc, lo, hi, sp))
    approx.sort(key=lambda x: -x[0])
    top = approx[: opts.exact_windows]
    wtexts = [doc.text[doc.sentences[lo].start : doc.sentences[hi].end] for _, doc, lo, hi, _ in top]
    return WindowPlan(q_vec, approx, wtexts)


def finish_windows(plan: "WindowPlan | None", archive, speaker: str | None, opts) -> list[Window]:
    """The plan's best windows graded by their own embedding (cached when prefetched)."""
    if plan is None:
        return []
    q_vec, approx = plan.q_vec, plan.approx
    top = approx[: opts.exact_windows]
    wsims = archive.vectors(plan.texts) @ q_vec if plan.texts else np.zeros(0, dtype=np.float32)
    out = []
    for (_, doc, lo, hi, sp), cos in zip(top, wsims):
        bonus = opts.speaker_bonus if speaker and said_by(speaker, sp) else 0.0
        a, b = doc.sentences[lo].start, doc.sentences[hi].end
        out.append(Window(doc, lo, hi, a, b, sp, float(cos), float(cos) + bonus))
    for sc, doc, lo, hi, sp in approx[opts.exact_windows :]:
        a, b = doc.sentences[lo].start, doc.sentences[hi].end
        out.append(Window(doc, lo, hi, a, b, sp, sc, sc - 1.0))  # approximate: ranked after exact
    out.sort(key=lambda w: -w.score)
    return out


_CLAUSE = re.compile(r"[,;:.!?\u2014\u2013]+[\"'\u201d\u2019)]*\s+|\s+-+\s+")


def _clauses(window: "Window") -> list[tuple[int, int]]:
    text = window.text
    out, cur = [], 0
    for m in _CLAUSE.finditer(text):
        out.append((cur, m.end()))
        cur = m.end()
    out.append((cur, len(text)))
    return [(a, b) for a, b in out if b > a] or [(0, len(text))]


@dataclass
class Alignment:
    region_words: list[str]
    region_start: int  # original offsets of the aligned region
    region_end: int
    pieces: int  # matching blocks of the quote found in order
    covered: bool  # every quote word found in the window, in order
    left_out: list[str]


def align(quote_words: list[str], window: Window, max_splice_gap: int) -> Alignment:
    """Align the quote's words to the window: the region from the first to the last shared
    content word, and whether the quote is the window with words left out (an unmarked
    omission or splice)."""
    toks = word_tokens(window.text)
    sw = toks.words
    sm = difflib.SequenceMatcher(None, quote_words, sw, autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size]
    content = [b for b in blocks if any(w not in STOPWORDS for w in quote_words[b.a : b.a + b.size])]
    use = content or blocks
    if not use:
        return Alignment(sw, window.start, window.end, 0, False, [])
    # The guard compares whole sentences: a region cut at the first shared word would drop the
    # "not" that opens "no patient data leaves the hospital" (a near miss on dev).
    # Clauses (split at , ; : and sentence ends) of the window, so that a clause the quote did
    # not paraphrase ("..., and we haven't found a second way of doing it yet") does not trip
    # the guard either.
    in_window = _clauses(window)
    used = set()
    for b in use:
        for k in range(b.b, b.b + b.size):
            if sw[k] in STOPWORDS:
                continue
            pos = toks.ostart(k)
            for si, (a, e) in enumerate(in_window):
                if a <= pos < e:
                    used.add(si)
    if not used:
        used = set(range(len(in_window)))
    ra, rb = in_window[min(used)][0], in_window[max(used)][1]
    j0 = next((k for k in range(len(sw)) if toks.ostart(k) >= ra), 0)
    j1 = next((k for k in range(len(sw) - 1, -1, -1) if toks.oend(k) <= rb), len(sw) - 1) + 1
    covered = sum(b.size for b in blocks) == len(quote_words) and len(blocks) >= 2
    left_out = []
    if covered:
        for x, y in zip(blocks, blocks[1:]):
            gap = sw[x.b + x.size : y.b]
            if gap:
                left_out.append(" ".join(gap))
            if len(gap) > max_splice_gap or y.a != x.a + x.size:
                covered = False
    start = window.start + ra
    end = window.start + rb
    return Alignment(sw[j0:j1], start, end, len(blocks), covered, left_out)


def _stems(words) -> set[str]:
    """Content-word stems. Negators are left out: polarity is the guard's business, and a
    quote's added "not" must not pull in a neighbouring sentence that happens to hold one."""
    from .guard import NEGATORS, _stem

    return {_stem(w) for w in words if w not in STOPWORDS and w not in NEGATORS and not w.endswith("n't") and len(w) > 1}


def sentence_context(doc, start: int, end: int) -> str:
    """The full sentences around [start, end): where a quote's negation may have been
    paraphrased into another clause of the same sentence."""
    a, b = start, end
    for s in doc.sentences:
        if s.start <= start < s.end:
            a = s.start
        if s.start < end <= s.end:
            b = s.end
    return doc.text[a:b]


def lexical_window(words: list[str], archive, speaker: str | None, opts, later_than=None) -> tuple[float, "Window | None"]:
    """The 1-2 sentence window of the top BM25 passages that holds the largest share of the
    quote's content words (stems), without any model call: (coverage, window)."""
    q = _stems(words)
    if not q:
        return 0.0, None
    best: tuple[float, Window | None] = (0.0, None)
    for _, did, lo, hi in archive.search(content_words(words) or words, limit=opts.lexical_passages):
        doc = archive.doc(did)
        if later_than and later_than(doc):
            continue
        stems = []
        for s in range(lo, min(hi, len(doc.sentences))):
            sent = doc.sentences[s]
            stems.append(_stems(word_tokens(doc.text[sent.start : sent.end]).words))
        for i in range(len(stems)):
            for j in (i, i + 1):
                if j >= len(stems):
                    continue
                a, b = lo + i, lo + j
                if doc.sentences[a].speaker != doc.sentences[b].speaker:
                    continue
                sp = doc.sentences[a].speaker
                if speaker and sp and not said_by(speaker, sp):
                    continue
                cov = len(q & (stems[i] | stems[j])) / len(q)
                if j > i:
                    cov -= 0.01  # prefer the single sentence on a tie
                if cov > best[0]:
                    st, en = doc.sentences[a].start, doc.sentences[b].end
                    best = (cov, Window(doc, a, b, st, en, sp, 0.0, cov))
    return best
