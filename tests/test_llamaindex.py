"""The LlamaIndex integration against the demo graph, with sockets blocked: our retriever in
LlamaIndex query engines, tools and agents; LlamaIndex LLMs answering for our pipeline;
LlamaIndex Documents ingested into the graph."""
from __future__ import annotations

import asyncio
import re
from typing import Any

import pytest

pytest.importorskip("llama_index.core")
import pytest_socket  # noqa: E402
from llama_index.core import Document, SimpleDirectoryReader  # noqa: E402
from llama_index.core.agent.workflow import FunctionAgent  # noqa: E402
from llama_index.core.base.llms.types import ToolCallBlock  # noqa: E402
from llama_index.core.llms import (ChatMessage, CompletionResponse, CustomLLM, LLMMetadata,  # noqa: E402
                                   MessageRole, MockFunctionCallingLLM, MockLLM)
from llama_index.core.llms.callbacks import llm_completion_callback  # noqa: E402
from llama_index.core.query_engine import RetrieverQueryEngine  # noqa: E402
from llama_index.core.schema import TextNode  # noqa: E402
from llama_index.core.tools import QueryEngineTool  # noqa: E402
from pydantic import Field, PrivateAttr  # noqa: E402

from graphrag.integrations.llamaindex import (GraphRAGRetriever, LlamaIndexLLM, graph_tool,  # noqa: E402
                                              ingest_documents)
from graphrag.errors import SettingsError  # noqa: E402
from graphrag.pipeline import GraphRAG  # noqa: E402
from graphrag.tokens import default_counter  # noqa: E402

QUESTION = "What country was Obama born in?"
FACT_LINE = re.compile(r"^(?P<s>[^\n—]+?) — (?P<rest>.+)$", re.M)
PART = re.compile(r"(?P<r>[^:;]+): (?P<o>[^\[;]+?) \[(?P<id>F\d+)\]")


@pytest.fixture(autouse=True)
def no_network():
    """Inet sockets fail; Unix socketpairs stay (asyncio's event loop needs one)."""
    pytest_socket.disable_socket(allow_unix_socket=True)
    yield
    pytest_socket.enable_socket()


@pytest.fixture
def rag(tmp_path):
    with GraphRAG.demo(tmp_path / "graph") as g:
        yield g


def parse_facts(text: str) -> list[tuple[str, str, str, str]]:
    """(subject, relation, object, id) of every fact line ('S — r: O [F1]; r2: O2 [F2]') in text."""
    out = []
    for m in FACT_LINE.finditer(text):
        for p in PART.finditer(m["rest"]):
            out.append((m["s"].strip(), p["r"].strip(), p["o"].strip(), p["id"]))
    return out


def birth_country(text: str) -> str:
    """What a careful reader of the given facts answers: follow born in → located in / part of."""
    facts = parse_facts(text)
    hop = [f for f in facts if f[0] == "Barack Obama" and f[1] == "born in"]
    if not hop:
        return "I don't know."
    chain = [hop[0]]
    while nxt := [f for f in facts if f[0] == chain[-1][2] and f[1] in ("located in", "part of")
                  and f not in chain]:
        chain.append(nxt[0])
    return chain[-1][2] + " " + "".join(f"[{f[3]}]" for f in chain)


class FactReader(CustomLLM):
    """A model written for the test: answers only from the facts in its prompt, records prompts."""

    prompts: list[str] = Field(default_factory=list)

    @property
    def metadata(self) -> LLMMetadata:
        return LLMMetadata(model_name="fact-reader")

    @llm_completion_callback()
    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        self.prompts.append(prompt)
        return CompletionResponse(text=birth_country(prompt))

    @llm_completion_callback()
    def stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any):
        yield self.complete(prompt, formatted, **kwargs)


class WordTokenizer(FactReader):
    """Exposes a tokenizer the way LlamaIndex integrations do (a private `_tokenizer`)."""

    _tokenizer: Any = PrivateAttr(default=None)

    def model_post_init(self, __context: Any) -> None:
        self._tokenizer = type("Words", (), {"encode": staticmethod(str.split)})()


class Broken(FactReader):
    @llm_completion_callback()
    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        raise ConnectionError("server down")


def triples(nodes) -> set[tuple[str, str, str]]:
    return {(n.node.metadata["subject"], n.node.metadata["relation"], n.node.metadata["object"]) for n in nodes}


