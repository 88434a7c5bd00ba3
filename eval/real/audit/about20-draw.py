"""Draw lane about20's sample: named speech quotations where a wrong name is likely.

The pool: kind speech with a speaker, (id, s) in no earlier eval/real/audit/*-sample.tsv,
and at least one of
  W  a weak route: the evidence (aev) holds "pronoun '", "continues", "last speaker",
     "weak" or "inherited";
  N  two or more names in the quotation's sentence: distinct runs of two or more
     capitalised words (initials and "Mr."/"Dr." count) outside the quoted words;
  V  the speaker is not beside the nearest verb of saying: the sentence (outside the quoted
     words) holds a verb of VERBS, and no word of the shown canonical name stands within
     four words of the verb nearest the quotation.

usage: python about20-draw.py BIG2_DIR BIG2_JSONL AUDIT_DIR N SEED > drawn.jsonl
"""
import glob, json, random, re, sys

SENT_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z])|\n+")
WEAK = ("pronoun '", "continues", "last speaker", "weak", "inherited")
NAME = re.compile(r"\b(?:[A-Z][\w'’.-]*|[A-Z]\.)(?:\s+(?:[A-Z][\w'’-]*|[A-Z]\.))+")
VERBS = re.compile(r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|asks|"
                   r"declared|stated|tweeted|explained|argued|noted|insisted|claimed|"
                   r"warned|replied|according to)\b")


def sentence(text, s, e):
    starts = [0] + [m.end() for m in SENT_END.finditer(text) if m.end() <= s]
    begin = starts[-1]
    end = next((m.start() for m in SENT_END.finditer(text, e)), len(text))
    return begin, end


def outside(text, s, e, begin, end):
    return text[begin:max(begin, s - 1)] + " \u2016 " + text[min(e + 1, end):end]


def reasons(q, text):
    out = []
    if any(w in a for a in q["aev"] for w in WEAK):
        out.append("W")
    b, e = sentence(text, q["s"], q["e"])
    rest = outside(text, q["s"], q["e"], b, e)
    if len({m.group(0) for m in NAME.finditer(rest)}) >= 2:
        out.append("N")
    verbs = list(VERBS.finditer(rest))
    if verbs:
        mark = rest.index("\u2016")
        v = min(verbs, key=lambda m: abs(m.start() - mark))
        near = " ".join(rest[:v.start()].split()[-4:] + rest[v.end():].split()[:4])
        parts = [p for p in re.split(r"\s+", q["speaker"]) if len(p) > 2]
        if not any(p in near for p in parts):
            out.append("V")
    return out


def sampled_pairs(audit_dir):
    pairs = set()
    for path in glob.glob(audit_dir + "/*-sample.tsv"):
        for row in open(path, encoding="utf-8"):
            f = row.split("\t")
            for i in range(len(f) - 1):
                if f[i + 1].isdigit() and "-" in f[i]:
                    pairs.add((f[i], int(f[i + 1])))
                    break
    return pairs


def main(folder, path, audit, n, seed):
    done = sampled_pairs(audit)
    pool = []
    for line in open(path, encoding="utf-8"):
        q = json.loads(line)
        if q["kind"] != "speech" or not q["speaker"] or (q["id"], q["s"]) in done:
            continue
        text = open(f"{folder}/{q['id']}.txt", encoding="utf-8").read()
        r = reasons(q, text)
        if r:
            q["why"] = "".join(r)
            pool.append(q)
    print(len(pool), "in the pool", file=sys.stderr)
    for q in random.Random(seed).sample(pool, n):
        print(json.dumps(q, ensure_ascii=False))


if __name__ == "__main__":
    a = sys.argv[1:]
    main(a[0], a[1], a[2], int(a[3]), int(a[4]))
