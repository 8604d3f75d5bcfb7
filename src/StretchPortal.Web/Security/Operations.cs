using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace StretchPortal.Web.Security;

/// <summary>What can be done to a record, for resource-based authorization handlers.</summary>
public static class Operations
{
    public static OperationAuthorizationRequirement View { get; } = new() { Name = nameof(View) };

    public static OperationAuthorizationRequirement Manage { get; } = new() { Name = nameof(Manage) };

    public static OperationAuthorizationRequirement End { get; } = new() { Name = nameof(End) };
}
