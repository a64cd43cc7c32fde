/* The sandbox's chat backend as every vendor widget reaches it: one WebSocket to the
 * scripted chat (sandbox/chat.py). This is the vendors' servers, not their UI: each widget
 * draws its own panel. A widget in a cross-origin frame passes `site` (the embedding page's
 * host) because its own origin is the vendor's.
 * Like a real vendor's client it stamps, with the page's clock, when it hands a visitor
 * message to the socket and when each message from the server arrives (before the widget
 * draws it), and reports arrivals back (`ack`): the page-side ground truth in the log.
 *   var chat = __sandboxChat({status, message, chunk, typing, vanish}, site);
 *   chat.open(); chat.send(text); chat.prechat({name: ..., email: ...});
 */
window.__sandboxChat = function (on, site) {
  var scheme = location.protocol === "https:" ? "wss://" : "ws://";
  var url = scheme + location.host + "/__sandbox/chat" + (site ? "?site=" + encodeURIComponent(site) : "");
  var socket = new WebSocket(url);
  var outbox = [];
  var clock = function () { return (performance.timeOrigin + performance.now()) / 1000; };
  function post(obj) {
    if (socket.readyState === 1) socket.send(JSON.stringify(obj)); else outbox.push(obj);
  }
  socket.onopen = function () {
    outbox.splice(0).forEach(function (o) { socket.send(JSON.stringify(o)); });
  };
  socket.onmessage = function (event) {
    var arrived = clock();
    var data = JSON.parse(event.data);
    if (data.type === "navigate") { window.top.location.assign(data.url); return; }
    var fn = on[data.type];
    if (fn) fn(data);
    if (data.id !== undefined) post({ type: "ack", id: data.id, t: arrived });
  };
  return {
    open: function () { post({ type: "open" }); },
    send: function (text) { post({ type: "visitor", text: text, t: clock() }); },
    prechat: function (fields) { post({ type: "prechat", fields: fields }); }
  };
};
