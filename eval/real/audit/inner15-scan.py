import json, sys, re
from onrecord.attribute.nlp import parse_one
from onrecord.lexicon.reporting import report_base
rows=[json.loads(l) for l in open('LEAD/big-m36.jsonl')]
cands=[r for r in rows if r['kind']=='speech' and r['speaker']]
print(len(cands), file=sys.stderr)
texts={}
out=open(sys.argv[1],'w')
def name_span(t):
    toks=[c for c in t.subtree if c.dep_ in ('compound','flat') or c.i==t.i]
    toks=[c for c in t.lefts if c.dep_=='compound']+[t]
    return ' '.join(x.text for x in toks)
for k,r in enumerate(cands):
    tid=r['id']
    if tid not in texts: texts[tid]=open(f'LEAD/big/{tid}.txt').read()
    text=texts[tid]; s=r['s']
    a=text.rfind('\n',0,s)+1; b=text.find('\n',s); b=len(text) if b<0 else b
    if b-a>1500: continue
    doc=parse_one(text[a:b])
    qs,qe=s-a,r['e']-a
    q=[t for t in doc if qs<=t.idx<qe]
    if not q: continue
    qi={t.i for t in q}
    # governing token outside quote
    h=q[0]
    for _ in range(30):
        if h.i not in qi: break
        if h.head.i==h.i: h=None; break
        h=h.head
    if h is None: continue
    inner=h; path=[]
    cur=h; hit=None
    for _ in range(12):
        if cur.head.i==cur.i: break
        path.append(cur.dep_)
        nxt=cur.head
        if cur.dep_=='ccomp' and report_base(nxt.lower_) and not report_base(inner.lower_) :
            subs=[c for c in nxt.children if c.dep_=='nsubj' and c.pos_=='PROPN']
            if subs:
                hit=(nxt,subs[0]); break
        cur=nxt
    if not hit: continue
    v,sub=hit
    sp=r['speaker'].split()[-1].lower()
    sn=name_span(sub)
    if sp in sn.lower(): continue
    isub=[c for c in inner.children if c.dep_ in('nsubj','nsubjpass')]
    out.write(json.dumps(dict(id=r['id'],s=r['s'],e=r['e'],text=r['text'][:80],speaker=r['speaker'],outer=sn,outer_verb=v.text,inner=inner.text,inner_subj=isub[0].text if isub else None,aev=r['aev'],sent=doc.text[max(0,qs-250):qe+60]))+'\n')
    out.flush()
