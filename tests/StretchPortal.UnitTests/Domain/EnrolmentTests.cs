using StretchPortal.Web.Domain;

namespace StretchPortal.UnitTests.Domain;

public sealed class EnrolmentTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void An_active_enrolment_is_withdrawn_with_its_reason_and_date()
    {
        var enrolment = new Enrolment();

        var outcome = enrolment.Withdraw("  Moved to another region  ", Now);

        Assert.True(outcome.Succeeded);
        Assert.Equal(EnrolmentStatus.Withdrawn, enrolment.Status);
        Assert.Equal("Moved to another region", enrolment.WithdrawalReason);
        Assert.Equal(Now, enrolment.EndedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_withdrawal_needs_a_reason(string reason)
    {
        var enrolment = new Enrolment();

        var outcome = enrolment.Withdraw(reason, Now);

        Assert.False(outcome.Succeeded);
        Assert.Equal(EnrolmentStatus.Active, enrolment.Status);
    }

    [Fact]
    public void A_withdrawn_enrolment_cannot_be_withdrawn_or_completed_again()
    {
        var enrolment = new Enrolment();
        enrolment.Withdraw("Left the trust", Now);

        Assert.False(enrolment.Withdraw("Again", Now).Succeeded);
        Assert.False(enrolment.Complete(Now).Succeeded);
        Assert.Equal("Left the trust", enrolment.WithdrawalReason);
    }

    [Fact]
    public void Only_a_completed_enrolment_joins_the_alumni()
    {
        var enrolment = new Enrolment();

        Assert.False(enrolment.JoinAlumni().Succeeded);
        Assert.True(enrolment.Complete(Now).Succeeded);
        Assert.True(enrolment.JoinAlumni().Succeeded);
        Assert.Equal(EnrolmentStatus.Alumni, enrolment.Status);
    }

    [Fact]
    public void The_support_network_is_the_mentor_sponsor_and_coach()
    {
        var enrolment = new Enrolment { MenteeId = "mentee", MentorId = "mentor", SponsorId = "sponsor", CoachId = "coach" };

        Assert.True(enrolment.IsSupportedBy("mentor"));
        Assert.True(enrolment.IsSupportedBy("sponsor"));
        Assert.True(enrolment.IsSupportedBy("coach"));
        Assert.False(enrolment.IsSupportedBy("mentee"));
        Assert.False(enrolment.IsSupportedBy("someone else"));
    }

    [Fact]
    public void New_records_get_distinct_time_ordered_ids()
    {
        var first = new Organisation();
        var second = new Organisation();

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(7, first.Id.Version);
        Assert.Equal(7, second.Id.Version);
    }
}
