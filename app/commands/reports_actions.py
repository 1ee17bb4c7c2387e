"""What ``gatehouse report …`` and ``gatehouse export xlsx`` do (imported only when they run).

The words come from the CLI's translated messages (``ui/reports/report_words.py`` registers them under
``reports:<key>``), so ``--lang en`` prints an English report and ``--lang zh_TW`` a Chinese one.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from app.bootstrap import Services
from app.cli import EXIT_OK, CliContext, CliFailure
from app.clock import day_bounds
from app.commands.common import opened_services
from app.commands.signin import signed_in
from app.exports.registry import ExportFilter, ExportKind
from app.exports.service import EXPORT_LISTS
from app.printing.storage import write_atomic
from app.reports.labels import PLACEHOLDERS, ReportLabels
from app.reports.paper import Paper
from app.reports.service import (
    PRINT_MUSTER,
    VIEW_DAILY_REPORT,
    VIEW_MONTHLY_REPORT,
    check_month_text,
    month_start,
    previous_month,
)

WORDS_PREFIX = "reports:"


def cli_lookup(ctx: CliContext) -> Callable[[str], str | None]:
    """A word by key from the CLI's translated messages, placeholders intact; None if unknown."""

    def lookup(key: str) -> str | None:
        try:
            return ctx.text.say(WORDS_PREFIX + key, **PLACEHOLDERS)
        except (KeyError, IndexError, ValueError):
            return None

    return lookup


def cli_words(ctx: CliContext) -> ReportLabels:
    return ReportLabels.from_lookup(cli_lookup(ctx))


def _paper(ctx: CliContext, services: Services, labels: ReportLabels, desk_name: str = "") -> Paper:
    return Paper(
        site_name=services.site_row.name,
        printed_by=labels("common.command_line"),
        printed_at=services.clock.now(),
        zone=services.zone,
        labels=labels,
        desk_name=desk_name,
    )


# No desk has records before 2000; the last day leaves room for a day's bounds (date.max overflowed).
# A day in the future but inside these is the report's own business ("still in the future").
EARLIEST_DAY = date(2000, 1, 1)
LATEST_DAY = date(9998, 12, 31)


def _day(ctx: CliContext, text: str | None, services: Services) -> date:
    if text is None:
        return services.clock.now().astimezone(services.zone).date() - timedelta(days=1)
    try:
        day = date.fromisoformat(text.strip())
    except ValueError as error:
        raise CliFailure(ctx.text.say("report.bad_date", value=text)) from error
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise CliFailure(
            ctx.text.say(
                "cli.date_out_of_range", value=text, first=EARLIEST_DAY.isoformat(), last=LATEST_DAY.isoformat()
            )
        )
    return day


def _desk(ctx: CliContext, name: str | None, services: Services) -> tuple[uuid.UUID | None, str]:
    if not name:
        return None, ""
    for desk in services.site.desks(include_inactive=True):
        if desk.name == name.strip():
            return desk.id, desk.name
    raise CliFailure(ctx.text.say("report.unknown_desk", value=name))


def _write(ctx: CliContext, out: Path, pdf: bytes) -> int:
    written = write_atomic(out, pdf)
    ctx.say("report.written", path=str(written))
    return EXIT_OK


def cmd_report_daily(ctx: CliContext) -> int:
    labels = cli_words(ctx)
    with opened_services(ctx) as services:
        day = _day(ctx, ctx.args.date, services)  # a mistyped day is said before a password is asked
        desk_id, desk_name = _desk(ctx, ctx.args.desk, services)
        signed_in(ctx, services.database, VIEW_DAILY_REPORT)  # printed as the scheduled task
        pdf = services.reports.daily_pdf(None, day, desk_id, _paper(ctx, services, labels, desk_name))
    return _write(ctx, ctx.args.out, pdf)


def cmd_report_monthly(ctx: CliContext) -> int:
    labels = cli_words(ctx)
    with opened_services(ctx) as services:
        if ctx.args.month:
            try:
                month = check_month_text(ctx.args.month)
            except Exception as error:
                raise CliFailure(ctx.text.say("report.bad_month", value=ctx.args.month)) from error
        else:
            month = previous_month(month_start(services.clock.now().astimezone(services.zone).date()))
        signed_in(ctx, services.database, VIEW_MONTHLY_REPORT)
        pdf = services.reports.monthly_pdf(None, month, _paper(ctx, services, labels))
    return _write(ctx, ctx.args.out, pdf)


def cmd_report_muster(ctx: CliContext) -> int:
    labels = cli_words(ctx)
    with opened_services(ctx) as services:
        signed_in(ctx, services.database, PRINT_MUSTER)
        pdf = services.reports.muster_pdf(None, _paper(ctx, services, labels))
    return _write(ctx, ctx.args.out, pdf)


def cmd_export_xlsx(ctx: CliContext) -> int:
    args = ctx.args
    labels = cli_words(ctx)
    with opened_services(ctx) as services:
        kind = ExportKind(args.what)
        if kind not in services.exports.kinds():
            raise CliFailure(ctx.text.say("export.not_installed", what=args.what))
        start = (
            day_bounds(_day(ctx, args.date_from, services), services.zone)[0] if args.date_from is not None else None
        )
        end = day_bounds(_day(ctx, args.date_to, services), services.zone)[1] if args.date_to is not None else None
        if start is not None and end is not None and end <= start:
            raise CliFailure(ctx.text.say("export.bad_range"))
        desk_id, _ = _desk(ctx, args.desk, services)
        actor, _audit = signed_in(ctx, services.database, EXPORT_LISTS)  # the export itself is audited
        result = services.exports.export(
            actor,
            kind,
            ExportFilter(start, end, desk_id),
            args.out.expanduser().resolve(),
            cli_lookup(ctx),
            exported_by=labels("common.command_line"),
            site_name=services.site_row.name,
        )
    ctx.say("export.written", path=str(result.path), rows=result.rows)
    return EXIT_OK
