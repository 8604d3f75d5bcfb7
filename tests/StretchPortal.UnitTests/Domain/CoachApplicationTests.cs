using StretchPortal.Web.Domain;

namespace StretchPortal.UnitTests.Domain;

public sealed class CoachApplicationTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    private static CoachApplication Application(int level = 5, bool confirmed = true)
    {
        var application = new CoachApplication { QualificationLevel = level, ApplicantId = "applicant" };
        application.IssueLineManagerLink("hash", Now);
        if (confirmed)
        {
            Assert.True(application.ConfirmLineManager("hash", Now.AddHours(1)).Succeeded);
        }

        return application;
    }

    [Fact]
    public void A_confirmed_level_5_application_is_approved_by_the_lead()
    {
        var application = Application();

        var outcome = application.Approve("lead", Now.AddDays(1));

        Assert.True(outcome.Succeeded);
        Assert.Equal(CoachApplicationStatus.Approved, application.Status);
        Assert.Equal(("lead", Now.AddDays(1)), (application.DecidedById, application.DecidedAtUtc!.Value));
    }

    [Fact]
    public void A_level_4_application_cannot_be_approved()
    {
        var application = Application(level: 4);

        var outcome = application.Approve("lead", Now);

        Assert.False(outcome.Succeeded);
        Assert.Contains("level 5", outcome.Refusal, StringComparison.Ordinal);
        Assert.Equal(CoachApplicationStatus.Submitted, application.Status);
        Assert.False(application.Criteria().Single(c => c.Name.Contains("level 5", StringComparison.Ordinal)).Met);
    }

    [Fact]
    public void An_application_without_the_line_managers_confirmation_cannot_be_approved()
    {
        var application = Application(confirmed: false);

        var outcome = application.Approve("lead", Now);

        Assert.False(outcome.Succeeded);
        Assert.Equal(CoachApplicationStatus.Submitted, application.Status);
    }

    [Fact]
    public void The_line_manager_link_works_once()
    {
        var application = Application(confirmed: false);
        Assert.True(application.ConfirmLineManager("hash", Now.AddDays(1)).Succeeded);

        var again = application.ConfirmLineManager("hash", Now.AddDays(2));

        Assert.False(again.Succeeded);
        Assert.Equal("This link has already been used.", again.Refusal);
        Assert.Equal(Now.AddDays(1), application.LineManagerConfirmedAtUtc);
    }

    [Fact]
    public void The_line_manager_link_expires_after_seven_days()
    {
        var application = Application(confirmed: false);

        var outcome = application.ConfirmLineManager("hash", Now.AddDays(7));

        Assert.False(outcome.Succeeded);
        Assert.Equal("This link has expired.", outcome.Refusal);
        Assert.Null(application.LineManagerConfirmedAtUtc);
    }

    [Fact]
    public void A_link_with_another_token_is_refused()
    {
        var application = Application(confirmed: false);

        Assert.False(application.ConfirmLineManager("another", Now).Succeeded);
        Assert.Null(application.LineManagerConfirmedAtUtc);
    }

    [Fact]
    public void A_decline_needs_a_reason_and_a_decided_application_cannot_be_decided_again()
    {
        var application = Application();
        Assert.False(application.Decline("lead", "  ", Now).Succeeded);

        Assert.True(application.Decline("lead", " Not enough senior experience ", Now).Succeeded);

        Assert.Equal("Not enough senior experience", application.DecisionReason);
        Assert.False(application.Approve("lead", Now).Succeeded);
    }

    [Fact]
    public void A_coach_is_trained_once_both_workshops_are_attended_and_the_recorded_session_is_confirmed()
    {
        var coach = Application();
        coach.Approve("lead", Now);
        var first = new CoachingWorkshop { Part = 1, StartsAtUtc = Now.AddDays(10), Capacity = 5, Place = "Teams" };
        var second = new CoachingWorkshop { Part = 2, StartsAtUtc = Now.AddDays(17), Capacity = 5, Place = "Teams" };
        Assert.True(first.Book(coach, Now).Succeeded);
        Assert.True(second.Book(coach, Now).Succeeded);
        Assert.False(new CoachingWorkshop { Part = 1, StartsAtUtc = Now.AddDays(30), Capacity = 5 }.Book(coach, Now).Succeeded);

        coach.Bookings[0].RecordAttendance(true, Now.AddDays(10));
        coach.UpdateTraining(Now.AddDays(10));
        Assert.True(coach.ConfirmRecordedSession(Now.AddDays(11)).Succeeded);
        Assert.False(coach.IsTrained);

        coach.Bookings[1].RecordAttendance(true, Now.AddDays(17));
        coach.UpdateTraining(Now.AddDays(17));

        Assert.True(coach.IsTrained);
        Assert.Equal(Now.AddDays(17), coach.TrainedAtUtc);
    }

    [Fact]
    public void A_coach_supports_at_least_one_coachee()
    {
        var coach = Application();

        Assert.False(coach.SetCapacity(0).Succeeded);
        Assert.True(coach.SetCapacity(3).Succeeded);
        Assert.Equal(3, coach.Capacity);
    }

    [Fact]
    public void A_coach_offering_any_region_covers_every_region_and_others_only_theirs()
    {
        Assert.True(CoachingRegions.Any.Covers(NhsRegion.SouthWest));
        Assert.True((CoachingRegions.London | CoachingRegions.Midlands).Covers(NhsRegion.Midlands));
        Assert.False(CoachingRegions.London.Covers(NhsRegion.NorthEastAndYorkshire));
        Assert.False(CoachingRegions.London.Covers(null));
        Assert.Equal(CoachingRegions.NorthEastAndYorkshire, NhsRegion.NorthEastAndYorkshire.ToCoachingRegion());
    }
}
