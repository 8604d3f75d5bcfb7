"""Signs a person in through the real sign-in form and prints a Cookie header value for wrk."""
import http.cookiejar
import re
import sys
import urllib.parse
import urllib.request

base, email, password = sys.argv[1:4]
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
page = opener.open(base + "/Account/Login").read().decode()
token = re.search(r'name="__RequestVerificationToken"[^>]*value="([^"]+)"', page) or \
    re.search(r'value="([^"]+)"[^>]*name="__RequestVerificationToken"', page)
form = urllib.parse.urlencode({"Email": email, "Password": password, "__RequestVerificationToken": token.group(1)})
opener.open(base + "/Account/Login", form.encode()).read()
cookies = "; ".join(f"{c.name}={c.value}" for c in jar)
if not any(c.name in ("StretchPortal", "__Host-StretchPortal") for c in jar):
    sys.exit(f"sign-in failed for {email}")
print(cookies)
