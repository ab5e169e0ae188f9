"""Anchor 2, LlamaIndex's KnowledgeGraphRAGRetriever (the original Graph RAG approach) on our graph.

Needs the `llamaindex` extra (llama-index-core). Our GraphStore is wrapped in a small llama-index
graph-store adapter whose `get_rel_map` walks both edge directions, as llama-index's NebulaGraph
store does, and renders each path the way that store does
("Robert Stack <-[starred_actors]- Jaws -[directed_by]-> Steven Spielberg"). The retriever keeps
its defaults: depth 2, at most 30 knowledge sequences, keyword mode. Entities come from the same
LLM-free linker this project uses, so neither side calls a model.
"""
from __future__ import annotations

from collections import deque
from typing import Any, Dict, List, Optional

from common import AnchorOutput, answers_from_facts


class StoreGraphAdapter:
    """The llama-index `GraphStore` protocol over a graphrag GraphStore (read-only)."""

    schema: str = ""

    def __init__(self, store):
        self.store = store
        self.touched: list[tuple[str, str, str]] = []  # edges of the last get_rel_map, for scoring
        self.subject_order: list[str] = []

    @property
    def client(self) -> Any:
        return self.store

    def _ids(self, name: str) -> list[int]:
        return [e.id for e in self.store.find_entities(name)]

    def get(self, subj: str) -> List[List[str]]:
        return [[e.relation, e.object] for e in self.store.neighbors(self._ids(subj), direction="out")]

    def get_rel_map(self, subjs: Optional[List[str]] = None, depth: int = 2, limit: int = 30) -> Dict[str, List[str]]:
        """Paths of 1..depth edges from each subject, either direction, at most `limit` in all:
        shorter paths first, otherwise in the store's order (no ranking: that is the approach
        being measured). Subjects are visited in `subject_order` when set (the retriever passes a
        set, whose order changes from run to run)."""
        self.touched = []
        rank = {name: i for i, name in enumerate(self.subject_order)}
        subjs = sorted(subjs or [], key=lambda n: rank.get(n, len(rank)))
        out: Dict[str, List[str]] = {}
        count = 0
        for subj in subjs:
            seqs: List[str] = []
            queue = deque((start, subj, frozenset()) for start in self._ids(subj))
            while queue and count < limit:
                node, text, used = queue.popleft()
                for e in self.store.neighbors([node], direction="both"):
                    if count >= limit:
                        break
                    if e.id in used:
                        continue
                    if e.subject_id == node:
                        nxt, step = e.object_id, f"{text} -[{e.relation}]-> {e.object}"
                    else:
                        nxt, step = e.subject_id, f"{text} <-[{e.relation}]- {e.subject}"
                    seqs.append(step)
                    self.touched.append((e.subject, e.relation, e.object))
                    count += 1
                    if len(used) + 1 < depth:
                        queue.append((nxt, step, used | {e.id}))
            if seqs:
                out[subj] = seqs
            if count >= limit:
                break
        return out

    def upsert_triplet(self, subj: str, rel: str, obj: str) -> None:
        raise NotImplementedError("read-only adapter")

    def delete(self, subj: str, rel: str, obj: str) -> None:
        raise NotImplementedError("read-only adapter")

    def persist(self, persist_path: str, fs=None) -> None:
        return None

    def get_schema(self, refresh: bool = False) -> str:
        raise NotImplementedError  # the retriever then runs without a schema, as with SimpleGraphStore

    def query(self, query: str, param_map: Optional[Dict[str, Any]] = None) -> Any:
        raise NotImplementedError


class LlamaIndexGraphRAG:
    name = "LlamaIndex KnowledgeGraphRAGRetriever"

    def __init__(self, rag, counter):
        from llama_index.core import StorageContext
        from llama_index.core.indices.knowledge_graph.retrievers import KnowledgeGraphRAGRetriever
        from llama_index.core.llms import MockLLM

        self.counter = counter
        self.rag = rag
        self.adapter = StoreGraphAdapter(rag.store)
        ctx = StorageContext.from_defaults(graph_store=self.adapter)
        self.retriever = KnowledgeGraphRAGRetriever(
            storage_context=ctx, llm=MockLLM(), entity_extract_fn=self._link,
            synonym_expand_fn=lambda keywords: [], verbose=False)
        # LLM-free: with the prompt templates unset, entities come from the function alone
        # (the retriever's own `handle_llm_prompt_template is None` path); MockLLM guards the rest.
        self.retriever._entity_extract_template = None
        self.retriever._synonym_expand_template = None
        self.depth = self.retriever._graph_traversal_depth
        self.max_sequences = self.retriever._max_knowledge_sequence

    def _link(self, question: str) -> list[str]:
        names = list(dict.fromkeys(e.name for e in self.rag.linker.link(question)))
        self.adapter.subject_order = names
        return names

    def retrieve(self, question: str, budget: int | None = None) -> AnchorOutput:
        nodes = self.retriever.retrieve(question)
        context = "\n".join(n.node.get_content() for n in nodes)
        facts = list(dict.fromkeys(self.adapter.touched)) if nodes else []
        entities = [e for e in (nodes[0].node.metadata.get("kg_rel_map") or {})] if nodes else []
        return AnchorOutput(facts, context, self.counter.count(context) if context else 0,
                            answers_from_facts(question, facts, ends_only=False), entities=entities)
