using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Data.Sqlite;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Account;
using StretchPortal.Web.Features.Coaching;
using StretchPortal.Web.Features.Home;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Infrastructure.Benchmarking;

/// <summary>
/// The mentee's and the mentor's home pages read with the SQL Entity Framework generates for each of their sections,
/// through raw ADO.NET, and written by hand as the same page: the layout (<see cref="BaselineLayout"/>, with the
/// header's unread count and the sign-out form's anti-forgery token), the role's sections, and what every home page
/// shows (the resources a coach recommended, the coaching relationships). What a section shows is worked out by the
/// same domain rules the page uses (<see cref="AssignmentProgress"/>, <see cref="CoachingProgress"/>).
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
        SELECT "s"."Id", "s"."EnrolmentId", "s"."Title", "s"."Status", "s"."AgreedAt" IS NOT NULL, "s"."StartDate", "s"."EndDate", "s"."CreatedAt", "s"."WeeksDone", "s"."WeeksUpdated" - (
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
            WHERE "s"."Id" = "a0"."AssignmentId" AND "a0"."Kind" IN ('Submitted', 'ScopeChanged')), "s"."AgreedScopeJson" IS NOT NULL
        FROM "StretchAssignments" AS "s"
        INNER JOIN "Enrolments" AS "e" ON "s"."EnrolmentId" = "e"."Id"
        INNER JOIN "AspNetUsers" AS "a" ON "e"."MenteeId" = "a"."Id"
        WHERE "s"."Status" = 'Submitted' AND "e"."MentorId" = @p AND "e"."Status" = 'Active'
        """;

    private const string RecentUpdates = """
        SELECT "s0"."Id", "a"."FullName", "s0"."Title", "s0"."WeekStarting", "s0"."Status", "s0"."HoursWorked", "s0"."HoursWorked" > "s0"."HoursPerWeek", "s0"."UpdatedAt"
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

    private const string RecommendedSql = """
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

    private const string CoachingSql = """
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

    public static async Task MenteeAsync(SqliteConnection db, BaselineHtml html, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var personId = http.User.PersonId();
        var enrolments = await ListAsync(db, MyEnrolments, personId, [], r => new MyEnrolment(
            r.GetGuid(0), r.GetString(1), r.GetString(2), Enum.Parse<EnrolmentStatus>(r.GetString(3)), Text(r, 4), Text(r, 5), Text(r, 6)), cancellationToken);
        var assignments = await AssignmentsAsync(db, MyAssignments, personId, today, cancellationToken);
        var actions = await ListAsync(db, MyActions, personId, [], r => new MyAction(
            r.GetGuid(0), r.GetString(1), Date(r, 2), r.GetFieldValue<DateOnly>(3), Date(r, 2) < today), cancellationToken);
        var next = await ListAsync(db, NextCheckIn, personId, [("@today", Iso(today))], r => new NextCheckIn(
            r.GetGuid(0),
            r.GetFieldValue<DateOnly>(1),
            new[] { (Text(r, 2), "mentor"), (Text(r, 3), "sponsor"), (Text(r, 4), "coach") }.Where(p => p.Item1 is not null).Select(p => $"{p.Item1} ({p.Item2})").ToList()), cancellationToken);
        var everyPage = await EveryHomePageAsync(db, personId, cancellationToken);

        Start(html, http, everyPage.Unread);
        html.Raw("<section aria-labelledby=\"mentee-heading\">\n<h2 id=\"mentee-heading\">Your programme</h2>\n");
        MenteeSection(html, new MenteeHome(enrolments, assignments, actions, next.FirstOrDefault()));
        html.Raw("</section>\n");
        Recommended(html, everyPage.Recommended);
        Coaching(html, everyPage.Coaching, personId, CoachingTimes.UkToday(clock));
    }

    public static async Task MentorAsync(SqliteConnection db, BaselineHtml html, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var personId = http.User.PersonId();
        var waiting = await ListAsync(db, Waiting, personId, [], r => new AssignmentWaiting(
            r.GetGuid(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetDateTime(3), r.GetBoolean(4)), cancellationToken);
        var mentees = await ListAsync(db, MyMentees, personId, [], r => (Id: r.GetGuid(0), FullName: r.GetString(1), JobTitle: Text(r, 2), Programme: r.GetString(3), Cohort: r.GetString(4)), cancellationToken);
        var assignments = (await SummariesAsync(db, MenteesAssignments, personId, today, cancellationToken)).ToLookup(a => a.EnrolmentId);
        var since = (now - HomeService.RecentUpdateWindow).ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        var recent = await ListAsync(db, RecentUpdates, personId, [("@since", since)], r => new RecentUpdate(
            r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateOnly>(3), Enum.Parse<DeliverableStatus>(r.GetString(4)),
            r.IsDBNull(5) ? null : r.GetDouble(5), r.GetBoolean(6), r.GetDateTime(7)), cancellationToken);
        var everyPage = await EveryHomePageAsync(db, personId, cancellationToken);

        Start(html, http, everyPage.Unread);
        html.Raw("<section aria-labelledby=\"mentor-heading\">\n<h2 id=\"mentor-heading\">Your mentees</h2>\n");
        MentorSection(html, waiting.OrderBy(w => w.SubmittedAt).ToList(), mentees.Select(m =>
        {
            var current = AssignmentProgress.Current(assignments[m.Id]);
            return new MenteeAtAGlance(
                m.Id, m.FullName, m.JobTitle, m.Programme, m.Cohort, current is null ? null : AssignmentProgress.From(current, today),
                assignments[m.Id].Any(a => a.HasBeenAgreed && a.Status != AssignmentStatus.Withdrawn));
        }).ToList(), recent);
        html.Raw("</section>\n");
        Recommended(html, everyPage.Recommended);
        Coaching(html, everyPage.Coaching, personId, CoachingTimes.UkToday(clock));
    }

    private sealed record EveryPage(
        int Unread,
        List<(Guid Id, string Title, ResourceKind Kind, string Coach, string? Note, DateTime At)> Recommended,
        List<(Guid Id, string CoachId, string Coach, string Coachee, DateOnly MatchedOn, DateOnly? EndedOn, int Held)> Coaching);

    /// <summary>The recommended resources, the coaching relationships and the header's unread count.</summary>
    private static async Task<EveryPage> EveryHomePageAsync(SqliteConnection db, string personId, CancellationToken cancellationToken)
    {
        var recommended = await ListAsync(db, RecommendedSql, personId, [], r => (
            r.GetGuid(0), r.GetString(1), Enum.Parse<ResourceKind>(r.GetString(3)), r.GetString(4), Text(r, 5), r.GetDateTime(6)), cancellationToken);
        var coaching = await ListAsync(db, CoachingSql, personId, [], r => (
            r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetFieldValue<DateOnly>(4), Date(r, 5), r.GetInt32(6)), cancellationToken);
        var unread = await ListAsync(db, Unread, personId, [], r => r.GetInt32(0), cancellationToken);
        return new EveryPage(unread[0], recommended, coaching);
    }

    /// <summary>The layout, the welcome and the roles, from the sign-in as the home page takes them.</summary>
    private static void Start(BaselineHtml html, HttpContext http, int unread)
    {
        var roles = http.User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var fullName = http.User.FindFirstValue(PersonClaims.FullName) ?? "";
        var token = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http).RequestToken ?? "";
        html.Layout(fullName, unread, token, roles)
            .Raw("<h1>Welcome, ").Text(fullName).Raw("</h1>\n<p class=\"app-meta\">Your roles: ").Text(string.Join(", ", roles.Select(Roles.DisplayName))).Raw("</p>\n");
    }

    private static void MenteeSection(BaselineHtml html, MenteeHome home)
    {
        if (home.Enrolments.Count == 0)
        {
            html.Raw("<p>You are not enrolled in a cohort yet.</p>\n");
        }

        foreach (var enrolment in home.Enrolments)
        {
            html.Raw("<div class=\"nhsuk-card\">\n<div class=\"nhsuk-card__content\">\n<h3 class=\"nhsuk-card__heading\">").Text(enrolment.Programme)
                .Raw("</h3>\n<dl class=\"nhsuk-summary-list\">\n");
            SummaryRow(html, "Cohort").Text(enrolment.Cohort).Raw("</dd></div>\n");
            SummaryRow(html, "Status").Raw(EnrolmentTag(enrolment.Status)).Raw("</dd></div>\n");
            SummaryRow(html, "Mentor").Text(enrolment.Mentor ?? "Not yet assigned").Raw("</dd></div>\n");
            SummaryRow(html, "Sponsor").Text(enrolment.Sponsor ?? "Not yet assigned").Raw("</dd></div>\n");
            SummaryRow(html, "Coach").Text(enrolment.Coach ?? "Not yet assigned").Raw("</dd></div>\n");
            html.Raw("</dl>\n<p class=\"nhsuk-u-margin-bottom-0\"><a href=\"/CheckIns?enrolmentId=").Raw(Id(enrolment.Id)).Raw("\">Your check-ins<span class=\"nhsuk-u-visually-hidden\"> for ")
                .Text(enrolment.Programme).Raw(", ").Text(enrolment.Cohort).Raw("</span></a></p>\n");
            if (enrolment.Status == EnrolmentStatus.Alumni)
            {
                html.Raw("<p class=\"nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0\"><a href=\"/Alumni\">The alumni community<span class=\"nhsuk-u-visually-hidden\"> of ")
                    .Text(enrolment.Programme).Raw("</span></a></p>\n");
            }

            html.Raw("</div>\n</div>\n");
        }

        html.Raw("<h3 id=\"my-assignments-heading\">Your stretch assignments</h3>\n");
        if (home.Assignments.Count == 0)
        {
            html.Raw("<p>You have no stretch assignments yet.</p>\n");
        }
        else
        {
            TableStart(html, "my-assignments-heading", "Assignment", "Status", "Dates");
            foreach (var assignment in home.Assignments)
            {
                html.Raw("<tr class=\"nhsuk-table__row\">\n");
                Cell(html).Raw("<a href=\"/Assignments/Details/").Raw(Id(assignment.Id)).Raw("\">").Text(assignment.Title).Raw("</a></td>\n");
                Cell(html).Raw(AssignmentTag(assignment.Status)).Raw("</td>\n");
                Cell(html).Text(assignment.StartDate.ToDisplayDate()).Raw(" to ").Text(assignment.EndDate.ToDisplayDate()).Raw("</td>\n</tr>\n");
            }

            TableEnd(html);
        }

        if (home.CanDraftAssignment)
        {
            html.Raw("<a class=\"nhsuk-button nhsuk-button--secondary\" href=\"/Assignments/Create\" data-module=\"nhsuk-button\">Draft a stretch assignment</a>\n");
        }

        html.Raw("<h3 id=\"this-week-heading\">This week</h3>\n");
        if (!home.Weekly.Any())
        {
            html.Raw("<p>None of your assignments takes weekly updates yet. They do once your mentor has agreed them.</p>\n");
        }
        else
        {
            TableStart(html, "this-week-heading", "Assignment", "This week", "Overdue", "<span class=\"nhsuk-u-visually-hidden\">Actions</span>");
            foreach (var assignment in home.Weekly)
            {
                ThisWeek(html, assignment);
            }

            TableEnd(html);
        }

        html.Raw("<h3 id=\"my-actions-heading\">Actions from your check-ins</h3>\n");
        if (home.OpenActions.Count == 0)
        {
            html.Raw("<p>You have no open actions.</p>\n");
        }
        else
        {
            TableStart(html, "my-actions-heading", "Action", "Due", "Agreed at the check-in on");
            foreach (var action in home.OpenActions)
            {
                html.Raw("<tr class=\"nhsuk-table__row app-action\">\n");
                Cell(html).Text(action.Description).Raw("</td>\n");
                Cell(html).Text(action.DueOn?.ToDisplayDate() ?? "No due date").Raw(action.IsOverdue ? " <strong class=\"nhsuk-tag nhsuk-tag--red\">Overdue</strong>" : "").Raw("</td>\n");
                Cell(html).Raw("<a href=\"/CheckIns?enrolmentId=").Raw(Id(action.EnrolmentId)).Raw("\">").Text(action.AgreedOn.ToDisplayDate()).Raw("</a></td>\n</tr>\n");
            }

            TableEnd(html);
        }

        html.Raw("<h3>Your next check-in</h3>\n");
        if (home.NextCheckIn is { } next)
        {
            html.Raw("<p id=\"next-check-in\">").Text(next.HeldOn.ToDisplayDate()).Text(next.With.Count == 0 ? "" : ", with " + string.Join(" and ", next.With))
                .Raw("</p>\n<p><a href=\"/CheckIns?enrolmentId=").Raw(Id(next.EnrolmentId)).Raw("\">See all your check-ins</a></p>\n");
        }
        else
        {
            html.Raw("<p id=\"next-check-in\">No check-in is planned yet. Arrange one with your mentor, sponsor or coach.</p>\n");
        }

        html.Raw("<ul class=\"nhsuk-list\">\n<li><a href=\"/PdrObjectives\">Your PDR objectives</a></li>\n</ul>\n");
    }

    private static void ThisWeek(BaselineHtml html, AssignmentProgress assignment)
    {
        var week = assignment.ThisWeek;
        html.Raw("<tr class=\"nhsuk-table__row\" data-assignment=\"").Raw(Id(assignment.Id)).Raw("\">\n");
        Cell(html).Text(assignment.Title).Raw("</td>\n<td class=\"nhsuk-table__cell app-this-week\">");
        if (week is null)
        {
            html.Raw("No week due: the assignment runs from ").Text(assignment.StartDate.ToDisplayDate()).Raw(" to ").Text(assignment.EndDate.ToDisplayDate());
        }
        else
        {
            html.Raw(week.Status is { } status ? DeliverableTag(status) : "<strong class=\"nhsuk-tag nhsuk-tag--grey\">Not planned yet</strong>")
                .Raw("\n<p class=\"nhsuk-body-s app-meta nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0\">Week starting ").Text(week.WeekStarting.ToDisplayDate()).Raw("</p>");
        }

        html.Raw("</td>\n<td class=\"nhsuk-table__cell app-overdue\">");
        if (assignment.WeeksOverdue > 0)
        {
            html.Raw("<strong class=\"nhsuk-tag nhsuk-tag--red\">").Text(HomeDisplay.Weeks(assignment.WeeksOverdue)).Raw(" overdue</strong>");
        }
        else
        {
            html.Raw("None");
        }

        html.Raw("</td>\n<td class=\"nhsuk-table__cell app-table-actions\">\n<ul class=\"nhsuk-list nhsuk-u-margin-bottom-0\">\n");
        if (week is { DeliverableId: { } deliverableId })
        {
            html.Raw("<li><a href=\"/Weeks/Update/").Raw(Id(deliverableId)).Raw("\">Update this week<span class=\"nhsuk-u-visually-hidden\"> for ").Text(assignment.Title).Raw("</span></a></li>\n");
        }
        else if (week is not null)
        {
            html.Raw("<li><a href=\"/Weeks/Plan?assignmentId=").Raw(Id(assignment.Id)).Raw("&amp;week=").Raw(Iso(week.WeekStarting))
                .Raw("\">Plan this week<span class=\"nhsuk-u-visually-hidden\"> for ").Text(assignment.Title).Raw("</span></a></li>\n");
        }

        html.Raw("<li><a href=\"/Weeks?assignmentId=").Raw(Id(assignment.Id)).Raw("\">All weeks<span class=\"nhsuk-u-visually-hidden\"> of ").Text(assignment.Title)
            .Raw("</span></a></li>\n</ul>\n</td>\n</tr>\n");
    }

    private static void MentorSection(BaselineHtml html, List<AssignmentWaiting> waiting, List<MenteeAtAGlance> mentees, List<RecentUpdate> recent)
    {
        html.Raw("<h3 id=\"waiting-heading\">Waiting for your agreement</h3>\n");
        if (waiting.Count == 0)
        {
            html.Raw("<p>No assignments are waiting for your agreement.</p>\n");
        }
        else
        {
            TableStart(html, "waiting-heading", "Assignment", "Mentee", "Submitted", "<span class=\"nhsuk-u-visually-hidden\">Actions</span>");
            foreach (var assignment in waiting)
            {
                html.Raw("<tr class=\"nhsuk-table__row app-waiting\">\n");
                Cell(html).Raw("<a href=\"/Assignments/Details/").Raw(Id(assignment.Id)).Raw("\">").Text(assignment.Title).Raw("</a>")
                    .Raw(assignment.IsScopeChange ? "\n<p class=\"nhsuk-body-s app-meta nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0\">A change to the scope you agreed</p>" : "").Raw("</td>\n");
                Cell(html).Text(assignment.Mentee).Raw("</td>\n");
                Cell(html).Text(assignment.SubmittedAt is { } at ? DateOnly.FromDateTime(at).ToDisplayDate() : "").Raw("</td>\n");
                html.Raw("<td class=\"nhsuk-table__cell app-table-actions\"><a href=\"/Assignments/Agree/").Raw(Id(assignment.Id))
                    .Raw("\">Review and agree<span class=\"nhsuk-u-visually-hidden\"> ").Text(assignment.Title).Raw("</span></a></td>\n</tr>\n");
            }

            TableEnd(html);
        }

        html.Raw("<h3 id=\"glance-heading\">Your mentees at a glance</h3>\n");
        if (mentees.Count == 0)
        {
            html.Raw("<p>No one yet.</p>\n");
        }
        else
        {
            TableStart(html, "glance-heading", "Name", "Programme and cohort", "Current assignment", "How it is going");
            foreach (var mentee in mentees)
            {
                Glance(html, mentee);
            }

            TableEnd(html);
        }

        html.Raw("<h3 id=\"recent-heading\">Recent updates to comment on</h3>\n");
        if (recent.Count == 0)
        {
            html.Raw("<p>No week updates from the last ").Raw(HomeService.RecentUpdateWindow.Days.ToString(CultureInfo.InvariantCulture))
                .Raw(" days are waiting for your comment.</p>\n");
            return;
        }

        TableStart(html, "recent-heading", "Mentee", "Week", "Status", "Hours", "<span class=\"nhsuk-u-visually-hidden\">Actions</span>");
        foreach (var update in recent)
        {
            html.Raw("<tr class=\"nhsuk-table__row app-recent-update\">\n");
            Cell(html).Text(update.Mentee).Raw("\n<p class=\"nhsuk-body-s app-meta nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0\">").Text(update.Assignment).Raw("</p></td>\n");
            Cell(html).Raw("Starting ").Text(update.WeekStarting.ToDisplayDate()).Raw("</td>\n");
            Cell(html).Raw(DeliverableTag(update.Status)).Raw("</td>\n");
            Cell(html).Text(update.HoursWorked is { } hours ? HomeDisplay.Hours(hours) : "")
                .Raw(update.OverHours ? "\n<strong class=\"nhsuk-tag nhsuk-tag--orange\">Over hours</strong>" : "").Raw("</td>\n");
            html.Raw("<td class=\"nhsuk-table__cell app-table-actions\"><a href=\"/Weeks/Review/").Raw(Id(update.Id)).Raw("\">Review<span class=\"nhsuk-u-visually-hidden\"> the week starting ")
                .Text(update.WeekStarting.ToDisplayDate()).Raw(" for ").Text(update.Mentee).Raw("</span></a></td>\n</tr>\n");
        }

        TableEnd(html);
    }

    private static void Glance(BaselineHtml html, MenteeAtAGlance mentee)
    {
        html.Raw("<tr class=\"nhsuk-table__row app-mentee\" data-enrolment=\"").Raw(Id(mentee.EnrolmentId)).Raw("\">\n");
        Cell(html).Text(mentee.FullName);
        if (mentee.JobTitle is not null)
        {
            html.Raw("\n<p class=\"nhsuk-body-s app-meta nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0\">").Text(mentee.JobTitle).Raw("</p>");
        }

        html.Raw("\n<p class=\"nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0\"><a href=\"/CheckIns?enrolmentId=").Raw(Id(mentee.EnrolmentId))
            .Raw("\">Check-ins<span class=\"nhsuk-u-visually-hidden\"> with ").Text(mentee.FullName).Raw("</span></a></p></td>\n");
        Cell(html).Text(mentee.Programme).Raw(", ").Text(mentee.Cohort).Raw("</td>\n");
        Cell(html);
        if (mentee.Current is { } current)
        {
            html.Raw("<a href=\"/Assignments/Details/").Raw(Id(current.Id)).Raw("\">").Text(current.Title)
                .Raw("</a>\n<p class=\"nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0\">").Raw(AssignmentTag(current.Status)).Raw("</p>");
        }
        else
        {
            html.Raw("None yet");
        }

        html.Raw("</td>\n<td class=\"nhsuk-table__cell app-flags\">\n");
        if (!mentee.HasAgreedAssignment)
        {
            html.Raw("<strong class=\"nhsuk-tag nhsuk-tag--grey\">No agreed assignment</strong>\n");
        }

        if (mentee.Current is { WeeksOverdue: > 0 } late)
        {
            html.Raw("<strong class=\"nhsuk-tag nhsuk-tag--red\">").Text(HomeDisplay.Weeks(late.WeeksOverdue)).Raw(" overdue</strong>\n");
        }

        if (mentee.Current is { OverHours: true })
        {
            html.Raw("<strong class=\"nhsuk-tag nhsuk-tag--orange\">Over hours</strong>\n");
        }

        if (mentee.IsOnTrack)
        {
            html.Raw("<strong class=\"nhsuk-tag nhsuk-tag--green\">On track</strong>\n");
        }

        html.Raw("</td>\n</tr>\n");
    }

    private static void Recommended(BaselineHtml html, List<(Guid Id, string Title, ResourceKind Kind, string Coach, string? Note, DateTime At)> recommended)
    {
        if (recommended.Count == 0)
        {
            return;
        }

        html.Raw("<section aria-labelledby=\"recommended-heading\" id=\"recommended-resources\">\n<h2 id=\"recommended-heading\">Recommended by your coach</h2>\n<ul class=\"nhsuk-list\">\n");
        foreach (var resource in recommended)
        {
            html.Raw("<li class=\"nhsuk-u-margin-bottom-4\">\n<a href=\"/Resources/Details/").Raw(Id(resource.Id)).Raw("\">").Text(resource.Title)
                .Raw("</a>\n<span class=\"app-meta\">(").Text(resource.Kind.DisplayName()).Raw("), recommended by ").Text(resource.Coach).Raw(" on ")
                .Text(DateOnly.FromDateTime(resource.At).ToDisplayDate()).Raw("</span>\n");
            if (resource.Note is not null)
            {
                html.Raw("<p class=\"nhsuk-u-margin-bottom-0\">").Text(resource.Note).Raw("</p>\n");
            }

            html.Raw("</li>\n");
        }

        html.Raw("</ul>\n<p><a href=\"/Resources\">Browse the resource library</a></p>\n</section>\n");
    }

    /// <summary>The coaching section: the person's coach, then the people they coach; ended relationships are left out.</summary>
    private static void Coaching(
        BaselineHtml html, List<(Guid Id, string CoachId, string Coach, string Coachee, DateOnly MatchedOn, DateOnly? EndedOn, int Held)> rows, string personId, DateOnly today)
    {
        var current = rows.Where(r => r.EndedOn is null).OrderBy(r => r.Coachee, StringComparer.CurrentCulture).ToList();
        var coaches = current.Where(r => r.CoachId != personId).ToList();
        var coachees = current.Where(r => r.CoachId == personId).ToList();
        if (coaches.Count == 0 && coachees.Count == 0)
        {
            return;
        }

        html.Raw("<section aria-labelledby=\"coaching-home-heading\">\n<h2 id=\"coaching-home-heading\">Career coaching</h2>\n");
        if (coaches.Count > 0)
        {
            Relationships(html, "Your coach", "Coach", coaches.Select(r => (r.Id, r.Coach, r.MatchedOn, r.Held)), today);
        }

        if (coachees.Count > 0)
        {
            Relationships(html, "People you coach in the career coaching service", "Coachee", coachees.Select(r => (r.Id, r.Coachee, r.MatchedOn, r.Held)), today);
        }

        html.Raw("<p><a href=\"/Coaching\">Go to coaching</a></p>\n</section>\n");
    }

    private static void Relationships(BaselineHtml html, string caption, string who, IEnumerable<(Guid Id, string Name, DateOnly MatchedOn, int Held)> rows, DateOnly today)
    {
        html.Raw("<table class=\"nhsuk-table-responsive\">\n<caption class=\"nhsuk-table__caption nhsuk-table__caption--s\">").Text(caption)
            .Raw("</caption>\n<thead class=\"nhsuk-table__head\">\n<tr class=\"nhsuk-table__row\">\n<th class=\"nhsuk-table__header\" scope=\"col\">").Raw(who)
            .Raw("</th>\n<th class=\"nhsuk-table__header\" scope=\"col\">Matched</th>\n<th class=\"nhsuk-table__header\" scope=\"col\">Sessions</th>\n<th class=\"nhsuk-table__header\" scope=\"col\">Next session due</th>\n</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n");
        foreach (var row in rows)
        {
            var standing = CoachingProgress.Standing(row.MatchedOn, null, row.Held, today);
            var tag = standing.IsBehind ? "<strong class=\"nhsuk-tag nhsuk-tag--red\">Behind</strong>"
                : standing.Held >= standing.Required ? "<strong class=\"nhsuk-tag nhsuk-tag--green\">Complete</strong>"
                : "<strong class=\"nhsuk-tag nhsuk-tag--blue\">On track</strong>";
            html.Raw("<tr class=\"nhsuk-table__row\" data-relationship=\"").Raw(Id(row.Id)).Raw("\">\n");
            ResponsiveCell(html, who).Raw("<a href=\"/Coaching/Sessions/").Raw(Id(row.Id)).Raw("\">").Text(row.Name).Raw("</a></td>\n");
            ResponsiveCell(html, "Matched").Text(row.MatchedOn.ToDisplayDate()).Raw("</td>\n");
            ResponsiveCell(html, "Sessions").Raw("<span class=\"app-standing\">").Text(standing.Summary).Raw("</span>\n").Raw(tag).Raw("</td>\n");
            ResponsiveCell(html, "Next session due").Text(CoachingProgress.NextDue(row.MatchedOn, row.Held)?.ToDisplayDate() ?? "None").Raw("</td>\n</tr>\n");
        }

        html.Raw("</tbody>\n</table>\n");
    }

    private static BaselineHtml ResponsiveCell(BaselineHtml html, string heading) =>
        html.Raw("<td class=\"nhsuk-table__cell\"><span class=\"nhsuk-table-responsive__heading\" aria-hidden=\"true\">").Raw(heading).Raw(" </span>");

    private static BaselineHtml SummaryRow(BaselineHtml html, string key) =>
        html.Raw("<div class=\"nhsuk-summary-list__row\"><dt class=\"nhsuk-summary-list__key\">").Raw(key).Raw("</dt><dd class=\"nhsuk-summary-list__value\">");

    private static void TableStart(BaselineHtml html, string labelledBy, params string[] headers)
    {
        html.Raw("<table class=\"nhsuk-table\" aria-labelledby=\"").Raw(labelledBy).Raw("\">\n<thead class=\"nhsuk-table__head\">\n<tr class=\"nhsuk-table__row\">\n");
        foreach (var header in headers)
        {
            html.Raw("<th class=\"nhsuk-table__header\" scope=\"col\">").Raw(header).Raw("</th>\n");
        }

        html.Raw("</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n");
    }

    private static void TableEnd(BaselineHtml html) => html.Raw("</tbody>\n</table>\n");

    private static BaselineHtml Cell(BaselineHtml html) => html.Raw("<td class=\"nhsuk-table__cell\">");

    private static string AssignmentTag(AssignmentStatus status) => Tag(status switch
    {
        AssignmentStatus.Draft => "white",
        AssignmentStatus.Submitted => "yellow",
        AssignmentStatus.ChangesRequested => "orange",
        AssignmentStatus.Agreed => "aqua-green",
        AssignmentStatus.InProgress => "blue",
        AssignmentStatus.Completed => "green",
        AssignmentStatus.Presented => "purple",
        _ => "grey",
    }, status);

    private static string EnrolmentTag(EnrolmentStatus status) => Tag(status switch
    {
        EnrolmentStatus.Active => "green",
        EnrolmentStatus.Withdrawn => "grey",
        EnrolmentStatus.Completed => "blue",
        _ => "purple",
    }, status);

    private static string DeliverableTag(DeliverableStatus status) => Tag(status switch
    {
        DeliverableStatus.Planned => "white",
        DeliverableStatus.Done => "green",
        DeliverableStatus.PartlyDone => "yellow",
        DeliverableStatus.Slipped => "orange",
        _ => "red",
    }, status);

    private static string Tag(string colour, Enum value) => "<strong class=\"nhsuk-tag nhsuk-tag--" + colour + "\">" + value.DisplayName() + "</strong>";

    /// <summary>The assignments' summaries, as the home page's projection reads them, with where each stands.</summary>
    private static async Task<List<AssignmentProgress>> AssignmentsAsync(
        SqliteConnection db, string sql, string personId, DateOnly today, CancellationToken cancellationToken) =>
        (await SummariesAsync(db, sql, personId, today, cancellationToken)).Select(a => AssignmentProgress.From(a, today)).ToList();

    private static Task<List<AssignmentProgress.SummaryRow>> SummariesAsync(
        SqliteConnection db, string sql, string personId, DateOnly today, CancellationToken cancellationToken)
    {
        var thisMonday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return ListAsync(db, sql, personId, [("@lastEnded", Iso(thisMonday.AddDays(-7))), ("@thisMonday", Iso(thisMonday))], r => new AssignmentProgress.SummaryRow(
            r.GetGuid(0),
            r.GetGuid(1),
            r.GetString(2),
            Enum.Parse<AssignmentStatus>(r.GetString(3)),
            r.GetBoolean(4),
            r.GetFieldValue<DateOnly>(5),
            r.GetFieldValue<DateOnly>(6),
            r.GetDateTime(7),
            r.GetBoolean(4),
            r.GetInt32(8),
            r.GetInt32(9),
            r.GetBoolean(10),
            r.IsDBNull(11) ? null : r.GetGuid(11),
            r.IsDBNull(12) ? null : Enum.Parse<DeliverableStatus>(r.GetString(12)),
            r.GetBoolean(13)), cancellationToken);
    }

    private static async Task<List<T>> ListAsync<T>(
        SqliteConnection db, string sql, string personId, (string Name, string Value)[] parameters, Func<SqliteDataReader, T> read,
        CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@p", personId);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateOnly? Date(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetFieldValue<DateOnly>(column);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Id(Guid id) => id.ToString();
}
