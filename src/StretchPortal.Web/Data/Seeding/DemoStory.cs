using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Data.Seeding;

/// <summary>
/// The demo cohort's stretch assignments, told through the entities' own methods so that every timeline, week and
/// sign-off is real: the demo mentee's assignment under way with every kind of week, the demo mentor's mentees waiting
/// for agreement and for changes, and across the cohort an assignment in each other state. Times are spread over the
/// past weeks relative to the clock and never later than it. Chiamaka Eze has no assignment (a browser test withdraws
/// her) and Imran Ali's enrolment stays withdrawn with none.
/// </summary>
internal sealed class DemoStory(DateTime now, string leadId, IReadOnlyList<Enrolment> enrolments, IReadOnlyList<Guid> priorities)
{
    private readonly DateOnly today = DateOnly.FromDateTime(now);

    public List<PdrObjective> Objectives { get; } = [];

    public List<StretchAssignment> Assignments { get; } = [];

    public List<CheckIn> CheckIns { get; } = [];

    /// <summary>The Monday of this week: the demo's weeks count back from it.</summary>
    private DateOnly Monday => AssignmentSchedule.MondayOf(today);

    private Guid PopulationHealth => priorities[0];

    private Guid Inequalities => priorities[1];

    private Guid Productivity => priorities[2];

    private Guid LegalRequirements => priorities[3];

    private Guid SocialAndEconomic => priorities[4];

    public void Tell()
    {
        DemoMentee(enrolments[0]);
        WaitingForAgreement(enrolments[1]);
        ChangesRequested(enrolments[2]);
        Agreed(enrolments[3]);
        InProgressWithABlockedWeek(enrolments[4]);
        Completed(enrolments[5]);
        Presented(enrolments[6]);
        Withdrawn(enrolments[7]);
        InProgressOnTrack(enrolments[8]);
        InProgressWithAMissingWeek(enrolments[9]);
    }

