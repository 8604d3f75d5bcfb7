using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace StretchPortal.Web.Features.Shared;

/// <summary>A refusal by a feature service, tied to the form field it is about ("" for the whole form).</summary>
public sealed record FormError(string Field, string Message);

/// <summary>What a feature service answers to a form: done (with the record's id), or refused with errors to show.</summary>
public sealed record FormResult(IReadOnlyList<FormError> Errors, Guid? Id = null)
{
    public bool Succeeded => Errors.Count == 0;

    public static FormResult Done(Guid id) => new([], id);

    public static FormResult Refused(string field, string message) => new([new FormError(field, message)]);
}

public static class FormErrorExtensions
{
    /// <summary>Shows a service's refusals beside their fields and in the error summary.</summary>
    public static void AddFormErrors(this ModelStateDictionary modelState, FormResult result)
    {
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(error.Field, error.Message);
        }
    }
}
