"""The store's base error, apart so :mod:`store.faults` and :mod:`store.database` share it."""

from __future__ import annotations


class StoreError(Exception):
    """A database problem the user can act on; the message says what to do."""
