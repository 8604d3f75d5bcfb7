namespace StretchPortal.Web.Features.Reminders;

/// <summary>The "Reminders" settings: whether reminders run on their own, and how often.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    public bool Enabled { get; set; } = true;

    public int IntervalMinutes { get; set; } = 15;

    public TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, IntervalMinutes));

    /// <summary>
    /// How long a run's lease lasts: two intervals, so the holder renews it at every run and, if it stops, another
    /// instance takes over within two intervals.
    /// </summary>
    public TimeSpan LeaseDuration => Interval * 2;
}
