"""The referents a speaker phrase can point back to (split from resolve.py, issue 9, code moved
verbatim): a pronoun's antecedent, a description's entity ("the panel", "the aide"), the first
person, the article's author and interviewee, and the gender learned from pronouns.
``Resolver`` (resolve.py) mixes ``Referents`` in. The subject leading a sentence is
leading_subjects.py's (split from here, round 41, lane tidy24)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from ..lexicon.function_words import DESCRIPTION_STOPS as FUNCTION_WORDS
from ..lexicon.numbers import SHARE_HEADS
from ..lexicon.heads import ACRONYM_HEADS, GENERIC_HEADS, GENERIC_ORG_HEADS, ORG_HEAD_SYNONYMS
from ..lexicon.reporting import report_base
from ..lexicon.titles import TITLE_SYNONYMS
from ..thresholds.attribute import WINDOWS
from .cues import DETERMINERS, ORG_DESCRIPTORS, PARTY_MEMBERS, PRONOUNS
from .finder import clause_start
from .entities import Entity
from .mentions import _tokens, name_tokens
from .role_words import holds_office, rank_dropped, ranks_below, role_core as _role_core
from .subject_keeps import own_subject_keeps, subject_keeps, titled_opener
from .reported import reported_subject
from .spoken_about import spoken_about
from .indefinite import other_gender
from .near_name import near_personal_name
from .own_subject_passing import object_before, passing_opener
from .own_sentence_other import other_person_of_sentence
from .photo_captions import photo_caption
from .passing import caption_aside, deferred_possessive, sentence_mentions, speaking_subject
from .described import company_subject
from .later_names import named_soon
from .unnamed_chain import unnamed_before
from .name_forms import non_agent_name
from .he_she_guard import refused_he_she, refusing_rule
from .he_she_names import printed_title
from .full_name_subject import he_may_yield
from .word_name_sex import settled_by_pronoun
from .photo_credit_names import credited_name
from .earlier_clause import earlier_clause_subject
from .subject_just_before import opens_sentence_before


def _acronym_for(name: str, head: str) -> bool:
    """An all-capital acronym ("USDA", "EPA", "FBI") holding the head's initial letter."""
    return 2 <= len(name) <= 6 and name.isalpha() and name.isupper() and head[0].upper() in name


def _bare_mention(e: Entity, pos: int) -> bool:
    """A name met once, in passing, with no evidence of its own for a he/she: no gender (not even
    a census guess), never a reporting verb's subject, not typed a person (an aside to "former
    Harlan administration aides" in a column about a prime minister, and then "she"). Such
    a mention took the "she" from the sure-female subject a sentence further back, and the
    gender that guess fixed on it carried every later "she" of the piece (round 67, lane
    pron75). A name the article has already written more than once is someone it follows
    ("Ostrander said Danning tried …. He would greet …"): it keeps the pronoun."""
    return e.gender is None and not e.spoke and e.kind != "person" \
        and sum(m.start < pos for m in e.mentions) <= 1