# -- our retriever in LlamaIndex -------------------------------------------------------------
def test_retriever_returns_ranked_fact_nodes_with_provenance(rag):
    nodes = GraphRAGRetriever(rag).retrieve(QUESTION)
    r = rag.retrieve(QUESTION)
    assert [n.node.text for n in nodes] == [f"{f.edge.subject} — {f.edge.relation}: {f.edge.object} [{f.id}]"
                                            for f in r.facts]
    assert [n.score for n in nodes] == [f.score for f in r.facts]
    assert ("Barack Obama", "born in", "Honolulu") in triples(nodes)
    first = nodes[0].node
    assert first.metadata["fact_id"] == "F1" and first.metadata["source"].startswith("demo.jsonl#L")
    assert {"edge_id", "subject_id", "object_id", "confidence", "score_components"} <= set(first.metadata)
    assert "rrf_path" in first.metadata["score_components"]
    # metadata stays out of the prompt: the LLM sees the fact line only
    assert first.get_content(metadata_mode="llm") == first.text
    assert len({n.node.node_id for n in nodes}) == len(nodes)


def test_fact_block_mode_is_one_node_with_the_budgeted_block(rag):
    nodes = GraphRAGRetriever(rag, fact_block=True, budget=64).retrieve(QUESTION)
    r = rag.retrieve(QUESTION, budget=64)
    assert len(nodes) == 1
    node = nodes[0].node
    assert node.text == r.fact_block and "Barack Obama — born in: Honolulu [F1]" in node.text
    assert node.metadata["fact_block_tokens"] == r.fact_block_tokens <= 64
    assert [f["id"] for f in node.metadata["facts"]] == [f.id for f in r.facts]
    assert GraphRAGRetriever(rag, fact_block=True).retrieve("Who is Zorblax Quint?") == []
    with pytest.raises(SettingsError, match="did you mean 'budget'"):
        GraphRAGRetriever(rag, budgte=64)


def test_retriever_query_engine_answers_from_retrieved_facts(rag):
    reader = FactReader()
    engine = RetrieverQueryEngine.from_args(GraphRAGRetriever(rag), llm=reader)
    response = engine.query(QUESTION)
    assert ("Barack Obama", "born in", "Honolulu") in triples(response.source_nodes)
    assert "Barack Obama — born in: Honolulu" in reader.prompts[-1]
    assert str(response).startswith("United States") or "Honolulu" in str(response)
    cited = re.findall(r"\[(F\d+)\]", str(response))
    assert cited and cited[0] == "F1"
    assert set(cited) <= {n.node.metadata["fact_id"] for n in response.source_nodes}


def test_mock_llm_engine_sees_the_obama_facts(rag):
    engine = RetrieverQueryEngine.from_args(GraphRAGRetriever(rag), llm=MockLLM())
    response = engine.query(QUESTION)  # MockLLM echoes its prompt
    assert "Barack Obama — born in: Honolulu [F1]" in str(response)
    assert QUESTION in str(response)


def test_async_retrieval_and_query(rag):
    retriever = GraphRAGRetriever(rag)
    engine = RetrieverQueryEngine.from_args(retriever, llm=FactReader())

    async def both():
        return await asyncio.gather(retriever.aretrieve(QUESTION), engine.aquery(QUESTION))

    nodes, response = asyncio.run(both())
    assert triples(nodes) == triples(retriever.retrieve(QUESTION))
    assert "[F1]" in str(response)


def test_tools_for_agents(rag):
    out = graph_tool(rag).call(QUESTION)
    assert "Barack Obama — born in: Honolulu [F1]" in out.content
    qe_tool = QueryEngineTool.from_defaults(RetrieverQueryEngine.from_args(GraphRAGRetriever(rag), llm=FactReader()),
                                            name="graph_qa", description="answers questions from the graph")
    assert "[F1]" in qe_tool.call(QUESTION).content


def test_function_agent_calls_the_graph_tool(rag):
    def agent_model(messages, **kwargs):
        results = [m for m in messages if m.role == MessageRole.TOOL]
        if results:
            return ChatMessage(role="assistant", content=birth_country(results[-1].content))
        question = [m for m in messages if m.role == MessageRole.USER][-1].content
        return ChatMessage(role="assistant", blocks=[ToolCallBlock(tool_call_id="call-1", tool_name="knowledge_graph",
                                                                   tool_kwargs={"input": question})])

    agent = FunctionAgent(tools=[graph_tool(rag)], llm=MockFunctionCallingLLM(response_generator=agent_model))

    async def ask():
        return await agent.run(user_msg=QUESTION)

    result = asyncio.run(ask())
    assert result.tool_calls and result.tool_calls[0].tool_name == "knowledge_graph"
    assert "Barack Obama — born in: Honolulu" in result.tool_calls[0].tool_output.content
    assert "[F1]" in str(result)


