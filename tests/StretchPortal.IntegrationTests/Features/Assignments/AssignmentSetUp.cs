using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Assignments;

/// <summary>A mentee enrolled with their whole support network, each person holding the role their place needs.</summary>
internal sealed record Enrolled(Person Lead, Programme Programme, Cohort Cohort, Person Mentee, Person Mentor, Person Sponsor, Person Coach, Enrolment Enrolment);

/// <summary>Builders and look-ups the assignment tests share; every builder is valid by default.</summary>
internal static class AssignmentSetUp
{
    public const string Stale = "Someone else changed this assignment since you opened this page. Check it again and try again.";
    public const string StaleEdit = "Someone else changed this assignment while you were editing. Check the values below and save again.";

    /// <summary>A programme (practical element 1 September to 30 November 2026) with a mentee enrolled in its cohort.</summary>
    public static async Task<Enrolled> EnrolledAsync(this PortalApp app, Person? lead = null, string programmeName = "Aspiring Leaders 2026")
    {
        lead ??= await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (programme, cohort) = await app.ProgrammeAsync(lead.Id, programmeName);
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        var mentor = await app.PersonAsync(roles: Roles.Mentor);
        var sponsor = await app.PersonAsync(roles: Roles.Sponsor);
        var coach = await app.PersonAsync(roles: Roles.Coach);
        var enrolment = await app.EnrolmentAsync(cohort.Id, mentee.Id, mentor.Id, sponsor.Id, coach.Id);
        return new Enrolled(lead, programme, cohort, mentee, mentor, sponsor, coach, enrolment);
    }

    /// <summary>Another mentee, with a mentor of their own, in the same cohort.</summary>
    public static async Task<Enrolled> AnotherMenteeAsync(this PortalApp app, Enrolled first)
    {
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        var mentor = await app.PersonAsync(roles: Roles.Mentor);
        var enrolment = await app.EnrolmentAsync(first.Cohort.Id, mentee.Id, mentor.Id, first.Sponsor.Id, first.Coach.Id);
        return first with { Mentee = mentee, Mentor = mentor, Enrolment = enrolment };
    }

    public static Task<List<IcsPriority>> IcsPrioritiesAsync(this PortalApp app) =>
        app.WithDbAsync(db => db.IcsPriorities.AsNoTracking().OrderBy(p => p.SortOrder).ToListAsync());

    public static Task<PdrObjective> PdrObjectiveAsync(this PortalApp app, string personId, string title = "Lead a service change") =>
        app.WithDbAsync(async db =>
        {
            var objective = new PdrObjective { PersonId = personId, Year = "2026/2027", Title = title };
            db.PdrObjectives.Add(objective);
            await db.SaveChangesAsync();
            return objective;
        });

    public static AssignmentDetails Details(IReadOnlyList<Guid> priorities, string title = "Outpatient referral redesign") => new(
        title,
        AssignmentType.ServiceRedesign,
        null,
        "Cut outpatient waiting times",
        "Redesign the referral pathway with primary care",
        "Project lead",
        "Waiting times down by a tenth",
        new DateOnly(2026, 9, 7),
        new DateOnly(2026, 11, 27),
        7.5,
        "Outpatients, Leicester Royal Infirmary",
        priorities,
        []);

