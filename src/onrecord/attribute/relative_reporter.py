"""A reporting verb that heads a relative clause with a subject of its own: the words in that
clause are its subject's, never the main clause's reporter's (round 45, lane inclause27).

"The governor praised the chief, brushing aside criticism in which the chief asserted the posts
were making it “…”": the parser hung the words on the main clause ("making" under "brushing"),
and the governor took the chief's words. "The host asked the guest about a speech during which
the retired surgeon said that “…”": the inner reporter is a description the article never turns
into a name, and the host (the outer reporter) took the words in its place. A relative clause is
not a reported clause: the main clause's reporter states nothing of what is inside it.

Only a relative clause opened by a preposition and "which"/"whom" ("in which", "during which",
"at which") or by "where"/"when" is read linearly (the parse often cuts it off); the verb must be
a full reporting verb, no weak or judging one, with no punctuation and no other reporting verb
between it and the opening mark (so "the bill, which X described last week, is “…”" stays the
main clause's).
"""

from __future__ import annotations

from typing import Any, Callable

from ..lexicon.reporting import JUDGING_BASES, TOPIC_ONLY_BASES, TOPIC_PREPOSITIONS, WEAK_BASES, report_base

# relative pronouns: a relative clause whose subject is one of these has no subject of its own
# (its antecedent speaks, as verb_subject.subject_of reads it)
_RELATIVE_SUBJECTS = frozenset({"who", "which", "that", "whom"})
# words that open a relative clause about an event or a place in which someone spoke
_RELATIVE_OPENERS = frozenset({"which", "whom"})
_PLACE_TIME_OPENERS = frozenset({"where", "when"})


def own_subject(verb: Any) -> Any | None:
    """The verb's own subject, when it is no relative pronoun."""
    subs = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return subs[0] if subs and subs[0].lower_ not in _RELATIVE_SUBJECTS else None


def hands_back_that(v: Any) -> bool:
    """Whether ``v`` is a verb of asking or speaking whose topic phrase is followed, with no
    other verb between, by a "that" opening a clause: the clause is not ``v``'s (it takes no
    that-clause after a topic) but the main clause's. "Lane said at the hearing where senators
    asked about the port that the plan was “…”" is Lane's; round 45 made it the senators'
    (review36: the parse hangs the clause on "asked", and the rule then barred the outer "said")."""
    subj = own_subject(v)
    if report_base(v.lower_) not in TOPIC_ONLY_BASES or subj is None or subj.pos_ == "PROPN":
        # a named asker keeps the words, as before round 45 ("interviews in which Ann Lee spoke
        # about claims that she is “cold”": the "that" opens the noun's clause, not the main verb's)
        return False
    topic = [c for c in v.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS and c.i > v.i]
    if not topic:
        return False
    for t in v.doc[topic[0].i + 1 : v.sent.end]:
        if t.is_quote or t.pos_ in {"VERB", "AUX"} or t.is_punct:
            return False
        if t.lower_ == "that" and t.dep_ == "mark":
            return True
    return False


def relative_own_reporter(cue: Any) -> bool:
    """Whether ``cue`` (or the verb it is joined to by "and") heads a relative clause and has
    its own subject, a noun: the outer reporter must not take its words when that subject is
    unnamed. A pronoun subject keeps the outer reporter: "Leaders … released a statement
    condemning the law, which they said would “…”" is the leaders' (corpus check, big: with
    "they" unresolved the words went on to an earlier name)."""
    v = cue.head if cue.dep_ == "conj" and not own_subject(cue) else cue
    subj = own_subject(v) if v.dep_ == "relcl" and not hands_back_that(v) else None
    return subj is not None and subj.pos_ != "PRON"


def _full_report(t: Any, is_report: Callable[[Any], bool]) -> bool:
    base = report_base(t.lower_)
    return bool(base) and base not in WEAK_BASES and base not in JUDGING_BASES and is_report(t)


def _opened_as_relative(doc: Any, subj: Any) -> bool:
    """"in which X asserted", "during which X said", "where X told": the words right before the
    subject's phrase open a relative clause about an event, a text or a place."""
    first = subj.left_edge.i
    if first < 1:
        return False
    before = doc[first - 1]
    if before.lower_ in _PLACE_TIME_OPENERS:
        return True
    return before.lower_ in _RELATIVE_OPENERS and first >= 2 and doc[first - 2].pos_ == "ADP"


def relative_reporter_between(doc: Any, outside: list[Any], qtoks: list[Any], cue: Any | None,
                              is_report: Callable[[Any], bool]) -> Any | None:
    """A full reporting verb opening a relative clause ("in which X asserted") between the
    governing ``cue`` and the words, whose clause runs on to the opening mark: it governs them."""
    if cue is None or not qtoks or cue.i > qtoks[0].i:
        return None
    q0 = qtoks[0].i
    cands = [t for t in outside if cue.i < t.i < q0 and _full_report(t, is_report)]
    if not cands:
        return None
    v = cands[-1]  # the reporting verb nearest the words: any other would stand between
    subj = own_subject(v)
    if subj is None or subj.i > v.i or not _opened_as_relative(doc, subj) or hands_back_that(v):
        return None
    if any(t.is_punct and t.i < q0 - 1 for t in doc[v.i + 1 : q0]):
        return None  # the relative clause closed before the words
    return v


# Moved here from parse_finder.py (round 45: it had reached 470 of its 500 lines); read by its
# colon rule: a reporting verb with a subject of its own between the main verb and the colon.
def named_reporter(v: Any) -> bool:
    """A full reporting verb with a named subject of its own: "…, where nominee Alison X told
    supporters: “…”" is hers, not the main clause's ("Women contenders grabbed headlines")."""
    base = report_base(v.lower_)
    return bool(base) and base not in WEAK_BASES and any(
        c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in v.children)


def unnamed_reporter(v: Any) -> bool:
    """A full reporting verb whose subject is someone unnamed ("… made the remarks when an
    unidentified woman asked during the session: “Can you …?”"): the question is hers, not the
    main clause's (round 35, lane roles17: once "The Ohio Republican" resolved, the congressman
    took the questioner's words on corpus text)."""
    base = report_base(v.lower_)
    if not base or base in WEAK_BASES:
        return False
    # the parser also reads "an unidentified woman asked" as a reduced relative on the noun
    subj = [c for c in v.children if c.dep_ == "nsubj"] + ([v.head] if v.dep_ == "acl" and v.head.dep_ == "nsubj" else [])
    return any(c.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children) for c in subj)
