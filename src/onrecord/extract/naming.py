"""The naming-verb rule family (extract/classify.py): "what engineers call", "dubbed", "known
as", "called the plan". Speech when a named speaker does the naming, a term (a coined label)
when nobody or a generic group does, a scare quote for a one-word evaluation."""

from __future__ import annotations

import re

from ..lexicon.function_words import ARTICLES as _ARTICLES, DETERMINERS, FUNCTION_WORDS, S_ENDING_ADVERBS
from ..lexicon.kind_cues import NON_NAMING_THING_NOUNS
from ..lexicon.reporting import IRREGULAR_REPORTED, PLAIN_REPORTING_BASES
from ..lexicon.titles import TITLE_WORDS, UNNAMED_VOICE_HEADS
from ..text.find import noun_in
from ..thresholds.extract import (
    NAMING_HEAD_OF_REACH_WORDS,
    NAMING_OWN_SUBJECT_REACH_WORDS,
    NAMING_RELATIVE_REACH_WORDS,
    ExtractOptions,
)
from .clauses import sentence_before
from .cues import _plural_present, _reporting_cue
from .indefinite_namer import one_person_names
from .lexicon import NAMING_RE, QUOTED_SPAN_RE, REPORTING_RE
from .subject import clause_subject, region_has_appositive, subject_is_named
from .words import _last_match, _words, _words_after

_ADJECTIVE_END = re.compile(
    r"(?:ed|ous|ful|ive|able|ible|less|ish|ic|ical|ary|ant|ent)$", re.IGNORECASE
)


_PASSIVE = re.compile(
    # an adverb may stand between ("what is now called “…”", "are sometimes dubbed")
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|gotten|become|became)\s+"
    r"(?:(?:\w+ly|now|also|often|sometimes|still|long|once|then|even)\s+)?$",
    re.IGNORECASE,
)


# A reduced passive: the naming participle right after a comma and a common noun, with no
# object before the marks ("the humble charger, nicknamed “…”", "a rule, also dubbed “…”"):
# the noun before it is what is named, not who names it.
_REDUCED_PASSIVE = re.compile(r",\s*(?:(?:\w+ly|also|often|sometimes|now|once|long)\s+)?$", re.IGNORECASE)


# "what is called", "what might now be called", "what came to be called": a relative naming
# verb in the passive names nobody; the name opening the sentence is not the namer ("X is buying
# Y in what is called a “…”" credited the term to X; AllSides corpus check, round 22)
_RELATIVE_PASSIVE = re.compile(
    r"(?:what|which|that)\s+(?:[\w\u2019']+\s+){0,3}?(?:is|are|was|were|be|been|being)\s+"
    r"(?:(?:\w+ly|now|also|often|sometimes|still|long|once|then|even)\s+)?(?:call|dub|term|label|nickname|brand)",
    re.IGNORECASE,
)


_DET_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|his|her|its|their|our|my|your|phone|conference|[\w]+-minute)\s*$",
    re.IGNORECASE,
)


# "call" heading a compound noun ("call centre users", "through call centers"): a place, not
# a verb of naming (real-news fresh4 and fresh5: 3 fragments after "call centre(s)" read as
# terms, all someone's words or a scare quote)
_CALL_COMPOUND = re.compile(r"(?<=[Cc]all)\s+cent(?:re|er)s?\b")


_NOUN_OR_VERB = frozenset({"term", "terms", "label", "labels", "brand", "brands"})


_SUBJECT_BEFORE_VERB = frozenset(
    """i we you they he she it to will would can could may might should must do does did
    what which that who often also now commonly usually sometimes people many some others
    rightly wrongly loosely technically routinely consistently officially formally informally
    generally typically regularly""".split()
)
# (the adverbs of manner and habit, round 35, lane scareterm16: "the agency technically labels
# these people “…”", "dioceses consistently label clergy … as “…”" read "labels" as a noun and
# left the words a scare quote)


def _noun_use(left: str, nm: re.Match[str]) -> bool:
    """The naming word is a noun here ("on the 20-minute call, said …", "a label", "the
    recommended term “…”", "in terms of"). "term", "label" and "brand" are verbs only after
    a subject pronoun, an auxiliary or a plural noun ("what economists term")."""
    before = left[: nm.start()]
    if _DET_BEFORE.search(before) or _CALL_COMPOUND.match(left, nm.end()):
        return True
    word = nm.group(0).lower()
    if word in _NOUN_OR_VERB:
        prev = _words(before)[-1:]
        if not prev:
            return False
        p = prev[0].lower()
        return not (p in _SUBJECT_BEFORE_VERB or (p.endswith("s") and p not in ("its", "his", "this")))
    return False


