"""Choosing each quotation's speaker, article by article: the surfaces found by ``finder.py``
and ``parse_finder.py`` are resolved to entities (``resolve.py``); a quotation without a speaker
of its own takes a credit line or continues the previous speaker; a headline quotation takes the
body's attribution of the same words."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .epithet_subject import EPITHET_SUBJECT_MARK
from .gender_learning import learn_gender
from .handles import surname_named
from ..model import ExtractResult, Quote
from ..thresholds.attribute import CONFIDENCE as C, AttributeOptions
from ..thresholds.credits import EPITHET_SUBJECT_CONFIDENCE
from ..thresholds.kind_chain import CHAINED_BODY_CONFIDENCE
from ..lexicon.reporting import PHRASE_RE, REPORT_FORMS, report_base
from ..read.headline import opens_with_headline
from ..lexicon.places import is_demonym
from .cues import DOCUMENT_NOUNS, PRONOUNS
from ..lexicon.titles import PLURAL_TITLES, TITLE_WORDS
from .finder import Surface
from .layout import Layout, build_layout
from .entities import Entities, Entity
from .appositions import collect_roles
from .mentions import find_mentions
from . import pieces
from .resolve import Resolver
from .lede import lede_reporter, name_lede
from .documents import (document_noun_starts, forget_issuers, may_name_document, record_document_authors,
                        record_plaintiff, suit_word_starts)
from .fullname import drop_names_only_inside, fuller_speaker_names, given_name_speakers
from .name_shape import drop_word_speakers
from .name_forms import non_agent_name
from .bound_pronoun import rebind_pronoun
from .office_chain import office_parts
from .intro_place import without_intro_place
from .voices import quoted_voice, unnamed_person, unnamed_voice
from .carried_document import cited_only, issuers_kept
from .labels import SUBHEADING_ECHO, norm_words, said_below, subheading, take_speaker
from .echoes import echoed_fragments
from .headline_copy import headline_copy_speakers
from .owned_wording import echoed_wording
from .aside_credit import aside_credits
from .body_voice import body_voices
from .source_label import source_label_credits
from .label_fragments import labelled_fragments
from .owned_words import authored_subject, owned_subject
from .credit_line import credit_after, credit_below, excerpt_credit, inside_credited_excerpt
from .continuation import continuation
from .roundup_writer import note_writer, writer_goes_on
from .narrated_continuation import carries_on_named_words
from ..thresholds.layout import LABEL
from .unnamed_chain import carry_unnamed
from .chants import drop_chant_speakers
from ..text.find import alternation


class Article:
    """One article under attribution: its layout, its entities and each quotation's surface."""

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


# the last speaker so far: speakers, cue, sentence, paragraph
_Last = tuple[list[Entity | str], str | None, int, int]


def resolve_article(a: Article, opt: AttributeOptions) -> None:
    """Choose the speaker of every speech quotation of ``a``, sentence by sentence: a body
    quotation from its surface (or the previous speaker), the headline's from the body."""
    lay, res = a.lay, Resolver(a.lay, a.ents, opt)
    last: _Last | None = None
    head_quotes: list[int] = []
    nouns = document_noun_starts(lay.masked)  # which sentences may name a document, once
    suits = suit_word_starts(lay.masked)  # which may say who sues, once
    for s in lay.sentences:
        sent_speakers: list[Entity] = []
        record_document_authors(res, lay, s.index, nouns)
        for qi in s.quotes:
            q = lay.quotes[qi]
            if q.kind != "speech":
                continue
            if s.para == 0 and len(lay.para_of_pos) > 1 and not a.continued:
                head_quotes.append(qi)
                continue
            found, cue = _speaker_of(a, res, s, qi, last, opt)
            if found and not getattr(a.surfaces.get(qi), "aside", False):  # (a link blurb's headline)
                held = _voucher_person(res, a.surfaces.get(qi), s.index, found)
                if held is not None:
                    res.voucher_of[qi] = held
                last = ([held] if held is not None else found, cue, s.index, s.para)
                sent_speakers.extend(e for e in found if isinstance(e, Entity))
        _learn_sentence(res, lay, s, sent_speakers, nouns, suits)
        last = note_writer(res, lay, s, sent_speakers, last)  # "…, said X at the Y." (roundup_writer.py)
    _headline(a, res, head_quotes, opt, name_lede(lay, res))
    headline_copy_speakers(lay)  # the headline written again as the body's first line
    _subheadings(lay)
    echoed_fragments(lay)  # an uncued headline or subheading fragment said below (echoes.py)
    echoed_wording(lay)  # "the “…” remark" repeating a named speaker's earlier words (owned_wording.py)
    labelled_fragments(lay)  # "NAME: … ‘…’" on a headline-shaped line (label_fragments.py)
    body_voices(lay, a.ents)  # a body's words its titled spokesperson repeats (body_voice.py)
    aside_credits(res)  # "X, <aside>, said … “…”" left null (aside_credit.py)
    source_label_credits(res)  # "X, <role or outlet>[, <date>]: “…”" left null (source_label.py)
    # read with link blurbs blanked: a blurb's "… attacks Clinton Trump says …" lengthened every
    # "Trump" of the article to "Clinton Trump" (round 19, lane headlines: 40 quotations of 12
    # unannotated AllSides articles out of 200 read)
    fuller_speaker_names(lay.parse_text or lay.text, lay.quotes, lay.headline_end)
    given_name_speakers(lay.quotes, res.ents)  # "Ilse" -> "Ilse Varga" (fullname.py)
    drop_names_only_inside(lay.text, lay.quotes)
    drop_chant_speakers(lay.text, lay.quotes)  # a crowd's chant (chants.py)
    drop_word_speakers(lay)  # "Left", "PM", "Prosecutors": no one's name (name_shape.py)


