"""ftfy's mojibake test runs only on short windows around non-ASCII characters (issue 10: on a
20 MB paragraph its whole-text test was about 6 s of `onrecord extract`). The repair must be
exactly what ftfy alone gives: random texts mixing plain words, curly quotes, accented
letters and real mojibake are repaired both ways and compared, and a text whose only
non-ASCII characters are curly quotes and dashes never reaches ftfy at all. Invented text."""

from __future__ import annotations

import random

import pytest

from onrecord.read import encoding
from onrecord.read.encoding import Decoded, repair_mojibake

# pieces a newsroom text is made of, mojibake among them ("MÃ©lanie", "donâ€™t", "Ã  ")
PIECES = ["the ferry", " ", "\n", ".", ",", "“", "”", "’", "‘", "—", "–", "é", "Müller", "café",
          "MÃ©lanie", "donâ€™t", "Ã ", "Â ", "â€œ", "â€\x9d", "\x85", "Ã©", "Ð¿Ñ€Ð¸", "ГўВЂВ", "Œ",
          "°", "×", "²", "€", "£", "©", "™", "¬", "ø", "Ø", "Ù", "a", "Z", "1", "Ã\xa0", "æ", "ß"]


def _reference(text: str) -> str:
    """What repair_mojibake gave before the windows: ftfy over every part."""
    from ftfy import fix_text

    parts = encoding._OWN_C1.split(text)
    return "".join(p if i % 2 else fix_text(p, encoding._fixer()) for i, p in enumerate(parts))


@pytest.mark.parametrize("seed", range(40))
def test_the_windowed_repair_is_ftfys_repair(seed):
    rng = random.Random(seed)
    for _ in range(50):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40)))
        assert repair_mojibake(Decoded(text)).text == _reference(text), repr(text)


@pytest.mark.parametrize("text, fixed", [
    ("Tomas said: “The bridge opens in May.” Nobody’s surprised — it’s late.", None),
    ("The new café on the quay — run by MÃ©lanie Roux — opens on Friday.", "Mélanie"),
    ("A line\nÃ  la carte menus return.", "à la carte"),
])
def test_ftfy_is_called_only_where_its_test_could_match(monkeypatch, text, fixed):
    calls: list[str] = []
    import ftfy

    want = _reference(text)
    real = ftfy.fix_text
    monkeypatch.setattr(ftfy, "fix_text", lambda t, cfg: calls.append(t) or real(t, cfg))
    out = repair_mojibake(Decoded(text)).text
    assert out == want
    if fixed is None:
        assert calls == [] and out == text
    else:
        assert calls and fixed in out
