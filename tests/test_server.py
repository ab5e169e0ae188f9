"""The HTTP server, started for real with uvicorn on a free loopback port and driven with the
official `openai` client and httpx. Demo graph, extractive answers (no LLM)."""
from __future__ import annotations

import asyncio
import threading
import time

import httpx
import openai
import pytest

from graphrag.pipeline import GraphRAG
from graphrag.server.app import create_app
from graphrag import relation_words
from graphrag.server.background import BackgroundServer

QUESTION = "What country was Obama born in?"


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    with GraphRAG.demo(tmp_path_factory.mktemp("graph"), max_request_bytes=4_000) as rag:
        yield rag


@pytest.fixture(scope="module")
def url(rag):
    with BackgroundServer(create_app(rag)) as url:
        yield url


@pytest.fixture(scope="module")
def http(url):
    with httpx.Client(base_url=url, timeout=10) as client:
        yield client


@pytest.fixture(scope="module")
def client(url):
    return openai.OpenAI(base_url=url + "/v1", api_key="unused", max_retries=0, timeout=10)


def fact_ids(evidence: dict) -> set[str]:
    return {f["id"] for f in evidence["facts"]}


# -- OpenAI-compatible chat ---------------------------------------------------------------------
def test_chat_completion_with_openai_client(client):
    resp = client.chat.completions.create(model="graphrag-kgqa", messages=[{"role": "user", "content": QUESTION}])
    assert resp.object == "chat.completion" and resp.model == "graphrag-kgqa"
    msg = resp.choices[0].message
    assert msg.role == "assistant" and resp.choices[0].finish_reason == "stop"
    ev = resp.model_extra["graphrag"]  # the extra field; the client keeps it, typed fields ignore it
    assert ev["facts"] and "Barack Obama" in [e["name"] for e in ev["entities"]]
    assert ev["cited"] and set(ev["cited"]) <= fact_ids(ev)
    assert all(f"[{i}]" in msg.content for i in ev["cited"])  # the answer text carries its citations
    assert all(f["source"] for f in ev["facts"])
    assert "Honolulu" in msg.content or "United States" in msg.content
    assert resp.usage.total_tokens == resp.usage.prompt_tokens + resp.usage.completion_tokens > 0


def test_chat_streaming_matches_the_plain_reply(client):
    plain = client.chat.completions.create(model="x", messages=[{"role": "user", "content": QUESTION}])
    chunks = list(client.chat.completions.create(model="x", messages=[{"role": "user", "content": QUESTION}],
                                                 stream=True, stream_options={"include_usage": True}))
    assert all(c.object == "chat.completion.chunk" for c in chunks)
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == plain.choices[0].message.content
    finals = [c for c in chunks if c.choices and c.choices[0].finish_reason == "stop"]
    assert len(finals) == 1 and finals[0].model_extra["graphrag"]["facts"]
    assert chunks[-1].choices == [] and chunks[-1].usage.total_tokens > 0
    assert len({c.id for c in chunks}) == 1


def test_stream_is_server_sent_events_ending_with_done(http):
    body = {"messages": [{"role": "user", "content": QUESTION}], "stream": True}
    with http.stream("POST", "/v1/chat/completions", json=body) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        lines = [line for line in r.iter_lines() if line]
    assert all(line.startswith("data: ") for line in lines)
    assert lines[-1] == "data: [DONE]" and len(lines) >= 4


def test_follow_up_uses_the_entity_of_an_earlier_turn(client, http):
    alone = http.post("/retrieve", json={"question": "and where was he born?"}).json()
    assert alone["entities"] == [] and alone["facts"] == []
    first = client.chat.completions.create(model="x", messages=[{"role": "user", "content": "Who is Barack Obama's spouse?"}])
    resp = client.chat.completions.create(model="x", messages=[
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Who is Barack Obama's spouse?"},
        {"role": "assistant", "content": first.choices[0].message.content},
        {"role": "user", "content": "and where was he born?"}])
    ev = resp.model_extra["graphrag"]
    assert ev["question"] == "and where was he born?"
    assert "Barack Obama" in ev["resolved_question"]
    assert [e["name"] for e in ev["entities"]] == ["Barack Obama"] and ev["facts"]
    assert any(f["relation"] == "born in" and f["subject"] == "Barack Obama" for f in ev["facts"])


def test_ask_and_retrieve_take_history_for_follow_ups(http):
    body = {"question": "and where was he born?", "history": [{"role": "user", "content": "Who is Barack Obama's spouse?"}]}
    got = http.post("/retrieve", json=body).json()
    assert [e["name"] for e in got["entities"]] == ["Barack Obama"] and got["facts"]


def test_models_lists_the_configured_name(client):
    assert [m.id for m in client.models.list()] == ["graphrag-kgqa"]


