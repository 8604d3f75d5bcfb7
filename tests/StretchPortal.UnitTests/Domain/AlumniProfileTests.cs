using StretchPortal.Web.Domain;

namespace StretchPortal.UnitTests.Domain;

public sealed class AlumniProfileTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void An_alum_opts_in_with_their_details_and_opts_out_again()
    {
        var profile = AlumniProfile.For(new Enrolment { MenteeId = "alum" });
        var assignment = Guid.CreateVersion7();

        Assert.True(profile.OptIn(EnrolmentStatus.Alumni, " Director of Nursing ", " UHL ", assignment, Now).Succeeded);
        Assert.Equal((true, "Director of Nursing", "UHL", assignment, Now), (profile.IsListed, profile.Role!, profile.Organisation!, profile.AssignmentId!.Value, profile.ListedAt!.Value));
        Assert.True(profile.OptOut().Succeeded);
        Assert.False(profile.IsListed);
        Assert.Equal("You are not listed in the alumni directory.", profile.OptOut().Refusal);
    }

    [Theory]
    [InlineData(EnrolmentStatus.Active)]
    [InlineData(EnrolmentStatus.Completed)]
    [InlineData(EnrolmentStatus.Withdrawn)]
    public void Only_alumni_can_join_the_directory(EnrolmentStatus status)
    {
        var profile = AlumniProfile.For(new Enrolment { MenteeId = "mentee" });

        var outcome = profile.OptIn(status, "Director", "Trust", null, Now);

        Assert.Equal("Only alumni can join the alumni directory.", outcome.Refusal);
        Assert.False(profile.IsListed);
    }

    [Fact]
    public void Updating_a_listed_entry_keeps_when_it_was_first_listed()
    {
        var profile = AlumniProfile.For(new Enrolment { MenteeId = "alum" });
        profile.OptIn(EnrolmentStatus.Alumni, "Director", "Trust", null, Now);

        profile.OptIn(EnrolmentStatus.Alumni, "Chief Nurse", "Trust", null, Now.AddDays(10));

        Assert.Equal(("Chief Nurse", Now), (profile.Role!, profile.ListedAt!.Value));
    }
}
