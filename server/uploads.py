"""Where uploads wait for their ingestion job: one folder per upload under `<graph>/uploads`,
named after the server process, removed when the job ends and swept at start when the process
that made it is gone (a SIGKILLed server leaves its folders behind). The bytes waiting here are
capped per process (`max_upload_queue_bytes`): past it, uploads get 429."""
from __future__ import annotations

import os
import shutil
import threading
import uuid
from pathlib import Path

from graphrag.server.jobs import alive


class UploadSpace:
    def __init__(self, folder: Path, quota: int):
        self.folder, self.quota = folder, quota
        self._used = 0
        self._lock = threading.Lock()

    def sweep(self) -> int:
        """Remove the folders of server processes that no longer run; returns how many."""
        removed = 0
        if not self.folder.is_dir():
            return 0
        for sub in self.folder.iterdir():
            pid = sub.name.split("-", 1)[0]
            if sub.is_dir() and pid.isdigit() and int(pid) != os.getpid() and not alive(int(pid)):
                shutil.rmtree(sub, ignore_errors=True)
                removed += 1
        return removed

    def has_room(self, size: int) -> bool:
        with self._lock:
            return self._used + size <= self.quota

    @property
    def used(self) -> int:
        return self._used

    def new(self) -> Path:
        folder = self.folder / f"{os.getpid()}-{uuid.uuid4().hex}"
        folder.mkdir(parents=True)
        return folder

    def reserve(self, size: int) -> bool:
        with self._lock:
            if self._used + size > self.quota:
                return False
            self._used += size
            return True

    def release(self, folder: Path, size: int) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        with self._lock:
            self._used -= size
