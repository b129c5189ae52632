"""InfoInterview benchmark: the speed targets, measured side by side in one run.

    python tests/bench/bench.py [--json OUT] [--runs N] [--only KEY[,KEY]]

Not collected by pytest. Generates its data sets (fixed seed) in a temporary
folder, drives the real widgets offscreen, times whole processes for start-up
(process start to the main window's first paint, then quit; the bare Qt window
is timed the same way, interleaved with the app's runs), and prints a table
plus JSON. Targets are checked at the end; the exit status is 1 if any target
is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SEED = 2026
FIRST = ("Ana Kwame Priya Mateus Sofia Hiroshi Fatima Jonas Léa Chen Olga Diego Amara Noah Inês "
         "Aisha Ben Camila Daniel Elena Farah Giulia Hugo Ivan Julia Kenji Lina Marta Nadia Omar").split()
LAST = ("Silva Mensah Nair Araújo Rossi Tanaka Al-Sayed Weber Dubois Wang Ivanova Fernández Okafor "
        "Williams Carvalho Bello Costa Rojas Cohen Petrova Larsen Park Moreau Santos Nowak").split()
TITLES = ("Data Scientist", "Research Scientist", "Product Manager", "Engineering Manager",
          "Analyst", "Consultant", "Director of Data", "Policy Advisor", "Editor", "Partner")
TARGETS = {
    "startup_ratio_30k": ("<=", 3.0),
    "filter_100k_ms": ("<=", 50.0),
    "filter_100k_max_ms": ("<=", 50.0),
    "sort_100k_ms": ("<=", 100.0),
    "sort_100k_max_ms": ("<=", 60.0),
    "chat_change_refresh_100k_ms": ("<=", 20.0),
    "schedule_open_100k_ms": ("<=", 50.0),
    "max_stall_import_30k_ms": ("<=", 50.0),
    "max_stall_startup_30k_ms": ("<=", 50.0),
    "import_30k_s": ("<=", 3.0),
    "import_vcard_10k_s": ("<=", 3.0),
    "import_csv_50k_s": ("<=", 3.0),
    "rss_100k_mb": ("<=", 250.0),
    "timer_error_ms": ("<=", 250.0),
    "prep_sheet_s": ("<=", 1.0),
    "calendar_month_2000_ms": ("<=", 50.0),
}
TYPED = "ana silva"
TYPED_SEQUENCES = ("ana silva", "kwame park", "data scien")
"""Typed, then erased with Backspace, in the real search box (filter_100k_ms)."""


# -- data -----------------------------------------------------------------------
def generate_database(folder: Path, count: int) -> Path:
    """A data folder with ``count`` contacts across count/10 organisations."""
    from infointerview.data_dir import database_path, ensure_private_dir
    from infointerview.store.database import open_database

    ensure_private_dir(folder)
    db = open_database(database_path(folder), bind=False)
    rng = random.Random(SEED)
    stamp = "2026-01-01 09:00:00"
    orgs = [f"{rng.choice(LAST)} {rng.choice(('Bio', 'Labs', 'Health', 'Analytics', 'Group'))} {i}"
            for i in range(max(1, count // 10))]
    with db.atomic():
        for i in range(0, len(orgs), 300):
            chunk = orgs[i : i + 300]
            db.execute_sql(
                "INSERT INTO organisation (name, website, notes, created_at) VALUES "
                + ",".join(["(?, '', '', ?)"] * len(chunk)),
                [v for name in chunk for v in (name, stamp)],
            )
        stages = ("identified", "contacted", "replied", "scheduled", "held", "thanked")
        rows = []
        for i in range(count):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            rows.append((
                first, last, rng.randint(1, len(orgs)), rng.choice(TITLES), rng.choice(stages),
                f"{first}.{last}{i}@example.org".lower() if rng.random() < 0.3 else "",
                rng.choice(("", "biotech", "alumni, data", "policy")),
                "" if rng.random() < 0.8 else "Met at a conference; ask about the team.",
                stamp, stamp,
            ))
        for i in range(0, count, 80):
            chunk = rows[i : i + 80]
            db.execute_sql(
                "INSERT INTO contact (first_name, last_name, organisation_id, job_title, stage, "
                "email, tags, notes, created_at, updated_at) VALUES "
                + ",".join(["(?,?,?,?,?,?,?,?,?,?)"] * len(chunk)),
                [v for row in chunk for v in row],
            )
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return folder


def generate_linkedin_csv(path: Path, count: int) -> Path:
    rng = random.Random(SEED)
    lines = [
        "Notes:",
        '"When exporting your connection data, you may notice that some of the email addresses '
        'are missing. You will only see email addresses for connections who have allowed their '
        'connections to see or download their email address."',
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ]
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    for i in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        company = f"{rng.choice(LAST)} {rng.choice(('Bio', 'Labs', 'Health'))} {rng.randint(1, 3000)}"
        email = f"{first}.{last}{i}@example.org".lower() if rng.random() < 0.1 else ""
        lines.append(
            f"{first},{last},https://www.linkedin.com/in/{first.lower()}-{last.lower()}-{i},"
            f"{email},{company},{rng.choice(TITLES)},"
            f"{rng.randint(1, 28):02d} {rng.choice(months)} {rng.randint(2012, 2026)}"
        )
    path.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def generate_generic_csv(path: Path, count: int) -> Path:
    """A spreadsheet-style contact list: name, organisation, title, email, phone, city,
    tags, a day-first date column and notes."""
    rng = random.Random(SEED + 1)
    lines = ["Name,Company,Title,Email,Phone,City,Tags,Date Connected,Notes"]
    cities = ("Lisbon", "Accra", "Pune", "Lyon", "Osaka", "Lagos", "Toronto", "Bogotá")
    for i in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        company = f"{rng.choice(LAST)} {rng.choice(('Bio', 'Labs', 'Health'))} {rng.randint(1, 3000)}"
        lines.append(
            f"{first} {last},{company},{rng.choice(TITLES)},{first}.{last}{i}@example.org".lower()
            + f",+351 21 {rng.randint(1000000, 9999999)},{rng.choice(cities)},"
            f"\"{rng.choice(('data', 'policy', 'health'))}, {rng.choice(('warm', 'cold'))}\","
            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2012, 2026)},"
            f"\"Met at event {rng.randint(1, 400)}\""
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- helpers -----------------------------------------------------------------------
BYTECODE: dict[str, str] = {}
"""Environment for child processes that run from compiled bytecode (see ``compile_package``)."""


def generate_vcards(path: Path, count: int) -> Path:
    """A phone-style address book: vCard 3.0, folded notes, two phones, a photo on every tenth."""
    rng = random.Random(SEED)
    photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + "\r\n ".join(["/9j/4AAQSkZJRgABAQAAAQABAAD" * 3] * 40)
    cards = []
    for i in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        company = f"{rng.choice(LAST)} {rng.choice(('Bio', 'Labs', 'Health'))} {rng.randint(1, 3000)}"
        lines = [
            "BEGIN:VCARD", "VERSION:3.0", f"N:{last};{first};;;", f"FN:{first} {last}",
            f"ORG:{company};Research", f"TITLE:{rng.choice(TITLES)}",
            f"item1.EMAIL;type=INTERNET;type=pref:{first}.{last}{i}@example.org".lower(),
            "item1.X-ABLabel:_$!<Work>!$_",
            f"TEL;type=CELL;type=VOICE;type=pref:+1 555 {rng.randint(1000, 9999)}",
            f"TEL;type=WORK:+1 555 {rng.randint(1000, 9999)}",
            f"ADR;type=WORK:;;{rng.randint(1, 99)} Main St;Springfield;IL;62701;USA",
            f"URL:https://www.linkedin.com/in/{first.lower()}-{last.lower()}-{i}",
            "NOTE:Met at the conference\\, talked about data pipelines and hiring for the "
            "\r\n team next year.",
            "CATEGORIES:work,conference",
        ]
        if i % 10 == 0:
            lines.append(photo)
        lines.append("END:VCARD")
        cards.append("\r\n".join(lines) + "\r\n")
    path.write_text("".join(cards), encoding="utf-8", newline="")
    return path


# -- helpers -----------------------------------------------------------------------
BYTECODE: dict[str, str] = {}
"""Environment for child processes that run from compiled bytecode (see ``compile_package``)."""


def compile_package(cache: Path) -> None:
    """Byte-compile the package into ``cache`` and have every child use it.

    An installed app starts from bytecode (pip compiles on install; PyInstaller
    ships .pyc). Without this, a machine with PYTHONDONTWRITEBYTECODE set (CI
    images often have it) would time Python compiling 15,000 lines at every
    start-up.
    """
    BYTECODE["PYTHONPYCACHEPREFIX"] = str(cache)
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    environment.update(BYTECODE)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "infointerview")],
                   env=environment, check=True, timeout=300)
    sys.pycache_prefix = str(cache)  # this process's own imports too (the window measurements)


def run_python(code: str, env: dict[str, str] | None = None) -> tuple[float, str]:
    """Wall time of a whole Python process running ``code``, and its stdout."""
    environment = dict(os.environ, **(env or {}))
    if BYTECODE:
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        environment.update(BYTECODE)
    environment["PYTHONPATH"] = str(ROOT)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=environment, timeout=300)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"child failed: {done.stderr[-2000:]}")
    return elapsed, done.stdout


def median_of(runs: int, measure: Callable[[], float]) -> float:
    return statistics.median(measure() for _ in range(runs))


BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
class Window(QMainWindow):
    def paintEvent(self, event):  # quit after the first paint, as the app's run does
        super().paintEvent(event)
        QTimer.singleShot(0, app.quit)
w = Window(); w.resize(1280, 800); w.show()
app.exec()
"""

