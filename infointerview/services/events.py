"""Change events: services announce what they changed, views listen.

Every service that writes announces a :class:`Change` (which ids of which
kind changed) on the session's :class:`ChangeBus` after its transaction
commits. Views subscribe and refresh just what changed (or mark themselves
stale while hidden); nobody calls a list of ``reload()`` methods by hand.

Reactions (the follow-up rules) run before listeners hear a change and may
add to it, so a view refreshes once per user action, with the tasks the rules
raised already in the database.

The bus uses ``blinker`` (Pallets' Qt-free signals; psygnal, napari's, costs
40-60 ms to import at start-up against blinker's few). Listeners are called on
the emitting thread, so the UI subscribes through a queued Qt bridge.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from blinker import Signal

__all__ = ["Change", "ChangeBus", "Reaction"]


def _ids(values: Iterable[int]) -> frozenset[int]:
    return frozenset(int(v) for v in values)


@dataclass(frozen=True)
class Change:
    """What one write (or one batch of writes) changed.

    ``contacts`` lists every contact whose row in the table may look different
    (its own fields, its stage, last contact or next step); ``chats`` the chats
    whose time, status or people changed; ``prep`` the chats whose prep page
    (texts, questions, checklist, rating) changed; ``everything`` says a bulk
    operation (an import, its undo, the sample data) changed too much to list.
    """

    contacts: frozenset[int] = field(default_factory=frozenset)
    chats: frozenset[int] = field(default_factory=frozenset)
    messages: frozenset[int] = field(default_factory=frozenset)
    tasks: frozenset[int] = field(default_factory=frozenset)
    prep: frozenset[int] = field(default_factory=frozenset)
    bank: bool = False
    settings: frozenset[str] = field(default_factory=frozenset)
    everything: bool = False

    @classmethod
    def of(
        cls,
        *,
        contacts: Iterable[int] = (),
        chats: Iterable[int] = (),
        messages: Iterable[int] = (),
        tasks: Iterable[int] = (),
        prep: Iterable[int] = (),
        bank: bool = False,
        settings: Iterable[str] = (),
        everything: bool = False,
    ) -> Change:
        """A change from any iterables of ids."""
        return cls(
            _ids(contacts), _ids(chats), _ids(messages), _ids(tasks), _ids(prep), bank,
            frozenset(settings), everything,
        )

    def __or__(self, other: Change) -> Change:
        return Change(
            self.contacts | other.contacts,
            self.chats | other.chats,
            self.messages | other.messages,
            self.tasks | other.tasks,
            self.prep | other.prep,
            self.bank or other.bank,
            self.settings | other.settings,
            self.everything or other.everything,
        )

    def __bool__(self) -> bool:
        return bool(
            self.everything or self.contacts or self.chats or self.messages or self.tasks
            or self.prep or self.bank or self.settings
        )

    @property
    def follow_up_facts(self) -> bool:
        """Whether the facts the follow-up rules read may have changed."""
        return bool(self.everything or self.chats or self.messages or self.settings)

    @property
    def chat_views(self) -> bool:
        """Whether Today, the calendar and Stats may show something different."""
        return bool(
            self.everything or self.contacts or self.chats or self.messages or self.tasks
            or self.settings
        )


Reaction = Callable[[Change], "Change | None"]
"""Runs before listeners hear a change; may write and return what it changed."""
Listener = Callable[[Change], None]


class ChangeBus:
    """Collects the changes of a write and announces them once it has committed.

    Listeners (:meth:`subscribe`) hear each :class:`Change` after the outermost
    :meth:`batch` (or a bare :meth:`announce`) ends without an exception.
    """

    def __init__(self) -> None:
        self._depth = 0
        self._pending = Change()
        self._reactions: list[Reaction] = []
        self._changed = Signal("changed")
        self._receivers: dict[Listener, Callable[..., None]] = {}

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(change)`` after every announced change (held until unsubscribed)."""
        if listener in self._receivers:
            return

        def receive(_sender: object, *, change: Change) -> None:
            listener(change)

        self._receivers[listener] = receive
        self._changed.connect(receive, weak=False)

    def unsubscribe(self, listener: Listener) -> None:
        receive = self._receivers.pop(listener, None)
        if receive is not None:
            self._changed.disconnect(receive)

    def add_reaction(self, reaction: Reaction) -> None:
        self._reactions.append(reaction)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group announcements; they are sent when the outermost batch ends.

        Open the batch *outside* the database transaction (``with bus.batch(),
        db.atomic():``) so listeners hear only committed data. An exception
        drops what the batch collected: the transaction rolled back.
        """
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self._pending = Change()
            raise
        self._depth -= 1
        if self._depth == 0:
            pending, self._pending = self._pending, Change()
            self._send(pending)

    def announce(self, change: Change) -> None:
        """Record a change; sent now, or when the enclosing batch ends."""
        if self._depth:
            self._pending = self._pending | change
        else:
            self._send(change)

    def _send(self, change: Change) -> None:
        if not change:
            return
        self._depth += 1  # what reactions announce joins this change
        try:
            for reaction in self._reactions:
                extra = reaction(change)
                if extra:
                    change = change | extra
            change = change | self._pending
        finally:
            self._depth -= 1
            self._pending = Change()
        self._changed.send(self, change=change)
