using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace StretchPortal.Web.Features.CheckIns;

/// <summary>What a person can do with an enrolment's check-ins; <see cref="CheckInAuthorizationHandler"/> decides who.</summary>
public static class CheckInOperations
{
    /// <summary>See the check-ins and their actions: the mentee, their mentor, sponsor and coach, and the programme's leads.</summary>
    public static OperationAuthorizationRequirement View { get; } = new() { Name = nameof(View) };

    /// <summary>Record check-ins and tick their actions off: the mentee and their mentor, sponsor and coach.</summary>
    public static OperationAuthorizationRequirement Record { get; } = new() { Name = nameof(Record) };
}
