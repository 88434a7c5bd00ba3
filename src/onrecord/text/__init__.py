"""Layer 0 text utilities every stage shares: the one sentence and paragraph segmenter
(``segment``) and folding with an offset map and whole-token tokenisation (``fold``). Kept below
the stages, archive/ and verify/ so that they all cut and fold text the same way without
importing each other."""
