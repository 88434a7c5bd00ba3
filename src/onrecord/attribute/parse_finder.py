"""The parse half of finding an attribution's surface: for a quotation the string patterns of
``finder.py`` could not settle, the dependency parse of its sentence gives the governing
reporting verb and its subject, climbing from participles, infinitives, adverbial and relative
clauses that have no subject of their own to the clause they hang from ("…, saying “…”", "who
called it “…”", "likes to say", "rejected the statement by saying")."""

from __future__ import annotations

import re
from typing import Any

from ..thresholds.attribute import CONFIDENCE as C, NESTED
from ..lexicon.reporting import CITING_AS, CITING_NOUNS, LIGHT_VERBS, WEAK_BASES, report_base
from .aside_subject import apposed_name, name_before_aside
from .cues import SUBJECT_PRONOUNS
from .finder import Surface, _is_word, _quote_bounds, no_cue_continues
from .layout import Layout, Sentence
from .outlet_carrier import carried_voice
from .carried_document import read_document
from .nested import carried_by_outlet, going_on, inner_non_report, outer_owns, reported_clause_of
from .agent_owners import agent_owner
from .credit_inside import credit_inside_surface
from .run_on_quote import runs_on_after_credit
from .document_verbs import showing_verb
from .owners import CLAIM_OWNER_HOW, claim_clause_owner, named_later_subject, owned_words_owner, owned_work_owner, per_source
from .parse_subject import np_parts
from .quote_parse import QuoteParse
from .parse_verbs import depth as _depth, expresses_feeling, is_report as _is_report, parse_cue_text as _parse_cue_text
from .verb_subject import NAMED_BY_PARTICIPLE, controller, quoted_object, subject_of
from .vouched import vouched, vouched_by, vouching_source
from .relative_reporter import named_reporter, relative_own_reporter, relative_reporter_between, unnamed_reporter


def find_parse(lay: Layout, sent: Sentence, qi: int, doc: Any) -> Surface:
    """The governing reporting verb of the quotation in the parsed sentence and its subject;
    the source of a vouched report kept beside it (speakers.py reads it for the next words)."""
    f = QuoteParse(lay, sent, qi, doc)
    surf = _read_frame(f)
    if surf.parts and not surf.continuation:
        source = vouching_source(f.doc, f.outside, f.qtoks, f.out_ids)
        surf.voucher = f.parts(source) if source is not None else None
    return surf


def _read_frame(f: QuoteParse) -> Surface:
    if not f.outside:
        return no_cue_continues()
    found = _according_to(f)
    if found is not None:
        return found
    owned = None if vouched(f.doc, f.outside, f.qtoks, f.out_ids) else \
        agent_owner(f.parts, f.all_toks, f.out_ids, f.qtoks)
    if owned is not None:
        return Surface(owned[1], None, f"parse: source of the {owned[0].lower_} whose clause holds the words",
                       C.parse_narrating_subject)
    cue = _attached_cue(f)
    cue = relative_reporter_between(f.doc, f.outside, f.qtoks, cue, _is_report) or cue  # relative_reporter.py
    if cue is None and f.qtoks:
        cue = _credit_after(f)
    if cue is None and f.qtoks:
        found = _before_colon(f)
        if found is not None:
            return found
    if cue is None:
        cue = _nearest_cue(f) or showing_verb(f.outside, f.qtoks)  # "The email indicates that …"
        if cue is None:
            return _no_reporting_verb(f)
    return _from_cue(f, cue)


def _according_to(f: QuoteParse) -> Surface | None:
    """"according to X", "per X"."""
    doc = f.doc
    for t in f.outside:
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            objs = [c for c in doc[t.i + 1].children if c.dep_ == "pobj"]
            read = read_document(t.head) if objs else None
            if read is not None and (read_parts := f.parts(read)):
                # "“…” read the notice, according to the Ledger": the notice's, its issuer's
                # if the article named one (carried_document.py)
                return Surface(read_parts, t.head.text, "parse: the document read", C.parse_according_to)
            if objs and not vouched_by(t, objs[0], f.qtoks, f.out_ids):
                parts = f.parts(objs[0])
                if parts:
                    return Surface(parts, doc[t.i : t.i + 2].text, "parse: according to X", C.parse_according_to)
        source = per_source(t)
        if source is not None and f.parts(source):
            return Surface(f.parts(source), t.text, "parse: per X", C.parse_according_to)
    return None


