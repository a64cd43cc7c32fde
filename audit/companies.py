"""The companies of a campaign: the `Company` model and the companies CSV it can point to.

A company is listed inline in the campaign YAML or as a row of a CSV with a header row;
every mistake in the CSV is one line naming the file, row (line) and column.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

import phonenumbers
from pydantic import ConfigDict, Field, ValidationError, field_validator

from probes.base import Target
from probes.yaml_source import SourceError

COMPANY_CSV_COLUMNS = (
    "name",
    "website",
    "support_email",
    "phone",
    "country",
    "language",
    "industry",
)
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class Company(Target):
    """A company as written in a campaign file or companies CSV: a validated `Target`."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=200)

    @field_validator("name")
    @classmethod
    def _printable_name(cls, value: str) -> str:
        if any(unicodedata.category(c) == "Cc" or c in _BIDI_CONTROLS for c in value):
            raise ValueError("control characters are not allowed in a company name")
        return value

    @field_validator("website")
    @classmethod
    def _website(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {value!r}")
        return value

    @field_validator("country")
    @classmethod
    def _country(cls, value: str) -> str:
        code = value.upper()
        if code not in phonenumbers.SUPPORTED_REGIONS:
            raise ValueError(f"not an ISO 3166 country code: {value!r}")
        return code

    @field_validator("language")
    @classmethod
    def _language(cls, value: str) -> str:
        if not _LANGUAGE.match(value.lower()):
            raise ValueError(f"not an ISO 639 language code: {value!r}")
        return value.lower()

    @field_validator("support_email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if not value:
            return None
        if "@" not in value or any(c in value for c in "\r\n <>"):
            raise ValueError(f"not an email address: {value!r}")
        return value

    def target(self) -> Target:
        """The probe-facing view of this company."""
        return Target.model_validate(self.model_dump())


def read_companies_csv(path: Path) -> tuple[Company, ...]:
    """Companies from a CSV with a header row; errors name the row (line) and column."""
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise SourceError(str(path), None, "", f"cannot read file: {exc.strerror}") from None
    try:
        with handle:
            return _company_rows(path, csv.DictReader(handle))
    except UnicodeDecodeError:
        raise SourceError(str(path), None, "", "file is not UTF-8 text") from None
    except csv.Error as exc:
        raise SourceError(str(path), None, "", f"not a readable CSV: {exc}") from None


def _company_rows(path: Path, reader: csv.DictReader[str]) -> tuple[Company, ...]:
    """Validated companies from the rows of a companies CSV."""
    header = [h.strip() for h in reader.fieldnames or []]
    if "name" not in header:
        raise SourceError(str(path), 1, "name", "the header row must have a 'name' column")
    for column in header:
        if column not in COMPANY_CSV_COLUMNS:
            allowed = ", ".join(COMPANY_CSV_COLUMNS)
            raise SourceError(str(path), 1, column, f"unknown column (allowed: {allowed})")
    out: list[Company] = []
    for row in reader:
        line = reader.line_num
        values = {k.strip(): (v or "").strip() for k, v in row.items() if k is not None}
        values = {k: v for k, v in values.items() if v != ""}
        try:
            out.append(Company.model_validate(values))
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            column = str(first["loc"][0]) if first["loc"] else ""
            message = str(first["msg"]).removeprefix("Value error, ")
            raise SourceError(str(path), line, column, message) from None
    return tuple(out)
