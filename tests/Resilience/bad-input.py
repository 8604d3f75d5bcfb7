"""Posts every form a demo role can reach with bad input and checks the portal never fails (5xx) and never runs a script.

For anonymous visitors and each demo role: crawl the pages reachable from the home page and navigation (same-origin
links, DEPTH levels, at most PAGES pages), find every POST form (one per action and field set), and post it with each
kind of bad value: empty; oversized (1 MB in text fields); malformed (impossible dates, words in number fields,
invalid GUIDs in hidden ids and versions, unknown choices); Unicode (right-to-left text, emoji, combining marks, NUL);
script-laden (<script>, an onerror image, javascript: URLs). Every answer (and the page a redirect leads to) is
checked: no 5xx, and no payload echoed unencoded (raw <script>alert(1)</script>, <img ... onerror=...>, or a
javascript: link). Finally every page is read again to catch stored values shown unencoded.

    python3 bad-input.py http://127.0.0.1:5193
Settings (environment): DEPTH (2), PAGES (80 per role)
"""
import html.parser, http.cookiejar, os, re, sys, urllib.parse, urllib.request
from collections import Counter

base = sys.argv[1]
DEPTH = int(os.environ.get("DEPTH", "2"))
PAGES = int(os.environ.get("PAGES", "80"))
ROLES = [None, "mentee@example.org", "mentor@example.org", "sponsor@example.org", "coach@example.org",
         "lead@example.org", "admin@example.org"]
