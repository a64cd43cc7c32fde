/* Fake Tidio (docs Tidio "JavaScript API"): window.tidioChatApi.open/close/on('ready'),
 * div#tidio-chat holding iframe#tidio-chat-iframe. Lyro, Tidio's AI agent, is shown only
 * by its product name and its avatar (an image whose alt text is "Lyro").
 */
(function (key) {
  var holder = document.createElement("div");
  holder.id = "tidio-chat";
  var frame = document.createElement("iframe");
  frame.id = "tidio-chat-iframe";
  frame.title = "Tidio Chat";
  frame.style.cssText = "position:fixed;right:9px;bottom:9px;width:94px;height:94px;border:0;z-index:999999999";
  frame.srcdoc = "<!doctype html><meta charset=utf-8><style>body{margin:0;font:14px Mulish,sans-serif}" +
    "#button{position:absolute;right:0;bottom:0}.chat{display:none;height:560px}.on .chat{display:block}" +
    ".message{display:flex;gap:6px;margin:6px 0}.message img{width:24px;height:24px}</style>" +
    "<div id=wrap><div class=chat><div class=conversation-container><div class=message-container " +
    "style='height:470px;overflow:auto;padding:8px'></div></div><div class=input-group>" +
    "<textarea id=new-message-textarea placeholder='Enter your message...' aria-label='New message'></textarea>" +
    "<button id=send-button aria-label='Send message'>→</button></div></div>" +
    "<button id=button-body aria-label='Open chat window' style='width:60px;height:60px;border-radius:30px'>💬</button></div>";
  holder.appendChild(frame);
  document.body.appendChild(holder);
  var avatar = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='24' height='24'/%3E";
  var isOpen = false, ready = false, pending = [], listeners = {};
  function draw(m, own) {
    var d = frame.contentDocument, row = d.createElement("div");
    row.className = "message " + (own ? "message-visitor" : "message-operator");
    if (!own) {
      var img = d.createElement("img");
      img.src = avatar;
      img.alt = m.name || "";
      row.appendChild(img);
      var who = d.createElement("span");
      who.className = "message-author";
      who.textContent = m.name || "";
      row.appendChild(who);
    }
    var body = d.createElement("span");
    body.className = "message-content";
    body.textContent = m.text;
    row.appendChild(body);
    d.querySelector(".message-container").appendChild(row);
  }
  var chat = window.__sandboxChat({
    message: function (m) { if (ready) draw(m); else pending.push(function () { draw(m); }); }
  });
  function setOpen(on) {
    isOpen = on;
    frame.contentDocument.getElementById("wrap").className = on ? "on" : "";
    frame.style.width = on ? "380px" : "94px";
    frame.style.height = on ? "650px" : "94px";
    if (on) chat.open();
    (listeners[on ? "open" : "close"] || []).forEach(function (fn) { fn(); });
  }
  frame.addEventListener("load", function () {
    var d = frame.contentDocument, box = d.getElementById("new-message-textarea");
    d.getElementById("button-body").onclick = function () { setOpen(!isOpen); };
    d.getElementById("send-button").onclick = function () {
      var text = box.value.trim();
      if (!text) return;
      box.value = "";
      draw({ text: text }, true);
      chat.send(text);
    };
    ready = true;
    pending.splice(0).forEach(function (fn) { fn(); });
    window.tidioChatApi = {
      open: function () { setOpen(true); },
      close: function () { setOpen(false); },
      on: function (name, fn) { if (name === "ready") fn(); else (listeners[name] = listeners[name] || []).push(fn); },
      key: key
    };
    document.dispatchEvent(new Event("tidioChat-ready"));
  });
})(__SANDBOX_KEY__);
