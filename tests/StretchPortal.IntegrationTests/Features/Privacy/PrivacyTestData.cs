using StretchPortal.IntegrationTests.Features.Equality;
using StretchPortal.IntegrationTests.Features.Weeks;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;

namespace StretchPortal.IntegrationTests.Features.Privacy;

/// <summary>
/// A mentee with something in every section the download and the erasure cover: an agreed assignment with a week,
/// check-ins (their own private note and their mentor's), a PDR objective, an expression of interest with a decision,
/// an equality declaration, a coaching relationship with a session carrying the coach's private note, and a
/// notification. Each piece of text carries <see cref="Mark"/> so a test can tell whose it is.
/// </summary>
internal sealed record PrivacySubject(SupportNetwork Network, StretchAssignment Assignment, Guid ExpressionOfInterestId, Guid CoachingSessionId, string Mark)
{
    public Person Mentee => Network.Mentee;

    public string OwnPrivateNote => $"{Mark} mentee private note";

    public string MentorPrivateNote => $"{Mark} mentor private note";

    public string CoachPrivateNote => $"{Mark} coach private note";

    public string Statement => $"{Mark} statement of interest";
}

internal static class PrivacyTestData
{
    public static async Task<PrivacySubject> SubjectAsync(this PortalApp app, string mark)
    {
        var network = await app.SupportNetworkAsync();
        var assignment = await app.AssignmentAsync(network);
        await app.WeekAsync(assignment, SupportNetworkTestData.Week(-1), 6);
        var organisation = await app.OrganisationAsync();
        var opportunity = await app.OpportunityAsync(network.Lead.Id, organisation.Id, title: $"{mark} opportunity");
        var ids = await app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var mentee = network.Mentee.Id;
            db.CheckIns.Add(new CheckIn
            {
                EnrolmentId = network.Enrolment.Id, HeldOn = SupportNetworkTestData.Today, AuthorId = mentee, WithMentor = true,
                Notes = $"{mark} mentee private note", NotesArePrivate = true, RecordedAt = now,
            });
            db.CheckIns.Add(new CheckIn
            {
                EnrolmentId = network.Enrolment.Id, HeldOn = SupportNetworkTestData.Today, AuthorId = network.Mentor.Id, WithMentor = true,
                Notes = $"{mark} mentor private note", NotesArePrivate = true, RecordedAt = now,
            });
            db.PdrObjectives.Add(new PdrObjective { PersonId = mentee, Year = "2026/2027", Title = $"{mark} objective" });
            db.EqualityDeclarations.Add(EqualityDeclaration.Declare(mentee, EqualityTestData.White, now));
            var tracked = await db.Opportunities.FindAsync(opportunity.Id) ?? throw new InvalidOperationException("No opportunity");
            var (submitted, interest) = ExpressionOfInterest.Submit(tracked, mentee, $"{mark} statement of interest", now);
            EqualityTestData.Must(submitted);
            EqualityTestData.Must(interest!.Decide(tracked, EoiStage.Shortlisted, $"{mark} meets the criteria", network.Lead.Id, now));
            db.ExpressionsOfInterest.Add(interest);
            var relationship = new CoachingRelationship
            {
                CoachId = network.Coach.Id, CoacheeId = mentee, MatchedOn = SupportNetworkTestData.Today, MatchedById = network.Lead.Id,
            };
            var session = new CoachingSession
            {
                CoachingRelationshipId = relationship.Id, HeldOn = SupportNetworkTestData.Today, Minutes = 60, Mode = SessionMode.Virtual,
                PrivateNotes = $"{mark} coach private note", LoggedAtUtc = now,
            };
            db.CoachingRelationships.Add(relationship);
            db.CoachingSessions.Add(session);
            db.Notifications.Add(new Notification
            {
                RecipientId = mentee, Kind = NotificationKind.AssignmentAgreed, Subject = $"{mark} your assignment was agreed",
                Message = "Well done", Link = "/Assignments", CreatedAt = now,
            });
            await db.SaveChangesAsync();
            return (interest.Id, session.Id);
        });
        return new PrivacySubject(network, assignment, ids.Item1, ids.Item2, mark);
    }
}
