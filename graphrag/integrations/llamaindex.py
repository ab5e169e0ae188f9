"""LlamaIndex integration: our retriever in LlamaIndex, LlamaIndex LLMs and Documents in ours.

Importing this module imports llama-index-core (seconds); nothing else in graphrag does.

    from graphrag.integrations.llamaindex import GraphRAGRetriever, LlamaIndexLLM, ingest_documents
"""
from graphrag.integrations.llamaindex_documents import ingest_documents, source_name
from graphrag.integrations.llamaindex_llm import LlamaIndexLLM
from graphrag.integrations.llamaindex_retriever import (GraphRAGRetriever, fact_block_node, fact_node,
                                                        graph_tool)

__all__ = ["GraphRAGRetriever", "LlamaIndexLLM", "fact_block_node", "fact_node", "graph_tool",
           "ingest_documents", "source_name"]
