using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data.Seeding;

/// <summary>The small word lists the scale data is written from, so that pages and exports read like real ones.</summary>
internal static class ScaleDataWords
{
    public static readonly string[] FirstNames =
    [
        "Amara", "Tariq", "Mei Lin", "Kwame", "Farah", "Daniel", "Aisha", "Joseph", "Nadia", "Ravi", "Chiamaka", "Imran",
        "Grace", "Peter", "Yasmin", "Helen", "Andrew", "Fiona", "Priya", "Marcus", "Sunita", "Olivia", "Rajesh", "Sam",
        "Zainab", "Tomasz", "Ngozi", "Hannah", "Oluwaseun", "Gurpreet", "Sofia", "Kofi", "Leila", "Matthew", "Anjali",
        "Emeka", "Rachel", "Hamza", "Bethany", "Deepa",
    ];

    public static readonly string[] LastNames =
    [
        "Okafor", "Hussain", "Chen", "Asante", "Begum", "Nwosu", "Rahman", "Adeyemi", "Karim", "Sharma", "Eze", "Ali",
        "Mensah", "Osei", "Ahmed", "Carter", "Clarke", "Walsh", "Shah", "Reid", "Gill", "Bennett", "Patel", "Taylor",
        "Kowalski", "Obi", "Singh", "Evans", "Mahmood", "Hughes", "Kaur", "Boateng", "Murphy", "Nguyen", "Fernandes",
    ];

    public static readonly (string Name, NhsRegion Region)[] Places =
    [
        ("North Central London", NhsRegion.London), ("South East London", NhsRegion.London),
        ("Norfolk and Waveney", NhsRegion.EastOfEngland), ("Hertfordshire and West Essex", NhsRegion.EastOfEngland),
        ("Leicester, Leicestershire and Rutland", NhsRegion.Midlands), ("Birmingham and Solihull", NhsRegion.Midlands),
        ("Cheshire and Merseyside", NhsRegion.NorthWest), ("Greater Manchester", NhsRegion.NorthWest),
        ("Kent and Medway", NhsRegion.SouthEast), ("Frimley", NhsRegion.SouthEast),
        ("Bristol, North Somerset and South Gloucestershire", NhsRegion.SouthWest), ("Devon", NhsRegion.SouthWest),
        ("West Yorkshire", NhsRegion.NorthEastAndYorkshire), ("North East and North Cumbria", NhsRegion.NorthEastAndYorkshire),
    ];

    public static readonly string[] MenteeJobs =
    [
        "Service Improvement Manager", "Commissioning Manager", "Senior Pharmacist", "Matron", "Project Manager",
        "Clinical Lead Physiotherapist", "Quality Improvement Lead", "Finance Business Partner", "Head of Patient Experience",
        "Digital Programme Manager", "Ward Manager", "Contracts Manager", "Operational Manager", "Lead Nurse",
    ];

    public static readonly string[] SeniorJobs =
    [
        "Director of Strategy", "Deputy Chief Nurse", "Director of Finance", "Director of Operations", "Chief Operating Officer",
        "Chief People Officer", "Director of Transformation", "Medical Director", "Director of Nursing",
    ];

    public static readonly string[] CoachJobs = ["Leadership Coach", "Organisational Development Lead", "Senior Coach"];

    public static readonly string[] Verbs =
    [
        "Redesigning", "Leading", "Improving", "Rolling out", "Evaluating", "Commissioning", "Streamlining", "Co-producing",
    ];

    public static readonly string[] Subjects =
    [
        "the discharge pathway", "community diabetes education", "outpatient booking", "the falls prevention service",
        "virtual wards", "the frailty pathway", "electronic prescribing", "the mental health crisis line",
        "health checks for people with a learning disability", "the musculoskeletal triage service", "theatre scheduling",
        "the staff wellbeing offer", "continuing healthcare assessments", "the community nursing rota",
    ];

    public static readonly string[] Settings =
    [
        "for older people", "across the ICS", "in the emergency department", "in primary care", "with the local authority",
        "in the community", "for children and young people", "across two trusts",
    ];

    public static readonly string[] Plans =
    [
        "Map the current pathway with the team", "Gather twelve months of activity data", "Interview patients and carers",
        "Run a design workshop with clinicians", "Draft the options appraisal", "Test the change in one clinic",
        "Agree measures with the business intelligence team", "Present progress to the divisional board",
        "Write the business case", "Review the pilot results with the service", "Brief the executive sponsor",
        "Plan the roll-out to the remaining teams",
    ];

    public static readonly string[] DoneNotes =
    [
        "Done as planned.", "Finished with the team; good engagement.", "Completed and shared with the service manager.",
    ];

    public static readonly string[] PartlyDoneNotes = ["Half done; the rest carries into next week.", "Started but the data arrived late."];

    public static readonly string[] SlippedNotes =
    [
        "Slipped: clinical pressures meant the meeting was cancelled.", "Postponed while the service covered sickness absence.",
    ];

    public static readonly string[] BlockedNotes =
    [
        "Blocked: waiting for information governance approval.", "Blocked: no access to the data warehouse yet.",
    ];

    public static readonly string[] MentorComments =
    [
        "Talk to the sponsor about protecting your time.", "Right call to rebook; keep the scope tight.",
        "Escalate the access request through the director.",
    ];

    public static readonly int[] SessionMinutes = [45, 60, 60, 60, 75, 90];

    public static readonly string[] CheckInNotes =
    [
        "Reviewed progress against the weekly plan and agreed the next steps.",
        "Talked about building confidence in challenging senior colleagues.",
        "Discussed stakeholder mapping and who to bring in next.",
        "Looked at the measures and how to show impact to the board.",
    ];

    public static readonly string[] Actions =
    [
        "Share the draft with the sponsor", "Book time with the clinical director", "Send the data request",
        "Update the project plan",
    ];
}