def test_chat_without_a_user_message_is_422(client):
    with pytest.raises(openai.UnprocessableEntityError) as e:
        client.chat.completions.create(model="x", messages=[{"role": "system", "content": "hi"}])
    assert "user message" in e.value.message


# -- /ask and /retrieve -------------------------------------------------------------------------
def test_ask_is_the_cli_json_shape(http, rag):
    got = http.post("/ask", json={"question": QUESTION}).json()
    want = rag.ask(QUESTION).to_dict()
    assert list(got) == list(want)
    assert got["answer"] == want["answer"] and got["facts"] == want["facts"] and got["cited"] == want["cited"]


def test_retrieve_stops_at_the_fact_block(http):
    got = http.post("/retrieve", json={"question": QUESTION}).json()
    assert got["answer"] is None and got["model"] == "none" and got["cited"] == []
    assert got["facts"] and "[F1]" in got["fact_block"] and got["fact_block_tokens"] > 0


def test_per_request_overrides(http):
    full = http.post("/retrieve", json={"question": QUESTION}).json()
    small = http.post("/retrieve", json={"question": QUESTION, "budget": 32}).json()
    assert small["fact_block_tokens"] <= 32 < full["fact_block_tokens"]
    assert len(small["facts"]) < len(full["facts"])
    one_hop = http.post("/retrieve", json={"question": QUESTION, "hops": 1}).json()
    assert one_hop["facts"] and all("Barack Obama" in (f["subject"], f["object"]) for f in one_hop["facts"])
    assert any("Barack Obama" not in (f["subject"], f["object"]) for f in full["facts"])


@pytest.mark.parametrize("body, where", [
    ({}, "body.question: Field required"),
    ({"question": ""}, "body.question"),
    ({"question": QUESTION, "hops": 0}, "body.hops"),
    ({"question": QUESTION, "budgett": 10}, "body.budgett: Extra inputs are not permitted"),
    ({"question": 42}, "body.question"),
])
def test_invalid_json_bodies_are_422_with_a_clear_message(http, body, where):
    r = http.post("/retrieve", json=body)
    assert r.status_code == 422
    err = r.json()["error"]
    assert where in err["message"] and err["type"] == "invalid_request_error"


def test_malformed_json_is_422(http):
    r = http.post("/ask", content=b'{"question": ', headers={"content-type": "application/json"})
    assert r.status_code == 422 and "JSON" in r.json()["error"]["message"]


# -- limits -------------------------------------------------------------------------------------
def test_oversized_body_is_413(http):
    r = http.post("/retrieve", json={"question": "x" * 5_000})
    assert r.status_code == 413 and "4,000 bytes" in r.json()["error"]["message"]


def test_oversized_chunked_body_without_length_is_413(http):
    def body():  # no Content-Length: httpx sends it chunked, the limit applies while it streams in
        yield b'{"question": "'
        for _ in range(10):
            yield b"x" * 1_000
        yield b'"}'

    r = http.post("/retrieve", content=body(), headers={"content-type": "application/json"})
    assert r.status_code == 413


# -- graph exploration --------------------------------------------------------------------------
def test_entity_lookup(http):
    hits = http.get("/graph/entities", params={"q": "Obama"}).json()["entities"]
    assert hits[0]["name"] == "Barack Obama" and hits[0]["match"] == "alias" and hits[0]["degree"] > 0
    assert http.get("/graph/entities", params={"q": "奥巴马"}).json()["entities"][0]["name"] == "Barack Obama"
    assert http.get("/graph/entities", params={"q": "zzzz qqqq"}).json()["entities"] == []


