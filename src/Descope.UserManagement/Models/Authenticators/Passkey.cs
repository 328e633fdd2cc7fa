using System;
using System.Text.Json.Serialization;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement;

/// <summary>A passkey (WebAuthn credential) registered to a user, as listed by Descope (docs/wire-contract.md §3.45).</summary>
public sealed record Passkey
{
    /// <summary>The credential ID, which <c>RemovePasskeyAsync</c> takes (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The relying party the passkey belongs to (<c>rpId</c>).</summary>
    [JsonPropertyName("rpId")]
    public string? RpId { get; init; }

    /// <summary>The kind of authenticator, as Descope names it (<c>kind</c>).</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; init; }

    /// <summary>The name shown for the passkey (<c>displayName</c>).</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; init; }

    /// <summary>When the passkey was registered (<c>createdTime</c>, Unix seconds on the wire).</summary>
    [JsonPropertyName("createdTime")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? CreatedTime { get; init; }
}
