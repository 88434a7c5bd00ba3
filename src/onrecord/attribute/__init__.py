"""Attribution: say who said each quotation, by full canonical name.

``attribute_results(results, options)`` fills speaker, speakers, speaker_description, cue,
confidence and attribution_evidence of every ``speech`` quote in place. Stages:

1. layout.py    paragraphs, sentences and tokens with quotation interiors masked;
2. mentions.py  names in the whole article (string layer), clustered into entities with roles;
3. finder.py    the cue and the speaker's surface words: string patterns next to the quote;
   parse_finder.py  the dependency parse (spaCy, only those sentences, batched) for the rest;
4. resolve.py   surface -> entity: names, pronouns, descriptions, first person, documents;
   speakers.py  each quotation's speaker from its resolved surface; quotations without a cue
                continue the previous speaker; a headline quotation takes the body's.
"""

from __future__ import annotations

import gc
import os
import re
from bisect import bisect_right
from contextlib import contextmanager
from typing import Any, Iterator

from ..model import ExtractResult, Quote
from ..thresholds.attribute import CONFIDENCE as C, AttributeOptions
from .finder import Surface, find_string
from .parse_finder import find_parse
from .inner_quote import inner_reporter
from .layout import Layout
from .nlp import get_nlp, parse_iter
from . import compound_label, fragment_kind, pieces, relative_label
from .string_only import attribute_string_only, clear as _clear
from .workers import attribute_in_workers, can_fork
from .speakers import Article, resolve_article
from .ranker import rerank
from .blurb_headlines import blurb_speaker
from .capital_lines import capital_line_surface
from .capital_fragment import capital_verdict
from .link_titles import link_title_surface, linked_fragments
from .labels import retype_speech
from .owned_fragment import MENTIONED
from .kind_model import retype_fragments
from .calibration import calibrate_many
from .vouched import vouched_report
from .claim_over_subject import give_claims
from .read_cue import drop_read_continuations
from .party_groups import unname_party_groups
from .poll_share import poll_views
from .fronted_naming import fronted_naming
from .work_name_kind import work_name_kind
from .established_kind import established_kind
from .passive_naming_kind import passive_naming_kind
from .question_clause import question_clause
from .unnamed_teller import unname_tellers
from .addressee import unname_addressees
from .letter_sender import credit_senders, credit_texts_from

__all__ = ["attribute_results"]


def _opts(options: Any) -> AttributeOptions:
    if options is None:
        return AttributeOptions()
    if isinstance(options, AttributeOptions):
        return options
    return getattr(options, "attribute", AttributeOptions())


def attribute_results(results: list[ExtractResult], options: Any = None, *, workers: int = 1) -> None:
    """Attribute every speech quotation of ``results`` in place. With ``workers`` > 1 many
    articles (or a long document's pieces) are shared between forked processes (workers.py),
    each with the model inherited; the default stays in this process, for callers that run
    their own pool (`onrecord mine`, Spark executors). `onrecord extract`/`check` pass
    ``AttributeOptions.workers``."""
    opt = _opts(options)
    full = []
    for r in results:
        if len(r.document.text) > opt.full_attribution_max_chars:
            attribute_string_only(r, opt, _not_words_of_anyone)  # over the budget (issue 10)
        else:
            full.append(r)
    units, cut_up = pieces.split(full, opt)  # a very long document: in pieces
    n = min(workers, os.cpu_count() or 1)
    if n > 1 and (cut_up or len(units) >= opt.parallel_min_articles) and can_fork():
        get_nlp()  # loaded once, before the fork: every worker inherits it
        attribute_in_workers(units, opt, n, _attribute_here)
    else:
        _attribute_here(units, opt)
    pieces.join(cut_up)


