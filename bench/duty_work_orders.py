"""Benchmark: where the duty log meets repairs, at 200,000 work orders (docs/targets.md: every screen
answers at once; the repairs queue's 100 ms page load is the yardstick used here).

    python3 dev.py bench bench/duty_work_orders.py [--work-orders 200000] [--days 730] [--repeat 30]

On the repairs benchmark site (``bench/repairs_data.py``, built once in its own folder), adds a busy
shift at the booth: 200 log entries (a third with one or two photos), 20 incidents with photos, 40 of
them already turned into work orders, and 20,000 older work orders made from log entries. Then times
what the duty pages and the work-order dialog do:
  * the shift's timeline (entries, amendments, files, the work orders made from each);
  * an incident's record (events, files, work orders) and its proposal for the intake form;
  * saving a work order from an incident (one transaction: the job, two files linked, audit);
  * a work order's detail naming its source.
"""

from __future__ import annotations

import random
import time
import uuid
from datetime import timedelta
from pathlib import Path

from harness import measure, report
from repairs_data import arguments, prepared

TARGET_S = 0.100
ENTRIES = 200
INCIDENTS = 20
LINKED_ENTRIES = 30
LINKED_INCIDENTS = 10
OLD_LINKED = 20_000
DEFAULT_FOLDER = Path("/tmp/gatehouse-bench-duty-repairs")


def main() -> None:
    args = arguments(__doc__ or "")
    if args.folder == Path("/tmp/gatehouse-bench-repairs"):
        args.folder = DEFAULT_FOLDER  # this benchmark writes duty data: keep the repairs site as it is
    services, clock = prepared(args)
    from sqlalchemy import bindparam, select, text, update

    from app.duty.incidents import NewIncident
    from app.duty.log import NewLogEntry
    from app.duty.work_orders import SourceKind, links_for
    from app.permissions import Actor, Role
    from app.site import DeskKind
    from db.models.duty import DutyLogEntry, Incident
    from db.models.repairs import WorkOrder

    desk = next(d.id for d in services.site.desks() if d.kind == DeskKind.BOOTH)
    guard_row = next(o for o in services.operators.switchable() if o.role is Role.GUARD)
    guard = Actor(guard_row.id, guard_row.username, guard_row.display_name, Role.GUARD, desk)
    marker = args.folder / f"{args.work_orders}-{args.days}" / "duty-ready"
    photos = args.folder / "photos"
    if not marker.exists():
        started = time.perf_counter()
        photos.mkdir(parents=True, exist_ok=True)
        rng = random.Random(5)
        shift = services.shifts.start(guard, "middle") if services.shifts.current(desk) is None else None
        guard = guard.with_shift(None if shift is None else shift.id)
        clock.set(clock.now() - timedelta(hours=7))
        entries, incidents = [], []
        for n in range(ENTRIES):
            clock.advance(timedelta(seconds=120))
            chosen = []
            for k in range(rng.choice((0, 0, 1, 2))):
                path = photos / f"entry-{n}-{k}.jpg"
                path.write_bytes(rng.randbytes(40_000))
                chosen.append(str(path))
            entry = services.duty_log.add(
                guard, NewLogEntry("note", f"巡查記錄 {n}：一切正常", "東門", attachment_paths=chosen)
            )
            entries.append(entry)
        for n in range(INCIDENTS):
            path = photos / f"incident-{n}.jpg"
            path.write_bytes(rng.randbytes(60_000))
            second = photos / f"incident-{n}-b.jpg"
            second.write_bytes(rng.randbytes(60_000))
            incidents.append(
                services.incidents.report(
                    guard,
                    NewIncident("flooding", "high", "地庫B2", f"漏水 {n}", attachment_paths=(str(path), str(second))),
                )
            )
        for entry in entries[:LINKED_ENTRIES]:
            draft = services.duty_work_orders.draft(guard, "log", entry.id)
            services.duty_work_orders.create(guard, "log", entry.id, draft.fields, [a.id for a in draft.attachments])
        for incident in incidents[:LINKED_INCIDENTS]:
            draft = services.duty_work_orders.draft(guard, "incident", incident.incident.id)
            services.duty_work_orders.create(
                guard, "incident", incident.incident.id, draft.fields, [a.id for a in draft.attachments]
            )
        engine = services.database.engine
        with engine.begin() as connection:  # older jobs made from log entries (each its own entry)
            old = list(
                connection.execute(
                    select(WorkOrder.id).where(WorkOrder.source_kind.is_(None)).limit(OLD_LINKED)
                ).scalars()
            )
            connection.execute(
                update(WorkOrder.__table__)  # type: ignore[arg-type]
                .where(WorkOrder.__table__.c.id == bindparam("job"))
                .values(source_kind="log", source_id=bindparam("entry")),
                [{"job": job, "entry": str(uuid.uuid4())} for job in old],
            )
        marker.write_text("ready")
        print(f"added the busy shift in {time.perf_counter() - started:.1f} s", flush=True)
    with services.database.sessions.read() as s:
        since = s.execute(select(DutyLogEntry.at).order_by(DutyLogEntry.at).limit(1)).scalar_one()
        incident_id = s.execute(select(Incident.id).order_by(Incident.occurred_at.desc()).limit(1)).scalar_one()
        linked = s.execute(select(Incident.id).order_by(Incident.occurred_at).limit(1)).scalar_one()
        plan = s.execute(
            text("EXPLAIN QUERY PLAN SELECT id FROM work_order WHERE source_kind = 'log' AND source_id IN ('a', 'b')")
        ).all()
        ids = list(s.execute(select(DutyLogEntry.id).where(DutyLogEntry.amends_id.is_(None))).scalars())
    print("links query plan:", " / ".join(str(row[-1]) for row in plan))
    timeline = services.duty_log.timeline(desk, since - timedelta(minutes=1))
    print(
        f"timeline: {len(timeline)} entries, {sum(len(e.attachments) for e in timeline)} files, "
        f"{sum(len(e.work_orders) for e in timeline)} work orders linked"
    )
    job = services.incidents.get(linked).work_orders[0]

    def save_from_incident() -> object:
        draft = services.duty_work_orders.draft(guard, "incident", incident_id)
        return services.duty_work_orders.create(
            guard, "incident", incident_id, draft.fields, [a.id for a in draft.attachments]
        )

    def links_of_shift() -> object:
        with services.database.sessions.read() as s:
            return links_for(s, SourceKind.LOG, ids)

    def shift_timeline() -> object:
        return services.duty_log.timeline(desk, since)

    def incident_record() -> object:
        return services.incidents.get(linked)

    def proposal() -> object:
        return services.duty_work_orders.draft(guard, "incident", incident_id)

    def job_detail() -> object:
        return services.repairs.detail(job.id)

    timed = [
        ("duty-log timeline of a 200-entry shift", shift_timeline, TARGET_S),
        ("links of 200 entries at 200k work orders", links_of_shift, None),
        ("incident record (events, files, work orders)", incident_record, TARGET_S),
        ("proposal for the intake form (incident)", proposal, TARGET_S),
        ("save a work order from an incident (+2 files)", save_from_incident, TARGET_S),
        ("work-order detail naming its source", job_detail, TARGET_S),
    ]
    rows = [(measure(name, action, args.repeat), "median", target) for name, action, target in timed]
    report(rows, f"duty log × repairs at {args.work_orders:,} work orders")


if __name__ == "__main__":
    main()
