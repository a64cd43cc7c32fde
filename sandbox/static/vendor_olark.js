/* Fake Olark (olark.com/api: olark('api.box.expand'|'api.box.shrink'|'api.box.show'),
 * olark.identify(siteId), the async loader snippet queueing calls in olark._.s). The chatbox is
 * drawn in the page itself, no iframe: #olark-wrapper > #olark-container beside
 * button.olark-launch-button.olark-chat-tab; the conversation is .olark-conversation-container
 * (aria-label "chat", no role or live region) of .olark-message-block rows: .olark-visitor-message,
 * .olark-operator-message (nickname and avatar) and .olark-generated-message (automated notices).
 * Before the first message the visitor fills the introduction form (#olark-form-input-fname,
 * #olark-form-input-email, "Start chat"); then the composer is textarea[name=olark-message-textarea],
 * sent with Enter. Class and id names as sites' own CSS and test scripts use them.
 */
(function () {
  var queued = (window.olark && window.olark._ && window.olark._.s) || [];
  function start() {
    var wrap = document.createElement("div");
    wrap.id = "olark-wrapper";
    wrap.style.cssText = "position:fixed;right:20px;bottom:0;z-index:10000;font:14px sans-serif";
    wrap.innerHTML = "<div id=olark-container class=olark-hidden style='display:none;width:340px;background:#fff;box-shadow:0 0 12px #0004'>" +
      "<div class='olark-top-bar olark-theme-bg' style='display:flex;padding:8px;color:#fff;background:#5ba0d0'>" +
      "<span class=olark-top-bar-text style='flex:1'>Chat with us</span>" +
      "<div class=olark-top-bar-arrow role=button tabindex=0 aria-label='Minimize chat box'>▾</div></div>" +
      "<div class=olark-conversation-container aria-label=chat style='height:330px;overflow:auto;padding:8px'>" +
      "<div class=olark-message-block-container></div></div>" +
      "<form class='olark-form olark-intro-form' style='padding:8px'><p class=olark-intro-text>Hi! Tell us who you are and we'll be right with you.</p>" +
      "<input id=olark-form-input-fname name=fname placeholder='Name' aria-label='Name'>" +
      "<input id=olark-form-input-email name=email type=email placeholder='Email' aria-label='Email'>" +
      "<button type=submit class='olark-button olark-form-send-button'>Start chat</button></form>" +
      "<div class=olark-form-message-container hidden style='padding:8px'><textarea name=olark-message-textarea " +
      "id=olark-message-textarea placeholder='Type here and press enter' aria-label='Type here and press enter' style='width:95%'></textarea></div></div>" +
      "<div class=olark-launch-button-wrapper><button class='olark-launch-button olark-chat-tab olark-size-md' " +
      "style='display:block;margin-left:auto;padding:10px 18px;background:#5ba0d0;color:#fff;border:0'>" +
      "<span class=olark-button-text>Chat</span></button></div>";
    document.body.appendChild(wrap);
    var box = wrap.querySelector("#olark-container"), tab = wrap.querySelector(".olark-launch-button");
    var history = wrap.querySelector(".olark-message-block-container"), intro = wrap.querySelector(".olark-intro-form");
    var composer = wrap.querySelector(".olark-form-message-container"), input = wrap.querySelector("textarea");
    var expanded = false;
    function block(kind, nickname, text) {
      var row = document.createElement("div");
      row.className = "olark-message-block " + (kind === "visitor" ? "olark-visitor-message-block" : "olark-operator-message-block");
      if (nickname) {
        var avatar = document.createElement("img");
        avatar.className = "olark-message-avatar";
        avatar.alt = nickname;
        row.appendChild(avatar);
        var nick = document.createElement("span");
        nick.className = "olark-message-nickname";
        nick.textContent = nickname;
        row.appendChild(nick);
      }
      var body = document.createElement("div");
      body.className = kind === "system" ? "olark-generated-message" : "olark-" + kind + "-message";
      body.textContent = text;
      row.appendChild(body);
      history.appendChild(row);
    }
    var chat = window.__sandboxChat({
      message: function (m) {
        if (m.author === "system") block("system", "", m.text);
        else block("operator", m.name, m.text);
      }
    });
    function expand(on) {
      expanded = on;
      box.style.display = on ? "block" : "none";
      box.className = on ? "olark-expanded" : "olark-hidden";
      tab.style.display = on ? "none" : "block";
      if (on) chat.open();
    }
    tab.onclick = function () { expand(true); };
    wrap.querySelector(".olark-top-bar-arrow").onclick = function () { expand(false); };
    intro.onsubmit = function (e) {
      e.preventDefault();
      chat.prechat({ name: intro.fname.value, email: intro.email.value });
      intro.hidden = true;
      composer.hidden = false;
    };
    input.addEventListener("keydown", function (e) {
      if (e.key !== "Enter" || e.shiftKey) return;
      e.preventDefault();
      var text = input.value.trim();
      if (!text) return;
      input.value = "";
      block("visitor", "", text);
      chat.send(text);
    });
    var api = {
      "api.box.expand": function () { expand(true); },
      "api.box.show": function () { wrap.style.display = "block"; },
      "api.box.hide": function () { wrap.style.display = "none"; },
      "api.box.shrink": function () { expand(false); }
    };
    var olark = function (name) { if (api[name]) api[name](); };
    olark.identify = olark.configure = olark.extend = function () {};
    olark._ = { s: [], t: [], c: {} };
    window.olark = olark;
    queued.forEach(function (args) { olark.apply(null, [].slice.call(args)); });
  }
  if (document.body) start(); else document.addEventListener("DOMContentLoaded", start);
})();
