using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Reminders;

namespace StretchPortal.UnitTests.Features.Reminders;

public sealed class ReminderRulesTests
{
    private static readonly DateOnly Monday = new(2026, 7, 6);

    private static AssignmentWeeks Assignment(params WeekState[] weeks) =>
        new(Guid.CreateVersion7(), "Redesign the discharge pathway", Monday, Monday.AddDays(27), "mentee", "Amara Patel", "mentor", weeks);

    private static List<(NotificationKind Kind, string To)> Weeks(AssignmentWeeks assignment, DateOnly today) =>
        ReminderRules.ForWeeks(assignment, today).Select(r => (r.Notice.Kind, r.Notice.RecipientId)).ToList();

    [Fact]
    public void A_weeks_update_is_due_to_the_mentee_on_its_last_day_and_not_the_day_before()
    {
        var assignment = Assignment();

        Assert.Empty(Weeks(assignment, Monday.AddDays(5)));
        Assert.Equal([(NotificationKind.WeekUpdateDue, "mentee")], Weeks(assignment, Monday.AddDays(6)));
    }

    [Fact]
    public void An_unplanned_week_is_overdue_to_the_mentee_the_day_after_it_ends_and_to_the_mentor_a_week_later()
    {
        var assignment = Assignment();

        Assert.Equal([(NotificationKind.WeekOverdue, "mentee")], Weeks(assignment, Monday.AddDays(7)));
        Assert.Contains((NotificationKind.WeekOverdue, "mentee"), Weeks(assignment, Monday.AddDays(13)));
        Assert.DoesNotContain(Weeks(assignment, Monday.AddDays(13)), r => r.Kind == NotificationKind.MenteeWeekOverdue);
        Assert.Contains((NotificationKind.MenteeWeekOverdue, "mentor"), Weeks(assignment, Monday.AddDays(14)));
    }

    [Fact]
    public void A_week_the_mentee_updated_sends_nothing()
    {
        var assignment = Assignment(new WeekState(Guid.CreateVersion7(), Monday, Updated: true));

        Assert.Empty(Weeks(assignment, Monday.AddDays(6)));
        Assert.Empty(Weeks(assignment, Monday.AddDays(7)));
    }

    [Fact]
    public void A_planned_week_not_yet_updated_links_to_its_update_page()
    {
        var week = new WeekState(Guid.CreateVersion7(), Monday, Updated: false);

        var reminder = Assert.Single(ReminderRules.ForWeeks(Assignment(week), Monday.AddDays(6)));

        Assert.Equal($"/Weeks/Update/{week.Id}", reminder.Notice.Link);
    }

    [Fact]
    public void The_overdue_rule_is_the_weekly_deliverables_own()
    {
        var week = WeeklyDeliverable.Planned(Guid.CreateVersion7(), Monday, "Plan", "Aim", DateTime.UtcNow);
        foreach (var day in Enumerable.Range(0, 16).Select(Monday.AddDays))
        {
            Assert.Equal(week.IsOverdue(day), ReminderRules.IsOverdue(week.WeekEnding, updated: false, day));
        }
    }

    [Fact]
    public void Each_week_and_recipient_has_its_own_key()
    {
        var assignment = Assignment();
        var keys = Enumerable.Range(0, 40).Select(Monday.AddDays)
            .SelectMany(day => ReminderRules.ForWeeks(assignment, day))
            .GroupBy(r => r.Key)
            .ToList();

        // Four weeks, each: due, overdue to the mentee, overdue to the mentor.
        Assert.Equal(12, keys.Count);
        Assert.All(keys, g => Assert.Single(g.Select(r => (r.Notice.Kind, r.Notice.RecipientId)).Distinct()));
    }

    [Fact]
    public void A_quiet_relationship_goes_to_the_mentor_after_three_weeks_and_the_leads_a_week_later()
    {
        var lastActivity = new DateOnly(2026, 7, 8);
        var relationship = new MentoringRelationship(Guid.CreateVersion7(), "Amara Patel", "mentor", lastActivity, ["lead-1", "lead-2"]);

        Assert.Empty(ReminderRules.ForQuiet(relationship, lastActivity.AddDays(20)));
        Assert.Equal(["mentor"], ReminderRules.ForQuiet(relationship, lastActivity.AddDays(21)).Select(r => r.Notice.RecipientId));
        Assert.Equal(["mentor"], ReminderRules.ForQuiet(relationship, lastActivity.AddDays(27)).Select(r => r.Notice.RecipientId));
        var later = ReminderRules.ForQuiet(relationship, lastActivity.AddDays(28)).ToList();
        Assert.Equal(["mentor", "lead-1", "lead-2"], later.Select(r => r.Notice.RecipientId));
        Assert.Equal(NotificationKind.ProgrammeRelationshipQuiet, later[1].Notice.Kind);
    }

