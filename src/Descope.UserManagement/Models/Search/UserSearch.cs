using System;
using System.Collections.Generic;

namespace Descope.UserManagement;

/// <summary>
/// What to find with <see cref="IDescopeUserClient.SearchAsync"/> and <see cref="IDescopeUserClient.SearchAllAsync"/>.
/// Every property left <see langword="null"/> is not sent; a user must match every filter that is set, and within a
/// list filter any one of its values (docs/wire-contract.md §3.20).
/// </summary>
public sealed record UserSearch
{
    /// <summary>Free text matched against the user's login IDs, name, email and phone (<c>text</c>).</summary>
    public string? Text { get; init; }

    /// <summary>Users with any of these login IDs (<c>loginIds</c>).</summary>
    public IReadOnlyList<string>? LoginIds { get; init; }

    /// <summary>Users with any of these Descope user IDs (<c>userIds</c>).</summary>
    public IReadOnlyList<string>? UserIds { get; init; }

    /// <summary>Users with any of these emails (<c>emails</c>).</summary>
    public IReadOnlyList<string>? Emails { get; init; }

    /// <summary>Users with any of these phone numbers (<c>phones</c>).</summary>
    public IReadOnlyList<string>? Phones { get; init; }

    /// <summary>Users in any of these statuses (<c>statuses</c>).</summary>
    public IReadOnlyList<UserStatus>? Statuses { get; init; }

    /// <summary>Users with any of these roles, at project level or in a tenant (<c>roleNames</c>).</summary>
    public IReadOnlyList<string>? RoleNames { get; init; }

    /// <summary>Users who are members of any of these tenants (<c>tenantIds</c>).</summary>
    public IReadOnlyList<string>? TenantIds { get; init; }

    /// <summary>Per tenant ID, the role names a member must have, all or any of them (<c>tenantRoleNames</c>).</summary>
    public IReadOnlyDictionary<string, RoleFilter>? TenantRoleNames { get; init; }

    /// <summary>Per tenant ID, the role IDs a member must have, all or any of them (<c>tenantRoleIds</c>).</summary>
    public IReadOnlyDictionary<string, RoleFilter>? TenantRoleIds { get; init; }

    /// <summary>
    /// Custom attributes to match exactly (<c>customAttributes</c>): a string, number or bool, or a list of those
    /// meaning "any of".
    /// </summary>
    public IReadOnlyDictionary<string, object?>? CustomAttributes { get; init; }

    /// <summary>Users with access to any of these SSO applications (<c>ssoAppIds</c>).</summary>
    public IReadOnlyList<string>? SsoAppIds { get; init; }

    /// <summary>Include test users, which a search leaves out otherwise (<c>withTestUser</c>).</summary>
    public bool? WithTestUsers { get; init; }

    /// <summary>Return only test users (<c>testUsersOnly</c>).</summary>
    public bool? TestUsersOnly { get; init; }

    /// <summary>Users created at or after this time (<c>fromCreatedTime</c>, sent in Unix milliseconds).</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Users created at or before this time (<c>toCreatedTime</c>, sent in Unix milliseconds).</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    /// <summary>Users last changed at or after this time (<c>fromModifiedTime</c>, sent in Unix milliseconds).</summary>
    public DateTimeOffset? ModifiedAfter { get; init; }

    /// <summary>Users last changed at or before this time (<c>toModifiedTime</c>, sent in Unix milliseconds).</summary>
    public DateTimeOffset? ModifiedBefore { get; init; }

    /// <summary>The order of the results, first key first (<c>sort</c>); see <see cref="UserSortFields"/>.</summary>
    public IReadOnlyList<UserSort>? Sort { get; init; }

    /// <summary>Users per page (<c>limit</c>); Descope's default is 100 when not set.</summary>
    public int? Limit { get; init; }

    /// <summary>The 0-based page (<c>page</c>); 0 when not set.</summary>
    public int? Page { get; init; }
}
