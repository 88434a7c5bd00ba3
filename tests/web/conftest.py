"""Fixtures of the web tests: an in-process client (fastapi.testclient) over an app whose
checks run in the test's own thread (``workers=0``), so the fake stages of tests/conftest.py
apply; ``example_client`` is the real pipeline with the bundled example's sources uploaded."""

from __future__ import annotations

import pytest

from webdata import example_sources

pytest.importorskip("fastapi", reason="the web extra is not installed (pip install -e '.[web]')")


@pytest.fixture
def make_client():
    """make_client(**ServerConfig fields) -> a started TestClient; all are closed at the end."""
    from fastapi.testclient import TestClient

    from onrecord.web import make_app

    opened = []

    def make(**settings):
        settings.setdefault("workers", 0)
        client = TestClient(make_app(**settings), raise_server_exceptions=False)
        client.__enter__()
        opened.append(client)
        return client

    yield make
    for c in opened:
        c.__exit__(None, None, None)


@pytest.fixture
def example_client(make_client):
    client = make_client(archive="example")
    r = client.post("/api/sources", files=example_sources())
    assert r.status_code == 200, r.text
    return client
