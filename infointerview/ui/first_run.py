"""The first-run welcome: three short, skippable steps.

1. who you are and what you are exploring; 2. a first one-minute pitch and a
cadence goal; 3. how to start: empty, import LinkedIn connections, or the
sample data. Whatever the exit, what was typed is saved.

Signals:
    finished_with(str): "empty", "import" or "sample".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from infointerview.domain.cadence import CadenceGoal
from infointerview.domain.questions import pitch_verdict
from infointerview.services import settings as keys
from infointerview.services.session import Session
from infointerview.services.settings import SettingsService
from infointerview.ui.settings_dialog import cadence_choices
from infointerview.ui.widgets.labels import fit_form_captions, plain_label

EXITS = ("empty", "import", "sample")


class FirstRunWizard(QWizard):
    """Welcome a new user in at most three steps; every step can be skipped."""

    finished_with = Signal(str)

    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        self._settings = settings
        self.setWindowTitle(self.tr("Welcome to InfoInterview"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Skip"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start"))

        self._build_you_page()
        self._build_pitch_page()
        self._build_start_page()

        self.pitch.textChanged.connect(
            lambda: self.pitch_verdict.setText(pitch_verdict(self.pitch.toPlainText())))
        self.customButtonClicked.connect(self._skip)
        self.accepted.connect(self._finish)
        self.rejected.connect(lambda: self._done("empty"))
        self.resize(620, 460)
        fit_form_captions(self)  # no caption clipped at 200 %

    def _build_you_page(self) -> None:
        """Page 1: who you are."""
        # 1: who you are
        you = QWizardPage(self)
        you.setTitle(self.tr("Who are you talking to people as?"))
        you.setSubTitle(self.tr("Informational interviews are short chats to learn about a "
                                "field or job, never to ask for one. Your name and field go "
                                "into your messages and prep sheets."))
        self.name = QLineEdit(you)
        self.field_edit = QLineEdit(you)
        self.field_edit.setPlaceholderText(self.tr("e.g. data science in biotech"))
        form = QFormLayout(you)
        self._row(form, self.tr("Your &name"), self.name)
        self._row(form, self.tr("Field you are &exploring"), self.field_edit)
        self.addPage(you)

    def _build_pitch_page(self) -> None:
        """Page 2: pitch and cadence."""
        # 2: pitch and cadence
        pitch_page = QWizardPage(self)
        pitch_page.setTitle(self.tr("Your one-minute pitch, and a rhythm"))
        pitch_page.setSubTitle(self.tr("About 150 words: who you are, what you are exploring, "
                                       "and why you want to hear their story. You will tailor "
                                       "it for each person."))
        self.pitch = QPlainTextEdit(pitch_page)
        self.pitch.setTabChangesFocus(True)
        self.pitch_verdict = plain_label(pitch_verdict(""), pitch_page)
        self.pitch_verdict.setWordWrap(True)
        self.cadence = QComboBox(pitch_page)
        for chats, period, label in cadence_choices():
            self.cadence.addItem(label, f"{chats}:{period}")
        form = QFormLayout(pitch_page)
        self._row(form, self.tr("&Pitch"), self.pitch)
        form.addRow("", self.pitch_verdict)
        self._row(form, self.tr("Cadence &goal"), self.cadence)
        self.addPage(pitch_page)

    def _build_start_page(self) -> None:
        """Page 3: how to start."""
        # 3: how to start
        start = QWizardPage(self)
        start.setTitle(self.tr("How would you like to start?"))
        start.setSubTitle(self.tr("You can import or add people at any time."))
        self.choice_empty = QRadioButton(self.tr("Start empty: I will add three to five people"),
                                         start)
        self.choice_import = QRadioButton(
            self.tr("Import my LinkedIn connections (Connections.csv)"), start)
        self.choice_sample = QRadioButton(
            self.tr("Load sample data to look around first (you can delete it later)"), start)
        self.choice_empty.setChecked(True)
        self.choices = QButtonGroup(start)
        for button in (self.choice_empty, self.choice_import, self.choice_sample):
            self.choices.addButton(button)
        box = QVBoxLayout(start)
        for button in (self.choice_empty, self.choice_import, self.choice_sample):
            box.addWidget(button)
        hint = plain_label(self.tr("LinkedIn: Settings → Data privacy → Get a copy of your data "
                                   "→ Connections. The file arrives by email."), start)
        hint.setWordWrap(True)
        box.addSpacing(8)
        box.addWidget(hint)
        box.addStretch(1)
        self.addPage(start)

    @staticmethod
    def _row(form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text, form.parentWidget())
        label.setBuddy(field)
        form.addRow(label, field)

    def choice(self) -> str:
        if self.choice_import.isChecked():
            return "import"
        if self.choice_sample.isChecked():
            return "sample"
        return "empty"

    @Slot(int)
    def _skip(self, _button: int) -> None:
        """Skip: keep what was typed, start empty."""
        self._done("empty")
        self.done(QWizard.DialogCode.Rejected)

    @Slot()
    def _finish(self) -> None:
        self._done(self.choice())

    def _done(self, choice: str) -> None:
        if self._settings.get_bool(keys.FIRST_RUN_DONE):
            return  # already saved (Skip also rejects the dialog)
        self._settings.set_profile(
            name=self.name.text().strip(),
            field=self.field_edit.text().strip(),
            pitch=self.pitch.toPlainText().strip(),
        )
        chats, period = str(self.cadence.currentData()).split(":")
        self._settings.set_cadence_goal(CadenceGoal(chats=int(chats), period=str(period)))
        self._settings.set(keys.FIRST_RUN_DONE, True)
        self.finished_with.emit(choice)


def open_welcome(session: Session, parent: QWidget) -> FirstRunWizard | None:
    """Open the welcome on a first run with an empty database; None otherwise."""
    if session.settings.get_bool(keys.FIRST_RUN_DONE) or session.contacts.any():
        return None
    wizard = FirstRunWizard(session.settings, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