SKIP = re.compile(r"(Logout|\.csv|\.xlsx|\.ics|Export|Download|/health|/lib/|/css/|/js/|/benchmark)", re.I)
SCRIPT = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'
RAW = [re.compile(r"<script>alert\(1\)</script>"), re.compile(r"<img src=x onerror=alert\(1\)>"),
       re.compile(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", re.I)]
MB = "A" * (1024 * 1024)
UNICODE = "مرحبا بالعالم שלום 😀👩🏽‍⚕️ e\u0301\u0301\u0301 \u202eesrever\u202c \u0000NUL\u0000 \uffff \U0001F4A9"
GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
KINDS = ["empty", "oversized", "malformed", "unicode", "script", "javascript-url"]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


class Page(html.parser.HTMLParser):
    """The links and POST forms of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.forms, self.form, self.select, self.textarea = [], [], None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form" and (a.get("method") or "").lower() == "post":
            self.form = {"action": a.get("action") or "", "fields": []}
            self.forms.append(self.form)
        elif self.form is not None and tag == "input" and a.get("name"):
            kind = (a.get("type") or "text").lower()
            if kind in ("radio", "checkbox") and "checked" not in a:
                self.form["fields"].append((a["name"], kind, a.get("value") or "on", False))
            elif kind not in ("submit", "button", "image", "reset", "file"):
                self.form["fields"].append((a["name"], kind, a.get("value") or "", True))
        elif self.form is not None and tag == "button" and a.get("name"):
            self.form["fields"].append((a["name"], "button", a.get("value") or "", "formaction" not in a))
        elif self.form is not None and tag == "select" and a.get("name"):
            self.select = [a["name"], "select", None, True]
            self.form["fields"].append(self.select)
        elif self.select is not None and tag == "option":
            if self.select[2] is None or "selected" in a:
                self.select[2] = a.get("value", "")
        elif self.form is not None and tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], "textarea", "", True]
            self.form["fields"].append(self.textarea)

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[2] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None
        elif tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None


def client(email):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    if email:
        status, page, _ = fetch(opener, "/Account/Login")
        token = re.search(r'name="__RequestVerificationToken"[^>]*value="([^"]+)"', page).group(1)
        fetch(opener, "/Account/Login", {"Email": email, "Password": "stretch-portal-demo", "__RequestVerificationToken": token})
    return opener


def fetch(opener, path, fields=None):
    data = urllib.parse.urlencode(fields, doseq=True).encode() if fields is not None else None
    try:
        with opener.open(urllib.request.Request(base + path, data), timeout=120) as r:
            return r.status, r.read().decode(errors="replace"), r.headers.get("Location")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace"), e.headers.get("Location")


def local(href, current):
    url = urllib.parse.urljoin(base + current, href.replace("&amp;", "&"))
    if not url.startswith(base + "/"):
        return None
    path = url[len(base):].split("#")[0]
    return None if SKIP.search(path) else path


def shape(path):
    return re.sub(r"[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}", "{id}", path.split("?")[0])


def crawl(opener, start):
    pages, seen, frontier = {}, set(start), list(start)
    for _ in range(DEPTH + 1):
        following = []
        for path in frontier:
            if len(pages) >= PAGES:
                break
            status, body, _ = fetch(opener, path)
            if status != 200:
                continue
            parsed = Page()
            parsed.feed(body)
            pages[path] = parsed
            for href in parsed.links:
                target = local(href, path)
                if target and target not in seen and shape(target) not in {shape(s) for s in seen if s.count("/") > 2}:
                    seen.add(target)
                    following.append(target)
        frontier = following
    return pages


def bad_value(kind, name, field_kind, value):
    lname = name.lower()
    if kind == "empty":
        return ""
    if kind == "oversized":
        return MB if field_kind in ("text", "textarea", "email", "search", "url", "tel", "password") else value
    if kind == "malformed":
        if field_kind == "date" or "date" in lname or lname.endswith("on"):
            return "2025-02-31"
        if field_kind == "number" or re.fullmatch(r"-?\d+(\.\d+)?", value or "x"):
            return "twelve"
        if GUID.match(value or "") or lname.endswith("id") or lname.endswith("ids") or lname == "version":
            return "not-a-guid"
        if field_kind in ("select", "radio", "checkbox", "button"):
            return "999"
        return "%00%zz\\'\";--"
    if kind == "unicode":
        return UNICODE if field_kind not in ("hidden", "radio", "checkbox", "select", "button") else value
    if kind == "script":
        return SCRIPT if field_kind not in ("hidden", "button") else value
    if kind == "javascript-url":
        return "javascript:alert(1)" if field_kind not in ("hidden", "button") else value
    return value


def unsafe(body):
    return [p.pattern for p in RAW if p.search(body)]


counts, fivexx, reflected_raw, encoded, posted = Counter(), [], [], 0, 0
for email in ROLES:
    role = email or "anonymous"
    opener = client(email)
    start = ["/"] if email else ["/Account/Login", "/Account/Register", "/Account/ForgotPassword", "/Help/Privacy"]
    pages = crawl(opener, start)
    forms, seen_forms = [], set()
    for path, parsed in pages.items():
        for form in parsed.forms:
            action = local(form["action"] or path, path) if not (form["action"] or "").startswith("javascript") else None
            if not action or "Logout" in action:
                continue
            key = (shape(action), tuple(sorted(f[0] for f in form["fields"])))
            if key not in seen_forms:
                seen_forms.add(key)
                forms.append((path, action, form))
    print(f"{role}: {len(pages)} pages, {len(forms)} distinct forms")
    for page_path, action, form in forms:
        for kind in KINDS:
            # A fresh copy of the page: a current anti-forgery token and Version.
            status, body, _ = fetch(opener, page_path)
            fresh = Page()
            fresh.feed(body)
            match = next((f for f in fresh.forms if local(f["action"] or page_path, page_path) == action), form)
            fields = []
            for name, field_kind, value, included in match["fields"]:
                if name == "__RequestVerificationToken":
                    fields.append((name, value))
                elif field_kind == "hidden" and kind != "malformed":
                    fields.append((name, value))
                elif field_kind == "hidden":
                    fields.append((name, bad_value(kind, name, field_kind, value)))
                elif included or kind == "malformed":
                    fields.append((name, bad_value(kind, name, field_kind, value or "")))
            status, body, location = fetch(opener, action, fields)
            posted += 1
            counts[status] += 1
            bodies = [body]
            if status in (301, 302, 303) and location and location.startswith("/"):
                bodies.append(fetch(opener, location)[1])
            if status >= 500:
                fivexx.append(f"{role} {kind} POST {shape(action)} -> {status}")
            for b in bodies:
                if unsafe(b):
                    reflected_raw.append(f"{role} {kind} POST {shape(action)}: {unsafe(b)}")
                if "&lt;script&gt;alert(1)&lt;/script&gt;" in b:
                    encoded += 1
    # Stored values: every page again.
    for path in crawl(opener, start):
        status, body, _ = fetch(opener, path)
        if status >= 500:
            fivexx.append(f"{role} GET {path} -> {status} (after the bad posts)")
        if unsafe(body):
            reflected_raw.append(f"{role} GET {path} (stored): {unsafe(body)}")
        if "&lt;script&gt;alert(1)&lt;/script&gt;" in body:
            encoded += 1

print()
print(f"Posts: {posted}; answers by status: " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
print(f"5xx: {len(fivexx)}")
for line in fivexx:
    print("  " + line)
print(f"Responses showing the script payload HTML-encoded (as text): {encoded}")
print(f"Responses with a payload unencoded (would run): {len(reflected_raw)}")
for line in sorted(set(reflected_raw)):
    print("  " + line)
sys.exit(1 if fivexx or reflected_raw else 0)
