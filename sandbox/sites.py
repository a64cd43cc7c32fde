"""Rendering a sandbox company's website pages from its `site:` description.

Pages are Python string templates (`static/theme_*.html`) filled with escaped text:
every string from the world file goes through `html.escape` (or `json_script` inside
`<script>`), so the sites are exactly what the world file says and nothing more.
"""

from __future__ import annotations

import json
from functools import cache
from html import escape
from pathlib import Path
from string import Template
from typing import Any

from sandbox.vendors import embed_snippet
from sandbox.world import (
    CookieWallSpec,
    Labels,
    PhoneSpec,
    SandboxCompany,
    World,
)

STATIC_DIR = Path(__file__).with_name("static")
KB_PATH = "/help-centre"
FORUM_PATH = "/community"
ABOUT_PATH = "/about"
SEARCH_PATH = "/search"


COOKIE_WALL_IDS = {  # style -> (wall id, accept button id, reject button id), as the CMPs use
    "generic": ("cookie-wall", "cookie-accept", "cookie-reject"),
    "onetrust": (
        "onetrust-consent-sdk",
        "onetrust-accept-btn-handler",
        "onetrust-reject-all-handler",
    ),
    "cookiebot": (
        "CybotCookiebotDialog",
        "CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll",
        "CybotCookiebotDialogBodyButtonDecline",
    ),
}


@cache
def _template(name: str) -> Template:
    return Template((STATIC_DIR / name).read_text(encoding="utf-8"))