APP = """
import sys
from infointerview.app import run_gui
sys.exit(run_gui({folder!r}, quit_when_shown=True))
"""

RSS = """
import resource
from PySide6.QtWidgets import QApplication
from infointerview.app import application, app_icon, window_settings
from infointerview.services.session import open_session
from infointerview.ui.main_window import MainWindow
app = application()
session = open_session({folder!r})
window = MainWindow(session, window_settings(session.data_dir), app_icon())
window.show()
import time
end = time.monotonic() + 1.5  # let the deferred start-up work (reminders) run too
while time.monotonic() < end:
    app.processEvents()
    time.sleep(0.01)
# and until the rest of it is done too, however long it takes on this machine: the table
# (read after the first paint), its search texts and the pickers' shared labels
from infointerview.ui.widgets import contact_picker
end = time.monotonic() + 20
while time.monotonic() < end and not (
        window.contacts.loaded() and window.contacts.model.search_ready()
        and contact_picker._shared is not None):
    app.processEvents()
    time.sleep(0.01)
assert window.contacts.model.rowCount() > 0 and contact_picker._shared is not None
# Peak RSS of this process. On Linux read VmHWM: ru_maxrss also counts the
# parent's memory at fork time (the benchmark's own process holds 100,000 rows).
try:
    with open("/proc/self/status") as status:
        hwm = [line for line in status if line.startswith("VmHWM:")][0]
    print(int(hwm.split()[1]) / 1024)
except OSError:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(rss / 1024 if __import__("sys").platform != "darwin" else rss / 1024 / 1024)
"""


