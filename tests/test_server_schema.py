"""Schemathesis fuzzes every operation of the published OpenAPI schema against a live server
(demo graph, no LLM): no input may cause a 5xx, and 2xx bodies must match the schema.
Bounded: a few examples per operation, so it runs in seconds."""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import response_schema_conformance

from graphrag.pipeline import GraphRAG
from graphrag.server.app import create_app
from graphrag.server.background import BackgroundServer


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    with GraphRAG.demo(tmp_path_factory.mktemp("graph"), vector=False) as rag, \
            BackgroundServer(create_app(rag)) as url:
        yield schemathesis.openapi.from_url(url + "/openapi.json")


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case):
    response = case.call(timeout=30)
    assert response.status_code < 500, f"{case.method} {case.path} -> {response.status_code}: {response.text[:300]}"
    if response.status_code < 300:
        case.validate_response(response, checks=[response_schema_conformance])
