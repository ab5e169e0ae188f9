"""API keys on a live server: required everywhere when configured (the liveness probe and the
static page excepted), and ingestion refused when listening beyond loopback without keys."""
from __future__ import annotations

import httpx
import openai
import pytest

from graphrag.pipeline import GraphRAG
from graphrag.server.app import create_app
from graphrag.server.background import BackgroundServer

PROTECTED = [
    ("POST", "/ask", {"json": {"question": "Obama"}}),
    ("POST", "/retrieve", {"json": {"question": "Obama"}}),
    ("POST", "/v1/chat/completions", {"json": {"messages": [{"role": "user", "content": "Obama"}]}}),
    ("GET", "/v1/models", {}),
    ("GET", "/graph/entities?q=Obama", {}),
    ("GET", "/graph/subgraph?entity=Obama", {}),
    ("GET", "/metrics", {}),
    ("POST", "/ingest", {"files": {"file": ("t.tsv", b"A\tr\tB\n")}}),
]


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    with GraphRAG.demo(tmp_path_factory.mktemp("graph"), vector=False, api_keys="key-one, key-two") as rag, \
            BackgroundServer(create_app(rag)) as url:
        yield url


@pytest.mark.parametrize("method, path, kwargs", PROTECTED)
def test_key_required(url, method, path, kwargs):
    none = httpx.request(method, url + path, **kwargs)
    wrong = httpx.request(method, url + path, headers={"Authorization": "Bearer key-three"}, **kwargs)
    right = httpx.request(method, url + path, headers={"Authorization": "Bearer key-two"}, **kwargs)
    assert none.status_code == wrong.status_code == 401
    assert none.headers["www-authenticate"] == "Bearer" and "API key" in none.json()["error"]["message"]
    assert right.status_code in (200, 202)


def test_open_routes(url):
    assert httpx.get(url + "/healthz").status_code == 200
    assert httpx.get(url + "/").status_code == 200


def test_openai_client_with_and_without_key(url):
    ok = openai.OpenAI(base_url=url + "/v1", api_key="key-one", max_retries=0)
    resp = ok.chat.completions.create(model="x", messages=[{"role": "user", "content": "Where was Obama born?"}])
    assert resp.model_extra["graphrag"]["facts"]
    bad = openai.OpenAI(base_url=url + "/v1", api_key="nope", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        bad.models.list()


def test_no_keys_means_open_on_loopback(tmp_path):
    with GraphRAG.demo(tmp_path, vector=False) as rag, BackgroundServer(create_app(rag)) as url:
        assert httpx.post(url + "/retrieve", json={"question": "Obama"}).status_code == 200
        assert httpx.post(url + "/ingest", files={"file": ("t.tsv", b"A\tr\tB\n")}).status_code == 202


def test_ingestion_needs_a_key_beyond_loopback(tmp_path):
    # the app is told it listens on all interfaces; the test still connects over loopback only
    with GraphRAG.demo(tmp_path, vector=False, host="0.0.0.0") as rag, BackgroundServer(create_app(rag)) as url:
        refused = httpx.post(url + "/ingest", files={"file": ("t.tsv", b"A\tr\tB\n")})
        asked = httpx.post(url + "/retrieve", json={"question": "Obama"})
    assert refused.status_code == 403 and "GRAPHRAG_API_KEYS" in refused.json()["error"]["message"]
    assert asked.status_code == 200
    with GraphRAG.demo(tmp_path / "keyed", vector=False, host="0.0.0.0", api_keys="k") as rag, \
            BackgroundServer(create_app(rag)) as url:
        assert httpx.post(url + "/ingest", files={"file": ("t.tsv", b"A\tr\tB\n")},
                          headers={"Authorization": "Bearer k"}).status_code == 202
