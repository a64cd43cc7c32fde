"""An ordering app's publisher on a white-label app's terms, which name two parties: the app's
publisher ("1) Éditeur de l'App (Bakeo)") over its own record, then the shop that sells
("2) Commerçant (vente et préparation)"). The publisher runs the platform, as a web host does; its
number is not the shop's (fr-boulangeriedespalmiers). A publisher heading on a page that names
no selling party is the shop's own app: its record is the shop's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from probes.website.words import fold

# A numbered or plain heading line naming the app's (application's) publisher.
_PUBLISHER = re.compile(
    r"^\W*(?:\d{1,2}\s*[).]\s*)?(?:editeur\s+de\s+l.app(?:lication)?|app\s+publisher|"
    r"publisher\s+of\s+the\s+app)\b"
)
# A heading line naming the selling party ("2) Commerçant (vente et préparation)", "Seller").
_SELLER = re.compile(
    r"^\W*(?:\d{1,2}\s*[).]\s*)?(?:commercant|vendeur|marchand|merchant|seller)\b[^:\d]{0,40}:?$"
)


def names_seller(lines: Sequence[str]) -> bool:
    """Whether a page's lines include a heading naming the selling party."""
    return any(_SELLER.match(fold(line).strip()) for line in lines)


def publisher_heading(line: str) -> bool:
    """Whether a line is a heading naming an app's publisher."""
    return bool(_PUBLISHER.match(fold(line).strip()))