    /// <summary>Amara Okafor: two PDR objectives, a pathway redesign under way with every kind of week, a draft, and check-ins.</summary>
    private void DemoMentee(Enrolment enrolment)
    {
        var pdrYear = today.Month >= 4 ? today.Year : today.Year - 1;
        var improvement = new PdrObjective
        {
            PersonId = enrolment.MenteeId,
            Year = $"{pdrYear}/{pdrYear + 1}",
            Title = "Lead a service improvement project from scoping to evaluation",
            Description = "Use the trust's quality improvement method to scope, test and evaluate a change to a clinical pathway, reporting to the divisional board.",
        };
        var partners = new PdrObjective
        {
            PersonId = enrolment.MenteeId,
            Year = $"{pdrYear}/{pdrYear + 1}",
            Title = "Build working relationships with system partners across Leicester, Leicestershire and Rutland",
            Description = "Represent the directorate at ICB working groups and build links with primary care and the local authority.",
        };
        Objectives.AddRange([improvement, partners]);

        var start = Monday.AddDays(-35);
        var redesign = Draft(
            enrolment,
            At(Monday.AddDays(-50), 10),
            new AssignmentDetails(
                "Redesigning the community paediatrics outpatient pathway",
                AssignmentType.ServiceRedesign,
                null,
                "Cut the wait for a first community paediatrics appointment from 38 to 18 weeks by triaging referrals against agreed criteria and moving follow-ups that do not need a consultant to nurse-led and virtual clinics.",
                "Community paediatrics has the longest outpatient waits in the trust. Referrals are accepted without triage and most follow-ups are booked with a consultant by default. The redesign is done with the service's clinicians, families and GP colleagues.",
                "Lead the redesign: map the current pathway, build the demand and capacity model, facilitate the clinical design workshops and write the business case for the divisional board.",
                "An agreed referral triage tool in use; a nurse-led follow-up model tested in two clinics; a demand and capacity model the service can keep up to date; a business case presented to the divisional board.",
                start,
                start.AddDays(81),
                7.5,
                "Families, Young People and Children's Services, Leicestershire Partnership NHS Trust",
                [Inequalities, Productivity],
                [improvement.Id]));
        Must(redesign.Submit(enrolment.MenteeId, At(Monday.AddDays(-48), 14)));
        Must(redesign.Agree(Mentor(enrolment), "Agreed. Keep the scope to referral triage and the follow-up model; transition to adult services can be a second phase.", At(Monday.AddDays(-45), 9)));
        Must(redesign.Start(enrolment.MenteeId, At(start, 9)));

        const string LinkToWaits = "Shows where the wait builds up, so that the redesign targets the steps that matter.";
        const string LinkToTriage = "Referral triage is the first of the two changes in the aim.";
        var mapping = Plan(redesign, start, "Map the current referral-to-first-appointment pathway with the booking team and two consultants.", LinkToWaits);
        Must(mapping.RecordProgress(DeliverableStatus.Done, "Pathway mapped. The biggest delay is referrals waiting for a consultant to read them: six weeks on average.", 7, At(start.AddDays(4), 16)));
        Must(mapping.SignOff(Mentor(enrolment), "A good start. Share the map with the service manager before the first workshop.", At(start.AddDays(7), 9)));

        var model = Plan(redesign, start.AddDays(7), "Build the demand and capacity model from the last twelve months of referrals and clinic activity.", LinkToWaits);
        Must(model.RecordProgress(DeliverableStatus.Done, "Model built with the business intelligence team: demand exceeds capacity by 14 appointments a week.", 7.5, At(start.AddDays(11), 15)));
        Must(model.SignOff(Mentor(enrolment), "Clear and well evidenced.", At(start.AddDays(14), 11)));

        var workshop = Plan(redesign, start.AddDays(14), "Run the first clinical design workshop on referral triage criteria.", LinkToTriage);
        Must(workshop.RecordProgress(DeliverableStatus.Slipped, "Workshop postponed: two consultants were covering sickness absence. Rebooked for next week.", 5, At(start.AddDays(18), 17)));
        Must(workshop.CommentAsMentor("Right to rebook rather than go ahead without the consultants. Ask the clinical director to protect their time for the next one.", At(start.AddDays(21), 8)));

        var criteria = Plan(redesign, start.AddDays(21), "Hold the rebooked triage workshop and draft the triage criteria.", LinkToTriage);
        Must(criteria.RecordProgress(DeliverableStatus.Done, "Workshop held with all five consultants and the GP lead; criteria drafted. Preparing the data pack took longer than planned.", 10, At(start.AddDays(28), 8)));

        // Last week was planned but never updated: it is overdue.
        Plan(redesign, start.AddDays(28), "Test the draft triage criteria on last month's referrals with two consultants.", LinkToTriage);
        Plan(redesign, Monday, "Share the triage test results with the service and plan the nurse-led follow-up pilot.", "Begins the second change in the aim: follow-ups that do not need a consultant.");

        Draft(
            enrolment,
            At(today.AddDays(-3), 11),
            new AssignmentDetails(
                "Co-producing easy-read appointment letters with parent carers",
                AssignmentType.NewWayOfWorking,
                null,
                "Make appointment letters for children with a learning disability easy to read, co-produced with parent carers, so that fewer appointments are missed.",
                null,
                "Lead the co-production group and agree the new templates with the digital letters team.",
                "Easy-read letter templates in use in community paediatrics; missed appointments for these children tracked for three months.",
                start.AddDays(84),
                start.AddDays(144),
                3,
                null,
                [Inequalities],
                []));

        var mentorId = Mentor(enrolment);
        var confidence = new CheckIn
        {
            EnrolmentId = enrolment.Id,
            HeldOn = start.AddDays(4),
            AuthorId = mentorId,
            WithMentor = true,
            Notes = "Amara was hesitant to challenge the consultants at the steering group. Suggest she chairs the next workshop; come back to confidence in challenging senior clinicians at our next check-in.",
            NotesArePrivate = true,
            RecordedAt = At(start.AddDays(4), 17),
        };
        var review = new CheckIn
        {
            EnrolmentId = enrolment.Id,
            HeldOn = Monday.AddDays(-10),
            AuthorId = mentorId,
            WithMentor = true,
            Notes = "Reviewed the pathway map and the demand and capacity model. Agreed to focus the first workshop on referral triage, with Amara leading the conversation with the consultants.",
            RecordedAt = At(Monday.AddDays(-10), 17),
        };
        var shareModel = new CheckInAction
        {
            CheckInId = review.Id,
            Description = "Share the demand and capacity model with the service manager before the triage workshop",
            OwnerId = enrolment.MenteeId,
            DueOn = review.HeldOn.AddDays(4),
        };
        Must(shareModel.Complete(At(review.HeldOn.AddDays(3), 12)));
        review.Actions.Add(shareModel);
        review.Actions.Add(new CheckInAction
        {
            CheckInId = review.Id,
            Description = "Book time with the clinical director to protect consultants' time for the redesign workshops",
            OwnerId = enrolment.MenteeId,
            DueOn = review.HeldOn.AddDays(7),
        });
        var coaching = new CheckIn
        {
            EnrolmentId = enrolment.Id,
            HeldOn = Monday.AddDays(9),
            AuthorId = enrolment.CoachId!,
            WithCoach = true,
            RecordedAt = now.AddDays(-1),
        };
        CheckIns.AddRange([confidence, review, coaching]);
    }

