"""The words the reports print, with English defaults; ui/ fills them in the reader's language.

Every word has a key (``"daily.title"``, ``"metric.visits_in"``…). ``ui/reports/report_words.py`` returns
``{key: translated text}`` for the GUI and, through ``ui/cli_text.AREA_MESSAGES``, for the CLI; the
labels objects are built from any ``lookup(key) -> str | None`` and fall back to English for a key the
lookup does not know. Templates use ``{name}`` placeholders substituted literally with ``fill``: a
translator's typo cannot raise.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum

from app.printing.meta import DocumentLabels
from app.reports.facts import (
    ExceptionKind,
    Indicator,
    Metric,
    Module,
    MusterKind,
    SignInKind,
    Unit,
    WorkOrderBucket,
)
from app.severity import Severity

Lookup = Callable[[str], "str | None"]

# Placeholder names used by report templates: the CLI's ``say(key, **PLACEHOLDERS)`` returns the
# template itself, placeholders intact.
PLACEHOLDERS = {
    name: "{" + name + "}"
    for name in (
        "date",
        "time",
        "month",
        "page",
        "pages",
        "count",
        "modules",
        "kind",
        "name",
        "names",
        "named",
        "people",
        "companions",
        "seq",
        "short",
        "value",
        "start",
        "end",
        "text",
    )
}


def fill(template: str, **values: object) -> str:
    for name, value in values.items():
        template = template.replace("{" + name + "}", str(value))
    return template


DOCUMENT_WORDS: dict[str, str] = {
    "document.printed_by": "Printed by",
    "document.printed_at": "Printed at",
    "document.desk": "Desk",
    "document.page": "Page {page} / {pages}",
    "document.reprint": "REPRINT",
    "document.reprint_count": "No. {count}",
    "document.signature_date": "Date / time",
    "document.note": "Note",
}

COMMON_WORDS: dict[str, str] = {
    "common.whole_site": "Whole site",
    "common.none": "None.",
    "common.not_measured": "—",
    "common.not_recorded": "Not recorded at this site (module not installed): {modules}",
    "common.incomplete": "The period is not over: figures up to {time}.",
    "common.command_line": "Scheduled task (command line)",
    "common.yes": "yes",
    "common.no": "no",
    "module.visitors": "Visitors",
    "module.keys": "Keys",
    "module.repairs": "Repairs and complaints",
    "module.duty": "Duty log, patrols and incidents",
    "module.access": "Shifts and access",
}

DAILY_WORDS: dict[str, str] = {
    "daily.title": "Daily report {date}",
    "daily.date": "Date",
    "daily.desk": "Desk",
    "daily.exceptions": "Exceptions",
    "daily.no_exceptions": "No exceptions: nothing needed attention.",
    "daily.col.severity": "Severity",
    "daily.col.kind": "What",
    "daily.col.time": "Time",
    "daily.col.subject": "Who / what",
    "daily.col.place": "Place",
    "daily.col.details": "Due / note",
    "daily.due": "due {time}",
    "daily.count": "{count} missing",
    "daily.count.patrol_missed": "missed {count} times",
    "daily.patrol_window": "round {start}–{end}",
    "daily.more": "… {count} more of this kind (see the list on screen or the export)",
    "daily.summary": "Summary by module",
    "daily.module_quiet": "Nothing recorded this day.",
    "daily.col.module": "Module",
    "daily.col.figures": "Figures of the day",
    "daily.charts": "Charts",
    "daily.chart.visitors": "Visitors per hour (check-ins)",
    "daily.chart.work_orders": "Work orders by category and status",
    "daily.chart.no_visitors": "No visitors recorded.",
    "daily.chart.no_work_orders": "No work orders.",
    "daily.shifts": "Shifts and operators",
    "daily.col.desk": "Desk",
    "daily.col.shift": "Shift",
    "daily.col.operator": "Operator",
    "daily.col.started": "Started",
    "daily.col.ended": "Ended",
    "daily.col.status": "Status",
    "daily.no_shifts": "No shift was worked.",
    "daily.shift.ended_by": "ended by {name}",
    "daily.approvals": "Supervisor approvals",
    "daily.col.approver": "Approved by",
    "daily.col.requested_by": "Asked by",
    "daily.col.permission": "Action",
    "daily.refused": "Refused sign-ins",
    "daily.col.check": "Check",
    "daily.col.failures": "Failures",
    "daily.col.locked": "Locked",
    "daily.signin.login": "password",
    "daily.signin.pin_switch": "PIN (unlock)",
    "daily.signin.approval_pin": "supervisor PIN",
    "daily.audit": "Audit chain",
    "daily.audit.entries": "Entries this day",
    "daily.audit.head": "Chain head at the end of the day",
    "daily.audit.line": "entry No. {seq}, fingerprint {short}",
    "daily.audit.empty": "No entry recorded yet.",
    "daily.audit.check": "Checking the records later must reach this same line for this entry; "
    "if it differs, records were changed after this report was printed.",
    "daily.reviewed_by": "Reviewed by (supervisor)",
}

MUSTER_WORDS: dict[str, str] = {
    "muster.title": "Muster list: everyone on site",
    "muster.at": "On site at",
    "muster.total": "Total on site",
    "muster.building": "Building: {name}",
    "muster.no_building": "No building recorded",
    "muster.col.number": "No.",
    "muster.col.name": "Name",
    "muster.col.kind": "Who",
    "muster.col.place": "Unit / place",
    "muster.col.since": "Since",
    "muster.col.arrived": "Arrived / key out",
    "muster.col.people": "People",
    "muster.people_split": "{people} = {named} named + {companions} with them",
    "muster.companions_named": "with {names}",
    "muster.check_ins": "checked in {count} times, still open",
    "muster.col.details": "Details",
    "muster.col.present": "Present",
    "muster.nobody": "Nobody is recorded on site.",
    "muster.kind_none": "{kind}: none on site.",
    "muster.instructions": "Read the names at the assembly point; tick who is present; report anyone missing "
    "to the fire services at once.",
    "muster.roll_call_by": "Roll call by",
    "muster.kind.visitor": "Visitor",
    "muster.kind.contractor": "Contractor",
    "muster.kind.key_holder": "Key holder",
}

MONTHLY_WORDS: dict[str, str] = {
    "monthly.title": "Monthly KPI report {month}",
    "monthly.month": "Month",
    "monthly.compared_with": "Compared with",
    "monthly.indicators": "Evaluation indicators",
    "monthly.other": "Other figures",
    "monthly.col.indicator": "Indicator",
    "monthly.col.this": "This month",
    "monthly.col.previous": "Previous month",
    "monthly.col.change": "Change",
    "monthly.no_data": "no data",
    "monthly.previous_empty": "Nothing was recorded in the previous month: there is nothing to compare with.",
    "monthly.better": "better",
    "monthly.worse": "worse",
    "monthly.chart.visits": "Visitors per day",
    "monthly.chart.work_orders": "Work orders by category",
    "monthly.series.this": "This month",
    "monthly.series.previous": "Previous month",
    "monthly.definitions": "Response time: mean time to first response. "
    "MTTR: repair time without time on hold "
    "÷ repairs resolved. SLA compliance: jobs within every target ÷ jobs judged. Satisfaction: "
    "(5·n5 + 4·n4 + 3·n3 + 2·n2 + 1·n1) ÷ N. Complaint rate: complaints ÷ all requests.",
    "monthly.approved_by": "Approved by (manager)",
    "unit.minutes": "{value} min",
    "unit.hours": "{value} h",
    "unit.percent": "{value} %",
    "unit.score": "{value} / 5",
}


def _codes(prefix: str, english: Mapping[Enum, str]) -> dict[str, str]:
    return {f"{prefix}.{member.name.lower()}": text for member, text in english.items()}


SEVERITY_WORDS = _codes(
    "severity",
    {Severity.URGENT: "Urgent", Severity.WARNING: "Warning", Severity.INFO: "Info"},
)
EXCEPTION_WORDS = _codes(
    "exception",
    {
        ExceptionKind.INCIDENT: "Incident",
        ExceptionKind.SLA_BREACH: "SLA breached",
        ExceptionKind.HANDOVER_REFUSED: "Handover refused",
        ExceptionKind.HANDOVER_QUERIED: "Handover queried",
        ExceptionKind.WATCHLIST_HIT: "Watchlist hit",
        ExceptionKind.OVERSTAY: "Visitor overstay",
        ExceptionKind.KEY_OVERDUE: "Key overdue",
        ExceptionKind.KEY_LOST: "Key lost",
        ExceptionKind.KEY_COUNT_DIFFERENCE: "Key count difference",
        ExceptionKind.PATROL_MISSED: "Patrol checkpoint missed",
        ExceptionKind.SIGN_IN_LOCKED: "Account locked",
        ExceptionKind.SIGN_IN_REPEATED: "Repeated failed sign-ins",
    },
)
METRIC_WORDS = _codes(
    "metric",
    {
        Metric.VISITS_IN: "Checked in",
        Metric.VISITS_OUT: "Checked out",
        Metric.ON_SITE_AT_END: "Still on site",
        Metric.OVERSTAYS: "Overstays",
        Metric.WATCHLIST_HITS: "Watchlist hits",
        Metric.VISITS_REFUSED: "Refused entry",
        Metric.EXPECTED: "Expected visitors",
        Metric.KEYS_ISSUED: "Keys issued",
        Metric.KEYS_RETURNED: "Keys returned",
        Metric.KEYS_OUT_AT_END: "Keys out",
        Metric.KEYS_OVERDUE: "Keys overdue",
        Metric.KEYS_LOST: "Keys lost",
        Metric.KEY_COUNTS: "Key counts",
        Metric.KEY_COUNT_DIFFERENCES: "Count differences",
        Metric.WORK_ORDERS_NEW: "New work orders",
        Metric.COMPLAINTS_NEW: "of which complaints",
        Metric.WORK_ORDERS_DONE: "Done",
        Metric.WORK_ORDERS_CLOSED: "Closed",
        Metric.WORK_ORDERS_OPEN: "Open at end of day",
        Metric.SLA_BREACHES: "SLA breaches",
        Metric.RETURN_VISITS: "Return visits",
        Metric.LOG_ENTRIES: "Log entries",
        Metric.PATROL_ROUNDS: "Patrol rounds",
        Metric.PATROL_MISSED: "Checkpoints missed",
        Metric.INCIDENTS: "Incidents",
        Metric.HANDOVERS: "Handovers",
        Metric.HANDOVERS_REFUSED: "Handovers refused",
        Metric.HANDOVERS_QUERIED: "Items queried",
        Metric.SHIFTS: "Shifts",
        Metric.APPROVALS: "Supervisor approvals",
        Metric.REFUSED_SIGN_INS: "Refused sign-ins",
        Metric.AUDIT_ENTRIES: "Audit entries",
    },
)
BUCKET_WORDS = _codes(
    "bucket",
    {
        WorkOrderBucket.NEW: "New",
        WorkOrderBucket.IN_PROGRESS: "In progress",
        WorkOrderBucket.ON_HOLD: "On hold",
        WorkOrderBucket.DONE: "Done",
        WorkOrderBucket.CLOSED: "Closed",
    },
)
INDICATOR_WORDS = _codes(
    "indicator",
    {
        Indicator.VISITS: "Visitor volume",
        Indicator.VISITS_PER_DAY: "Visitors per day (mean)",
        Indicator.WATCHLIST_HITS: "Watchlist hits",
        Indicator.REQUESTS: "Repair and complaint requests",
        Indicator.RESPONSE_TIME: "Response time",
        Indicator.MTTR: "Mean time to repair (MTTR)",
        Indicator.SLA_COMPLIANCE: "SLA compliance",
        Indicator.SATISFACTION: "Satisfaction score",
        Indicator.COMPLAINT_RATE: "Complaint rate",
        Indicator.REOPEN_RATE: "Reopen rate",
        Indicator.INCIDENTS: "Incidents",
        Indicator.INCIDENTS_CRITICAL: "of which critical",
        Indicator.INCIDENTS_HIGH: "of which high",
        Indicator.INCIDENTS_MEDIUM: "of which medium",
        Indicator.INCIDENTS_LOW: "of which low",
        Indicator.PATROL_MISSED: "Patrol checkpoints missed",
        Indicator.HANDOVERS_REFUSED: "Handovers refused",
        Indicator.KEY_LOANS: "Key loans",
        Indicator.OVERDUE_KEYS: "Overdue keys",
        Indicator.SHIFTS: "Shifts worked",
        Indicator.REFUSED_SIGN_INS: "Refused sign-ins",
        Indicator.APPROVALS: "Supervisor approvals",
    },
)

# Codes stored in records, worded in reports and exports (the UI's own names for them). A code
# without a word (a category a site added) is printed as it was typed.
CODE_WORDS: dict[str, str] = {
    "code.pattern.early": "Day shift",
    "code.pattern.middle": "Evening shift",
    "code.pattern.night": "Night shift",
    "code.status.open": "On duty",
    "code.status.ended": "Ended",
    "code.status.handed_over": "Handed over",
    "code.watch_decision.refused": "Refused",
    "code.watch_decision.allowed_after_call": "Allowed after calling",
    "code.watch_decision.allowed_alert_only": "Allowed, alert noted",
    "code.watch_decision.overridden": "Overridden by a supervisor",
    # repair categories (the built-in ones; charts of the daily and monthly reports)
    "code.category.plumbing": "Plumbing",
    "code.category.electrical": "Electrical",
    "code.category.lift": "Lift",
    "code.category.door_access": "Door / access",
    "code.category.public_area": "Public area",
    "code.category.noise": "Noise / neighbour",
    "code.category.cleaning": "Cleaning",
    "code.category.security": "Security",
    "code.category.other": "Other",
}


# What a supervisor approved in place (only approvable actions are ever approved).
PERMISSION_WORDS: dict[str, str] = {
    "code.permission.shifts.end_others": "End another operator's shift",
    "code.permission.settings.edit_desk": "Change this desk's settings",
    "code.permission.repairs.end": "Reject or cancel a work order",
    "code.permission.repairs.return_visit": "Record a return visit",
    "code.permission.repairs.reopen": "Reopen a work order",
    "code.permission.repairs.close_unreached": "Close a job whose resident could not be reached",
    "code.permission.exports.xlsx": "Export a list to Excel",
    "code.permission.duty.routes.manage": "Change patrol routes",
    "code.permission.duty.emergency.edit": "Change emergency contacts or plans",
    "code.permission.duty.handover.close": "Close a stuck or refused handover",
    "code.permission.keys.issue_unauthorised": "Lend a key to someone not authorised",
    "code.permission.keys.manage": "Change the key inventory",
    "code.permission.keys.acknowledge_lost": "Confirm a lost key",
    "code.permission.keys.retire": "Retire a key",
    "code.permission.reports.monthly": "Print the monthly report",
    "code.permission.operators.unlock": "Unlock an operator",
}

ENGLISH: dict[str, str] = {
    **PERMISSION_WORDS,
    **DOCUMENT_WORDS,
    **CODE_WORDS,
    **COMMON_WORDS,
    **DAILY_WORDS,
    **MUSTER_WORDS,
    **MONTHLY_WORDS,
    **SEVERITY_WORDS,
    **EXCEPTION_WORDS,
    **METRIC_WORDS,
    **BUCKET_WORDS,
    **INDICATOR_WORDS,
}


@dataclass(frozen=True, slots=True)
class ReportLabels:
    """Every word of every report, by key, with the English default behind each one."""

    words: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_lookup(cls, lookup: Lookup) -> ReportLabels:
        words = {}
        for key in ENGLISH:
            try:
                text = lookup(key)
            except KeyError:
                text = None
            if text:
                words[key] = text
        return cls(words)

    def __call__(self, key: str, **values: object) -> str:
        text = self.words.get(key) or ENGLISH[key]
        return fill(text, **values) if values else text

    @staticmethod
    def knows(key: str) -> bool:
        return key in ENGLISH

    def code(self, key: str, value: str) -> str:
        """A stored code in words (``code.<key>.<value>``); a code without a word as it is."""
        word = f"code.{key}.{value}"
        return self(word) if word in ENGLISH else value

    # enum words
    def module(self, module: Module) -> str:
        return self(f"module.{module.value}")

    def severity(self, severity: Severity) -> str:
        """The step with its mark (``■ 緊急``): readable in black and white, without colour."""
        return f"{severity.mark} {self(f'severity.{severity.name.lower()}')}"

    def exception(self, kind: ExceptionKind) -> str:
        return self(f"exception.{kind.name.lower()}")

    def metric(self, metric: Metric) -> str:
        return self(f"metric.{metric.name.lower()}")

    def bucket(self, bucket: WorkOrderBucket) -> str:
        return self(f"bucket.{bucket.name.lower()}")

    def indicator(self, indicator: Indicator) -> str:
        return self(f"indicator.{indicator.name.lower()}")

    def muster_kind(self, kind: MusterKind) -> str:
        return self(f"muster.kind.{kind.value}")

    def sign_in(self, kind: SignInKind) -> str:
        return self(f"daily.signin.{kind.value}")

    def shift_status(self, status: str) -> str:
        key = f"code.status.{status}"
        return self(key) if key in ENGLISH else status

    def shift_pattern(self, code: str) -> str:
        key = f"code.pattern.{code}"
        return self(key) if key in ENGLISH else code

    def unit_value(self, unit: Unit, value: float | None) -> str:
        if value is None:
            return self("common.not_measured")
        if unit is Unit.COUNT:
            return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
        number = f"{value:.2f}" if unit is Unit.SCORE else f"{value:,.1f}"
        return self(f"unit.{unit.value}", value=number)

    def document(self) -> DocumentLabels:
        return DocumentLabels(
            printed_by=self("document.printed_by"),
            printed_at=self("document.printed_at"),
            desk=self("document.desk"),
            page=self("document.page"),
            reprint=self("document.reprint"),
            reprint_count=self("document.reprint_count"),
            signature_date=self("document.signature_date"),
            note=self("document.note"),
        )
