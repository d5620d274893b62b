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
the batch's options, the resources and parser of each language the input's first
articles are in (``languages_of``; both languages when they are not known), and a
short text of each coded once. Meanwhile the driver imports Dask, plans and starts
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
INPUTS = "PERISTIWA_WARM_INPUTS"  # the batch's input paths, for the languages to load (JSON)
SAMPLE = 50  # the input's first articles whose languages the server loads
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


def languages_of(inputs: list[str]) -> list[str] | None:
    """The languages the input's first ``SAMPLE`` articles are coded in: an article's
    own ``lang``, else the language its function words name (``language.by_function_words``,
    ``detect``'s first decision). None, for every language, when one of them is not
    decided so (lingua is not loaded for it), the input is on the network, or it holds
    no article that can be read."""
    import itertools

    from peristiwa import lang as langdata
    from peristiwa.ingest import location, read_paths
    from peristiwa.records import Article
    from peristiwa.text import language

    if not inputs or any(location.is_url(p) for p in inputs):
        return None
    found: set[str] = set()
    for item in itertools.islice(read_paths(inputs), SAMPLE):
        if not isinstance(item, Article):
            continue
        code = item.lang if item.lang and item.lang != "auto" else language.by_function_words(item.text)
        if code is None or code not in langdata.available():
            return None
        found.add(code)
    return sorted(found) or None


def load(options: dict, langs: list[str] | None = None) -> None:
    """In the server: the worker's coder for ``options`` (``worker.coder``), the
    resources and parser of each language of ``langs`` (all when None) loaded by
    coding a short text; then everything made so far is moved out of the garbage
    collector's sight (``gc.freeze``), so that a worker's collections neither scan it
    nor write to its pages. A language not loaded here is loaded by a worker when its
    first article needs it (as a spawned worker loads every one): the same events."""
    import gc
    from datetime import date

    from peristiwa import lang as langdata
    from peristiwa.batch.worker import coder
    from peristiwa.ingest.run import code_articles
    from peristiwa.records import Article

    c = coder(options)
    langs = [code for code in langdata.available() if code in TEXTS and (langs is None or code in langs)]
    code_articles(c, [Article(text=TEXTS[code], lang=code, published=date(2024, 5, 14)) for code in langs])
    for code in langs:  # the parser, whether or not the text asked for it
        pipe = c.pipeline(code)
        pipe.parse_many(pipe.sentences(TEXTS[code])[:1])
    gc.collect()
    gc.freeze()
    _spaced_for_life()
    global LOADED_IN
    LOADED_IN = os.getpid()


_SPACED: list = []  # the block ``_spaced_for_life`` entered (never left)


def _spaced_for_life() -> None:
    """The collector's thresholds spaced (``cache.gc_spaced``) for the rest of this
    process and of the workers forked from it, which do nothing but code partitions.
    Each partition's ``code_articles`` spaces them while it codes and puts them back
    after, and that return set off a young collection of everything the partition
    had made and still held (its coded articles, the memos' new words): 0.04-0.13 s
    per partition of 25 articles, some 4% of a worker's CPU. Left spaced, a worker
    collects only when what it keeps has grown by ``CODING_GC``'s million objects
    (what a partition holds is freed by reference counting before then)."""
    from peristiwa.cache import gc_spaced

    if not _SPACED:
        block = gc_spaced()
        block.__enter__()
        _SPACED.append(block)


def load_from_environ() -> None:
    """``load`` with the options the driver gave the server; nothing without them. A
    failure leaves the workers to load on first use. First, when the driver left it to
    the server, the environment Dask gives a worker (``set_environ``)."""
    config = os.environ.pop(CONFIG, None)
    if config is not None:
        set_environ(json.loads(config))
    given = os.environ.pop(OPTIONS, None)
    inputs = os.environ.pop(INPUTS, None)
    if given is None:
        return
    try:
        langs = None
        with contextlib.suppress(Exception):  # (unread: every language)
            langs = languages_of(json.loads(inputs)) if inputs else None
        load(json.loads(given), langs)
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


def start(options: dict, config: dict | None = None, inputs: list[str] | None = None) -> bool:
    """Launch the fork server with the coder for ``options`` (it loads in the
    background), its environment as Dask's settings with ``config`` give a worker,
    and the languages of the first articles of ``inputs`` (every language without
    them). False if one runs already (its workers start as it has them), or when
    warm workers are off."""
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
    if inputs:
        os.environ[INPUTS] = json.dumps([str(p) for p in inputs])
    try:
        forkserver.ensure_running()
    finally:
        for name in (OPTIONS, CONFIG, INPUTS):
            os.environ.pop(name, None)
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
