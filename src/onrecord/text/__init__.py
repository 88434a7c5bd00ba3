"""Layer 0 text utilities every stage shares: folding with an offset map and whole-token
tokenisation (``fold``). Kept below archive/ and verify/ so that the archive's index and the
verify cascade fold text the same way without importing each other."""
