"""The website probe: a Lighthouse-style collector of what a company's site shows a customer.

`probe.WebsiteProbe` is the entry point (registered as "website"). The stages:

- `crawl`: homepage, then contact / help / FAQ / returns pages up to two clicks deep;
- `loading`, `settle`, `one_pass`, `cookies`: load a page to DOMContentLoaded, let it
  settle (load event, short timers, fetches), click away a cookie wall, read it;
- `page_facts` (+ `page_facts.js`): the visible text with positions, links, tel:
  links, JSON-LD, FAQ questions, forms, chat fingerprints, from one in-page pass;
- `phones`, `hours`, `sightings`: phone numbers (decoys out), opening hours, where seen;
- `links`, `words`: link classification from one multilingual word table;
- `vendors`, `jsonld`: the chat-vendor table, schema.org readers;
- `evidence`: HTML of each page, screenshots with numbers outlined;
- `report`: metrics, status and detail per channel.
"""