def test_subgraph_is_capped(http):
    g = http.get("/graph/subgraph", params={"entity": "Barack Obama", "hops": 2, "limit": 5}).json()
    assert g["center"]["name"] == "Barack Obama" and len(g["edges"]) == 5 and g["truncated"]
    ids = {n["id"] for n in g["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in g["edges"])
    small = http.get("/graph/subgraph", params={"entity": g["center"]["id"], "hops": 1}).json()
    assert not small["truncated"] and all(g["center"]["id"] in (e["source"], e["target"]) for e in small["edges"])


def test_relations_list_counts_and_words(http, rag):
    before = http.get("/graph/relations").json()["relations"]
    assert before[0]["facts"] >= before[-1]["facts"] and all(r["words"] == [] for r in before)
    assert sum(r["facts"] for r in before) == rag.store.stats()["triples"]
    relation_words.save(rag.settings.home_path, {"born in": ["birthplace"]})
    try:
        after = {r["relation"]: r["words"] for r in http.get("/graph/relations").json()["relations"]}
        assert after["born in"] == ["birthplace"]
    finally:
        relation_words.path(rag.settings.home_path).unlink()


def test_unknown_entity_is_404(http):
    r = http.get("/graph/subgraph", params={"entity": "Nobody Atall"})
    assert r.status_code == 404 and "Nobody Atall" in r.json()["error"]["message"]


# -- operations ---------------------------------------------------------------------------------
def test_healthz(http):
    assert http.get("/healthz").json() == {"status": "ok", "triples": 40, "entities": 35, "llm": "none"}


def test_metrics_count_requests_per_endpoint(http):
    before = _sample(http.get("/metrics").text, 'graphrag_http_requests_total{endpoint="/retrieve",method="POST",status="200"}')
    for _ in range(3):
        http.post("/retrieve", json={"question": QUESTION})
    text = http.get("/metrics").text
    assert _sample(text, 'graphrag_http_requests_total{endpoint="/retrieve",method="POST",status="200"}') == before + 3
    assert 'graphrag_http_request_duration_seconds_count{endpoint="/retrieve",method="POST"}' in text
    assert 'endpoint="unmatched"' in text or http.get("/nope").status_code == 404


def _sample(text: str, name: str) -> float:
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_web_page_and_static_files_are_served(http):
    r = http.get("/")
    assert r.status_code == 200
    if "text/html" in r.headers["content-type"]:  # the page exists (server/static/index.html)
        assert http.get("/static/app.js").status_code == 200


def test_cors_is_off_by_default(http):
    r = http.options("/retrieve", headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in r.headers


def test_cors_when_configured(tmp_path):
    with GraphRAG.demo(tmp_path, cors_origins="http://notebook.example") as rag, \
            BackgroundServer(create_app(rag)) as url:
        pre = {"Access-Control-Request-Method": "POST"}
        ok = httpx.options(url + "/retrieve", headers={"Origin": "http://notebook.example", **pre})
        other = httpx.options(url + "/retrieve", headers={"Origin": "http://evil.example", **pre})
    assert ok.headers["access-control-allow-origin"] == "http://notebook.example"
    assert "access-control-allow-origin" not in other.headers


def test_no_stack_traces_to_clients(tmp_path):
    with GraphRAG.demo(tmp_path) as rag:
        def broken(*a, **k):
            raise RuntimeError("secret internal detail")

        rag.retrieve = broken  # a bug inside the pipeline
        with BackgroundServer(create_app(rag)) as url:
            r = httpx.post(url + "/retrieve", json={"question": QUESTION})
            still = httpx.get(url + "/healthz")
    assert r.status_code == 500 and "secret" not in r.text and "Traceback" not in r.text
    assert r.json()["error"]["type"] == "server_error" and still.status_code == 200


def test_concurrent_requests_all_succeed_with_the_same_facts(url):
    async def run() -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=url, timeout=30) as c:
            return await asyncio.gather(*[c.post("/retrieve", json={"question": QUESTION}) for _ in range(64)])

    rs = asyncio.run(run())
    assert {r.status_code for r in rs} == {200}
    assert len({tuple(f["id"] + f["object"] for f in r.json()["facts"]) for r in rs}) == 1


class _CountingRAG:
    """The real GraphRAG, counting how many retrievals run at once."""

    def __init__(self, rag):
        self._rag, self.now, self.most = rag, 0, 0
        self._lock = threading.Lock()

    def __getattr__(self, name):
        return getattr(self._rag, name)

    def retrieve(self, question, **overrides):
        with self._lock:
            self.now += 1
            self.most = max(self.most, self.now)
        try:
            time.sleep(0.01)  # long enough for overlapping requests to meet
            return self._rag.retrieve(question, **overrides)
        finally:
            with self._lock:
                self.now -= 1


@pytest.mark.parametrize("threads", [1, 3])
def test_retrievals_run_on_at_most_retrieval_threads(rag, threads):
    counting = _CountingRAG(rag)
    counting.settings = rag.settings.replace(retrieval_threads=threads)
    with BackgroundServer(create_app(counting)) as url:
        async def run() -> list[httpx.Response]:
            async with httpx.AsyncClient(base_url=url, timeout=30) as c:
                return await asyncio.gather(*[c.post(p, json={"question": QUESTION})
                                              for p in ["/retrieve", "/ask"] * 12])

        rs = asyncio.run(run())
    assert {r.status_code for r in rs} == {200}
    assert counting.most == threads


def test_warm_up_loads_what_a_chinese_question_needs_before_the_first_request(tmp_path):
    # in a fresh process: jieba's part-of-speech dictionary (about a second) is loaded by the
    # warm-up of a Chinese graph, not by the first question with a one-character word ("死")
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from graphrag import GraphRAG, Triple\n"
        "from graphrag.server.qa import warm_up\n"
        f"rag = GraphRAG.open({str(tmp_path)!r}, llm='none', vector=False)\n"
        "rag.store.upsert_triples([Triple('老舍', '出生地', '北京'), Triple('老舍', '逝世地', '北京')])\n"
        "rag.refresh()\n"
        "warm_up(rag)\n"
        "print('jieba.posseg' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip().endswith("True"), out.stderr[-2000:]
