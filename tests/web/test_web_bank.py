"""The quote bank on the server (``onrecord serve --bank BANK.db``): the JSON API (search by
words, speaker and date; one cluster's history with word diffs, outlets and speakers), the
search and history pages, their escaping of hostile mined text, the error envelope, and the
link from a check's report to the history of a quotation the bank corroborates."""

from __future__ import annotations

import pytest

from test_web_errors import assert_envelope
from webdata import CUT, EARLIEST, HOSTILE, HOSTILE_OUTLET, HOSTILE_SPEAKER, OTHER, SWAPPED, make_bank


@pytest.fixture
def bank_path(tmp_path):
    return make_bank(tmp_path / "quotes.db")


@pytest.fixture
def client(make_client, bank_path):
    return make_client(bank=bank_path)


def _cluster(client, words: str) -> int:
    rows = client.get("/api/bank/search", params={"q": words}).json()["clusters"]
    assert len(rows) == 1, rows
    return rows[0]["id"]


@pytest.mark.parametrize("params, longest", [
    ({"q": "ferry terminal"}, [EARLIEST, OTHER]),  # most reported first
    ({"q": "ferry"}, [EARLIEST, OTHER, HOSTILE]),
    ({"q": "ferry terminal", "speaker": "Albero"}, [EARLIEST]),  # "Albero" is "Ines Albero"
    ({"q": "ferry terminal", "speaker": "Tomas Reyes"}, [EARLIEST, OTHER]),  # one outlet credits him
    ({"speaker": "Reyes"}, [EARLIEST, OTHER]),  # no words: every quotation of the speaker
    ({"q": "ferry terminal", "since": "2024-05-20"}, [OTHER]),
    ({"q": "ferry", "limit": 1}, [EARLIEST]),
    ({"q": "submarine"}, []),
])
def test_search(client, params, longest):
    r = client.get("/api/bank/search", params=params)
    assert r.status_code == 200, r.text
    assert [c["longest"].rstrip(",") for c in r.json()["clusters"]] == longest


def test_search_answers_the_cluster_summary(client):
    row = client.get("/api/bank/search", params={"q": "midsummer"}).json()["clusters"][0]
    assert (row["forms"], row["occurrences"], row["outlets"]) == (3, 4, 4)
    assert (row["first_published"], row["first_outlet"]) == ("2024-05-02", "Coast Courier")
    assert (row["speaker"], row["speaker_count"]) == ("Ines Albero", 3)


def test_a_cluster_shows_how_the_quotation_mutated(client):
    h = client.get(f"/api/bank/clusters/{_cluster(client, 'midsummer')}").json()
    variants = h["variants"]
    # in order of first appearance, whatever order the documents were mined in
    assert [(v["first_published"], v["first_outlet"]) for v in variants] == [
        ("2024-05-02", "Coast Courier"), ("2024-05-04", "Harbour Herald"), ("2024-05-09", "Evening Post")]
    assert [v["text"] for v in variants] == [EARLIEST + ",", CUT, SWAPPED]
    assert variants[0]["diff"] == []  # the earliest is what the others are compared with
    cut = {(d["op"], d["text"]) for d in variants[1]["diff"] if d["op"] != "equal"}
    assert cut == {("source", "and keep the fares where they are")}  # dropped, nothing added
    swap = {(d["op"], d["text"]) for d in variants[2]["diff"] if d["op"] != "equal"}
    assert swap == {("source", "midsummer"), ("article", "autumn")}
    assert variants[0]["occurrences"] == 2 and variants[0]["speakers"] == ["Ines Albero", "Tomas Reyes"]
    assert h["speakers"] == [{"speaker": "Ines Albero", "count": 2}, {"speaker": "Albero", "count": 1},
                             {"speaker": "Tomas Reyes", "count": 1}]
    assert [(o["outlet"], o["occurrences"], o["first_published"]) for o in h["outlets"]] == [
        ("Coast Courier", 1, "2024-05-02"), ("Harbour Herald", 1, "2024-05-04"),
        ("Evening Post", 1, "2024-05-09"), ("Weekly Gull", 1, "2024-05-10")]
    assert h["cluster"]["speaker"] == "Ines Albero"


@pytest.mark.parametrize("path, params, status, says", [
    ("/api/bank/clusters/987654", {}, 404, "no cluster 987654"),
    ("/api/bank/clusters/ferry", {}, 422, "cluster_id"),
    ("/api/bank/search", {"q": "ferry", "since": "2024-13-01"}, 400, "since '2024-13-01'"),
    ("/api/bank/search", {"q": "ferry", "limit": 0}, 422, "limit"),
    ("/api/bank/search", {"q": "!!!"}, 400, "no words to search for"),
    ("/bank/987654", {}, 404, "no cluster 987654"),
])
def test_bank_errors_are_the_envelope(client, path, params, status, says):
    r = client.get(path, params=params)
    assert_envelope(r, status)
    assert says in r.json()["error"]


@pytest.mark.parametrize("path", ["/api/bank/search", "/api/bank/clusters/1", "/bank", "/bank/1"])
def test_without_a_bank_the_server_says_how_to_start_with_one(make_client, path):
    r = make_client().get(path)
    assert_envelope(r, 404)
    assert "onrecord serve --bank BANK.db" in r.json()["error"]


