"""Signs in demo accounts, finds the pages each can read (home, navigation, assignment and weeks pages) and the weeks a
mentee can update, and writes them as a Lua table for mixed-load.lua. Prints what it found."""
import http.cookiejar, re, sys, urllib.parse, urllib.request

base, out = sys.argv[1], sys.argv[2]
PASSWORD = "stretch-portal-demo"
ACCOUNTS = ["mentee@example.org", "farah.begum@example.org", "nadia.karim@example.org", "ravi.sharma@example.org",
            "mentor@example.org", "sponsor@example.org", "coach@example.org", "lead@example.org", "admin@example.org"]
SKIP = re.compile(r"(Logout|\.csv|\.xlsx|Export|/Download|/health|/lib/|/css/|/js/|Calendar|\.ics)", re.I)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def session(email):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/Account/Login").read().decode()
    token = re.search(r'name="__RequestVerificationToken"[^>]*value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"Email": email, "Password": PASSWORD, "__RequestVerificationToken": token})
    opener.open(base + "/Account/Login", form.encode()).read()
    plain = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    return jar, plain


def get(opener, path):
    try:
        with opener.open(base + path) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, ""


def links(html):
    found = []
    for href in re.findall(r'href="(/[^"#]*)"', html):
        href = href.replace("&amp;", "&")
        if not SKIP.search(href) and href not in found:
            found.append(href)
    return found


def lua(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


accounts = []
for email in ACCOUNTS:
    jar, opener = session(email)
    status, home = get(opener, "/")
    reads, weeks, token = ["/"], [], None
    queue = links(home)
    # Home and navigation, then one level below: assignment details and their weeks.
    for path in queue[:40]:
        s, html = get(opener, path)
        if s != 200:
            continue
        if path not in reads:
            reads.append(path)
        for more in links(html):
            if re.match(r"^/(Assignments/Details/|Weeks\?assignmentId=)", more) and more not in reads and len(reads) < 30:
                s2, html2 = get(opener, more)
                if s2 == 200:
                    reads.append(more)
                    for upd in re.findall(r'href="(/Weeks/Update/[0-9a-f-]{36})"', html2):
                        if upd not in weeks:
                            weeks.append(upd)
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    if weeks:
        s, form = get(opener, weeks[0])
        token = re.search(r'name="__RequestVerificationToken"[^>]*value="([^"]+)"', form).group(1)
    accounts.append((email, cookie, reads, weeks, token))
    print(f"  {email}: {len(reads)} pages to read, {len(weeks)} weeks to update")

with open(out, "w") as f:
    f.write("return {\n")
    for email, cookie, reads, weeks, token in accounts:
        f.write("  { email = %s, cookie = %s, token = %s,\n" % (lua(email), lua(cookie), lua(token or "")))
        f.write("    reads = { %s },\n" % ", ".join(lua(r) for r in reads))
        f.write("    weeks = { %s } },\n" % ", ".join(lua(w) for w in weeks))
    f.write("}\n")