# -- measurements ---------------------------------------------------------------------
def measure_filter_and_sort(folder: Path) -> dict[str, float]:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from infointerview.app import app_icon, application, window_settings
    from infointerview.services.session import open_session
    from infointerview.ui.main_window import MainWindow

    app = application()
    session = open_session(folder)
    window = MainWindow(session, window_settings(session.data_dir), app_icon())
    # the Contacts area on screen from the start, so each keystroke and click includes
    # repainting the table, and the first key is typed as soon as the window is painted
    # (before the deferred start-up work has run: it runs inside that keystroke's wait)
    window.sidebar.setCurrentRow(window.pages.indexOf(window.contacts))
    painted: list[bool] = []
    window.first_painted.connect(lambda: painted.append(True))
    window.show()
    deadline = time.monotonic() + 30
    while not painted and time.monotonic() < deadline:
        app.processEvents()
    assert window.contacts.table.isVisible()
    view = window.contacts
    search = view.search
    filter_times = []
    forward_times = []
    for number, typed in enumerate(TYPED_SEQUENCES):  # different words each time: no cache
        if number == 1:
            # the person reads what the first search found (typed over the names while
            # the search texts were still being read, a page per turn of the event
            # loop); they are in before the next searches, typed over the full texts
            deadline = time.monotonic() + 30
            while not view.model.search_ready() and time.monotonic() < deadline:
                app.processEvents()
            assert view.model.search_ready(), "the search texts never arrived"
            idle(app)
        search.clear()
        app.processEvents()
        for char in typed:
            start = time.perf_counter()
            QTest.keyClick(search, char)
            app.processEvents()
            forward_times.append((time.perf_counter() - start) * 1000)
        filter_times.extend(forward_times[-len(typed):])
        for _ in typed:
            start = time.perf_counter()
            QTest.keyClick(search, Qt.Key.Key_Backspace)
            app.processEvents()
            filter_times.append((time.perf_counter() - start) * 1000)
    search.clear()
    app.processEvents()
    header = view.table.horizontalHeader()
    sort_times = []
    first_sort_times = []  # a column not sorted since the rows were read (no kept order)
    sorted_before = {0}  # the table opens sorted by name
    for column in (1, 2, 3, 4, 0, 1, 2, 5):
        x = header.sectionViewportPosition(column) + 10
        start = time.perf_counter()
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        app.processEvents()
        sort_times.append((time.perf_counter() - start) * 1000)
        if column not in sorted_before:
            first_sort_times.append(sort_times[-1])
            sorted_before.add(column)
    rows = view.model.total_count()
    chat_change = measure_chat_change(app, window, session)
    schedule_open = measure_schedule_open(app, window)
    window.close()
    session.close()
    return {
        "chat_change_refresh_100k_ms": chat_change,
        "schedule_open_100k_ms": schedule_open,
        # the target: keystrokes that type (each one a query not seen before)
        "filter_100k_ms": statistics.median(forward_times),
        "filter_100k_max_ms": max(filter_times),
        "filter_100k_with_backspace_ms": statistics.median(filter_times),
        # the target: clicks on a column not sorted before (no kept order to reuse)
        "sort_100k_ms": statistics.median(first_sort_times),
        "sort_100k_all_clicks_ms": statistics.median(sort_times),
        # the slowest first click on a column (the target)
        "sort_100k_max_ms": max(first_sort_times),
        "rows_100k": rows,
    }


