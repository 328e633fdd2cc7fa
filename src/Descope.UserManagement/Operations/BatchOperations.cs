using System.Collections.Generic;
using System.Text.Json.Serialization;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Operations;

// Batches: many users per request, every input accounted for (docs/wire-contract.md §3).
internal static partial class DescopeOperations
{
    public static readonly DescopeOperation<BatchPatchRequest, BatchPatchResponse> PatchBatch =
        Row("PatchBatch", Patch, "/v1/mgmt/user/patch/batch", DescopeJsonContext.Default.BatchPatchRequest, DescopeJsonContext.Default.BatchPatchResponse);

    // One path, two rows: a top-level invite: true tells them apart. Not repeatable: a second copy fails every user
    // created the first time as "already exists" and sends invitations again.
    public static readonly DescopeOperation<BatchCreateRequest, BatchCreateResponse> CreateBatch =
        Row("CreateBatch", Post, "/v1/mgmt/user/create/batch", BatchJsonContext.Default.BatchCreateRequest, BatchJsonContext.Default.BatchCreateResponse, RetryClass.OnlyIfNotSent);

    public static readonly DescopeOperation<BatchCreateRequest, BatchCreateResponse> InviteBatch =
        Row("InviteBatch", Post, "/v1/mgmt/user/create/batch", BatchJsonContext.Default.BatchCreateRequest, BatchJsonContext.Default.BatchCreateResponse, RetryClass.OnlyIfNotSent);
}

/// <summary>
/// Body of batch create and batch invite: <c>{"users": [item…]}</c>, then for an invitation <c>invite: true</c> and its
/// options (see <see cref="BatchCreateRequestConverter"/>). The items' passwords, hashes and seeds are secrets.
/// </summary>
[JsonConverter(typeof(BatchCreateRequestConverter))]
internal sealed class BatchCreateRequest : ICarriesSecrets
{
    public BatchCreateRequest(IReadOnlyList<BatchUserCreate> users, InviteOptions? invitation)
    {
        Users = users;
        Invitation = invitation;
        Secrets = SecretsOf(users);
    }

    public IReadOnlyList<BatchUserCreate> Users { get; }

    /// <summary>Batch invite only: the invitation's options; <see langword="null"/> for a plain batch create.</summary>
    public InviteOptions? Invitation { get; }

    public IReadOnlyList<string>? Secrets { get; }

    public static List<string>? SecretsOf(IReadOnlyList<BatchUserCreate> users)
    {
        List<string>? secrets = null;
        for (var i = 0; i < users.Count; i++)
        {
            var user = users[i];
            if (user.Password is not null || user.Seed is not null || user.HashedPassword is not null)
            {
                secrets ??= [];
                if (user.Password is { } password)
                {
                    secrets.Add(password);
                }

                if (user.Seed is { } seed)
                {
                    secrets.Add(seed);
                }

                if (user.HashedPassword is { } hashed)
                {
                    secrets.AddRange(hashed.Secrets());
                }
            }
        }

        return secrets;
    }

    // Never a password, should a body ever be formatted.
    public override string ToString() => $"BatchCreateRequest with {Users.Count} users";
}

/// <summary>
/// The answer of batch create and batch invite, 200 even when some users failed: <c>createdUsers</c>,
/// <c>failedUsers</c> (<c>{failure, user}</c>) and <c>additionalErrors</c>; any may be absent.
/// </summary>
internal sealed class BatchCreateResponse : IWireAnswer
{
    /// <summary>The created users; the list may hold <see langword="null"/> items, as the JSON may.</summary>
    [JsonPropertyName("createdUsers")]
    [JsonConverter(typeof(UserListJsonConverter))]
    public List<User>? CreatedUsers { get; set; }

    [JsonPropertyName("failedUsers")] public List<FailedUserResponse?>? FailedUsers { get; set; }

    [JsonPropertyName("additionalErrors")] public Dictionary<string, string?>? AdditionalErrors { get; set; }

    // Nothing to reject here: users the answer does not mention are reported as failed by the collector.
    public string? Problem => null;
}

/// <summary>The bodies and answers of this area, generated at compile time; nulls are left out.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BatchCreateRequest))]
[JsonSerializable(typeof(BatchCreateResponse))]
internal sealed partial class BatchJsonContext : JsonSerializerContext
{
}
