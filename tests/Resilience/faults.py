"""Takes the database away from a running portal and brings it back, checking what people and the balancer see.

  A. The SQLite file is moved away (as if removed or its volume lost), then moved back.
  B. Another process holds an exclusive lock (python sqlite3 BEGIN EXCLUSIVE), then releases it. In WAL mode reads
     go on; a save waits for the busy timeout (30 s) and then gets the 503 page.
For each: the page a signed-in person gets (status, Retry-After, heading), /health/ready, /health/live, whether the
process is still running, and that it recovers by itself (no restart) once the database is back.

    python3 faults.py http://127.0.0.1:5192 /path/to/portal.db <portal pid>
"""
import http.cookiejar, os, re, sqlite3, sys, time, urllib.parse, urllib.request

base, database, pid = sys.argv[1], sys.argv[2], int(sys.argv[3])
TOKEN = re.compile(r'name="__RequestVerificationToken"[^>]*value="([^"]+)"')
VERSION = re.compile(r'name="Version"[^>]*value="([^"]*)"|value="([^"]*)"[^>]*name="Version"')
H1 = re.compile(r"<h1[^>]*>\s*(.*?)\s*</h1>", re.S)
rows, failures = [], []


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)


def fetch(path, data=None):
    started = time.monotonic()
    try:
        with opener.open(base + path, data, timeout=90) as r:
            status, headers, body = r.status, r.headers, r.read().decode()
    except urllib.error.HTTPError as e:
        status, headers, body = e.code, e.headers, e.read().decode(errors="replace")
    heading = H1.search(body)
    return {"status": status, "retry": headers.get("Retry-After") or "-", "h1": heading.group(1) if heading else body[:30].strip(),
            "seconds": round(time.monotonic() - started, 1)}


def alive():
    try:
        os.kill(pid, 0)
        return "yes"
    except OSError:
        return "no"


def record(step, path, answer, want):
    rows.append(f"| {step} | {path} | {answer['status']} | {answer['retry']} | {answer['h1']} | {answer['seconds']} | {alive()} |")
    if answer["status"] != want:
        failures.append(f"{step}: {path} answered {answer['status']}, expected {want}")


def sign_in(email="mentee@example.org"):
    page = opener.open(base + "/Account/Login").read().decode()
    form = urllib.parse.urlencode({"Email": email, "Password": "stretch-portal-demo", "__RequestVerificationToken": TOKEN.search(page).group(1)})
    try:
        opener.open(base + "/Account/Login", form.encode())
    except urllib.error.HTTPError:
        pass


def week_update_post():
    """The update form of the mentee's first updatable week, filled in and ready to post."""
    with opener.open(base + "/Assignments") as r:
        assignments = re.findall(r"/Assignments/Details/([0-9a-f-]{36})", r.read().decode())
    for assignment in assignments:
        with opener.open(base + f"/Weeks?assignmentId={assignment}") as r:
            found = re.search(r'href="(/Weeks/Update/[0-9a-f-]{36})"', r.read().decode())
        if found:
            path = found.group(1)
            break
    with opener.open(base + path) as r:
        page = r.read().decode()
    version = next(g for g in VERSION.search(page).groups() if g is not None)
    fields = {"Status": "Done", "Note": "Saved during the fault test", "HoursWorked": "5", "Version": version,
              "__RequestVerificationToken": TOKEN.search(page).group(1)}
    return path, urllib.parse.urlencode(fields).encode()


sign_in()
record("before", "/", fetch("/"), 200)
record("before", "/health/ready", fetch("/health/ready"), 200)

# A. The file goes away.
os.rename(database, database + ".away")
record("A: file moved away", "/", fetch("/"), 503)
record("A: file moved away", "/Assignments", fetch("/Assignments"), 503)
record("A: file moved away", "/health/ready", fetch("/health/ready"), 503)
record("A: file moved away", "/health/live", fetch("/health/live"), 200)
created = os.path.exists(database)
os.rename(database + ".away", database)
if created:
    failures.append("A: an empty database was created in place of the missing file")
record("A: file back", "/", fetch("/"), 200)
record("A: file back", "/health/ready", fetch("/health/ready"), 200)

# B. Another process locks the database.
path, body = week_update_post()
holder = sqlite3.connect(database, isolation_level=None, timeout=5)
holder.execute("BEGIN EXCLUSIVE")
record("B: exclusive lock held", "/ (read)", fetch("/"), 200)
record("B: exclusive lock held", f"POST {path[:20]}...", fetch(path, body), 503)
record("B: exclusive lock held", "/health/ready", fetch("/health/ready"), 503)
record("B: exclusive lock held", "/health/live", fetch("/health/live"), 200)
holder.execute("ROLLBACK")
holder.close()
path, body = week_update_post()
record("B: lock released", f"POST {path[:20]}...", fetch(path, body), 302)
record("B: lock released", "/health/ready", fetch("/health/ready"), 200)
saved = sqlite3.connect(database).execute(
    "SELECT COUNT(*) FROM WeeklyDeliverables WHERE lower(Id) = ? AND Note = 'Saved during the fault test'", (path.rsplit("/", 1)[1],)).fetchone()[0]
if saved != 1:
    failures.append("B: the save after the lock was released is not in the database")

print("| step | request | status | Retry-After | page heading | seconds | process alive |")
print("|---|---|---|---|---|---|---|")
print("\n".join(rows))
print(f"Saved after recovery: {saved} row with the update. Restarts: none (one process, pid {pid}, throughout).")
if failures:
    print("PROBLEMS:\n  " + "\n  ".join(failures))
    sys.exit(1)
print("Target met: friendly 503 with Retry-After while the database is away, readiness failing, no crash, recovery without a restart.")
