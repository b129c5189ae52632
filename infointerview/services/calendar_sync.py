"""Your chats on your phone: publish them to your own calendar server (CalDAV).

    sync = CalendarSyncService(db, settings, chats, bus)
    sync.calendars(url, user, password)        # checks at once; lists the calendars
    sync.connect(url, user, password, calendar_url=..., create=False)
    sync.enqueue([chat_id]); sync.sync()        # publish what waits (a worker thread)
    sync.server_moves(); sync.take_server_time(chat_id); sync.put_back(chat_id)

Each chat's event has the chat's UID; ``calendar_event`` keeps per chat the
ETag, SEQUENCE and time last published, so an event moved on the server (its
ETag changed and its time differs from ours) is never overwritten: it waits
as a :class:`ServerMove` for the user's answer. Changes wait in the queue
(``calendar_event.pending``) across failures and restarts.

The password lives in the OS keychain (``keyring``, service
:data:`KEYCHAIN_SERVICE`); without a keychain it is kept in memory for the
session only. It is never written to the database, the settings, a log or an
exception's text. ``caldav`` and ``keyring`` are imported on first use. Qt-free.

Over 600 lines, for now: one service whose publish, server-move detection and queue
share the per-chat ``calendar_event`` rows and one connection; the next split is the
server talk (requests, errors, the keychain) into its own module (issue 18 is open).
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

from peewee import SqliteDatabase

from infointerview.domain.calendar_sync import (
    PRIVACY_FULL,
    PRIVACY_SETTINGS,
    event_text,
    is_allowed_url,
    server_moved,
    should_publish,
)
from infointerview.domain.i18n import plural
from infointerview.services.chats import ChatError, ChatRow, ChatService, naive_utc
from infointerview.services.events import Change, ChangeBus
from infointerview.services.settings import SettingsService
from infointerview.store.models import CalendarEvent, Chat, PrepQuestion

__all__ = [
    "DEFAULT_CALENDAR",
    "KEYCHAIN_SERVICE",
    "PASSWORD_ENV",
    "CalendarConfig",
    "CalendarInfo",
    "CalendarSyncError",
    "CalendarSyncService",
    "Keychain",
    "ServerMove",
    "SyncResult",
    "SyncStatus",
]

log = logging.getLogger(__name__)

KEYCHAIN_SERVICE = "InfoInterview CalDAV"
PASSWORD_ENV = "INFOINTERVIEW_CALDAV_PASSWORD"
DEFAULT_CALENDAR = "Informational interviews"
SETTING_KEY = "caldav"
TIMEOUT_S = 15

_DAV = "{DAV:}"
_CALDAV = "{urn:ietf:params:xml:ns:caldav}"
_PROPFIND = (
    '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:">'
    "<d:prop><d:getetag/><d:resourcetype/><d:displayname/></d:prop></d:propfind>"
)


class CalendarSyncError(Exception):
    """A sentence for the user: what went wrong with the calendar server and what to do.

    ``offline`` says the server could not be reached (the queue waits and retries).
    """

    def __init__(self, sentence: str, *, offline: bool = False) -> None:
        super().__init__(sentence)
        self.offline = offline


@dataclass(frozen=True)
class CalendarInfo:
    name: str
    url: str


@dataclass(frozen=True)
class CalendarConfig:
    """The connection as saved in the settings (never the password)."""

    url: str
    user: str
    calendar_url: str
    calendar_name: str
    privacy: str = PRIVACY_FULL

    @property
    def account(self) -> str:
        """The keychain's user name for this connection: the CalDAV user and the URL."""
        return f"{self.user}@{self.url}"


@dataclass
class SyncResult:
    created: int = 0
    updated: int = 0
    removed: int = 0
    moved_on_server: int = 0
    waiting: int = 0

    def summary(self) -> str:
        return (
            f"Calendar: {self.created} created, {self.updated} updated, {self.removed} removed"
            + (f", {self.moved_on_server} changed on your phone" if self.moved_on_server else "")
            + "."
        )