def _reporting_between(left: str, nm: re.Match[str]) -> bool:
    """A reporting verb between the naming word and the marks governs the quotation."""
    for h in REPORTING_RE.finditer(left[nm.end() :]):
        if not NAMING_RE.fullmatch(h.group(0)):
            return True
    return False


def naming_reason(verb: str) -> str:
    """The opening of a naming decision's reason: attribute/fragment_kind tests a quotation's
    reason against it ("known as" is decided here, no parse may retype it), and held the words
    as a hand-made copy until round 38 (review30), so a reworded reason would have left it
    reading nothing."""
    return f"naming verb '{verb}'"


def _naming_decision(
    text: str,
    words: list[str],
    left: str,
    right: str,
    sentence: bool,
    opts: ExtractOptions,
    sentence_left: str = "",
) -> tuple[str, list[str]] | None:
    """A naming verb before the marks ("what engineers call", "dubbed", "known as", "called
    the plan"): speech when a named speaker does the naming, otherwise a term (a coined label)
    or a scare quote (an evaluation echoed from a group). None when no naming verb governs the
    quotation."""
    n = len(words)
    if n > opts.term_max_words:
        return None  # (every branch below returns None then: tested before the scan, issue 16)
    nm = _last_match(NAMING_RE, left)
    if nm and (_noun_use(left, nm) or _reporting_between(left, nm)):
        return None
    if not nm or _words_after(left, nm.end()) > 4 or n > opts.term_max_words:
        return None
    if _known_as_with_words(nm, left):
        return None
    if sentence and n >= opts.speech_min_words:
        return None
    g = nm.group(0)
    relative = g.split()[0].lower() in ("what", "which", "that")
    verb = _naming_verb(g)
    label = verb if relative else g
    named = _namer_is_named(text, left, right, nm, sentence_left)
    if named:
        return "speech", [f"{naming_reason(label)} credited to a named speaker"]
    if _refers_with_object(g):
        # "refer to <someone or something> as “…”" decides only for a named subject: its
        # subject is often far back ("Trump … attacked teams …, referred to the virus as “…”"),
        # where the other rules (and the parse) read it better (corpus check)
        return None
    if (
        n == 1
        and _ADJECTIVE_END.search(words[0])
        and verb.lower().startswith(("call", "refer"))
        and _words_after(left, nm.end()) >= 1  # an object: "called the ending “…”"
        # (a lone article after a participle is no object: "That's called the “pre-clinical”
        # phase" names it)
        and not (verb.lower().endswith("ed") and " ".join(_words(left[nm.end():])).lower() in _ARTICLES)
    ):
        # "Critics called the ending “unearned”": an evaluation echoed from a group is a
        # scare quote; a coined label ("what engineers call “overdredging”") is a term.
        return "scare", [f"an evaluation '{label}' by a generic group, not a label"]
    return "term", [
        f"{naming_reason(label)} credited to "
        + ("a generic group" if named is False else "nobody")
    ]


def _known_as_with_words(nm: re.Match[str], left: str) -> bool:
    """"known as" names the words right after it (an article aside): in "a plan …, known as
    sequestration, is “…”" the name is outside the marks and the quotation is the subject's
    (round 38, lane called21: a named speaker's words were typed term)."""
    if not nm.group(0).lower().startswith("known"):
        return False
    return re.search(r"[,;:\u2013\u2014]", left[nm.end():]) is not None  # (not "known as fire “…”")


# Participles that only give names: "called", "labelled", "branded" after a noun as often
# close a relative clause with no pronoun ('a decision a parent called “…”': the parent's
# word; AllSides corpus check), so they keep the comma rule.
_NAME_GIVING_PARTICIPLES = frozenset("dubbed nicknamed christened".split())
# Adverbs that may stand between a noun and the participle naming it ("a trend now dubbed").
_PARTICIPLE_ADVERBS = frozenset("now later since sometimes often also once widely long then still even".split())
# Words right before a naming verb that make it active: an auxiliary or a subject pronoun
# ("whom she has dubbed", "those she nicknamed").
_ACTIVE_BEFORE = frozenset("has have had having i we you he she they it".split())
_RELATIVES = frozenset("that which who whom what whose".split())


