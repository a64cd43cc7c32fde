"""Wording the eleventh unseen phone batch taught, one made-up line or record each (no text
copied from its pages): "Cod. Fiscale" names an identifier; a web agency credited for building or
running the site is its host; a shop's list of its resellers holds other companies' lines."""

from __future__ import annotations

import pytest

from probes.website.roles import read_phone_roles

CS = "customer_service"


def test_cod_fiscale_names_an_identifier_not_a_line() -> None:
    text = "Esempio S.r.l. - P.IVA e Cod. Fiscale 01234560789 - Tel/Fax 0422 123456"
    assert read_phone_roles(text, "IT") == {"+390422123456": CS}


@pytest.mark.parametrize(
    "credit",
    ["Sviluppo e gestione tecnica del sito", "Il nostro sito è stato realizzato da:"],
)
def test_web_agency_credited_for_the_site_is_its_host(credit: str) -> None:
    text = "\n".join(
        [
            "Telefono: 02 1234 5678",
            credit,
            "Esempio Web S.r.l.",
            "Via Roma 1, 00100 Roma",
            "Email: info@esempio.it",
            "Tel: +39 0961 123456",
        ]
    )
    assert read_phone_roles(text, "IT") == {"+390212345678": CS, "+390961123456": "host"}
