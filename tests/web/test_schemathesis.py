"""schemathesis against the app's own OpenAPI schema (bounded examples, ASGI transport, no network): no server
error on any operation, responses that match the schema; and every state-changing operation the schema lists
refuses a request without the admin token."""
from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from publish.sample import build_sample
from topline.web.app import create_app

TOKEN = "schemathesis-admin-token"
MAX_EXAMPLES = 25        # per operation: ~30 operations stay well under a minute on 2 cores
STATE_CHANGING = {"post", "put", "patch", "delete"}


@pytest.fixture(scope="module")
def web_app(tmp_path_factory):
    home = tmp_path_factory.mktemp("schemathesis-home")
    sample = build_sample(home)
    app = create_app(sample.settings, sample.store, environ={"TOPLINE_ADMIN_TOKEN": TOKEN})
    yield app
    _close_the_asgi_transport()
    sample.store.close()


def _close_the_asgi_transport() -> None:
    """schemathesis' ASGI transport (schemathesis.python.asgi) runs every app on one event-loop thread (anyio's
    "asyncio-portal-...") and keeps it, and each app's lifespan, until the process exits. Under pytest-xdist the
    next module on this worker would run beside that thread (tests/test_prefetch.py never forks beside a thread):
    close both here, as its exit handler does, and check that no portal thread is left."""
    import threading

    from schemathesis.python import asgi
    getattr(asgi, "_shutdown", asgi.shutdown_lifespans)()
    portals = [t for t in threading.enumerate() if "-portal-" in t.name]
    for t in portals:
        t.join(timeout=10)
    assert not [t.name for t in portals if t.is_alive()], "schemathesis' ASGI portal thread is still running"


@pytest.fixture(scope="module")
def api_schema(web_app):
    return schemathesis.openapi.from_asgi("/openapi.json", web_app)


@pytest.mark.slow
def test_no_server_errors_and_responses_match_the_schema(api_schema):
    # One Hypothesis run per operation (schemathesis' own pytest plugin does not run under pytest 9 yet).
    failures, operations = [], 0
    for result in api_schema.get_all_operations():
        operation = result.ok()
        operations += 1

        @given(case=operation.as_strategy())
        @settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case):  # noqa: ANN001, ANN202
            case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"})

        try:
            run()
        except (Exception, BaseExceptionGroup) as exc:  # noqa: BLE001 - collect every operation's failure
            failures.append(f"{operation.label}: {exc}")
    assert operations >= 15
    assert not failures, "\n\n".join(failures)


def test_every_state_changing_operation_needs_the_token(web_app):
    ops = [(method, path) for path, item in web_app.openapi()["paths"].items() for method in item
           if method in STATE_CHANGING]
    assert len(ops) >= 3        # add source, remove source, build an edition
    concrete = {"{date}": "2025-07-03", "{source_id}": "1"}
    with TestClient(web_app) as client:
        for method, path in ops:
            url = path
            for k, v in concrete.items():
                url = url.replace(k, v)
            kwargs = {"json": {"url": "https://feeds.example.org/rss"}} if method == "post" else {}
            for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}):
                r = client.request(method.upper(), url, headers=headers, **kwargs)
                assert r.status_code in (401, 403), (method, path, headers, r.status_code)
