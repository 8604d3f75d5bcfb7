using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Data;
using StretchPortal.Web.Data.Seeding;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Scale;

/// <summary>One small generated database, made once through the command for the tests in this class.</summary>
public sealed partial class ScaleDatabase : IAsyncLifetime
{
    public const int Mentees = 40;
    public const int Cohorts = 4;
    public const int AssignmentsPerMentee = 2;
    public const int Weeks = 6;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "stretchportal-tests", Guid.NewGuid().ToString("N"));

    public string File => Path.Combine(folder, "scale.db");

    public string Output { get; private set; } = "";

    public int ExitCode { get; private set; }

    public string PrintedPassword => PasswordLine().Match(Output).Groups[1].Value;

    public SqliteStretchPortalDbContext Open() =>
        new(new DbContextOptionsBuilder<SqliteStretchPortalDbContext>().UseSqlite($"Data Source={File}").Options);

    public async Task InitializeAsync()
    {
        using var output = new StringWriter();
        ExitCode = await ScaleDataCommand.RunAsync(
            ["--mentees", $"{Mentees}", "--cohorts", $"{Cohorts}", "--assignments-per-mentee", $"{AssignmentsPerMentee}", "--weeks", $"{Weeks}", "--seed", "7", "--database", File],
            output);
        Output = output.ToString();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder.
        }

        return Task.CompletedTask;
    }

    [GeneratedRegex("signs in with the password: (\\S+)")]
    private static partial Regex PasswordLine();
}

