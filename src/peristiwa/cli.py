"""The peristiwa command line. Every command has a Python twin (see README).

Exit status: 0 all good; 2 usage or input that cannot be read at all;
3 finished, but some records were skipped (each named on stderr).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from typer.core import TyperGroup

from peristiwa import __version__, config
from peristiwa.errors import PeristiwaError


class _Commands(TyperGroup):
    """Every command: a PeristiwaError that reaches the top is one line and exit status 2
    (here, not only in ``main``, so that the app run in-process behaves as the program)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except PeristiwaError as exc:
            err.print(f"peristiwa: error: {exc}", markup=False)
            raise typer.Exit(EXIT_USAGE) from None


app = typer.Typer(
    cls=_Commands,
    add_completion=False,
    no_args_is_help=True,
    help="peristiwa: political events (CAMEO/PLOVER) from Indonesian and English news.",
)
err = Console(stderr=True, highlight=False, soft_wrap=True)
EXIT_USAGE = 2
EXIT_SKIPPED = 3
ACTORS_HELP = ("Extra actor file (peristiwa TSV or PETRARCH/Phoenix .actors dictionary); "
               "repeatable; adds to [actors] files in peristiwa.toml")

AGENTS_HELP = "PETRARCH/Phoenix agents dictionary; repeatable; adds to [agents] files in peristiwa.toml"
VERBS_HELP = ("PETRARCH verb dictionary (synsets, verbs, patterns; its codes as written); repeatable; "
              "adds to [verbs] files in peristiwa.toml")
DISCARDS_HELP = "PETRARCH discards list; repeatable; adds to [discards] files in peristiwa.toml"

def dictionaries(actors, agents, verbs, discards) -> dict:
    """The dictionary files for ``Coder(**...)``: the configuration's, then the options'."""
    return config.dictionaries(actors, agents, verbs, discards)


actors_app = typer.Typer(no_args_is_help=True, help="The actor knowledge base: look names up.")
app.add_typer(actors_app, name="actors")


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    err.print(f"peristiwa: error: {message}", markup=False)
    return typer.Exit(code)


def read_input(path: str) -> tuple[str, str]:
    """Text of FILE or stdin ('-'), with a one-line error for what cannot be read."""
    from peristiwa.inputs import read_input as read

    try:
        return read(path)
    except PeristiwaError as exc:
        raise fail(str(exc)) from None