def _attribute_here(results: list[ExtractResult], opt: AttributeOptions) -> None:
    """In groups of about ``group_chars`` characters: one group's layouts alive at a time.
    An article without a quotation is not laid out at all: nothing in it is attributed."""
    group: list[ExtractResult] = []
    size = 0
    for r in results:
        if not r.quotes:
            _none_parsed(r)
            continue
        group.append(r)
        size += len(r.document.text)
        if size >= opt.group_chars:
            with _cyclic_gc_paused():
                _let_go(_attribute_group(group, opt))
            group, size = [], 0
    if group:
        with _cyclic_gc_paused():
            _let_go(_attribute_group(group, opt))


def _let_go(arts: list[Article] | None) -> None:
    """A group is done: unlink its entities from their mentions, so that reference counting
    frees the group's layouts, mentions and entities as the list goes, and the collector, back
    on, finds next to nothing to walk (tests/attribute/test_gc_pause.py)."""
    for a in arts or ():
        a.ents.unlink()


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Python's cycle collector off while one group is attributed. A group builds hundreds of
    thousands of tokens, mentions and entities that stay alive until it ends, so each full
    collection walked them all (and the loaded model) for nothing: on 500 BBC articles 14 % of
    attribution's CPU went to the collector (3 full collections, 0.56 s; issue 16). The group's
    cyclic garbage (about 55,000 objects per 500 articles, no change in peak memory) is
    collected once the collector is back on; reference counting frees everything else."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _blurb_surface(a: Article, q: Quote) -> Surface | None:
    span = next(((lo, hi) for lo, hi in a.lay.blurbs if lo <= q.start < hi), None)
    if span is None:
        return None
    return blurb_speaker(a.lay.text, span, q, a.ents.entity_for_name)


def _blurb_fragment(a: Article, q: Quote) -> None:
    """Retype as speech a fragment typed scare or term inside a flattened link blurb whose
    headline opens on a name and a colon or a verb of saying ("<Name>: <Subject> ‘…’ in …"):
    the name's words, as the blurb's speech quotations are (blurb_headlines.py). The extraction
    reads the glued headlines as one sentence with no credit, so a short fragment there was the
    writer's scare quote or term (round 77, lane kind77: on 8,000 unseen AllSides articles 43
    fragments retyped, 36 given the right speaker, "Barr: Report on … ‘imminent’", none lost);
    the speech path then gives the name."""
    if q.kind not in ("scare", "term") or q.nested or q.end <= q.start \
            or a.lay.parse_text[q.start : q.end].strip():
        return  # (a blurb is blanked in the parse text: a quotation there is blank)
    if q.text.lstrip(" '\"‘“")[:1].isupper() or any(MENTIONED in why for why in q.kind_evidence):
        # in a sentence-case headline a capitalised fragment is a name or a work's title ("…
        # to overshadow ‘Bombshell’"), and "the term ‘…’" mentions an expression: their kinds
        return
    if _blurb_surface(a, q) is not None:
        retype_speech(q, "a link blurb's headline opened by a name")


def _other_story_fragment(a: Article, q: Quote) -> None:
    """A fragment typed scare or term in another story's headline that opens on a name and its
    verb: a flattened link blurb's (``_blurb_fragment``) or a related-story line in capitals
    ("X AGAIN BLASTS Y AS ‘…’", capital_fragment.py) becomes speech; the speech path then
    gives the opening name."""
    _blurb_fragment(a, q)
    capital_verdict(a.lay, q, a.ents.entity_for_name)


def _other_story_surface(a: Article, q: Quote) -> Surface | None:
    """The surface of a quotation in another story's headline set inside this one: a flattened
    link blurb's (layout.link_blurbs: the name opening that headline, if any; blurb_headlines.py),
    a related-story line in capitals (the name opening it, or nobody; capital_lines.py), a link
    line's or a video box's clip title (its opening name; link_titles.py); None elsewhere."""
    if q.end > q.start and not a.lay.parse_text[q.start : q.end].strip():
        return _blurb_surface(a, q) or Surface([], None, "inside a related-story link blurb", C.nobody)
    return capital_line_surface(a.lay, q, a.ents.entity_for_name) or link_title_surface(a.lay.text, q, a.ents)


