"""Wording the thirteenth unseen phone batch taught, one made-up line each (no text copied from
its pages): a second number written as the first one's last groups ("4963-8844 / 7109"), and a
call to action glued to its number ("Rufen Sie an01577 ...")."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("region", "line", "numbers"),
    [
        ("AR", "(+54 11) 4321-1234  /  5678", ["+541143211234", "+541143215678"]),
        ("BR", "Telefone: (54) 3210 1234 / 3210 5678", ["+555432101234", "+555432105678"]),
        ("DE", "Tel. 0711 123456 / 123457", ["+49711123456", "+49711123457"]),
    ],
)
def test_a_second_number_written_as_the_first_ones_last_groups(
    region: str, line: str, numbers: list[str]
) -> None:
    assert read_phone_roles(line, region) == dict.fromkeys(numbers, CS)


@pytest.mark.parametrize(
    ("region", "line", "numbers"),
    [
        # a full second number is read as written
        ("DE", "Tel. 030 1234567 / 030 7654321", ["+49301234567", "+49307654321"]),
        # digits whose groups are not the first number's last groups are no second number
        ("GB", "Call 020 7946 0000 / 12 34", ["+442079460000"]),
    ],
)
def test_a_tail_not_shaped_like_the_number_is_not_a_second_number(
    region: str, line: str, numbers: list[str]
) -> None:
    assert read_phone_roles(line, region) == dict.fromkeys(numbers, CS)


@pytest.mark.parametrize(
    ("region", "line", "number"),
    [
        ("DE", "Rufen Sie an01577 - 14 72 428", "+4915771472428"),
        ("FR", "Appelez-nous06 12 34 56 78", "+33612345678"),
        ("ES", "Llámanos912 345 678", "+34912345678"),
        ("IT", "Chiamaci0565 123456", "+390565123456"),
        ("NL", "Bel ons020 123 4567", "+31201234567"),
        ("PL", "Zadzwoń500 123 456", "+48500123456"),
        ("PT", "Ligue912 345 678", "+351912345678"),
    ],
)
def test_a_call_to_action_glued_to_its_number_does_not_hide_it(
    region: str, line: str, number: str
) -> None:
    assert read_phone_roles(line, region) == {number: CS}


@pytest.mark.parametrize(
    ("region", "text", "own", "body"),
    [
        (
            "GB",
            "Call us on 020 7946 0000.\nWe use the Example Ombudsman for dispute resolution. "
            "If you wish to refer the complaint to them please contact 0117 496 0123.",
            "+442079460000",
            "+441174960123",
        ),
        (
            "FR",
            "Appelez-nous au 01 23 45 67 89.\nNous adhérons au médiateur Exemple Médiation pour "
            "le règlement des litiges. Vous pouvez les contacter au 04 92 12 34 56.",
            "+33123456789",
            "+33492123456",
        ),
        (
            "NL",
            "Bel ons op 020 123 4567.\nWij zijn aangesloten bij de Geschillencommissie voor "
            "geschillenbeslechting. U kunt hen bereiken op 070 310 5310.",
            "+31201234567",
            "+31703105310",
        ),
    ],
)
def test_a_sentence_pointing_back_to_a_body_named_before_gives_it_the_number(
    region: str, text: str, own: str, body: str
) -> None:
    assert read_phone_roles(text, region) == {own: CS, body: "mediator"}


def test_pointing_back_to_the_company_itself_keeps_its_number() -> None:
    text = "Example Ltd sells garden tools. You can contact them on 020 7946 0000."
    assert read_phone_roles(text, "GB") == {"+442079460000": CS}
