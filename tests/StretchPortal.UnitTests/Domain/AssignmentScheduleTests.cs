using StretchPortal.Web.Domain;

namespace StretchPortal.UnitTests.Domain;

public sealed class AssignmentScheduleTests
{
    [Fact]
    public void Weeks_start_on_the_Monday_of_the_start_date_and_run_to_the_end_date()
    {
        var weeks = AssignmentSchedule.Weeks(new DateOnly(2026, 9, 9), new DateOnly(2026, 9, 28));

        Assert.Equal([new DateOnly(2026, 9, 7), new DateOnly(2026, 9, 14), new DateOnly(2026, 9, 21), new DateOnly(2026, 9, 28)], weeks);
    }

    [Fact]
    public void Dates_inside_a_three_month_practical_element_give_no_warning()
    {
        var warnings = AssignmentSchedule.Warnings(new DateOnly(2026, 9, 7), new DateOnly(2026, 11, 27), new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 30));

        Assert.Empty(warnings);
    }

    [Fact]
    public void Dates_outside_the_practical_element_or_longer_than_three_months_warn()
    {
        var warnings = AssignmentSchedule.Warnings(new DateOnly(2026, 8, 1), new DateOnly(2026, 12, 31), new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 30));

        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("practical element (1 September 2026 to 30 November 2026)", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("more than 3 months", StringComparison.Ordinal));
    }

    [Fact]
    public void A_week_is_overdue_after_it_ends_without_an_update_and_flags_hours_over_agreement()
    {
        var week = WeeklyDeliverable.Planned(Guid.NewGuid(), new DateOnly(2026, 9, 7), "Map the pathway", "First step of the redesign", DateTime.UtcNow);

        Assert.False(week.IsOverdue(new DateOnly(2026, 9, 13)));
        Assert.True(week.IsOverdue(new DateOnly(2026, 9, 14)));

        week.RecordProgress(DeliverableStatus.Done, "Mapped", 9, DateTime.UtcNow);
        Assert.False(week.IsOverdue(new DateOnly(2026, 9, 14)));
        Assert.True(week.IsOverHours(7.5));
        Assert.False(week.IsOverHours(9));
    }

    [Fact]
    public void A_week_is_signed_off_only_after_its_update_and_is_then_locked()
    {
        var week = WeeklyDeliverable.Planned(Guid.NewGuid(), new DateOnly(2026, 9, 7), "Plan", "Link", DateTime.UtcNow);

        Assert.False(week.SignOff("mentor", null, DateTime.UtcNow).Succeeded);
        week.RecordProgress(DeliverableStatus.PartlyDone, null, 6, DateTime.UtcNow);
        Assert.True(week.SignOff("mentor", "Well done", DateTime.UtcNow).Succeeded);

        Assert.False(week.RecordProgress(DeliverableStatus.Done, null, 7, DateTime.UtcNow).Succeeded);
        Assert.Equal(DeliverableStatus.PartlyDone, week.Status);
        Assert.Equal("Well done", week.MentorComment);
    }
}
