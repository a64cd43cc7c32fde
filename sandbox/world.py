"""The sandbox world: simulated companies declared in `world.yaml`, with their ground truth.

Each company's `site` says what its website shows (numbers and where, decoys, cookie
wall, FAQ, returns page, chat widget); `truth` is what a correct website probe must
report for it, keyed by metric names from `probes.metrics`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from probes.base import MetricValue, Status, Target
from probes.metrics import METRICS
from probes.yaml_source import load_yaml
from sandbox.vendors import KEY_PATTERN

WORLD_FILE = Path(__file__).with_name("world.yaml")
_FastLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Language = Literal["en", "de", "sl", "el", "lt", "tr"]
PhonePlace = Literal["header", "footer", "hero", "contact", "image", "canvas", "hidden", "js"]
"""Where a number is shown. `image`, `canvas` and `hidden` never count as visible text."""
VISIBLE_PLACES: frozenset[str] = frozenset({"header", "footer", "hero", "contact", "js"})
HOMEPAGE_PLACES: frozenset[str] = frozenset({"header", "footer", "hero", "js"})
VendorId = Literal[
    "intercom",
    "zendesk",
    "livechat",
    "drift",
    "tidio",
    "freshchat",
    "hubspot",
    "crisp",
    "tawk",
    "gorgias",
    "olark",
    "salesforce",
    "sendbird",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Labels(_Frozen):
    """Words a site uses in one language (links, buttons, headings)."""

    home: str
    contact: str
    contact_us: str
    help: str
    faq: str
    returns: str
    about: str
    customer_service: str
    search: str
    search_placeholder: str
    send: str
    name: str
    email: str
    message: str
    knowledge_base: str
    forum: str
    cookie_text: str
    accept_all: str
    reject: str
    privacy: str
    rights: str
    faq_questions: list[str] = Field(min_length=10)
    faq_topics: list[str] = Field(min_length=6)
    faq_answer: str


class PhoneSpec(_Frozen):
    """A phone number as written on the site, where it is and what surrounds it."""

    number: str
    e164: str | None = None
    place: PhonePlace
    label: str = ""
    tel_link: bool = False
    hours: str | None = None
    hidden_by: Literal["style", "attribute"] = "style"
    """For `place: hidden`: `display:none` in a style, or the `hidden` attribute."""


class DecoySpec(_Frozen):
    """Digits that look like a phone number but are not one (fax, SKU, VAT, price...)."""

    text: str
    place: Literal["home", "footer", "contact", "about"]


class CookieWallSpec(_Frozen):
    """A consent overlay covering the page until a button is clicked."""

    style: Literal["generic", "onetrust", "cookiebot"] = "generic"
    text: str | None = None
    accept: str | None = None
    reject: str | None = None


class ContactSpec(_Frozen):
    """The contact page: one click from the homepage, or two (Help -> Contact us)."""

    path: str = "/contact"
    label: str | None = None
    depth: Literal[1, 2] = 1
    form: bool = False
    intro: str = ""
    address: str = ""


class HelpSpec(_Frozen):
    """A help page linking to contact, FAQ, knowledge base and forum."""

    path: str = "/help"
    label: str | None = None
    intro: str = ""
    search: bool = False
    knowledge_base: bool = False
    forum: bool = False


class FaqSpec(_Frozen):
    """An FAQ page with `count` questions marked up in one of several styles."""

    path: str = "/faq"
    label: str | None = None
    count: int = Field(ge=0)
    style: Literal["details", "h3", "dl", "jsonld", "accordion"] = "details"
    depth: Literal[1, 2] = 1


class ReturnsSpec(_Frozen):
    """A returns/refund policy page and where it is linked from."""

    path: str = "/returns"
    label: str | None = None
    depth: Literal[1, 2] = 1
    title: str
    paragraphs: list[str]
    jsonld: dict[str, Any] | None = None


class ChatWidgetSpec(_Frozen):
    """A live-chat vendor's embed on the site."""

    vendor: VendorId
    key: str = Field(pattern=KEY_PATTERN)


