namespace StretchPortal.Web.Data.Seeding;

/// <summary>What to generate: the scale, and the seed that makes the content repeatable.</summary>
public sealed record ScaleDataOptions(int Mentees, int Cohorts, int AssignmentsPerMentee, int Weeks, int Seed, int CohortsPerProgramme = 10)
{
    public const int MenteesPerMentor = 5;
    public const int MenteesPerSponsor = 10;
    public const int MenteesPerCoach = 20;

    public int Programmes => Share(Cohorts, CohortsPerProgramme);

    public int Mentors => Share(Mentees, MenteesPerMentor);

    public int Sponsors => Share(Mentees, MenteesPerSponsor);

    public int Coaches => Share(Mentees, MenteesPerCoach);

    private static int Share(int count, int per) => (count + per - 1) / per;
}

/// <summary>How many rows of each kind the generator wrote.</summary>
public sealed class ScaleDataCounts
{
    public int Organisations { get; set; }

    public int Programmes { get; set; }

    public int Cohorts { get; set; }

    public int People { get; set; }

    public int Enrolments { get; set; }

    public int Assignments { get; set; }

    public int TimelineEvents { get; set; }

    public int Weeks { get; set; }

    public int CheckIns { get; set; }

    public int CheckInActions { get; set; }

    public int CoachingRelationships { get; set; }

    public int CoachingSessions { get; set; }
}