def _attached_cue(f: QuoteParse) -> Any | None:
    """The quotation's attachment: climb from its highest token to a reporting verb."""
    cue = None
    qtoks = f.qtoks
    if qtoks:
        # punctuation inside the marks is often attached to the main verb: ignore it
        words_q = [t for t in qtoks if not t.is_punct] or qtoks
        top = min(words_q, key=lambda t: _depth(t))
        h = top.head
        steps = 0
        while steps < 6 and h is not None:
            if h.i in f.out_ids and _is_report(h):
                cue = h
                break
            if h.head.i == h.i:
                break
            h = h.head
            steps += 1
    if cue is not None and _opens_next(f.doc, cue, qtoks):
        cue = None
    # "X said the execution would “…” the BBC reported", "“…,” one officer can be heard saying
    # …, the Star reported": the outlet reports another voice's words (outlet_carrier.py)
    return carried_voice(f.outside, qtoks, cue, _is_report) or cue


def _credit_after(f: QuoteParse) -> Any | None:
    """"X declined to comment: “…,” Davidson Y, a spokesman, told POLITICO": a reporting verb
    whose named subject opens right after the closing mark credits the words, before the colon
    rule gives them to the clause before (round 11, real-news tuning split)."""
    after = [t for t in f.outside if t.i > f.qtoks[-1].i and t.is_alpha]
    if not after:
        return None
    first = after[0]
    for t in after[1 : NESTED.credit_reach]:
        subj = [c for c in t.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        if subj and subj[0].left_edge.i == first.i and _is_report(t) and not _opens_next(f.doc, t, f.qtoks):
            return t
    return None


def _before_colon(f: QuoteParse) -> Surface | None:
    """"he gave a characteristically short answer: “…”": the main clause before the colon.
    "The memo ended with a line that staff shared …: “…”" is the memo's line, not the staff's."""
    doc, qtoks = f.doc, f.qtoks
    prev = [t for t in f.outside if t.i < qtoks[0].i]
    colon = [t for t in prev if t.text == ":"]
    if not (colon and colon[-1].i >= qtoks[0].i - 2):
        return None
    v = colon[-1].head
    while v.head.i != v.i and v.i > doc[0].i and (v.pos_ not in {"VERB", "AUX"} or v.dep_ in {
            "relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "pcomp"} and v.head.i < colon[-1].i):
        v = v.head
    # a reporting verb with its own named subject between the main verb and the colon
    # ("…, where nominee Alison X told supporters: “…”") is the quotation's
    own = [t for t in prev if v.i < t.i < colon[-1].i and t.i in f.out_ids
           and (named_reporter(t) or unnamed_reporter(t))]
    if own:
        v = own[-1]
    before_colon = doc[colon[-1].i - 1] if colon[-1].i > 0 else None
    if before_colon is not None and _is_report(before_colon) and before_colon.i in f.out_ids:
        v = before_colon  # "Pérignac defended it on television, saying: «…»"
    elif v.i not in f.out_ids or v.i > colon[-1].i:
        # the parser made the quotation the main clause ("X clarified it: “The
        # Government does not …”"): take the top verb left of the colon
        lv = [t for t in prev if t.pos_ in {"VERB", "AUX"} and t.i < colon[-1].i and t.dep_ != "aux"]
        if lv:
            v = min(lv, key=_depth)
    if not (v.pos_ in {"VERB", "AUX"} and v.i in f.out_ids):
        return None
    v = _named_clause_at_colon(f, v, prev, colon[-1].i)
    subj, how = subject_of(v)
    if subj is not None and subj.i not in f.out_ids:
        subj, how = _named_subject_outside(f, prev, colon[-1].i), "named subject outside the quotation"
    if subj is None:
        return None
    parts = f.parts(subj)
    if not parts:
        return None
    end = colon[-1].i
    strong = _is_report(v) and report_base(v.lower_) is not None
    cue_text = _parse_cue_text(doc, v) if strong else \
        doc[v.i : end].text if end - v.i <= 6 else v.text
    return Surface(parts, cue_text, f"parse: {how} of '{v.text}' before a colon", C.parse_before_colon)


def _named_clause_at_colon(f: QuoteParse, v: Any, prev: list[Any], colon: int) -> Any:
    """"Women contenders grabbed headlines …, to Oregon, where … Monica X touted her own
    qualifications: “…”": when the main verb is narration, a later verb with a named subject
    and no verb between it and the colon is the clause the colon ends (real-news tuning split)."""
    if _is_report(v):
        return v
    later = [t for t in prev if v.i < t.i < colon and t.i in f.out_ids and t.pos_ == "VERB"
             and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in t.children)]
    if later and not any(u.pos_ in {"VERB", "AUX"} for u in f.doc[later[-1].i + 1 : colon]):
        return later[-1]
    return v


def _named_subject_outside(f: QuoteParse, prev: list[Any], colon: int) -> Any | None:
    """"And Westerholm compares the planned laws to …: “The government … would …”": when the
    parse inherits the quotation's own subject, the named subject of the words before the
    colon speaks (the quotation's subject never does)."""
    return next((t for t in prev if t.i < colon and t.dep_ == "nsubj" and t.i in f.out_ids
                 and (t.pos_ == "PROPN" or t.lower_ in {"he", "she"})), None)


def _nearest_cue(f: QuoteParse) -> Any | None:
    """Any reporting verb of the frame: a full one ("as X put it when he read the draft")
    before a weak one, then the nearest to the quotation. "expressed skepticism" only governs:
    near words in another clause ("though X has expressed skepticism …, “…”") are not X's."""
    cands = [t for t in f.outside if _is_report(t) and not _opens_next(f.doc, t, f.qtoks) and not expresses_feeling(t)]
    if not cands:
        return None
    qpos = f.qtoks[0].i if f.qtoks else 0
    return min(cands, key=lambda t: (report_base(t.lower_) in WEAK_BASES, abs(t.i - qpos)))


def _no_reporting_verb(f: QuoteParse) -> Surface:
    owner = owned_words_owner(f.parts, f.all_toks, f.out_ids, f.base)
    if owner:
        return Surface(owner, None, "parse: owner of the words the sentence names", C.parse_narrating_subject)
    owner = claim_clause_owner(f.parts, f.all_toks, f.qtoks, f.base)
    if owner:
        return Surface(owner, None, CLAIM_OWNER_HOW, C.parse_narrating_subject)
    if not _inside_narration(f.lay, f.sent, f.qi):
        return Surface([], None, "no reporting verb in the sentence: continues the previous speaker",
                       C.parse_no_verb_continues, continuation=True)
    # "The question on their minds is “would this man …?”", "figures (…, “career”
    # civil servants)": words woven into a narrating sentence with no reporting verb
    # are nobody's in particular; continuing the previous speaker put a far-back
    # quotee's name on the writer's own phrase. A person who is the subject of the
    # sentence's main (non-copula) verb is the one using the words ("She avoided
    # the word, referring instead to a “…”", "X thinks Y has not “…”").
    root = next((t for t in f.all_toks if t.dep_ == "ROOT"), None)
    if root is not None and root.i in f.out_ids and root.lemma_ != "be" \
            and (_believed_clause(f, root) or not _own_subject_between(f.qtoks, root)):
        # "It credited the legend's … “…”": "it" only before an object (never "it seems")
        subs = [c for c in root.children if c.dep_ == "nsubj" and c.i in f.out_ids
                and (c.pos_ == "PROPN" or c.lower_ in {"he", "she", "they"} or c.lower_ == "it"
                     and any(d.dep_ == "dobj" for d in root.children))]
        parts = f.parts(subs[0]) if subs else None
        if parts and all(p.kind in {"name", "pronoun"} for p in parts):
            return Surface(parts, None, f"parse: subject of the narrating verb '{root.text}'", C.parse_narrating_subject)
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i in f.out_ids), None)
        owner = owned_work_owner(f.parts, subj, f.base) if subj is not None else None
        if owner:
            return Surface(owner, None, f"parse: owner of the {subj.lower_} subject of '{root.text}'",
                           C.parse_narrating_subject)
        named = named_later_subject(f.lay, f.sent, subj, f.parts(subj) if subj is not None else None)
        if named:
            return Surface(named, None, f"parse: subject of '{root.text}', named in the next sentence",
                           C.parse_narrating_subject)
    return Surface([], None, "no reporting verb: a quotation inside narration names nobody", C.nobody,
                   narrated=True)


