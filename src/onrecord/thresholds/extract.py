from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractOptions:
    """Thresholds of the extract stage (each with unit, failure prevented, measurement)."""

    # words (reader's view of a statement): a quotation of at least this many words is speech
    # unless a title, naming or mention cue says otherwise. Prevents reading partial speech
    # quotes ("described the vote as “a bet placed with somebody else’s money”") as scare
    # quotes. Measured on the dev set: every scare/term quotation has at most 3 words; the
    # shortest partial speech fragments without a nearby verb have 4+.
    speech_min_words: int = 4
    # words: a naming cue ("what engineers call", "dubbed") makes a term only up to this
    # length; longer quoted text after "called" is a speech fragment ("called the plan “money
    # thrown at a problem of hours”"). Dev terms are 1-3 words; 6 leaves room for long jargon.
    term_max_words: int = 6
    # words: longest quotation read as a poll's answer option when a share of those polled
    # speaks it ("one in three say it is “somewhat” important"). Prevents a respondent group's
    # answer being read as speech (round 34, lane notspeech15: the sampled and tuning answers
    # are 1-2 words); a longer quotation under "percent said" is a quoted respondent's remark.
    poll_answer_max_words: int = 4
    # words: longest noun phrase in marks credited to nobody read as a coined expression (a term)
    # rather than a scare quote. Prevents: "one-click shopping", "digital lifestyle home" read as
    # the writer's irony. Measured on eval/real's tuning split: the coined phrases there are 2-3
    # words; scare quotes of 4+ words credited to nobody are clauses or remarks.
    coined_phrase_max_words: int = 3
    # words: longest title-case run read as a title (long paper titles reach ~20 words; a
    # 30-word title-case run is a shouted headline quote, not a title).
    title_max_words: int = 30
    # words: title case with no cue at all is a title only when this short (song and plan
    # names); longer title-case runs need a cue, since headline-style speech quotes exist.
    bare_title_max_words: int = 12
    # words: how far before the opening mark (and after the closing mark) cue words are
    # looked for. "the report he referred to, “…”" puts the work noun 5 words back; a wider
    # window picks up verbs of the previous clause (BBC: "said" in a sentence's first half
    # crediting a scare quote in its second half).
    cue_window_words: int = 8
    # words before a verb of using read for a negation, condition or withholding verb ("did
    # not use", "refused to use", "if he uses", "whether Vale used": the word is at most three
    # words before the verb). Prevents an unrelated earlier clause from keeping a named
    # person's own words a term ("After the bank collapsed, Vale used the term …" read "ban";
    # the fourteenth session's review: the window was 12 when the rule was written).
    own_use_window_words: int = 4
    # paragraphs: longest multi-paragraph quotation the pairing engine follows. Prevents a
    # stray opener at the top of a quote-per-paragraph interview swallowing the rest of it;
    # the longest real multi-paragraph quotes seen (court rulings, letters) run 6-10.
    max_paragraphs: int = 30
    # characters: context kept on each side of a quotation for cue search (cut further at
    # sentence and quotation boundaries). 300 covers the longest attribution clauses seen
    # ("…, the agriculture minister, X, who …, called «…»"); more only costs speed.
    context_chars: int = 300
    # characters: longest attribution between a sentence end and a new opening mark for the
    # engine to close a quotation that lost its closer there ("…a Muslim. He added: "…").
    # Longer gaps are ordinary prose; the opener is then dropped as unbalanced instead.
    lost_closer_gap_chars: int = 60
    # characters: words shown after an unbalanced mark in reports (issue 10: no quotation
    # vanishes silently). Enough to recognise the sentence (a quote is ~12 words, ~80
    # characters), short enough for one report line.
    unbalanced_context_chars: int = 80
    # words: longest first line read as a headline (words in marks closing it are speech).
    # Real headlines in the BBC and AllSides sets run 4-18 words; a longer first paragraph is
    # running text, where a fragment closing it is not presumed anyone's words.
    headline_max_words: int = 25
    # words: longest line inside the body read as a sub-headline or a related-story link when
    # it closes on words in marks (then speech, as the headline's). Prevents reading "Sweden's
    # New ‘…’" or "(Also on …: X vows to end ‘…’)" as a scare quote. Measured on the real-news
    # tuning splits: such lines run 3-14 words; a longer line with no sentence end is rare.
    subheadline_max_words: int = 16