    [Fact]
    public void A_new_quiet_spell_is_a_new_reminder()
    {
        var enrolment = Guid.CreateVersion7();
        var first = new MentoringRelationship(enrolment, "Amara Patel", "mentor", new DateOnly(2026, 7, 8), []);
        var second = first with { LastActivity = new DateOnly(2026, 8, 20) };

        Assert.NotEqual(
            ReminderRules.ForQuiet(first, new DateOnly(2026, 8, 1)).Single().Key,
            ReminderRules.ForQuiet(second, new DateOnly(2026, 9, 12)).Single().Key);
    }

    [Fact]
    public void Activity_is_the_latest_of_enrolment_agreement_start_week_update_and_check_in()
    {
        var enrolled = new DateOnly(2026, 6, 1);
        var agreed = new DateOnly(2026, 6, 28);
        var starts = new DateOnly(2026, 7, 6);

        Assert.Equal(starts, ReminderRules.LastActivity(enrolled, agreed, starts, null, null));
        Assert.Equal(new DateOnly(2026, 7, 9), ReminderRules.LastActivity(enrolled, agreed, starts, new DateOnly(2026, 7, 9), new DateOnly(2026, 7, 8)));
        Assert.Equal(new DateOnly(2026, 7, 10), ReminderRules.LastActivity(enrolled, agreed, starts, null, new DateOnly(2026, 7, 10)));
    }

    [Fact]
    public void A_coaching_session_due_reminds_the_coach_two_weeks_before_and_not_the_day_before_that()
    {
        var matched = new DateOnly(2026, 4, 15);
        var relationship = new CoachingRelationshipState(Guid.CreateVersion7(), "coach", "Coach", "coachee", "Coachee", matched, Held: 0);
        var due = matched.AddMonths(3);

        Assert.Empty(ReminderRules.ForCoaching(relationship, due.AddDays(-15)));
        var reminder = Assert.Single(ReminderRules.ForCoaching(relationship, due.AddDays(-14)));
        Assert.Equal((NotificationKind.CoachingSessionDue, "coach"), (reminder.Notice.Kind, reminder.Notice.RecipientId));
        Assert.Equal(reminder.Key, Assert.Single(ReminderRules.ForCoaching(relationship, due)).Key);
    }

    [Fact]
    public void A_coachee_behind_reminds_coach_and_coachee_the_day_after_a_session_was_due()
    {
        var matched = new DateOnly(2026, 4, 15);
        var relationship = new CoachingRelationshipState(Guid.CreateVersion7(), "coach", "Coach", "coachee", "Coachee", matched, Held: 0);
        var due = matched.AddMonths(3);

        Assert.DoesNotContain(ReminderRules.ForCoaching(relationship, due), r => r.Notice.Kind == NotificationKind.CoacheeBehind);
        var behind = ReminderRules.ForCoaching(relationship, due.AddDays(1)).ToList();
        Assert.Equal(["coach", "coachee"], behind.Select(r => r.Notice.RecipientId));
        Assert.All(behind, r => Assert.Equal(NotificationKind.CoacheeBehind, r.Notice.Kind));

        // Still behind a quarter later: a second session was missed, so they hear again.
        var later = ReminderRules.ForCoaching(relationship, matched.AddMonths(6).AddDays(1)).ToList();
        Assert.Empty(later.Select(r => r.Key).Intersect(behind.Select(r => r.Key)));
    }

    [Fact]
    public void A_coachee_on_track_hears_nothing_between_sessions()
    {
        var matched = new DateOnly(2026, 4, 15);
        var relationship = new CoachingRelationshipState(Guid.CreateVersion7(), "coach", "Coach", "coachee", "Coachee", matched, Held: 1);

        Assert.Empty(ReminderRules.ForCoaching(relationship, matched.AddMonths(3).AddDays(1)));
        Assert.Empty(ReminderRules.ForCoaching(relationship, matched.AddMonths(6).AddDays(-15)));
    }
}