def test_a_missing_bank_file_stops_the_server_at_start(tmp_path):
    from onrecord.errors import BankError
    from onrecord.web.service import ServerConfig

    with pytest.raises(BankError, match="no such bank"):
        ServerConfig(bank=str(tmp_path / "nope.db")).validate()
    assert not (tmp_path / "nope.db").exists()


def test_the_bank_link_is_in_the_navigation_only_with_a_bank(make_client, client):
    assert 'href="/bank"' in client.get("/").text
    assert 'href="/bank"' not in make_client().get("/").text
    assert client.get("/api/health").json()["bank"] is True


def test_the_search_page_lists_quotations_that_open_their_history(client):
    page = client.get("/bank", params={"q": "ferry terminal", "speaker": "Albero"})
    assert page.status_code == 200
    assert page.headers["content-security-policy"].startswith("default-src 'self'")
    cid = _cluster(client, "midsummer")
    link = f'href="/bank/{cid}?q=ferry+terminal&amp;speaker=Albero"'
    assert link in page.text and page.text.count('href="/bank/') == 1
    assert 'value="ferry terminal"' in page.text  # the form keeps what was asked
    history = client.get(f"/bank/{cid}", params={"q": "ferry terminal", "speaker": "Albero"}).text
    assert history.count('class="variant"') == 3
    assert "<del>midsummer</del> <ins>autumn</ins>" in history
    assert "<del>and keep the fares where they are</del>" in history
    assert 'href="/bank?q=ferry+terminal&amp;speaker=Albero"' in history  # back to the same results
    assert history.index("Coast Courier") < history.index("Harbour Herald") < history.index("Evening Post")


def test_the_search_page_before_any_search_lists_the_most_reported(client):
    page = client.get("/bank").text
    assert "The most reported:" in page
    rows = page.split('id="bank-results"')[1]
    assert rows.count('href="/bank/') == 3 and rows.index("midsummer") < rows.index("inspectors")


def test_a_bad_date_on_the_search_page_is_said_beside_the_form(client):
    page = client.get("/bank", params={"q": "ferry", "since": "last year"})
    assert page.status_code == 200
    assert 'id="error"' in page.text and "expected a date as YYYY-MM-DD" in page.text


@pytest.mark.parametrize("path_of", [
    lambda c: ("/bank", {"q": "ferry lanes"}),
    lambda c: (f"/bank/{_cluster(c, 'ferry lanes')}", {}),
    lambda c: ("/bank", {"q": '"><script>alert(9)</script>', "speaker": "<i>x</i>"}),
])
def test_mined_text_and_requests_are_escaped(client, path_of):
    path, params = path_of(client)
    page = client.get(path, params=params)
    assert page.status_code == 200
    for raw in ("<script>alert", "<img src=x", "<b onmouseover", "<i>x</i>"):
        assert raw not in page.text
    if path != "/bank" or params["q"] == "ferry lanes":
        assert "&lt;script&gt;alert(&quot;q&quot;)&lt;/script&gt;" in page.text
        assert "&lt;script&gt;alert(2)&lt;/script&gt; Gazette" in page.text
    if path.startswith("/bank/"):
        assert "&lt;b onmouseover=alert(3)&gt;Mallory&lt;/b&gt;" in page.text


def test_the_api_returns_hostile_text_as_data(client):
    h = client.get(f"/api/bank/clusters/{_cluster(client, 'ferry lanes')}").json()
    assert h["variants"][0]["text"] == HOSTILE
    assert h["cluster"]["speaker"] == HOSTILE_SPEAKER and h["cluster"]["first_outlet"] == HOSTILE_OUTLET


def test_a_check_links_a_corroborated_quotation_to_its_history(fake_stages, make_client, bank_path):
    article = f'The mayor was firm. "{CUT}," she said on Monday.\n\n"The bus lanes stay as they are," she added.\n'
    with_bank = make_client(bank=bank_path, archive="plain")
    out = with_bank.post("/api/check", json={"text": article, "published": "2024-06-10"}).json()
    cid = _cluster(with_bank, "midsummer")
    quotes = [q for q in out["quotes"] if q["kind"] == "speech"]
    assert quotes[0]["corroboration"]["cluster_id"] == cid
    assert quotes[0]["corroboration"]["note"].startswith("reported by 4 outlets since 2024-05-02, first by Coast Courier")
    assert "corroboration" not in quotes[1]
    assert quotes[0]["verdict"] == "not_found"  # corroboration is never a source
    report = with_bank.get(out["link"]).text
    assert report.count('class="bank-link"') == 1 and f'href="/bank/{cid}"' in report
    assert 'href="/bank"' in report  # the navigation added to the report

    plain = make_client(archive="plain")
    out = plain.post("/api/check", json={"text": article, "published": "2024-06-10"}).json()
    assert all("corroboration" not in q for q in out["quotes"])
    assert "bank-link" not in plain.get(out["link"]).text


def test_verify_answers_corroboration_beside_the_verdict(fake_stages, make_client, bank_path):
    client = make_client(bank=bank_path, archive="plain")
    r = client.post("/api/verify", json={"claims": [{"id": "c1", "quote": SWAPPED}, {"id": "c2", "quote": "Not in any paper at all, ever, by anyone here"}]})
    assert r.status_code == 200, r.text
    first, second = r.json()["verdicts"]
    assert first["verdict"] == "not_found" and first["corroboration"]["cluster_id"] == _cluster(client, "midsummer")
    assert first["corroboration"]["match"] == "canonical" and "corroboration" not in second
