"""The website probe: a Lighthouse-style collector of what a company's site shows a customer."""
