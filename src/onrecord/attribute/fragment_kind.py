"""A short fragment in marks that the extraction typed scare or term because its string
context credits it to nobody (or to a group), but that the parse puts inside what a reporting
verb reports, with a subject naming someone, is that someone's speech (issue 11, round 14,
lane kindsp). "The American leader called on “…” to confront “…”", "… moved from “…” to
“…” condition, Dr X said", "He did note, however, that the committee … to guarantee a “…”", "They accused
him of “…” in an address “…”", "The club has approached the board with “…”, it has
confirmed": the string rules see no reporting verb next to the marks, or a subject they
cannot read, and call the words the writer's. Speech typed scare or term was the largest class
of speaker errors shared by the three tuning sets (round 13: fresh 11, tune 23, ext 6), and a
quotation typed scare loses its speaker too.

The extraction's judgement of a subject (``extract.subject.subject_is_named``: a name, an
institution or a definite singular noun phrase is someone; "critics", "Republicans", "its
developers" are a group) is applied to the subject the parse finds. Never retyped: naming
verbs ("what engineers call “…”", "they dubbed it “…”": the extraction's naming rules decide
those, and a label is a term whoever coins it) unless they demand ("called on “…” to") or
the parse gives an active naming verb the extraction credited to nobody a named subject
(``_namer_named``: the extraction's own rule types a named namer's words speech), a
thing promised or vowed ("has promised to convene a „…“": the dev set's proposed name, a term),
a quotation inside the subject itself ("Its flagship product, “…”, predicts") or modifying the
verb's own noun ("their “bombshell” reporting"), "went on to become Y's “…”", "ruled out",
"to continue … to help with an “…”" and light verbs ("made an address"), whose subject is not
the one speaking; a weak reporting verb ("accepted", "speaking") only through its clause
("did note that … “…”", not "speaking to voters in more “intimate” settings"). A description or
"they" as the subject retypes the words with no speaker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..extract.fragment_rules import A_NAME_IN_A_SENTENCE, uncredited
from ..extract.naming import naming_reason
from ..extract.subject import names_a_party, subject_is_named
from ..lexicon.titles import COURTESY_TITLES, PLURAL_TITLES, TITLE_SYNONYMS, TITLE_WORDS, UNNAMED_VOICE_HEADS
from ..lexicon.categories import CLASSING_VERBS
from ..lexicon.classifier_reporting import COMMISSIVE
from ..lexicon.demands import DEMAND_NOUNS
from ..lexicon.reporting import (CITING_AS, CITING_NOUNS, CLAIM_NOUNS, COMMITMENT_NOUNS, LIGHT_VERBS, QUESTIONED_TOPIC_PREPOSITIONS,
                                 QUESTIONING_BASES, WEAK_BASES, WEAK_JUDGING_BASES, report_base)
from ..thresholds.attribute import CONFIDENCE as C, WINDOWS
from .classing_verb import class_given, classing_report
from .compound_label import is_label
from .group_words_kind import group_words
from .owned_fragment import MENTIONED, may_own, owner_surface
from .owned_wording import WORDING_MODIFIED, may_own_wording, wording_owner_surface
from .owners import CLAIM_OWNER_HOW, claim_clause_owner
from .parse_finder import citing_report, governing_report
from .phrase import Surface
from .pledged_fragment import pledged_words, pledging
from .quote_parse import QuoteParse
from .sentence_credit import sentence_credit
from .verb_subject import INHERITED_SUBJECT, OWN_SUBJECT

if TYPE_CHECKING:
    from .layout import Layout, Sentence

# Only the extraction's uncredited decisions (extract.fragment_rules.uncredited) are
# open to the parse; every other scare or term rule read a cue of its own ("so-called", "the
# word", a naming verb, "billed as", imagined words).
# "known as" names a thing with no one naming it: "… could confuse customers - known as “…”"
# was retyped the speech of the subject of "claims" far back (round 38, lane called21)
_DECIDED_ELSEWHERE = ("billed as", naming_reason("known as"))

# Verbs of naming (the extraction's naming rules own them) and verbs whose subject does not
# speak the words below them ("ruled out the “…”"; "continued" reports a whole quotation,
# never a fragment in its clause: "is to continue … to help with an “orderly …”", a term).
_NAMING_BASES = frozenset("call dub label brand refer describe term nickname name characterise characterize".split())
_NOT_SPEAKING_BASES = frozenset({"rule", "continue"})
# Naming verbs whose "as" gives the namer's own verdict on a thing he names otherwise ("Quill
# labels the levy as “a quiet robbery”", "sought to brand the audit as “a stunt”"): the
# guideline's K4, a named namer's words. Round 83, lane kind99: on draw N the string reading
# credited these fragments to nobody (no naming cue it knows), so the parse never saw them.
_AS_NAMING_BASES = frozenset("label brand describe characterise characterize".split())
_GO_FORMS = frozenset({"go", "goes", "going", "went", "gone"})
_PRONOUNS = frozenset({"he", "she", "it", "they"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "poss"})
# The extraction's naming reasons ("naming verb 'calls' credited to nobody")
_NAMING_REASON = naming_reason("")[:-1]
# The parse's subject of a naming verb that a namer may give: the verb's own, or one shared
# with the clause it is a participle or a coordinate of (verb_subject.subject_of's wording)
_OWN_OR_SHARED_SUBJECT = re.compile(
    rf"parse: (?:{OWN_SUBJECT} of|{INHERITED_SUBJECT} (?:advcl|conj|xcomp) of) '")


def candidate(lay: "Layout", qi: int) -> int | None:
    """The sentence of ``lay.quotes[qi]`` to parse when the extraction typed it scare or term
    for want of a credit and a reporting verb that may speak it stands in the sentence (its
    words outside the marks: the masked tokens), else None. Parsing only those sentences
    keeps the cost down: on the five real splits' 370 articles 715 sentences are parsed, 641
    without this rule, 829 when every such fragment's sentence is parsed."""
    q = lay.quotes[qi]
    si = lay.quote_sentence.get(qi)
    if si is None or q.kind not in ("scare", "term"):
        return None
    why = " ".join(q.kind_evidence)
    if MENTIONED in why:
        # "his use of the word “…”": only its owner may speak it (owned_fragment.py)
        return si if may_own(lay, si, why) else None
    if WORDING_MODIFIED in why:
        # "Kell's “…” remark": only the wording noun's owner may speak it (owned_wording.py)
        return si if may_own_wording(lay, si, why) else None
    if class_given(why):
        # "has classed the bonds as “…”": the extraction's category; the parse reads who classed
        return si if any(t.lower in CLASSING_VERBS for t in lay.sentences[si].tokens) else None
    if not uncredited(why) or any(w in why.lower() for w in _DECIDED_ELSEWHERE):
        return None
    naming = _NAMING_REASON in why
    if _claim_clause_opens(lay.sentences[si].tokens):
        return si
    toks = lay.sentences[si].tokens
    as_named = any(t.lower == "as" for t in toks)
    return si if any(_may_speak(t.lower) or t.lower in CITING_AS or t.lower in CITING_NOUNS or t.lower == "according"
                     or t.lower in CLASSING_VERBS
                     or (naming or as_named and report_base(t.lower) in _AS_NAMING_BASES)
                     and report_base(t.lower) in _NAMING_BASES
                     for t in toks) else None