    /// <summary>
    /// An assignment of the enrolled mentee brought to <paramref name="status"/> through the entity's own steps, each a
    /// minute after the last, by the people who take them.
    /// </summary>
    public static Task<StretchAssignment> AssignmentAsync(
        this PortalApp app, Enrolled people, AssignmentStatus status = AssignmentStatus.Draft, string title = "Outpatient referral redesign") =>
        app.WithDbAsync(async db =>
        {
            var priority = await db.IcsPriorities.OrderBy(p => p.SortOrder).Select(p => p.Id).FirstAsync();
            var now = DateTime.UtcNow.AddHours(-1);
            DateTime Next() => now = now.AddMinutes(1);
            var assignment = StretchAssignment.Draft(people.Enrolment.Id, Details([priority], title), people.Mentee.Id, Next());
            List<Func<StretchAssignment, Outcome>> steps = status switch
            {
                AssignmentStatus.Draft => [],
                AssignmentStatus.Submitted => [Submit],
                AssignmentStatus.ChangesRequested => [Submit, a => a.RequestChanges(people.Mentor.Id, "Narrow the scope", Next())],
                AssignmentStatus.Agreed => [Submit, Agree],
                AssignmentStatus.InProgress => [Submit, Agree, Start],
                AssignmentStatus.Completed => [Submit, Agree, Start, Complete],
                AssignmentStatus.Presented => [Submit, Agree, Start, Complete, a => a.MarkPresented(people.Lead.Id, Next())],
                AssignmentStatus.Withdrawn => [a => a.Withdraw(people.Mentee.Id, "My role changed", Next())],
                _ => [],
            };
            foreach (var step in steps)
            {
                var outcome = step(assignment);
                if (!outcome.Succeeded)
                {
                    throw new InvalidOperationException(outcome.Refusal);
                }
            }

            db.StretchAssignments.Add(assignment);
            await db.SaveChangesAsync();
            return assignment;

            Outcome Submit(StretchAssignment a) => a.Submit(people.Mentee.Id, Next());
            Outcome Agree(StretchAssignment a) => a.Agree(people.Mentor.Id, "Good plan", Next());
            Outcome Start(StretchAssignment a) => a.Start(people.Mentee.Id, Next());
            Outcome Complete(StretchAssignment a) =>
                a.Complete(people.Mentee.Id, "Waiting times fell", "Bring primary care in early", "Referral triage now weekly", Next());
        });

    public static Task<StretchAssignment> StoredAssignmentAsync(this PortalApp app, Guid id) =>
        app.WithDbAsync(db => db.StretchAssignments.AsNoTracking()
            .Include(a => a.Priorities)
            .Include(a => a.PdrObjectives)
            .AsSplitQuery()
            .SingleAsync(a => a.Id == id));

    /// <summary>The assignment's timeline as stored, oldest first.</summary>
    public static Task<List<AssignmentEvent>> TimelineAsync(this PortalApp app, Guid id) =>
        app.WithDbAsync(db => db.AssignmentEvents.AsNoTracking()
            .Where(e => e.AssignmentId == id)
            .OrderBy(e => e.OccurredAt)
            .ToListAsync());

    public static Task<List<AuditEntry>> AssignmentAuditAsync(this PortalApp app, Guid id) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(StretchAssignment) && a.EntityId == id.ToString())
            .OrderBy(a => a.OccurredAt)
            .ToListAsync());

    /// <summary>A complete, valid assignment form, as a mentee would fill it in.</summary>
    public static Dictionary<string, object?> ValidForm(IEnumerable<Guid> priorities, string title = "Outpatient referral redesign") => new()
    {
        ["Title"] = title,
        ["Type"] = nameof(AssignmentType.ServiceRedesign),
        ["Aim"] = "Cut outpatient waiting times",
        ["Description"] = "Redesign the referral pathway with primary care",
        ["MenteeRole"] = "Project lead",
        ["AnticipatedOutcomes"] = "Waiting times down by a tenth",
        ["StartDate"] = "2026-09-07",
        ["EndDate"] = "2026-11-27",
        ["HoursPerWeek"] = "7.5",
        ["HostOrganisation"] = "Outpatients, Leicester Royal Infirmary",
        ["IcsPriorityIds"] = priorities.Select(p => p.ToString()).ToList(),
    };

    /// <summary>The timeline table's rows as text: when, who, what, and the comment and changes.</summary>
    public static IReadOnlyList<string[]> TimelineRows(IHtmlDocument page) =>
        page.QuerySelectorAll("#timeline tbody tr")
            .Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent.Trim()).ToArray())
            .ToList();

    /// <summary>The texts of the action buttons and links on an assignment's page.</summary>
    public static IReadOnlyList<string> Actions(IHtmlDocument page) =>
        page.QuerySelectorAll("#assignment-actions a, #assignment-actions button")
            .Select(e => e.TextContent.Trim())
            .ToList();

    public static string? InlineError(IHtmlDocument page, string field) =>
        page.QuerySelector($"#{field}-error")?.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim();

    public static IReadOnlyList<string> CheckedValues(IHtmlDocument page, string name) =>
        page.QuerySelectorAll($"input[name='{name}']").OfType<IHtmlInputElement>().Where(i => i.IsChecked).Select(i => i.Value).ToList();

    /// <summary>The same messages, in any order (the error summary lists them in the order the checks ran).</summary>
    public static void SameItems(IEnumerable<string> expected, IEnumerable<string> actual) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
}
