using StretchPortal.Web.Domain;

namespace StretchPortal.UnitTests.Domain;

public sealed class NotificationPreferenceTests
{
    [Theory]
    [InlineData(NotificationKind.AssignmentAgreed)]
    [InlineData(NotificationKind.AssignmentChangesRequested)]
    [InlineData(NotificationKind.InterestOutcome)]
    [InlineData(NotificationKind.CoachApplicationDecision)]
    public void Decisions_about_the_person_are_essential_and_always_emailed(NotificationKind kind)
    {
        Assert.True(kind.IsEssential());
        Assert.True(kind.IsEmailed(Enum.GetValues<NotificationKind>()));
        Assert.Contains(kind, NotificationPreferences.Essential);
        Assert.DoesNotContain(kind, NotificationPreferences.Optional);
    }

    [Fact]
    public void Every_other_kind_is_optional_and_the_two_lists_cover_every_kind()
    {
        Assert.Equal(12, NotificationPreferences.Optional.Count);
        Assert.All(NotificationPreferences.Optional, k => Assert.False(k.IsEssential()));
        Assert.Equal(
            Enum.GetValues<NotificationKind>().Order(),
            NotificationPreferences.Optional.Concat(NotificationPreferences.Essential).Order());
    }

    [Fact]
    public void An_optional_kind_is_emailed_unless_the_person_turned_it_off()
    {
        Assert.True(NotificationKind.AssignmentSubmitted.IsEmailed([]));
        Assert.True(NotificationKind.AssignmentSubmitted.IsEmailed([NotificationKind.WeekOverdue]));
        Assert.False(NotificationKind.AssignmentSubmitted.IsEmailed([NotificationKind.AssignmentSubmitted]));
    }

    [Fact]
    public void Turning_off_an_essential_kind_is_refused()
    {
        var (outcome, preference) = NotificationPreference.EmailOff("person-1", NotificationKind.AssignmentAgreed);

        Assert.False(outcome.Succeeded);
        Assert.Null(preference);
    }

    [Fact]
    public void Turning_off_an_optional_kind_records_the_person_and_kind()
    {
        var (outcome, preference) = NotificationPreference.EmailOff("person-1", NotificationKind.HoursOverAgreement);

        Assert.True(outcome.Succeeded);
        Assert.Equal(("person-1", NotificationKind.HoursOverAgreement), (preference!.PersonId, preference.Kind));
    }
}
