"""A sentence of narration with no verb of saying that ends in a long quotation, right after a
sentence that quotes a named speaker: the words go on in that voice. "“…,” he says. In Europe,
immigrants “have a harder time working their way to citizenship …”"; "“…,” said X, managing
director of …. India is a “dramatically growing economy that must have access to oil”"; "“…,”
writes X, chief economist at …. ¶ The flip side … is that there is “the start of an
extraordinary surge in …”". The parse reader leaves a quotation inside narration null
(parse_finder._no_reporting_verb) and narration_fragment.py refuses it a continuation; both
read right for a writer's phrase, a poll's answers or a body's pledge, and wrong here. Round 35,
lane cont17: 9 of the 42 continuations of a named speaker in the judged sample.

What tells them apart, in that sample and on the corpus: the previous sentence (same or
previous paragraph) ends its quoted words with a named speaker's speech; the quotation is long
(thresholds/continuation.py) and closes its sentence; and the narration before it
names no person, no body and no text (a place may stand: "In Norway, the tolls “…”"). A person,
a body or a text in the sentence is the known failure: "The Labour party has committed itself
to “…”", "TurboTax discloses that …", "claims from X that he led a “…”", "the plan expresses
“…”" are theirs, not the voice before.

Round 37, lane narr20: the sentence before may also be a named person's reported speech with
no quotation of its own, in the same paragraph ("Ash argues that Europe cannot …. “Europe's
only defining ‘other’ is its own previous self” — …"; ``_indirect_reporter``)."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.function_words import CLAUSE_PRONOUNS, DETERMINERS
from ..lexicon.places import is_place
from ..lexicon.reporting import REPORT_FORMS, SPEECH_NOUNS, report_base
from ..thresholds.continuation import CONTINUATION
from .entities import Entity
from .owners import OWNED_WORK_NOUNS
from .topic import other_reports_after, reports_speech

# after the closing mark: only the sentence's stop, or a dash aside ("“…” — the ones that …")
_CLOSES_SENTENCE = re.compile(r"[\"”’'.,;:!?)\]\s]*(?:$|[—–-])")


def carries_on_named_words(res: Any, lay: Any, si: int, qi: int) -> bool:
    """Quotation ``qi``, inside narration of sentence ``si``, goes on in the voice of the named
    speaker whose words close the sentence before."""
    if si <= 0:
        return False
    s, p, q = lay.sentences[si], lay.sentences[si - 1], lay.quotes[qi]
    if p.para < s.para - 1 or len(q.text.split()) < CONTINUATION.clause_min_words:
        return False
    if any(j != qi and lay.quotes[j].start < q.start for j in s.quotes) \
            or any(o.start <= q.start < o.end for o in lay.quotes if o is not q):
        return False  # a second quotation of its sentence, or one inside another's words
    if not _CLOSES_SENTENCE.match(lay.text[q.end : s.end]) and not _short_tail(lay, s, q):
        return False
    before = [t.lower for t in s.tokens if t.end <= q.start]
    if any(w in OWNED_WORK_NOUNS for w in before):
        # "Even so, the plan expresses “the aspiration that …”": a text speaks, whose issuer
        # is not the speaker just quoted (corpus check: the envoy quoted before the plan's words)
        return False
    if any(w in SPEECH_NOUNS or w in REPORT_FORMS for w in before):
        # "The treasurer did dispute, however, the claim that the depot was “…”": a claim or a
        # report of its own, someone else's (tests/attribute/test_claim_owners.py)
        return False
    voice = _closing_voice(lay, p)
    if voice is not None:
        return not _names_other(res, lay, si, q, voice.speakers)
    reporter = _indirect_reporter(res, lay, si)
    if reporter is None or _points_back(lay, si, before):
        return False
    return not _names_other(res, lay, si, q, [reporter.canonical])


def _short_tail(lay: Any, s: Any, q: Any) -> bool:
    """The sentence goes on for a few words of narration after the quotation and no verb of
    saying: "Acting out of fear, “…,” is involuntary.", "… “…” by the law." (round 67, lane
    frag75: on the tuning sets 4 quotations left null, in 3 articles, closing on 2 to 4 words:
    3 the voice just before, 1 a document's issuer named further back)."""
    if any(lay.quotes[j].start >= q.end for j in s.quotes):
        return False  # "since “…” and a “…,” whatever its age": a second quotation follows
    tail = [t for t in s.tokens if t.start >= q.end and t.is_word]
    if not 0 < len(tail) <= CONTINUATION.tail_max_words or any(report_base(t.lower) for t in tail):
        return False
    # a tail opening on a subject is a frame of its own ("“…?” the host persisted."): the
    # words are that subject's (the lane's 300-article folder: a host's question went to the
    # guest answering him); nor a name or a number (a video link's running time after its
    # title). A preposition, a conjunction or a verb in lower case goes on with the narration.
    first = tail[0]
    return first.text[:1].islower() and first.lower not in DETERMINERS and first.lower not in CLAUSE_PRONOUNS


_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})


