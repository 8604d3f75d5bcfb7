using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace StretchPortal.Web.Features.Assignments;

/// <summary>What a person can do to a stretch assignment; <see cref="AssignmentAuthorizationHandler"/> decides who.</summary>
public static class AssignmentOperations
{
    /// <summary>See the assignment, its weeks and its timeline: the mentee, their mentor, sponsor and coach, and the programme's leads.</summary>
    public static OperationAuthorizationRequirement View { get; } = new() { Name = nameof(View) };

    /// <summary>Change the details, submit, start, complete, and plan and update weeks: the mentee only.</summary>
    public static OperationAuthorizationRequirement Deliver { get; } = new() { Name = nameof(Deliver) };

    /// <summary>Agree, request changes, comment on and sign off weeks: the mentee's own mentor only.</summary>
    public static OperationAuthorizationRequirement Decide { get; } = new() { Name = nameof(Decide) };

    /// <summary>Withdraw the assignment: the mentee or a lead of the programme.</summary>
    public static OperationAuthorizationRequirement Withdraw { get; } = new() { Name = nameof(Withdraw) };

    /// <summary>Mark it presented at the celebration event: a lead of the programme.</summary>
    public static OperationAuthorizationRequirement Present { get; } = new() { Name = nameof(Present) };
}