def _bare_participle(region: str) -> bool:
    """The naming participle follows the noun it names with no comma: "a scandal dubbed",
    "an area nicknamed", "a trend now dubbed", "born there and dubbed". Not after an
    auxiliary, a pronoun or a capitalised word (a subject: "Mayor Roe dubbed"), nor inside a
    relative clause with its own subject ("a mood that one aide dubbed")."""
    ws = _words(region)
    if ws and ws[-1][:1].islower() and _thing_named(ws[-1], region):
        # "Kenya, which has a refugee camp dubbed", "feared that a rally dubbed": the relative's
        # verb is "has", and "rally" is no adverb
        return True
    while ws and (ws[-1].lower() in _PARTICIPLE_ADVERBS or ws[-1].lower().endswith("ly")):
        ws = ws[:-1]
    if not ws or not ws[-1][:1].islower() or ws[-1].lower() in _ACTIVE_BEFORE or "\u2019" in ws[-1] or "'" in ws[-1]:
        return False
    return not any(w.lower() in _RELATIVES for w in ws[-NAMING_RELATIVE_REACH_WORDS:])


_PLAIN_REPORTED = frozenset(IRREGULAR_REPORTED | {f for b in PLAIN_REPORTING_BASES
                                                 for f in (b, b + "s", b + "ed", b + "d")})


def _thing_named(word: str, region: str) -> bool:
    """The noun right before a naming participle is a thing that names nothing ("a process",
    "a drink", "a camp"; lexicon/kind_cues.NON_NAMING_THING_NOUNS), so it cannot be the subject
    of a relative clause that names: the participle names it. Not inside reported speech ("he
    said he visited a place called “…”": the misnamed place is the speaker's word, K3; draw E)."""
    w = word.lower()
    if any(x.lower() in _PLAIN_REPORTED for x in _words(region)):
        return False
    return noun_in(w, NON_NAMING_THING_NOUNS)


