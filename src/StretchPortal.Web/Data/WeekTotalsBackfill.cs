namespace StretchPortal.Web.Data;

/// <summary>
/// Fills the week totals of existing assignments (<see cref="Domain.WeekTotals"/>) from their weeks, once, in the
/// migration that adds the columns: <c>migrationBuilder.Sql(WeekTotalsBackfill.Sqlite)</c> in the SQLite migration and
/// <c>migrationBuilder.Sql(WeekTotalsBackfill.SqlServer)</c> in the SQL Server one, after the columns are added. The
/// same counts as the expressions in WeekTotals (the integration tests check the SQLite text against them). Assignments
/// with no weeks keep the columns' defaults (zero, no last update).
/// </summary>
public static class WeekTotalsBackfill
{
    public const string Sqlite = """
        UPDATE "StretchAssignments" SET
            "WeeksDone" = (SELECT COUNT(*) FROM "WeeklyDeliverables" AS "w" WHERE "w"."AssignmentId" = "StretchAssignments"."Id" AND "w"."UpdatedAt" IS NOT NULL AND "w"."Status" = 'Done'),
            "WeeksPartlyDone" = (SELECT COUNT(*) FROM "WeeklyDeliverables" AS "w" WHERE "w"."AssignmentId" = "StretchAssignments"."Id" AND "w"."UpdatedAt" IS NOT NULL AND "w"."Status" = 'PartlyDone'),
            "WeeksSlipped" = (SELECT COUNT(*) FROM "WeeklyDeliverables" AS "w" WHERE "w"."AssignmentId" = "StretchAssignments"."Id" AND "w"."UpdatedAt" IS NOT NULL AND "w"."Status" = 'Slipped'),
            "WeeksBlocked" = (SELECT COUNT(*) FROM "WeeklyDeliverables" AS "w" WHERE "w"."AssignmentId" = "StretchAssignments"."Id" AND "w"."UpdatedAt" IS NOT NULL AND "w"."Status" = 'Blocked'),
            "WeeksUpdated" = (SELECT COUNT(*) FROM "WeeklyDeliverables" AS "w" WHERE "w"."AssignmentId" = "StretchAssignments"."Id" AND "w"."UpdatedAt" IS NOT NULL
                AND "w"."WeekStarting" > date("StretchAssignments"."StartDate", '-7 days') AND "w"."WeekStarting" <= "StretchAssignments"."EndDate"),
            "WeeksOverHours" = (SELECT COUNT(*) FROM "WeeklyDeliverables" AS "w" WHERE "w"."AssignmentId" = "StretchAssignments"."Id" AND "w"."UpdatedAt" IS NOT NULL
                AND "w"."HoursWorked" > "StretchAssignments"."HoursPerWeek"),
            "HoursOver" = COALESCE((SELECT SUM("w"."HoursWorked" - "StretchAssignments"."HoursPerWeek") FROM "WeeklyDeliverables" AS "w"
                WHERE "w"."AssignmentId" = "StretchAssignments"."Id" AND "w"."UpdatedAt" IS NOT NULL AND "w"."HoursWorked" > "StretchAssignments"."HoursPerWeek"), 0.0),
            "LastWeekUpdateAt" = (SELECT MAX("w"."UpdatedAt") FROM "WeeklyDeliverables" AS "w" WHERE "w"."AssignmentId" = "StretchAssignments"."Id")
        WHERE EXISTS (SELECT 1 FROM "WeeklyDeliverables" AS "w" WHERE "w"."AssignmentId" = "StretchAssignments"."Id");
        """;

    public const string SqlServer = """
        UPDATE [a] SET
            [a].[WeeksDone] = [t].[Done],
            [a].[WeeksPartlyDone] = [t].[PartlyDone],
            [a].[WeeksSlipped] = [t].[Slipped],
            [a].[WeeksBlocked] = [t].[Blocked],
            [a].[WeeksUpdated] = [t].[Updated],
            [a].[WeeksOverHours] = [t].[OverHours],
            [a].[HoursOver] = [t].[HoursOver],
            [a].[LastWeekUpdateAt] = [t].[LastUpdateAt]
        FROM [StretchAssignments] AS [a]
        INNER JOIN (
            SELECT [w].[AssignmentId],
                SUM(CASE WHEN [w].[UpdatedAt] IS NOT NULL AND [w].[Status] = N'Done' THEN 1 ELSE 0 END) AS [Done],
                SUM(CASE WHEN [w].[UpdatedAt] IS NOT NULL AND [w].[Status] = N'PartlyDone' THEN 1 ELSE 0 END) AS [PartlyDone],
                SUM(CASE WHEN [w].[UpdatedAt] IS NOT NULL AND [w].[Status] = N'Slipped' THEN 1 ELSE 0 END) AS [Slipped],
                SUM(CASE WHEN [w].[UpdatedAt] IS NOT NULL AND [w].[Status] = N'Blocked' THEN 1 ELSE 0 END) AS [Blocked],
                SUM(CASE WHEN [w].[UpdatedAt] IS NOT NULL AND [w].[WeekStarting] > DATEADD(day, -7, [s].[StartDate]) AND [w].[WeekStarting] <= [s].[EndDate] THEN 1 ELSE 0 END) AS [Updated],
                SUM(CASE WHEN [w].[UpdatedAt] IS NOT NULL AND [w].[HoursWorked] > [s].[HoursPerWeek] THEN 1 ELSE 0 END) AS [OverHours],
                SUM(CASE WHEN [w].[UpdatedAt] IS NOT NULL AND [w].[HoursWorked] > [s].[HoursPerWeek] THEN [w].[HoursWorked] - [s].[HoursPerWeek] ELSE 0.0E0 END) AS [HoursOver],
                MAX([w].[UpdatedAt]) AS [LastUpdateAt]
            FROM [WeeklyDeliverables] AS [w]
            INNER JOIN [StretchAssignments] AS [s] ON [s].[Id] = [w].[AssignmentId]
            GROUP BY [w].[AssignmentId]
        ) AS [t] ON [t].[AssignmentId] = [a].[Id];
        """;
}
