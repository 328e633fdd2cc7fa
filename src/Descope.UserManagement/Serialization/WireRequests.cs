using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Descope.UserManagement.Serialization;

// The request bodies several operations share; the others sit beside their rows in Operations/. As the wire
// contract spells them (docs/wire-contract.md). Null properties are left out of the JSON
// (DescopeJsonContext ignores nulls when writing, and UserDetailsWriter skips them), so "not set" never reaches
// the server as null.

/// <summary>Body of update, patch, create and invite: the user's login ID and the fields to write (see <see cref="UserDetailsWriter"/>).</summary>
[JsonConverter(typeof(UserDetailsRequestConverter))]
internal sealed class UserDetailsRequest
{
    public UserDetailsRequest(string loginId, UserDetails details, UserStatus? status, bool test = false, InviteOptions? invitation = null)
    {
        LoginId = loginId;
        Details = details;
        Status = status;
        Test = test;
        Invitation = invitation;
    }

    public string LoginId { get; }

    public UserDetails Details { get; }

    /// <summary>Patch only: the status to set.</summary>
    public UserStatus? Status { get; }

    /// <summary>Create only: whether the user is a test user.</summary>
    public bool Test { get; }

    /// <summary>Invite only: the invitation's options, sent with <c>invite: true</c> in place of the create's own.</summary>
    public InviteOptions? Invitation { get; }
}

/// <summary>Body of batch patch: each patch is written as one item of <c>users</c>, naming its own user.</summary>
[JsonConverter(typeof(BatchPatchRequestConverter))]
internal sealed class BatchPatchRequest
{
    public BatchPatchRequest(IReadOnlyList<BatchUserPatch> users) => Users = users;

    public IReadOnlyList<BatchUserPatch> Users { get; }
}