def _one_described(surf: Surface) -> bool:
    """The words' own cue describes one person or office ("The mayor said …", "a spokesman
    said"): an unnamed speaker, not the author of a round-up excerpt credited below (review22:
    "The mayor said the budget was “…”" above "Editorial Board, The Y" went to the outlet)."""
    return any(p.kind == "desc" and (unnamed_person(p.text) or _singular_office(p.text)) for p in surf.parts)


def _singular_office(desc: str) -> bool:
    words = desc.lower().split()
    return bool(words) and words[-1] in TITLE_WORDS and words[-1] not in PLURAL_TITLES


def _voucher_person(res: Resolver, surf: Surface | None, si: int, found: list[Any]) -> Entity | None:
    """The person who vouched for a report ("He said, “…,” according to Whitlock"), as the
    last speaker: the next uncued words are the witness's own account ("Ellery, however, “made
    it plain …”"), not the reported speaker's. An outlet vouching ("according to the Ledger")
    leaves the reported speaker: a paper's next quotation is still the speaker's (review22:
    wrong15's corpus check, a witness's and a pastor's next words went to the one they quoted)."""
    parts = getattr(surf, "voucher", None)
    if not parts or len(parts) != 1:
        return None
    ent, _ = res.resolve_part(parts[0], parts[0].start, si)
    if not isinstance(ent, Entity) or ent.kind == "org" or not (ent.is_person() or ent.gender) or ent in found:
        return None
    return ent


