"""The suite's work units under `-n 2 --dist loadgroup` (`tests/conftest.py`): shared runs and
SIP modules and the tuned floor module stay on one worker; every other test is a unit of its own."""

from __future__ import annotations

from tests.conftest import work_unit


def test_every_chat_test_shares_one_unit_with_the_chat_runs() -> None:
    units = {
        work_unit("tests/chat/test_behaviours.py::test_behaviour_ends_in_the_right_metrics[x]"),
        work_unit("tests/chat/test_export.py::test_chat_messages_table[parquet]"),
    }
    assert units == {"chat-runs"}


def test_a_sip_module_is_one_unit_and_other_tests_are_their_own() -> None:
    assert work_unit("tests/phone_sip/test_sip_calls.py::test_a[rfc4733]") == (
        "tests/phone_sip/test_sip_calls.py"
    )
    nodeid = "tests/probes/test_sightings.py::test_roles[x]"
    assert work_unit(nodeid) == nodeid


def test_the_tuned_floor_tests_share_one_unit_and_other_reader_tests_do_not() -> None:
    module = "tests/readers/test_returns_tuned_floor.py"
    units = {
        work_unit(f"{module}::test_tuned_policies_meet_the_window_floor[es]"),
        work_unit(f"{module}::test_tuned_policies_meet_the_free_returns_target[es]"),
    }
    assert units == {module}
    nodeid = "tests/readers/test_phones_tuned.py::test_tuned_page_is_read_as_labelled[x]"
    assert work_unit(nodeid) == nodeid