def _nobody_surface(lay: Any, q: Quote) -> Surface | None:
    """The surface of a speech quotation that is nobody's words by its own sentence, else None."""
    # "Dubbed “…”, the plan …": what the subject is called, named by nobody (fronted_naming.py)
    why = _not_words_of_anyone(lay, q) or fronted_naming(lay.text, q.start, q.end)
    if why:
        return Surface([], None, why, C.nobody)
    # "When asked whether “…”, X replied": the question's words, not X's (question_clause.py)
    asked = question_clause(lay.text, q.start, q.end)
    return Surface([], asked[0], asked[1], C.nobody) if asked else None


def _none_parsed(r: ExtractResult) -> None:
    r.stats["attribution_parsed_sentences"] = 0
    r.stats["attribution_parsed_chars"] = 0


def _attribute_group(results: list[ExtractResult], opt: AttributeOptions) -> list[Article]:
    arts = [Article(r) for r in results]
    for a in arts:
        _none_parsed(a.result)
    jobs: list[tuple[Article, int, int]] = []
    fragments: list[tuple[Article, int, int]] = []
    nested: list[tuple[Article, int, int]] = []
    labels: list[tuple[Article, int, int]] = []
    for a in arts:
        for qi, q in enumerate(a.lay.quotes):
            _clear(q)
            _other_story_fragment(a, q)  # a blurb's or capital line's fragment: its opening name's speech
            if q.kind != "speech":
                fsi = fragment_kind.candidate(a.lay, qi)
                if fsi is not None:
                    # typed scare or term for want of a credit: the parse may show whose words
                    # (after every speech quotation, so that they spend no parse budget of theirs)
                    fragments.append((a, qi, fsi))
                continue
            si = a.lay.quote_sentence.get(qi)
            other = _other_story_surface(a, q)
            if other is not None:
                a.surfaces[qi] = other
                continue
            nobody = _nobody_surface(a.lay, q)
            if nobody is not None:
                a.surfaces[qi] = nobody
                continue
            if si is None:
                a.surfaces[qi] = Surface([], None, "quotation outside any sentence", C.uncued_continuation, continuation=True)
                continue
            s = find_string(a.lay, a.lay.sentences[si], qi)
            a.surfaces[qi] = s
            if s.needs_parse:
                jobs.append((a, qi, si))
            elif q.nested and q.kind == "speech":  # its own reporter (inner_quote.py)
                nested.append((a, qi, si))
            elif relative_label.candidate(a.lay, qi):  # a label in a relative clause? (relative_label.py)
                labels.append((a, qi, si))
    # nested after the rest: an inner reporter's parse spent a later sentence's budget (review24)
    _parse_jobs(jobs + nested + fragments + labels, opt)
    for a in arts:
        resolve_article(a, opt)
        # a fragment typed scare or term on such a line: the opening name's speech (link_titles.py)
        linked_fragments(a.lay.text, a.lay.quotes, a.ents)
        give_claims(a.lay, a.ents.entity_for_name)  # a named owner's claim clause (claim_over_subject.py)
        drop_read_continuations(a.lay)  # "“…,” read the headline" is no continuation (read_cue.py)
        _after_cascade(a)
        if opt.use_ranker:
            # the learned ranker reviews the cascade's speakers (ranker.py, issue 11)
            rerank(a.lay, a.ents.entities)
        if opt.use_kind_model:
            # the learned kind model reviews the scare/term the rules left (kind_model.py)
            retype_fragments(a.result.document.text, a.result.quotes)
    if opt.calibrate and not opt.use_ranker:
        # last: the reported confidence becomes P(the name is right) (calibration.py); it was
        # trained on the cascade's own answers, so not over the ranker's. The group's articles
        # at once: each article's probabilities are its own, the scoring is shared
        calibrate_many([(a.lay, a.ents.entities) for a in arts], opt.min_speaker_probability)
    return arts


