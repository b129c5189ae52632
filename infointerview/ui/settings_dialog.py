"""Preferences: the profile, the method's timings, printing, look and the data folder.

Every change is validated by its widget (ranges, choices) and saved at once,
so it applies live; ``setting_changed`` tells the window which key changed.

Signals:
    setting_changed(str): the key that was just saved.
    backups_requested(): the user pressed "Backups…".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from infointerview.domain.cadence import CadenceGoal
from infointerview.domain.questions import pitch_verdict
from infointerview.services import settings as keys
from infointerview.services.settings import SettingsService
from infointerview.ui.widgets.labels import fit_form_captions, plain_label


def cadence_choices() -> tuple[tuple[int, str, str], ...]:
    """(chats, period, translated words) for the cadence goal pickers."""
    return (
        (1, "month", QCoreApplication.translate("SettingsDialog", "One chat a month")),
        (2, "month", QCoreApplication.translate("SettingsDialog", "Two chats a month")),
        (3, "month", QCoreApplication.translate("SettingsDialog", "Three chats a month")),
        (1, "week", QCoreApplication.translate("SettingsDialog", "One chat a week")),
        (2, "week", QCoreApplication.translate("SettingsDialog", "Two chats a week")),
    )


def _form_row(form: QFormLayout, text: str, field: QWidget, hint: str = "") -> None:
    label = QLabel(text, form.parentWidget())
    label.setBuddy(field)
    if hint:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(field)
        note = plain_label(hint, form.parentWidget())
        note.setObjectName("hintLabel")
        note.setWordWrap(True)
        box.addWidget(note)
        form.addRow(label, box)
    else:
        form.addRow(label, field)


class SettingsDialog(QDialog):
    """Preferences, saved to the data folder as they change."""

    setting_changed = Signal(str)
    backups_requested = Signal()

    def __init__(self, settings: SettingsService, data_dir: Path,
                 parent: QWidget | None = None, calendar_page: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._data_dir = data_dir
        self._loading = True
        self.tabs = QTabWidget(self)

        self._build_profile_tab()
        self._build_chats_tab()
        self._build_printing_tab()
        self._build_look_tab()
        self._build_data_tab(data_dir)
        if calendar_page is not None:  # ui/calendar_settings.py: your own calendar server
            calendar_page.setParent(self)
            self.tabs.addTab(calendar_page, self.tr("Calendar"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(620, 480)

        self.load()
        self._wire()
        self._loading = False
        fit_form_captions(self)  # no caption clipped at 200 %

    def _build_profile_tab(self) -> None:
        profile_page = QWidget(self)
        form = QFormLayout(profile_page)
        self.name = QLineEdit(profile_page)
        self.field = QLineEdit(profile_page)
        self.field.setPlaceholderText(self.tr("e.g. data science in biotech"))
        self.availability = QLineEdit(profile_page)
        self.availability.setPlaceholderText(self.tr("e.g. Tuesday or Thursday afternoons"))
        self.pitch = QPlainTextEdit(profile_page)
        self.pitch.setTabChangesFocus(True)
        self.pitch.setMinimumHeight(110)
        self.pitch_verdict = plain_label("", profile_page)
        self.pitch_verdict.setWordWrap(True)
        _form_row(form, self.tr("Your &name"), self.name)
        _form_row(form, self.tr("Field you are &exploring"), self.field)
        _form_row(form, self.tr("&Availability"), self.availability,
                  self.tr("Used in messages: when you could talk."))
        _form_row(form, self.tr("Default &pitch"), self.pitch)
        form.addRow("", self.pitch_verdict)
        self.tabs.addTab(profile_page, self.tr("Profile"))

    def _build_chats_tab(self) -> None:
        """Chats and follow-ups."""
        chats_page = QWidget(self)
        form = QFormLayout(chats_page)
        self.chat_length = QSpinBox(chats_page)
        self.chat_length.setRange(10, 120)
        self.chat_length.setSingleStep(5)
        self.chat_length.setSuffix(self.tr(" min"))
        self.wrap_up = QSpinBox(chats_page)
        self.wrap_up.setRange(2, 15)
        self.wrap_up.setSuffix(self.tr(" min before the end"))
        self.sound = QCheckBox(self.tr("Play a gentle sound at the wrap-up warning and at the end"),
                               chats_page)
        self.thank_you = QSpinBox(chats_page)
        self.thank_you.setRange(12, 168)
        self.thank_you.setSingleStep(12)
        self.thank_you.setSuffix(self.tr(" hours after the chat"))
        self.update_days = QSpinBox(chats_page)
        self.update_days.setRange(30, 365)
        self.update_days.setSingleStep(15)
        self.update_days.setSuffix(self.tr(" days"))
        self.cadence = QComboBox(chats_page)
        for chats, period, label in cadence_choices():
            self.cadence.addItem(label, f"{chats}:{period}")
        _form_row(form, self.tr("Chat &length"), self.chat_length,
                  self.tr("Informational interviews are usually 30 minutes."))
        _form_row(form, self.tr("&Wrap-up warning"), self.wrap_up,
                  self.tr("When the call window reminds you to ask who else to talk to."))
        form.addRow("", self.sound)
        _form_row(form, self.tr("&Thank-you due"), self.thank_you,
                  self.tr("Send it within one to two business days; 48 hours at most."))
        _form_row(form, self.tr("Keep-in-touch &update"), self.update_days,
                  self.tr("A short update after the chat keeps the connection alive."))
        _form_row(form, self.tr("Cadence &goal"), self.cadence,
                  self.tr("At least one a month; work toward one a week."))
        self.tabs.addTab(chats_page, self.tr("Chats"))

    def _build_printing_tab(self) -> None:
        print_page = QWidget(self)
        form = QFormLayout(print_page)
        self.paper = QComboBox(print_page)
        for key, label in (
            ("auto", self.tr("From my region")), ("a4", self.tr("A4")),
            ("letter", self.tr("US Letter")),
        ):
            self.paper.addItem(label, key)
        self.lines = QSpinBox(print_page)
        self.lines.setRange(0, 12)
        self.lines.setSuffix(self.tr(" lines"))
        _form_row(form, self.tr("Paper &size"), self.paper)
        self.roomy = QCheckBox(self.tr("&Roomy: more writing lines and a notes page"), print_page)
        _form_row(form, self.tr("Prep sheet"), self.roomy,
                  self.tr("Off: one page to keep on the desk during the call."))
        _form_row(form, self.tr("&Writing space per question"), self.lines,
                  self.tr("Ruled lines under each question on the roomy sheet; "
                          "the one-page sheet has at most two."))
        self.tabs.addTab(print_page, self.tr("Printing"))

    def _build_look_tab(self) -> None:
        look_page = QWidget(self)
        form = QFormLayout(look_page)
        self.theme = QComboBox(look_page)
        for key, label in (
            ("system", self.tr("Follow the system")), ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, key)
        _form_row(form, self.tr("&Appearance"), self.theme)
        self.tabs.addTab(look_page, self.tr("Appearance"))

    def _build_data_tab(self, data_dir: Path) -> None:
        data_page = QWidget(self)
        form = QFormLayout(data_page)
        self.folder = QLineEdit(str(data_dir), data_page)
        self.folder.setReadOnly(True)
        self.open_folder = QPushButton(self.tr("Open Folder"), data_page)
        self.backups = QPushButton(self.tr("Backups…"), data_page)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.open_folder)
        folder_label = QLabel(self.tr("Data &folder"), data_page)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        note = plain_label(
            self.tr("Everything you enter stays in this folder on this computer. To use "
                    "another folder, start InfoInterview with --data-dir or set "
                    "INFOINTERVIEW_DATA_DIR."), data_page)
        note.setWordWrap(True)
        form.addRow("", note)
        form.addRow("", self.backups)
        self.tabs.addTab(data_page, self.tr("Data"))

    def _wire(self) -> None:
        """Every field saves as soon as it changes."""
        for line, field_key in ((self.name, "name"), (self.field, "field"),
                                (self.availability, "availability")):
            line.textChanged.connect(lambda text, k=field_key: self._save_profile(k, text))
        self.pitch.textChanged.connect(self._pitch_changed)
        self.chat_length.valueChanged.connect(lambda v: self._save(keys.CHAT_LENGTH_MIN, v))
        self.wrap_up.valueChanged.connect(lambda v: self._save(keys.WRAP_UP_MIN, v))
        self.sound.toggled.connect(lambda v: self._save(keys.CALL_SOUND, bool(v)))
        self.thank_you.valueChanged.connect(lambda v: self._save(keys.THANK_YOU_HOURS, v))
        self.update_days.valueChanged.connect(lambda v: self._save(keys.UPDATE_AFTER_DAYS, v))
        self.cadence.currentIndexChanged.connect(self._cadence_changed)
        self.paper.currentIndexChanged.connect(
            lambda: self._save(keys.PAPER_SIZE, str(self.paper.currentData())))
        self.lines.valueChanged.connect(lambda v: self._save(keys.WRITING_LINES, v))
        self.roomy.toggled.connect(lambda v: self._save(keys.PREP_SHEET_ROOMY, bool(v)))
        self.theme.currentIndexChanged.connect(
            lambda: self._save(keys.THEME, str(self.theme.currentData())))
        self.open_folder.clicked.connect(self._open_folder)
        self.backups.clicked.connect(self.backups_requested)

    def load(self) -> None:
        """Show what is stored (defaults where nothing is)."""
        s = self._settings
        profile = s.profile()
        self.name.setText(profile["name"])
        self.field.setText(profile["field"])
        self.availability.setText(profile["availability"])
        self.pitch.setPlainText(profile["pitch"])
        self.pitch_verdict.setText(pitch_verdict(profile["pitch"]))
        self.chat_length.setValue(s.chat_length_min())
        self.wrap_up.setValue(s.wrap_up_min())
        self.sound.setChecked(s.call_sound())
        self.thank_you.setValue(s.thank_you_hours())
        self.update_days.setValue(s.update_after_days())
        goal = s.cadence_goal()
        index = self.cadence.findData(f"{goal.chats}:{goal.period}")
        if index < 0:
            self.cadence.addItem(str(goal), f"{goal.chats}:{goal.period}")
            index = self.cadence.count() - 1
        self.cadence.setCurrentIndex(index)
        self.paper.setCurrentIndex(max(0, self.paper.findData(s.paper_size())))
        self.lines.setValue(s.writing_lines())
        self.roomy.setChecked(s.prep_sheet_roomy())
        self.theme.setCurrentIndex(max(0, self.theme.findData(s.theme())))

    def _save(self, key: str, value: object) -> None:
        if self._loading:
            return
        self._settings.set(key, value)
        self.setting_changed.emit(key)

    def _save_profile(self, key: str, text: str) -> None:
        if self._loading:
            return
        self._settings.set_profile(**{key: text.strip()})
        self.setting_changed.emit(keys.PROFILE)

    @Slot()
    def _pitch_changed(self) -> None:
        text = self.pitch.toPlainText()
        self.pitch_verdict.setText(pitch_verdict(text))
        self._save_profile("pitch", text)

    @Slot()
    def _cadence_changed(self) -> None:
        if self._loading:
            return
        chats, period = str(self.cadence.currentData()).split(":")
        self._settings.set_cadence_goal(CadenceGoal(chats=int(chats), period=str(period)))
        self.setting_changed.emit(keys.CADENCE_GOAL)

    @Slot()
    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))

