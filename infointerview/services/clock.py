"""The wall clock, in the form every timestamp is stored in (naive UTC)."""

from __future__ import annotations

import datetime as dt

from infointerview.store import models


def utcnow() -> dt.datetime:
    """Naive UTC 'now', as the store keeps it (an injectable default for the UI)."""
    return models.utcnow()
