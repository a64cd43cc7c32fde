/* Fake tawk.to (developer.tawk.to, JavaScript API): Tawk_API.maximize/minimize/toggle/onLoad,
 * two iframes titled "chat widget" (the bubble and the chat panel). Its pre-chat form comes in
 * two steps: name and email, then topic, order number and a consent box; only then the
 * message box.
 */
(function (propertyId) {
  var api = window.Tawk_API || {};
  var wrap = document.createElement("div");
  wrap.className = "widget-visible";
  wrap.style.cssText = "position:fixed;right:20px;bottom:20px;z-index:1000001";
  function iframe(css, html) {
    var f = document.createElement("iframe");
    f.title = "chat widget";
    f.setAttribute("allowtransparency", "true");
    f.style.cssText = "border:0;display:block;margin-left:auto;" + css;
    f.srcdoc = "<!doctype html><meta charset=utf-8><style>body{margin:0;font:14px Lato,sans-serif}" +
      ".tawk-form{padding:12px}.tawk-form label{display:block;margin:6px 0}" +
      ".tawk-chat-panel{height:380px;overflow:auto;padding:8px}.tawk-message{margin:6px 0}" +
      ".tawk-message-name{font-size:11px;color:#555}</style>" + html;
    wrap.appendChild(f);
    return f;
  }
  var panel = iframe("display:none;width:350px;height:520px;background:#fff;box-shadow:0 0 12px #0003",
    "<div class=tawk-min-container><form class='tawk-form step1'><p>Please fill in the form below to start chatting.</p>" +
    "<label>Name <input name=name required></label><label>Email <input type=email name=email required></label>" +
    "<button type=submit class=tawk-button>Next</button></form>" +
    "<form class='tawk-form step2' hidden><label>Topic <select name=department required><option value=''>Choose…</option>" +
    "<option>Billing</option><option>Orders and returns</option><option>Technical</option></select></label>" +
    "<label>Order number <input name=order_number></label>" +
    "<label><input type=checkbox name=consent required> I agree to the processing of my data</label>" +
    "<button type=submit class=tawk-button>Start Chat</button></form>" +
    "<div class=tawk-chat hidden><div class=tawk-chat-panel></div><form class=tawk-composer style='display:flex;padding:8px'>" +
    "<textarea class=tawk-chatinput placeholder='Type here and press enter..' style='flex:1'></textarea></form></div></div>");
  var bubble = iframe("width:64px;height:64px",
    "<div class=tawk-button-circle role=button tabindex=0 aria-label='Chat' style='width:60px;height:60px;border-radius:30px;background:#03a84e'></div>");
  document.body.appendChild(wrap);
  var maximized = false, ready = false, pending = [], fields = {};
  var chat = window.__sandboxChat({
    message: function (m) {
      function draw() {
        var d = panel.contentDocument, row = d.createElement("div");
        row.className = "tawk-message tawk-message-" + (m.author === "agent" ? "agent" : m.author);
        var who = d.createElement("div");
        who.className = "tawk-message-name";
        who.textContent = m.name || "";
        var text = d.createElement("div");
        text.className = "tawk-message-text";
        text.textContent = m.text;
        row.appendChild(who);
        row.appendChild(text);
        d.querySelector(".tawk-chat-panel").appendChild(row);
      }
      if (ready) draw(); else pending.push(draw);
    }
  });
  panel.addEventListener("load", function () {
    var d = panel.contentDocument;
    var one = d.querySelector(".step1"), two = d.querySelector(".step2"), talk = d.querySelector(".tawk-chat");
    one.onsubmit = function (e) {
      e.preventDefault();
      fields.name = one.name.value; fields.email = one.email.value;
      one.hidden = true; two.hidden = false;
    };
    two.onsubmit = function (e) {
      e.preventDefault();
      fields.department = two.department.value;
      fields.order_number = two.order_number.value;
      fields.consent = two.consent.checked;
      chat.prechat(fields);
      two.hidden = true; talk.hidden = false;
      ready = true;
      pending.splice(0).forEach(function (fn) { fn(); });
    };
    var box = d.querySelector("textarea");
    box.addEventListener("keydown", function (e) {
      if (e.key !== "Enter") return;
      e.preventDefault();
      var text = box.value.trim();
      if (!text) return;
      box.value = "";
      var row = d.createElement("div");
      row.className = "tawk-message tawk-visitor-message";
      row.textContent = text;
      d.querySelector(".tawk-chat-panel").appendChild(row);
      chat.send(text);
    });
  });
  function set(on) {
    maximized = on;
    panel.style.display = on ? "block" : "none";
    if (on) { chat.open(); if (typeof api.onChatMaximized === "function") api.onChatMaximized(); }
  }
  bubble.addEventListener("load", function () {
    bubble.contentDocument.querySelector("[role=button]").onclick = function () { set(!maximized); };
  });
  api.propertyId = propertyId;
  api.maximize = function () { set(true); };
  api.minimize = function () { set(false); };
  api.toggle = function () { set(!maximized); };
  api.getStatus = function () { return "online"; };
  api.isChatMaximized = function () { return maximized; };
  window.Tawk_API = api;
  if (typeof api.onLoad === "function") api.onLoad();
})(__SANDBOX_KEY__);
