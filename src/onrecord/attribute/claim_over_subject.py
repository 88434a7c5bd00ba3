"""A quotation inside the "that" clause of a named person's claim ("He rejected Dobos's
assertion on Tuesday that the depot was “…”", "they say, Kell's comment that the sale is “…”
adds to …") or after "X's description of … as “…”" is the owner's wording, whatever the
sentence's own subject and verb. The string and parse rules gave such words to the sentence's
subject, mostly a pronoun that only reports or reacts to the claim (round 32, lane pronoun13:
three of 150 judged pronoun and continuation attributions on random corpus text, four wrong
names in the 974 random corpus articles). ``owners.claim_clause_owner`` reads the same
construct from the parse, but only for a sentence with no reporting verb.

Read from the string only, after the cascade (``give_claims``): the owner is a capitalised
name with a possessive right before the noun, known to the article as an entity; the clause is
short (a long one ends and a main verb follows it: "X's admission that he … reflects “…”")
and reports nobody else's words ("X's claim that Y said “…”")."""

from __future__ import annotations

import re
from typing import Any, Callable

from ..extract.fragment_rules import uncredited
from ..lexicon.calendar import WEEKDAYS_MONTHS
from ..lexicon.function_words import AUXILIARY_OPENERS, COPULA_FORMS, INTRO_TIME_LINKS
from ..lexicon.function_words import DETERMINERS
from ..lexicon.reporting import CLAIM_NOUNS, COMMITMENT_NOUNS, DOCUMENT_NOUNS, INVERSION_BASES, report_base
from ..thresholds.attribute import CONFIDENCE as C, WINDOWS
from .fullname import fuller_speaker_names
from .name_forms import honours_dropped, split_title
from ..text.find import alternation

_NAME = r"(?P<name>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*?)(?:’s|'s|’|')"
# the noun may carry a time, place or addressee phrase before its clause: "statement Wednesday
# that", "comment on the campaign trail that", and (round 52, lane asnoted52) "statement to the
# weekly in 2009 that", "comment during last year's primary that": a possessive inside the
# phrase is no closing mark ("'s" only)
_PHRASE_CHAR = r"(?:[^,;:“”\"’'()—]|[’']s\b)"
_AFTER_NOUN = (r"(?:\s+(?P<phrase>[A-Z][a-z]+day|(?:on|in|at|during|last|this|earlier|to)\s+"
               + _PHRASE_CHAR + r"{1,%d}?))?" % WINDOWS.claim_phrase_chars)
# a phrase that joins a second verb ("subjecting X's claims to scrutiny and arguing that they
# are “…”": the arguer's words, corpus read) ends the claim's noun phrase
_JOINED = frozenset({"and", "or", "but"})
# up to two modifiers before the noun, lower-case words or a year ("X's 2012 statement that
# “…”": round 67, lane poss75, a tuning item left null)
_MODIFIERS = r"\s+(?:(?:[a-z-]+|\d{4})\s+){0,2}?"
_CLAIM_RE = re.compile(
    _NAME + _MODIFIERS + r"(?P<noun>" + alternation(CLAIM_NOUNS)
    + r")" + _AFTER_NOUN + r"\s+that\s+(?P<gap>[^,;:“”\"()—]{0,80}?)\s*[“\"]$")
# "X's statement blaming “…”", "X's column calling it “…”": a participle of saying or naming
# right after an owned statement or text (no comma: "Y criticised X's statement, saying “…”" is
# Y's participle) takes the words as its complement; the sentence's subject only reports or
# judges the text (round 67, lane poss75: tuning items given to the subject or left null).
# The participle must be a reporting verb's (checked in ``claim_owner_name``).
_PARTICIPLE_RE = re.compile(
    _NAME + _MODIFIERS + r"(?P<noun>" + alternation(CLAIM_NOUNS | DOCUMENT_NOUNS)
    + r")\s+(?P<verb>[a-z]+ing)\s+(?P<gap>[^,;:“”\"()—]{0,40}?)\s*[“\"]$")
_DESCRIPTION_RE = re.compile(
    _NAME + r"\s+(?:[a-z-]+\s+){0,2}?(?:description|characterization|characterisation)\s+of\s+"
    r"(?P<gap>[^,;:“”\"()—]{1,40}?)\s+as\s+(?:an?\s+)?[“\"]$")

