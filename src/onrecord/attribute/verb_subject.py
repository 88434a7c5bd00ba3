"""The subject of a reporting verb in the dependency parse: its own subject or passive agent,
the object that controls an infinitive ("prompting X to call"), the antecedent of a relative
clause, or the subject inherited from the clause it hangs from. Read by parse_finder.py (moved
out of it when round 14's object control and fragment kinds made it too long)."""

from __future__ import annotations

from typing import Any

from ..text.mask import OPENING_MARKS
from ..lexicon.reporting import (CLAIM_NOUNS, INSTRUMENT_VERBS, NAMING_PARTICIPLES, RECORDING_NOUNS, SIGNALLING_VERBS,
                                 report_base)
from ..lexicon.function_words import SUBORDINATORS
from ..lexicon.groups import SPEAKING_GROUPS
from ..lexicon.heads import GENERIC_HEADS
from ..lexicon.titles import HONORIFICS, TITLE_WORDS
from ..text.find import noun_in
from .cues import DOCUMENT_NOUNS
from .group_example import named_example
from .carried_document import CARRIED_VOICE, carried_by_report
from .opening_subject import opening_name
from .speechless_clause import PERSON_ENDINGS, named_beside_relative, speaking_governor, speechless


# what subject_of says when the verb is a past participle naming its noun: nobody named
NAMED_BY_PARTICIPLE = "the noun a past participle names, not its namer"
# subject_of's ``how`` for the verb's own subject, and the start of it for one shared with the
# clause the verb is a participle, complement or coordinate of ("… inherited through conj");
# parse_finder writes it into its reason, which fragment_kind reads
OWN_SUBJECT = "subject"
INHERITED_SUBJECT = "subject inherited through"
# subject_of's ``how`` when a participle of saying passes over a speechless main subject to
# the named subject of the subordinate clause before it (subclause_subject)
SUBCLAUSE_SUBJECT = f"{INHERITED_SUBJECT} advcl from the subordinate clause before it"


def subject_of(verb: Any) -> tuple[Any | None, str]:
    """The subject of a verb, inherited from the governing clause when it has none."""
    ctl = controller(verb)
    if ctl is not None:
        return ctl, f"object of '{ctl.head.text}' (object control)"
    quoted = quoted_as(verb)
    if quoted is not None:
        return quoted, "object of 'quoted … as saying'"
    maker = made_by(verb)
    if maker is not None:
        return maker, "maker of the statement named before the participle"
    v = verb
    how = OWN_SUBJECT
    came = None
    for _ in range(6):
        subs = _titles_dropped([c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}])
        agent = _passive_agent(v, subs) if v.dep_ != "ccomp" or v is verb else None
        if agent is not None:
            return agent, "agent"
        if subs and v is not verb and came is not None and reported_clause(came, v) is not None:
            v = reported_clause(came, v)
            continue
        if subs and came is not None and (sub := subclause_subject(v, came, subs[0])) is not None:
            return sub, SUBCLAUSE_SUBJECT
        if subs and came is not None and _joined_as_own_clause(came) \
                and (gov := speaking_governor(came, v, subs[0])) is not None:
            v = gov  # "NAME sounded hopeful a deal would be struck but said": NAME's (speechless_clause.py)
            continue
        if subs and (named := named_beside_relative(v, subs)) is not None:
            return named, how
        if subs:
            return _subject_named(v, subs[0], how)
        if v.dep_ == "relcl":
            return antecedent(v.head), "antecedent of relative clause"
        if carried_by_report(v):  # "… said they are “…”, The Hill reported": no outlet (carried_document.py)
            return None, CARRIED_VOICE
        if v.dep_ in {"xcomp", "advcl", "conj", "pcomp", "acl", "prep", "pobj", "ccomp", "dep", "oprd"}:
            how = f"{INHERITED_SUBJECT} {v.dep_}"
            came = v
            if v.dep_ == "acl" and v.head.pos_ in {"NOUN", "PROPN"}:
                # "a statement rejecting …, saying": the statement's maker
                if v.head.lower_ in DOCUMENT_NOUNS or spoken_about(v):
                    v = v.head.head
                    continue
                if _names_its_noun(v):
                    return None, NAMED_BY_PARTICIPLE  # "Senator X, described as a “…”": not X
                if stray_on_place(v):
                    v = v.head.head
                    continue
                return v.head, "noun modified by participle"
            v = v.head
            continue
        if v.dep_ == "ROOT":
            named = opening_name(v) if v is verb else None  # "NAME, asked about it, says": opening_subject.py
            if named is not None:
                return named, how
            break
        v = v.head
    return None, how


