using static StretchPortal.IntegrationTests.Security.Who;

namespace StretchPortal.IntegrationTests.Security;

/// <summary>
/// Who may use every action of the portal. One line per action: "Controller.Action [METHOD]" as the portal names it,
/// the URL to ask (world records in braces, see <see cref="AccessWorld"/>), who is allowed, and how others are
/// refused (403 unless the row says NotFound). Anyone not allowed who is anonymous goes to sign-in. A new action
/// without a line here fails <see cref="AccessControlTests"/>.
/// </summary>
public static class AccessTable
{
    public static IReadOnlyList<AccessRow> Rows { get; } =
    [
        // Account: open to everyone (signing in, registering, resetting a password).
        new("Account.Login [GET]", "/Account/Login", Everyone),
        new("Account.Login [POST]", "/Account/Login", Everyone),
        new("Account.Logout [POST]", "/Account/Logout", Everyone, Status: 302, FreshSession: true),
        new("Account.Register [GET]", "/Account/Register", Everyone),
        new("Account.Register [POST]", "/Account/Register", Everyone),
        new("Account.RegisterConfirmation [GET]", "/Account/RegisterConfirmation", Everyone),
        new("Account.ConfirmEmail [GET]", "/Account/ConfirmEmail", Everyone),
        new("Account.ConfirmEmail [POST]", "/Account/ConfirmEmail", Everyone),
        new("Account.ForgotPassword [GET]", "/Account/ForgotPassword", Everyone),
        new("Account.ForgotPassword [POST]", "/Account/ForgotPassword", Everyone),
        new("Account.ForgotPasswordConfirmation [GET]", "/Account/ForgotPasswordConfirmation", Everyone),
        new("Account.ResetPassword [GET]", "/Account/ResetPassword?code=x", Everyone),
        new("Account.ResetPassword [POST]", "/Account/ResetPassword", Everyone),

        // Alumni: a former mentee keeps their own directory entry; the community of a programme is its lead's.
        new("Alumni.Index [GET]", "/Alumni", Leads | Alumnus),
        new("Alumni.Profile [GET]", "/Alumni/Profile", Alumnus),
        new("Alumni.Profile [POST]", "/Alumni/Profile", Alumnus),
        new("Alumni.OptOut [POST]", "/Alumni/OptOut", Alumnus),
        new("Alumni.Post [GET]", "/Alumni/Post", Leads),
        new("Alumni.Post [POST]", "/Alumni/Post", Leads),
        new("Alumni.Members [GET]", "/Alumni/Members/{Programme}", Lead),
        new("Alumni.Join [POST]", "/Alumni/Join/{AnotherEnrolment}", Lead),

        // Assignments: the mentee delivers, the mentor decides, the circle views, the lead withdraws and presents.
        new("Assignments.Index [GET]", "/Assignments", SignedIn),
        new("Assignments.Details [GET]", "/Assignments/Details/{Assignment}", Circle),
        new("Assignments.Create [GET]", "/Assignments/Create", Mentees),
        new("Assignments.Create [POST]", "/Assignments/Create", Mentees),
        new("Assignments.Edit [GET]", "/Assignments/Edit/{Assignment}", Mentee),
        new("Assignments.Edit [POST]", "/Assignments/Edit/{Assignment}", Mentee),
        new("Assignments.Submit [POST]", "/Assignments/Submit/{Assignment}", Mentee),
        new("Assignments.Agree [GET]", "/Assignments/Agree/{Assignment}", Mentor),
        new("Assignments.Agree [POST]", "/Assignments/Agree/{Assignment}", Mentor),
        new("Assignments.RequestChanges [GET]", "/Assignments/RequestChanges/{Assignment}", Mentor),
        new("Assignments.RequestChanges [POST]", "/Assignments/RequestChanges/{Assignment}", Mentor),
        new("Assignments.Start [POST]", "/Assignments/Start/{Assignment}", Mentee),
        new("Assignments.Complete [GET]", "/Assignments/Complete/{Assignment}", Mentee),
        new("Assignments.Complete [POST]", "/Assignments/Complete/{Assignment}", Mentee),
        new("Assignments.Withdraw [GET]", "/Assignments/Withdraw/{Assignment}", Mentee | Lead),
        new("Assignments.Withdraw [POST]", "/Assignments/Withdraw/{Assignment}", Mentee | Lead),
        new("Assignments.Present [POST]", "/Assignments/Present/{Assignment}", Lead),

        // Audit trail: administrators only.
        new("Audit.Index [GET]", "/Audit", Admin),
        new("Audit.Export [GET]", "/Audit/Export?format=csv", Admin),

        // Check-ins: the circle views, the mentee and supporters record and tick actions.
        new("CheckIns.Index [GET]", "/CheckIns?enrolmentId={Enrolment}", Circle),
        new("CheckIns.Calendar [GET]", "/CheckIns/Calendar/{CheckIn}", Circle),
        new("CheckIns.Create [GET]", "/CheckIns/Create?enrolmentId={Enrolment}", Mentee | Supporters),
        new("CheckIns.Create [POST]", "/CheckIns/Create?enrolmentId={Enrolment}", Mentee | Supporters),
        new("CheckIns.CompleteAction [POST]", "/CheckIns/Actions/Complete/{CheckInAction}", Mentee | Supporters),
        new("CheckIns.ReopenAction [POST]", "/CheckIns/Actions/Reopen/{CheckInAction}", Mentee | Supporters),

        // Coaching: anyone signed in may apply and book (the service says whether they qualify); a relationship's
        // sessions are its coach's and coachee's, and visible to coaching managers (every programme lead, who also
        // approve coaches, run workshops, match, and end relationships as the coach can); the line manager's link is public.
        new("Coaching.Index [GET]", "/Coaching", SignedIn),
        new("Coaching.Apply [GET]", "/Coaching/Apply", SignedIn),
        new("Coaching.Apply [POST]", "/Coaching/Apply", SignedIn),
        new("Coaching.MyApplication [GET]", "/Coaching/MyApplication", SignedIn),
        new("Coaching.ResendLink [POST]", "/Coaching/ResendLink", SignedIn),
        new("Coaching.Confirm [GET]", "/Coaching/Confirm/{Token}", Everyone),
        new("Coaching.ConfirmPost [POST]", "/Coaching/Confirm/{Token}", Everyone),
        new("Coaching.Book [POST]", "/Coaching/Book/{Workshop}", SignedIn),
        new("Coaching.ConfirmRecordedSession [POST]", "/Coaching/ConfirmRecordedSession", SignedIn),
        new("Coaching.Capacity [POST]", "/Coaching/Capacity", SignedIn),
        new("Coaching.Sessions [GET]", "/Coaching/Sessions/{Relationship}", Mentee | Coach | Leads),
        new("Coaching.Sessions [POST]", "/Coaching/Sessions/{Relationship}", Coach),
        new("Coaching.End [POST]", "/Coaching/End/{Relationship}", Coach | Leads),
        new("Coaching.SessionCalendar [GET]", "/Coaching/Sessions/Calendar/{CoachingSession}", Mentee | Coach),
        new("Coaching.Applications [GET]", "/Coaching/Applications", Leads),
        new("Coaching.Application [GET]", "/Coaching/Application/{Application}", Leads),
        new("Coaching.Approve [POST]", "/Coaching/Approve/{Application}", Leads),
        new("Coaching.Decline [POST]", "/Coaching/Decline/{Application}", Leads),
        new("Coaching.Workshops [GET]", "/Coaching/Workshops", Leads),
        new("Coaching.Workshops [POST]", "/Coaching/Workshops", Leads),
        new("Coaching.WorkshopCalendar [GET]", "/Coaching/Workshops/Calendar/{Workshop}", Leads),
        new("Coaching.Attendance [POST]", "/Coaching/Attendance/{Booking}", Leads),
        new("Coaching.Match [GET]", "/Coaching/Match", Leads),
        new("Coaching.Match [POST]", "/Coaching/Match", Leads),
        new("Coaching.Relationships [GET]", "/Coaching/Relationships", Leads),
        new("Coaching.Supervision [GET]", "/Coaching/Supervision", Leads),
        new("Coaching.Supervision [POST]", "/Coaching/Supervision", Leads),

        // Cohorts and enrolments: the programme's own lead.
        new("Cohorts.Details [GET]", "/Cohorts/Details/{Cohort}", Lead),
        new("Cohorts.Create [GET]", "/Cohorts/Create?programmeId={Programme}", Lead),
        new("Cohorts.Create [POST]", "/Cohorts/Create?programmeId={Programme}", Lead),
        new("Cohorts.Edit [GET]", "/Cohorts/Edit/{Cohort}", Lead),
        new("Cohorts.Edit [POST]", "/Cohorts/Edit/{Cohort}", Lead),
        new("Enrolments.Create [GET]", "/Enrolments/Create?cohortId={Cohort}", Lead),
        new("Enrolments.Create [POST]", "/Enrolments/Create?cohortId={Cohort}", Lead),
        new("Enrolments.Edit [GET]", "/Enrolments/Edit/{Enrolment}", Lead),
        new("Enrolments.Edit [POST]", "/Enrolments/Edit/{Enrolment}", Lead),
        new("Enrolments.Withdraw [GET]", "/Enrolments/Withdraw/{Enrolment}", Lead),
        new("Enrolments.Withdraw [POST]", "/Enrolments/Withdraw/{Enrolment}", Lead),

        // Equality declaration: always one's own, never addressed by id.
        new("Equality.Index [GET]", "/Equality", SignedIn),
        new("Equality.Edit [GET]", "/Equality/Edit", SignedIn),
        new("Equality.Edit [POST]", "/Equality/Edit", SignedIn),
        new("Equality.Withdraw [GET]", "/Equality/Withdraw", SignedIn),
        new("Equality.Withdraw [POST]", "/Equality/Withdraw", SignedIn),

        // Equality reports and the staff pool: people who manage opportunities.
        new("EqualityReports.Index [GET]", "/Reports/Equality", LeadsAndAdmins),
        new("EqualityReports.Export [GET]", "/Reports/Equality/Export", LeadsAndAdmins),
        new("EqualityReports.StaffPool [GET]", "/Reports/StaffPool", LeadsAndAdmins),
        new("EqualityReports.StaffPool [POST]", "/Reports/StaffPool", LeadsAndAdmins),

        // Error pages: everyone, with the status they describe.
        new("Errors.Status [ANY]", "/Errors/404", Everyone, Status: 404),

        // Events: the showcase is for everyone signed in; an event is its programme lead's to manage and its
        // participants' to view (a celebration: the programme's people; a facilitated session: mentors and sponsors).
        new("Events.Index [GET]", "/Events", SignedIn),
        new("Events.Showcase [GET]", "/Events/Showcase", SignedIn),
        new("Events.ShowcaseEntry [GET]", "/Events/Showcase/{Showcase}", SignedIn),
        new("Events.ScheduleCelebration [GET]", "/Events/ScheduleCelebration", Leads),
        new("Events.ScheduleCelebration [POST]", "/Events/ScheduleCelebration", Leads),
        new("Events.ScheduleSession [GET]", "/Events/ScheduleSession", Leads),
        new("Events.ScheduleSession [POST]", "/Events/ScheduleSession", Leads),
        new("Events.Celebration [GET]", "/Events/Celebration/{Celebration}", Circle | Alumnus),
        new("Events.CelebrationCalendar [GET]", "/Events/Celebration/{Celebration}/Calendar", Circle | Alumnus),
        new("Events.AddPresentation [POST]", "/Events/AddPresentation/{Celebration}", Lead),
        new("Events.MoveUp [POST]", "/Events/MoveUp/{Celebration}", Lead),
        new("Events.MoveDown [POST]", "/Events/MoveDown/{Celebration}", Lead),
        new("Events.RemovePresentation [POST]", "/Events/RemovePresentation/{Celebration}", Lead),
        new("Events.RecordPresented [POST]", "/Events/RecordPresented/{Celebration}", Lead),
        new("Events.Session [GET]", "/Events/Session/{Session}", Mentor | Sponsor | Lead),
        new("Events.SessionCalendar [GET]", "/Events/Session/{Session}/Calendar", Mentor | Sponsor | Lead),
        new("Events.RecordAttendance [POST]", "/Events/RecordAttendance/{Session}", Lead),

        // Help pages: public.
        new("Help.Privacy [GET]", "/Help/Privacy", Everyone),
        new("Help.Accessibility [GET]", "/Help/Accessibility", Everyone),

        new("Home.Index [GET]", "/", SignedIn),

        // Notifications: one's own; someone else's are not found.
        new("Notifications.Index [GET]", "/Notifications", SignedIn),
        new("Notifications.Open [POST]", "/Notifications/Open/{Notification}", Mentee, Refusal.NotFound),
        new("Notifications.MarkAllRead [POST]", "/Notifications/MarkAllRead", SignedIn),
        new("Notifications.Preferences [GET]", "/Notifications/Preferences", SignedIn),
        new("Notifications.Preferences [POST]", "/Notifications/Preferences", SignedIn),

        // Reference data: leads and administrators.
        new("IcsPriorities.Index [GET]", "/IcsPriorities", LeadsAndAdmins),
        new("IcsPriorities.Create [GET]", "/IcsPriorities/Create", LeadsAndAdmins),
        new("IcsPriorities.Create [POST]", "/IcsPriorities/Create", LeadsAndAdmins),
        new("IcsPriorities.Edit [GET]", "/IcsPriorities/Edit/{IcsPriority}", LeadsAndAdmins),
        new("IcsPriorities.Edit [POST]", "/IcsPriorities/Edit/{IcsPriority}", LeadsAndAdmins),
        new("IcsPriorities.Archive [POST]", "/IcsPriorities/Archive/{IcsPriority}", LeadsAndAdmins),
        new("IcsPriorities.Restore [POST]", "/IcsPriorities/Restore/{IcsPriority}", LeadsAndAdmins),
        new("Organisations.Index [GET]", "/Organisations", LeadsAndAdmins),
        new("Organisations.Create [GET]", "/Organisations/Create", LeadsAndAdmins),
        new("Organisations.Create [POST]", "/Organisations/Create", LeadsAndAdmins),
        new("Organisations.Edit [GET]", "/Organisations/Edit/{Organisation}", LeadsAndAdmins),
        new("Organisations.Edit [POST]", "/Organisations/Edit/{Organisation}", LeadsAndAdmins),
        new("Organisations.Archive [POST]", "/Organisations/Archive/{Organisation}", LeadsAndAdmins),
        new("Organisations.Restore [POST]", "/Organisations/Restore/{Organisation}", LeadsAndAdmins),

        // Opportunities: open ones for everyone signed in; an expression of interest is its author's; managing
        // and selecting is for leads and administrators.
        new("Opportunities.Index [GET]", "/Opportunities", SignedIn),
        new("Opportunities.Details [GET]", "/Opportunities/Details/{Opportunity}", SignedIn),
        new("Opportunities.Express [POST]", "/Opportunities/Express/{Opportunity}", SignedIn),
        new("Opportunities.WithdrawInterest [POST]", "/Opportunities/WithdrawInterest/{Eoi}", Mentee),
        new("Opportunities.Mine [GET]", "/Opportunities/Mine", SignedIn),
        new("Opportunities.Manage [GET]", "/Opportunities/Manage", LeadsAndAdmins),
        new("Opportunities.Create [GET]", "/Opportunities/Create", LeadsAndAdmins),
        new("Opportunities.Create [POST]", "/Opportunities/Create", LeadsAndAdmins),
        new("Opportunities.Edit [GET]", "/Opportunities/Edit/{Opportunity}", LeadsAndAdmins),
        new("Opportunities.Edit [POST]", "/Opportunities/Edit/{Opportunity}", LeadsAndAdmins),
        new("Opportunities.Publish [POST]", "/Opportunities/Publish/{Opportunity}", LeadsAndAdmins),
        new("Opportunities.Close [POST]", "/Opportunities/Close/{Opportunity}", LeadsAndAdmins),
        new("Opportunities.Withdraw [GET]", "/Opportunities/Withdraw/{Opportunity}", LeadsAndAdmins),
        new("Opportunities.Withdraw [POST]", "/Opportunities/Withdraw/{Opportunity}", LeadsAndAdmins),
        new("Opportunities.Candidates [GET]", "/Opportunities/Candidates/{Opportunity}", LeadsAndAdmins),
        new("Opportunities.Decide [POST]", "/Opportunities/Decide/{Eoi}", LeadsAndAdmins),
        new("Opportunities.MarkFilled [GET]", "/Opportunities/MarkFilled/{Opportunity}", LeadsAndAdmins),
        new("Opportunities.MarkFilled [POST]", "/Opportunities/MarkFilled/{Opportunity}", LeadsAndAdmins),
        new("OpportunityReports.Opportunities [GET]", "/Reports/Opportunities", LeadsAndAdmins),
        new("OpportunityReports.OpportunitiesExport [GET]", "/Reports/Opportunities/Export", LeadsAndAdmins),
        new("OpportunityReports.Turnover [GET]", "/Reports/Turnover", LeadsAndAdmins),
        new("OpportunityReports.TurnoverExport [GET]", "/Reports/Turnover/Export", LeadsAndAdmins),
        new("OpportunityReports.Leavers [GET]", "/Reports/Leavers", LeadsAndAdmins),
        new("OpportunityReports.Leavers [POST]", "/Reports/Leavers", LeadsAndAdmins),
        new("OpportunityReports.Improvements [GET]", "/Reports/Improvements", LeadsAndAdmins),
        new("OpportunityReports.ImprovementsExport [GET]", "/Reports/Improvements/Export", LeadsAndAdmins),

        // PDR objectives: one's own; someone else's are not found. (Deleting uses a second objective: it really deletes.)
        new("PdrObjectives.Index [GET]", "/PdrObjectives", SignedIn),
        new("PdrObjectives.Create [GET]", "/PdrObjectives/Create", SignedIn),
        new("PdrObjectives.Create [POST]", "/PdrObjectives/Create", SignedIn),
        new("PdrObjectives.Edit [GET]", "/PdrObjectives/Edit/{Pdr}", Mentee, Refusal.NotFound),
        new("PdrObjectives.Edit [POST]", "/PdrObjectives/Edit/{Pdr}", Mentee, Refusal.NotFound),
        new("PdrObjectives.Delete [POST]", "/PdrObjectives/Delete/{PdrToDelete}", Mentee, Refusal.NotFound),

        // People and roles: administrators only.
        new("People.Index [GET]", "/People", Admin),
        new("People.Details [GET]", "/People/Details/{Person}", Admin),
        new("People.Roles [POST]", "/People/Roles/{Person}", Admin),
        new("People.Deactivate [POST]", "/People/Deactivate/{Person}", Admin),
        new("People.Reactivate [POST]", "/People/Reactivate/{Person}", Admin),
        new("People.Erase [GET]", "/People/Erase/{Person}", Admin),
        new("People.Erase [POST]", "/People/Erase/{Person}", Admin),

        // Privacy: the notice is public; one's own data is one's own.
        new("Privacy.Index [GET]", "/Privacy", Everyone),
        new("Privacy.MyData [GET]", "/Privacy/MyData", SignedIn),
        new("Privacy.Download [GET]", "/Privacy/Download", SignedIn),

        // Profile: one's own.
        new("Profile.Index [GET]", "/Profile", SignedIn),
        new("Profile.Edit [GET]", "/Profile/Edit", SignedIn),
        new("Profile.Edit [POST]", "/Profile/Edit", SignedIn),
        new("Profile.ChangePassword [GET]", "/Profile/ChangePassword", SignedIn),
        new("Profile.ChangePassword [POST]", "/Profile/ChangePassword", SignedIn),
        new("Profile.ChangeEmail [GET]", "/Profile/ChangeEmail", SignedIn),
        new("Profile.ChangeEmail [POST]", "/Profile/ChangeEmail", SignedIn),
        new("Profile.ConfirmEmailChange [GET]", "/Profile/ConfirmEmailChange", SignedIn),
        new("Profile.ConfirmEmailChange [POST]", "/Profile/ConfirmEmailChange", SignedIn),

        // Two-factor authentication: one's own; the sign-in steps answer only someone half-way through signing in.
        new("TwoFactor.Index [GET]", "/TwoFactor", SignedIn),
        new("TwoFactor.Setup [GET]", "/TwoFactor/Setup", SignedIn),
        new("TwoFactor.Setup [POST]", "/TwoFactor/Setup", SignedIn),
        new("TwoFactor.RecoveryCodes [POST]", "/TwoFactor/RecoveryCodes", SignedIn),
        new("TwoFactor.Disable [GET]", "/TwoFactor/Disable", SignedIn),
        new("TwoFactor.Disable [POST]", "/TwoFactor/Disable", SignedIn),
        new("TwoFactor.Reset [GET]", "/TwoFactor/Reset", SignedIn),
        new("TwoFactor.Reset [POST]", "/TwoFactor/Reset", SignedIn),
        new("TwoFactor.LoginWith2fa [GET]", "/Account/LoginWith2fa", Everyone, Status: 302),
        new("TwoFactor.LoginWith2fa [POST]", "/Account/LoginWith2fa", Everyone, Status: 302),
        new("TwoFactor.LoginWithRecoveryCode [GET]", "/Account/LoginWithRecoveryCode", Everyone, Status: 302),
        new("TwoFactor.LoginWithRecoveryCode [POST]", "/Account/LoginWithRecoveryCode", Everyone, Status: 302),

        // Programmes: a programme is its own leads'.
        new("Programmes.Index [GET]", "/Programmes", Leads),
        new("Programmes.Details [GET]", "/Programmes/Details/{Programme}", Lead),
        new("Programmes.Create [GET]", "/Programmes/Create", Leads),
        new("Programmes.Create [POST]", "/Programmes/Create", Leads),
        new("Programmes.Edit [GET]", "/Programmes/Edit/{Programme}", Lead),
        new("Programmes.Edit [POST]", "/Programmes/Edit/{Programme}", Lead),
        new("Programmes.AddLead [GET]", "/Programmes/AddLead/{Programme}", Lead),
        new("Programmes.AddLead [POST]", "/Programmes/AddLead/{Programme}", Lead),

        // Reports: the dashboard for leads and administrators; a cohort's or programme's figures for its own lead.
        new("Reports.Index [GET]", "/Reports", LeadsAndAdmins),
        new("Reports.Cohort [GET]", "/Reports/Cohort/{Cohort}", Lead),
        new("Reports.CohortCsv [GET]", "/Reports/Cohort/{Cohort}.csv", Lead),
        new("Reports.CohortXlsx [GET]", "/Reports/Cohort/{Cohort}.xlsx", Lead),
        new("Reports.Programme [GET]", "/Reports/Programme/{Programme}", Lead),
        new("Reports.ProgrammeCsv [GET]", "/Reports/Programme/{Programme}.csv", Lead),
        new("Reports.ProgrammeXlsx [GET]", "/Reports/Programme/{Programme}.xlsx", Lead),
        new("Reports.ProgrammeCohortsCsv [GET]", "/Reports/Programme/{Programme}/Cohorts.csv", Lead),
        new("Reports.ProgrammeCohortsXlsx [GET]", "/Reports/Programme/{Programme}/Cohorts.xlsx", Lead),
        new("Reports.People [GET]", "/Reports/People?programmeId={Programme}", Lead),
        new("Reports.PeopleCsv [GET]", "/Reports/People.csv?cohortId={Cohort}", Lead),
        new("Reports.PeopleXlsx [GET]", "/Reports/People.xlsx?programmeId={Programme}", Lead),

        // Resources: the library for everyone it is meant for; curating for leads; recommending for coaches.
        new("Resources.Index [GET]", "/Resources", SignedIn),
        new("Resources.Details [GET]", "/Resources/Details/{Resource}", SignedIn),
        new("Resources.Create [GET]", "/Resources/Create", Leads),
        new("Resources.Create [POST]", "/Resources/Create", Leads),
        new("Resources.Edit [GET]", "/Resources/Edit/{Resource}", Leads),
        new("Resources.Edit [POST]", "/Resources/Edit/{Resource}", Leads),
        new("Resources.Archive [POST]", "/Resources/Archive/{Resource}", Leads),
        new("Resources.Restore [POST]", "/Resources/Restore/{Resource}", Leads),
        new("Resources.Recommend [GET]", "/Resources/Recommend/{Resource}", Coaches),
        new("Resources.Recommend [POST]", "/Resources/Recommend/{Resource}", Coaches),

        // Weekly deliverables: the circle views, the mentee plans and updates, the mentor reviews.
        new("Weeks.Index [GET]", "/Weeks?assignmentId={Assignment}", Circle),
        new("Weeks.Plan [GET]", "/Weeks/Plan?assignmentId={Assignment}&week={WeekDate}", Mentee),
        new("Weeks.Plan [POST]", "/Weeks/Plan?assignmentId={Assignment}&week={WeekDate}", Mentee),
        new("Weeks.Update [GET]", "/Weeks/Update/{Week}", Mentee),
        new("Weeks.Update [POST]", "/Weeks/Update/{Week}", Mentee),
        new("Weeks.Review [GET]", "/Weeks/Review/{Week}", Mentor),
        new("Weeks.Review [POST]", "/Weeks/Review/{Week}", Mentor),

        // Endpoints outside MVC: health for the load balancer; the benchmark baseline (on only when configured).
        new("/health/live [ANY]", "/health/live", Everyone),
        new("/health/ready [ANY]", "/health/ready", Everyone),
        new("/benchmark/baseline/mentee-home [GET]", "/benchmark/baseline/mentee-home", SignedIn),
        new("/benchmark/baseline/mentor-home [GET]", "/benchmark/baseline/mentor-home", SignedIn),
        new("/benchmark/baseline/cohort/{cohortId} [GET]", "/benchmark/baseline/cohort/{Cohort}", Lead),
        new("/benchmark/baseline/people [GET]", "/benchmark/baseline/people?cohortId={Cohort}", Lead),
        new("/benchmark/baseline/people.csv [GET]", "/benchmark/baseline/people.csv?cohortId={Cohort}", Lead),
    ];
}
