"""Composition root: database → schema check/upgrade → sessions → services.

Nothing else creates engines or services. The UI and the CLI call ``open_database`` then
``build_services``; tests do the same with a temporary data directory and a fixed clock.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from app.attachments import ATTACHMENT_SPECS, AttachmentService
from app.audit import AuditLog
from app.audit_seal import AuditKeeper, AuditSealer, anchor_file, seed_path
from app.auth import AuthService
from app.backups import BackupService
from app.clock import Clock, local_zone
from app.credentials import SecretHasher
from app.directory import DirectoryService
from app.duty.common import DUTY_SPECS
from app.duty.handover import HandoverService
from app.duty.incidents import IncidentService, IncidentSource
from app.duty.log import DutyLogService, InstructionSource
from app.duty.patrols import PatrolService, PatrolSource
from app.duty.work_orders import DutyWorkOrders
from app.errors import StorageError, StorageProblem
from app.exports.registry import ExportSource
from app.exports.service import ExportService
from app.exports.sources.duty import DutyLogExportSource, HandoverExportSource, IncidentExportSource
from app.exports.sources.key_lists import DepositExportSource, KeyCountExportSource
from app.exports.sources.keys import KeyLoanExportSource
from app.exports.sources.kpis import KpiExportSource
from app.exports.sources.patrols import PatrolRoundExportSource
from app.exports.sources.repairs import WorkOrderExportSource
from app.exports.sources.shifts import ShiftExportSource
from app.exports.sources.visitor_lists import ExpectedVisitExportSource, WatchlistExportSource
from app.exports.sources.visitors import VisitExportSource
from app.files import PRIVATE_FILE_MODE
from app.first_day import FirstDayService
from app.handover_sources import HandoverSource
from app.hlc import HybridLogicalClock
from app.keys import DepositService, KeyCountService, KeyInventoryService, KeyService
from app.keys.handover import KeyHandoverSource
from app.keys.policy import KEY_SPECS
from app.keys.transfer import KeyTransferService
from app.local_config import LocalConfig
from app.operators import OperatorService
from app.paths import DataPaths
from app.repairs.config import REPAIR_SPECS, RepairConfigService
from app.repairs.handover import WorkOrderHandoverSource
from app.repairs.kpi import KpiService
from app.repairs.service import RepairService
from app.reports.protocols import DailyReportSource, MonthlyKpiSource, MusterSource
from app.reports.service import ReportService
from app.reports.sources.access import AccessSource
from app.reports.sources.duty import DutyReportSource
from app.reports.sources.keys import KeyReportSource
from app.reports.sources.repairs import RepairReportSource
from app.reports.sources.visitors import VisitReportSource
from app.settings import BACKUP_DIR, FOUNDATION_SPECS, SettingSpec, SettingsService
from app.shifts import SHIFT_SPECS, ShiftService
from app.site import DeskKind, SiteRow, SiteService, SiteSetup, initialize_site, read_site
from app.site_key import KeyStore, SiteKeys
from app.storage import Sessions, Stamper, translate_storage_error
from app.visitors.expected import ExpectedVisitService
from app.visitors.handover import VisitorHandoverSource
from app.visitors.history import VisitHistory
from app.visitors.identity import IdVault
from app.visitors.lookup import VisitorLookup
from app.visitors.slips import SLIP_SPECS
from app.visitors.types import VISITOR_SPECS, home_region
from app.visitors.visits import VisitService
from app.visitors.watchlist import WatchlistService
from db.backup import backup_sqlite, table_names
from db.migrate import SchemaState, schema_state, upgrade
from db.session import make_engine, redacted, sqlite_path, to_url

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class DeskContext:
    """The desk this PC works as; set after sign-in chooses it. Read by the record stamper."""

    desk_id: Any = None


@dataclass
class Database:
    """An open, migrated database and where it lives."""

    url: URL
    engine: Engine
    paths: DataPaths
    sessions: Sessions
    hlc: HybridLogicalClock
    state_before: SchemaState
    desk: DeskContext
    upgrade_backup: Path | None = None

    @property
    def where(self) -> str:
        return redacted(self.url)

    def site(self) -> SiteRow | None:
        """The site this database serves; None before the first-run setup."""
        return read_site(self.sessions)

    def set_up_site(self, setup: SiteSetup, clock: Clock, hasher: SecretHasher) -> None:
        """The first-run setup: the site, its desks, the first administrator and the key file."""
        initialize_site(self.sessions, KeyStore(self.paths.root), clock, hasher, setup)

    def work_at(self, desk_id: uuid.UUID | None) -> None:
        """The desk this PC works as from now on (stamped on every record written)."""
        self.desk.desk_id = desk_id

    def dispose(self) -> None:
        self.engine.dispose()


def resolve_target(target: str | Path | None, paths: DataPaths) -> URL:
    try:
        return to_url(target if target else paths.database)
    except ArgumentError as error:
        raise StorageError(StorageProblem.UNREACHABLE, where=str(target), detail="bad URL") from error


def _check_sqlite_file(path: Path, *, create: bool = True) -> None:
    """Refuse, without touching it, a path that cannot hold our database. A missing database is created
    only when asked (never by a read-only command such as ``check``), and never in a missing folder: a
    mistyped ``--db`` must not leave folders and an empty file behind."""
    folder = path.parent
    if path.exists():
        if path.is_dir():
            raise StorageError(StorageProblem.NOT_A_DATABASE, where=str(path))
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_MAGIC))
        except OSError as error:
            raise StorageError(StorageProblem.IO, where=str(path)) from error
        if header and header != SQLITE_MAGIC:
            raise StorageError(StorageProblem.NOT_A_DATABASE, where=str(path))
        # Writable first: SQLite cannot open a WAL database on a read-only disk at all, and a healthy
        # file there must be called read-only, never damaged.
        if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
            raise StorageError(StorageProblem.READ_ONLY, where=str(folder))
        if header:
            _check_is_ours(path)
        return
    if not folder.is_dir():
        raise StorageError(StorageProblem.MISSING, where=str(folder))
    if not create:
        raise StorageError(StorageProblem.MISSING, where=str(path))
    if not os.access(folder, os.W_OK):
        raise StorageError(StorageProblem.READ_ONLY, where=str(folder))


def _check_is_ours(path: Path) -> None:
    """Look (read-only) before touching: another program's SQLite file must stay exactly as it is."""
    try:
        tables = table_names(path)
    except sqlite3.DatabaseError as error:
        raise StorageError(StorageProblem.CORRUPT, where=str(path)) from error
    if tables and "alembic_version" not in tables:
        raise StorageError(StorageProblem.NOT_A_DATABASE, where=str(path))


