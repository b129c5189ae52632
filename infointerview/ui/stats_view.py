"""The Stats area: chats per month against the goal, the funnel, the referral tree.

The two charts are small QPainter widgets (no chart library). The referral
tree shows every chain from the people at its top; pick anyone in "Find" to
see their whole chain with them selected, i.e. who led to them (up) and whom
they led to (down).

Signals:
    show_contact_requested(int): show this contact in the Contacts area.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from infointerview.services import referrals
from infointerview.services.followups import FunnelStep
from infointerview.services.referrals import ReferralNode
from infointerview.services.session import Session
from infointerview.ui.figures import reply_headline
from infointerview.ui.labels import stage_label
from infointerview.ui.theme import ACCENT, WARNING
from infointerview.ui.widgets.contact_picker import ContactPicker
from infointerview.ui.widgets.labels import plain_label

__all__ = ["FunnelChart", "MonthlyChart", "StatsView"]

IdRole = Qt.ItemDataRole.UserRole


class MonthlyChart(QWidget):
    """Bars of held chats per month with a dashed goal line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthlyChart")
        self.months: list[tuple[str, int]] = []
        self.goal_per_month = 1.0
        self.goal_text = ""
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(600, 230)

    def set_data(self, months: list[tuple[str, int]], goal_per_month: float, goal_text: str) -> None:
        self.setAccessibleName(self.tr("Chats held per month"))
        self.months = months
        self.goal_per_month = goal_per_month
        self.goal_text = goal_text
        self.setAccessibleDescription(
            ", ".join(f"{label}: {count}" for label, count in months)
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.windowText().color()
        muted = palette.placeholderText().color()
        metrics = self.fontMetrics()
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(28, line + 6, -8, -(line + 8))
        if not self.months or area.width() <= 0 or area.height() <= 0:
            painter.end()
            return
        # Headroom above the tallest bar for its count, so nothing meets the legend.
        top = max(2.0, self.goal_per_month * 1.25, *(c + 0.5 for _, c in self.months))
        top = float(int(top + 0.999))
        scale = area.height() / top

        painter.setPen(QPen(muted, 1))
        for tick in range(0, int(top) + 1, max(1, int(top) // 4)):
            y = area.bottom() - tick * scale
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.drawText(
                QRectF(0, y - line / 2, area.left() - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(tick),
            )
        slot = area.width() / len(self.months)
        bar = min(46.0, slot * 0.62)
        for i, (label, count) in enumerate(self.months):
            x = area.left() + slot * i + (slot - bar) / 2
            met = count >= self.goal_per_month
            colour = QColor(ACCENT) if met else QColor(ACCENT).lighter(160)
            if count:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(QRectF(x, area.bottom() - count * scale, bar, count * scale), 3, 3)
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(x - 10, area.bottom() - count * scale - line - 2, bar + 20, line),
                    Qt.AlignmentFlag.AlignCenter, str(count),
                )
            painter.setPen(text_colour if i == len(self.months) - 1 else muted)
            year, month = label.split("-")
            short = self.locale().monthName(int(month), self.locale().FormatType.ShortFormat)
            if i == 0 or month == "01":
                short += f" {year[2:]}"
            painter.drawText(
                QRectF(area.left() + slot * i, area.bottom() + 4, slot, line),
                Qt.AlignmentFlag.AlignCenter, short,
            )
        goal_y = area.bottom() - self.goal_per_month * scale
        pen = QPen(QColor(WARNING), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(area.left(), goal_y), QPointF(area.right(), goal_y))
        legend = self.tr("goal: {goal}").format(goal=self.goal_text)
        text_w = metrics.horizontalAdvance(legend)
        painter.drawLine(
            QPointF(area.right() - text_w - 34, line / 2 + 1),
            QPointF(area.right() - text_w - 8, line / 2 + 1),
        )
        painter.drawText(
            QRectF(area.right() - text_w - 2, 0, text_w + 2, line + 2),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, legend,
        )
        painter.end()


class FunnelChart(QWidget):
    """Horizontal bars: identified → contacted → … → referrals gained."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("funnelChart")
        self.steps: list[FunnelStep] = []
        self.labels: dict[str, str] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_steps(self, steps: list[FunnelStep], labels: dict[str, str]) -> None:
        self.setAccessibleName(self.tr("Funnel"))
        self.steps = steps
        self.labels = labels
        self.setFixedHeight(int(len(steps) * (self.fontMetrics().height() + 10) + 6))
        self.setAccessibleDescription(
            ", ".join(f"{labels.get(s.key, s.label)}: {s.count}" for s in steps)
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        row_h = metrics.height() + 10
        label_w = max([metrics.horizontalAdvance(v) for v in self.labels.values()] + [80]) + 12
        count_w = metrics.horizontalAdvance("00000") + 8
        width = max(10.0, self.width() - label_w - count_w)
        top = max([1] + [s.count for s in self.steps])
        text_colour = self.palette().windowText().color()
        for i, step in enumerate(self.steps):
            y = 3 + i * row_h
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y, label_w - 8, row_h - 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.labels.get(step.key, step.label),
            )
            w = width * step.count / top
            colour = QColor(WARNING) if step.key == "referrals" else QColor(ACCENT)
            if step.key != "referrals":
                colour = colour.lighter(100 + i * 12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            if step.count:
                painter.drawRoundedRect(QRectF(label_w, y + 2, max(3.0, w), row_h - 8), 3, 3)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(label_w + w + 6, y, count_w, row_h - 4),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(step.count),
            )
        painter.end()


class StatsView(QWidget):
    """Charts and the referral tree; reloads whenever it is shown."""

    show_contact_requested = Signal(int)
    log_message_requested = Signal()
    """The funnel is empty and the user chose to log a first message."""
    new_contact_requested = Signal()
    """There is nobody yet and the user chose to add a contact."""

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        people: Callable[[], list[tuple[int, str, str]]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statsView")
        self.session = session
        self._people = people or session.contacts.referrer_choices
        self._nobody = True

        self._build_charts()
        self._build_referral_tree()
        self._build_layout()
        self._wire()

    def _build_charts(self) -> None:
        """Chats per month and the funnel."""
        self.chart_title = self._title(self.tr("Chats held per month"))
        self.chart = MonthlyChart(self)
        self.funnel_title = self._title(self.tr("Funnel"))
        self.funnel = FunnelChart(self)
        self.funnel_note = plain_label("", self)
        self.funnel_note.setObjectName("funnelNote")
        self.funnel_note.setWordWrap(True)

    def _build_referral_tree(self) -> None:
        """The referral tree with its finder, and the funnel's start button."""
        self.tree_title = self._title(self.tr("Referral tree: who led to whom"))
        self.finder = ContactPicker([], self)
        self.finder.setObjectName("referralFind")
        self.finder.setPlaceholderText(self.tr("Find a person to see their whole chain"))
        self.show_all = QPushButton(self.tr("Show all chains"), self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("referralTree")
        self.tree.setHeaderLabels([self.tr("Person"), self.tr("Organisation"), self.tr("Referred")])
        self.tree.setAccessibleName(self.tr("Referral tree"))
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(0, 210)
        self.chain = plain_label("", self)
        self.chain.setObjectName("referralChain")
        self.chain.setWordWrap(True)
        self.open_contact = QPushButton(self.tr("Show in Contacts"), self)
        self.start_button = QPushButton(self)  # shown while the funnel is empty
        self.start_button.setObjectName("statsStart")
        self.start_button.clicked.connect(self._start_clicked)

    def _build_layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.chart_title)
        left.addWidget(self.chart, 1)
        left.addWidget(self.funnel_title)
        left.addWidget(self.funnel)
        left.addWidget(self.funnel_note)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addStretch(1)
        left.addLayout(start_row)
        right = QVBoxLayout()
        right.addWidget(self.tree_title)
        find_row = QHBoxLayout()
        find_row.addWidget(self.finder, 1)
        find_row.addWidget(self.show_all)
        right.addLayout(find_row)
        right.addWidget(self.tree, 1)
        right.addWidget(self.chain)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.open_contact)
        right.addLayout(bottom)
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(24)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    def _wire(self) -> None:
        self.finder.returnPressed.connect(self._find_person)
        self.finder.completer().activated.connect(lambda _text: self._find_person())
        self.show_all.clicked.connect(self.show_all_chains)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(self._activated)
        self.open_contact.clicked.connect(self._open_current)

    def _title(self, text: str) -> QLabel:
        label = plain_label(text, self)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        return label

    @Slot()
    def _start_clicked(self) -> None:
        if self._nobody:
            self.new_contact_requested.emit()
        else:
            self.log_message_requested.emit()

    def reload(self) -> None:
        followups = self.session.followups
        goal = self.session.settings.cadence_goal()
        per_month = goal.chats if goal.period == "month" else goal.chats * 52 / 12
        self.chart.set_data(followups.chats_per_month(12), per_month, goal.describe())
        steps = followups.funnel()
        labels = {s.key: stage_label(s.key) for s in steps}
        labels["referrals"] = self.tr("Referrals gained")
        self.funnel.set_steps(steps, labels)
        counts = {s.key: s.count for s in steps}
        if counts.get("contacted"):
            self.funnel_note.setText(  # the reply rate in Today's words, from the same counts
                self.tr("{replied}; {met} led to {referrals}.").format(
                    replied=reply_headline(followups.reply_rate()),
                    met=self.tr("%n (person|people) you met", "", counts["held"]),
                    referrals=self.tr("%n referral(s)", "", counts["referrals"]),
                )
            )
        else:
            self.funnel_note.setText(self.tr("Log your first message to start the funnel."))
        choices = self._people()
        self._nobody = not choices
        self.start_button.setText(
            self.tr("Add a Contact") if self._nobody else self.tr("Log a Message…")
        )
        self.start_button.setVisible(not counts.get("contacted"))
        self.finder.set_choices(choices)
        current = self.current_contact_id()
        if current is not None:
            self.show_chain_of(current)
        else:
            self.show_all_chains()

    # -- the tree ----------------------------------------------------------------
    def _add(self, parent: QTreeWidget | QTreeWidgetItem, node: ReferralNode) -> QTreeWidgetItem:
        count = len(node.children)
        item = QTreeWidgetItem([node.name, node.organisation, str(count) if count else ""])
        item.setData(0, IdRole, node.contact_id)
        if isinstance(parent, QTreeWidget):
            parent.addTopLevelItem(item)
        else:
            parent.addChild(item)
        for child in node.children:
            self._add(item, child)
        return item

    @Slot()
    def show_all_chains(self) -> None:
        self.tree.clear()
        trees = referrals.referral_trees()
        for node in trees:
            self._add(self.tree, node)
        self.tree.expandAll()
        if not trees:
            self.chain.setText(
                self.tr("No referrals yet. Ask every person you talk to: who else should I talk to?")
            )
        else:
            self.chain.setText(self.tr("Select a person to see who led to them."))

    def show_chain_of(self, contact_id: int) -> bool:
        """Show the chain ``contact_id`` belongs to, with them selected."""
        node = referrals.referral_tree(contact_id)
        if node is None:
            return False
        self.tree.clear()
        root = self._add(self.tree, node)
        self.tree.expandAll()
        item = self._find_item(root, contact_id)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)
        return True

    def _find_item(self, item: QTreeWidgetItem, contact_id: int) -> QTreeWidgetItem | None:
        if item.data(0, IdRole) == contact_id:
            return item
        for i in range(item.childCount()):
            child = item.child(i)
            if child is None:
                continue
            found = self._find_item(child, contact_id)
            if found is not None:
                return found
        return None

    def current_contact_id(self) -> int | None:
        item = self.tree.currentItem()
        return int(item.data(0, IdRole)) if item is not None else None

    @Slot()
    def _find_person(self) -> None:
        contact_id = self.finder.contact_id()
        if contact_id is not None:
            self.show_chain_of(contact_id)
            self.tree.setFocus()

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _current_changed(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        up = []
        item = current.parent()
        while item is not None:
            up.append(item.text(0))
            item = item.parent()
        name = current.text(0)
        if up:
            text = self.tr("{name} was referred by {chain}.").format(
                name=name, chain=" ← ".join(up)
            )
        else:
            text = self.tr("{name} is at the top of this chain.").format(name=name)
        count = current.childCount()
        if count:
            text += " " + self.tr("They referred {n}: {names}.").format(
                n=count,
                names=", ".join(c.text(0) for c in (current.child(i) for i in range(count)) if c),
            )
        self.chain.setText(text)

    @Slot(QTreeWidgetItem, int)
    def _activated(self, item: QTreeWidgetItem, column: int) -> None:
        self.show_contact_requested.emit(int(item.data(0, IdRole)))

    @Slot()
    def _open_current(self) -> None:
        contact_id = self.current_contact_id()
        if contact_id is not None:
            self.show_contact_requested.emit(contact_id)
