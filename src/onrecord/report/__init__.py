"""Renderers of results: ``jsonl`` (the contract's machine-readable formats), ``text``
(terminal), ``html`` (self-contained page), ``md`` (Markdown) and ``note`` (editor's note).
Import the one you need; they do not import each other. `registry.RENDERERS` maps each check format to its renderer."""
