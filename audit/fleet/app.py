"""The Celery application of a distributed run: broker settings and task names.

Tasks are acknowledged late (after they ran), so a task whose worker dies is given to
another worker once the broker's visibility timeout passes; the timeout must outlast
the longest attempt (`check_bounds`). Results are not kept by Celery: the store has them.
"""

from __future__ import annotations

import os

from celery import Celery

from probes.errors import InputError

ATTEMPT_TASK = "audit.attempt"
TWO_PHASE_TASK = "audit.two_phase"
QUEUE_NAME = "audit"
VISIBILITY_ENV = "AUDIT_QUEUE_VISIBILITY_S"
DEFAULT_VISIBILITY_S = 3600.0


class QueueError(InputError):
    """A broker URL or a campaign that a distributed run cannot use: exit 2."""


def visibility_timeout_s() -> float:
    """Seconds the broker waits for an unacknowledged task before giving it to another
    worker (`AUDIT_QUEUE_VISIBILITY_S`, default one hour)."""
    raw = os.environ.get(VISIBILITY_ENV)
    try:
        return float(raw) if raw else DEFAULT_VISIBILITY_S
    except ValueError:
        raise QueueError(f"{VISIBILITY_ENV}={raw!r}: not a number of seconds") from None


def make_app(broker_url: str) -> Celery:
    """A Celery app on `broker_url` (`redis://host:port/db`) with the fleet's settings."""
    if not broker_url.startswith(("redis://", "rediss://", "unix://")):
        raise QueueError(f"--queue {broker_url!r}: give a Redis URL, e.g. redis://127.0.0.1:6379/0")
    app = Celery("audit", broker=broker_url, set_as_current=False)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_ignore_result=True,
        task_serializer="json",
        accept_content=["json"],
        task_default_queue=QUEUE_NAME,
        broker_transport_options={"visibility_timeout": visibility_timeout_s()},
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
        enable_utc=True,
    )
    return app


def check_bounds(longest_attempt_s: float, slice_s: float) -> None:
    """Refuse a campaign whose longest attempt (or watch slice) could outlast the
    visibility timeout: the broker would hand it to a second worker while it runs."""
    timeout = visibility_timeout_s()
    longest = max(longest_attempt_s, slice_s)
    if longest >= timeout:
        raise QueueError(
            f"an attempt may take {longest:g} s but the broker's visibility timeout is "
            f"{timeout:g} s: raise {VISIBILITY_ENV} above it (or lower attempt_timeout_s)"
        )
