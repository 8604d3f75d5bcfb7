using StretchPortal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Infrastructure.Auditing;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Programmes;

/// <summary>
/// Setting up programmes: the ones a lead runs, creating and editing them, and adding co-leads. The rules on which
/// organisation may own a programme and who may lead one live here.
/// </summary>
public sealed class ProgrammesService(StretchPortalDbContext db, RoleGrantService roleGrants, AuditTrail audit)
{
    public const string ChangedMeanwhile =
        "Someone else changed this programme while you were editing. Check the values below and save again.";

    public async Task<ProgrammeListViewModel> ListLedByAsync(string personId, CancellationToken cancellationToken) =>
        new(await db.Programmes.AsNoTracking()
            .Where(p => p.Leads.Any(l => l.PersonId == personId))
            .OrderBy(p => p.Name)
            .Select(p => new ProgrammeListRow(
                p.Id,
                p.Name,
                p.Year,
                p.Organisation!.Name,
                p.Cohorts.Count,
                p.Cohorts.SelectMany(c => c.Enrolments).Count(e => e.Status == EnrolmentStatus.Active)))
            .ToListAsync(cancellationToken));

    /// <summary>The programme with its leads, as the authorization handler needs it; tracked, so it can be changed.</summary>
    public Task<Programme?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Programmes.Include(p => p.Leads).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<ProgrammeDetailsViewModel> DetailsAsync(Guid id, CancellationToken cancellationToken) =>
        db.Programmes.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new ProgrammeDetailsViewModel
            {
                Id = p.Id,
                Name = p.Name,
                Description = p.Description,
                Organisation = p.Organisation!.Name,
                Year = p.Year,
                PracticalElementStart = p.PracticalElementStart,
                PracticalElementEnd = p.PracticalElementEnd,
                Cohorts = p.Cohorts
                    .OrderBy(c => c.StartDate).ThenBy(c => c.Name)
                    .Select(c => new ProgrammeCohortRow(
                        c.Id, c.Name, c.StartDate, c.EndDate, c.Enrolments.Count(e => e.Status == EnrolmentStatus.Active)))
                    .ToList(),
                Leads = p.Leads
                    .OrderBy(l => l.Person!.FullName)
                    .Select(l => new ProgrammeLeadRow(l.Person!.FullName, l.Person.Email))
                    .ToList(),
            })
            .SingleAsync(cancellationToken);

    /// <summary>The organisations a programme can belong to: those not archived, and the one it has now.</summary>
    public async Task<IReadOnlyList<SelectListItem>> OrganisationOptionsAsync(Guid? current, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => !o.IsArchived || o.Id == current)
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name })
            .ToListAsync(cancellationToken);
        return organisations.Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();
    }

    /// <summary>Creates the programme with its creator as its first lead.</summary>
    public async Task<FormResult> CreateAsync(CreateProgrammeForm form, string creatorId, CancellationToken cancellationToken)
    {
        if (!await MayOwnAsync(form.OrganisationId, current: null, cancellationToken))
        {
            return FormResult.Refused(nameof(form.OrganisationId), "Choose an organisation from the list");
        }

        var programme = new Programme();
        Apply(form, programme);
        programme.Leads.Add(new ProgrammeLead { PersonId = creatorId });
        db.Programmes.Add(programme);
        RecordLeadAdded(programme, creatorId);
        await db.SaveChangesAsync(cancellationToken);
        return FormResult.Done(programme.Id);
    }

    public static EditProgrammeForm EditForm(Programme programme) => new()
    {
        Name = programme.Name,
        Description = programme.Description,
        OrganisationId = programme.OrganisationId,
        Year = programme.Year,
        PracticalElementStart = programme.PracticalElementStart,
        PracticalElementEnd = programme.PracticalElementEnd,
        Version = programme.Version,
        SavedName = programme.Name,
    };

    /// <summary>
    /// Saves the edit unless someone else saved the programme since the form was opened; then the programme is
    /// reloaded, so its <see cref="Entity.Version"/> is the one a second, deliberate save must name.
    /// </summary>
    public async Task<FormResult> EditAsync(Programme programme, EditProgrammeForm form, CancellationToken cancellationToken)
    {
        if (!await MayOwnAsync(form.OrganisationId, programme.OrganisationId, cancellationToken))
        {
            return FormResult.Refused(nameof(form.OrganisationId), "Choose an organisation from the list");
        }

        db.ExpectVersion(programme, form.Version);
        Apply(form, programme);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return FormResult.Done(programme.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(programme).ReloadAsync(cancellationToken);
            return FormResult.Refused("", ChangedMeanwhile);
        }
    }

    /// <summary>Makes an existing, active person a lead of the programme, granting them the programme lead role if they lack it.</summary>
    public async Task<FormResult> AddLeadAsync(Programme programme, AddLeadForm form, CancellationToken cancellationToken)
    {
        var person = await roleGrants.FindActiveAsync(form.Email, cancellationToken);
        if (person is null)
        {
            return FormResult.Refused(nameof(form.Email), RoleGrantService.NoAccount);
        }

        if (programme.IsLedBy(person.Id))
        {
            return FormResult.Refused(nameof(form.Email), "This person already leads this programme");
        }

        programme.Leads.Add(new ProgrammeLead { ProgrammeId = programme.Id, PersonId = person.Id });
        RecordLeadAdded(programme, person.Id);
        await roleGrants.SaveWithGrantsAsync([(person, Roles.ProgrammeLead)], cancellationToken);
        return FormResult.Done(programme.Id);
    }

    private Task<bool> MayOwnAsync(Guid? organisationId, Guid? current, CancellationToken cancellationToken) =>
        db.Organisations.AnyAsync(o => o.Id == organisationId && (!o.IsArchived || o.Id == current), cancellationToken);

    private static void Apply(ProgrammeFields form, Programme programme)
    {
        programme.Name = form.Name!.Trim();
        programme.Description = string.IsNullOrWhiteSpace(form.Description) ? null : form.Description.Trim();
        programme.OrganisationId = form.OrganisationId!.Value;
        programme.Year = form.Year!.Trim();
        programme.PracticalElementStart = form.PracticalElementStart!.Value;
        programme.PracticalElementEnd = form.PracticalElementEnd!.Value;
    }

    private void RecordLeadAdded(Programme programme, string personId) =>
        audit.Record("Programme.LeadAdded", nameof(Programme), programme.Id.ToString(),
            System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string?[]> { ["Lead"] = [null, personId] }));
}
