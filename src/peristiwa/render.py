"""What the command line shows: Rich tables and lines built from library results.

The commands in ``cli.py`` parse their options, call the library and print what
these functions build; the HTTP API returns the same results as JSON.
"""

from __future__ import annotations

from datetime import date

from rich.console import Console
from rich.table import Table

from peristiwa.records import Event


def coded_events_table(events: list[Event], name: str) -> Table:
    """`peristiwa code --format table`: one row per coded event."""
    table = Table(title=f"{len(events)} events in {name}")
    for col in ("source", "code", "target", "quad", "goldstein", "plover", "trigger", "sentence"):
        table.add_column(col)
    for ev in events:
        table.add_row(ev.source, ev.code, ev.target or "-", str(ev.quad_class), f"{ev.goldstein:+.1f}",
                      ev.plover or "-", ev.evidence.trigger_text, str(ev.evidence.sentence))
    return table


def stored_events_table(page: dict, db: str, limit: int) -> Table:
    """`peristiwa events`: a page of ``store.query.events``."""
    table = Table(title=f"{page['total']} events in {db}" + (f" (first {limit})" if page["total"] > limit else ""))
    for col in ("date", "source", "code", "target", "quad", "place", "n", "trigger"):
        table.add_column(col)
    for ev in page["events"]:
        table.add_row(ev["date"], ev["source"] or "-", ev["code"], ev["target"] or "-",
                      str(ev["quad_class"]), (ev["place"] or {}).get("name") or "-",
                      str(ev["num_mentions"]), ev["trigger_text"])
    return table


def candidate_record(c) -> dict:
    """`peristiwa actors lookup --json`: one knowledge-base candidate with its affiliations."""
    e = c.entity
    return {"id": e.id, "name": e.name, "kind": e.kind, "code": c.code, "score": c.score,
            "match": c.how, "aliases": sorted(e.aliases),
            "affiliations": [{"code": a.code, "start": a.start and a.start.isoformat(),
                              "end": a.end and a.end.isoformat(), "source": a.source}
                             for a in e.affiliations]}


def print_candidates(con: Console, found: list, name: str, day: date | None) -> None:
    """`peristiwa actors lookup`: each candidate, its code on ``day``, its dated affiliations."""
    if not found:
        con.print(f"no actor named {name!r} in the knowledge base")
    for c in found:
        e = c.entity
        on = f" on {day.isoformat()}" if day else ""
        con.print(f"[bold]{e.name}[/bold] ({e.id}, {e.kind}, {c.how} {c.score:.0f}): "
                  f"[bold]{c.code or '-'}[/bold]{on}", highlight=False)
        for a in sorted(e.affiliations, key=lambda a: (a.start or date.min, a.code)):
            span = f"{a.start or '…'} – {a.end or '…'}"
            con.print(f"    {a.code:<12} {span:<25} {a.source}", markup=False, highlight=False)
