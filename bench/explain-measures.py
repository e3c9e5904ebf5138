#!/usr/bin/env python3
"""Scorecard diagnosis (issue 7): runs each measure's board query (authority level, its own period,
the twelve-point trend) the way performance.Scorecards builds it, against a Beacon database with
psql, and prints how long each took (EXPLAIN ANALYZE's execution time), slowest first. With
--plan ID it prints that measure's whole plan. Reads only.

    bench/explain-measures.py [--db postgresql://postgres@127.0.0.1:54329/postgres] [--as-at 2026-11-24]
                              [--team TEAM-UUID] [--plan MEASURE_ID] [--points 12|2]
"""
import argparse
import datetime as dt
import re
import subprocess
import sys


def psql(db, sql):
    out = subprocess.run(["psql", db, "-X", "-q", "-tA", "-v", "ON_ERROR_STOP=1", "-c", sql], capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip())
    return out.stdout


def month_end(d, back):
    y, m = d.year, d.month - back
    while m <= 0:
        m += 12
        y -= 1
    first_next = dt.date(y + (m // 12), m % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


def fy_start(d):
    return dt.date(d.year if d.month >= 4 else d.year - 1, 4, 1)


def period(kind, d):
    if kind == "MONTH":
        return d.replace(day=1), d
    if kind == "QUARTER":
        start = fy_start(d)
        months = (d.year - start.year) * 12 + d.month - start.month
        m = start.month + months // 3 * 3
        return dt.date(start.year + (m - 1) // 12, (m - 1) % 12 + 1, 1), d
    if kind == "YEAR":
        return fy_start(d), d
    if kind == "ROLLING_12_MONTHS":
        return d.replace(year=d.year - 1) + dt.timedelta(days=1), d
    return d, d


def bind(sql, f, t, a):
    sql = re.sub(r"(?<![:\w]):from\b", f, sql)
    sql = re.sub(r"(?<![:\w]):to\b", t, sql)
    return re.sub(r"(?<![:\w]):asAt\b", a, sql)


MEDIAN = "percentile_cont(0.5) WITHIN GROUP (ORDER BY i.value) FILTER (WHERE i.p_in_numerator)"


def attributed(m, items, as_at, with_teams):
    """As Scorecards.attributed: a LEAD_ALLOCATION measure's items get the child's lead allocation only where a level needs it."""
    if m["attribution"] == "ITEM" or not with_teams:
        return items
    return ("SELECT y.*, la.team_id, la.worker_id FROM (%s) y LEFT JOIN reporting.allocation la ON la.child_id = y.child_id AND la.lead "
            "AND la.allocated_from <= %s AND (la.allocated_to IS NULL OR la.allocated_to > %s)" % (items, as_at, as_at))


def board_sql(m, as_at, condition, count=12):
    points = [month_end(as_at, back) for back in range(count - 1, 0, -1)] + [as_at]
    values = ", ".join("(%d, DATE '%s', DATE '%s', DATE '%s')" % ((i,) + period(m["period"], d) + (d,)) for i, d in enumerate(points))
    items = attributed(m, bind(m["item"], "p.p_from", "p.p_to", "p.p_as_at"), "p.p_as_at", condition != "TRUE")
    flagged = ("SELECT x.*, ((%s) AND (%s)) IS TRUE AS p_in_numerator, (%s) IS TRUE AS p_in_denominator FROM (%s) x WHERE %s"
               % (m["den"], m["num"], m["den"], items, condition))
    return ("SELECT p.idx, count(*) FILTER (WHERE i.p_in_numerator) AS numerator, count(*) FILTER (WHERE i.p_in_denominator) AS denominator, "
            "%s AS median "
            "FROM (VALUES %s) AS p (idx, p_from, p_to, p_as_at) LEFT JOIN LATERAL (%s) i ON TRUE GROUP BY p.idx ORDER BY p.idx"
            % (MEDIAN if m["unit"] == "MEDIAN_DAYS" else "CAST(NULL AS double precision)", values, flagged))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="postgresql://postgres@127.0.0.1:54329/postgres")
    ap.add_argument("--as-at", default=dt.date.today().isoformat())
    ap.add_argument("--team")
    ap.add_argument("--plan")
    ap.add_argument("--points", type=int, default=12, help="trend points: 12 as the trends and XLSX, 2 as a scorecard page's figures")
    args = ap.parse_args()
    as_at = dt.date.fromisoformat(args.as_at)
    condition = "TRUE" if not args.team else "x.team_id = '%s'::uuid" % args.team
    sep = "\x1f"
    rows = psql(args.db, "SELECT id || E'\\x1f' || unit || E'\\x1f' || period_type || E'\\x1f' || attribution || E'\\x1f' || numerator_sql "
                         "|| E'\\x1f' || denominator_sql || E'\\x1f' "
                         "|| replace(item_sql, E'\\n', ' ') FROM performance.measure WHERE NOT retired ORDER BY ordinal, id")
    measures = []
    for line in rows.splitlines():
        if not line.strip():
            continue
        mid, unit, kind, attribution, num, den, item = line.split(sep, 6)
        measures.append({"id": mid, "unit": unit, "period": kind, "attribution": attribution, "num": num, "den": den, "item": item})
    if args.plan:
        m = next(x for x in measures if x["id"] == args.plan)
        print(psql(args.db, "EXPLAIN (ANALYZE, BUFFERS) " + board_sql(m, as_at, condition, args.points)))
        return
    timings = []
    for m in measures:
        try:
            plan = psql(args.db, "EXPLAIN (ANALYZE, TIMING OFF) " + board_sql(m, as_at, condition, args.points))
            ms = float(re.search(r"Execution Time: ([0-9.]+) ms", plan).group(1))
            planning = float(re.search(r"Planning Time: ([0-9.]+) ms", plan).group(1))
        except RuntimeError as e:
            print("%s failed: %s" % (m["id"], e), file=sys.stderr)
            continue
        timings.append((ms, planning, m["id"]))
    total = sum(t for t, _, _ in timings)
    for ms, planning, mid in sorted(timings, reverse=True):
        print("%9.1f ms  (planning %6.1f ms)  %s" % (ms, planning, mid))
    print("%9.1f ms  all %d measures, one after another (planning %.1f ms)" % (total, len(timings), sum(p for _, p, _ in timings)))


if __name__ == "__main__":
    main()
