using System.Globalization;
using System.Security.Claims;
using Microsoft.Data.Sqlite;
using StretchPortal.Web.Features.Account;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Infrastructure.Benchmarking;

/// <summary>
/// The mentee's and the mentor's home pages read with the SQL Entity Framework generates for each of their sections,
/// through raw ADO.NET, and written as plain HTML tables: the role's sections, then what every home page shows (the
/// resources a coach recommended, the coaching relationships) and the header's unread notification count.
/// </summary>
public static class BaselineHomePages
{
    private const string MyEnrolments = """
        SELECT "e"."Id", "p"."Name", "c"."Name", "e"."Status", "a"."FullName", "a0"."FullName", "a1"."FullName"
        FROM "Enrolments" AS "e"
        INNER JOIN "Cohorts" AS "c" ON "e"."CohortId" = "c"."Id"
        INNER JOIN "Programmes" AS "p" ON "c"."ProgrammeId" = "p"."Id"
        LEFT JOIN "AspNetUsers" AS "a" ON "e"."MentorId" = "a"."Id"
        LEFT JOIN "AspNetUsers" AS "a0" ON "e"."SponsorId" = "a0"."Id"
        LEFT JOIN "AspNetUsers" AS "a1" ON "e"."CoachId" = "a1"."Id"
        WHERE "e"."MenteeId" = @p
        ORDER BY "e"."EnrolledAt" DESC
        """;

    private const string AssignmentColumns = """
        SELECT "s"."Id", "s"."Title", "s"."Status", "s"."StartDate", "s"."EndDate", "s"."WeeksDone", "s"."WeeksUpdated" - (
            SELECT COUNT(*)
            FROM "WeeklyDeliverables" AS "w"
            WHERE "s"."Id" = "w"."AssignmentId" AND "w"."UpdatedAt" IS NOT NULL AND "w"."WeekStarting" > @lastEnded AND "w"."WeekStarting" > date("s"."StartDate", CAST(-7 AS TEXT) || ' days') AND "w"."WeekStarting" <= "s"."EndDate"), "s"."WeeksOverHours" > 0, (
            SELECT "w0"."Id"
            FROM "WeeklyDeliverables" AS "w0"
            WHERE "s"."Id" = "w0"."AssignmentId" AND "w0"."WeekStarting" = @thisMonday
            LIMIT 1), (
            SELECT "w1"."Status"
            FROM "WeeklyDeliverables" AS "w1"
            WHERE "s"."Id" = "w1"."AssignmentId" AND "w1"."WeekStarting" = @thisMonday
            LIMIT 1), EXISTS (
            SELECT 1
            FROM "WeeklyDeliverables" AS "w2"
            WHERE "s"."Id" = "w2"."AssignmentId" AND "w2"."WeekStarting" = @thisMonday AND "w2"."UpdatedAt" IS NOT NULL)
        FROM "StretchAssignments" AS "s"
        INNER JOIN "Enrolments" AS "e" ON "s"."EnrolmentId" = "e"."Id"
        """;

    private const string MyAssignments = AssignmentColumns + """

        WHERE "e"."MenteeId" = @p
        ORDER BY "s"."CreatedAt" DESC
        """;

    private const string MyActions = """
        SELECT "c0"."EnrolmentId", "c"."Description", "c"."DueOn", "c0"."HeldOn"
        FROM "CheckInActions" AS "c"
        INNER JOIN "CheckIns" AS "c0" ON "c"."CheckInId" = "c0"."Id"
        INNER JOIN "Enrolments" AS "e" ON "c0"."EnrolmentId" = "e"."Id"
        WHERE "c"."CompletedAt" IS NULL AND "e"."MenteeId" = @p AND "e"."Status" = 'Active' AND ("c"."OwnerId" = @p OR "c"."OwnerId" IS NULL)
        ORDER BY "c"."DueOn" IS NULL, "c"."DueOn", "c0"."HeldOn"
        """;

    private const string NextCheckIn = """
        SELECT "c"."EnrolmentId", "c"."HeldOn",
               CASE WHEN "c"."WithMentor" THEN "a"."FullName" END,
               CASE WHEN "c"."WithSponsor" THEN "a0"."FullName" END,
               CASE WHEN "c"."WithCoach" THEN "a1"."FullName" END
        FROM "CheckIns" AS "c"
        INNER JOIN "Enrolments" AS "e" ON "c"."EnrolmentId" = "e"."Id"
        LEFT JOIN "AspNetUsers" AS "a" ON "e"."MentorId" = "a"."Id"
        LEFT JOIN "AspNetUsers" AS "a0" ON "e"."SponsorId" = "a0"."Id"
        LEFT JOIN "AspNetUsers" AS "a1" ON "e"."CoachId" = "a1"."Id"
        WHERE "e"."MenteeId" = @p AND "e"."Status" = 'Active' AND "c"."HeldOn" >= @today
        ORDER BY "c"."HeldOn"
        LIMIT 1
        """;

