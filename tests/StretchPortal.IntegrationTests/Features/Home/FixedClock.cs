namespace StretchPortal.IntegrationTests.Features.Home;

/// <summary>A clock stopped at one moment, so that "today", "this week" and "this PDR year" are known.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
