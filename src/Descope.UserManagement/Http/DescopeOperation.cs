using System.Collections.Generic;
using System.Net.Http;

namespace Descope.UserManagement.Http;

/// <summary>One Descope endpoint: the SDK's name for it, the HTTP method and the path.</summary>
internal sealed class DescopeOperation
{
    private static readonly HttpMethod Patch = new("PATCH");
    private static readonly List<DescopeOperation> Defined = [];

    private DescopeOperation(string name, HttpMethod method, string path, bool isIdempotent = true)
    {
        Name = name;
        Method = method;
        Path = path;
        IsIdempotent = isIdempotent;
        ActivityName = "Descope " + name;
        Ordinal = Defined.Count;
        Defined.Add(this);
    }

    /// <summary>Every operation, by <see cref="Ordinal"/>.</summary>
    public static IReadOnlyList<DescopeOperation> All => Defined;

    public string Name { get; }

    public HttpMethod Method { get; }

    public string Path { get; }

    /// <summary>The operation's place in <see cref="All"/>, for tables indexed by operation.</summary>
    public int Ordinal { get; }

    /// <summary>The name of the operation's trace span.</summary>
    public string ActivityName { get; }

    /// <summary>
    /// Whether sending the request twice leaves the same state as sending it once, so a request that may have
    /// reached the server can be sent again. Only a login-ID change is not: once it succeeded the old ID is gone.
    /// </summary>
    public bool IsIdempotent { get; }

    // The wire contract of descope-api.md, one row per operation.
    public static readonly DescopeOperation Update = new("Update", HttpMethod.Post, "/v1/mgmt/user/update");
    public static readonly DescopeOperation UpdateStatus = new("UpdateStatus", HttpMethod.Post, "/v1/mgmt/user/update/status");
    public static readonly DescopeOperation UpdateEmail = new("UpdateEmail", HttpMethod.Post, "/v1/mgmt/user/update/email");
    public static readonly DescopeOperation UpdatePhone = new("UpdatePhone", HttpMethod.Post, "/v1/mgmt/user/update/phone");
    public static readonly DescopeOperation UpdateDisplayName = new("UpdateDisplayName", HttpMethod.Post, "/v1/mgmt/user/update/name");
    public static readonly DescopeOperation UpdateLoginId = new("UpdateLoginId", HttpMethod.Post, "/v1/mgmt/user/update/loginid", isIdempotent: false);
    public static readonly DescopeOperation PatchUser = new("Patch", Patch, "/v1/mgmt/user/patch");
    public static readonly DescopeOperation PatchBatch = new("PatchBatch", Patch, "/v1/mgmt/user/patch/batch");
    public static readonly DescopeOperation AddRoles = new("AddRoles", HttpMethod.Post, "/v2/mgmt/user/update/role/add");
    public static readonly DescopeOperation RemoveRoles = new("RemoveRoles", HttpMethod.Post, "/v1/mgmt/user/update/role/remove");
    public static readonly DescopeOperation SetRoles = new("SetRoles", HttpMethod.Post, "/v1/mgmt/user/update/role/set");
    public static readonly DescopeOperation RemoveTenant = new("RemoveTenant", HttpMethod.Post, "/v1/mgmt/user/update/tenant/remove");

    // Neighbour operations.
    public static readonly DescopeOperation Load = new("Load", HttpMethod.Get, "/v1/mgmt/user");
    public static readonly DescopeOperation LoadByUserId = new("LoadByUserId", HttpMethod.Get, "/v1/mgmt/user");
    public static readonly DescopeOperation Create = new("Create", HttpMethod.Post, "/v1/mgmt/user/create");
    public static readonly DescopeOperation CreateTestUser = new("CreateTestUser", HttpMethod.Post, "/v1/mgmt/user/create/test");
    public static readonly DescopeOperation Delete = new("Delete", HttpMethod.Post, "/v1/mgmt/user/delete");
    public static readonly DescopeOperation AddTenant = new("AddTenant", HttpMethod.Post, "/v1/mgmt/user/update/tenant/add");
    public static readonly DescopeOperation License = new("License", HttpMethod.Get, "/v1/mgmt/license");
}
