/* The sandbox's own unbranded widget, as self-hosted chat products draw it: a custom element
 * whose parts live in the light DOM or in an open or closed shadow root. Launchers:
 * "words" (a labelled button), "icon" (a round button with only an icon), "toggle" (a link
 * labelled "Show or hide widget" beside a greeting bubble whose close button's id says chat).
 * The composer has emoji and attachment buttons; in "toggle" mode the message list is
 * replaced by a new one when the conversation starts. Text is only ever set as textContent.
 */
window.__sandboxGeneric = function (cfg) {
  var L = cfg.labels;
  var host = document.createElement("support-chat-widget");
  host.style.cssText = "position:fixed;right:20px;bottom:20px;z-index:2147483000;font:14px sans-serif";
  var root = cfg.shadow === "none" ? host : host.attachShadow({ mode: cfg.shadow });
  function make(tag, attrs, text) {
    var n = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    if (text !== undefined) n.textContent = text;
    return n;
  }
  var icon = '<svg width="28" height="28" viewBox="0 0 24 24"><path d="M4 4h16v12H7l-3 3z" fill="#fff"/></svg>';
  var style = make("style", {}, ".panel{display:none;width:340px;height:440px;background:#fff;" +
    "box-shadow:0 4px 24px rgba(0,0,0,.25);border-radius:10px;margin-bottom:10px;flex-direction:column}" +
    ".panel.on{display:flex}.head{display:flex;gap:6px;padding:8px;background:#245}.head b{flex:1;color:#fff}" +
    ".scroll{flex:1;overflow:auto;padding:8px}.msg{margin:6px 0}.sender{font-weight:bold;display:block}" +
    ".composer{display:flex;gap:4px;padding:8px}textarea{flex:1;height:38px}" +
    ".fab{width:60px;height:60px;border-radius:30px;background:#245;border:0;display:block;margin-left:auto}" +
    ".bubble{background:#fff;padding:10px;border-radius:8px;margin-bottom:8px;box-shadow:0 2px 8px #0003}" +
    ".picker{display:none;flex-wrap:wrap;width:160px}.picker.on{display:flex}");
  root.appendChild(style);
  var panel = make("div", { class: "panel" });
  var head = make("div", { class: "head" });
  head.appendChild(make("b", {}, L.launcher));
  head.appendChild(make("button", { id: "chat-options", "aria-label": "Chat options" }, "⋯"));
  var minimise = make("button", { id: "chat-minimize", "aria-label": "Minimize chat" }, "–");
  head.appendChild(minimise);
  var scroll = make("div", { class: "scroll" });
  var list = make("div", { class: "messages welcome" });
  scroll.appendChild(list);
  var picker = make("div", { class: "picker", role: "dialog", "aria-label": "Emoji" });
  ["😀", "👍", "🙏", "🎉", "❤️", "😢"].forEach(function (e) {
    picker.appendChild(make("button", { class: "emoji" }, e));
  });
  var composer = make("form", { class: "composer" });
  var emoji = make("button", { type: "button", id: "chat-emoji-button", "aria-label": "Insert emoji" }, "☺");
  var attach = make("button", { type: "button", id: "chat-attach", "aria-label": "Attach a file" }, "📎");
  var box = make("textarea", { placeholder: L.placeholder, "aria-label": L.placeholder });
  var send = make("button", { type: "submit", "aria-label": L.send }, L.send);
  [emoji, attach, box, send].forEach(function (n) { composer.appendChild(n); });
  [head, scroll, picker, composer].forEach(function (n) { panel.appendChild(n); });
  root.appendChild(panel);

  var launcher;
  if (cfg.launcher === "toggle") {
    var bubble = make("div", { class: "bubble", id: "chat-bubble" });
    bubble.appendChild(make("span", {}, "👋"));
    var close = make("button", { id: "chat-bubble-close", "aria-label": "Close chat" }, "×");
    close.onclick = function () { bubble.remove(); };
    bubble.appendChild(close);
    root.appendChild(bubble);
    launcher = make("a", { href: "#", class: "fab", title: "Show or hide widget", "aria-label": "Show or hide widget" });
    launcher.innerHTML = icon;
  } else if (cfg.launcher === "icon") {
    launcher = make("button", { class: "fab", type: "button" });
    launcher.innerHTML = icon;
  } else {
    launcher = make("button", { class: "fab", type: "button", "aria-label": L.launcher }, L.launcher);
    launcher.style.color = "#fff";
  }
  root.appendChild(launcher);
  document.body.appendChild(host);

  var started = false, opened = false, bubbles = {};
  var chat = window.__sandboxChat({
    status: function (d) {
      if (d.online) return;
      scroll.appendChild(make("p", { class: "offline" }, d.offline_text));
      send.textContent = d.offline_button;
    },
    message: function (d) { add(d.author, d.name, d.text, d.id); },
    chunk: function (d) {
      if (bubbles[d.id]) bubbles[d.id].querySelector(".text").textContent = d.text;
      else add(d.author, d.name, d.text, d.id);
    },
    typing: function () {
      if (!list.querySelector(".typing")) list.appendChild(make("div", { class: "msg typing" }, "…"));
    },
    vanish: function () { host.remove(); }
  });
  function add(author, name, text, id) {
    var t = list.querySelector(".typing");
    if (t) t.remove();
    var m = make("div", { class: "msg from-" + author });
    if (name) m.appendChild(make("span", { class: "sender" }, name));
    m.appendChild(make("p", { class: "text" }, text));
    list.appendChild(m);
    if (id) bubbles[id] = m;
    scroll.scrollTop = scroll.scrollHeight;
  }
  function toggle(event) {
    if (event) event.preventDefault();
    opened = !opened;
    panel.classList.toggle("on", opened);
    if (opened) chat.open();
  }
  launcher.addEventListener("click", toggle);
  minimise.onclick = function () { opened = true; toggle(); };
  emoji.onclick = function () { picker.classList.toggle("on"); };
  composer.onsubmit = function (event) {
    event.preventDefault();
    var text = box.value.trim();
    if (!text) return;
    box.value = "";
    if (!started && cfg.launcher === "toggle") {
      var fresh = make("div", { class: "messages conversation" });
      [].slice.call(list.children).forEach(function (c) { fresh.appendChild(c.cloneNode(true)); });
      list.replaceWith(fresh);
      list = fresh;
    }
    started = true;
    add("visitor", "", text);
    chat.send(text);
  };
};