def _translated(error: DBAPIError, where: str) -> Exception:
    """The operator-level error behind a driver error, or the error itself when it is a bug."""
    translated = translate_storage_error(error, where)
    return error if translated is None else translated


def open_database(
    target: str | Path | None, paths: DataPaths, clock: Clock, local: LocalConfig, *, migrate: bool = True
) -> Database:
    """Open (creating if new) and upgrade the database; back an existing SQLite file up first."""
    url = resolve_target(target, paths)
    where = redacted(url)
    file = sqlite_path(url)
    if file is not None:
        _check_sqlite_file(file, create=migrate)
    try:
        engine = make_engine(url)
    except (NoSuchModuleError, ArgumentError) as error:
        raise StorageError(StorageProblem.UNREACHABLE, where=where, detail="driver") from error
    try:
        state = schema_state(engine)
    except DBAPIError as error:
        engine.dispose()
        raise _translated(error, where) from error
    except sqlite3.DatabaseError as error:
        engine.dispose()
        raise StorageError(StorageProblem.CORRUPT, where=where) from error
    if state == SchemaState.UNKNOWN:
        engine.dispose()
        raise StorageError(StorageProblem.TOO_NEW, where=where)
    if state == SchemaState.FOREIGN:
        engine.dispose()
        raise StorageError(StorageProblem.NOT_A_DATABASE, where=where)
    backup: Path | None = None
    if migrate and state in (SchemaState.EMPTY, SchemaState.BEHIND):
        if state == SchemaState.BEHIND and file is not None:
            stamp = clock.now().strftime("%Y%m%d-%H%M%S")
            backup = paths.backups / f"before-upgrade-{stamp}.db"
            backup_sqlite(file, backup)
            log.info("database backed up before upgrade to %s", backup.name)
        try:
            upgrade(engine)
        except DBAPIError as error:
            engine.dispose()
            raise _translated(error, where) from error
    if file is not None:
        private_database_files(file)
    hlc = HybridLogicalClock(clock, local.node_id)
    desk = DeskContext()
    sessions = Sessions(engine, Stamper(clock, hlc, lambda: desk.desk_id), where)
    return Database(url, engine, paths, sessions, hlc, state, desk, backup)


