using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Infrastructure.Auditing;

namespace StretchPortal.Web.Features.Privacy;

/// <summary>
/// A person's right of access: everything the portal holds about them, as one JSON file. What is theirs: records
/// about them (profile, roles, enrolments, their assignments with weeks and timeline, their check-ins, objectives,
/// expressions of interest and the decisions on them, their equality declaration, coaching, bookings, alumni profile,
/// recommendations, notifications) and records they wrote (check-ins and events on others' assignments, posts),
/// plus the audit entries about them or done by them. What is left out: other people's private check-in notes, a
/// coach's private session notes when the reader is the coachee, password and token secrets. Reading is audited.
/// </summary>
public sealed partial class PrivacyService(StretchPortalDbContext db, AuditTrail audit, TimeProvider clock, ILogger<PrivacyService> logger)
{
    /// <summary>The secrets no download carries, whatever record they sit on.</summary>
    private static readonly HashSet<string> Secrets = [nameof(CoachApplication.LineManagerTokenHash)];

    /// <summary>Built once from the model (the same for every context in the process).</summary>
    private static JsonSerializerOptions? options;

    public async Task<byte[]> MyDataAsync(string personId, CancellationToken cancellationToken)
    {
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["about"] = "Everything StretchPortal holds about you, as of the time below (UTC). Ids link records across sections.",
            ["exportedAtUtc"] = clock.GetUtcNow().UtcDateTime,
        };

