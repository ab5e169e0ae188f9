"""Run the `graphrag` command line inside the test process: the same `graphrag.cli.main` a
subprocess runs, minus the ~5 s of importing torch and sentence-transformers again for every
call. End-to-end tests that call the command a dozen times use this; the installed entry point
itself is run as a real process in test_install.py and test_core.py, and a process that must die
midway (test_ingest_resume.py, test_document_lifecycle.py) is a real child."""
from __future__ import annotations

import contextlib
import io
import subprocess

from graphrag.cli import main


def graphrag(*args, check: bool = True) -> subprocess.CompletedProcess:
    """`graphrag ARGS…` with its exit code, stdout and stderr, as `subprocess.run` returns them."""
    argv = [str(a) for a in args]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as e:  # argparse errors and --help
            code = e.code if isinstance(e.code, int) else 1
    proc = subprocess.CompletedProcess(["graphrag", *argv], code, out.getvalue(), err.getvalue())
    if check and code != 0:
        raise AssertionError(f"graphrag {argv} exited {code}:\n{proc.stderr}")
    return proc
