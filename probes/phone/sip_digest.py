"""SIP digest authentication (RFC 2617/8760, MD5): the dialer's answer to a challenge
and the test call centre's check of it."""

from __future__ import annotations

import hashlib
import re
import secrets


def _params(header: str) -> dict[str, str]:
    _, _, rest = header.partition(" ")
    return {k.lower(): v.strip('"') for k, v in re.findall(r'(\w+)\s*=\s*("[^"]*"|[^,\s]+)', rest)}


def digest_authorization(
    challenge: str, method: str, uri: str, user: str, password: str, nc: int = 1
) -> str:
    """The Authorization value answering a `WWW-Authenticate`/`Proxy-Authenticate` challenge."""
    p = _params(challenge)
    realm, nonce = p.get("realm", ""), p.get("nonce", "")

    def md5(text: str) -> str:
        return hashlib.md5(text.encode("utf-8")).hexdigest()

    ha1 = md5(f"{user}:{realm}:{password}")
    ha2 = md5(f"{method}:{uri}")
    fields = [f'username="{user}"', f'realm="{realm}"', f'nonce="{nonce}"', f'uri="{uri}"']
    if "auth" in [q.strip() for q in p.get("qop", "").split(",")]:
        cnonce = secrets.token_hex(8)
        response = md5(f"{ha1}:{nonce}:{nc:08x}:{cnonce}:auth:{ha2}")
        fields += ["qop=auth", f"nc={nc:08x}", f'cnonce="{cnonce}"']
    else:
        response = md5(f"{ha1}:{nonce}:{ha2}")
    fields += [f'response="{response}"', "algorithm=MD5"]
    if "opaque" in p:
        fields.append(f'opaque="{p["opaque"]}"')
    return "Digest " + ", ".join(fields)


def digest_valid(authorization: str, method: str, user: str, password: str, realm: str) -> bool:
    """Whether an Authorization header proves knowledge of `password` (the server's check)."""
    p = _params(authorization)
    if p.get("username") != user or p.get("realm") != realm:
        return False

    def md5(text: str) -> str:
        return hashlib.md5(text.encode("utf-8")).hexdigest()

    ha1 = md5(f"{user}:{realm}:{password}")
    ha2 = md5(f"{method}:{p.get('uri', '')}")
    if p.get("qop") == "auth":
        expect = md5(f"{ha1}:{p.get('nonce')}:{p.get('nc')}:{p.get('cnonce')}:auth:{ha2}")
    else:
        expect = md5(f"{ha1}:{p.get('nonce')}:{ha2}")
    return secrets.compare_digest(expect, p.get("response", ""))
