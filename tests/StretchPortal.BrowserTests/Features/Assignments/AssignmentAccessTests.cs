using Microsoft.Playwright;
using StretchPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StretchPortal.BrowserTests.Features.Assignments;

/// <summary>The demo mentor cannot reach an assignment of another mentor's mentee, even with its id in hand.</summary>
public sealed class AssignmentAccessTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string OtherMentorsAssignment = "Recommissioning the community falls prevention service";

    [Fact]
    public async Task The_demo_mentor_cannot_open_another_mentors_mentees_assignment_by_its_id()
    {
        // The programme lead sees every assignment in the programme, so the id of Farah Begum's (mentored by
        // Dr Olivia Bennett) can be read from the lead's list.
        await SignInAsync(DemoRole.Lead);
        await GotoAsync("/Assignments");
        var href = await Link(OtherMentorsAssignment).GetAttributeAsync("href");
        Assert.StartsWith("/Assignments/Details/", href, StringComparison.Ordinal);
        await SignOutAsync();

        await SignInAsync(DemoRole.Mentor);
        await GotoAsync("/Assignments");
        await Expect(Link(OtherMentorsAssignment)).ToHaveCountAsync(0);
        var response = await Page.GotoAsync(href!);

        Assert.NotNull(response);
        Assert.Equal(403, response.Status);
        await Expect(MainHeading).ToHaveTextAsync("You do not have access to this page");
        await Expect(Page.GetByText("falls prevention")).ToHaveCountAsync(0);
        await ExpectNoAxeViolationsAsync();

        foreach (var action in new[] { "Agree", "RequestChanges", "Edit", "Withdraw" })
        {
            var attempt = await Page.GotoAsync(href!.Replace("/Details/", $"/{action}/", StringComparison.Ordinal));
            Assert.NotNull(attempt);
            Assert.Equal(403, attempt.Status);
        }
    }
}
