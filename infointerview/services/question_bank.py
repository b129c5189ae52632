"""The question bank: families of good questions the prep page picks from.

Seeded once from ``resources/question_bank.json``; the user adds, edits,
retires and orders questions and families. Every write announces
``Change(bank=True)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import wraps
from typing import Concatenate, ParamSpec, TypeVar

from peewee import SqliteDatabase

from infointerview.domain.questions import parse_question_bank
from infointerview.resources import read_text
from infointerview.services.events import Change, ChangeBus
from infointerview.services.prep import PrepError
from infointerview.store.models import QuestionTemplate, Setting

__all__ = ["BANK_SEEDED_KEY", "BankFamily", "BankQuestion", "QuestionBankService"]

BANK_SEEDED_KEY = "question_bank.seeded"

P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True)
class BankQuestion:
    id: int
    family: str
    text: str
    position: int
    retired: bool
    builtin: bool


@dataclass(frozen=True)
class BankFamily:
    name: str
    questions: tuple[BankQuestion, ...] = field(default_factory=tuple)


def _announces(
    method: Callable[Concatenate[QuestionBankService, P], R],
) -> Callable[Concatenate[QuestionBankService, P], R]:
    """Run a bank write in a batch that announces the bank changed."""

    @wraps(method)
    def wrapper(self: QuestionBankService, *args: P.args, **kwargs: P.kwargs) -> R:
        with self.bus.batch():
            result = method(self, *args, **kwargs)
            self.bus.announce(Change(bank=True))
        return result

    return wrapper


class QuestionBankService:
    """The bank's families and questions, in the user's order."""

    def __init__(self, db: SqliteDatabase, bus: ChangeBus) -> None:
        self.db = db
        self.bus = bus

    def ensure_bank_seeded(self) -> int:
        """Fill the bank from resources/question_bank.json once; returns questions added."""
        if Setting.get_or_none(Setting.key == BANK_SEEDED_KEY) is not None:
            return 0
        families = parse_question_bank(read_text("question_bank.json"))
        added = 0
        with self.db.atomic():
            if QuestionTemplate.select().exists():
                Setting.replace(key=BANK_SEEDED_KEY, value="true").execute()
                return 0
            position = 0
            for family in families:
                for text in family.questions:
                    QuestionTemplate.create(
                        family=family.name, text=text, position=position, builtin=True
                    )
                    position += 1
                    added += 1
            Setting.replace(key=BANK_SEEDED_KEY, value="true").execute()
        return added

    def bank(self, include_retired: bool = True) -> list[BankFamily]:
        """Families in order, each with its questions in order."""
        self.ensure_bank_seeded()
        query = QuestionTemplate.select().order_by(QuestionTemplate.position, QuestionTemplate.id)
        if not include_retired:
            query = query.where(QuestionTemplate.retired == False)  # noqa: E712
        grouped: dict[str, list[BankQuestion]] = {}
        for t in query:
            grouped.setdefault(t.family, []).append(
                BankQuestion(
                    id=t.id,
                    family=t.family,
                    text=t.text,
                    position=t.position,
                    retired=bool(t.retired),
                    builtin=bool(t.builtin),
                )
            )
        return [BankFamily(name, tuple(qs)) for name, qs in grouped.items()]

    def _bank_order(self) -> list[tuple[str, list[int]]]:
        grouped: dict[str, list[int]] = {}
        for t in QuestionTemplate.select().order_by(QuestionTemplate.position, QuestionTemplate.id):
            grouped.setdefault(t.family, []).append(t.id)
        return list(grouped.items())

    def _write_bank_order(self, order: Iterable[tuple[str, list[int]]]) -> None:
        position = 0
        with self.db.atomic():
            for family, ids in order:
                for template_id in ids:
                    QuestionTemplate.update(position=position, family=family).where(
                        QuestionTemplate.id == template_id
                    ).execute()
                    position += 1

    @_announces
    def add_bank_question(self, family: str, text: str) -> int:
        family = " ".join(family.split())
        text = " ".join(text.split())
        if not family:
            raise PrepError("Give the family a name (for example 'A typical day').")
        if not text:
            raise PrepError("Type the question first, then add it.")
        self.ensure_bank_seeded()
        with self.db.atomic():
            template = QuestionTemplate.create(family=family, text=text, position=10**6)
            order = self._bank_order()
            names = [name for name, _ in order]
            if family in names:
                order = [
                    (name, [i for i in ids if i != template.id] + [template.id])
                    if name == family
                    else (name, ids)
                    for name, ids in order
                ]
            self._write_bank_order(order)
        return int(template.id)

    @_announces
    def edit_bank_question(self, template_id: int, text: str) -> None:
        text = " ".join(text.split())
        if not text:
            raise PrepError("A question cannot be empty; retire it instead.")
        QuestionTemplate.update(text=text).where(QuestionTemplate.id == template_id).execute()

    @_announces
    def set_bank_retired(self, template_id: int, retired: bool) -> None:
        QuestionTemplate.update(retired=bool(retired)).where(
            QuestionTemplate.id == template_id
        ).execute()

    @_announces
    def move_bank_question(self, template_id: int, delta: int) -> bool:
        order = self._bank_order()
        for _name, ids in order:
            if template_id in ids:
                index = ids.index(template_id)
                target = index + delta
                if not 0 <= target < len(ids):
                    return False
                ids[index], ids[target] = ids[target], ids[index]
                self._write_bank_order(order)
                return True
        return False

    @_announces
    def reorder_bank_family(self, family: str, ids: Sequence[int]) -> None:
        order = self._bank_order()
        result = []
        for name, current in order:
            if name == family:
                chosen = [i for i in dict.fromkeys(ids) if i in set(current)]
                chosen += [i for i in current if i not in set(chosen)]
                current = chosen
            result.append((name, current))
        self._write_bank_order(result)

    @_announces
    def reorder_families(self, names: Sequence[str]) -> None:
        order = dict(self._bank_order())
        wanted = [n for n in dict.fromkeys(names) if n in order]
        wanted += [n for n in order if n not in set(wanted)]
        self._write_bank_order((n, order[n]) for n in wanted)

    @_announces
    def move_family(self, family: str, delta: int) -> bool:
        names = [n for n, _ in self._bank_order()]
        if family not in names:
            return False
        index = names.index(family)
        target = index + delta
        if not 0 <= target < len(names):
            return False
        names[index], names[target] = names[target], names[index]
        self.reorder_families(names)
        return True

    @_announces
    def rename_family(self, old: str, new: str) -> None:
        new = " ".join(new.split())
        if not new:
            raise PrepError("A family needs a name.")
        if new != old and QuestionTemplate.select().where(QuestionTemplate.family == new).exists():
            raise PrepError(f"There is already a family called '{new}'; pick another name.")
        QuestionTemplate.update(family=new).where(QuestionTemplate.family == old).execute()

