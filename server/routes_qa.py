"""POST /ask and POST /retrieve: the `graphrag ask --json` result over HTTP."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from graphrag.server import chat, qa
from graphrag.server.models import QuestionRequest, ResultOut
from graphrag.server.security import require_key
from graphrag.server.state import ServerState, get_state

router = APIRouter(tags=["question answering"], dependencies=[Depends(require_key)])


def _turns(req: QuestionRequest) -> tuple[list[str], list[dict[str, str]]]:
    earlier = [t.content for t in req.history if t.role == "user"]
    return earlier, [t.model_dump() for t in req.history]


@router.post("/ask", response_model=ResultOut)
async def ask(req: QuestionRequest, request: Request, state: ServerState = Depends(get_state)) -> dict:
    """Answer with cited facts. When the LLM fails or passes the timeout, the extractive answer is
    returned with `error` set (HTTP 200): the ranked facts are still good."""
    earlier, history = _turns(req)
    result, _ = await qa.ask(state, req.question, earlier, history, req.overrides(), request)
    if chat.degraded(result):
        state.metrics.degraded.inc()
    return result.to_dict()


@router.post("/retrieve", response_model=ResultOut)
async def retrieve(req: QuestionRequest, request: Request, state: ServerState = Depends(get_state)) -> dict:
    """Ranked facts and the fact block, no LLM: `answer` is null."""
    earlier, _ = _turns(req)
    r, _ = await qa.retrieve(state, req.question, earlier, req.overrides(), request)
    return qa.retrieval_dict(r)
