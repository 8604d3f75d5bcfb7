using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace StretchPortal.IntegrationTests.Security;

/// <summary>
/// Every action the portal serves, found two ways that must agree: by reflection over the web assembly's controllers
/// (every public action method) and through the app's endpoint data source (the real route and HTTP methods of each
/// controller action, every Razor Page, should any be added, and every minimal-API endpoint).
/// </summary>
public static class AccessInventory
{
    public static IReadOnlyList<DiscoveredAction> Discover(IServiceProvider services)
    {
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching != true).ToList();
        var routedMethods = endpoints.Select(e => e.Metadata.GetMetadata<ControllerActionDescriptor>()?.MethodInfo)
            .OfType<MethodInfo>().ToHashSet();
        var unrouted = ActionMethods().Where(m => !routedMethods.Contains(m)).Select(m => $"{m.DeclaringType!.Name}.{m.Name}").ToList();
        if (unrouted.Count > 0)
        {
            throw new InvalidOperationException("Public controller actions without a route: " + string.Join(", ", unrouted));
        }

        return endpoints.Select(Describe).DistinctBy(a => a.Action).OrderBy(a => a.Action, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every public action method of every controller in the web assembly, by reflection.</summary>
    public static IEnumerable<MethodInfo> ActionMethods() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(ControllerBase).IsAssignableFrom(t))
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && m.GetCustomAttribute<NonActionAttribute>() is null);

    /// <summary>The problems between what the app serves and the table: each names what to add or remove.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<DiscoveredAction> actions, IEnumerable<AccessRow> rows)
    {
        var served = actions.ToDictionary(a => a.Action);
        var listed = rows.ToList();
        var problems = new List<string>();
        problems.AddRange(served.Values.Where(a => listed.All(r => r.Action != a.Action))
            .Select(a => $"add a row to AccessTable for {a.Action} /{a.Route}"));
        problems.AddRange(listed.Where(r => !served.ContainsKey(r.Action))
            .Select(r => $"remove the AccessTable row for {r.Action}: the portal has no such action"));
        problems.AddRange(listed.GroupBy(r => r.Action).Where(g => g.Count() > 1)
            .Select(g => $"AccessTable lists {g.Key} {g.Count()} times"));
        problems.AddRange(listed.Where(r => served.TryGetValue(r.Action, out var a) && !Matches(a.Route, r.Url))
            .Select(r => $"the AccessTable row for {r.Action} asks for {r.Url}, which is not its route /{served[r.Action].Route}"));
        return problems;
    }

    /// <summary>Whether a row's URL (world names in braces count as one segment) reaches the route.</summary>
    public static bool Matches(string route, string url)
    {
        var pattern = Regex.Replace(Regex.Escape(route).Replace(@"\{", "{", StringComparison.Ordinal), @"/\{[^}]+\?}", "(?:/[^/]+)?");
        pattern = Regex.Replace(pattern, @"\{[^}]+}", "[^/]+");
        // Conventional routes default the action to Index and the controller to Home, so "/Audit" and "/" reach them.
        var path = url.Split('?')[0].Trim('/');
        string[] candidates = [path, path + "/Index", path.Length == 0 ? "Home/Index" : path];
        return candidates.Any(c => Regex.IsMatch(c, "^" + pattern + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
    }

    private static DiscoveredAction Describe(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } m ? string.Join(",", m) : "ANY";
        var route = Render(endpoint.RoutePattern);
        if (endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is { } action)
        {
            return new($"{action.ControllerName}.{action.ActionName} [{methods}]", route);
        }

        return endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page
            ? new($"Page {page.ViewEnginePath} [{methods}]", route)
            : new($"/{route} [{methods}]", route);
    }

    private static string Render(RoutePattern pattern) =>
        string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter when pattern.RequiredValues.TryGetValue(parameter.Name, out var value) && value is string { Length: > 0 } s => s,
            RoutePatternParameterPart parameter => "{" + parameter.Name + (parameter.IsOptional ? "?" : "") + "}",
            _ => "",
        }))));
}
