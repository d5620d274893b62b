"""Workers that start warm: Dask's worker processes forked from a server that
has loaded the coder once.

A spawned worker process is a new Python: it imports peristiwa, spaCy and Dask,
loads both languages' resources (knowledge base, lexicons, pattern tries, stem
tables) and the parsers, and fills its memos on its first partition,
3-6 s before it codes at its steady rate (bench/RESULTS.md, session 12), and
every worker pays it. The local cluster of ``peristiwa batch`` instead starts its
workers with multiprocessing's "forkserver" method: ``start`` launches the
server, a fresh Python (not a fork of the driver, whose Tornado and Dask threads
a fork would copy in any state), as the first thing the driver does; the server
imports ``peristiwa.batch.preload``, whose import calls ``load``: the coder for
the batch's options, both languages' resources and parsers, and a short text of
each language coded once. Meanwhile the driver imports Dask, plans and starts
the scheduler and the nannies; each worker is then a fork of the server and
shares what it loaded, copy-on-write.

    started = start(options)    # returns at once; the server loads in the background
    ...                         # a LocalCluster with multiprocessing-method "forkserver"
    if started:
        stop()                  # once the cluster has closed

The server has the environment Dask's nanny gives the processes it spawns
(``distributed.nanny.pre-spawn-environ``: one BLAS thread, Python's hash seed),
and the options in ``PERISTIWA_WARM_OPTIONS``. When the driver has not imported
Dask yet (``peristiwa batch``), the server reads Dask's configuration itself
(``PERISTIWA_WARM_CONFIG``: the driver's changes to it) as the first thing it does,
before anything imports numpy: importing dask and reading its YAML files in the
driver first would delay the server's launch, and so every worker's first task,
by 0.1-0.15 s. If loading fails there, the
workers load what they need on first use, as spawned ones do: the same events.
``PERISTIWA_WARM=off`` spawns the workers instead. What it saves, and why the wall
time gains less than the CPU time: bench/RESULTS.md, session 13.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys

OPTIONS = "PERISTIWA_WARM_OPTIONS"  # the coder's options, for the server (JSON)
CONFIG = "PERISTIWA_WARM_CONFIG"  # Dask settings for the server's own reading of its environment (JSON)
HASH_SEED = "6640"  # the seed Dask's nanny gives a worker when Python's is random (``server_environ``)
PRELOAD = ["peristiwa.batch.preload", "distributed"]  # what the server imports
LOADED_IN = 0  # the process ``load`` ran in (a worker forked warm: its parent's)

# Coded once in the server (the writer's own sentences): a dateline, dates (in plain
# forms: dateparser is imported only by a worker that meets another form), places, a speaker, patterns whose sides ask for the parse.
TEXTS = {
    "id": "Jakarta, Senin (13/5/2024) - Polisi Turki menangkap dua jurnalis Rusia di Ankara "
          "pada Minggu malam. Presiden Joko Widodo mengecam serangan terhadap kedutaan itu, "
          "kata juru bicara istana kepada wartawan. Menteri Luar Negeri Indonesia akan bertemu "
          "dengan Menteri Luar Negeri Malaysia di Kuala Lumpur pekan depan untuk membahas "
          "kerja sama perbatasan, sementara ribuan mahasiswa berunjuk rasa menuntut DPR "
          "membatalkan undang-undang itu.",
    "en": "ANKARA, May 13 - Turkish police arrested two Russian journalists in Ankara on Sunday "
          "night. The Indonesian president condemned the attack on the embassy, a spokesman told "
          "reporters on Monday. The foreign minister of Indonesia will meet his Malaysian "
          "counterpart in Kuala Lumpur next week to discuss border cooperation, while thousands "
          "of students protested against the government's new law.",
}


def load(options: dict) -> None:
    """In the server: the worker's coder for ``options`` (``worker.coder``), each
    language's resources and parser loaded by coding a short text; then everything
    made so far is moved out of the garbage collector's sight (``gc.freeze``), so
    that a worker's collections neither scan it nor write to its pages."""
    import gc
    from datetime import date

    from peristiwa import lang as langdata
    from peristiwa.batch.worker import coder
    from peristiwa.ingest.run import code_articles
    from peristiwa.records import Article

    c = coder(options)
    langs = [code for code in langdata.available() if code in TEXTS]
    code_articles(c, [Article(text=TEXTS[code], lang=code, published=date(2024, 5, 14)) for code in langs])
    for code in langs:  # the parser, whether or not the text asked for it
        pipe = c.pipeline(code)
        pipe.parse_many(pipe.sentences(TEXTS[code])[:1])
    gc.collect()
    gc.freeze()
    global LOADED_IN
    LOADED_IN = os.getpid()


