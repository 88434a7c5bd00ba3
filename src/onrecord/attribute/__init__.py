"""Attribution: say who said each quotation, by full canonical name.

``attribute_results(results, options)`` fills speaker, speakers, speaker_description, cue,
confidence and attribution_evidence of every ``speech`` quote in place. Stages:

1. layout.py    paragraphs, sentences and tokens with quotation interiors masked;
2. mentions.py  names in the whole article (string layer), clustered into entities with roles;
3. finder.py    the cue and the speaker's surface words: string patterns next to the quote;
   parse_finder.py  the dependency parse (spaCy, only those sentences, batched) for the rest;
4. resolve.py   surface -> entity: names, pronouns, descriptions, first person, documents;
                quotations without a cue continue the previous speaker.
"""

from __future__ import annotations

import os
import re
import unicodedata
from bisect import bisect_right
from typing import Any

from ..model import ExtractResult, Quote
from ..thresholds.attribute import CONFIDENCE as C, AttributeOptions
from ..lexicon.reporting import PHRASE_RE, REPORT_FORMS, report_base
from .cues import DOCUMENT_NOUNS, PRONOUNS
from .finder import Surface, find_string
from .parse_finder import find_parse
from ..read.headline import opens_with_headline
from .layout import Layout, build_layout
from .entities import Entities, Entity
from .mentions import collect_roles, find_mentions
from .nlp import get_nlp, parse_iter
from . import pieces
from .workers import attribute_in_workers, can_fork
from .resolve import Resolver
from .ranker import rerank

__all__ = ["attribute_results"]


def _opts(options: Any) -> AttributeOptions:
    if options is None:
        return AttributeOptions()
    if isinstance(options, AttributeOptions):
        return options
    return getattr(options, "attribute", AttributeOptions())


class _Article:
    def __init__(self, result: ExtractResult):
        self.result = result
        # a piece after the first of a long document (pieces.py) opens mid-text: no headline
        self.continued = bool(result.stats.get(pieces.CONTINUED))
        self.lay: Layout = build_layout(result.document.text, result.quotes,
                                        headline=opens_with_headline(result.document) and not self.continued)
        mentions = find_mentions(self.lay)
        collect_roles(self.lay, mentions)
        self.ents = Entities(self.lay, mentions)
        self.surfaces: dict[int, Surface] = {}


def attribute_results(results: list[ExtractResult], options: Any = None, *, workers: int = 1) -> None:
    """Attribute every speech quotation of ``results`` in place. With ``workers`` > 1 many
    articles (or a long document's pieces) are shared between forked processes (workers.py),
    each with the model inherited; the default stays in this process, for callers that run
    their own pool (`onrecord mine`, Spark executors). `onrecord extract`/`check` pass
    ``AttributeOptions.workers``."""
    opt = _opts(options)
    units, cut_up = pieces.split(results, opt)  # a very long document: in pieces
    n = min(workers, os.cpu_count() or 1)
    if n > 1 and (cut_up or len(units) >= opt.parallel_min_articles) and can_fork():
        get_nlp()  # loaded once, before the fork: every worker inherits it
        attribute_in_workers(units, opt, n, _attribute_here)
    else:
        _attribute_here(units, opt)
    pieces.join(cut_up)


def _attribute_here(results: list[ExtractResult], opt: AttributeOptions) -> None:
    """In groups of about ``group_chars`` characters: one group's layouts alive at a time."""
    group: list[ExtractResult] = []
    size = 0
    for r in results:
        group.append(r)
        size += len(r.document.text)
        if size >= opt.group_chars:
            _attribute_group(group, opt)
            group, size = [], 0
    if group:
        _attribute_group(group, opt)


