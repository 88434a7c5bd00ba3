"""The web form's "precise speakers" box and the API's ``precise_speakers`` field (issue 11,
sixteenth session): the same withholding as the CLI's ``--precise-speakers`` (a name whose
calibrated probability is below CALIBRATION.precise_names is left null), on /api/check (JSON
and file upload) and /api/extract, with the real pipeline."""

from __future__ import annotations

import re

import pytest

from onrecord.thresholds.learned import CALIBRATION
from precise_cases import WEAK  # tests/precise_cases.py: the CLI's test of the flag reads it too



def _speech(record: dict) -> list[dict]:
    return [q for q in record["quotes"] if q["kind"] == "speech"]


def _post(client, route: str, precise: bool | None, upload: bool = False) -> dict:
    if upload:
        data = {} if precise is None else {"precise_speakers": "true" if precise else "false"}
        r = client.post(route, files={"file": ("weak.txt", WEAK.encode("utf-8"), "text/plain")}, data=data)
    else:
        body = {"text": WEAK} if precise is None else {"text": WEAK, "precise_speakers": precise}
        r = client.post(route, json=body)
    assert r.status_code == 200, r.text
    return r.json()


@pytest.mark.parametrize("route, upload", [("/api/check", False), ("/api/check/file", True),
                                           ("/api/extract", False)])
def test_the_box_withholds_only_the_uncertain_name(example_client, route, upload):
    default = _speech(_post(example_client, route, None, upload))
    off = _speech(_post(example_client, route, False, upload))
    on = _speech(_post(example_client, route, True, upload))
    assert [q["speaker"] for q in default] == [q["speaker"] for q in off] == ["Piet Kral", "Ada Brenner"]
    assert [q["speaker"] for q in on] == ["Piet Kral", None]
    for d, p in zip(default, on):
        if d["confidence"] >= CALIBRATION.precise_names:
            assert (p["speaker"], p["confidence"]) == (d["speaker"], d["confidence"])
        else:
            assert p["speaker"] is None and p["confidence"] == 0.0


def test_the_stored_check_keeps_what_the_box_gave(example_client):
    checked = _post(example_client, "/api/check", True)
    again = example_client.get(f"/api/checks/{checked['check_id']}").json()
    assert [q["speaker"] for q in _speech(again)] == ["Piet Kral", None]
    page = example_client.get(checked["link"]).text
    titles = re.findall(r'<mark class="q[^>]*title="([^"]*)"', page)  # "verdict: speaker" per quotation
    assert any("Piet Kral" in t for t in titles) and not any("Ada Brenner" in t for t in titles)


def test_the_form_offers_the_box(example_client):
    form = example_client.get("/").text
    assert 'id="precise"' in form and 'name="precise_speakers"' in form