def subclause_subject(v: Any, came: Any, subj: Any) -> Any | None:
    """"The calls grew louder when NAME resigned …, citing his “…”", "The concession drew a
    detractor as Senator NAME told reporters …, adding: “…”": the parse hung a participle of
    saying (set off by a comma) on the main verb, whose subject is a thing that cannot speak,
    and the words went null; the named subject of the subordinate clause (when, as, after …)
    standing between the main verb and the participle speaks (round 68, lane clause76: fresh23,
    fresh24). A main subject that may speak keeps the participle."""
    if came.dep_ != "advcl" or came.i <= v.i or not _after_comma(came):
        return None
    if not speechless(subj):
        return None
    clauses = [c for c in v.children if c.dep_ == "advcl" and v.i < c.i < came.i
               and any(m.dep_ in {"mark", "advmod"} and m.lower_ in SUBORDINATORS and m.i < c.i for m in c.children)]
    if not clauses:
        return None
    named = [s for s in clauses[-1].children if s.dep_ == "nsubj" and s.pos_ == "PROPN"]
    return named[0] if named else None


def _after_comma(tok: Any) -> bool:
    """A comma right before ``tok``, or before the closing mark right before it ("…,” adding")."""
    i = tok.i - 1
    while i > 0 and tok.doc[i].text in _CLOSING_MARKS:
        i -= 1
    return i >= 0 and tok.doc[i].text == ","


def _passive_agent(v: Any, subs: list[Any]) -> Any | None:
    """The agent of a passive ``v`` ("Her comments have been described as “…” by the
    Commission": the Commission speaks), or None; never the one "quoted as saying … by the
    paper" names (the one quoted speaks: round 24, lane wrong8, three outlets took the words in
    1,000 corpus articles)."""
    agent = [c for c in v.subtree if c.dep_ == "agent" or c.lower_ == "by" and c.dep_ == "prep"]
    if subs and subs[0].dep_ == "nsubjpass" and agent and report_base(v.lower_) != "quote":
        objs = [c for c in agent[0].children if c.dep_ == "pobj"]
        if objs:
            return objs[0]
    return None


def _subject_named(v: Any, s: Any, how: str) -> tuple[Any | None, str]:
    """The speaker the subject ``s`` of ``v`` gives: a relative pronoun's antecedent, the one
    named in "Supporters like NAME, …, said", else ``s`` itself."""
    if s.lower_ in {"who", "that", "which"} and v.dep_ == "relcl":
        return antecedent(v.head), "antecedent of relative clause"
    example = named_example(s)  # "Supporters like NAME, …, said": the one named
    if example is not None:
        return example, f"{how}: the one named in '{s.text} {example.head.text} …'"
    return s, how

def _names_its_noun(participle: Any) -> bool:
    """"X, described as “…”", "an ad from X called “…”": a past participle naming the noun it
    hangs on, followed by "as" or the marks. A word between ("The group, a watchdog, called
    Pruitt “…”") or a root noun means the parse misread a finite verb (1,000 corpus articles)."""
    nxt = participle.nbor(1) if participle.i + 1 < len(participle.doc) else None
    return participle.tag_ == "VBN" and participle.lower_ in NAMING_PARTICIPLES \
        and participle.head.dep_ != "ROOT" and nxt is not None and (nxt.lower_ == "as" or nxt.text in OPENING_MARKS)


