using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Features.Assignments;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;

namespace StretchPortal.IntegrationTests.Features.Resilience;

public sealed class SaveCutPartWayTests : IDisposable
{
    private readonly DatabaseFault fault = new();
    private readonly PortalApp app = new();

    public SaveCutPartWayTests()
    {
        app.TestServices = services => services.AddSingleton<IInterceptor>(fault);
    }

    [Theory]
    [InlineData("AssignmentPriority")]
    [InlineData("AssignmentEvents")]
    public async Task A_new_assignment_whose_save_fails_part_way_leaves_nothing_half_written(string failingTable)
    {
        var people = await app.EnrolledAsync();
        var priorities = await app.IcsPrioritiesAsync();
        using var client = await app.SignedInAsync(people.Mentee.Email!);
        while (fault.Executed.TryDequeue(out _))
        {
        }

        fault.FailCommand = sql => sql.Contains($"INSERT INTO \"{failingTable}\"", StringComparison.Ordinal);
        using var response = await client.PostFormAsync("/Assignments/Create", AssignmentSetUp.ValidForm([priorities[0].Id, priorities[1].Id]));
        fault.FailCommand = null;

        // The save had begun: the assignment's own row was written before the failing statement.
        Assert.Contains(fault.Executed, sql => sql.Contains("INSERT INTO \"StretchAssignments\"", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal((0, 0, 0, 0), await CountsAsync());

        using var again = await client.PostFormAsync("/Assignments/Create", AssignmentSetUp.ValidForm([priorities[0].Id, priorities[1].Id]));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal((1, 2, 1, 1), await CountsAsync());
    }

    [Fact]
    public async Task A_scope_change_whose_save_fails_part_way_leaves_the_agreed_assignment_as_it_was()
    {
        var people = await app.EnrolledAsync();
        var assignment = await app.AssignmentAsync(people, AssignmentStatus.Agreed);
        using var client = await app.SignedInAsync(people.Mentee.Email!);
        var eventsBefore = await app.WithDbAsync(db => db.AssignmentEvents.CountAsync(e => e.AssignmentId == assignment.Id));

        fault.FailCommand = sql => sql.Contains("INSERT INTO \"AssignmentEvents\"", StringComparison.Ordinal);
        using var response = await client.PostFormAsync($"/Assignments/Edit/{assignment.Id}", new() { ["Title"] = "A wider scope" });
        fault.FailCommand = null;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var stored = await app.WithDbAsync(db => db.StretchAssignments.AsNoTracking().SingleAsync(a => a.Id == assignment.Id));
        Assert.Equal("Outpatient referral redesign", stored.Title);
        Assert.Equal(AssignmentStatus.Agreed, stored.Status);
        Assert.Equal(assignment.Version, stored.Version);
        Assert.Equal(eventsBefore, await app.WithDbAsync(db => db.AssignmentEvents.CountAsync(e => e.AssignmentId == assignment.Id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityId == assignment.Id.ToString() && e.Action == "StretchAssignment.Modified")));
    }

    private Task<(int Assignments, int Priorities, int Events, int Audit)> CountsAsync() =>
        app.WithDbAsync(async db => (
            await db.StretchAssignments.CountAsync(),
            await db.Set<AssignmentPriority>().CountAsync(),
            await db.AssignmentEvents.CountAsync(),
            await db.AuditEntries.CountAsync(e => e.Action == "StretchAssignment.Added")));

    public void Dispose() => app.Dispose();
}
