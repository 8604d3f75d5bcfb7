using System.Text.Json;
using StretchPortal.Web.Domain;

namespace StretchPortal.UnitTests.Domain;

public sealed class StretchAssignmentTests
{
    private const string Mentee = "mentee";
    private const string Mentor = "mentor";
    private static readonly DateTime Now = new(2026, 10, 5, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Population = Guid.NewGuid();
    private static readonly Guid Inequalities = Guid.NewGuid();

    private static AssignmentDetails Details(string aim = "Cut outpatient waiting times", Guid[]? priorities = null, string title = "Outpatient redesign") => new(
        title,
        AssignmentType.ServiceRedesign,
        null,
        aim,
        "Redesign the referral pathway",
        "Project lead",
        "Waiting times down 10%",
        new DateOnly(2026, 9, 7),
        new DateOnly(2026, 11, 27),
        7.5,
        "Outpatients, UHL",
        priorities ?? [Population],
        []);

    private static StretchAssignment Submitted()
    {
        var assignment = StretchAssignment.Draft(Guid.NewGuid(), Details(), Mentee, Now);
        Assert.True(assignment.Submit(Mentee, Now).Succeeded);
        return assignment;
    }

    private static StretchAssignment Agreed()
    {
        var assignment = Submitted();
        Assert.True(assignment.Agree(Mentor, "Good plan", Now).Succeeded);
        return assignment;
    }

    [Fact]
    public void A_new_assignment_is_a_draft_on_its_timeline()
    {
        var assignment = StretchAssignment.Draft(Guid.NewGuid(), Details(), Mentee, Now);

        Assert.Equal(AssignmentStatus.Draft, assignment.Status);
        var drafted = Assert.Single(assignment.Timeline);
        Assert.Equal(AssignmentEventKind.Drafted, drafted.Kind);
        Assert.Equal(Mentee, drafted.ActorId);
        Assert.Equal([Population], assignment.Priorities.Select(p => p.IcsPriorityId));
    }

    [Fact]
    public void Submitting_needs_an_ICS_priority()
    {
        var assignment = StretchAssignment.Draft(Guid.NewGuid(), Details(priorities: []), Mentee, Now);

        var outcome = assignment.Submit(Mentee, Now);

        Assert.False(outcome.Succeeded);
        Assert.Contains("ICS priority", outcome.Refusal, StringComparison.Ordinal);
        Assert.Equal(AssignmentStatus.Draft, assignment.Status);
    }

    [Fact]
    public void Requesting_changes_needs_a_comment_and_keeps_it_on_the_timeline()
    {
        var assignment = Submitted();

        Assert.False(assignment.RequestChanges(Mentor, "  ", Now).Succeeded);
        Assert.True(assignment.RequestChanges(Mentor, "Narrow the scope", Now).Succeeded);

        Assert.Equal(AssignmentStatus.ChangesRequested, assignment.Status);
        var last = assignment.Timeline[^1];
        Assert.Equal(AssignmentEventKind.ChangesRequested, last.Kind);
        Assert.Equal("Narrow the scope", last.Comment);
        Assert.Equal(Mentor, last.ActorId);
    }

    [Fact]
    public void The_full_life_runs_from_draft_to_presented()
    {
        var assignment = Submitted();
        Assert.True(assignment.RequestChanges(Mentor, "Add outcomes", Now).Succeeded);
        Assert.True(assignment.Revise(Details(aim: "Cut waits and DNAs"), Mentee, Now).Succeeded);
        Assert.True(assignment.Submit(Mentee, Now).Succeeded);
        Assert.True(assignment.Agree(Mentor, null, Now).Succeeded);
        Assert.True(assignment.Start(Mentee, Now).Succeeded);
        Assert.True(assignment.Complete(Mentee, "Waits down 12%", "Engage clinicians early", "New triage rota", Now).Succeeded);
        Assert.True(assignment.MarkPresented("lead", Now).Succeeded);

        Assert.Equal(AssignmentStatus.Presented, assignment.Status);
        Assert.Equal(
            [AssignmentEventKind.Drafted, AssignmentEventKind.Submitted, AssignmentEventKind.ChangesRequested, AssignmentEventKind.Revised,
             AssignmentEventKind.Submitted, AssignmentEventKind.Agreed, AssignmentEventKind.Started, AssignmentEventKind.Completed,
             AssignmentEventKind.Presented],
            assignment.Timeline.Select(e => e.Kind));
        Assert.Equal("New triage rota", assignment.PracticeImprovements);
    }

    [Theory]
    [InlineData("agree-draft")]
    [InlineData("start-submitted")]
    [InlineData("complete-agreed")]
    [InlineData("present-in-progress")]
    [InlineData("submit-agreed")]
    public void Transitions_out_of_order_are_refused_and_change_nothing(string attempt)
    {
        var assignment = attempt switch
        {
            "agree-draft" => StretchAssignment.Draft(Guid.NewGuid(), Details(), Mentee, Now),
            "start-submitted" => Submitted(),
            "complete-agreed" or "submit-agreed" => Agreed(),
            _ => StartedAssignment(),
        };
        var before = assignment.Status;
        var events = assignment.Timeline.Count;

        var outcome = attempt switch
        {
            "agree-draft" => assignment.Agree(Mentor, null, Now),
            "start-submitted" => assignment.Start(Mentee, Now),
            "complete-agreed" => assignment.Complete(Mentee, "a", "b", "c", Now),
            "submit-agreed" => assignment.Submit(Mentee, Now),
            _ => assignment.MarkPresented("lead", Now),
        };

        Assert.False(outcome.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Refusal));
        Assert.Equal(before, assignment.Status);
        Assert.Equal(events, assignment.Timeline.Count);
    }

