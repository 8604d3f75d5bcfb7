using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Features.Assignments;
using StretchPortal.Web.Features.Equality;

namespace StretchPortal.IntegrationTests.Security;

/// <summary>
/// Access control, proven exhaustively: every action the portal serves has a row in <see cref="AccessTable"/>, and
/// every cell of every row (each principal: anonymous, each role, each relationship to the record) is asked over
/// HTTP against one seeded world. A refused POST must leave the audit trail (every entity change) untouched.
/// </summary>
public sealed class AccessControlTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    public static TheoryData<string> Actions() => new(AccessTable.Rows.Select(r => r.Action));

    [Fact]
    public void Every_action_the_portal_serves_has_a_row_and_every_row_an_action()
    {
        var problems = AccessInventory.Problems(AccessInventory.Discover(world.App.Services), AccessTable.Rows);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void An_action_left_out_of_the_table_fails_the_check_by_name()
    {
        var actions = AccessInventory.Discover(world.App.Services);
        var withoutOne = AccessTable.Rows.Where(r => r.Action != "Assignments.Details [GET]");

        var problems = AccessInventory.Problems(actions, withoutOne);

        Assert.Equal(["add a row to AccessTable for Assignments.Details [GET] /Assignments/Details/{id?}"], problems);
    }

    [Fact]
    public void A_row_for_an_action_the_portal_does_not_serve_fails_the_check_by_name()
    {
        var actions = AccessInventory.Discover(world.App.Services);
        var withExtra = AccessTable.Rows.Append(new AccessRow("Assignments.Delete [POST]", "/Assignments/Delete/{Assignment}", Who.Mentee));

        var problems = AccessInventory.Problems(actions, withExtra);

        Assert.Equal(["remove the AccessTable row for Assignments.Delete [POST]: the portal has no such action"], problems);
    }

    [Fact]
    public void Reflection_and_routing_agree_on_every_controller_action()
    {
        var routed = world.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<ControllerActionDescriptor>()?.MethodInfo).OfType<MethodInfo>().ToHashSet();
        var methods = AccessInventory.ActionMethods().ToList();

        Assert.True(methods.Count > 150, $"only {methods.Count} action methods found by reflection");
        Assert.All(methods, m => Assert.Contains(m, routed));
    }

    [Fact]
    public void Equality_declarations_are_never_addressed_by_id()
    {
        var equality = AccessInventory.Discover(world.App.Services)
            .Where(a => a.Action.StartsWith("Equality.", StringComparison.Ordinal)).ToList();
        var parameters = typeof(EqualityController).GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
            .SelectMany(m => m.GetParameters()).Select(p => p.Name).ToList();

        Assert.NotEmpty(equality);
        Assert.All(equality, a => Assert.DoesNotContain("{", a.Route.Replace("{id?}", "", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.DoesNotContain("id", parameters);
        Assert.DoesNotContain(parameters, p => p!.EndsWith("Id", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_record_a_person_addresses_by_id_is_refused_to_someone_else()
    {
        string[] records =
        [
            "{Assignment}", "{Week}", "{Enrolment}", "{CheckInAction}", "{Eoi}", "{Relationship}", "{Celebration}", "{Session}",
            "{Pdr}", "{PdrToDelete}", "{Programme}", "{Cohort}", "{AnotherEnrolment}", "{Application}", "{Booking}",
        ];
        const Who someoneElse = Who.OtherMentee | Who.OtherMentor | Who.OtherSponsor | Who.OtherCoach | Who.OtherLead;

        foreach (var record in records)
        {
            var rows = AccessTable.Rows.Where(r => r.Url.Contains(record, StringComparison.Ordinal)).ToList();
            Assert.True(rows.Count > 0, $"no row addresses {record}");
            Assert.All(rows, r => Assert.True((r.Allowed & someoneElse) != someoneElse, $"{r.Action} lets everyone else at {record}"));
        }
    }

    [Fact]
    public async Task A_change_made_over_HTTP_shows_in_the_count_refused_posts_are_checked_against()
    {
        var menteeId = await world.QueryAsync(db => db.Users.Where(p => p.Email == "mentee@example.org").Select(p => p.Id).SingleAsync());
        var objective = await world.App.PdrObjectiveAsync(menteeId, "Objective to delete");
        var (client, token) = await world.SessionAsync(Who.Mentee);
        var before = await world.ChangesAsync();

        using var response = await client.Http.PostAsync(
            new Uri($"/PdrObjectives/Delete/{objective.Id}", UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await world.ChangesAsync() > before);
        Assert.False(await world.QueryAsync(db => db.PdrObjectives.AnyAsync(p => p.Id == objective.Id)));
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Each_principal_gets_what_the_table_says(string action)
    {
        var row = AccessTable.Rows.Single(r => r.Action == action);
        var url = world.Url(row);
        var failures = new List<string>();
        foreach (var who in AccessWorld.Principals)
        {
            var allowed = row.Allowed.HasFlag(who);
            var (client, token) = await world.SessionAsync(who, row.FreshSession);
            var changesBefore = row.Method == "POST" && !allowed ? await world.ChangesAsync() : 0;
            using var response = row.Method == "POST"
                ? await client.Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", token)]))
                : await client.GetAsync(url);
            var verdict = Judge(row, who, allowed, response);
            if (verdict is not null)
            {
                failures.Add($"{who}: {verdict}");
            }

            if (row.Method == "POST" && !allowed && await world.ChangesAsync() != changesBefore)
            {
                failures.Add($"{who}: refused, yet the database changed");
            }

            if (row.FreshSession)
            {
                client.Dispose();
                world.Forget(who);
            }
        }

        Assert.True(failures.Count == 0, $"{row.Action} {url}:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    /// <summary>Null when the answer fits the cell, else what was wrong.</summary>
    private static string? Judge(AccessRow row, Who who, bool allowed, HttpResponseMessage response)
    {
        var code = (int)response.StatusCode;
        var location = response.Headers.Location is { } l ? new Uri(new Uri("http://localhost"), l).AbsolutePath : null;
        var toSignIn = code is >= 300 and < 400 && location?.StartsWith("/Account/Login", StringComparison.OrdinalIgnoreCase) == true;
        var answer = $"answered {code}{(location is null ? "" : " to " + location)}";
        if (allowed)
        {
            var fits = row.Status is { } status ? code == status : code < 400 && !toSignIn;
            return fits ? null : $"allowed, but {answer}";
        }

        if (who == Who.Anonymous)
        {
            return toSignIn || response.StatusCode == HttpStatusCode.Unauthorized ? null : $"should be sent to sign-in, but {answer}";
        }

        var refused = row.Refused == Refusal.NotFound ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden;
        return response.StatusCode == refused ? null : $"should be refused with {(int)refused}, but {answer}";
    }
}