def spoken_about(participle: Any) -> bool:
    """"Castmoor Freight backed the plan saying “…”", "Fauci disputed Trump's claim, saying …":
    the parse hung a participle of saying on the object of the subject's verb, and the object
    (the thing spoken about) became the speaker's description while the speaker went null
    (issue 11, round 20, lane describe: "backed the proposals saying", "applauded Trump's
    challenge saying", in 250 unannotated corpus articles). True for a present participle of a
    reporting verb on a common-noun direct object that is no person, group or role; the
    object's verb's subject speaks."""
    noun = participle.head
    if participle.tag_ != "VBG" or report_base(participle.lower_) is None or noun.dep_ != "dobj":
        return False
    return noun.head.pos_ == "VERB" and speechless(noun)


def stray_on_place(participle: Any) -> bool:
    """"X issued a statement following a conference call saying: “…”", "X, who is spending the
    weekend at his club in Florida, tweeted: “…”": the parse hung the reporting verb on the
    object of a preposition (an occasion, a place), which cannot speak, and the words went null
    with it as the speaker's description (round 30, lane nullsC: fresh3, fresh5). The verb of
    the phrase (or the antecedent of its clause) speaks. Only a common noun that is no person,
    group or role, so "sided with protesters chanting “…”" stays with the protesters."""
    noun = participle.head
    if report_base(participle.lower_) is None or noun.dep_ != "pobj" or participle.i < noun.i:
        return False
    return noun.lower_ not in DOCUMENT_NOUNS and noun.lower_ not in RECORDING_NOUNS and speechless(noun)


# Verbs that report someone else's words through "as saying": "X quoted Y as saying".
_QUOTING_VERBS = frozenset({"quoted", "quotes", "quoting", "quote", "cited", "cites", "citing"})
_QUOTED_FORMS = frozenset({"quoted", "quotes", "quote"})  # without "as": quoting only, never citing


def quoted_as(verb: Any) -> Any | None:
    """"Reuters quoted Y as saying …", "Y was quoted by Reuters as saying …": the words are Y's,
    the one quoted, not the subject or the agent of "quoted" (round 20, lane orgperson: the
    outlet took the words; "quoted Y … as saying" is in 244 unannotated corpus articles)."""
    as_ = verb.head
    if verb.dep_ == "advcl" and as_.lower_ in _QUOTED_FORMS:
        # "She quoted the poet NAME, saying “…”": without "as" too, the one quoted speaks,
        # when that is someone and not a text (round 24, lane wrong8; corpus: a president
        # quoting a correspondent took the correspondent's words)
        objs = [c for c in as_.children if c.dep_ == "dobj" and c.i < verb.i]
        return _apposed_name(objs[0]) if objs and someone(objs[0]) else None
    if verb.dep_ != "pcomp" or as_.lower_ != "as" or as_.dep_ != "prep" or as_.head.lower_ not in _QUOTING_VERBS:
        return None
    quoting = as_.head
    objs = [c for c in quoting.children if c.dep_ == "dobj" and c.i < as_.i]
    if objs:
        return objs[0] if someone(objs[0]) else None  # "X quoted its plan as saying": X's words
    passive = [c for c in quoting.children if c.dep_ == "nsubjpass"]
    return passive[0] if passive else None


def _apposed_name(tok: Any) -> Any:
    """"the poet NAME": the name in apposition to a noun, else the noun itself."""
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), tok)


def someone(tok: Any) -> bool:
    """A person or a speaking body: a name, a pronoun, an office or a person's noun, or any
    noun with a name in apposition ("the poet NAME"); not a
    document ("Des X quoted its five-year plan as saying": the minister's words, tuning split)."""
    low = tok.lower_
    if low in DOCUMENT_NOUNS:
        return False
    return tok.pos_ in {"PROPN", "PRON"} or low in TITLE_WORDS or low in GENERIC_HEADS or low in SPEAKING_GROUPS \
        or low.endswith(PERSON_ENDINGS) or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)


