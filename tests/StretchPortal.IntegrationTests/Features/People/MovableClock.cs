namespace StretchPortal.IntegrationTests.Features.People;

/// <summary>The real clock, moved forward on demand: lets a test see what happens a minute later without waiting.</summary>
internal sealed class MovableClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
