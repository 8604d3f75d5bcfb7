namespace StretchPortal.Web.Features.Shared;

/// <summary>One step of the breadcrumb trail above a page's heading.</summary>
public sealed record Crumb(string Text, string Href);