def json_script(data: Any) -> str:
    """JSON safe to embed inside a <script> element."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


PHONE_MARKUP = {  # theme -> (wrapper tag, wrapper class, number class): sites differ
    "modern": ("span", "hotline", "phone-link"),
    "classic": ("font", "tel", "tel-nr"),
    "shop": ("div", "contact-info__phone", "link"),
    "corporate": ("span", "phone-number d-inline-block", "nav-link px-0"),
    "minimal": ("span", "", ""),
}


def phone_html(phone: PhoneSpec, theme: str = "modern") -> str:
    """A number with its label, click-to-call link and opening hours, as a site shows it."""
    tag, wrapper_class, number_class = PHONE_MARKUP[theme]
    number = escape(phone.number)
    if phone.tel_link:
        target = phone.e164 or "".join(ch for ch in phone.number if ch.isdigit() or ch == "+")
        core = f'<a class="{number_class}" href="tel:{escape(target)}">{number}</a>'
    else:
        core = f'<b class="{number_class}">{number}</b>' if theme == "classic" else number
    label = f"<span>{escape(phone.label)}</span> " if phone.label else ""
    hours = f" <small>({escape(phone.hours)})</small>" if phone.hours else ""
    attrs = f' class="{wrapper_class}"' if wrapper_class else ""
    return f"<{tag}{attrs}>{label}{core}{hours}</{tag}>"


class SiteRenderer:
    """Renders one company's pages for a sandbox server listening on `port`."""

    def __init__(self, world: World, company: SandboxCompany, port: int) -> None:
        self.world = world
        self.company = company
        self.site = company.site
        self.labels: Labels = world.labels(company)
        self.port = port

    # -- pages -----------------------------------------------------------------

    def page(self, path: str) -> str | None:
        """The HTML at `path`, or None when the site has no such page."""
        site = self.site
        builders = {"/": self.home, ABOUT_PATH: self.about}
        if site.contact:
            builders[site.contact.path] = self.contact
        if site.help:
            builders[site.help.path] = self.help
            if site.help.knowledge_base:
                builders[KB_PATH] = self.knowledge_base
            if site.help.forum:
                builders[FORUM_PATH] = self.forum
        if site.faq:
            builders[site.faq.path] = self.faq
        if site.returns:
            builders[site.returns.path] = self.returns
        if site.search or (site.help and site.help.search):
            builders[SEARCH_PATH] = self.search
        builder = builders.get(path.rstrip("/") or "/")
        return builder() if builder else None

    def home(self) -> str:
        site = self.site
        hero_phones = "".join(f"<p>{self._phone(p)}</p>" for p in self._phones("hero"))
        js_slots = "".join(
            f'<p id="hotline-js-{i}" class="hotline-slot"></p>' for i, _ in self._indexed("js")
        )
        hidden = "".join(
            f'<div class="legacy-hotline" style="display:none">{self._phone(p)}</div>'
            if p.hidden_by == "style"
            else f"<p hidden>{self._phone(p)}</p>"
            for p in self._phones("hidden")
        )
        main = (
            f'<section class="hero"><h1>{escape(self.company.name)}</h1>'
            f"<p>{escape(site.hero or site.tagline)}</p>{js_slots}{hero_phones}</section>"
            f"{self._highlights()}{self._decoys('home')}{hidden}"
        )
        head = self._org_jsonld() if site.org_jsonld else ""
        return self._render(escape(self.company.name), main, head=head, home=True)

    def contact(self) -> str:
        spec, lab = self.site.contact, self.labels
        assert spec is not None
        phones = "".join(f"<li>{self._phone(p)}</li>" for p in self._phones("contact"))
        canvases = "".join(self._canvas(i, p) for i, p in self._indexed("canvas"))
        email = self.company.support_email
        parts = [f"<h1>{escape(spec.label or lab.contact)}</h1>"]
        if spec.intro:
            parts.append(f"<p>{escape(spec.intro)}</p>")
        if phones:
            parts.append(f'<ul class="contact-phones">{phones}</ul>')
        parts.append(canvases)
        if email:
            parts.append(f'<p><a href="mailto:{escape(email)}">{escape(email)}</a></p>')
        if spec.address:
            parts.append(f"<address>{escape(spec.address)}</address>")
        parts.append(self._decoys("contact"))
        if spec.form:
            parts.append(
                f'<form class="contact-form" method="post" action="{escape(spec.path)}">'
                f'<label>{escape(lab.name)} <input name="name" required></label> '
                f'<label>{escape(lab.email)} <input type="email" name="email" required></label> '
                f"<label>{escape(lab.message)} "
                '<textarea name="message" required></textarea></label> '
                f'<button type="submit">{escape(lab.send)}</button></form>'
            )
        return self._render(escape(spec.label or lab.contact), "".join(parts))

    def contact_sent(self) -> str:
        """The page shown after the contact form is posted."""
        return self._render(escape(self.labels.contact), f"<h1>{escape(self.labels.send)} ✓</h1>")

    def help(self) -> str:
        spec, site, lab = self.site.help, self.site, self.labels
        assert spec is not None
        links: list[tuple[str, str]] = []
        if site.contact:
            links.append((site.contact.path, lab.contact_us))
        if site.faq:
            links.append((site.faq.path, site.faq.label or lab.faq))
        if site.returns:
            links.append((site.returns.path, site.returns.label or lab.returns))
        if spec.knowledge_base:
            links.append((KB_PATH, lab.knowledge_base))
        if spec.forum:
            links.append((FORUM_PATH, lab.forum))
        items = "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in links)
        search = self._search_form("help-search") if spec.search else ""
        intro = f"<p>{escape(spec.intro)}</p>" if spec.intro else ""
        title = escape(spec.label or lab.help)
        main = f"<h1>{title}</h1>{intro}{search}<ul class='help-links'>{items}</ul>"
        return self._render(title, main)

    def faq(self) -> str:
        spec, lab = self.site.faq, self.labels
        assert spec is not None
        pairs = [(q, lab.faq_answer) for q in faq_questions(lab, spec.count)]
        title = escape(spec.label or lab.faq)
        body, head = faq_markup(spec.style, pairs)
        return self._render(title, f'<h1>{title}</h1><div class="faq">{body}</div>', head=head)

    def returns(self) -> str:
        spec = self.site.returns
        assert spec is not None
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in spec.paragraphs)
        head = _ld_json(spec.jsonld) if spec.jsonld else ""
        main = f'<article class="policy"><h1>{escape(spec.title)}</h1>{paragraphs}</article>'
        return self._render(escape(spec.title), main, head=head)

    def about(self) -> str:
        name = escape(self.company.name)
        main = (
            f"<h1>{escape(self.labels.about)}</h1><p>{name} · {escape(self.company.industry)}</p>"
            f"{self._decoys('about')}<h2 id='privacy'>{escape(self.labels.privacy)}</h2>"
        )
        return self._render(escape(self.labels.about), main)

    def knowledge_base(self) -> str:
        lab = self.labels
        topics = "".join(f"<li><a href='{KB_PATH}'>{escape(t)}</a></li>" for t in lab.faq_topics)
        title = escape(lab.knowledge_base)
        help_spec = self.site.help
        search = self._search_form("kb-search") if help_spec and help_spec.search else ""
        main = f"<h1>{title}</h1>{search}<ul>{topics}</ul>"
        return self._render(title, main)

    def forum(self) -> str:
        lab = self.labels
        threads = "".join(
            f"<li>{escape(q)} <small>(12)</small></li>" for q in lab.faq_questions[:5]
        )
        return self._render(escape(lab.forum), f"<h1>{escape(lab.forum)}</h1><ul>{threads}</ul>")

    def search(self) -> str:
        lab = self.labels
        return self._render(
            escape(lab.search), f"<h1>{escape(lab.search)}</h1>{self._search_form('q')}"
        )

    def phone_image_svg(self, index: int) -> str | None:
        """The SVG picture of the `index`-th image-only number (never text in the page)."""
        images = self._phones("image")
        if not 0 <= index < len(images):
            return None
        return (
            '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="40">'
            '<rect width="240" height="40" fill="#fff"/>'
            '<text x="8" y="28" font-size="22" font-family="sans-serif">'
            f"{escape(images[index].number)}</text></svg>"
        )

    # -- parts -----------------------------------------------------------------

    def _render(self, title: str, main: str, head: str = "", home: bool = False) -> str:
        site = self.site
        head_parts = [head]
        if site.chat_widget:
            head_parts.append(
                embed_snippet(site.chat_widget.vendor, site.chat_widget.key, self.port)
            )
        body_end = [self._cookie_wall(site.cookie_wall)] if site.cookie_wall else []
        if home:
            body_end.extend(self._js_phone(i, p) for i, p in self._indexed("js"))
        return _template(f"theme_{site.theme}.html").substitute(
            lang=self.company.language,
            title=f"{title} · {escape(self.company.name)}" if not home else title,
            brand=escape(self.company.name),
            tagline=escape(site.tagline),
            head="\n".join(h for h in head_parts if h),
            nav=self._nav(),
            header_extra=self._header_extra(),
            main=main,
            footer=self._footer(),
            body_end="\n".join(body_end),
        )

    def _nav(self) -> str:
        site, lab = self.site, self.labels
        links = [("/", lab.home)]
        if site.contact and site.contact.depth == 1:
            links.append((site.contact.path, site.contact.label or lab.contact))
        if site.help:
            links.append((site.help.path, site.help.label or lab.help))
        if site.faq and site.faq.depth == 1:
            links.append((site.faq.path, site.faq.label or lab.faq))
        cls = {"corporate": ' class="nav-link"', "shop": ' class="header__menu-item"'}.get(
            site.theme, ""
        )
        return "".join(f'<li><a{cls} href="{escape(h)}">{escape(t)}</a></li>' for h, t in links)

    def _header_extra(self) -> str:
        parts = [self._phone(p) for p in self._phones("header")]
        parts += [
            f'<img src="/assets/phone-{i}.svg" alt="{escape(self.labels.customer_service)}" '
            'width="240" height="40">'
            for i, _ in self._indexed("image")
        ]
        if self.site.search:
            parts.append(self._search_form("site-search"))
        return " ".join(parts)

    def _footer(self) -> str:
        site, lab = self.site, self.labels
        phones = "".join(f"<p>{self._phone(p)}</p>" for p in self._phones("footer"))
        links = []
        if site.returns and site.returns.depth == 1:
            links.append((site.returns.path, site.returns.label or lab.returns))
        links += [(ABOUT_PATH, lab.about), (f"{ABOUT_PATH}#privacy", lab.privacy)]
        nav = " · ".join(f'<a href="{escape(h)}">{escape(t)}</a>' for h, t in links)
        rights = f"<p>© 2026 {escape(self.company.name)}. {escape(lab.rights)}</p>"
        decoys = self._decoys("footer")
        return (
            f'<div class="footer-block">{phones}<p class="footer-links">{nav}</p>'
            f"{decoys}{rights}</div>"
        )

    def _highlights(self) -> str:
        """The homepage's selling points, laid out the way the site's theme does it."""
        items = [escape(h) for h in self.site.highlights] or [
            escape(t) for t in self.labels.faq_topics[:3]
        ]
        theme = self.site.theme
        if theme == "classic":
            cells = "".join(f"<td>{h}</td>" for h in items)
            return f'<table class="products"><tr>{cells}</tr></table>'
        if theme == "shop":
            cards = "".join(
                f'<li class="grid__item"><div class="card-wrapper product-card-wrapper">'
                f'<h3 class="card__heading">{h}</h3></div></li>'
                for h in items
            )
            return f'<ul class="grid product-grid grid--4-col" role="list">{cards}</ul>'
        if theme == "corporate":
            cols = "".join(f'<div class="col"><h5 class="card-title">{h}</h5></div>' for h in items)
            return f'<div class="row g-4">{cols}</div>'
        if theme == "minimal":
            return "<ul>" + "".join(f"<li>{h}</li>" for h in items) + "</ul>"
        cards = "".join(f'<article class="card"><p>{h}</p></article>' for h in items)
        return f'<section class="cards">{cards}</section>'

    def _search_form(self, field_id: str) -> str:
        lab = self.labels
        return (
            f'<form role="search" class="search" action="{SEARCH_PATH}">'
            f'<input type="search" id="{field_id}" name="q" '
            f'placeholder="{escape(lab.search_placeholder)}" aria-label="{escape(lab.search)}">'
            f'<button type="submit">{escape(lab.search)}</button></form>'
        )

    def _decoys(self, place: str) -> str:
        texts = [d.text for d in self.site.decoys if d.place == place]
        return "".join(f'<p class="meta">{escape(t)}</p>' for t in texts)

    def _phone(self, phone: PhoneSpec) -> str:
        return phone_html(phone, self.site.theme)

    def _phones(self, place: str) -> list[PhoneSpec]:
        return [p for p in self.site.phones if p.place == place]

    def _indexed(self, place: str) -> list[tuple[int, PhoneSpec]]:
        return list(enumerate(self._phones(place)))

    def _js_phone(self, index: int, phone: PhoneSpec) -> str:
        # Inserted after `load` so only a probe that waits for scripts sees it.
        return (
            "<script>window.addEventListener('load', function () { setTimeout(function () {"
            f" document.getElementById('hotline-js-{index}').innerHTML = "
            f"{json_script(self._phone(phone))};"
            " }, 300); });</script>"
        )

    def _canvas(self, index: int, phone: PhoneSpec) -> str:
        # The digits are char codes, so the page text never contains the number.
        codes = ",".join(str(ord(ch)) for ch in phone.number)
        return (
            f'<canvas id="hotline-canvas-{index}" width="300" height="44" '
            'aria-hidden="true"></canvas>'
            f"<script>(function(){{var c=document.getElementById('hotline-canvas-{index}')"
            ".getContext('2d');c.font='26px sans-serif';"
            f"c.fillText(String.fromCharCode({codes}),4,32);}})();</script>"
        )

    def _cookie_wall(self, wall: CookieWallSpec) -> str:
        lab = self.labels
        wall_id, accept_id, reject_id = COOKIE_WALL_IDS[wall.style]
        return _template("cookie_wall.html").substitute(
            wall_id=wall_id,
            accept_id=accept_id,
            reject_id=reject_id,
            text=escape(wall.text or lab.cookie_text),
            accept=escape(wall.accept or lab.accept_all),
            reject=escape(wall.reject or lab.reject),
        )

    def _org_jsonld(self) -> str:
        visible = [p for p in self.site.phones if p.e164]
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": self.company.name,
            "url": f"http://{self.company.host}/",
        }
        if visible:
            data["contactPoint"] = [
                {
                    "@type": "ContactPoint",
                    "telephone": visible[0].e164,
                    "contactType": "customer service",
                    "areaServed": self.company.country,
                    "availableLanguage": [self.company.language],
                }
            ]
        return _ld_json(data)