def _attribute_group(results: list[ExtractResult], opt: AttributeOptions) -> list[_Article]:
    arts = [_Article(r) for r in results]
    for a in arts:
        a.result.stats["attribution_parsed_sentences"] = 0
        a.result.stats["attribution_parsed_chars"] = 0
    jobs: list[tuple[_Article, int, int]] = []
    for a in arts:
        for qi, q in enumerate(a.lay.quotes):
            _clear(q)
            if q.kind != "speech":
                continue
            si = a.lay.quote_sentence.get(qi)
            if q.end > q.start and not a.lay.parse_text[q.start : q.end].strip():
                # a headline quoted inside a flattened link blurb (layout.link_blurbs)
                a.surfaces[qi] = Surface([], None, "inside a related-story link blurb", C.nobody)
                continue
            why = _not_words_of_anyone(a.lay, q)
            if why:
                a.surfaces[qi] = Surface([], None, why, C.nobody)
                continue
            if si is None:
                a.surfaces[qi] = Surface([], None, "quotation outside any sentence", C.uncued_continuation, continuation=True)
                continue
            s = find_string(a.lay, a.lay.sentences[si], qi)
            a.surfaces[qi] = s
            if s.needs_parse:
                jobs.append((a, qi, si))
    _parse_jobs(jobs, opt)
    for a in arts:
        _resolve_article(a, opt)
        if opt.use_ranker:
            # the learned ranker reviews the cascade's speakers (ranker.py, issue 11)
            rerank(a.lay, a.ents.entities)
    return arts


def _parse_jobs(jobs: list[tuple[_Article, int, int]], opt: AttributeOptions) -> None:
    """Parse the sentences the string patterns could not settle, each sentence once however
    many quotations it holds, streamed through nlp.pipe so that only one batch of Docs is alive
    at a time. Beyond the article's parse budget (or for a sentence too long to parse) the
    string result stands: the quotation continues the previous speaker, and the article's
    stats say how many sentences went unparsed (the CLI prints one line for it)."""
    spent: dict[int, int] = {}  # characters parsed per article
    todo: dict[tuple[int, int], tuple[_Article, int, list[int]]] = {}  # (article, sentence) -> quotes
    skipped: set[tuple[int, int]] = set()
    for a, qi, si in jobs:
        key = (id(a), si)
        if key in todo:
            todo[key][2].append(qi)
            continue
        sent = a.lay.sentences[si]
        size = sent.end - sent.start
        budget = a.result.stats.get(pieces.BUDGET, opt.parse_budget_chars)  # a piece: its share
        if key in skipped or size > opt.parse_max_sentence_chars or spent.get(id(a), 0) + size > budget:
            # the string rules' answer for a sentence without a cue they read: the previous
            # speaker, at the confidence of a quotation outside any sentence
            a.surfaces[qi].how = "not parsed (over the parse budget, or too long a sentence): string patterns only"
            a.surfaces[qi].confidence = 0.5
            if key not in skipped:
                skipped.add(key)
                stats = a.result.stats
                stats["attribution_unparsed_sentences"] = stats.get("attribution_unparsed_sentences", 0) + 1
            continue
        spent[id(a)] = spent.get(id(a), 0) + size
        todo[key] = (a, si, [qi])
    texts = (a.lay.parse_text[a.lay.sentences[si].start : a.lay.sentences[si].end] for a, si, _ in todo.values())
    for (a, si, qis), doc in zip(todo.values(), parse_iter(texts, batch_size=opt.batch_size)):
        a.result.stats["attribution_parsed_sentences"] += 1
        a.result.stats["attribution_parsed_chars"] += a.lay.sentences[si].end - a.lay.sentences[si].start
        for qi in qis:
            a.surfaces[qi] = find_parse(a.lay, a.lay.sentences[si], qi, doc)


_REPORT_WORDS = frozenset(REPORT_FORMS)  # one set test per sentence, not a call per token
# the document nouns as whole runs of letters: the same set as splitting each sentence into
# runs of [a-z] and intersecting, without a list of every word of every sentence
_DOC_WORD_RE = re.compile(r"(?<![a-z])(?:" + "|".join(sorted(
    (w for w in DOCUMENT_NOUNS if re.fullmatch(r"[a-z]+", w)), key=len, reverse=True)) + r")(?![a-z])")
_SMALL = frozenset("the of and a an in on for to at with by or but from is".split())
_TITLE_BEFORE_RE = re.compile(r"\b(?:on|in|at|to|from|with|during|of)\s+(?:[A-Z][\w.&-]*(?:’s?|'s?)?\s+){0,3}$")