def _from_cue(f: QuoteParse, cue: Any) -> Surface:
    """The speaker named by the subject of the governing reporting verb ``cue``."""
    subj, how = subject_of(cue)
    cue_text = _parse_cue_text(f.doc, cue)
    if (inside := credit_inside_surface(f, subj, cue, cue_text)) is not None:  # credit_inside.py
        return inside
    if subj is not None and subj.lower_ == "it" and subj.dep_ == "nsubjpass":
        # "it was revealed that …", "it is said that …": nobody is named
        return Surface([], cue_text, f"parse: impersonal passive 'it … {cue.text}'", C.nobody)
    outer = _outer(f.lay, f.doc, cue, f.out_ids, f.base)
    gov = reported_clause_of(cue, f.out_ids, _is_report) if outer is not None else None
    if outer is not None and carried_by_outlet(cue, f.out_ids, _is_report):
        outer = None  # "Iranian leaders asked that …, ISNA reported": never the outlet (nested.py)
    if outer is not None and inner_non_report(cue, subj):
        # "The White House dismissed it, saying the president ordered officials to take
        # “every precaution”": an inner verb that reports nothing its subject said (order,
        # find, "continue to", an act as subject: nested.inner_non_report) is not the report
        return outer
    if outer is not None and gov is not None and outer_owns(cue, subj, gov):
        # nested reporting (nested.py): the outer reporter states the clause the words are in
        return Surface(outer.parts, outer.cue, f"{outer.how}, the reporter of the clause with '{cue.text}'",
                       outer.confidence)
    if subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == cue.i \
            and report_base(cue.lower_) == "quote" and subj.lower_ != "it":
        # "“…,” he was quoted as saying", "X is quoted in the excerpts": the one quoted is the
        # speaker (the passive rule below left every such quotation null; real-news tuning split)
        parts = f.parts(subj)
        if parts:
            return Surface(parts, cue_text, f"parse: passive '{cue.text}' names who is quoted", C.parse_passive_agent)
    quoted = quoted_object(cue)
    if quoted is not None and f.parts(quoted):
        return Surface(f.parts(quoted), cue_text, f"parse: '{cue.text} X as saying' names who is quoted",
                       C.parse_passive_agent)
    if subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == cue.i:
        # "X was accused in an indictment of … “…”": X is reported on, not reporting; inside
        # reported speech ("G said residents had been promised a “…”") the reporter speaks
        return outer or Surface([], cue_text, f"parse: passive '{cue.text}' without its agent", C.nobody)
    return _from_subject(f, cue, subj, how, cue_text, outer)