@dataclass(frozen=True)
class SyncStatus:
    connected: bool
    waiting: int = 0
    moved_on_server: int = 0
    calendar_name: str = ""
    problem: str = ""
    offline: bool = False

    def text(self, publishing: bool = False) -> str:
        """One line for the status bar and `calendar status`."""
        if not self.connected:
            return "Calendar: not connected"
        if publishing:
            return "Calendar: publishing…"
        if self.waiting:
            why = ", offline" if self.offline else (", waiting for the server" if self.problem else "")
            return f"Calendar: {self.waiting} waiting{why}"
        if self.moved_on_server:
            n = self.moved_on_server
            return f"Calendar: {plural(n, '%n chat(s)')} changed on your phone"
        return "Calendar: up to date"


@dataclass(frozen=True)
class ServerMove:
    """A chat whose event was moved on the server; it waits for the user's answer."""

    chat_id: int
    who: str
    ours_utc: datetime
    theirs_utc: datetime
    theirs_length_min: int


class Keychain:
    """The password in the OS keychain; in memory for this session where there is none."""

    def __init__(self) -> None:
        self._memory: dict[str, str] = {}

    @staticmethod
    def available() -> bool:
        """Whether the OS has a keychain keyring can use (not keyring's fail backend)."""
        import keyring
        from keyring.backends.fail import Keyring as NoKeyring

        return not isinstance(keyring.get_keyring(), NoKeyring)

    def get(self, account: str) -> str | None:
        if account in self._memory:
            return self._memory[account]
        if not self.available():
            return None
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYCHAIN_SERVICE, account)
        except KeyringError:
            return None

    def set(self, account: str, password: str) -> bool:
        """Keep the password; True when the OS keychain holds it (False: this session only)."""
        if self.available():
            import keyring
            from keyring.errors import KeyringError

            try:
                keyring.set_password(KEYCHAIN_SERVICE, account, password)
                self._memory.pop(account, None)
                return True
            except KeyringError:
                pass
        self._memory[account] = password
        return False

    def remember_for_session(self, account: str, password: str) -> None:
        self._memory[account] = password

    def delete(self, account: str) -> None:
        self._memory.pop(account, None)
        if not self.available():
            return
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.delete_password(KEYCHAIN_SERVICE, account)
        except KeyringError:
            pass


def _clean_url(url: str) -> str:
    url = url.strip()
    return url if url.endswith("/") else url + "/"


def _host(url: str) -> str:
    return urlsplit(url).hostname or url


def _translate(exc: BaseException, url: str) -> CalendarSyncError:
    """A sentence for a failure talking to the server (never the password, never a traceback)."""
    import ssl

    from caldav.lib import error

    if isinstance(exc, CalendarSyncError):
        return exc
    host = _host(url)
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    names = " ".join(type(e).__name__ for e in chain)
    if any(isinstance(e, ssl.SSLError) for e in chain) or "SSLError" in names or (
        "CERTIFICATE" in str(exc).upper()
    ):
        return CalendarSyncError(
            f"The secure connection to {host} failed: its certificate could not be "
            "verified (TLS). Check the address, or ask the server's owner."
        )
    if isinstance(exc, error.AuthorizationError):
        if getattr(exc, "status", None) == 403 or "Forbidden" in str(exc):
            return CalendarSyncError(
                f"{host} refused access to {url}: there is no calendar of yours at that "
                "address. Check the URL (e.g. https://cloud.example/remote.php/dav)."
            )
        return CalendarSyncError(
            f"{host} did not accept the user name or password. Check them; many servers "
            "need an app password (Nextcloud, Fastmail, iCloud)."
        )
    if isinstance(exc, error.NotFoundError) or getattr(exc, "status", None) == 404:
        return CalendarSyncError(
            f"There is nothing at {url}: check the address of your calendar server."
        )
    if isinstance(exc, error.DAVError):
        return CalendarSyncError(
            f"{host} answered, but not as a calendar server (CalDAV) at {url}. "
            "Check the address."
        )
    if isinstance(exc, (OSError, TimeoutError)) or "ConnectionError" in names or (
        "Timeout" in names
    ):
        return CalendarSyncError(
            f"Could not reach {host}: you may be offline, or the server is down. "
            "The changes wait and are published when it answers.",
            offline=True,
        )
    return CalendarSyncError(
        f"The calendar server {host} gave an unexpected answer ({type(exc).__name__})."
    )


