"""Function words: closed-class words that never carry a name, a role or a modified noun.

``FUNCTION_WORDS`` is the classifier's: a lowercase word after a one-word quotation that is not
one of these shows the quotation modifies the noun after it (“smart” streetlights).
``DESCRIPTION_STOPS`` is attribution's: a description's head word ("the company") is never one
of these; it is a core of FUNCTION_WORDS plus the commonest reporting words, since a head
read off "X, who said" must not be "said" (tests/lexicon pins the core inside FUNCTION_WORDS).
"""

from __future__ import annotations

FUNCTION_WORDS = frozenset(
    """that which who whom whose and or but nor for of in on at by to from with as is are was
    were be been being has have had will would can could may might must shall should do does
    did not than then so if when while because although though into onto upon over under
    about after before since until across through during without within among between
    it its he she they we you i this these those there here""".split()
)

# Conjunctions that set two words in marks side by side as a pair to contrast or weigh
# ("“thrift” and “plenty”", "‘GOOD’ VERSUS ‘BAD’"): extract/word_pairs.py.
PAIR_CONJUNCTIONS = frozenset("and or nor versus vs vs.".split())

# The words that join the items of a list ("X and Y", "X or Y"): two roles joined after a head
# (attribute/role_shape.py) and two quotations listed in one sentence (attribute/list_sibling.py);
# one list since review39 (each module kept its own copy).
LIST_JOINERS = frozenset({"and", "or"})

# Prepositions, conjunctions, relatives and auxiliaries: the part of FUNCTION_WORDS a
# description's head is tested against.
CLAUSE_FUNCTION_WORDS = frozenset("""in on at by for from to with of and or but as that which who is was
were are be been has had have will would""".split())
DESCRIPTION_STOPS = CLAUSE_FUNCTION_WORDS | frozenset({"said", "says", "told", "also"})

# Prepositions that end a role's own words and open its complement ("speaker of the outgoing
# parliament", "chief executive at Orvane"): a word after one names the body or the place, not
# the role, so "the newly elected parliament" is not that speaker (real-news tuning split fresh3,
# round 17: a body described as the parliament went to the speaker of the old one).
ROLE_COMPLEMENT_PREPOSITIONS = frozenset("of for at in on with to from".split())

# Coordinating conjunctions that can open a sentence before its subject ("But the Tory leader
# argued …", "And he confirmed …"): the subject comes after them.
SENTENCE_CONJUNCTIONS = frozenset({"but", "and", "yet"})
# Prepositions that open an introductory phrase before a sentence's subject ("Ahead of the
# vote in Cardiff, Ms X said"); with no comma after the phrase the subject is unknown. The
# string rule took the phrase's last capitals ("Cardiff") for the speaker (real-news tuning
# split fresh2, round 15). INTRO_WORDS below holds the commoner openers. "Like X, he …"
# compares the subject with X: X is no subject (fresh tuning split: the he went to X).
INTRO_PREPOSITIONS = frozenset("""ahead amid amidst among amongst upon unlike like across throughout
within until against toward towards around beyond besides alongside behind following prior
""".split())

# Prepositions and time adverbs that open an introductory adverbial before a sentence's subject
# ("In May, X said", "Later he met …"): the words INTRO_WORDS and ADVERBIAL_OPENERS below share.
# The two lists were written apart and overlapped in these seventeen words; they are not one
# list, since their readers differ (round 37, lane tidy20, word by word: see each list).
INTRO_ADVERBIALS = frozenset("""in on at with without from for by during after before despite under
later earlier afterwards still""".split())

# Words opening an introductory phrase that a comma closes before the subject ("Unlike the
# mayor, X said …", "When the vote ended, X said …", "Asked about it, X said …":
# attribute/finder.clause_start skips to the comma; with no comma the subject is unknown). Beyond
# INTRO_ADVERBIALS: subordinators (a whole clause before the subject), participles of asking and
# answering, place words and discourse adverbs ("Finally, …"), and INTRO_PREPOSITIONS. Not "then",
# "also", "soon": "Then X said" has no comma, and unknown would lose the subject (moved here from
# attribute/finder.py, round 37, lane tidy20; unchanged).
INTRO_WORDS = INTRO_ADVERBIALS | frozenset("""when while as since although though if because asked
speaking writing reached addressing responding replying interviewed outside inside backstage
first second third finally meanwhile however back""".split()) | INTRO_PREPOSITIONS
# ("back": "Back on Capitol Hill, X told …", "Back home in Ohio, X said …": round 77, lane noun77;
# the place the phrase names had become the speaker)

