using StretchPortal.IntegrationTests.Features.Home;
using StretchPortal.IntegrationTests.Features.Weeks;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;
using static StretchPortal.IntegrationTests.Features.Reminders.ReminderTestData;

namespace StretchPortal.IntegrationTests.Features.Reminders;

/// <summary>
/// Each reminder reaches exactly the right people, once, on the right UK day and not the day before: one row in their
/// notification list and one email each, linking to the page concerned.
/// </summary>
public sealed class RemindersTests : IDisposable
{
    private readonly ReminderClock clock = new(FirstMonday);
    private readonly PortalApp app;

    public RemindersTests()
    {
        app = new PortalApp().UsingClock(clock);
    }

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task A_weeks_update_due_reaches_the_mentee_on_its_last_day_and_not_the_day_before()
    {
        var network = await app.SupportNetworkAsync();
        var assignment = await app.RunningAssignmentAsync(network);

        clock.SetDay(FirstMonday.AddDays(5));
        await app.SendRemindersAsync();
        Assert.Empty(await app.NotificationsAsync());

        clock.SetDay(FirstMonday.AddDays(6));
        await app.SendRemindersAsync();
        await app.SendRemindersAsync();

        var notification = Assert.Single(await app.NotificationsAsync());
        Assert.Equal((NotificationKind.WeekUpdateDue, network.Mentee.Id), (notification.Kind, notification.RecipientId));
        var email = Assert.Single(app.EmailsTo(network.Mentee, "A week's update is due"));
        Assert.Equal($"/Weeks?assignmentId={assignment.Id}", Mail.LinkIn(email));
        Assert.Contains("6 July 2026", email.TextBody, StringComparison.Ordinal);
        Assert.Single(app.Emails());
    }

    [Fact]
    public async Task An_overdue_week_reaches_the_mentee_the_day_after_it_ends_and_the_mentor_a_week_later()
    {
        var network = await app.SupportNetworkAsync();
        // Week 1 never planned; week 2 planned but not updated: both are overdue once they end.
        var assignment = await app.RunningAssignmentAsync(network, a => a.Week(FirstMonday.AddDays(7)));

        clock.SetDay(FirstMonday.AddDays(7));
        await app.SendRemindersAsync();
        Assert.Single(await app.NotificationsAsync(NotificationKind.WeekOverdue, network.Mentee.Id));

        clock.SetDay(FirstMonday.AddDays(13));
        await app.SendRemindersAsync();
        Assert.Empty(await app.NotificationsAsync(NotificationKind.MenteeWeekOverdue));

        clock.SetDay(FirstMonday.AddDays(14));
        await app.SendRemindersAsync();
        await app.SendRemindersAsync();

        var toMentor = Assert.Single(await app.NotificationsAsync(NotificationKind.MenteeWeekOverdue));
        Assert.Equal(network.Mentor.Id, toMentor.RecipientId);
        Assert.Equal(2, (await app.NotificationsAsync(NotificationKind.WeekOverdue, network.Mentee.Id)).Count);
        Assert.Equal(2, (await app.NotificationsAsync(NotificationKind.WeekOverdue)).Count);
        Assert.Equal(2, app.EmailsTo(network.Mentee, "A week is overdue").Count);
        var email = Assert.Single(app.EmailsTo(network.Mentor, "A mentee's week is overdue"));
        Assert.Equal($"/Weeks?assignmentId={assignment.Id}", Mail.LinkIn(email));
        Assert.Contains(network.Mentee.FullName, email.TextBody, StringComparison.Ordinal);
        Assert.Empty(app.To(network.Sponsor.Email!));
        Assert.Empty(app.To(network.Lead.Email!));
    }

    [Fact]
    public async Task A_week_the_mentee_updated_sends_no_reminder()
    {
        var network = await app.SupportNetworkAsync();
        await app.RunningAssignmentAsync(network, a => a.Week(FirstMonday, DeliverableStatus.Done, 6, UkNoon(FirstMonday.AddDays(4))));

        clock.SetDay(FirstMonday.AddDays(6));
        await app.SendRemindersAsync();
        clock.SetDay(FirstMonday.AddDays(7));
        await app.SendRemindersAsync();

        Assert.Empty(await app.NotificationsAsync());
        Assert.Empty(app.Emails());
    }

