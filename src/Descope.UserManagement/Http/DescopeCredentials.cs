using System;
using System.Net.Http.Headers;

namespace Descope.UserManagement.Http;

/// <summary>
/// A project ID and management key, and the headers they become on a request. Immutable; built once per key.
/// </summary>
internal sealed class DescopeCredentials
{
    private const string BearerScheme = "Bearer";

    private DescopeCredentials(string projectId, string managementKey)
    {
        ProjectId = projectId;
        ManagementKey = managementKey;
        BearerToken = projectId + ":" + managementKey;
        Authorization = new AuthenticationHeaderValue(BearerScheme, BearerToken);
    }

    public string ProjectId { get; }

    public string ManagementKey { get; }

    /// <summary><c>ProjectId:ManagementKey</c>, the parameter of the <c>Authorization: Bearer</c> header.</summary>
    public string BearerToken { get; }

    // Shared by every request: header values are only read once set, so one instance serves all calls.
    private AuthenticationHeaderValue Authorization { get; }

    public static DescopeCredentials From(DescopeUserClientOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ProjectId) || string.IsNullOrWhiteSpace(options.ManagementKey))
        {
            throw new InvalidOperationException(
                "DescopeUserClientOptions.ProjectId and DescopeUserClientOptions.ManagementKey must both be set.");
        }

        return new DescopeCredentials(options.ProjectId!, options.ManagementKey!);
    }

    public bool IsFor(DescopeUserClientOptions options) =>
        string.Equals(ProjectId, options.ProjectId, StringComparison.Ordinal)
        && string.Equals(ManagementKey, options.ManagementKey, StringComparison.Ordinal);

    /// <summary>Sets the authentication and SDK headers, replacing any earlier values so nothing is sent twice.</summary>
    public void ApplyTo(HttpRequestHeaders headers)
    {
        headers.Authorization = Authorization;
        Replace(headers, DescopeHeaders.ProjectId, ProjectId);
        Replace(headers, DescopeHeaders.SdkName, SdkInfo.Name);
        Replace(headers, DescopeHeaders.SdkVersion, SdkInfo.Version);
        Replace(headers, DescopeHeaders.RuntimeVersion, SdkInfo.RuntimeVersion);
    }

    /// <summary>Sets the authentication and SDK headers on a request that has none of them yet.</summary>
    public void ApplyToNew(HttpRequestHeaders headers)
    {
        headers.Authorization = Authorization;
        headers.TryAddWithoutValidation(DescopeHeaders.ProjectId, ProjectId);
        headers.TryAddWithoutValidation(DescopeHeaders.SdkName, SdkInfo.Name);
        headers.TryAddWithoutValidation(DescopeHeaders.SdkVersion, SdkInfo.Version);
        headers.TryAddWithoutValidation(DescopeHeaders.RuntimeVersion, SdkInfo.RuntimeVersion);
    }

    /// <summary>
    /// <paramref name="text"/> with a bearer token (<c>ProjectId:Key</c>) and its key blanked out, for anything that
    /// may be shown. Works from the token a request actually carried, which a pipeline handler may have rotated.
    /// </summary>
    public static string Redact(string text, string? bearerToken)
    {
        if (string.IsNullOrEmpty(bearerToken))
        {
            return text;
        }

        var colon = bearerToken!.IndexOf(':');
        var key = colon >= 0 ? bearerToken.Substring(colon + 1) : bearerToken;
        text = text.Replace(bearerToken, "<redacted>");
        return key.Length == 0 ? text : text.Replace(key, "<redacted>");
    }

    // Never let the key reach a log through a debugger or a careless interpolation.
    public override string ToString() => $"ProjectId = {ProjectId}, ManagementKey = <redacted>";

    private static void Replace(HttpRequestHeaders headers, string name, string value)
    {
        headers.Remove(name);
        headers.TryAddWithoutValidation(name, value);
    }
}
