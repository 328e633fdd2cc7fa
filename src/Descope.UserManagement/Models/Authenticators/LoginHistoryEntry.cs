using System;
using System.Text.Json.Serialization;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement;

/// <summary>One login of a user, as Descope's authentication history lists it (docs/wire-contract.md §3.51).</summary>
public sealed record LoginHistoryEntry
{
    /// <summary>The Descope user ID (<c>userId</c>).</summary>
    [JsonPropertyName("userId")]
    public string? UserId { get; init; }

    /// <summary>When the user logged in (<c>loginTime</c>, Unix seconds on the wire).</summary>
    [JsonPropertyName("loginTime")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? LoginTime { get; init; }

    /// <summary>The city the login came from (<c>city</c>).</summary>
    [JsonPropertyName("city")]
    public string? City { get; init; }

    /// <summary>The country the login came from (<c>country</c>).</summary>
    [JsonPropertyName("country")]
    public string? Country { get; init; }

    /// <summary>The IP address the login came from (<c>ip</c>).</summary>
    [JsonPropertyName("ip")]
    public string? Ip { get; init; }

    /// <summary>The tenant the user chose at login, when Descope sends it (<c>selectedTenant</c>).</summary>
    [JsonPropertyName("selectedTenant")]
    public string? SelectedTenant { get; init; }
}
