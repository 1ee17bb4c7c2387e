"""Visits as the UI sees them: one query shape (visit + unit + resident + operator) and its rows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, literal_column, select
from sqlalchemy.orm import aliased

from app.visitors.model import CheckoutMethod, IdChecked, VisitRow, VisitStatus
from db.models.core import Operator
from db.models.directory import Building, Person, Unit
from db.models.visitors import Visit

Resident = aliased(Person)


def unit_label(building_name: str | None, unit_code: str | None) -> str:
    """As ``app.directory.UnitRow.label``: "A座 12A"."""
    if not unit_code:
        return ""
    return f"{building_name} {unit_code}" if building_name else unit_code


def on_site_now() -> ColumnElement[bool]:
    """``status = 'on_site'`` written as a literal, so SQLite uses the partial index of on-site visits
    (a bound parameter would not match the index's condition)."""
    return Visit.status == literal_column(f"'{VisitStatus.ON_SITE.value}'")


def visit_query() -> Select[Visit, str | None, str | None, str | None, str]:
    return (
        select(Visit, Building.name, Unit.code, Resident.name, Operator.display_name)
        .outerjoin(Unit, Visit.unit_id == Unit.id)
        .outerjoin(Building, Unit.building_id == Building.id)
        .outerjoin(Resident, Visit.resident_id == Resident.id)
        .join(Operator, Operator.id == Visit.checked_in_by_id)
    )


def visit_row(visit: Visit, building: str | None, unit: str | None, resident: str | None, by: str) -> VisitRow:
    return VisitRow(
        id=visit.id,
        code=visit.code,
        status=VisitStatus(visit.status),
        visitor_id=visit.visitor_id,
        visitor_type=visit.visitor_type,
        name=visit.name or "",
        phone=visit.phone,
        company=visit.company or "",
        id_checked=IdChecked(visit.id_check),
        id_type=visit.id_type,
        id_masked=visit.id_masked,
        unit_id=visit.unit_id,
        unit_label=unit_label(building, unit),
        resident_id=visit.resident_id,
        resident_name=resident or "",
        purpose=visit.purpose or "",
        plate=visit.plate or "",
        companions=visit.companions,
        items=visit.items or "",
        pass_number=visit.pass_number or "",
        notes=visit.notes or "",
        expected_leave_at=visit.expected_leave_at,
        checked_in_at=visit.checked_in_at,
        checked_in_by=by,
        checked_out_at=visit.checked_out_at,
        checkout_method=CheckoutMethod(visit.checkout_method) if visit.checkout_method else None,
        checkout_witnessed=visit.checkout_witnessed,
        amended=visit.amended,
    )


def rows_of(result: Any) -> list[VisitRow]:
    return [visit_row(*record) for record in result]
