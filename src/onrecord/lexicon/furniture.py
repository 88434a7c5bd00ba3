"""Page furniture: the first word of a line a web page prints between two paragraphs of one
story ("Advertisement", "( PHOTOS: …)", "SEE RELATED:", "Story Continued Below", "CLICK HERE TO
GET THE … APP"). Such a line is no subheading: the words below it go on in the voice above it
(attribute/breaks.py; in 1,700 corpus articles the last speaker continued rightly across
"Advertisement", "ADVERTISEMENT" and "( PHOTOS: …)" lines, and on the tuning split across
"SEE RELATED:")."""

from __future__ import annotations

FURNITURE_FIRST_WORDS = frozenset({
    "advertisement", "advertising", "sponsored", "photos", "photo", "video", "watch", "listen",
    "see", "related", "story", "click", "subscribe",
})

# The label of a related-story link line before the linked headline ("( Also on POLITICO: …)",
# "SEE ALSO: …", "More: …", "NOW WATCH: …", "Recommended: …"), lower case, each after an
# optional opener ("now", "also"); "also on" takes the site's name after it. One list for the
# three readers that kept their own patterns until round 24 (extract/speech_rules: a speaker
# label after it still opens the headline; extract/work_rules: a quotation filling the line is
# a headline; attribute/resolve: the line's names are no antecedents). Longer labels first.
# "Full Coverage: <topic>" (round 33, lane form14): the topic "Virus Outbreak" took a "she said".
LINK_LABELS = ("also on", "see also", "read more", "full coverage", "recommended", "related", "listen",
               "watch", "more", "read", "see")
LINK_LABEL_OPENERS = ("now", "also")
# Labels of a gallery or a clip ("Photos: <gallery title> <caption> Hide Caption 3 of 10"): a
# link label only for extract/speech_rules, whose speaker label must follow. In attribute/resolve
# a CNN gallery is one paragraph opened by "Photos:" whose captions are the story's narrative
# (taking them as a link line moved 40 speakers in 300 corpus articles, round 24).
MEDIA_LABELS = ("photos", "photo", "video")


def link_label_pattern(sites: bool = True, media: bool = True) -> str:
    """A regular expression (no anchors, no flags: readers add their own) for one link label
    with its optional opener; a space of the list matches any white space, and "also on" runs
    on to the site's name (at most 30 characters, no colon). ``sites=False`` leaves "also on"
    out: a reader with no second colon to wait for would take "Also on Tuesday, she said:" for
    a link; ``media=False`` leaves MEDIA_LABELS out."""
    words = [w for w in LINK_LABELS if sites or w != "also on"] + list(MEDIA_LABELS if media else ())
    labels = "|".join(r"also\s+on\b[^:\n]{0,30}" if w == "also on" else w.replace(" ", r"\s+") for w in words)
    return rf"(?:(?:{'|'.join(LINK_LABEL_OPENERS)})\s+)?(?:{labels})"


# A CNN video box's headers before a clip title and the words closing its first copy (below):
# read as patterns by attribute/link_titles.py and title_line_openers.py
VIDEO_BOX_HEADERS = ("JUST WATCHED", "MUST WATCH")
VIDEO_BOX_CLOSER = "Replay More Videos"

# Page furniture that looks like a name (issue #11, round 20): a CNN video box ("JUST WATCHED
# <clip title> Replay More Videos ... MUST WATCH <clip title> 02:16", in 1,516 corpus articles)
# and a social line ("Follow @handle", in 313). "Replay More Videos" after a clip title read as
# a bare credit line (the speaker "Videos"), "Follow" as a name a later "he" resolved to. Token
# sequences, lower case; "@" is the handle's own token.
NAME_FURNITURE = (
    ("replay", "more", "videos"), ("just", "watched"), ("must", "watch"), ("follow", "@"),
    # a newsletter box, a share bar and a gallery caption (twelfth session: 224, 233 and 433
    # corpus articles; "Up Continue", "Facebook Twitter Pinterest" and "Hide Caption" spoke)
    ("newsletter", "sign", "up"), ("sign", "up"), ("continue", "reading"),
    ("facebook", "twitter", "pinterest"), ("hide", "caption"),
    # a BBC tweet embed's furniture (64 in the corpora; "Skip Twitter" continued into a
    # caption after the caption rules: fourteenth session, lane audit10's corpus check)
    ("skip", "twitter", "post"),
    # a newsletter box's "… you agree to our Privacy Policy", "Email Sign Up", a jump line "Story
    # Continued Below" and a link line "Related Coverage <headline>" / "Full Coverage: <topic>"
    # (round 33, lane form14: in 1,506, 315, 2,297, 62 and 93 corpus articles; a later "he said"
    # resolved to "Privacy Policy", "Continued Below" and "Full Coverage", and "Related Coverage
    # China warns …" made China's words "Coverage China"'s)
    ("privacy", "policy"), ("email", "sign", "up"), ("story", "continued", "below"),
    ("related", "coverage"), ("full", "coverage"),
)
# Furniture only in capitals: a USA Today video box's "CLOSE" opening the caption line ("CLOSE
# <Name> is the first …", in 351 corpus articles) glued itself to the name ("CLOSE Barack
# Obama"); "Close" in lower case is a surname ("Glenn Close").
CAPITALS_FURNITURE = frozenset({"CLOSE"})
# the words that open a NAME_FURNITURE phrase (every capitalised token of an article is asked)
_FURNITURE_FIRST = frozenset(phrase[0] for phrase in NAME_FURNITURE)
# Labels of a photo credit: the name after them took the photographer's credit for a person
# of the story ("Photograph: Lee X/AP", then "he said").
CREDIT_LABELS = (("photograph", ":"), ("photo", ":"), ("photos", ":"), ("credit", ":"))


