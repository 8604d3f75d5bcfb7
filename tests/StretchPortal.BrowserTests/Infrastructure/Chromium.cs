using Microsoft.Playwright;

namespace StretchPortal.BrowserTests.Infrastructure;

/// <summary>
/// How the tests launch Chromium: the system browser named by STRETCHPORTAL_CHROMIUM (default /usr/bin/chromium, as
/// installed by tests/test.sh on Debian), headless and kept off the network except for the portal on loopback. When
/// that file does not exist, Playwright's own downloaded Chromium is used if there is one.
/// </summary>
public static class Chromium
{
    public const string EnvironmentVariable = "STRETCHPORTAL_CHROMIUM";
    public const string DefaultPath = "/usr/bin/chromium";

    public static string ConfiguredPath =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } path ? path : DefaultPath;

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var path = ConfiguredPath;
        var options = new BrowserTypeLaunchOptions
        {
            ExecutablePath = File.Exists(path) ? path : null,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        };
        try
        {
            return await playwright.Chromium.LaunchAsync(options);
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException(
                $"Chromium could not be launched from {options.ExecutablePath ?? "Playwright's browser folder"} ({path} was "
                + (File.Exists(path) ? "found" : "not found") + "). Install it (Debian: apt-get install chromium) or set "
                + $"{EnvironmentVariable} to the path of a Chromium executable. Playwright said: {e.Message}",
                e);
        }
    }
}
