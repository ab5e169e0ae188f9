"""Import cost and offline token counting, each checked in a fresh interpreter (module caches
and environment variables of the test process would hide the effect)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest


def run_python(code: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("TIKTOKEN_CACHE_DIR", "DATA_GYM_CACHE_DIR")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_cli_pipeline_and_server_do_not_import_llamaindex():
    out = run_python(
        "import sys, graphrag, graphrag.pipeline, graphrag.cli\n"
        "graphrag.cli.build_parser()\n"  # `graphrag ask` imports every command module first
        "try:\n    import graphrag.server.app\nexcept ImportError:\n    pass\n"  # the server extra
        "print(sorted(m for m in sys.modules if m.startswith('llama_index.core')))")
    assert out == "[]"


def test_integration_import_brings_llamaindex():
    pytest.importorskip("llama_index.core")
    out = run_python("import sys, graphrag.integrations.llamaindex\nprint('llama_index.core' in sys.modules)")
    assert out == "True"


def test_tiktoken_counts_offline_from_llamaindex_bundle():
    pytest.importorskip("llama_index.core")
    pytest.importorskip("pytest_socket")
    out = run_python(
        "import os, pytest_socket\n"
        "pytest_socket.disable_socket()\n"
        "from graphrag.tokens import default_counter\n"
        "c = default_counter('cl100k_base')\n"
        "print(c.count('What country was Obama born in?'), os.environ['TIKTOKEN_CACHE_DIR'])")
    count, cache = out.split(" ", 1)
    assert count == "7"
    assert cache.replace(os.sep, "/").endswith("llama_index/core/_static/tiktoken_cache")
