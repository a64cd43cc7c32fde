/* Fake Crisp (docs.crisp.chat, "$crisp" JavaScript SDK): $crisp.push(["do", "chat:open"]),
 * $crisp.is("chat:opened"). Drawn in the page itself, no iframe: .crisp-client > #crisp-chatbox
 * with generated class names and no ARIA roles or live regions at all.
 */
(function (websiteId) {
  var client = document.createElement("div");
  client.className = "crisp-client";
  client.innerHTML = "<div id=crisp-chatbox class=cc-1xry style='position:fixed;right:24px;bottom:24px;z-index:1000000;font:14px sans-serif'>" +
    "<div class='cc-1apq' style='display:none;width:360px;background:#fff;box-shadow:0 0 16px #0003;border-radius:8px'>" +
    "<div class=cc-17ph style='background:#1972f5;color:#fff;padding:10px'><span class=cc-1w0a>Questions? Chat with us!</span></div>" +
    "<div class=cc-ge3v style='height:360px;overflow:auto;padding:8px'><div class=cc-10ss></div></div>" +
    "<div class=cc-1ada style='display:flex;padding:8px'><div class=cc-7z2w contenteditable=true data-placeholder='Compose your message...' " +
    "style='flex:1;min-height:30px;border:1px solid #ccc'></div><span class=cc-1kgs tabindex=0 style='padding:4px'>➤</span></div></div>" +
    "<a class=cc-1m2m href='#' style='display:block;width:60px;height:60px;border-radius:30px;background:#1972f5;margin-left:auto'>" +
    "<span class=cc-157a style='color:#fff;font-size:11px'>Chat</span></a></div>";
  document.body.appendChild(client);
  var panel = client.querySelector(".cc-1apq"), list = client.querySelector(".cc-10ss");
  var input = client.querySelector("[contenteditable]"), opened = false;
  function row(kind, name, text) {
    var r = document.createElement("div");
    r.className = kind;
    if (name) {
      var n = document.createElement("span");
      n.className = "cc-1hqb";
      n.textContent = name;
      r.appendChild(n);
      r.appendChild(document.createElement("br"));
    }
    var t = document.createElement("span");
    t.className = "cc-2ftq";
    t.textContent = text;
    r.appendChild(t);
    list.appendChild(r);
  }
  var chat = window.__sandboxChat({
    message: function (m) { row("cc-1wqe cc-zr4n", m.name, m.text); },
    vanish: function () { client.remove(); }
  });
  function submit() {
    var text = input.textContent.trim();
    if (!text) return;
    input.textContent = "";
    row("cc-1wqe cc-3zv8", "", text);
    chat.send(text);
  }
  input.addEventListener("keydown", function (e) { if (e.key === "Enter") { e.preventDefault(); submit(); } });
  client.querySelector(".cc-1kgs").onclick = submit;
  function set(on) { opened = on; panel.style.display = on ? "block" : "none"; if (on) chat.open(); }
  client.querySelector(".cc-1m2m").onclick = function (e) { e.preventDefault(); set(!opened); };
  var queued = Array.isArray(window.$crisp) ? window.$crisp.slice() : [];
  window.$crisp = {
    push: function (cmd) {
      if (cmd[0] === "do" && cmd[1] === "chat:open") set(true);
      else if (cmd[0] === "do" && cmd[1] === "chat:close") set(false);
    },
    is: function (what) { return what === "chat:opened" ? opened : false; },
    get: function () { return websiteId; }
  };
  queued.forEach(window.$crisp.push);
})(window.CRISP_WEBSITE_ID || __SANDBOX_KEY__);