    /// <summary>Tariq Hussain: submitted two days ago, waiting for the demo mentor.</summary>
    private void WaitingForAgreement(Enrolment enrolment)
    {
        var start = Monday.AddDays(7);
        var procurement = Draft(
            enrolment,
            At(today.AddDays(-9), 10),
            new AssignmentDetails(
                "Procuring a community diabetes structured education service",
                AssignmentType.ProcurementAndCommissioning,
                null,
                "Procure a structured education service for adults with type 2 diabetes that reaches the communities with the lowest uptake in Leicester city, within the existing budget.",
                null,
                "Lead the procurement under the Provider Selection Regime: engagement with patients and current providers, the service specification, the evaluation panel and the award recommendation.",
                "A service specification co-produced with patient groups; a compliant procurement; a contract award recommendation to the ICB's commissioning committee.",
                start,
                start.AddDays(81),
                7.5,
                "Planned Care Commissioning, Leicester, Leicestershire and Rutland ICB",
                [PopulationHealth, Inequalities],
                []));
        Must(procurement.Submit(enrolment.MenteeId, At(today.AddDays(-2), 15)));
    }

    /// <summary>Mei Lin Chen: the demo mentor asked for a narrower scope.</summary>
    private void ChangesRequested(Enrolment enrolment)
    {
        var start = Monday.AddDays(7);
        var prescribing = Draft(
            enrolment,
            At(today.AddDays(-14), 9),
            new AssignmentDetails(
                "Rolling out electronic prescribing to the renal outpatient clinics",
                AssignmentType.NewWayOfWorking,
                null,
                "Replace paper prescriptions in the renal outpatient clinics with electronic prescribing, to cut transcription errors and the time patients wait for their medicines.",
                null,
                "Lead the pharmacy side of the roll-out: process mapping, training pharmacists and prescribers, and measuring errors before and after.",
                "Electronic prescribing live in all renal outpatient clinics; transcription errors measured before and after; a roll-out guide for other specialties.",
                start,
                start.AddDays(81),
                7.5,
                "Renal Services, University Hospitals of Leicester NHS Trust",
                [Productivity, LegalRequirements],
                []));
        Must(prescribing.Submit(enrolment.MenteeId, At(today.AddDays(-10), 16)));
        Must(prescribing.RequestChanges(
            Mentor(enrolment),
            "The scope is too wide for twelve weeks at seven and a half hours a week. Start with one clinic as a pilot, say how you will measure transcription errors before and after, and agree the training plan with the renal matron.",
            At(today.AddDays(-7), 10)));
    }

