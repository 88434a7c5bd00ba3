"""Words around a quoted fragment that the learned kind model (attribute/kind_model.py) reads
as features: each list is one idea, the model learns how much it weighs (issue 11, round 17,
lane kindmodel)."""

from __future__ import annotations

# a word for a word or a name right before the marks: "the term “…”", "the phrase “…”"
WORDING_NOUNS = frozenset("term terms word words phrase phrases expression label slogan motto "
                          "nickname name moniker catchphrase buzzword mantra".split())
# nouns that call the words in marks an expression when said of them after the marks ("“…” is a
# loaded term", "“…” as a word for …", "“…” being the operative word"; round 32, lane
# terms13). Not "line", "message" or "quote": said of a speaker's sentence they keep it hers.
EXPRESSION_NOUNS = frozenset("term terms word words phrase phrases expression expressions label labels "
                             "name nickname moniker catchphrase buzzword slur slurs euphemism euphemisms "
                             "epithet insult misnomer shorthand neologism acronym".split())
# words for a slogan: the explicit title cues ("the slogan “…”", "whose motto is “…”") that
# introduce a term, not a work's title (the harmonised real-news rulings: "slogans are terms";
# round 32, lane notspeech13). Not "theme" or "banner": a theme is named like a work (tune's
# holiday theme is a title in gold), a banner's text is the banner's.
SLOGAN_NOUNS = frozenset("slogan motto tagline mantra rallying watchword".split())
# things a slogan is printed on, named right after the slogan in marks ("“Keep Harbour Blue”
# hats", "a “Free the Docks” placard"): with SLOGAN_NOUNS after the marks, the words are a
# slogan, a term, whatever work noun or reporting verb stands before them (round 34, lane
# titles15: corpus titles after "campaign" and speech after "BJP-ruled"). Not "poster" or
# "button": a film's poster carries its title.
SLOGAN_CARRIERS = frozenset("hat hats cap caps sign signs placard placards banner banners sticker "
                            "stickers t-shirt t-shirts shirt shirts flag flags".split())
# things that bear a slogan only when a verb of proclaiming reads it out right after them ("a
# poster trumpeting “…”", "a billboard that proclaimed “…”", "buttons that proclaimed “…”"):
# extract/label_nouns._slogan_after_its_carrier (round 41, lane termspeech25). Not after the
# marks: a film's poster carries its title ('the “Jaws” poster').
SLOGAN_BEARERS = SLOGAN_CARRIERS | frozenset("poster posters billboard billboards button buttons mug mugs".split())
# the verbs of proclaiming by which a bearer reads its slogan out ("a poster trumpeting “…”",
# "a sign that read “…”"): participles right after the bearer, and the verbs after its "that" or
# "which" (extract/label_nouns._CARRIER_BEFORE, moved from there, round 44, lane tidy27; in
# regex order)
SLOGAN_READING_PARTICIPLES = ("saying", "reading", "proclaiming", "declaring", "trumpeting", "bearing")
SLOGAN_READING_VERBS = ("read", "reads", "said", "says", "proclaimed", "proclaims", "declared", "declares", "bore", "bears")
# participles that place a carrier before the verb that reads it out, the carrier being that
# verb's subject ("banners hanging over the gates read “…”", "placards held aloft said “…”"):
# extract/label_nouns._CARRIER_SUBJECT, read by _slogan_after_its_carrier (round 67, lane
# title75). With the
# prepositions (function_words.OBJECT_PREPOSITIONS) they open the only phrase allowed between.
CARRIER_PLACING_PARTICIPLES = frozenset("""hanging hung held carried draped waved displayed worn posted
strung plastered pinned taped raised""".split())
# words for a stock saying ("the old saying “…”", "the famous dictum that “…”", "that old
# maxim: “…”"): with an article or demonstrative before them and nothing but "that", "goes" or
# punctuation between them and the marks, the words are a phrase echoed without credit, a term
# (the harmonised real-news ruling: "a famous phrase echoed without credit is term"). The
# length default typed them speech (round 37, lane kind20: 2 of its 150 big2 items, 2 more on
# the 974-article sample). Not "quip", "line" or "refrain": those are somebody's words said once.
SAYING_NOUNS = frozenset("saying sayings adage maxim dictum proverb aphorism axiom truism cliche cliché".split())
# the words that may stand between the article and "saying" (a noun only after them: "ended
# the meeting saying, “…”" is a participle that reports speech)
SAYING_ADJECTIVES = frozenset("""old famous common popular familiar classic ancient favourite favorite
well-known time-honoured time-honored oft-repeated oft-quoted venerable wise hoary timeless trite tired
age-old folk chinese english irish yiddish political""".split())
# plural nouns for wording before "like" or "such as", or inside "such … as", right before the
# marks ("statements like, “…”", "such assertions as “…”", "phrases like “…”"): the quoted
# sentence is cited as an example of a type of wording, nobody's words on an occasion, a term
# (round 67, lane term75: six tuning items in three articles typed speech by length). Not
# "things" ("she says things like “…”" is her speech) and not "claims" or "remarks", which
# report someone's speech.
EXAMPLE_WORDING_NOUNS = frozenset("""statements phrases quotes quotations assertions sentences
slogans expressions sayings""".split())
# naming words before the marks: "so-called “…”", "dubbed “…”", "known as “…”"
NAMING_BEFORE = frozenset("so-called called dubbed named nicknamed known labelled labeled branded "
                          "termed billed titled renamed coined".split())
