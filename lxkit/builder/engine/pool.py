"""Running jobs on the machine's cores: forked worker processes that share the parent's set-up.

Workers are forked after the parent has loaded the MkDocs configuration and the theme, so they
start warm and share one theme (copy-on-write) instead of each setting it up. The parent's objects
are frozen out of the garbage collector while workers run (:func:`gc.freeze`): a worker's full
collections would otherwise walk, and copy page by page, everything the parent had made. Where
``fork`` is not available, or for a single job, jobs run in-process.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.reduction import ForkingPickler
from types import MappingProxyType
from typing import Any, Generic, TypeVar

from lxkit.builder.engine.model_cache import reduce_proxy

C = TypeVar("C")
J = TypeVar("J")
R = TypeVar("R")

_CONTEXT: list[Any] = []

# Jobs and results hold the model's read-only mappings; teach the workers' pickler about them.
ForkingPickler.register(MappingProxyType, reduce_proxy)


def _call(job: Any) -> Any:
    function, context = _CONTEXT[0]
    return function(context, job)


class JobRunner(Generic[C, J, R]):
    """Runs ``function(context, job)`` for many jobs, in up to ``processes`` worker processes."""

    def __init__(self, function: Callable[[C, J], R], context: C, processes: int) -> None:
        """Remember what to run; nothing starts until :meth:`run`."""
        self.function = function
        self.context = context
        self.processes = processes

    def run(self, jobs: Sequence[J], meanwhile: Callable[[], object] | None = None) -> Iterator[R]:
        """Results in completion order (any order when run in parallel).

        ``meanwhile`` is called once the workers have started (in-process: before the jobs), so
        the parent does its own work instead of waiting.
        """
        if self.processes <= 1 or len(jobs) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
            if meanwhile is not None:
                meanwhile()
            for job in jobs:
                yield self.function(self.context, job)
            return
        _CONTEXT[:] = [(self.function, self.context)]
        gc.freeze()
        try:
            with multiprocessing.get_context("fork").Pool(min(self.processes, len(jobs))) as pool:
                results = pool.imap_unordered(_call, jobs, chunksize=1)
                if meanwhile is not None:
                    meanwhile()
                yield from results
        finally:
            gc.unfreeze()
            _CONTEXT.clear()
