using StretchPortal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.CheckIns;

/// <summary>
/// Check-ins of a mentee with their mentor, sponsor or coach: recorded by any of them (never after the mentee has
/// been withdrawn), with the actions agreed, owned by the mentee or one of their supporters. Private notes are read
/// by their author only (<see cref="CheckIn.NotesVisibleTo"/>): they never leave this service for anyone else.
/// </summary>
public sealed class CheckInsService(StretchPortalDbContext db, TimeProvider clock)
{
    public const string ChangedMeanwhile =
        "Someone else changed this action meanwhile. Check the check-ins below and try again.";

    public const string EnrolmentWithdrawn =
        "The mentee has been withdrawn from the programme, so check-ins can no longer be recorded or changed.";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The enrolment with its people, cohort, programme and the programme's leads; tracked.</summary>
    public Task<Enrolment?> FindEnrolmentAsync(Guid id, CancellationToken cancellationToken) =>
        db.Enrolments
            .Include(e => e.Mentee)
            .Include(e => e.Mentor)
            .Include(e => e.Sponsor)
            .Include(e => e.Coach)
            .Include(e => e.Cohort).ThenInclude(c => c!.Programme).ThenInclude(p => p!.Leads)
            .SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// <summary>An agreed action and the enrolment its check-in belongs to; tracked. Null if either is missing.</summary>
    public async Task<(CheckInAction Action, Enrolment Enrolment)?> FindActionAsync(Guid id, CancellationToken cancellationToken)
    {
        var action = await db.CheckInActions.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (action is null)
        {
            return null;
        }

        var enrolmentId = await db.CheckIns.Where(c => c.Id == action.CheckInId).Select(c => c.EnrolmentId).SingleAsync(cancellationToken);
        var enrolment = await FindEnrolmentAsync(enrolmentId, cancellationToken);
        return enrolment is null ? null : (action, enrolment);
    }

    /// <summary>A check-in and the enrolment it belongs to (as <see cref="FindEnrolmentAsync"/> loads it); null if either is missing.</summary>
    public async Task<(CheckIn CheckIn, Enrolment Enrolment)?> FindCheckInAsync(Guid id, CancellationToken cancellationToken)
    {
        var checkIn = await db.CheckIns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        var enrolment = checkIn is null ? null : await FindEnrolmentAsync(checkIn.EnrolmentId, cancellationToken);
        return enrolment is null ? null : (checkIn!, enrolment);
    }

    public static bool TakesCheckIns(Enrolment enrolment) => enrolment.Status != EnrolmentStatus.Withdrawn;

    public async Task<CheckInListViewModel> ListAsync(Enrolment enrolment, string viewerId, bool mayRecord, CancellationToken cancellationToken)
    {
        var checkIns = await db.CheckIns.AsNoTracking()
            .Include(c => c.Actions)
            .Where(c => c.EnrolmentId == enrolment.Id)
            .OrderByDescending(c => c.HeldOn).ThenByDescending(c => c.RecordedAt)
            .ToListAsync(cancellationToken);
        var peopleIds = checkIns.Select(c => c.AuthorId)
            .Concat(checkIns.SelectMany(c => c.Actions).Select(a => a.OwnerId).OfType<string>())
            .Distinct()
            .ToList();
        var names = await db.Users.AsNoTracking()
            .Where(p => peopleIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken);
        var today = DateOnly.FromDateTime(Now);

        return new CheckInListViewModel
        {
            Enrolment = Header(enrolment),
            MayRecord = mayRecord && TakesCheckIns(enrolment),
            CheckIns = checkIns.Select(c =>
                {
                    var visible = c.NotesVisibleTo(viewerId);
                    return new CheckInRowViewModel(
                        c.Id,
                        c.HeldOn,
                        c.HeldOn > today,
                        WhoWasThere(c),
                        names.GetValueOrDefault(c.AuthorId) ?? "Someone no longer on the portal",
                        visible ? c.Notes : null,
                        c.NotesArePrivate,
                        !visible && c.Notes is not null,
                        c.Actions.OrderBy(a => a.Id).Select(a => new CheckInActionRowViewModel(
                                a.Id,
                                a.Description,
                                a.OwnerId is null ? null : names.GetValueOrDefault(a.OwnerId),
                                a.DueOn,
                                !a.IsOpen,
                                a.CompletedAt is { } at ? DateOnly.FromDateTime(at) : null,
                                a.Version))
                            .ToList());
                })
                .ToList(),
        };
    }

    /// <summary>A new check-in held today, with the viewer ticked as being there if they are one of the supporters.</summary>
    public RecordCheckInForm NewForm(Enrolment enrolment, string viewerId)
    {
        var form = new RecordCheckInForm { HeldOn = DateOnly.FromDateTime(Now) };
        if (enrolment.MentorId == viewerId)
        {
            form.Attendees.Add(nameof(Attendee.Mentor));
        }

        if (enrolment.SponsorId == viewerId)
        {
            form.Attendees.Add(nameof(Attendee.Sponsor));
        }

        if (enrolment.CoachId == viewerId)
        {
            form.Attendees.Add(nameof(Attendee.Coach));
        }

        return Placed(form, enrolment);
    }

