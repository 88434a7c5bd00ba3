"""From the surface of an attribution ("she", "Okafor", "the chief executive", "the statement")
to entities of the article, and so to full canonical names.

- names join their cluster (mentions.py) and report its fullest form;
- pronouns bind to the most salient compatible entity: the subject of the nearest earlier
  sentence first, then other recent mentions; he/she need a person whose gender (from
  honorifics, gendered roles, or an earlier pronoun bound to it) does not contradict; "it" an
  organisation; "they" the last joint speakers or an organisation;
- descriptions match the roles and appositions the article gave its people ("Judge Priya
  Ramaswamy-Ode" for "the judge"), nearest earlier first, then the first later one (a lede
  says "a prosecutor told the court" before naming her); organisation nouns ("the agency")
  match organisation names (description_parts.py, mixed in like referents.py);
- first person is the author of an opinion piece, or the interviewee of an interview;
- a document ("the statement", "the memo") speaks for whoever last issued a statement
  (document_parts.py, mixed in like referents.py)."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.calendar import WEEKDAYS, WEEKDAYS_MONTHS
from ..lexicon.furniture import link_label_pattern
from ..lexicon.given_names import GIVEN_NAMES
from ..lexicon.places import is_place
from ..lexicon.reporting import report_base
from ..thresholds.attribute import INDEFINITE_LOOKBACK_CHARS, NAME_WORDS, AttributeOptions
from .cues import PARTY_MEMBERS, PARTY_PLURALS, PRONOUNS
from .expletive import dummy_it
from .dummy_doer import dummy_doer
from .it_person import person_shaped
from .it_text_before import text_before_it
from .it_they_subject import it_they_subject, party_they
from .they_body import they_body_subject
from .description_parts import DescriptionParts
from .document_parts import DocumentParts, own_channel
from .documents import LastDocument
from .phrase import Part
from .layout import Layout
from .entities import Entities, Entity
from .mentions import Mention, common_words, name_tokens
from .referents import Referents
from .leading_subjects import LeadingSubjects
from .described import country_it
from .described_office import DescribedOffices
from .name_shape import definite_epithet, holder_after, names_no_one, short_office_after_the
from .party_labels import labelled_holder
from .name_forms import employer_dropped, honours_dropped, non_agent_name, split_title
from .he_she_names import no_he_she
from .affiliation import person_before_of
from .courtesy import titled_member
from .group_names import not_a_name


def _office_without_name(text: str, name: str) -> str | None:
    """"The MP for Sittingbourne" -> "The MP": an office whose title leaves only its "for/of
    Place" (round 24, lane wrong8: the speaker was "for Sittingbourne" in the fresh5 tuning
    split, "of London" for the mayor in unannotated corpus articles)."""
    words = name.split()
    if not words or len(words) > 2 or words[0].lower() not in {"of", "for"}:
        return None
    office = re.split(r"\s(?:of|for)\s", text, maxsplit=1)[0]
    return office if office != text else None


# "one conservative Republican", "a moderate Democrat": an indefinite party member right before
# the name part
_INDEFINITE_BEFORE_RE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}$")
_NAME_AFTER_RE = re.compile(r"\s*,\s*[A-Z]")  # ", Ellis Graham": the member is named right after
# (lexicon/furniture's link labels, without "also on": "Also on Tuesday, she said:" opens
# narrative; without the media labels: a gallery's captions are narrative)
_LINK_LINE_RE = re.compile(r"\s*" + link_label_pattern(sites=False, media=False) + r"\s*:", re.I)


def _date_word(text: str, start: int, name: str) -> bool:
    """A name not seen elsewhere that is a weekday ("Friday", "Tuesday's"), or a month after
    "the" or owning something ("The March for …", "January's address"): a date, which cannot
    speak (round 77, lane noun77: unseen articles gave quotations to "Friday", "Tuesday",
    "March"). A bare month stays a possible surname ("“…,” May said": phrase.month_surname), and
    so does a day written after a given name somewhere in the article ("Billy Sunday")."""
    word = name.removesuffix("'s").removesuffix("’s")
    if " " in word or word.lower() not in WEEKDAYS_MONTHS:
        return False
    before = re.finditer(r"\b([A-Z][a-z]+)\s+" + word + r"\b", text)
    if any(m.group(1).lower() in GIVEN_NAMES for m in before):
        return False
    if word.lower() in WEEKDAYS:
        return True
    return word != name or text[max(0, start - 4):start].lower() == "the "


def _link_line(lay: Layout, para: int) -> bool:
    """"Read more: Joe Rogan on why he’d vote for … Joe Biden": a link to another story is not
    part of the narrative; its names are no antecedents (the next "he" went to Biden)."""
    ps, pe = lay.para_of_pos[para]
    return bool(_LINK_LINE_RE.match(lay.text, ps, pe))



# "Mexicans", "Canadian", "Japanese", "British": people of a place, never one speaker.
_DEMONYM_ENDINGS = ("ans", "ian", "ican", "ese", "ish")


_REPLY_BASES = frozenset({"respond", "reply", "answer", "retort"})


class Resolver(Referents, LeadingSubjects, DescriptionParts, DocumentParts):
    def __init__(self, lay: Layout, ents: Entities, options: AttributeOptions):
        self.lay = lay
        self.ents = ents
        self.opt = options
        self.subj: dict[int, list[Entity]] = {}
        self.unnamed_description: str | None = None  # the last unnamed voice a continuation follows
        self.lower_words = common_words(lay)[0]
        self.speakers_at: dict[int, list[Entity]] = {}  # sentence -> speakers of its quotes
        self.writers: dict[int, Entity] = {}  # sentence -> the round-up writer it credits (roundup_writer.py)
        self.by_sentence: dict[int, list[Mention]] = {}
        links: dict[int, bool] = {}  # paragraph -> a link line: asked once, not per mention
        for m in ents.mentions:
            s = lay.sentence_at(m.start)
            if s is not None and s.para not in links:
                links[s.para] = _link_line(lay, s.para)
            if s is not None and not links[s.para]:
                self.by_sentence.setdefault(s.index, []).append(m)
        self._author: Entity | None | bool = False
        self._interviewee: Entity | None | bool = False
        self.last_document = LastDocument()  # the last document named and who issued it (documents.py)
        self.doc_speakers: dict[str, list[Entity]] = {}  # document noun -> who issued it
        self.last_unresolved_head = ""
        self.described_offices = DescribedOffices()  # "the chancellor" read as X (described_office.py)
        # starts of definite roles read as a holder introduced unnamed ("her manager … the
        # manager told her"): the outer reporter ("She alleges the manager told her …") does
        # not take their words (speakers.py; round 39, lane focus22)
        self.unnamed_holders: set[int] = set()
        self.narrators: set[int] = set()
        # where a he/she was left unbound: between speakers (referents._unclear), or after a
        # sentence whose subject is an unnamed person (its description)
        self.unclear: dict[int, str | None] = {}
        # which guard left each he/she unbound, for the evidence trail (round 83, lane pnull100)
        self.unclear_why: dict[int, str] = {}
        self.unnamed_subj: dict[int, str] = {}  # sentence -> its subject, a person the article never names
        self.voucher_of: dict[int, Entity] = {}  # quotation -> the person who vouched for its report (speakers.py)
        self._lower_words = common_words(lay)[0]
        self.word_no_name: dict[str, str | None] = {}  # the last guard's answers, per word (he_she_guard.py)
        self._role_hits: dict[tuple[str, str], list[Entity]] = {}  # roles are fixed once clustering is done  # "I" of an interview or opinion piece: never "he"/"she"  # "a senior adviser said … the adviser added": both unnamed

    # ---------------------------------------------------------------- entities for parts

    def resolve_part(self, part: Part, pos: int, sent_idx: int) -> tuple[Entity | str | None, str]:
        """The entity (entities for a joint "they", or an unseen name) a surface part refers
        to, and why."""
        kind = "doc" if part.kind == "desc" and own_channel(part.text) else part.kind  # "a post on its account"
        rule = {"name": self._resolve_name, "pronoun": self._resolve_pronoun, "first": self._resolve_first,
                "desc": self._resolve_description, "doc": self._resolve_document}.get(kind)
        if rule is None:
            return None, "unknown part"
        return rule(part, pos, sent_idx)

    def _resolve_name(self, part: Part, pos: int, sent_idx: int) -> tuple[Entity | str | None, str]:
        name = honours_dropped(employer_dropped(split_title(part.text), self.ents.entity_for_name))
        no_name = not_a_name(self.lay.text, part, name, self._lower_words, self.ents.entity_for_name)
        if no_name is not None:  # "#Tag", "@handle", "Americans say" (group_names.py)
            return no_name
        office = short_office_after_the(self.lay.text, part.start, name) or (_office_without_name(part.text, name), part.start)
        if office[0] is not None:  # "The MP for Sittingbourne said", "The PM said" (name_shape.py): an office, no name
            return self._resolve_description(Part("desc", *office), pos, sent_idx)
        holder = holder_after(self.lay.text, part.start, part.text, self.ents.mentions)
        if holder is not None:  # "Senate Majority Whip John X said": the office's holder (name_shape.py)
            e = self.ents.entity_for_name(holder)
            if e is not None:
                e.spoke = True
            return e or holder, f"office '{part.text}' -> its holder named after it, {e.canonical if e else holder}"
        the = definite_epithet(self.lay.text, part.start, name)
        if the is not None:  # "The Ohio Democrat, who …, said": an epithet, no name (name_shape.py)
            part.kind, part.text, part.start = "desc", self.lay.text[the : part.start] + name, the
            return self._definite_epithet(part, pos, sent_idx)
        ind = _INDEFINITE_BEFORE_RE.search(self.lay.text, max(0, part.start - INDEFINITE_LOOKBACK_CHARS), part.start) \
            if name.split()[-1].lower() in PARTY_MEMBERS and not _NAME_AFTER_RE.match(self.lay.text, part.start + len(part.text)) \
            else None
        if ind is not None:
            # (the last word: "said one South Carolina Democrat", "one longtime Bush-backing
            # Republican" were read as the names "South Carolina Democrat": round 79, draw E)
            # "…, one conservative Republican told the paper": someone unnamed, never the cluster
            # "House Republican" that the lone party word joins (round 28, lane wrong11); not
            # "One Republican, Ellis Graham, said" (named right after: review of round 28)
            # the caller reads the description from the part (speaker_description)
            part.kind, part.text, part.start = "desc", ind.group(0) + part.text, ind.start()
            return None, f"description '{part.text}' is indefinite: a party member, unnamed"
        # "said Pellard of the District's agency": the person, not the place (affiliation.py)
        e = person_before_of(self.lay.text, part.start, part.text, self.ents.entity_for_name) \
            or self._family_member(name, pos, sent_idx) or self.ents.entity_for_name(name)
        if e is not None and " " not in name:  # "Mrs. Obama said" is never the president (courtesy.py)
            e, why = titled_member(part.text, name, e, self.ents.entities)
            if why is not None and e is None:
                part.kind = "desc"  # null with "Mrs. X" as its description, never the previous speaker
                return None, why
            if e is not None and part.text.endswith(name) and part.text != name:
                # "said President Trump" is not "Donald Trump Jr." (family.kin_of_office)
                held = self.ents.office_holder(part.text[: -len(name)], name, e)
                if isinstance(held, str):
                    return held, f"name '{part.text}' (an office, not its holder's relative)"
                e = held
        if e is None and " of " in name:
            # "Stephen Frank of California Political Review": the person before "of"
            e = self.ents.entity_for_name(name.split(" of ")[0])
        if e is not None:
            e.spoke = True
            return e, f"name '{part.text}' -> {e.canonical}"
        if " " not in name and name.lower() in self._lower_words:
            # "Actions speak louder …": a capitalised sentence opener the article otherwise
            # writes in lower case is a common word, not an unseen name: a description
            # that names nobody (so no fallback to the previous speaker either)
            part.kind = "desc"
            return None, f"'{part.text}' is a common word, not a name"
        if _date_word(self.lay.text, part.start, name):
            part.kind = "desc"  # "Friday's memo says": a date, null, never the previous speaker
            return None, f"'{part.text}' is a date, not a speaker"
        return name, f"name '{part.text}' (not seen elsewhere)"

    def _definite_epithet(self, part: Part, pos: int, sent_idx: int) -> tuple[Entity | None, str]:
        """"The Georgia Republican also mentioned …" right after Collins's quotations: the person
        in focus, as a pronoun would be; a role match came second (it gave a later "Georgia
        Republican Barry X", and "the Michigan Congresswoman" the Minnesota one, on big). The
        epithet says "person": a subject just before that is a bare surname of unknown kind
        ("Facing a challenge, Toomey has …, but the Pennsylvania Republican managed …") counts."""
        order, _ = self._antecedents(part.start, sent_idx)
        here = {m.entity for m in self.by_sentence.get(sent_idx, []) if m.start < part.start}
        # only a subject of the epithet's own sentence: a caption's "Cheney" a line before took
        # "the Maryland Democrat" from the person in focus when any subject counted (big)
        subject = next((e for e, sj in order if sj and e in here), None)
        focus = subject if subject is not None and subject.kind == "unknown" \
            and not any(names_no_one(n) for n in subject.names) else self.pronoun("person", pos, sent_idx)
        labelled = labelled_holder(self.lay.text, part, self.ents.entity_for_name, focus)
        if labelled is not None:  # "the New York Democrat" is the one labelled D-N.Y. (party_labels.py)
            return labelled
        if focus is not None and focus.kind != "org" and (focus.person_like() or focus is subject):
            focus.spoke = True
            return focus, f"epithet '{part.text}' -> the person in focus, {focus.canonical}"
        return self._resolve_description(part, pos, sent_idx)

    def _family_member(self, name: str, pos: int, sent_idx: int) -> Entity | None:
        """A lone surname two people share: the one named in full in this sentence or the one
        before it in the paragraph. Not further back by recency: in a run-on paragraph "Bill
        Clinton criticized …" four sentences before "Jindal quoted Clinton as saying" was no
        guide to which Clinton (1,000 corpus articles, twelfth session); only by having spoken."""
        sents = self.lay.sentences
        if " " in name or not 0 <= sent_idx < len(sents):
            return None
        here = sents[sent_idx]
        lo = sents[sent_idx - 1].start if sent_idx and sents[sent_idx - 1].para == here.para else here.start
        # none named there: the one of them the article has shown speaking, when only one has,
        # not the most named ("Clinton said" after the ex-president's remarks went to his
        # wife, named more often, who never spoke; a mother's words to her late son: round 67,
        # lane form75)
        return self.ents.family_member_near(name, max(lo, pos - NAME_WORDS.family_member_chars), pos) \
            or self.ents.family_member_near(name, 0, pos, spoke=True)

    def _resolve_pronoun(self, part: Part, pos: int, sent_idx: int) -> tuple[Any, str]:
        if part.text == "they":
            by_subject = it_they_subject(self, part, sent_idx)
            if by_subject is not None:  # "X's lawyers …. they said": them, unnamed
                return by_subject
            # "they wrote": the joint subject of a recent sentence ("A, joined by B and C, …"),
            # else an organisation that was a subject; never a lone person. A party's members
            # opening the clause before ("Committee Democrats …", it_they_subject.py) come
            # first, unless the joint subject is people who may be those members
            party = party_they(self, part, sent_idx)
            for back in range(1, 3):
                subj = self.subj.get(sent_idx - back) or []
                if len(subj) >= 2 and (party is None or all(isinstance(e, Entity) and (e.is_person() or e.person_like()) for e in subj)):
                    self.unclear.pop(part.start, None)
                    return subj, f"pronoun 'they' -> {', '.join(e.canonical for e in subj)}"
            if party is not None:  # "Committee Democrats … “…,” they wrote": unnamed
                return party
        if part.text == "it" and dummy_it(self.lay.text, part.start):  # "it seems X …": X (dummy_doer.py)
            return dummy_doer(self, part.start, sent_idx) or (None, "'it' is a dummy subject ('it would be hard to …'): no one")
        if part.text == "it":
            e = self._it_document(sent_idx)
            if e is not None:
                return e, f"pronoun 'it' -> a document by {e.canonical}"
            subject_doc = self._subject_document(sent_idx)
            if subject_doc is not None:
                # "The senators’ lawsuit cited …. “…,” it stated": the document, not the
                # Senate named inside it; its issuer if the article gave one, else nobody
                doc, owner = subject_doc
                issuer = self.doc_speakers.get(doc)
                if issuer:
                    return issuer[0], f"pronoun 'it' -> the {doc} of the previous sentence, by {issuer[0].canonical}"
                if owner is not None:  # "Zoomly’s policy bars …. It states …" (document_parts.py)
                    return owner, f"pronoun 'it' -> the {doc} of the previous sentence, {owner.canonical}’s"
                return None, f"pronoun 'it' -> the {doc} of the previous sentence, issuer unnamed"
        by_text = text_before_it(self, part, sent_idx)
        if by_text is not None:  # "…, according to the letter. It said": the text (it_text_before.py)
            return by_text
        by_subject = it_they_subject(self, part, sent_idx) if part.text == "it" else None
        if by_subject is not None:  # the subject of its clause, not a body in passing
            return by_subject
        asked = self._asked(part, pos, sent_idx)
        if asked is not None:
            return asked, f"pronoun '{part.text}' replies -> the one asked, {asked.canonical}"
        e = self.pronoun(part.text, pos, sent_idx)
        if e is not None and part.text == "it" and person_shaped(e):
            # "Novartis says, it agreed … “…”": a person the tagger typed a body is no "it";
            # the next body in reach was no better on the corpus, so nobody (it_person.py)
            self.unclear[part.start] = None
            return None, f"pronoun 'it' -> {e.canonical}, a person: no one"
        if e is not None and part.text == "they" and not they_body_subject(self, part, sent_idx, e):
            # "The three senators cited a Post editorial. “…,” they wrote": not the body in
            # passing; the plural nobody named leaves the words unnamed (they_body.py)
            self.unclear[part.start] = None
            return None, f"pronoun 'they' -> {e.canonical}, not the subject before: no one"
        if e is not None:
            return e, f"pronoun '{part.text}' -> {e.canonical}"
        e = country_it(self, sent_idx) if part.text == "it" else None
        if e is not None:
            return e, f"pronoun 'it' -> the country before, {e.canonical}"
        return None, f"pronoun '{part.text}' unresolved"

    def _asked(self, part: Part, pos: int, sent_idx: int) -> Entity | None:
        """"X asked Trump about …. “…,” he responded": a he/she (or a definite description)
        who replies is the one the previous sentence asked, not its asker (real-news tuning
        split: the reporter took the president's answer)."""
        if part.text not in {"he", "she"} and part.kind != "desc" or sent_idx <= 0:
            return None
        # a definite epithet replies too: "… a voter asked Clinton. “…,” the White House
        # hopeful replied" (round 29, lane nulls12: fresh5 left it null)
        end = pos + len(part.text) if part.kind == "desc" else pos + 1
        toks = self.lay.sentences[sent_idx].tokens
        nxt = next((t for t in toks if t.start >= end), None)
        if nxt is None or report_base(nxt.lower) not in _REPLY_BASES:
            return None
        for m in self.by_sentence.get(sent_idx - 1, []):
            before = self.lay.masked[max(0, m.start - 7) : m.start]
            if before.endswith(("asked ", "asks ")) and m.entity is not None \
                    and self._compatible(m.entity, PRONOUNS.get(part.text, "x")):
                return m.entity
        return None

    def _resolve_first(self, part: Part, pos: int, sent_idx: int) -> tuple[Entity | None, str]:
        e = self.first_person(pos)
        if e is not None:
            self.narrators.add(e.id)
            return e, f"first person '{part.text}' -> {e.canonical}"
        return None, f"first person '{part.text}' unresolved"


    # ---------------------------------------------------------------- pronouns

    def _compatible(self, e: Entity, g: str) -> bool:
        if e.modifier:
            return False  # "Motor Neurone disease … he said": a noun modifier (regroup.py) is no antecedent
        if non_agent_name(e.canonical.lower().split()):
            return False  # "The wrath of Harvey is Brown's first storm … she said": a law, war or storm (name_forms)
        if g in {"m", "f", "x"} and e.canonical.split()[-1].lower() in PARTY_PLURALS:
            return False  # "Democrats have ‘made us all morons’": a party is never "he"
        if g in {"m", "f", "x"} and re.fullmatch(r"[A-Z]{2,}s", e.canonical.split()[-1]):
            return False  # "Navy SEALs", "MPs": a plural group is never "he" (real-news tuning split)
        if g in {"m", "f"} and re.fullmatch(r"[A-Z]{2,6}", e.canonical):
            return False  # "ISNA reported …. “…,” he told the BBC": an acronym names a body, never he/she
        if g in {"m", "f", "x"} and any(c.isdigit() for c in e.canonical):
            return False  # "Motorola Razr V3 … she said": a name with a digit is a product, never a person
        if g in {"m", "f", "x"} and is_place(e.canonical):
            return False  # "Britain has been cautious, but Mr Straw said he …": a place is never "he"
        if g in {"m", "f", "x"} and not e.is_person() and any(m.town for m in e.mentions):
            # "the mayor of Brenton Hills, Ind., was asked …. He answered": a town written
            # before its state, even once it was read as a subject (round 33, lane short14)
            return False
        if g in {"m", "f", "x"} and e.id in self.narrators:
            return False  # the narrator is "I", not "he" (“He wrote back” in an interview)
        if g in {"m", "f"} and no_he_she(e):
            return False  # "Dawn.com", "Hispanic", "Amazingly", "Market Index" (he_she_names.py)
        if g == "x":  # a person of either gender (a definite description)
            return (e.is_person() or e.kind != "org" and e.place_evidence == 0
                    and len(name_tokens(e.canonical)) >= 2)
        if g == "n":
            return e.kind == "org"
        if g == "p":
            return e.kind == "org"
        if not e.is_person():
            if e.kind == "org" or e.place_evidence > 0 and not (e.spoke or e.gender_sure):
                # (a name that has spoken is a person even if "in Trump Tower" once looked
                # like a place: "Trump was asked …. “To be determined,” he said")
                return False
            if len(name_tokens(e.canonical)) < 2 and not e.person_like():
                return False  # a lone capitalised word, unless it has spoken ("Collins said")
        return e.gender in (None, g)

    def _lone_surname(self, e: Entity, g: str) -> bool:
        """A single capitalised word that can only be a surname here: no place, acronym,
        organisation, group, demonym ("Mexicans", "Canadian") or word the article also writes in
        lower case ("Comments")."""
        name = e.canonical
        if e.kind != "unknown" or e.place_evidence or is_place(name) or name.isupper() or " " in name:
            return False
        if no_he_she(e):
            return False  # "Parents", "Amazingly" opening a sentence (he_she_names.py)
        if e.modifier or not re.sub(r"[-’']", "", name).isalpha():
            # "a $1bn Omnibus spending bill", "Scare stories" (regroup.py) or a web address
            # ("Townhall.com" in a disclaimer) is no surname (lane wrong: each took every later
            # he of its article on fresh2, fresh3, fresh4)
            return False
        if not name[:1].isupper() or e.gender not in (None, g) or e.id in self.narrators:
            return False
        low = name.lower()
        if low in PARTY_PLURALS or low.endswith(_DEMONYM_ENDINGS) or low in self.lower_words:
            return False
        return True

    def _is_byline(self, si: int) -> bool:
        s = self.lay.sentences[si]
        return s.para <= 3 and bool(s.tokens) and s.tokens[0].text in {"By", "BY"}
