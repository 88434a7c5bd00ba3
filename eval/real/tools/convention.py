"""Apply the contract's partial-quote convention to the real verification gold (issue 12).

    python eval/real/tools/convention.py SOURCES_DIR [--out eval/real/verification/judgements/convention.jsonl]

Why: the shared contract defines `verbatim` as "the same words as the source" and lists "a
dropped trailing clause" among a variation's editorial changes; the dev set written by the
maintainers applies it so that words left off the *start* of a source sentence do not make a
variation (its verbatim claims c024, c046, c090, c106, c109, c121, c122, c152 all begin after
"But", "I'm saying that", "recognises that" ...). The real set's judges read the trailing-clause
rule as symmetric and called such quotations variation. The two conventions cannot both hold,
and the contract is the public API, so the real gold follows it.

The rule is applied mechanically, not claim by claim: a gold `variation` claim becomes
`verbatim` when (1) its quotation, normalised as the contract's verbatim allows (case,
typographic quote, apostrophe and dash styles, whitespace), with its final punctuation set
aside (the real judges already treat a changed final mark as the article's attribution
punctuation, e.g. r253, r283, r285), occurs in its gold source document; (2) the occurrence
does not begin at the start of a sentence (words were left off the start); and (3) it runs to
the end of the source's sentence (the next character is sentence-final punctuation), so no
trailing clause was dropped. Everything else stays as the judges decided. The decisions are
written as adjudications (one per claim, with the reason) for build_claims.py --adjudicated."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
VER = HERE.parent / "verification"
_STYLE = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
_FINAL = ".,;:!?"
_SENTENCE_END = ".!?"


def norm(text: str) -> str:
    text = text.translate(_STYLE).lower()
    text = re.sub(r"-{2,}", "-", text)
    text = re.sub(r"\s*-\s*", " - ", text)
    return re.sub(r"\s+", " ", text).strip()


def leading_words_only(quote: str, source: str) -> bool:
    """True when the quote is the tail of one source sentence, with only its start left off."""
    q = norm(quote).rstrip(_FINAL + " ")
    s = norm(source)
    for m in re.finditer(re.escape(q), s):
        before = s[:m.start()].rstrip()
        after = s[m.end():].lstrip(" ,")
        starts_sentence = not before or before[-1] in _SENTENCE_END + "\":"
        if not starts_sentence and m.start() > 0 and s[m.start() - 1] == " " and after[:1] in tuple(_SENTENCE_END):
            return True
    return False


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sources", type=Path)
    ap.add_argument("--out", type=Path, default=VER / "judgements" / "convention.jsonl")
    a = ap.parse_args()
    out = []
    # idempotent: a claim this rule already made verbatim (the gold is rebuilt with its output)
    # is judged again as the variation the judges gave it
    done = {json.loads(x)["id"] for x in a.out.read_text(encoding="utf-8").splitlines()} if a.out.exists() else set()
    for split in ("tune", "test"):
        for line in (VER / f"claims-{split}.jsonl").read_text(encoding="utf-8").splitlines():
            c = json.loads(line)
            if not (c["verdict"] == "variation" or c["id"] in done) or not c.get("source"):
                continue
            if leading_words_only(c["quote"], (a.sources / c["source"]).read_text(encoding="utf-8")):
                out.append({"id": c["id"], "drop": False, "claimed_speaker": c["speaker"], "verdict": "verbatim",
                            "source": c["source"].removesuffix(".txt"), "source_span": c["source_span"],
                            "note": c.get("note"),
                            "reason": "contract convention (tools/convention.py): only words before the quotation "
                                      "in its source sentence are left off, and it runs to the sentence's end; "
                                      "the contract's verbatim (the same words) and the dev set's partial quotes, "
                                      "not the judges' variation"})
    a.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(f"{len(out)} claims: {', '.join(r['id'] for r in out)}")


if __name__ == "__main__":
    main()
