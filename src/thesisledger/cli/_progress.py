"""Progress bars for long terminal work (Monte Carlo, batch extraction), on stderr.

Shown only when stderr is a terminal, so piped JSON/CSV output and tests see nothing extra.

    with progress_bar("simulating", total=n) as advance:
        simulate(program, n, seed=7, progress=lambda done, total: advance(done))
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


@contextmanager
def progress_bar(
    description: str, total: int, *, console: Console | None = None
) -> Iterator[Callable[[int], None]]:
    """A bar of `total` steps; the yielded function sets how many are done (and may name the current item)."""
    out = console or Console(stderr=True)
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=out,
        transient=True,
        disable=not out.is_terminal,
    ) as bar:
        task = bar.add_task(description, total=total)

        def update(done: int) -> None:
            bar.update(task, completed=done)

        yield update