# finite verb forms a string can see without a tagger: two of them in the clause mean the
# clause ended and the sentence's main verb follows ("X's claim that the town would profit was
# “…”": the verdict is not X's); a lone past form ("he won is “…”") still passes
_FINITE = frozenset("""is was are were am be been 's would will could can should may might must had has
have did does do""".split())
OWNER_HOW = "string: the owner of the claim whose clause holds the words"


def _finite_forms(gap: list[str]) -> int:
    """The finite verb forms of the clause, a verb right after an auxiliary counted with it:
    "that Trump would be “…”", "that China had committed “…”" hold one verb group, not two
    (round 52, lane asnoted52: 26 unread AllSides clauses were stopped only by the pair); "that
    the town would profit was “…”" still holds two."""
    n, after_aux = 0, False
    for w in gap:
        low = w.lower()
        counted = low in _FINITE or low.endswith("ed")
        n += int(counted and not after_aux)
        after_aux = low in AUXILIARY_OPENERS
    return n


def _another_verbs_clause(before: str, m: re.Match[str]) -> bool:
    """Where the "that" clause is another verb's (round 52, lane asnoted52, corpus read): the
    phrase after the noun holds an auxiliary, so the noun phrase ended and a verb of its own
    follows ("a senior official who previewed X's remarks on Friday would only say that …"), or a
    verb of saying stands before "after/before/…" and the owner ("McConnell said after X's
    announcement that Kerry would be “…”": McConnell's words)."""
    if AUXILIARY_OPENERS & set((m.groupdict().get("phrase") or "").lower().split()):
        return True
    prev = before[: m.start("name")].split()[-2:]
    return len(prev) == 2 and prev[1].lower() in INTRO_TIME_LINKS and bool(report_base(prev[0].lower()))

# "X's campaign promises to “…”", "X's threats to leave the party if treated “…”": the "to"
# infinitive of an owned commitment repeats the owner's words (round 67, lane poss75); "X's
# promise to the voters was “…”" names a recipient, no infinitive (checked in ``_no_infinitive``)
_COMMITMENT_RE = re.compile(
    _NAME + _MODIFIERS + r"(?P<noun>" + alternation(COMMITMENT_NOUNS)
    + r")\s+to\s+(?P<gap>[^,;:“”\"()—]{0,60}?)\s*[“\"]$")


def _no_infinitive(m: re.Match[str], gap: list[str]) -> bool:
    """Where a commitment's "to" opens no infinitive: a determiner or a capital follows it
    ("promise to the voters", "threat to Britain")."""
    if m.re is not _COMMITMENT_RE or not gap:
        return False
    return gap[0].lower() in DETERMINERS or gap[0][:1].isupper()


# verbs that name or judge a claim with the quotation as their complement: "called X's assertion
# that the country was behind it “slander”" (corpus read: the words were the caller's)
_JUDGING_RE = re.compile(r"\b(?:call|calls|called|calling|label|labels|labeled|labelled|dismiss|dismissed|"
                         r"dismisses|brand|branded|term|termed|slam|slammed|slams|deride|derided|deriding)"
                         r"\s+(?:the\s+)?$")  # right before the owner ("a website called X, which …" is not)


def _guarded(before: str, m: re.Match[str], gap: list[str]) -> bool:
    """Where the words are not the clause's: the clause ended with "as" ("slammed X's statement
    that Y founded it as “…”"), a judging verb before the owner takes them as its complement
    after a clause of their own, or a plural noun stands between the possessive and a "claim"
    that is then a verb ("X's lawyers claim that …": corpus read)."""
    if gap and gap[-1].lower() == "as" and "of" not in m.group(0).split()[:6]:
        return True
    if gap and _JUDGING_RE.search(before[: m.start("name")][-40:]):
        return True
    between = m.group(0)[m.end("name") - m.start() :].split()[1:-1]
    noun_at = next((i for i, w in enumerate(between) if w == m.groupdict().get("noun")), None)
    words = between[:noun_at] if noun_at is not None else []
    return any(w.endswith("s") and not w.endswith(("ous", "ss")) for w in words)


def _verdict_after_saying(text: str, before: str, m: re.Match[str], gap: list[str], q_end: int | None) -> bool:
    """"Weiss said Dobos's claim that the sale pays is “…”": after a verb of saying (or "that")
    the claim is a reported clause's subject, and a "be" that ends the gap, with the quotation
    ending that clause, is its main verb: the words judge the claim (review19: a present or
    irregular past verb in the clause is no finite form the count below can see)."""
    if not gap or gap[-1].lower() not in COPULA_FORMS or q_end is None:
        return False
    prev = before[: m.start("name")].split()[-1:]
    if not prev or not (prev[0].lower() == "that" or report_base(prev[0].lower()) in INVERSION_BASES):
        return False
    return not text[q_end:].lstrip(" \u201d\u2019\"'")[:1].islower()  # (past the closing mark)