def _ld_json(data: Any) -> str:
    return f'<script type="application/ld+json">{json_script(data)}</script>'


def faq_questions(labels: Labels, count: int) -> list[str]:
    """`count` distinct questions in the site language (topic-prefixed beyond the basic list)."""
    basic = labels.faq_questions
    if count <= len(basic):
        return basic[:count]
    combos = [f"{topic}: {q}" for topic in labels.faq_topics for q in basic]
    extra = [f"{q} ({n})" for n in range(2, 2 + count // max(len(combos), 1)) for q in combos]
    return (combos + extra)[:count]


ACCORDION_SCRIPT = (
    "<script>document.querySelectorAll('.accordion button').forEach(function (b) {"
    " b.addEventListener('click', function () {"
    " var open = b.getAttribute('aria-expanded') === 'true';"
    " b.setAttribute('aria-expanded', String(!open));"
    " document.getElementById(b.getAttribute('aria-controls')).hidden = open; }); });</script>"
)


def faq_markup(style: str, pairs: list[tuple[str, str]]) -> tuple[str, str]:
    """(body HTML, extra head HTML) for FAQ `pairs` marked up in `style`."""
    qa = [(escape(q), escape(a)) for q, a in pairs]
    if style == "details":
        return "".join(f"<details><summary>{q}</summary><p>{a}</p></details>" for q, a in qa), ""
    if style == "dl":
        return "<dl>" + "".join(f"<dt>{q}</dt><dd>{a}</dd>" for q, a in qa) + "</dl>", ""
    if style == "accordion":  # answers hidden until their question is clicked
        items = "".join(
            f'<div class="accordion__item"><h3><button type="button" aria-expanded="false" '
            f'aria-controls="faq-answer-{n}" id="faq-question-{n}">{q}</button></h3>'
            f'<div id="faq-answer-{n}" role="region" aria-labelledby="faq-question-{n}" hidden>'
            f"<p>{a}</p></div></div>"
            for n, (q, a) in enumerate(qa)
        )
        return f'<div class="accordion">{items}</div>{ACCORDION_SCRIPT}', ""
    body = "".join(f"<h3>{q}</h3><p>{a}</p>" for q, a in qa)
    if style != "jsonld":
        return body, ""
    entities = [
        {"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": a}}
        for q, a in pairs
    ]
    ld = {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": entities}
    return body, _ld_json(ld)
