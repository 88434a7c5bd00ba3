"""Short words in marks under a share of those polled that gives its view ("About 41 percent
of the anglers think the new quota is the “…” answer", "One in four residents believe the
timetable is “…”") are the respondents' speech, no one named (issue 11, round 42, lane
census25k). The extraction reads a fragment credited to nobody, or to a group, as the writer's
scare quote; the parse's reporting verbs leave out "think" and "believe", and a share is no
named subject. The README's fresh14 ruling: poll wording follows the credit the sentence gives
it; words the sentence credits to respondents are their speech, speaker null (fresh14: "34
percent of voters think the “only way”"); answer options with no verb ("are “very”
interested") are term, and this rule leaves them alone. Runs after the cascade, on the
quotations it left scare or term for want of a credit.
"""

from __future__ import annotations

import re
from typing import Any

from ..extract.fragment_rules import uncredited
from ..lexicon.voting import BALLOT_OPTIONS, POLL_SHARE_RE, POLL_VIEW_VERBS
from ..thresholds.attribute import CONFIDENCE as C
from ..thresholds.subjects import SUBJECTS

# reasons that read a label whoever says it, left to the extraction (as fragment_kind leaves
# naming verbs): "would not be offended if someone called them a “…”" (a word mentioned; the
# targeted corpus check), and termspeech25's "the name of a thing" under a group's "say"
# ("49 percent say they support …, a “…” effect on Democrats, said X": another's words)
_DECIDED_ELSEWHERE = ("naming verb", "the name of a thing")
# a share of people (lexicon POLL_SHARE_RE: a percentage, "one in four", "a (clear) majority",
# "a third", "half of"; not bare "most": "Most economists think" is a broad group's view, a
# scare by the ruling)
_VIEW = re.compile(
    rf"(?i)\b(?P<share>{POLL_SHARE_RE}(?:\s+(?:of\s+)?(?P<people>[\w'’-]+(?:\s+[\w'’-]+)*?))?)"
    rf"\s+(?:also\s+|still\s+|now\s+)?(?P<verb>{'|'.join(sorted(POLL_VIEW_VERBS))})\b")


def _view_before(lay: Any, qi: int) -> re.Match[str] | None:
    """The share and its verb of view that the quotation's words follow in its sentence, the
    marks within reach of the verb."""
    si = lay.quote_sentence.get(qi)
    if si is None:
        return None
    q = lay.quotes[qi]
    head = lay.masked[lay.sentences[si].start : q.start]
    for m in reversed(list(_VIEW.finditer(head))):
        people = m.group("people") or ""
        if len(people.split()) > SUBJECTS.poll_people_words:
            continue
        if len(head[m.end() :].split()) <= SUBJECTS.poll_view_reach:
            return m
        return None
    return None


def poll_views(lay: Any) -> None:
    """Make speech, no one named, each scare or term quotation credited to nobody whose
    sentence has a share of those polled giving its view over it."""
    for qi, q in enumerate(lay.quotes):
        if q.kind not in ("scare", "term") or q.nested or not q.kind_evidence or lay.in_blurb(q.start):
            continue  # a flattened link blurb's headline is another story's (corpus: "… believed
            # that the media were “…” for Hillary Clinton Hillary Diane Rodham Clinton… 'feckless' … MORE")
        why = q.kind_evidence[0]
        if not uncredited(why) or any(w in why for w in _DECIDED_ELSEWHERE):
            continue
        if q.text.strip(" .,;:!?").lower() in BALLOT_OPTIONS:
            continue  # "79 percent of voters said “no”": a ballot's option, a term
        m = _view_before(lay, qi)
        if m is None:
            continue
        share = " ".join(m.group("share").split())
        q.kind_evidence = q.kind_evidence + [f"but a share of those polled ('{share}') gives its view with "
                                             f"'{m.group('verb')}': the respondents' speech"]
        q.kind = "speech"
        q.speaker, q.speakers, q.speaker_description = None, [], share
        q.cue = m.group("verb")
        q.confidence = C.nobody
        q.attribution_evidence = [*(q.attribution_evidence or []),
                                  "respondents of a poll, described, no name: left null"]
