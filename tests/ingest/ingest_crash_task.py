"""A test-only ingest task: kills its worker process on any file whose name holds KILL_MARKER."""

from __future__ import annotations

import os
from pathlib import Path

from thesisledger.ingest import FileJob, FileResult, process_file

KILL_MARKER = "KILL-THE-WORKER"


def crashing_task(job: FileJob) -> FileResult:
    if KILL_MARKER in Path(job.path).name:
        with Path(job.path + ".attempts").open("a", encoding="utf-8") as log:  # what the test counts
            log.write(f"{os.getpid()}\n")
        os._exit(13)  # the worker dies mid-task, as on a segfault or the OOM killer
    return process_file(job)