def private_database_files(file: Path) -> None:
    """The database (and SQLite's -wal/-shm, which take its mode) readable by the owner only."""
    if os.name != "posix":
        return
    for path in (file, file.with_name(f"{file.name}-wal"), file.with_name(f"{file.name}-shm")):
        try:
            if path.exists() and path.stat().st_mode & 0o077:
                os.chmod(path, PRIVATE_FILE_MODE)
        except OSError:
            log.warning("could not make %s owner-only", path.name)


def load_keys(database: Database, site: SiteRow) -> SiteKeys:
    return KeyStore(database.paths.root).load(site.key_fingerprint)


def audit_keeper_for(database: Database, clock: Clock, site: SiteRow) -> AuditKeeper:
    """Day seals (seed beside the site key file) and the anchor file beside the database."""
    store = KeyStore(database.paths.root)
    sealer = AuditSealer(database.sessions, clock, seed_path(store.directory, site.key_fingerprint))
    return AuditKeeper(database.sessions, clock, sealer, anchor_file(database.paths.root, site.key_fingerprint))


@dataclass(frozen=True)
class Services:
    """Every service, built once. Pages receive the services they use, never this object."""

    clock: Clock
    zone: Any
    database: Database
    keys: SiteKeys
    site_row: SiteRow
    audit: AuditLog
    audit_keeper: AuditKeeper
    auth: AuthService
    operators: OperatorService
    settings: SettingsService
    shifts: ShiftService
    site: SiteService
    directory: DirectoryService
    attachments: AttachmentService
    repairs: RepairService
    kpis: KpiService
    duty_log: DutyLogService
    patrols: PatrolService
    incidents: IncidentService
    duty_work_orders: DutyWorkOrders
    handovers: HandoverService
    reports: ReportService
    exports: ExportService
    # The key register ("keys" above is the site key): look-ups and loans; inventory; counts; deposits; Excel.
    key_register: KeyService
    key_inventory: KeyInventoryService
    key_counts: KeyCountService
    key_deposits: DepositService
    key_transfer: KeyTransferService
    # The visitor log: check-in/out and the on-site list; the watchlist; expected visitors; the
    # returning-visitor search; the history.
    visitors: VisitService
    watchlist: WatchlistService
    expected_visits: ExpectedVisitService
    visitor_lookup: VisitorLookup
    visit_history: VisitHistory
    # Automatic backups of the SQLite file, their state, the restore drill (app/backups.py).
    backups: BackupService
    first_day: FirstDayService


def all_setting_specs() -> tuple[SettingSpec[Any], ...]:
    return (
        *FOUNDATION_SPECS,
        *SHIFT_SPECS,
        *ATTACHMENT_SPECS,
        *REPAIR_SPECS,
        *DUTY_SPECS,
        *KEY_SPECS,
        *VISITOR_SPECS,
        *SLIP_SPECS,
    )