def _titles_dropped(subs: list[Any]) -> list[Any]:
    """"Sens. Manchin and Toomey announced": the parse gave the verb two subjects, the plural
    title first, and "Sens" became the speaker (corpus read, eleventh session). A title is no
    subject beside a name."""
    named = [s for s in subs if s.lower_.strip(".") not in HONORIFICS]
    return named if named else subs


def reported_clause(came: Any, v: Any) -> Any | None:
    """"X rejected the allegation that Y had been sidelined, saying …", "X claimed Y has not
    responded and asked for …", "X said that Y messed up, but warned …, saying …": a reporting
    verb the parser hung (by conj or advcl) on the verb of a clause the speaker reported or
    denied belongs to that speaker, not to the clause's subject (round 17, lane names2: the
    tuning splits gave a minister's, a speaker's and a senator's words to the person or body
    they were talking about). The verb of the clause the reporter stands in, or None. A
    reported clause whose own verb reports ("said Y had told her … and added") keeps Y; a
    negated one ("claimed Y has not responded and asked") reports no words of Y's."""
    if came.dep_ not in {"conj", "advcl"} or came.head.i != v.i or report_base(came.lower_) is None:
        return None
    negated = any(c.dep_ == "neg" for c in v.children)
    if report_base(v.lower_) is not None and not negated or v.pos_ not in {"VERB", "AUX"}:
        return None
    if not _joined_as_own_clause(came):
        return None
    if _content_clause_of_claim(v):
        gov = _claim_noun_governor(v.head)
        # a claim quoting a word keeps round 17's answer: the governor only if it is a verb of
        # saying ("X rejected the allegation that the mayor had “misled” voters, saying …" is
        # X's; returning None for every marked claim gave it to the mayor: round 38 review)
        if gov is not None and _holds_marks(v, came) and report_base(gov.lower_) is None:
            return None
        return gov
    gov = v.head if v.dep_ == "ccomp" else None
    # the governor reports and comes before the clause: "X said that Y …", never a verb
    # inside the quoted words ("took a bullhorn and told protesters, “They have …”") or a
    # belief ("Some think he botched …, calling it …": unannotated corpus, 800 articles); a
    # verb of signalling governs too ("X signaled that the bill had no future, calling it
    # “…”": round 38, lane clause21, the words went null with the bill)
    if gov is None or gov.i > v.i or (report_base(gov.lower_) is None and gov.lower_ not in SIGNALLING_VERBS):
        return None
    return gov


def _content_clause_of_claim(v: Any) -> bool:
    """The verb of a "that" clause telling what a claim noun holds: "the allegation that Y had
    been sidelined", "the beliefs of many that Y has moved" (the parser makes the latter a
    relative clause; its "that" is then a mark, not the clause's subject)."""
    noun = v.head
    if not _is_claim_noun(noun.lower_):
        return False
    if v.dep_ == "acl":
        return True
    return v.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children)


def _holds_marks(clause: Any, participle: Any) -> bool:
    """The claim's clause quotes words before the participle: "rebutted suggestions that the
    party may “steal” the nomination, saying …" - the marked word is the suggesters', not the
    rebutter's, and one parse answer serves every quotation the participle governs (big2)."""
    return any(t.i < participle.i and t.text in OPENING_MARKS for t in clause.subtree)


def _is_claim_noun(word: str) -> bool:
    """A claim noun, singular or plural ("suggestions", "beliefs": round 38, lane clause21)."""
    return noun_in(word, CLAIM_NOUNS)


def _claim_noun_governor(noun: Any) -> Any | None:
    """The verb a claim noun is the object of, when it comes before the noun: "X rejected the
    allegation that …", "X rebutted suggestions that …", "X echoed the beliefs of many that …"
    (round 38, lane clause21: the one who rebutted or echoed went null, or a body in the clause
    took the words, on big and big2). Any verb: one who handles a claim about someone else is
    not its subject."""
    gov = noun.head
    if noun.dep_ == "pobj" and gov.dep_ == "prep":
        gov = gov.head  # "echoed the views of many in the media that …"
    if noun.dep_ not in {"dobj", "pobj"} or gov.pos_ not in {"VERB", "AUX"} or gov.i > noun.i:
        return None
    return gov