@app.command()
def code(
    file: Annotated[str, typer.Argument(help="Article text file, or - for standard input")] = "-",
    lang: Annotated[str, typer.Option(help="auto, id or en")] = "auto",
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD")] = None,
    format: Annotated[str, typer.Option("--format", help="jsonl or table")] = "jsonl",
    actors: Annotated[list[str] | None, typer.Option("--actors", help=ACTORS_HELP)] = None,
    agents: Annotated[list[str] | None, typer.Option("--agents", help=AGENTS_HELP)] = None,
    verbs: Annotated[list[str] | None, typer.Option("--verbs", help=VERBS_HELP)] = None,
    discards: Annotated[list[str] | None, typer.Option("--discards", help=DISCARDS_HELP)] = None,
    unknown_actors: Annotated[bool, typer.Option(
        "--unknown-actors", help="Also events with one side a name nothing could code (code empty, "
        "name kept, as GDELT's Actor1Name)")] = False,
) -> None:
    """Code one article and print its events."""
    from peristiwa.inputs import read_article
    from peristiwa.pipeline import Coder
    from peristiwa.render import coded_events_table

    if format not in ("jsonl", "table"):
        raise fail(f"--format must be jsonl or table, not {format!r}")
    try:
        art, name = read_article(file, lang, published)  # front matter (title, published, lang, url) if any
        events = Coder(**dictionaries(actors, agents, verbs, discards),
                       keep_unknown=unknown_actors).code_article(art)
    except PeristiwaError as exc:
        raise fail(str(exc)) from None
    if format == "jsonl":
        for ev in events:
            sys.stdout.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
        return
    Console().print(coded_events_table(events, name))


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold file (JSON Lines, ../shared/gold/FORMAT.md)")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON")] = False,
    dump: Annotated[Path | None, typer.Option(help="Write every predicted event here, with case_id")] = None,
    actors: Annotated[list[str] | None, typer.Option("--actors", help=ACTORS_HELP)] = None,
    agents: Annotated[list[str] | None, typer.Option("--agents", help=AGENTS_HELP)] = None,
    verbs: Annotated[list[str] | None, typer.Option("--verbs", help=VERBS_HELP)] = None,
    discards: Annotated[list[str] | None, typer.Option("--discards", help=DISCARDS_HELP)] = None,
) -> None:
    """Code every case of a gold file and score it (root, dyad_root, strict)."""
    from peristiwa.evaluate import evaluate_file, score_tables
    from peristiwa.pipeline import Coder

    if not gold.is_file():
        raise fail(f"{gold}: no such file")
    try:
        coder = Coder(**dictionaries(actors, agents, verbs, discards))
    except PeristiwaError as exc:
        raise fail(str(exc)) from None
    try:
        score, errors = evaluate_file(gold, coder, dump)
    except PeristiwaError as exc:
        raise fail(str(exc)) from None
    for e in errors:
        err.print(f"peristiwa: skipped: {e}", markup=False)
    result = score.as_dict()
    if as_json:
        sys.stdout.write(json.dumps(result) + "\n")
    else:
        for table in score_tables(result, gold.name):
            Console().print(table)
    if errors:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def why(
    event: Annotated[str, typer.Argument(help="An event line from `peristiwa code`, a file of them, or -")] = "-",
) -> None:
    """Explain events: the pattern that fired, the spans, the sentence marked up."""
    from peristiwa.explain import explain_lines

    if event == "-":
        lines = sys.stdin.read().splitlines()
    elif event.lstrip().startswith("{"):
        lines = [event]
    else:
        lines = read_input(event)[0].splitlines()
    shown = 0
    try:
        for text in explain_lines(lines):
            sys.stdout.write(text + "\n\n")
            shown += 1
    except PeristiwaError as exc:
        raise fail(str(exc)) from None
    if not shown:
        raise fail("no event given (pipe the output of `peristiwa code` into `peristiwa why`)")