    /// <summary>Kwame Asante: agreed, starting next week.</summary>
    private void Agreed(Enrolment enrolment)
    {
        var start = Monday.AddDays(7);
        var discharge = Draft(
            enrolment,
            At(today.AddDays(-20), 13),
            new AssignmentDetails(
                "Improving discharge before midday on the acute medical wards",
                AssignmentType.QualityImprovement,
                null,
                "Increase the share of discharges before midday on three acute medical wards from 12% to 30% using PDSA cycles, so that beds are free for the emergency department earlier in the day.",
                null,
                "Lead the QI project: test a daily board round, run the PDSA cycles with the ward teams and the discharge lounge, and report run charts to the divisional quality board.",
                "Three PDSA cycles completed; run charts of discharges before midday; a criteria-led discharge checklist adopted on the three wards.",
                start,
                start.AddDays(81),
                6,
                "Acute Medicine, University Hospitals of Leicester NHS Trust",
                [Productivity, LegalRequirements],
                []));
        Must(discharge.Submit(enrolment.MenteeId, At(today.AddDays(-16), 11)));
        Must(discharge.Agree(Mentor(enrolment), "Agreed. Bring the ward managers into the first PDSA cycle.", At(today.AddDays(-12), 15)));
    }

    /// <summary>Farah Begum: under way, with a week blocked waiting for a data-sharing agreement.</summary>
    private void InProgressWithABlockedWeek(Enrolment enrolment)
    {
        var start = Monday.AddDays(-21);
        var falls = Draft(
            enrolment,
            At(start.AddDays(-19), 10),
            new AssignmentDetails(
                "Recommissioning the community falls prevention service",
                AssignmentType.RecommissioningOrDecommissioning,
                null,
                "Recommission the strength and balance falls prevention service for older people in Leicester so that it reaches the wards with the highest rates of falls-related hospital admissions.",
                null,
                "Lead the review of the current contract and the recommissioning: activity and outcomes analysis, engagement with service users and providers, and the options paper for the joint commissioning board.",
                "A review of the current service's activity and outcomes; an options paper with a recommendation; a new service specification ready for procurement.",
                start,
                start.AddDays(81),
                7.5,
                "Adult Social Care Commissioning, Leicester City Council",
                [PopulationHealth, SocialAndEconomic],
                []));
        Must(falls.Submit(enrolment.MenteeId, At(start.AddDays(-16), 12)));
        Must(falls.Agree(Mentor(enrolment), null, At(start.AddDays(-12), 9)));
        Must(falls.Start(enrolment.MenteeId, At(start, 9)));

        const string Link = "The review of the current service is the evidence the options paper rests on.";
        var contract = Plan(falls, start, "Review the current contract, service specification and two years of activity reports.", Link);
        Must(contract.RecordProgress(DeliverableStatus.Done, "Contract and activity reviewed; referrals have fallen by a fifth in two years.", 7, At(start.AddDays(4), 15)));
        Must(contract.SignOff(Mentor(enrolment), "Thorough. Note the fall in referrals for the options paper.", At(start.AddDays(7), 10)));
        var outcomes = Plan(falls, start.AddDays(7), "Analyse the provider's outcome data by ward of residence.", Link);
        Must(outcomes.RecordProgress(DeliverableStatus.Blocked, "Cannot start: the provider's data-sharing agreement is still waiting for their information governance lead to sign it.", 3, At(start.AddDays(11), 16)));
        var analysis = Plan(falls, start.AddDays(14), "Complete the outcomes analysis once the data-sharing agreement is signed.", Link);
        Must(analysis.RecordProgress(DeliverableStatus.PartlyDone, "Agreement signed on Thursday; the analysis is half done.", 6, At(start.AddDays(18), 16)));
        Plan(falls, Monday, "Finish the outcomes analysis and hold the first engagement session with service users.", Link);
    }

