"""General antonym pairs: words whose swap turns a quotation into its opposite (issue 10).

A near miss that keeps every word of a source sentence but one, and swaps that one for its
opposite ("the bridge is safe" quoted as "the bridge is dangerous", "grow faster" as "grow
slower", "proud of" as "ashamed of"), is the most convincing made-up quotation there is, and
embedding similarity cannot see it: the two sentences are neighbours. The guard
(verify/guard.py) compares the quote's words with the source's through these pairs.

The list is by class, not by the cases seen: evaluative and physical adjectives, feelings,
quantities and speeds, and verbs of change; each adjective pair also yields its comparative and
superlative ("faster"/"slower", "safest"/"most dangerous" reaches "safe"/"dangerous" by the
base word). Negating prefixes (un-, in-, dis- ...) are derived in the guard, not listed here.
Pairs are chosen so that neither word is a common paraphrase of the other: "big"/"small" yes,
"big"/"large" never (that would be a synonym, and drift)."""

from __future__ import annotations

from types import MappingProxyType

# Gradable adjectives (the comparative and superlative are derived below).
ADJECTIVES: tuple[tuple[str, str], ...] = (
    ("safe", "dangerous"), ("safe", "risky"), ("fast", "slow"), ("quick", "slow"), ("early", "late"),
    ("proud", "ashamed"), ("happy", "sad"), ("happy", "unhappy"), ("glad", "sorry"),
    ("good", "bad"), ("good", "poor"), ("strong", "weak"), ("rich", "poor"), ("cheap", "expensive"),
    ("cheap", "dear"), ("big", "small"), ("large", "small"), ("long", "short"), ("tall", "short"),
    ("high", "low"), ("hot", "cold"), ("warm", "cold"), ("wide", "narrow"), ("thick", "thin"),
    ("deep", "shallow"), ("old", "new"), ("old", "young"), ("easy", "hard"),
    ("easy", "difficult"), ("simple", "complex"), ("clean", "dirty"), ("full", "empty"),
    ("busy", "quiet"), ("loud", "quiet"), ("near", "far"), ("wet", "dry"),
    ("healthy", "sick"), ("healthy", "unhealthy"), ("strict", "lenient"), ("generous", "stingy"),
    ("kind", "cruel"), ("brave", "cowardly"), ("wise", "foolish"), ("clever", "stupid"),
    ("calm", "angry"), ("calm", "nervous"), ("confident", "worried"), ("hopeful", "hopeless"),
    ("optimistic", "pessimistic"), ("positive", "negative"), ("true", "false"), ("right", "wrong"),
    ("correct", "wrong"), ("honest", "dishonest"), ("fair", "unfair"), ("fair", "biased"),
    ("friendly", "hostile"), ("peaceful", "violent"), ("public", "private"), ("open", "closed"),
    ("alive", "dead"), ("visible", "hidden"), ("modern", "outdated"),
    ("successful", "unsuccessful"), ("useful", "useless"), ("harmless", "harmful"),
    ("beautiful", "ugly"), ("pleased", "disappointed"), ("satisfied", "dissatisfied"),
    ("excited", "bored"), ("interesting", "boring"), ("important", "trivial"), ("common", "rare"),
    ("frequent", "rare"), ("cheerful", "gloomy"), ("lonely", "sociable"),
    ("bright", "dark"), ("soft", "hard"), ("loose", "tight"), ("smooth", "rough"), ("sharp", "blunt"),
    ("legal", "illegal"), ("guilty", "innocent"), ("major", "minor"),
    ("urgent", "unimportant"), ("stable", "unstable"), ("secure", "insecure"), ("sufficient", "insufficient"),
    ("adequate", "inadequate"), ("effective", "ineffective"), ("efficient", "inefficient"),
    ("better", "worse"), ("best", "worst"), ("more", "less"), ("most", "least"),
)

