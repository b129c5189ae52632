"""Every task kind closes when its reason is gone: one row per kind and closing event.

Each row raises the task the way the app does (real services, real SQLite, a fake
clock), checks it is open, then does the one thing that makes it pointless and checks
it is closed, without the user ticking it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from infointerview.domain.contacts import ContactDraft
from infointerview.services.calls import CallService
from infointerview.services.chats import ChatDraft, ChatService
from infointerview.services.events import ChangeBus
from infointerview.services.followups import RULE_TASK_KINDS, FollowUpService
from infointerview.services.outreach import OutreachService
from infointerview.services.session import Session
from infointerview.store.models import FollowUpTask
from tests.clock import Clock

LONDON = ZoneInfo("Europe/London")
MONDAY = datetime(2026, 3, 2, 8, 0)  # naive UTC


@dataclass
class World:
    session: Session
    clock: Clock
    chats: ChatService
    outreach: OutreachService
    engine: FollowUpService
    calls: CallService
    ids: dict[str, int] = field(default_factory=dict)

    def person(self, first: str, org: str = "Helix Bio") -> int:
        cid = self.session.contacts.create(
            ContactDraft(first_name=first, last_name="Lee", organisation=org)
        )
        self.ids[first] = cid
        return cid

    def held_chat(self, cid: int, days_ago: int = 0) -> int:
        start = datetime(2026, 3, 2, 6) - timedelta(days=days_ago)
        chat_id = self.chats.schedule(ChatDraft(cid, start, 30))
        self.chats.mark_held(chat_id, start + timedelta(minutes=30))
        self.ids["chat"] = chat_id
        return chat_id

    def schedule(self, cid: int) -> None:
        self.chats.schedule(ChatDraft(cid, datetime(2026, 3, 10, 10), 30))

    def log(self, cid: int, kind: str, sent: datetime | None = None) -> int:
        return self.outreach.log_message(cid, kind, sent_utc=sent or self.clock.now)


@pytest.fixture
def world(session: Session) -> World:
    clock = Clock(MONDAY)
    bus = ChangeBus()
    chats = ChatService(session.db, session.settings, bus, tz=LONDON, clock=clock)
    engine = FollowUpService(session.db, session.settings, chats)
    bus.add_reaction(engine.react)
    calls = CallService(session.db, bus, chats, session.contacts)
    return World(session, clock, chats, OutreachService(session.db, chats), engine, calls)


# -- how each task is raised -----------------------------------------------------------
def raise_thank_you(w: World) -> None:
    w.held_chat(w.person("Sarah"))


def raise_unanswered(w: World) -> None:
    """An outreach message two weeks old: both the 3- and the 7-business-day checks."""
    cid = w.person("Sarah")
    w.person("Omar")  # someone else at Helix Bio, not yet written to
    w.ids["message"] = w.log(cid, "outreach", datetime(2026, 2, 16, 9))
    w.engine.refresh()


def raise_update(w: World) -> None:
    cid = w.person("Sarah")
    w.held_chat(cid, days_ago=100)
    w.log(cid, "thank_you", datetime(2026, 2, 1, 9) - timedelta(days=70))
    w.engine.refresh()


def raise_referral(w: World) -> None:
    chat_id = w.held_chat(w.person("Mateus"))
    item = w.calls.add_referral(chat_id, "Sarah Lee", "Helix Bio", "", MONDAY)
    w.ids["Sarah"] = item.contact_id


def raise_their_promise(w: World) -> None:
    chat_id = w.held_chat(w.person("Sarah"))
    w.calls.add_promise(chat_id, "Send me the NN/g course link", MONDAY)
    w.log(w.ids["Sarah"], "thank_you", MONDAY + timedelta(hours=4))  # mentions it: not a nudge
    w.clock.now = MONDAY + timedelta(days=8)
    w.engine.refresh()


def raise_my_promise(w: World) -> None:
    chat_id = w.held_chat(w.person("Sarah"))
    w.calls.add_promise(chat_id, "send my portfolio", MONDAY, mine=True)


# -- the events that make each one pointless -------------------------------------------
CASES: list[tuple[str, Callable[[World], None], str, Callable[[World], object]]] = [
    ("thank_you", raise_thank_you, "thank-you logged",
     lambda w: w.log(w.ids["Sarah"], "thank_you")),
    ("thank_you", raise_thank_you, "task ticked done elsewhere: chat marked thanked",
     lambda w: w.chats.mark_thanked(w.ids["chat"])),
    ("follow_up_once", raise_unanswered, "follow-up message logged",
     lambda w: w.log(w.ids["Sarah"], "follow_up")),
    ("follow_up_once", raise_unanswered, "chat scheduled",
     lambda w: w.schedule(w.ids["Sarah"])),
    ("follow_up_once", raise_unanswered, "reply logged",
     lambda w: w.outreach.mark_replied(w.ids["message"], MONDAY)),
    ("second_person", raise_unanswered, "chat scheduled",
     lambda w: w.schedule(w.ids["Sarah"])),
    ("second_person", raise_unanswered, "reply logged",
     lambda w: w.outreach.mark_replied(w.ids["message"], MONDAY)),
    ("second_person", raise_unanswered, "someone else there written to",
     lambda w: w.log(w.ids["Omar"], "outreach")),
    ("update", raise_update, "update logged",
     lambda w: w.log(w.ids["Sarah"], "update")),
    ("referral", raise_referral, "chat scheduled",
     lambda w: w.schedule(w.ids["Sarah"])),
    ("referral", raise_referral, "chat held (logged afterwards)",
     lambda w: w.held_chat(w.ids["Sarah"])),
    ("referral", raise_referral, "first message logged",
     lambda w: w.log(w.ids["Sarah"], "outreach")),
    ("resource", raise_their_promise, "reminder logged on or after the nudge date",
     lambda w: w.log(w.ids["Sarah"], "follow_up")),
    ("promise", raise_my_promise, "ticked done (nothing logged proves it was kept)",
     lambda w: w.engine.done(open_of(w, "promise")[0])),
]


def open_of(w: World, kind: str) -> list[int]:
    return [
        t.id for t in w.engine.open_tasks(days_ahead=30)
        if t.kind == kind and t.contact_id == w.ids["Sarah"]
    ]


@pytest.mark.parametrize(
    ("kind", "raise_it", "event", "close_it"), CASES, ids=[f"{c[0]}: {c[2]}" for c in CASES]
)
def test_task_closes_when_its_reason_is_gone(
    world: World, kind: str, raise_it: Callable[[World], None], event: str,
    close_it: Callable[[World], object],
) -> None:
    raise_it(world)
    (task_id,) = open_of(world, kind)
    close_it(world)
    assert open_of(world, kind) == []
    assert FollowUpTask.get_by_id(task_id).done_at is not None


def test_every_task_kind_has_a_row() -> None:
    assert {c[0] for c in CASES} == {*RULE_TASK_KINDS, "referral", "resource", "promise"}


def test_their_promise_is_not_closed_by_the_thank_you_nor_nudged_early(world: World) -> None:
    chat_id = world.held_chat(world.person("Sarah"))
    world.calls.add_promise(chat_id, "Send me the NN/g course link", MONDAY)
    world.log(world.ids["Sarah"], "thank_you", MONDAY + timedelta(hours=4))
    assert [t.kind for t in world.engine.open_tasks(days_ahead=2)] == []  # not on Today yet
    assert len(open_of(world, "resource")) == 1  # the thank-you did not close it
    world.clock.now = MONDAY + timedelta(days=7)
    (task,) = [t for t in world.engine.open_tasks() if t.kind == "resource"]
    assert task.title == "Watch for the NN/g course link from Sarah Lee"
    assert task.due_utc == MONDAY + timedelta(days=7)
    assert "send Sarah a short, friendly reminder" in task.detail


def test_a_referral_stays_open_until_something_happens(world: World) -> None:
    raise_referral(world)
    world.log(world.ids["Mateus"], "thank_you")  # thanking the referrer is not reaching out
    world.schedule(world.ids["Mateus"])
    assert len(open_of(world, "referral")) == 1
