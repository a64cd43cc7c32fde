// The chat probe's message reader, installed in the message box's frame (`prelude` from
// dom.js is prepended). It reads the conversation as a customer does, each time the page
// changes: MutationObservers on the document and on every shadow root (closed ones once
// registered) call `scan`, which times what is new with the page's high-resolution clock
// (epoch ms = performance.timeOrigin + performance.now()) inside the callback, so timing does
// not depend on how often Python looks.
//  - The message list is the container of our own sent message that does not hold the
//    message box (found again whenever the widget replaces it); before we send, a container
//    marked as a log or named like one.
//  - A message's identity is its sender, text and occurrence: a list drawn again records
//    nothing new. A message whose text grows (streamed) stays one message, timed at its
//    first visible text and kept with its final text, also when the list is found again
//    while it grows.
//  - Pickers, menus, forms, typing indicators and empty items are not messages.
// Text is read with textContent only: nothing from the chat is parsed or executed.
(box) => {
  const win = window;
  if (win.__auditChat) return win.__auditChat.records.length;
  const clock = () => performance.timeOrigin + performance.now();
  const installed = clock();
  const HINTED = '[role="log"], [aria-live], [class*="message-list"], [class*="messages"], ' +
    '[class*="conversation"], [class*="transcript"], [class*="chat-log"]';
  const SKIP = /^(INPUT|TEXTAREA|SELECT|BUTTON|SCRIPT|STYLE|LABEL|OPTION|SVG|FORM|TEMPLATE)$/;
  const NOT_MESSAGE = /picker|emoji|menu|dropdown|tooltip|popover|toolbar|composer|typing|indicator/i;
  const TYPING = /typing|schreibt|tipka|πληκτρολογεί|rašo|yazıyor|^[.…·•\s]*$/i;
  const TIME = /^\s*\d{1,2}[:.]\d{2}(\s*[ap]m)?\s*$|^\s*(just now|now|jetzt|zdaj|τώρα|dabar|şimdi)\s*$/i;
  const sent = [];
  const records = [];
  const byKey = new Map();
  let list = null, prev = [], anchored = false;
  const classOf = (el) => (typeof el.className === "string" ? el.className : "");
  const text = (el) => (el ? (el.textContent || "").replace(/\s+/g, " ").trim() : "");
  const holdsBox = (el) => contains(el, box);
  const deepest = (want) => {
    let best = null;
    for (const r of roots()) {
      for (const el of r.querySelectorAll("*")) {
        if (SKIP.test(el.tagName.toUpperCase()) || holdsBox(el) || contains(box, el)) continue;
        if (!contains(scope, el)) continue;
        if (text(el) === want) best = el;
      }
    }
    return best;
  };
  // The widget: the box's outermost floating ancestor (or the frame's body in a frame).
  const scope = (() => {
    if (win !== win.top) return document.body;
    let out = null, p = box;
    for (let i = 0; p; p = up(p), i++) {
      const pos = getComputedStyle(p).position;
      if (pos === "fixed" || pos === "sticky") out = p;
    }
    if (out) return out;
    p = box;
    for (let i = 0; i < 6 && up(p); i++) p = up(p);
    return p;
  })();
  const hinted = (el) => el.matches(HINTED);
  // The list holding our own message `own`: the lowest container above it where the child
  // holding `own` has a sibling of the same kind (same tag, same first class) that reads as
  // a message. Until another message arrives, a container marked as a log (not yet sure).
  const firstClass = (el) => classOf(el).trim().split(/\s+/)[0] || "";
  const listOf = (own) => {
    const path = [];
    for (let p = own; p && p.nodeType === 1 && !holdsBox(p); p = up(p)) path.push(p);
    for (let k = 1; k < path.length; k++) {
      const child = path[k - 1];
      const twin = [...path[k].children].some((c) => c !== child && c.tagName === child.tagName
        && firstClass(c) === firstClass(child) && isMessage(c));
      if (twin) return [path[k], true];
    }
    const marked = path.filter(hinted);
    return [marked.length ? marked[0] : null, false];
  };
  const findList = () => {
    for (let i = sent.length - 1; i >= 0; i--) {
      const own = deepest(sent[i]);
      if (!own) continue;
      const [l, sure] = listOf(own);
      if (l) { anchored = sure; return l; }
    }
    if (sent.length) return null;
    const near = roots().flatMap((r) => [...r.querySelectorAll(HINTED)])
      .filter((el) => contains(scope, el) && !holdsBox(el) && el.tagName !== "INPUT");
    return near.length ? near[near.length - 1] : null;
  };
  const leaves = (el) => {
    const out = [];
    const walk = (n) => {
      for (const c of n.children) {
        if (SKIP.test(c.tagName.toUpperCase())) continue;
        const own = [...c.childNodes].some((x) => x.nodeType === 3 && x.data.trim());
        if (own && text(c) && !TIME.test(text(c))) out.push(c);
        walk(c);
      }
    };
    walk(el);
    return out;
  };
  const part = (el, re) => {
    for (const c of el.querySelectorAll("*")) if (re.test(classOf(c))) return c;
    return null;
  };
  const hints = (el) => {
    const out = [];
    const add = (n) => {
      if (classOf(n)) out.push(classOf(n));
      for (const a of ["data-author", "data-sender", "data-role", "data-type", "data-garden-id"]) {
        if (n.getAttribute(a)) out.push(a + "=" + n.getAttribute(a));
      }
    };
    add(el);
    for (const c of el.children) add(c);
    return out.join(" ").slice(0, 300);
  };
  const read = (el) => {
    const badgeEl = part(el, /badge|tag\b|label/i);
    const bodyEl = part(el, /(^|\s|-|_)(text|body|content|bubble|message-text)(\s|-|_|$)/i);
    const senderEl = part(el, /sender|author|name/i);
    const all = leaves(el);
    let body = bodyEl ? text(bodyEl) : "";
    if (!body) {
      const longest = all.reduce((a, b) => (text(b).length > text(a).length ? b : a), all[0] || el);
      body = all.length > 1 ? text(longest) : text(el);
    }
    let sender = senderEl ? text(senderEl) : "";
    const badge = badgeEl ? text(badgeEl) : "";
    if (sender && badge && sender.endsWith(badge)) sender = sender.slice(0, -badge.length).trim();
    if (!senderEl && all.length > 1) {
      const first = all.find((l) => text(l) !== body && text(l).length <= 40 && text(l) !== badge);
      if (first && all.indexOf(first) < all.findIndex((l) => text(l) === body)) sender = text(first);
    }
    const avatar = [...el.querySelectorAll("img[alt]")].map((i) => i.alt).filter(Boolean).join(" ");
    const label = [el, ...el.children].map((n) => n.getAttribute("aria-label") || "").filter(Boolean).join(" ");
    return {text: body, sender: sender, badge: badge, hints: hints(el), avatar: avatar, label: label};
  };
  const isMessage = (el) => {
    if (el.nodeType !== 1 || SKIP.test(el.tagName.toUpperCase())) return false;
    const role = el.getAttribute("role") || "";
    if (/menu|listbox|dialog|toolbar|tooltip/.test(role) || NOT_MESSAGE.test(classOf(el))) return false;
    if (el.querySelector("input, select, textarea")) return false;
    const t = text(el);
    return !!t && !TIME.test(t) && !(t.length < 40 && TYPING.test(t));
  };
  // A streamed message still growing when the list is found again (our own message sent,
  // the widget redrawn) has no position to follow: it is the newest record of its sender whose
  // text it extends, when that shorter text is no longer on the list.
  const grownFrom = (m, items, now) => {
    for (let j = records.length - 1; j >= 0; j--) {
      const r = records[j];
      if (r.sender !== m.sender || now.includes(j)) continue;
      if (r.text === m.text || !m.text.startsWith(r.text)) return -1;
      const still = items.some((x) => x.sender === r.sender && x.text === r.text);
      return still ? -1 : j;
    }
    return -1;
  };
  const scan = (t) => {
    if (!list || !list.isConnected || !anchored) {
      const found = findList();
      if (found !== list) { list = found; prev = []; }
    }
    if (!list) return;
    const items = [...list.children].filter(isMessage).map(read).filter((m) => m.text);
    const occurrences = new Map();
    const ownAt = items.findIndex((m) => sent.includes(m.text));
    const now = [];
    items.forEach((m, i) => {
      const p = prev[i];
      const r = p === undefined ? null : records[p];
      if (r && r.sender === m.sender && m.text !== r.text && m.text.startsWith(r.text)) {
        byKey.delete(r.key);
        r.text = m.text;
        r.key = m.sender + "\u0000" + m.text + "\u0000" + 1;
        byKey.set(r.key, p);
        now.push(p);
        return;
      }
      const base = m.sender + "\u0000" + m.text;
      const n = (occurrences.get(base) || 0) + 1;
      occurrences.set(base, n);
      const key = base + "\u0000" + n;
      if (byKey.has(key)) { now.push(byKey.get(key)); return; }
      const g = grownFrom(m, items, now);
      if (g >= 0) {
        const r2 = records[g];
        byKey.delete(r2.key);
        r2.text = m.text;
        r2.key = key;
        byKey.set(key, g);
        now.push(g);
        return;
      }
      const early = !sent.length || (ownAt >= 0 && i < ownAt);
      records.push(Object.assign(m, {t: (early ? Math.min(t, installed) : t) / 1000, key: key,
                                     existing: early, seq: records.length}));
      byKey.set(key, records.length - 1);
      now.push(records.length - 1);
    });
    prev = now;
  };
  const watched = new Set();
  const observer = new MutationObserver(() => { scan(clock()); watch(); });
  const watch = () => {
    for (const r of roots()) {
      if (watched.has(r)) continue;
      watched.add(r);
      observer.observe(r, {childList: true, subtree: true, characterData: true});
    }
    const own = box.getRootNode();
    if (own && !watched.has(own)) {
      watched.add(own);
      observer.observe(own, {childList: true, subtree: true, characterData: true});
    }
  };
  watch();
  scan(installed);
  win.__auditChat = {
    records: records,
    clock: clock,
    list: () => list,
    expect: (message) => { sent.push(message.replace(/\s+/g, " ").trim()); anchored = false; },
    rescan: () => { watch(); scan(clock()); return records.length; },
  };
  return records.length;
}
