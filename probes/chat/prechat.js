// One pre-chat step (prechat.py): fill the first visible form of the widget, mark its button.
// `arg` is [values, topicWords]; the dom.js helpers are in scope.
  const [values, topicWords] = arg;
  const topic = new RegExp(topicWords, "i");
  const inConsent = (el) => {
    for (let p = el; p && p.nodeType === 1; p = up(p))
      if (/cookie|consent|onetrust|cybot|gdpr/i.test(ids(p))) return true;
    return false;
  };
  const field = 'input:not([type=hidden]):not([type=submit]):not([type=button]), select';
  const forms = deepAll("form, [role=form], [class*=prechat], [class*=pre-chat]")
    .filter((f) => visible(f) && floating(f) && !f.hasAttribute("data-audit-step")
                   && !inConsent(f)
                   && [...f.querySelectorAll(field)].some(visible));
  const form = forms[0];
  if (!form) return null;
  const labelOf = (el) => {
    const own = el.labels && el.labels.length ? [...el.labels].map((l) => l.textContent).join(" ") : "";
    return (own + " " + words(el) + " " + (el.getAttribute("autocomplete") || "")).toLowerCase();
  };
  const filled = [];
  for (const el of form.querySelectorAll(field)) {
    if (!visible(el) || el.disabled) continue;
    const what = labelOf(el);
    let kind = null, value = null;
    if (el.tagName === "SELECT") {
      const options = [...el.options].filter((o) => o.value || o.textContent.trim());
      const choice = options.find((o) => topic.test(o.textContent))
        || options.find((o) => o.value && !/choose|select|wähl|izber|επιλ|pasirink|seç/i.test(o.textContent));
      if (choice) { el.value = choice.value || choice.textContent; kind = "topic " + JSON.stringify(choice.textContent.trim().slice(0, 30)); }
    } else if (el.type === "checkbox") {
      if (!el.checked) { el.checked = true; kind = "consent"; }
    } else if (el.type === "email" || /e-?mail|e-pošt|ηλεκτρον|el\\. paštas|e-posta/.test(what)) {
      value = values.email; kind = "email";
    } else if (/order|bestell|naročil|παραγγελ|užsakym|sipariş/.test(what)) {
      value = values.order; kind = "order number";
    } else if (/family-name|last ?name|surname|nachname|priimek|επώνυμο|pavard|soyad/.test(what)) {
      value = values.last; kind = "last name";
    } else if (/given-name|first ?name|vorname|^\s*ime\b|μικρό όνομα|^\s*vardas/.test(what)) {
      value = values.first; kind = "first name";
    } else if (/name|ime|όνομα|vard|ad\\b|adınız/.test(what)) {
      value = values.name; kind = "name";
    } else if (el.type === "tel" || /phone|telefon|τηλέφ/.test(what)) {
      continue;
    }
    if (value !== null && !el.value) el.value = value;
    if (kind === null) continue;
    el.dispatchEvent(new Event("input", {bubbles: true}));
    el.dispatchEvent(new Event("change", {bubbles: true}));
    filled.push(kind);
  }
  const submit = [...form.querySelectorAll("button, input[type=submit], [role=button]")]
    .find((b) => visible(b) && !never(b));
  if (!submit) return null;
  form.setAttribute("data-audit-step", "1");
  deepAll("[data-audit-submit]").forEach((b) => b.removeAttribute("data-audit-submit"));
  submit.setAttribute("data-audit-submit", "1");
  return {filled: filled, button: words(submit).trim().slice(0, 40), text: form.innerText || form.textContent || ""};
