"""The app's own settings: JSON values under string keys in the ``setting`` table.

Window geometry lives in QSettings; everything about the user's method (chat
length, follow-up rhythm, cadence goal, profile) lives here, in the data
folder, so it travels with backups. Reads never fail: a missing or unreadable
value gives the default, so a hand-edited database cannot stop the app.

    settings = SettingsService(db)
    settings.get("profile", {})
    settings.set("chat_length_min", 45)
    settings.chat_length_min()        # typed helper with its default and range

A session's service (one with a bus) keeps the stored text of each key it has
read, so the follow-up rules and the window read no setting row per change: a
write through it forgets that key at once, and every change event that names
settings (or ``everything``: an import, its undo, the sample data) forgets
them before the rules react. Inside a transaction it reads the table.
"""

from __future__ import annotations

import json
from typing import Any

from peewee import SqliteDatabase

from infointerview.domain.cadence import PERIODS, CadenceGoal
from infointerview.domain.followups import FollowUpSettings
from infointerview.services.events import Change, ChangeBus
from infointerview.store.models import Setting

__all__ = [
    "CADENCE_GOAL",
    "CHAT_LENGTH_MIN",
    "THANK_YOU_HOURS",
    "UPDATE_AFTER_DAYS",
    "SettingsService",
]

CHAT_LENGTH_MIN = "chat_length_min"
THANK_YOU_HOURS = "thank_you_hours"
UPDATE_AFTER_DAYS = "update_after_days"
CADENCE_GOAL = "cadence_goal"
WRAP_UP_MIN = "wrap_up_min"
CALL_SOUND = "call_sound"
PAPER_SIZE = "paper_size"
WRITING_LINES = "writing_lines"
PREP_SHEET_ROOMY = "prep_sheet_roomy"
THEME = "theme"
PROFILE = "profile"
FIRST_RUN_DONE = "first_run_done"
PAPER_SIZES = ("auto", "a4", "letter")
THEMES = ("system", "light", "dark")
PROFILE_FIELDS = ("name", "field", "pitch", "availability")

DEFAULT_CHAT_LENGTH = 30
DEFAULT_THANK_YOU_HOURS = 48
DEFAULT_UPDATE_AFTER_DAYS = 90