def _points_back(lay: Any, si: int, before: list[str]) -> bool:
    """"X argued the ruling should go under a 1950 precedent known as the Y doctrine. That
    doctrine holds that “…”": the sentence opens on a demonstrative and a noun the reported
    sentence named; the words are that thing's (a precedent's, a law's), not the reporter's
    (a targeted corpus check, round 37, lane narr20)."""
    words = [w for w in before if w.isalpha()]
    if words[:1] in (["but"], ["and"]):
        words = words[1:]
    if len(words) < 2 or words[0] not in _DEMONSTRATIVES:
        return False
    return any(t.lower == words[1] for t in lay.sentences[si - 1].tokens)


def _indirect_reporter(res: Any, lay: Any, si: int) -> Entity | None:
    """The named person whose reported speech (no quotation of its own) is the sentence just
    before, in the same paragraph: "Ash argues that Europe cannot define itself by its rivals.
    “Europe's only defining other is its own previous self” — its …" (round 37, lane narr20;
    eval/real/README.md, fresh3's ruling: a quotation in the same paragraph right after an
    indirect-speech sentence keeps that sentence's voice). The reporter is the sentence's one
    subject, a person, and no other person named there reports."""
    p, s = lay.sentences[si - 1], lay.sentences[si]
    if p.para != s.para or p.quotes or not reports_speech(lay, si - 1):
        return None
    subj = res.subj.get(si - 1) or []
    if len(subj) != 1 or not isinstance(subj[0], Entity) or not subj[0].person_like() \
            or not subj[0].substantial() or other_reports_after(res, lay, si - 1, subj):
        return None
    # the reporter is the first one named: "X met Mayor Y, who said the fees would stay" is no
    # voice of X's, and Y's relative clause no sentence of his
    first = min(res.by_sentence.get(si - 1, []), key=lambda m: m.start, default=None)
    return subj[0] if first is not None and first.entity is subj[0] else None


def _closing_voice(lay: Any, p: Any) -> Any | None:
    """The last quotation of sentence ``p`` when it is named speech (not a blurb's headline)."""
    if not p.quotes:
        return None
    last = lay.quotes[p.quotes[-1]]
    if last.kind != "speech" or not last.speaker or lay.in_blurb(last.start):
        return None
    return last


def _opening_capital(lay: Any, si: int, m: Any) -> bool:
    """Mention ``m`` is only the capitalised first word of sentence ``si``, a word the article
    names nowhere else and never types ("Diesel engines have been burning …, and “…”"): a common
    noun, no one named (round 66, lane cont71: a sentence opening on such a noun, then "and
    “…”", blocked a professor's words on a tuning set). A type, a second mention, a second
    capitalised word or a verb of saying next keeps the name ("Oldenburg runs the ferries. …
    Oldenburg has raised …")."""
    e = m.entity
    if not isinstance(e, Entity) or e.kind != "unknown" or e.substantial() or m.org or len(e.mentions) != 1:
        return False
    words = [t for t in lay.sentences[si].tokens if t.is_word][:2]
    # the next word in lower case and no verb of saying: "Diesel engines …", not "Acme reports"
    return len(words) == 2 and words[0].start == m.start and words[1].text.islower() \
        and report_base(words[1].lower) is None


def _names_other(res: Any, lay: Any, si: int, q: Any, speakers: list[str]) -> bool:
    """Sentence ``si`` names, outside quotation ``q``, someone other than ``speakers``: a person,
    a body, or any name that is no place ("TurboTax discloses …" names a firm the article never
    types); "In Norway, …" and "India is …" do not count."""
    for m in res.by_sentence.get(si, []):
        e = m.entity
        if q.start <= m.start < q.end or isinstance(e, Entity) and e.canonical in speakers:
            continue
        if _opening_capital(lay, si, m):
            continue
        if not isinstance(e, Entity):
            if not (m.place_hint or m.town or is_place(m.name)):
                return True
            continue
        if e.kind == "org" or e.is_person() or e.person_like() or m.org \
                or e.place_evidence == 0 and not is_place(m.name):
            return True
    return False