def idle(app: Any, quiet_s: float = 0.05) -> None:
    """Process events until nothing has been pending for ``quiet_s``."""
    from PySide6.QtCore import QEventLoop

    end = time.monotonic() + quiet_s
    while time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def measure_chat_change(app: Any, window: Any, session: Any) -> float:
    """A chat rescheduled through the ChatService (as the Calendar's Reschedule does)
    to every shown view current: the service call plus the synchronous refresh it
    causes, until the event loop is idle. Median of 5 moves."""
    from datetime import datetime, timedelta

    chats = session.chats
    contact_id = window.contacts.model.id_at(3)
    start = datetime.now().replace(second=0, microsecond=0) + timedelta(days=3)
    chat_id = chats.schedule(chats.new_draft(contact_id, start))
    idle(app, 0.3)
    times = []
    for step in range(1, 6):
        draft = chats.draft(chat_id)
        moved = type(draft)(**{**draft.__dict__, "start_local": start + timedelta(hours=step)})
        began = time.perf_counter()
        chats.reschedule(chat_id, moved)
        app.processEvents()
        app.processEvents()
        times.append((time.perf_counter() - began) * 1000)
        idle(app, 0.1)
    return statistics.median(times)


def measure_schedule_open(app: Any, window: Any) -> float:
    """Schedule chat… clicked to the dialog shown with its contact picker usable
    (the picker's completer filled). The first opening, then a median over 3 more;
    the slowest is reported."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialog

    times = []
    seen: list[float] = []
    began = [0.0]
    for _ in range(3):
        seen.clear()

        def shown() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QDialog) or not dialog.isVisible():
                QTimer.singleShot(1, shown)
                return
            for completer in [w.completer() for w in dialog.findChildren(type(window.contacts.search))
                              if w.completer() is not None]:
                completer.completionModel().rowCount()  # usable: its choices are there
            seen.append((time.perf_counter() - began[0]) * 1000)
            dialog.reject()

        QTimer.singleShot(0, shown)  # runs inside the dialog's exec()
        began[0] = time.perf_counter()
        QTest.mouseClick(window.contacts.schedule_button, Qt.MouseButton.LeftButton)
        times.append(seen[0] if seen else float("nan"))
        idle(app, 0.1)
    return max(times)


class StallMeter:
    """A QTimer ticking every 5 ms; the longest gap between ticks beyond 5 ms is the
    longest the event loop was blocked."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, (now - self.last) * 1000 - 5)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return max(0.0, self.worst)