# Words that open an adverbial before a sentence's he/she subject, beyond the prepositions above
# and the time words of lexicon.calendar: "Later he met …", "Within hours, with a calm display of
# purpose, he had …" (attribute/opener_pronoun.py, round 35, lane wrong16; moved here from that
# module by the nineteenth session's review, unchanged). Beyond INTRO_ADVERBIALS: one-word adverbs
# that need no comma ("Then he …", "Soon she …"); never a subordinator ("When he woke, Reyes …":
# the he is the clause's subject; opener_pronoun stops at SUBORDINATORS before reading this list,
# so "after", "before" and "once" here never decide).
ADVERBIAL_OPENERS = INTRO_ADVERBIALS | frozenset("""over then again once also soon eventually instead
within""".split())

# Words that open a subordinate or relative clause ("When he woke, Reyes was …", "What she
# wants is …"): a he/she after one is that clause's subject, not the sentence's
# (attribute/opener_pronoun.py, round 35, lane wrong16).
SUBORDINATORS = frozenset("""when whenever while as after before since until till although though
even if unless because once whether that which who whom whose what where wherever why how
""".split())

# Prepositions after which a name is mentioned in passing, the object of its sentence's
# predicate ("the rule was used against X", "he sounds like X", "grew up during X"), and the
# relative "where" ("the election, where X opposed it"): a he/she after it is more likely the
# person speaking in the sentences around (attribute/passing.py). Not "when": "When X took
# office, he said …" is X's.
# Not "to", "with", "from", "by", "of": "spoke to X", "an interview with X", "a letter from
# X", "a statement by X" introduce the speaker.
PASSING_PREPOSITIONS = frozenset("""in like unlike against about over than despite toward towards
into among between at during where""".split())

# Prepositions a name right after is the object of ("But standing next to Mr X he added …",
# "Beside X, she …"): that name is no subject of its clause, so the pronoun after it is not
# theirs (attribute/own_subject_passing.py; round 44, lane wrongname27: a general's words went
# to the prime minister he stood beside). Only words that are never a conjunction: "until X
# brought it up, … he could" (corpus check, big) and "after", "before", "like", "than" open
# clauses whose subject X is.
OBJECT_PREPOSITIONS = frozenset("""of for at in on with to from by beside near next opposite against
about over toward towards into among amongst between during despite under without amid amidst
upon across throughout within around beyond besides alongside behind unlike""".split())

# Modal and auxiliary verbs, with their negated contractions: a fragment in marks that opens
# with one ("“could have”", "“will not affect”") is a piece of a clause, someone's words, never
# a label (extract/speech_rules._clause_piece). Apostrophes are straight here; callers fold ’.
AUXILIARY_OPENERS = frozenset(
    """could would should will can may might must shall is are was were has have had do does
    did won't can't couldn't wouldn't shouldn't isn't aren't wasn't weren't hasn't haven't
    hadn't don't doesn't didn't mustn't""".split()
)
# Openers of a pseudo-cleft ("what X says is “…”", "all she said was “…”"): before a reporting
# verb and an auxiliary, the verb is a verb and X the speaker (attribute/finder.py, round 77).
PSEUDO_CLEFT_OPENERS = frozenset("what all".split())
# The words before a quoted predicate or infinitive ("the plan was “dead on arrival”", "told to
# “stop the count”"): with an auxiliary opener, what makes the quoted words a piece of someone's
# clause rather than a label (extract/term_rules._defined_after; review of round 28).
PREDICATE_LINKS = frozenset("to be been being".split())
# Finite forms of "be" that may be a clause's main verb before a quoted complement ("X's claim
# that the sale pays is “…”": attribute/claim_over_subject.py, review19).
COPULA_FORMS = frozenset("is was are were".split())
# Subject pronouns and their contractions with a verb ("it's", "I'm"): the clause piece's other
# opening, when a verb follows the bare pronoun ("“it humanizes him”", "“I don't know”").
# the words that open a relative clause: "X, who chairs a panel that said …" (a speaker's own
# clause ends there: attribute/own_reporter.py, apposed_reporter.py, speechless_clause.py)
RELATIVE_WORDS = frozenset("who whom whose which that".split())

