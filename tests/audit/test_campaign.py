"""Campaign files: valid ones load; every kind of mistake is one line naming file, line, field."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.campaign import load_campaign, slug
from probes.yaml_source import SourceError

GOOD = """\
name: Retail Q4
period: 2026-Q4
companies:
  - name: Acme Outdoor
    website: https://acme.example/
    country: us
    language: en
  - name: Berg Sport
    website: http://127.0.0.1:8123/
    country: DE
    language: de
probes:
  website:
    attempts: 2
settings:
  concurrency: 2
"""


def write(tmp_path: Path, text: str, name: str = "campaign.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_of(path: Path) -> SourceError:
    with pytest.raises(SourceError) as info:
        load_campaign(path)
    message = str(info.value)
    assert "\n" not in message
    return info.value


def test_good_campaign_loads_and_resolves(tmp_path: Path) -> None:
    loaded = load_campaign(write(tmp_path, GOOD))
    assert [c.name for c in loaded.companies] == ["Acme Outdoor", "Berg Sport"]
    assert loaded.companies[0].country == "US"
    assert loaded.campaign.probes["website"].attempts == 2
    assert loaded.campaign.campaign_id == "retail-q4-2026-q4"
    assert loaded.workspace == tmp_path.resolve()
    assert loaded.companies[1].target().website == "http://127.0.0.1:8123/"


def test_companies_from_csv_are_added(tmp_path: Path) -> None:
    write(tmp_path, "name,website,country\nCsv Co,https://csv.example/,GB\n", "companies.csv")
    loaded = load_campaign(write(tmp_path, GOOD + "companies_csv: companies.csv\n"))
    assert loaded.companies[-1].name == "Csv Co"
    assert loaded.companies[-1].country == "GB"


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, "name: x\nperiod: [unclosed\nprobes: {}\n"))
    assert err.line == 3 or err.line == 2
    assert "YAML syntax error" in str(err)
    assert str(err).startswith(str(tmp_path / "campaign.yaml"))


def test_unknown_field_names_line_and_field(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, GOOD.replace("    language: de\n", "    langauge: de\n")))
    assert err.line == 11
    assert err.field == "companies[1].langauge"
    assert err.message == "unknown field"


def test_bad_url_names_line_and_field(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, GOOD.replace("https://acme.example/", "ftp://acme.example/")))
    assert err.line == 5
    assert err.field == "companies[0].website"
    assert "not an http(s) URL" in err.message


def test_bad_country_names_line_and_field(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, GOOD.replace("country: DE", "country: XX")))
    assert (err.line, err.field) == (10, "companies[1].country")
    assert "ISO 3166" in err.message


def test_bad_setting_names_line_and_field(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, GOOD.replace("concurrency: 2", "concurrency: 0")))
    assert (err.line, err.field) == (16, "settings.concurrency")


def test_unknown_probe_is_refused(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, GOOD.replace("  website:\n", "  webiste:\n")))
    assert err.field == "probes"
    assert "unknown probe 'webiste'" in err.message


def test_bad_csv_row_names_row_and_column(tmp_path: Path) -> None:
    write(
        tmp_path,
        "name,website,country\nOk,https://ok.example/,US\nBad,https://b/,ZZ\n",
        "companies.csv",
    )
    err = error_of(write(tmp_path, GOOD + "companies_csv: companies.csv\n"))
    assert err.file.endswith("companies.csv")
    assert (err.line, err.field) == (3, "country")


def test_duplicate_company_is_refused(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, GOOD.replace("Berg Sport", "acme outdoor")))
    assert err.field == "companies[1].name"
    assert "duplicate" in err.message


def test_missing_required_field(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, GOOD.replace("period: 2026-Q4\n", "")))
    assert err.field == "period"
    assert err.message == "required field is missing"


def test_slug_folds_accents_and_never_collides_for_non_latin_names() -> None:
    assert slug("Acme Outdoor, Inc.") == "acme-outdoor-inc"
    assert slug("Ölwerk Süd") == "olwerk-sud"
    assert slug("日本航空").startswith("x-")
    assert slug("日本航空") != slug("全日空")


def test_non_latin_companies_are_not_duplicates(tmp_path: Path) -> None:
    text = GOOD.replace("Acme Outdoor", "日本航空").replace("Berg Sport", "全日空")
    loaded = load_campaign(write(tmp_path, text))
    assert [c.name for c in loaded.companies] == ["日本航空", "全日空"]


def test_control_characters_in_a_company_name_are_refused(tmp_path: Path) -> None:
    write(tmp_path, 'name,country\n"Bad\x1b]8;;x\x07Co",US\n', "companies.csv")
    err = error_of(write(tmp_path, GOOD + "companies_csv: companies.csv\n"))
    assert (err.line, err.field) == (2, "name")
    assert "control characters" in err.message


def test_a_csv_that_is_not_utf8_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "companies.csv").write_bytes(b"name,country\n\xff\xfeAcme,US\n")
    err = error_of(write(tmp_path, GOOD + "companies_csv: companies.csv\n"))
    assert err.file.endswith("companies.csv")
    assert "not UTF-8" in err.message
