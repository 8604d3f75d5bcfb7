using Microsoft.AspNetCore.Identity;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data.Seeding;

/// <summary>
/// Synthetic equality monitoring data for the demo: sixty staff who declared their characteristics and expressed
/// interest in three opportunities (a talent pool with shortlisting and appointments, an acting-up post filled without
/// advertising and explained, and an open secondment), a staff pool for two trusts, and two leavers. The numbers are
/// big enough for the take-up report to show most groups and small enough in a few places to show suppression; white
/// candidates are appointed from shortlisting more often than others, so the relative likelihood is flagged. The
/// synthetic staff have no password and cannot sign in.
/// </summary>
internal sealed class DemoEquality(
    StretchPortalDbContext db,
    UserManager<Person> people,
    string leadId,
    Organisation uhl,
    Organisation lpt,
    DateTime now)
{
    private static readonly string[] FirstNames =
        ["Alex", "Sam", "Jo", "Chris", "Priti", "Hassan", "Grace", "Tomasz", "Ngozi", "Ellie", "Kofi", "Ruth", "Arjun", "Megan", "Yusuf", "Lucy", "Bilal", "Hannah", "Chidi", "Zara"];

    private static readonly string[] Surnames = ["Morgan", "Patel", "Okoye", "Walsh", "Khan", "Evans", "Nowak", "Singh", "Mensah", "Hughes", "Begum", "Clarke"];

    /// <summary>How many candidates of each broad ethnic group reach each stage: interest, shortlisting, appointment.</summary>
    private static readonly (EthnicGroup Group, int Interested, int Shortlisted, int Appointed)[] Ethnicities =
    [
        (EthnicGroup.WhiteBritish, 26, 14, 7),
        (EthnicGroup.WhiteOther, 4, 2, 1),
        (EthnicGroup.AsianIndian, 8, 5, 2),
        (EthnicGroup.AsianPakistani, 6, 3, 1),
        (EthnicGroup.BlackAfrican, 7, 4, 1),
        (EthnicGroup.BlackCaribbean, 3, 2, 1),
        (EthnicGroup.MixedWhiteBlackCaribbean, 3, 1, 0),
        (EthnicGroup.Chinese, 2, 1, 0),
        (EthnicGroup.PreferNotToSay, 1, 0, 0),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var talentPool = Publish(OpportunityType.TalentPool, "Aspiring ward leaders talent pool", uhl, "Nursing directorate", "Band 6", 20,
            AdvertisingChannels.Ats | AdvertisingChannels.Email | AdvertisingChannels.StaffGroups | AdvertisingChannels.PositiveAction, positiveAction: true);
        var actingUp = Publish(OpportunityType.ActingUp, "Acting up: deputy head of finance", lpt, "Finance", "Band 8b", 1,
            AdvertisingChannels.None, positiveAction: false);
        var secondment = Publish(OpportunityType.Secondment, "Secondment: system flow improvement lead", lpt, "Urgent and emergency care", "Band 8a", 1,
            AdvertisingChannels.Ats | AdvertisingChannels.TeamMeetings | AdvertisingChannels.SocialMedia, positiveAction: false);

        // Tracked from the start: creating each person through Identity saves what is pending so far.
        db.Opportunities.AddRange(talentPool, actingUp, secondment);
        var index = 0;
        var appointedPeople = new List<string>();
        foreach (var (group, interested, shortlisted, appointed) in Ethnicities)
        {
            for (var i = 0; i < interested; i++, index++)
            {
                var person = await AddStaffAsync(index, i % 2 == 0 ? uhl : lpt);
                db.EqualityDeclarations.Add(EqualityDeclaration.Declare(person.Id, Answers(group, index), now.AddDays(-60)));
                var onSecondment = i >= shortlisted && i % 3 == 2;
                var opportunity = onSecondment ? secondment : talentPool;
                var (_, interest) = ExpressionOfInterest.Submit(opportunity, person.Id, "I would like to develop my leadership in practice.", now.AddDays(-20));
                if (!onSecondment)
                {
                    var stage = i < appointed ? EoiStage.Appointed : i < shortlisted ? EoiStage.NotAppointed : EoiStage.NotShortlisted;
                    Must(interest!.Decide(talentPool, stage == EoiStage.NotShortlisted ? EoiStage.NotShortlisted : EoiStage.Shortlisted,
                        stage == EoiStage.NotShortlisted ? "Did not yet show the experience the criteria ask for." : "Meets the shortlisting criteria.", leadId, now.AddDays(-10)));
                    if (stage != EoiStage.NotShortlisted)
                    {
                        Must(interest.Decide(talentPool, stage, stage == EoiStage.Appointed ? "Strongest at the assessment day." : "Another candidate scored higher at the assessment day.", leadId, now.AddDays(-5)));
                    }

                    if (stage == EoiStage.Appointed)
                    {
                        appointedPeople.Add(person.Id);
                    }
                }

                db.ExpressionsOfInterest.Add(interest!);
            }
        }

        Must(talentPool.Close());

        // Filled from a single candidate without advertising: the "explain or comply" record the report shows.
        var acting = await AddStaffAsync(index, lpt);
        db.EqualityDeclarations.Add(EqualityDeclaration.Declare(acting.Id, Answers(EthnicGroup.WhiteBritish, index), now.AddDays(-60)));
        var (_, actingInterest) = ExpressionOfInterest.Submit(actingUp, acting.Id, "I have deputised informally for six months.", now.AddDays(-20));
        Must(actingInterest!.Decide(actingUp, EoiStage.Shortlisted, "The only candidate with the statutory accounts experience.", leadId, now.AddDays(-12)));
        Must(actingInterest.Decide(actingUp, EoiStage.Appointed, "Met every criterion at interview.", leadId, now.AddDays(-11)));
        db.ExpressionsOfInterest.Add(actingInterest);
        Must(actingUp.MarkFilled(1, "The deputy head left at two weeks' notice during year-end; the post was covered at once and will be advertised openly in the spring.", now.AddDays(-10)));

        db.StaffPoolGroups.AddRange(Pool(uhl, 15000));
        db.StaffPoolGroups.AddRange(Pool(lpt, 6000));
        db.Leavers.Add(new Leaver(appointedPeople[0], DateOnly.FromDateTime(now.AddDays(-3)), LeaverReason.Promotion, "Promoted to a Band 7 ward manager post", leadId, now));
        db.Leavers.Add(new Leaver(appointedPeople[^1], DateOnly.FromDateTime(now.AddDays(-1)), LeaverReason.OtherNhsRole, null, leadId, now));
        await db.SaveChangesAsync(cancellationToken);
    }

    private Opportunity Publish(OpportunityType type, string title, Organisation organisation, string team, string band, int places,
        AdvertisingChannels channels, bool positiveAction)
    {
        var opportunity = Opportunity.Draft(
            new OpportunityDetails(type, title, "A stretch opportunity for staff ready to take the next step in their leadership.", organisation.Id,
                team, band, 37.5m, "Six months", places, now.AddDays(21), channels, positiveAction),
            leadId, now.AddDays(-30));
        Must(opportunity.Publish(now.AddDays(-30)));
        return opportunity;
    }

    private static void Must(Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException("Demo equality data broke a rule: " + outcome.Refusal);
        }
    }

    private async Task<Person> AddStaffAsync(int index, Organisation organisation)
    {
        var email = $"staff.{index + 1:00}@example.org";
        var person = new Person
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = $"{FirstNames[index % FirstNames.Length]} {Surnames[(index / FirstNames.Length + index) % Surnames.Length]}",
            JobTitle = "Staff nurse",
            OrganisationId = organisation.Id,
            Region = NhsRegion.Midlands,
            CreatedAt = now.AddDays(-90),
        };
        var created = await people.CreateAsync(person);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Demo staff could not be created: " + string.Join("; ", created.Errors.Select(e => e.Code)));
        }

        return person;
    }

    /// <summary>Answers spread over every characteristic, a few in small groups so that the report shows suppression.</summary>
    private static EqualityAnswers Answers(EthnicGroup group, int index) => new(
        group,
        index % 5 == 0 ? Sex.Male : index == 7 ? Sex.PreferNotToSay : Sex.Female,
        index % 9 == 4 ? Disability.Yes : index == 11 ? Disability.PreferNotToSay : Disability.No,
        (index % 6) switch { 0 => AgeBand.From25To34, 1 or 2 => AgeBand.From35To44, 3 => AgeBand.From45To54, 4 => AgeBand.From55To64, _ => index == 5 ? AgeBand.From16To24 : AgeBand.From25To34 },
        index % 13 == 6 ? SexualOrientation.GayOrLesbian : index % 17 == 3 ? SexualOrientation.Bisexual : index == 21 ? SexualOrientation.PreferNotToSay : SexualOrientation.Heterosexual,
        group switch
        {
            EthnicGroup.AsianIndian => index % 2 == 0 ? Religion.Hinduism : Religion.Sikhism,
            EthnicGroup.AsianPakistani => Religion.Islam,
            _ => index % 3 == 0 ? Religion.None : index == 10 ? Religion.PreferNotToSay : Religion.Christianity,
        });

    /// <summary>A staff pool of a trust of the given size, in shares like an East Midlands acute or community trust.</summary>
    private IEnumerable<StaffPoolGroup> Pool(Organisation organisation, int staff)
    {
        (Characteristic, string, double)[] shares =
        [
            (Characteristic.EthnicGroup, "White", 0.62), (Characteristic.EthnicGroup, "Mixed", 0.03), (Characteristic.EthnicGroup, "Asian", 0.22),
            (Characteristic.EthnicGroup, "Black", 0.08), (Characteristic.EthnicGroup, "Other", 0.03), (Characteristic.EthnicGroup, "PreferNotToSay", 0.02),
            (Characteristic.Sex, nameof(Sex.Female), 0.77), (Characteristic.Sex, nameof(Sex.Male), 0.22), (Characteristic.Sex, nameof(Sex.PreferNotToSay), 0.01),
            (Characteristic.Disability, nameof(Disability.Yes), 0.05), (Characteristic.Disability, nameof(Disability.No), 0.85), (Characteristic.Disability, nameof(Disability.PreferNotToSay), 0.10),
            (Characteristic.AgeBand, nameof(AgeBand.From16To24), 0.06), (Characteristic.AgeBand, nameof(AgeBand.From25To34), 0.24), (Characteristic.AgeBand, nameof(AgeBand.From35To44), 0.24),
            (Characteristic.AgeBand, nameof(AgeBand.From45To54), 0.24), (Characteristic.AgeBand, nameof(AgeBand.From55To64), 0.19), (Characteristic.AgeBand, nameof(AgeBand.From65), 0.03),
            (Characteristic.SexualOrientation, nameof(SexualOrientation.Heterosexual), 0.82), (Characteristic.SexualOrientation, nameof(SexualOrientation.GayOrLesbian), 0.02),
            (Characteristic.SexualOrientation, nameof(SexualOrientation.Bisexual), 0.01), (Characteristic.SexualOrientation, nameof(SexualOrientation.PreferNotToSay), 0.15),
            (Characteristic.Religion, nameof(Religion.Christianity), 0.45), (Characteristic.Religion, nameof(Religion.None), 0.22), (Characteristic.Religion, nameof(Religion.Islam), 0.07),
            (Characteristic.Religion, nameof(Religion.Hinduism), 0.08), (Characteristic.Religion, nameof(Religion.Sikhism), 0.04), (Characteristic.Religion, nameof(Religion.Other), 0.03),
            (Characteristic.Religion, nameof(Religion.PreferNotToSay), 0.11),
        ];
        return shares.Select(s => new StaffPoolGroup(organisation.Id, s.Item1, s.Item2, (int)Math.Round(staff * s.Item3), now.AddDays(-7), leadId));
    }
}
