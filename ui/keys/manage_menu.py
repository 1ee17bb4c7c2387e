"""The "Manage keys" menu of the key register: what can be done to the inventory and the chosen key."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMenu

from app.errors import GatehouseError
from app.keys.policy import DEPOSITED
from app.keys.rows import KeyRow, KeyStatus
from ui.keys.context import KeysContext
from ui.keys.deposit_dialog import DepositDialog
from ui.keys.inventory_dialogs import AuthorisationsDialog, KeyFormDialog, LostKeyDialog, RetireKeyDialog, RingDialog

if TYPE_CHECKING:
    from ui.keys.keys_page import KeysPage


def fill_manage_menu(menu: QMenu, desk: KeysContext, page: KeysPage, key: KeyRow | None) -> None:
    menu.clear()

    def add(text: str, make: Callable[[], QDialog | None], enabled: bool = True) -> None:
        action = menu.addAction(text)
        action.setEnabled(enabled)
        action.triggered.connect(lambda: _open(page, make))

    add(QCoreApplication.translate("KeyManageMenu", "&Add a key…"), lambda: KeyFormDialog(desk, None, page))
    add(
        QCoreApplication.translate("KeyManageMenu", "Resident's key &deposited…"),
        lambda: DepositDialog(desk, page.printer, None, page),
    )
    menu.addSeparator()
    chosen = key is not None
    add(
        QCoreApplication.translate("KeyManageMenu", "&Correct the chosen key…"),
        lambda: KeyFormDialog(desk, key, page),
        chosen and key is not None and key.status is not KeyStatus.RETIRED,
    )
    add(
        QCoreApplication.translate("KeyManageMenu", "Keys on the &ring…"),
        lambda: RingDialog(desk, key, page) if key else None,
        chosen and key is not None and key.is_ring,
    )
    add(
        QCoreApplication.translate("KeyManageMenu", "&Who may borrow it…"),
        lambda: AuthorisationsDialog(desk, key, page) if key else None,
        chosen,
    )
    add(
        QCoreApplication.translate("KeyManageMenu", "De&positor and collectors…"),
        lambda: _deposit_dialog(desk, page, key),
        chosen and key is not None and key.key_class == DEPOSITED,
    )
    menu.addSeparator()
    lost = key is not None and key.status is KeyStatus.LOST
    add(
        QCoreApplication.translate("KeyManageMenu", "Report &lost…"),
        lambda: LostKeyDialog(desk, key, None, page) if key else None,
        chosen and key is not None and key.status in (KeyStatus.IN, KeyStatus.OUT),
    )
    add(
        QCoreApplication.translate("KeyManageMenu", "Lost key: &acknowledge, found, replaced…"),
        lambda: _lost_dialog(desk, page, key),
        lost,
    )
    add(
        QCoreApplication.translate("KeyManageMenu", "Re&tire the key…"),
        lambda: RetireKeyDialog(desk, key, page) if key else None,
        chosen and key is not None and key.status is KeyStatus.IN,
    )
    menu.addSeparator()
    import_action = menu.addAction(QCoreApplication.translate("KeyManageMenu", "&Import keys from Excel…"))
    import_action.triggered.connect(lambda: _import(desk, page))


def _open(page: KeysPage, make: Callable[[], QDialog | None]) -> None:
    try:
        dialog = make()
    except GatehouseError as error:
        page.banner.show_error(error)
        return
    if dialog is not None:
        page.open_dialog(dialog)


def _deposit_dialog(desk: KeysContext, page: KeysPage, key: KeyRow | None) -> QDialog | None:
    deposit = desk.services.deposits.deposit_for(key.id) if key is not None else None
    return DepositDialog(desk, page.printer, deposit, page) if deposit is not None else None


def _lost_dialog(desk: KeysContext, page: KeysPage, key: KeyRow | None) -> QDialog | None:
    if key is None:
        return None
    reports = desk.services.inventory.lost_reports(key_id=key.id)
    return LostKeyDialog(desk, key, reports[0], page) if reports else None


def _import(desk: KeysContext, page: KeysPage) -> None:
    from ui.keys.transfer_actions import import_inventory

    import_inventory(desk, page)
