"""A description part of an attribution ("the chief executive", "the Georgia Republican",
"Erdogan’s office", "a company spokesperson") resolved to the entity it describes: its owner,
the group it names, a role or apposition the article gave someone, the person in focus for a
definite office, a body described before, or no one. ``Resolver`` (resolve.py) mixes
``DescriptionParts`` in, as it does ``Referents`` and ``DocumentParts``: the methods read the
resolver's layout, entities and state. Split from resolve.py (round 41, lane tidy24; code moved
verbatim)."""

from __future__ import annotations

import re

from ..lexicon.groups import GROUP_NOUNS
from ..lexicon.heads import STAFF_ROLES
from ..lexicon.places import PERSON_DEMONYMS
from ..lexicon.titles import COUNTERPART_ROLES, PLURAL_OFFICES, TITLE_WORDS
from ..text.phrase import has_phrase
from ..thresholds.attribute import WINDOWS
from ..thresholds.bodies import BODY_DESCRIPTIONS
from .cues import AGE_ROLE_RE, FOCUS_ROLES, PARTY_MEMBERS, PARTY_WORDS
from .described import body_finding, described_body, named_next
from .described_office import office_phrase
from .entities import Entity
from .epithet_subject import EPITHET_SUBJECT_MARK, named_subject_before
from .epithets import epithet_name
from .focus_office import not_the_holder, shown_in_other_office
from .glued_predicate import glued_description
from .groups import group_named
from .indefinite import unnamed_match
from .member_of import member_of_named
from .joint_authors import joint_authors
from .named_kind import named_kind
from .national_office import national_holder
from .kind_backref import kind_backref
from .name_forms import split_title
from .name_shape import names_no_one
from .nationality_noun import person_adjective
from .party_groups import party_body
from .party_labels import labelled_holder
from .phrase import Part
from .principal_role import principal_named
from .role_complement import other_body_role, restricted_role
from .role_of_body import role_of_other_body, role_of_other_owner, unnamed_before
from .role_words import holds_office, ranks_below
from .repeated_body import repeated_body
from .ad_sponsor import ad_sponsor
from .self_named_body import self_named_body
from .state_epithet import state_epithet_introduced, subject_before
from .office_subject import full_name_subject
from .spokespeople import unnamed_spokesperson
from .title_holder import holder_named_at

OWNER_HEADS = frozenset({"office", "campaign", "administration", "government", "team", "camp",
                         "statement", "ministry", "department"})

# The owner heads that speak with their owner's voice when the owner is an epithet ("the
# senator's office"); not a team, department or ministry, which are bodies of their own.
_OWNER_VOICES = frozenset({"office", "campaign", "statement"})