    [Fact]
    public async Task A_quiet_relationship_reaches_the_mentor_after_three_weeks_then_the_lead_and_again_after_a_new_quiet_spell()
    {
        var network = await app.SupportNetworkAsync();
        await app.EnrolledOnAsync(network.Enrolment, new DateOnly(2026, 6, 1));
        await app.RunningAssignmentAsync(network);
        var checkedIn = FirstMonday.AddDays(2);
        await app.CheckInAsync(network, checkedIn);

        clock.SetDay(checkedIn.AddDays(20));
        await app.SendRemindersAsync();
        Assert.Empty(await app.NotificationsAsync(NotificationKind.RelationshipQuiet));

        clock.SetDay(checkedIn.AddDays(21));
        await app.SendRemindersAsync();
        var toMentor = Assert.Single(await app.NotificationsAsync(NotificationKind.RelationshipQuiet));
        Assert.Equal(network.Mentor.Id, toMentor.RecipientId);
        Assert.Equal($"/CheckIns?enrolmentId={network.Enrolment.Id}", Mail.LinkIn(Assert.Single(app.EmailsTo(network.Mentor, "A relationship has gone quiet"))));

        clock.SetDay(checkedIn.AddDays(27));
        await app.SendRemindersAsync();
        Assert.Empty(await app.NotificationsAsync(NotificationKind.ProgrammeRelationshipQuiet));

        clock.SetDay(checkedIn.AddDays(28));
        await app.SendRemindersAsync();
        await app.SendRemindersAsync();
        var toLead = Assert.Single(await app.NotificationsAsync(NotificationKind.ProgrammeRelationshipQuiet));
        Assert.Equal(network.Lead.Id, toLead.RecipientId);
        Assert.Single(app.EmailsTo(network.Lead, "A relationship in your programme has gone quiet"));
        Assert.Single(await app.NotificationsAsync(NotificationKind.RelationshipQuiet));

        // A check-in ends the spell; three quiet weeks later the mentor hears again.
        var nextCheckIn = checkedIn.AddDays(29);
        await app.CheckInAsync(network, nextCheckIn);
        clock.SetDay(nextCheckIn.AddDays(20));
        await app.SendRemindersAsync();
        Assert.Single(await app.NotificationsAsync(NotificationKind.RelationshipQuiet));
        clock.SetDay(nextCheckIn.AddDays(21));
        await app.SendRemindersAsync();
        Assert.Equal(2, (await app.NotificationsAsync(NotificationKind.RelationshipQuiet, network.Mentor.Id)).Count);

        foreach (var person in new[] { network.Mentee, network.Sponsor, network.Coach })
        {
            Assert.Empty(await app.NotificationsAsync(NotificationKind.RelationshipQuiet, person.Id));
            Assert.Empty(await app.NotificationsAsync(NotificationKind.ProgrammeRelationshipQuiet, person.Id));
        }
    }

    [Fact]
    public async Task A_coaching_session_due_reaches_the_coach_and_a_coachee_behind_reaches_coach_and_coachee()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var coach = await app.PersonAsync(roles: Roles.Coach);
        var coachee = await app.PersonAsync(roles: Roles.Mentee);
        var matched = new DateOnly(2026, 4, 15);
        var relationship = await app.WithDbAsync(async db =>
        {
            var r = new CoachingRelationship { CoachId = coach.Id, CoacheeId = coachee.Id, MatchedById = lead.Id, MatchedOn = matched };
            db.CoachingRelationships.Add(r);
            await db.SaveChangesAsync();
            return r;
        });
        var due = matched.AddMonths(3);

        clock.SetDay(due.AddDays(-15));
        await app.SendRemindersAsync();
        Assert.Empty(await app.NotificationsAsync());

        clock.SetDay(due.AddDays(-14));
        await app.SendRemindersAsync();
        clock.SetDay(due);
        await app.SendRemindersAsync();
        var sessionDue = Assert.Single(await app.NotificationsAsync());
        Assert.Equal((NotificationKind.CoachingSessionDue, coach.Id), (sessionDue.Kind, sessionDue.RecipientId));
        Assert.Equal($"/Coaching/Sessions/{relationship.Id}", Mail.LinkIn(Assert.Single(app.EmailsTo(coach, "A coaching session is due"))));

        clock.SetDay(due.AddDays(1));
        await app.SendRemindersAsync();
        await app.SendRemindersAsync();
        var behind = await app.NotificationsAsync(NotificationKind.CoacheeBehind);
        Assert.Equal(
            new[] { coach.Id, coachee.Id }.Order(StringComparer.Ordinal),
            behind.Select(n => n.RecipientId).Order(StringComparer.Ordinal));
        Assert.Single(app.EmailsTo(coach, "A coachee is behind on sessions"));
        Assert.Single(app.EmailsTo(coachee, "Your coaching is behind"));
        Assert.Empty(app.To(lead.Email!));
    }
}
