"""InfoInterview: informational interviews as a lifelong habit."""

from __future__ import annotations

APP_NAME = "InfoInterview"
APP_ID = "org.infointerview.InfoInterview"
ORG_NAME = "InfoInterview"


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("infointerview")
    except metadata.PackageNotFoundError:  # running from a checkout
        return "0.1.0"


def __getattr__(name: str) -> str:
    """``__version__`` is read from the package metadata on first use (it costs ~40 ms)."""
    if name == "__version__":
        value = _version()
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module 'infointerview' has no attribute {name!r}")