CLAUSE_PRONOUNS = frozenset("i we he she it they you".split())
PRONOUN_CONTRACTIONS = frozenset(
    """it's i'm we're they're you're he's she's i've we've they've you've i'll we'll they'll
    he'll she'll it'll i'd we'd they'd he'd she'd""".split()
)
# Determiners: the articles, demonstratives and possessives, one list for every reader that asks
# whether a noun phrase opens here ("a “…”", "its “…”": the classifier's determiners right before
# the marks, read by attribute/kind_features.py); the sets below are built from it, each with
# its exceptions named.
DETERMINERS = frozenset("a an the this that these those his her its their our my your".split())
# Possessives that stand alone after "of" and close a noun phrase ("a friend of his", "a cousin
# of hers"): attribute/open_end reads a phrase ending in "his" as a clause running on, but "of
# his" ends a description (the review of round 46: the credit was dropped and the words went to
# the man spoken of).
STANDALONE_POSSESSIVES = frozenset("his hers mine ours yours theirs".split())
# The articles alone: what may stand between a naming participle and its name ("called the
# “…”", extract/naming.py) and before a capitalised run that is then no subject
# (extract/own_use.py). Both modules held a copy of their own until round 38 (review30).
ARTICLES = frozenset("a an the".split())
# Words that open a noun phrase ("a “must win” state", "the “do nothing” dynamics", "first
# “I do's”"): a clause piece right after one is used as a noun or a modifier, a label. Not
# "that", which opens a reported clause as often ("said that “it humanizes him”"); "few" and
# "first" added ("first “I do's”").
NOUN_PHRASE_OPENERS = (DETERMINERS - {"that"}) | frozenset({"few", "first"})
# Degree words that may stand between such an opener and the marks ("an almost “must win” race").
DEGREE_WORDS = frozenset("almost nearly very so more most quite rather".split())
# Openers of a verdict, not a name, in a phrase in marks before a noun ('a “pretty good” deal',
# 'the “not fair” rule'): extract/compound_rules._compound_modifier (moved from there, round
# 44, lane tidy27).
VERDICT_OPENERS = frozenset({"pretty", "somewhat", "less", "too", "not", "all", "no"})
# Concessives that open a clause of the writer's own between a reporting verb and the marks ("he
# insisted …, even though his council adopted a “…” policy"), and the quantifiers that may open
# a participle clause after a comma (", many waving “…” placards"): extract/compound_rules.
# _WRITERS_CLAUSE (moved from there, round 44, lane tidy27; in regex order). Not SUBORDINATORS:
# "despite" and "whereas" are here, "when" and "because" credit the words to the speaker.
CONCESSIVES = ("even though", "although", "though", "whereas", "despite")
CLAUSE_QUANTIFIERS = ("many", "some", "most", "several", "others", "one", "all")
# Words with no noun or name in them: FUNCTION_WORDS less the ones that point at someone or
# somewhere ("it", "you", "here": a pronoun is a speaker's surface of its own, read before
# this), the determiners and degree words, and the words of comparison and focus that join
# them ("less than", "such as", "even as", "instead of"). A speaker phrase made only of these
# names nobody: "“…” until told otherwise" made "until" the teller, "“…” rather than pressed"
# made "rather than" the one pressing (attribute/phrase._group_part; round 41, lane tidy24).
# Not "other" nor "most", which stand for people: "the other said" describes one of two,
# "what most would call “…”" the many (big2: the one change this list made there, dropped).
_POINTING_FUNCTION_WORDS = frozenset("it he she they we you i there here".split())
NOUNLESS_WORDS = (FUNCTION_WORDS - _POINTING_FUNCTION_WORDS) | DETERMINERS | (DEGREE_WORDS - {"most"}) \
    | frozenset("less such even instead".split())