def furniture_length(words: list[str]) -> int:
    """How many of ``words`` a NAME_FURNITURE phrase at their start covers (the first word
    capitalised, as a name's would be); 0 if none."""
    if words and words[0] in CAPITALS_FURNITURE:
        return 1
    if not words or not words[0][:1].isupper() or words[0].lower() not in _FURNITURE_FIRST:
        return 0  # most capitalised words open no phrase: asked first (round 28, lane speed12)
    lowered = tuple(w.lower() for w in words)
    for phrase in NAME_FURNITURE:
        if lowered[: len(phrase)] == phrase:
            return len(phrase)
    return 0


def credit_label(words: list[str]) -> bool:
    """Whether ``words`` open with a photo-credit label ("Photograph:", "Photo:")."""
    lowered = tuple(w.lower() for w in words[:2])
    return bool(words) and words[0][:1].isupper() and lowered in CREDIT_LABELS


# Words of photo credits and captions glued before a name ("Melanie X/Staff Bobi Wine", "Pope
# Emeritus Benedict XVI"): never a given name opening a three-word name (attribute/name_forms
# given_like; corpus read, twelfth session).
# a video player's button left before the caption's first word ("Embed Joe X slammed …"):
# glued to a person's name, it is no part of it (attribute/opener_names.py, round 78)
OPENER_FURNITURE = frozenset({"embed"})
CREDIT_WORDS = frozenset("""staff photo photos file getty images courtesy pool handout credit
emeritus""".split())

# The words before "caption" in a BBC caption's furniture ("Media playback is unsupported on your
# device Media caption …", "Image copyright Reuters Image caption …", "Video caption …"): the
# caption's own words start after it (attribute/layout.py splits the sentence there;
# attribute/labels.py reads a speaker label right after it).
CAPTION_MEDIA = ("media", "image", "video")

# One-word labels a headline in capitals opens with before a colon ("EXCLUSIVE: X SAYS …",
# "SOURCE: “…” BY …"), lower case; with LINK_LABELS and MEDIA_LABELS, none names a speaker
# (attribute/capital_lines, round 29: "Watch" and "Source" became speakers).
HEADLINE_LABELS = frozenset({"exclusive", "breaking", "update", "updated", "flashback", "source", "opinion",
                             "analysis", "report", "poll", "editorial", "commentary", "new", "live"})

# First words of a news site's newsletter names, which open a headline of its flattened
# related-story blurbs before a colon ("Overnight Energy: Senate eyes …", "Hillicon Valley:
# …"): a newsletter, no one's name (attribute/blurb_headlines.py; round 77, lane kind77: 14
# quotations of 8,000 unseen AllSides articles credited to "Overnight Energy" and the like).
NEWSLETTER_FIRST_WORDS = frozenset({"overnight", "hillicon"})

# What a page prints right before a photographer's name credited after the picture, US style
# ("(Photo: Jo Doe/AP)", "Photograph: Jo Doe/EPA", "| Jo Doe/AP Photo", "[ Jo Doe/Reuters]",
# "Previous Next Jo Doe/Getty Images" in a slideshow, "toggle caption Jo Doe/NPR"), lower case.
# attribute/photo_credit_names.py sets the name aside as a he/she antecedent; CAPTION_CREDIT_MARKERS
# also make their paragraph a caption the he/she search skips (NPR's "toggle caption" line holds
# nothing but the credit; a slideshow's "Previous Next" paragraph holds the story's sentences)
# (attribute/photo_captions.py). An unmarked "… in Washington. Jo Doe/Getty Images" is neither:
# on tuning set fresh24 and draw I (round 81, lane pron93) setting such credits aside moved a
# chairman's and a candidate's pronouns to the person the caption pictured.
CAPTION_CREDIT_MARKERS = ("(photo:", "photo:", "photograph:", "|", "toggle caption")
PHOTO_CREDIT_MARKERS = CAPTION_CREDIT_MARKERS + ("[", "previous next")
