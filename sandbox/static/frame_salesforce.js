/* Inside Salesforce's Enhanced Chat frame (the deployment's site, cross-origin to the shop):
 * a Lightning Web Components app, so every component draws into its own (open, native) shadow
 * root: runtime_copilot-cwc-broker > cwc-layout, whose template holds the button
 * (.chat-fab-container), the header (minimize, chat menu), the pre-chat form (First Name,
 * Last Name, Email, "Start Conversation") and then the conversation: .cwc-message rows with
 * cwc-inbound-message / cwc-outbound-message / cwc-system-message classes ("Maria joined the
 * conversation"), each with the sender's name above its text. Composer: "Type your message...",
 * Enter or the send button. Element and class names as a live deployment shows them (a
 * Playwright page object for ECV2); the inner layout is simplified.
 */
(function () {
  var params = new URLSearchParams(location.search);
  var parentOrigin = document.referrer ? new URL(document.referrer).origin : "*";
  function tell(what) { window.parent.postMessage({ esw: what }, parentOrigin); }
  function host(tag, parent) {
    var el = document.createElement(tag);
    parent.appendChild(el);
    return el.attachShadow({ mode: "open" });
  }
  var broker = host("runtime_copilot-cwc-broker", document.body);
  var root = host("cwc-layout", broker);
  root.innerHTML = "<style>:host{display:block;font:14px 'Salesforce Sans',Arial}.window{display:none;height:590px;flex-direction:column;background:#fff}" +
    ".on .window{display:flex}.on .chat-fab-container{display:none}header{display:flex;background:#0176d3;color:#fff;padding:8px}" +
    "header h2{flex:1;margin:0;font-size:15px}.cwc-conversation-body{flex:1;overflow:auto;padding:8px}.cwc-message{margin:6px 0}" +
    ".cwc-sender-name{font-size:11px;color:#555}.cwc-footer{display:flex;padding:8px}.cwc-footer textarea{flex:1}" +
    ".chat-fab-container{position:fixed;right:8px;bottom:8px}.slds-button_icon-container{width:60px;height:60px;border-radius:30px;background:#0176d3;border:0}</style>" +
    "<div class=layout><section class=window role=dialog aria-label='Chat window'><header><h2>Chat with an Agent</h2>" +
    "<button class=slds-button aria-label='Open the chat menu'>⋮</button>" +
    "<button class='slds-button minimize' aria-label='Minimize the chat window'>–</button></header>" +
    "<form class=cwc-prechat-form hidden><p>Please fill in the form to start the conversation.</p>" +
    "<label>First Name <input name=FirstName autocomplete=given-name required></label>" +
    "<label>Last Name <input name=LastName autocomplete=family-name required></label>" +
    "<label>Email <input name=Email type=email required></label>" +
    "<button type=submit class='slds-button slds-button_brand'>Start Conversation</button></form>" +
    "<div class=cwc-conversation hidden><div class=cwc-conversation-body></div>" +
    "<div class=cwc-footer><textarea role=textbox placeholder='Type your message...' aria-label='Type your message...'></textarea>" +
    "<button class='slds-button send' aria-label='Send message'>➤</button></div></div></section>" +
    "<div class=chat-fab-container><button class='slds-button slds-button_icon-container fab' " +
    "aria-label='Hello, have a question? Let’s chat.'></button></div></div>";
  var layout = root.querySelector(".layout"), form = root.querySelector("form");
  var talk = root.querySelector(".cwc-conversation"), list = root.querySelector(".cwc-conversation-body");
  var box = root.querySelector("textarea"), prechat = false, started = false;
  // like the real client, the window shows nothing until the deployment's settings (whether a
  // pre-chat form is on) have arrived: opened before that, it waits for them
  var settled = false, pending = false;
  function row(kind, name, text) {
    var r = document.createElement("div");
    r.className = "cwc-message cwc-" + kind + "-message";
    if (name) {
      var n = document.createElement("div");
      n.className = "cwc-sender-name";
      n.textContent = name;
      r.appendChild(n);
    }
    var t = document.createElement("div");
    t.className = "cwc-message-text";
    t.textContent = text;
    r.appendChild(t);
    list.appendChild(r);
  }
  var chat = window.__sandboxChat({
    status: function (s) {
      prechat = !!s.prechat;
      settled = true;
      if (pending) { pending = false; begin(); }
    },
    message: function (m) {
      if (m.author === "system") row("system", "", m.text);
      else row("inbound", m.name, m.text);
    },
    vanish: function () { tell("vanish"); }
  }, params.get("site"));
  function conversation() {
    started = true;
    form.hidden = true;
    talk.hidden = false;
    chat.open();
  }
  function begin() {
    if (started) return;
    if (!settled) { pending = true; return; }
    if (prechat) form.hidden = false; else conversation();
  }
  function set(on) {
    layout.className = on ? "layout on" : "layout";
    if (on) begin();
    tell(on ? "maximized" : "minimized");
  }
  form.onsubmit = function (e) {
    e.preventDefault();
    chat.prechat({ first: form.FirstName.value, last: form.LastName.value, email: form.Email.value });
    conversation();
  };
  function send() {
    var text = box.value.trim();
    if (!text) return;
    box.value = "";
    row("outbound", "", text);
    chat.send(text);
  }
  box.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); send(); }
  });
  root.querySelector(".send").onclick = send;
  root.querySelector(".fab").onclick = function () { set(true); };
  root.querySelector(".minimize").onclick = function () { set(false); };
  window.addEventListener("message", function (e) {
    if (!e.data || !e.data.esw) return;
    if (e.data.esw === "maximize") set(true);
  });
  tell("button");
})();