public sealed class ScaleDataGeneratorTests(ScaleDatabase scale) : IClassFixture<ScaleDatabase>
{
    [Fact]
    public async Task The_command_makes_the_people_enrolments_assignments_and_weeks_asked_for()
    {
        await using var db = scale.Open();
        var peopleByRole = await db.UserRoles
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!)
            .GroupBy(name => name)
            .Select(g => new { Role = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Role, g => g.Count);
        var agreed = await db.StretchAssignments.CountAsync(a => a.AgreedAt != null);

        Assert.Equal(0, scale.ExitCode);
        Assert.Equal(ScaleDatabase.Mentees, peopleByRole[Roles.Mentee]);
        Assert.Equal(ScaleDatabase.Mentees / ScaleDataOptions.MenteesPerMentor, peopleByRole[Roles.Mentor]);
        Assert.Equal(1, peopleByRole[Roles.ProgrammeLead]);
        Assert.Equal(peopleByRole.Values.Sum(), await db.Users.CountAsync());
        Assert.Equal(ScaleDatabase.Cohorts, await db.Cohorts.CountAsync());
        Assert.Equal(ScaleDatabase.Mentees, await db.Enrolments.CountAsync());
        Assert.Equal(ScaleDatabase.Mentees * ScaleDatabase.AssignmentsPerMentee, await db.StretchAssignments.CountAsync());
        Assert.Equal(agreed * ScaleDatabase.Weeks, await db.WeeklyDeliverables.CountAsync());
        Assert.All(
            await db.StretchAssignments.Select(a => new { Agreed = a.AgreedAt != null, Weeks = a.Weeks.Count }).ToListAsync(),
            a => Assert.Equal(a.Agreed ? ScaleDatabase.Weeks : 0, a.Weeks));
        Assert.Matches($@"weeks +{agreed * ScaleDatabase.Weeks}\n", scale.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Every_assignment_belongs_to_an_enrolment_in_a_generated_cohort_led_by_a_generated_lead()
    {
        await using var db = scale.Open();
        var generatedLeads = (await db.Users.Select(p => new { p.Id, p.Email }).ToListAsync())
            .Where(p => p.Email!.StartsWith("lead.", StringComparison.Ordinal) && p.Email.EndsWith("@" + ScaleDataGenerator.EmailDomain, StringComparison.Ordinal))
            .Select(p => p.Id)
            .ToList();
        var generatedCohorts = await db.Cohorts
            .Where(c => db.ProgrammeLeads.Any(l => l.ProgrammeId == c.ProgrammeId && generatedLeads.Contains(l.PersonId)))
            .Select(c => c.Id)
            .ToListAsync();
        var assignmentCohorts = await db.StretchAssignments.Select(a => a.Enrolment!.CohortId).Distinct().ToListAsync();
        var menteesPerCohort = await db.Enrolments.GroupBy(e => e.CohortId).Select(g => g.Count()).ToListAsync();

        Assert.Equal(ScaleDatabase.Cohorts, generatedCohorts.Count);
        Assert.All(assignmentCohorts, id => Assert.Contains(id, generatedCohorts));
        Assert.All(menteesPerCohort, count => Assert.Equal(ScaleDatabase.Mentees / ScaleDatabase.Cohorts, count));
        Assert.False(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(StretchAssignment) || a.EntityType == nameof(WeeklyDeliverable)));
    }

    [Fact]
    public async Task Assignments_and_weeks_cover_every_state_with_overdue_and_over_hours_weeks()
    {
        await using var db = scale.Open();
        var statuses = await db.StretchAssignments.Select(a => a.Status).Distinct().ToListAsync();
        var weeks = await db.WeeklyDeliverables
            .Select(w => new { w.Status, w.WeekStarting, w.UpdatedAt, w.HoursWorked, w.Assignment!.HoursPerWeek })
            .ToListAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        Assert.Equal(Enum.GetValues<AssignmentStatus>().Order(), statuses.Order());
        Assert.Equal(Enum.GetValues<DeliverableStatus>().Order(), weeks.Select(w => w.Status).Distinct().Order());
        Assert.Contains(weeks, w => w.UpdatedAt is null && w.WeekStarting.AddDays(6) < today);
        Assert.Contains(weeks, w => w.HoursWorked > w.HoursPerWeek);
        Assert.True(await db.CheckIns.CountAsync() > ScaleDatabase.Mentees);
    }

    [Fact]
    public async Task Every_assignments_week_totals_equal_a_recount_of_its_weeks()
    {
        await using var db = scale.Open();
        var assignments = await db.StretchAssignments.AsNoTracking().Include(a => a.Weeks).ToListAsync();

        Assert.Contains(assignments, a => a.WeeksDone > 0 && a.WeeksOverHours > 0);
        Assert.All(assignments, a =>
        {
            var stored = (a.WeeksDone, a.WeeksPartlyDone, a.WeeksSlipped, a.WeeksBlocked, a.WeeksUpdated, a.WeeksOverHours, Math.Round(a.HoursOver, 6), a.LastWeekUpdateAt);
            a.CountWeeks();
            Assert.Equal((a.WeeksDone, a.WeeksPartlyDone, a.WeeksSlipped, a.WeeksBlocked, a.WeeksUpdated, a.WeeksOverHours, Math.Round(a.HoursOver, 6), a.LastWeekUpdateAt), stored);
        });
    }

    [Fact]
    public async Task Every_mentee_still_enrolled_is_coached_by_their_enrolment_coach_with_up_to_four_sessions_since_matching()
    {
        await using var db = scale.Open();
        var active = await db.Enrolments.Where(e => e.Status == EnrolmentStatus.Active).Select(e => new { e.MenteeId, e.CoachId }).ToListAsync();
        var relationships = await db.CoachingRelationships
            .Select(r => new { r.CoacheeId, r.CoachId, r.MatchedOn, Sessions = r.Sessions.Select(s => s.HeldOn).ToList() })
            .ToListAsync();

        Assert.Equal(active.OrderBy(e => e.MenteeId).Select(e => (e.MenteeId, e.CoachId)), relationships.OrderBy(r => r.CoacheeId).Select(r => (r.CoacheeId, (string?)r.CoachId)));
        Assert.All(relationships, r => Assert.InRange(r.Sessions.Count, 0, 4));
        Assert.All(relationships, r => Assert.All(r.Sessions, held => Assert.True(held >= r.MatchedOn)));
        Assert.Contains(relationships, r => r.Sessions.Count == 0);
        Assert.Contains(relationships, r => r.Sessions.Count == 4);
    }

    [Fact]
    public async Task A_generated_mentee_signs_in_to_the_portal_with_the_printed_password()
    {
        using var app = new PortalApp();
        app.Settings["ConnectionStrings:Sqlite"] = $"Data Source={scale.File}";
        var email = ScaleDataGenerator.Email("mentee", 1);
        var fullName = await app.WithDbAsync(db => db.Users.Where(p => p.Email == email).Select(p => p.FullName).SingleAsync());

        using var client = await app.SignedInAsync(email, scale.PrintedPassword);
        var home = await client.GetPageAsync("/");

        Assert.Equal(ScaleDataGenerator.Password, scale.PrintedPassword);
        Assert.Contains(fullName, home.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
    }
}
