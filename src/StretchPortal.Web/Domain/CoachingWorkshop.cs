namespace StretchPortal.Web.Domain;

/// <summary>
/// A date for one of the two live training workshops a coach attends before coaching (seed 003: two live online
/// half-day sessions). The programme lead manages the dates; each coach books one of each part.
/// </summary>
public class CoachingWorkshop : Entity
{
    /// <summary>Which workshop: 1 or 2.</summary>
    public int Part { get; set; }

    public DateTime StartsAtUtc { get; set; }

    /// <summary>Where it is held: a room or a meeting link.</summary>
    public string Place { get; set; } = "";

    public int Capacity { get; set; }

    public List<CoachingWorkshopBooking> Bookings { get; } = [];

    public Outcome Book(CoachApplication coach, DateTime now)
    {
        if (!coach.IsApproved)
        {
            return Outcome.Refused("Only an approved coach can book a workshop.");
        }

        if (StartsAtUtc <= now)
        {
            return Outcome.Refused("This workshop has already started.");
        }

        if (Bookings.Count >= Capacity)
        {
            return Outcome.Refused("This workshop is full.");
        }

        if (coach.Bookings.Any(b => b.Workshop?.Part == Part))
        {
            return Outcome.Refused($"You have already booked a date for workshop {Part}.");
        }

        var booking = new CoachingWorkshopBooking { CoachingWorkshopId = Id, Workshop = this, CoachApplicationId = coach.Id, BookedAtUtc = now };
        Bookings.Add(booking);
        coach.Bookings.Add(booking);
        return Outcome.Done;
    }
}

/// <summary>A coach's place at a workshop, and whether they attended.</summary>
public class CoachingWorkshopBooking : Entity
{
    public Guid CoachingWorkshopId { get; set; }

    public CoachingWorkshop? Workshop { get; set; }

    public Guid CoachApplicationId { get; set; }

    public CoachApplication? CoachApplication { get; set; }

    public DateTime BookedAtUtc { get; set; }

    public bool Attended { get; private set; }

    public DateTime? AttendanceRecordedAtUtc { get; private set; }

    public Outcome MarkAttended(DateTime now)
    {
        if (Workshop is not null && Workshop.StartsAtUtc > now)
        {
            return Outcome.Refused("Attendance can be recorded once the workshop has started.");
        }

        Attended = true;
        AttendanceRecordedAtUtc = now;
        return Outcome.Done;
    }

    public void MarkAbsent(DateTime now)
    {
        Attended = false;
        AttendanceRecordedAtUtc = now;
    }
}
