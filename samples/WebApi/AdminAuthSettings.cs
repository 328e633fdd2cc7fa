using System.Net;
using Descope.UserManagement.Testing;

namespace WebApi;

/// <summary>
/// Section <c>Auth</c>: whose Descope session tokens the admin API accepts, and which role a caller needs. Unset values
/// follow the <c>Descope</c> client settings: the same project, and the keys from the same API host.
/// </summary>
internal sealed class AdminAuthSettings
{
    public const string SectionName = "Auth";

    /// <summary>The project whose session tokens are accepted; default <c>Descope:ProjectId</c> / <c>DESCOPE_PROJECT_ID</c>.</summary>
    public string? ProjectId { get; set; }

    /// <summary>
    /// The API host that serves the project's keys at <c>/v2/keys/&lt;projectId&gt;</c>; default <c>Descope:BaseUrl</c> /
    /// <c>DESCOPE_BASE_URL</c>, else the host the project ID's region names (<c>https://api.descope.com</c> for most).
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// The only <c>iss</c> values accepted, when set. Empty (the default): the bare project ID, or an http(s) URL whose
    /// last path segment is the project ID (e.g. <c>https://api.descope.com/&lt;projectId&gt;</c>), as Descope's SDKs accept.
    /// </summary>
    public string[] Issuers { get; set; } = [];

    /// <summary>The project-level role every admin endpoint requires.</summary>
    public string AdminRole { get; set; } = "Tenant Admin";

    /// <summary>How far the token's <c>exp</c> may lie in the past for clocks that disagree.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Where the project's keys are: <c>&lt;BaseUrl&gt;/v2/keys/&lt;ProjectId&gt;</c>.</summary>
    public Uri KeySetUrl => new(new Uri(BaseUrl!.ToString().TrimEnd('/') + "/"), "v2/keys/" + Uri.EscapeDataString(ProjectId!));

    /// <summary>The section, with what it leaves unset taken from the Descope client settings.</summary>
    public static AdminAuthSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(SectionName).Get<AdminAuthSettings>() ?? new AdminAuthSettings();
        settings.ProjectId = FirstSet(settings.ProjectId, configuration["DESCOPE_PROJECT_ID"], configuration["Descope:ProjectId"]);
        var baseUrl = FirstSet(configuration["DESCOPE_BASE_URL"], configuration["DESCOPE_BASE_URI"], configuration["Descope:BaseUrl"]);
        settings.BaseUrl ??= baseUrl is not null ? new Uri(baseUrl) : settings.ProjectId is { } projectId ? RegionalHost(projectId) : null;
        return settings;
    }

    /// <summary>Accepts the emulator's tokens instead: its project, and its keys.</summary>
    public void UseEmulator(DescopeEmulator emulator)
    {
        ProjectId = emulator.ProjectId;
        BaseUrl = emulator.BaseUrl;
    }

    /// <summary>Why these settings cannot be used (naming the setting, never a value), or <see langword="null"/>.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(ProjectId))
        {
            return "Auth:ProjectId (or Descope:ProjectId, DESCOPE_PROJECT_ID) is required: it names the project whose session tokens are accepted.";
        }

        if (string.IsNullOrWhiteSpace(AdminRole))
        {
            return "Auth:AdminRole must name the role that admin endpoints require.";
        }

        if (BaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && IsLoopback(url))))
        {
            return "Auth:BaseUrl must be an https:// URL (http:// only for a loopback host), e.g. https://api.descope.com.";
        }

        return ClockSkew < TimeSpan.Zero ? "Auth:ClockSkew must not be negative." : null;
    }

    // Like the SDK: project IDs of 32 characters or more carry a region in characters 1-4.
    private static Uri RegionalHost(string projectId) =>
        projectId.Length >= 32 ? new Uri($"https://api.{projectId.Substring(1, 4)}.descope.com") : new Uri("https://api.descope.com");

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static string? FirstSet(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