def _not_words_of_anyone(lay: Layout, q: Quote) -> str | None:
    """Quotations typed as speech that name a work or head a section, not anyone's words:
    - a short Title Case quotation after a preposition (and an outlet): `said on CBS’s “Face
      the Nation.”`, `in an interview on “Meet the Press”` (the cue of the sentence gave the
      programme's title to the guest);
    - a short all-capital quotation alone in its paragraph: a subheading (`“IN MY GRILLE”` took
      the subject of the paragraph before)."""
    words = re.findall(r"[\w’'-]+", q.text)
    if not words or len(words) > 8:
        return None
    ps, pe = _para_span(lay, q.start, q.end)
    alone = _alone_in(lay.text, ps, pe, q.text.strip())
    letters = [c for c in q.text if c.isalpha()]
    if alone and len(words) <= 6 and letters and all(c.isupper() for c in letters):
        return "an all-capital line alone in its paragraph: a subheading"
    if len(words) <= 6 and words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in _SMALL for w in words) \
            and not re.search(r"[!?]", q.text) and _TITLE_BEFORE_RE.search(lay.text, max(0, q.start - 60), max(0, q.start - 1)):
        return "a Title Case name after a preposition: a programme or work, not words"
    return None


def _para_span(lay: Layout, start: int, end: int) -> tuple[int, int]:
    """The paragraph holding ``start``, by bisection (a walk over every paragraph per quote is
    quadratic on a long document; issue 10)."""
    k = bisect_right(lay.para_of_pos, (start, 1 << 62)) - 1
    if k >= 0 and lay.para_of_pos[k][0] <= start < lay.para_of_pos[k][1]:
        return lay.para_of_pos[k]
    return start, end


_FRAME_CHARS = " \t\"“”‘’'«»"


def _alone_in(text: str, ps: int, pe: int, words: str) -> bool:
    """``text[ps:pe].strip(_FRAME_CHARS) == words``, without copying the paragraph: stripping
    a 2 MB one-line paragraph once per quotation made attribution quadratic (issue 10)."""
    while ps < pe and text[ps] in _FRAME_CHARS:
        ps += 1
    while pe > ps and text[pe - 1] in _FRAME_CHARS:
        pe -= 1
    return pe - ps == len(words) and text.startswith(words, ps)


def _named_inside(e: Entity, q: Quote) -> bool:
    return any(q.start <= m.start and m.end <= q.end for m in e.mentions)


def _clear(q: Quote) -> None:
    q.speaker = None
    q.speakers = []
    q.speaker_description = None
    q.cue = None
    q.confidence = 0.0
    q.attribution_evidence = []


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"[^\w]+", " ", s).strip()