    [Fact]
    public void Changing_the_scope_of_an_agreed_assignment_asks_for_agreement_again_and_keeps_the_agreed_scope()
    {
        var assignment = Agreed();

        var outcome = assignment.Revise(Details(aim: "A much bigger aim", priorities: [Population, Inequalities]), Mentee, Now);

        Assert.True(outcome.Succeeded);
        Assert.Equal(AssignmentStatus.Submitted, assignment.Status);
        Assert.Equal("Cut outpatient waiting times", assignment.AgreedScope!.Aim);
        Assert.Equal([Population], assignment.AgreedScope.IcsPriorityIds);
        var change = assignment.Timeline[^1];
        Assert.Equal(AssignmentEventKind.ScopeChanged, change.Kind);
        var fields = JsonSerializer.Deserialize<Dictionary<string, string?[]>>(change.ChangedFields!)!;
        Assert.Equal("A much bigger aim", fields["Aim"][1]);
        Assert.True(fields.ContainsKey("ICS priorities"));
    }

    [Fact]
    public void Changing_only_the_title_of_an_agreed_assignment_keeps_it_agreed()
    {
        var assignment = Agreed();

        assignment.Revise(Details(title: "Outpatient pathway redesign"), Mentee, Now);

        Assert.Equal(AssignmentStatus.Agreed, assignment.Status);
        Assert.Equal(AssignmentEventKind.Revised, assignment.Timeline[^1].Kind);
    }

    [Fact]
    public void Re_agreeing_a_started_assignment_puts_it_back_in_progress()
    {
        var assignment = StartedAssignment();
        assignment.Revise(Details(aim: "Changed aim"), Mentee, Now);

        assignment.Agree(Mentor, null, Now);

        Assert.Equal(AssignmentStatus.InProgress, assignment.Status);
        Assert.Equal("Changed aim", assignment.AgreedScope!.Aim);
    }

    [Fact]
    public void An_assignment_waiting_for_agreement_cannot_be_changed()
    {
        var assignment = Submitted();

        var outcome = assignment.Revise(Details(aim: "Sneaky change"), Mentee, Now);

        Assert.False(outcome.Succeeded);
        Assert.Equal("Cut outpatient waiting times", assignment.Aim);
    }

    [Fact]
    public void Withdrawing_needs_a_reason_and_only_works_while_open()
    {
        var assignment = Agreed();

        Assert.False(assignment.Withdraw(Mentee, "", Now).Succeeded);
        Assert.True(assignment.Withdraw(Mentee, "Changed jobs", Now).Succeeded);
        Assert.Equal(AssignmentStatus.Withdrawn, assignment.Status);
        Assert.False(assignment.Withdraw(Mentee, "Again", Now).Succeeded);
        Assert.Equal("Changed jobs", assignment.WithdrawalReason);
    }

    private static StretchAssignment StartedAssignment()
    {
        var assignment = Agreed();
        Assert.True(assignment.Start(Mentee, Now).Succeeded);
        return assignment;
    }
}
