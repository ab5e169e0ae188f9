"""Files other readers (processes, a crash) must never see half written, and their change stamps."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator


@contextmanager
def atomic_file(path: str | Path) -> Iterator[BinaryIO]:
    """Write to a temp file beside `path`, then rename it into place: a reader sees the old file
    or the new one. On an error the temp file is removed and `path` is untouched."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def stamp(path: str | Path) -> tuple[int, int] | None:
    """(mtime in ns, size) of a file, None when it is missing: changes when another process
    replaces it."""
    try:
        st = Path(path).stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size
