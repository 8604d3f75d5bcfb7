using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data;

/// <summary>
/// The portal's one context. Each database provider has a thin subclass (<see cref="SqliteStretchPortalDbContext"/>,
/// <see cref="SqlServerStretchPortalDbContext"/>) that owns its migration set.
/// </summary>
public abstract class StretchPortalDbContext(DbContextOptions options)
    : IdentityDbContext<Person>(options), IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<IcsPriority> IcsPriorities => Set<IcsPriority>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<ProgrammeLead> ProgrammeLeads => Set<ProgrammeLead>();

    public DbSet<Cohort> Cohorts => Set<Cohort>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    public DbSet<StretchAssignment> StretchAssignments => Set<StretchAssignment>();

    public DbSet<AssignmentEvent> AssignmentEvents => Set<AssignmentEvent>();

    public DbSet<WeeklyDeliverable> WeeklyDeliverables => Set<WeeklyDeliverable>();

    public DbSet<CheckIn> CheckIns => Set<CheckIn>();

    public DbSet<CheckInAction> CheckInActions => Set<CheckInAction>();

    public DbSet<PdrObjective> PdrObjectives => Set<PdrObjective>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // coaching
    public DbSet<CoachApplication> CoachApplications => Set<CoachApplication>();

    public DbSet<CoachingWorkshop> CoachingWorkshops => Set<CoachingWorkshop>();

    public DbSet<CoachingWorkshopBooking> CoachingWorkshopBookings => Set<CoachingWorkshopBooking>();

    public DbSet<CoachingRelationship> CoachingRelationships => Set<CoachingRelationship>();

    public DbSet<CoachingSession> CoachingSessions => Set<CoachingSession>();

    public DbSet<CoachSupervision> CoachSupervisions => Set<CoachSupervision>();

    // Events, showcase, resource library and alumni
    public DbSet<FacilitatedSession> FacilitatedSessions => Set<FacilitatedSession>();

    public DbSet<CelebrationEvent> CelebrationEvents => Set<CelebrationEvent>();

    public DbSet<Resource> Resources => Set<Resource>();

    public DbSet<ResourceRecommendation> ResourceRecommendations => Set<ResourceRecommendation>();

    public DbSet<AlumniProfile> AlumniProfiles => Set<AlumniProfile>();

    public DbSet<AlumniPost> AlumniPosts => Set<AlumniPost>();

    // Opportunities
    public DbSet<Opportunity> Opportunities => Set<Opportunity>();

    public DbSet<ExpressionOfInterest> ExpressionsOfInterest => Set<ExpressionOfInterest>();

    public DbSet<SelectionDecision> SelectionDecisions => Set<SelectionDecision>();

    // Equality monitoring and opportunity reports
    public DbSet<EqualityDeclaration> EqualityDeclarations => Set<EqualityDeclaration>();

    public DbSet<StaffPoolGroup> StaffPoolGroups => Set<StaffPoolGroup>();

    public DbSet<Leaver> Leavers => Set<Leaver>();

    // Notifications
    public DbSet<Notification> Notifications => Set<Notification>();

    // Reminders and background work
    public DbSet<Lease> Leases => Set<Lease>();

    public DbSet<SentReminder> SentReminders => Set<SentReminder>();

    // Notification preferences
    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(StretchPortalDbContext).Assembly);
    }

    /// <summary>
    /// Saves, renewing versions, recounting the week totals of assignments whose weeks changed (<see cref="WeekTotalsRecount"/>)
    /// and raising the report version of the cohorts the changes touch (<see cref="ReportStamps"/>), in one transaction.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewVersions();
        var recount = WeekTotalsRecount.AssignmentsToRecount(ChangeTracker);
        var stamps = ReportStamps.Of(ChangeTracker);
        if (recount.Count == 0 && stamps.IsEmpty)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        int Save()
        {
            if (recount.Count > 0)
            {
                this.Lock(recount);
            }

            if (!stamps.IsEmpty)
            {
                stamps.Raise(this);
            }

            var saved = base.SaveChanges(false);
            if (recount.Count > 0)
            {
                this.Recount(recount);
            }

            return saved;
        }

        var saved = Database.CurrentTransaction is not null
            ? Save()
            : Database.CreateExecutionStrategy().Execute(() =>
            {
                using var transaction = Database.BeginTransaction();
                var saved = Save();
                transaction.Commit();
                return saved;
            });
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewVersions();
        var recount = WeekTotalsRecount.AssignmentsToRecount(ChangeTracker);
        var stamps = ReportStamps.Of(ChangeTracker);
        if (recount.Count == 0 && stamps.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        async Task<int> SaveAsync(CancellationToken token)
        {
            if (recount.Count > 0)
            {
                await this.LockAsync(recount, token);
            }

            if (!stamps.IsEmpty)
            {
                await stamps.RaiseAsync(this, token);
            }

            var saved = await base.SaveChangesAsync(false, token);
            if (recount.Count > 0)
            {
                await this.RecountAsync(recount, token);
            }

            return saved;
        }

        var saved = Database.CurrentTransaction is not null
            ? await SaveAsync(cancellationToken)
            : await Database.CreateExecutionStrategy().ExecuteAsync(async token =>
            {
                await using var transaction = await Database.BeginTransactionAsync(token);
                var saved = await SaveAsync(token);
                await transaction.CommitAsync(token);
                return saved;
            }, cancellationToken);
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        return saved;
    }

    /// <summary>
    /// Sets the version the caller last saw, so that the save fails with a concurrency conflict if anyone has saved
    /// the record since.
    /// </summary>
    public void ExpectVersion(Entity entity, Guid versionSeen) =>
        Entry(entity).Property(e => e.Version).OriginalValue = versionSeen;

    private void RenewVersions()
    {
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }
}