def measure_stall_startup(base: Path) -> float:
    """The longest block of the event loop from the main window's first paint until
    the deferred start-up work (search texts, first reminder check, follow-up rules)
    is done and the loop idle, at 30,000 contacts."""
    from infointerview.app import app_icon, application, window_settings
    from infointerview.services.session import open_session
    from infointerview.ui.main_window import MainWindow

    app = application()
    session = open_session(base / "db30k")
    window = MainWindow(session, window_settings(session.data_dir), app_icon())
    meter = StallMeter()
    window.first_painted.connect(meter.start)
    window.show()
    deadline = time.monotonic() + 30
    while not meter.timer.isActive() and time.monotonic() < deadline:
        app.processEvents()
    end = time.monotonic() + 2.0  # the reminder check waits 200 ms after the paint
    while time.monotonic() < end:
        app.processEvents()
    stall = meter.stop()
    window.close()
    session.close()
    return stall


def measure_stall_import(base: Path) -> float:
    """The longest block of the event loop while 30,000 LinkedIn rows import with the
    import dialog's progress page up, until the summary shows and the window's table
    holds them."""
    from infointerview.app import app_icon, application, window_settings
    from infointerview.services.session import open_session
    from infointerview.ui.import_dialog import ImportDialog
    from infointerview.ui.main_window import MainWindow

    app = application()
    csv_path = base / "Connections.csv"
    if not csv_path.exists():
        generate_linkedin_csv(csv_path, 30_000)
    session = open_session(base / "stall-import")
    window = MainWindow(session, window_settings(session.data_dir), app_icon())
    window.show()
    idle(app, 0.3)
    dialog = ImportDialog(session, window)
    dialog.contacts_changed.connect(session.contacts.changed_in_bulk)
    dialog.show()
    dialog.path_edit.setText(str(csv_path))
    dialog.read_file()
    deadline = time.monotonic() + 60
    while dialog.pages.currentIndex() != dialog.PREVIEW and time.monotonic() < deadline:
        app.processEvents()
    idle(app, 0.2)
    meter = StallMeter()
    meter.start()
    dialog.run_import()
    while dialog.pages.currentIndex() != dialog.SUMMARY and time.monotonic() < deadline:
        app.processEvents()
    # the table reads the imported rows on a worker and swaps them in when read
    while window.contacts.model.total_count() < 29_900 and time.monotonic() < deadline:
        app.processEvents()
    idle(app, 0.5)
    stall = meter.stop()
    rows = window.contacts.model.total_count()
    dialog.close()
    window.close()
    session.close()
    if rows < 29_900:
        raise RuntimeError(f"the stall import showed only {rows} contacts")
    return stall


def measure_search_after_paint(folder: Path) -> float:
    """Milliseconds the window spends right after its first paint reading the table's
    search texts (start-up defers them; reported, no target)."""
    from infointerview.app import application
    from infointerview.services.session import open_session
    from infointerview.ui.contacts_model import ContactsTableModel

    application()
    session = open_session(folder)
    model = ContactsTableModel(session.contacts)
    model.load()
    start = time.perf_counter()
    model.ensure_search()
    elapsed = (time.perf_counter() - start) * 1000
    session.close()
    return elapsed


