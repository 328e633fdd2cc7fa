using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Descope.UserManagement.Serialization;

/// <summary>The <c>{"user": …}</c> answer of every single-user operation.</summary>
internal sealed class UserResponse : IWireAnswer
{
    [JsonPropertyName("user")]
    [JsonConverter(typeof(UserJsonConverter))]
    public User? User { get; set; }

    public string? Problem => User is null ? "The response did not contain a user." : null;
}

/// <summary>
/// An answer whose content the SDK does not use (delete answers an empty object; logout, the password calls and the
/// deletes may answer with no body at all, which the sender accepts for this type).
/// </summary>
internal sealed class EmptyResponse : IWireAnswer
{
    /// <summary>The answer of an empty body.</summary>
    public static readonly EmptyResponse Instance = new();

    public string? Problem => null;
}

/// <summary>The answer of batch patch.</summary>
internal sealed class BatchPatchResponse : IWireAnswer
{
    /// <summary>The patched users; the list may hold <see langword="null"/> items, as the JSON may.</summary>
    [JsonPropertyName("patchedUsers")]
    [JsonConverter(typeof(UserListJsonConverter))]
    public List<User>? PatchedUsers { get; set; }
    [JsonPropertyName("failedUsers")] public List<FailedUserResponse?>? FailedUsers { get; set; }
    [JsonPropertyName("additionalErrors")] public Dictionary<string, string?>? AdditionalErrors { get; set; }

    // Nothing to reject here: users the answer does not mention are reported as failed by BatchPatchCollector.
    public string? Problem => null;
}

/// <summary>One <c>failedUsers</c> item of the batch-patch answer.</summary>
internal sealed class FailedUserResponse
{
    [JsonPropertyName("failure")] public string? Failure { get; set; }

    [JsonPropertyName("user")]
    [JsonConverter(typeof(UserJsonConverter))]
    public User? User { get; set; }
}

/// <summary>The answer of the license handshake.</summary>
internal sealed class LicenseResponse
{
    [JsonPropertyName("rateLimitTier")] public string? RateLimitTier { get; set; }
}

/// <summary>Descope's error body.</summary>
internal sealed class ErrorResponse
{
    [JsonPropertyName("errorCode")] public string? ErrorCode { get; set; }
    [JsonPropertyName("errorDescription")] public string? ErrorDescription { get; set; }
    [JsonPropertyName("errorMessage")] public string? ErrorMessage { get; set; }
}
