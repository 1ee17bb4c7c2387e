"""Every word the reports and exports print, translated (``QCoreApplication.translate``).

``app.reports.labels`` / ``app.exports.service`` hold the keys and English defaults; this module is
their only translation. The GUI builds ``ReportLabels`` from ``report_words()``; the CLI gets the same
words through ``ui/cli_text.AREA_MESSAGES`` (``cli_messages``), under ``reports:<key>``.
Generated from the English defaults; a test checks that no key is missing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.reports.labels import ReportLabels
from app.shifts import ShiftStatus
from ui.code_words import pattern_name, shift_status_name
from ui.printing.document_words import document_labels

WORDS_PREFIX = "reports:"


def _report_words() -> dict[str, str]:
    return {
        "common.whole_site": QCoreApplication.translate("ReportWords", "Whole site"),
        "common.none": QCoreApplication.translate("ReportWords", "None."),
        "common.not_measured": QCoreApplication.translate("ReportWords", "—"),
        "common.not_recorded": QCoreApplication.translate(
            "ReportWords", "Not recorded at this site (module not installed): {modules}"
        ),
        "common.incomplete": QCoreApplication.translate("ReportWords", "The period is not over: figures up to {time}."),
        "common.command_line": QCoreApplication.translate("ReportWords", "Scheduled task (command line)"),
        "common.yes": QCoreApplication.translate("ReportWords", "yes"),
        "common.no": QCoreApplication.translate("ReportWords", "no"),
        "module.visitors": QCoreApplication.translate("ReportWords", "Visitors"),
        "module.keys": QCoreApplication.translate("ReportWords", "Keys"),
        "module.repairs": QCoreApplication.translate("ReportWords", "Repairs and complaints"),
        "module.duty": QCoreApplication.translate("ReportWords", "Duty log, patrols and incidents"),
        "module.access": QCoreApplication.translate("ReportWords", "Shifts and access"),
        "daily.title": QCoreApplication.translate("ReportWords", "Daily report {date}"),
        "daily.date": QCoreApplication.translate("ReportWords", "Date"),
        "daily.desk": QCoreApplication.translate("ReportWords", "Desk"),
        "daily.exceptions": QCoreApplication.translate("ReportWords", "Exceptions"),
        "daily.no_exceptions": QCoreApplication.translate("ReportWords", "No exceptions: nothing needed attention."),
        "daily.col.severity": QCoreApplication.translate("ReportWords", "Severity"),
        "daily.col.kind": QCoreApplication.translate("ReportWords", "What"),
        "daily.col.time": QCoreApplication.translate("ReportWords", "Time"),
        "daily.col.subject": QCoreApplication.translate("ReportWords", "Who / what"),
        "daily.col.place": QCoreApplication.translate("ReportWords", "Place"),
        "daily.col.details": QCoreApplication.translate("ReportWords", "Due / note"),
        "daily.due": QCoreApplication.translate("ReportWords", "due {time}"),
        "daily.count": QCoreApplication.translate("ReportWords", "{count} missing"),
        "daily.count.patrol_missed": QCoreApplication.translate("ReportWords", "missed {count} times"),
        "daily.summary": QCoreApplication.translate("ReportWords", "Summary by module"),
        "daily.module_quiet": QCoreApplication.translate("ReportWords", "Nothing recorded this day."),
        "daily.col.module": QCoreApplication.translate("ReportWords", "Module"),
        "daily.col.figures": QCoreApplication.translate("ReportWords", "Figures of the day"),
        "daily.charts": QCoreApplication.translate("ReportWords", "Charts"),
        "daily.chart.visitors": QCoreApplication.translate("ReportWords", "Visitors per hour (check-ins)"),
        "daily.chart.work_orders": QCoreApplication.translate("ReportWords", "Work orders by category and status"),
        "daily.chart.no_visitors": QCoreApplication.translate("ReportWords", "No visitors recorded."),
        "daily.chart.no_work_orders": QCoreApplication.translate("ReportWords", "No work orders."),
        "daily.shifts": QCoreApplication.translate("ReportWords", "Shifts and operators"),
        "daily.col.desk": QCoreApplication.translate("ReportWords", "Desk"),
        "daily.col.shift": QCoreApplication.translate("ReportWords", "Shift"),
        "daily.col.operator": QCoreApplication.translate("ReportWords", "Operator"),
        "daily.col.started": QCoreApplication.translate("ReportWords", "Started"),
        "daily.col.ended": QCoreApplication.translate("ReportWords", "Ended"),
        "daily.col.status": QCoreApplication.translate("ReportWords", "Status"),
        "daily.no_shifts": QCoreApplication.translate("ReportWords", "No shift was worked."),
        "daily.shift.ended_by": QCoreApplication.translate("ReportWords", "ended by {name}"),
        "daily.approvals": QCoreApplication.translate("ReportWords", "Supervisor approvals"),
        "daily.col.approver": QCoreApplication.translate("ReportWords", "Approved by"),
        "daily.col.requested_by": QCoreApplication.translate("ReportWords", "Asked by"),
        "daily.col.permission": QCoreApplication.translate("ReportWords", "Action"),
        "daily.refused": QCoreApplication.translate("ReportWords", "Refused sign-ins"),
        "daily.col.check": QCoreApplication.translate("ReportWords", "Check"),
        "daily.col.failures": QCoreApplication.translate("ReportWords", "Failures"),
        "daily.col.locked": QCoreApplication.translate("ReportWords", "Locked"),
        "daily.signin.login": QCoreApplication.translate("ReportWords", "password"),
        "daily.signin.pin_switch": QCoreApplication.translate("ReportWords", "PIN (unlock)"),
        "daily.signin.approval_pin": QCoreApplication.translate("ReportWords", "supervisor PIN"),
        "daily.audit": QCoreApplication.translate("ReportWords", "Audit chain"),
        "daily.audit.entries": QCoreApplication.translate("ReportWords", "Entries this day"),
        "daily.audit.head": QCoreApplication.translate("ReportWords", "Chain head at the end of the day"),
        "daily.audit.line": QCoreApplication.translate("ReportWords", "entry No. {seq}, fingerprint {short}"),
        "daily.audit.empty": QCoreApplication.translate("ReportWords", "No entry recorded yet."),
        "daily.audit.check": QCoreApplication.translate(
            "ReportWords",
            "Checking the records later must reach this same line for this entry; if it differs, records were changed after this report was printed.",  # noqa: E501 (one literal for lupdate)
        ),
        "daily.patrol_window": QCoreApplication.translate("ReportWords", "round {start}–{end}"),
        "daily.more": QCoreApplication.translate(
            "ReportWords", "… {count} more of this kind (see the list on screen or the export)"
        ),
        "muster.col.arrived": QCoreApplication.translate("ReportWords", "Arrived / key out"),
        "muster.col.people": QCoreApplication.translate("ReportWords", "People"),
        "muster.people_split": QCoreApplication.translate(
            "ReportWords", "{people} = {named} named + {companions} with them"
        ),
        "muster.companions_named": QCoreApplication.translate("ReportWords", "with {names}"),
        "muster.check_ins": QCoreApplication.translate("ReportWords", "checked in {count} times, still open"),
        "monthly.no_data": QCoreApplication.translate("ReportWords", "no data"),
        "monthly.previous_empty": QCoreApplication.translate(
            "ReportWords", "Nothing was recorded in the previous month: there is nothing to compare with."
        ),
        "daily.reviewed_by": QCoreApplication.translate("ReportWords", "Reviewed by (supervisor)"),
        "muster.title": QCoreApplication.translate("ReportWords", "Muster list: everyone on site"),
        "muster.at": QCoreApplication.translate("ReportWords", "On site at"),
        "muster.total": QCoreApplication.translate("ReportWords", "Total on site"),
        "muster.building": QCoreApplication.translate("ReportWords", "Building: {name}"),
        "muster.no_building": QCoreApplication.translate("ReportWords", "No building recorded"),
        "muster.col.number": QCoreApplication.translate("ReportWords", "No."),
        "muster.col.name": QCoreApplication.translate("ReportWords", "Name"),
        "muster.col.kind": QCoreApplication.translate("ReportWords", "Who"),
        "muster.col.place": QCoreApplication.translate("ReportWords", "Unit / place"),
        "muster.col.since": QCoreApplication.translate("ReportWords", "Since"),
        "muster.col.details": QCoreApplication.translate("ReportWords", "Details"),
        "muster.col.present": QCoreApplication.translate("ReportWords", "Present"),
        "muster.nobody": QCoreApplication.translate("ReportWords", "Nobody is recorded on site."),
        "muster.kind_none": QCoreApplication.translate("ReportWords", "{kind}: none on site."),
        "muster.instructions": QCoreApplication.translate(
            "ReportWords",
            "Read the names at the assembly point; tick who is present; report anyone missing to the fire services at once.",  # noqa: E501 (one literal for lupdate)
        ),
        "muster.roll_call_by": QCoreApplication.translate("ReportWords", "Roll call by"),
        "muster.kind.visitor": QCoreApplication.translate("ReportWords", "Visitor"),
        "muster.kind.contractor": QCoreApplication.translate("ReportWords", "Contractor"),
        "muster.kind.key_holder": QCoreApplication.translate("ReportWords", "Key holder"),
        "monthly.title": QCoreApplication.translate("ReportWords", "Monthly KPI report {month}"),
        "monthly.month": QCoreApplication.translate("ReportWords", "Month"),
        "monthly.compared_with": QCoreApplication.translate("ReportWords", "Compared with"),
        "monthly.indicators": QCoreApplication.translate("ReportWords", "Evaluation indicators"),
        "monthly.other": QCoreApplication.translate("ReportWords", "Other figures"),
        "monthly.col.indicator": QCoreApplication.translate("ReportWords", "Indicator"),
        "monthly.col.this": QCoreApplication.translate("ReportWords", "This month"),
        "monthly.col.previous": QCoreApplication.translate("ReportWords", "Previous month"),
        "monthly.col.change": QCoreApplication.translate("ReportWords", "Change"),
        "monthly.better": QCoreApplication.translate("ReportWords", "better"),
        "monthly.worse": QCoreApplication.translate("ReportWords", "worse"),
        "monthly.chart.visits": QCoreApplication.translate("ReportWords", "Visitors per day"),
        "monthly.chart.work_orders": QCoreApplication.translate("ReportWords", "Work orders by category"),
        "monthly.series.this": QCoreApplication.translate("ReportWords", "This month"),
        "monthly.series.previous": QCoreApplication.translate("ReportWords", "Previous month"),
        "monthly.definitions": QCoreApplication.translate(
            "ReportWords",
            "Response time: mean time to first response. MTTR: repair time without time on hold ÷ repairs resolved. SLA compliance: jobs within every target ÷ jobs judged. Satisfaction: (5·n5 + 4·n4 + 3·n3 + 2·n2 + 1·n1) ÷ N. Complaint rate: complaints ÷ all requests.",  # noqa: E501 (one literal for lupdate)
        ),
        "monthly.approved_by": QCoreApplication.translate("ReportWords", "Approved by (manager)"),
        "unit.minutes": QCoreApplication.translate("ReportWords", "{value} min"),
        "unit.hours": QCoreApplication.translate("ReportWords", "{value} h"),
        "unit.percent": QCoreApplication.translate("ReportWords", "{value} %"),
        "unit.score": QCoreApplication.translate("ReportWords", "{value} / 5"),
        "severity.urgent": QCoreApplication.translate("ReportWords", "Urgent"),
        "severity.warning": QCoreApplication.translate("ReportWords", "Warning"),
        "severity.info": QCoreApplication.translate("ReportWords", "Info"),
        "exception.incident": QCoreApplication.translate("ReportWords", "Incident"),
        "exception.sla_breach": QCoreApplication.translate("ReportWords", "SLA breached"),
        "exception.handover_refused": QCoreApplication.translate("ReportWords", "Handover refused"),
        "exception.handover_queried": QCoreApplication.translate("ReportWords", "Handover queried"),
        "exception.watchlist_hit": QCoreApplication.translate("ReportWords", "Watchlist hit"),
        "exception.overstay": QCoreApplication.translate("ReportWords", "Visitor overstay"),
        "exception.key_overdue": QCoreApplication.translate("ReportWords", "Key overdue"),
        "exception.key_lost": QCoreApplication.translate("ReportWords", "Key lost"),
        "exception.key_count_difference": QCoreApplication.translate("ReportWords", "Key count difference"),
        "exception.patrol_missed": QCoreApplication.translate("ReportWords", "Patrol checkpoint missed"),
        "exception.sign_in_locked": QCoreApplication.translate("ReportWords", "Account locked"),
        "exception.sign_in_repeated": QCoreApplication.translate("SecurityWords", "Repeated failed sign-ins"),
        "metric.visits_in": QCoreApplication.translate("ReportWords", "Checked in"),
        "metric.visits_out": QCoreApplication.translate("ReportWords", "Checked out"),
        "metric.on_site_at_end": QCoreApplication.translate("ReportWords", "Still on site"),
        "metric.overstays": QCoreApplication.translate("ReportWords", "Overstays"),
        "metric.watchlist_hits": QCoreApplication.translate("ReportWords", "Watchlist hits"),
        "metric.visits_refused": QCoreApplication.translate("ReportWords", "Refused entry"),
        "metric.expected": QCoreApplication.translate("ReportWords", "Expected visitors"),
        "metric.keys_issued": QCoreApplication.translate("ReportWords", "Keys issued"),
        "metric.keys_returned": QCoreApplication.translate("ReportWords", "Keys returned"),
        "metric.keys_out_at_end": QCoreApplication.translate("ReportWords", "Keys out"),
        "metric.keys_overdue": QCoreApplication.translate("ReportWords", "Keys overdue"),
        "metric.keys_lost": QCoreApplication.translate("ReportWords", "Keys lost"),
        "metric.key_counts": QCoreApplication.translate("ReportWords", "Key counts"),
        "metric.key_count_differences": QCoreApplication.translate("ReportWords", "Count differences"),
        "metric.work_orders_new": QCoreApplication.translate("ReportWords", "New work orders"),
        "metric.complaints_new": QCoreApplication.translate("ReportWords", "of which complaints"),
        "metric.work_orders_done": QCoreApplication.translate("ReportWords", "Done"),
        "metric.work_orders_closed": QCoreApplication.translate("ReportWords", "Closed"),
        "metric.work_orders_open": QCoreApplication.translate("ReportWords", "Open at end of day"),
        "metric.sla_breaches": QCoreApplication.translate("ReportWords", "SLA breaches"),
        "metric.return_visits": QCoreApplication.translate("ReportWords", "Return visits"),
        "metric.log_entries": QCoreApplication.translate("ReportWords", "Log entries"),
        "metric.patrol_rounds": QCoreApplication.translate("ReportWords", "Patrol rounds"),
        "metric.patrol_missed": QCoreApplication.translate("ReportWords", "Checkpoints missed"),
        "metric.incidents": QCoreApplication.translate("ReportWords", "Incidents"),
        "metric.handovers": QCoreApplication.translate("ReportWords", "Handovers"),
        "metric.handovers_refused": QCoreApplication.translate("ReportWords", "Handovers refused"),
        "metric.handovers_queried": QCoreApplication.translate("ReportWords", "Items queried"),
        "metric.shifts": QCoreApplication.translate("ReportWords", "Shifts"),
        "metric.approvals": QCoreApplication.translate("ReportWords", "Supervisor approvals"),
        "metric.refused_sign_ins": QCoreApplication.translate("ReportWords", "Refused sign-ins"),
        "metric.audit_entries": QCoreApplication.translate("ReportWords", "Audit entries"),
        "bucket.new": QCoreApplication.translate("ReportWords", "New"),
        "bucket.in_progress": QCoreApplication.translate("ReportWords", "In progress"),
        "bucket.on_hold": QCoreApplication.translate("ReportWords", "On hold"),
        "bucket.done": QCoreApplication.translate("ReportWords", "Done"),
        "bucket.closed": QCoreApplication.translate("ReportWords", "Closed"),
        "indicator.visits": QCoreApplication.translate("ReportWords", "Visitor volume"),
        "indicator.visits_per_day": QCoreApplication.translate("ReportWords", "Visitors per day (mean)"),
        "indicator.watchlist_hits": QCoreApplication.translate("ReportWords", "Watchlist hits"),
        "indicator.requests": QCoreApplication.translate("ReportWords", "Repair and complaint requests"),
        "indicator.response_time": QCoreApplication.translate("ReportWords", "Response time"),
        "indicator.mttr": QCoreApplication.translate("ReportWords", "Mean time to repair (MTTR)"),
        "indicator.sla_compliance": QCoreApplication.translate("ReportWords", "SLA compliance"),
        "indicator.satisfaction": QCoreApplication.translate("ReportWords", "Satisfaction score"),
        "indicator.complaint_rate": QCoreApplication.translate("ReportWords", "Complaint rate"),
        "indicator.reopen_rate": QCoreApplication.translate("ReportWords", "Reopen rate"),
        "indicator.incidents": QCoreApplication.translate("ReportWords", "Incidents"),
        "indicator.incidents_critical": QCoreApplication.translate("ReportWords", "of which critical"),
        "indicator.incidents_high": QCoreApplication.translate("ReportWords", "of which high"),
        "indicator.incidents_medium": QCoreApplication.translate("ReportWords", "of which medium"),
        "indicator.incidents_low": QCoreApplication.translate("ReportWords", "of which low"),
        "indicator.patrol_missed": QCoreApplication.translate("ReportWords", "Patrol checkpoints missed"),
        "indicator.handovers_refused": QCoreApplication.translate("ReportWords", "Handovers refused"),
        "indicator.key_loans": QCoreApplication.translate("ReportWords", "Key loans"),
        "indicator.overdue_keys": QCoreApplication.translate("ReportWords", "Overdue keys"),
        "indicator.shifts": QCoreApplication.translate("ReportWords", "Shifts worked"),
        "indicator.refused_sign_ins": QCoreApplication.translate("ReportWords", "Refused sign-ins"),
        "indicator.approvals": QCoreApplication.translate("ReportWords", "Supervisor approvals"),
    }


def _export_words() -> dict[str, str]:
    return {
        "export.title.visits": QCoreApplication.translate("ReportWords", "Visits"),
        "export.title.keys": QCoreApplication.translate("ReportWords", "Key loans"),
        "export.title.repairs": QCoreApplication.translate("ReportWords", "Work orders"),
        "export.title.log": QCoreApplication.translate("ReportWords", "Duty log"),
        "export.title.incidents": QCoreApplication.translate("ReportWords", "Incidents"),
        "export.title.handovers": QCoreApplication.translate("ReportWords", "Handovers"),
        "export.title.shifts": QCoreApplication.translate("ReportWords", "Shifts"),
        "export.period": QCoreApplication.translate("ReportWords", "Period: {start} – {end}"),
        "export.all_time": QCoreApplication.translate("ReportWords", "Period: all records"),
        "export.by": QCoreApplication.translate("ReportWords", "Exported by {name} at {time}"),
        "export.filter": QCoreApplication.translate("ReportWords", "Filter: {text}"),
        "export.shifts.desk": QCoreApplication.translate("ReportWords", "Desk"),
        "export.shifts.operator": QCoreApplication.translate("ReportWords", "Operator"),
        "export.shifts.pattern": QCoreApplication.translate("ReportWords", "Shift"),
        "export.shifts.started": QCoreApplication.translate("ReportWords", "Started"),
        "export.shifts.ended": QCoreApplication.translate("ReportWords", "Ended"),
        "export.shifts.minutes": QCoreApplication.translate("ReportWords", "Minutes"),
        "export.shifts.status": QCoreApplication.translate("ReportWords", "Status"),
        "export.shifts.ended_by": QCoreApplication.translate("ReportWords", "Ended by"),
        **_key_export_words(),
    }


def _key_export_words() -> dict[str, str]:
    """The key register's loan export: column titles and coded values."""
    return {
        "export.keys.tag": QCoreApplication.translate("ReportWords", "Tag"),
        "export.keys.key": QCoreApplication.translate("ReportWords", "Key"),
        "export.keys.borrower": QCoreApplication.translate("ReportWords", "Borrower"),
        "export.keys.borrower_kind": QCoreApplication.translate("ReportWords", "Borrower is"),
        "export.keys.borrower_detail": QCoreApplication.translate("ReportWords", "Company / unit / pass"),
        "export.keys.purpose": QCoreApplication.translate("ReportWords", "Purpose"),
        "export.keys.issued": QCoreApplication.translate("ReportWords", "Issued"),
        "export.keys.issued_by": QCoreApplication.translate("ReportWords", "Issued by"),
        "export.keys.approved_by": QCoreApplication.translate("ReportWords", "Approved by"),
        "export.keys.id_checked": QCoreApplication.translate("ReportWords", "ID checked"),
        "export.keys.due": QCoreApplication.translate("ReportWords", "Due back"),
        "export.keys.returned": QCoreApplication.translate("ReportWords", "Returned"),
        "export.keys.returned_by": QCoreApplication.translate("ReportWords", "Returned by (someone else)"),
        "export.keys.received_by": QCoreApplication.translate("ReportWords", "Received by"),
        "export.keys.late_minutes": QCoreApplication.translate("ReportWords", "Late (min)"),
        "export.keys.loan_state": QCoreApplication.translate("ReportWords", "State"),
        "code.borrower_kind.staff": QCoreApplication.translate("ReportWords", "Staff"),
        "code.borrower_kind.contractor": QCoreApplication.translate("ReportWords", "Contractor"),
        "code.borrower_kind.resident": QCoreApplication.translate("ReportWords", "Resident"),
        "code.borrower_kind.visitor": QCoreApplication.translate("ReportWords", "Visitor"),
        "code.borrower_kind.other": QCoreApplication.translate("ReportWords", "Other"),
        "code.id_checked.yes": QCoreApplication.translate("ReportWords", "Yes"),
        "code.id_checked.no": QCoreApplication.translate("ReportWords", "No"),
        "code.loan_state.out": QCoreApplication.translate("ReportWords", "Out"),
        "code.loan_state.overdue": QCoreApplication.translate("ReportWords", "Overdue"),
        "code.loan_state.returned": QCoreApplication.translate("ReportWords", "Returned"),
        "code.loan_state.returned_late": QCoreApplication.translate("ReportWords", "Returned late"),
        "code.loan_state.lost": QCoreApplication.translate("ReportWords", "Lost while out"),
    }