def measure_filter_baseline(folder: Path) -> float:
    """The same keystrokes through QSortFilterProxyModel over a plain Python model."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit, QTableView

    from infointerview.app import application
    from infointerview.services.contacts import ContactService, planned_step, stage_label
    from infointerview.services.events import ChangeBus
    from infointerview.store.database import open_database

    app = application()
    db = open_database(folder / "infointerview.sqlite3", bind=True)
    service = ContactService(db, ChangeBus())
    orgs = service.organisations()
    rows = [  # the six columns' text, as the app's table shows it
        (r[1], orgs.get(r[2], ""), r[3], stage_label(r[4]), r[5], planned_step(r[4]))
        for r in service.table_rows()
    ]
    db.close()

    class PlainModel(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return len(rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 6

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return rows[index.row()][index.column()]
            return None

    model = PlainModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    table = QTableView()
    table.setModel(proxy)
    table.show()
    edit = QLineEdit()
    edit.textChanged.connect(proxy.setFilterFixedString)
    edit.show()
    times = []
    for char in TYPED[:3]:  # each keystroke takes seconds; three are enough for a median
        start = time.perf_counter()
        QTest.keyClick(edit, char)
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    table.close()
    edit.close()
    return statistics.median(times)


def hardware() -> str:
    import PySide6
    from PySide6.QtCore import qVersion

    return (f"{os.cpu_count()} cores, {platform.machine()}, {platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}, "
            f"PySide6 {PySide6.__version__}, Qt {qVersion()}")


STARTUP_KEYS = ("startup_bare_s", "startup_30k_s", "startup_ratio_30k")
WINDOW_100K_KEYS = (
    "chat_change_refresh_100k_ms", "schedule_open_100k_ms", "filter_100k_ms", "filter_100k_max_ms",
    "filter_100k_with_backspace_ms", "sort_100k_ms", "sort_100k_all_clicks_ms", "sort_100k_max_ms",
    "rows_100k",
)
"""The keys ``measure_filter_and_sort`` gives (one window at 100,000 contacts)."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--json", metavar="OUT", help="also write the results as JSON")
    parser.add_argument("--runs", type=int, default=5, help="start-up runs per median")
    parser.add_argument("--only", metavar="KEY[,KEY]",
                        help="run only the measurements that give these keys")
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None
    known = {*STARTUP_KEYS, *WINDOW_100K_KEYS, "search_after_paint_30k_ms", "filter_100k_baseline_ms",
             "rss_100k_mb", *(name for name, _ in EXTRA_MEASUREMENTS)}
    if only is not None and only - known:
        parser.error(f"unknown keys: {', '.join(sorted(only - known))}")

    def wanted(*keys: str) -> bool:
        return only is None or bool(only.intersection(keys))

    results: dict[str, Any] = {"hardware": hardware()}
    print(results["hardware"], flush=True)
    with tempfile.TemporaryDirectory(prefix="infointerview-bench-") as tmp:
        base = Path(tmp)
        t = time.perf_counter()
        folder_30k = generate_database(base / "db30k", 30_000)
        folder_100k = base / "db100k"
        if wanted(*WINDOW_100K_KEYS, "filter_100k_baseline_ms", "rss_100k_mb"):
            generate_database(folder_100k, 100_000)
        print(f"generated data sets in {time.perf_counter() - t:.1f} s", flush=True)

        compile_package(base / "pycache")
        if wanted(*STARTUP_KEYS):
            app_code = APP.format(folder=str(folder_30k))
            run_python(BARE), run_python(app_code)  # warm-up: caches, the first daily backup
            bare_times, app_times = [], []
            for _ in range(args.runs):  # interleaved, so a noisy moment hits both
                bare_times.append(run_python(BARE)[0])
                app_times.append(run_python(app_code)[0])
            results["startup_bare_s"] = statistics.median(bare_times)
            results["startup_30k_s"] = statistics.median(app_times)
            results["startup_ratio_30k"] = results["startup_30k_s"] / results["startup_bare_s"]
        if wanted("search_after_paint_30k_ms"):
            results["search_after_paint_30k_ms"] = measure_search_after_paint(folder_30k)
        print("start-up measured", flush=True)
        if wanted(*WINDOW_100K_KEYS):
            results.update(measure_filter_and_sort(folder_100k))
        if wanted("filter_100k_baseline_ms"):
            results["filter_100k_baseline_ms"] = measure_filter_baseline(folder_100k)
        print("filter and sort measured", flush=True)
        if wanted("rss_100k_mb"):
            results["rss_100k_mb"] = float(
                run_python(RSS.format(folder=str(folder_100k)))[1].split()[-1])
        for name, measure in EXTRA_MEASUREMENTS:
            if wanted(name):
                results[name] = measure(base)

    failed = report(results)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 1 if failed else 0


