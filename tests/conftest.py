"""Shared fixtures: every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Hypothesis fails an example that takes over 200 ms by default: a timed assertion.
# Timings belong in tests/bench; property tests check results only.
settings.register_profile("infointerview", deadline=None)
settings.load_profile("infointerview")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, private data folder; no test can touch the user's real one."""
    folder = tmp_path / "data"
    monkeypatch.setenv("INFOINTERVIEW_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def session(data_dir: Path) -> Iterator[object]:
    from infointerview.services.session import open_session

    opened = open_session(data_dir)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def qapp(qapp):  # type: ignore[no-untyped-def]
    """pytest-qt's application with the app's translations, as ``app.application`` installs
    them: counts read "1 referral" / "2 referrals", not "1 referral(s)"."""
    from infointerview.ui.translations import install_translations

    assert install_translations(qapp)
    return qapp
