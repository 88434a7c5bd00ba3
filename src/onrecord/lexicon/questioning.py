"""Words of a question put to someone: the participles that open a question clause and the
words that open the question itself (attribute/question_clause.py)."""

# Participles that open a question clause put to the sentence's subject ("When asked whether
# …", "Pressed on …", "was quizzed about …"), and the words that open the question itself:
# marked words inside such a clause, before any comma, are the question's, not the answer of
# the one asked (attribute/question_clause.py; round 50, lane qa50: a moderator's question went
# to the candidate asked, a host's to the guest).
QUESTION_CLAUSE_PARTICIPLES = frozenset({"asked", "pressed", "questioned", "quizzed", "grilled"})
QUESTION_OPENERS = frozenset({"about", "on", "over", "whether", "if", "which", "what", "why", "how",
                              "who", "whom", "when", "where", "to"})

# What may stand between a passive "be" and the participle ("was also asked", "were then
# pressed"), beside the -ly adverbs and function_words.PARTICIPLE_ADVERBS. (The one linking
# word that may open the sentence before a fronted participle, "But asked whether …", is
# function_words.SENTENCE_CONJUNCTIONS or "so": review42 merged a copy kept here.)
QUESTION_CLAUSE_ADVERBS = frozenset({"then", "again", "not", "never"})