def _joined_as_own_clause(came: Any) -> bool:
    """A participle set off by a comma (", saying"), or a joined verb with its own tense
    ("and asked"); not a bare verb sharing the reported clause's modal ("predicted that Y would
    change course and acknowledge …": Y's act) nor a participle with no comma ("a card
    saying “…”"), both of which stay in the reported clause (unannotated corpus)."""
    if came.dep_ == "advcl":
        return came.i > 0 and came.nbor(-1).text == ","
    return came.tag_ != "VB"


def controller(verb: Any) -> Any | None:
    """"prompting X to call the remarks “…”", "led 12 viewers to complain he was “…”", "drove
    X to say … and to add …": a reporting verb in a to-infinitive (or one joined to it) whose
    governing verb has a direct object before it is that object's act (object control), not
    the governing subject's (the fresh set gave the words to the one who prompted; round 14)."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    v = verb
    while v.dep_ == "conj" and v.head.pos_ == "VERB":
        v = v.head
    if v.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return None
    objs = [c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i]
    if objs and _named_user(v.head, objs[0]):
        return None  # "X used a speech to say": the speech is X's means, X speaks
    return objs[0] if objs else None


def _named_user(head: Any, obj: Any) -> bool:
    """"Kell used a speech to say", "she used her slot to call": an instrument verb (lexicon
    INSTRUMENT_VERBS) with its object after it, whose own or inherited subject is a name or
    he/she. Not "whose ties China used to describe" (object first: the habitual "used to"),
    and not a description ("the president used …", "the Nevada Democrat used …": on unannotated
    articles 1 right and 5 wrong names, round 19), which keeps the object-control reading and
    stays null."""
    if head.lower_ not in INSTRUMENT_VERBS or obj.i < head.i:
        return False
    subj, _ = subject_of(head)
    if subj is None or any(c.dep_ in {"det", "amod"} for c in subj.children):
        return False  # "the Nobel-winning President", "the Nevada Democrat": descriptions
    return subj.pos_ == "PROPN" or subj.lower_ in {"he", "she"}


def antecedent(n: Any) -> Any:
    """The noun a relative clause describes. The parser often hangs it on the last noun of a
    prepositional phrase: "a note with the dessert that said" (the note), "Josh X, an
    advocate for party reform who describes himself" (the advocate, i.e. Josh X)."""
    x = n
    named = _named_before_who(n)
    if named is not None:
        return named
    if x.pos_ == "NOUN" and x.dep_ == "pobj":
        for _ in range(4):
            if x.dep_ not in {"pobj", "prep"}:
                break
            x = x.head
        if x.dep_ == "appos" and x.head.pos_ == "PROPN":
            x = x.head
        return x
    if n.pos_ == "NOUN" and n.dep_ == "appos" and n.head.pos_ == "PROPN" and not _place_of_name(n.head) \
            and any(c.dep_ == "relcl" and _who_speaks(c) for c in n.children):
        # "Senator X, a budget hawk who said …", "X — a former mayor who declared, “…”": the
        # apposition is the name; its bare description left the words null (round 32, lane
        # nulls13: 2 of 80 described nulls in a random corpus sample). Not "X of Boca Raton, a
        # retiree who said" (the place), "NAFTA, a target which he threatened to “stop”", "Y,
        # an officer who Kent has said was …" (Kent speaks): corpus text
        return n.head
    return n


def _named_before_who(n: Any) -> Any | None:
    """"a tweet from her campaign chairman, NAME, who wrote that …", "a book by experts NAME
    and NAME who write that …": a common noun after a preposition, with a name in apposition,
    on which the parser hung a "who" clause. "who" is the named person; climbing the phrase
    gave the words to the tweet or the book, and they went null (round 38, lane clause21:
    three quotations on big and big2)."""
    if n.pos_ != "NOUN" or n.dep_ != "pobj" or not any(c.dep_ == "relcl" and _who_speaks(c) for c in n.children):
        return None
    names = [c for c in n.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > n.i]
    return names[0] if names else None


