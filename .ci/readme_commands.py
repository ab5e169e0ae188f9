"""Write the README's Quick start commands (the ```bash blocks between "## Quick start" and the
next heading, in order) to DIR/1.sh, DIR/2.sh, so CI runs exactly what a user copies. Exits 1
unless there are exactly two."""
from __future__ import annotations

import re
import sys
from pathlib import Path


def quick_start_blocks(readme: str) -> list[str]:
    section = re.search(r"^## Quick start\n(.*?)(?=^##+ )", readme, re.S | re.M)
    if not section:
        return []
    return [b.strip() + "\n" for b in re.findall(r"^```bash\n(.*?)^```", section.group(1), re.S | re.M)]


def main(readme: str, out: str) -> int:
    blocks = quick_start_blocks(Path(readme).read_text(encoding="utf-8"))
    if len(blocks) != 2:
        print(f"{readme}: expected 2 bash blocks under '## Quick start', found {len(blocks)}", file=sys.stderr)
        return 1
    for i, block in enumerate(blocks, 1):
        Path(out, f"{i}.sh").write_text(block, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:3]))
