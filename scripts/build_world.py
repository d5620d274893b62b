"""Compile the dashboard's world outline (src/peristiwa/serve/static/world.json).

Run from the repository root, by hand (never at install or test time; the output is
committed):

    cd /tmp && npm pack world-atlas@2 && tar xzf world-atlas-2.*.tgz
    python scripts/build_world.py /tmp/package/countries-110m.json
                                  [--out src/peristiwa/serve/static/world.json]

Source: Natural Earth 1:110m Admin 0 countries (public domain, naturalearthdata.com),
as TopoJSON in the npm package ``world-atlas`` 2.x by Mike Bostock (ISC licence).

The TopoJSON arcs are decoded here (delta-encoded, quantised integer positions), each
country's rings are joined from its arcs, lightly thinned (a point closer than
``--tolerance`` degrees to the last one kept is dropped) and written as one SVG path
string per country in equirectangular degrees, y pointing down::

    {"source": "...", "licence": "...",
     "countries": [{"id": "360", "name": "Indonesia", "d": "M106.2 -6.01L...Z..."}]}

``x = longitude`` and ``y = -latitude``, two decimals, so the dashboard draws a path
as it is inside a group that scales and translates it to the view. The output is
deterministic: the same input gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "peristiwa" / "serve" / "static" / "world.json"
SOURCE = ("Natural Earth 1:110m Admin 0 countries (public domain), via the npm package "
          "world-atlas 2 (ISC licence, Mike Bostock)")


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """The topology's arcs as lists of (lon, lat): undo the delta encoding and the
    quantisation transform (if any)."""
    transform = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        points = []
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            for dx, dy in arc:
                x += dx
                y += dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [(float(p[0]), float(p[1])) for p in arc]
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """One closed ring from its arc indices (``~i``, that is ``-i - 1``, is arc i reversed);
    consecutive arcs share their joining point, kept once."""
    out: list[tuple[float, float]] = []
    for i in indices:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(points[1:] if out else points)
    return out


def thin(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Drop points within ``tolerance`` degrees (both axes) of the last point kept; the
    ring's last point is always kept."""
    if len(points) <= 4:
        return points
    kept = [points[0]]
    for p in points[1:-1]:
        q = kept[-1]
        if abs(p[0] - q[0]) >= tolerance or abs(p[1] - q[1]) >= tolerance:
            kept.append(p)
    kept.append(points[-1])
    return kept


def fmt(v: float) -> str:
    text = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def path(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for r in rings:
        coords = []
        last = None
        for lon, lat in r:
            xy = (fmt(lon), fmt(-lat))
            if xy != last:
                coords.append(f"{xy[0]} {xy[1]}")
                last = xy
        if len(coords) >= 3:
            parts.append("M" + "L".join(coords) + "Z")
    return "".join(parts)


def countries(topo: dict, tolerance: float) -> list[dict]:
    arcs = decode_arcs(topo)
    out = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g.get("type") == "Polygon":
            polygons = [g["arcs"]]
        elif g.get("type") == "MultiPolygon":
            polygons = g["arcs"]
        else:
            continue
        rings = [thin(ring(r, arcs), tolerance) for polygon in polygons for r in polygon]
        d = path(rings)
        if d:
            out.append({"id": str(g.get("id", "")),
                        "name": (g.get("properties") or {}).get("name", ""), "d": d})
    out.sort(key=lambda c: (c["name"], c["id"]))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("topojson", type=Path, help="world-atlas countries-110m.json")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--tolerance", type=float, default=0.05,
                    help="degrees: closer points are dropped (default 0.05)")
    args = ap.parse_args(argv)
    topo = json.loads(args.topojson.read_text(encoding="utf-8"))
    if topo.get("type") != "Topology" or "countries" not in topo.get("objects", {}):
        print(f"{args.topojson}: not a world-atlas countries TopoJSON", file=sys.stderr)
        return 1
    data = {"source": SOURCE, "licence": "public domain (Natural Earth); ISC (world-atlas)",
            "projection": "equirectangular degrees: x = lon, y = -lat",
            "countries": countries(topo, args.tolerance)}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    args.out.write_text(text, encoding="utf-8")
    points = sum(c["d"].count("L") + c["d"].count("M") for c in data["countries"])
    print(f"{args.out}: {len(data['countries'])} countries, {points} points, "
          f"{len(text.encode()) / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
