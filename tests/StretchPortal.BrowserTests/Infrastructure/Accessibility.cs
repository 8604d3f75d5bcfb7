using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace StretchPortal.BrowserTests.Infrastructure;

/// <summary>axe-core against the page as the browser shows it now, held to WCAG 2.2 AA.</summary>
public static class Accessibility
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>Fails the test with one line per violation (rule, help, and the selectors of every element at fault).</summary>
    public static async Task ExpectNoAxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
            ResultTypes = [ResultType.Violations],
        });
        if (result.Violations is not { Length: > 0 } violations)
        {
            return;
        }

        var report = new StringBuilder()
            .Append("axe found ").Append(violations.Length).Append(" WCAG 2.2 AA violation(s) on ").Append(page.Url).AppendLine(":");
        foreach (var violation in violations)
        {
            var targets = violation.Nodes.Select(n => n.Target?.ToString() ?? "(no selector)");
            report.Append("- ").Append(violation.Id).Append(" (").Append(violation.Impact).Append("): ").Append(violation.Help)
                .Append(" [").AppendJoin(" | ", targets).Append("] ").AppendLine(violation.HelpUrl?.ToString());
        }

        Assert.Fail(report.ToString());
    }
}
