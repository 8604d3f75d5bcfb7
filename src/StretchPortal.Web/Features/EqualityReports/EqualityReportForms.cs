using FluentValidation;

namespace StretchPortal.Web.Features.EqualityReports;

/// <summary>A staff pool CSV to import in place of the current pool.</summary>
public sealed class ImportStaffPoolForm
{
    public const long MaxBytes = 1024 * 1024;

    public IFormFile? File { get; set; }
}

public sealed class ImportStaffPoolFormValidator : AbstractValidator<ImportStaffPoolForm>
{
    public ImportStaffPoolFormValidator()
    {
        RuleFor(f => f.File).NotNull().WithMessage("Choose a CSV file of the staff pool");
        RuleFor(f => f.File!.Length).InclusiveBetween(1, ImportStaffPoolForm.MaxBytes)
            .WithMessage("The file must be a CSV file of no more than 1 MB, and not empty").OverridePropertyName(nameof(ImportStaffPoolForm.File))
            .When(f => f.File is not null);
        RuleFor(f => f.File!.FileName).Must(n => n.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .WithMessage("The file must be a CSV file (ending .csv)").OverridePropertyName(nameof(ImportStaffPoolForm.File))
            .When(f => f.File is not null);
    }
}
