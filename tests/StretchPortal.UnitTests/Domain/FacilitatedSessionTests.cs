using StretchPortal.Web.Domain;

namespace StretchPortal.UnitTests.Domain;

public sealed class FacilitatedSessionTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Attendance_is_recorded_once_the_session_has_started_and_replaces_what_was_recorded()
    {
        var session = FacilitatedSession.Schedule(Guid.CreateVersion7(), " Check-in ", Now.AddHours(-1), " Teams ", null);

        Assert.True(session.RecordAttendance(["mentor", "sponsor"], ["mentor", "sponsor", "other"], Now).Succeeded);
        Assert.True(session.RecordAttendance(["sponsor", "other"], ["mentor", "sponsor", "other"], Now.AddMinutes(5)).Succeeded);

        Assert.Equal(["other", "sponsor"], session.Attendance.Select(a => a.PersonId).Order());
        Assert.Equal(Now.AddMinutes(5), session.AttendanceRecordedAt);
        Assert.Equal(("Check-in", "Teams"), (session.Title, session.Location!));
    }

    [Fact]
    public void Attendance_cannot_be_recorded_before_the_session_starts()
    {
        var session = FacilitatedSession.Schedule(Guid.CreateVersion7(), "Check-in", Now.AddDays(1), null, null);

        var outcome = session.RecordAttendance(["mentor"], ["mentor"], Now);

        Assert.Equal("Attendance can be recorded once the session has started.", outcome.Refusal);
        Assert.Empty(session.Attendance);
        Assert.Null(session.AttendanceRecordedAt);
    }

    [Fact]
    public void Only_invited_people_can_be_recorded_as_attending()
    {
        var session = FacilitatedSession.Schedule(Guid.CreateVersion7(), "Check-in", Now.AddHours(-1), null, null);

        var outcome = session.RecordAttendance(["mentor", "stranger"], ["mentor"], Now);

        Assert.Equal("Choose the people who attended from the list.", outcome.Refusal);
        Assert.Empty(session.Attendance);
    }
}