# words; the longest object of "refer(s/red/ring) to <object> as" read as a naming verb
# (extract/lexicon.NAMING_RE, round 26: "The ad refers to the hosts, as well as X, as “…”").
# Prevents an "as" of a later clause or sentence from closing the object ("referring to the
# total number of jobs created in the last seven years of his governorship. As we …"). Measured
# on the AllSides corpus (tidy11, round 27): of 1,336 "refer to … as" with objects of 0-40
# words, 1,263 have 12 or fewer; at 11-12 words they are still one noun phrase ("refer to Sen.
# Elizabeth Warren, Massachusetts Democrat and a vocal opponent of the deal, as “…”"), from 13
# on the "as" mostly stands in another clause or sentence.
NAMING_OBJECT_MAX_WORDS = 12


# words; the longest title-case quotation read as a nickname (an epithet before a given name,
# "Sleepy Otto"; a courtesy title with a name, "Mr. Harbour") by extract/person_labels.py.
# Prevents a longer title with a given name at its end (a film, "The Ballad of Little Carl")
# from being read as a nickname. Measured on the 974-article corpus sample (round 34, lane
# terms15): the epithets and courtesy-title nicknames typed titles there are all 2-3 words.
NICKNAME_MAX_WORDS = 3
# words; the longest title-case quotation holding a party word read as a side's label ("Lean
# Republican", "NEA Democrats for Hillary") by extract/person_labels.py. Prevents a headline
# or chyron quoted in full ("Republicans Mostly Silent After …", six words) from becoming a
# term. Measured on the same corpus sample: the side labels typed titles there run 2-4 words.
SIDE_LABEL_MAX_WORDS = 4
# words; the longest title-case quotation read as a body's name (a body noun at its head,
# "Economic Policy Advisory Board", "Gang of Eight") by extract/person_labels.py. Prevents a
# headline quoted in full that ends on a body ("Senators Grill Harbour Ethics Committee Over
# Leak", six words) from becoming a term. Measured on the 974-article corpus sample (round 34,
# lane titles15): the bodies' names the title-case fallback typed titles run 2-4 words.
BODY_NAME_MAX_WORDS = 5
# words; the longest name in marks opening its sentence before a verb that addresses the reader
# ("“The 180” shows you …") that extract/work_rules.py reads as a work's name. Prevents a
# quoted sentence used as a subject ("“We will not sell the pier” tells us where she stands",
# seven words) from becoming a title. Measured on the 974-article corpus sample (round 35, lane
# titles17): the series' names there run two words.
ADDRESSING_NAME_MAX_WORDS = 6
# share (0-1) of a subtitle's content words after its first that must be capitalised for
# extract/work_rules.py to read "Main Title: A Subtitle" as a work's full name. Prevents a
# quoted sentence with a colon whose words run in lower case ("Note: a plan for the pier is
# due") from becoming a title, while a lower-case particle in a name ("… on Osama bin Laden")
# passes. Measured on fresh14 and the 974-article corpus sample (round 41, lane titles25): the
# four full titles there hold at most one lower-case content word in four.
SUBTITLE_CAPITALISED_SHARE = 0.75
# words; the fewest lower-case words (outside any marks, beyond the small function words) that
# make a quotation's line running text rather than a title-case headline, so that title case
# is read inside it even where the clipped sentence around the marks is names only (extract/
# words.running_line). Prevents "“The Long Tide” by Omar Reyes, “…” by the late poet …" and
# "the “… Act of 2021” in Salem, Oregon" from losing their title case as if in a headline line;
# 3, not 1, so that a title-case headline with a stray lower-case word or two ("vs", "de")
# stays a headline (set before the corpus check, not tuned). Measured on big, big2 and 700 random
# unread AllSides articles (round 50, lane titlespeech50): 6 changes, every one read, 0 made
# wrong (docs/attribution-errors.md).
RUNNING_LINE_MIN_LOWER_WORDS = 3
# words; the longest quotation of a pair set side by side by "and"/"or"/"versus" ("“thrift” and
# “plenty”", "“by birth” or “at birth”") that extract/word_pairs.py reads as two words named as
# words, terms. Prevents a pair of longer fragments, which are someone's phrases ("“various
# lies” and “disinformation campaign”" are words said), from becoming terms. Measured on the
# 974-article corpus sample (round 34, lane scare15): the 15 pairs typed scare there hold one or
# two words each.
PAIRED_WORD_MAX_WORDS = 2
# words; the longest speech quotation attribute/compound_label.py queues for the parse to see
# whether it is a noun phrase modifying the noun after its marks (a label, "the “drug kingpin”
# provisions", "a “no party preference” voter"). Prevents longer quoted clauses that happen to
# end on a noun before another noun from being parsed and retyped. Measured on the 974-article
# corpus sample (round 35, lane kindspeech16): the noun-compound labels typed speech there run
# two or three words; at four the quotations so placed are clauses ("all government is bad").
COMPOUND_LABEL_MAX_WORDS = 3
# dependency heads; the farthest attribute/relative_label.py climbs from the noun a label in
# marks modifies up to a reporting verb, looking for a relative clause on the way. Prevents a
# climb from a label deep in a long sentence to the main verb of another clause. Measured on
# big, big2 and 300 random unread AllSides articles (round 54, lane npterm54): the five labels
# in a relative clause reach their reporting verb in three or four heads.
RELATIVE_LABEL_MAX_CLIMB = 8
# characters; how much of the text before the opening mark extract/term_rules._defined_as reads
# for a form of "define" right before the marks ("the attempt to define “…” as weakness").
# The pattern is anchored at the marks, so the window only needs to hold the longest form,
# "redefining" (10 characters), and the spaces after it; it keeps the regex off the whole left
# context. Written as a bare 30 by round 35's lane scareterm16; moved here unchanged in round 36
# (lane finalread), so output is the same.
DEFINE_VERB_WINDOW_CHARS = 30
# characters; how much text after a nested quotation attribute/compound_label.candidate reads
# for the word right after its marks ("the “drug kingpin” provisions": closing marks, a space,
# "provisions"). It needs only the marks and one word; 40 holds the longest English words with
# room to spare. Written as a bare 40 by round 35's lane kindspeech16; moved here unchanged in
# round 36 (lane finalread), so output is the same.
COMPOUND_LABEL_RIGHT_CHARS = 40

