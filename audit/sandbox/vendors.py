"""Live-chat vendors: their embed snippets as shipped, and the fake scripts their CDNs serve.

Each snippet is the vendor's own copy-paste code with its real CDN host plus
`.sandbox.test` (and the sandbox port), so nothing leaves loopback. The CDN host
serves `static/widget.js` (the shared chat panel) followed by `static/vendor_<id>.js`
(the vendor's global API and DOM ids).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

STATIC_DIR = Path(__file__).with_name("static")
SANDBOX_SUFFIX = ".sandbox.test"


@dataclass(frozen=True)
class Vendor:
    """One chat vendor: its CDN host and how a site embeds it."""

    id: str
    cdn_host: str
    snippet: Callable[[str, str], str]
    """(key, cdn base URL such as `http://widget.intercom.io.sandbox.test:8000`) -> HTML."""

    @property
    def sandbox_host(self) -> str:
        """The CDN host as served by the sandbox, e.g. `widget.intercom.io.sandbox.test`."""
        return self.cdn_host + SANDBOX_SUFFIX


def _intercom(key: str, base: str) -> str:
    return f"""<script>
  window.intercomSettings = {{ api_base: "https://api-iam.intercom.io", app_id: {json.dumps(key)} }};
</script>
<script>
(function(){{var w=window;var ic=w.Intercom;if(typeof ic==="function"){{ic('reattach_activator');ic('update',w.intercomSettings);}}else{{var d=document;var i=function(){{i.c(arguments);}};i.q=[];i.c=function(args){{i.q.push(args);}};w.Intercom=i;var l=function(){{var s=d.createElement('script');s.type='text/javascript';s.async=true;s.src='{base}/widget/' + {json.dumps(key)};var x=d.getElementsByTagName('script')[0];x.parentNode.insertBefore(s,x);}};if(document.readyState==='complete'){{l();}}else if(w.attachEvent){{w.attachEvent('onload',l);}}else{{w.addEventListener('load',l,false);}}}}}})();
</script>"""


def _zendesk(key: str, base: str) -> str:
    return (
        '<!-- Start of Zendesk Widget script -->\n'
        f'<script id="ze-snippet" src="{base}/ekr/snippet.js?key={key}"> </script>\n'
        "<!-- End of Zendesk Widget script -->"
    )


def _livechat(key: str, base: str) -> str:
    return f"""<!-- Start of LiveChat (www.livechat.com) code -->
<script>
    window.__lc = window.__lc || {{}};
    window.__lc.license = {json.dumps(key)};
    ;(function(n,t,c){{function i(n){{return e._h?e._h.apply(null,n):e._q.push(n)}}var e={{_q:[],_h:null,_v:"2.0",on:function(){{i(["on",c.call(arguments)])}},once:function(){{i(["once",c.call(arguments)])}},off:function(){{i(["off",c.call(arguments)])}},get:function(){{if(!e._h)throw new Error("[LiveChatWidget] You can't use getters before load.");return i(["get",c.call(arguments)])}},call:function(){{i(["call",c.call(arguments)])}},init:function(){{var n=t.createElement("script");n.async=!0,n.type="text/javascript",n.src="{base}/tracking.js",t.head.appendChild(n)}}}};!n.__lc.asyncInit&&e.init(),n.LiveChatWidget=n.LiveChatWidget||e}}(window,document,[].slice))
</script>
<!-- End of LiveChat code -->"""


def _drift(key: str, base: str) -> str:
    return f"""<!-- Start of Async Drift Code -->
<script>
"use strict";
!function() {{
  var t = window.driftt = window.drift = window.driftt || [];
  if (!t.init) {{
    if (t.invoked) return void (window.console && console.error && console.error("Drift snippet included twice."));
    t.invoked = !0, t.methods = [ "identify", "config", "track", "reset", "debug", "show", "ping", "page", "hide", "off", "on" ],
    t.factory = function(e) {{
      return function() {{
        var n = Array.prototype.slice.call(arguments);
        return n.unshift(e), t.push(n), t;
      }};
    }}, t.methods.forEach(function(e) {{
      t[e] = t.factory(e);
    }}), t.load = function(t) {{
      var e = 3e5, n = Math.ceil(new Date() / e) * e, o = document.createElement("script");
      o.type = "text/javascript", o.async = !0, o.crossorigin = "anonymous", o.src = "{base}/include/" + n + "/" + t + ".js";
      var i = document.getElementsByTagName("script")[0];
      i.parentNode.insertBefore(o, i);
    }};
  }}
}}();
drift.SNIPPET_VERSION = '0.3.1';
drift.load({json.dumps(key)});
</script>
<!-- End of Async Drift Code -->"""


def _tidio(key: str, base: str) -> str:
    return f'<script src="{base}/{key}.js" async></script>'


def _freshchat(key: str, base: str) -> str:
    return f"""<script>
  function initFreshChat() {{
    window.fcWidget.init({{ token: {json.dumps(key)}, host: "https://wchat.freshchat.com" }});
  }}
  function initialize(i,t){{var e;i.getElementById(t)?initFreshChat():((e=i.createElement("script")).id=t,e.async=!0,e.src="{base}/js/widget.js",e.onload=initFreshChat,i.head.appendChild(e))}}function initiateCall(){{initialize(document,"Freshdesk Messaging-js-sdk")}}window.addEventListener?window.addEventListener("load",initiateCall,!1):window.attachEvent("load",initiateCall,!1);
