/* Fake Freshchat (developers.freshchat.com, Web Messenger API): window.fcWidget.init/open/close/
 * isOpen/isInitialized/on('widget:opened'), div#fc_frame holding iframe#fc_widget. Like a
 * React app it draws its whole message list again from its state on every message.
 */
(function () {
  var state = { messages: [], open: false, loaded: false };
  var listeners = {};
  var holder, frame;
  function render() {
    if (!state.loaded) return;
    var d = frame.contentDocument, list = d.querySelector(".h-conv-chat");
    list.innerHTML = "";
    state.messages.forEach(function (m) {
      var li = d.createElement("li");
      li.className = m.mine ? "h-reply h-reply-user" : "h-reply h-reply-agent";
      if (!m.mine && m.name) {
        var who = d.createElement("p");
        who.className = "h-name";
        who.textContent = m.name;
        li.appendChild(who);
      }
      var text = d.createElement("div");
      text.className = "h-chat-text";
      text.textContent = m.text;
      li.appendChild(text);
      list.appendChild(li);
    });
  }
  var chat;
  function build(token) {
    holder = document.createElement("div");
    holder.id = "fc_frame";
    holder.className = "fc-widget-normal";
    holder.style.cssText = "position:fixed;right:15px;bottom:15px;z-index:2147483000";
    frame = document.createElement("iframe");
    frame.id = "fc_widget";
    frame.name = "fc_widget";
    frame.title = "Chat";
    frame.style.cssText = "width:70px;height:70px;border:0";
    frame.srcdoc = "<!doctype html><meta charset=utf-8><style>body{margin:0;font:14px Helvetica}" +
      ".d-hotline{display:none}.on .d-hotline{display:block}.h-conv-chat{list-style:none;padding:8px;height:420px;overflow:auto;margin:0}" +
      ".h-name{font-size:11px;margin:0}</style><div id=app><div class=d-hotline><ul class=h-conv-chat></ul>" +
      "<div class=footer><textarea id=app-conversation-editor placeholder='Type your message here...' " +
      "aria-label='Type your message here'></textarea><button class=h-btn-send aria-label='Send message'>Send</button></div></div>" +
      "<button id=chat-icon class=fc-chat-icon aria-label='Open chat' style='width:60px;height:60px;border-radius:30px;position:absolute;right:0;bottom:0'>💬</button></div>";
    holder.appendChild(frame);
    document.body.appendChild(holder);
    chat = window.__sandboxChat({
      message: function (m) { state.messages.push({ name: m.name, text: m.text }); render(); }
    });
    frame.addEventListener("load", function () {
      var d = frame.contentDocument, box = d.getElementById("app-conversation-editor");
      d.getElementById("chat-icon").onclick = function () { set(!state.open); };
      d.querySelector(".h-btn-send").onclick = function () {
        var text = box.value.trim();
        if (!text) return;
        box.value = "";
        state.messages.push({ mine: true, text: text });
        render();
        chat.send(text);
      };
      state.loaded = true;
      render();
      (listeners["widget:loaded"] || []).forEach(function (fn) { fn(); });
    });
    frame.token = token;
  }
  function set(on) {
    state.open = on;
    frame.contentDocument.getElementById("app").className = on ? "on" : "";
    frame.style.width = on ? "380px" : "70px";
    frame.style.height = on ? "560px" : "70px";
    if (on) chat.open();
    (listeners[on ? "widget:opened" : "widget:closed"] || []).forEach(function (fn) { fn(); });
  }
  window.fcWidget = {
    init: function (options) { if (!holder) build(options && options.token); },
    isInitialized: function () { return !!holder && state.loaded; },
    open: function () { set(true); },
    close: function () { set(false); },
    isOpen: function () { return state.open; },
    on: function (name, fn) { (listeners[name] = listeners[name] || []).push(fn); }
  };
})();
