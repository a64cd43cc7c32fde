/* Fake Sendbird AI Agent messenger (github.com/sendbird/delight-ai-agent, JavaScript "loadMessenger"):
 * an ES module imported by an inline <script type=module>; loadMessenger({useShadowDOM}) resolves
 * to a messenger with initialize({appId, aiAgentId}), open(), close(), onLoad(fn), destroy(). By
 * default (useShadowDOM true) the whole UI is drawn in a shadow root, so the page cannot reach
 * #sb-agent-launcher (the docs: "Initialize with useShadowDOM: false to access elements"). No
 * global is defined. The AI agent speaks under its own name with an "AI agent" label; after a
 * handoff a person answers under theirs. The shadow host's id and the inner class names are
 * this sandbox's (not documented by the vendor).
 */
export async function loadMessenger(options) {
  var useShadow = !(options && options.useShadowDOM === false);
  var hostEl = document.createElement("div");
  hostEl.id = "sb-aiagent-messenger";
  hostEl.style.cssText = "position:fixed;right:24px;bottom:24px;z-index:2147483000;font:14px sans-serif";
  var root = useShadow ? hostEl.attachShadow({ mode: "open" }) : hostEl;
  var loaded = [], chat = null, isOpen = false;
  var messenger = {
    initialize: function (config) {
      root.innerHTML = "<style>.sb-window{display:none;width:360px;height:520px;flex-direction:column;background:#fff;" +
        "box-shadow:0 6px 24px #0003;border-radius:12px;margin-bottom:12px}.open .sb-window{display:flex}" +
        ".sb-header{display:flex;align-items:center;padding:10px;border-bottom:1px solid #eee}.sb-header-title{flex:1;font-weight:600}" +
        ".sb-message-list{flex:1;overflow:auto;padding:10px}.sb-message{margin:8px 0}.sb-message-sender{font-size:12px;color:#666}" +
        ".sb-ai-label{font-size:10px;border:1px solid #999;border-radius:4px;padding:0 3px;margin-left:4px}" +
        ".sb-input{display:flex;padding:10px;border-top:1px solid #eee}.sb-input textarea{flex:1;height:36px}" +
        "#sb-agent-launcher{display:block;margin-left:auto;width:56px;height:56px;border-radius:28px;border:0;background:#6210cc}</style>" +
        "<div class=sb-messenger><div class=sb-window><div class=sb-header><span class=sb-header-title>Support</span>" +
        "<button class=sb-header-close aria-label='Close'>✕</button></div>" +
        "<div class=sb-message-list></div><div class=sb-input><textarea placeholder='Ask a question' aria-label='Ask a question'></textarea>" +
        "<button class=sb-send aria-label='Send'>↑</button></div></div>" +
        "<button id=sb-agent-launcher aria-label='Open messenger'><svg width=24 height=24 viewBox='0 0 24 24'><circle cx=12 cy=12 r=8 fill=#fff /></svg></button></div>";
      var shell = root.querySelector(".sb-messenger"), list = root.querySelector(".sb-message-list");
      var box = root.querySelector("textarea");
      function row(kind, name, label, text) {
        var r = document.createElement("div");
        r.className = "sb-message sb-message--" + kind;
        if (name) {
          var who = document.createElement("div");
          who.className = "sb-message-sender";
          who.textContent = name;
          if (label) {
            var tag = document.createElement("span");
            tag.className = "sb-ai-label";
            tag.textContent = label;
            who.appendChild(tag);
          }
          r.appendChild(who);
        }
        var body = document.createElement("div");
        body.className = "sb-message-content";
        body.textContent = text;
        r.appendChild(body);
        list.appendChild(r);
      }
      chat = window.__sandboxChat({
        message: function (m) {
          if (m.author === "system") row("admin", "", "", m.text);
          else row("incoming", m.name, m.author === "bot" ? "AI agent" : "", m.text);
        }
      });
      function send() {
        var text = box.value.trim();
        if (!text) return;
        box.value = "";
        row("outgoing", "", "", text);
        chat.send(text);
      }
      box.addEventListener("keydown", function (e) {
        if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); send(); }
      });
      root.querySelector(".sb-send").onclick = send;
      messenger.open = function () { isOpen = true; shell.className = "sb-messenger open"; chat.open(); };
      messenger.close = function () { isOpen = false; shell.className = "sb-messenger"; };
      root.querySelector("#sb-agent-launcher").onclick = function () {
        if (isOpen) messenger.close(); else messenger.open();
      };
      root.querySelector(".sb-header-close").onclick = function () { messenger.close(); };
      messenger.config = config;
      document.body.appendChild(hostEl);
      loaded.splice(0).forEach(function (fn) { fn(); });
      loaded = null;
    },
    open: function () {},
    close: function () {},
    onLoad: function (fn) { if (loaded) loaded.push(fn); else fn(); },
    destroy: function () { hostEl.remove(); }
  };
  return messenger;
}