class DescriptionParts:
    """The description rules of ``Resolver`` (its ``resolve_part`` calls
    ``_resolve_description``; ``_resolve_name`` hands over offices and epithets to it)."""

    def _resolve_description(self, part: Part, pos: int, sent_idx: int) -> tuple[Entity | None, str]:
        e, why = self._describe(part, pos, sent_idx)
        # "the New York Democrat" found someone the article labels R-Fla.: the one labelled
        # D-N.Y., or no one (party_labels.py; checked on the one chosen, not on any focus: a
        # labelled focus the description rules passed over lost a right "the Kentucky Republican")
        labelled = labelled_holder(self.lay.text, part, self.ents.entity_for_name, e) if isinstance(e, Entity) else None
        e, why = labelled or (e, why)
        if e is None and (subj := subject_before(self, part, sent_idx, WINDOWS.unnamed_role_chars)) is not None:
            # the focus refused ("labelled otherwise", "shown as no person"): the subject just before
            e, why = subj, f"epithet '{part.text}' -> the subject before, {subj.canonical}"
        if isinstance(e, Entity) and e.kind != "org":  # "the chancellor" read as X (described_office.py)
            self.described_offices.record(part.text, e)
        return e, why

    def _focus_in_other_office(self, focus: Entity, part: Part) -> tuple[Entity | None, str] | None:
        """Who a plain office ("the prime minister") is when the person in focus may not hold it
        (described_office.py): the one the same office was read as before, when the focus was
        read as another office ("the chancellor") or holds no title or role of this one; no one
        when the focus was read as another office and this one was never read; None (the focus
        stands) otherwise."""
        phrase = office_phrase(part.text)
        if phrase is None:  # no plain office: neither reading applies
            return None
        other = self.described_offices.holds_other(focus, phrase)
        held = self.described_offices.holder(phrase)
        if held is not None and held is not focus and (other or not self._titled(focus, part.text)):
            return held, f"description '{part.text}' -> the one it was read as before, {held.canonical}"
        if other:
            return None, f"description '{part.text}': {focus.canonical} was read as another office"
        return None

    @staticmethod
    def _titled(focus: Entity, text: str) -> bool:
        """Whether ``focus`` has a title or role of the office ``text`` names ("the prime
        minister": its words after "the", as written)."""
        office = " ".join(text.lower().split()[1:])
        return any(holds_office(r.lower(), office) for _, r in focus.roles + focus.shown_roles)

    def _describe(self, part: Part, pos: int, sent_idx: int) -> tuple[Entity | None, str]:
        named = group_named(self.lay.text, part.start, part.text, self.by_sentence.get(sent_idx, []))
        if named is not None:  # "pop band Busted", "the AFI jury", "the organiser, X," (groups.py)
            return named, f"description '{part.text}' -> the one it names, {named.canonical}"
        if (owned := self._owner_of(part, pos, sent_idx)) is not None:  # "Erdogan’s office said"
            return owned
        if (found := self._authors_party_or_body(part, pos)) is not None:  # "The Tories say", "critics say"
            return found
        e = epithet_name(self, part)
        if e is not None:  # "a subdued Trump told supporters" (epithets.py)
            e.spoke = True
            return e, f"description '{part.text}' -> the person it names, {e.canonical}"
        words = part.text.split()
        if words[0].lower() == "another" or words[0].lower() in {"a", "an"} and words[1:2] and words[1][:1].isupper():
            # "Another Green Beret told …", "a Fox News producer said": one more member of a
            # named group or body, unnamed; never the group it shares words with (round 11,
            # real-news tuning split). "a prosecutor told the court" may be named later (dev set),
            # and so may "A Liberal council hopeful … . NAME, who …" (round 11, nulls)
            e = named_next(self, part, pos, sent_idx)
            if e is not None:
                return e, f"description '{part.text}' -> {e.canonical} (named_next)"
            e = body_finding(self, part)  # "a Gallup poll": the body's own finding (described.py)
            if e is not None:
                return e, f"description '{part.text}' -> the body that made it, {e.canonical}"
            return None, f"description '{part.text}' is indefinite: someone unnamed"
        held = national_holder(part.text, self.ents.entities)
        if held is not None:  # "the Cuban leader" is "Cuban President X", not the focus (national_office.py)
            return held, f"description '{part.text}' -> the one titled with that nation's office, {held.canonical}"
        e = self.description(part.text, pos)
        if e is not None and all(names_no_one(n) for n in e.names):
            # "The House Speaker went on …" matched the cluster of the office's own words
            # ("the House Speaker and other members …"): no one; the office looks back (roles17)
            e = None
        # "the Ohio Republican" after "a South Carolina Republican who …": no unnamed holder of it
        why = None if e is None or state_epithet_introduced(self.lay.masked, part.text, pos, WINDOWS.unnamed_role_chars) \
            is False else unnamed_match(self.lay.masked, part, e, WINDOWS.unnamed_role_chars)
        if why is not None:  # "“…,” one Republican strategist said": not the one named before
            return None, why
        unnamed = unnamed_spokesperson(self, part, pos, sent_idx, e)
        if unnamed is not None:  # "a company spokesperson said" is not a named spokesman
            return unnamed
        if e is not None and (why := member_of_named(self.lay.masked, part, e)) is not None:
            return None, why  # "one Republican member of Congress told …" is not Congress (member_of.py)
        if e is not None and e.kind != "org" and part.text.lower().startswith("the ") \
                and not any(m.start < pos for m in e.mentions) \
                and not any(self.lay.sentence_at(m.start) is self.lay.sentences[sent_idx] for m in e.mentions):
            # "Director Peter Jackson has said …. The Oscar winner said …" with "Oscar winner
            # Adrien Brody" only further down: a definite role looks back; the person in
            # focus beats a later namesake of the role
            if (back := self._looks_back(part, pos, sent_idx)) is not None:
                return back
        if e is not None:
            return e, f"description '{part.text}' -> {e.canonical}"
        return self._unresolved_role(part, pos, sent_idx)

    def _looks_back(self, part: Part, pos: int, sent_idx: int) -> tuple[Entity | None, str] | None:
        """The person in focus for a definite role some later mention matched, None (with why)
        when the focus cannot hold it or an unnamed holder was introduced before ("An A&E
        executive said …. “…,” the executive said": the unnamed executive, not the star the
        piece is about; round 82, lane desc95), else None (no focus)."""
        focus = self.pronoun("person", pos, sent_idx)
        if focus is None or not focus.is_person():
            return None
        if shown_in_other_office(focus, part.text):  # a journalist is no "prime minister"
            return None, f"description '{part.text}' is an office {focus.canonical} is not shown in"
        head = part.text.lower().split()[-1]
        if self._introduced_unnamed(part, head, pos):
            self.unnamed_holders.add(part.start)
            return None, f"description '{part.text}' has an unnamed holder introduced before, not {focus.canonical}"
        return self._focus_in_other_office(focus, part) or self._not_holder(focus, part, sent_idx) or \
            (focus, f"description '{part.text}' -> the person in focus, {focus.canonical}")

    def _held_unnamed_before(self, part: Part) -> bool:
        """The same description was read earlier as an unnamed holder introduced before it ("A
        retired officer told …. “…,” said the former officer. … [3,000 characters on] “…,” the
        former officer told …": the later one lies beyond WINDOWS.unnamed_role_chars of the
        introduction but is the same unnamed speaker; round 82, lane desc95)."""
        low, n = part.text.lower(), len(part.text)
        return any(h < part.start and self.lay.text[h : h + n].lower() == low for h in self.unnamed_holders)

    def _owner_of(self, part: Part, pos: int, sent_idx: int) -> tuple[Entity | None, str] | None:
        """The owner a possessive description speaks for ("Erdogan’s office", "the Democrat’s
        office"), or None when the description is no such possessive or its owner is not found."""
        own = re.match(r"^(.*?)[’']s\s+(?:\w+\s+)?(\w+)$", part.text)
        if own and own.group(2).lower() in OWNER_HEADS and own.group(1)[:1].isupper():
            # "according to Erdogan’s office": the office speaks for its owner
            e = self.ents.entity_for_name(split_title(own.group(1)))
            if e is not None:
                return e, f"description '{part.text}' -> its owner {e.canonical}"
        if own and own.group(2).lower() in _OWNER_VOICES and re.match(r"[Tt]he\s+\S+", own.group(1)):
            # "the Democrat’s office said in a statement": the office of the person the
            # epithet names (round 33, lane docs14: random corpus text left it null)
            e, why = self._resolve_description(Part("desc", own.group(1), part.start), pos, sent_idx)
            if isinstance(e, Entity) and e.is_person():
                return e, f"description '{part.text}' -> its owner: {why}"
        return None

    def _authors_party_or_body(self, part: Part, pos: int) -> tuple[Entity | list | str | None, str] | None:
        """A study's authors named before, a party or group, or a body the description names by
        its own modifiers, in that order; else None."""
        authors = joint_authors(self, part, pos)
        if authors is not None:  # "Authors A … and B … ¶ “…,” the authors said" (joint_authors.py)
            names = ", ".join(getattr(e, "canonical", e) for e in authors)
            return authors, f"description '{part.text}' -> the authors named before, {names}"
        if (found := self._party_or_group(part)) is not None:
            return found
        end = part.start + len(part.text)
        after = self.lay.masked[end:][: BODY_DESCRIPTIONS.after_chars]
        words = next((q.start for q in self.lay.quotes if q.start >= end), end)
        body = self_named_body(part.text, after, self.ents.entity_for_name, self.lay.text[end:words])
        if body is not None:  # "the Harlan administration maintains" (self_named_body.py)
            return body, f"description '{part.text}' names its body, {getattr(body, 'canonical', body)}"
        return None

    def _party_or_group(self, part: Part) -> tuple[Entity | str | None, str] | None:
        """A British party named as a body ("The Conservatives also said": the party, not the
        generic group; party_groups.party_body), or a group that is no one person, or None."""
        party = party_body(part.text)
        if party is not None:
            e = self.ents.entity_for_name(party)
            if e is not None:
                e.spoke = True
            return e or party, f"description '{part.text}' -> the party, {party}"
        group = _group_description(part.text)
        return (None, group) if group is not None else None

    def _unresolved_role(self, part: Part, pos: int, sent_idx: int) -> tuple[Entity | None, str]:
        """A description no entity matches: a definite office or party refers back to the
        person in focus, unless the article introduced an unnamed one ("a senior adviser")."""
        words = part.text.lower().split()
        head = words[-1] if words else ""
        # only offices and parties ("the foreign secretary", "the California Democrat"); a
        # role in events ("the defendant", "the victim") is often someone not yet in focus
        the = bool(words) and words[0] == "the"
        focus = the and bool(head in FOCUS_ROLES or head in PERSON_DEMONYMS or AGE_ROLE_RE.fullmatch(head)
                             or person_adjective(self.lay.text, part, head))
        office = the and (head in TITLE_WORDS or head in PARTY_WORDS) and head != self.last_unresolved_head
        # the search only where a rule below reads it: its pattern, built per head, was compiled
        # afresh at most calls (2 % of attribution's CPU on 300 real-news articles; round 19)
        introduced = (focus or office) and self._introduced_unnamed(part, head, pos)
        asked = self._asked(part, part.start, sent_idx) if the and head not in STAFF_ROLES else None
        if asked is not None:  # "… asked X. “…,” the hopeful replied": the one asked, not a spokesman
            return asked, f"description '{part.text}' replies -> the one asked, {asked.canonical}"
        if focus and not introduced:
            # "Cueto was puzzled …. “…,” said the Sale player": only the subject just before
            # (the person in focus at large was the referee named in between)
            subj = self.subj.get(sent_idx - 1) or []
            if len(subj) == 1 and subj[0].kind != "org" and not subj[0].modifier:
                return subj[0], f"description '{part.text}' -> the subject before, {subj[0].canonical}"
        named = named_subject_before(self, part, pos, sent_idx)
        if named is not None:  # "Mr. X pointed to … . “…,” the real estate mogul said" (epithet_subject.py)
            return named, f"description '{part.text}' -> the subject named before, {named.canonical} {EPITHET_SUBJECT_MARK}"
        if office and not introduced:
            # "… said Charles Kennedy. … the Liberal Democrat leader said": a definite role refers
            # back to the person in focus, or to an untyped full name just before; a judge or an
            # author only if the article gave the focus that title (lexicon COUNTERPART_ROLES)
            e = self.pronoun("person", pos, sent_idx) or full_name_subject(self.subj.get(sent_idx - 1) or [])
            # a party ("The Tories called it …") is a body: a caucus in focus, never a person
            # (the chancellor took the Tories' words; round 26, lane wrong9, fresh4)
            plural = head in PARTY_WORDS and head not in PARTY_MEMBERS
            if e is not None and (head not in COUNTERPART_ROLES or self._titled(e, head)) \
                    and (not plural or e.kind != "person" and not e.person_like()):
                if role_of_other_body(self.lay.text, part, e, self._names_person) \
                        or role_of_other_owner(self.lay.text, part, e):
                    return None, f"description '{part.text}' is the role of a body {e.canonical} is not shown with"
                if _ranks_below(e, " ".join(words[1:])) or shown_in_other_office(e, part.text):
                    return None, f"description '{part.text}' is an office {e.canonical} is not shown in, or only as a deputy"
                refused = None if plural else self._not_holder(e, part, sent_idx)
                return self._focus_in_other_office(e, part) or refused \
                    or (e, f"description '{part.text}' -> the person in focus, {e.canonical}")
        body, why = described_body(self, part, pos, sent_idx)
        if body is not None:
            return body, why
        body = kind_backref(self, part, pos, sent_idx)
        if body is not None:  # "Advocacy group X said … . “…,” the organization said" (round 13)
            return body, f"description '{part.text}' -> the body named before as one, {body.canonical}"
        holder = holder_named_at(self.lay.text, part, self.ents.entity_for_name)
        if holder is not None:  # "Secretary of State <Name> touted", "a proud coach <Name>"
            holder.spoke = True
            return holder, f"description '{part.text}' -> the person named with the role, {holder.canonical}"
        if (again := self._body_named_again(part, pos, sent_idx) or glued_description(part.text, self.ents.entity_for_name)):
            return again  # a body named again, or "NAME fired back and said": the name before its predicate
        self.last_unresolved_head = head
        if introduced:
            self.unnamed_holders.add(part.start)
        return None, f"description '{part.text}' unresolved"

    def _introduced_unnamed(self, part: Part, head: str, pos: int) -> bool:
        """Whether an unnamed holder of the description's role was introduced before ``pos``
        ("a senior adviser said …"): for a state-and-party epithet only one of its own state
        and party (state_epithet.py: "a South Carolina Republican who …" is no unnamed Ohio
        Republican), for any other role any indefinite or possessive one (role_of_body); or the
        same description was read so before (``_held_unnamed_before``)."""
        state = state_epithet_introduced(self.lay.masked, part.text, pos, WINDOWS.unnamed_role_chars)
        if state if state is not None else unnamed_before(self.lay.masked, head, pos):
            return True
        return self._held_unnamed_before(part)

    def _body_named_again(self, part: Part, pos: int, sent_idx: int) -> tuple[Entity | str, str] | None:
        """A bare kind word after the body written in full or with its name, else None."""
        body = repeated_body(self, part, pos, sent_idx)
        if body is not None:  # "The Okafor campaign seized on …. “…,” the campaign said" (repeated_body.py)
            return body, f"description '{part.text}' -> the body written in full before, {getattr(body, 'canonical', body)}"
        body = named_kind(self, part, sent_idx)
        if body is not None:  # "Harlan nurses unions said …. “…,” the unions said" (named_kind.py)
            return body, f"description '{part.text}' -> the one named with its kind, {getattr(body, 'canonical', body)}"
        body = ad_sponsor(self, part, pos, sent_idx)
        if body is not None:  # "X put out an ad …. The ad claims “…”" (ad_sponsor.py)
            return body, f"description '{part.text}' -> the ad's sponsor, {getattr(body, 'canonical', body)}"
        return None

    def _not_holder(self, focus: Entity, part: Part, sent_idx: int) -> tuple[None, str] | None:
        """(None, why) when the person in focus cannot hold a definite description
        (focus_office.py), or the text ties the role to a body of its own ("of the …") or a
        restrictive clause ("who …", role_complement.py), after the office read as another
        person before had its turn."""
        end = part.start + len(part.text)
        if principal_named(part.text, focus):  # "The <Surname> advisor added" (principal_role.py)
            return None, f"description '{part.text}' is staff of {focus.canonical}, not {focus.canonical}"
        body = other_body_role(self.lay.text, self.lay.masked, part, focus)
        if body is not None:  # "The head of the city teachers union told me" (role_complement.py)
            return None, f"description '{part.text}' is a role of {body}, not of {focus.canonical}"
        clause = restricted_role(self.lay.masked, part.start, end)
        if clause is not None:  # "said the Republican who talks with X" (role_complement.py)
            return None, f"description '{part.text}' is picked out by '{clause}', not {focus.canonical}"
        before = [m for m in self.by_sentence.get(sent_idx, []) if m.end <= part.start]
        why = not_the_holder(self.lay.text, part.text, focus, before)
        return (None, why) if why is not None else None

    def _names_person(self, name: str) -> bool:
        """The article names a person by ``name`` in full ("the campaign manager for <Name>"):
        not "the MP for Sittingbourne and Sheppey", whose last word had been given a quotation
        (tuning split)."""
        e = self.ents.entity_for_name(name)
        return e is not None and " " in name and e.canonical == name and e.person_like()

    def _titled(self, e: Entity, head: str) -> bool:
        """The article gave this person the title or role: "Judge Kavanaugh", "author Jo X"."""
        surname = e.canonical.split()[-1]
        return any(has_phrase(r.lower(), head) for _, r in e.roles) or \
            re.search(r"\b(?i:" + re.escape(head) + r")\s+(?:[A-Z][\w.-]*\s+){0,3}" + re.escape(surname) + r"\b",
                      self.lay.text) is not None


def _ranks_below(e: Entity, office: str) -> bool:
    """The person's roles hold ``office`` only under a rank word ("Deputy Mayor Nina Gale" for
    "the mayor"): another office, so the description is not a back-reference to them (the
    person in focus took "the mayor said" when only the deputy was named; fresh14's "the prime
    minister" went to the deputy prime minister by the same words)."""
    roles = [r.lower() for _, r in e.roles]
    return any(ranks_below(r, office) for r in roles) and not any(holds_office(r, office) for r in roles)


def _group_description(text: str) -> str | None:
    """Why a description names a group and no one person, or None. "the Board of Commissioners"
    is a body's name; "the panel of judges" a group: "The judges said …" of an appeals panel
    went to the district judge named before once "judges" headed names as a title (round 32,
    lane nameform13); "the MPs said" went to the name "MPs" (round 35, lane big2)."""
    low = text.lower().split()
    if low[-1] in PLURAL_OFFICES and not ("of" in low and text.split()[-1][:1].isupper()):
        return f"description '{text}' is a plural office: no one person"
    if low[-1] in GROUP_NOUNS and len(low) <= 3:
        return f"description '{text}' is a group: no one person"
    return None
