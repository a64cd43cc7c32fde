"""Known reader gaps kept in the suite as strict xfails.

A reviewer's case the code still misreads stays a test: it fails the suite the day the code reads
it right, and then becomes a plain case.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


def review_gap(review: str) -> Callable[..., object]:
    """A maker of strict-xfail cases for `review` ("review 60"): `gap(*values, why)`."""

    def gap(*case: object) -> object:
        *values, why = case
        return pytest.param(
            *values, marks=pytest.mark.xfail(strict=True, reason=f"{review}: {why}")
        )

    return gap
