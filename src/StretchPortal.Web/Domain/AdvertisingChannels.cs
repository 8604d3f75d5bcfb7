using System.ComponentModel.DataAnnotations;

namespace StretchPortal.Web.Domain;

/// <summary>
/// The outlets an opportunity was advertised through (seed 001: "as wide a mix of outlets as possible"). An
/// opportunity with none was not advertised openly.
/// </summary>
[Flags]
public enum AdvertisingChannels
{
    None = 0,
    [Display(Name = "Applicant tracking system (ATS)")] Ats = 1,
    [Display(Name = "Email prompts")] Email = 2,
    [Display(Name = "Notice boards")] NoticeBoards = 4,
    [Display(Name = "Text prompts")] Text = 8,
    [Display(Name = "Staff groups")] StaffGroups = 16,
    [Display(Name = "Team meetings")] TeamMeetings = 32,
    [Display(Name = "Social media")] SocialMedia = 64,
    [Display(Name = "Positive action outreach")] PositiveAction = 128,
}