class Referents:
    """The referent-finding half of ``Resolver``: reads ``self.lay``, ``self.ents``, ``self.opt``
    and the other state ``Resolver.__init__`` sets, and calls its ``resolve_part``."""

    def pronoun(self, pron: str, pos: int, sent_idx: int, also_barred: Sequence[Entity] = ()) -> Entity | None:
        """The entity a pronoun (or "person": a definite role looking back) refers to: the most
        salient compatible one in reach, in passes from the strongest evidence down;
        ``also_barred``: people it cannot be (its own clause names them, bound_pronoun.py)."""
        g = "x" if pron == "person" else PRONOUNS.get(pron, "p")
        unnamed = unnamed_before(self, sent_idx) if g in {"m", "f"} else None
        if unnamed and not other_gender(unnamed, g) and self._own_subject(pos, sent_idx) is None:
            # "The captain said the start was rough. “…,” he said": the unnamed captain, not
            # a name further back (real-news tuning split: a unit's name, another speaker)
            self.unclear[pos] = unnamed
            return None
        order, near = self._antecedents(pos, sent_idx, g in {"m", "f"})
        if g == "n" and not _past_report_after(self.lay.text, pos) \
                and _law_subject_first(order, lambda e: self._compatible(e, g)):
            return None  # "The X Act bars …. It also says “…”": the law, whose words have no speaker (D5)
        # "Mr Blair has …, he said", "Vasko's plan was a “…,” he said": not them (reported.py, spoken_about.py)
        barred = [reported_subject(self, pos, sent_idx)] + spoken_about(self, pos, sent_idx) + list(also_barred) \
            if g in {"m", "f"} else []
        if any(b is not None for b in barred):
            order = [(e, sj) for e, sj in order if not any(e is b for b in barred)]
            near = [e for e in near if not any(e is b for b in barred)]
        mate = other_person_of_sentence(self, g, pos, sent_idx, barred) if g in {"m", "f"} else None
        if mate is not None:  # "Ms X criticized Y's remarks, who he said …" (own_sentence_other.py;
            return mate  # it refuses the barred, ``also_barred`` among them)
        keep = subject_keeps(self, pos, sent_idx) if g in {"m", "f"} else None
        if g in {"m", "f"} and keep is None:  # "Brenner gave a speech in which he …" (subject_keeps.py)
            own = self._own_subject(pos, sent_idx)
            keep = own_subject_keeps(self, own, pos, sent_idx)
            if keep is None and own is None:  # a census guess keeps it (earlier_clause.py)
                keep = earlier_clause_subject(self, pos, sent_idx)
        found = self._first_in_passes(g, order, near, self._pronoun_passes(g, near), keep, pos)
        rule = refusing_rule(self.lay, found, self.word_no_name) if found is not None and g in {"m", "f"} else None
        if rule is not None:
            refused = found
            past = self._past_refused(g, order, near, keep, pos)  # "Typically", "British" (he_she_guard.py)
            found = past if past is not None and past.gender == g and (past.gender_sure or past.spoke) else None
            if found is None:
                self.unclear[pos] = None
                self.unclear_why[pos] = f"refused {refused.canonical} ({rule}), past it " \
                    + (f"{past.canonical} of gender {past.gender}, unsure" if past is not None else "nobody")
                return None
        if found is not None and g in {"m", "f"} and self._unclear(found, g, order, pos, sent_idx):
            self.unclear[pos] = None
            self.unclear_why[pos] = f"last turn {found.canonical} and a rival turn, no gender known"
            return None
        if found is not None:
            if g in {"m", "f"} and not also_barred and (found.gender is None or settled_by_pronoun(found, g)):
                found.gender = g  # "earlier pronoun use" fixes the gender for later pronouns (not a re-read's guess)
                found.census_sex = False  # and a word name's sex alike (word_name_sex.py)
            return found
        if g in {"m", "f"} and not any(self._compatible(e, g) for e, _ in order) \
                and not any(printed_title(e) and e.mentions and e.first < pos for e in self.ents.entities):
            # Not when a newspaper was named before (round 83, lane pron100): "… a president who
            # calls reporters “…” … he says …. His adviser, X, …" after "the Boston Globe" in the
            # first paragraph: the next name took the unnamed man's words. Not any name no he/she
            # can mean: a dateline's "(CNN)" opens the articles this path is for (fresh21 lost one).
            # an article that opens on a quotation (“…,” he said. Senator X, who …): nobody
            # came before, so the next person named within two sentences is the speaker
            later = [m.entity for k in range(sent_idx, min(len(self.lay.sentences), sent_idx + 3))
                     for m in self.by_sentence.get(k, []) if m.start > pos and m.entity]
            for e in later:
                if self._compatible(e, g) and e.substantial() and not any(e is b for b in barred):
                    # a creed named next ("Wahhabism, the … orthodoxy") is nobody's, nor the one after
                    return None if refused_he_she(self.lay, e, self.word_no_name) else e
        return None

    def _past_refused(self, g: str, order: list[tuple[Entity, bool]], near: list[Entity],
                      keep: Entity | None, pos: int) -> Entity | None:
        """The he/she's antecedent once the names no he/she can mean are set aside
        (he_she_guard.py); the caller takes it only if its gender is sure and the pronoun's: "Former British Prime
        Minister Mrs X … ¶ “…,” she said" is X's, but an unnamed accuser's "she" after a
        sentence opening "Aside from …" stays unbound, as the last guard left it, rather than
        going to the next name in reach (draw C, round 78, lane pron88)."""
        def ok(e: Entity) -> bool:
            return not refused_he_she(self.lay, e, self.word_no_name)
        order = [(e, sj) for e, sj in order if ok(e)]
        near = [e for e in near if ok(e)]
        keep = keep if keep is None or ok(keep) else None
        found = self._first_in_passes(g, order, near, self._pronoun_passes(g, near), keep, pos)
        # Not only the nearest subject: lane pron89 (round 79) took the fallback only when the name
        # was the nearest subject in reach. On draw D that withdrew 4 wrong names, but on draws C
        # and F it dropped 6 right ones: a speaker named in an apposition or only by a description
        # the sentence before ("The floor leader, Senator X, agreed … ¶ “…,” he said"), or past a
        # photo caption — so the narrowing was taken out (fortieth session, round 79 merged)
        # Round 83, lane pron99: a name the article shows speaking ("…, X says") whose gender an
        # earlier he/she of the article fixed passes too: once "more Americans" was refused, a
        # professor's second "she says" (her "she" bound twice before) was left null.
        return found

    def _antecedents(self, pos: int, sent_idx: int, personal: bool = False
                     ) -> tuple[list[tuple[Entity, bool]], list[Entity]]:
        """The entities in reach, most salient first, each with whether it was a sentence
        subject; and those mentioned in this sentence (before the pronoun) or the previous one.
        For a he/she (``personal``), a possessive in an earlier sentence yields to the subject
        of the sentence before it (passing.deferred)."""
        lay = self.lay
        s0 = lay.sentences[sent_idx]
        order: list[tuple[Entity, bool]] = []  # (entity, is a sentence subject)
        near: list[Entity] = []  # mentioned in this sentence (before the pronoun) or the previous one
        deferred: list[tuple[Entity, bool]] = []  # the last sentence's possessives (he/she only)
        cur = [(m.entity, False) for m in self._uncredited(sentence_mentions(self, sent_idx, pos))]  # passing.py
        own = self._own_subject(pos, sent_idx)
        if own is None and personal:  # "…, but when X took office, he …" (earlier_clause.py)
            own = earlier_clause_subject(self, pos, sent_idx)
        if own is not None:
            order.append((own, True))
        back = 0
        for si in range(sent_idx - 1, -1, -1):
            if back == self.opt.pronoun_window:
                break
            if lay.sentences[si].para == 0 and s0.para != 0:
                break  # never bind into the headline
            if photo_caption(lay, si):
                continue  # a photo and its photographer stand aside, uncounted (photo_captions.py)
            back += 1
            if self._is_byline(si):
                continue  # the writer of the piece is not "he" or "she" in the body
            order.extend((e, True) for e in caption_aside(self, si, self.subj.get(si, [])))
            order.extend(deferred)
            if back == 1:
                order.extend(cur)
                near = [e for e, _ in order] + [m.entity for m in self._uncredited(self.by_sentence.get(si, [])) if m.entity]
            ms = caption_aside(self, si, self._uncredited(sentence_mentions(self, si)))
            deferred = [(m.entity, False) for m in ms if personal and deferred_possessive(self, si, m)]
            order.extend((m.entity, False) for m in ms if not (personal and deferred_possessive(self, si, m)))
        order.extend(deferred)
        if sent_idx == 0 or not order:
            order.extend(cur)
        return order, near

    def _uncredited(self, ms: list[Any]) -> list[Any]:
        """``ms`` without a photographer credited after a picture ("Jo Doe/AP": photo_credit_names.py)."""
        return [m for m in ms if not credited_name(self.lay, m.start, m.end)]

    def _unclear(self, e: Entity, g: str, order: list[tuple[Entity, bool]], pos: int, sent_idx: int) -> bool:
        """A he/she whose antecedent is a guess between speakers: in a new paragraph, it takes
        the speaker of the last turn while an earlier speaker in reach fits as well (neither's
        gender known). Issue 10's probe: “…,” she said right after another speaker's paragraph
        went to the wrong person, and verification called true words misattributed; a wrong
        speaker is worse than none."""
        if e.gender_sure or e is self._own_subject(pos, sent_idx):
            return False
        turns = self._last_turns(sent_idx)
        if not turns:
            return False
        p, p_si = turns[0]
        if p is not e or e.gender is not None or self.lay.sentences[p_si].para == self.lay.sentences[sent_idx].para:
            return False
        if opens_sentence_before(self.lay, e, sent_idx):  # "… Q drove home. ¶ “…,” he said" (subject_just_before.py)
            return False
        # a rival is a speaker whose turn the last speaker's answers: in its paragraph or the one
        # just before. On 974 corpus articles every he/she this left null with the rival's turn
        # further back (narration between: "Trump weighed in …. “…,” Trump tweeted. ¶ He had
        # earlier warned …") belonged to the last speaker (round 35, lane nulls16: 8 of 8)
        exchange = self.lay.sentences[p_si].para - 1
        return any(q is not e and q.gender is None and self._could_be(q) and any(x is q for x, _ in order)
                   and self.lay.sentences[q_si].para >= exchange for q, q_si in turns[1:])

    def reach_back(self, sent_idx: int) -> Iterator[int]:
        """The sentences before ``sent_idx`` in pronoun reach, nearest first, stopping at the
        headline's: where the last turns, an age epithet ("the 22-year-old") and a role phrase
        ("the former chairman") look back for their person (org_roles, epithets)."""
        for back in range(1, self.opt.pronoun_window + 1):
            si = sent_idx - back
            if si < 0 or self.lay.sentences[si].para == 0:
                return
            yield si

    def _last_turns(self, sent_idx: int) -> list[tuple[Entity, int]]:
        """The lone speakers of the quotations before sentence ``sent_idx`` in pronoun reach,
        latest first, each with its sentence (never the headline's)."""
        out: list[tuple[Entity, int]] = []
        for si in self.reach_back(sent_idx):
            turn = self.speakers_at.get(si, [])
            if len(turn) == 1 and not any(turn[0] is q for q, _ in out):
                out.append((turn[0], si))
        return out

    def _could_be(self, p: Entity) -> bool:
        """A person a he/she could name (not an organisation, the narrator or a noun modifier)."""
        return p.kind != "org" and p.id not in self.narrators and not p.modifier and p.person_like()

    def _own_subject(self, pos: int, sent_idx: int) -> Entity | None:
        """The named subject that opens the pronoun's own sentence before it: "Bram Hale told
        the council: “…,” he said" is Hale's, not the previous sentence's subject (issue 10's
        probe: "he" went back to the speaker before and a later "she" to Hale). Read from the
        string only (never ``leading_subject``: its trailing "he said" would ask this again)."""
        toks = [t for t in self.lay.sentences[sent_idx].tokens if t.end <= pos]
        c0 = clause_start(toks)
        if c0 and titled_opener(self.by_sentence.get(sent_idx, []), toks):
            c0 = 0  # "Incoming Press Secretary X would …": the opener is X's title (subject_keeps.py)
        if c0 >= len(toks):
            return None
        ms = [m for m in self.by_sentence.get(sent_idx, []) if toks[c0].start <= m.start and m.end <= pos]
        start = (ms[0].begin) if ms else 0
        if ms and passing_opener(self.lay.masked, [t for t in toks[c0:] if t.start < start], ms[0]):
            return None  # "But standing next to Mr X he added" (own_subject_passing.py)
        named = self._mention_subject(toks, toks[c0], ms) if ms else None
        if not named or len(named) != 1 or named[0].kind == "org":
            return None
        return named[0]

    def _pronoun_passes(self, g: str, near: list[Entity]) -> list[Any]:
        """Which antecedents each pass accepts, strongest evidence first."""
        # sentence subjects and people with evidence (a title, a gender, having spoken) first;
        # any other capitalised pair ("New Year", "Davis Cup") only when no such one is in reach
        # ... and a full personal name in this or the previous sentence ("Consider John Adams’s
        # letters …. In the morning, he described …": not a titled judge three sentences back)
        passes = [lambda e, subj: subj or e.person_like() or e in near and e.kind != "org"
                  and e.place_evidence == 0 and len(name_tokens(e.canonical)) >= 2 and near_personal_name(e),
                  lambda e, subj: True] if g in {"m", "f", "x"} \
            else [lambda e, subj: subj] if g == "p" else [lambda e, subj: True]
        if g in {"m", "f"}:
            # last resort: a lone surname that is no place, acronym or organisation ("Borjas’
            # message is …. “…,” he writes": with nobody else in reach, he is Borjas; the
            # person-evidence rule left every "he writes" of the review unattributed)
            passes.append(lambda e, subj: self._lone_surname(e, g))
        if g == "n":
            # "it" is an organisation; failing that, an unclassified name that was a subject and
            # shows no sign of being a person ("Borussia Dortmund … it said")
            passes.append(lambda e, subj: subj and e.kind == "unknown" and not e.person_like()
                          and e.place_evidence == 0)
        return passes

    def _first_in_passes(self, g: str, order: list[tuple[Entity, bool]], near: list[Entity],
                         passes: list[Any], keep: Entity | None = None, pos: int = -1) -> Entity | None:
        for n_pass, ok in enumerate(passes):
            for e, is_subj in order:
                last_pass = n_pass == len(passes) - 1 > 0
                if ok(e, is_subj) and (self._compatible(e, g) or last_pass and g in {"n", "m", "f"}):
                    guessed = e.gender is None or e.census_sex and not e.gender_sure
                    if g in {"m", "f"} and guessed and e is not keep:  # subject_keeps.py
                        # "Senator McConnell equates Grimes with … . In the interview, she …":
                        # a subject of unknown gender yields to someone in this or the previous
                        # sentence whose honorific or role says the pronoun's gender (Ms. Grimes);
                        # otherwise the guess fixed "f" on McConnell and every later "he" skipped him
                        # (a mere mention older than the previous sentence also yields to a
                        # subject of that gender anywhere in reach). A sex read off a census
                        # given name yields too: as a sure one, "Rodrigo Y" named in Jack X's
                        # apposition took the "he" that Jack X spoke (lane names8, corpus)
                        # A bare mention in passing, even in the previous sentence, yields the
                        # same way (_bare_mention)
                        wide = not is_subj and (e not in near or _bare_mention(e, pos))
                        pool = near + [x for x, sj in order if sj] if wide else near
                        own = self.lay.sentence_at(pos) if pos >= 0 else None
                        own_from = own.start if own is not None else pos
                        sure = [x for x in pool if x is not e and x.gender == g and x.gender_sure
                                and self._compatible(x, g) and not object_before(self, x, pos)
                                and he_may_yield(g, e, x, order, own_from, pos)]  # full_name_subject.py
                        if sure:
                            return sure[0]
                    # a name in passing after a preposition yields to the speaker (passing.py)
                    return g in {"m", "f"} and not is_subj and n_pass == 0 \
                        and speaking_subject(self, e, g, order, pos) or e
        return None

    def description(self, text: str, pos: int) -> Entity | None:
        words = [w for w in re.findall(r"[\w\-’']+", text.lower()) if w not in DETERMINERS]
        words = [re.sub(r"[’']s$", "", w) for w in words]
        if not words:
            return None
        head = words[-1]
        if head in GENERIC_HEADS and len(words) == 1 or head in FUNCTION_WORDS or report_base(head):
            return None
        if head in SHARE_HEADS:
            return None  # "66 percent saying it …": a share of people, no one's role (lexicon/numbers.py)
        # organisations: "the agency" -> "Calder Environment Agency"; "the company" -> last org
        # a party member ("the Ohio Republican") is a person, never a body sharing the word
        # ("Republican Study Committee"; lane wrong, real-news tuning split fresh4)
        orgs = [e for e in self.ents.entities if e.kind == "org"] if head not in PARTY_MEMBERS else []
        heads = {head} | ORG_HEAD_SYNONYMS.get(head, frozenset())
        named = [e for e in orgs if any(h in _tokens(n) for n in e.names for h in heads)]
        if not named and len(words) == 1 and head in ACRONYM_HEADS:
            named = [e for e in self.ents.entities if _acronym_for(e.canonical, head) and not e.person_like()]
        if named:
            e = self._nearest(named, pos, text)
            if e is None:
                return None
            last = max((m.start for m in e.mentions if m.start < pos), default=-1)
            ind = None
            # only an indefinite that opens a sentence as its subject ("A federal district court
            # blocked …"), not "carried out at a single hospital" (the named one)
            for ind in re.finditer(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:A|An)\s(?:(?!(?:the|of|for|from|to|at|in|on|by|with|and|its|their)\b)"
                                   r"[\w-]+\s){0,3}" + re.escape(head) + r"\b",
                                   self.lay.masked[max(0, pos - WINDOWS.indefinite_head_chars) : pos]):
                pass
            if ind is not None and max(0, pos - WINDOWS.indefinite_head_chars) + ind.start() > last:
                # "A federal district court blocked the rules …. the court again froze …": the
                # court introduced without a name since the Supreme Court was named is not it
                return None
            return e
        # by role (people, and organisations introduced as "the supplier, Orvane Systems"):
        # whole phrase, then its last two words, then the head noun, each with synonyms
        people = [e for e in self.ents.entities if e.roles]
        full = " ".join(words)
        for n in (len(words), 2, 1):
            if n > len(words):
                continue
            phrase = " ".join(words[-n:])
            if n == 1 and head in ORG_DESCRIPTORS or rank_dropped(words, n):
                break
            hits = self._role_hits.get((phrase, full))
            if hits is None:
                variants = (phrase, *TITLE_SYNONYMS.get(phrase, ()))
                hits = [e for e in people if any(holds_office(core := _role_core(r.lower(), phrase, e), v)
                                                 and not ranks_below(core, full)
                                                 for _, r in e.roles for v in variants)]
                self._role_hits[(phrase, full)] = hits
            if hits:
                return self._holder_in_focus(hits, pos) or self._nearest(hits, pos, text)
        if head in GENERIC_ORG_HEADS:
            # only a commercial "the company" falls back to a body, the one a sentence just
            # before was about (described.py); "the administration", "the network" must name
            # themselves ("CNN", not the last organisation in the text)
            return company_subject(self, pos)
        return None

    def _holder_in_focus(self, hits: list[Entity], pos: int) -> Entity | None:
        """Of several people the article titles with one office ("President X" and "President
        Y" of another country), the one in focus; None for a single holder or when the focus
        holds no such title. The latest mention alone gave "the president said" to the other
        country's president, named as the object of an if-clause after the speaker's own "X
        said" (round 59, lane office60: corpus scan)."""
        sent = self.lay.sentence_at(pos) if len(hits) > 1 else None
        if sent is None:
            return None
        focus = self.pronoun("person", pos, sent.index)
        return focus if any(focus is e for e in hits) else None

    def _nearest(self, cands: list[Entity], pos: int, text: str = "") -> Entity | None:
        def last_before(e: Entity) -> int:
            ps = [m.start for m in e.mentions if m.start < pos]
            return max(ps) if ps else -1

        before = [e for e in cands if last_before(e) >= 0]
        if before:
            return max(before, key=last_before)
        # a description looks back: one named only further down is another holder of the role
        # ("The actress and singer … She said" was given to a guest listed paragraphs later)
        soon = named_soon(self.lay, cands, pos, text)
        return min(soon, key=lambda e: e.first) if soon else None

    def first_person(self, pos: int) -> Entity | None:
        if self.lay.interview:
            return self.interviewee()
        return self.author()

    def author(self) -> Entity | None:
        if self._author is False:
            a = self.lay.author
            self._author = self.ents.entity_for_name(a) if a else None
        return self._author or None

    def interviewee(self) -> Entity | None:
        if self._interviewee is False:
            cands = [m.entity for m in self.ents.mentions if m.start < self.lay.headline_end and m.entity
                     and m.entity.kind != "org" and m.entity.substantial()]
            if not cands:
                p2 = self.lay.para_of_pos[1] if len(self.lay.para_of_pos) > 1 else (0, 0)
                cands = [m.entity for m in self.ents.mentions if p2[0] <= m.start < p2[1] and m.entity
                         and m.entity.kind != "org" and m.entity.substantial()]
            self._interviewee = cands[0] if cands else None
        return self._interviewee or None