def report(results: dict[str, Any]) -> list[str]:
    failed = []
    print(f"\n{'key':28} {'value':>12}  target")
    for key, value in results.items():
        if key == "hardware":
            continue
        target = TARGETS.get(key)
        verdict = ""
        if target is not None:
            op, limit = target
            ok = value <= limit if op == "<=" else value >= limit
            verdict = f"{op} {limit:g}  {'ok' if ok else 'MISSED'}"
            if not ok:
                failed.append(key)
        shown = f"{value:,.3f}" if isinstance(value, float) else str(value)
        print(f"{key:28} {shown:>12}  {verdict}")
    print("\nall targets met" if not failed else f"\nmissed: {', '.join(failed)}")
    return failed


def measure_prep_sheet(base: Path) -> float:
    """Render one realistic prep sheet (demo data) to PDF; median of 5."""
    from infointerview.app import application
    from infointerview.services import documents
    from infointerview.services.demo import load_demo
    from infointerview.services.session import open_session
    from infointerview.ui.prep_sheet import paper_size, write_prep_sheet_pdf

    application()
    session = open_session(base / "demo")
    load_demo(session)
    chat_id = documents.chat_for_sheet()
    out = base / "sheet.pdf"

    def once() -> float:
        start = time.perf_counter()
        write_prep_sheet_pdf(out, documents.prep_sheet(chat_id), paper_size("a4"))
        return time.perf_counter() - start

    result = median_of(5, once)
    session.close()
    return result


def _clock_seconds(text: str) -> int:
    sign = -1 if text.startswith("+") else 1
    parts = [int(p) for p in text.lstrip("+").split(":")]
    seconds = 0
    for part in parts:
        seconds = seconds * 60 + part
    return sign * seconds


def measure_timer_error(base: Path) -> float:
    """Block the event loop for 5 s during a call, then compare the shown time with the truth.

    The error is how far the countdown shown at the first repaint after the
    stall is from the true remaining time, beyond the display's own one-second
    rounding (it shows whole seconds, rounded up), plus how long that repaint
    took to come.
    """
    from PySide6.QtWidgets import QApplication

    from infointerview.app import application
    from infointerview.services.demo import load_demo
    from infointerview.services.session import open_session
    from infointerview.store.models import Chat
    from infointerview.ui.call_window import CallWindow

    app = application()
    fresh = not (base / "demo").exists()  # run alone (--only): prep_sheet_s loaded none
    session = open_session(base / "demo")
    if fresh:
        load_demo(session)
    chat = Chat.select().where(Chat.status == "scheduled").order_by(Chat.start_at).first()
    window = CallWindow(session.prep, session.calls, int(chat.id), clock=time.monotonic)
    window.show()
    app.processEvents()
    window.start()
    app.processEvents()
    time.sleep(5.0)  # the event loop is blocked: no timer can fire
    stall_end = time.perf_counter()
    before = window.countdown.text()
    deadline = stall_end + 2.0
    while window.countdown.text() == before and time.perf_counter() < deadline:
        QApplication.processEvents()
    shown_at = time.perf_counter()
    shown = _clock_seconds(window.countdown.text())
    truth = window.timer.remaining_s()
    window.end()
    window.shutdown()
    window.close()
    session.close()
    lag_ms = (shown_at - stall_end) * 1000
    rounding = shown - truth  # in [0, 1) when the display is exact
    beyond = 0.0 if 0.0 <= rounding < 1.0 else min(abs(rounding), abs(rounding - 1.0))
    return lag_ms + beyond * 1000