def _from_subject(f: QuoteParse, cue: Any, subj: Any, how: str, cue_text: str,
                  outer: Surface | None) -> Surface:
    """The speaker named by ``subj``, the active subject of ``cue`` (or its lack): a name
    before an aside, a name in apposition, an unnamed reporter (nobody) or, failing those,
    ``outer`` (the reporter of the clause) or a continuation of the previous speaker."""
    if subj is None and cue.dep_ == "ROOT":
        named = name_before_aside(f.parts, cue, f.out_ids)
        if named:
            return Surface(named, cue_text, f"parse: name before an aside, subject of '{cue.text}'", C.parse_subject)
    if subj is None and how == NAMED_BY_PARTICIPLE:  # the describer is unnamed (verb_subject.py)
        return outer or Surface([], cue_text, f"parse: {how} '{cue.text}'", C.nobody)
    if subj is None:
        return outer or Surface([], cue_text, f"parse: cue '{cue.text}' without a subject", C.parse_cue_without_subject, continuation=True)
    parts = f.parts(subj)
    if not parts:
        named = apposed_name(f.parts, subj, cue, f.out_ids)
        if named:
            return Surface(named, cue_text, f"parse: name in apposition to the subject '{subj.text}'", C.parse_subject)
        if subj.pos_ in {"NOUN", "NUM", "PRON"} and subj.lower_ not in SUBJECT_PRONOUNS and cue.i > subj.i \
                and subj.lower_ not in {"others", "many", "some", "several", "few", "most", "all", "both"}:
            # "One of Thomas’s close friends recently stated that …": the reporter is there but
            # unnamed; continuing the previous quotee gave the words to a man long dead
            return outer or Surface([], cue_text, f"parse: subject '{subj.text}' names nobody", C.nobody)
        return outer or Surface([], cue_text, f"parse: subject '{subj.text}' is not a speaker", C.parse_subject_not_speaker,
                                continuation=True)
    # the one made to speak is the speaker, named or not: never the outer reporter
    return Surface(parts, cue_text, f"parse: {how} of '{cue.text}'", C.parse_subject,
                   outer=None if controller(cue) is not None or relative_own_reporter(cue) else outer)


