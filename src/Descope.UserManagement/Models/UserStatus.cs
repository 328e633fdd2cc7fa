namespace Descope.UserManagement;

/// <summary>
/// The status of a Descope user. On the wire it is a lower-case string
/// (<c>enabled</c>, <c>disabled</c>, <c>invited</c>, <c>expired</c>).
/// </summary>
/// <remarks>
/// A status string this version of the SDK does not know is read as <see cref="Unknown"/> rather than
/// failing the whole response, so a new server-side status never breaks a running service.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.UserStatusJsonConverter))]
public enum UserStatus
{
    /// <summary>A status the server sent that this SDK version does not recognise. Never sent to the server.</summary>
    Unknown = 0,

    /// <summary>The user can log in (<c>enabled</c>).</summary>
    Enabled = 1,

    /// <summary>The user cannot log in (<c>disabled</c>).</summary>
    Disabled = 2,

    /// <summary>The user was created or invited and has not logged in yet (<c>invited</c>).</summary>
    Invited = 3,

    /// <summary>The user's invitation or access expired (<c>expired</c>). Reported by the server; not accepted as a new status.</summary>
    Expired = 4,
}
