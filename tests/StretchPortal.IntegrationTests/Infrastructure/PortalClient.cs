using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace StretchPortal.IntegrationTests.Infrastructure;

/// <summary>
/// Talks to the portal as a browser does: GETs a page, reads its form (hidden fields, anti-forgery token, current
/// values), fills in what the test types, and posts it to the form's action.
/// </summary>
public sealed class PortalClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public async Task SignInAsync(string email, string password)
    {
        var response = await PostFormAsync("/Account/Login", new() { ["Email"] = email, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {response.StatusCode}");
        }
    }

    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(new Uri(url, UriKind.Relative));

    /// <summary>GETs a page that must answer 200 and parses it.</summary>
    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        using var response = await GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}, not 200");
        }

        return await ParseAsync(response);
    }

    /// <summary>
    /// Fills in and posts the form on <paramref name="pageUrl"/>: the first form whose action starts with
    /// <paramref name="action"/> if given, else the first POST form in the main content. Given values replace
    /// the form's own values of that name; a list value posts the name once per item (checkboxes).
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, Dictionary<string, object?> values, string? action = null)
    {
        var page = await GetPageAsync(pageUrl);
        var form = FindForm(page, action)
            ?? throw new InvalidOperationException($"No form{(action is null ? "" : " posting to " + action)} on {pageUrl}");
        var fields = FormValues(form).Where(f => !values.ContainsKey(f.Key)).ToList();
        foreach (var (name, value) in values)
        {
            switch (value)
            {
                case null:
                    break;
                case IEnumerable<string> many when value is not string:
                    fields.AddRange(many.Select(v => new KeyValuePair<string, string>(name, v)));
                    break;
                default:
                    fields.Add(new(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
                    break;
            }
        }

        var target = form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl;
        using var content = new FormUrlEncodedContent(fields);
        return await http.PostAsync(new Uri(target, UriKind.Relative), content);
    }

    /// <summary>Posts raw fields to a URL with a valid anti-forgery token taken from <paramref name="tokenPageUrl"/>.</summary>
    public async Task<HttpResponseMessage> PostAsync(string url, Dictionary<string, string> values, string tokenPageUrl = "/")
    {
        var page = await GetPageAsync(tokenPageUrl);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No anti-forgery token on {tokenPageUrl}");
        var fields = new Dictionary<string, string>(values) { ["__RequestVerificationToken"] = token };
        using var content = new FormUrlEncodedContent(fields);
        return await http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public void Dispose() => http.Dispose();

    private static IHtmlFormElement? FindForm(IHtmlDocument page, string? action)
    {
        var forms = page.QuerySelectorAll<IHtmlFormElement>("main form").Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase));
        return action is null
            ? forms.FirstOrDefault()
            : forms.FirstOrDefault(f => (f.GetAttribute("action") ?? "").StartsWith(action, StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<KeyValuePair<string, string>> FormValues(IHtmlFormElement form)
    {
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    if (input.Type is "submit" or "button" or "file")
                    {
                        break;
                    }

                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        break;
                    }

                    yield return new(input.Name!, input.Value);
                    break;
                case IHtmlTextAreaElement textarea when !string.IsNullOrEmpty(textarea.Name):
                    yield return new(textarea.Name!, textarea.Value);
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    foreach (var option in select.Options.Where(o => o.IsSelected))
                    {
                        yield return new(select.Name!, option.Value);
                    }

                    break;
            }
        }
    }
}