# the word after the pronoun: a law's words stand in the present ("It also says"), a body's report
# in the past ("“…,” it said" after "The Clean Air Act requires …": the company that sued, review
# of round 76), so a past verb keeps the pronoun's usual reading
_PAST_REPORT_RE = re.compile(r"\W*\w+\W+(?:also\s+)?(said|told|wrote|\w+ed)\b", re.I)


def _past_report_after(text: str, pos: int) -> bool:
    """Whether the pronoun at ``pos`` is followed by a verb in the past ("it said", "it added")."""
    return bool(_PAST_REPORT_RE.match(text, pos))


def _law_subject_first(order: Sequence[tuple[Entity, bool]], compatible: Any) -> bool:
    """A law, document or war (name_forms.non_agent_name) was a sentence subject in reach before
    any body an "it" could be (``order``, nearest first): "The X Act bars …. It also says “…”" is
    the law going on, not the council named before it (round 76, lane events76: on unseen
    articles such an "it" went to a place or an outlet further back once the law itself could
    not take it). A law named only as an object ("The firm fought the X Act. It said …") is
    passed over as any non-speaker is."""
    for e, is_subj in order:
        if non_agent_name(e.canonical.lower().split()):
            if is_subj:
                return True
            continue
        if compatible(e):
            return False
    return False
