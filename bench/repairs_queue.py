"""Benchmark: the repairs queue page at 200,000 work orders (target: load ≤ 100 ms).

    python3 dev.py bench bench/repairs_queue.py [--work-orders 200000] [--days 730] [--repeat 30]

"Load" is what the queue page does when it is shown or refreshed: count the open jobs, read the
first page (200 rows, urgency order, SLA status recomputed on read from each job's events) and
reset the Qt table model; measured service-only and with the model. Also: a search by unit,
reporter and number over all 200,000 jobs, the call list, and opening one job's detail.
"""

from __future__ import annotations

from harness import measure, report
from repairs_data import arguments, prepared

TARGET_S = 0.100


def main() -> None:
    args = arguments(__doc__ or "")
    services, _clock = prepared(args)
    from app.repairs.rows import QueueFilter, QueueScope

    reader = services.repairs.reader
    open_jobs = QueueFilter()
    print(f"open jobs: {reader.count(open_jobs)}, all: {reader.count(QueueFilter(scope=QueueScope.ALL))}")

    def service_load() -> object:
        return reader.count(open_jobs), reader.page(open_jobs)

    from PySide6.QtWidgets import QApplication

    from ui.repairs.models import WorkOrderQueueTableModel

    app = QApplication.instance() or QApplication([])
    model = WorkOrderQueueTableModel(services.clock, services.zone)

    def model_load() -> object:
        model.set_pages(reader.page(open_jobs), reader.count(open_jobs))
        return model.rowCount()

    first = reader.page(open_jobs)[0].row
    rows = [
        (measure("queue page load (service: count + first 200)", service_load, args.repeat), "median", TARGET_S),
        (measure("queue page load (service + Qt model reset)", model_load, args.repeat), "median", TARGET_S),
        (
            measure(
                "search all jobs by unit 'A12A'",
                lambda: reader.page(QueueFilter(scope=QueueScope.ALL, text="A12A")),
                args.repeat,
            ),
            "median",
            None,
        ),
        (
            measure(
                "search all jobs by reporter '陳'",
                lambda: reader.page(QueueFilter(scope=QueueScope.ALL, text="陳")),
                args.repeat,
            ),
            "median",
            None,
        ),
        (
            measure(
                "search all jobs by number",
                lambda: reader.page(QueueFilter(scope=QueueScope.ALL, text=first.number)),
                args.repeat,
            ),
            "median",
            None,
        ),
        (measure("return-visit call list", reader.call_list, args.repeat), "median", None),
        (
            measure("one job's detail with timeline", lambda: services.repairs.detail(first.id), args.repeat),
            "median",
            None,
        ),
    ]
    report(rows, f"repairs queue at {args.work_orders:,} work orders")
    del app


if __name__ == "__main__":
    main()