# words; the longest quotation after "the old saying" and kin that extract/saying_rules.py reads
# as a stock saying, a term. Prevents a long quoted passage that a writer introduces with "the
# saying" of someone (a speech's paragraph) from losing its speaker. Measured on the 974- and
# 600-article corpus samples (round 37, lane kind20): the four sayings typed speech there run
# three to seven words; proverbs rarely pass a dozen.
SAYING_MAX_WORDS = 15
# characters; how much of the sentence before the opening mark extract/saying_rules.py reads for
# "the old saying goes," and kin: an article, up to three adjectives, the noun and its link fit
# in well under it ("the time-honoured political adage that" is 40). Prevents a saying noun far
# back in a long sentence from being read as the one naming the words. Round 37 (lane kind20)
# wrote it as a bare 80 in the rule; round 38's review27 named it here, value unchanged.
SAYING_LEFT_CHARS = 80
# words; the longest quotation extract/saying_rules._wording_as_example reads as an example of
# wording ("statements like, “…”"): the six tuning items it was written for (round 67, lane
# term75) run 8 to 15 words. Prevents a long passage after "such statements as" from a speech
# the article goes on to credit being typed term.
EXAMPLE_WORDING_MAX_WORDS = 20
# characters before "statements like" that extract/saying_rules._wording_as_example reads for
# an owner ("her statements like", "Vale's quotes such as"): the possessive and up to two words
# between. Prevents an owner in another clause from blocking the rule. Was a bare 20 in the
# rule (moved here in the thirty-third session's review, value unchanged). Not tuned.
EXAMPLE_OWNER_LEFT_CHARS = 20
# characters after the marks in which extract/title_rules._heads_a_work looks for the compound
# "<noun> <work noun>" ("the “…” radio show"): the two words right after the marks. Prevents a
# work noun further on in the sentence from making a label a title. Was a bare 60 in the rule
# (moved here in the thirty-third session's review, value unchanged). Not tuned.
WORK_COMPOUND_RIGHT_CHARS = 60
# characters; how much of the sentence before the opening mark extract/label_nouns.
# _slogan_after_its_carrier reads for "placards, including one saying:" (the longest shape it
# matches, 38 characters). Prevents a carrier noun far back from being read (the pattern is
# anchored at the marks anyway; the cap bounds the search). Round 38, review27.
SLOGAN_CARRIER_LEFT_CHARS = 60
# words; the longest quotation a slogan's carrier reads out that extract/label_nouns.
# _slogan_after_its_carrier types a slogan, a term ("a poster trumpeting “the longest period of
# economic growth for 200 years”": nine words, typed speech by its length; round 41, lane
# termspeech25). Prevents a long passage after "signs reading" from losing a speaker it may have;
# the 26 carriers with a verb of proclaiming before marks in the AllSides and BBC corpora bear
# slogans of one to about a dozen words. Was term_max_words (6), which cut the sign rule short.
SLOGAN_MAX_WORDS = 15

