using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Data.Seeding;

/// <summary>
/// The demo programme for a fresh Development run: the LLR Developing Diverse Senior Leaders Programme 2025/2026 with
/// a cohort of twelve mentees, their mentors, sponsors and coaches, one demo account per role, and stretch assignments
/// in every state with their weeks and check-ins (<see cref="DemoStory"/>). Dates follow the clock so that the
/// practical element is always under way. Runs once: an existing demo lead means it has run.
/// </summary>
public sealed partial class DemoDataSeeder(
    StretchPortalDbContext db,
    UserManager<Person> people,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    public const string Password = "stretch-portal-demo";
    public const string ProgrammeName = "LLR Developing Diverse Senior Leaders Programme 2025/2026";

    private readonly Dictionary<string, Organisation> organisations = [];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(p => p.NormalizedEmail == "LEAD@EXAMPLE.ORG", cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        await AddOrganisations(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var icb = organisations["icb"];
        var uhl = organisations["uhl"];
        var lpt = organisations["lpt"];
        var council = organisations["council"];

        var lead = await AddPerson("lead@example.org", "Priya Shah", "Head of Leadership and Talent", icb, Roles.ProgrammeLead);
        await AddPerson("admin@example.org", "Sam Taylor", "Portal Administrator", icb, Roles.Administrator);

        var mentors = new[]
        {
            await AddPerson("mentor@example.org", "Dr Rajesh Patel", "Director of Strategy", uhl, Roles.Mentor),
            await AddPerson("olivia.bennett@example.org", "Dr Olivia Bennett", "Deputy Chief Nurse", lpt, Roles.Mentor),
            await AddPerson("marcus.reid@example.org", "Marcus Reid", "Director of Finance", icb, Roles.Mentor),
            await AddPerson("sunita.gill@example.org", "Sunita Gill", "Director of Operations", council, Roles.Mentor),
        };
        var sponsors = new[]
        {
            await AddPerson("sponsor@example.org", "Helen Carter", "Chief Operating Officer", uhl, Roles.Sponsor),
            await AddPerson("andrew.clarke@example.org", "Andrew Clarke", "Chief People Officer", lpt, Roles.Sponsor),
            await AddPerson("fiona.walsh@example.org", "Fiona Walsh", "Director of Transformation", icb, Roles.Sponsor),
        };
        var coaches = new[]
        {
            await AddPerson("coach@example.org", "Grace Mensah", "Leadership Coach", icb, Roles.Coach),
            await AddPerson("yasmin.ahmed@example.org", "Yasmin Ahmed", "Organisational Development Lead", uhl, Roles.Coach),
            await AddPerson("peter.osei@example.org", "Peter Osei", "Senior Coach", lpt, Roles.Coach),
        };

        var mentees = new[]
        {
            await AddPerson("mentee@example.org", "Amara Okafor", "Service Improvement Manager", lpt, Roles.Mentee),
            await AddPerson("tariq.hussain@example.org", "Tariq Hussain", "Commissioning Manager", icb, Roles.Mentee),
            await AddPerson("meilin.chen@example.org", "Mei Lin Chen", "Senior Pharmacist", uhl, Roles.Mentee),
            await AddPerson("kwame.asante@example.org", "Kwame Asante", "Matron", uhl, Roles.Mentee),
            await AddPerson("farah.begum@example.org", "Farah Begum", "Project Manager", council, Roles.Mentee),
            await AddPerson("daniel.nwosu@example.org", "Daniel Nwosu", "Clinical Lead Physiotherapist", lpt, Roles.Mentee),
            await AddPerson("aisha.rahman@example.org", "Aisha Rahman", "Quality Improvement Lead", uhl, Roles.Mentee),
            await AddPerson("joseph.adeyemi@example.org", "Joseph Adeyemi", "Finance Business Partner", icb, Roles.Mentee),
            await AddPerson("nadia.karim@example.org", "Nadia Karim", "Head of Patient Experience", lpt, Roles.Mentee),
            await AddPerson("ravi.sharma@example.org", "Ravi Sharma", "Digital Programme Manager", icb, Roles.Mentee),
            await AddPerson("chiamaka.eze@example.org", "Chiamaka Eze", "Ward Manager", uhl, Roles.Mentee),
            await AddPerson("imran.ali@example.org", "Imran Ali", "Contracts Manager", council, Roles.Mentee),
        };

        var programme = new Programme
        {
            Name = ProgrammeName,
            Description = "A positive action programme for minority ethnic aspiring senior leaders across Leicester, "
                + "Leicestershire and Rutland. Each participant delivers a stretch assignment agreed with their mentor "
                + "during the three-month practical element, supported by a sponsor and a coach.",
            OrganisationId = icb.Id,
            Year = "2025/2026",
            PracticalElementStart = today.AddDays(-42),
            PracticalElementEnd = today.AddDays(-42).AddMonths(3),
        };
        programme.Leads.Add(new ProgrammeLead { PersonId = lead.Id });
        var cohort = new Cohort
        {
            Name = "Cohort 1",
            StartDate = today.AddMonths(-4),
            EndDate = today.AddMonths(3),
        };
        programme.Cohorts.Add(cohort);
        db.Programmes.Add(programme);

        for (var i = 0; i < mentees.Length; i++)
        {
            // The demo mentee has the demo mentor, sponsor and coach; the demo mentor has two more mentees; the rest
            // are spread across the other mentors so that relationships can be told apart.
            var mentor = i < 3 ? mentors[0] : mentors[1 + (i % 3)];
            var enrolment = new Enrolment
            {
                MenteeId = mentees[i].Id,
                MentorId = mentor.Id,
                SponsorId = sponsors[i % sponsors.Length].Id,
                CoachId = coaches[i % coaches.Length].Id,
                EnrolledAt = now.AddMonths(-4),
            };
            cohort.Enrolments.Add(enrolment);
        }

        var leaver = cohort.Enrolments[^1];
        leaver.Withdraw("Moved to a new role outside Leicester, Leicestershire and Rutland.", now.AddDays(-20));

        await db.SaveChangesAsync(cancellationToken);
        var story = new DemoStory(now, lead.Id, cohort.Enrolments,
            await db.IcsPriorities.OrderBy(p => p.SortOrder).Select(p => p.Id).ToListAsync(cancellationToken));
        story.Tell();
        db.PdrObjectives.AddRange(story.Objectives);
        db.StretchAssignments.AddRange(story.Assignments);
        db.CheckIns.AddRange(story.CheckIns);
        DemoOpportunities.AddTo(db, lead.Id, organisations, mentees, now);
        await db.SaveChangesAsync(cancellationToken);
        await DemoCoaching.SeedAsync(db, lead.Id, coaches[0], coaches[2], coaches[1], mentees[0], now, cancellationToken);
        await new DemoEvents(db, people, now).SeedAsync(programme, lead.Id, cancellationToken);
        await new DemoEquality(db, people, lead.Id, uhl, lpt, now).SeedAsync(cancellationToken);
        await DemoNotifications.SeedAsync(db, now, cancellationToken);
        LogSeeded(logger, programme.Id, mentees.Length, story.Assignments.Count);
    }

    private async Task AddOrganisations(CancellationToken cancellationToken)
    {
        (string Key, string Name)[] wanted =
        [
            ("icb", "Leicester, Leicestershire and Rutland ICB"),
            ("uhl", "University Hospitals of Leicester NHS Trust"),
            ("lpt", "Leicestershire Partnership NHS Trust"),
            ("council", "Leicester City Council"),
            ("nhse", "NHS England – Midlands"),
        ];
        foreach (var (key, name) in wanted)
        {
            var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Name == name, cancellationToken);
            if (organisation is null)
            {
                organisation = new Organisation { Name = name, Region = NhsRegion.Midlands };
                db.Organisations.Add(organisation);
            }

            organisations[key] = organisation;
        }
    }

    private async Task<Person> AddPerson(string email, string fullName, string jobTitle, Organisation organisation, string role)
    {
        var person = new Person
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = fullName,
            JobTitle = jobTitle,
            OrganisationId = organisation.Id,
            Region = NhsRegion.Midlands,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await people.CreateAsync(person, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Demo account could not be created: " + string.Join("; ", created.Errors.Select(e => e.Code)));
        }

        await people.AddToRoleAsync(person, role);
        return person;
    }

    [LoggerMessage(LogLevel.Information, "Demo programme {ProgrammeId} seeded with {MenteeCount} mentees and {AssignmentCount} stretch assignments")]
    private static partial void LogSeeded(ILogger logger, Guid programmeId, int menteeCount, int assignmentCount);
}
