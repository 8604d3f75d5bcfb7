using Microsoft.AspNetCore.Authorization;

namespace StretchPortal.Web.Security;

/// <summary>
/// What a person may do, named as capabilities; the one place roles map to them. Controllers demand capabilities
/// (<c>[Authorize(Policy = Capabilities.ManageProgrammes)]</c>), never roles. Per-record rules live in each feature's
/// authorization handler.
/// </summary>
public static class Capabilities
{
    public const string ManageProgrammes = nameof(ManageProgrammes);
    public const string ManageReferenceData = nameof(ManageReferenceData);
    public const string ManagePeople = nameof(ManagePeople);
    public const string ViewAuditTrail = nameof(ViewAuditTrail);
    public const string ManageOpportunities = nameof(ManageOpportunities);
    public const string ManageCoaching = nameof(ManageCoaching);
    public const string CurateResources = nameof(CurateResources);
    public const string ViewReports = nameof(ViewReports);

    private static readonly Dictionary<string, string[]> GrantedTo = new()
    {
        [ManageProgrammes] = [Roles.ProgrammeLead],
        [ManageReferenceData] = [Roles.ProgrammeLead, Roles.Administrator],
        [ManagePeople] = [Roles.Administrator],
        [ViewAuditTrail] = [Roles.Administrator],
        [ManageOpportunities] = [Roles.ProgrammeLead, Roles.Administrator],
        [ManageCoaching] = [Roles.ProgrammeLead],
        [CurateResources] = [Roles.ProgrammeLead],
        [ViewReports] = [Roles.ProgrammeLead, Roles.Administrator],
    };

    public static IReadOnlyDictionary<string, string[]> Map => GrantedTo;

    public static void AddTo(AuthorizationOptions options)
    {
        foreach (var (capability, roles) in GrantedTo)
        {
            options.AddPolicy(capability, policy => policy.RequireAuthenticatedUser().RequireRole(roles));
        }

        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
