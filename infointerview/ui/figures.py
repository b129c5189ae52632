"""The sentences Today and Stats share for the same figure, written once.

Each figure is computed once (``domain.cadence`` over the stored facts, served
by ``services.followups.FollowUpService``); this module turns a result into the
one sentence both screens show, so the two can never word or count it apart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from infointerview.domain.cadence import ReplyRate
from infointerview.ui.translations import translate_n

__all__ = ["reply_headline"]


def reply_headline(rate: ReplyRate) -> str:
    """"19 of 23 people you contacted replied", or that nobody was contacted yet."""
    if not rate.contacted:
        return QCoreApplication.translate("Figures", "Nobody contacted yet")
    text = translate_n("Figures", "{replied} of %n (person|people) you contacted replied",
                       rate.contacted)
    return text.format(replied=rate.replied)
