"""Bounded worker pools with a deadline per call, so one slow call never holds the others.

When a call passes its deadline, or its client goes away, the caller stops waiting and answers,
and the call is cancelled: CPython's `PyThreadState_SetAsyncExc` raises `Cancelled` in its thread
at the next Python bytecode (a thread cannot be killed, and retrieval has no deadline checks of
its own). A thread inside C code (a SQLite query, a socket read) stops when that returns. Until
it stops the thread is *abandoned*: its slot goes to the next call while fewer than `spare`
threads are abandoned (past that, the slot comes back only when the thread ends). So every
client waits at most its deadline, and at most `slots + spare` threads run."""
from __future__ import annotations

import asyncio
import ctypes
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Awaitable, Callable


class Late(Exception):
    """The call did not finish (`started`: it ran; else it never got a slot) by its deadline."""

    def __init__(self, started: bool):
        super().__init__("started" if started else "queued")
        self.started = started


class Gone(Exception):
    """The client went away before the call finished."""


class Cancelled(BaseException):
    """Raised inside a worker thread whose call is no longer waited for (BaseException: code
    that catches Exception to carry on does not swallow it)."""


class Call:
    """fn(*args) that another thread can cancel while it runs, and only while it runs: never
    before it starts or after it returned to the pool's own code."""

    def __init__(self, fn: Callable[..., Any], args: tuple):
        self.fn, self.args = fn, args
        self._lock = threading.Lock()
        self._thread: int | None = None
        self._cancelled = False

    def __call__(self) -> Any:
        with self._lock:
            if self._cancelled:
                raise Cancelled()
            self._thread = threading.get_ident()
        try:
            return self.fn(*self.args)
        finally:
            with self._lock:
                if self._cancelled and self._thread is not None:  # not delivered yet: withdraw it
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self._thread), None)
                self._thread = None

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            if self._thread is not None:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self._thread), ctypes.py_object(Cancelled))


class Pool:
    def __init__(self, name: str, slots: int, spare: int, cancel: bool = True):
        """`cancel=False` for calls that wait in C code (LLM requests): a cancel would fire only
        once the wait ends, when the call ends anyway, and inside the HTTP client's own code."""
        self.slots, self.spare, self.cancel = max(1, slots), max(0, spare), cancel
        self._executor = ThreadPoolExecutor(self.slots + self.spare, thread_name_prefix=name)
        self._free = self.slots
        self._waiters: list[asyncio.Future] = []
        self._abandoned = 0
        self._lock = threading.Lock()  # _abandoned is decremented from worker threads

    @property
    def waiting(self) -> int:
        return len(self._waiters)

    async def quiet(self, within: float) -> None:
        """Return once no call runs or waits here, or after `within` seconds: how lower-priority
        work (graph browsing) lets questions pass first without starving itself."""
        loop = asyncio.get_running_loop()
        end = loop.time() + within
        while (self._free < self.slots or self._waiters) and loop.time() < end:
            await asyncio.sleep(0.005)

    async def run(self, fn: Callable[..., Any], *args: Any, timeout: float,
                  gone: Callable[[], Awaitable[Any]] | None = None) -> Any:
        """fn(*args) on a worker thread; raises Late past `timeout` seconds (queue and run
        together) and Gone when the awaitable `gone()` finishes first (the client left)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        watcher = asyncio.ensure_future(gone()) if gone is not None else None
        try:
            await self._acquire(loop, deadline, watcher)
            call = Call(fn, args)
            future: Future = self._executor.submit(call)
            wrapped = asyncio.wrap_future(future)
            waits = {wrapped} | ({watcher} if watcher else set())
            try:
                done, _ = await asyncio.wait(waits, timeout=max(0.0, deadline - loop.time()),
                                             return_when=asyncio.FIRST_COMPLETED)
            except BaseException:  # the request itself was cancelled (shutdown)
                done = set()
                self._give_up(loop, call, future, wrapped)
                raise
            if wrapped in done:
                self._release()
                return wrapped.result()
            self._give_up(loop, call, future, wrapped)
            raise Gone() if watcher is not None and watcher in done else Late(started=True)
        finally:
            if watcher is not None:
                watcher.cancel()

    async def _acquire(self, loop, deadline: float, watcher: asyncio.Future | None) -> None:
        if self._free > 0 and not self._waiters:
            self._free -= 1
            return
        slot = loop.create_future()
        self._waiters.append(slot)
        try:
            waits = {slot} | ({watcher} if watcher else set())
            done, _ = await asyncio.wait(waits, timeout=max(0.0, deadline - loop.time()),
                                         return_when=asyncio.FIRST_COMPLETED)
        except BaseException:
            self._drop(slot)
            raise
        if slot in done:
            return
        self._drop(slot)
        raise Gone() if watcher is not None and watcher in done else Late(started=False)

    def _drop(self, slot: asyncio.Future) -> None:
        if slot.done() and not slot.cancelled():  # handed a slot just as we gave up: pass it on
            self._release()
        else:
            slot.cancel()
            if slot in self._waiters:
                self._waiters.remove(slot)

    def _release(self) -> None:
        """Give the slot to the next waiter, or back to the pool (event-loop thread only)."""
        while self._waiters:
            slot = self._waiters.pop(0)
            if not slot.done():
                slot.set_result(None)
                return
        self._free += 1

    def _give_up(self, loop, call: Call, future: Future, wrapped: asyncio.Future) -> None:
        if self.cancel:
            call.cancel()
        wrapped.add_done_callback(lambda f: f.cancelled() or f.exception())  # nobody awaits it now
        self._abandon(loop, future)

    def _abandon(self, loop, future: Future) -> None:
        if future.cancel():  # had not started (cannot happen with a free thread, but cheap to be sure)
            self._release()
            return
        with self._lock:
            keep_slot = self._abandoned >= self.spare
            if not keep_slot:
                self._abandoned += 1

        def ended(_: Future) -> None:
            if keep_slot:
                loop.call_soon_threadsafe(self._release)
            else:
                with self._lock:
                    self._abandoned -= 1

        if not keep_slot:
            self._release()
        future.add_done_callback(ended)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
