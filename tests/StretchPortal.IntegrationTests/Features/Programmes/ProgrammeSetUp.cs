using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;

namespace StretchPortal.IntegrationTests.Features.Programmes;

/// <summary>Look-ups the programme set-up tests share.</summary>
internal static class ProgrammeSetUp
{
    public const string NoAccount = "No one with this email address has an account. Ask them to register first.";

    public static Task<IList<string>> RolesOfAsync(this PortalApp app, string personId) =>
        app.WithScopeAsync(async services =>
        {
            var people = services.GetRequiredService<UserManager<Person>>();
            return await people.GetRolesAsync((await people.FindByIdAsync(personId))!);
        });

    public static Task<List<AuditEntry>> AuditAsync(this PortalApp app, string action) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == action).ToListAsync());

    public static Task<Programme> StoredProgrammeAsync(this PortalApp app, Guid id) =>
        app.WithDbAsync(db => db.Programmes.AsNoTracking().Include(p => p.Leads).SingleAsync(p => p.Id == id));

    public static Task<Enrolment> StoredEnrolmentAsync(this PortalApp app, Guid id) =>
        app.WithDbAsync(db => db.Enrolments.AsNoTracking().SingleAsync(e => e.Id == id));

    /// <summary>The inline error message shown with a field (NHS.UK puts it in the field's form group).</summary>
    public static string? InlineError(AngleSharp.Html.Dom.IHtmlDocument page, string field) =>
        page.QuerySelector($"#{field}-error")?.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim();
}
