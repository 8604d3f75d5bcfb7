using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace StretchPortal.Web.Infrastructure.Web;

public static class ValidationExtensions
{
    /// <summary>
    /// Runs the form's validator and copies its failures into ModelState beside any binding errors; true when both
    /// are clean. Validators are called explicitly (no auto-validation), as FluentValidation's authors advise.
    /// </summary>
    public static async Task<bool> IsValidAsync<T>(
        this ModelStateDictionary modelState, IValidator<T> validator, T form, CancellationToken cancellationToken = default)
    {
        var result = await validator.ValidateAsync(form, cancellationToken);
        result.AddToModelState(modelState);
        return modelState.IsValid;
    }
}
