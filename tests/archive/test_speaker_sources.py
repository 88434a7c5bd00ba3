"""How many documents an archive holds by a speaker (the no_source question of every claim):
only the speaker sets that share the claimed surname are compared, so the cost of a claim does
not grow with the number of distinct speakers (issue 13: 18,000 name comparisons, 0.8 s, in a
cold 12-quotation check of the 1,000-speech archive). Names and texts written for this test."""

from __future__ import annotations

import json

import pytest

from onrecord.archive import Archive
from onrecord.archive import lookup as archive_module

# 40 speakers with distinct surnames, one speech each, plus two by the same family
PEOPLE = [f"Speaker{k} Surname{k}" for k in range(40)] + ["Mara Ellison", "Donal Ellison Jr."]


@pytest.fixture(scope="module")
def arch(tmp_path_factory):
    d = tmp_path_factory.mktemp("src")
    with open(d / "speeches.jsonl", "w", encoding="utf-8") as f:
        for k, who in enumerate(PEOPLE):
            f.write(json.dumps({"id": f"s{k}", "speaker": who, "date": f"20{10 + k % 10}-01-01",
                                "text": f"We will mend road number {k} before the winter comes back."}) + "\n")
    a = Archive.open(tmp_path_factory.mktemp("arch"))
    a.add([d], progress=False)
    return a


@pytest.mark.parametrize("name, before, expected, compared", [
    ("Mara Ellison", None, 1, 2),  # the two Ellison sets only, not all 42
    ("Ellison", None, 1, 2),  # a surname alone is Mara; a Jr. is named with his suffix
    ("Donal Ellison Jr.", None, 1, 2),  # the suffix makes him another man than Mara
    ("Speaker7 Surname7", None, 1, 1),
    ("Speaker7 Surname7", "2016", 0, 1),  # his speech is dated 2017
    ("Hollis Vance", None, 0, 0),  # nobody by that surname: nothing compared
])
def test_speaker_sources_compares_only_the_same_surname(arch, monkeypatch, name, before, expected, compared):
    calls = []
    real = archive_module._speaker_is

    def counting(claimed, stored):
        calls.append(stored)
        return real(claimed, stored)

    monkeypatch.setattr(archive_module, "_speaker_is", counting)
    assert arch.speaker_sources(name, before) == expected
    assert len(set(calls)) == compared  # distinct stored names compared
