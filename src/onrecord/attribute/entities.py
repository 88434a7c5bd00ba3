"""Entities: the mentions of one person or organisation clustered (split from mentions.py,
issue 9, code moved verbatim). ``Entity`` holds a cluster's mentions, fullest name, roles and
gender; ``Entities`` builds and queries the clusters of an article."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from .courtesy import titled_member
from .family import kin_of_office, kin_written, office_surnames, office_words, other_gender, still_a_member, \
    titles_outnumber
from ..lexicon.titles import COURTESY_TITLES, FEMALE_WORDS, MALE_WORDS, PEERAGE_TITLES
from ..names import fullest
from ..thresholds.attribute import NAME_WORDS
from .cues import ORG_WORDS, SURNAME_FIRST, given_sex
from .layout import Layout
from .mentions import ROLE_SUFFIXES, Mention, common_words, _same, _tokens, name_tokens
from .role_shape import gender_words, plural_office, role_phrase
from .generations import generation, two_generations
from .modifier_names import person_behind_modifiers
from .name_forms import (given_name_opener, honorific_surnames, honours_dropped, parent_brand,
                         shown_name, tail_form, thing_name, unprefixed_surnames)
from .regroup import REGROUP_RULES, split_owners
from .word_name_sex import given_name_sex
from .cluster_names import name_keys, org_same, peer_of, same_body, tail_acronyms, tail_of
from .glued_words import common_opener, modifier_opener, written_as_a_name


@dataclass(eq=False)
class Entity:
    id: int
    kind: str  # "person" | "org" | "unknown"
    names: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[tuple[int, str]] = field(default_factory=list)  # (position, role text)
    shown_roles: list[tuple[int, str]] = field(default_factory=list)  # for the description only
    unshown_roles: set[str] = field(default_factory=set)  # roles the description skips
    gender: str | None = None  # "m" | "f" | None
    person_evidence: int = 0
    place_evidence: int = 0
    _canon: tuple[int, str] | None = None
    _first: tuple[int, int] | None = None
    spoke: bool = False  # named as the subject of a reporting verb
    gender_sure: bool = False  # gender from an honorific or gendered role, not from a pronoun guess
    census_sex: bool = False  # gender only from a census given name's frequency (lexicon/given_names.py)
    modifier: bool = False  # written only before a noun it modifies ("Media playback"): no antecedent

    @property
    def canonical(self) -> str:
        key = len(self.names)
        if self._canon is None or self._canon[0] != key:
            full = fullest(self._clean_names())
            self._canon = (key, full if self.kind == "org" else honours_dropped(full))
        return self._canon[1]

    @property
    def shown(self) -> str:
        """The name a quotation's speaker is shown by (name_forms.shown_name: not "Kennedy Center")."""
        return shown_name(self)

    def _clean_names(self) -> list[str]:
        """Drop a form seen only at the start of a sentence whose first word is not part of
        the name ("Defiant John Brennan: …" in a headline, "John O. Brennan" in the body)."""
        inner = {m.name for m in self.mentions if not m.initial}
        # a display name seen only in embedded posts' signatures ("— Donald J. Trump (@…)") yields
        # to any name the writer wrote, "President Donald Trump" (fresh5, round 24) or "Mr. Trump"
        # (GUIDELINES S4, round 71); S5: a name written only in a signature stays the name
        body = {m.name for m in self.mentions if not m.signature}
        signed = {m.name for m in self.mentions if m.signature} - body
        if body:
            inner -= signed
        else:
            signed = set()
        out = []
        # a peer's form ("Baroness Boothroyd") yields to the full name ("Betty Boothroyd")
        peers = {n for n in self.names if peer_of(n)}
        full = any(len(_tokens(n)) >= 2 for n in self.names if n not in peers)
        for n in self.names:
            if full and n in peers or n in signed:
                continue
            t = _tokens(n)
            if n not in inner and len(t) >= 2 and any(
                    len(_tokens(o)) >= 2 and _same(" ".join(t[1:]), o) for o in inner):
                continue
            out.append(n)
        return out or self.names

    @property
    def first(self) -> int:
        # cached by the number of mentions: match_single asks it for every one-word mention
        # (quadratic on a long article with one name named thousands of times)
        n = len(self.mentions)
        if not n:
            return 0
        k, v = self._first if self._first is not None and self._first[0] <= n else (0, None)
        if k < n:  # mentions are only appended: fold in the new ones
            new = min(m.start for m in self.mentions[k:])
            v = new if v is None else min(v, new)
            self._first = (n, v)
        return v

    def person_like(self) -> bool:
        """Positive evidence of a person: a title or role, a gender, or having spoken."""
        return self.kind == "person" or self.gender is not None or self.spoke and self.kind != "org" \
            or self.person_evidence > 0 and self.place_evidence == 0 and self.kind != "org"

    def substantial(self) -> bool:
        """Worth naming as a speaker without a cue of its own: an organisation, a person with
        evidence, or a full name (not a lone capitalised word like "Voters" or "Any")."""
        return self.kind == "org" or self.person_like() or len(_tokens(self.canonical)) >= 2

    def is_person(self) -> bool:
        if self.kind == "org":
            return False
        if self.kind == "person":
            return True
        return self.person_evidence > self.place_evidence

    def description(self) -> str | None:
        """The role the article introduces the speaker with: the first one given, skipping
        bare honorifics (Mr, Ms); "Calder’s transport minister", not a later aside."""
        for _, r in sorted(self.roles + self.shown_roles, key=lambda x: x[0]):
            words = [w.strip(".") for w in r.lower().split()]
            if words and all(w in COURTESY_TITLES or w in {"the", "a", "an"} for w in words) \
                    or r in self.unshown_roles or plural_office(r):
                continue
            # the roles also serve resolution and keep what stood by a name; only a role is
            # shown ("In the end, X said" gave "the end": role_shape.py, round 24)
            shown = role_phrase(r, body_ok=not self.is_person())
            if shown:
                return shown
        return None