# Verbs of belief whose clause is the believer's own view ("She believes that the “…” of towns
# like hers is waiting"): the clause's own subject does not take the words from the believer
# (word forms: the pipeline runs without a lemmatizer)
_BELIEF_VERBS = frozenset("""believe believes believed think thinks thought feel feels felt fear
fears feared reckon reckons reckoned suspect suspects suspected""".split())


def _believed_clause(f: QuoteParse, root: Any) -> bool:
    """The quotation lies inside the clause complement of a main verb of belief."""
    if root.lower_ not in _BELIEF_VERBS or not f.qtoks:
        return False
    return any(c.dep_ == "ccomp" and c.left_edge.i <= f.qtoks[0].i <= c.right_edge.i
               for c in root.children)


def _own_subject_between(qtoks: list[Any], root: Any) -> bool:
    """A clause with its own subject lies between the quotation and the main verb ("He served
    at his own pleasure, and his remarks were designed to pander to … “career” staff": the
    words are not the main subject's)."""
    if not qtoks:
        return True
    doc = root.doc
    if any(doc[j].text == ":" for j in range(root.i + 1, max(root.i + 1, qtoks[0].i - 3))):
        # "She talks of the children: a march by pupils …, a fist and shout of “…”": a colon
        # opens a scene of other people's words, not the subject's own (round 5)
        return True
    h = min(qtoks, key=_depth).head
    for _ in range(12):
        if h.i == root.i or h.head.i == h.i:
            return False
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in h.children):
            return True
        h = h.head
    return True


def _inside_narration(lay: Layout, sent: Sentence, qi: int) -> bool:
    """The quotation sits inside a narrating clause: three or more words of the frame before it
    (not a colon or an opening "And"), or, opening the sentence, three or more after it."""
    left, right = _quote_bounds(lay, sent, qi)
    lw = [t for t in left if _is_word(t) and t.text != "X"]
    rw = [t for t in right if _is_word(t) and t.text != "X"]
    if left and left[-1].text == ":":
        return False
    if not lw and (_glued_after_credit(lay, sent, qi) or runs_on_after_credit(lay, sent, qi, rw)):
        return False
    return len(lw) >= 3 or not lw and len(rw) >= 3


# after a quoted sentence closed by its own stop, the closing mark then a capital or a link:
# "… program."The Centers …", "… to kid?" The proposed question …", "… loopholes." http://…"
_MARK_THEN_CAPITAL = re.compile(r"[\"”’']\s*(?:[A-Z]|https?://)")


def _glued_after_credit(lay: Layout, sent: Sentence, qi: int) -> bool:
    """The quotation is a whole sentence of its own, glued to the narration after it (no space
    after the mark, or a question mark the splitter keeps), right after a sentence of the same
    paragraph that holds quoted words: it goes on in that voice, as a quotation standing alone
    would. Corpus text (round 35, lane nulls16): "“…,” Manley told The Hill. “…”The Centers for
    …" and "“…,” he said. “Who are they trying to kid?” The proposed question …" were read as
    words inside the narration and left null."""
    q = lay.quotes[qi]
    if sent.index == 0 or q.text.rstrip()[-1:] not in {".", "?", "!"} \
            or _MARK_THEN_CAPITAL.match(lay.text, q.end) is None:
        return False
    prev = lay.sentences[sent.index - 1]
    return prev.para == sent.para and bool(prev.quotes)


