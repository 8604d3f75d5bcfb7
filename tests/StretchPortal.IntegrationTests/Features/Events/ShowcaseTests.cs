using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Features.Weeks;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Events;

public sealed class ShowcaseTests : IDisposable
{
    private readonly PortalApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var client = app.NewClient();

        using var list = await client.GetAsync("/Events/Showcase");
        using var entry = await client.GetAsync($"/Events/Showcase/{Guid.NewGuid()}");

        Assertions.IsRedirectToSignIn(list);
        Assertions.IsRedirectToSignIn(entry);
    }

    [Fact]
    public async Task Everyone_signed_in_sees_presented_assignments_and_nothing_that_is_not_presented()
    {
        var network = await app.SupportNetworkAsync();
        var presented = await app.CompletedAssignmentAsync(network, "Falls prevention collaborative", AssignmentStatus.Presented);
        var completed = await app.CompletedAssignmentAsync(await app.AnotherMenteeAsync(network), "Waiting for the event");
        var administrator = await app.PersonAsync(roles: Roles.Administrator);
        using var client = await app.SignedInAsync(administrator.Email!);

        var page = await client.GetPageAsync("/Events/Showcase");

        var titles = page.QuerySelectorAll("#entries h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Falls prevention collaborative"], titles);
        var entry = await client.GetPageAsync($"/Events/Showcase/{presented.Id}");
        Assert.Equal("Falls prevention collaborative", entry.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Waits fell", entry.QuerySelector("#outcomes")!.TextContent.Trim());
        Assert.Equal("Start early", entry.QuerySelector("#lessons")!.TextContent.Trim());
        Assert.Equal("New triage", entry.QuerySelector("#improvements")!.TextContent.Trim());
        Assert.Contains(network.Mentee.FullName, entry.QuerySelector(".nhsuk-lede-text")!.TextContent, StringComparison.Ordinal);
        using var notPresented = await client.GetAsync($"/Events/Showcase/{completed.Id}");
        Assert.Equal(HttpStatusCode.NotFound, notPresented.StatusCode);
    }

    [Fact]
    public async Task The_showcase_is_searched_by_words_and_by_ICS_priority()
    {
        var network = await app.SupportNetworkAsync();
        var falls = await app.CompletedAssignmentAsync(network, "Falls prevention collaborative", AssignmentStatus.Presented);
        var ward = await app.CompletedAssignmentAsync(await app.AnotherMenteeAsync(network), "Virtual ward roll-out", AssignmentStatus.Presented);
        var (priorityId, otherPriorityId) = await app.WithDbAsync(async db =>
        {
            var ids = await db.IcsPriorities.OrderBy(p => p.SortOrder).Select(p => p.Id).ToListAsync();
            foreach (var (assignmentId, priority) in new[] { (falls.Id, ids[0]), (ward.Id, ids[2]) })
            {
                var stored = await db.StretchAssignments.Include(a => a.Priorities).SingleAsync(a => a.Id == assignmentId);
                stored.Priorities.RemoveAll(p => p.IcsPriorityId != priority);
                if (stored.Priorities.Count == 0)
                {
                    stored.Priorities.Add(new AssignmentPriority { AssignmentId = assignmentId, IcsPriorityId = priority });
                }
            }

            await db.SaveChangesAsync();
            return (ids[0], ids[2]);
        });
        using var client = await app.SignedInAsync(network.Mentee.Email!);

        Assert.Equal(["Virtual ward roll-out"], await TitlesAsync(client, "/Events/Showcase?q=VIRTUAL"));
        Assert.Equal(["Falls prevention collaborative"], await TitlesAsync(client, $"/Events/Showcase?priority={priorityId}"));
        Assert.Equal(["Virtual ward roll-out"], await TitlesAsync(client, $"/Events/Showcase?priority={otherPriorityId}"));
        Assert.Empty(await TitlesAsync(client, $"/Events/Showcase?q=falls&priority={otherPriorityId}"));
        Assert.Empty(await TitlesAsync(client, "/Events/Showcase?q=100%25"));
    }

    [Fact]
    public async Task The_showcase_pages_through_its_entries_ten_at_a_time()
    {
        var network = await app.SupportNetworkAsync();
        for (var i = 1; i <= 12; i++)
        {
            var mentee = i == 1 ? network : await app.AnotherMenteeAsync(network);
            await app.CompletedAssignmentAsync(mentee, $"Assignment {i:00}", AssignmentStatus.Presented);
        }

        using var client = await app.SignedInAsync(network.Mentor.Email!);

        var first = await client.GetPageAsync("/Events/Showcase");
        var second = await client.GetPageAsync("/Events/Showcase?page=2");
        Assert.Equal("12 entries", first.QuerySelector("#total")!.TextContent.Trim());
        Assert.Equal(10, first.QuerySelectorAll("#entries li").Length);
        Assert.Equal(2, second.QuerySelectorAll("#entries li").Length);
        Assert.Equal("/Events/Showcase?page=2", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    private static async Task<List<string>> TitlesAsync(PortalClient client, string url) =>
        (await client.GetPageAsync(url)).QuerySelectorAll("#entries h2").Select(h => h.TextContent.Trim()).ToList();
}
