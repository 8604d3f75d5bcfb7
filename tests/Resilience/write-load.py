"""Concurrent weekly updates, then a check of the database with sqlite3.

Every demo mentee with an assignment taking weekly updates signs in; their weeks page gives the weeks they can plan
(no row yet) and update (a planned week). Up to CLIENTS clients (default 64) each take a distinct week; RACES pairs of
clients (default 4 + 4) race on the same week, half on updating a planned week, half on planning a new one. Every
client opens its form first (its anti-forgery token and the week's Version), then all post at the same moment.
Expected afterwards: every distinct week holds exactly its client's text; each race has one winner and one loser told
the week changed meanwhile, and holds the winner's text; exactly one row per week; one audit entry per save.

    python3 write-load.py http://127.0.0.1:5191 /path/to/portal.db
"""
import http.cookiejar, os, re, sqlite3, subprocess, sys, threading, urllib.parse, urllib.request

base, database = sys.argv[1], sys.argv[2]
CLIENTS = int(os.environ.get("CLIENTS", "64"))
RACES = int(os.environ.get("RACES", "4"))
PASSWORD = "stretch-portal-demo"
CHANGED = "Someone else changed this week while you were editing"
PLANNED = "This week was planned meanwhile"
TOKEN = re.compile(r'name="__RequestVerificationToken"[^>]*value="([^"]+)"')
VERSION = re.compile(r'name="Version"[^>]*value="([^"]*)"|value="([^"]*)"[^>]*name="Version"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def session(email):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    page = opener.open(base + "/Account/Login").read().decode()
    form = urllib.parse.urlencode({"Email": email, "Password": PASSWORD, "__RequestVerificationToken": TOKEN.search(page).group(1)})
    try:
        opener.open(base + "/Account/Login", form.encode())
    except urllib.error.HTTPError as e:
        if e.code != 302:
            raise
    return opener


def fetch(opener, path, data=None):
    try:
        with opener.open(base + path, data) as r:
            return r.status, r.read().decode(), r.headers.get("Location")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace"), e.headers.get("Location")


def sql(query):
    return subprocess.run(["sqlite3", "-readonly", database, query], check=True, capture_output=True, text=True).stdout.strip()


def week_rows(target):
    _, kind, path = target
    if kind == "update":
        week_id = path.rsplit("/", 1)[1]
        return sql(f"SELECT Plan || '|' || COALESCE(Note, '') FROM WeeklyDeliverables WHERE lower(Id) = '{week_id}'").splitlines()
    query = urllib.parse.parse_qs(urllib.parse.urlparse(path).query)
    return sql(f"SELECT Plan || '|' || COALESCE(Note, '') FROM WeeklyDeliverables WHERE lower(AssignmentId) = '{query['assignmentId'][0]}' "
               f"AND WeekStarting = '{query['week'][0]}'").splitlines()



# The mentees whose assignments take weekly updates (agreed or in progress), from the database.
mentees = sql("SELECT DISTINCT u.Email FROM StretchAssignments a JOIN Enrolments e ON e.Id = a.EnrolmentId "
              "JOIN AspNetUsers u ON u.Id = e.MenteeId WHERE a.Status IN ('Agreed', 'InProgress') ORDER BY u.Email").split()
targets = []  # (email, kind, path)
for email in mentees:
    opener = session(email)
    _, home, _ = fetch(opener, "/Assignments")
    for assignment in sorted(set(re.findall(r'/Assignments/Details/([0-9a-f-]{36})', home))):
        _, weeks, _ = fetch(opener, f"/Weeks?assignmentId={assignment}")
        targets += [(email, "plan", p.replace("&amp;", "&")) for p in re.findall(r'href="(/Weeks/Plan\?assignmentId=[^"]+)"', weeks)]
        targets += [(email, "update", p) for p in re.findall(r'href="(/Weeks/Update/[0-9a-f-]{36})"', weeks)]
# Planning links also appear on planned weeks (to change the plan): keep only weeks with no row yet, so that every
# week is the target of one kind of post only.
targets = [t for t in targets if t[1] == "update" or not week_rows(t)]
races = [t for t in targets if t[1] == "update"][:RACES] + [t for t in targets if t[1] == "plan"][:RACES]
distinct = [t for t in targets if t not in races][:CLIENTS]
print(f"{len(mentees)} mentees; {len(targets)} weeks open to them; {len(distinct)} clients on distinct weeks "
      f"({sum(1 for t in distinct if t[1] == 'plan')} planning, {sum(1 for t in distinct if t[1] == 'update')} updating); "
      f"{len(races)} weeks raced by two clients each")

clients = [(t, f"distinct-{n}") for n, t in enumerate(distinct)] + \
          [(t, f"race-{n}-{side}") for n, t in enumerate(races) for side in "ab"]
audit_before = int(sql("SELECT COUNT(*) FROM AuditEntries WHERE EntityType = 'WeeklyDeliverable'"))
rows_before = int(sql("SELECT COUNT(*) FROM WeeklyDeliverables"))
barrier = threading.Barrier(len(clients))
results = {}


def prepare(target, marker):
    """Signs the client in and opens its form: its own session, anti-forgery token and the week's Version."""
    email, kind, path = target
    opener = session(email)
    _, page, _ = fetch(opener, path)
    token = TOKEN.search(page).group(1)
    found = VERSION.search(page)
    version = next((g for g in found.groups() if g is not None), "") if found else ""
    if kind == "plan":
        fields = {"Plan": f"Plan {marker}", "LinkToAim": f"Serves the aim {marker}", "Version": version}
    else:
        fields = {"Status": "Done", "Note": f"Note {marker}", "HoursWorked": "6", "Version": version}
    fields["__RequestVerificationToken"] = token
    action = re.search(r'<form[^>]*action="(/Weeks/[^"]+)"', page).group(1).replace("&amp;", "&")
    return opener, action, urllib.parse.urlencode(fields).encode()


def post(prepared, marker):
    opener, path, body = prepared
    try:
        barrier.wait(timeout=120)
        status, page, location = fetch(opener, path, body)
        outcome = "saved" if status == 302 and location and "/Weeks?assignmentId=" in location else \
            "refused" if status == 200 and (CHANGED in page or PLANNED in page) else f"unexpected {status}"
    except Exception as e:  # a reset or timeout is a result to report, not a reason to stop
        status, outcome = 0, f"failed: {type(e).__name__}"
    results[marker] = (status, outcome)


# Sign-ins and forms first, one after another (password hashing is deliberately slow); then every post at once.
prepared = [prepare(t, m) for t, m in clients]
print(f"{len(clients)} clients signed in with their forms open; posting all at once")
threads = [threading.Thread(target=post, args=(p, m)) for p, (_, m) in zip(prepared, clients)]
for t in threads:
    t.start()
for t in threads:
    t.join()

statuses = {}
for status, _ in results.values():
    statuses[status] = statuses.get(status, 0) + 1
print("Answers: " + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items())) + f" (of {len(clients)} posts)")