def _speaker_of(a: Article, res: Resolver, s: Any, qi: int, last: _Last | None,
                opt: AttributeOptions) -> tuple[list[Entity | str], str | None]:
    """Fill quotation ``qi`` of sentence ``s``; return its speakers and cue (the next
    quotation's "last speaker"), or nobody."""
    lay = a.lay
    q = lay.quotes[qi]
    surf = a.surfaces.get(qi) or Surface([], None, "", C.uncued_continuation, continuation=True)
    ev: list[str] = []
    found: list[Entity | str] = []
    if surf.narrated and carries_on_named_words(res, lay, s.index, qi):
        # "“…,” he says. In Europe, immigrants “have a harder time …”": the words go on in the
        # named voice just before (narrated_continuation.py, round 35, lane cont17)
        surf = replace(surf, continuation=True, how="no reporting verb: a clause of words after a named speaker's")
    cue = surf.cue
    conf = surf.confidence
    if not surf.continuation:
        found, conf = _resolve_parts(res, surf, q, s.index, ev, conf)
    credit = [] if found else credit_after(res, lay, s)  # "“…” Ann X, Outlet" (credit_line.py)
    below = [] if found or credit or _one_described(surf) else excerpt_credit(res, lay, s, q)  # a round-up's excerpt
    if below:
        _fill(q, below, None, C.credit_line_sentence, ["credit line after the quotation: "
              + ", ".join(getattr(e, "canonical", e) for e in below)], opt, surf)
        return below, None
    if credit:
        _fill(q, credit, None, C.credit_line_sentence, ["credit after the paragraph's words: " + ", ".join(
            getattr(e, "canonical", e) for e in credit)], opt, surf)
        return credit, None
    if not surf.continuation and not surf.parts and not surf.needs_parse:
        found, conf = writer_goes_on(res, s, last, ev := [surf.how])  # impersonal, or a round-up's (roundup_writer.py)
        _fill(q, found, cue, conf, ev, opt, surf)
        return found, None
    if not surf.continuation and not found and surf.outer is not None and not (surf.parts and all(
            p.kind == "desc" and (unnamed_voice(p.text) or p.start in res.unnamed_holders) for p in surf.parts)):
        # not past one unnamed person: "The paper said a spokeswoman for the firm called it
        # “…”" is hers, not the paper's (round 28, lane wrong11); nor "She alleges the manager
        # told her “…”" after "her manager" (round 39, lane focus22)
        found, cue, conf = _resolve_outer(res, surf.outer, s.index, ev, cue, conf)
    if not surf.continuation and not found and surf.parts and all(
            p.kind in {"desc", "doc"} for p in surf.parts):
        # "a prominent local leader said …" names someone the article never names:
        # null with the description, never the previous speaker
        _fill(q, [], cue, C.nobody, ev, opt, surf)
        # a description that holds the quotation itself ("The self-proclaimed “dirty trickster”
        # and dapper dresser … has been"): its words describe nobody (round 33, first review)
        held = surf.parts[0].start <= q.start < surf.parts[0].start + len(surf.parts[0].text)
        q.speaker_description = None if held else surf.parts[0].text
        if surf.parts[0].kind == "desc" and unnamed_person(surf.parts[0].text):
            res.unnamed_subj.setdefault(s.index, surf.parts[0].text)  # "… He added": the unnamed one
        return [], None
    if surf.continuation or not found:
        found, cue, conf = _fall_back(res, lay, s, qi, surf, ev, cue, conf, last, opt)
    pron = next((p for p in surf.parts if p.kind == "pronoun"), None)
    if pron is not None and found:  # "they said that Busted would “…”": not Busted (groups.py);
        # "he called X “…”": not X, the one before him (bound_pronoun.py)
        found = rebind_pronoun(res, pron, found, q.start, s.index, ev)
    cue = _phrase_cue(lay, q) or cue
    _fill(q, found, cue, conf, ev, opt, surf)
    if not found and ev and ev[-1].startswith(("continues the unnamed speaker", "pronoun of the unnamed")):
        q.speaker_description = res.unnamed_description
    return found, cue


def _resolve_parts(res: Resolver, surf: Surface, q: Quote, si: int, ev: list[str],
                   conf: float) -> tuple[list[Entity | str], float]:
    """The entities the surface's parts resolve to (evidence appended to ``ev``)."""
    found: list[Entity | str] = []
    surf.parts = office_parts(res.lay.text, without_intro_place(res.lay.text, surf.parts))
    for part in surf.parts:
        ent, why = res.resolve_part(part, part.start, si)
        ev.append(why)
        words = res.lay.text if part.kind == "desc" else None  # quoted surnames: descriptions only
        if part.kind != "name" and isinstance(ent, Entity) and _named_inside(ent, q, words):
            # "“Raul Castro and his advisers are in their 80s,” the senior aide told
            # Fox News": a description or pronoun never resolves to someone the
            # words themselves talk about (real-news tuning split)
            ev.append(f"{ent.canonical} is named inside the quotation: not its speaker")
            continue
        found.extend(_resolved_list(ent))
        if "(chained_body)" in why:  # the body a paragraph or more back (kind_chain.py, round 44)
            conf = min(conf, CHAINED_BODY_CONFIDENCE)
        if EPITHET_SUBJECT_MARK in why:  # one sentence back, by an epithet (epithet_subject.py)
            conf = min(conf, EPITHET_SUBJECT_CONFIDENCE)
    ev.insert(0, surf.how)
    if not found:
        conf = min(conf, C.unresolved_surface)
    return found, conf