</script>"""


def _hubspot(key: str, base: str) -> str:
    return (
        "<!-- Start of HubSpot Embed Code -->\n"
        f'<script type="text/javascript" id="hs-script-loader" async defer src="{base}/{key}.js">'
        "</script>\n<!-- End of HubSpot Embed Code -->"
    )


def _crisp(key: str, base: str) -> str:
    return (
        '<script type="text/javascript">window.$crisp=[];'
        f"window.CRISP_WEBSITE_ID={json.dumps(key)};"
        '(function(){d=document;s=d.createElement("script");'
        f's.src="{base}/l.js";s.async=1;'
        'd.getElementsByTagName("head")[0].appendChild(s);})();</script>'
    )


def _tawk(key: str, base: str) -> str:
    return f"""<!--Start of Tawk.to Script-->
<script type="text/javascript">
var Tawk_API=Tawk_API||{{}}, Tawk_LoadStart=new Date();
(function(){{
var s1=document.createElement("script"),s0=document.getElementsByTagName("script")[0];
s1.async=true;
s1.src='{base}/{key}/default';
s1.charset='UTF-8';
s1.setAttribute('crossorigin','*');
s0.parentNode.insertBefore(s1,s0);
}})();
</script>
<!--End of Tawk.to Script-->"""


VENDORS: dict[str, Vendor] = {
    v.id: v
    for v in (
        Vendor("intercom", "widget.intercom.io", _intercom),
        Vendor("zendesk", "static.zdassets.com", _zendesk),
        Vendor("livechat", "cdn.livechatinc.com", _livechat),
        Vendor("drift", "js.driftt.com", _drift),
        Vendor("tidio", "code.tidio.co", _tidio),
        Vendor("freshchat", "wchat.freshchat.com", _freshchat),
        Vendor("hubspot", "js.hs-scripts.com", _hubspot),
        Vendor("crisp", "client.crisp.chat", _crisp),
        Vendor("tawk", "embed.tawk.to", _tawk),
    )
}
"""Vendor id (the `chat.vendor` metric value) -> vendor."""


def vendor_for_host(host: str) -> Vendor | None:
    """The vendor whose sandbox CDN host is `host` (no port), or None."""
    for vendor in VENDORS.values():
        if vendor.sandbox_host == host:
            return vendor
    return None


def embed_snippet(vendor_id: str, key: str, port: int) -> str:
    """The HTML a site pastes to embed `vendor_id` with account `key`, on sandbox `port`."""
    vendor = VENDORS[vendor_id]
    return vendor.snippet(key, f"http://{vendor.sandbox_host}:{port}")


@cache
def _static(name: str) -> str:
    return (STATIC_DIR / name).read_text(encoding="utf-8")


def vendor_script(vendor_id: str, key: str) -> str:
    """The JavaScript the vendor's CDN serves: the shared panel plus the vendor's adapter."""
    adapter = _static(f"vendor_{vendor_id}.js").replace("__SANDBOX_KEY__", json.dumps(key))
    return _static("widget.js") + "\n" + adapter


def key_from_path(vendor_id: str, path: str) -> str:
    """The account key a vendor script URL carries (best effort; `sandbox` when unknown)."""
    parts = [p for p in path.split("/") if p]
    if vendor_id in ("tidio", "hubspot") and parts:
        return parts[-1].removesuffix(".js")
    if vendor_id == "intercom" and len(parts) >= 2:
        return parts[1]
    if vendor_id == "drift" and parts:
        return parts[-1].removesuffix(".js")
    if vendor_id == "tawk" and parts:
        return parts[0]
    return "sandbox"
