/* Inside Drift's cross-origin iframe: the launcher, the chat panel and the connection. */
(function () {
  var params = new URLSearchParams(location.search);
  var parentOrigin = document.referrer ? new URL(document.referrer).origin : "*";
  var body = document.body;
  body.innerHTML = "<div class=drift-widget-chat hidden><div class=drift-widget-message-list " +
    "style='height:470px;overflow:auto;padding:8px'></div><div class=drift-widget-composer>" +
    "<textarea class=drift-widget-composer-input aria-label='Type your message…' placeholder='Type your message…'></textarea>" +
    "<button class=drift-widget-composer-send aria-label='Send'>Send</button></div></div>" +
    "<button class=drift-controller-icon aria-label='Open chat' style='position:fixed;right:8px;bottom:8px;" +
    "width:60px;height:60px;border-radius:30px;background:#0176ff'></button>";
  var panel = body.querySelector(".drift-widget-chat"), list = body.querySelector(".drift-widget-message-list");
  var box = body.querySelector("textarea"), open = false;
  function tell(what) { window.parent.postMessage({ drift: what }, parentOrigin); }
  function draw(kind, name, text) {
    var row = document.createElement("div");
    row.className = "drift-widget-message drift-widget-message--" + kind;
    if (name) {
      var who = document.createElement("div");
      who.className = "drift-widget-message-author";
      who.textContent = name;
      row.appendChild(who);
    }
    var t = document.createElement("div");
    t.className = "drift-widget-message-text";
    t.textContent = text;
    row.appendChild(t);
    list.appendChild(row);
  }
  var chat = window.__sandboxChat({
    message: function (m) { draw(m.author === "visitor" ? "user" : "agent", m.name, m.text); },
    vanish: function () { tell("vanish"); }
  }, params.get("site"));
  function set(on) {
    open = on;
    panel.hidden = !on;
    if (on) chat.open();
    tell(on ? "opened" : "closed");
  }
  body.querySelector(".drift-controller-icon").onclick = function () { set(!open); };
  body.querySelector(".drift-widget-composer-send").onclick = function () {
    var text = box.value.trim();
    if (!text) return;
    box.value = "";
    draw("user", "", text);
    chat.send(text);
  };
  window.addEventListener("message", function (e) {
    if (!e.data || !e.data.drift) return;
    if (e.data.drift === "open") set(true);
    else if (e.data.drift === "close") set(false);
  });
})();