# Nouns whose "that" or "to" clause repeats their owner's words: claims, promises, pledges,
# threats and demands ("her argument that her foe is a “…”", "his threat to “…” the deal")
_CLAIM_CLAUSE_NOUNS = CLAIM_NOUNS | COMMITMENT_NOUNS | DEMAND_NOUNS


def _claim_clause_opens(tokens: list[Any]) -> bool:
    """A claim noun and a "that" or "to" in the sentence: the cheap test before the parse
    reads whose claim it is and where its clause opens (``_claim_owner``)."""
    words = [t.lower for t in tokens if t.is_word]
    return any(w in _CLAIM_CLAUSE_NOUNS and {"that", "to"} & set(words[i + 1 : i + WINDOWS.claim_opener_words])
               for i, w in enumerate(words))


def _claim_owner(view: QuoteParse) -> Surface | None:
    """"Clinton will press her argument that her foe is a “…”", "the President's own
    announcement that the country is “…”", "his threat to “…” the agreement": a fragment credited
    to nobody inside the "that" or "to" clause of an owned claim or commitment is the owner's
    wording (guideline K1, ruling R1), as a quotation typed speech there is
    (parse_finder._no_reporting_verb). "Their" is a group's, left as it was. Round 72, lane
    frag82: the string rule (claim_over_subject.py) reads only a capitalised owner, and the
    300-article folder's three such fragments had a pronoun or a title as the owner."""
    owner = claim_clause_owner(view.parts, view.all_toks, view.qtoks, view.base, _CLAIM_CLAUSE_NOUNS,
                               WINDOWS.claim_phrase_chars)
    if not owner or not all(_someone(p.kind, p.text) and p.text.lower() != "they" for p in owner):
        return None
    return Surface(owner, None, CLAIM_OWNER_HOW, C.parse_narrating_subject)


