using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;
using W = StretchPortal.Web.Data.Seeding.ScaleDataWords;

namespace StretchPortal.Web.Data.Seeding;

/// <summary>
/// Fills a database with synthetic programmes at a given scale for benchmarks and trials: organisations, programmes
/// of ten cohorts each led by a generated lead, mentees with their mentors (five mentees each), sponsors and coaches,
/// enrolments, stretch assignments in every state told through the entity's own methods, their weeks (done, partly
/// done, slipped, blocked, some over hours, some never updated and so overdue) and check-ins. Every person shares one
/// password hash, computed once by the caller. Rows are added in batches on a context without the audit interceptor:
/// this is bulk synthetic data, not anyone's action. The same seed gives the same content (ids and times differ).
/// </summary>
public sealed class ScaleDataGenerator(StretchPortalDbContext db, ScaleDataOptions options, DateTime now)
{
    public const string Password = "stretch-portal-scale";
    public const string EmailDomain = "scale.example.org";
    private const int BatchRows = 5000;

    // Synthetic data, not security: a seeded generator is the point.
#pragma warning disable CA5394
    private readonly Random random = new(options.Seed);
    private readonly DateOnly today = DateOnly.FromDateTime(now);
    private readonly List<object> pending = [];
    private readonly Dictionary<string, string> roleIds = [];
    private List<Guid> priorities = [];
    private List<Organisation> organisations = [];
    private int pendingRows;

    public ScaleDataCounts Counts { get; } = new();

    private DateOnly Monday => AssignmentSchedule.MondayOf(today);

    public static string Email(string prefix, int number) => $"{prefix}.{number.ToString("D5", null)}@{EmailDomain}";

    /// <summary>Whether generated people are already there: a second run would collide on their email addresses.</summary>
    public static Task<bool> AlreadyRanAsync(StretchPortalDbContext db, CancellationToken cancellationToken)
    {
        var first = Email("mentee", 1).ToUpperInvariant();
        return db.Users.AnyAsync(p => p.NormalizedEmail == first, cancellationToken);
    }

    public async Task GenerateAsync(string passwordHash, CancellationToken cancellationToken)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await EnsureReferenceData(cancellationToken);
        AddOrganisations();
        await FlushAsync(cancellationToken);

        var leads = People("lead", options.Programmes, Roles.ProgrammeLead, W.SeniorJobs, passwordHash);
        var mentors = People("mentor", options.Mentors, Roles.Mentor, W.SeniorJobs, passwordHash);
        var sponsors = People("sponsor", options.Sponsors, Roles.Sponsor, W.SeniorJobs, passwordHash);
        var coaches = People("coach", options.Coaches, Roles.Coach, W.CoachJobs, passwordHash);
        var mentees = People("mentee", options.Mentees, Roles.Mentee, W.MenteeJobs, passwordHash);
        await FlushAsync(cancellationToken);

        var cohorts = AddProgrammes(leads);
        await FlushAsync(cancellationToken);

        for (var i = 0; i < mentees.Count; i++)
        {
            var cohortIndex = (int)((long)i * cohorts.Count / mentees.Count);
            var cohort = cohorts[cohortIndex];
            var enrolment = new Enrolment
            {
                CohortId = cohort.Id,
                MenteeId = mentees[i],
                MentorId = mentors[i / ScaleDataOptions.MenteesPerMentor],
                SponsorId = sponsors[i / ScaleDataOptions.MenteesPerSponsor],
                CoachId = coaches[i / ScaleDataOptions.MenteesPerCoach],
                EnrolledAt = cohort.StartDate.ToDateTime(new TimeOnly(10, 0)),
            };
            Queue(enrolment, 1);
            Counts.Enrolments++;
            var withdrawn = Chance(0.03);
            for (var k = 0; k < options.AssignmentsPerMentee; k++)
            {
                AddAssignment(enrolment, withdrawn);
            }

            if (withdrawn)
            {
                Must(enrolment.Withdraw("Left the organisation.", now.AddDays(-random.Next(1, 30))));
            }

            AddCheckIns(enrolment);
            if (!withdrawn)
            {
                AddCoaching(enrolment, cohort.StartDate, leads[cohortIndex / options.CohortsPerProgramme]);
            }

            if (pendingRows >= BatchRows)
            {
                await FlushAsync(cancellationToken);
            }
        }