# words for an assumed name or a slogan in the plural, right before title case ("the pseudonym
# “…”", "(aka “…”)", "slogans like “…”"): a label, not a work's title (round 32, lane titles13's
# corpus audit: read as titles because no reporting verb stood in the sentence)
LABEL_NOUNS_BEFORE = frozenset("pseudonym pseudonyms alias aka a.k.a. slogans chants catchphrase "
                               "catchphrases hashtag hashtags".split())
# verbs that give a person's assumed name right before title case ("the actress, identified as
# “…” in the contract", "a preacher who went by “…”"): a pseudonym or a name one goes by, a
# term (the real-news rulings: "pseudonyms in a document are term", nicknames are terms), where
# title case read a work's title, "shows" before the person read a work noun, and "goes by" a
# naming verb crediting speech (round 57, lane titles57: three tuning items in two articles)
ASSUMED_NAME_VERBS = ("identified as", "went by", "goes by", "go by", "going by")
# The halves of a hyphened compound that make it a judgement, not a name: the writer's distance
# ('a much-advertised “eco-friendly” toilet', 'an increasingly “must-have” buy', '“nature-loving”
# kids', 'the “quasi-conservative” operation', 'the “would-be” robber'), where "buy-in",
# "bright-line" and "cost-sharing" name things (extract/fragment_rules._hyphened_word; the dev set, the real-news tune split and
# the 974-article corpus sample, round 33).
JUDGING_COMPOUND_HEADS = frozenset("""friendly loving minded conscious savvy looking have haves
proof worthy""".split())
JUDGING_COMPOUND_PREFIXES = frozenset("quasi pseudo must faux would so".split())
# One-word answers ("Her reply was “No.”", "he said “Never” and left"): a capitalised word in
# marks that is somebody's whole reply, never a name (extract/fragment_rules._capitalised_word;
# round 33, first review). Not lexicon/voting.BALLOT_OPTIONS: those are options on a ballot.
ONE_WORD_ANSWERS = frozenset("yes no never maybe nope yep absolutely".split())
# Word endings that make the last word of a phrase in marks an adjective or a participle, a
# judgement ('the “outrageous” plan', 'a “careless and dangerous” scheme', 'the “deeply
# unprecedented” move', 'the “laughable” claim'): before a noun, the phrase is the speaker's
# evaluation, not the name of a kind of thing (extract/compound_rules.py; round 41, lane
# termspeech25). Not "-al", "-ic", "-ive", "-ent", "-est" or "-ing": "proposal", "clinic",
# "incentive", "agent", "stress test" and "racial profiling" end names as often.
JUDGING_ENDINGS = ("ous", "ful", "less", "ish", "ical", "able", "ible", "ed", "ly")

