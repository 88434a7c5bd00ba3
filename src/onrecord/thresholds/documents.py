"""Thresholds of a document's issuer (attribute/document_parts.py; round 35, review of lane
issuer16). Apart from attribute.py, which is at the module size limit."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Documents:
    # sentences back in which the last sentence naming a document noun lends its subject to a
    # definite "the <noun>" (attribute/document_parts._last_issuer, round 35, review of lane
    # issuer16): "The Mueller report did not find …. [three sentences, one naming "the
    # investigation"] The report concluded" needed 4; on the 79 big articles holding a document
    # rule, the two names this memory made wrong were a "message" and an "article" named 56
    # and 20 sentences before. Too long, a stale noun lends a far subject its words.
    same_document_sentences: int = 5
    # sentences back in which a publisher ("X ran a story", "X reported", "prepared by X") lends
    # itself to a definite document no other rule found an issuer for (attribute/
    # document_publisher.py, round 52, lane docissuer52): "The X ran a story …. [two sentences]
    # the article noted" and "the memo continues" a sentence after "one memo in the file"
    # needed 3; the sample's nearest stale publisher was 6 back. Too long, a paper reported on
    # in passing lends a later unrelated report its name.
    publisher_sentences: int = 4
    # characters after "prepared/published … by" within which the agent's name must end (same
    # module): "published last month by the University of Chicago's Becker Friedman Institute
    # of Economics" needed 67; 60 lost it. Longer, a name in a later clause is read as the agent.
    publisher_by_chars: int = 90
    # sentences back in which "the <noun>" named again renews that reach (same module): "X ran a
    # story …. The article profiled a welder. [five sentences on other firms] “…,” the article
    # noted" needed 7. Longer, an article named once long ago lends its publisher to another.
    renamed_document_sentences: int = 8
    # words allowed before the agent's name, and between its names, after "prepared … by" (same
    # module): "by former Interpol detective X" needs 3; "released by the city's police
    # department Tuesday said X violated" has 6 before X, who is no agent (corpus check).
    publisher_by_gap_words: int = 4
    # characters after the publishing verb read for its object ("ran a lengthy story on", 40), and
    # before the publisher's name read for a preposition ("sent to Officer X"); the first
    # ``publisher_object_words`` words of that object name the text ("a lengthy front-page story":
    # 4), the last ``publisher_preposition_words`` words before the name hold the preposition
    # ("published in the journal X": 3). Inline in document_publisher.py until the review of
    # rounds 52-53 (review44) moved them here, unchanged: longer, a later clause's noun is read
    # as the verb's object; shorter, "ran a lengthy front-page story" names no text.
    publisher_object_chars: int = 40
    publisher_object_words: int = 4
    publisher_preposition_words: int = 3
    # characters before an outlet's name read for "according to (the)" when deciding that the
    # outlet only carries a sentence's report and so issues none of its documents (attribute/
    # carried_document.py, round 54, lane wrong54): the phrase with "the " is 17 characters;
    # 20 keeps a stray space or mark. Longer would reach an "according to" that credits
    # another name before this one.
    carrier_according_chars: int = 20
    # sentences back in which the issuer recorded for a document noun must be named for an
    # indefinite "a/an <noun>" to take it (attribute/document_parts._resolve_document, round 83,
    # lane wrong99): "A statement sent on behalf of X said" names X in its own sentence (0);
    # 1 keeps "X released a post. A post by its staff said". On draw N the wrong issuers were
    # named 5 to 90 sentences back (a mayor's post for a restaurant's post, a senator's
    # statement for a campaign's). Longer lends an old document's issuer to a new one.
    indefinite_issuer_sentences: int = 1


DOCUMENTS = Documents()