def _resolve_article(a: _Article, opt: AttributeOptions) -> None:
    lay, res = a.lay, Resolver(a.lay, a.ents, opt)
    last: tuple[list[Entity | str], str | None, int, int] | None = None  # speakers, cue, sentence, para
    head_quotes: list[int] = []
    for s in lay.sentences:
        sent_speakers: list[Entity] = []
        for qi in s.quotes:
            q = lay.quotes[qi]
            if q.kind != "speech":
                continue
            if s.para == 0 and len(lay.para_of_pos) > 1 and not a.continued:
                head_quotes.append(qi)
                continue
            surf = a.surfaces.get(qi) or Surface([], None, "", C.uncued_continuation, continuation=True)
            ev: list[str] = []
            found: list[Entity | str] = []
            cue = surf.cue
            conf = surf.confidence
            if not surf.continuation:
                for part in surf.parts:
                    ent, why = res.resolve_part(part, part.start, s.index)
                    ev.append(why)
                    if part.kind != "name" and isinstance(ent, Entity) and _named_inside(ent, q):
                        # "“Raul Castro and his advisers are in their 80s,” the senior aide told
                        # Fox News": a description or pronoun never resolves to someone the
                        # words themselves talk about (real-news tuning split)
                        ev.append(f"{ent.canonical} is named inside the quotation: not its speaker")
                        continue
                    if isinstance(ent, list):
                        found.extend(ent)  # "they" -> joint speakers
                    elif ent is not None:
                        found.append(ent)
                ev.insert(0, surf.how)
                if not found:
                    conf = min(conf, C.unresolved_surface)
            if not surf.continuation and not surf.parts and not surf.needs_parse:
                _fill(q, [], cue, C.nobody, [surf.how], opt, surf)  # impersonal: nobody named
                continue
            if not surf.continuation and not found and surf.outer is not None:
                for part in surf.outer.parts:
                    ent, why = res.resolve_part(part, part.start, s.index)
                    ev.append(why)
                    if ent is not None:
                        found.append(ent)
                if found:
                    ev.insert(1, surf.outer.how)
                    cue, conf = surf.outer.cue, surf.outer.confidence
            if not surf.continuation and not found and surf.parts and all(
                    p.kind in {"desc", "doc"} for p in surf.parts):
                # "a prominent local leader said …" names someone the article never names:
                # null with the description, never the previous speaker
                _fill(q, [], cue, C.nobody, ev, opt, surf)
                q.speaker_description = surf.parts[0].text
                continue
            credit = _credit_line(res, lay, s) if surf.continuation or not found else None
            if credit is not None:
                found, cue, conf = [credit], None, C.credit_line_sentence
                ev.append(f"credit line after the quotation: {credit.canonical}")
            elif surf.continuation or not found:
                found, cue2, why, conf2 = _continuation(res, lay, s.index, qi, last, opt)
                ev.append(why)
                pron = next((p.text.lower() for p in surf.parts if p.kind == "pronoun"), None)
                if pron in {"he", "she"} and found:
                    # "Elite Navy SEALs led the raid. “…,” he said": an unresolved "he" does not
                    # fall back to a previous subject that "he" cannot be
                    kept = [e for e in found if not isinstance(e, Entity) or res._compatible(e, PRONOUNS[pron])]
                    if len(kept) < len(found):
                        ev.append(f"not '{pron}': " + ", ".join(e.canonical for e in found if e not in kept))
                    found = kept
                if surf.continuation:
                    cue = cue2
                conf = conf2 if surf.continuation else min(conf, conf2)
            cue = _phrase_cue(lay, q) or cue
            _fill(q, found, cue, conf, ev, opt, surf)
            if not found and ev and ev[-1].startswith("continues the unnamed speaker"):
                q.speaker_description = res.unnamed_description
            if found:
                last = (found, cue if not surf.continuation else last[1] if last else None, s.index, s.para)
                if surf.continuation and last is not None:
                    last = (found, cue, s.index, s.para)
                sent_speakers.extend(e for e in found if isinstance(e, Entity))
        if sent_speakers:
            res.subj[s.index] = sent_speakers
        else:
            res.subj[s.index] = res.leading_subject(s.index)
            if not _REPORT_WORDS.isdisjoint([t.lower for t in s.tokens]):  # a reporting verb in it
                for e in res.subj[s.index]:
                    if len(e.canonical.split()) >= 2:
                        e.spoke = True  # "X Y said the vote was close.": a person (or an organisation)
        res.learn_gender(s.index)
        docs = set(_DOC_WORD_RE.findall(lay.masked[s.start : s.end].lower()))
        if not docs:
            continue  # no document named: nobody's memo or letter to record (most sentences)
        if res.subj.get(s.index) and all(e.substantial() for e in res.subj[s.index]):
            res.last_doc_speakers = list(res.subj[s.index])
            for w in docs:
                # "In the memo, … X wrote" … "The memo ended with": the memo is X's even if a
                # statement by someone else came in between ("said the memo's tone" is not)
                if re.search(r"\bin (?:a|an|the|its|his|her|their)\s(?:[\w-]+\s){0,2}" + w + r"\b",
                             lay.masked[s.start : s.end], re.I):
                    res.doc_speakers[w] = list(res.subj[s.index])
        _document_authors(res, lay, s.index)
    _headline(a, res, head_quotes, opt)


_AUTHOR_RE = re.compile(
    r"\b(" + "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True)) + r")\b[^.;:]{0,80}?\b"
    r"(?:written\s+by|authored\s+by|signed\s+by|by|from)\s+(?:its\s+author,?\s+)?", re.I)


def _document_authors(res: Resolver, lay: Layout, si: int) -> None:
    """A document and its author in one sentence ("The memo doubled as a resignation letter by
    its author, Dimitrios X", "a letter from Senator Y"): later "the memo says" is the author's
    (real-news tuning split: five quotations of a memo were credited to the office it named)."""
    s = lay.sentences[si]
    text = lay.masked[s.start : s.end]
    for m in _AUTHOR_RE.finditer(text):
        at = s.start + m.end()
        author = next((x.entity for x in res.by_sentence.get(si, [])
                       if x.entity is not None and at <= x.start <= at + 2), None)
        if author is not None and author.substantial():
            for w in re.findall(r"[a-z]+", text[: m.end()].lower()):
                if w in DOCUMENT_NOUNS:
                    res.doc_speakers.setdefault(w, [author])