def _may_speak(word: str) -> bool:
    base = report_base(word)
    return base is not None and (base not in _NAMING_BASES or base in ("call", "refer")) \
        and base not in _NOT_SPEAKING_BASES and (word not in COMMISSIVE or pledging(word))
    # ("called on … to": _directive; "urged … to scrap the “…” levy": pledged_fragment.py)


def retype(lay: "Layout", sent: "Sentence", qi: int, doc: Any) -> Surface | None:
    """The surface of the speaker when the parse shows the fragment ``lay.quotes[qi]`` is
    someone's reported words (the quotation is then made speech, with the reason), else None
    (the quotation keeps its kind)."""
    why = " ".join(lay.quotes[qi].kind_evidence)
    if "modifying the noun after it" in why and is_label(lay, sent, qi, doc):
        return None  # "clarified the status of “transit visa” holders": a label (compound_label.py)
    # an expression named as one is the speech of the owner of its "use of the word", never of
    # the verb above ("Asked about Vale's use of the word “…”, Lee said"): owned_fragment.py
    view = QuoteParse(lay, sent, qi, doc)  # the parse read once for the rules below
    if MENTIONED in why:
        return _to_speech(lay.quotes[qi], owner_surface(view, why), "in the words of the owner of a use of the word")
    if WORDING_MODIFIED in why:
        return _to_speech(lay.quotes[qi], wording_owner_surface(view), "on a wording noun its owner's")
    if class_given(why):
        return _class_giver(lay.quotes[qi], view)
    claimed = _claim_owner(view)
    if claimed is not None:
        return _to_speech(lay.quotes[qi], claimed, "inside the clause of its owner's claim")
    # "named “…” as a key challenge", "made reference to a “…”": the verb cites the words (lane scare2)
    # "ranks three as “…”", "deemed the pages “…”": the verb gives a class (classing_verb.py)
    cited = citing_report(view) or classing_report(view)
    found = cited or governing_report(view)
    if found is None and A_NAME_IN_A_SENTENCE not in why:
        # "…, said the committee.", "…, Kang said, will …", "…, according to X.": a credit
        # set off by commas that the climb from the marks does not reach (sentence_credit.py).
        # Not a name in marks: "Soviet “Scud” technology …, according to an … overview" named a
        # missile, nobody's words (review33, a targeted corpus check)
        found = cited = sentence_credit(view)
    if found is None:
        return None
    cue, surf, top = found
    if not surf.parts or not (cited or _namer_named(why, cue, top, surf) or _speaks(cue, top, view.qtoks)) \
            or not all(_someone(p.kind, p.text) for p in surf.parts):
        return None
    titled = len(surf.parts) == 1 and _one_titled_person(surf.parts[0].kind, surf.parts[0].text) \
        and not _holder_named_later(lay, surf.parts[0])
    habit = None if titled or not _group_or_they(surf) else group_words(why, cue)
    if habit is not None:  # "what border agents refer to as “…”", "they sometimes say" (group_words_kind.py)
        q = lay.quotes[qi]
        q.kind_evidence = q.kind_evidence + [f"the parse's '{cue.text}' has a group for subject: {habit}"]
        return None
    _to_speech(lay.quotes[qi], surf, f"under '{cue.text}' with a named subject")
    if titled:
        # "The president charged that … “…”", "the Hoboken mayor told CNN" (not "the Maryland
        # congressman": an unnamed voice's head, below): a definite office names the one
        # person the article gave it, and the resolver's role rules find that person or leave
        # the words unnamed (round 33, lane docs14: random corpus text left each null)
        return surf
    if _group_or_they(surf):
        # "Commentators on the channel … . They accused him of “…”": a group's words, its
        # members unnamed (resolving "they" gave the channel's name); "The American leader
        # called on “…”" resolved to another country's leader and the next "he said" followed
        # it (fresh set: three right quotations lost). Speech, the speaker left null.
        return Surface([], surf.cue, f"{surf.how}: a description or 'they', left unnamed", C.nobody)
    return surf


def _group_or_they(surf: Surface) -> bool:
    """A description or "they" among the subject's parts: the words are then left unnamed."""
    return any(p.kind == "desc" or p.kind == "pronoun" and p.text.lower() == "they" for p in surf.parts)


