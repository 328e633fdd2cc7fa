namespace WebApi;

/// <summary>Which <c>iss</c> values name the project: the rule Descope's SDKs follow, or an explicit list.</summary>
internal static class DescopeIssuer
{
    public static bool IsAccepted(string? issuer, AdminAuthSettings settings)
    {
        if (string.IsNullOrEmpty(issuer))
        {
            return false;
        }

        if (settings.Issuers.Length > 0)
        {
            return settings.Issuers.Contains(issuer, StringComparer.Ordinal);
        }

        // The bare project ID (older tokens), or a URL ending in it, e.g. https://api.descope.com/<projectId>.
        return issuer == settings.ProjectId
            || (Uri.TryCreate(issuer, UriKind.Absolute, out var url)
                && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
                && url.Query.Length == 0 && url.Fragment.Length == 0
                && url.AbsolutePath.EndsWith("/" + settings.ProjectId, StringComparison.Ordinal));
    }
}
