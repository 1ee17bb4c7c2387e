"""What ``gatehouse report handover`` does (imported only when it runs)."""

from __future__ import annotations

import json
from typing import Any

from app.cli import EXIT_OK, CliContext, CliFailure
from app.clock import SystemClock
from app.commands.common import opened_services
from app.commands.reports_actions import cli_words
from app.duty.sheet import HandoverSheetLabels, PrintContext, handover_sheet_pdf
from app.printing import DocumentLabels
from app.printing.storage import write_atomic

# Template placeholders the labels carry, kept as they are by ``CliText.say``'s formatting.
_PLACEHOLDERS = {name: "{" + name + "}" for name in ("count", "name", "time", "reason", "page", "pages", "decision")}


def _words(ctx: CliContext, key: str) -> dict[str, Any]:
    """A labels object's fields, translated by ui/ and passed as JSON through the CLI words."""
    try:
        return dict(json.loads(ctx.text.say(key, **_PLACEHOLDERS)))
    except (KeyError, ValueError):
        return {}  # English defaults


def cmd_report_handover(ctx: CliContext) -> int:
    args = ctx.args
    clock = SystemClock()
    with opened_services(ctx) as services:
        desk_id = None
        if args.desk:
            desk = next((d for d in services.site.desks(include_inactive=True) if d.name == args.desk), None)
            if desk is None:
                raise CliFailure(ctx.text.say("handover.no_desk", desk=args.desk))
            desk_id = desk.id
        row = services.handovers.last(desk_id)
        if row is None:
            raise CliFailure(ctx.text.say("handover.none"))
        labels = HandoverSheetLabels(**_words(ctx, "handover.sheet_labels"))
        document = DocumentLabels(**_words(ctx, "handover.document_labels"))
        by = cli_words(ctx)("common.command_line")  # who printed it, as the other papers say it
        printed = PrintContext(services.site_row.name, row.desk_name, by, clock.now(), services.zone, document)
        path = write_atomic(args.out, handover_sheet_pdf(row, labels, printed))
    ctx.say("handover.written", path=str(path), items=len(row.items))
    return EXIT_OK