# -- LlamaIndex LLMs answering for our pipeline ------------------------------------------------
def test_pipeline_answers_through_a_custom_llm(tmp_path):
    reader = FactReader()
    with GraphRAG.demo(tmp_path, llm=LlamaIndexLLM(reader)) as rag:
        result = rag.ask(QUESTION)
    assert result.model == "llamaindex:FactReader:fact-reader" and result.error is None
    assert "Barack Obama — born in: Honolulu [F1]" in reader.prompts[-1]
    assert result.cited and result.cited[0] == "F1"
    assert "United States" in result.answer or "Honolulu" in result.answer


def test_per_call_llm_and_failure_fallback(rag):
    result = rag.ask(QUESTION, llm=LlamaIndexLLM(FactReader()))
    assert result.model.startswith("llamaindex:") and result.cited
    failed = rag.ask(QUESTION, llm=LlamaIndexLLM(Broken()))
    assert failed.model == "none" and "server down" in failed.error
    assert "Honolulu" in failed.answer  # the extractive answer stood in


def test_token_counting_follows_the_llms_tokenizer(tmp_path):
    words = LlamaIndexLLM(WordTokenizer())
    assert words.tokenizer_name == "model" and words.count_tokens("Barack Obama — born in") == 5
    with GraphRAG.demo(tmp_path, llm=words) as rag:
        r = rag.retrieve(QUESTION)
        assert r.fact_block_tokens == len(r.fact_block.split())
    plain = LlamaIndexLLM(FactReader())
    assert plain.tokenizer_name == "tiktoken:cl100k_base"
    assert plain.count_tokens("Barack Obama") == default_counter().count("Barack Obama")
    assert LlamaIndexLLM(FactReader(), tokenizer=list).count_tokens("abc") == 3


def test_adapter_messages_and_type_check():
    reader = FactReader()
    llm = LlamaIndexLLM(reader)
    reply = llm.complete([{"role": "system", "content": "Only facts."},
                          {"role": "user", "content": "Facts:\nBarack Obama — born in: Honolulu [F1]"}],
                         json_schema={"type": "object"})
    assert reply == "Honolulu [F1]"
    assert "Only facts." in reader.prompts[-1] and '{"type": "object"}' in reader.prompts[-1]
    with pytest.raises(TypeError):
        LlamaIndexLLM(object())


# -- LlamaIndex Documents into the graph -------------------------------------------------------
def test_documents_become_facts(tmp_path):
    docs = [Document(text="Marie Curie was born in Warsaw. Warsaw is located in Poland.",
                     metadata={"file_name": "curie.pdf", "page_label": "3"}),
            TextNode(text="Ada Lovelace was born in London.")]
    with GraphRAG.open(tmp_path) as rag:
        summary = ingest_documents(rag, docs)
        assert summary.documents == 2 and summary.triples_new >= 3 and not summary.errors
        r = rag.retrieve("Where was Marie Curie born?")
        born = [f for f in r.facts if (f.edge.subject, f.edge.relation) == ("Marie Curie", "born in")]
        assert born and born[0].edge.object == "Warsaw"
        assert born[0].edge.source.startswith("curie.pdf p3.txt#L")
        assert any(f.edge.object == "London" for f in rag.retrieve("Where was Ada Lovelace born?").facts)
        again = ingest_documents(rag, docs)
        assert again.skipped_documents == 2 and again.triples_new == 0


def test_reader_output_feeds_the_graph(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "lovelace.md").write_text("Ada Lovelace was born in London.\n", encoding="utf-8")
    documents = SimpleDirectoryReader(str(folder)).load_data()
    with GraphRAG.open(tmp_path / "graph") as rag:
        ingest_documents(rag, documents)
        facts = rag.retrieve("Where was Ada Lovelace born?").facts
    assert any(f.edge.object == "London" and f.edge.source.startswith("lovelace.md#L1") for f in facts)