def _class_giver(q: Any, view: QuoteParse) -> Surface | None:
    """The named subject of the classing verb whose class the extraction's category words
    name (classing_verb.py), the words then typed speech (guideline K9); a description or a
    pronoun gives nothing here: the category stays the writer's term."""
    found = classing_report(view)
    if found is None or not all(p.kind == "name" and _someone(p.kind, p.text) for p in found[1].parts):
        return None
    return _to_speech(q, found[1], f"under '{found[0].text}', which gives the class, with a named subject")


def _to_speech(q: Any, surf: Surface | None, where: str) -> Any:
    """``surf`` after typing ``q`` speech with the parse's reason (nothing when no surface)."""
    if surf is not None:
        q.kind = "speech"
        q.kind_evidence = q.kind_evidence + [f"but the parse puts it {where}: speech"]
    return surf


def _one_titled_person(kind: str, text: str) -> bool:
    """A definite singular description whose head is a person's title or office ("the
    Hoboken mayor", "The president"), never an unnamed voice ("the official", "the aide",
    also "the senator", "the congressman": UNNAMED_VOICE_HEADS) nor a courtesy title, nor a
    plural one ("The ministers", in TITLE_WORDS: round 33, second review)."""
    words = text.lower().split()
    return kind == "desc" and len(words) >= 2 and words[0] == "the" and words[-1] in TITLE_WORDS \
        and words[-1] not in UNNAMED_VOICE_HEADS and words[-1] not in COURTESY_TITLES \
        and words[-1] not in PLURAL_TITLES


def _holder_named_later(lay: "Layout", part: Any) -> bool:
    """Whether the article writes the description's office only after it, as a title before a
    name ("The home secretary said … not “well informed”. … Home Secretary Charles X told
    …"): the role rules send an office no one was given yet to the person in focus, and on
    random BBC text that was the detainee the article was about (round 33, second review)."""
    head = part.text.lower().split()[-1]
    forms = re.compile(r"\b(?i:" + "|".join(re.escape(w) for w in (head, *TITLE_SYNONYMS.get(head, ())))
                       + r")\b\.?(?=\s+[A-Z][a-z])")  # "Gov. X" for "the governor"
    if forms.search(lay.masked, 0, part.start):
        return False
    return any(m.group(0)[0].isupper() for m in forms.finditer(lay.masked, part.start + len(part.text)))


def _someone(kind: str, text: str) -> bool:
    if kind == "pronoun":
        return text.lower() in _PRONOUNS
    # a party's caucus speaks as a body only through a reporting verb next to the words (the
    # extraction's reading); under the parse's farther verbs ("Senate Democrats countered …
    # with a move known as “…”", "voted to add … the “…”") its label is a term (corpus audit)
    return kind in ("name", "desc") and subject_is_named(text) is True and not names_a_party(text)


def _speaks(cue: Any, top: Any, qtoks: list[Any]) -> bool:
    """The verb's subject speaks the words whose highest word is ``top`` (see the module
    docstring)."""
    low = cue.lower_
    base = report_base(low)
    under = _child_of(top, cue)
    if base == "refer" and _citing(cue, under, top):
        return True
    if base in _AS_NAMING_BASES and _named_as(cue, under, top):
        return True
    if base in _NAMING_BASES and not _directive(cue) or base in _NOT_SPEAKING_BASES or low in LIGHT_VERBS \
            or low in COMMISSIVE and not pledged_words(cue, qtoks):
        return False
    if low in _GO_FORMS and any(c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" for c in cue.children):
        return False  # "went on to become the “…”"
    if under is None:
        return True
    if under.dep_ in ("nsubj", "nsubjpass") or top.head.i == cue.i and top.dep_ in _MODIFIER_DEPS:
        return False  # inside the subject, or a modifier of the verb's own noun
    # a weak reporting verb (lexicon.reporting.WEAK_BASES: it reports words only right next to
    # it or through a clause) reports a fragment only in its clause complement: "did note that
    # … a “…”", not "speaking to voters in more “intimate” settings" (fresh2, a scare)
    if base in QUESTIONING_BASES and _asked_about(under, top):
        return False
    return base not in WEAK_BASES or under.dep_ == "ccomp" or _directive(cue) or _judged(base, under, top)


def _namer_named(why: str, cue: Any, top: Any, surf: Surface) -> bool:
    """The naming verb the extraction read, credited to nobody or to a group, has in the parse
    an active subject of its own that names someone: "declined to comment on what it calls
    “…”", "he's lashing out—calling the raids “…”" (the string reading took neither "it" nor
    the contracted "he's" for a subject; real-news fresh5 and fresh23, gold speech). The
    extraction's own naming rule types a named namer's words speech; the parse only finds the
    namer. Only the present and -ing forms: a past form is as often a participle naming its
    noun ("The panel, called the “…”, met", which the parse may read as the panel's own verb;
    tests/extract/test_agentless_naming.py), so not "called", nor a passive, nor a subject
    found through a clause the verb is reported in (a misparse took a distant "it"), "they"
    (the extraction's group: "they call it “…”"), nor words inside the subject or modifying
    the verb's noun."""
    if _NAMING_REASON not in why or report_base(cue.lower_) not in _NAMING_BASES:
        return False
    if cue.lower_.endswith("ed") or cue.dep_ == "acl" or any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children):
        return False  # a past form is as often a reduced passive the parse reads as a main verb
    if not _OWN_OR_SHARED_SUBJECT.match(surf.how) or any(p.kind == "pronoun" and p.text.lower() == "they" for p in surf.parts):
        return False
    under = _child_of(top, cue)
    return under is not None and under.dep_ not in ("nsubj", "nsubjpass") and top.dep_ not in _MODIFIER_DEPS


