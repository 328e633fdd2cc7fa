using System;
using System.Net;

namespace Descope.UserManagement.Http;

/// <summary>Works out which Descope API host a project talks to.</summary>
internal static class DescopeEndpoint
{
    public const string DefaultBaseUrl = "https://api.descope.com";

    // Project IDs of this length or longer carry a region code in characters 1-4 (after the leading 'P').
    private const int RegionalProjectIdLength = 32;
    private const int RegionStart = 1;
    private const int RegionLength = 4;

    /// <summary>The base URL for <paramref name="projectId"/>: an explicit <paramref name="baseUrl"/> wins, else the region rule.</summary>
    public static Uri Resolve(string projectId, Uri? baseUrl)
    {
        if (baseUrl is not null)
        {
            return baseUrl;
        }

        if (projectId.Length >= RegionalProjectIdLength)
        {
            var region = projectId.Substring(RegionStart, RegionLength);
            return new Uri($"https://api.{region}.descope.com");
        }

        return new Uri(DefaultBaseUrl);
    }

    /// <summary>Why <paramref name="baseUrl"/> cannot be used, or <see langword="null"/> when it can.</summary>
    public static string? Problem(Uri baseUrl)
    {
        if (!baseUrl.IsAbsoluteUri)
        {
            return "BaseUrl must be an absolute URL such as https://api.descope.com.";
        }

        if (baseUrl.Scheme == Uri.UriSchemeHttps)
        {
            return null;
        }

        if (baseUrl.Scheme == Uri.UriSchemeHttp)
        {
            return IsLoopback(baseUrl)
                ? null
                : "BaseUrl must use https://; plain http:// is accepted only for a loopback host (localhost, 127.0.0.1, [::1]).";
        }

        return "BaseUrl must use https://.";
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