# Words that stand before the preposition or conjunction opening an introductory phrase of time
# ("Shortly before Christmas Day of 1807, he died", "Soon after the vote, she …", "Days after
# the crash, …"; an adverb in -ly does as well): the phrase ends at its comma and the subject
# comes after it (attribute/finder.clause_start; round 26, lane wrong9: "Christmas Day" became
# the subject, and the next quotation's speaker, on fresh3).
INTRO_ADVERBS = frozenset("soon just long right even only well moments minutes hours days weeks months years".split())
# The words that open such a phrase after one of them.
INTRO_TIME_LINKS = frozenset("before after since following during until as when while once".split())
# Adverbs and conjunctions ending in "s", which a test for a plural noun would take for one
# ("Vale always referred to it as “…”" read "always" as the plural named: the fourteenth
# session's review of extract/naming._no_active_subject)
S_ENDING_ADVERBS = frozenset("""always perhaps afterwards sometimes nevertheless regardless besides
towards backwards forwards nowadays overseas indoors outdoors thus unless whereas""".split())
# Words that open a sentence pointing at something, never a person's name, with or without "'s"
# ("Here's the new ad, using the words “…”", "That's …": extract/own_use, the second review;
# the whole of FUNCTION_WORDS also held "May", "Will", "On", which open real names and phrases)
DEICTIC_OPENERS = frozenset("here there that this it what who where".split())
# Words opening an unnamed, counted or indefinite source ("one adviser", "several aides"): in
# "in the words of one strategist" no name follows (attribute/words_of.py, round 32).
INDEFINITE_OPENERS = frozenset("a an one another some two three several many".split())
# Words that open an unnamed voice's complement or relative clause ("a mechanic at …", "one
# friend of …", "one donor who's dealt with …"): the name after them is whom the voice works for
# or knows, never the voice (attribute/member_of.py, round 79).
VOICE_COMPLEMENT_OPENERS = frozenset("of for at from with to in on by who whose that close".split())
# Words opening a description of ONE new, unnamed person ("a spokesman", "an aide", "one
# official"), whom a later "the spokesperson" or "he" points back to (attribute/indefinite.py,
# spokespeople.py, leading_subjects.py). Narrower than INDEFINITE_OPENERS on purpose: that list
# also opens a counted or vague group ("two aides", "several officials", "some"), which no
# singular "he" or "the spokesperson" refers to, and "another", which rounds 17 and 54 never
# measured as an unnamed voice (the second read-through, round 57, kept the two apart).
ONE_PERSON_OPENERS = frozenset("a an one".split())
# ONE_PERSON_OPENERS as a regular-expression alternation, longest first (in lower case)
ONE_PERSON_OPENERS_RE = "|".join(sorted(ONE_PERSON_OPENERS, key=len, reverse=True))
# Words that show a clause, not a name, after "in the words of" ("of the head of the party,
# there are supporters who …") (attribute/words_of.py, round 32).
CLAUSE_MARKERS = frozenset("who which that to and but there it".split())
# Pronouns that point back to a speaker, a person or a body ("In his view the plan is “…”", a
# court opinion's "it “affirms …”"): a quoted fragment in a sentence holding one may be that
# speaker's words (attribute/narration_fragment.py; "it" and "its" after a corpus check, where a
# justice's opinion went null without them).
SPEAKER_POINTERS = frozenset("he him his she her hers they them their i me my we us our it its".split())
# The first word after a name's comma that opens a circumstance or a clause, not an apposition
# ("Y, with visible impatience, told him …", "Z, stroking his arm, added: …" against "X, the
# head of …, asked": text/segment.py, round 32, lane lastspk13; moved here by review19, who
# dropped "who": "“…?” Judge X, who was appointed by …, asked" is an apposition, corpus text).
NOT_APPOSITION_OPENERS = frozenset("with without in on at after before while which as for from "
                                   "during clearly still then".split())


# Words after a name that make it a clause's subject, not a noun's modifier: auxiliaries and
# common irregular pasts ("the TSA has", "Harbour Foods made") against "the FAQ section", "an
# SEC statement" (attribute/near_body._modifier; round 37, lane unnamed20). Reporting verbs,
# "-ed" and "-s" forms are read there.
VERBS_AFTER_NAME = frozenset(w for w in AUXILIARY_OPENERS if "'" not in w) | frozenset(
    "also then now still made sent put took gave won lost became began".split())

# The words after an office in a misread role that make it a clause ("X, the president is now
# saying …", "… the president also seemed to back …"): the office is that clause's subject,
# someone else, not the role's holder (attribute/role_words.holds_office; round 79, lane desc89,
# draw E: "the president" went to a country and to a former strategist by such roles).
CLAUSE_AFTER_OFFICE = frozenset(w for w in AUXILIARY_OPENERS if "'" not in w) | frozenset({"also"})

