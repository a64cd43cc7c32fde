/* Fake HubSpot chat (developers.hubspot.com, "Chat widget SDK"): window.HubSpotConversations.
 * widget.open/close/status/load, hsConversationsOnReady callbacks, div#hubspot-messages-iframe-
 * container holding the chat iframe. Each message carries an aria-label naming its author,
 * and that label is the only place a chatbot is called one.
 */
(function (portalId) {
  var container = document.createElement("div");
  container.id = "hubspot-messages-iframe-container";
  container.style.cssText = "position:fixed;right:16px;bottom:16px;z-index:2147483647";
  var frame = document.createElement("iframe");
  frame.title = "Chat Widget";
  frame.setAttribute("aria-label", "Chat Widget");
  frame.style.cssText = "width:100px;height:96px;border:0";
  frame.srcdoc = "<!doctype html><meta charset=utf-8><style>body{margin:0;font:14px sans-serif}" +
    ".thread{display:none}.open .thread{display:block}.messages{height:430px;overflow:auto;padding:8px}" +
    ".launcher{position:absolute;right:8px;bottom:8px;width:60px;height:60px;border-radius:30px;background:#ff7a59}</style>" +
    "<div id=root><div class=thread><div class=messages role=log aria-live=polite></div>" +
    "<div class=reply><textarea data-test-id=chat-input aria-label='Write a message' placeholder='Write a message'></textarea>" +
    "<button data-test-id=send-button aria-label='Send message'>Send</button></div></div>" +
    "<button class=launcher aria-label='Open live chat'></button></div>";
  container.appendChild(frame);
  document.body.appendChild(container);
  var open = false, loaded = false, pending = [];
  function draw(m, mine) {
    var d = frame.contentDocument, row = d.createElement("div");
    row.className = "message-row";
    row.setAttribute("aria-label", mine ? "Message from you" :
      "Message from " + m.name + (m.author === "bot" ? " (chatbot)" : ""));
    if (!mine) {
      var who = d.createElement("div");
      who.className = "message-author";
      who.textContent = m.name;
      row.appendChild(who);
    }
    var text = d.createElement("div");
    text.className = "message-text";
    text.textContent = m.text;
    row.appendChild(text);
    d.querySelector(".messages").appendChild(row);
  }
  var chat = window.__sandboxChat({
    message: function (m) { if (loaded) draw(m); else pending.push(function () { draw(m); }); }
  });
  function set(on) {
    open = on;
    frame.contentDocument.getElementById("root").className = on ? "open" : "";
    frame.style.width = on ? "376px" : "100px";
    frame.style.height = on ? "560px" : "96px";
    if (on) chat.open();
  }
  frame.addEventListener("load", function () {
    var d = frame.contentDocument, box = d.querySelector("textarea");
    d.querySelector(".launcher").onclick = function () { set(!open); };
    d.querySelector("[data-test-id=send-button]").onclick = function () {
      var text = box.value.trim();
      if (!text) return;
      box.value = "";
      draw({ text: text }, true);
      chat.send(text);
    };
    loaded = true;
    pending.splice(0).forEach(function (fn) { fn(); });
    window.HubSpotConversations = {
      widget: {
        open: function () { set(true); },
        close: function () { set(false); },
        status: function () { return { loaded: true }; },
        load: function () {},
        refresh: function () {}
      },
      on: function () {},
      portalId: portalId
    };
    (window.hsConversationsOnReady || []).forEach(function (fn) { fn(); });
  });
})(__SANDBOX_KEY__);
