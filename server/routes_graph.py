"""GET /graph/entities, /graph/subgraph and /graph/relations: look up and explore the graph
(notebook, web page)."""
from __future__ import annotations

import asyncio

from fastapi import APIRouter, Depends, HTTPException, Query

from graphrag import relation_words
from graphrag.errors import NotFound
from graphrag.pipeline import GraphRAG
from graphrag.store.base import breadth_first
from graphrag.server.models import EntityList, RelationList, Subgraph
from graphrag.server.pools import Late
from graphrag.server.security import require_key
from graphrag.server.state import ServerState, get_state

router = APIRouter(prefix="/graph", tags=["graph"], dependencies=[Depends(require_key)])

BROWSE_YIELD_S = 0.25  # the longest a browse waits for questions to pass before it runs anyway


async def browse(state: ServerState, fn, *args):
    """Graph browsing yields to questions: one browse at a time, and each waits (up to
    BROWSE_YIELD_S) for the retrieval pool to be idle before it starts, so under load it takes
    a small share of the GIL. Past retrieval_timeout in all: 503."""
    timeout = state.settings.retrieval_timeout
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    try:
        await asyncio.wait_for(state.browse_turn.acquire(), timeout)
    except TimeoutError:
        return _busy(state, timeout)
    try:
        await state.retrieval.quiet(within=min(BROWSE_YIELD_S, max(0.0, end - loop.time())))
        return await state.browse.run(fn, *args, timeout=max(0.0, end - loop.time()))
    except Late:
        return _busy(state, timeout)
    finally:
        state.browse_turn.release()


def _busy(state: ServerState, timeout: float):
    state.metrics.overloaded.labels("browse").inc()
    raise HTTPException(503, f"graph browsing is busy: no answer within {timeout:g}s", headers={"Retry-After": "1"})


def lookup(rag: GraphRAG, q: str, limit: int) -> list[dict]:
    """An id, an exact name or alias, then the entities the linker finds in the text (fuzzy too)."""
    found: dict[int, tuple[object, str]] = {}
    if q.strip().isascii() and q.strip().isdigit() and int(q) < 2**63:
        for e in rag.store.get_entities([int(q)]):
            found[e.id] = (e, "id")
    for e in rag.store.find_entities(q):
        found.setdefault(e.id, (e, "exact" if e.name.casefold() == q.strip().casefold() else "alias"))
    linked = [le for le in rag.linker.link(q) if le.id not in found]
    for le, e in zip(linked, rag.store.get_entities([le.id for le in linked])):
        found.setdefault(e.id, (e, le.method))
    hits = list(found.values())[:limit]
    degrees = rag.store.degrees([e.id for e, _ in hits])
    return [{"id": e.id, "name": e.name, "aliases": list(e.aliases), "degree": degrees.get(e.id, 0), "match": how}
            for e, how in hits]


def subgraph(rag: GraphRAG, entity: str, hops: int, limit: int) -> dict:
    hits = lookup(rag, entity, 1)
    if not hits:
        raise NotFound(f"no entity matches {entity!r}")
    center = hits[0]
    edges = breadth_first(rag.store, [center["id"]], hops=hops, fanout=limit, max_edges=limit, chunk=1)
    nodes = {center["id"]: center["name"]}
    for e in edges:
        nodes.setdefault(e.subject_id, e.subject)
        nodes.setdefault(e.object_id, e.object)
    return {
        "center": {"id": center["id"], "name": center["name"]},
        "hops": hops,
        "nodes": [{"id": i, "name": n} for i, n in nodes.items()],
        "edges": [{"id": e.id, "source": e.subject_id, "target": e.object_id, "subject": e.subject,
                   "relation": e.relation, "object": e.object, "provenance": e.source} for e in edges],
        "truncated": len(edges) >= limit,
    }


@router.get("/entities", response_model=EntityList)
async def entities(q: str = Query(min_length=1, max_length=500, description="a name, alias, id or text"),
                   limit: int = Query(20, ge=1, le=200), state: ServerState = Depends(get_state)) -> dict:
    return {"query": q, "entities": await browse(state, lookup, state.rag, q, limit)}


@router.get("/subgraph", response_model=Subgraph)
async def neighbourhood(entity: str = Query(min_length=1, max_length=500, description="an entity id or name"),
                        hops: int = Query(1, ge=1, le=3), limit: int = Query(200, ge=1, le=2000,
                                                                               description="edge cap"),
                        state: ServerState = Depends(get_state)) -> dict:
    """Edges within `hops` of the entity, breadth first, at most `limit` of them."""
    return await browse(state, subgraph, state.rag, entity, hops, limit)


def relations(rag: GraphRAG) -> dict:
    words = relation_words.load(rag.settings.home_path)
    counts = sorted(rag.store.relation_counts().items(), key=lambda x: -x[1])
    return {"relations": [{"relation": r, "facts": n, "words": words.get(r, [])} for r, n in counts]}


@router.get("/relations", response_model=RelationList)
async def relation_list(state: ServerState = Depends(get_state)) -> dict:
    """The graph's relations, most facts first, with the extra words questions may use for them
    (edit them with `graphrag relations`)."""
    return await browse(state, relations, state.rag)
