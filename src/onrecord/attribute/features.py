"""Candidate speakers of a speech quotation and their features, for the learned ranker
(ranker.py; issue 11). One module holds every feature definition, so that training
(eval/real/attribution/train_ranker.py) and scoring compute exactly the same numbers.

A quotation's candidates are the article's entities with a mention outside every quotation
within ``RankerThresholds.window_chars`` of it (plus the rule cascade's own choice), and
"nobody" (the null candidate). An entity named only inside quotations is never a candidate:
a speaker is never a span inside its own quotation (the "'The United States is ready …'
Trump" class). Features are what the rules already know or can read cheaply: distance,
sentence and paragraph position, a reporting verb next to the mention, salience in the
article, the cascade's choice and which rule made it, the speakers of the neighbouring
quotations, the kind of entity.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from types import MappingProxyType

from ..model import Quote
from ..thresholds.learned import RANKER
from .layout import Layout
from .entities import Entity
from .mentions import Mention
from .salience import Salience, agrees, clashes, report_beside

NULL = "<nobody>"
_NEST_LOOKBACK = 4  # quotations; how deep nesting can hide a mention's outer quotation

# which rule of the cascade named the speaker, from the first line of its evidence
# (speakers.py, finder.py, parse_finder.py): a one-hot per family
_RULES = (
    ("continues the speaker", "rule_prev_speaker"),
    ("continues the subject", "rule_prev_subject"),
    ("continues the last speaker", "rule_last_speaker"),
    ("last speaker of the article", "rule_far_speaker"),
    ("headline", "rule_headline"),
    ("credit line", "rule_credit"),
    # "parse:" with its colon: the over-budget line "not parsed (...)" holds "parse" too and
    # was read as a parse rule, so rule_unparsed never fired (round 54, lane ranker54)
    ("parse:", "rule_parse"),
    ("not parsed", "rule_unparsed"),
)

FEATURES = (
    # the null candidate
    "is_null", "null_cascade_null", "null_cascade_conf", "null_n_cands", "null_has_desc",
    "null_no_cand_in_sentence", "null_no_cand_in_para",
    # the cascade's own choice
    "cascade", "cascade_conf", "cascade_joint",
    *(f"cascade_{name}" for _, name in _RULES), "cascade_rule_pattern",
    # the deciding rule's family and the kind of speaker words it read (round 14)
    "cascade_string", "cascade_parse_ev", "cascade_pronoun", "cascade_continuation",
    # position of the nearest mention outside quotations
    "log_dist_before", "log_dist_after", "log_dist_min", "none_before", "none_after",
    "same_sentence", "prev_sentence", "next_sentence", "same_para", "prev_para", "next_para",
    "nearest_before", "nearest_after", "nearest_in_sentence", "rank_by_distance",
    # a reporting verb beside a mention in the quotation's sentence
    "report_verb_same_sentence", "report_verb_prev_sentence", "possessive_nearest",
    # salience
    "log_mentions", "first_mention_frac", "in_headline", "spoke",
    # salience across sentences (round 14, salience.py): the name the quotation's sentence,
    # the previous one, the paragraph's first one, the last one that opens with a name opens
    # with; how often the article reports the entity speaking
    "subj_same_sentence", "subj_prev_sentence", "subj_para_first", "subj_last",
    "log_reported", "reported_frac",
    # a "he"/"she" reporting speech in the quotation's (or the previous) sentence
    "pron_agrees", "pron_clashes", "pron_nearest_agreeing", "pron_prev_agrees", "null_pronoun",
    # the neighbouring quotations' speakers (the cascade's)
    "prev_quote_speaker", "next_quote_speaker",
    # the entity
    "kind_person", "kind_org", "kind_unknown", "is_person", "person_like", "substantial",
    "single_token", "has_role", "gendered",
    # another candidate than the cascade's, against the cascade's choice
    "alt_cascade_null", "alt_cascade_conf", "alt_cascade_not_person", "alt_cascade_single",
    "extends_cascade_name", "alt_cascade_gender_clash",
)
INDEX = MappingProxyType({f: i for i, f in enumerate(FEATURES)})


@dataclass
class Candidate:
    name: str  # canonical name, or NULL
    entity: Entity | None
    x: list[float]


class ArticleIndex:
    """Per-article lookups built once: mentions outside quotations, sorted by position."""

    def __init__(self, lay: Layout, entities: list[Entity]):
        self.lay = lay
        self._tok_starts: dict[int, list[int]] = {}
        spans = sorted((q.start, q.end) for q in lay.quotes if q.end > q.start)
        self._qstarts = [s for s, _ in spans]
        self._qends = [e for _, e in spans]
        self.sent_starts = [s.start for s in lay.sentences]
        self.para_starts = [p[0] for p in lay.para_of_pos]
        self.outside: list[tuple[int, Mention, Entity]] = []
        self.count: dict[int, int] = {}
        for e in entities:
            for m in e.mentions:
                if not self._inside_quote(m):
                    self.outside.append((m.start, m, e))
                    self.count[e.id] = self.count.get(e.id, 0) + 1
        self.outside.sort(key=lambda t: t[0])
        self.starts = [t[0] for t in self.outside]
        self.by_entity: dict[int, list[Mention]] = {}
        for _, m, e in self.outside:
            self.by_entity.setdefault(e.id, []).append(m)
        self.m_starts = {k: [m.start for m in v] for k, v in self.by_entity.items()}
        self._entity_x: dict[int, list[tuple[int, float]]] = {}
        self.sal = Salience(lay, self.outside, self.sentence_of, self.token_starts)

    def entity_features(self, e: Entity) -> list[tuple[int, float]]:
        """The features of the entity alone (the same for every quotation), computed once."""
        got = self._entity_x.get(e.id)
        if got is None:
            ms = self.by_entity.get(e.id, [])
            canon = e.canonical
            vals = {
                "log_mentions": math.log1p(self.count.get(e.id, 0)),
                "first_mention_frac": (ms[0].start / max(1, len(self.lay.text))) if ms else 1.0,
                "in_headline": any(m.start < self.lay.headline_end for m in ms[:3]),
                "spoke": e.spoke, "kind_person": e.kind == "person", "kind_org": e.kind == "org",
                "kind_unknown": e.kind == "unknown", "is_person": e.is_person(),
                "person_like": e.person_like(), "substantial": e.substantial(),
                "single_token": len(canon.split()) < 2, "has_role": bool(e.roles),
                "gendered": e.gender is not None,
                "log_reported": math.log1p(self.sal.reported.get(e.id, 0)),
                "reported_frac": self.sal.reported.get(e.id, 0) / max(1, self.count.get(e.id, 0)),
            }
            got = self._entity_x[e.id] = [(INDEX[k], float(v)) for k, v in vals.items()]
        return got

    def _inside_quote(self, m: Mention) -> bool:
        # quotations may nest (an inner one opens after the outer): look back over a few
        k = bisect_right(self._qstarts, m.start) - 1
        for j in range(k, max(-1, k - _NEST_LOOKBACK), -1):
            if m.end <= self._qends[j]:
                return True
        return False

    def token_starts(self, si: int) -> list[int]:
        got = self._tok_starts.get(si)
        if got is None:
            got = self._tok_starts[si] = [t.start for t in self.lay.sentences[si].tokens]
        return got

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def para_of(self, pos: int) -> int:
        return max(0, bisect_right(self.para_starts, pos) - 1)

    def near(self, start: int, end: int, window: int) -> list[Entity]:
        """Entities with a mention outside quotations within ``window`` characters."""
        lo = bisect_left(self.starts, start - window)
        hi = bisect_right(self.starts, end + window)
        seen: dict[int, Entity] = {}
        for _, _, e in self.outside[lo:hi]:
            seen.setdefault(e.id, e)
        return list(seen.values())


def _rule_flags(q: Quote) -> dict[str, float]:
    first = (q.attribution_evidence[0] if q.attribution_evidence else "").lower()
    out = {f"cascade_{name}": 0.0 for _, name in _RULES}
    hit = False
    for key, name in _RULES:
        if key in first:
            out[f"cascade_{name}"] = 1.0
            hit = True
            break
    out["cascade_rule_pattern"] = 0.0 if hit else 1.0
    ev = q.attribution_evidence or []
    out["cascade_string"] = float(first.startswith("string:"))
    out["cascade_parse_ev"] = float(first.startswith("parse:"))
    out["cascade_pronoun"] = float(any(e.startswith("pronoun") for e in ev[1:]))
    out["cascade_continuation"] = float(any(e.startswith("continues") for e in ev))
    return out


def quote_candidates(lay: Layout, idx: ArticleIndex, qi: int, prev_speaker: str | None,
                     next_speaker: str | None, by_name: dict[str, Entity],
                     window: int = RANKER.window_chars) -> list[Candidate]:
    """The candidates of quotation ``qi`` (the cascade has filled it) with their features."""
    q = lay.quotes[qi]
    ents = idx.near(q.start, q.end, window)
    chosen = [by_name[n] for n in q.speakers if n in by_name]
    for e in chosen:
        if e not in ents and idx.count.get(e.id):
            ents.append(e)
    qs = lay.quote_sentence.get(qi, idx.sentence_of(q.start))
    qp = lay.sentences[qs].para if lay.sentences else 0
    rules = [(INDEX[k], v) for k, v in _rule_flags(q).items()]
    rows = [_entity_row(lay, idx, q, qs, qp, e, prev_speaker, next_speaker, rules) for e in ents]
    gender = idx.sal.pronoun(qs)
    for e, x in zip(ents, rows):
        _context_row(idx.sal, qs, qp, gender, e, x)
    _relative(rows)
    _against_cascade(q, ents, rows, by_name, gender)
    cands = [Candidate(e.canonical, e, x) for e, x in zip(ents, rows)]
    null = _null_row(q, rows)
    null[INDEX["null_pronoun"]] = float(gender is not None)
    cands.append(Candidate(NULL, None, null))
    return cands


# the positions _context_row writes, looked up once (round 28, lane speed12)
_SUBJ_SS, _SUBJ_PS, _SUBJ_PF, _SUBJ_LAST, _PRON_AG, _PRON_CL, _PRON_PREV = (INDEX[f] for f in (
    "subj_same_sentence", "subj_prev_sentence", "subj_para_first", "subj_last", "pron_agrees",
    "pron_clashes", "pron_prev_agrees"))


def _context_row(sal: Salience, qs: int, qp: int, gender: str | None, e: Entity, x: list[float]) -> None:
    """Salience across sentences and pronoun agreement (salience.py): a quotation continues
    the person its neighbourhood is about, and "she said" binds to a woman."""
    x[_SUBJ_SS] = float(sal.lead.get(qs) == e.id)
    x[_SUBJ_PS] = float(sal.lead.get(qs - 1) == e.id)
    x[_SUBJ_PF] = float(sal.lead.get(sal.para_first.get(qp, -1)) == e.id)
    x[_SUBJ_LAST] = float(sal.last_lead(qs) == e.id)
    x[_PRON_AG] = float(agrees(e, gender))
    x[_PRON_CL] = float(clashes(e, gender))
    x[_PRON_PREV] = float(agrees(e, sal.pronoun(qs - 1)))



def _null_row(q: Quote, rows: list[list[float]]) -> list[float]:
    x = [0.0] * len(FEATURES)
    x[INDEX["is_null"]] = 1.0
    x[INDEX["null_cascade_null"]] = 0.0 if q.speaker else 1.0
    x[INDEX["null_cascade_conf"]] = q.confidence if q.speaker else 0.0
    x[INDEX["null_n_cands"]] = math.log1p(len(rows))
    x[INDEX["null_has_desc"]] = 1.0 if q.speaker_description and not q.speaker else 0.0
    x[INDEX["null_no_cand_in_sentence"]] = 0.0 if any(r[INDEX["same_sentence"]] for r in rows) else 1.0
    x[INDEX["null_no_cand_in_para"]] = 0.0 if any(r[INDEX["same_para"]] for r in rows) else 1.0
    return x


# the row positions _entity_row writes, looked up once (not one INDEX lookup and one call per
# feature per candidate: the row builder was over a third of the calibration's CPU on 500 BBC
# articles; round 28, lane speed12)
(_DB, _DA, _NB, _NA, _DMIN, _SS, _PS, _NS, _SP, _PP, _NP, _RVS, _RVP, _POS, _PQ, _NQ, _CAS, _CASC,
 _CASJ) = (INDEX[f] for f in (
    "log_dist_before", "log_dist_after", "none_before", "none_after", "log_dist_min", "same_sentence",
    "prev_sentence", "next_sentence", "same_para", "prev_para", "next_para", "report_verb_same_sentence",
    "report_verb_prev_sentence", "possessive_nearest", "prev_quote_speaker", "next_quote_speaker",
    "cascade", "cascade_conf", "cascade_joint"))


def _entity_row(lay: Layout, idx: ArticleIndex, q: Quote, qs: int, qp: int, e: Entity,
                prev_speaker: str | None, next_speaker: str | None,
                rules: list[tuple[int, float]]) -> list[float]:
    """One candidate's row (``rules``: the cascade's rule flags as (position, value))."""
    x = [0.0] * len(FEATURES)
    ms = idx.by_entity.get(e.id, [])
    starts = idx.m_starts.get(e.id, [])
    k = bisect_left(starts, q.start)
    before = ms[k - 1] if k > 0 else None
    after = ms[k] if k < len(ms) else None
    db = q.start - before.end if before else None
    da = after.start - q.end if after else None
    x[_DB] = math.log1p(max(0, db)) if db is not None else 0.0
    x[_DA] = math.log1p(max(0, da)) if da is not None else 0.0
    x[_NB] = float(before is None)
    x[_NA] = float(after is None)
    dmin = min(d for d in (db, da, 10 ** 6) if d is not None)
    x[_DMIN] = math.log1p(max(0, dmin))
    sb = idx.sentence_of(before.start) if before is not None else None
    sents = {s for s in (sb, idx.sentence_of(after.start) if after is not None else None) if s is not None}
    in_sent: list[Mention] = []
    if lay.sentences:
        sent = lay.sentences[qs]
        in_sent = ms[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]
    if in_sent:
        sents.add(qs)
    paras = {idx.para_of(m.start) for m in (before, after) if m is not None}
    x[_SS] = float(qs in sents)
    x[_PS] = float(qs - 1 in sents)
    x[_NS] = float(qs + 1 in sents)
    x[_SP] = float(qp in paras or bool(in_sent))
    x[_PP] = float(qp - 1 in paras)
    x[_NP] = float(qp + 1 in paras)
    if in_sent:
        x[_RVS] = float(any(report_beside(lay, idx.token_starts(qs), qs, m) for m in in_sent))
    x[_RVP] = float(before is not None and sb == qs - 1
                    and report_beside(lay, idx.token_starts(qs - 1), qs - 1, before))
    near = min((m for m in (before, after) if m is not None), key=lambda m: abs(m.start - q.start), default=None)
    x[_POS] = float(near is not None and near.possessive)
    for i, v in idx.entity_features(e):
        x[i] = v
    x[_PQ] = float(prev_speaker == e.canonical)
    x[_NQ] = float(next_speaker == e.canonical)
    if e.canonical in q.speakers:
        x[_CAS] = 1.0
        x[_CASC] = float(q.confidence)
        x[_CASJ] = float(len(q.speakers) > 1)
        for i, v in rules:
            x[i] = float(v)
    return x


def _relative(rows: list[list[float]]) -> None:
    """Features that compare a candidate with the others of its quotation."""
    if not rows:
        return
    ib, ia, im, iss = INDEX["log_dist_before"], INDEX["log_dist_after"], INDEX["log_dist_min"], INDEX["same_sentence"]
    nb, na = INDEX["none_before"], INDEX["none_after"]
    befores = [r[ib] for r in rows if not r[nb]]
    afters = [r[ia] for r in rows if not r[na]]
    order = sorted(range(len(rows)), key=lambda i: rows[i][im])
    for rank, i in enumerate(order):
        rows[i][INDEX["rank_by_distance"]] = math.log1p(rank)
    for r in rows:
        r[INDEX["nearest_before"]] = float(bool(befores) and not r[nb] and r[ib] == min(befores))
        r[INDEX["nearest_after"]] = float(bool(afters) and not r[na] and r[ia] == min(afters))
        r[INDEX["nearest_in_sentence"]] = float(r[iss] and r[im] == min(x[im] for x in rows if x[iss]))
    ipa = INDEX["pron_agrees"]
    agreeing = [r[ib] for r in rows if r[ipa] and not r[nb]]
    for r in rows:
        r[INDEX["pron_nearest_agreeing"]] = float(r[ipa] and not r[nb] and r[ib] == min(agreeing))


def _against_cascade(q: Quote, ents: list[Entity], rows: list[list[float]], by_name: dict[str, Entity],
                     gender: str | None) -> None:
    """Features of the other candidates that describe the cascade's choice: a weak choice (a
    lone capitalised word, something not a person: "Democratic", "Motor Neurone") or none at
    all leaves room for another; a fuller form of the chosen name ("Abbot" for "Greg Abbott",
    "Chada" for "Monica Chadha": the same person clustered apart) is the likeliest one."""
    chosen = by_name.get(q.speaker) if q.speaker else None
    for e, r in zip(ents, rows):
        if q.speaker and e.canonical in q.speakers:
            continue
        r[INDEX["alt_cascade_null"]] = float(q.speaker is None)
        r[INDEX["alt_cascade_conf"]] = q.confidence if q.speaker else 0.0
        if chosen is None:
            continue
        r[INDEX["alt_cascade_not_person"]] = float(not chosen.person_like())
        r[INDEX["alt_cascade_single"]] = float(len(chosen.canonical.split()) < 2)
        r[INDEX["extends_cascade_name"]] = float(_extends(chosen.canonical, e.canonical))
        r[INDEX["alt_cascade_gender_clash"]] = float(clashes(chosen, gender))


def _extends(short: str, full: str) -> bool:
    """``full`` is a longer name that holds ``short`` or a near spelling of it as a word."""
    st, ft = short.lower().split(), full.lower().split()
    if len(st) != 1 or len(ft) < 2:
        return False
    w = st[0]
    return any(t == w or len(w) >= 4 and (t.startswith(w[:4]) and abs(len(t) - len(w)) <= 2) for t in ft)
