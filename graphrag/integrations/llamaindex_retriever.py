"""Our retrieval as a LlamaIndex retriever, so it drops into query engines, agents and tools.

Each ranked fact becomes one node whose text is its fact-block line ("Barack Obama — born in:
Honolulu [F1]"); with `fact_block=True` the whole budgeted block is one node instead, which
is what a prompt (or an agent's tool output) wants: compact, cited, never over budget."""
from __future__ import annotations

import asyncio
from typing import Any

from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode
from llama_index.core.tools import RetrieverTool

from graphrag.factblock import render
from graphrag.settings import QueryParams
from graphrag.types import Fact, Retrieval

TOOL_DESCRIPTION = (
    "Looks up facts in a knowledge graph. Input: a natural-language question naming the entities "
    "it is about. Output: numbered facts like 'Barack Obama — born in: Honolulu [F1]'; answer only "
    "from them and cite their ids.")


class GraphRAGRetriever(BaseRetriever):
    """Wraps an open `GraphRAG`; `overrides` (per-question parameters: budget, hops, top_k, …)
    apply to every query, and an unknown name fails here rather than at the first query.

    The graph is not closed by the retriever: its owner keeps that job."""

    def __init__(self, rag, *, fact_block: bool = False, **overrides: Any):
        super().__init__()
        self.rag = rag
        self.fact_block = fact_block
        self.overrides = QueryParams.of(**overrides).given()

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        r = self.rag.retrieve(query_bundle.query_str.strip(), **self.overrides)
        if self.fact_block:
            return [fact_block_node(r)] if r.facts else []
        return [fact_node(f) for f in r.facts]

    async def _aretrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        # retrieval is CPU and SQLite work; a thread keeps the event loop free
        return await asyncio.to_thread(self._retrieve, query_bundle)


def fact_node(f: Fact) -> NodeWithScore:
    """One ranked fact: text for the prompt, everything else in metadata (hidden from the LLM
    and from embedding, so prompts stay as compact as our own fact block)."""
    d = f.to_dict()
    meta = {
        "fact_id": d["id"], "edge_id": f.edge.id, "subject_id": f.edge.subject_id,
        "object_id": f.edge.object_id, "subject": d["subject"], "relation": d["relation"],
        "object": d["object"], "source": d["source"], "confidence": d["confidence"],
        "score_components": d["components"],
    }
    node = TextNode(id_=f"graphrag-edge-{f.edge.id}", text=render([f]), metadata=meta,
                    excluded_llm_metadata_keys=list(meta), excluded_embed_metadata_keys=list(meta))
    return NodeWithScore(node=node, score=f.score)


def fact_block_node(r: Retrieval) -> NodeWithScore:
    """The whole fact block as one node; its score is the best fact's."""
    meta = {
        "question": r.question, "fact_block_tokens": r.fact_block_tokens, "answers": r.answers[:20],
        "entities": [e.name for e in r.entities], "facts": [f.to_dict() for f in r.facts],
    }
    node = TextNode(text=r.fact_block, metadata=meta, excluded_llm_metadata_keys=list(meta),
                    excluded_embed_metadata_keys=list(meta))
    return NodeWithScore(node=node, score=max((f.score for f in r.facts), default=0.0))


def graph_tool(rag, *, name: str = "knowledge_graph", description: str = TOOL_DESCRIPTION,
               **overrides: Any) -> RetrieverTool:
    """A tool for LlamaIndex agents that returns the cited fact block for the agent's question."""
    return RetrieverTool.from_defaults(GraphRAGRetriever(rag, fact_block=True, **overrides),
                                       name=name, description=description)
