"""OpenAI-compatible chat: GET /v1/models and POST /v1/chat/completions (JSON or SSE)."""
from __future__ import annotations

import time

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool

from graphrag.server import chat, qa
from graphrag.server.models import MAX_QUESTION_CHARS, ChatCompletion, ChatRequest, ModelCard, ModelList
from graphrag.server.security import require_key
from graphrag.server.state import ServerState, get_state

router = APIRouter(prefix="/v1", tags=["openai"], dependencies=[Depends(require_key)])


@router.get("/models", response_model=ModelList)
async def models(state: ServerState = Depends(get_state)) -> dict:
    now = int(time.time())
    return {"object": "list", "data": [ModelCard(id=m, created=now).model_dump() for m in state.model_names]}


@router.get("/models/{model_id}", response_model=ModelCard)
async def model(model_id: str, state: ServerState = Depends(get_state)) -> dict:
    if model_id not in state.model_names:
        raise HTTPException(404, f"no model {model_id!r}: this server answers as {', '.join(state.model_names)}")
    return ModelCard(id=model_id, created=int(time.time())).model_dump()


@router.post("/chat/completions", response_model=ChatCompletion,
             responses={200: {"content": {"text/event-stream": {}},
                              "description": "a chat.completion, or with `stream: true` chat.completion.chunk "
                                             "events ending with `data: [DONE]`"}})
async def completions(req: ChatRequest, request: Request, state: ServerState = Depends(get_state)):
    """The last user message is the question; earlier turns resolve follow-ups. The answer cites
    facts as [F1]; the facts themselves are in the extra `graphrag` field."""
    refused = req.unsupported()
    if refused:
        raise HTTPException(400, f"{refused}: not supported; answers are plain text grounded in the graph's facts "
                                 "(no tool calls, JSON modes or log probabilities)")
    question, earlier, history = chat.split_conversation(req.messages)
    if not question.strip():
        raise HTTPException(422, "messages: the last user message must have text content (the question)")
    if len(question) > MAX_QUESTION_CHARS:
        raise HTTPException(422, f"messages: the question (the last user message) has {len(question):,} characters; "
                                 f"the limit is {MAX_QUESTION_CHARS:,}")
    result, resolved = await qa.ask(state, question, earlier, history, req.overrides(), request)
    if chat.degraded(result):
        state.metrics.degraded.inc()
    model = req.model if req.model in state.model_names else state.model_names[0]
    # built and rendered off the event loop: when many answers end together (all at a hung
    # model's deadline) the loop keeps serving /healthz and new requests between them
    completion = await run_in_threadpool(chat.completion, result, question, resolved, model, state.rag.counter)
    if not req.stream:
        return await run_in_threadpool(JSONResponse, completion)
    include_usage = bool(req.stream_options and req.stream_options.include_usage)
    return StreamingResponse(chat.sse(completion, include_usage), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