def load_from_environ() -> None:
    """``load`` with the options the driver gave the server; nothing without them. A
    failure leaves the workers to load on first use. First, when the driver left it to
    the server, the environment Dask gives a worker (``set_environ``)."""
    config = os.environ.pop(CONFIG, None)
    if config is not None:
        set_environ(json.loads(config))
    given = os.environ.pop(OPTIONS, None)
    if given is None:
        return
    try:
        load(json.loads(given))
    except Exception:  # noqa: BLE001 - only saves time; the worker reports real errors
        pass


def server_environ() -> dict[str, str]:
    """The environment Dask's nanny sets before it spawns a worker (its
    ``_get_env_variables`` and hash seed; under the caller's ``dask.config``), with
    ``distributed``'s defaults read if it is not imported yet: without them the
    server, and every worker, would have numpy's BLAS start a thread per core, and
    a forked worker's BLAS threads then spin beside its coding (0.4-1 s of CPU a
    partition of 25 articles)."""
    import dask

    if "distributed" not in sys.modules:  # what importing it would add (distributed/config.py)
        import importlib.util
        from pathlib import Path

        import yaml

        spec = importlib.util.find_spec("distributed")
        if spec is not None and spec.origin:
            defaults = Path(spec.origin).with_name("distributed.yaml")
            dask.config.update_defaults(yaml.safe_load(defaults.read_text(encoding="utf-8")))
    env = {k: os.environ.get(k, str(v))
           for k, v in dask.config.get("distributed.nanny.pre-spawn-environ").items() if v is not None}
    if env.get("PYTHONHASHSEED") in (None, "0"):
        env["PYTHONHASHSEED"] = HASH_SEED
    return env


def set_environ(config: dict) -> None:
    """In the server, before numpy is imported: ``server_environ`` under the driver's
    changes to Dask's settings (``config``), put in this process's environment, which its
    workers inherit. Python's hash seed was fixed when the process started (the driver
    set it); glibc read its malloc variables then too, so a trim threshold Dask's settings
    name (ours leave it out) is given to glibc here."""
    import dask

    with dask.config.set(config):
        env = server_environ()
    env.pop("PYTHONHASHSEED", None)
    trim = env.get("MALLOC_TRIM_THRESHOLD_") if "MALLOC_TRIM_THRESHOLD_" not in os.environ else None
    os.environ.update(env)
    if trim is not None:
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.CDLL(None).mallopt(-1, int(trim))  # M_TRIM_THRESHOLD


def enabled() -> bool:
    """Warm workers, unless ``PERISTIWA_WARM=off`` (spawned workers, as before)."""
    return os.environ.get("PERISTIWA_WARM", "").lower() != "off"


def start(options: dict, config: dict | None = None) -> bool:
    """Launch the fork server with the coder for ``options`` (it loads in the
    background), its environment as Dask's settings with ``config`` give a worker.
    False if one runs already (its workers start as it has them), or when warm
    workers are off."""
    import multiprocessing
    from multiprocessing import forkserver

    if not enabled():
        return False

    server = getattr(forkserver, "_forkserver", None)
    if getattr(server, "_forkserver_pid", None) is not None:
        return False
    # each worker imports the driver's main module: our command line's, loaded once there
    main = getattr(getattr(sys.modules.get("__main__"), "__spec__", None), "name", None)
    cli = ["peristiwa.cli"] if "peristiwa.cli" in sys.modules or main == "peristiwa.cli" else []
    multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOAD + cli)
    if "dask" in sys.modules:  # as the nanny does before each spawn
        import dask

        with dask.config.set(config or {}):
            os.environ.update(server_environ())
    else:  # read by the server itself (``set_environ``), as it starts
        if os.environ.get("PYTHONHASHSEED") in (None, "0"):
            os.environ["PYTHONHASHSEED"] = HASH_SEED
        os.environ[CONFIG] = json.dumps(config or {})
    os.environ[OPTIONS] = json.dumps(options, sort_keys=True)
    try:
        forkserver.ensure_running()
    finally:
        os.environ.pop(OPTIONS, None)
        os.environ.pop(CONFIG, None)
    return True


def stop() -> None:
    """End the fork server ``start`` launched, once its workers have ended: killed
    (its heap is not freed object by object, and one still loading stops at once),
    then reaped and its socket removed."""
    import signal
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    pid = getattr(server, "_forkserver_pid", None)
    if pid is None or not hasattr(server, "_stop"):
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    server._stop()
