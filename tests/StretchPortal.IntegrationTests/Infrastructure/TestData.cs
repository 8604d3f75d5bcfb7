using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.Web.Domain;

namespace StretchPortal.IntegrationTests.Infrastructure;

/// <summary>Builders for the records tests need, valid by default.</summary>
public static class TestData
{
    public const string Password = "correct horse battery staple";

    /// <summary>A confirmed, active person with the given roles; the email defaults to a fresh one.</summary>
    public static Task<Person> PersonAsync(this PortalApp app, string? email = null, params string[] roles) =>
        app.WithScopeAsync(async services =>
        {
            var people = services.GetRequiredService<UserManager<Person>>();
            var address = email ?? $"person-{Guid.NewGuid():N}@example.org";
            var person = new Person
            {
                UserName = address,
                Email = address,
                EmailConfirmed = true,
                FullName = "Test " + address.Split('@')[0],
                CreatedAt = DateTime.UtcNow,
            };
            var result = await people.CreateAsync(person, Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }

            foreach (var role in roles)
            {
                await people.AddToRoleAsync(person, role);
            }

            return person;
        });

    public static Task<Organisation> OrganisationAsync(this PortalApp app, string? name = null) =>
        app.WithDbAsync(async db =>
        {
            var organisation = new Organisation { Name = name ?? $"Trust {Guid.NewGuid():N}", Region = NhsRegion.Midlands };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation;
        });

    /// <summary>A programme led by <paramref name="leadId"/>, with one cohort.</summary>
    public static Task<(Programme Programme, Cohort Cohort)> ProgrammeAsync(this PortalApp app, string leadId, string? name = null) =>
        app.WithDbAsync(async db =>
        {
            var organisation = new Organisation { Name = $"ICB {Guid.NewGuid():N}" };
            var programme = new Programme
            {
                Name = name ?? "Aspiring Leaders 2026",
                OrganisationId = organisation.Id,
                Year = "2026/2027",
                PracticalElementStart = new DateOnly(2026, 9, 1),
                PracticalElementEnd = new DateOnly(2026, 11, 30),
            };
            programme.Leads.Add(new ProgrammeLead { PersonId = leadId });
            var cohort = new Cohort { Name = "Cohort A", StartDate = new DateOnly(2026, 6, 1), EndDate = new DateOnly(2027, 3, 31) };
            programme.Cohorts.Add(cohort);
            db.Organisations.Add(organisation);
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
            return (programme, cohort);
        });

    /// <summary>An active enrolment of <paramref name="menteeId"/> in <paramref name="cohortId"/>.</summary>
    public static Task<Enrolment> EnrolmentAsync(
        this PortalApp app, Guid cohortId, string menteeId, string? mentorId = null, string? sponsorId = null, string? coachId = null) =>
        app.WithDbAsync(async db =>
        {
            var enrolment = new Enrolment
            {
                CohortId = cohortId,
                MenteeId = menteeId,
                MentorId = mentorId,
                SponsorId = sponsorId,
                CoachId = coachId,
                EnrolledAt = DateTime.UtcNow,
            };
            db.Enrolments.Add(enrolment);
            await db.SaveChangesAsync();
            return enrolment;
        });
}
