/* The sandbox's chat backend as every vendor widget reaches it: one WebSocket to the
 * scripted chat (sandbox/chat.py). This is the vendors' servers, not their UI: each widget
 * draws its own panel. A widget in a cross-origin frame passes `site` (the embedding page's
 * host) because its own origin is the vendor's.
 *   var chat = __sandboxChat({status, message, chunk, typing, vanish}, site);
 *   chat.open(); chat.send(text); chat.prechat({name: ..., email: ...});
 */
window.__sandboxChat = function (on, site) {
  var scheme = location.protocol === "https:" ? "wss://" : "ws://";
  var url = scheme + location.host + "/__sandbox/chat" + (site ? "?site=" + encodeURIComponent(site) : "");
  var socket = new WebSocket(url);
  var outbox = [];
  function post(obj) {
    if (socket.readyState === 1) socket.send(JSON.stringify(obj)); else outbox.push(obj);
  }
  socket.onopen = function () {
    outbox.splice(0).forEach(function (o) { socket.send(JSON.stringify(o)); });
  };
  socket.onmessage = function (event) {
    var data = JSON.parse(event.data);
    if (data.type === "navigate") { window.top.location.assign(data.url); return; }
    var fn = on[data.type];
    if (fn) fn(data);
  };
  return {
    open: function () { post({ type: "open" }); },
    send: function (text) { post({ type: "visitor", text: text }); },
    prechat: function (fields) { post({ type: "prechat", fields: fields }); }
  };
};