        await FlushAsync(cancellationToken);
    }

    private async Task EnsureReferenceData(CancellationToken cancellationToken)
    {
        var existing = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        foreach (var role in Roles.All)
        {
            if (!existing.TryGetValue(role, out var id))
            {
                var created = new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() };
                Queue(created, 1);
                id = created.Id;
            }

            roleIds[role] = id;
        }

        if (!await db.IcsPriorities.AnyAsync(cancellationToken))
        {
            Queue(ReferenceDataSeeder.IcsPriorityNames.Select((name, i) => new IcsPriority { Name = name, SortOrder = i + 1 }), 5);
            await FlushAsync(cancellationToken);
        }

        priorities = await db.IcsPriorities.Where(p => !p.IsArchived).OrderBy(p => p.SortOrder).Select(p => p.Id).ToListAsync(cancellationToken);
    }

    private void AddOrganisations()
    {
        foreach (var (place, region) in W.Places)
        {
            organisations.Add(new Organisation { Name = $"{place} Integrated Care Board (scale data)", Region = region });
            organisations.Add(new Organisation { Name = $"{place} NHS Foundation Trust (scale data)", Region = region });
        }

        Queue(organisations, organisations.Count);
        Counts.Organisations = organisations.Count;
    }

    private List<string> People(string prefix, int count, string role, string[] jobs, string passwordHash)
    {
        var ids = new List<string>(count);
        for (var n = 1; n <= count; n++)
        {
            var email = Email(prefix, n);
            var organisation = Pick(organisations);
            var person = new Person
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                PasswordHash = passwordHash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true,
                FullName = $"{Pick(W.FirstNames)} {Pick(W.LastNames)}",
                JobTitle = Pick(jobs),
                OrganisationId = organisation.Id,
                Region = organisation.Region,
                CreatedAt = now.AddDays(-random.Next(200, 400)),
            };
            Queue(person, 1);
            Queue(new IdentityUserRole<string> { UserId = person.Id, RoleId = roleIds[role] }, 1);
            ids.Add(person.Id);
        }

        Counts.People += count;
        return ids;
    }

    private List<Cohort> AddProgrammes(List<string> leads)
    {
        var cohorts = new List<Cohort>(options.Cohorts);
        var year = today.Month >= 4 ? today.Year : today.Year - 1;
        for (var p = 0; p < options.Programmes; p++)
        {
            var (place, _) = W.Places[p % W.Places.Length];
            var owner = organisations[2 * (p % W.Places.Length)];
            var programme = new Programme
            {
                Name = $"{place} Senior Leaders Programme {year}/{year + 1} ({p + 1})",
                Description = "Synthetic programme generated for scale testing.",
                OrganisationId = owner.Id,
                Year = $"{year}/{year + 1}",
                PracticalElementStart = Monday.AddDays(-7 * (options.Weeks + 8)),
                PracticalElementEnd = Monday.AddDays(7 * (options.Weeks + 6)),
            };
            programme.Leads.Add(new ProgrammeLead { ProgrammeId = programme.Id, PersonId = leads[p] });
            var inThis = Math.Min(options.CohortsPerProgramme, options.Cohorts - (p * options.CohortsPerProgramme));
            for (var c = 0; c < inThis; c++)
            {
                var start = programme.PracticalElementStart.AddDays(-random.Next(30, 90));
                var cohort = new Cohort { ProgrammeId = programme.Id, Name = $"Cohort {c + 1}", StartDate = start, EndDate = start.AddMonths(12) };
                programme.Cohorts.Add(cohort);
                cohorts.Add(cohort);
            }

            Queue(programme, 2 + inThis);
        }

        Counts.Programmes = options.Programmes;
        Counts.Cohorts = cohorts.Count;
        return cohorts;
    }

    private void AddAssignment(Enrolment enrolment, bool enrolmentWithdrawn)
    {
        var status = PickStatus();
        var mentee = enrolment.MenteeId;
        var mentor = enrolment.MentorId!;
        var reachesAgreement = status is not (AssignmentStatus.Draft or AssignmentStatus.Submitted or AssignmentStatus.ChangesRequested)
            && !(status == AssignmentStatus.Withdrawn && Chance(0.5));
        var elapsedWeeks = status switch
        {
            AssignmentStatus.Completed or AssignmentStatus.Presented => options.Weeks + random.Next(1, 9),
            AssignmentStatus.InProgress or AssignmentStatus.Withdrawn when reachesAgreement => random.Next(1, Math.Max(2, options.Weeks)),
            _ => -random.Next(1, 7),
        };
        var start = Monday.AddDays(-7 * elapsedWeeks);
        var hours = Pick<double>([3, 4, 5, 7.5, 7.5, 10]);
        var subject = Pick(W.Subjects);
        var created = Earlier(start.ToDateTime(new TimeOnly(10, 0)).AddDays(-random.Next(14, 40)));
        var assignment = StretchAssignment.Draft(
            enrolment.Id,
            new AssignmentDetails(
                $"{Pick(W.Verbs)} {subject} {Pick(W.Settings)}",
                (AssignmentType)random.Next(1, 10),
                null,
                $"Improve {subject} so that patients wait less and staff time goes further.",
                null,
                $"Lead the work on {subject}: the data, the workshops with the team and the case for change.",
                $"A tested change to {subject}, measured before and after, and a plan to spread it.",
                start,
                start.AddDays((7 * options.Weeks) - 3),
                hours,
                null,
                priorities.Count == 0 ? [] : Distinct(Pick(priorities), Pick(priorities)),
                []),
            mentee,
            created);

        var t = created;
        if (status != AssignmentStatus.Draft && !(status == AssignmentStatus.Withdrawn && !reachesAgreement))
        {
            Must(assignment.Submit(mentee, t = Later(t)));
            if (status == AssignmentStatus.ChangesRequested || Chance(0.15))
            {
                Must(assignment.RequestChanges(mentor, "Narrow the scope so that it fits the practical element.", t = Later(t)));
                if (status != AssignmentStatus.ChangesRequested)
                {
                    Must(assignment.Submit(mentee, t = Later(t)));
                }
            }
        }

        if (reachesAgreement)
        {
            Must(assignment.Agree(mentor, null, t = Later(t)));
            if (elapsedWeeks > 0)
            {
                Must(assignment.Start(mentee, t = Earlier(Max(t, start.ToDateTime(new TimeOnly(9, 0))))));
            }

            AddWeeks(assignment, mentor, hours, t);
            assignment.CountWeeks();
            var end = assignment.EndDate.ToDateTime(new TimeOnly(17, 0));
            if (status is AssignmentStatus.Completed or AssignmentStatus.Presented)
            {
                Must(assignment.Complete(mentee, "Delivered the change and measured it.", "Bring clinicians in earlier.", "Triage before booking.", t = Earlier(end.AddDays(random.Next(1, 6)))));
                if (status == AssignmentStatus.Presented)
                {
                    Must(assignment.MarkPresented(mentor, Earlier(t.AddDays(random.Next(1, 6)))));
                }
            }
        }

        if (status == AssignmentStatus.Withdrawn || (enrolmentWithdrawn && assignment.IsOpen))
        {
            Must(assignment.Withdraw(mentee, "The service was reorganised and the work paused.", Earlier(Later(t))));
        }

        Queue(assignment, 1 + assignment.Priorities.Count + assignment.Timeline.Count + assignment.Weeks.Count);
        Counts.Assignments++;
        Counts.TimelineEvents += assignment.Timeline.Count;
        Counts.Weeks += assignment.Weeks.Count;
    }

    /// <summary>
    /// Every agreed assignment has all its weeks planned. Ended weeks mostly say how they went (a realistic mix, some
    /// over the agreed hours) and many are signed off; a few were never updated and are overdue.
    /// </summary>
    private void AddWeeks(StretchAssignment assignment, string mentor, double hours, DateTime agreedAt)
    {
        for (var w = 0; w < options.Weeks; w++)
        {
            var monday = assignment.StartDate.AddDays(7 * w);
            var week = WeeklyDeliverable.Planned(
                assignment.Id, monday, Pick(W.Plans), "Moves the aim forward.", Earlier(Max(agreedAt, monday.AddDays(-3).ToDateTime(new TimeOnly(12, 0)))));
            assignment.Weeks.Add(week);
            var ended = week.WeekEnding < today;
            if ((!ended && monday != Monday) || (monday == Monday && Chance(0.7)) || (ended && Chance(0.07)))
            {
                continue;
            }

            var roll = random.NextDouble();
            var (status, notes, share) = roll switch
            {
                < 0.65 => (DeliverableStatus.Done, W.DoneNotes, 0.8 + (random.NextDouble() * 0.3)),
                < 0.78 => (DeliverableStatus.PartlyDone, W.PartlyDoneNotes, 0.5 + (random.NextDouble() * 0.4)),
                < 0.92 => (DeliverableStatus.Slipped, W.SlippedNotes, random.NextDouble() * 0.5),
                _ => (DeliverableStatus.Blocked, W.BlockedNotes, random.NextDouble() * 0.3),
            };
            if (Chance(0.12))
            {
                share = 1.15 + (random.NextDouble() * 0.5);
            }

            var updatedAt = Earlier(monday.AddDays(4).ToDateTime(new TimeOnly(16, 0)).AddHours(random.Next(0, 72)));
            Must(week.RecordProgress(status, Chance(0.8) ? Pick(notes) : null, Math.Round(hours * share * 2) / 2, updatedAt));
            if ((status is DeliverableStatus.Slipped or DeliverableStatus.Blocked) && Chance(0.5))
            {
                Must(week.CommentAsMentor(Pick(W.MentorComments), Earlier(updatedAt.AddDays(1))));
            }

            if (week.WeekEnding < today.AddDays(-7) && Chance(0.7))
            {
                Must(week.SignOff(mentor, null, Earlier(updatedAt.AddDays(random.Next(1, 5)))));
            }
        }
    }

    /// <summary>Up to six meetings over the last twenty weeks, mostly with the mentor; some people have gone quiet.</summary>
    private void AddCheckIns(Enrolment enrolment)
    {
        var count = random.Next(0, 7);
        for (var i = 0; i < count; i++)
        {
            var heldOn = today.AddDays(-random.Next(0, 140));
            var roll = random.NextDouble();
            var author = roll < 0.6 ? enrolment.MentorId! : roll < 0.85 ? enrolment.CoachId! : enrolment.SponsorId!;
            var checkIn = new CheckIn
            {
                EnrolmentId = enrolment.Id,
                HeldOn = heldOn,
                AuthorId = author,
                WithMentor = author == enrolment.MentorId,
                WithCoach = author == enrolment.CoachId,
                WithSponsor = author == enrolment.SponsorId,
                Notes = Chance(0.7) ? Pick(W.CheckInNotes) : null,
                NotesArePrivate = Chance(0.15),
                RecordedAt = Earlier(heldOn.ToDateTime(new TimeOnly(17, 0))),
            };
            if (Chance(0.3))
            {
                var action = new CheckInAction { CheckInId = checkIn.Id, Description = Pick(W.Actions), OwnerId = enrolment.MenteeId, DueOn = heldOn.AddDays(random.Next(7, 15)) };
                if (action.DueOn < today && Chance(0.6))
                {
                    Must(action.Complete(Earlier(action.DueOn.Value.ToDateTime(new TimeOnly(12, 0)))));
                }

                checkIn.Actions.Add(action);
                Counts.CheckInActions++;
            }

            Queue(checkIn, 1 + checkIn.Actions.Count);
            Counts.CheckIns++;
        }
    }

    /// <summary>
    /// The mentee's coach matched to them through the coaching service when the cohort started, with zero to four
    /// sessions logged since, so some coachees are behind the four in twelve months.
    /// </summary>
    private void AddCoaching(Enrolment enrolment, DateOnly cohortStart, string leadId)
    {
        var matchedOn = cohortStart < today ? cohortStart : today;
        var relationship = new CoachingRelationship
        {
            CoachId = enrolment.CoachId!,
            CoacheeId = enrolment.MenteeId,
            MatchedOn = matchedOn,
            MatchedById = leadId,
        };
        var span = today.DayNumber - matchedOn.DayNumber;
        var sessions = Enumerable.Range(0, random.Next(0, 5)).Select(_ => matchedOn.AddDays(random.Next(0, span + 1))).Order().ToList();
        foreach (var heldOn in sessions)
        {
            Must(relationship.LogSession(heldOn, Pick(W.SessionMinutes), Chance(0.7) ? SessionMode.Virtual : SessionMode.InPerson,
                Chance(0.5) ? Pick(W.CheckInNotes) : null, today, Earlier(heldOn.ToDateTime(new TimeOnly(17, 0)))));
        }

        Queue(relationship, 1 + relationship.Sessions.Count);
        Counts.CoachingRelationships++;
        Counts.CoachingSessions += relationship.Sessions.Count;
    }

    private AssignmentStatus PickStatus() => random.Next(100) switch
    {
        < 8 => AssignmentStatus.Draft,
        < 15 => AssignmentStatus.Submitted,
        < 20 => AssignmentStatus.ChangesRequested,
        < 30 => AssignmentStatus.Agreed,
        < 70 => AssignmentStatus.InProgress,
        < 85 => AssignmentStatus.Completed,
        < 93 => AssignmentStatus.Presented,
        _ => AssignmentStatus.Withdrawn,
    };

    private void Queue(object entity, int rows)
    {
        pending.Add(entity);
        pendingRows += rows;
    }

    private void Queue(IEnumerable<object> entities, int rows)
    {
        pending.AddRange(entities);
        pendingRows += rows;
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        db.AddRange(pending);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        pending.Clear();
        pendingRows = 0;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private bool Chance(double probability) => random.NextDouble() < probability;

    /// <summary>A moment a few hours to a few days after <paramref name="t"/>, never after now.</summary>
    private DateTime Later(DateTime t) => Earlier(t.AddHours(random.Next(4, 90)));
#pragma warning restore CA5394

    private static Guid[] Distinct(Guid a, Guid b) => a == b ? [a] : [a, b];

    private DateTime Earlier(DateTime t) => t < now ? t : now;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static void Must(Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException("Scale data broke a domain rule: " + outcome.Refusal);
        }
    }
}
