namespace StretchPortal.IntegrationTests.Security;

/// <summary>
/// Who asks. The record a row addresses belongs to <see cref="Mentee"/> (or to her programme); the first group are
/// that record's own people, the "Other" group hold the same roles towards someone else in another programme.
/// </summary>
[Flags]
public enum Who
{
    None = 0,
    Anonymous = 1,

    /// <summary>The record's own mentee (Own).</summary>
    Mentee = 1 << 1,

    /// <summary>The mentee's mentor (MyMentee's).</summary>
    Mentor = 1 << 2,

    /// <summary>The mentee's sponsor (MyMentee's).</summary>
    Sponsor = 1 << 3,

    /// <summary>The mentee's coach, on the enrolment and in a coaching relationship (MyMentee's).</summary>
    Coach = 1 << 4,

    /// <summary>A lead of the mentee's programme (my programme).</summary>
    Lead = 1 << 5,

    Admin = 1 << 6,

    /// <summary>A mentee in another programme (SomeoneElse's).</summary>
    OtherMentee = 1 << 7,

    OtherMentor = 1 << 8,

    OtherSponsor = 1 << 9,

    OtherCoach = 1 << 10,

    /// <summary>A lead of another programme.</summary>
    OtherLead = 1 << 11,

    /// <summary>A former mentee of the programme, now in its alumni community.</summary>
    Alumnus = 1 << 12,

    Supporters = Mentor | Sponsor | Coach,
    Circle = Mentee | Supporters | Lead,
    Mentees = Mentee | OtherMentee,
    Coaches = Coach | OtherCoach,
    Leads = Lead | OtherLead,
    LeadsAndAdmins = Leads | Admin,
    SignedIn = Circle | Admin | OtherMentee | OtherMentor | OtherSponsor | OtherCoach | OtherLead | Alumnus,
    Everyone = SignedIn | Anonymous,
}

/// <summary>How a refusal shows for a row: a real 403, or a 404 where the design hides the record's existence.</summary>
public enum Refusal
{
    Forbidden,
    NotFound,
}

/// <summary>
/// One action and who may use it. <see cref="Url"/> names world records in braces ({Assignment}, {Week}, ...: see
/// <see cref="AccessWorld"/>). POSTs send only a valid anti-forgery token; an allowed empty POST answers with its
/// validation errors or its own refusal, never 401/403/404.
/// </summary>
public sealed record AccessRow(string Action, string Url, Who Allowed, Refusal Refused = Refusal.Forbidden, int? Status = null, bool FreshSession = false)
{
    public string Method => Action[(Action.IndexOf('[', StringComparison.Ordinal) + 1)..^1];

    public override string ToString() => Action;
}

/// <summary>An action or endpoint the running app serves, found through its endpoint data source.</summary>
public sealed record DiscoveredAction(string Action, string Route);
