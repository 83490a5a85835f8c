"""Smoke tests for the example stack (the runbook's `pytest tests/e2e/test_smoke.py`).

Standard library only. Ports come from the same variables the compose file reads:
SIGNAL_SERVICE_PORT (8001), EXECUTION_GATEWAY_PORT (8002), ORCHESTRATOR_PORT (8003); the host from
STACK_HOST (127.0.0.1). With EXPECT_RELEASE set, every service must report that version.
"""

import json
import os
import time
import urllib.error
import urllib.request

import pytest

HOST = os.environ.get("STACK_HOST", "127.0.0.1")
TIMEOUT_S = float(os.environ.get("SMOKE_REQUEST_TIMEOUT_S", "5"))
SERVICES = {
    "signal_service": int(os.environ.get("SIGNAL_SERVICE_PORT", "8001")),
    "execution_gateway": int(os.environ.get("EXECUTION_GATEWAY_PORT", "8002")),
    "orchestrator": int(os.environ.get("ORCHESTRATOR_PORT", "8003")),
}


def get_health(port: int):
    url = f"http://{HOST}:{port}/health"
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_S) as response:
            return response.status, json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        body = error.read().decode("utf-8", "replace")
        try:
            return error.code, json.loads(body)
        except ValueError:
            return error.code, {"raw": body}


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_health_endpoint_is_ok(service):
    status, body = get_health(SERVICES[service])
    assert status == 200, f"{service}: HTTP {status} {body}"
    assert body.get("status") == "ok", f"{service}: {body}"
    assert body.get("service") == service


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_reports_expected_release(service):
    expected = os.environ.get("EXPECT_RELEASE")
    if not expected:
        pytest.skip("EXPECT_RELEASE not set")
    _, body = get_health(SERVICES[service])
    assert body.get("version") == expected, f"{service} runs {body.get('version')}, expected {expected}"


def test_all_services_run_the_same_release():
    versions = {name: get_health(port)[1].get("version") for name, port in SERVICES.items()}
    assert len(set(versions.values())) == 1, f"mixed releases: {versions}"


def test_health_answers_quickly():
    for name, port in SERVICES.items():
        started = time.monotonic()
        get_health(port)
        elapsed = time.monotonic() - started
        assert elapsed < TIMEOUT_S, f"{name} took {elapsed:.2f}s"