problems = []


def holds(row, kind, marker):
    return (f"Plan {marker}|" in row) if kind == "plan" else row.endswith(f"|Note {marker}")


for n, target in enumerate(distinct):
    marker = f"distinct-{n}"
    rows = week_rows(target)
    if results[marker][1] != "saved":
        problems.append(f"{marker} ({target[1]} {target[2]}) answered {results[marker]}")
    if len(rows) != 1 or not holds(rows[0], target[1], marker):
        problems.append(f"{marker} ({target[1]} {target[2]}): rows {rows}")
for n, target in enumerate(races):
    a, b = results[f"race-{n}-a"], results[f"race-{n}-b"]
    outcomes = sorted([a[1], b[1]])
    rows = week_rows(target)
    if outcomes != ["refused", "saved"]:
        problems.append(f"race {n} ({target[1]}): {a} and {b}, not one saved and one refused")
    winner = f"race-{n}-a" if a[1] == "saved" else f"race-{n}-b"
    if len(rows) != 1 or not holds(rows[0], target[1], winner):
        problems.append(f"race {n} ({target[1]} {target[2]}): rows {rows}, winner {winner}")

saved = sum(1 for _, o in results.values() if o == "saved")
refused = sum(1 for _, o in results.values() if o == "refused")
planned = sum(1 for (t, m) in clients if t[1] == "plan" and results[m][1] == "saved")
audit_after = int(sql("SELECT COUNT(*) FROM AuditEntries WHERE EntityType = 'WeeklyDeliverable'"))
rows_after = int(sql("SELECT COUNT(*) FROM WeeklyDeliverables"))
doubles = int(sql("SELECT COUNT(*) FROM (SELECT AssignmentId, WeekStarting FROM WeeklyDeliverables GROUP BY 1, 2 HAVING COUNT(*) > 1)"))
print(f"Saved {saved}, refused as a race {refused}, other {len(clients) - saved - refused}")
print(f"Week rows {rows_before} -> {rows_after} (+{rows_after - rows_before}; weeks newly planned: {planned}); "
      f"weeks held twice: {doubles}; audit entries for weeks +{audit_after - audit_before} (saves: {saved})")
if rows_after - rows_before != planned:
    problems.append("the number of new week rows differs from the weeks planned")
if doubles:
    problems.append("some week is held twice")
if audit_after - audit_before != saved:
    problems.append("the audit entries differ from the saves")
if problems:
    print("PROBLEMS:\n  " + "\n  ".join(problems))
    sys.exit(1)
print("Database check: every save is there exactly once, nothing lost, nothing doubled; each race has one winner.")