class SettingsService:
    """Typed access to the ``setting`` table."""

    def __init__(self, db: SqliteDatabase, bus: ChangeBus | None = None) -> None:
        self.db = db
        self.bus = bus  # None: a reader (an export, a document) that announces nothing
        self._texts: dict[str, str | None] = {}
        """The stored JSON text of each key read (None: no row); only with a bus."""
        if bus is not None:
            bus.add_reaction(self._forget_changed)  # before the rules' reaction reads

    def _forget_changed(self, change: Change) -> None:
        """The bus's reaction: drop what a change (by any writer) says may be stale."""
        if change.everything:
            self._texts.clear()
        for key in change.settings:
            self._texts.pop(key, None)

    def _stored_text(self, key: str) -> str | None:
        if self.bus is not None and not self.db.in_transaction():
            try:
                return self._texts[key]
            except KeyError:
                pass
        row = Setting.get_or_none(Setting.key == key)
        text = None if row is None else str(row.value)
        if self.bus is not None and not self.db.in_transaction():
            self._texts[key] = text
        return text

    # -- generic -------------------------------------------------------------
    def get(self, key: str, default: Any = None) -> Any:
        """The stored value, or ``default`` when missing or not valid JSON."""
        text = self._stored_text(key)
        if text is None:
            return default
        try:
            return json.loads(text)
        except (TypeError, ValueError):
            return default

    def set(self, key: str, value: Any) -> None:
        """Store ``value`` (anything JSON can hold) under ``key``."""
        text = json.dumps(value, ensure_ascii=False)
        with self.db.atomic():
            Setting.insert(key=key, value=text).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: text}
            ).execute()
        self._texts.pop(key, None)
        if self.bus is not None:
            self.bus.announce(Change(settings=frozenset({key})))

    def delete(self, key: str) -> None:
        Setting.delete().where(Setting.key == key).execute()
        self._texts.pop(key, None)
        if self.bus is not None:
            self.bus.announce(Change(settings=frozenset({key})))

    def get_int(
        self, key: str, default: int, minimum: int | None = None, maximum: int | None = None
    ) -> int:
        """An integer within [minimum, maximum]; anything else gives ``default``."""
        value = self.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            return default
        if minimum is not None and value < minimum:
            return default
        if maximum is not None and value > maximum:
            return default
        return value

    def get_str(self, key: str, default: str = "") -> str:
        value = self.get(key, default)
        return value if isinstance(value, str) else default

    def get_bool(self, key: str, default: bool = False) -> bool:
        value = self.get(key, default)
        return value if isinstance(value, bool) else default

    # -- the method's settings ---------------------------------------------------
    def chat_length_min(self) -> int:
        """Default length of a new chat in minutes (30 unless the user changed it)."""
        return self.get_int(CHAT_LENGTH_MIN, DEFAULT_CHAT_LENGTH, 5, 8 * 60)

    def thank_you_hours(self) -> int:
        return self.get_int(THANK_YOU_HOURS, DEFAULT_THANK_YOU_HOURS, 0, 24 * 14)

    def update_after_days(self) -> int:
        return self.get_int(UPDATE_AFTER_DAYS, DEFAULT_UPDATE_AFTER_DAYS, 1, 3 * 365)

    def follow_up_settings(self) -> FollowUpSettings:
        return FollowUpSettings(
            thank_you_hours=self.thank_you_hours(),
            update_after_days=self.update_after_days(),
        )

    def cadence_goal(self) -> CadenceGoal:
        """The user's goal, stored as {"chats": n, "period": "month"|"week"}."""
        value = self.get(CADENCE_GOAL, None)
        if isinstance(value, dict):
            chats = value.get("chats")
            period = value.get("period")
            if isinstance(chats, int) and not isinstance(chats, bool) and 1 <= chats <= 50 and (
                period in PERIODS
            ):
                return CadenceGoal(chats=chats, period=str(period))
        return CadenceGoal()

    def set_cadence_goal(self, goal: CadenceGoal) -> None:
        self.set(CADENCE_GOAL, {"chats": goal.chats, "period": goal.period})

    # -- the call, printing, look and the user's profile ---------------------------
    def wrap_up_min(self) -> int:
        """Minutes before the end when the call window warns (5 unless changed)."""
        return self.get_int(WRAP_UP_MIN, 5, 1, 30)

    def call_sound(self) -> bool:
        return self.get_bool(CALL_SOUND, False)

    def paper_size(self) -> str:
        value = self.get_str(PAPER_SIZE, "auto")
        return value if value in PAPER_SIZES else "auto"

    def writing_lines(self) -> int:
        """Ruled lines under each question on the printed prep sheet."""
        return self.get_int(WRITING_LINES, 4, 0, 20)

    def prep_sheet_roomy(self) -> bool:
        """Print the roomy prep sheet (all the writing lines and a notes page) rather than one page."""
        return self.get_bool(PREP_SHEET_ROOMY, False)

    def theme(self) -> str:
        value = self.get_str(THEME, "system")
        return value if value in THEMES else "system"

    def profile(self) -> dict[str, str]:
        """name, field, pitch and availability (empty strings when unset)."""
        value = self.get(PROFILE, {})
        stored = value if isinstance(value, dict) else {}
        return {key: str(stored.get(key, "") or "") for key in PROFILE_FIELDS}

    def set_profile(self, **fields: str) -> None:
        profile = self.profile()
        profile.update({k: v for k, v in fields.items() if k in PROFILE_FIELDS})
        self.set(PROFILE, profile)
