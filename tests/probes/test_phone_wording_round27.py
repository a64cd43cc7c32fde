"""Wording the twenty-sixth unseen phone batch taught, one made-up record or line each (no text
copied from its pages): a dispute scheme spelt in the plural ("Financial Disputes Resolution
Service"), South Africa's "Ombud" and conduct regulator (FSCA), a lower-case "f:" fax label, a
company's legal department (new role `legal`, words in all eight languages), and a second
subscriber number after a comma sharing the first one's area code ("011 - 4358 5858, 2328 5568")."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("region", "text", "expected"),
    [
        ("NZ", "Phone: 09 300 1234\nExample Disputes Resolution Service\nPO Box 1, Wellington\n"
         "Phone: 0508 000 000", {"+6493001234": CS, "+64508000000": "mediator"}),
        ("NZ", "Phone: 09 300 1234\nFinancial Dispute Resolutions Scheme\nPhone: 0508 000 000",
         {"+6493001234": CS, "+64508000000": "mediator"}),
        ("ZA", "Phone: +27 31 300 0000\nFAIS Ombud (for advice complaints):\n"
         "• Website: www.example.co.za\n• Phone: 012 000 0000",
         {"+27313000000": CS, "+27120000000": "mediator"}),
        ("ZA", "Phone: +27 31 300 0000\nContact the FSCA:\n• Website: www.example.co.za\n"
         "• Phone: 0800 000 443", {"+27313000000": CS, "+27800000443": "authority"}),
        ("AU", "Contact\np: (02) 4900 1144\nf: (02) 4900 7461",
         {"+61249001144": CS, "+61249007461": "fax"}),
    ],
)  # fmt: skip
def test_other_parties_and_faxes(region: str, text: str, expected: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == expected


@pytest.mark.parametrize(
    ("region", "heading", "phone", "number"),
    [
        ("GB", "Example Legal Department", "Phone: 01235 000608", "+441235000608"),
        ("GB", "Copyright Agent", "Phone: 01235 000608", "+441235000608"),
        ("DE", "Rechtsabteilung", "Telefon: 030 1234599", "+49301234599"),
        ("FR", "Service juridique", "Tél. : 01 23 45 67 99", "+33123456799"),
        ("ES", "Departamento jurídico", "Tel: 912 345 699", "+34912345699"),
        ("IT", "Ufficio legale", "Tel. 02 1234 5699", "+390212345699"),
        ("NL", "Juridische afdeling", "Tel: 020 123 4599", "+31201234599"),
        ("PL", "Dział prawny", "Tel. 22 123 45 99", "+48221234599"),
        ("PT", "Departamento jurídico", "Tel: 21 123 4599", "+351211234599"),
    ],
)  # fmt: skip
def test_a_legal_departments_line_is_no_customer_line(
    region: str, heading: str, phone: str, number: str
) -> None:
    assert read_phone_roles(f"{heading}\nExample Street 1\n{phone}", region) == {number: "legal"}


@pytest.mark.parametrize(
    ("region", "text", "expected"),
    [
        # guards: a firm offering legal services keeps its line; a bare "Legal:" link is no heading
        ("GB", "Example Ltd\nTel: 0113 496 0000\nLegal: 0113 496 0001",
         {"+441134960000": CS, "+441134960001": CS}),
        # a second subscriber number after a comma shares the area code
        ("IN", "PHONE NUMBER\n011 - 43580000,  23280000",
         {"+911143580000": CS, "+911123280000": CS}),
        ("DE", "Telefon 089 12345678, 12345679", {"+498912345678": CS, "+498912345679": CS}),
        # guards (review 35): a postcode, hours or a shorter run after a comma is no second
        # number, even as long as the local number; a phone-and-fax "t/f:" stays the company's;
        # a law firm's "your legal department" tagline is its own line
        ("DE", "Tel. 0911 12345, 90402", {"+4991112345": CS}),
        ("GB", "020 7946 0000, 0900 1730", {"+442079460000": CS}),
        ("AU", "t/f: (02) 4900 1144", {"+61249001144": CS}),
        ("AU", "tel & f: (02) 4900 1144", {"+61249001144": CS}),
        ("DE", "Kanzlei Müller – Ihre externe Rechtsabteilung\nTel. 030 1234560",
         {"+49301234560": CS}),
        ("GB", "Your outsourced legal department\nTel: 0113 496 0000", {"+441134960000": CS}),
        ("GB", "Smith & Co Solicitors\nOur legal team\nTel: 0113 496 0000", {"+441134960000": CS}),
        ("DE", "Tel: 030 1234560, 10115 Berlin", {"+49301234560": CS}),
        ("DE", "Tel. 0211 300660, 40219", {"+49211300660": CS}),
        ("IN", "Phone: 011-43580000, 110002", {"+911143580000": CS}),
    ],
)  # fmt: skip
def test_what_stays_the_companys(region: str, text: str, expected: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == expected
