"""InfoInterview: informational interviews as a lifelong habit."""

from __future__ import annotations

from importlib import metadata

APP_NAME = "InfoInterview"
APP_ID = "org.infointerview.InfoInterview"
ORG_NAME = "InfoInterview"


def _version() -> str:
    try:
        return metadata.version("infointerview")
    except metadata.PackageNotFoundError:  # running from a checkout
        return "0.1.0"


__version__ = _version()