def _status_error(status: int, url: str, what: str) -> CalendarSyncError:
    if status in (401,):
        return CalendarSyncError(
            f"{_host(url)} no longer accepts the user name or password. "
            "Connect again in Settings → Calendar."
        )
    if status >= 500:
        return CalendarSyncError(
            f"{_host(url)} had a problem ({status}) while {what}; it is tried again later.",
            offline=True,
        )
    return CalendarSyncError(f"{_host(url)} refused {what} ({status}).")


@dataclass
class _Remote:
    etag: str | None
    start: datetime | None = None
    length_min: int | None = None


@dataclass
class _Connection:
    client: Any
    calendar_url: str
    base: str = field(default="")


def _event_time(data: bytes) -> tuple[datetime, int] | None:
    """(start as naive UTC, length in minutes) of the first VEVENT, or None."""
    from icalendar import Calendar

    try:
        cal = Calendar.from_ical(data)
    except ValueError:
        return None
    for event in cal.walk("VEVENT"):
        start = event.decoded("dtstart", None)
        if not isinstance(start, datetime):
            return None
        if start.tzinfo is None:
            start = start.replace(tzinfo=timezone.utc)
        start_utc = start.astimezone(timezone.utc).replace(tzinfo=None)
        if "duration" in event:
            length = event.decoded("duration")
        elif "dtend" in event:
            end = event.decoded("dtend")
            if isinstance(end, datetime) and end.tzinfo is None:
                end = end.replace(tzinfo=timezone.utc)
            length = end - start
        else:
            length = timedelta(0)
        return start_utc, int(length.total_seconds() // 60)
    return None


def _naive(value: datetime | None) -> datetime:
    assert value is not None
    return value


class CalendarSyncService:
    """Connect, publish, notice changes made on the server; usable from any one thread at a time."""

    def __init__(
        self,
        db: SqliteDatabase,
        settings: SettingsService,
        chats: ChatService,
        bus: ChangeBus,
        keychain: Keychain | None = None,
        env: Callable[[str], str | None] = os.environ.get,
    ) -> None:
        self.db = db
        self.settings = settings
        self.chats = chats
        self.bus = bus
        self.keychain = keychain or Keychain()
        self._env = env
        self._lock = threading.Lock()
        self._last_problem: CalendarSyncError | None = None
        self._clients: dict[tuple[str, str, str], Any] = {}

    # -- settings -------------------------------------------------------------
    def config(self) -> CalendarConfig | None:
        value = self.settings.get(SETTING_KEY, None)
        if not isinstance(value, dict):
            return None
        try:
            privacy = str(value.get("privacy", PRIVACY_FULL))
            return CalendarConfig(
                url=str(value["url"]),
                user=str(value["user"]),
                calendar_url=str(value["calendar_url"]),
                calendar_name=str(value.get("calendar_name", "")),
                privacy=privacy if privacy in PRIVACY_SETTINGS else PRIVACY_FULL,
            )
        except KeyError:
            return None

    def _save_config(self, config: CalendarConfig) -> None:
        self.settings.set(
            SETTING_KEY,
            {
                "url": config.url,
                "user": config.user,
                "calendar_url": config.calendar_url,
                "calendar_name": config.calendar_name,
                "privacy": config.privacy,
            },
        )

    def set_privacy(self, privacy: str) -> None:
        """Full or minimal; every published event is republished with the new words."""
        config = self.config()
        if config is None or privacy not in PRIVACY_SETTINGS or privacy == config.privacy:
            return
        self._save_config(CalendarConfig(
            config.url, config.user, config.calendar_url, config.calendar_name, privacy
        ))
        self.enqueue_all()

    # -- the password ---------------------------------------------------------------
    def password(self, config: CalendarConfig | None = None) -> str | None:
        """From the keychain (or this session's memory), else the environment variable."""
        config = config or self.config()
        if config is None:
            return None
        return self.keychain.get(config.account) or self._env(PASSWORD_ENV) or None

    def needs_password(self) -> bool:
        """Connected, but no password known for this session (no keychain: ask once)."""
        return self.config() is not None and self.password() is None

    def remember_password(self, password: str) -> None:
        """The password the user typed this session, where no keychain holds it."""
        config = self.config()
        if config is not None:
            self.keychain.remember_for_session(config.account, password)

    # -- connecting -------------------------------------------------------------------
    def _client(self, url: str, user: str, password: str) -> Any:
        if not is_allowed_url(url):
            raise CalendarSyncError(
                f"{url} is not a secure address: calendar servers are reached over https:// "
                "(plain http:// only on this computer, localhost)."
            )
        key = (url, user, hashlib.sha256(password.encode()).hexdigest())
        if key not in self._clients:  # one client per connection: its auth is negotiated once
            import caldav

            self.close()
            self._clients[key] = caldav.DAVClient(  # type: ignore[operator]
                url=url, username=user, password=password, timeout=TIMEOUT_S,
                enable_rfc6764=False,
            )
        return self._clients[key]

    def calendars(self, url: str, user: str, password: str) -> tuple[list[CalendarInfo], bool]:
        """Check the connection at once and list the calendars; (calendars, url_is_one).

        ``url`` may be the server's root (the calendars of the user are listed) or
        one calendar collection (only it). Raises :class:`CalendarSyncError` with
        one sentence: wrong password, wrong URL, not a calendar, TLS, offline.
        """
        url = _clean_url(url)
        client = self._client(url, user, password)
        try:
            own = self._collection(client, url)
            if own is not None:
                return [own], True
            principal = client.principal()
            found = [
                CalendarInfo(str(c.get_display_name() or c.url), str(c.url))
                for c in principal.calendars()
            ]
        except Exception as exc:
            raise _translate(exc, url) from None
        return found, False

    def _collection(self, client: Any, url: str) -> CalendarInfo | None:
        """The calendar at ``url`` itself, or None when it is not one."""
        response = client.propfind(url, _PROPFIND, depth=0)
        if response.status == 401:
            from caldav.lib import error

            raise error.AuthorizationError(url=url, reason="Unauthorized")
        if response.status == 404:
            raise CalendarSyncError(
                f"There is nothing at {url}: check the address of your calendar server."
            )
        if response.status >= 400 or not response.raw:
            return None
        try:
            root = ElementTree.fromstring(response.raw)
        except ElementTree.ParseError:
            raise CalendarSyncError(
                f"{_host(url)} answered, but not as a calendar server (CalDAV) at {url}. "
                "Check the address."
            ) from None
        for resp in root.iter(f"{_DAV}response"):
            kinds = resp.find(f".//{_DAV}resourcetype")
            if kinds is not None and kinds.find(f"{_CALDAV}calendar") is not None:
                name = resp.findtext(f".//{_DAV}displayname") or url
                return CalendarInfo(name, url)
        return None

    def connect(
        self,
        url: str,
        user: str,
        password: str,
        *,
        calendar_url: str | None = None,
        calendar_name: str | None = None,
        create: bool = False,
        privacy: str = PRIVACY_FULL,
    ) -> CalendarConfig:
        """Check, pick (or create) the calendar, keep the password in the keychain,
        save the connection and queue every chat to publish.

        ``calendar_url`` or ``calendar_name`` picks an existing calendar; ``create``
        makes one named ``calendar_name`` (default "Informational interviews") when
        none has that name. Nothing is stored when the check fails.
        """
        config = self.choose_calendar(url, user, password, calendar_url=calendar_url,
                                      calendar_name=calendar_name, create=create,
                                      privacy=privacy)
        self.save_connection(config, password)
        return config

    def choose_calendar(
        self,
        url: str,
        user: str,
        password: str,
        *,
        calendar_url: str | None = None,
        calendar_name: str | None = None,
        create: bool = False,
        privacy: str = PRIVACY_FULL,
    ) -> CalendarConfig:
        """The network half of :meth:`connect` (a worker thread may run it): stores nothing."""
        url = _clean_url(url)
        found, is_calendar = self.calendars(url, user, password)
        chosen: CalendarInfo | None = None
        if is_calendar:
            chosen = found[0]
        elif calendar_url is not None:
            chosen = next((c for c in found if c.url == calendar_url), None)
        else:
            name = calendar_name or DEFAULT_CALENDAR
            chosen = next((c for c in found if c.name == name), None)
            if chosen is None and create:
                chosen = self._make_calendar(url, user, password, name)
            elif chosen is None and calendar_name is None and not create and len(found) == 1:
                chosen = found[0]
        if chosen is None:
            names = ", ".join(c.name for c in found) or "none"
            wanted = calendar_name or calendar_url or DEFAULT_CALENDAR
            raise CalendarSyncError(
                f"There is no calendar named {wanted!r} at {url} (its calendars: {names}). "
                f"Pick one of them, or create {DEFAULT_CALENDAR!r}."
            )
        return CalendarConfig(url, user, _clean_url(chosen.url), chosen.name,
                              privacy if privacy in PRIVACY_SETTINGS else PRIVACY_FULL)

    def save_connection(self, config: CalendarConfig, password: str) -> None:
        """The local half of :meth:`connect`: keychain, settings, the queue (UI thread)."""
        previous = self.config()
        if previous is not None and previous.calendar_url != config.calendar_url:
            CalendarEvent.delete().execute()  # a different calendar: publish afresh
        self.keychain.set(config.account, password)
        self._save_config(config)
        self.enqueue_all()

    def _make_calendar(self, url: str, user: str, password: str, name: str) -> CalendarInfo:
        client = self._client(url, user, password)
        try:
            made = client.principal().make_calendar(name=name)
        except Exception as exc:
            raise _translate(exc, url) from None
        return CalendarInfo(name, str(made.url))

    def disconnect(self, remove_events: bool = False) -> int:
        """Forget the connection and its password; returns how many events were removed.

        ``remove_events`` deletes the published events first (raises
        :class:`CalendarSyncError` when the server cannot be reached; nothing is
        forgotten then).
        """
        removed = self.remove_published() if remove_events else 0
        self.forget()
        return removed

    def remove_published(self) -> int:
        """Delete every published event from the server (a worker thread may run it)."""
        config = self.config()
        if config is None:
            return 0
        removed = 0
        try:
            connection = self._open(config)
            for row in CalendarEvent.select().where(CalendarEvent.etag.is_null(False)):
                self._delete(connection, row)
                CalendarEvent.delete().where(CalendarEvent.id == row.id).execute()
                removed += 1
        except Exception as exc:
            raise _translate(exc, config.calendar_url) from None
        return removed

    def forget(self) -> None:
        """Forget the connection, its password and what was published (UI thread)."""
        config = self.config()
        CalendarEvent.delete().execute()
        if config is not None:
            self.keychain.delete(config.account)
        self.settings.delete(SETTING_KEY)
        self.close()
        self._last_problem = None

    def close(self) -> None:
        """Close the server connections (their keep-alive threads end)."""
        for client in self._clients.values():
            try:
                client.close()
            except Exception:  # closing never fails the caller
                log.debug("closing a calendar connection failed", exc_info=False)
        self._clients.clear()

    # -- the queue ----------------------------------------------------------------
    def enqueue(self, chat_ids: Iterable[int]) -> int:
        """Queue these chats to publish (when connected); returns how many wait."""
        ids = sorted({int(i) for i in chat_ids})
        if not ids or self.config() is None:
            return 0
        with self.db.atomic():
            CalendarEvent.update(pending=True).where(CalendarEvent.chat_id.in_(ids)).execute()
            known = {r.chat_id for r in CalendarEvent.select(CalendarEvent.chat_id).where(
                CalendarEvent.chat_id.in_(ids))}
            new = [i for i in ids if i not in known]
            pairs: Iterable[Any] = Chat.select(Chat.id, Chat.uid).where(Chat.id.in_(new)).tuples()
            uids: dict[int, str | None] = {int(p[0]): p[1] for p in pairs}
            rows = [
                {"chat_id": i, "uid": uids[i] or f"chat-{i}@infointerview.local", "pending": True}
                for i in new if i in uids
            ]
            if rows:
                CalendarEvent.insert_many(rows).execute()
        return self.waiting()

    def enqueue_all(self) -> int:
        """Every chat (and every published event) waits to be published again."""
        ids = [int(c.id) for c in Chat.select(Chat.id)]
        CalendarEvent.update(pending=True).execute()
        return self.enqueue(ids)

    def on_change(self, change: Change) -> None:
        """A bus listener: queue the chats a change touched (titles follow contact names)."""
        if self.config() is None:
            return
        if change.everything:
            self.enqueue_all()
            return
        ids = set(change.chats)
        if change.contacts:
            ids |= {int(c.id) for c in Chat.select(Chat.id).where(
                Chat.contact.in_(sorted(change.contacts)))}
        if ids:
            self.enqueue(ids)

    def waiting(self) -> int:
        return int(CalendarEvent.select().where(
            CalendarEvent.pending & CalendarEvent.server_start_at.is_null()).count())

    def status(self) -> SyncStatus:
        config = self.config()
        if config is None:
            return SyncStatus(False)
        problem = self._last_problem
        return SyncStatus(
            True,
            waiting=self.waiting(),
            moved_on_server=int(CalendarEvent.select().where(
                CalendarEvent.server_start_at.is_null(False)).count()),
            calendar_name=config.calendar_name,
            problem=str(problem) if problem else "",
            offline=bool(problem and problem.offline),
        )

    # -- publishing -------------------------------------------------------------------
    def _open(self, config: CalendarConfig) -> _Connection:
        password = self.password(config)
        if password is None:
            raise CalendarSyncError(
                "The calendar password is not known in this session: type it in "
                f"Settings → Calendar (or set {PASSWORD_ENV} for the command line)."
            )
        return _Connection(self._client(config.url, config.user, password), config.calendar_url)

    def sync(self) -> SyncResult:
        """Publish what waits and look for events moved on the server.

        On a failure the changes stay queued and :class:`CalendarSyncError`
        says why (``offline`` when the server could not be reached).
        """
        with self._lock:
            config = self.config()
            if config is None:
                raise CalendarSyncError(
                    "No calendar is connected: connect one in Settings → Calendar or with "
                    "'infointerview calendar connect URL --user USER'."
                )
            result = SyncResult()
            try:
                connection = self._open(config)
                remote = self._list(connection)
                self._notice_moves(connection, remote, result)
                from infointerview.services.ics_export import event_zone

                zone = event_zone(self.chats)  # once a sync: tzlocal reads the system's files
                for row in list(CalendarEvent.select().where(
                        CalendarEvent.pending & CalendarEvent.server_start_at.is_null())):
                    self._publish(connection, config, row, remote, result, zone)
            except Exception as exc:
                problem = _translate(exc, config.calendar_url)
                self._last_problem = problem
                log.info("calendar sync failed: %s", problem)
                raise problem from None
            self._last_problem = None
            result.waiting = self.waiting()
            return result

    def _list(self, connection: _Connection) -> dict[str, str]:
        """href path → ETag of every event in the calendar (one PROPFIND)."""
        response = connection.client.propfind(connection.calendar_url, _PROPFIND, depth=1)
        if response.status >= 400:
            raise _status_error(response.status, connection.calendar_url, "listing the calendar")
        found: dict[str, str] = {}
        if not response.raw:
            return found
        root = ElementTree.fromstring(response.raw)
        for resp in root.iter(f"{_DAV}response"):
            href = resp.findtext(f"{_DAV}href") or ""
            etag = resp.findtext(f".//{_DAV}getetag")
            if href and etag and not href.endswith("/"):
                found[urlsplit(urljoin(connection.calendar_url, href)).path] = etag
        return found

    def _notice_moves(
        self, connection: _Connection, remote: dict[str, str], result: SyncResult
    ) -> None:
        """Published events whose ETag moved: a new time becomes a :class:`ServerMove`."""
        for row in CalendarEvent.select().where(
            CalendarEvent.etag.is_null(False) & CalendarEvent.server_start_at.is_null()
        ):
            server_etag = remote.get(urlsplit(row.href).path)
            if server_etag is None or server_etag == row.etag:
                continue
            got = self._get(connection, row.href)
            published = (
                (row.start_at, int(row.length_min or 0)) if row.start_at is not None else None
            )
            if got.etag and server_moved(row.etag, got.etag, published,
                                         (got.start, int(got.length_min or 0))
                                         if got.start else None):
                assert got.start is not None and got.length_min is not None
                CalendarEvent.update(
                    server_etag=got.etag, server_start_at=got.start,
                    server_length_min=got.length_min,
                ).where(CalendarEvent.id == row.id).execute()
                result.moved_on_server += 1
            elif got.etag:  # changed there, same time: ours is republished over it when due
                CalendarEvent.update(etag=got.etag).where(CalendarEvent.id == row.id).execute()

    def _get(self, connection: _Connection, href: str) -> _Remote:
        response = connection.client.request(href, "GET")
        if response.status == 404:
            return _Remote(None)
        if response.status >= 400:
            raise _status_error(response.status, href, "reading an event")
        etag = response.headers.get("ETag") or response.headers.get("etag")
        raw = response.raw if isinstance(response.raw, bytes) else str(response.raw).encode()
        when = _event_time(raw)
        if when is None:
            return _Remote(etag)
        return _Remote(etag, when[0], when[1])

    def _chat(self, chat_id: int) -> ChatRow | None:
        try:
            return self.chats.get(chat_id)
        except ChatError:
            return None

    def _questions(self, chat_id: int) -> list[str]:
        query = (PrepQuestion.select(PrepQuestion.text)
                 .where(PrepQuestion.chat == chat_id)
                 .order_by(PrepQuestion.position, PrepQuestion.id).limit(3))
        return [str(q.text) for q in query]

    def _publish(
        self,
        connection: _Connection,
        config: CalendarConfig,
        row: CalendarEvent,
        remote: dict[str, str],
        result: SyncResult,
        zone: ZoneInfo | None,
    ) -> None:
        chat = self._chat(int(row.chat_id))
        published = row.etag is not None
        ended = chat is not None and chat.end_utc <= self.chats.now()
        if not should_publish(chat.status if chat else None, ended, published):
            if published:
                self._delete(connection, row)
                result.removed += 1
            CalendarEvent.delete().where(CalendarEvent.id == row.id).execute()
            return
        assert chat is not None
        from infointerview.services.ics_export import chat_event, event_calendar

        text = event_text(config.privacy, chat.contact_name, chat.organisation, chat.job_title,
                          chat.place, self._questions(chat.id))
        digest = hashlib.sha256(repr((
            config.privacy, text, chat.start_utc, chat.span_min, chat.status, row.uid,
            zone.key if zone is not None else "UTC",
        )).encode()).hexdigest()
        href = row.href or urljoin(connection.calendar_url, f"{row.uid}.ics")
        on_server = remote.get(urlsplit(href).path)
        if published and on_server == row.etag and row.digest == digest:
            CalendarEvent.update(pending=False).where(CalendarEvent.id == row.id).execute()
            return
        sequence = int(row.sequence) + 1 if published else 0
        stamp = naive_utc(self.chats.now()).replace(tzinfo=timezone.utc, microsecond=0)
        body = event_calendar(chat_event(
            replace(chat, uid=row.uid), stamp, text=text, sequence=sequence, zone=zone,
        ))
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if on_server is None:
            headers["If-None-Match"] = "*"
        else:
            headers["If-Match"] = on_server
        response = connection.client.request(href, "PUT", body.decode("utf-8"), headers)
        if response.status == 412:  # changed on the server meanwhile: look again next time
            return
        if response.status >= 400:
            raise _status_error(response.status, href, "publishing a chat")
        etag = response.headers.get("ETag") or response.headers.get("etag")
        if not etag:
            etag = self._get(connection, href).etag or ""
        CalendarEvent.update(
            href=href, etag=etag, sequence=sequence, start_at=chat.start_utc,  # held: actual
            length_min=chat.span_min, digest=digest, pending=False,
        ).where(CalendarEvent.id == row.id).execute()
        if on_server is None:
            result.created += 1
        else:
            result.updated += 1

    def _delete(self, connection: _Connection, row: CalendarEvent) -> None:
        response = connection.client.request(row.href, "DELETE")
        if response.status >= 400 and response.status not in (404, 410):
            raise _status_error(response.status, row.href, "removing an event")

    # -- changes made on the server ----------------------------------------------------
    def server_moves(self) -> list[ServerMove]:
        """Chats whose event was moved on the server, waiting for the user's answer."""
        moves: list[ServerMove] = []
        for row in CalendarEvent.select().where(CalendarEvent.server_start_at.is_null(False)):
            chat = self._chat(int(row.chat_id))
            if chat is None:
                continue
            moves.append(ServerMove(chat.id, chat.who, chat.start_utc, _naive(row.server_start_at),
                                    int(row.server_length_min or chat.length_min)))
        return sorted(moves, key=lambda m: m.theirs_utc)

    def _move_row(self, chat_id: int) -> CalendarEvent:
        row = CalendarEvent.get_or_none(
            (CalendarEvent.chat_id == chat_id) & CalendarEvent.server_start_at.is_null(False))
        if row is None:
            raise LookupError("That chat's event is no longer waiting for an answer.")
        return row

    def take_server_time(self, chat_id: int) -> None:
        """Reschedule the chat to the time set on the server (through ChatService)."""
        row = self._move_row(chat_id)
        draft = self.chats.draft(chat_id)
        new_start, new_length = _naive(row.server_start_at), int(row.server_length_min or draft.length_min)
        CalendarEvent.update(
            etag=row.server_etag, start_at=new_start, length_min=new_length,
            server_etag=None, server_start_at=None, server_length_min=None, pending=True,
        ).where(CalendarEvent.id == row.id).execute()
        self.chats.reschedule(chat_id, replace(
            draft, start_local=self.chats.to_local(new_start), length_min=new_length))

    def put_back(self, chat_id: int) -> None:
        """Publish our time over the server's (a higher SEQUENCE) at the next sync."""
        row = self._move_row(chat_id)
        CalendarEvent.update(
            etag=row.server_etag, digest=None, server_etag=None, server_start_at=None,
            server_length_min=None, pending=True,
        ).where(CalendarEvent.id == row.id).execute()
        self.bus.announce(Change.of(chats=[chat_id]))
