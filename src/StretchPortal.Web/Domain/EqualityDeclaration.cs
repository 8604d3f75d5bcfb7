namespace StretchPortal.Web.Domain;

/// <summary>
/// A person's voluntary equality monitoring answers (special-category personal data). Kept in a table of its own,
/// apart from the profile; only its owner ever sees it, reports use it only in suppressed aggregates, and the audit
/// trail records that it changed but never its values. Every question has "prefer not to say"; not declaring at all
/// is having no declaration, and withdrawing deletes it.
/// </summary>
public class EqualityDeclaration : Entity
{
    public string PersonId { get; private set; } = "";

    public EthnicGroup EthnicGroup { get; private set; }

    public Sex Sex { get; private set; }

    public Disability Disability { get; private set; }

    public AgeBand AgeBand { get; private set; }

    public SexualOrientation SexualOrientation { get; private set; }

    public Religion Religion { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public static EqualityDeclaration Declare(string personId, EqualityAnswers answers, DateTime nowUtc)
    {
        var declaration = new EqualityDeclaration { PersonId = personId };
        declaration.Revise(answers, nowUtc);
        return declaration;
    }

    public void Revise(EqualityAnswers answers, DateTime nowUtc)
    {
        EthnicGroup = answers.EthnicGroup;
        Sex = answers.Sex;
        Disability = answers.Disability;
        AgeBand = answers.AgeBand;
        SexualOrientation = answers.SexualOrientation;
        Religion = answers.Religion;
        UpdatedAtUtc = nowUtc;
    }
}

public sealed record EqualityAnswers(
    EthnicGroup EthnicGroup,
    Sex Sex,
    Disability Disability,
    AgeBand AgeBand,
    SexualOrientation SexualOrientation,
    Religion Religion);
