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
