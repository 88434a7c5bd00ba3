"""Round 54, lane npterm54: the scan behind attribute/relative_label.py.

Every speech quotation of one to three words in the given dumps with compound_label's string
shape (not all capitals, ending on a word, a lowercase word after the mark that it may modify),
whose paragraph's parse makes it a noun-compound label of the noun after the marks (the tests
of compound_label.is_label); for each, the first reporting verb above that noun and the
dependency path up to it (a "relcl" on the path: the label sits in a relative clause).
Usage: PYTHONPATH=src python npterm54-scan-labels.py big2=DUMP.jsonl:FOLDER ... OUT.json
"""
import json, re, sys
from onrecord.attribute.nlp import parse_one
from onrecord.extract.reading import _NOT_MODIFIED, _modifies_next
from onrecord.lexicon.reporting import said_words_noun, report_base
from onrecord.attribute.compound_label import _SPEAKERS_POS, _MODIFIER_DEPS, _NOUNS, _participle, _reaches
WORD = re.compile(r"[\w’'-]+")
MARKS = "\"”’'»"
# NAME=DUMP.jsonl:FOLDER ... OUT.json
pools = [(a.split('=')[0], *a.split('=')[1].split(':')) for a in sys.argv[1:-1]]
out = []
for name, path, folder in pools:
    texts = {}
    for line in open(path):
        d = json.loads(line)
        words = WORD.findall(d['text'])
        if d['kind'] != 'speech' or not 1 <= len(words) <= 3: continue
        if all(w[:1].isupper() for w in words) or not d['text'].rstrip()[-1:].isalnum(): continue
        t = texts.setdefault(d['id'], open(f"{folder}/{d['id']}.txt").read())
        right = t[d['e']:d['e']+40].lstrip(MARKS)
        nxt = WORD.match(right.lstrip(' ')) if right.startswith(' ') else None
        if nxt is None or not _modifies_next(right, nxt.group(0)): continue
        low = nxt.group(0).lower()
        if low in _NOT_MODIFIED or low.endswith(('ly','able','ible')): continue
        ps = t.rfind('\n', 0, d['s']) + 1
        pe = t.find('\n', d['e']); pe = len(t) if pe < 0 else pe
        doc = parse_one(t[ps:pe])
        qs, qe = d['s'] - ps, d['e'] - ps
        qt = [x for x in doc if qs <= x.idx < qe and not x.is_punct]
        if not qt: continue
        ok = not any(x.pos_ in _SPEAKERS_POS and not _participle(x) for x in qt)
        ids = {x.i for x in qt}
        heads = [x for x in qt if x.head.i not in ids or x.head.i == x.i]
        after = next((x for x in doc if x.idx >= qe and not x.is_punct), None)
        after = after if after is not None and after.pos_ in _NOUNS else None
        lab = ok and after is not None and qt[-1].pos_ in _NOUNS and not said_words_noun(after.lower_) \
            and any(h.pos_ in _NOUNS for h in heads) and all(h.dep_ in _MODIFIER_DEPS | {'poss'} and _reaches(h, after) for h in heads)
        if not lab: continue
        # ancestors of the noun after: deps and reporting verbs
        chain = []; x = after; rep = None
        while x.head.i != x.i:
            chain.append(x.dep_); x = x.head
            if x.pos_ in ('VERB','AUX') and report_base(x.text) and rep is None:
                rep = (x.text, len(chain), '/'.join(chain))
        if rep is None and x.pos_ in ('VERB',) and report_base(x.text): rep = (x.text, len(chain), '/'.join(chain))
        sent = after.sent
        anyrep = [y.text for y in sent if y.pos_ in ('VERB','AUX') and report_base(y.text) and y.i not in ids]
        out.append(dict(set=name, id=d['id'], s=d['s'], text=d['text'], speaker=d['speaker'], cue=d['cue'], kev=d['kev'],
                        after=after.text, rep=rep, anyrep=anyrep,
                        ctx=(t[max(0,d['s']-150):d['s']]+'[['+d['text']+']]'+t[d['e']:d['e']+60]).replace('\n',' / ')))
json.dump(out, open(sys.argv[-1], 'w'), indent=0)
print(len(out))