def _timed_import(path: Path, data: Path, at_least: int) -> float:
    """Read, preview and write ``path`` into an empty database at ``data``; seconds.
    Fewer than ``at_least`` contacts afterwards is a failed measurement."""
    from infointerview.services.import_apply import apply_import
    from infointerview.services.import_files import load_file
    from infointerview.services.importing import plan_import
    from infointerview.services.session import open_session

    session = open_session(data)
    start = time.perf_counter()
    parsed = load_file(path, "auto", db=session.db)
    plan = plan_import(session.db, parsed)
    result = apply_import(session.db, plan)
    elapsed = time.perf_counter() - start
    count = session.contacts.count()
    session.close()
    if count < at_least:
        raise RuntimeError(f"{path.name} produced only {count} contacts ({result.summary()})")
    return elapsed


def measure_import(base: Path) -> float:
    """A generated 30,000-row LinkedIn export (a few rows repeat a name at the same
    company and are merged)."""
    return _timed_import(generate_linkedin_csv(base / "Connections.csv", 30_000),
                         base / "import30k", 29_900)


def measure_import_vcard(base: Path) -> float:
    """A generated 10,000-card vCard file."""
    return _timed_import(generate_vcards(base / "contacts.vcf", 10_000), base / "importvcf", 10_000)


def measure_import_csv(base: Path) -> float:
    """A generated 50,000-row generic CSV (repeated names at one company merge)."""
    return _timed_import(generate_generic_csv(base / "contacts50k.csv", 50_000),
                         base / "importcsv50k", 49_900)


def measure_calendar_month(base: Path) -> float:
    """Read and paint the busiest month of a year with 2,000 chats; median of 5."""
    import datetime as dt

    from infointerview.app import application
    from infointerview.domain.contacts import ContactDraft
    from infointerview.services.session import open_session
    from infointerview.store.models import Chat, new_uid
    from infointerview.ui.calendar_view import CalendarView

    app = application()
    session = open_session(base / "calendar")
    rng = random.Random(SEED)
    people = [session.contacts.create(ContactDraft(first_name=rng.choice(FIRST),
                                                   last_name=rng.choice(LAST)))
              for _ in range(300)]
    first = dt.datetime(2026, 1, 5, 8)
    with session.db.atomic():
        for _ in range(2000):
            start = first + dt.timedelta(days=rng.randrange(365), minutes=15 * rng.randrange(40))
            Chat.create(contact=rng.choice(people), start_at=start, length_min=30,
                        mode="video", uid=new_uid(), created_at=first)
    view = CalendarView(session.chats, session.followups)
    view.resize(1280, 760)
    view.show()
    view.select_date(dt.date(2026, 6, 15))
    app.processEvents()

    def once() -> float:
        start = time.perf_counter()
        view.reload()
        view.calendar.repaint()
        return time.perf_counter() - start

    result = median_of(5, once) * 1000
    view.close()
    view.deleteLater()
    session.close()
    return result


EXTRA_MEASUREMENTS: list[tuple[str, Callable[[Path], float]]] = [
    ("import_30k_s", measure_import),
    ("import_vcard_10k_s", measure_import_vcard),
    ("import_csv_50k_s", measure_import_csv),
    ("prep_sheet_s", measure_prep_sheet),
    ("calendar_month_2000_ms", measure_calendar_month),
    ("timer_error_ms", measure_timer_error),
    ("max_stall_import_30k_ms", measure_stall_import),
    ("max_stall_startup_30k_ms", measure_stall_startup),
]

if __name__ == "__main__":
    sys.exit(main())
