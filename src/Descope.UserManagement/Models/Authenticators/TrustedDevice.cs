using System;
using System.Text.Json.Serialization;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement;

/// <summary>
/// A device a user chose to trust (a remembered device that skips a second factor), as listed by Descope
/// (docs/wire-contract.md §3.48).
/// </summary>
public sealed record TrustedDevice
{
    /// <summary>The device ID, which <c>RemoveTrustedDevicesAsync</c> takes (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The device's name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The kind of device (<c>deviceType</c>).</summary>
    [JsonPropertyName("deviceType")]
    public string? DeviceType { get; init; }

    /// <summary>The device's last login (<c>lastLoginTime</c>: Unix seconds, sent as a string).</summary>
    [JsonPropertyName("lastLoginTime")]
    [JsonConverter(typeof(UnixSecondsTextJsonConverter))]
    public DateTimeOffset? LastLoginTime { get; init; }

    /// <summary>When the device stops being trusted (<c>expirationTime</c>: Unix seconds, sent as a string).</summary>
    [JsonPropertyName("expirationTime")]
    [JsonConverter(typeof(UnixSecondsTextJsonConverter))]
    public DateTimeOffset? ExpirationTime { get; init; }

    /// <summary>Where the device last logged in from (<c>lastLocation</c>).</summary>
    [JsonPropertyName("lastLocation")]
    public string? LastLocation { get; init; }

    /// <summary>The Descope user ID of the device's owner (<c>userId</c>), when Descope sends it.</summary>
    [JsonPropertyName("userId")]
    public string? UserId { get; init; }

    /// <summary>Whether this is the device of the current session (<c>isCurrentDevice</c>), when Descope sends it.</summary>
    [JsonPropertyName("isCurrentDevice")]
    public bool? IsCurrentDevice { get; init; }
}