# -ing words that work as prepositions ("offences, including violations of …", "talks, following
# the vote"): after a comma they open no clause of their own (extract/compound_rules.py, round
# 41, lane termspeech25: "says the penalty covers offences, including violations of the “…”
# provisions" is still the speaker's sentence).
PREPOSITION_PARTICIPLES = frozenset("""including excluding regarding concerning following according
during pending notwithstanding involving considering barring""".split())

# Adverbs without -ly that may stand before a participle opening a sentence ("Often called “…”,
# the workers …", "Once dubbed “…”"): the opening is still the participle's, not a subject and a
# verb (attribute/fronted_naming.py, round 49, lane passive28).
PARTICIPLE_ADVERBS = frozenset("often once sometimes also long now later first originally".split())

# Stop-list words that are also people's surnames or given names written after another name
# word: "George Will", "Liu He" (Chinese surname first). The stop list cut the name there and
# the columnist became "George", the vice premier "Liu" (attribute/function_surnames.py, round
# 60, lane who61: fresh22 and tune). "May" is the month rule's (name_joins.month_surname).
# "Oh", a Korean surname read as the interjection: "said Ana Oh, a law professor" gave "Ana"
# (round 83, lane forms99: draw N, one article).
FUNCTION_WORD_NAMES = frozenset({"Will", "He", "Oh"})
# Of those, the one read alone as a surname when capitalised before a verb of saying ("“…,” Will
# said", "Will, speaking on …"); a lone "He" is always the pronoun.
BARE_FUNCTION_SURNAMES = frozenset({"Will"})

# Words that stand between a subject and its verb without ending the subject: auxiliaries and
# adverbs without -ly ("Vale has long called", "he first used", "the party has since called").
# One list for extract/subject.py (the clause subject before a verb of naming) and
# extract/own_use.py (the speaker who used a word): each once kept its own, and the two differed
# (round 66, lane one74b, from tidy72's read-through).
SUBJECT_VERB_GAP_WORDS = frozenset("""has have had is was were are be been also long already often
once simply now then later still since first again even just""".split())

# Prepositions that put a name where the words appeared or where the speaker is, not who spoke,
# when the name closes a speaker phrase: "writes X in the Ledger", "a statement on Twitter", "the
# command in Harwick" (attribute/where_tail.py, round 72, lane place82).
WHERE_PREPOSITIONS = frozenset({"in", "on", "from"})

# Verb forms that take only a plural (or "I"/"you") subject: a one-word capitalised sentence
# opener right before one ("Shooters were aiming at …") is a common plural noun, not a name — no
# surname is the subject of "were" (attribute/mentions.py, round 77: "Shooters" took a senator's
# "she said" and her epithet on an unseen article).
PLURAL_ONLY_VERBS = frozenset("""are were have aren't weren't haven't aren’t weren’t haven’t""".split())

# A dash after a quotation that opens with one of these (lower case) goes on with the
# writer's sentence, never a credit: "“…” — a jab aimed at Mr. X", "“…” – & then the Y Party
# got to him", "“…” — and the charges against X", "“…”—for the party's nomination" (round 82,
# lane wrong96: attribute/dash_narration.py). "the" is not here: "— the mayor" credits a role.
DASH_NARRATION_OPENERS = FUNCTION_WORDS | frozenset({"a", "an", "&"})

# A word before the first comma of a dash line that shows a clause of narration, not a credit:
# a verb of being or having, a modal (the auxiliaries above, uncontracted), a subject pronoun,
# "or" between two names ("“…” – X or Y."), a demonstrative or a conjunction. The credit's own
# small words ("of", "and", "on", "to", "in", "by") are not here: "— Gov. X on NBC", "— X to
# New York magazine" are credits.
DASH_CLAUSE_WORDS = frozenset(w for w in AUXILIARY_OPENERS if "'" not in w) | CLAUSE_PRONOUNS | frozenset(
    """or nor be been being not than then so if because although though this these those there
    here""".split())

# Words after which a name opens a clause as its subject in the middle of a sentence ("…, but
# when X embarked on …, he spoke of …", "…, though X hinted …, when he said …"): a he/she
# later in that sentence reads X before a subject of the sentence before
# (attribute/earlier_clause.py, round 82, lane pron98). No relative or "that": "told Y that
# X …" leaves who the he/she is open.
CLAUSE_SUBJECT_OPENERS = frozenset("""when while as after because since although though once
but and""".split())