    private const string MyMentees = """
        SELECT "e"."Id", "a"."FullName", "a"."JobTitle", "p"."Name", "c"."Name"
        FROM "Enrolments" AS "e"
        INNER JOIN "AspNetUsers" AS "a" ON "e"."MenteeId" = "a"."Id"
        INNER JOIN "Cohorts" AS "c" ON "e"."CohortId" = "c"."Id"
        INNER JOIN "Programmes" AS "p" ON "c"."ProgrammeId" = "p"."Id"
        WHERE "e"."MentorId" = @p AND "e"."Status" = 'Active'
        ORDER BY "a"."FullName"
        """;

    private const string MenteesAssignments = AssignmentColumns + """

        WHERE "e"."MentorId" = @p AND "e"."Status" = 'Active'
        """;

    private const string Waiting = """
        SELECT "s"."Id", "s"."Title", "a"."FullName", (
            SELECT MAX("a0"."OccurredAt")
            FROM "AssignmentEvents" AS "a0"
            WHERE "s"."Id" = "a0"."AssignmentId" AND "a0"."Kind" IN ('Submitted', 'ScopeChanged'))
        FROM "StretchAssignments" AS "s"
        INNER JOIN "Enrolments" AS "e" ON "s"."EnrolmentId" = "e"."Id"
        INNER JOIN "AspNetUsers" AS "a" ON "e"."MenteeId" = "a"."Id"
        WHERE "s"."Status" = 'Submitted' AND "e"."MentorId" = @p AND "e"."Status" = 'Active'
        """;

    private const string RecentUpdates = """
        SELECT "s0"."Id", "a"."FullName", "s0"."Title", "s0"."WeekStarting", "s0"."Status", "s0"."HoursWorked", "s0"."UpdatedAt"
        FROM (
            SELECT "w"."Id", "w"."HoursWorked", "w"."Status", "w"."UpdatedAt", "w"."WeekStarting", "s"."HoursPerWeek", "s"."Title", "e"."MenteeId"
            FROM "WeeklyDeliverables" AS "w"
            INNER JOIN "StretchAssignments" AS "s" ON "w"."AssignmentId" = "s"."Id"
            INNER JOIN "Enrolments" AS "e" ON "s"."EnrolmentId" = "e"."Id"
            WHERE "w"."UpdatedAt" >= @since AND "w"."SignedOffAt" IS NULL AND "w"."MentorComment" IS NULL AND "e"."MentorId" = @p AND "e"."Status" = 'Active'
            ORDER BY "w"."UpdatedAt" DESC
            LIMIT 10
        ) AS "s0"
        INNER JOIN "AspNetUsers" AS "a" ON "s0"."MenteeId" = "a"."Id"
        ORDER BY "s0"."UpdatedAt" DESC
        """;

    private const string Recommended = """
        SELECT "s"."ResourceId", "s"."Title", "s"."Url", "s"."Kind", "a"."FullName", "s"."Note", "s"."RecommendedAt"
        FROM (
            SELECT "r"."CoachId", "r"."Note", "r"."RecommendedAt", "r"."ResourceId", "r0"."Kind", "r0"."Title", "r0"."Url"
            FROM "ResourceRecommendations" AS "r"
            INNER JOIN "Resources" AS "r0" ON "r"."ResourceId" = "r0"."Id"
            WHERE "r"."CoacheeId" = @p AND NOT ("r0"."IsArchived")
            ORDER BY "r"."RecommendedAt" DESC
            LIMIT 5
        ) AS "s"
        INNER JOIN "AspNetUsers" AS "a" ON "s"."CoachId" = "a"."Id"
        ORDER BY "s"."RecommendedAt" DESC
        """;

    private const string Coaching = """
        SELECT "c"."Id", "c"."CoachId", "a"."FullName" AS "Coach", "a0"."FullName" AS "Coachee", "c"."MatchedOn", "c"."EndedOn", (
            SELECT COUNT(*)
            FROM "CoachingSessions" AS "c0"
            WHERE "c"."Id" = "c0"."CoachingRelationshipId") AS "Held", (
            SELECT MAX("c1"."HeldOn")
            FROM "CoachingSessions" AS "c1"
            WHERE "c"."Id" = "c1"."CoachingRelationshipId") AS "Last"
        FROM "CoachingRelationships" AS "c"
        INNER JOIN "AspNetUsers" AS "a" ON "c"."CoachId" = "a"."Id"
        INNER JOIN "AspNetUsers" AS "a0" ON "c"."CoacheeId" = "a0"."Id"
        WHERE "c"."CoacheeId" = @p OR "c"."CoachId" = @p
        """;

    private const string Unread = """
        SELECT COUNT(*)
        FROM "Notifications" AS "n"
        WHERE "n"."RecipientId" = @p AND "n"."ReadAt" IS NULL
        """;