def _after_cascade(a: Article) -> None:
    """Groups and unnamed voices left null, then the work names nobody speaks retyped."""
    _groups_unnamed(a.lay, a.ents)
    _work_names(a)
    _passive_names(a)
    _established_names(a)


def _established_names(a: Article) -> None:
    """A speech quotation that is exactly an established name of a thing is a term or a title
    (established_kind.py), its speaker dropped. Retyped after the cascade, so that the
    quotations after it keep the speaker they continue ("Vale said the “fiscal cliff” was near.
    “We will act,” she added")."""
    for q in a.lay.quotes:
        kind = established_kind(a.lay.text, q)
        if kind is not None:
            _clear(q)
            q.speaker_probability = None
            q.kind, q.kind_evidence = kind[0], q.kind_evidence + [kind[1]]


def _work_names(a: Article) -> None:
    """A Title Case name after a preposition that stayed nobody's words through resolution is
    a work's name or a label, not speech (work_name_kind.py). Retyped last, so that the cascade
    read it as it did ("Left-Wing “…”" in a headline the body's speaker repeats keeps its
    speaker; a quotation listed after it keeps its continuation)."""
    for qi, q in enumerate(a.lay.quotes):
        surf = a.surfaces.get(qi)
        if q.kind != "speech" or q.speaker is not None or surf is None:
            continue
        # (or typed speech after the string pass: "The debut edition of “…” …, it said", a
        # fragment the parse gave to "it", which resolution left unnamed: fragment_kind.py)
        if surf.how != TITLE_AFTER_PREPOSITION and _not_words_of_anyone(a.lay, q) != TITLE_AFTER_PREPOSITION:
            continue
        kind = work_name_kind(a.lay.text, a.lay.quotes, q)
        if kind is not None:
            q.kind, q.kind_evidence = kind[0], q.kind_evidence + [kind[1]]


def _passive_names(a: Article) -> None:
    """A speech quotation left null whose naming verb names nobody ("it is called a “…”",
    "a surge dubbed the “…”") is a term or a scare quote (passive_naming_kind.py). Retyped
    after the cascade, as _work_names is, so that continuations read it as the cascade did."""
    for qi, q in enumerate(a.lay.quotes):
        surf = a.surfaces.get(qi)
        kind = passive_naming_kind(a.lay.text, surf.how, q) if surf is not None else None
        if kind is not None:
            q.kind, q.kind_evidence = kind[0], q.kind_evidence + [kind[1]]


def _groups_unnamed(lay: Any, ents: Any) -> None:
    """Speakers that are groups or unnamed voices described, or addressees, left null (or
    taken out) after the cascade; an addressee's words then go to the text's sender."""
    unname_party_groups(lay)  # "House Republicans said": a group described (party_groups.py)
    poll_views(lay)  # "41 percent of voters think … “…”": respondents, no name (poll_share.py)
    unname_tellers(lay, ents.entity_for_name)  # "a source said the senator is “…”" (unnamed_teller.py)
    nulled = unname_addressees(lay, ents.entity_for_name)  # "the memo to Vale warned …" (addressee.py)
    credit_senders(lay, ents, nulled)  # "Rell broadcast an appeal to Vale …" (letter_sender.py)
    credit_texts_from(lay, ents)  # "a statement from Rell Ltd, …, that “…”" (letter_sender.py)