def _each_resolved(res: Resolver, parts: list[Any], si: int, ev: list[str], at: int | None = None) -> list[Any]:
    """What each part resolves to, read at the part (or at ``at``), its evidence appended to ``ev``."""
    found: list[Any] = []
    for part in parts:
        ent, why = res.resolve_part(part, part.start if at is None else at, si)
        ev.append(why)
        found.extend(_resolved_list(ent))
    return found


def _resolved_list(ent: Any) -> list[Any]:
    """What a part resolved to, as a list: "they" may resolve to joint speakers, a name to none."""
    return ent if isinstance(ent, list) else [] if ent is None else [ent]


def _resolve_outer(res: Resolver, outer: Surface, si: int, ev: list[str], cue: str | None,
                   conf: float) -> tuple[list[Any], str | None, float]:
    """The outer reporter's parts (parse_finder._outer) when the inner ones resolved to nobody."""
    found = _each_resolved(res, outer.parts, si, ev)
    if found:
        ev.insert(1, outer.how)
        cue, conf = outer.cue, outer.confidence
    return found, cue, conf


def _fall_back(res: Resolver, lay: Layout, s: Any, qi: int, surf: Surface, ev: list[str],
               cue: str | None, conf: float, last: _Last | None,
               opt: AttributeOptions) -> tuple[list[Any], str | None, float]:
    """No speaker of its own: a credit line below the paragraph, else the previous speaker."""
    unclear = next((p.start for p in surf.parts if p.kind == "pronoun" and p.start in res.unclear), None)
    if unclear is not None:
        # the pronoun fits two speakers, or an unnamed one: nobody, not the previous speaker
        res.unnamed_description = res.unclear[unclear]
        carry_unnamed(res, s.index, res.unnamed_description)  # "“…,” he said. He added …": still the unnamed one
        why = res.unclear_why.get(unclear)  # the guard that withheld the name (round 83, lane pnull100)
        ev.append(f"pronoun of the unnamed {res.unnamed_description}: left null" if res.unnamed_description
                  else "pronoun between two speakers: left null" + (f" [{why}]" if why else ""))
        return [], cue, C.nobody
    if inside_credited_excerpt(lay, s, lay.quotes[qi]):
        ev.append("inside an excerpt credited below: left null")
        return [], cue, C.nobody
    credit = credit_below(res, lay, s, lay.quotes[qi])
    if credit:
        ev.append("credit line after the quotation: " + ", ".join(getattr(e, "canonical", e) for e in credit))
        return credit, None, C.credit_line_sentence
    found, cue2, why, conf2 = continuation(res, lay, s.index, qi, last, opt)
    ev.append(why)
    if not found and not surf.parts:  # "Their residents “walk more …”" (roundup_writer.py)
        found, conf2 = writer_goes_on(res, s, last, ev)
    pron = next((p.text.lower() for p in surf.parts if p.kind == "pronoun"), None)
    if pron in {"he", "she", "it"} and found:
        # "Elite Navy SEALs led the raid. “…,” he said": an unresolved "he" does not
        # fall back to a previous subject that "he" cannot be; "“…,” BT chief X said. … It
        # added … a “…”": nor "it" to a person, one known or gendered (round 21, lane itorg)
        kept = [e for e in found if not isinstance(e, Entity) or (res._compatible(e, PRONOUNS[pron]) if pron != "it"
                else e.kind != "person" and (e.kind == "org" or e.gender is None))]
        if len(kept) < len(found):
            ev.append(f"not '{pron}': " + ", ".join(e.canonical for e in found if e not in kept))
        found = kept
    if surf.continuation and not surf.narrated:  # narration holds no verb of saying: no cue carried
        cue = cue2
    conf = conf2 if surf.continuation else min(conf, conf2)
    return found, cue, conf