    public static async Task MenteeAsync(SqliteConnection db, BaselineHtml html, ClaimsPrincipal user, DateTime now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now);
        var personId = Start(html, user);
        html.Heading("Your programme").TableStart("Programme", "Cohort", "Status", "Mentor", "Sponsor", "Coach");
        await EachAsync(db, MyEnrolments, personId, r => html.Row(r.GetString(1), r.GetString(2), r.GetString(3), Text(r, 4), Text(r, 5), Text(r, 6)), cancellationToken);
        html.TableEnd().Heading("Your stretch assignments");
        await AssignmentsAsync(db, html, MyAssignments, personId, today, cancellationToken);
        html.Heading("Your actions").TableStart("Action", "Due", "From the check-in on");
        await EachAsync(db, MyActions, personId, r => html.Row(r.GetString(1), Text(r, 2), r.GetString(3)), cancellationToken);
        html.TableEnd().Heading("Next check-in").TableStart("Date", "Mentor", "Sponsor", "Coach");
        await EachAsync(db, NextCheckIn, personId, [("@today", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))],
            r => html.Row(r.GetString(1), Text(r, 2), Text(r, 3), Text(r, 4)), cancellationToken);
        html.TableEnd();
        await EveryHomePageAsync(db, html, personId, cancellationToken);
    }

    public static async Task MentorAsync(SqliteConnection db, BaselineHtml html, ClaimsPrincipal user, DateTime now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now);
        var personId = Start(html, user);
        html.Heading("Waiting for your agreement").TableStart("Assignment", "Mentee", "Submitted");
        await EachAsync(db, Waiting, personId, r => html.Row(r.GetString(1), r.GetString(2), Text(r, 3)), cancellationToken);
        html.TableEnd().Heading("Your mentees").TableStart("Mentee", "Job title", "Programme", "Cohort");
        await EachAsync(db, MyMentees, personId, r => html.Row(r.GetString(1), Text(r, 2), r.GetString(3), r.GetString(4)), cancellationToken);
        html.TableEnd().Heading("Their assignments");
        await AssignmentsAsync(db, html, MenteesAssignments, personId, today, cancellationToken);
        html.Heading("Recent updates").TableStart("Mentee", "Assignment", "Week", "Status", "Hours", "Updated");
        var since = now.AddDays(-14).ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        await EachAsync(db, RecentUpdates, personId, [("@since", since)],
            r => html.Row(r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), Text(r, 5), r.GetString(6)), cancellationToken);
        html.TableEnd();
        await EveryHomePageAsync(db, html, personId, cancellationToken);
    }

    /// <summary>The recommended resources, the coaching relationships and the header's unread count.</summary>
    private static async Task EveryHomePageAsync(SqliteConnection db, BaselineHtml html, string personId, CancellationToken cancellationToken)
    {
        html.Heading("Recommended for you").TableStart("Resource", "Kind", "Recommended by", "Note");
        await EachAsync(db, Recommended, personId, r => html.Row(r.GetString(1), r.GetString(3), r.GetString(4), Text(r, 5)), cancellationToken);
        html.TableEnd().Heading("Coaching").TableStart("Coach", "Coachee", "Matched", "Sessions held", "Last session");
        await EachAsync(db, Coaching, personId, r => html.Row(r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(6), Text(r, 7)), cancellationToken);
        html.TableEnd();
        await EachAsync(db, Unread, personId, r => html.Heading("Notifications (" + r.GetInt32(0).ToString(CultureInfo.InvariantCulture) + " unread)"), cancellationToken);
    }

    /// <summary>The name and roles from the sign-in, as the home page takes them.</summary>
    private static string Start(BaselineHtml html, ClaimsPrincipal user)
    {
        html.Start("Welcome, " + user.FindFirstValue(PersonClaims.FullName))
            .Heading("Your roles: " + string.Join(", ", user.FindAll(ClaimTypes.Role).Select(c => c.Value)));
        return user.PersonId();
    }

    /// <summary>One row per assignment, with the week totals kept on it and this week's deliverable.</summary>
    private static async Task AssignmentsAsync(
        SqliteConnection db, BaselineHtml html, string sql, string personId, DateOnly today, CancellationToken cancellationToken)
    {
        var thisMonday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        (string, string)[] parameters =
        [
            ("@lastEnded", today.AddDays(-7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("@thisMonday", thisMonday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ];
        html.TableStart("Assignment", "Status", "Dates", "Weeks done", "Weeks updated", "Over hours", "This week");
        await EachAsync(db, sql, personId, parameters, r => html.Row(
            r.GetString(1),
            r.GetString(2),
            r.GetString(3) + " to " + r.GetString(4),
            r.GetInt32(5),
            r.GetInt32(6),
            r.GetBoolean(7) ? "Yes" : "No",
            r.IsDBNull(9) ? "Not started" : r.GetString(9) + (r.GetBoolean(10) ? ", updated" : "")), cancellationToken);
        html.TableEnd();
    }

    private static Task EachAsync(
        SqliteConnection db, string sql, string personId, Action<SqliteDataReader> read, CancellationToken cancellationToken) => EachAsync(db, sql, personId, [], read, cancellationToken);

    private static async Task EachAsync(
        SqliteConnection db, string sql, string personId, (string Name, string Value)[] parameters, Action<SqliteDataReader> read,
        CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@p", personId);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            read(reader);
        }
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
