using StretchPortal.Web.Domain;

namespace StretchPortal.UnitTests.Domain;

public sealed class WeekTotalsTests
{
    private static readonly DateTime Now = new(2026, 10, 5, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Start = new(2026, 9, 9);
    private static readonly DateOnly End = new(2026, 10, 30);

    /// <summary>An agreed assignment from Wednesday 9 September to 30 October 2026 (8 weeks), 7.5 hours a week.</summary>
    private static StretchAssignment Agreed(double hoursPerWeek = 7.5)
    {
        var assignment = StretchAssignment.Draft(Guid.NewGuid(), new AssignmentDetails(
            "Outpatient redesign", AssignmentType.ServiceRedesign, null, "Cut waiting times", null, "Project lead", "Waiting times down",
            Start, End, hoursPerWeek, null, [Guid.NewGuid()], []), "mentee", Now);
        Assert.True(assignment.Submit("mentee", Now).Succeeded);
        Assert.True(assignment.Agree("mentor", null, Now).Succeeded);
        return assignment;
    }

    private static WeeklyDeliverable Plan(StretchAssignment assignment, DateOnly monday)
    {
        var week = WeeklyDeliverable.Planned(assignment.Id, monday, "Map the pathway", "First step", Now);
        assignment.Weeks.Add(week);
        return week;
    }

    private static WeeklyDeliverable Update(StretchAssignment assignment, DateOnly monday, DeliverableStatus status, double hours)
    {
        var week = Plan(assignment, monday);
        Assert.True(week.RecordProgress(status, null, hours, Now).Succeeded);
        return week;
    }

    [Fact]
    public void Planned_weeks_count_for_nothing_until_they_are_updated()
    {
        var assignment = Agreed();
        Plan(assignment, new DateOnly(2026, 9, 7));
        Plan(assignment, new DateOnly(2026, 9, 14));

        assignment.CountWeeks();

        Assert.Equal((0, 0, 0, 0, 0, 0, 0.0), (assignment.WeeksDone, assignment.WeeksPartlyDone, assignment.WeeksSlipped, assignment.WeeksBlocked,
            assignment.WeeksUpdated, assignment.WeeksOverHours, assignment.HoursOver));
        Assert.Null(assignment.LastWeekUpdateAt);
    }

    [Fact]
    public void Updated_weeks_count_by_how_they_went_with_hours_over_the_agreement_summed()
    {
        var assignment = Agreed();
        Update(assignment, new DateOnly(2026, 9, 7), DeliverableStatus.Done, 7.5);
        Update(assignment, new DateOnly(2026, 9, 14), DeliverableStatus.Done, 10);
        Update(assignment, new DateOnly(2026, 9, 21), DeliverableStatus.PartlyDone, 9);
        Update(assignment, new DateOnly(2026, 9, 28), DeliverableStatus.Slipped, 2);
        Update(assignment, new DateOnly(2026, 10, 5), DeliverableStatus.Blocked, 0);
        Plan(assignment, new DateOnly(2026, 10, 12));

        assignment.CountWeeks();

        Assert.Equal(2, assignment.WeeksDone);
        Assert.Equal(1, assignment.WeeksPartlyDone);
        Assert.Equal(1, assignment.WeeksSlipped);
        Assert.Equal(1, assignment.WeeksBlocked);
        Assert.Equal(5, assignment.WeeksUpdated);
        Assert.Equal(2, assignment.WeeksOverHours);
        Assert.Equal(4.0, assignment.HoursOver, 6);
        Assert.Equal(Now, assignment.LastWeekUpdateAt);
    }

    [Fact]
    public void Changing_how_a_week_went_moves_it_between_totals()
    {
        var assignment = Agreed();
        var week = Update(assignment, new DateOnly(2026, 9, 7), DeliverableStatus.Slipped, 12);
        assignment.CountWeeks();
        Assert.Equal((0, 1, 1), (assignment.WeeksDone, assignment.WeeksSlipped, assignment.WeeksOverHours));

        Assert.True(week.RecordProgress(DeliverableStatus.Done, null, 7, Now.AddDays(1)).Succeeded);
        assignment.CountWeeks();

        Assert.Equal((1, 0, 0, 1), (assignment.WeeksDone, assignment.WeeksSlipped, assignment.WeeksOverHours, assignment.WeeksUpdated));
        Assert.Equal(0.0, assignment.HoursOver);
        Assert.Equal(Now.AddDays(1), assignment.LastWeekUpdateAt);
    }

    [Fact]
    public void A_week_signed_off_cannot_be_changed_so_its_totals_stay()
    {
        var assignment = Agreed();
        var week = Update(assignment, new DateOnly(2026, 9, 7), DeliverableStatus.Done, 7.5);
        Assert.True(week.SignOff("mentor", null, Now).Succeeded);
        assignment.CountWeeks();

        Assert.False(week.RecordProgress(DeliverableStatus.Blocked, null, 20, Now.AddDays(1)).Succeeded);
        assignment.CountWeeks();

        Assert.Equal((1, 0, 0, 0.0), (assignment.WeeksDone, assignment.WeeksBlocked, assignment.WeeksOverHours, assignment.HoursOver));
        Assert.Equal(Now, assignment.LastWeekUpdateAt);
    }

    [Fact]
    public void Weeks_outside_the_assignments_dates_count_by_status_but_not_as_updated()
    {
        var assignment = Agreed();
        Update(assignment, new DateOnly(2026, 8, 31), DeliverableStatus.Done, 7.5);
        Update(assignment, new DateOnly(2026, 9, 7), DeliverableStatus.Done, 7.5);
        Update(assignment, new DateOnly(2026, 11, 2), DeliverableStatus.Done, 7.5);

        assignment.CountWeeks();

        Assert.Equal(3, assignment.WeeksDone);
        Assert.Equal(1, assignment.WeeksUpdated);
    }

    [Fact]
    public void Overdue_weeks_are_the_ended_weeks_less_the_ended_ones_updated_whether_or_not_the_rest_were_planned()
    {
        var today = new DateOnly(2026, 10, 7);

        // Weeks of 7, 14, 21 and 28 September have ended by Wednesday 7 October; the week of 5 October has not.
        Assert.Equal(4, WeekTotals.Overdue(true, Start, End, 0, today));
        Assert.Equal(1, WeekTotals.Overdue(true, Start, End, 3, today));
        Assert.Equal(0, WeekTotals.Overdue(true, Start, End, 4, today));
        Assert.Equal(0, WeekTotals.Overdue(false, Start, End, 0, today));
        Assert.Equal(new DateOnly(2026, 9, 30), WeekTotals.LastEndedMonday(today));
    }

    [Fact]
    public void Hours_over_follow_the_agreed_hours_when_they_change()
    {
        var assignment = Agreed(hoursPerWeek: 10);
        Update(assignment, new DateOnly(2026, 9, 7), DeliverableStatus.Done, 9);
        assignment.CountWeeks();
        Assert.Equal(0, assignment.WeeksOverHours);

        var lower = Agreed(hoursPerWeek: 7.5);
        lower.Weeks.AddRange(assignment.Weeks);
        lower.CountWeeks();

        Assert.Equal(1, lower.WeeksOverHours);
        Assert.Equal(1.5, lower.HoursOver, 6);
    }
}
