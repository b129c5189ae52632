"""The search over every chat's notes and answers: the search box and its results list."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from infointerview.services.search import SearchHit, SearchService
from infointerview.ui.locale_format import date_text

HitRole = Qt.ItemDataRole.UserRole + 3


class NoteSearch(QObject):
    """The note search box and its results list, both shown on ``parent``, which lays them out.

    Signals:
        hit_chosen(object): the SearchHit the user opened (clicked, activated, or Enter in the box).
    """

    hit_chosen = Signal(object)

    def __init__(self, search: SearchService, parent: QWidget) -> None:
        super().__init__(parent)
        self._search = search
        self.box = QLineEdit(parent)
        self.box.setObjectName("noteSearch")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(self.tr("Search all notes and answers  (Ctrl+Shift+F)"))
        self.results = QListWidget(parent)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setMaximumHeight(220)
        self.results.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._run_search)
        self.box.textChanged.connect(lambda _t: self._timer.start())
        self.box.returnPressed.connect(self._open_first_hit)
        self.results.itemActivated.connect(self._open_hit)
        self.results.itemClicked.connect(self._open_hit)

    @Slot()
    def _run_search(self) -> None:
        query = self.box.text()
        self.results.clear()
        hits = self._search.search_everything(query) if query.strip() else []
        if not query.strip():
            self.results.hide()
            return
        labels = {
            "notes": self.tr("Notes"),
            "takeaways": self.tr("Takeaways"),
            "research_notes": self.tr("Research"),
            "pitch": self.tr("Pitch"),
            "goals": self.tr("Goals"),
            "question": self.tr("Question"),
        }
        for hit in hits:
            item = QListWidgetItem(
                f"{hit.contact_name} · {date_text(hit.start_local)} · "
                f"{labels.get(hit.field, hit.field)}: {hit.snippet_text}"
            )
            item.setData(HitRole, hit)
            self.results.addItem(item)
        if not hits:
            item = QListWidgetItem(self.tr("Nothing found. Try fewer or shorter words."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        self.results.show()

    @Slot()
    def _open_first_hit(self) -> None:
        self._timer.stop()
        self._run_search()
        if self.results.count():
            self._open_hit(self.results.item(0))

    def _open_hit(self, item: QListWidgetItem) -> None:
        hit = item.data(HitRole)
        if isinstance(hit, SearchHit):
            self.hit_chosen.emit(hit)


__all__ = ["NoteSearch"]