# Numbered parts of a text whose verb "states" is ("Article 9 states", "Section 230 states"):
# after their number the word reports; after any other number it is the plural noun ("all 50
# states have"; extract/counted_states, round 52 lane kinds52). Read by that rule, not by the model.
NUMBERED_TEXT_NOUNS = frozenset("""article articles section sections rule rules amendment chapter clause
paragraph title part resolution bill proposition measure question item point code form act law statute
order page exhibit""".split())
# ("order page exhibit": review of rounds 52-53 — "Executive Order 14101 states “…”", "Page 4
# states “…”", "Exhibit 12 states" are numbered texts too; without them the words went scare)
# Nouns for a piece of wording that a phrase in marks modifies ('the “…” reference echoed …',
# 'her “…” remark'): the phrase is that wording, talked about (extract/label_rules
# ``_wording_modified``, a term), and the owner of the noun said it (attribute/owned_wording.py,
# GUIDELINES K8). Not "line", "label", "tag", "term" or "formula": a railway line, a record
# label, a price tag, a prison term and baby formula are things, not wording. (Held in
# label_rules until round 78, lane kind88, which reads it from attribute/ too.)
MODIFIED_WORDING_NOUNS = frozenset({
    "reference", "remark", "comment", "slogan", "phrase", "moniker", "nickname", "epithet",
    "catchphrase", "mantra", "quip", "jibe", "gibe", "insult", "chant", "hashtag", "meme",
    "wording", "tagline", "soundbite",
})
# Nouns for things that name nothing themselves, right before a naming participle ("using a
# process called “…”", "orders a drink called “…”", "a refugee camp dubbed “…”", "visited a
# place called “…”"): the participle names the thing, nobody speaks. extract/naming.py reads
# the noun before "called" as the subject of a relative clause with no pronoun when a verb
# stands before its article ("a ruling a parent called": "using a process" has the same
# shape), and a relative pronoun further back ("Kenya, which has a camp dubbed") as that
# clause's own; neither can be, when the noun is one of these (round 79, lane kind89: draw E,
# six such quotations typed speech and credited to the sentence's subject). No person,
# group, body, outlet or document nouns: "a bill the report called “…”", "a plan critics
# dubbed “…”" keep their namers.
NON_NAMING_THING_NOUNS = frozenset("""process procedure practice technique tactic maneuver
manoeuvre method mechanism phenomenon condition disorder syndrome disease virus drug pill drink
cocktail dish product device gadget machine tool app game place town village camp
neighborhood neighbourhood district island site street road workshop seminar course class
event rally march protest demonstration demonstrations festival operation effort project
scheme loophole provision weapon bomb missile vehicle ship boat plane drone feature trick
move dance style trend""".split())

# Nouns of a rule, a zone or a filed category that a word or short phrase in marks can label
# ("the state's “bathroom” law", "“stand your ground” laws", "the act's “journey” exception", a
# "“no-fly” zone", "the “european” subreddit", a "“trending news” tab"): the marks name a kind of
# law, clause, zone or category, a term, whoever the sentence's reporting verb credits (round 79,
# lane kind90: on draw E such labels were typed speech by a reporting verb elsewhere in the
# sentence). Not "bill", "program", "policy" or "plan": before those a slogan-like phrase is the
# measure's own name (a title, fresh5/17/22) and a single word is often a sponsor's verdict ("a
# “generous” bill"). Not "label" or "status" (on draw E: an official protesting "the “…” label"
# the article's experts had used, K5's echo; "“celebrity” status", the writer's distance), not
# "orders" ("the “yo-yo” orders", a restaurant owner's own word), not "vote" (lexicon/voting).
RULE_LABEL_NOUNS = frozenset("""law laws provision provisions clause clauses statute statutes exception
exceptions exemption exemptions loophole loopholes subreddit subreddits doctrine designation zone zones
tab button classes visa visas""".split())
# Nouns for someone's words before "of" and a Title Case quotation: "chants of “…”", "his
# declaration of “…”", "cries of “…”" give the words said, not a work's name after a
# preposition (attribute/work_name_kind.py; round 80, lane kind91: two crowd chants and an
# owner's vow on draw G read as the name of a show).
SAID_BEFORE_OF_NOUNS = frozenset("""chant chants cry cries shout shouts refrain refrains declaration
declarations vow vows pledge pledges words slogan slogans""".split())
# adverbs of habit on a verb of saying ("the island's leaders so often state …", "they sometimes say
# …", "critics have long called …"): a broad group's words on no particular occasion, scare or
# term, not one occasion's report (guideline K28; round 81, lane kind93:
# attribute/group_words_kind.py). Not "again" or "now": each names one more occasion.
HABIT_ADVERBS = frozenset("often frequently sometimes routinely repeatedly constantly usually always regularly "
                          "habitually typically commonly long generally invariably customarily".split())
# verbs of habit that take a verb of saying as their complement ("the senator's camp tended to
# argue that …"): the same habit as HABIT_ADVERBS (round 81, lane kind93; fresh24 gold scare)
HABIT_VERBS = frozenset("tend tends tended tending".split())
