namespace Descope.UserManagement.Testing.Emulation;

/// <summary>The filters of the emulator's basic search; a filter left null matches everything.</summary>
internal sealed record UserSearch
{
    public int? Limit { get; init; }

    public int? Page { get; init; }

    public IReadOnlyList<string>? LoginIds { get; init; }

    public IReadOnlyList<string>? Emails { get; init; }

    public IReadOnlyList<string>? Phones { get; init; }

    public IReadOnlyList<string>? TenantIds { get; init; }

    public IReadOnlyList<string>? RoleNames { get; init; }

    public IReadOnlyList<UserStatus>? Statuses { get; init; }

    public string? Text { get; init; }

    public bool Matches(User user) =>
        AnyOf(LoginIds, id => user.LoginIds?.Contains(id, StringComparer.OrdinalIgnoreCase) == true)
        && AnyOf(Emails, email => string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase))
        && AnyOf(Phones, phone => user.Phone == phone)
        && AnyOf(TenantIds, tenant => user.UserTenants?.Any(t => t.TenantId == tenant) == true)
        && AnyOf(RoleNames, role => user.RoleNames?.Contains(role) == true || user.UserTenants?.Any(t => t.RoleNames?.Contains(role) == true) == true)
        && AnyOf(Statuses, status => user.Status == status)
        && (string.IsNullOrEmpty(Text) || Texts(user).Any(t => t?.Contains(Text, StringComparison.OrdinalIgnoreCase) == true));

    private static bool AnyOf<T>(IReadOnlyList<T>? wanted, Func<T, bool> match) => wanted is not { Count: > 0 } || wanted.Any(match);

    private static IEnumerable<string?> Texts(User user) =>
        (user.LoginIds ?? []).Concat([user.Name, user.Email, user.Phone, user.GivenName, user.FamilyName]);
}
