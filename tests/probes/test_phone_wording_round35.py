"""Wording the thirty-seventh fresh phone batch taught (round 35), one made-up record or line each
(no text copied from its pages): an area code in brackets right before a number read without it
("(62) 9.95666-4176", one digit too many) makes the rest no number; a capitalised word then a
department's acronym, no colon ("Nova PR" over its address), is a firm's name, while "Media PR",
"Dział PR:" and "Marketing, PR" stay the press office's; Polish "Zakupy" is purchasing and
"Przedstawiciele handlowi" sales. Review 57 narrowed the first two (see its file)."""

from __future__ import annotations

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


def test_a_number_one_digit_too_long_after_its_bracketed_area_code_is_none() -> None:
    assert read_phone_roles("Telefone: (62) 9.95666-4176", "BR") == {}
    # the same number with the right length is read, area code and all
    assert read_phone_roles("Telefone: (62) 99566-4176", "BR") == {"+5562995664176": CS}


def test_a_firm_named_with_a_departments_acronym_is_no_department() -> None:
    text = "Nova PR\nul. Długa 5\n00-001 Warszawa\n+48 22 123 45 67"
    assert read_phone_roles(text, "PL") == {"+48221234567": CS}


def test_a_press_heading_with_pr_stays_the_press_office() -> None:
    for heading in ("Media PR", "Dział PR:", "Marketing, PR", "Biuro PR"):
        text = f"{heading}\n+48 22 123 45 67"
        assert read_phone_roles(text, "PL") == {"+48221234567": "press"}, heading
    # Only an address under it makes the acronym line a firm's name: opening hours or a floor do
    # not, and a department's own word ("Dział") never does.
    for between in ("pn.-pt. 9:00-17:00", "2 piętro, pokój 5"):
        for heading in ("Regional PR", "Dział PR"):
            text = f"{heading}\n{between}\ntel. 22 123 45 67"
            assert read_phone_roles(text, "PL") == {"+48221234567": "press"}, (heading, between)


def test_polish_purchasing_and_sales_representatives() -> None:
    text = "Jan Nowak\nZakupy\n+48 601 234 567"
    assert read_phone_roles(text, "PL") == {"+48601234567": "purchasing"}
    text = "PRZEDSTAWICIELE HANDLOWI\nwoj. śląskie:\nkom. 601 234 567"
    assert read_phone_roles(text, "PL") == {"+48601234567": "sales"}