# Verbs, nouns and other words of direction or stance (given in the forms seen in sentences;
# the guard's stemmer reaches the inflections).
OTHERS: tuple[tuple[str, str], ...] = (
    ("love", "hate"), ("like", "dislike"), ("praise", "criticise"), ("praise", "criticize"),
    ("praise", "condemn"), ("welcome", "condemn"), ("trust", "distrust"), ("agree", "disagree"),
    ("approve", "disapprove"), ("admit", "deny"), ("confirm", "deny"), ("remember", "forget"),
    ("succeed", "fail"), ("pass", "fail"), ("build", "demolish"), ("create", "destroy"),
    ("protect", "endanger"), ("help", "harm"), ("help", "hurt"), ("save", "waste"),
    ("buy", "sell"), ("bought", "sold"), ("lend", "borrow"), ("arrive", "leave"),
    ("enter", "exit"), ("join", "leave"), ("appear", "disappear"), ("attack", "defend"),
    ("punish", "reward"), ("strengthen", "weaken"), ("tighten", "loosen"), ("speed", "slow"),
    ("accelerate", "slow"), ("widen", "narrow"), ("lengthen", "shorten"), ("grow", "shrink"),
    ("remove", "add"), ("keep", "scrap"), ("keep", "abolish"), ("create", "abolish"),
    ("lift", "impose"), ("ease", "tighten"), ("victory", "defeat"), ("profit", "loss"),
    ("surplus", "deficit"), ("strength", "weakness"), ("friend", "enemy"), ("ally", "enemy"),
    ("ally", "rival"), ("majority", "minority"), ("maximum", "minimum"), ("benefit", "harm"),
    ("advantage", "disadvantage"), ("hope", "fear"), ("peace", "war"), ("everyone", "nobody"),
    ("everything", "nothing"), ("all", "none"), ("many", "few"), ("much", "little"),
    ("inside", "outside"), ("forward", "backward"), ("ahead", "behind"), ("import", "export"),
    ("employed", "unemployed"), ("arrest", "release"), ("acquit", "convict"), ("hire", "fire"),
    ("hire", "dismiss"), ("promote", "demote"), ("raise", "cut"), ("boost", "cut"), ("boost", "reduce"),
    ("increase", "reduce"), ("increase", "lower"), ("rise", "drop"), ("grow", "fall"), ("gain", "lose"),
    ("wins", "losses"), ("always", "rarely"), ("sometimes", "never"), ("often", "seldom"),
    ("cheaper", "dearer"), ("cheapest", "dearest"),
)

# Direction words: a claim that swaps one for its opposite is a different claim ("waiting lists
# rose" vs "fell", "support" vs "oppose", "cut" vs "double"). The guard's first list (verify/
# guard.py kept it apart until round 57's read-through; the pairs both lists held are in one).
DIRECTIONS: tuple[tuple[str, str], ...] = (
    ("rise", "fall"), ("rose", "fell"), ("increase", "decrease"), ("increase", "cut"), ("improve", "decline"),
    ("improve", "worsen"), ("accept", "reject"), ("support", "oppose"), ("support", "against"),
    ("for", "against"), ("more", "fewer"), ("higher", "lower"), ("up", "down"), ("open", "close"),
    ("often", "rarely"), ("always", "never"), ("well", "poorly"), ("win", "lose"), ("won", "lost"),
    ("gain", "loss"), ("above", "below"), ("before", "after"), ("primary", "secondary"), ("first", "last"),
    ("allow", "ban"), ("start", "stop"), ("expand", "shrink"), ("expand", "cut"), ("raise", "lower"),
    ("safe", "unsafe"), ("success", "failure"), ("approve", "reject"), ("cut", "double"), ("cut", "raise"),
    ("cut", "triple"), ("include", "exclude"), ("enough", "insufficient"), ("acceptable", "unacceptable"),
)

# Irregular comparatives and superlatives.
_IRREGULAR = MappingProxyType({"good": ("better", "best"), "bad": ("worse", "worst"), "far": ("farther", "farthest"),
                                "little": ("less", "least"), "many": ("more", "most"), "much": ("more", "most")})
_VOWELS = "aeiou"


def graded(adj: str) -> tuple[str, ...]:
    """The adjective with its comparative and superlative, when it makes them with -er/-est
    ("fast", "faster", "fastest"; "safe", "safer", "safest"; "big", "bigger"; "early",
    "earlier"); adjectives of three syllables and more compare with "more"/"most", which
    keeps the base word in the sentence, so the base alone is enough."""
    if adj in _IRREGULAR:
        return (adj, *_IRREGULAR[adj])
    if len(adj) > 7 or adj.endswith(("ful", "ous", "ive", "ing", "ed", "ic", "al", "ent", "ant", "ble")):
        return (adj,)
    if adj.endswith("e"):
        return adj, adj + "r", adj + "st"
    if adj.endswith("y") and len(adj) > 3 and adj[-2] not in _VOWELS:
        return adj, adj[:-1] + "ier", adj[:-1] + "iest"
    if len(adj) >= 3 and adj[-1] not in _VOWELS + "wxy" and adj[-2] in _VOWELS and adj[-3] not in _VOWELS:
        return adj, adj + adj[-1] + "er", adj + adj[-1] + "est"  # "big" -> "bigger", "hot" -> "hotter"
    return adj, adj + "er", adj + "est"


def antonym_pairs() -> list[tuple[str, str]]:
    """Every pair, with the graded forms of the adjectives paired degree by degree
    ("faster"/"slower", "safest"/"riskiest")."""
    out: list[tuple[str, str]] = [*DIRECTIONS, *OTHERS]
    for a, b in ADJECTIVES:
        ga, gb = graded(a), graded(b)
        if len(ga) == len(gb):
            out.extend(zip(ga, gb))
        else:
            out.append((a, b))
            # one compares with -er, the other with "more": pair each form with the base
            # ("safer" with "dangerous", as "more dangerous" holds it)
            out.extend((x, b) for x in ga[1:])
            out.extend((a, y) for y in gb[1:])
    return out