        var me = await db.Users.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new
            {
                p.Id,
                p.FullName,
                p.Email,
                p.UserName,
                p.EmailConfirmed,
                p.PhoneNumber,
                p.JobTitle,
                p.OrganisationId,
                Organisation = p.Organisation!.Name,
                p.Region,
                p.IsActive,
                CreatedAtUtc = p.CreatedAt,
                TwoFactorEnabled = p.TwoFactorEnabled,
                LockoutEndUtc = p.LockoutEnd,
            })
            .SingleAsync(cancellationToken);
        data["profile"] = me;
        data["roles"] = await db.UserRoles.AsNoTracking().Where(r => r.UserId == personId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).OrderBy(n => n).ToListAsync(cancellationToken);
        data["programmesLed"] = await db.ProgrammeLeads.AsNoTracking().Where(l => l.PersonId == personId).ToListAsync(cancellationToken);

        var enrolments = await db.Enrolments.AsNoTracking()
            .Where(e => e.MenteeId == personId || e.MentorId == personId || e.SponsorId == personId || e.CoachId == personId)
            .OrderBy(e => e.EnrolledAt).ToListAsync(cancellationToken);
        data["enrolments"] = enrolments;
        var myEnrolmentIds = enrolments.Where(e => e.MenteeId == personId).Select(e => e.Id).ToList();

        var assignments = await db.StretchAssignments.AsNoTracking()
            .Where(a => myEnrolmentIds.Contains(a.EnrolmentId)).OrderBy(a => a.CreatedAt).ToListAsync(cancellationToken);
        data["assignments"] = assignments;
        var assignmentIds = assignments.Select(a => a.Id).ToList();
        data["assignmentEvents"] = await db.AssignmentEvents.AsNoTracking()
            .Where(e => assignmentIds.Contains(e.AssignmentId) || e.ActorId == personId)
            .OrderBy(e => e.OccurredAt).ToListAsync(cancellationToken);
        data["weeks"] = await db.WeeklyDeliverables.AsNoTracking()
            .Where(w => assignmentIds.Contains(w.AssignmentId)).OrderBy(w => w.WeekStarting).ToListAsync(cancellationToken);

        var checkIns = await db.CheckIns.AsNoTracking()
            .Where(c => myEnrolmentIds.Contains(c.EnrolmentId) || c.AuthorId == personId)
            .OrderBy(c => c.HeldOn).ToListAsync(cancellationToken);
        foreach (var checkIn in checkIns.Where(c => !c.NotesVisibleTo(personId)))
        {
            checkIn.Notes = null;
        }

        data["checkIns"] = checkIns;
        var checkInIds = checkIns.Select(c => c.Id).ToList();
        data["checkInActions"] = await db.CheckInActions.AsNoTracking()
            .Where(a => checkInIds.Contains(a.CheckInId) || a.OwnerId == personId).ToListAsync(cancellationToken);
        data["pdrObjectives"] = await db.PdrObjectives.AsNoTracking().Where(o => o.PersonId == personId).ToListAsync(cancellationToken);

        var interests = await db.ExpressionsOfInterest.AsNoTracking()
            .Where(e => e.PersonId == personId).OrderBy(e => e.SubmittedAtUtc).ToListAsync(cancellationToken);
        data["expressionsOfInterest"] = interests;
        var interestIds = interests.Select(e => e.Id).ToList();
        data["selectionDecisions"] = await db.SelectionDecisions.AsNoTracking()
            .Where(d => interestIds.Contains(d.ExpressionOfInterestId)).OrderBy(d => d.DecidedAtUtc).ToListAsync(cancellationToken);
        data["equalityDeclaration"] = await db.EqualityDeclarations.AsNoTracking().SingleOrDefaultAsync(d => d.PersonId == personId, cancellationToken);

        var applications = await db.CoachApplications.AsNoTracking().Where(a => a.ApplicantId == personId).ToListAsync(cancellationToken);
        data["coachApplications"] = applications;
        var applicationIds = applications.Select(a => a.Id).ToList();
        data["coachingWorkshopBookings"] = await db.CoachingWorkshopBookings.AsNoTracking()
            .Where(b => applicationIds.Contains(b.CoachApplicationId)).ToListAsync(cancellationToken);
        var relationships = await db.CoachingRelationships.AsNoTracking()
            .Where(r => r.CoachId == personId || r.CoacheeId == personId).ToListAsync(cancellationToken);
        data["coachingRelationships"] = relationships;
        var coachOf = relationships.Where(r => r.CoachId == personId).Select(r => r.Id).ToHashSet();
        var relationshipIds = relationships.Select(r => r.Id).ToList();
        var sessions = await db.CoachingSessions.AsNoTracking()
            .Where(s => relationshipIds.Contains(s.CoachingRelationshipId)).OrderBy(s => s.HeldOn).ToListAsync(cancellationToken);
        foreach (var session in sessions.Where(s => !coachOf.Contains(s.CoachingRelationshipId)))
        {
            // The coach's private notes are the coach's record, not the coachee's.
            session.PrivateNotes = null;
        }

        data["coachingSessions"] = sessions;
        data["coachSupervisions"] = await db.CoachSupervisions.AsNoTracking().Where(s => s.CoachId == personId).ToListAsync(cancellationToken);
        data["resourceRecommendations"] = await db.ResourceRecommendations.AsNoTracking()
            .Where(r => r.CoachId == personId || r.CoacheeId == personId).ToListAsync(cancellationToken);
        data["sessionAttendance"] = await db.Set<SessionAttendance>().AsNoTracking().Where(a => a.PersonId == personId).ToListAsync(cancellationToken);
        data["alumniProfile"] = await db.AlumniProfiles.AsNoTracking().Where(a => a.PersonId == personId).ToListAsync(cancellationToken);
        data["alumniPosts"] = await db.AlumniPosts.AsNoTracking().Where(p => p.AuthorId == personId).ToListAsync(cancellationToken);
        data["leaverRecord"] = await db.Leavers.AsNoTracking().Where(l => l.PersonId == personId).ToListAsync(cancellationToken);
        data["notifications"] = await db.Notifications.AsNoTracking()
            .Where(n => n.RecipientId == personId).OrderBy(n => n.CreatedAt).ToListAsync(cancellationToken);
        data["auditEntries"] = await db.AuditEntries.AsNoTracking()
            .Where(a => a.ActorId == personId || (a.EntityType == nameof(Person) && a.EntityId == personId))
            .OrderBy(a => a.OccurredAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);

        await audit.RecordNowAsync("Person.DataDownloaded", nameof(Person), personId);
        LogDownloaded(logger, personId);
        return JsonSerializer.SerializeToUtf8Bytes(data, options ??= Options(db));
    }

    /// <summary>
    /// Indented JSON, enums by name, times in UTC with a "Z"; records are written as their stored columns (related
    /// records appear in their own sections, linked by id), without <see cref="Secrets"/>.
    /// </summary>
    private static JsonSerializerOptions Options(DbContext db)
    {
        var model = db.Model;
        return new JsonSerializerOptions
        {
            WriteIndented = true,
            Converters = { new JsonStringEnumConverter(), new UtcDateTimeConverter() },
            TypeInfoResolver = new DefaultJsonTypeInfoResolver
            {
                Modifiers =
                {
                    info =>
                    {
                        // A record is written as its stored columns only: no navigations, no values worked out from them.
                        if (info.Kind != JsonTypeInfoKind.Object || model.FindEntityType(info.Type) is not { } stored)
                        {
                            return;
                        }

                        for (var i = info.Properties.Count - 1; i >= 0; i--)
                        {
                            var name = info.Properties[i].Name;
                            if (stored.FindProperty(name) is null || Secrets.Contains(name))
                            {
                                info.Properties.RemoveAt(i);
                            }
                        }
                    },
                },
            },
        };
    }

    /// <summary>The database keeps UTC times without a kind; the file says so with a trailing "Z".</summary>
    private sealed class UtcDateTimeConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTime().ToUniversalTime();

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(DateTime.SpecifyKind(value, DateTimeKind.Utc));
    }

    [LoggerMessage(LogLevel.Information, "Person {PersonId} downloaded the data held about them")]
    private static partial void LogDownloaded(ILogger logger, string personId);
}
