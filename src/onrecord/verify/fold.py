"""Folding moved to ``onrecord.text.fold`` (layer 0: the archive's index folds text too, and
importing it from verify made archive -> verify -> archive a cycle). Re-exported here so code
that imports ``onrecord.verify.fold`` keeps working."""

from ..text.fold import TOKEN_RE, Folded, Token, Tokens, find_phrase, fold, fold_text, tokenize, word_tokens

__all__ = ["TOKEN_RE", "Folded", "Token", "Tokens", "find_phrase", "fold", "fold_text", "tokenize", "word_tokens"]
