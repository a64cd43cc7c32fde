/* Fake HubSpot chat: window.HubSpotConversations.widget, #hubspot-messages-iframe-container. */
(function (portalId) {
  var w = window.__sandboxWidget({ vendor: "hubspot", containerId: "hubspot-messages-iframe-container",
    frameTitle: "Chat Widget", launcherId: "hubspot-conversations-launcher",
    launcherTitle: "Open live chat" });
  var conversations = {
    portalId: portalId,
    widget: {
      load: function () {},
      open: function () { w.open(); },
      close: function () { w.close(); },
      status: function () { return { loaded: true }; }
    },
    on: function (name, fn) { if (name === "widgetLoaded") fn({ message: "loaded" }); }
  };
  window.HubSpotConversations = conversations;
  (window.hsConversationsOnReady || []).forEach(function (fn) { fn(); });
})(__SANDBOX_KEY__);