# characters; how much of the text before the opening mark the short-cue term rules read
# (extract/term_rules: a verb of creating right before the marks, 'would create a “…”'; a
# language before "for", 'Latin for “…”'; "stands for" after an acronym). Both cues sit within a few words of the marks; the
# window keeps the same words earlier in a long sentence from reaching a later quotation.
# Written as bare 40s since rounds 15 and 24; named here in the nineteenth session, unchanged.
TERM_CUE_WINDOW_CHARS = 40
# characters; how much text before "(" or ", or" extract/term_rules._abbreviation_defined reads
# for the words an abbreviation stands for ('the Federal Election Commission (“FEC”)'): room for
# a spelled-out name of up to about fifteen words, so a long agency's name is still seen whole.
# A bare 120 since round 24 (real-news fresh4); named here in the nineteenth session, unchanged.
ABBREVIATION_WINDOW_CHARS = 120
# characters; how far before the marks "classed / designated / rated as" may stand for
# extract/term_rules._classed_as ('S&P has classed the state's bonds as “…”'): the object
# between the verb and "as" may be a phrase; further back the verb belongs to another clause.
# A bare 80 since round 24 (real-news fresh4); named here in the nineteenth session, unchanged.
CLASSED_AS_WINDOW_CHARS = 80
# characters; how far before the marks "marked / deemed / listed as / identify as" may stand
# for extract/category_rules._marked_category ('mark the ledgers as “…”', 'later deemed “…”'):
# the same reach as "classed as" above (a verb, an object of up to four words, "as"), the
# failure it prevents being a verb of another clause read as the category's. Round 38, lane
# terms21: set equal to CLASSED_AS_WINDOW_CHARS, not tuned (big + big2 check in the docs).
MARKED_AS_WINDOW_CHARS = 80
# characters; the text before the marks in which extract/term_rules._called_an_expression looks
# for a sentence-opening "Is" ('Is “…” a slur?'): the word stands right before the marks, so a
# few characters hold it and an "is" further back (another clause's verb) is never read.
# A bare 12 since round 32 (lane terms13); named here in the nineteenth session, unchanged.
IS_BEFORE_WINDOW_CHARS = 12
# characters; how far before the marks "the meaning / definition of" may stand for
# extract/term_rules._meaning_discussed ('its definition of “…”', 'what the law means by “…”'):
# a short noun phrase may sit between. A bare 60 since round 32 (lane terms13); named here in
# the nineteenth session, unchanged.
MEANING_OF_WINDOW_CHARS = 60
# characters of the sentence before the marks in which extract/term_rules._acronym_expanded
# looks for the acronym an expansion spells ('the group "YIMBY Action," which stands for “…”'):
# the acronym is the clause's subject, a few words back. A bare 80 since round 32 (lane
# terms13); named here in the nineteenth session, unchanged.
ACRONYM_CLAUSE_CHARS = 80
# words; the longest category extract/category_rules._marked_category types term after "marked /
# listed as", "identify as" or a subjectless "deemed" ("top secret", "very liberal"). Prevents a
# whole clause after "marked" ("marked “a new chapter in our city's long history”") from being
# read as a category's name. Round 38, lane terms21 (its sample's categories are 1-3 words); named
# here in the twentieth session, value unchanged.
MARKED_CATEGORY_MAX_WORDS = 4
# words; how far back from a naming participle extract/naming._names_the_thing_before looks for
# "of" to find the head of "a group of senators called …" (the head, not the last noun, says
# whether a person names). Prevents an "of" far back in the sentence from choosing the head.
# Round 38, lane called21; named here, value unchanged.
NAMING_HEAD_OF_REACH_WORDS = 4
# words; the longest subject extract/indefinite_namer.one_person_names reads as one described
# namer of a present naming verb ("one independent tax expert calls"). Prevents a whole clause
# before the verb ("a board that fired one clerk calls") from passing as one person. Round 83,
# lane kind102: on draw N the two subjects it reached were two words long.
ONE_PERSON_NAMER_MAX_WORDS = 4
# words; how far back a relative pronoun ("a mood that one aide called") still opens the clause
# whose own subject does the naming (extract/naming: the bare participle and the thing before it).
# Prevents a "that" or "which" earlier in a long sentence from turning a plain passive into a
# relative clause. Rounds 35 and 38 (titles17, called21) wrote it as a bare 6; named here, unchanged.
NAMING_RELATIVE_REACH_WORDS = 6
# words; how far back from the participle extract/naming._own_subject reads for the determiner
# of a relative clause's own subject ("a ruling a local parent called": noun and up to two words).
# Round 38, lane called21; named here, value unchanged.
NAMING_OWN_SUBJECT_REACH_WORDS = 4
# words; the longest phrase extract/phrase_modifier._phrase_modifier reads as a label between a
# determiner and the noun it modifies ('an “all roads lead home” mentality'). Longer words in
# that place are a clause someone said, cut into the sentence; six is term_max_words, the
# longest term the kind rules read elsewhere. Prevents a whole quoted sentence before a noun
# from losing its speaker. Round 44, lane termspeech27 (its corpus check: the labels found
# there run four to six words).
PHRASE_MODIFIER_MAX_WORDS = 6
# Zipf frequency (log10 of occurrences per billion words, wordfreq's English list via
# lexicon/word_frequency.py); a short fragment credited to nobody whose rarest word is below it
# is typed term by extract/rare_words.py. 3.0 is about once in a million words, the Zipf
# scale's own line between rare and common words, set before tuning. Prevents jargon and names
# of things ("whataboutism", "multicore", "a 'backhaul' link") being read as the writer's
# distance. Round 44, lane lexicon27, measured on the tuning splits (6 gold terms fixed, 2 gold
# scare quotes made term, 3 gold speech left wrong; below 2.5 it fixes 4) and on 109 judged
# corpus quotations (63 terms, 24 scare quotes, 22 other kinds).
RARE_WORD_ZIPF_BELOW = 3.0
# characters; the left context read for a search's "for"/"on" before the marks
# (extract/search_rules._search_query: "Google search results for “…”"). Prevents a "search"
# far back in the sentence from making later words in marks a query; "search results for" with
# spacing is under 25. Value as round 44 set it (lane titles27), named by review35.
SEARCH_CUE_LEFT_CHARS = 40


# characters; how much text on each side of a title-case repeat typed speech by its length
# extract/title_echo._repeat_at_length reads (then cuts at the clause) for a credit of its
# own: a reporting verb after the marks, or a verb and a comma or colon right before them.
# Prevents a repeat of a work's name from keeping speech because a window too short missed the
# verb that credits it ('“…,” the novelist who wrote it in 1990 said'); the clause cut, not the
# window, bounds what is read, so the window only needs to hold a long sentence. Written as a
# bare 400 ("a sentence's length and more") by round 65's lane titles68, not tuned; moved here
# unchanged in round 65's tidy68, so output is the same.
TITLE_ECHO_CLAUSE_CHARS = 400
# words; how many words before a bare verb extract/cues._full_name_before reads for a person's
# full name with no function word or determiner among them ("Hearing Ann Vale call the plan a
# “…”": the name is the infinitive's subject, not a group naming a term). Prevents a plural
# subject with a place after it ("Republicans on Capitol Hill call") from passing as one
# person's name: "on" stands within four words of the verb. Written as a bare [-4:] by round
# 65 (real-news fresh22), not tuned; moved here unchanged in round 65's tidy68.
FULL_NAME_BEFORE_VERB_WORDS = 4
