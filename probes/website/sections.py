"""The department or other organisation a heading line gives the lines under it."""

from __future__ import annotations

from probes.website.labels import heading_role, is_menu_word, names_a_role

_SECTION_REACH = 5  # lines under a department heading its section covers
# A public authority named on a page's first line is the page's owner, not another organisation.
_OWN_PAGE_ROLE = "authority"


class Sections:
    """The department a heading line gives the lines under it.

    "Pressesprecher" or "Biuro Prasowe (BP)" on a line of its own (a department label, no
    digits, no address) heads a section: a number below it that no label of its own names
    ("Tel. 02306 104-1501" under a name and an address) is that department's, for
    `_SECTION_REACH` lines, until a line names another role or a contact, help or FAQ
    heading closes the section. Two department headings in a row are a menu, not a section.
    """

    def __init__(self) -> None:
        self._role: str | None = None
        self._heading = ""
        self._left = 0
        self._fresh = False
        self._first = True

    @property
    def role(self) -> str | None:
        """The department the next line is under, if any."""
        return self._role if self._left > 0 else None

    @property
    def heading(self) -> str:
        """The heading line of the section the next line is under ("" when none)."""
        return self._heading if self.role else ""

    def feed(self, line: str) -> None:
        """Read one more line (after its numbers were read)."""
        if not line.strip():
            return
        heading = heading_role(line)
        first, self._first = self._first, False
        if heading == _OWN_PAGE_ROLE and first:
            return  # "Urząd Ochrony Danych Osobowych" opening the page: the authority's own page
        if heading:
            menu = self._fresh and self._role not in (None, heading)
            self._role = None if menu else heading
            self._heading = line.strip()
            self._left = 0 if menu else _SECTION_REACH
            self._fresh = not menu
            return
        # "Kontakt" closes a section; "Dane kontaktowe:" right under its heading introduces it.
        subheading = self._fresh and line.rstrip().endswith(":")
        closes = names_a_role(line) or (is_menu_word(line) and not subheading)
        self._role = None if closes else self._role
        self._fresh = False
        self._left -= 1