@actors_app.command("lookup")
def actors_lookup(
    name: Annotated[str, typer.Argument(help="A name or alias, e.g. 'Sergei Lavrov' or 'Jokowi'")],
    date: Annotated[str | None, typer.Option("--date", help="The day to code for, YYYY-MM-DD")] = None,
    actors: Annotated[list[str] | None, typer.Option("--actors", help=ACTORS_HELP)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
    fuzzy: Annotated[bool, typer.Option(help="Try near spellings when nothing matches exactly")] = True,
) -> None:
    """Candidates for a name, with their code on --date and every dated affiliation."""
    from peristiwa.actors.kb import load_kb
    from peristiwa.pipeline import parse_date
    from peristiwa.render import candidate_record, print_candidates

    try:
        day = parse_date(date)
        kb = load_kb(config.actor_files(actors))
    except PeristiwaError as exc:
        raise fail(str(exc)) from None
    found = kb.lookup(name, day, fuzzy=fuzzy)
    if as_json:
        for c in found:
            sys.stdout.write(json.dumps(candidate_record(c), ensure_ascii=False) + "\n")
    else:
        print_candidates(Console(soft_wrap=True), found, name, day)
    if not found:
        raise typer.Exit(1)


DB_HELP = "The event store (DuckDB file)"


def open_store(db: str, read_only: bool = False):
    from peristiwa.store.db import Store

    try:
        return Store(db, read_only=read_only)
    except PeristiwaError as exc:
        raise fail(str(exc)) from None


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files and folders (read recursively): text, "
                                               "HTML, RSS/Atom, JSONL, WARC")],
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "peristiwa.duckdb",
    actors: Annotated[list[str] | None, typer.Option("--actors", help=ACTORS_HELP)] = None,
    agents: Annotated[list[str] | None, typer.Option("--agents", help=AGENTS_HELP)] = None,
    verbs: Annotated[list[str] | None, typer.Option("--verbs", help=VERBS_HELP)] = None,
    discards: Annotated[list[str] | None, typer.Option("--discards", help=DISCARDS_HELP)] = None,
    unknown_actors: Annotated[bool, typer.Option(
        "--unknown-actors", help="Also store events with one side an uncoded name")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar")] = False,
) -> None:
    """Read, code and store articles. Running it again on the same input adds nothing."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from peristiwa.cache import freeze_for_exit, gc_spaced
    from peristiwa.ingest import read_paths
    from peristiwa.ingest.run import ingest as run_ingest
    from peristiwa.pipeline import Coder

    try:
        coder = Coder(**dictionaries(actors, agents, verbs, discards), keep_unknown=unknown_actors)
    except PeristiwaError as exc:
        raise fail(str(exc)) from None
    # (spaced around the whole ingest: the collector's thresholds come back only after
    # freeze_for_exit, so that their return sets off no collection in a process that ends)
    with gc_spaced(), open_store(db) as store:
        columns = (SpinnerColumn(), TextColumn("{task.fields[read]} articles"),
                   TextColumn("{task.fields[rate]:.1f} articles/s"),
                   TextColumn("{task.fields[events]} events"), TimeElapsedColumn())
        with Progress(*columns, console=err, disable=quiet, transient=True) as bar:
            task = bar.add_task("ingest", total=None, read=0, rate=0.0, events=0)

            def report(error) -> None:
                bar.console.print(f"peristiwa: skipped: {error}", markup=False, highlight=False)

            def progress(s) -> None:
                bar.update(task, read=s.read, rate=s.rate, events=s.events)

            summary = run_ingest(read_paths(paths), store, coder, report=report, progress=progress)
        counts = store.counts()
        freeze_for_exit()
    err.print(f"{summary.line()}. {db}: {counts['articles']} articles, {counts['events']} events, "
              f"{counts['mentions']} mentions.", markup=False, highlight=False)
    if summary.skipped:
        raise typer.Exit(EXIT_SKIPPED)


def day_option(value: str | None, name: str):
    from peristiwa.pipeline import parse_date

    try:
        return parse_date(value)
    except PeristiwaError:
        raise fail(f"{name} {value!r} is not YYYY-MM-DD") from None


@app.command()
def events(
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "peristiwa.duckdb",
    since: Annotated[str | None, typer.Option(help="First event day YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option(help="Last event day YYYY-MM-DD")] = None,
    actor: Annotated[str | None, typer.Option(help="Actor code prefix, either side")] = None,
    source: Annotated[str | None, typer.Option(help="Source actor code prefix")] = None,
    target: Annotated[str | None, typer.Option(help="Target actor code prefix")] = None,
    code: Annotated[str | None, typer.Option(help="CAMEO code or prefix")] = None,
    quad: Annotated[int | None, typer.Option(help="QuadClass 1-4")] = None,
    q: Annotated[str | None, typer.Option("--q", help="Words in the sentence or names")] = None,
    limit: Annotated[int, typer.Option(help="How many")] = 20,
    format: Annotated[str, typer.Option("--format", help="table or jsonl")] = "table",
) -> None:
    """Stored events, newest first (the command-line twin of GET /events)."""
    from peristiwa.render import stored_events_table
    from peristiwa.store import query

    if format not in ("table", "jsonl"):
        raise fail(f"--format must be table or jsonl, not {format!r}")
    f = query.EventFilter(since=day_option(since, "--since"), until=day_option(until, "--until"),
                          actor=actor, source=source, target=target, code=code, quad=quad, q=q)
    with open_store(db, read_only=True) as store:
        page = query.events(store.con, f, limit=limit)
    if format == "jsonl":
        for ev in page["events"]:
            sys.stdout.write(json.dumps(ev, ensure_ascii=False, default=str) + "\n")
        return
    Console().print(stored_events_table(page, db, limit))


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="Output file (gdelt, plover) or folder (parquet)")],
    format: Annotated[str, typer.Option("--format", help="gdelt, plover or parquet")] = "gdelt",
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "peristiwa.duckdb",
    since: Annotated[str | None, typer.Option(help="First event day YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option(help="Last event day YYYY-MM-DD")] = None,
) -> None:
    """Write the stored events as a GDELT 2.0 event table, PLOVER JSON or Parquet.

    OUT is written under a temporary name beside it and renamed when complete; an OUT
    that is the store or any DuckDB database is refused (exit 2)."""
    import duckdb

    from peristiwa.ingest.common import one_line, visible
    from peristiwa.store import export as exports

    writers = {"gdelt": exports.export_gdelt, "plover": exports.export_plover,
               "parquet": exports.export_parquet}
    if format not in writers:
        raise fail(f"--format must be gdelt, plover or parquet, not {format!r}")
    first, last = day_option(since, "--since"), day_option(until, "--until")
    try:  # before the store is opened, before anything is opened for writing
        exports.check_target(out, db, exports.PARQUET_FILES if format == "parquet" else ())
    except exports.ExportError as exc:
        raise fail(visible(exc)) from None
    with open_store(db, read_only=True) as store:
        try:
            written = writers[format](store.con, out, since=first, until=last)
        except exports.ExportError as exc:
            raise fail(visible(exc)) from None
        except OSError as exc:
            raise fail(f"{visible(out)}: cannot write ({one_line(exc.strerror or exc)})") from None
        except duckdb.Error as exc:  # COPY ... TO parquet: IOException, a full disk
            raise fail(f"{visible(out)}: cannot write ({type(exc).__name__}: "
                       f"{one_line(exc)})") from None
    if isinstance(written, dict):
        written = ", ".join(f"{n} {t}" for t, n in written.items())
    err.print(f"{out}: {written} {'' if isinstance(written, str) else 'events'}".rstrip(),
              markup=False, highlight=False)


@app.command()
def serve(
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "peristiwa.duckdb",
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port")] = 8000,
    watch: Annotated[list[str] | None, typer.Option(
        "--watch", help="Feed URL (RSS/Atom) or drop folder to take news from; repeatable")] = None,
    every: Annotated[str, typer.Option(help="How often to poll --watch sources (15m, 30s, 1h)")] = "15m",
    cors: Annotated[list[str] | None, typer.Option(
        "--cors", help="Origin allowed to call the API from a browser; repeatable")] = None,
) -> None:
    """The HTTP API (/docs) and the dashboard (/); with --watch it also takes in news."""
    import uvicorn

    from peristiwa.serve.api import create_app
    from peristiwa.serve.watch import Watcher, seconds

    watcher = None
    if watch:
        try:
            period = seconds(every)
        except ValueError as exc:
            raise fail(str(exc)) from None
        watcher = Watcher(watch, period, report=lambda e: err.print(
            f"peristiwa: skipped: {e}", markup=False, highlight=False))
    token = os.environ.get("PERISTIWA_API_TOKEN") or None
    writable = bool(watcher or token)  # a token opens POST /ingest: the server then writes
    if not Path(db).exists():
        open_store(db).close()  # an empty store: the server starts, ingest fills it later
    store = open_store(db, read_only=not writable)
    store.close()  # fails here, with one line, if the database is locked or not ours
    err.print(f"peristiwa: serving {db} on http://{host}:{port}/ (API docs at /docs)"
              + ("; POST /ingest takes the token in $PERISTIWA_API_TOKEN" if token else ""),
              markup=False, highlight=False)
    uvicorn.run(create_app(db, watcher=watcher, cors=cors, token=token, writable=writable),
                host=host, port=port, log_level="warning")


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(help="Files and folders, as for `ingest`")],
    out: Annotated[Path, typer.Option("--out", help="Output folder (Parquet partitions + manifest)")],
    workers: Annotated[int, typer.Option(help="Worker processes of the local Dask cluster")] = 2,
    scheduler: Annotated[str | None, typer.Option(
        help="Address of a running Dask scheduler (tcp://HOST:PORT) instead of a local cluster")] = None,
    size: Annotated[int, typer.Option(help="Articles per partition")] = 100,
    actors: Annotated[list[str] | None, typer.Option("--actors", help=ACTORS_HELP)] = None,
    agents: Annotated[list[str] | None, typer.Option("--agents", help=AGENTS_HELP)] = None,
    verbs: Annotated[list[str] | None, typer.Option("--verbs", help=VERBS_HELP)] = None,
    discards: Annotated[list[str] | None, typer.Option("--discards", help=DISCARDS_HELP)] = None,
    unknown_actors: Annotated[bool, typer.Option(
        "--unknown-actors", help="Also events with one side an uncoded name")] = False,
    db: Annotated[str | None, typer.Option(
        "--db", help="Also merge each finished partition into this store while the batch runs "
        "(as `peristiwa load` would after it)")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar")] = False,
) -> None:
    """Code a corpus on Dask into Parquet; run again to resume. Merge with `peristiwa load`
    (or with --db as it runs)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from peristiwa.batch.run import run_batch, warm_server

    if workers < 1 or size < 1:
        raise fail("--workers and --size must be at least 1")
    try:
        files = dictionaries(actors, agents, verbs, discards)
        if any(files.values()):  # a bad dictionary file fails here, not on every worker
            from peristiwa.pipeline import Coder  # (the driver needs no spaCy otherwise)

            Coder(**files)
    except PeristiwaError as exc:
        raise fail(str(exc)) from None
    options = {kind: [str(Path(f).resolve()) for f in found] for kind, found in files.items()
               if found or kind == "actors"}
    options["keep_unknown"] = unknown_actors
    columns = (TextColumn("partitions"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[articles]} articles, {task.fields[events]} events"), TimeElapsedColumn())
    # the workers' fork server loads the coder while the store is opened and the cluster started
    with warm_server(options, scheduler, inputs), Progress(*columns, console=err, disable=quiet, transient=True) as bar:
        task = bar.add_task("batch", total=None, articles=0, events=0)

        def progress(summary, result) -> None:
            for line in result.get("error_lines", []):
                bar.console.print(f"peristiwa: skipped: {line}", markup=False, highlight=False)
            bar.update(task, total=summary.partitions - summary.already_done,
                       completed=summary.coded, articles=summary.articles, events=summary.events)

        with contextlib.ExitStack() as stack:
            store = stack.enter_context(open_store(db)) if db else None
            summary = run_batch(inputs, out, workers=workers, scheduler=scheduler, size=size,
                                options=options, progress=progress, store=store)
    err.print(f"{out}: {summary.line()}", markup=False, highlight=False)
    if summary.errors:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def load(
    folder: Annotated[Path, typer.Argument(help="Output folder of `peristiwa batch`")],
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "peristiwa.duckdb",
) -> None:
    """Merge a batch's output into the store, de-duplicated as `ingest` does."""
    from peristiwa.batch.load import load as run_load

    with open_store(db) as store:
        try:
            summary = run_load(folder, store)
        except FileNotFoundError as exc:
            raise fail(str(exc)) from None
        counts = store.counts()
    err.print(f"{summary.line()}. {db}: {counts['articles']} articles, {counts['events']} events.",
              markup=False, highlight=False)
    if summary.missing:
        err.print(f"peristiwa: {summary.missing} partitions are not finished: run the batch again",
                  markup=False, highlight=False)
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def version() -> None:
    """Print the version."""
    print(__version__)


def main() -> None:
    from peristiwa import cache

    cache.ONE_SHOT = True  # the process ends with the command (peristiwa.cache.freeze_for_exit)
    try:
        app()
    except PeristiwaError as exc:
        err.print(f"peristiwa: error: {exc}", markup=False)
        sys.exit(EXIT_USAGE)
    finally:
        cache.freeze_for_exit()


if __name__ == "__main__":
    main()
