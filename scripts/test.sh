#!/usr/bin/env bash
# The README's test command: installs what the suite needs (Python extras at the versions pinned in
# constraints.txt, Chromium, Tesseract), then runs pytest. Safe to re-run; installed pieces are skipped.
# The `local` extra compiles llama.cpp the first time (~6 min on 2 cores); pip's wheel cache keeps it.
set -euo pipefail
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  need=()
  command -v chromium >/dev/null || need+=(chromium)
  command -v tesseract >/dev/null || need+=(tesseract-ocr tesseract-ocr-chi-sim)
  if [ ${#need[@]} -gt 0 ]; then
    # wait for another apt/dpkg run (e.g. unattended upgrades) instead of failing on its lock
    lock=(-o DPkg::Lock::Timeout=600)
    apt-get "${lock[@]}" update -qq && DEBIAN_FRONTEND=noninteractive apt-get "${lock[@]}" install -y -qq "${need[@]}" >/dev/null
  fi
fi
# llama.cpp built for this CPU's own instruction set (GGML_NATIVE, its default) crashed in decode on
# an AVX-512 Xeon (2026-12-02); the portable build ran there
export CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF}"
python -m pip install -q -c constraints.txt torch==2.13.0 -e '.[dev]'
set +e
python -m pytest "$@"
rc=$?
set -e
# exit code 5 means no tests were collected: treat as failure with a message rather than silently passing
if [ $rc -eq 5 ]; then echo "no tests collected" >&2; exit 1; fi
exit $rc
