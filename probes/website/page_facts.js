// Collects what a customer can see on the page, in one pass. Called as
// page.evaluate(source, {globals, selectors}); returns plain JSON.
(args) => {
  const doc = document;
  const body = doc.body || doc.documentElement;
  // The page as served and rendered, before this script marks any element.
  const html = (doc.doctype ? "<!DOCTYPE " + doc.doctype.name + ">\n" : "") +
    doc.documentElement.outerHTML;
  const sx = window.scrollX, sy = window.scrollY;
  const vw = window.innerWidth, vh = window.innerHeight;
  const styleOf = (el) => getComputedStyle(el);
  const shown = (el) =>
    el.checkVisibility ? el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) : true;

  // An ancestor that clips its content to (almost) nothing: the "sr-only" pattern.
  const clipCache = new Map();
  const clippedAway = (el) => {
    if (!el || el === body || el === doc.documentElement) return false;
    if (clipCache.has(el)) return clipCache.get(el);
    const st = styleOf(el);
    let hidden = false;
    if (st.clip && st.clip.startsWith("rect(") && st.position === "absolute") {
      const r = el.getBoundingClientRect();
      hidden = r.width <= 2 || r.height <= 2;
    }
    if (!hidden && st.clipPath && /inset\(\s*50%|circle\(0/.test(st.clipPath)) hidden = true;
    if (!hidden && st.overflow !== "visible") {
      const r = el.getBoundingClientRect();
      hidden = r.width <= 2 || r.height <= 2;
    }
    if (!hidden) hidden = clippedAway(el.parentElement);
    clipCache.set(el, hidden);
    return hidden;
  };
  const isBlock = (el) => {
    const d = styleOf(el).display;
    return !(d.startsWith("inline") || d === "contents" || d === "ruby");
  };
  const blockOf = (el) => {
    let b = el;
    while (b && b !== body && !isBlock(b)) b = b.parentElement;
    return b || body;
  };

  // Is an element's box (page coordinates) really seen there, or covered by something
  // (a modal, an overlay)? Only answerable inside the first viewport; 1 elsewhere.
  const uncovered = (el, left, top, right, bottom) => {
    const cx = (left + right) / 2 - sx, cy = (top + bottom) / 2 - sy;
    if (cx < 0 || cy < 0 || cx >= vw || cy >= vh) return 1;
    const root = el.getRootNode();
    const hit = (root && root.elementFromPoint ? root : doc).elementFromPoint(cx, cy);
    return hit && (hit === el || el.contains(hit) || hit.contains(el)) ? 1 : 0;
  };

  // Visible text, grouped into blocks with the page position of each piece.
  const blocks = [];
  const blockIndex = new Map();
  const range = doc.createRange();
  const skip = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "OPTION"]);
  const baseFont = parseFloat(styleOf(body).fontSize) || 16;
  // Open shadow roots are read where their host stands, as the customer sees them.
  const walk = (root) => {
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  let node;
  while ((node = walker.nextNode())) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (node.shadowRoot) walk(node.shadowRoot);
      // A line break ends a line of its block: "10963 Berlin<br>030 123" are two lines.
      if (node.tagName === "BR") {
        const b = blockIndex.get(blockOf(node));
        if (b !== undefined && blocks[b].text !== "" && !blocks[b].text.endsWith("\n")) {
          blocks[b].text = blocks[b].text.replace(/ $/, "") + "\n";
        }
      }
      continue;
    }
    const parent = node.parentElement;
    if (!parent || skip.has(parent.tagName)) continue;
    const raw = node.data.replace(/\s+/g, " ");
    if (!raw) continue;
    const blank = raw.trim() === "";
    if (!blank) {
      if (!shown(parent)) continue;
      range.selectNodeContents(node);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width >= 2 && r.height >= 4);
      if (!rects.length) continue;
      const left = Math.min(...rects.map((r) => r.left)) + sx;
      const top = Math.min(...rects.map((r) => r.top)) + sy;
      const right = Math.max(...rects.map((r) => r.right)) + sx;
      const bottom = Math.max(...rects.map((r) => r.bottom)) + sy;
      if (right <= 0 || bottom <= 0) continue;  // pushed off the page
      if (clippedAway(parent)) continue;
      const el = blockOf(parent);
      let b = blockIndex.get(el);
      if (b === undefined) {
        b = blocks.length;
        blockIndex.set(el, b);
        blocks.push({ el, text: "", segs: [] });
        el.setAttribute("data-audit-block", String(b));
      }
      const block = blocks[b];
      let text = raw;
      const lineStart = block.text === "" || block.text.endsWith(" ") || block.text.endsWith("\n");
      if (lineStart && text.startsWith(" ")) text = text.slice(1);
      const start = block.text.length;
      block.text += text;
      const seen = uncovered(parent, left, top, right, bottom);
      const size = parseFloat(styleOf(parent).fontSize) || baseFont;
      block.segs.push([start, block.text.length, left, top, right - left, bottom - top, seen, size]);
    } else {
      const el = blockOf(parent);
      const b = blockIndex.get(el);
      const t = b === undefined ? "" : blocks[b].text;
      if (b !== undefined && !t.endsWith(" ") && !t.endsWith("\n")) blocks[b].text += " ";
    }
  }
  };
  walk(body);

  // Text a customer sees that is not in the DOM's text: CSS generated content
  // (::before/::after, read where digits are) and same-origin frames (read whole, placed
  // at the frame's box). Bounded so a huge page costs little.
  const addBlock = (el, text, rect, seen, size) => {
    const b = blocks.length;
    blocks.push({ el, text, segs: [[0, text.length, rect[0], rect[1], rect[2], rect[3], seen, size]] });
    return b;
  };
  const all = doc.querySelectorAll("body *");
  for (let i = 0; i < all.length && i < 5000; i++) {
    const el = all[i];
    for (const pseudo of ["::before", "::after"]) {
      const content = getComputedStyle(el, pseudo).content;
      if (!content || content === "none" || content === "normal" || !/\d{2}/.test(content)) continue;
      const text = content.replace(/^["']|["']$/g, "");
      if ((text.match(/\d/g) || []).length < 6 || !shown(el) || clippedAway(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) continue;
      const box = [r.left + sx, r.top + sy, r.width, r.height];
      const seen = uncovered(el, box[0], box[1], box[0] + box[2], box[1] + box[3]);
      addBlock(el, text, box, seen, parseFloat(getComputedStyle(el, pseudo).fontSize) || baseFont);
    }
  }
  for (const frame of doc.querySelectorAll("iframe")) {
    let inner = null;
    try { inner = frame.contentDocument; } catch (e) { inner = null; }
    if (!inner || !inner.body || !shown(frame)) continue;
    const text = (inner.body.innerText || "").replace(/[ \t]+/g, " ").trim().slice(0, 20000);
    const r = frame.getBoundingClientRect();
    if (!text || r.width < 2 || r.height < 2) continue;
    const box = [r.left + sx, r.top + sy, r.width, r.height];
    const seen = uncovered(frame, box[0], box[1], box[0] + box[2], box[1] + box[3]);
    const b = addBlock(frame, text, box, seen, baseFont);
    frame.setAttribute("data-audit-block", String(b));
  }

  const nearestBlock = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const b = blockIndex.get(e);
      if (b !== undefined) return b;
    }
    return -1;
  };
  const linkText = (a) =>
    (a.innerText || "").trim() || a.getAttribute("aria-label") || a.title ||
    (a.querySelector("img[alt]") ? a.querySelector("img[alt]").alt : "");
  const links = [];
  const tels = [];
  for (const a of doc.querySelectorAll("a[href]")) {
    const href = a.getAttribute("href") || "";
    const r = a.getBoundingClientRect();
    const visible = shown(a) && r.width > 0 && r.height > 0 && !clippedAway(a);
    if (/^\s*tel:/i.test(href)) {
      if (!visible) continue;
      a.setAttribute("data-audit-tel", String(tels.length));
      const box = [r.left + sx, r.top + sy, r.width, r.height];
      const seen = uncovered(a, box[0], box[1], box[0] + box[2], box[1] + box[3]);
      tels.push({ href: href.trim(), text: linkText(a).slice(0, 100), block: nearestBlock(a),
                  rect: box, seen });
    } else {
      links.push({ text: linkText(a).slice(0, 200), href: a.href, visible });
    }
  }

  // Images whose alt text carries a number (a number drawn as a picture, described).
  const alts = [];
  for (const img of doc.querySelectorAll("img[alt]")) {
    const alt = (img.getAttribute("alt") || "").trim();
    if ((alt.match(/\d/g) || []).length < 6 || !shown(img) || clippedAway(img)) continue;
    const r = img.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) continue;
    const box = [r.left + sx, r.top + sy, r.width, r.height];
    alts.push({ text: alt.slice(0, 200), block: nearestBlock(img), rect: box,
                seen: uncovered(img, box[0], box[1], box[0] + box[2], box[1] + box[3]) });
  }

  // FAQ questions: summaries, definition terms, question-like headings and toggles.
  const questions = new Set();
  const qSel = "summary, dt, h2, h3, h4, h5, h6, button, [role=button], [aria-expanded], [class*=question i]";
  for (const el of doc.querySelectorAll(qSel)) {
    if (!shown(el)) continue;
    const text = (el.innerText || el.textContent || "").trim().replace(/\s+/g, " ");
    if (!text || text.length > 300) continue;
    const asks = /[?;;؟]$/.test(text);
    const tag = el.tagName;
    const strong = tag === "SUMMARY" || tag === "DT" || /question/i.test(el.className || "");
    if (asks || strong) questions.add(text.toLowerCase());
  }

  const searchSel =
    "input[type=search], [role=search], form[action*=search i], input[name=q], input[name=query]," +
    " input[name=search], input[name=s], input[placeholder*=search i], input[aria-label*=search i]";
  const hasSearch = !!doc.querySelector(searchSel);
  const messageField = (root) =>
    !!root.querySelector("textarea, input[name*=message i], input[name*=nachricht i]");
  const hasContactForm = Array.from(doc.querySelectorAll("form")).some(messageField) ||
    !!doc.querySelector("textarea");

  const urls = new Set();
  for (const s of doc.querySelectorAll("script[src]")) urls.add(s.src);
  for (const f of doc.querySelectorAll("iframe[src]")) urls.add(f.src);
  for (const e of performance.getEntriesByType("resource")) urls.add(e.name);
  // Endpoints named in inline configuration (a vendor's settings object, no script loaded yet).
  for (const s of doc.querySelectorAll("script:not([src])")) {
    const code = (s.textContent || "").slice(0, 20000);
    for (const m of code.matchAll(/(?:https?:)?\/\/[\w-]+(?:\.[\w-]+)+[^\s"'`<>)\\]*/gi)) {
      urls.add(m[0].startsWith("//") ? "https:" + m[0] : m[0]);
    }
  }

  const globals = args.globals.filter((g) => {
    try { return typeof window[g] !== "undefined"; } catch (e) { return false; }
  });
  const selectors = args.selectors.filter((s) => {
    try { return !!doc.querySelector(s); } catch (e) { return false; }
  });

  const nav = performance.getEntriesByType("navigation")[0];
  const dcl = nav ? nav.domContentLoadedEventEnd : -1;

  return {
    url: location.href,
    html,
    title: doc.title,
    blocks: blocks.map((b) => ({ text: b.text.trim() === "" ? "" : b.text, segs: b.segs })),
    links,
    tels,
    jsonld: Array.from(doc.querySelectorAll("script[type='application/ld+json']")).map((s) => s.textContent || ""),
    questions: Array.from(questions),
    search: hasSearch,
    contact_form: hasContactForm,
    urls: Array.from(urls).filter((u) => /^https?:/i.test(u)),
    globals,
    selectors,
    dcl_ms: dcl,
    viewport: [vw, vh],
    alts,
    base_font_px: baseFont,
  };
}
