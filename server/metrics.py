"""Prometheus metrics in a registry owned by one app (the global registry would mix apps and
refuse a second app's metrics with 'Duplicated timeseries')."""
from __future__ import annotations

import time

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("graphrag_http_requests", "HTTP requests by endpoint and status",
                                ["method", "endpoint", "status"], registry=self.registry)
        self.latency = Histogram("graphrag_http_request_duration_seconds",
                                 "time to the last byte of the response, by endpoint", ["method", "endpoint"],
                                 buckets=(.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30),
                                 registry=self.registry)
        self.degraded = Counter("graphrag_degraded_answers", "answers where the LLM failed and the "
                                "extractive answer stood in", registry=self.registry)
        self.overloaded = Counter("graphrag_deadline_exceeded", "calls answered at their deadline: a "
                                  "retrieval (503) or an LLM answer (degraded) that waited or ran too long",
                                  ["pool"], registry=self.registry)

    def render(self) -> bytes:
        return generate_latest(self.registry)


def endpoint_label(scope: Scope) -> str:
    """The route template (/jobs/{job_id}), never the raw path, so labels stay few."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    if path:
        return path
    return "/static" if scope.get("path", "").startswith("/static/") else "unmatched"


class MetricsMiddleware:
    def __init__(self, app: ASGIApp, metrics: Metrics):
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0 = time.perf_counter()
        status = 500

        async def tracked_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, tracked_send)
        finally:
            label = endpoint_label(scope)
            self.metrics.requests.labels(scope["method"], label, str(status)).inc()
            self.metrics.latency.labels(scope["method"], label).observe(time.perf_counter() - t0)