def _parse_jobs(jobs: list[tuple[Article, int, int]], opt: AttributeOptions) -> None:
    """Parse the sentences the string patterns could not settle, each sentence once however
    many quotations it holds, streamed through nlp.pipe so that only one batch of Docs is alive
    at a time. Beyond the article's parse budget (or for a sentence too long to parse) the
    string result stands: the quotation continues the previous speaker, and the article's
    stats say how many sentences went unparsed (the CLI prints one line for it)."""
    spent: dict[int, int] = {}  # characters parsed per article
    todo: dict[tuple[int, int], tuple[Article, int, list[int]]] = {}  # (article, sentence) -> quotes
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
            if qi not in a.surfaces or _nested_only(a, qi):
                continue  # a fragment typed scare or term keeps its kind unparsed
            if key not in skipped:  # counted even where a string credit stands (review of round 28)
                skipped.add(key)
                stats = a.result.stats
                stats["attribution_unparsed_sentences"] = stats.get("attribution_unparsed_sentences", 0) + 1
            if a.surfaces[qi].parts:
                continue  # a string credit stands
            a.surfaces[qi].how = "not parsed (over the parse budget, or too long a sentence): string patterns only"
            a.surfaces[qi].confidence = 0.5
            continue
        spent[id(a)] = spent.get(id(a), 0) + size
        todo[key] = (a, si, [qi])
    texts = (a.lay.parse_text[a.lay.sentences[si].start : a.lay.sentences[si].end] for a, si, _ in todo.values())
    for (a, si, qis), doc in zip(todo.values(), parse_iter(texts, batch_size=opt.batch_size)):
        a.result.stats["attribution_parsed_sentences"] += 1
        a.result.stats["attribution_parsed_chars"] += a.lay.sentences[si].end - a.lay.sentences[si].start
        for qi in qis:
            _read_parsed(a, si, qi, doc)


def _read_parsed(a: Article, si: int, qi: int, doc: Any) -> None:
    """Quotation ``qi`` of the parsed sentence ``si``: a fragment retyped by the parse, a label
    settled as a term, an inner quotation's reporter, or the speaker the parse finds, unless
    the string patterns' answer stands."""
    if a.lay.quotes[qi].kind != "speech":
        retyped = fragment_kind.retype(a.lay, a.lay.sentences[si], qi, doc)
        if retyped is not None:
            # on a link line in capitals the parse's subject is a run of capitals
            # ("X QUOTES Y"): the line's own speaker instead (capital_lines.py)
            a.surfaces[qi] = capital_line_surface(a.lay, a.lay.quotes[qi], a.ents.entity_for_name) or retyped
        return
    if compound_label.settle(a.lay, a.surfaces, a.lay.sentences[si], qi, doc):
        return  # "“… the ‘swing county’ numbers …,” he said": a label, a term (compound_label.py)
    if relative_label.settle(a.lay, a.surfaces, a.lay.sentences[si], qi, doc):
        return  # "whose office drafted a “harbour renewal” plan": a term (relative_label.py)
    inner = inner_reporter(a.lay, a.lay.sentences[si], qi, doc) if a.lay.quotes[qi].nested else None
    if inner is not None:
        # "“Ms. Vance told us the memo was her ‘safety net’”": the inner words are
        # the named one's the outer quotation reports (inner_quote.py)
        a.surfaces[qi] = inner
        return
    if _nested_only(a, qi):
        return  # parsed for its own reporter only: the string's answer stands
    if a.surfaces[qi].parts and not vouched_report(a.lay, a.lay.sentences[si], qi, doc):
        return  # the string's "“…” according to X" stands (finder.find_string)
    a.surfaces[qi] = find_parse(a.lay, a.lay.sentences[si], qi, doc)


def _nested_only(a: Article, qi: int) -> bool:
    """A quotation the string patterns credited, queued for the parse only to look for its
    own reporter (nested) or to see whether it is a label (compound_label.py,
    relative_label.py): the string's answer stands otherwise. A speech quotation queued for its
    speaker always needs the parse, so this is every other one."""
    return not a.surfaces[qi].needs_parse


TITLE_AFTER_PREPOSITION = "a Title Case name after a preposition: a programme or work, not words"
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
        return TITLE_AFTER_PREPOSITION
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


