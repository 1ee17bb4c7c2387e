"""The active operator of this window. Changed by sign-in and by PIN switching on the lock screen.

Pages read ``session.actor`` at the moment they call a service, so a record is always attributed to
whoever is at the keyboard now.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal

from app.permissions import Actor


class OperatorSession(QObject):
    actor_changed = Signal(object)  # Actor
    shift_changed = Signal(object)  # uuid.UUID | None

    def __init__(self, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actor = actor

    @property
    def actor(self) -> Actor:
        return self._actor

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor
        self.actor_changed.emit(actor)

    def set_shift(self, shift_id: uuid.UUID | None) -> None:
        self._actor = self._actor.with_shift(shift_id)
        self.shift_changed.emit(shift_id)
        self.actor_changed.emit(self._actor)
