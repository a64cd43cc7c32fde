// Installed on the chat's message box (`box.evaluate(source)`): finds the message log next
// to it and timestamps every message that appears there with the page's high-resolution
// clock (epoch ms = performance.timeOrigin + performance.now()), inside the MutationObserver
// callback, so timing does not depend on how often Python looks. Text is read with
// textContent only: nothing from the chat is ever parsed or executed.
(box) => {
  const doc = box.ownerDocument;
  const win = doc.defaultView;
  if (win.__auditChat) return win.__auditChat.records.length;
  const clock = () => win.performance.timeOrigin + win.performance.now();
  const LOG = '[role="log"], [aria-live], [class*="message-list"], [class*="messages"], ' +
    '[class*="conversation"], [class*="transcript"], [class*="chat-log"], [data-testid*="message"]';
  const SKIP = /^(INPUT|TEXTAREA|SELECT|BUTTON|SCRIPT|STYLE|LABEL|OPTION|SVG|IMG|FORM)$/;
  const TYPING = /typing|schreibt|tipka|πληκτρολογεί|rašo|yazıyor/i;
  let root = null;
  for (let el = box.parentElement; el && !root; el = el.parentElement) {
    const found = el.querySelector(LOG);
    if (found && !found.contains(box)) root = found;
  }
  if (!root) {
    root = box;
    for (let i = 0; i < 4 && root.parentElement; i++) root = root.parentElement;
  }
  const records = [];
  const seen = new WeakSet();
  const classOf = (el) => (typeof el.className === "string" ? el.className : "");
  const part = (el, re) => {
    for (const c of el.querySelectorAll("*")) if (re.test(classOf(c))) return c;
    return null;
  };
  const hints = (el) => {
    const out = [];
    for (let p = el, i = 0; p && p !== root && i < 3; p = p.parentElement, i++) {
      out.push(classOf(p));
      for (const a of ["data-author", "data-sender", "data-role", "data-type", "aria-label"]) {
        if (p.getAttribute && p.getAttribute(a)) out.push(a + "=" + p.getAttribute(a));
      }
    }
    return out.join(" ").slice(0, 300);
  };
  const text = (el) => (el ? (el.textContent || "").trim() : "");
  const record = (el, t, existing) => {
    if (!el || el.nodeType !== 1 || el === root || !root.contains(el)) return;
    if (SKIP.test(el.tagName.toUpperCase()) || seen.has(el)) return;
    for (let p = el.parentElement; p && p !== root; p = p.parentElement) if (seen.has(p)) return;
    const full = text(el);
    if (!full || (full.length < 40 && TYPING.test(full) && /typing|indicator/i.test(hints(el) + full)))
      return;
    seen.add(el);
    const sender = part(el, /sender|author|name/i);
    const badge = part(el, /badge|tag|label/i);
    const body = part(el, /(^|\s|-)(text|body|content|bubble)(\s|-|$)/i);
    records.push({ t: t / 1000, text: body ? text(body) : full, sender: text(sender),
                   badge: text(badge), hints: hints(el), existing: existing });
  };
  for (const child of root.children) record(child, clock(), true);
  const observer = new win.MutationObserver((mutations) => {
    const t = clock();
    for (const m of mutations) {
      for (const node of m.addedNodes) {
        record(node.nodeType === 1 ? node : node.parentElement, t, false);
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  win.__auditChat = { records: records, observer: observer, clock: clock, root: root };
  return records.length;
}
