"""Thresholds of the page's layout as the attribute stage reads it: headline-shaped lines
inside an article (labels, subheadings, their echoes), the headlines of a flattened
related-story blurb and a line in capitals, and a BBC picture credit. Moved from
thresholds/attribute.py (values unchanged, round 44, lane tidy27) when that module reached its
500-line cap."""

from __future__ import annotations

from dataclasses import dataclass

@dataclass(frozen=True)
class Label:
    """Thresholds of headline-shaped lines inside an article (attribute/labels.py, round 14)."""

    # words; the longest line read as a headline-shaped line (a label "X to Y: “…”", a
    # subheading). Prevents a sentence of narration with a colon from being read as a label.
    # The lines read on the tuning sets had 3 to 12 ("( Also on POLITICO: Obama to James
    # Foley's killers: '…')": 12); a narration sentence with a colon and a quotation is longer.
    line_words: int = 14
    # characters; a paragraph longer than this is no headline-shaped line, whatever its words.
    # Prevents copying a long paragraph once per quotation (a 2 MB one-line document made the
    # per-quotation scans quadratic, issue 10); fourteen words of news text fit in under 150.
    line_chars: int = 300
    # words between a label's colon and the quotation ("Will: Nation “…”": one). Prevents a
    # clause after the colon from being read as the label's own words; a headline adds a word
    # or two of its own.
    words_after_colon: int = 3
    # words between a sentence-opening label's name and its colon: a topic ("X on the sale"),
    # a role ("X, a lawyer for the drivers"). Prevents a clause before the colon from being
    # read as a label (round 15, lane narration: the labels read in the unannotated corpus
    # had up to seven, "Charles X, lawyer defending Proposition 8": four).
    label_rest_words: int = 8
    # words in capitals (over three letters) that make a sentence-opening label a headline,
    # not a name. Prevents "DEMS STORM OUT OF SYRIA MEETING WITH TRUMP: '…'" (seven) from
    # naming the speaker; a video caption's "JUST WATCHED X:" (two) is a label (round 15,
    # unannotated corpus: two lost captions at 2).
    label_capital_words: int = 3
    # words a subheading must hold before its repeat is looked for below it. Prevents a
    # one-word scare quote ("‘McCarthyism’") from matching any later quotation using the word;
    # the subheadings read on the tuning sets had two to four ("‘DO WHAT’S RIGHT’").
    subheading_min_words: int = 2
    # paragraphs below a subheading searched for the words it repeats. Prevents a later
    # section's quotation from taking it; the repeats read came within two to five paragraphs.
    subheading_paragraphs: int = 6
    # times (word for word, any case, quoted or not) the words of an uncued headline or
    # subheading fragment may occur in the body for it to be read as the echo of the one
    # speaker quoted saying them (attribute/echoes.py). Prevents a discussed name from taking
    # a speaker: on 974 random corpus articles "Trump's ‘law and order’ message" (8 body
    # occurrences), "‘public option’" (9) and "crosses ‘red line’" (4) had; the echoes read
    # ("stoking ‘anger’", "found ‘better way’", "‘professional’ Cup win") had one or two.
    echo_body_repeats: int = 2
    # words an uncued scare or term subheading must hold before a named speaker's quotation
    # below is read as the one it repeats (attribute/echoes.py; the speech subheadings keep
    # subheading_min_words). One: on 974 random corpus articles "‘Neutral’", "‘Absurd’ process",
    # "‘Disconnect’" and "A Talented ‘Oppositional’ Orator" repeat one word the speaker says
    # below (as a whole word, within subheading_paragraphs); fails by a one-word scare quote
    # that a later speaker happens to use (round 32, lane notspeech13).
    echo_subheading_min_words: int = 1
    # paragraphs after a body's quoted words (its name as the speaker: "The White House called it
    # ‘…’") searched for a quotation repeating them by a person the article titles by that body
    # (attribute/body_voice.py). Prevents a later section's quotation from taking a body's word:
    # the repeats read on the tuning sets came in the same paragraph or one or two after (round
    # 69, lane bodyper77: fresh22 ×2, fresh14, fresh3).
    body_voice_paragraphs: int = 3
    # characters between a body's name and the speaker's name for the body to title the speaker
    # ("White House top economic adviser Alan Krueger": 28). Prevents a body named in another
    # clause of the credit sentence from making the speaker its voice.
    body_voice_title_chars: int = 50
    # characters before a quotation's opening mark searched for a chant word ("chanted: “",
    # "chants of “"; attribute/chants.py, round 69, lane unnamed77): the word, "of" and the
    # marks, nothing further back. Prevents a chant named earlier in the sentence ("after the
    # chanting died down, X said “…”") from taking a speaker's words. Was a bare 40 in the
    # rule (moved here in the thirty-third session's review, value unchanged). Not tuned.
    chant_look_back_chars: int = 40


LABEL = Label()