    /// <summary>Daniel Nwosu: completed, with outcomes, lessons and improvements to practice recorded.</summary>
    private void Completed(Enrolment enrolment)
    {
        var start = Monday.AddDays(-49);
        var msk = Draft(
            enrolment,
            At(start.AddDays(-14), 10),
            new AssignmentDetails(
                "Redesigning the MSK physiotherapy outpatient pathway with first contact practitioners",
                AssignmentType.ServiceRedesign,
                null,
                "Reduce waits for routine musculoskeletal physiotherapy by seeing suitable patients through first contact practitioners in primary care.",
                null,
                "Lead the redesign with two primary care networks: patient criteria, the referral route, and the evaluation of waits and patient-reported outcomes.",
                "A referral route to first contact practitioners in two primary care networks; waits and patient-reported outcomes measured before and after.",
                start,
                start.AddDays(39),
                7.5,
                "MSK Physiotherapy, Leicestershire Partnership NHS Trust",
                [PopulationHealth, Productivity],
                []));
        Must(msk.Submit(enrolment.MenteeId, At(start.AddDays(-12), 11)));
        Must(msk.Agree(Mentor(enrolment), "Agreed: a well-bounded piece of work.", At(start.AddDays(-9), 14)));
        Must(msk.Start(enrolment.MenteeId, At(start, 9)));
        SignedOffWeeks(msk, enrolment, start,
        [
            "Agree the referral criteria with the MSK consultants and GP leads.",
            "Set up the referral route with the two primary care networks.",
            "Train the practice teams on the criteria and the referral route.",
            "Go live and collect the first fortnight of activity.",
            "Analyse waits and patient-reported outcomes against the baseline.",
            "Write up the evaluation and the recommendation for the wider roll-out.",
        ]);
        Must(msk.Complete(
            enrolment.MenteeId,
            "A direct referral route to first contact practitioners is live in two primary care networks. Routine waits for MSK physiotherapy fell from 14 to 9 weeks for their patients, and 82% of patients seen by a first contact practitioner needed no onward referral.",
            "Engaging practice managers early mattered as much as engaging GPs. Data from primary care took longer to get than planned: agree data flows before the start.",
            "The referral criteria and the evaluation template are now part of the trust's pathway redesign toolkit, and two more primary care networks have asked to join.",
            At(start.AddDays(44), 15)));
    }

    /// <summary>Aisha Rahman: completed and presented at the celebration event.</summary>
    private void Presented(Enrolment enrolment)
    {
        var start = Monday.AddDays(-63);
        var falls = Draft(
            enrolment,
            At(start.AddDays(-16), 10),
            new AssignmentDetails(
                "Reducing inpatient falls on the older people's wards with a QI collaborative",
                AssignmentType.QualityImprovement,
                null,
                "Reduce inpatient falls with harm on four older people's wards by a quarter, through a collaborative of ward teams testing changes together.",
                null,
                "Lead the collaborative: set up the measurement, coach the ward teams through their PDSA cycles, and report to the trust's patient safety committee.",
                "Falls with harm reduced by a quarter on the four wards; the changes that worked written up for other wards.",
                start,
                start.AddDays(53),
                6,
                "Older People's Medicine, University Hospitals of Leicester NHS Trust",
                [PopulationHealth, LegalRequirements],
                []));
        Must(falls.Submit(enrolment.MenteeId, At(start.AddDays(-14), 10)));
        Must(falls.Agree(Mentor(enrolment), null, At(start.AddDays(-10), 16)));
        Must(falls.Start(enrolment.MenteeId, At(start, 9)));
        SignedOffWeeks(falls, enrolment, start,
        [
            "Set up falls measurement and run charts for the four wards.",
            "Launch the collaborative with the four ward teams.",
            "First PDSA cycle: lying and standing blood pressure on admission.",
            "Second PDSA cycle: bay nursing for patients at high risk of falls.",
            "Third PDSA cycle: footwear and walking aids checked at every handover.",
            "Review the run charts with the ward teams.",
            "Spread the changes that worked to all four wards.",
            "Write up the results for the patient safety committee.",
        ]);
        Must(falls.Complete(
            enrolment.MenteeId,
            "Falls with harm on the four wards fell by 31% over eight weeks; lying and standing blood pressure checks on admission rose from 40% to 85%.",
            "Ward teams owned the changes once they saw their own run charts each week. Night staff needed their own sessions.",
            "Bay nursing for patients at high risk of falls is now standard on the older people's wards, and the collaborative method is being used for pressure ulcers.",
            At(start.AddDays(57), 15)));
        Must(falls.MarkPresented(leadId, At(today.AddDays(-3), 14)));
    }

