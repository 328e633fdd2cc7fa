using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json.Serialization;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement;

/// <summary>
/// A user's OAuth token from a social provider, kept by Descope (docs/wire-contract.md §3.50). The access and refresh
/// tokens are secrets: <see cref="object.ToString"/> shows them as <c>&lt;redacted&gt;</c>, and the SDK never logs them.
/// </summary>
public sealed record ProviderToken
{
    /// <summary>The provider, e.g. <c>google</c> (<c>provider</c>).</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; init; }

    /// <summary>The user's ID at the provider (<c>providerUserId</c>; any case is read).</summary>
    [JsonPropertyName("providerUserId")]
    public string? ProviderUserId { get; init; }

    /// <summary>The access token for the provider's API (<c>accessToken</c>).</summary>
    [JsonPropertyName("accessToken")]
    public string? AccessToken { get; init; }

    /// <summary>When the access token expires (<c>expiration</c>, Unix seconds on the wire).</summary>
    [JsonPropertyName("expiration")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? Expiration { get; init; }

    /// <summary>The scopes the token grants (<c>scopes</c>).</summary>
    [JsonPropertyName("scopes")]
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>The refresh token (<c>refreshToken</c>); sent only when asked for with <see cref="ProviderTokenOptions.WithRefreshToken"/>.</summary>
    [JsonPropertyName("refreshToken")]
    public string? RefreshToken { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Provider = ").Append(Provider)
            .Append(", ProviderUserId = ").Append(ProviderUserId)
            .Append(", AccessToken = ").Append(Redaction.Of(AccessToken))
            .Append(", Expiration = ").Append(Expiration)
            .Append(", Scopes = ").Append(Scopes is null ? "" : string.Join(" ", Scopes))
            .Append(", RefreshToken = ").Append(Redaction.Of(RefreshToken));
        return true;
    }
}
