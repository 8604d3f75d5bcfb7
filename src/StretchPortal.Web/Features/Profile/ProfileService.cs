using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Infrastructure.Auditing;
using StretchPortal.Web.Infrastructure.Email;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Profile;

/// <summary>
/// The signed-in person's own profile and password. Every method takes the person's id from their sign-in, never
/// from a route, so nobody can reach another person's profile here.
/// </summary>
public sealed partial class ProfileService(
    StretchPortalDbContext db,
    UserManager<Person> people,
    SignInManager<Person> signIn,
    AuditTrail audit,
    IEmailSender email,
    ILogger<ProfileService> logger)
{
    public const string ChangedElsewhere =
        "Someone else changed your profile while you were editing. Check the values below and save again.";

    public const string OrganisationNotOffered = "Choose an organisation from the list";

    public async Task<ProfileDetailsViewModel?> DetailsAsync(string personId, CancellationToken cancellationToken)
    {
        var person = await db.Users.AsNoTracking()
            .Where(p => p.Id == personId)
            .Select(p => new { p.FullName, p.Email, p.JobTitle, Organisation = p.Organisation!.Name, p.Region })
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return null;
        }

        var roles = await db.UserRoles.AsNoTracking()
            .Where(ur => ur.UserId == personId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(cancellationToken);
        return new ProfileDetailsViewModel(
            person.FullName,
            person.Email,
            person.JobTitle,
            person.Organisation,
            person.Region,
            Roles.All.Where(roles.Contains).ToList());
    }

    public async Task<EditProfileForm?> EditFormAsync(string personId, CancellationToken cancellationToken)
    {
        var form = await db.Users.AsNoTracking()
            .Where(p => p.Id == personId)
            .Select(p => new EditProfileForm
            {
                FullName = p.FullName,
                JobTitle = p.JobTitle,
                OrganisationId = p.OrganisationId,
                Region = p.Region,
                ConcurrencyStamp = p.ConcurrencyStamp ?? "",
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (form is not null)
        {
            await OfferChoicesAsync(form, personId, cancellationToken);
        }

        return form;
    }

    /// <summary>
    /// Organisations still in use, plus the person's own if it has been archived since they chose it, so that saving
    /// the form does not silently drop it.
    /// </summary>
    public async Task OfferChoicesAsync(EditProfileForm form, string personId, CancellationToken cancellationToken)
    {
        var current = await CurrentOrganisationIdAsync(personId, cancellationToken);
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => !o.IsArchived || o.Id == current)
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.IsArchived })
            .ToListAsync(cancellationToken);
        form.OrganisationChoices = organisations
            .Select(o => new SelectListItem(o.IsArchived ? o.Name + " (archived)" : o.Name, o.Id.ToString()))
            .ToList();
    }

    /// <summary>
    /// Saves the profile if nobody has changed it since the person loaded the form (Identity's concurrency stamp),
    /// then refreshes their sign-in so the header shows their new name.
    /// </summary>
    public async Task<Outcome> UpdateAsync(string personId, EditProfileForm form, CancellationToken cancellationToken)
    {
        var person = await people.FindByIdAsync(personId)
            ?? throw new InvalidOperationException("The signed-in person no longer exists.");
        if (form.OrganisationId is { } organisationId && organisationId != person.OrganisationId
            && !await db.Organisations.AnyAsync(o => o.Id == organisationId && !o.IsArchived, cancellationToken))
        {
            return Outcome.Refused(OrganisationNotOffered);
        }

        var before = new { person.FullName, person.JobTitle, person.OrganisationId, person.Region };
        person.FullName = form.FullName.Trim();
        person.JobTitle = string.IsNullOrWhiteSpace(form.JobTitle) ? null : form.JobTitle.Trim();
        person.OrganisationId = form.OrganisationId;
        person.Region = form.Region;
        var changes = new Dictionary<string, object?[]>();
        AddChange(changes, nameof(Person.FullName), before.FullName, person.FullName);
        AddChange(changes, nameof(Person.JobTitle), before.JobTitle, person.JobTitle);
        AddChange(changes, nameof(Person.OrganisationId), before.OrganisationId, person.OrganisationId);
        AddChange(changes, nameof(Person.Region), before.Region, person.Region);
        if (changes.Count > 0)
        {
            // Saved by the same context as the update below, so the entry stands or falls with it.
            audit.Record("Person.ProfileChanged", nameof(Person), personId, System.Text.Json.JsonSerializer.Serialize(changes));
        }

        // The save must only succeed against the stamp the person saw. Identity's store attaches the person before
        // saving, which on a tracked entity makes the current values the original ones; so the stamp seen is set as
        // both, and the UPDATE's WHERE clause carries it either way.
        person.ConcurrencyStamp = form.ConcurrencyStamp;
        db.Entry(person).Property(p => p.ConcurrencyStamp).OriginalValue = form.ConcurrencyStamp;

        var result = await people.UpdateAsync(person);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
            {
                LogProfileConflict(logger, personId);
                return Outcome.Refused(ChangedElsewhere);
            }

            throw new InvalidOperationException(
                "The profile could not be saved: " + string.Join(", ", result.Errors.Select(e => e.Code)));
        }

        await signIn.RefreshSignInAsync(person);
        LogProfileChanged(logger, personId);
        return Outcome.Done;
    }

    /// <summary>The stamp as it is now, for a form shown again after a conflict so that a deliberate second save goes through.</summary>
    public Task<string> ConcurrencyStampAsync(string personId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking()
            .Where(p => p.Id == personId)
            .Select(p => p.ConcurrencyStamp ?? "")
            .SingleAsync(cancellationToken);

    /// <summary>Changes the password (Identity checks the current one and renews the security stamp) and keeps this session signed in.</summary>
    public async Task<IdentityResult> ChangePasswordAsync(string personId, ChangePasswordForm form)
    {
        var person = await people.FindByIdAsync(personId)
            ?? throw new InvalidOperationException("The signed-in person no longer exists.");
        var result = await people.ChangePasswordAsync(person, form.CurrentPassword, form.NewPassword);
        if (!result.Succeeded)
        {
            LogPasswordChangeRefused(logger, personId);
            return result;
        }

        await signIn.RefreshSignInAsync(person);
        await audit.RecordNowAsync("Person.PasswordChanged", nameof(Person), personId);
        LogPasswordChanged(logger, personId);
        return result;
    }

    /// <summary>
    /// Re-checks the password (with lockout), then emails a confirmation link to the new address. Nothing changes until
    /// that link is confirmed. An address already in use gets a notice instead, and the person sees the same answer
    /// either way, so the form cannot be used to find out who has an account.
    /// </summary>
    public async Task<bool> RequestEmailChangeAsync(string personId, ChangeEmailForm form, Func<string, string, string> confirmLink)
    {
        var person = await people.FindByIdAsync(personId)
            ?? throw new InvalidOperationException("The signed-in person no longer exists.");
        var check = await signIn.CheckPasswordSignInAsync(person, form.Password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            await audit.RecordNowAsync("Person.EmailChangeRefused", nameof(Person), personId);
            LogEmailChangeRefused(logger, personId);
            return false;
        }

        var address = form.NewEmail.Trim();
        if (await people.FindByEmailAsync(address) is not null)
        {
            await email.SendAsync(ProfileEmails.AddressInUse(address));
        }
        else
        {
            var token = await people.GenerateChangeEmailTokenAsync(person, address);
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
            await email.SendAsync(ProfileEmails.ConfirmNewEmail(address, person.FullName, confirmLink(address, code)));
        }

        await audit.RecordNowAsync("Person.EmailChangeRequested", nameof(Person), personId);
        LogEmailChangeRequested(logger, personId);
        return true;
    }

    /// <summary>Makes the change the link was sent for (the address is also the sign-in name) and tells the old address.</summary>
    public async Task<bool> ConfirmEmailChangeAsync(string personId, ConfirmEmailChangeForm form)
    {
        var person = await people.FindByIdAsync(personId)
            ?? throw new InvalidOperationException("The signed-in person no longer exists.");
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(form.Code));
        }
        catch (FormatException)
        {
            return false;
        }

        var oldAddress = person.Email;
        var result = await people.ChangeEmailAsync(person, form.Email, token);
        if (!result.Succeeded)
        {
            return false;
        }

        await people.SetUserNameAsync(person, form.Email);
        await audit.RecordNowAsync("Person.EmailChanged", nameof(Person), personId);
        await signIn.RefreshSignInAsync(person);
        if (oldAddress is not null)
        {
            await email.SendAsync(ProfileEmails.EmailChanged(oldAddress, person.FullName));
        }

        LogEmailChanged(logger, personId);
        return true;
    }

    private Task<Guid?> CurrentOrganisationIdAsync(string personId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking()
            .Where(p => p.Id == personId)
            .Select(p => p.OrganisationId)
            .SingleOrDefaultAsync(cancellationToken);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} changed their profile")]
    private static partial void LogProfileChanged(ILogger logger, string personId);

    [LoggerMessage(LogLevel.Information, "Profile change of person {PersonId} refused: changed elsewhere since loaded")]
    private static partial void LogProfileConflict(ILogger logger, string personId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} changed their password")]
    private static partial void LogPasswordChanged(ILogger logger, string personId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} asked to change their email address")]
    private static partial void LogEmailChangeRequested(ILogger logger, string personId);

    [LoggerMessage(LogLevel.Warning, "Email change of person {PersonId} refused: wrong password")]
    private static partial void LogEmailChangeRefused(ILogger logger, string personId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} changed their email address")]
    private static partial void LogEmailChanged(ILogger logger, string personId);

    [LoggerMessage(LogLevel.Warning, "Password change of person {PersonId} refused")]
    private static partial void LogPasswordChangeRefused(ILogger logger, string personId);

    private static void AddChange(Dictionary<string, object?[]> changes, string field, object? before, object? after)
    {
        if (!Equals(before, after))
        {
            changes[field] = [before, after];
        }
    }
}
