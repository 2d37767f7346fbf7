from __future__ import annotations

from publish.conftest import sample  # noqa: F401 - the web tests read the publishing tests' sample edition
