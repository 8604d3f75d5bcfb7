using StretchPortal.Web.Domain;

namespace StretchPortal.UnitTests.Domain;

public sealed class CelebrationEventTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid ProgrammeId = Guid.CreateVersion7();

    [Fact]
    public void Completed_assignments_join_the_running_order_in_turn_and_wait_until_the_event()
    {
        var celebration = Upcoming();
        var first = Completed();
        var second = Completed();

        Assert.True(celebration.AddPresentation(first, ProgrammeId, "lead", Now).Succeeded);
        Assert.True(celebration.AddPresentation(second, ProgrammeId, "lead", Now).Succeeded);

        Assert.Equal([(first.Id, 1), (second.Id, 2)], celebration.Presentations.Select(p => (p.AssignmentId, p.Position)));
        Assert.Equal(AssignmentStatus.Completed, first.Status);
        Assert.Equal(Now, celebration.RunningOrderChangedAt);
    }

    [Fact]
    public void An_assignment_added_to_an_event_already_held_is_presented_at_once()
    {
        var celebration = CelebrationEvent.Schedule(ProgrammeId, "Celebration", Now.AddHours(-2), null, null);
        var assignment = Completed();

        Assert.True(celebration.AddPresentation(assignment, ProgrammeId, "lead", Now).Succeeded);

        Assert.Equal(AssignmentStatus.Presented, assignment.Status);
        Assert.Equal(Now, assignment.PresentedAt);
    }

    [Fact]
    public void Only_a_completed_assignment_of_the_programme_and_not_already_in_the_order_can_be_added()
    {
        var celebration = Upcoming();
        var assignment = Completed();
        celebration.AddPresentation(assignment, ProgrammeId, "lead", Now);

        var twice = celebration.AddPresentation(assignment, ProgrammeId, "lead", Now);
        var elsewhere = celebration.AddPresentation(Completed(), Guid.CreateVersion7(), "lead", Now);
        var inProgress = celebration.AddPresentation(InProgress(), ProgrammeId, "lead", Now);

        Assert.Equal("This assignment is already in the running order.", twice.Refusal);
        Assert.Equal("Choose an assignment from this programme.", elsewhere.Refusal);
        Assert.Equal("Only a completed assignment that has not been presented can be added to the running order.", inProgress.Refusal);
        Assert.Single(celebration.Presentations);
    }

    [Fact]
    public void Presentations_move_up_and_down_but_not_past_either_end()
    {
        var celebration = Upcoming();
        var (a, b, c) = (Completed(), Completed(), Completed());
        foreach (var assignment in new[] { a, b, c })
        {
            celebration.AddPresentation(assignment, ProgrammeId, "lead", Now);
        }

        Assert.True(celebration.Move(c.Id, -1, Now).Succeeded);
        Assert.Equal("This presentation is already first.", celebration.Move(a.Id, -1, Now).Refusal);
        Assert.Equal("This presentation is already last.", celebration.Move(b.Id, 1, Now).Refusal);
        Assert.False(celebration.Move(Guid.CreateVersion7(), 1, Now).Succeeded);

        Assert.Equal([a.Id, c.Id, b.Id], celebration.Presentations.OrderBy(p => p.Position).Select(p => p.AssignmentId));
    }

    [Fact]
    public void Removing_a_presentation_closes_the_gap_and_is_refused_once_the_event_has_taken_place()
    {
        var celebration = Upcoming();
        var (a, b, c) = (Completed(), Completed(), Completed());
        foreach (var assignment in new[] { a, b, c })
        {
            celebration.AddPresentation(assignment, ProgrammeId, "lead", Now);
        }

        Assert.True(celebration.Remove(a.Id, Now).Succeeded);
        Assert.Equal([(b.Id, 1), (c.Id, 2)], celebration.Presentations.OrderBy(p => p.Position).Select(p => (p.AssignmentId, p.Position)));
        var afterwards = celebration.Remove(b.Id, Now.AddDays(30));
        Assert.Equal("The event has taken place: its running order can no longer change.", afterwards.Refusal);
        Assert.Equal(2, celebration.Presentations.Count);
    }

    [Fact]
    public void Recording_the_event_presents_the_completed_assignments_in_its_running_order_once_it_has_taken_place()
    {
        var celebration = Upcoming();
        var inOrder = Completed();
        var notInOrder = Completed();
        celebration.AddPresentation(inOrder, ProgrammeId, "lead", Now);

        var tooSoon = celebration.RecordPresented([inOrder, notInOrder], "lead", Now);
        Assert.Equal("The presentations can be recorded once the event has taken place.", tooSoon.Refusal);
        Assert.Equal(AssignmentStatus.Completed, inOrder.Status);

        var held = celebration.RecordPresented([inOrder, notInOrder], "lead", Now.AddDays(8));
        Assert.True(held.Succeeded);
        Assert.Equal(AssignmentStatus.Presented, inOrder.Status);
        Assert.Equal(AssignmentStatus.Completed, notInOrder.Status);
    }

    [Fact]
    public void An_event_with_an_empty_running_order_cannot_be_recorded()
    {
        var celebration = CelebrationEvent.Schedule(ProgrammeId, "Celebration", Now.AddDays(-1), null, null);

        Assert.Equal("Add a presentation to the running order first.", celebration.RecordPresented([], "lead", Now).Refusal);
    }

    private static CelebrationEvent Upcoming() =>
        CelebrationEvent.Schedule(ProgrammeId, "  Celebration  ", Now.AddDays(7), " Town hall ", "  ");

    private static StretchAssignment InProgress()
    {
        var assignment = StretchAssignment.Draft(Guid.CreateVersion7(), new AssignmentDetails(
            "Pathway redesign", AssignmentType.ServiceRedesign, null, "Shorter waits", null, "Lead", "A new pathway",
            new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 30), 7.5, null, [Guid.CreateVersion7()], []), "mentee", Now.AddDays(-90));
        Assert.True(assignment.Submit("mentee", Now.AddDays(-89)).Succeeded);
        Assert.True(assignment.Agree("mentor", null, Now.AddDays(-88)).Succeeded);
        Assert.True(assignment.Start("mentee", Now.AddDays(-87)).Succeeded);
        return assignment;
    }

    private static StretchAssignment Completed()
    {
        var assignment = InProgress();
        Assert.True(assignment.Complete("mentee", "Waits fell", "Start early", "Triage", Now.AddDays(-1)).Succeeded);
        return assignment;
    }
}