def _continuation(res: Resolver, lay: Layout, si: int, qi: int, last: Any,
                  opt: AttributeOptions) -> tuple[list[Any], str | None, str, float]:
    """A quotation without a cue of its own: the previous sentence's speaker or subject."""
    s = lay.sentences[si]
    intro_cue = None
    if si > 0:
        p = lay.sentences[si - 1]
        intro_cue = _intro_cue(lay, p)
        if p.para >= s.para - opt.continuation_paragraphs and p.para > 0:
            said = [j for j in p.quotes if lay.quotes[j].kind == "speech"]
            if said and not lay.quotes[said[-1]].speaker and lay.quotes[said[-1]].speaker_description:
                # “…,” said the Sale player. “…”: the words go on in an unnamed voice; an older
                # named speaker took them (real-news tuning split)
                res.unnamed_description = lay.quotes[said[-1]].speaker_description
                return [], None, "continues the unnamed speaker of the previous sentence", C.nobody
            prev_q = [j for j in said if lay.quotes[j].speaker]
            if prev_q:
                pq = lay.quotes[prev_q[-1]]
                ents = [x for x in _entities_of(res, pq)]
                # “…,” she said. “…” carries the same cue; a new paragraph, or a partial quote
                # inside reported speech ("she called it “…”. “…”"), does not
                # (the previous quotation's cue stands after it: “…,” X, a senator, said Monday.)
                carried = bool(pq.cue) and (pq.cue in lay.text[pq.end : p.end] or bool(
                    pq.attribution_evidence and pq.attribution_evidence[0].startswith("continues the speaker")))
                cue = pq.cue if p.para == s.para and pq.cue and carried else None
                return ents, cue, "continues the speaker of the previous sentence", C.continues_previous_speaker
            subj = [e for e in res.subj.get(si - 1) or [] if e.substantial()]
            if subj:
                return list(subj), intro_cue, "continues the subject of the previous sentence", C.continues_previous_subject
    if last is not None and last[3] >= s.para - opt.continuation_paragraphs:
        return list(last[0]), intro_cue, "continues the last speaker", C.continues_last_speaker
    if last is not None:
        return list(last[0]), None, "last speaker of the article (weak)", C.last_speaker_far
    return [], None, "no speaker found", C.nobody


_PHRASE_BEFORE = re.compile(r"(?:in (?:his|her|their|its) (?:own )?words|as (?:he|she|they|it) put it|"
                            r"with the caption)\s*[,:]?\s*$", re.I)


def _phrase_cue(lay: Layout, q: Quote) -> str | None:
    """A reporting phrase right before the opening mark is the cue as written ("…, in his
    words, “…”", "as she put it, “…”", "with the caption “…”")."""
    m = _PHRASE_BEFORE.search(lay.text, max(0, q.start - 60), max(0, q.start - 1))
    if m is None:
        return None
    return re.sub(r"[\s,:]+$", "", m.group())


_CREDIT_RE = re.compile(r"^[A-ZÀ-Þ][\w.’'\-]+(?: [A-ZÀ-Þ][\w.’'\-]+){1,3}, (?:The )?[A-ZÀ-Þ][\w.&’'\- ]{1,40}$")


def _credit_line(res: Resolver, lay: Layout, s: Any) -> Entity | None:
    """Round-ups print a quotation, then its author and outlet on a line of their own
    ("Joe Lockhart, CNN"): that line credits every quotation of the paragraph above it."""
    if s.para + 1 >= len(lay.para_of_pos):
        return None
    nxt_start, nxt_end = lay.para_of_pos[s.para + 1]
    line = lay.text[nxt_start:nxt_end].strip()
    if "\n" in line or not _CREDIT_RE.match(line):
        return None
    name = line.split(",")[0].strip()
    e = res.ents.entity_for_name(name)
    return e if e is not None and e.kind != "org" else None


