using System.ComponentModel.DataAnnotations;

namespace StretchPortal.Web.Domain;

/// <summary>The protected characteristics a person may declare for equality monitoring (seed 001).</summary>
public enum Characteristic
{
    [Display(Name = "Ethnic group")] EthnicGroup = 1,
    [Display(Name = "Sex")] Sex = 2,
    [Display(Name = "Disability")] Disability = 3,
    [Display(Name = "Age band")] AgeBand = 4,
    [Display(Name = "Sexual orientation")] SexualOrientation = 5,
    [Display(Name = "Religion or belief")] Religion = 6,
}

/// <summary>
/// Ethnic category as in the NHS Data Dictionary (the 2001 census categories, codes A to S, and Z "not stated",
/// which is also the answer for "prefer not to say").
/// </summary>
public enum EthnicGroup
{
    [Display(Name = "White: British")] WhiteBritish = 'A',
    [Display(Name = "White: Irish")] WhiteIrish = 'B',
    [Display(Name = "White: any other White background")] WhiteOther = 'C',
    [Display(Name = "Mixed: White and Black Caribbean")] MixedWhiteBlackCaribbean = 'D',
    [Display(Name = "Mixed: White and Black African")] MixedWhiteBlackAfrican = 'E',
    [Display(Name = "Mixed: White and Asian")] MixedWhiteAsian = 'F',
    [Display(Name = "Mixed: any other mixed background")] MixedOther = 'G',
    [Display(Name = "Asian or Asian British: Indian")] AsianIndian = 'H',
    [Display(Name = "Asian or Asian British: Pakistani")] AsianPakistani = 'J',
    [Display(Name = "Asian or Asian British: Bangladeshi")] AsianBangladeshi = 'K',
    [Display(Name = "Asian or Asian British: any other Asian background")] AsianOther = 'L',
    [Display(Name = "Black or Black British: Caribbean")] BlackCaribbean = 'M',
    [Display(Name = "Black or Black British: African")] BlackAfrican = 'N',
    [Display(Name = "Black or Black British: any other Black background")] BlackOther = 'P',
    [Display(Name = "Other ethnic groups: Chinese")] Chinese = 'R',
    [Display(Name = "Other ethnic groups: any other ethnic group")] OtherEthnicGroup = 'S',
    [Display(Name = "Prefer not to say")] PreferNotToSay = 'Z',
}

public enum Sex
{
    [Display(Name = "Female")] Female = 1,
    [Display(Name = "Male")] Male = 2,
    [Display(Name = "Prefer not to say")] PreferNotToSay = 9,
}

public enum Disability
{
    [Display(Name = "Yes, I consider myself to have a disability")] Yes = 1,
    [Display(Name = "No")] No = 2,
    [Display(Name = "Prefer not to say")] PreferNotToSay = 9,
}

public enum AgeBand
{
    [Display(Name = "16 to 24")] From16To24 = 1,
    [Display(Name = "25 to 34")] From25To34 = 2,
    [Display(Name = "35 to 44")] From35To44 = 3,
    [Display(Name = "45 to 54")] From45To54 = 4,
    [Display(Name = "55 to 64")] From55To64 = 5,
    [Display(Name = "65 or over")] From65 = 6,
    [Display(Name = "Prefer not to say")] PreferNotToSay = 9,
}

/// <summary>The NHS sexual orientation monitoring information standard's answers.</summary>
public enum SexualOrientation
{
    [Display(Name = "Heterosexual or straight")] Heterosexual = 1,
    [Display(Name = "Gay or lesbian")] GayOrLesbian = 2,
    [Display(Name = "Bisexual")] Bisexual = 3,
    [Display(Name = "Other sexual orientation")] Other = 4,
    [Display(Name = "Undecided or not sure")] Undecided = 5,
    [Display(Name = "Prefer not to say")] PreferNotToSay = 9,
}

/// <summary>Religion or belief as ESR records it.</summary>
public enum Religion
{
    [Display(Name = "No religion or belief (including atheism)")] None = 1,
    [Display(Name = "Buddhism")] Buddhism = 2,
    [Display(Name = "Christianity")] Christianity = 3,
    [Display(Name = "Hinduism")] Hinduism = 4,
    [Display(Name = "Islam")] Islam = 5,
    [Display(Name = "Jainism")] Jainism = 6,
    [Display(Name = "Judaism")] Judaism = 7,
    [Display(Name = "Sikhism")] Sikhism = 8,
    [Display(Name = "Other religion or belief")] Other = 10,
    [Display(Name = "Prefer not to say")] PreferNotToSay = 99,
}
