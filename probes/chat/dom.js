// Shared prelude of the chat probe's in-page scripts: the page as a customer sees it, shadow
// roots included. Open roots are found through `el.shadowRoot`; closed ones only when the
// probe registered them in `window.__auditRoots` through the DevTools protocol (see
// `shadow.py`). `up` climbs from a node to its parent across shadow boundaries.
const up = (el) => el.parentElement || (el.parentNode && el.parentNode.host) || null;
const roots = () => {
  const out = [document];
  const walk = (r) => {
    for (const el of r.querySelectorAll("*")) {
      if (el.shadowRoot && !out.includes(el.shadowRoot)) { out.push(el.shadowRoot); walk(el.shadowRoot); }
    }
  };
  walk(document);
  for (const r of window.__auditRoots || []) if (!out.includes(r)) { out.push(r); walk(r); }
  return out;
};
const deepAll = (sel) => roots().flatMap((r) => [...r.querySelectorAll(sel)]);
const contains = (outer, el) => {
  for (let p = el; p; p = up(p)) if (p === outer) return true;
  return false;
};
const visible = (el) => {
  const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
  if (!(r.width > 0 && r.height > 0 && s.visibility !== "hidden" && s.display !== "none")) return false;
  for (let p = up(el); p; p = up(p)) if (getComputedStyle(p).display === "none") return false;
  return true;
};
const floating = (el) => {
  if (window !== window.top) return true;
  for (let p = el; p && p.nodeType === 1; p = up(p)) {
    const pos = getComputedStyle(p).position;
    if (pos === "fixed" || pos === "sticky") return true;
  }
  return false;
};
const words = (el) => [el.getAttribute("aria-label"), el.getAttribute("title"), el.textContent,
                       el.getAttribute("name"), el.getAttribute("placeholder")]
                      .filter(Boolean).join(" ").replace(/\s+/g, " ").slice(0, 200);
const ids = (el) => [el.id, typeof el.className === "string" ? el.className : ""].join(" ");
// Controls a customer never uses to start a chat, whatever else their ids or classes contain.
const NEVER = /\b(close|schlie|zapri|κλείσ|uždary|kapat|minimi[sz]e|dismiss|options|settings|menu|emoji|smiley|attach|upload|file|more)\b|^\s*[×✕✖–-]\s*$/i;
const never = (el) => NEVER.test(words(el)) || NEVER.test(ids(el).replace(/[-_]/g, " "));