    /// <summary>Fills in the enrolment, the choices of supporters and owners, and empty action rows up to three.</summary>
    public static RecordCheckInForm Placed(RecordCheckInForm form, Enrolment enrolment)
    {
        form.Enrolment = Header(enrolment);
        form.AttendeeChoices = Supporters(enrolment).Select(s => new SelectListItem($"{s.Role} ({s.Person.FullName})", s.Role.ToString())).ToList();
        form.OwnerChoices = Owners(enrolment).Select(o => new SelectListItem($"{o.Person.FullName} ({o.Role})", o.Person.Id)).ToList();
        while (form.Actions.Count < RecordCheckInForm.MaxActions)
        {
            form.Actions.Add(new AgreedActionForm());
        }

        return form;
    }

    /// <summary>Records the check-in by its author, with the actions of the rows filled in.</summary>
    public async Task<FormResult> RecordAsync(Enrolment enrolment, RecordCheckInForm form, string authorId, CancellationToken cancellationToken)
    {
        if (!TakesCheckIns(enrolment))
        {
            return FormResult.Refused("", EnrolmentWithdrawn);
        }

        var attendees = form.Attendees.Select(Enum.Parse<Attendee>).ToHashSet();
        var errors = attendees.Except(Supporters(enrolment).Select(s => s.Role))
            .Select(missing => new FormError(nameof(form.Attendees), $"The mentee has no {missing.ToString().ToLowerInvariant()}"))
            .ToList();
        var owners = Owners(enrolment).Select(o => o.Person.Id).ToHashSet();
        for (var i = 0; i < form.Actions.Count; i++)
        {
            if (!form.Actions[i].IsEmpty && !owners.Contains(form.Actions[i].OwnerId!))
            {
                errors.Add(new FormError($"Actions[{i}].OwnerId", $"Choose who owns action {i + 1} from the list"));
            }
        }

        if (errors.Count > 0)
        {
            return new FormResult(errors);
        }

        var notes = string.IsNullOrWhiteSpace(form.Notes) ? null : form.Notes.Trim();
        var checkIn = new CheckIn
        {
            EnrolmentId = enrolment.Id,
            HeldOn = form.HeldOn!.Value,
            AuthorId = authorId,
            WithMentor = attendees.Contains(Attendee.Mentor),
            WithSponsor = attendees.Contains(Attendee.Sponsor),
            WithCoach = attendees.Contains(Attendee.Coach),
            Notes = notes,
            NotesArePrivate = notes is not null && form.NotesArePrivate,
            RecordedAt = Now,
        };
        foreach (var action in form.Actions.Where(a => !a.IsEmpty))
        {
            checkIn.Actions.Add(new CheckInAction { Description = action.Description!.Trim(), OwnerId = action.OwnerId, DueOn = action.DueOn });
        }

        db.CheckIns.Add(checkIn);
        await db.SaveChangesAsync(cancellationToken);
        return FormResult.Done(checkIn.Id);
    }

    /// <summary>Ticks the action off, unless someone changed it since the page was opened.</summary>
    public Task<FormResult> CompleteActionAsync(Enrolment enrolment, CheckInAction action, TickActionForm form, CancellationToken cancellationToken) =>
        TickAsync(enrolment, action, form, () => action.Complete(Now), cancellationToken);

    /// <summary>Opens a ticked-off action again, unless someone changed it since the page was opened.</summary>
    public Task<FormResult> ReopenActionAsync(Enrolment enrolment, CheckInAction action, TickActionForm form, CancellationToken cancellationToken) =>
        TickAsync(enrolment, action, form, action.Reopen, cancellationToken);

    private async Task<FormResult> TickAsync(
        Enrolment enrolment, CheckInAction action, TickActionForm form, Func<Outcome> change, CancellationToken cancellationToken)
    {
        if (!TakesCheckIns(enrolment))
        {
            return FormResult.Refused("", EnrolmentWithdrawn);
        }

        db.ExpectVersion(action, form.Version);
        var outcome = change();
        if (!outcome.Succeeded)
        {
            return FormResult.Refused("", outcome.Refusal!);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return FormResult.Done(action.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(action).ReloadAsync(cancellationToken);
            return FormResult.Refused("", ChangedMeanwhile);
        }
    }

    private static CheckInEnrolmentViewModel Header(Enrolment enrolment) =>
        new(enrolment.Id, enrolment.Mentee!.FullName, enrolment.Cohort!.Programme!.Name, enrolment.Cohort.Name);

    private static string WhoWasThere(CheckIn checkIn)
    {
        var supporters = new List<string>();
        if (checkIn.WithMentor)
        {
            supporters.Add("mentor");
        }

        if (checkIn.WithSponsor)
        {
            supporters.Add("sponsor");
        }

        if (checkIn.WithCoach)
        {
            supporters.Add("coach");
        }

        return supporters.Count switch
        {
            0 => "Mentee",
            1 => $"Mentee with {supporters[0]}",
            _ => $"Mentee with {string.Join(", ", supporters[..^1])} and {supporters[^1]}",
        };
    }

    private static List<(Attendee Role, Person Person)> Supporters(Enrolment enrolment)
    {
        var supporters = new List<(Attendee, Person)>();
        if (enrolment.Mentor is not null)
        {
            supporters.Add((Attendee.Mentor, enrolment.Mentor));
        }

        if (enrolment.Sponsor is not null)
        {
            supporters.Add((Attendee.Sponsor, enrolment.Sponsor));
        }

        if (enrolment.Coach is not null)
        {
            supporters.Add((Attendee.Coach, enrolment.Coach));
        }

        return supporters;
    }

    private static List<(string Role, Person Person)> Owners(Enrolment enrolment) =>
        [("mentee", enrolment.Mentee!), .. Supporters(enrolment).Select(s => (s.Role.ToString().ToLowerInvariant(), s.Person))];
}
