using System.Text;
using System.Text.Encodings.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Infrastructure.Benchmarking;

/// <summary>
/// The layout's markup written by hand for the home-page baselines: the same head, header (name, notifications link,
/// sign-out form with its anti-forgery token), navigation for the person's roles and footer as
/// Features/Shared/_Layout.cshtml and _Navigation.cshtml write, so that the baseline sends the page the person gets.
/// </summary>
internal static class BaselineLayout
{
    private const string Head = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>Home – StretchPortal</title>
          <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
          <meta name="theme-color" content="#005eb8">
          <link rel="icon" href="/lib/nhsuk-frontend/assets/images/favicon.ico" sizes="48x48">
          <link rel="icon" href="/lib/nhsuk-frontend/assets/images/favicon.svg" sizes="any" type="image/svg+xml">
          <link rel="apple-touch-icon" href="/lib/nhsuk-frontend/assets/images/nhsuk-icon-180.png">
          <link rel="stylesheet" href="/lib/nhsuk-frontend/nhsuk-frontend.min.css">
          <link rel="stylesheet" href="/css/site.css">
        </head>
        <body>
          <script src="/js/js-enabled.js"></script>
          <a class="nhsuk-skip-link" href="#maincontent" data-module="nhsuk-skip-link">Skip to main content</a>

          <header class="nhsuk-header" data-module="nhsuk-header" role="banner">
            <div class="nhsuk-header__container nhsuk-width-container">
              <div class="nhsuk-header__service">
                <a class="nhsuk-header__service-logo" href="/" aria-label="NHS StretchPortal homepage">
                  <svg class="nhsuk-header__logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 80" height="40" width="100" focusable="false" role="img" aria-label="NHS">
                    <title>NHS</title>
                    <path fill="currentcolor" d="M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z"/>
                  </svg>
                  <span class="nhsuk-header__service-name">StretchPortal</span>
                </a>
              </div>
                <nav class="nhsuk-header__account" aria-label="Account">
                  <ul class="nhsuk-header__account-list">
                    <li class="nhsuk-header__account-item">
                      <span class="app-header-account-name">
        """;

    private const string NavigationEnd = """
              <li class="nhsuk-header__menu" hidden>
                <button class="nhsuk-header__menu-toggle nhsuk-header__navigation-link" id="toggle-menu" aria-expanded="false">
                  <span class="nhsuk-u-visually-hidden">Browse </span>More
                </button>
              </li>
            </ul>
          </div>
        </nav>
          </header>

          <div class="nhsuk-width-container">
            <main class="nhsuk-main-wrapper" id="maincontent">

        """;

    public const string Footer = """
            </main>
          </div>

          <footer class="nhsuk-footer" role="contentinfo">
            <div class="nhsuk-width-container">
              <div class="nhsuk-footer__meta">
                <h2 class="nhsuk-u-visually-hidden">Support links</h2>
                <ul class="nhsuk-footer__list">
                  <li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/Privacy">Privacy notice</a></li>
                  <li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/Help/Accessibility">Accessibility statement</a></li>
                </ul>
                <p class="nhsuk-body-s">StretchPortal – stretch assignments, mentoring, coaching and fair access to development in NHS leadership programmes</p>
              </div>
            </div>
          </footer>
          <script type="module" src="/js/site.js"></script>
        </body>
        </html>
        """;

    public static void Write(StringBuilder html, string fullName, int unread, string antiforgeryToken, IReadOnlyCollection<string> roles)
    {
        html.Append(Head).Append(HtmlEncoder.Default.Encode(fullName)).Append("""
            </span>
                    </li>
                    <li class="nhsuk-header__account-item">
                      <a class="nhsuk-header__account-link" href="/Notifications">Notifications
            """);
        if (unread > 0)
        {
            html.Append(" (").Append(unread).Append(" unread)");
        }

        html.Append("""
            </a>
                    </li>
                    <li class="nhsuk-header__account-item">
                      <form class="nhsuk-header__account-form" action="/Account/Logout" method="post">
                        <input name="__RequestVerificationToken" type="hidden" value="
            """).Append(antiforgeryToken).Append("""
            " />
                        <button class="nhsuk-header__account-button" type="submit">Sign out</button>
                      </form>
                    </li>
                  </ul>
                </nav>
            </div>
              <nav class="nhsuk-header__navigation" aria-label="Menu">
              <div class="nhsuk-header__navigation-container nhsuk-width-container">
                <ul class="nhsuk-header__navigation-list">
                    <li class="nhsuk-header__navigation-item nhsuk-header__navigation-item--current">
                        <a class="nhsuk-header__navigation-link" href="/" aria-current="page"><strong class="nhsuk-header__navigation-item-current-fallback">Home</strong></a>
                    </li>
            """);
        foreach (var (text, href) in Navigation(roles))
        {
            html.Append("<li class=\"nhsuk-header__navigation-item\"><a class=\"nhsuk-header__navigation-link\" href=\"")
                .Append(href).Append("\">").Append(text).Append("</a></li>\n");
        }

        html.Append(NavigationEnd);
    }

    /// <summary>The navigation after Home, for the person's roles, as _Navigation.cshtml lists it.</summary>
    private static IEnumerable<(string Text, string Href)> Navigation(IReadOnlyCollection<string> roles)
    {
        var inProgramme = roles.Any(r => r is Roles.Mentee or Roles.Mentor or Roles.Sponsor or Roles.Coach or Roles.ProgrammeLead);
        var lead = roles.Contains(Roles.ProgrammeLead);
        var administrator = roles.Contains(Roles.Administrator);
        if (inProgramme)
        {
            yield return ("Assignments", "/Assignments");
        }

        yield return ("Opportunities", "/Opportunities");
        if (lead)
        {
            yield return ("Programmes", "/Programmes");
        }

        if (lead || administrator)
        {
            yield return ("Reports", "/Reports");
            yield return ("Organisations", "/Organisations");
            yield return ("ICS priorities", "/IcsPriorities");
        }

        if (administrator)
        {
            yield return ("People", "/People");
            yield return ("Audit trail", "/Audit");
        }

        yield return ("Coaching", "/Coaching");
        yield return ("Showcase", "/Events/Showcase");
        yield return ("Resources", "/Resources");
        if (inProgramme)
        {
            yield return ("Events", "/Events");
        }

        if (lead)
        {
            yield return ("Alumni", "/Alumni");
        }

        yield return ("Equality monitoring", "/Equality");
        yield return ("Your profile", "/Profile");
    }
}