class Entities:
    """The entity clusters of one article."""

    def __init__(self, lay: Layout, mentions: list[Mention]):
        self.lay = lay
        self.family_memo: dict[tuple[str, str, bool], bool] = {}  # (surname, given name, kin) -> other_gender
        self.mentions = split_owners(mentions)
        self.entities: list[Entity] = []
        self._cluster()
        for e in self.entities:
            if person_behind_modifiers(e):  # "the Trump administration’s …" (modifier_names.py)
                e.kind = "unknown"
            if e.gender is not None or e.kind == "org":
                continue
            for n in e.names:
                toks = n.split()
                if len(toks) >= 2:
                    first = toks[0].lower().strip(".")
                    e.gender = given_sex(first)
                    if first in PEERAGE_TITLES:  # "Lord Acton … he said": the title says it
                        e.gender = "f" if first in FEMALE_WORDS else "m" if first in MALE_WORDS else None
                    e.gender_sure = e.gender is not None
                    if e.gender:
                        break
            if e.gender is None:
                e.gender, e.census_sex = given_name_sex(e.names)  # word_name_sex.py
        for rule in REGROUP_RULES:
            rule(self)

    def unlink(self) -> None:
        """Cut each mention's link back to its entity once the article is attributed: an entity
        and its mentions point at each other, so without this only the cycle collector could
        free them, and with them everything they hold (on 500 BBC articles it walked about
        70,000 such objects when attribution turned it back on). Every mention an entity holds
        is one of ``self.mentions`` (_attach is fed from them, regroup's merges move them)."""
        for m in self.mentions:
            m.entity = None

    def _new(self, kind: str) -> Entity:
        e = Entity(len(self.entities), kind)
        self.entities.append(e)
        return e

    def _attach(self, m: Mention, e: Entity) -> None:
        m.entity = e
        e.mentions.append(m)
        if m.org and e.kind == "unknown" and not e.roles:
            e.kind = "org"  # "IRS workers …", later "the IRS said": an organisation
        if m.name not in e.names:
            e.names.append(m.name)
        if m.shown_role:
            e.shown_roles.append((m.start, m.shown_role))
        if m.unshown_role:
            e.unshown_roles.add(m.unshown_role)
        if m.role:
            for k, r in enumerate(m.role.split("; ")):
                e.roles.append((m.start + k, r))
            rl = gender_words(m, self.lay.masked)  # not a fronted phrase's (role_shape)
            if rl & MALE_WORDS and not rl & FEMALE_WORDS:
                e.gender = e.gender or "m"
                e.gender_sure = e.gender == "m"
            elif rl & FEMALE_WORDS and not rl & MALE_WORDS:
                e.gender = e.gender or "f"
                e.gender_sure = e.gender == "f"
            e.person_evidence += 1
        if m.place_hint and not (m.intro_subject and any(len(_tokens(n)) >= 2 for n in e.names)):
            # "Before her match with Ferrante, Dovell believes …": the surname of "Hanne Dovell"
            # after an introductory comma is the person, not a city's state (mentions.py)
            e.place_evidence += 1

    def _cluster(self) -> None:
        # an organisation's name counts its words as written: "Justice Department" loses
        # "Justice" as an honorific ("Justice Ruth X") and, as one word, joined the State Department
        # a peer's name ("Lord Goldsmith") is one name token but a full name: clustered first,
        # so that a later "Goldsmith" joins it
        multi = [m for m in self.mentions if len(_tokens(m.name)) >= 2 or m.org and len(m.name.split()) >= 2
                 or peer_of(m.name)]
        in_multi = {id(m) for m in multi}
        single = [m for m in self.mentions if id(m) not in in_multi]
        # names inside sentences first: a sentence-initial run may carry a capitalised
        # adjective ("Defiant John Brennan: …"), which joins the plain name's cluster below
        surnames = honorific_surnames(multi)
        for m in multi:
            if m.initial and not m.org and given_name_opener(m.name, surnames):
                m.initial = False  # "Charles Saumarez Smith, the director, said": a given name
        # two-word surnames written without Mr or Ms join by tail below, but never make a
        # sentence-initial run's first word a given name ("Parliamentarian Bobi X")
        surnames |= unprefixed_surnames(multi, common_words(self.lay)[0], ROLE_SUFFIXES, self.lay.text)
        multi.sort(key=lambda m: (m.start < self.lay.headline_end, m.initial))
        for m in multi:
            target = None
            for e in self.entities:
                if e.kind == "org" or m.org:
                    if same_body(m, e):
                        target = e
                        break
                    continue
                # a two-word surname may open its sentence ("Peña Nieto rebuffed …"); a longer
                # sentence-initial run may carry a capitalised adjective, so it never joins by tail
                # ("Donald Trump" and "Donald Trump Jr." stay two when the plain name came first
                # under a title: generations.plain_titled_first, round 32)
                if any(_same(m.name, n) and not two_generations(m.name, n, self)
                       or (not m.initial or m.name in surnames) and (
                        m.name in surnames and tail_form(_tokens(m.name), _tokens(n))
                        or n in surnames and tail_form(_tokens(n), _tokens(m.name)))
                       for n in e.names if len(_tokens(n)) >= 2):
                    target = e
                    break
            if target is None and m.initial and not m.org and len(name_tokens(m.name)) >= 3:
                tail = " ".join(m.name.split()[1:])
                for e in self.entities:
                    if e.kind != "org" and any(_same(tail, n) for n in e.names if len(_tokens(n)) >= 2):
                        target = e
                        m.role = (m.role + " " if m.role else "") + m.name.split()[0]
                        m.name = tail
                        break
            if target is None and m.initial and not m.org:
                target = self._glued_opener(m)
            if target is None:
                target = self._new("org" if m.org else "unknown")
                if not m.org and (len(name_tokens(m.name)) >= 2 and m.role or peer_of(m.name)):
                    target.kind = "person"
            self._attach(m, target)
        known = self._full_name_words()  # the single mentions below add no name of two words
        for m in single:
            # "Pope Francis" beside "St. Francis Church": a titled one-word name is a person and
            # never joins a body by a word of its name (corpus read, eleventh session: the
            # Pope's words went to the church)
            self._attach(m, self._single_target(m, known) or self._single_entity(m))

    def _single_target(self, m: Mention, known: set[str]) -> Entity | None:
        """The cluster a one-word mention joins; "Mrs. Romney" never joins "Mitt Romney" (courtesy.py)."""
        e = self.match_single(m.name, known, bodies=not (m.role and not m.org))
        if e is not None and m.role and self._office_kin(m.name, e, m.role):
            return None  # "President Obama" beside "first lady Michelle Obama" (family.py)
        if e is not None and m.role:
            e = titled_member(f"{m.role.split()[-1]} {m.name}", m.name, e, self.entities)[0]
        return e

    def _glued_opener(self, m: Mention) -> Entity | None:
        """"Vintage X clip …" beside "then-Sen. Joe X": the opener is a common word, and the
        mention is the surname of the person already clustered (glued_words.common_opener);
        not "Hope X, his daughter" (glued_words.written_as_a_name)."""
        if written_as_a_name(m.name, self.lay.text, m.end):
            return None
        for e in self.entities:
            if e.kind != "org" and common_opener(m.name, common_words(self.lay)[0], e.names):
                first, m.name = m.name.split()
                m.role = (m.role + " " if m.role else "") + first
                return e
        words = m.name.split()
        if len(words) == 2 and any(x.name == words[1] for x in self.mentions) \
                and modifier_opener(words[0], self.lay.text, m.end):
            first, m.name = words  # "Former X lawyer Y": the name alone, a body of its own
            m.role = (m.role + " " if m.role else "") + first
            m.opener_modifier = True
        return None

    def _full_name_words(self) -> set[str]:
        """Every name token match_single compares a one-word mention with: a word outside it
        joins no cluster, and the scan of every entity's names is skipped (round 19, lane speed)."""
        out: set[str] = set()
        for e in self.entities:
            for n in e.names:
                keys = name_keys(n)
                if keys is not None:
                    out.update(keys[:3])
                    out |= keys[3]
                elif peer_of(n):
                    out.add(n.split()[1].lower())  # "Lord Goldsmith": "Goldsmith" may join it
        return out

    def _other_member(self, word: str, e: Entity) -> bool:
        """"President Trump … he" beside the article's only full form "Melania Trump" (family.py)."""
        full = next((n for n in e.names if len(_tokens(n)) >= 2), None)
        if full is None:
            return False
        key = (word.title() if word.isupper() else word, full.split()[0], kin_written(e.mentions))  # "TRUMP": a subheading
        if key not in self.family_memo:
            self.family_memo[key] = other_gender(self.lay.text, self.lay.headline_end, word, key[1], kin=key[2])
        return self.family_memo[key]

    def _office_kin(self, word: str, e: Entity, title: str | None = None) -> bool:
        """"President Trump" beside "Donald Trump Jr." or "first lady Melania Trump": the lone
        surname is not that relative (family.kin_of_office). Untitled, only from a suffixed son or
        when the titled surname is as frequent as the full form (family.titles_outnumber): a first
        lady's own story calls her "Obama" too (real-news fresh2). Never of "Trump Jr."."""
        if generation(word):
            return False
        offices = office_words(title) if title else self._office_surnames.get(word.lower())
        full = [m for m in e.mentions if len(_tokens(m.name)) >= 2] if offices else []
        return bool(offices) and kin_of_office(offices, full, bool(title) or titles_outnumber(self.mentions, word, full, self.lay.text))

    def office_holder(self, title: str, word: str, e: Entity) -> Entity | str:
        """``e``, or for "President Obama" resolved to a relative (_office_kin) the cluster of the
        lone titled surname, else the surname as written."""
        if not self._office_kin(word, e, title):
            return e
        return next((x for x in self.entities if x.names == [word]), word)

    @cached_property
    def _office_surnames(self) -> dict[str, frozenset[str]]:
        return office_surnames(self.mentions)

    def _single_entity(self, m: Mention) -> Entity:
        for e in self.entities:
            if m.name in e.names and len(e.names) == 1:
                return e
        return self._new("org" if m.org else "unknown")

    def match_single(self, word: str, known: set[str] | None = None, bodies: bool = True) -> Entity | None:
        """The full-name cluster a one-word mention belongs to, or None (an organisation only if
        ``bodies``). ``known``: the words of the entities' names of two or more tokens
        (_full_name_words), when they cannot change."""
        tok = name_tokens(word)
        if len(tok) != 1:
            return None
        w = tok[0]
        w_orig = word
        if word.isupper() and 2 <= len(word) <= 6:
            e = self._acronym_of(w)
            if e is not None:
                return e
        if known is not None and w not in known:
            return None  # no name holds the word: every list below would stay empty
        by_surname = []
        by_given = []
        by_org = []
        for e in self.entities:
            for n in e.names:
                keys = name_keys(n)
                if keys is None:
                    if e.kind != "org" and peer_of(n, w):
                        by_surname.append(e)  # "Goldsmith" after "Lord Goldsmith"
                    continue
                last, bare_last, first, words, _ = keys
                if e.kind == "org":
                    # "Lumen" -> "Lumen Metrics"; "the Guild" -> "Calder Pilots’ Guild"; never a
                    # word other than a thing's head ("Brandt" is not "Brandt Derangement Syndrome")
                    if bodies and w in words and w not in {"of", "for", "the", "and"} \
                            and (w == last or not thing_name(n.lower().split())):
                        by_org.append(e)
                    continue
                if last == w or bare_last == w or first == w and first in SURNAME_FIRST:
                    by_surname.append(e)
                elif first == w and e.person_like():
                    by_given.append(e)  # "Mila" for "Mila Ivanova-Reyes", not "Buckmaster Show"
        if parent_brand(w, [[_tokens(n) for n in e.names] for e in dict.fromkeys(by_org)]):
            by_org = []  # "Sky" beside "Sky News" and "Sky Movies": the parent, an entity of its own
        if generation(word):  # "Trump Jr. said": the son, never his father, the most named
            by_surname = [e for e in by_surname if any(generation(n) == generation(word) for n in e.names)] or by_surname
        # "Trump … he" beside only "Ivanka Trump" and "Melania Trump": neither (family.py)
        kept = [e for e in by_surname if not self._other_member(w_orig, e) and not self._office_kin(word, e)]
        if len(kept) < len(by_surname):  # one struck: the rest only by a listed given name (family.py)
            kept = [e for e in kept if still_a_member(e)]
        by_surname = kept
        for group in (by_surname, by_given, by_org):
            uniq = list(dict.fromkeys(group))
            if uniq:
                # several people share a surname (a family): the one the article is about —
                # most named, then titled, then first introduced ("Ivanova-Reyes" = the player,
                # not her sister; "Obama" = the president, not his daughter)
                return min(uniq, key=lambda e: (-len(e.mentions), -len(e.roles), e.first))
        return None

    def family_member_near(self, word: str, lo: int, hi: int, spoke: bool = False) -> Entity | None:
        """Of the people who share the surname ``word``, the one named in full last in
        ``[lo, hi)`` (the paragraph so far; with ``spoke``, of those shown speaking: the
        resolver's fallback), or None when fewer than two share it or none is
        named there. "… Hillary Clinton was running … “…,” Clinton bragged" is Hillary's, though
        match_single's most-named Bill Clinton came three times before (corpus read, twelfth
        session)."""
        tok = name_tokens(word)
        family = self._by_surname.get(tok[0], []) if len(tok) == 1 else []
        if len(family) < 2 or any(tail_of(a, b) for a in family for b in family if a is not b):
            return None  # "SportsCenter Jemele Hill" beside "Jemele Hill": one person, two clusters
        # exactly one of them, and a person by a given name or a role (having spoken is not
        # enough): "President Barack Obama, … first lady Michelle Obama …. Obama thanked Bush"
        # names both (no guide); "Possibly Obama's biggest …" and "fellow Texan Begala says"
        # are clusters of a capitalised word and the surname (300 corpus articles naming two
        # of a family, twelfth session)
        named = {id(e): e for e in family for m in e.mentions
                 if lo <= m.start and m.end <= hi and len(_tokens(m.name)) >= 2 and (e.spoke or not spoke)}
        if len(named) != 1:
            return None
        (e,) = named.values()
        sure = e.gender_sure or e.kind == "person" or e.person_evidence > 0 and e.place_evidence == 0
        return e if sure else None

    @cached_property
    def _by_surname(self) -> dict[str, list[Entity]]:
        """The people and unknowns by the last word of each of their names of two or more
        words, in cluster order: family_member_near asks it at every lone surname (it rescanned
        every entity each time). Built at the first question, after clustering and regrouping,
        which are the only steps that change a cluster's names or kind."""
        index: dict[str, list[Entity]] = {}
        for e in self.entities:
            if e.kind == "org":
                continue
            for key in dict.fromkeys(k[0] for k in map(name_keys, e.names) if k is not None):
                index.setdefault(key, []).append(e)
        return index

    def _acronym_of(self, w: str) -> Entity | None:
        """The named body an acronym stands for ("KCNA" -> Korean Central News Agency, "DOJ" ->
        Department of Justice, "OCISO" -> Office of the Chief Information Security Officer):
        the acronym became a speaker of its own beside the full name (real-news tuning split)."""
        for e in self.entities:
            for n in e.names:
                keys = name_keys(n)
                if keys is not None and w in keys[4]:
                    return e
        # the initials of the name's last words, for one body only ("CAS" after "the North
        # American Court of Arbitration for Sport (CAS)"); never a person's name
        if len(w) < NAME_WORDS.tail_acronym_letters:
            return None
        tails = [e for e in self.entities if not e.person_like() and any(w in tail_acronyms(n) for n in e.names)]
        return tails[0] if len(tails) == 1 else None

    def entity_for_name(self, name: str) -> Entity | None:
        """The entity a name string found by the attribution patterns refers to."""
        toks = name_tokens(name)
        if not toks:
            return None
        if len(name.split()) >= 2:
            # a name written exactly as one cluster's ("Justice Department", whose honorific-like
            # first word leaves one name token that the State Department shares)
            exact = next((e for e in self.entities if name in e.names), None)
            if exact is not None:
                return exact
        if len(toks) == 1:
            e = self.match_single(name)
            if e is not None and e.kind == "org":
                # "“…,” Ms. White, 42, said" beside the White House: a one-word name the article
                # titles (its own cluster has a role) is that person, never the body holding
                # the word (lead's corpus read, thirteenth session)
                titled = next((x for x in self.entities if x.kind != "org" and x.roles and name in x.names), None)
                e = titled or e
            if e:
                return e
            # the cluster written exactly so first: "Trump" struck from "Trump Jr" (family.py)
            # is the lone "Trump" cluster, not the son's whose suffix the tokens drop
            e = next((e for e in self.entities if name in e.names), None)
            return e or next((e for e in self.entities if any(name_tokens(n) == toks for n in e.names)), None)
        best = None
        for e in self.entities:
            for n in e.names:
                if e.kind == "org":
                    if org_same(name, [n]):
                        return e
                elif _same(name, n) and (best is None or len(_tokens(n)) >= 2):
                    best = e
                    if generation(name) and generation(n) == generation(name):
                        return e  # "Donald Trump Jr. tweeted": the son, not his father
        if best is None and len(toks) >= 3 and name.split()[-1].lower().strip(".,") not in ORG_WORDS:
            # "State Lena Hoff" from a parse that cut "Secretary of": drop leading words. Not
            # for an organisation's name (its last word an organisation head): the fresh
            # tuning splits' city airport operator, foreign ministry and church lost their
            # leading words to a shorter cluster; unmatched, the name stays as written
            return self.entity_for_name(" ".join(name.split()[1:]))
        return best

    def before(self, pos: int) -> list[Mention]:
        return [m for m in self.mentions if m.end <= pos]