# "the Atlantic was referring to …": a progressive, its subject the clause's own, not a
# participle sharing the sentence's
_PROGRESSIVE = re.compile(r"\b(?:is|was|were|are|been|am)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


_CONTRACTED_BE = re.compile(r"['\u2019](?:s|re)\s+(?:(?:\w+ly|now|also|often|sometimes|still|once)\s+)?$", re.IGNORECASE)


_ADVERBIAL_PREPOSITIONS = frozenset({"at", "in", "for", "on", "by"})


def _no_active_subject(region: str) -> bool:
    """Nothing before a past participle can be its subject: the sentence opens on it (past
    adverbs), a comma closes the noun it follows, a contracted "is" stands before it, or a
    plural noun it describes ("individuals referred to as “…”": corpus check)."""
    ws = list(_words(region))
    while ws and (ws[-1].lower() in _PARTICIPLE_ADVERBS or ws[-1].lower().endswith("ly")):
        ws.pop()
    if ws and ws[-1].islower() and ws[-1].endswith("s") and not ws[-1].endswith(("ss", "us", "is")) \
            and ws[-1] not in FUNCTION_WORDS and ws[-1] not in _PARTICIPLE_ADVERBS \
            and ws[-1] not in S_ENDING_ADVERBS \
            and not (len(ws) > 1 and ws[-2].lower() in _ADVERBIAL_PREPOSITIONS):  # ("has referred", "at times")
        return True  # a plural noun right before it is what is named: "individuals referred to as"
    # (not after a named subject's appositive: "Rep. Ann Vale, D-Harbour, referred to the board
    # as “…”", fresh24, a named speaker's words typed scare)
    return not ws or region.rstrip().endswith(",") and not region_has_appositive(region) \
        or _CONTRACTED_BE.search(region) is not None


def _refers_with_object(g: str) -> bool:
    """A "refer to … as" match with an object between ("referred to the plan as"), not the
    short "referred to it as"."""
    words = g.lower().split()
    return words[0].startswith("refer") and len(words) > 3 and words[2] not in ("it", "them")


def _naming_verb(g: str) -> str:
    """The verb of a naming match: its last word ("what they call", "dubbed"), but the first of
    "referred to the plan as" (its tense and person decide who names: "referring" shares the
    sentence's subject, "Engineers refer" is a group)."""
    words = g.split()
    return words[0] if words[0].lower().startswith("refer") else words[-1]


# "That's called the “…”", "it's officially called “…”": a contracted "is" after a pronoun
# for a thing (never "has": "he's called it a …" keeps its object before the marks)
_THING_IS = re.compile(
    r"\b(?:that|it|this|what|which|there|here)['\u2019]s\s+"
    r"(?:(?:\w+ly|now|also|often|sometimes|still|once)\s+)?$",
    re.IGNORECASE,
)


def _names_the_thing_before(left: str, region: str, nm: re.Match[str], low: str) -> bool:
    """A one-word naming participle ("called", "labelled", "named"; not "referred to … as")
    with at most an article before the marks names the thing before it, no one speaking (round 38, lane called21: "a file-sharing
    system relies on links called “…”", "The group, called the “…”, met", "That's called the
    “…” phase", "an ad labeled “…”" all read as someone's words). Not after a person's noun
    ("a spokesman called the “…” plan a failure": the indefinite source), nor in a clause
    with its own subject ("a decision a parent called “…”"), nor after an appositive
    ("Ms. Vale, the mayor, called the “…”"). The contracted "is" of a thing ("That's called
    the “…”") is _passive_naming's, read there for every naming verb (round 38, review30: the
    merge of called21 and terms21 had left it tested in both places)."""
    between = _words(left[nm.end():])
    if not low.endswith("ed") or " " in nm.group(0).strip():
        return False
    if len(between) > 1 or (between and between[0].lower() not in _ARTICLES):
        return False
    ws = list(_words(region))
    if ws and ws[-1][:1].islower() and _thing_named(ws[-1], region) and not region.rstrip().endswith(","):
        return True  # "using a process called “…”", "a rally called": no relative clause ends on a thing
    while ws and (ws[-1].lower() in _PARTICIPLE_ADVERBS or ws[-1].lower().endswith("ly")):
        ws.pop()
    # the head of "a group of senators" is "group"; a person's noun heads "a spokesman called"
    of = [i for i in range(max(len(ws) - NAMING_HEAD_OF_REACH_WORDS, 1), len(ws) - 1) if ws[i].lower() == "of"]
    head = ws[of[-1] - 1] if of else "".join(ws[-1:])
    if not ws or head.lower() in TITLE_WORDS or head.lower() in UNNAMED_VOICE_HEADS:
        return False
    if region.rstrip().endswith(","):
        phrase = region.rstrip().rstrip(",")
        before = phrase.rsplit(",", 1)[0] if "," in phrase else ""
        appositive = bool(before) and "".join(_words(before)[-1:])[:1].isupper()
        return ws[-1][:1].islower() and not appositive
    last = ws[-1]
    if not last[:1].islower() or last.lower() in _ACTIVE_BEFORE or last.lower() in FUNCTION_WORDS \
            or "\u2019" in last or "'" in last:
        return False  # "she said …, and called the “…” comment": the verb's subject is back
    # a relative pronoun after a noun opens a clause whose subject names ("a mood that one
    # aide called"); a capitalised "That" opening the sentence is a determiner
    relative = any(w.lower() in _RELATIVES and w[:1].islower() for w in ws[-NAMING_RELATIVE_REACH_WORDS:])
    return not relative and not _own_subject(ws)


def _own_subject(ws: list[str]) -> bool:
    """The words before the participle end in a noun phrase of their own right after another
    noun ("a ruling a local parent called"): a relative clause with no pronoun, its subject
    the namer. Read back from the noun over up to two words to its determiner; a function
    word first ("links of …", "on small boats") ends the search."""
    for i in range(len(ws) - 2, max(len(ws) - NAMING_OWN_SUBJECT_REACH_WORDS, 0) - 1, -1):
        w = ws[i].lower()
        if w in DETERMINERS:
            return i >= 1 and ws[i - 1][:1].islower() and ws[i - 1].lower() not in FUNCTION_WORDS
        if w in FUNCTION_WORDS:
            return False
    return False


def _passive_naming(left: str, region: str, nm: re.Match[str], verb: str) -> bool:
    """The naming verb is a passive: after a form of "be", a reduced relative after a comma or
    a noun ("the charger, nicknamed", "a trend now dubbed"), or "referred" with no subject of
    its own. A progressive ("was calling", "was referring to") is active: its subject names."""
    low = verb.lower()
    reduced = (low.endswith("ed") and not _words(left[nm.end() :]) and _REDUCED_PASSIVE.search(region)
               # a name before the comma closes an appositive and names: "what the minister,
               # Ann Vale, called “…”"
               and not "".join(_words(region)[-1:])[:1].isupper())
    reduced = reduced or (low in _NAME_GIVING_PARTICIPLES and not _words(left[nm.end():]) and _bare_participle(region))
    reduced = reduced or _names_the_thing_before(left, region, nm, low)
    passive = _PASSIVE.search(region) is not None and not low.endswith("ing")
    # "That's called the “…” stage": a contracted "is" after a pronoun of things (not "she's
    # called", which is "she has called"; round 38, lane terms21)
    passive = passive or (_THING_IS.search(region) is not None and not low.endswith("ing"))
    # "It's often referred to as", "Often referred to in the press as", "The memo, referred to as"
    return bool(passive or reduced or (low == "referred" and _no_active_subject(region)))


def _said_after(right: str, text: str) -> bool:
    """A reporting verb after the closing mark, its subject named (", he said", ", Vale
    said"): the sentence is that speaker's."""
    rc = _reporting_cue("", right, text)
    return rc is not None and rc[0] == "after" and bool(subject_is_named(rc[2]))


def _namer_is_named(text: str, left: str, right: str, nm: re.Match[str], sentence_left: str) -> bool | None:
    """Who does the naming of the naming verb ``nm``: a named speaker (True), a generic group
    (False) or nobody (None)."""
    g = nm.group(0)
    relative = g.split()[0].lower() in ("what", "which", "that")
    # "what engineers call": the subject sits between the pronoun and the verb
    region = left[: nm.start() + (g.lower().rfind("call") if relative else 0)]
    verb = _naming_verb(g)
    if _passive_naming(left, region, nm, verb) and (not relative or _RELATIVE_PASSIVE.match(g)):
        # "has been nicknamed “…” by fans": the agent after "by", or nobody.
        agent = re.match(r"\s*,?\s*by\s+((?:[\w\-\u2019']+\s*){1,5})", right)
        named = False
        if agent:
            phrase = re.split(r"\b(?:because|after|before|for|in|on|at|since|when|while|as|"
                              r"who|which|that|and|but|during|over)\b", agent.group(1))[0]
            named = bool(subject_is_named(phrase))
        elif _THING_IS.search(region) and _said_after(right, text):
            # "That's called “…”, he said": the thing's name is in a named speaker's own
            # sentence, so the words are theirs (round 38, review30: the contracted-"is" rule
            # of called21/terms21 typed it term and dropped the speaker 50d118c had)
            named = True
    elif g.lower().startswith("known") or _plural_present(verb, region):
        # "known (internally) as": a passive naming with no one credited.
        named = False
    elif verb.lower().endswith("ing") and not _PROGRESSIVE.search(region):
        # "Axelrod denied it, calling it “…”": a participle shares the sentence's subject,
        # which opens the sentence (possibly before earlier quotations in it).
        # Quoted words are not the subject: "“As long as I’m president, …,” Mr. Obama vowed,
        # calling it “…”" takes "Mr. Obama", not the "I" inside the earlier quotation.
        opening = " ".join(QUOTED_SPAN_RE.sub(" ", sentence_left or region).split()[:6])
        named = subject_is_named(opening)
        absolute = re.search(r"\b(?:with|as)\s+([^,;:]{1,60})$", region)
        if absolute and _words(absolute.group(1)):
            # "…, with the Harbour Times labelling it a “…”": the participle has its own
            # subject right before it.
            named = subject_is_named(absolute.group(1))
    else:
        named = subject_is_named(clause_subject(region))
        if named is None and not _words(region) and len(sentence_left) > len(left):
            # "Sen. Ruiz, speaking on NBC’s “Meet the Press,” called the plan a “…”": the
            # subject stands before the earlier quotation of the sentence.
            head = QUOTED_SPAN_RE.sub(" ", sentence_before(sentence_left, left))
            named = subject_is_named(clause_subject(head.split(",")[0] if "," in head else head))
    if named is None and verb.lower().endswith("ed") and _words(clause_subject(region)):
        # "A statement called the plan “reckless”": an indefinite source, still a source.
        named = True
    if named is None and one_person_names(verb, clause_subject(region)):
        named = True  # "One expert calls the numbers “…”": one described speaker (D3)
    if named is None:
        # "Calling this difference a “…”, Cuomo said": a participle clause whose subject
        # is the speaker named after the quotation.
        rc = _reporting_cue("", right, text)
        if rc is not None and subject_is_named(rc[2]):
            named = True
    return named
