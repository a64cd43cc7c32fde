/* Sandbox chat widget shared by the fake vendor scripts.
 * Builds a vendor-looking container, a launcher and a messenger iframe whose panel has a
 * message log, a text box and a send button. Chat behaviour is wired in through the
 * returned object: `on("send", fn)` hears the visitor, `receive(text, author)` shows a reply.
 */
window.__sandboxWidget = function (cfg) {
  var doc = document;
  var handlers = { open: [], close: [], send: [] };
  var root = doc.createElement("div");
  if (cfg.containerId) root.id = cfg.containerId;
  if (cfg.containerClass) root.className = cfg.containerClass;
  root.setAttribute("data-sandbox-vendor", cfg.vendor);
  root.style.cssText = "position:fixed;right:16px;bottom:16px;z-index:2147483000;";

  var frame = doc.createElement("iframe");
  if (cfg.frameId) frame.id = cfg.frameId;
  if (cfg.frameName) frame.name = cfg.frameName;
  frame.title = cfg.frameTitle || "Chat";
  frame.style.cssText = "display:none;width:340px;height:420px;border:0;background:#fff;" +
    "box-shadow:0 4px 24px rgba(0,0,0,.2);border-radius:8px;margin-bottom:8px;";
  frame.srcdoc = "<!doctype html><meta charset=utf-8><style>body{font:14px sans-serif;margin:0}" +
    ".log{height:320px;overflow:auto;padding:8px}.msg{margin:4px 0}.agent{color:#114}" +
    "form{display:flex;gap:4px;padding:8px}textarea{flex:1;height:40px}</style>" +
    "<div class=log role=log aria-live=polite></div><form>" +
    "<textarea name=message aria-label='Message' placeholder='Write a message…'></textarea>" +
    "<button type=submit class=send aria-label='Send'>Send</button></form>";

  var launcher;
  if (cfg.launcherFrame) {
    launcher = doc.createElement("iframe");
    launcher.title = cfg.launcherTitle || "Open chat";
    launcher.style.cssText = "width:64px;height:64px;border:0;display:block;margin-left:auto;";
    launcher.srcdoc = "<!doctype html><button style='width:60px;height:60px;border-radius:30px'" +
      " aria-label='Open chat'>Chat</button>";
    launcher.addEventListener("load", function () {
      launcher.contentDocument.querySelector("button").onclick = function () { widget.toggle(); };
    });
  } else {
    launcher = doc.createElement("button");
    launcher.type = "button";
    launcher.setAttribute("aria-label", cfg.launcherTitle || "Open chat");
    launcher.textContent = "Chat";
    launcher.style.cssText = "width:60px;height:60px;border-radius:30px;display:block;margin-left:auto;";
    launcher.onclick = function () { widget.toggle(); };
  }
  if (cfg.launcherId) launcher.id = cfg.launcherId;
  if (cfg.launcherClass) launcher.className = cfg.launcherClass;

  function panel() { return frame.contentDocument; }
  function append(text, author) {
    var line = panel().createElement("div");
    line.className = "msg " + author;
    line.textContent = text;
    panel().querySelector(".log").appendChild(line);
  }
  frame.addEventListener("load", function () {
    panel().querySelector("form").onsubmit = function (event) {
      event.preventDefault();
      var box = panel().querySelector("textarea");
      var text = box.value.trim();
      if (!text) return;
      box.value = "";
      widget.send(text);
    };
  });

  var widget = {
    vendor: cfg.vendor,
    root: root,
    frame: frame,
    opened: false,
    on: function (name, fn) { handlers[name].push(fn); },
    emit: function (name, arg) { handlers[name].forEach(function (fn) { fn(arg); }); },
    open: function () { frame.style.display = "block"; widget.opened = true; widget.emit("open"); },
    close: function () { frame.style.display = "none"; widget.opened = false; widget.emit("close"); },
    toggle: function () { if (widget.opened) widget.close(); else widget.open(); },
    send: function (text) { append(text, "visitor"); widget.emit("send", text); },
    receive: function (text, author) { append(text, author || "agent"); }
  };
  root.appendChild(frame);
  root.appendChild(launcher);
  (doc.body || doc.documentElement).appendChild(root);
  window.__sandboxWidgets = window.__sandboxWidgets || {};
  window.__sandboxWidgets[cfg.vendor] = widget;
  return widget;
};