    /// <summary>Joseph Adeyemi: agreed, then withdrawn when the ICB paused the work.</summary>
    private void Withdrawn(Enrolment enrolment)
    {
        var start = Monday.AddDays(-7);
        var review = Draft(
            enrolment,
            At(today.AddDays(-30), 10),
            new AssignmentDetails(
                "Leading a value-for-money review of continuing healthcare packages",
                AssignmentType.LeadingAProject,
                null,
                "Review the highest-cost continuing healthcare packages with the clinical team to find savings that do not reduce the quality of care.",
                null,
                "Lead the financial analysis and the review panel with the continuing healthcare clinical lead.",
                "A review of the fifty highest-cost packages; savings identified and agreed with the clinical team.",
                start,
                start.AddDays(81),
                7.5,
                "Finance, Leicester, Leicestershire and Rutland ICB",
                [Productivity],
                []));
        Must(review.Submit(enrolment.MenteeId, At(today.AddDays(-27), 9)));
        Must(review.Agree(Mentor(enrolment), null, At(today.AddDays(-24), 12)));
        Must(review.Withdraw(
            enrolment.MenteeId,
            "The ICB has paused the review while the national continuing healthcare framework is revised. Joseph and his mentor will agree a new assignment.",
            At(today.AddDays(-10), 11)));
    }

    /// <summary>Nadia Karim: under way and on track.</summary>
    private void InProgressOnTrack(Enrolment enrolment)
    {
        var start = Monday.AddDays(-14);
        var feedback = Draft(
            enrolment,
            At(start.AddDays(-15), 10),
            new AssignmentDetails(
                "Co-producing a new way of gathering patient feedback in community mental health",
                AssignmentType.NewWayOfWorking,
                null,
                "Replace the paper Friends and Family Test in community mental health teams with a feedback service designed with people who use the services, so that feedback reflects the communities served.",
                null,
                "Lead the co-production group with people with lived experience and the patient experience team, and pilot the new service in two teams.",
                "A feedback service co-designed and piloted in two teams; response rates and the diversity of respondents compared with the paper survey.",
                start,
                start.AddDays(81),
                6,
                "Patient Experience, Leicestershire Partnership NHS Trust",
                [Inequalities],
                []));
        Must(feedback.Submit(enrolment.MenteeId, At(start.AddDays(-12), 10)));
        Must(feedback.Agree(Mentor(enrolment), "Agreed. A strong piece of co-production.", At(start.AddDays(-8), 10)));
        Must(feedback.Start(enrolment.MenteeId, At(start, 9)));
        const string Link = "Co-production is how the new service will reflect the communities served.";
        var recruit = Plan(feedback, start, "Recruit the co-production group through the peer support workers.", Link);
        Must(recruit.RecordProgress(DeliverableStatus.Done, "Eight people with lived experience have joined the group.", 6, At(start.AddDays(4), 15)));
        Must(recruit.SignOff(Mentor(enrolment), null, At(start.AddDays(7), 9)));
        var session = Plan(feedback, start.AddDays(7), "Hold the first co-production session on what good feedback looks like.", Link);
        Must(session.RecordProgress(DeliverableStatus.Done, "Session held; the group chose a text message and a short conversation with a peer worker.", 5.5, At(start.AddDays(11), 16)));
        Plan(feedback, Monday, "Draft the feedback questions with the group.", Link);
    }

