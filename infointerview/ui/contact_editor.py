"""The contact detail pane: a form with inline validation.

Signals:
    save_requested(): the user asked to save (button or Ctrl+S / Ctrl+Return).
    revert_requested(): the user asked to drop unsaved edits.
    dirty_changed(bool): whether the form differs from what was loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from infointerview.domain import contacts as rules
from infointerview.domain.contacts import ContactDraft
from infointerview.ui.labels import how_found_labels, lane_label, stage_label
from infointerview.ui.widgets.labels import fit_form_captions, plain_label


class ContactEditor(QWidget):
    """Form for one contact (or a new one); knows nothing about the database."""

    save_requested = Signal()
    revert_requested = Signal()
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactEditor")
        self._contact_id: int | None = None
        self._loaded = ContactDraft()
        self._loading = False
        self._dirty = False
        self._referrers: dict[str, int] = {}
        self._referrer_text_by_id: dict[int, str] = {}
        self._referrer_source: Callable[[], list[tuple[int, str, str]]] | None = None
        self._organisation_source: Callable[[], list[str]] | None = None
        self._referrers_ready = False
        self._organisations_ready = False

        self._build_heading()
        self._build_fields()
        self._build_completers()

        self.errors: dict[str, QLabel] = {}
        form = self._build_form()
        self._build_layout(form)
        self._wire()
        self.load(None, ContactDraft())
        fit_form_captions(self)  # no caption clipped at 200 %

    def _build_heading(self) -> None:
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setObjectName("editorHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)

    def _build_fields(self) -> None:
        self.first_name = QLineEdit(self)
        self.last_name = QLineEdit(self)
        self.organisation = QLineEdit(self)
        self.job_title = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.linkedin_url = QLineEdit(self)
        self.location = QLineEdit(self)
        self.how_found = QComboBox(self)
        self.how_found.setEditable(True)
        self.how_found.addItems(["", *how_found_labels()])
        self.connection_point = QLineEdit(self)
        self.referred_by = QLineEdit(self)
        self.hiring_authority = QCheckBox(self.tr("Can hire (a prospective supervisor)"), self)
        self.lane = QComboBox(self)
        for key in rules.LANE_KEYS:
            self.lane.addItem(lane_label(key), key)
        self.stage = QComboBox(self)
        for key in rules.STAGE_KEYS:
            self.stage.addItem(stage_label(key), key)
        self.tags = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(90)

        self.first_name.setPlaceholderText(self.tr("First name"))
        self.last_name.setPlaceholderText(self.tr("Last name"))
        self.organisation.setPlaceholderText(self.tr("Type to pick or add an organisation"))
        self.email.setPlaceholderText("name@example.org")
        self.linkedin_url.setPlaceholderText("https://www.linkedin.com/in/…")
        self.connection_point.setPlaceholderText(self.tr("Same university, home town, a mutual friend…"))
        self.referred_by.setPlaceholderText(self.tr("Who referred you? Type a name"))
        self.referred_by.setClearButtonEnabled(True)
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. biotech, alumni"))

    def _build_completers(self) -> None:
        """Organisation and referrer completion (filled on first focus)."""
        self._org_model = QStringListModel(self)
        org_completer = QCompleter(self._org_model, self)
        org_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        org_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(org_completer)
        self._referrer_model = QStringListModel(self)
        ref_completer = QCompleter(self._referrer_model, self)
        ref_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ref_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.referred_by.setCompleter(ref_completer)
        self.organisation.installEventFilter(self)
        self.referred_by.installEventFilter(self)

    def _build_form(self) -> QFormLayout:
        """The labelled fields, each with its error line."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        name_row = QHBoxLayout()
        name_row.addWidget(self.first_name)
        name_row.addWidget(self.last_name)
        self._add_row(form, self.tr("&Name"), name_row, "first_name", buddy=self.first_name)
        self._add_row(form, self.tr("&Organisation"), self.organisation, "organisation")
        self._add_row(form, self.tr("&Job title"), self.job_title, "job_title")
        self._add_row(form, self.tr("E&mail"), self.email, "email")
        self._add_row(form, self.tr("&Phone"), self.phone, "phone")
        self._add_row(form, self.tr("&LinkedIn"), self.linkedin_url, "linkedin_url")
        self._add_row(form, self.tr("Locat&ion"), self.location, "location")
        self._add_row(form, self.tr("&How found"), self.how_found, "how_found")
        self._add_row(form, self.tr("Connec&tion"), self.connection_point, "connection_point")
        self._add_row(form, self.tr("&Referred by"), self.referred_by, "referred_by_id")
        self._add_row(form, "", self.hiring_authority, "hiring_authority")
        self._add_row(form, self.tr("L&ane"), self.lane, "lane")
        self._add_row(form, self.tr("&Stage"), self.stage, "stage")
        self._add_row(form, self.tr("Ta&gs"), self.tags, "tags")
        self._add_row(form, self.tr("N&otes"), self.notes, "notes")
        return form

    def _build_layout(self, form: QFormLayout) -> None:
        """Heading, form and chain in a scroll area; status, Revert and Save below."""
        self.chain_label = plain_label("", self)
        self.chain_label.setWordWrap(True)
        self.chain_label.setObjectName("chainLabel")

        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save this contact (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setToolTip(self.tr("Drop the changes you have not saved"))
        self.status = plain_label("", self)
        self.status.setObjectName("editorStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.heading)
        inner_layout.addLayout(form)
        inner_layout.addWidget(self.chain_label)
        inner_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def _wire(self) -> None:
        self.save_button.clicked.connect(self.save_requested)
        self.revert_button.clicked.connect(self.revert_requested)
        for sequence in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return")):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save_requested)
        for line in self.findChildren(QLineEdit):
            line.textChanged.connect(self._on_edited)
        self.notes.textChanged.connect(self._on_edited)
        for combo in (self.how_found, self.lane, self.stage):
            combo.currentIndexChanged.connect(self._on_edited)
        self.how_found.editTextChanged.connect(self._on_edited)
        self.hiring_authority.toggled.connect(self._on_edited)
        self.email.editingFinished.connect(self._check_live)
        self.linkedin_url.editingFinished.connect(self._check_live)

    def _add_row(
        self,
        form: QFormLayout,
        label_text: str,
        field: QWidget | QHBoxLayout,
        error_key: str,
        buddy: QWidget | None = None,
    ) -> None:
        error = plain_label("", self)
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        self.errors[error_key] = error
        box = QVBoxLayout()
        box.setSpacing(2)
        if isinstance(field, QHBoxLayout):
            box.addLayout(field)
        else:
            box.addWidget(field)
        box.addWidget(error)
        label = QLabel(label_text, self)
        target = buddy if buddy is not None else field if isinstance(field, QWidget) else None
        if target is not None:
            label.setBuddy(target)
        form.addRow(label, box)

    # -- public API ------------------------------------------------------------
    @property
    def contact_id(self) -> int | None:
        return self._contact_id

    def is_dirty(self) -> bool:
        return self._dirty

    def set_sources(
        self,
        organisations: Callable[[], list[str]],
        referrers: Callable[[], list[tuple[int, str, str]]],
    ) -> None:
        """Where the completers' choices come from; read only when first needed."""
        self._organisation_source = organisations
        self._referrer_source = referrers
        self.invalidate_lookups()

    def invalidate_lookups(self) -> None:
        """Contacts or organisations changed: rebuild the choices on next use."""
        self._referrers_ready = False
        self._organisations_ready = False

    def _ensure_referrers(self) -> None:
        if not self._referrers_ready and self._referrer_source is not None:
            self.set_referrers(self._referrer_source())
        self._referrers_ready = True

    def _ensure_organisations(self) -> None:
        if not self._organisations_ready and self._organisation_source is not None:
            self.set_organisations(self._organisation_source())
        self._organisations_ready = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            if watched is self.organisation:
                self._ensure_organisations()
            elif watched is self.referred_by:
                self._ensure_referrers()
        return super().eventFilter(watched, event)

    def set_organisations(self, names: list[str]) -> None:
        self._org_model.setStringList(names)

    def set_referrers(self, choices: list[tuple[int, str, str]]) -> None:
        """(id, name, organisation) of everyone who could have referred this contact."""
        self._referrers = {}
        self._referrer_text_by_id = {}
        for cid, name, org in choices:
            text = f"{name} — {org}" if org else name
            if text in self._referrers:
                text = f"{text} (#{cid})"
            self._referrers[text] = cid
            self._referrer_text_by_id[cid] = text
        self._referrer_model.setStringList(list(self._referrers))

    def load(
        self,
        contact_id: int | None,
        draft: ContactDraft,
        chain: tuple[list[str], list[str]] | None = None,
    ) -> None:
        """Show ``draft``; ``contact_id`` None means a new contact."""
        self._loading = True
        try:
            self._contact_id = contact_id
            self._loaded = draft
            self.first_name.setText(draft.first_name)
            self.last_name.setText(draft.last_name)
            self.organisation.setText(draft.organisation)
            self.job_title.setText(draft.job_title)
            self.email.setText(draft.email)
            self.phone.setText(draft.phone)
            self.linkedin_url.setText(draft.linkedin_url)
            self.location.setText(draft.location)
            self.how_found.setCurrentText(draft.how_found)
            self.connection_point.setText(draft.connection_point)
            if draft.referred_by_id is not None:
                self._ensure_referrers()
            self.referred_by.setText(
                self._referrer_text_by_id.get(draft.referred_by_id, "")
                if draft.referred_by_id is not None
                else ""
            )
            self.hiring_authority.setChecked(draft.hiring_authority)
            self.lane.setCurrentIndex(max(0, self.lane.findData(draft.lane)))
            self.stage.setCurrentIndex(max(0, self.stage.findData(draft.stage)))
            self.tags.setText(draft.tags)
            self.notes.setPlainText(draft.notes)
            self.show_errors({})
            self.status.setText("")
            self._update_heading()
            self._show_chain(chain)
        finally:
            self._loading = False
        self._set_dirty(False)

    def draft(self) -> ContactDraft:
        """What the form holds now (not yet validated)."""
        return ContactDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            organisation=self.organisation.text(),
            job_title=self.job_title.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            linkedin_url=self.linkedin_url.text(),
            location=self.location.text(),
            how_found=self.how_found.currentText(),
            connection_point=self.connection_point.text(),
            referred_by_id=self._referrer_id(),
            hiring_authority=self.hiring_authority.isChecked(),
            lane=str(self.lane.currentData() or ""),
            stage=str(self.stage.currentData() or "identified"),
            tags=self.tags.text(),
            notes=self.notes.toPlainText(),
        )

    def unknown_referrer(self) -> bool:
        """The user typed something in 'Referred by' that matches nobody."""
        text = self.referred_by.text().strip()
        return bool(text) and self._referrer_id() is None

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            message = errors.get(key, "")
            label.setText("⚠ " + message if message else "")
            label.setVisible(bool(message))
            label.setAccessibleName(message)
        if errors:
            self.status.setText(self.tr("Not saved: fix the fields marked ⚠."))

    def mark_saved(self, contact_id: int, message: str) -> None:
        self._contact_id = contact_id
        self._loaded = self.draft().cleaned()
        self.show_errors({})
        self.status.setText(message)
        self._update_heading()
        self._set_dirty(False)

    def focus_first_field(self) -> None:
        self.first_name.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.first_name.selectAll()

    # -- internals ---------------------------------------------------------------
    def _referrer_id(self) -> int | None:
        text = self.referred_by.text().strip()
        if not text:
            return None
        self._ensure_referrers()
        if text in self._referrers:
            return self._referrers[text]
        folded = text.casefold()
        matches = [cid for label, cid in self._referrers.items() if label.casefold() == folded]
        if not matches:
            matches = [
                cid
                for label, cid in self._referrers.items()
                if label.split(" — ")[0].casefold() == folded
            ]
        return matches[0] if len(matches) == 1 else None

    def _show_chain(self, chain: tuple[list[str], list[str]] | None) -> None:
        if not chain or (not chain[0] and not chain[1]):
            self.chain_label.setText("")
            self.chain_label.hide()
            return
        up, down = chain
        parts = []
        if up:
            parts.append(self.tr("Referral chain: ") + " ← ".join(up))
        if down:
            parts.append(self.tr("Referred you to: ") + ", ".join(down))
        self.chain_label.setText("\n".join(parts))
        self.chain_label.show()

    def _update_heading(self) -> None:
        if self._contact_id is None:
            self.heading.setText(self.tr("New contact"))
        else:
            name = rules.display_name(self.first_name.text(), self.last_name.text())
            self.heading.setText(name or self.tr("(no name)"))

    @Slot()
    def _check_live(self) -> None:
        """Say what is wrong with email and link as soon as the user leaves the field."""
        for key, check in (
            ("email", rules.check_email(self.email.text())),
            ("linkedin_url", rules.check_url(self.linkedin_url.text())),
        ):
            label = self.errors[key]
            label.setText("⚠ " + check if check else "")
            label.setVisible(bool(check))

    @Slot()
    def _on_edited(self) -> None:
        if self._loading:
            return
        current = self.draft().cleaned()
        loaded = self._loaded.cleaned()
        differs = any(
            getattr(current, f.name) != getattr(loaded, f.name) for f in fields(current)
        ) or self.unknown_referrer()
        self._set_dirty(differs)
        if self._contact_id is not None:
            self._update_heading()

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty or self._contact_id is None)
        self.revert_button.setEnabled(dirty)
        if dirty and self.status.text() and not self.status.text().startswith("Not saved"):
            self.status.setText("")
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