def _learn_sentence(res: Resolver, lay: Layout, s: Any, sent_speakers: list[Entity],
                    nouns: list[int] | None = None, suits: list[int] | None = None) -> None:
    """What later sentences read from this one: its subject, genders, whose documents
    (``nouns``, ``suits``: documents.document_noun_starts, suit_word_starts of the layout)."""
    if sent_speakers:
        res.subj[s.index] = sent_speakers
        res.speakers_at[s.index] = sent_speakers
        voice = quoted_voice(res, s.index)
        if voice:  # "A spokeswoman for X said “…”. She added …": the spokeswoman (voices.py)
            res.unnamed_subj.setdefault(s.index, voice)
    else:
        res.subj[s.index] = authored_subject(res, lay, s) or res.leading_subject(s.index) \
            or owned_subject(res, lay, s)  # owned_words.py
        if not _REPORT_WORDS.isdisjoint([t.lower for t in s.tokens]):  # a reporting verb in it
            for e in res.subj[s.index]:
                if len(e.canonical.split()) >= 2:
                    e.spoke = True  # "X Y said the vote was close.": a person (or an organisation)
    learn_gender(res, s.index)
    record_plaintiff(res, lay, s.index, suits)
    if not may_name_document(nouns, s.start, s.end):
        return
    docs = set(_DOC_WORD_RE.findall(lay.masked[s.start : s.end].lower()))
    if not docs:
        return  # no document named: nobody's memo or letter to record (most sentences)
    if _DOC_SUBJECT_RE.match(lay.masked, s.start):
        return  # "The letter, which …, according to X, says …": the letter speaks; X is no author
    cited = cited_only(lay, s, docs)
    if cited:  # "…, according to an agency memo": the subject is what the memo is about
        forget_issuers(res, lay, s.index, cited)
        docs -= cited
        if not docs:
            return
    # an outlet credited after the sentence ("…, the Ledger reported") issues none of its
    # documents (carried_document.py)
    issuers = issuers_kept(lay, s, res.subj.get(s.index) or [])
    if not (issuers and all(e.substantial() for e in issuers)):
        # "Terry's family issued a statement …. “…,” the statement said": a new document whose
        # issuer is unknown, not the one before (round 15, lane described: corpus articles)
        forget_issuers(res, lay, s.index, docs)
    else:
        res.last_document.record(s.index, docs, issuers)
        for w in docs:
            # "In the memo, … X wrote" … "The memo ended with": the memo is X's even if a
            # statement by someone else came in between ("said the memo's tone" is not)
            if re.search(r"\bin (?:a|an|the|its|his|her|their)\s(?:[\w-]+\s){0,2}" + w + r"\b",
                         lay.masked[s.start : s.end], re.I):
                res.doc_speakers[w] = list(issuers)


_REPORT_WORDS = frozenset(REPORT_FORMS)  # one set test per sentence, not a call per token


# the document nouns as whole runs of letters: the same set as splitting each sentence into
# runs of [a-z] and intersecting, without a list of every word of every sentence
# a sentence whose subject is a document named without its author ("The letter, which was
# signed by 3,100 employees - including “…”, according to the New York Times - says …": the
# outlet credited inside it wrote nothing; round 13, fresh tuning set)
_DOC_SUBJECT_RE = re.compile(r"\s*(?:(?:but|and|however),?\s+)?(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?(?:"
                             + alternation(DOCUMENT_NOUNS) + r")\b", re.I)
_DOC_WORD_RE = re.compile(r"(?<![a-z])(?:" + alternation(w for w in DOCUMENT_NOUNS if re.fullmatch(r"[a-z]+", w))
                          + r")(?![a-z])")


def _named_inside(e: Entity, q: Quote, text: str | None) -> bool:
    """The quotation's own words name ``e``: one of its mentions, or, for a description
    (``text`` given; mentions are found on the masked text, where quoted words are blanked), a
    surname of someone not a body written inside it ("The judge said that “a heavy penalty was
    called for because of the damage X caused”": the judge went to X, the person in focus;
    round 13, lane forms). Not for a pronoun: "“… to stop Donald X from becoming President …”
    he tweeted" is X on himself. Not a body: a company's statement names the company ("“Lumen
    is committed …,” the firm said"), nor an acronym the entity layer left unclassified ("“The
    FBI is working with …,” explained the agency": round 24, lane nulls8)."""
    if any(q.start <= m.start and m.end <= q.end for m in e.mentions):
        return True
    if text is None or e.kind == "org" or re.fullmatch(r"[A-Z]{2,6}", e.canonical):
        return False
    # also inside the person's handle, not a relative's: "@JaneRowe", not "@IvankaRowe" (handles.py)
    return surname_named(e.canonical, text[q.start:q.end])


def _subheadings(lay: Layout) -> None:
    """A subheading quoting words said below it is that speaker's (labels.py)."""
    for s in lay.sentences:
        for qi in s.quotes:
            q = lay.quotes[qi]
            if q.kind == "speech" and subheading(lay, q, lay.para_of_pos[s.para]):
                o = said_below(lay, q, LABEL.subheading_paragraphs)
                if o is not None:
                    take_speaker(q, o, SUBHEADING_ECHO)