def _intro_cue(lay: Layout, p: Any) -> str | None:
    """The cue of a sentence that introduces the next quotation: "The memo continued:",
    "The ruling went on:", "X disagreed.", "The fire chief urged residents not to wait." — not
    one whose verb has a clause of its own ("X said she agreed.")."""
    ptxt = lay.masked[p.start : p.end].rstrip()
    toks = [t for t in p.tokens if re.match(r"\w", t.text)]
    intro = bool(toks) and toks[0].lower.endswith(("ed", "ing")) and "," in ptxt
    for i, t in enumerate(toks):
        if i == 0 and intro:
            continue  # "Asked whether she would sell, X laughed." — the intro is not the cue
        if not report_base(t.lower) and not (t.lower in {"went", "goes"} and i + 1 < len(toks)
                                            and toks[i + 1].lower in {"on", "further"}):
            continue
        m = PHRASE_RE.match(lay.text, t.start)
        text = lay.text[t.start : m.end()] if m and m.end() - t.start < 40 else t.text
        if ptxt.endswith(":"):
            return text
        nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
        if len(toks) <= 8 and nxt not in {"that", "he", "she", "they", "it", "we", "i", "the", "his", "her"}:
            return text
        return None
    return None


def _entities_of(res: Resolver, q: Quote) -> list[Any]:
    out: list[Any] = []
    for name in q.speakers:
        e = next((e for e in res.ents.entities if e.canonical == name), None)
        out.append(e if e is not None else name)
    return out


def _fill(q: Quote, found: list[Any], cue: str | None, conf: float, ev: list[str],
          opt: AttributeOptions, surf: Surface | None) -> None:
    names: list[str] = []
    desc = None
    for f in found:
        n = f.canonical if isinstance(f, Entity) else str(f)
        if n and n not in names:
            names.append(n)
        if desc is None and isinstance(f, Entity):
            desc = f.description()
    q.cue = cue
    q.attribution_evidence = [e for e in ev if e]
    if not names or conf < opt.min_confidence:
        q.confidence = round(1 - conf, 2) if names else 0.0
        q.attribution_evidence.append("speaker left null: nothing supports one" if not names
                                      else f"speaker left null: confidence {conf:.2f} too low")
        return
    q.speaker = names[0]
    q.speakers = names
    q.speaker_description = desc
    q.confidence = round(conf, 2)


def _headline(a: _Article, res: Resolver, head_quotes: list[int], opt: AttributeOptions) -> None:
    """A headline quotation: the body's attribution of the same words, else the headline's own
    cue or the person the headline names."""
    lay = a.lay
    for qi in head_quotes:
        q = lay.quotes[qi]
        key = _norm(q.text)
        body = [o for o in lay.quotes if o is not q and o.kind == "speech" and o.speaker
                and o.start > lay.headline_end and key and (key in _norm(o.text) or _norm(o.text) in key
                                                            and len(_norm(o.text)) > 12)]
        if body:
            o = body[0]
            q.speaker, q.speakers, q.speaker_description = o.speaker, list(o.speakers), o.speaker_description
            q.cue = None
            q.confidence = round(min(C.headline_repeat_cap, o.confidence), 2)
            q.attribution_evidence = [f"headline quotation repeated in the body at {o.start}"]
            continue
        surf = a.surfaces.get(qi)
        s_idx = lay.quote_sentence.get(qi, 0)
        found: list[Any] = []
        ev: list[str] = []
        if surf is not None and not surf.continuation and surf.parts:
            for part in surf.parts:
                ent, why = res.resolve_part(part, lay.headline_end, s_idx)
                ev.append(why)
                if ent is not None:
                    found.append(ent)
            ev.insert(0, surf.how)
        cue = surf.cue if surf is not None and found and surf.cue and (
            report_base(surf.cue.split()[0]) or PHRASE_RE.match(surf.cue)) else None
        if not found:
            cands = [m.entity for m in a.ents.mentions if m.start < lay.headline_end and m.entity
                     and m.entity.is_person() and m.entity.substantial()]
            # a full name before a lone capitalised word ("Retiring police chief Maud X")
            cands.sort(key=lambda e: len(e.canonical.split()) < 2)
            cands = cands or [m.entity for m in a.ents.mentions if m.start < lay.headline_end and m.entity
                              and m.entity.kind == "unknown" and m.entity.substantial()]
            if cands:
                found = [cands[0]]
                ev.append(f"headline quotation: the person the headline names ({cands[0].canonical})")
        _fill(q, found, cue, C.headline_named if found else C.nobody, ev, opt, surf)
