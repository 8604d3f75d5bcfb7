using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Notifications;

public sealed class NotificationListTests : IDisposable
{
    private readonly PortalApp app = new();

    public void Dispose() => app.Dispose();

    [Theory]
    [InlineData("/Notifications")]
    [InlineData("/Notifications/Preferences")]
    public async Task Anonymous_is_sent_to_sign_in(string url)
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync(url);

        Assertions.IsRedirectToSignIn(response);
    }

    [Fact]
    public async Task A_person_sees_only_their_own_notifications_newest_first_with_the_unread_ones_tagged()
    {
        var me = await app.PersonAsync(roles: Roles.Mentor);
        var someoneElse = await app.PersonAsync(roles: Roles.Mentor);
        var start = DateTime.UtcNow.AddHours(-3);
        await app.NotificationAsync(me.Id, "Oldest, read", createdAt: start, read: true);
        await app.NotificationAsync(me.Id, "Newest, unread", createdAt: start.AddHours(2));
        await app.NotificationAsync(someoneElse.Id, "Not yours", createdAt: start.AddHours(1));
        using var client = await app.SignedInAsync(me.Email!);

        var page = await client.GetPageAsync("/Notifications");

        var items = page.QuerySelectorAll("main li.app-notification").ToList();
        Assert.Equal(["Newest, unread", "Oldest, read"], items.Select(i => i.QuerySelector("h2")!.TextContent.Replace("Unread", "", StringComparison.Ordinal).Trim()));
        Assert.NotNull(items[0].QuerySelector(".nhsuk-tag"));
        Assert.Null(items[1].QuerySelector(".nhsuk-tag"));
        Assert.DoesNotContain("Not yours", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("You have 1 unread notification.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_is_paged_twenty_at_a_time()
    {
        var me = await app.PersonAsync();
        var start = DateTime.UtcNow.AddDays(-1);
        for (var i = 0; i < 21; i++)
        {
            await app.NotificationAsync(me.Id, $"Notice {i:00}", createdAt: start.AddMinutes(i));
        }

        using var client = await app.SignedInAsync(me.Email!);

        var first = await client.GetPageAsync("/Notifications");
        var second = await client.GetPageAsync("/Notifications?page=2");

        Assert.Equal(20, first.QuerySelectorAll("main li.app-notification").Length);
        Assert.NotNull(first.QuerySelector("a[href='/Notifications?page=2']"));
        Assert.Contains("Notice 00", Assert.Single(second.QuerySelectorAll("main li.app-notification")).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_a_notification_marks_it_read_and_goes_to_its_page()
    {
        var me = await app.PersonAsync();
        var notification = await app.NotificationAsync(me.Id, "Open me", link: "/Opportunities");
        using var client = await app.SignedInAsync(me.Email!);

        using var response = await client.PostFormAsync("/Notifications", [], $"/Notifications/Open/{notification.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Opportunities", response.Headers.Location!.OriginalString);
        Assert.NotNull((await app.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync())).ReadAt);
    }

    [Fact]
    public async Task Opening_another_persons_notification_is_not_found_and_leaves_it_unread()
    {
        var me = await app.PersonAsync();
        var someoneElse = await app.PersonAsync();
        var theirs = await app.NotificationAsync(someoneElse.Id, "Not yours");
        using var client = await app.SignedInAsync(me.Email!);

        using var response = await client.PostAsync($"/Notifications/Open/{theirs.Id}", [], "/Notifications");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await app.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync())).ReadAt);
    }

    [Fact]
    public async Task Opening_needs_the_anti_forgery_token()
    {
        var me = await app.PersonAsync();
        var notification = await app.NotificationAsync(me.Id, "Open me");
        using var client = await app.SignedInAsync(me.Email!);

        using var response = await client.Http.PostAsync(new Uri($"/Notifications/Open/{notification.Id}", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await app.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync())).ReadAt);
    }

    [Fact]
    public async Task A_link_that_leaves_the_portal_is_not_followed()
    {
        var me = await app.PersonAsync();
        var notification = await app.NotificationAsync(me.Id, "Odd link", link: "https://elsewhere.example.org/phish");
        using var client = await app.SignedInAsync(me.Email!);

        using var response = await client.PostAsync($"/Notifications/Open/{notification.Id}", [], "/Notifications");

        Assertions.IsRedirectTo(response, "/Notifications");
        Assert.DoesNotContain("elsewhere", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mark_all_as_read_marks_only_the_persons_own()
    {
        var me = await app.PersonAsync();
        var someoneElse = await app.PersonAsync();
        await app.NotificationAsync(me.Id, "One");
        await app.NotificationAsync(me.Id, "Two");
        await app.NotificationAsync(someoneElse.Id, "Theirs");
        using var client = await app.SignedInAsync(me.Email!);

        using var response = await client.PostFormAsync("/Notifications", [], "/Notifications/MarkAllRead");

        Assertions.IsRedirectTo(response, "/Notifications");
        var rows = await app.NotificationsAsync();
        Assert.All(rows.Where(r => r.RecipientId == me.Id), r => Assert.NotNull(r.ReadAt));
        Assert.Null(rows.Single(r => r.RecipientId == someoneElse.Id).ReadAt);
        var page = await client.GetPageAsync("/Notifications");
        Assert.Contains("2 notifications marked as read.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_header_shows_the_unread_count_to_every_signed_in_person()
    {
        var me = await app.PersonAsync();
        var first = await app.NotificationAsync(me.Id, "One");
        await app.NotificationAsync(me.Id, "Two");
        await app.NotificationAsync(me.Id, "Read already", read: true);
        using var client = await app.SignedInAsync(me.Email!);

        var before = await client.GetPageAsync("/");
        using var opened = await client.PostFormAsync("/Notifications", [], $"/Notifications/Open/{first.Id}");
        var after = await client.GetPageAsync("/Profile");

        Assert.Equal("Notifications (2 unread)", before.QuerySelector("header a[href='/Notifications']")!.TextContent.Trim());
        Assert.Equal("Notifications (1 unread)", after.QuerySelector("header a[href='/Notifications']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Preferences_list_the_optional_kinds_ticked_by_default_and_the_essential_ones_as_always_sent()
    {
        var me = await app.PersonAsync();
        using var client = await app.SignedInAsync(me.Email!);

        var page = await client.GetPageAsync("/Notifications/Preferences");

        var boxes = page.QuerySelectorAll("input[name='EmailKinds']").Cast<AngleSharp.Html.Dom.IHtmlInputElement>().ToList();
        Assert.Equal(NotificationPreferences.Optional.Select(k => k.ToString()), boxes.Select(b => b.Value));
        Assert.All(boxes, b => Assert.True(b.IsChecked));
        Assert.NotNull(page.QuerySelector("label[for='EmailKinds']"));
        Assert.Contains("An assignment is waiting for your agreement", page.QuerySelector("main form")!.TextContent, StringComparison.Ordinal);
        var always = page.QuerySelectorAll("main ul.nhsuk-list--bullet li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("Your assignment was agreed", always);
        Assert.Contains("A decision on your coach application", always);
    }

    [Fact]
    public async Task Saving_preferences_keeps_one_row_per_kind_turned_off_and_shows_them_unticked()
    {
        var me = await app.PersonAsync();
        using var client = await app.SignedInAsync(me.Email!);
        var keep = NotificationPreferences.Optional
            .Where(k => k is not (NotificationKind.WeekOverdue or NotificationKind.InterestReceived)).Select(k => k.ToString()).ToList();

        using var saved = await client.PostFormAsync("/Notifications/Preferences", new() { ["EmailKinds"] = keep });
        var page = await client.GetPageAsync("/Notifications/Preferences");
        using var again = await client.PostFormAsync("/Notifications/Preferences", new() { ["EmailKinds"] = keep.Append("WeekOverdue").ToList() });

        Assertions.IsRedirectTo(saved, "/Notifications/Preferences");
        Assert.Contains("Your email preferences have been saved.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var unticked = page.QuerySelectorAll("input[name='EmailKinds']").Cast<AngleSharp.Html.Dom.IHtmlInputElement>()
            .Where(b => !b.IsChecked).Select(b => b.Value).ToList();
        Assert.Equal(["WeekOverdue", "InterestReceived"], unticked);
        var stored = await app.WithDbAsync(db => db.NotificationPreferences.AsNoTracking().Where(p => p.PersonId == me.Id).Select(p => p.Kind).ToListAsync());
        Assert.Equal([NotificationKind.InterestReceived], stored);
    }
}
