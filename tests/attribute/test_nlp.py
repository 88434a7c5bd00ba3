"""The loaded spaCy pipeline multiplies its matrices with numpy's BLAS on one thread
(attribute/nlp.py): the same parses as thinc's default BLIS kernels, the same parse for a
sentence whatever else shares its batch (vectors within 1e-4), and the caller's BLAS thread count back afterwards."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("spacy")
threadpoolctl = pytest.importorskip("threadpoolctl")

from onrecord.attribute.nlp import MODEL, get_nlp, parse_iter, parse_one  # noqa: E402

SENTENCES = [
    "The ferry captain said the harbour was not ready, but the board disagreed.",
    "“We will sail at noon whatever the weather does,” Mara Ellison told the crew on Monday.",
    "Her deputy, Tobias Lund, who has run the yard since 2019, said he was less sure.",
    "It was, according to a spokesman for the port authority, “a long and difficult night”.",
    "They accused him of “playing games” with the timetable in an address to the council.",
    "Asked whether the pier would open, the mayor said: “Not this year.”",
]


def _layers(nlp):
    return [node for _, pipe in nlp.components if hasattr(getattr(pipe, "model", None), "walk")
            for node in pipe.model.walk()]


def _parse(docs):
    return [[(t.text, t.tag_, t.pos_, t.dep_, t.head.i) for t in d] for d in docs]


def test_every_layer_multiplies_with_numpy():
    layers = _layers(get_nlp())
    assert layers and all(getattr(node.ops, "use_blis", None) is False for node in layers)


def test_the_same_parses_as_the_blis_kernels():
    import spacy

    blis = spacy.load(MODEL, disable=["lemmatizer", "ner"])
    assert all(getattr(node.ops, "use_blis", True) for node in _layers(blis))
    assert _parse(parse_iter(SENTENCES)) == _parse(blis.pipe(SENTENCES))


def test_a_sentence_gets_the_same_parse_alone_or_in_a_batch():
    # Bit-identical vectors held on the machine this was written on; on an AMD EPYC (eighteenth
    # session) numpy's OpenBLAS picks a kernel whose summation order follows the batch's shape,
    # and the vectors differ by ~2e-6. Nothing downstream reads the vectors, only the parse, so
    # the parse must be identical and the vectors equal to well under what could flip a tag.
    together = list(parse_iter(SENTENCES, batch_size=len(SENTENCES)))
    for text, doc in zip(SENTENCES, together):
        alone = parse_one(text)
        assert _parse([alone]) == _parse([doc])
        assert np.allclose(alone.tensor, doc.tensor, rtol=0, atol=1e-4)


def _blas_threads() -> list[int]:
    """numpy's BLAS (the one thinc's layers now call); other suites may load more BLAS
    libraries later (torch's), which the parse does not use."""
    return [lib["num_threads"] for lib in threadpoolctl.threadpool_info()
            if lib["user_api"] == "blas" and "numpy" in lib["filepath"]]


def test_one_blas_thread_while_parsing_and_the_callers_count_after():
    before = _blas_threads()
    if not before:
        pytest.skip("numpy's BLAS is not a library threadpoolctl finds under numpy's folder")
    seen = []
    for _ in parse_iter(SENTENCES[:2], batch_size=1):
        seen.append(_blas_threads())
    assert seen and all(set(n) == {1} for n in seen)
    assert _blas_threads() == before
