using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Coaching;

/// <summary>
/// Training before coaching (seed 003): the lead manages the dates of the two live workshops and records attendance;
/// an approved coach books one date of each and confirms the recorded session, and is then trained. Also each
/// coach's capacity and the lead's record of quarterly supervision.
/// </summary>
public sealed class CoachTrainingService(StretchPortalDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The person's approved application with its bookings and their workshops; tracked.</summary>
    public Task<CoachApplication?> FindApprovedAsync(string personId, CancellationToken cancellationToken) =>
        db.CoachApplications
            .Include(a => a.Bookings).ThenInclude(b => b.Workshop)
            .SingleOrDefaultAsync(a => a.ApplicantId == personId && a.Status == CoachApplicationStatus.Approved, cancellationToken);

    /// <summary>The workshop date; null if there is none.</summary>
    public Task<CoachingWorkshop?> FindWorkshopAsync(Guid id, CancellationToken cancellationToken) =>
        db.CoachingWorkshops.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, cancellationToken);

    /// <summary>Whether the person has a place booked at the workshop.</summary>
    public Task<bool> HasBookedAsync(Guid workshopId, string personId, CancellationToken cancellationToken) =>
        db.CoachingWorkshopBookings.AnyAsync(b => b.CoachingWorkshopId == workshopId && b.CoachApplication!.ApplicantId == personId, cancellationToken);

    public async Task<IReadOnlyList<WorkshopWithBookingsViewModel>> WorkshopsAsync(CancellationToken cancellationToken)
    {
        var workshops = await db.CoachingWorkshops.AsNoTracking()
            .OrderBy(w => w.StartsAtUtc)
            .Select(w => new
            {
                w.Id, w.Part, w.StartsAtUtc, w.Place, w.Capacity,
                Bookings = w.Bookings.Select(b => new { b.Id, b.Version, Name = b.CoachApplication!.Applicant!.FullName, b.Attended, b.AttendanceRecordedAtUtc }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return workshops.Select(w => new WorkshopWithBookingsViewModel(
                new WorkshopViewModel(w.Id, w.Part, w.StartsAtUtc, w.Place, w.Capacity, w.Bookings.Count),
                w.Bookings.OrderBy(b => b.Name, StringComparer.CurrentCulture)
                    .Select(b => new WorkshopBookingViewModel(b.Id, b.Version, w.Id, w.Part, w.StartsAtUtc, w.Place, b.Name, b.Attended, b.AttendanceRecordedAtUtc is not null))
                    .ToList()))
            .ToList();
    }

    public async Task<FormResult> AddWorkshopAsync(AddWorkshopForm form, CancellationToken cancellationToken)
    {
        var time = TimeOnly.Parse(form.StartTime!, System.Globalization.CultureInfo.InvariantCulture);
        var workshop = new CoachingWorkshop
        {
            Part = form.Part!.Value,
            StartsAtUtc = CoachingTimes.ToUtc(form.Date!.Value, time),
            Place = form.Place!.Trim(),
            Capacity = form.Capacity!.Value,
        };
        db.CoachingWorkshops.Add(workshop);
        await db.SaveChangesAsync(cancellationToken);
        return FormResult.Done(workshop.Id);
    }

    /// <summary>Records whether the coach attended; the coach is trained once everything is done.</summary>
    public async Task<FormResult> RecordAttendanceAsync(Guid bookingId, RecordAttendanceForm form, CancellationToken cancellationToken)
    {
        var booking = await db.CoachingWorkshopBookings.SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking is null)
        {
            return FormResult.Refused("", "The booking no longer exists.");
        }

        var application = await db.CoachApplications.Include(a => a.Bookings).ThenInclude(b => b.Workshop)
            .SingleAsync(a => a.Id == booking.CoachApplicationId, cancellationToken);
        db.ExpectVersion(booking, form.Version);
        booking.RecordAttendance(form.Attended, Now);
        application.UpdateTraining(Now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return FormResult.Done(booking.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FormResult.Refused("", "Someone else recorded this attendance meanwhile. Check the list and try again.");
        }
    }

    public async Task<FormResult> BookAsync(string personId, Guid workshopId, CancellationToken cancellationToken)
    {
        var coach = await FindApprovedAsync(personId, cancellationToken);
        if (coach is null)
        {
            return FormResult.Refused("", "Only an approved coach can book a workshop.");
        }

        var workshop = await db.CoachingWorkshops.Include(w => w.Bookings).SingleOrDefaultAsync(w => w.Id == workshopId, cancellationToken);
        if (workshop is null)
        {
            return FormResult.Refused("", "That workshop date no longer exists.");
        }

        var outcome = workshop.Book(coach, Now);
        if (!outcome.Succeeded)
        {
            return FormResult.Refused("", outcome.Refusal!);
        }

        await db.SaveChangesAsync(cancellationToken);
        return FormResult.Done(workshop.Id);
    }

    public async Task<FormResult> ConfirmRecordedSessionAsync(string personId, CancellationToken cancellationToken)
    {
        var coach = await FindApprovedAsync(personId, cancellationToken);
        if (coach is null)
        {
            return FormResult.Refused("", "Training starts once your application is approved.");
        }

        var outcome = coach.ConfirmRecordedSession(Now);
        if (!outcome.Succeeded)
        {
            return FormResult.Refused("", outcome.Refusal!);
        }

        await db.SaveChangesAsync(cancellationToken);
        return FormResult.Done(coach.Id);
    }

    public async Task<FormResult> SetCapacityAsync(string personId, SetCapacityForm form, CancellationToken cancellationToken)
    {
        var coach = await FindApprovedAsync(personId, cancellationToken);
        if (coach is null)
        {
            return FormResult.Refused(nameof(form.Capacity), "Only an approved coach can set how many coachees they support.");
        }

        var outcome = coach.SetCapacity(form.Capacity!.Value);
        if (!outcome.Succeeded)
        {
            return FormResult.Refused(nameof(form.Capacity), outcome.Refusal!);
        }

        await db.SaveChangesAsync(cancellationToken);
        return FormResult.Done(coach.Id);
    }

    /// <summary>The workshops a coach may still book: upcoming, with places, of a part they have not booked.</summary>
    public async Task<IReadOnlyList<WorkshopViewModel>> OpenWorkshopsAsync(IReadOnlyCollection<int> bookedParts, CancellationToken cancellationToken)
    {
        var now = Now;
        return await db.CoachingWorkshops.AsNoTracking()
            .Where(w => w.StartsAtUtc > now && !bookedParts.Contains(w.Part) && w.Bookings.Count < w.Capacity)
            .OrderBy(w => w.Part).ThenBy(w => w.StartsAtUtc)
            .Select(w => new WorkshopViewModel(w.Id, w.Part, w.StartsAtUtc, w.Place, w.Capacity, w.Bookings.Count))
            .ToListAsync(cancellationToken);
    }

    public async Task<SupervisionPageViewModel> SupervisionAsync(CoachingQuarter quarter, RecordSupervisionForm? form, CancellationToken cancellationToken)
    {
        var coaches = await db.CoachApplications.AsNoTracking()
            .Where(a => a.Status == CoachApplicationStatus.Approved)
            .OrderBy(a => a.Applicant!.FullName)
            .Select(a => new { a.ApplicantId, a.Applicant!.FullName })
            .ToListAsync(cancellationToken);
        var lastFour = new List<CoachingQuarter> { quarter };
        while (lastFour.Count < 4)
        {
            lastFour.Add(lastFour[^1].Previous());
        }

        var firstYear = lastFour[^1].Year;
        var records = await db.CoachSupervisions.AsNoTracking()
            .Where(s => s.Year >= firstYear && s.Year <= quarter.Year)
            .Select(s => new { s.CoachId, s.Year, s.Quarter, s.Attended, s.AttendedOn })
            .ToListAsync(cancellationToken);
        var rows = coaches.Select(c =>
        {
            var mine = records.Where(r => r.CoachId == c.ApplicantId).ToList();
            var current = mine.SingleOrDefault(r => r.Year == quarter.Year && r.Quarter == quarter.Quarter);
            var attended = mine.Count(r => r.Attended && lastFour.Contains(new CoachingQuarter(r.Year, r.Quarter)));
            return new SupervisionRowViewModel(c.ApplicantId, c.FullName, current?.Attended, current?.AttendedOn, attended);
        }).ToList();

        form ??= new RecordSupervisionForm { Quarter = quarter.Key };
        form.CoachChoices = coaches.Select(c => new SelectListItem(c.FullName, c.ApplicantId)).ToList();
        form.QuarterChoices = lastFour.Select(q => new SelectListItem(q.Display, q.Key)).ToList();
        return new SupervisionPageViewModel { Quarter = quarter, Rows = rows, Form = form };
    }

    public async Task<FormResult> RecordSupervisionAsync(RecordSupervisionForm form, string leadId, CancellationToken cancellationToken)
    {
        var isCoach = await db.CoachApplications.AnyAsync(a => a.ApplicantId == form.CoachId && a.Status == CoachApplicationStatus.Approved, cancellationToken);
        if (!isCoach)
        {
            return FormResult.Refused(nameof(form.CoachId), "Choose an approved coach from the list");
        }

        if (!CoachingQuarter.TryParse(form.Quarter, out var quarter))
        {
            return FormResult.Refused(nameof(form.Quarter), "Choose the quarter from the list");
        }

        var attended = form.Attended == "true";
        var record = await db.CoachSupervisions.SingleOrDefaultAsync(
            s => s.CoachId == form.CoachId && s.Year == quarter.Year && s.Quarter == quarter.Quarter, cancellationToken);
        if (record is null)
        {
            record = new CoachSupervision { CoachId = form.CoachId!, Year = quarter.Year, Quarter = quarter.Quarter };
            db.CoachSupervisions.Add(record);
        }

        record.Attended = attended;
        record.AttendedOn = attended ? form.AttendedOn : null;
        record.RecordedById = leadId;
        record.RecordedAtUtc = Now;
        await db.SaveChangesAsync(cancellationToken);
        return FormResult.Done(record.Id);
    }
}
