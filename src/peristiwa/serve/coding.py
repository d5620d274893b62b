"""POST /code off the event loop: a pool of coders, each run in a thread of its own,
with a time limit per request.

- **Never on the event loop.** Coding runs in the pool's own threads (not the
  thread pool that serves GET requests, so /code under load cannot take the threads
  /events needs). The text stages are linear in the text, so no single step holds
  the interpreter for long and the event loop keeps answering.
- **No queue behind one lock.** The pool holds ``workers`` coders; a request takes
  an idle one (waiting at most ``wait`` seconds, else 503 "busy") and gives it back.
- **A time limit, and cancellation.** A request whose coding runs past ``timeout``
  seconds is answered 503; its thread is interrupted (an exception raised in it at
  its next Python instruction) and its coder, which may be half-way through
  something, is replaced by a new one. The first request waits, without a limit,
  for the language data to load (once per server).
"""

from __future__ import annotations

import asyncio
import ctypes
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

CODE_TIMEOUT = 10.0  # seconds one request's coding may run
CODE_WAIT = 120.0  # seconds a request waits for an idle coder
CODE_WORKERS = 4
WARM_UP = {"id": "Presiden Indonesia bertemu Perdana Menteri Malaysia di Jakarta.",
           "en": "The president of Indonesia met the prime minister of Malaysia in Jakarta."}


class Interrupted(BaseException):
    """Raised inside a coding thread at its time limit (a BaseException, so that no
    ``except Exception`` in the coder swallows it)."""


class Busy(Exception):
    """No coder became free in time."""


class TimedOut(Exception):
    """The coding ran past its time limit and was stopped."""


class _Job:
    def __init__(self, fn, args) -> None:
        self.fn, self.args = fn, args
        self.lock = threading.Lock()
        self.thread: int | None = None
        self.running = False
        self.interrupted = False

    def run(self) -> Any:
        try:
            with self.lock:
                if self.interrupted:  # its time was up before a thread took it
                    raise Interrupted
                self.thread, self.running = threading.get_ident(), True
            try:
                return self.fn(*self.args)
            finally:
                with self.lock:
                    self.running = False
        except Interrupted:
            return None

    def interrupt(self) -> None:
        with self.lock:
            self.interrupted = True
            if self.running and self.thread is not None:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(self.thread), ctypes.py_object(Interrupted))


class CoderPool:
    """``workers`` coders made by ``factory`` (``first``, if given, is the first)."""

    def __init__(self, factory, workers: int = CODE_WORKERS, timeout: float = CODE_TIMEOUT,
                 wait: float = CODE_WAIT, first=None) -> None:
        self.factory, self.workers, self.timeout, self.wait = factory, workers, timeout, wait
        self.first = first
        self._idle: asyncio.Queue | None = None
        self._warming: asyncio.Future | None = None
        # twice the coders: a thread stuck in C code after its interrupt must not
        # keep the next request from starting
        self._threads = ThreadPoolExecutor(max_workers=2 * workers,
                                           thread_name_prefix="peristiwa-code")

    def _queue(self) -> asyncio.Queue:
        if self._idle is None:  # made in the running loop
            self._idle = asyncio.Queue()
            for k in range(self.workers):
                self._idle.put_nowait(self.first if k == 0 else None)  # None: make one
        return self._idle

    async def _warm(self) -> None:
        """Load the language data once (the first request waits for it, untimed: it
        takes seconds, and is not the request's own work)."""
        if self._warming is None:
            self._warming = asyncio.get_running_loop().run_in_executor(self._threads,
                                                                       self._load)
        await asyncio.shield(self._warming)

    def _load(self) -> None:
        if self.first is None:
            self.first = self.factory()
        for lang, text in WARM_UP.items():
            try:
                self.first.code_text(text, lang)
            except Exception:  # a language that is not installed: its requests will say so
                pass

    async def run(self, method: str, *args) -> Any:
        """``coder.<method>(*args)`` on an idle coder, in a pool thread, within the limit."""
        await self._warm()
        idle = self._queue()
        try:
            coder = await asyncio.wait_for(idle.get(), self.wait)
        except TimeoutError:
            raise Busy from None
        holder = [coder]

        def call():
            if holder[0] is None:
                holder[0] = self.factory()
            return getattr(holder[0], method)(*args)

        job = _Job(call, ())
        future = asyncio.get_running_loop().run_in_executor(self._threads, job.run)

        def give_back(_) -> None:
            idle.put_nowait(None if job.interrupted else holder[0])

        future.add_done_callback(give_back)
        try:
            return await asyncio.wait_for(asyncio.shield(future), self.timeout)
        except (TimeoutError, asyncio.CancelledError) as exc:
            job.interrupt()  # its coder is replaced when its thread lets go
            if isinstance(exc, asyncio.CancelledError):
                raise
            raise TimedOut from None

    def close(self) -> None:
        self._threads.shutdown(wait=False, cancel_futures=True)
