using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace StretchPortal.Web.Infrastructure.Benchmarking;

/// <summary>
/// A cohort's dashboard, drill-down list and CSV read with the SQL Entity Framework generates for the reports (the
/// lead's access to the cohort, then the cohort's enrolments, assignments with the week totals kept on them, ICS
/// priorities, check-ins and coaching), through raw ADO.NET; the figures counted and the HTML or CSV written by hand.
/// </summary>
public static class BaselineReports
{
    private const string LeadsCohort = """
        SELECT 1 FROM "Cohorts" AS "c"
        INNER JOIN "ProgrammeLeads" AS "p" ON "c"."ProgrammeId" = "p"."ProgrammeId"
        WHERE "c"."Id" = @cohortId AND "p"."PersonId" = @p
        """;

    private const string Enrolments = """
        SELECT "e"."Id", "e"."CohortId", "c"."Name", "e"."MenteeId", "a"."FullName", "e"."MentorId", "a0"."FullName", "e"."Status", "e"."EnrolledAt"
        FROM "Enrolments" AS "e"
        INNER JOIN "Cohorts" AS "c" ON "e"."CohortId" = "c"."Id"
        INNER JOIN "AspNetUsers" AS "a" ON "e"."MenteeId" = "a"."Id"
        LEFT JOIN "AspNetUsers" AS "a0" ON "e"."MentorId" = "a0"."Id"
        WHERE "e"."CohortId" = @cohortId
        """;

    private const string Assignments = """
        SELECT "s"."Id", "s"."EnrolmentId", "s"."Title", "s"."Status", "s"."Type", "s"."AgreedAt" IS NOT NULL, "s"."StartDate", "s"."EndDate", "s"."HoursPerWeek", "s"."CreatedAt", "s"."WeeksDone", "s"."WeeksSlipped", "s"."WeeksBlocked", CASE
            WHEN "s"."EndDate" > @lastEnded AND "s"."WeeksUpdated" > 0 THEN "s"."WeeksUpdated" - (
                SELECT COUNT(*)
                FROM "WeeklyDeliverables" AS "w"
                WHERE "s"."Id" = "w"."AssignmentId" AND "w"."UpdatedAt" IS NOT NULL AND "w"."WeekStarting" > @lastEnded AND "w"."WeekStarting" > date("s"."StartDate", CAST(-7 AS TEXT) || ' days') AND "w"."WeekStarting" <= "s"."EndDate")
            ELSE "s"."WeeksUpdated"
        END, "s"."WeeksOverHours", "s"."HoursOver", "s"."LastWeekUpdateAt"
        FROM "Enrolments" AS "e"
        INNER JOIN "StretchAssignments" AS "s" ON "e"."Id" = "s"."EnrolmentId"
        WHERE "e"."CohortId" = @cohortId
        """;

    private const string Priorities = """
        SELECT "a"."AssignmentId", "a"."IcsPriorityId"
        FROM "Enrolments" AS "e"
        INNER JOIN "StretchAssignments" AS "s" ON "e"."Id" = "s"."EnrolmentId"
        INNER JOIN "AssignmentPriority" AS "a" ON "s"."Id" = "a"."AssignmentId"
        WHERE "e"."CohortId" = @cohortId
        """;

    private const string CheckIns = """
        SELECT "c"."EnrolmentId", MAX("c"."HeldOn"), COUNT(CASE
            WHEN "c"."HeldOn" >= @recentSince THEN 1
        END)
        FROM "Enrolments" AS "e"
        INNER JOIN "CheckIns" AS "c" ON "e"."Id" = "c"."EnrolmentId"
        WHERE "e"."CohortId" = @cohortId AND "c"."HeldOn" <= @today
        GROUP BY "c"."EnrolmentId"
        """;