    /// <summary>Ravi Sharma: under way, with last week neither planned nor updated, and this week not yet planned.</summary>
    private void InProgressWithAMissingWeek(Enrolment enrolment)
    {
        var start = Monday.AddDays(-28);
        var rostering = Draft(
            enrolment,
            At(start.AddDays(-16), 14),
            new AssignmentDetails(
                "Rolling out e-rostering to the community nursing teams",
                AssignmentType.NewWayOfWorking,
                null,
                "Move the fourteen community nursing teams from spreadsheet rosters to the trust's e-rostering system, so that staffing is visible and safe-staffing rules are applied consistently.",
                null,
                "Lead the roll-out: configure the team templates with the rostering team, train the team leaders, and run the first two roster cycles alongside the spreadsheets.",
                "All fourteen teams rostering in the e-rostering system; unfilled shifts and agency use reported monthly.",
                start,
                start.AddDays(81),
                7.5,
                "Community Health Services, Leicestershire Partnership NHS Trust",
                [Productivity, LegalRequirements],
                []));
        Must(rostering.Submit(enrolment.MenteeId, At(start.AddDays(-13), 10)));
        Must(rostering.Agree(Mentor(enrolment), null, At(start.AddDays(-9), 11)));
        Must(rostering.Start(enrolment.MenteeId, At(start, 9)));
        const string Link = "Each team moved is a step to all fourteen rostering in the system.";
        var templates = Plan(rostering, start, "Configure the rostering templates for the first four teams.", Link);
        Must(templates.RecordProgress(DeliverableStatus.Done, "Templates built and checked with the team leaders.", 7.5, At(start.AddDays(4), 16)));
        Must(templates.SignOff(Mentor(enrolment), "Well done.", At(start.AddDays(7), 9)));
        var training = Plan(rostering, start.AddDays(7), "Train the first four team leaders.", Link);
        Must(training.RecordProgress(DeliverableStatus.Done, "Four team leaders trained; two asked for a follow-up session.", 7, At(start.AddDays(11), 15)));
        var cycle = Plan(rostering, start.AddDays(14), "Run the first roster cycle alongside the spreadsheets.", Link);
        Must(cycle.RecordProgress(DeliverableStatus.PartlyDone, "Two of the four teams published their roster from the system.", 7.5, At(start.AddDays(18), 17)));
    }

    private StretchAssignment Draft(Enrolment enrolment, DateTime at, AssignmentDetails details)
    {
        var assignment = StretchAssignment.Draft(enrolment.Id, details, enrolment.MenteeId, at);
        Assignments.Add(assignment);
        return assignment;
    }

    private WeeklyDeliverable Plan(StretchAssignment assignment, DateOnly monday, string plan, string linkToAim)
    {
        var week = WeeklyDeliverable.Planned(assignment.Id, monday, plan, linkToAim, At(monday, 9));
        assignment.Weeks.Add(week);
        return week;
    }

    /// <summary>One week per plan from <paramref name="start"/>, each done in the agreed hours and signed off by the mentor.</summary>
    private void SignedOffWeeks(StretchAssignment assignment, Enrolment enrolment, DateOnly start, IReadOnlyList<string> plans)
    {
        for (var i = 0; i < plans.Count; i++)
        {
            var monday = start.AddDays(7 * i);
            var week = Plan(assignment, monday, plans[i], "A step towards the assignment's aim.");
            Must(week.RecordProgress(DeliverableStatus.Done, null, assignment.HoursPerWeek, At(monday.AddDays(4), 16)));
            Must(week.SignOff(Mentor(enrolment), null, At(monday.AddDays(7), 10)));
        }
    }

    private static string Mentor(Enrolment enrolment) =>
        enrolment.MentorId ?? throw new InvalidOperationException("Every demo enrolment has a mentor.");

    /// <summary>A time on a day of the story, never later than now.</summary>
    private DateTime At(DateOnly day, int hour)
    {
        var at = day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);
        return at < now ? at : now;
    }

    private static void Must(Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException("Demo story step refused: " + outcome.Refusal);
        }
    }
}
