#!/usr/bin/env bash
# Regenerate constraints.txt on purpose: a fresh virtualenv, the newest releases that satisfy
# pyproject.toml (plus any extra requirements given, e.g. 'pytest<9.2' to hold one back), then
# pip freeze without the project itself. Run the tests with the new file before committing it:
#   bash scripts/lock.sh 'pytest<9.2' && bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
d=$(mktemp -d "${TMPDIR:-/tmp}/graphrag-lock.XXXXXX")
trap 'rm -rf "$d"' EXIT
python3 -m venv "$d/venv"
"$d/venv/bin/pip" install -q torch==2.13.0 -e '.[dev]' "$@"
{
  echo "# Versions the test suite passed with; used by README's quick start and scripts/test.sh."
  echo "# Regenerate with: bash scripts/lock.sh [extra requirements]; made with Python $("$d/venv/bin/python" -c 'import platform; print(platform.python_version(), platform.system(), platform.machine())')."
  # the +cpu label names a local build of torch; the plain version is the same release everywhere
  "$d/venv/bin/pip" freeze --exclude-editable | grep -v '^graphrag-kgqa' | sed -E 's/^(torch==[^+]+)\+cpu$/\1/' | LC_ALL=C sort -f -t= -k1,1
} > constraints.txt.tmp
mv constraints.txt.tmp constraints.txt
echo "wrote constraints.txt ($(grep -vc '^#' constraints.txt) pins)"