def _shared_words() -> dict[str, str]:
    """Words the foundation already translates: the document frame, shift patterns and states."""
    document = document_labels()
    words = {
        "document.printed_by": document.printed_by,
        "document.printed_at": document.printed_at,
        "document.desk": document.desk,
        "document.page": document.page,
        "document.reprint": document.reprint,
        "document.reprint_count": document.reprint_count,
        "document.signature_date": document.signature_date,
        "document.note": document.note,
    }
    for code in ("early", "middle", "night"):
        words[f"code.pattern.{code}"] = pattern_name(code)
    for status in ShiftStatus:
        words[f"code.status.{status.value}"] = shift_status_name(status)
    return words


def _repairs_words() -> dict[str, str]:
    from ui.repairs.report_words import words

    return words()


def _duty_words() -> dict[str, str]:
    from ui.duty.report_words import words

    return words()


def _visitors_words() -> dict[str, str]:
    from ui.visitors.report_words import words

    return words()


def _permission_words() -> dict[str, str]:
    """Approvable actions by name, for the daily report's supervisor approvals."""
    return {
        "code.permission.shifts.end_others": QCoreApplication.translate("ReportWords", "End another operator's shift"),
        "code.permission.settings.edit_desk": QCoreApplication.translate("ReportWords", "Change this desk's settings"),
        "code.permission.repairs.end": QCoreApplication.translate("ReportWords", "Reject or cancel a work order"),
        "code.permission.repairs.return_visit": QCoreApplication.translate("ReportWords", "Record a return visit"),
        "code.permission.repairs.reopen": QCoreApplication.translate("ReportWords", "Reopen a work order"),
        "code.permission.repairs.close_unreached": QCoreApplication.translate(
            "ReportWords", "Close a job whose resident could not be reached"
        ),
        "code.permission.exports.xlsx": QCoreApplication.translate("ReportWords", "Export a list to Excel"),
        "code.permission.duty.routes.manage": QCoreApplication.translate("ReportWords", "Change patrol routes"),
        "code.permission.duty.emergency.edit": QCoreApplication.translate(
            "ReportWords", "Change emergency contacts or plans"
        ),
        "code.permission.duty.handover.close": QCoreApplication.translate(
            "ReportWords", "Close a stuck or refused handover"
        ),
        "code.permission.keys.issue_unauthorised": QCoreApplication.translate(
            "ReportWords", "Lend a key to someone not authorised"
        ),
        "code.permission.keys.manage": QCoreApplication.translate("ReportWords", "Change the key inventory"),
        "code.permission.keys.acknowledge_lost": QCoreApplication.translate("ReportWords", "Confirm a lost key"),
        "code.permission.keys.retire": QCoreApplication.translate("ReportWords", "Retire a key"),
        "code.permission.reports.monthly": QCoreApplication.translate("ReportWords", "Print the monthly report"),
        "code.permission.operators.unlock": QCoreApplication.translate("ReportWords", "Unlock an operator"),
    }