class SiteSpec(_Frozen):
    """What a company's website shows; rendered by `sandbox.sites`."""

    theme: Literal["classic", "modern", "shop", "corporate", "minimal"] = "modern"
    mode: Literal["normal", "not_found", "hang", "redirect_loop"] = "normal"
    tagline: str = ""
    hero: str = ""
    search: bool = False
    cookie_wall: CookieWallSpec | None = None
    phones: list[PhoneSpec] = Field(default_factory=list)
    decoys: list[DecoySpec] = Field(default_factory=list)
    contact: ContactSpec | None = None
    help: HelpSpec | None = None
    faq: FaqSpec | None = None
    returns: ReturnsSpec | None = None
    chat_widget: ChatWidgetSpec | None = None
    org_jsonld: bool = False
    highlights: list[str] = Field(default_factory=list)
    """Short selling points shown on the homepage (topic teasers when empty)."""

    @model_validator(mode="after")
    def _two_clicks_need_help(self) -> SiteSpec:
        deep = [s for s in (self.contact, self.faq, self.returns) if s is not None and s.depth == 2]
        if deep and self.help is None:
            raise ValueError("a page at depth 2 needs a help page to link it")
        return self


class SandboxCompany(_Frozen):
    """One simulated company: identity, website description, scripts and ground truth."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str
    host: str
    country: str = Field(pattern=r"^[A-Z]{2}$")
    language: Language
    industry: str
    support_email: str | None = None
    phone: str | None = None
    demo: bool = True
    site: SiteSpec = Field(default_factory=SiteSpec)
    chat: dict[str, Any] | None = None
    email: dict[str, Any] | None = None
    truth: dict[str, MetricValue] = Field(default_factory=dict)
    truth_status: Status = Status.OK

    @field_validator("truth")
    @classmethod
    def _known_metrics(cls, truth: dict[str, MetricValue]) -> dict[str, MetricValue]:
        unknown = sorted(set(truth) - set(METRICS))
        if unknown:
            raise ValueError(f"unknown metric(s): {', '.join(unknown)}")
        return truth

    @model_validator(mode="after")
    def _host_matches_id(self) -> SandboxCompany:
        if self.host != f"{self.id}.sandbox.test":
            raise ValueError(f"host must be {self.id}.sandbox.test")
        return self

    def target(self, port: int) -> Target:
        """This company as a probe `Target`, its website on the sandbox server's `port`."""
        return Target(
            name=self.name,
            website=f"http://{self.host}:{port}/",
            support_email=self.support_email,
            phone=self.phone,
            country=self.country,
            language=self.language,
            industry=self.industry,
        )


class World(_Frozen):
    """All sandbox companies plus the per-language wording their sites use."""

    languages: dict[Language, Labels]
    companies: list[SandboxCompany]

    @model_validator(mode="after")
    def _unique_and_labelled(self) -> World:
        seen: set[str] = set()
        for company in self.companies:
            if company.id in seen:
                raise ValueError(f"duplicate company id {company.id!r}")
            seen.add(company.id)
            if company.language not in self.languages:
                raise ValueError(f"no labels for language {company.language!r}")
        return self

    @property
    def demo_companies(self) -> list[SandboxCompany]:
        """The companies `audit demo` shows (broken sites left out)."""
        return [c for c in self.companies if c.demo]

    def company(self, company_id: str) -> SandboxCompany:
        """The company with `company_id`; KeyError when there is none."""
        for company in self.companies:
            if company.id == company_id:
                return company
        raise KeyError(company_id)

    def by_host(self, host: str) -> SandboxCompany | None:
        """The company served at `host` (no port), or None."""
        for company in self.companies:
            if company.host == host:
                return company
        return None

    def labels(self, company: SandboxCompany) -> Labels:
        """The wording for `company`'s site language."""
        return self.languages[company.language]


def load_world(path: Path | None = None) -> World:
    """Load and validate a world file (default: the packaged `world.yaml`).

    Mistakes raise `probes.yaml_source.SourceError` naming file, line and field.
    """
    path = path or WORLD_FILE
    try:  # fast path; the line-aware parser below only runs to explain a mistake
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_FastLoader)
        return World.model_validate(data)
    except (ValidationError, yaml.YAMLError, OSError, UnicodeDecodeError):
        return load_yaml(path).validate(World)
