using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Infrastructure.Startup;

namespace StretchPortal.Web.Data.Seeding;

/// <summary>
/// <c>generate-scale-data</c>: migrates a SQLite database (the configured one, or <c>--database</c>), fills it with
/// <see cref="ScaleDataGenerator"/>, prints what it made and how long it took, and ends without starting the web
/// server. See docs/scale-data.md.
/// </summary>
public static class ScaleDataCommand
{
    public const string Name = "generate-scale-data";

    private const string Usage =
        "Usage: generate-scale-data [--mentees 5000] [--cohorts 50] [--assignments-per-mentee 4] [--weeks 10] [--cohorts-per-programme 10] [--seed 1] [--database <file.db>]";

    /// <summary>Runs the command if the arguments ask for it; false means start the portal as usual.</summary>
    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != Name)
        {
            return false;
        }

        Environment.ExitCode = await RunAsync(args[1..], Console.Out);
        return true;
    }

    /// <summary>Runs the command with the arguments after its name; returns the process exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken = default)
    {
        var parsed = Parse(args, out var databasePath);
        if (parsed is null)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var connectionString = databasePath is null ? ConfiguredConnectionString() : DataSetup.SqliteConnectionString(
            new SqliteConnectionStringBuilder { DataSource = databasePath }.ToString(), Directory.GetCurrentDirectory());
        if (connectionString is null)
        {
            await output.WriteLineAsync("The configured database is not SQLite: pass --database <file.db>.");
            return 2;
        }

        await using var db = new SqliteStretchPortalDbContext(
            new DbContextOptionsBuilder<SqliteStretchPortalDbContext>().UseSqlite(connectionString).Options);
        var total = Stopwatch.StartNew();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", cancellationToken);
            if (await ScaleDataGenerator.AlreadyRanAsync(db, cancellationToken))
            {
                await output.WriteLineAsync("This database already holds scale data: pass --database with a new file.");
                return 1;
            }

            var migrated = total.Elapsed;
            var hash = new PasswordHasher<Person>().HashPassword(new Person(), ScaleDataGenerator.Password);
            var generator = new ScaleDataGenerator(db, parsed, DateTime.UtcNow);
            var generation = Stopwatch.StartNew();
            await generator.GenerateAsync(hash, cancellationToken);
            await Report(output, db.Database.GetDbConnection().DataSource, parsed, generator.Counts, hash, migrated, generation.Elapsed, total.Elapsed);
            return 0;
        }
        finally
        {
            if (db.Database.GetDbConnection() is SqliteConnection connection)
            {
                SqliteConnection.ClearPool(connection);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    private static ScaleDataOptions? Parse(IReadOnlyList<string> args, out string? databasePath)
    {
        databasePath = null;
        int mentees = 5000, cohorts = 50, perMentee = 4, weeks = 10, seed = 1, perProgramme = 10;
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                return null;
            }

            var value = args[i + 1];
            if (args[i] == "--database")
            {
                databasePath = Path.GetFullPath(value);
                continue;
            }

            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return null;
            }

            switch (args[i])
            {
                case "--mentees": mentees = number; break;
                case "--cohorts": cohorts = number; break;
                case "--assignments-per-mentee": perMentee = number; break;
                case "--weeks": weeks = number; break;
                case "--seed": seed = number; break;
                case "--cohorts-per-programme": perProgramme = number; break;
                default: return null;
            }
        }

        var valid = mentees >= 1 && cohorts >= 1 && cohorts <= mentees && perMentee is >= 0 and <= 20 && weeks is >= 1 and <= 52 && perProgramme >= 1;
        return valid ? new ScaleDataOptions(mentees, cohorts, perMentee, weeks, seed, perProgramme) : null;
    }

    /// <summary>The portal's own SQLite connection string, resolved the way the portal resolves it.</summary>
    private static string? ConfiguredConnectionString()
    {
        var builder = WebApplication.CreateBuilder();
        var options = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        return options.Provider == DatabaseProvider.Sqlite
            ? DataSetup.SqliteConnectionString(builder.Configuration.GetConnectionString("Sqlite"), builder.Environment.ContentRootPath)
            : null;
    }

    private static async Task Report(
        TextWriter output, string database, ScaleDataOptions options, ScaleDataCounts counts, string hash,
        TimeSpan migrated, TimeSpan generated, TimeSpan total)
    {
        var rows = counts.Organisations + counts.Programmes + counts.Cohorts + (2 * counts.People) + counts.Enrolments
            + counts.Assignments + counts.TimelineEvents + counts.Weeks + counts.CheckIns + counts.CheckInActions
            + counts.CoachingRelationships + counts.CoachingSessions;
        var lines = new[]
        {
            $"Scale data written to {database} (seed {options.Seed})",
            $"  organisations     {counts.Organisations,9:N0}",
            $"  programmes        {counts.Programmes,9:N0}",
            $"  cohorts           {counts.Cohorts,9:N0}",
            $"  people            {counts.People,9:N0}  ({options.Mentees:N0} mentees, {options.Mentors:N0} mentors, {options.Sponsors:N0} sponsors, {options.Coaches:N0} coaches, {options.Programmes:N0} leads)",
            $"  enrolments        {counts.Enrolments,9:N0}",
            $"  assignments       {counts.Assignments,9:N0}",
            $"  timeline events   {counts.TimelineEvents,9:N0}",
            $"  weeks             {counts.Weeks,9:N0}",
            $"  check-ins         {counts.CheckIns,9:N0}  (with {counts.CheckInActions:N0} actions)",
            $"  coaching          {counts.CoachingRelationships,9:N0}  relationships, with {counts.CoachingSessions:N0} sessions",
            $"Every generated person signs in with the password: {ScaleDataGenerator.Password}",
            $"  e.g. {ScaleDataGenerator.Email("lead", 1)}, {ScaleDataGenerator.Email("mentor", 1)}, {ScaleDataGenerator.Email("mentee", 1)}",
            $"  shared password hash: {hash}",
            $"Migrated in {migrated.TotalSeconds:N1} s; generated {rows:N0} rows in {generated.TotalSeconds:N1} s ({rows / Math.Max(generated.TotalSeconds, 0.001):N0} rows/s); total {total.TotalSeconds:N1} s",
        };
        foreach (var line in lines)
        {
            await output.WriteLineAsync(line);
        }
    }
}