# Module areas append a function returning their words: codes (``code.<column>.<value>``) and export
# column titles (``export.<kind>.<column>``), taken from the area's own translated names.
def _list_export_words() -> dict[str, str]:
    from ui.reports.export_list_words import words

    return words()


AREA_WORDS: list[Callable[[], dict[str, str]]] = [
    _permission_words,
    _repairs_words,
    _duty_words,
    _visitors_words,
    _list_export_words,
]


def report_words() -> dict[str, str]:
    """Every report and export word, by key, in the current language."""
    words = _shared_words()
    for area in AREA_WORDS:
        words.update(area())
    return {**words, **_report_words(), **_export_words()}


def report_labels() -> ReportLabels:
    return ReportLabels.from_lookup(report_words().get)


def cli_messages() -> dict[str, str]:
    """For ``ui/cli_text.AREA_MESSAGES``: the words under ``reports:``, and the CLI's own sentences."""
    messages = {WORDS_PREFIX + key: text for key, text in report_words().items()}
    messages.update(
        {
            "report.written": QCoreApplication.translate("ReportsCli", "Report written: {path}"),
            "report.bad_date": QCoreApplication.translate("ReportsCli", "'{value}' is not a date (YYYY-MM-DD)."),
            "report.bad_month": QCoreApplication.translate("ReportsCli", "'{value}' is not a month (YYYY-MM)."),
            "report.unknown_desk": QCoreApplication.translate(
                "ReportsCli", "There is no desk called '{value}' at this site."
            ),
            "export.written": QCoreApplication.translate("ReportsCli", "{rows} rows exported to {path}"),
            "export.not_installed": QCoreApplication.translate(
                "ReportsCli", "The list '{what}' is not kept at this site (its module is not installed)."
            ),
            "export.bad_range": QCoreApplication.translate("ReportsCli", "--to must not be before --from."),
        }
    )
    return messages