def _outer(lay: Layout, doc: Any, cue: Any, out_ids: set[int], base: int) -> Surface | None:
    """"She said residents had reported “…”": when the inner reporter is nobody in
    particular, the words are the outer reporter's. A "continue to" on the way reports nothing
    ("said X continue to … and that Y has instructed …": nested.going_on) and yields to a
    reporter above it, if any; a finding ("the court has found that …") does not."""
    h = cue
    passed = None  # the first such non-report on the way: the answer when none is above it
    for _ in range(6):
        if h.head.i == h.i:
            break
        h = h.head
        if h.i in out_ids and _is_report(h):
            subj, how = subject_of(h)
            if going_on(h, subj):
                passed = passed or (h, subj, how)
                continue
            return _outer_surface(lay, doc, h, subj, how, base)
    return _outer_surface(lay, doc, *passed, base) if passed else None


def _outer_surface(lay: Layout, doc: Any, h: Any, subj: Any | None, how: str, base: int) -> Surface | None:
    parts = np_parts(lay, doc, subj, base) if subj is not None else None
    if parts:
        return Surface(parts, _parse_cue_text(doc, h), f"parse: {how} of outer '{h.text}'", C.parse_outer_cue)
    return None


def _opens_next(doc: Any, verb: Any, qtoks: list[Any]) -> bool:
    """'“…” Hayes said: “Knowing …”': a reporting verb after the quotation and right before a
    colon opens the next quotation; the words before it continue the previous speaker (the
    real-news tuning split credited Gatlin's second sentence to Hayes)."""
    return bool(qtoks) and verb.i > qtoks[-1].i and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ":"


def governing_report(f: QuoteParse) -> tuple[Any, Surface, Any] | None:
    """The reporting verb the quotation hangs from in the parse (its attachment climbs to it),
    the surface of that verb's subject and the quotation's highest word; None when none
    governs it (attribute/fragment_kind.py reads it for quotations credited to nobody)."""
    cue = _attached_cue(f) if f.outside and f.qtoks else None
    if cue is None:
        return None
    return cue, _from_cue(f, cue), f.top


def citing_report(f: QuoteParse) -> tuple[Any, Surface, Any] | None:
    """Like ``governing_report`` for a verb that cites the words rather than reports them:
    "named “…” as a key challenge", "cited “…” as his reason", "made reference to a “…”"
    (round 16, lane scare2: a speaker's phrase typed scare, no reporting verb near the marks).
    None unless the words are the verb's own object (with "as" after them) or the object of
    "to" after "reference"."""
    if not f.words:
        return None
    top = f.top
    verb = _citing_verb(top)
    # a participle hung on a noun or a preposition has no speaker of its own: "a note …
    # identifying that “…” as", "the option of listing “…” as" (corpus audit: both were given
    # a name found elsewhere in the sentence)
    if verb is None or verb.i not in f.out_ids or verb.dep_ in ("acl", "pcomp"):
        return None
    # the subject itself, never "cited X as saying" (_from_cue's quoted object) nor a passive
    subj, how = subject_of(verb)
    parts = f.parts(subj) if subj is not None and subj.dep_ == "nsubj" else None
    if not parts:
        return None
    cue_text = _parse_cue_text(f.doc, verb)
    return verb, Surface(parts, cue_text, f"parse: {how} of '{verb.text}', which cites the words", C.parse_subject), top


def _citing_verb(top: Any) -> Any | None:
    h = top.head
    if top.dep_ in ("dobj", "oprd") and h.lower_ in CITING_AS and h.pos_ == "VERB":
        # "as" after the words, hung off the verb or off the words ("named “…” as a threat")
        return h if any(t.lower_ == "as" and t.dep_ == "prep" and t.i > top.i for t in h.subtree) else None
    if top.dep_ != "pobj" or h.lower_ != "to":
        return None
    up = h.head
    if up.lower_ in CITING_NOUNS and up.head.lower_ in LIGHT_VERBS:
        return up.head  # "made reference to" with "to" on the noun
    if up.lower_ in LIGHT_VERBS and any(c.dep_ == "dobj" and c.lower_ in CITING_NOUNS for c in up.children):
        return up  # "made reference to" with "to" on the verb
    return None
