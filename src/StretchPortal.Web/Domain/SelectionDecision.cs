namespace StretchPortal.Web.Domain;

/// <summary>One selection decision on an expression of interest, with who made it, when and why.</summary>
public class SelectionDecision : Entity
{
    public SelectionDecision(Guid expressionOfInterestId, EoiStage decision, string reason, string decidedById, DateTime decidedAtUtc)
    {
        ExpressionOfInterestId = expressionOfInterestId;
        Decision = decision;
        Reason = reason;
        DecidedById = decidedById;
        DecidedAtUtc = decidedAtUtc;
    }

    public Guid ExpressionOfInterestId { get; private set; }

    public EoiStage Decision { get; private set; }

    public string Reason { get; private set; }

    public string DecidedById { get; private set; }

    public Person? DecidedBy { get; private set; }

    public DateTime DecidedAtUtc { get; private set; }
}
