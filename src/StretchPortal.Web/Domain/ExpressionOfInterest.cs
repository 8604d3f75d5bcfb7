namespace StretchPortal.Web.Domain;

/// <summary>
/// A person's registered interest in an opportunity, with their supporting statement (seed 001). One per person per
/// opportunity. The lead's selection decisions, each with its reason, are kept in <see cref="Decisions"/>.
/// </summary>
public class ExpressionOfInterest : Entity
{
    public const int StatementMaxLength = 4000;

    public const int ReasonMaxLength = 2000;

    public Guid OpportunityId { get; private set; }

    public Opportunity? Opportunity { get; private set; }

    public string PersonId { get; private set; } = "";

    public Person? Person { get; private set; }

    public string Statement { get; private set; } = "";

    public DateTime SubmittedAtUtc { get; private set; }

    public DateTime? WithdrawnAtUtc { get; private set; }

    public EoiStage Stage { get; private set; } = EoiStage.Submitted;

    public ICollection<SelectionDecision> Decisions { get; } = [];

    /// <summary>The decisions a lead can record.</summary>
    public static IReadOnlyList<EoiStage> DecisionChoices { get; } =
        [EoiStage.Shortlisted, EoiStage.NotShortlisted, EoiStage.Appointed, EoiStage.NotAppointed];

    /// <summary>Registers interest; refused when the opportunity is not open or its closing date has passed.</summary>
    public static (Outcome Outcome, ExpressionOfInterest? Interest) Submit(
        Opportunity opportunity, string personId, string statement, DateTime nowUtc)
    {
        var refusal = RefuseInterest(opportunity, nowUtc);
        if (refusal is not null)
        {
            return (refusal, null);
        }

        if (string.IsNullOrWhiteSpace(statement))
        {
            return (Outcome.Refused("Enter your supporting statement."), null);
        }

        var interest = new ExpressionOfInterest
        {
            OpportunityId = opportunity.Id,
            PersonId = personId,
            Statement = statement.Trim(),
            SubmittedAtUtc = nowUtc,
        };
        return (Outcome.Done, interest);
    }

    /// <summary>A person who withdrew may register interest again, with a new statement, while it is still open.</summary>
    public Outcome Resubmit(Opportunity opportunity, string statement, DateTime nowUtc)
    {
        if (Stage != EoiStage.Withdrawn)
        {
            return Outcome.Refused("You have already expressed interest in this opportunity.");
        }

        var refusal = RefuseInterest(opportunity, nowUtc);
        if (refusal is not null)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(statement))
        {
            return Outcome.Refused("Enter your supporting statement.");
        }

        Statement = statement.Trim();
        SubmittedAtUtc = nowUtc;
        WithdrawnAtUtc = null;
        Stage = EoiStage.Submitted;
        return Outcome.Done;
    }

    /// <summary>The person may withdraw before the closing date, unless a final decision has been made.</summary>
    public Outcome Withdraw(Opportunity opportunity, DateTime nowUtc)
    {
        if (Stage is not (EoiStage.Submitted or EoiStage.Shortlisted))
        {
            return Outcome.Refused($"Your expression of interest is {Describe(Stage)}, so it cannot be withdrawn.");
        }

        if (nowUtc >= opportunity.ClosesAtUtc || opportunity.Status != OpportunityStatus.Open)
        {
            return Outcome.Refused("The opportunity has closed, so your expression of interest can no longer be withdrawn.");
        }

        Stage = EoiStage.Withdrawn;
        WithdrawnAtUtc = nowUtc;
        return Outcome.Done;
    }

    /// <summary>
    /// Records a selection decision with its reason. Appointing takes a place on the opportunity (refused when none
    /// remain); reversing an appointment gives it back. Appointing or not needs the person shortlisted first.
    /// </summary>
    public Outcome Decide(Opportunity opportunity, EoiStage decision, string reason, string decidedById, DateTime nowUtc)
    {
        if (!DecisionChoices.Contains(decision))
        {
            return Outcome.Refused("Choose shortlisted, not shortlisted, appointed or not appointed.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Refused("Enter the reason for the decision.");
        }

        if (Stage == EoiStage.Withdrawn)
        {
            return Outcome.Refused("This person withdrew their interest, so no decision can be recorded.");
        }

        if (!opportunity.TakesDecisions)
        {
            return Outcome.Refused($"Decisions cannot be recorded on an opportunity that is {opportunity.Status.ToString().ToLowerInvariant()}.");
        }

        if (decision == Stage)
        {
            return Outcome.Refused($"This expression of interest is already {Describe(Stage)}.");
        }

        if (decision is EoiStage.Appointed or EoiStage.NotAppointed
            && Stage is not (EoiStage.Shortlisted or EoiStage.Appointed or EoiStage.NotAppointed))
        {
            return Outcome.Refused("Shortlist the person before deciding whether to appoint them.");
        }

        var places = decision == EoiStage.Appointed ? opportunity.Appoint()
            : Stage == EoiStage.Appointed ? opportunity.Unappoint()
            : Outcome.Done;
        if (!places.Succeeded)
        {
            return places;
        }

        Stage = decision;
        Decisions.Add(new SelectionDecision(Id, decision, reason.Trim(), decidedById, nowUtc));
        return Outcome.Done;
    }

    private static Outcome? RefuseInterest(Opportunity opportunity, DateTime nowUtc) =>
        opportunity.Status != OpportunityStatus.Open ? Outcome.Refused("This opportunity is not open for expressions of interest.")
        : nowUtc >= opportunity.ClosesAtUtc ? Outcome.Refused("The closing date for this opportunity has passed.")
        : null;

    private static string Describe(EoiStage stage) => stage switch
    {
        EoiStage.NotShortlisted => "not shortlisted",
        EoiStage.NotAppointed => "not appointed",
        _ => stage.ToString().ToLowerInvariant(),
    };
}