def _place_of_name(tok: Any) -> bool:
    """"Gary X of Boca Raton": a name after a preposition hung on another name (a place)."""
    return tok.dep_ == "pobj" and tok.head.head.pos_ == "PROPN"


def _who_speaks(relcl: Any) -> bool:
    """The relative clause's own subject is "who": the person it describes is the one acting."""
    return any(c.dep_ == "nsubj" and c.lower_ == "who" for c in relcl.children)


_MADE = frozenset({"made", "written", "posted", "sent", "issued", "released", "published", "given"})


def made_by(verb: Any) -> Any | None:
    """"remarks made by Justice X suggesting “…”", "a letter from Y saying", "a clip of Senator Z
    claiming": the name after a statement, remark or recording noun, right before the present
    participle of a reporting verb, made the words; the parse hangs the participle on the
    clause that released or aired them, whose subject took them (round 22, lane wrong6:
    fresh3, fresh4 and 1,600 unannotated corpus articles). None unless the linear shape holds."""
    if verb.tag_ != "VBG" or report_base(verb.lower_) is None:
        return None
    doc, i = verb.doc, verb.i - 1
    while i > 0 and doc[i].pos_ == "ADV":
        i -= 1
    names = []
    while i > 0 and i > verb.i - 12 and doc[i].lower_ not in {"by", "from", "of"}:
        t = doc[i]
        if t.pos_ not in {"PROPN", "PUNCT", "ADP", "NOUN"} or t.pos_ == "NOUN" and not t.text[:1].isupper():
            return None
        if t.text == ",":
            return None  # "a tweet from X, telling Y that …": the participle is the subject's
        if t.text[:1].isupper() and t.pos_ != "PUNCT":
            names.append(t)
        i -= 1
    if i <= 1 or doc[i].lower_ not in {"by", "from", "of"} or not names:
        return None
    noun = doc[i - 1] if doc[i - 1].lower_ not in _MADE else doc[i - 2]
    if noun.lower_ not in DOCUMENT_NOUNS | CLAIM_NOUNS | RECORDING_NOUNS:
        return None
    first = doc[i + 1]
    name = first if first.pos_ in {"PROPN", "NOUN"} and first.text[:1].isupper() else None
    if name is None:
        return None
    while name.dep_ == "compound" and name.head.i > name.i and name.head.i < verb.i:
        name = name.head  # "Justice Antonin Scalia": the name's head word
    return name


def quoted_object(cue: Any) -> Any | None:
    """"“…,” the agency quoted Peoplesoft worker David X as saying": the one quoted speaks, not
    the agency that quotes him (real-news tuning split). Read by parse_finder.py (moved here
    in round 24, lane wrong8, with the rule without "as")."""
    if report_base(cue.lower_) not in {"quote", "cite"}:
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if not any(c.dep_ == "prep" and c.lower_ == "as" for c in cue.children):
        # "“…,” the wire quoted NAME, a spokeswoman for …": without "as", only someone quoted
        # by name or role speaks, never a text read out (round 24, lane wrong8: the outlet
        # took the words, fresh5 tuning split and unannotated corpus)
        # (and never the quotation itself as the object: "the Times quotes “officials
        # involved in the program”" is the paper's wording; unannotated corpus)
        if obj is None or report_base(cue.lower_) != "quote" or not someone(obj) or _opens_quotation(obj):
            return None
        return obj
    return obj


def _opens_quotation(tok: Any) -> bool:
    """The phrase headed by ``tok`` opens right after a quotation mark."""
    i = tok.left_edge.i
    return i > 0 and tok.doc[i - 1].text in OPENING_MARKS


_CLOSING_MARKS = frozenset({'"', "\u201d", "\u2019", "'", "''"})
