"""graphrag-kgqa: grounded question answering over a knowledge graph.

    from graphrag import GraphRAG
    rag = GraphRAG.demo("./demo-graph")
    result = rag.ask("What country was Obama born in?")
    print(result.answer)          # United States. (… [F1] … [F2] … [F3])
"""
from graphrag.answer import AnswerPrompt
from graphrag.pipeline import GraphRAG
from graphrag.settings import QueryParams, Settings
from graphrag.types import Answer, Edge, Entity, Fact, LinkedEntity, Result, Retrieval, Triple

__all__ = ["GraphRAG", "Settings", "QueryParams", "AnswerPrompt", "Triple", "Edge", "Entity", "LinkedEntity", "Fact",
           "Retrieval", "Result", "Answer"]
__version__ = "0.1.0"
