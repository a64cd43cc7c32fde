"""Hostile YAML: duplicate keys, alias bombs, deep nesting and non-finite rubric numbers are
each refused in one line (the campaign through the real `audit` CLI; rubrics, templates and
the sandbox world through their loaders). How fast a bomb is refused: benchmarks/hostile_yaml.py.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from audit.campaign import load_campaign
from probes.email.templates import load_templates
from probes.errors import InputError
from probes.yaml_source import MAX_DEPTH, parse_yaml
from rubrics.loader import load_rubric, shipped_path
from tests.cli_process import audit_process

LAUGHS = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9) if prev else ', '.join(['lol'] * 9)}]\n"
    for prev, name in zip(["", *"abcdefgh"], "abcdefghi", strict=True)
)
"""The "billion laughs": nine levels of nine aliases, 9^9 (~387 million) strings, < 400 bytes."""


def refused(campaign_text: str, tmp_path: Path) -> str:
    """Run `audit run` on a campaign file holding `campaign_text`; its one error line."""
    (tmp_path / "campaign.yaml").write_text(campaign_text)
    result = audit_process(
        "run", "campaign.yaml", cwd=tmp_path, env={**os.environ, "AUDIT_CHROMIUM": "/nonexistent"}
    )
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "audit.db").exists()  # refused before anything happened
    return lines[0]


def test_a_duplicate_key_names_the_key_and_its_line(tmp_path: Path) -> None:
    text = "name: Shop audit\nperiod: 2026-Q3\nperiod: 2026-Q4\ncompanies: [{name: Acme}]\n"
    assert refused(text, tmp_path) == "error: campaign.yaml:3: duplicate key 'period'"


def loaded_in_process(campaign_text: str, tmp_path: Path) -> str:
    """The one-line error `load_campaign` (what `audit run` calls first) gives."""
    path = tmp_path / "campaign.yaml"
    path.write_text(campaign_text)
    with pytest.raises(InputError) as caught:
        load_campaign(path)
    return caught.value.one_line()


def test_a_duplicate_key_deeper_names_where(tmp_path: Path) -> None:
    text = (
        "name: Shop audit\nperiod: 2026-Q4\ncompanies:\n"
        "  - name: Acme\n    website: http://a.test/\n    website: http://b.test/\n"
    )
    assert loaded_in_process(text, tmp_path) == (
        f"{tmp_path / 'campaign.yaml'}:6: companies[0]: duplicate key 'website'"
    )


def test_a_billion_laughs_file_is_refused(tmp_path: Path) -> None:
    assert len(LAUGHS.encode()) <= 400
    text = LAUGHS + "name: x\nperiod: 2026-Q4\ncompanies: [{name: Acme}]\n"
    line = refused(text, tmp_path)
    assert line.startswith("error: campaign.yaml:")
    assert "aliases expand to more than" in line


def test_an_alias_that_contains_itself_is_refused(tmp_path: Path) -> None:
    text = "name: x\nperiod: 2026-Q4\ncompanies: &loop [{name: Acme, more: *loop}]\n"
    assert "alias refers to a node that contains it" in loaded_in_process(text, tmp_path)


def test_deep_nesting_is_one_line_not_a_recursion_error(tmp_path: Path) -> None:
    nested = " " + "[" * 20_000 + "]" * 20_000 + "\n"
    text = f"name: x\nperiod: 2026-Q4\ncompanies: [{{name: Acme}}]\ndescription:{nested}"
    line = refused(text, tmp_path)
    assert line == f"error: campaign.yaml:4: nested deeper than {MAX_DEPTH} levels"


def test_deep_block_nesting_too(tmp_path: Path) -> None:
    nested = "\n" + "".join(f"{'  ' * level}k:\n" for level in range(1, 2_000)) + "  x\n"
    text = f"name: x\nperiod: 2026-Q4\ncompanies: [{{name: Acme}}]\ndescription:{nested}"
    line = loaded_in_process(text, tmp_path)
    assert f"nested deeper than {MAX_DEPTH} levels" in line


def test_ordinary_aliases_and_nesting_still_load() -> None:
    doc = parse_yaml(
        "base: &base {attempts: 2}\nprobes:\n  website: *base\n  chat: *base\n", "c.yaml"
    )
    assert doc.data["probes"] == {"website": {"attempts": 2}, "chat": {"attempts": 2}}
    nested = "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1)
    assert parse_yaml(f"x: {nested}\n", "c.yaml").data["x"] is not None


@pytest.mark.parametrize("value", [".inf", ".nan", "-.inf"])
@pytest.mark.parametrize("where", ["channel", "criterion"])
def test_rubric_weights_must_be_finite(tmp_path: Path, value: str, where: str) -> None:
    lines = shipped_path("default").read_text(encoding="utf-8").splitlines()
    target = "    weight: " if where == "channel" else "        weight: "
    index = next(i for i, line in enumerate(lines) if line.startswith(target))
    lines[index] = target + value
    path = tmp_path / "rubric.yaml"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(InputError) as caught:
        load_rubric(path)
    message = caught.value.one_line()
    assert message.startswith(f"{path}:{index + 1}: ")
    assert "weight" in message


@pytest.mark.parametrize("value", [".inf", ".nan"])
def test_rubric_scores_must_be_finite(tmp_path: Path, value: str) -> None:
    text = shipped_path("default").read_text(encoding="utf-8")
    bad = text.replace(
        "scorer: {type: boolean}", f"scorer: {{type: boolean, true_score: {value}}}", 1
    )
    assert bad != text
    path = tmp_path / "rubric.yaml"
    path.write_text(bad)
    with pytest.raises(InputError, match="true_score"):
        load_rubric(path)


def test_templates_file_goes_through_the_same_loader(tmp_path: Path) -> None:
    path = tmp_path / "inquiries.yaml"
    path.write_text("templates:\n  - id: a\n    id: b\n")
    with pytest.raises(InputError, match=r"inquiries.yaml:3: templates\[0\]: duplicate key 'id'"):
        load_templates(path)