    private const string Coaching = """
        SELECT "e"."Id", "c"."MatchedOn", "c"."EndedOn", (
            SELECT COUNT(*)
            FROM "CoachingSessions" AS "c0"
            WHERE "c"."Id" = "c0"."CoachingRelationshipId" AND "c0"."HeldOn" <= @today)
        FROM "Enrolments" AS "e"
        INNER JOIN "CoachingRelationships" AS "c" ON "e"."MenteeId" = "c"."CoacheeId"
        WHERE "e"."CohortId" = @cohortId
        """;

    private const string PriorityNames = """
        SELECT "i"."Id", "i"."Name", "i"."IsArchived"
        FROM "IcsPriorities" AS "i"
        ORDER BY "i"."SortOrder", "i"."Name"
        """;

    /// <summary>The cohort's figures as tables, or false when the person does not lead its programme.</summary>
    public static async Task<bool> DashboardAsync(SqliteConnection db, BaselineHtml html, string personId, Guid cohortId, DateTime now, CancellationToken cancellationToken)
    {
        var cohort = await ReadAsync(db, personId, cohortId, now, cancellationToken);
        if (cohort is null)
        {
            return false;
        }

        html.Start("Cohort dashboard");
        Figures(html, "Enrolments by status", cohort.People.CountBy(p => p.Status));
        Figures(html, "Assignments by state", cohort.Assignments.CountBy(a => a.Status));
        Figures(html, "Assignments by type", cohort.Assignments.CountBy(a => a.Type));
        Figures(html, "Assignments by ICS priority", cohort.Priorities.CountBy(p => cohort.PriorityNames.GetValueOrDefault(p, p)));
        var weeks = cohort.Assignments;
        Figures(html, "Weeks", [
            new("Done", weeks.Sum(w => w.Done)),
            new("Slipped", weeks.Sum(w => w.Slipped)),
            new("Blocked", weeks.Sum(w => w.Blocked)),
            new("Over the agreed hours", weeks.Sum(w => w.OverHours))]);
        var since = DateOnly.FromDateTime(now).AddDays(-14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Figures(html, "People", [
            new("No agreed assignment", cohort.People.Count(p => !cohort.Assignments.Any(a => a.EnrolmentId == p.Id && a.Agreed))),
            new("Check-ins in the last four weeks", cohort.CheckIns.Values.Sum(c => c.Recent)),
            new("Gone quiet", cohort.People.Count(p => string.CompareOrdinal(cohort.CheckIns.GetValueOrDefault(p.Id)?.Last ?? "", since) < 0)),
            new("Coaching sessions held", cohort.Coaching.Sum(c => c.Held))]);
        return true;
    }

    /// <summary>The cohort's first page of mentees (25, by name), or false when the person does not lead its programme.</summary>
    public static async Task<bool> PeopleAsync(SqliteConnection db, BaselineHtml html, string personId, Guid cohortId, DateTime now, CancellationToken cancellationToken)
    {
        var cohort = await ReadAsync(db, personId, cohortId, now, cancellationToken);
        if (cohort is null)
        {
            return false;
        }

        html.Start("Mentees").TableStart("Mentee", "Mentor", "Status", "Assignments", "Weeks done", "Last check-in");
        foreach (var person in cohort.People.OrderBy(p => p.Mentee, StringComparer.Ordinal).Take(25))
        {
            Row(cohort, person, (mentee, mentor, status, assignments, done, last) => html.Row(mentee, mentor, status, assignments, done, last));
        }

        html.TableEnd();
        return true;
    }

    /// <summary>Every mentee of the cohort as CSV, or null when the person does not lead its programme.</summary>
    public static async Task<string?> PeopleCsvAsync(SqliteConnection db, string personId, Guid cohortId, DateTime now, CancellationToken cancellationToken)
    {
        var cohort = await ReadAsync(db, personId, cohortId, now, cancellationToken);
        if (cohort is null)
        {
            return null;
        }

        var csv = new StringBuilder("Mentee,Mentor,Status,Assignments,Weeks done,Last check-in\r\n");
        foreach (var person in cohort.People.OrderBy(p => p.Mentee, StringComparer.Ordinal))
        {
            Row(cohort, person, (mentee, mentor, status, assignments, done, last) => csv.Append('"').Append(mentee).Append("\",\"").Append(mentor)
                .Append("\",").Append(status).Append(',').Append(assignments).Append(',').Append(done).Append(',').Append(last).Append("\r\n"));
        }

        return csv.ToString();
    }

    private static void Row(Cohort cohort, Person person, Action<string, string, string, int, int, string> write)
    {
        var assignments = cohort.Assignments.Where(a => a.EnrolmentId == person.Id).ToList();
        write(
            person.Mentee,
            person.Mentor ?? "",
            person.Status,
            assignments.Count,
            assignments.Sum(a => a.Done),
            cohort.CheckIns.GetValueOrDefault(person.Id)?.Last ?? "");
    }

    private static void Figures(BaselineHtml html, string caption, IEnumerable<KeyValuePair<string, int>> figures)
    {
        html.Heading(caption).TableStart("Group", "People");
        foreach (var (name, count) in figures)
        {
            html.Row(name, count);
        }

        html.TableEnd();
    }

    private static async Task<Cohort?> ReadAsync(SqliteConnection db, string personId, Guid cohortId, DateTime now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now);
        var id = cohortId.ToString().ToUpperInvariant();
        (string, object)[] scope = [("@cohortId", id), ("@p", personId)];
        var leads = false;
        await EachAsync(db, LeadsCohort, scope, _ => leads = true, cancellationToken);
        if (!leads)
        {
            return null;
        }

        var cohort = new Cohort();
        await EachAsync(db, Enrolments, scope, r => cohort.People.Add(new Person(r.GetString(0), r.GetString(4), r.IsDBNull(6) ? null : r.GetString(6), r.GetString(7))), cancellationToken);
        await EachAsync(
            db,
            Assignments,
            [.. scope, ("@lastEnded", Day(today.AddDays(-7)))],
            r => cohort.Assignments.Add(new Assignment(r.GetString(0), r.GetString(1), r.GetString(3), r.GetString(4), r.GetBoolean(5), r.GetInt32(10), r.GetInt32(11), r.GetInt32(12), r.GetInt32(14))),
            cancellationToken);
        await EachAsync(db, Priorities, scope, r => cohort.Priorities.Add(r.GetString(1)), cancellationToken);
        await EachAsync(db, CheckIns, [.. scope, ("@recentSince", Day(today.AddDays(-27))), ("@today", Day(today))], r => cohort.CheckIns[r.GetString(0)] = new CheckInSums(r.GetString(1), r.GetInt32(2)), cancellationToken);
        await EachAsync(db, Coaching, [.. scope, ("@today", Day(today))], r => cohort.Coaching.Add(new CoachingSums(r.GetString(0), r.GetInt32(3))), cancellationToken);
        await EachAsync(db, PriorityNames, [], r => cohort.PriorityNames[r.GetString(0)] = r.GetString(1), cancellationToken);
        return cohort;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task EachAsync(
        SqliteConnection db, string sql, (string Name, object Value)[] parameters, Action<SqliteDataReader> read, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            if (sql.Contains(name, StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue(name, value);
            }
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            read(reader);
        }
    }

    private sealed class Cohort
    {
        public List<Person> People { get; } = [];

        public List<Assignment> Assignments { get; } = [];

        public List<string> Priorities { get; } = [];

        public Dictionary<string, CheckInSums> CheckIns { get; } = [];

        public List<CoachingSums> Coaching { get; } = [];

        public Dictionary<string, string> PriorityNames { get; } = [];
    }

    private sealed record Person(string Id, string Mentee, string? Mentor, string Status);

    private sealed record Assignment(string Id, string EnrolmentId, string Status, string Type, bool Agreed, int Done, int Slipped, int Blocked, int OverHours);

    private sealed record CheckInSums(string Last, int Recent);

    private sealed record CoachingSums(string EnrolmentId, int Held);
}