def build_services(database: Database, clock: Clock, *, hasher: SecretHasher | None = None) -> Services:
    site = read_site(database.sessions)
    if site is None:
        raise StorageError(StorageProblem.MISSING, where=database.where, detail="site")
    keys = load_keys(database, site)
    zone = local_zone(site.timezone)
    hasher = hasher or SecretHasher()
    audit = AuditLog(keys)
    sessions = database.sessions
    audit_keeper = audit_keeper_for(database, clock, site)
    settings = SettingsService(sessions, clock, audit, all_setting_specs())
    region = home_region(site.timezone)
    vault = IdVault(keys)
    watchlist = WatchlistService(sessions, clock, audit, vault, zone, region)
    lookup = VisitorLookup(sessions)
    visitors = VisitService(sessions, clock, audit, settings, watchlist, vault, zone, region)
    visit_history = VisitHistory(sessions, clock, audit, zone, lookup)
    directory = DirectoryService(sessions, clock, audit)
    key_register = KeyService(sessions, clock, audit, settings, on_site=visitors)
    visitors.attach_holdings(key_register)  # a visitor who still holds a key is warned about at check-out
    attachments = AttachmentService(sessions, clock, audit, settings, database.paths.attachments)
    repairs = RepairService(sessions, clock, audit, RepairConfigService(settings, zone), attachments, zone)
    auth = AuthService(sessions, clock, audit, hasher)
    shifts = ShiftService(sessions, clock, audit, settings, zone)
    duty_log = DutyLogService(sessions, clock, audit, attachments)
    patrols = PatrolService(sessions, clock, audit)
    incidents = IncidentService(sessions, clock, audit, settings, zone, attachments)
    duty_work_orders = DutyWorkOrders(sessions, repairs, attachments)
    for source_kind, describer in duty_work_orders.describers().items():
        repairs.reader.register_source(source_kind, describer)
    site_service = SiteService(sessions, clock, audit)
    # Every area's contribution to the handover, in no particular order (the service sorts the items).
    handover_sources: list[HandoverSource] = [
        InstructionSource(sessions),
        PatrolSource(patrols, lambda desk: site_service.desk(desk).kind == DeskKind.BOOTH),
        IncidentSource(incidents),
        WorkOrderHandoverSource(repairs.reader),
        KeyHandoverSource(key_register),
        VisitorHandoverSource(visitors),
    ]
    kpis = KpiService(sessions, clock, zone)
    key_reports = KeyReportSource(sessions, clock)
    # Every area's facts for the reports and its lists for the Excel exports (docs/reports.md).
    repair_facts = RepairReportSource(sessions, clock, kpis, zone)
    duty_facts = DutyReportSource(sessions, clock, patrols)
    visit_facts = VisitReportSource(sessions, clock, zone)
    daily_sources: list[DailyReportSource] = [repair_facts, duty_facts, key_reports, visit_facts]
    muster_sources: list[MusterSource] = [repair_facts, key_reports, visit_facts]
    monthly_sources: list[MonthlyKpiSource] = [repair_facts, duty_facts, key_reports, visit_facts]
    export_sources: list[ExportSource] = [
        ShiftExportSource(sessions),
        WorkOrderExportSource(repairs.reader),
        DutyLogExportSource(sessions),
        IncidentExportSource(sessions, incidents),
        HandoverExportSource(sessions),
        KeyLoanExportSource(sessions, clock),
        VisitExportSource(visit_history, directory, visitors.types),
    ]
    key_deposits = DepositService(sessions, clock, audit)
    expected_visits = ExpectedVisitService(sessions, clock, audit, settings, zone, region)
    export_sources += [
        WatchlistExportSource(watchlist),
        ExpectedVisitExportSource(expected_visits, clock, zone),
        PatrolRoundExportSource(sessions, patrols),
        KeyCountExportSource(sessions),
        DepositExportSource(sessions, key_deposits),
        KpiExportSource(kpis, clock, zone),
    ]
    reports = ReportService(
        clock, zone, site_service, AccessSource(sessions), daily_sources, muster_sources, monthly_sources
    )
    return Services(
        clock=clock,
        zone=zone,
        database=database,
        keys=keys,
        site_row=site,
        audit=audit,
        audit_keeper=audit_keeper,
        auth=auth,
        operators=OperatorService(sessions, clock, audit, hasher),
        settings=settings,
        shifts=shifts,
        site=site_service,
        directory=directory,
        attachments=attachments,
        repairs=repairs,
        kpis=kpis,
        duty_log=duty_log,
        patrols=patrols,
        incidents=incidents,
        duty_work_orders=duty_work_orders,
        handovers=HandoverService(sessions, clock, audit, auth, shifts, handover_sources),
        reports=reports,
        exports=ExportService(sessions, clock, zone, audit, export_sources),
        key_register=key_register,
        key_inventory=KeyInventoryService(sessions, clock, audit, lambda: [c.code for c in key_register.classes()]),
        key_counts=KeyCountService(sessions, clock, audit),
        key_deposits=key_deposits,
        key_transfer=KeyTransferService(sessions, clock, audit, key_register, zone),
        visitors=visitors,
        watchlist=watchlist,
        expected_visits=expected_visits,
        visitor_lookup=lookup,
        visit_history=visit_history,
        backups=BackupService(
            sqlite_path(database.url),
            database.paths.backups,
            lambda: str(settings.get(BACKUP_DIR, database.desk.desk_id)),
            clock,
            zone,
            sessions=sessions,
            audit=audit,
            lock_file=database.paths.lock_file,
        ),
        first_day=FirstDayService(sessions, settings),
    )