def _named_as(cue: Any, under: Any, top: Any) -> bool:
    """The words are the object of the naming verb's own "as" ("labels the levy as “a quiet
    robbery”"), the verb active and finite or under another verb ("has sought to brand …"),
    never a participle naming its noun nor a passive ("what would be labeled as “…”": no namer
    speaks)."""
    if under is None or under.dep_ != "prep" or under.lower_ != "as" or top.head.i != under.i:
        return False
    return cue.dep_ not in ("acl", "amod") and not any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children)


def _judged(base: str | None, under: Any, top: Any) -> bool:
    """A verb of judging (lexicon.reporting.WEAK_JUDGING_BASES) speaks the words below it unless
    they are its direct object itself: "blamed the slowdown on “…”" and "dismissing the row as
    an “…”" give the verdict in the judge's words, "will accept “…” instead of a wall" names
    the thing judged (fresh22, a term). Nor a word in marks modifying a noun outside them
    ("blamed the late sailings on “minor” delays"): a label on the noun, as the extraction's
    modifier rule reads it. ``top`` is the words' highest token, so the noun it modifies stands
    outside them."""
    if top.dep_ in _MODIFIER_DEPS:
        return False
    return base in WEAK_JUDGING_BASES and not (under.i == top.i and under.dep_ in ("dobj", "attr", "oprd"))


def _asked_about(under: Any, top: Any) -> bool:
    """The words are what a verb of questioning asks about: its direct object ("queried the
    “facts”") or its topic ("pressed the mayor on his “secret deal”"): a label, no saying
    (round 38 review of orgpiece21's manner verbs). Not when a verb stands between ("pressing
    the nominee to brand X a “…”": the presser's words, a corpus check of the first form; the
    parser, reading "brand" as a noun, gave "pressing" three direct objects there: a lost clause)."""
    if not (under.dep_ == "dobj" or under.dep_ == "prep" and under.lower_ in QUESTIONED_TOPIC_PREPOSITIONS):
        return False
    if sum(c.dep_ == "dobj" for c in under.head.children) > 1:
        return False
    t = top
    while t.i != under.i and t.head.i != t.i:
        if t.pos_ in {"VERB", "AUX"} and t.i != top.i:
            return False
        t = t.head
    return True


def _citing(cue: Any, under: Any, top: Any) -> bool:
    """"referred to “acts of terror”": the words are the object of "referred to", which cites
    them (real-news tuning and fresh splits: a speaker's phrase typed scare), unlike "referred
    to the plan as “…”" or "referring to its rule, known as the “…”", a naming (the words must be
    the object of "to" itself: corpus audit)."""
    if under is None or under.dep_ != "prep" or under.lower_ != "to" or top.head.i != under.i:
        return False
    # no "as" between the verb and the words, wherever the parse hangs it ('referring to her
    # as “…”' hung "as" off the pronoun: corpus audit)
    return not any(t.lower_ == "as" for t in top.doc[cue.i + 1 : top.i])


def _directive(cue: Any) -> bool:
    """"called on the many to …", "called for a “…”": a demand in the caller's words, not a
    naming (as the extraction reads "called on … to" and "called for")."""
    return any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "for") for c in cue.children)


def _child_of(tok: Any, cue: Any) -> Any | None:
    """The child of ``cue`` on the way up from ``tok`` (``tok`` itself when it hangs right
    there), or None when ``cue`` is not above it."""
    t = tok
    for _ in range(12):
        if t.head.i == cue.i and t.i != cue.i:
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None