@dataclass(frozen=True)
class Blurb:
    """Thresholds of the headlines inside a flattened related-story blurb (attribute/
    blurb_headlines.py, round 19, lane headlines)."""

    # words between a headline's opening ("X jokes", "X:") and its quotation. Prevents a
    # quotation of a later headline with no speaker of its own from taking the name opening an
    # earlier one (the headlines are glued by a bare space). The tuning split's blurb
    # headlines had 0 to 9 ("Krystal Ball: Potential … would be ‘…’": 8; the second quotation
    # of "X jokes she ‘…’ had to tell Obama not to ‘…’": 8); a related-story headline rarely
    # runs past 15 words.
    words_to_quote: int = 10
    # capitalised words of a name the article may know ("Hillary Diane Rodham Clinton": 4).
    # Prevents the previous headline's last words from joining the name ("… impeach Trump
    # John Dean:").
    name_words: int = 4
    # characters before a blurb searched for the display name's surname (the longest surnames
    # read, with their particles, are under 30).
    surname_chars: int = 40
    # words of the topic or addressee in a headline "NAME on TOPIC: ‘…’", "NAME to NAME: ‘…’"
    # (round 78, lane null88). Prevents an "on"/"to" phrase running on into later headlines
    # from reaching a colon of theirs; draw C's such headlines had 1 to 4 ("Krystal Ball on
    # Yang's fundraising haul:": 3; "… on Trump after Dingell comments:": 4).
    topic_words: int = 6
    # words; the fewest of a paragraph in capitals read as a related-story line (attribute/
    # layout.capital_line, round 29, lane layout12). Prevents a short line in capitals ("BBC
    # NEWS", "UPDATE: 2PM") from being read as a headline; a link line names someone and says
    # what they did, four words at least ("FENN SAYS TAX IS ‘…’").
    capital_line_words: int = 4
    # letters; a one-word name in capitals the article never writes in mixed case no longer
    # than this keeps its capitals as an acronym ("RNC", "NATO"); a longer one is set in title
    # case ("GRAVES" -> "Graves"; capital_lines._unwritten_name).
    acronym_letters: int = 4


BLURB = Blurb()


@dataclass(frozen=True)
class LinkTitle:
    """Thresholds of a link line's or a video box's clip title (attribute/link_titles.py, round
    48, lane headline28)."""

    # characters before a quotation searched for its line's link label or the box's header.
    # Prevents a quotation deep in a long paragraph from reaching back to a label that opened
    # another line's worth of text; a related-story title runs under 150 characters, and the
    # box's second copy ("MUST WATCH <title>") starts right after the first.
    max_chars: int = 200
    # words between the title's start and its quotation. Prevents a quotation far into a long
    # title from taking the opening name of a clause it is not in; the tuning sets' clip titles
    # had 1 to 5 ("Donald Trump rails against judge's ‘…’": 5), the corpus link lines read up to
    # 9 ("AG Barr: Trump's tweets make it ‘…’": 6). As BLURB.words_to_quote.
    words_to_quote: int = 10
    # capitalised words of the title's opening name, titles included ("Sen. Ann Vale": 3).
    # Prevents a title-case headline's run ("Protesters Unload On X:") from reading as a name
    # whose last word the article knows. As BLURB.name_words.
    name_words: int = 4
    # letters; a word in capitals before the name read as a title ("AG", "GOP", "Rep"). Prevents
    # a longer capitalised word ("Protesters") from being dropped as one.
    abbreviation_letters: int = 4
    # Zipf frequency (lexicon/word_frequency.py); a one-word name written only in link lines and
    # video boxes at or above it is a common English word heading a clip ("Panel" 4.55, "Debate"
    # 4.64), not a person. Prevents "Panel: Obamacare roll out ‘…’" giving the words to "Panel".
    # Measured on the 19 one-word clip labels of big, big2 and the targeted folder: the common
    # nouns read 4.5-4.9; the box-only surnames 1.6-3.9 ("Pascrell" 1.63, "Boehner" 2.94,
    # "Biden" 3.86), though a common word that is also a surname ("Graham" 4.3, "Stone" 4.8)
    # is refused when only a box names it.
    common_word_zipf: float = 4.0


LINK_TITLE = LinkTitle()


# characters; the longest picture credit read between "Image copyright" and a caption label on
# a BBC page line ("Image copyright Getty Images Image caption …", attribute/layout
# ._CAPTION_FURNITURE_RE, round 26, lane audit10). Prevents a line that opens "Image copyright"
# and runs on as prose from being blanked up to a far "… caption" as furniture, and bounds the
# lazy scan. Measured on the AllSides corpus (tidy11, round 27): 1,342 such credits, the
# longest 47 characters ("Administration for Children and Families at HHS"); 150 leaves room.
CAPTION_CREDIT_MAX_CHARS = 150


# characters; how far before a paragraph's end a news agency's photo credit is looked for
# (attribute/photo_captions.py: "… April 11, 2019. REUTERS/Jane Doe/File Photo"). Prevents a
# credit named inside a long paragraph of prose ("pictures taken by REUTERS/X, which …") from
# making the paragraph a caption; a credit with "/File Photo" and a four-word name is under 60.
# Value as round 44's lane wrongname27 set it, named by review35 (not measured apart).
PHOTO_CREDIT_TAIL_CHARS = 80
# words; the most capitalised words of a photographer's name after the agency's slash ("Jane
# van Doe": three). Prevents a caption's next sentence in title case being read as the credit.
# Value as round 44 set it ({0,3} after the first word), named by review35.
PHOTO_CREDIT_NAME_WORDS = 4
# characters; how far before a credited photographer's name its marker ("(Photo:", "toggle
# caption", "previous next") or the credit printed just before it ("Jo Doe/NPR Jo Doe/NPR") is
# looked for (attribute/photo_credit_names.py, round 81, lane pron93). Prevents a marker far back
# in a caption's prose from making a name there a credit; the longest marker with a bracket and
# spaces, or a four-word name and its agency, fits. Value as the lane set it (not measured apart).
PHOTO_CREDIT_BEFORE_CHARS = 40
