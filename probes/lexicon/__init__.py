"""One data file per language: the words a customer reads and the terms of a returns policy.

Each `<lang>.yaml` holds two sections:
- `links`: link texts, URL slugs, consent-button texts, fax, phone-word and identifier
  labels, department labels (sales, press, investors, jobs) and footer legal links —
  read by `probes.website.words`;
- `returns`: number words, duration units and regular expressions over folded text
  for the kinds of period (return window, withdrawal, refund, warranty, repair, ...)
  and the yes/no phrases of fees, costs and labels — read by `probes.returns_lexicon`.

To support a language, add its file; nothing in code lists the languages.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from probes.yaml_source import SourceError, load_yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

LEXICON_DIR = Path(__file__).parent


def languages() -> tuple[str, ...]:
    """The ISO 639-1 codes of every language with a data file, sorted."""
    return tuple(sorted(p.stem for p in LEXICON_DIR.glob("*.yaml")))


@cache
def lexicon_data(language: str) -> dict[str, Any]:
    """The parsed data file of `language` (a mapping with `links` and `returns`)."""
    path = LEXICON_DIR / f"{language}.yaml"
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, yaml.YAMLError):
        data = load_yaml(path).data  # the same failure, reported as `file:line: ...`
    if not isinstance(data, dict) or not isinstance(data.get("links"), dict):
        raise SourceError(str(path), 1, "links", "missing: every lexicon needs a links section")
    return data
