"""The call window's clock: the countdown, the phase and its hint, coloured by time left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from infointerview.domain.call_plan import TimerSnapshot
from infointerview.ui.theme import ERROR, WARNING
from infointerview.ui.widgets.labels import plain_label

CALM = "#1e3a5f"


class CallClockPanel(QFrame):
    """The countdown, the phase and its hint; calm, warning or over, in colour and words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clockPanel")
        self.countdown = QLabel("30:00", self)
        self.countdown.setObjectName("countdown")
        self.countdown.setTextFormat(Qt.TextFormat.PlainText)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.countdown.font())
        font.setPointSize(60)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
        self.countdown.setFont(font)
        self.countdown.setAccessibleName(self.tr("Time left"))
        self.phase_label = plain_label("", self)
        self.phase_label.setObjectName("phaseTitle")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label.setWordWrap(True)
        phase_font = QFont(self.phase_label.font())
        phase_font.setPointSize(16)
        phase_font.setBold(True)
        self.phase_label.setFont(phase_font)
        self.hint_label = plain_label("", self)
        self.hint_label.setObjectName("phaseHint")
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setWordWrap(True)
        hint_font = QFont(self.hint_label.font())
        hint_font.setPointSize(12)
        self.hint_label.setFont(hint_font)
        self.hint_label.setMinimumHeight(self.hint_label.fontMetrics().lineSpacing() * 2 + 4)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        panel = QVBoxLayout(self)
        panel.setContentsMargins(12, 8, 12, 10)
        panel.setSpacing(2)
        panel.addWidget(self.countdown)
        panel.addWidget(self.phase_label)
        panel.addWidget(self.hint_label)

    def show_snapshot(self, snap: TimerSnapshot) -> None:
        """Show the time left, the phase and the level of one timer snapshot."""
        self.countdown.setText(snap.display)
        if snap.state == "ready":
            title = self.tr("Ready when you are")
            hint = self.tr("Press Start (Space) when the call begins.")
        else:
            title, hint = self._phase_text(snap.phase_key)
            if snap.state == "paused":
                title = self.tr("Paused — {phase}").format(phase=title)
            elif snap.state == "ended":
                title = self.tr("Call ended")
        self.phase_label.setText(title)
        self.hint_label.setText(hint)
        level = "over" if snap.over else "warning" if snap.warning else "calm"
        if snap.state == "ready":
            level = "calm"
        self._paint(level)
        self.setProperty("level", level)

    def _phase_text(self, key: str) -> tuple[str, str]:
        texts = {
            "opening": (
                self.tr("Thanks and the plan"),
                self.tr("Thank them; say the plan: your bio, their story, questions, done on time."),
            ),
            "my_bio": (
                self.tr("Your one-minute bio"),
                self.tr("Who you are and what you are exploring; not a job request."),
            ),
            "their_story": (
                self.tr("Their story"),
                self.tr("Invite their path; listen and note names and resources."),
            ),
            "questions": (
                self.tr("Your questions"),
                self.tr("Open-ended questions in your order; steer if they ramble."),
            ),
            "wrap_up": (
                self.tr("Wrap-up: ask who else to talk to"),
                self.tr("Ask: who else should I talk to? May I use your name?"),
            ),
            "overrun": (
                self.tr("Time is up — thank them and close"),
                self.tr("Say you want to respect their time; stay only if they clearly offer."),
            ),
        }
        return texts.get(key, (key, ""))

    def _paint(self, level: str) -> None:
        background = {"calm": CALM, "warning": WARNING, "over": ERROR}[level]
        self.setStyleSheet(
            f"QFrame#clockPanel {{ background: {background}; border-radius: 10px; }}"
            "QFrame#clockPanel QLabel { color: white; background: transparent; }"
        )

    @property
    def level(self) -> str:
        return str(self.property("level"))


__all__ = ["CallClockPanel"]