def claim_owner_name(text: str, sent_start: int, q_start: int, q_end: int | None = None) -> str | None:
    """The written name of the owner of the claim whose clause holds the quotation opening at
    ``q_start`` (just after its mark) and closing at ``q_end`` (its closing mark, when known);
    None when the words before it are no such clause."""
    lo = max(sent_start, q_start - WINDOWS.claim_owner_chars)
    before = text[lo:q_start]
    for rule in (_CLAIM_RE, _DESCRIPTION_RE, _PARTICIPLE_RE, _COMMITMENT_RE):
        m = rule.search(before)
        if m is None or "verb" in m.groupdict() and not report_base(m.group("verb")):
            continue
        gap = m.group("gap").split()
        if _no_infinitive(m, gap) or _guarded(before, m, gap) or _verdict_after_saying(text, before, m, gap, q_end):
            continue
        if _JOINED & set((m.groupdict().get("phrase") or "").lower().split()) or _another_verbs_clause(before, m):
            continue
        if len(gap) > WINDOWS.claim_clause_words or any("’s" in w or "'s" in w or report_base(w) for w in gap):
            continue
        if _finite_forms(gap) >= 2:
            continue
        words = m.group("name").split()
        while words and (words[0].lower() in {"the", "a", "an", "but", "and", "in", "that", "as"}
                         or re.fullmatch(r"(?:[A-Z]\.)+", words[0])):
            words = words[1:]  # a sentence opener or "U.S." glued to the name ("in the U.S. Trump’s …")
        if words and words[0][:1].isupper() and words[-1].lower() not in WEEKDAYS_MONTHS:
            return " ".join(words)  # (not "in Monday’s statement that “…”": a day owns nothing)
    return None


# A fragment the extraction credited to nobody (no reporting verb by the marks) inside a named
# owner's claim clause is the owner's wording, not the writer's scare quote (guideline K1, ruling
# R1: "X's statement Tuesday that Democrats “…”", "X's comment … that Y needs to find a way to
# “…”"; round 72, lane frag82: three tuning items typed scare in three articles). Only the
# extraction's uncredited decisions: a naming, a mention or a label rule read a cue of its own.
CLAIM_CLAUSE_KIND = "inside a named owner's claim clause: the owner's words, speech"


def _uncredited_fragment(q: Any) -> bool:
    """A scare or term fragment that the extraction typed for want of any credit."""
    return q.kind in ("scare", "term") and not q.nested \
        and bool(q.kind_evidence) and uncredited(q.kind_evidence[0])


def give_claims(lay: Any, entity_for_name: Callable[[str], Any]) -> None:
    """After the cascade: each speech quotation (or fragment credited to nobody, retyped speech:
    ``CLAIM_CLAUSE_KIND``) inside a named owner's claim clause goes to the
    owner when the article knows the owner as an entity. Afterwards, not as a surface of the
    cascade, so that the sentence still teaches what it taught before (its subject, the last
    speaker): the corpus read showed the next uncued quotation and the next "he" follow the
    sentence's own subject ("“…,” X said, referring to Y's claim that they had “…”. “…”")."""
    changed = False
    for qi, q in enumerate(lay.quotes):
        si = lay.quote_sentence.get(qi)
        if si is None or not (q.kind == "speech" or _uncredited_fragment(q)):
            continue
        name = claim_owner_name(lay.text, lay.sentences[si].start, q.start, q.end)
        e = entity_for_name(honours_dropped(split_title(name))) if name else None
        if e is None or getattr(e, "kind", "") == "place" or q.speaker == e.canonical:
            continue
        if q.kind != "speech":
            q.kind = "speech"
            q.kind_evidence = q.kind_evidence + [CLAIM_CLAUSE_KIND]
        q.speaker, q.speakers, q.speaker_description = e.canonical, [e.canonical], None
        q.confidence = C.parse_narrating_subject
        q.attribution_evidence = [OWNER_HOW, f"name '{name}' -> {e.canonical}"]
        changed = True
    if changed:  # "King" -> "Coretta Scott King", as the cascade's own names were lengthened
        fuller_speaker_names(lay.parse_text or lay.text, lay.quotes, lay.headline_end)