_PHRASE_BEFORE = re.compile(r"(?:in (?:his|her|their|its) (?:own )?words|as (?:he|she|they|it) put it|"
                            r"with the caption)\s*[,:]?\s*$", re.I)


def _phrase_cue(lay: Layout, q: Quote) -> str | None:
    """A reporting phrase right before the opening mark is the cue as written ("…, in his
    words, “…”", "as she put it, “…”", "with the caption “…”")."""
    m = _PHRASE_BEFORE.search(lay.text, max(0, q.start - 60), max(0, q.start - 1))
    if m is None:
        return None
    return re.sub(r"[\s,:]+$", "", m.group())


def _fill(q: Quote, found: list[Any], cue: str | None, conf: float, ev: list[str],
          opt: AttributeOptions, surf: Surface | None) -> None:
    names: list[str] = []
    desc = None
    for f in found:
        n = f.shown if isinstance(f, Entity) else str(f)
        # never "Russian" (lexicon/places.py), nor a bare "Constitution" no entity holds
        # (name_forms.non_agent_name; an entity's shown name was screened by shown_name already)
        screened = isinstance(f, Entity) or not non_agent_name(n.lower().split())
        if n and n not in names and not is_demonym(n) and screened:
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


def _repeats(key: str, body_words: str) -> bool:
    """A body quotation's words hold the headline's, or a long enough part of them (each
    quotation's words normalised once, not once per test)."""
    return key in body_words or body_words in key and len(body_words) > 12


def _headline(a: _Article, res: Resolver, head_quotes: list[int], opt: AttributeOptions,
              described: Entity | None = None) -> None:
    """A headline quotation: the body's attribution of the same words, else the headline's own
    cue or the person the headline names."""
    lay = a.lay
    for qi in head_quotes:
        q = lay.quotes[qi]
        key = norm_words(q.text)
        body = [o for o in lay.quotes if o is not q and o.kind == "speech" and o.speaker
                and o.start > lay.headline_end and key and _repeats(key, norm_words(o.text))]
        if body:
            take_speaker(q, body[0], "headline quotation repeated in the body")
            continue
        surf = a.surfaces.get(qi)
        s_idx = lay.quote_sentence.get(qi, 0)
        found: list[Any] = []
        ev: list[str] = []
        if surf is not None and not surf.continuation and surf.parts:
            found = _each_resolved(res, surf.parts, s_idx, ev, at=lay.headline_end)
            ev.insert(0, surf.how)
        cue = surf.cue if surf is not None and found and surf.cue and (
            report_base(surf.cue.split()[0]) or PHRASE_RE.match(surf.cue)) else None
        if not found:
            named, why = _headline_named(a, described)
            if named is not None:
                found = [named]
                ev.append(why)
        _fill(q, found, cue, C.headline_named if found else C.nobody, ev, opt, surf)


def _headline_named(a: Article, described: Entity | None = None) -> tuple[Entity | None, str]:
    """Whose words a headline quotation without a cue of its own are: a person the headline
    names, else the reporter of the lede (lede.py: "EU arms ban 'to be lifted'" over "…, UK
    Foreign Secretary X has said"), else another name in the headline."""
    lay = a.lay
    cands = [m.entity for m in a.ents.mentions if m.start < lay.headline_end and m.entity
             and m.entity.is_person() and m.entity.substantial()]
    # a full name before a lone capitalised word ("Retiring police chief Maud X")
    cands.sort(key=lambda e: len(e.canonical.split()) < 2)
    if cands:
        return cands[0], f"headline quotation: the person the headline names ({cands[0].canonical})"
    rep = lede_reporter(lay, a.ents)
    if rep is not None:
        return rep, f"headline quotation: the reporter of the lede ({rep.canonical})"
    if described is not None:  # "… 'intact' says ex-aide" over "…, according to his former adviser"
        return described, f"headline quotation: the lede's described reporter ({described.canonical})"
    cands = [m.entity for m in a.ents.mentions if m.start < lay.headline_end and m.entity
             and m.entity.kind == "unknown" and m.entity.substantial()]
    if cands:
        return cands[0], f"headline quotation: the person the headline names ({cands[0].canonical})"
    return None, "headline quotation: nobody named"
