using System.Text.Json;
using Descope.UserManagement.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Descope.UserManagement.Tests.Search;

/// <summary>Each search filter, the sort, paging and totals as the emulator (and so the fake) applies them.</summary>
public sealed class SearchSemanticsTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly DescopeUserStore _store;
    private readonly FakeDescopeUserClient _users;

    public SearchSemanticsTests()
    {
        _store = new DescopeUserStore(_clock);
        _users = new FakeDescopeUserClient(_store);
        Seed("ada", "ada@example.com", "+15550001", "Ada Lovelace", UserStatus.Enabled, roles: ["admin"], tenants: [new UserTenant { TenantId = "acme", RoleNames = ["owner", "billing"] }],
            attributes: new() { ["plan"] = "gold", ["seats"] = 5 }, ssoApps: ["app1"]);
        _clock.Advance(TimeSpan.FromDays(1));
        Seed("grace", "grace@example.com", "+15550002", "Grace Hopper", UserStatus.Disabled, roles: ["viewer"], tenants: [new UserTenant { TenantId = "acme", RoleNames = ["owner"] }],
            attributes: new() { ["plan"] = "silver", ["seats"] = 2 });
        _clock.Advance(TimeSpan.FromDays(1));
        Seed("linus", "linus@example.org", "+15550003", "Linus T", UserStatus.Invited, roles: [], tenants: [new UserTenant { TenantId = "initech", RoleNames = ["billing"] }],
            attributes: new() { ["plan"] = "gold", ["seats"] = 10 });
        _clock.Advance(TimeSpan.FromDays(1));
        _store.Seed(new User { LoginIds = ["tester"], Name = "Test User", Test = true, Email = "tester@example.com" });
    }

    public void Dispose() => _users.Dispose();

    public static TheoryData<string, UserSearch, string[]> Filters() => new()
    {
        { "no filter: every non-test user in creation order", new UserSearch(), ["ada", "grace", "linus"] },
        { "login IDs, any case", new UserSearch { LoginIds = ["ADA", "linus"] }, ["ada", "linus"] },
        { "emails", new UserSearch { Emails = ["grace@example.com"] }, ["grace"] },
        { "phones", new UserSearch { Phones = ["+15550003"] }, ["linus"] },
        { "free text in names and emails", new UserSearch { Text = "example.com" }, ["ada", "grace"] },
        { "statuses, any of", new UserSearch { Statuses = [UserStatus.Disabled, UserStatus.Invited] }, ["grace", "linus"] },
        { "role names at project or tenant level", new UserSearch { RoleNames = ["admin", "billing"] }, ["ada", "linus"] },
        { "tenant IDs", new UserSearch { TenantIds = ["acme"] }, ["ada", "grace"] },
        { "tenant role names, any of", new UserSearch { TenantRoleNames = new Dictionary<string, RoleFilter> { ["acme"] = new(["billing", "owner"]) } }, ["ada", "grace"] },
        { "tenant role names, all of", new UserSearch { TenantRoleNames = new Dictionary<string, RoleFilter> { ["acme"] = new(["billing", "owner"], MatchAll: true) } }, ["ada"] },
        { "tenant role IDs (a role's ID is its name here)", new UserSearch { TenantRoleIds = new Dictionary<string, RoleFilter> { ["initech"] = new(["billing"]) } }, ["linus"] },
        { "custom attribute, exact value", new UserSearch { CustomAttributes = new Dictionary<string, object?> { ["plan"] = "gold" } }, ["ada", "linus"] },
        { "custom attribute, any of several", new UserSearch { CustomAttributes = new Dictionary<string, object?> { ["seats"] = new[] { 2, 10 } } }, ["grace", "linus"] },
        { "custom attributes, every key", new UserSearch { CustomAttributes = new Dictionary<string, object?> { ["plan"] = "gold", ["seats"] = 5 } }, ["ada"] },
        { "SSO app IDs", new UserSearch { SsoAppIds = ["app1"] }, ["ada"] },
        { "with test users", new UserSearch { WithTestUsers = true }, ["ada", "grace", "linus", "tester"] },
        { "test users only", new UserSearch { TestUsersOnly = true }, ["tester"] },
        { "created after", new UserSearch { CreatedAfter = Start.AddDays(1) }, ["grace", "linus"] },
        { "created before", new UserSearch { CreatedBefore = Start.AddHours(12) }, ["ada"] },
        { "created within a range", new UserSearch { CreatedAfter = Start.AddHours(1), CreatedBefore = Start.AddDays(1).AddHours(1) }, ["grace"] },
        { "sort by display name, descending", new UserSearch { Sort = [new UserSort(UserSortFields.DisplayName, Descending: true)] }, ["linus", "grace", "ada"] },
        { "sort by status, then email", new UserSearch { Sort = [new UserSort(UserSortFields.Status), new UserSort(UserSortFields.Email)] }, ["grace", "ada", "linus"] },
        { "filters combine", new UserSearch { TenantIds = ["acme"], Statuses = [UserStatus.Enabled] }, ["ada"] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task A_filter_finds_exactly_its_users(string label, UserSearch query, string[] expected)
    {
        var page = await _users.SearchAsync(query);

        page.Users.Select(u => u.LoginIds![0]).Should().Equal(expected, label);
        page.Total.Should().Be(expected.Length);
    }

    [Fact]
    public async Task Modified_times_follow_the_last_change()
    {
        _clock.Advance(TimeSpan.FromDays(1));
        var changedAt = _clock.GetUtcNow();
        await _users.UpdatePictureAsync("grace", "https://example.com/g.png");

        var page = await _users.SearchAsync(new UserSearch { ModifiedAfter = changedAt });
        page.Users.Select(u => u.LoginIds![0]).Should().Equal("grace");

        var sorted = await _users.SearchAsync(new UserSearch { Sort = [new UserSort(UserSortFields.ModifiedTime, Descending: true)] });
        sorted.Users.Select(u => u.LoginIds![0]).Should().Equal("grace", "linus", "ada");
    }

    [Fact]
    public async Task Pages_split_the_matches_and_report_the_total_of_all()
    {
        var first = await _users.SearchAsync(new UserSearch { Limit = 2 });
        var second = await _users.SearchAsync(new UserSearch { Limit = 2, Page = 1 });
        var beyond = await _users.SearchAsync(new UserSearch { Limit = 2, Page = 5 });

        first.Users.Select(u => u.LoginIds![0]).Should().Equal("ada", "grace");
        second.Users.Select(u => u.LoginIds![0]).Should().Equal("linus");
        beyond.Users.Should().BeEmpty("a page past the end is empty, not an error");
        new[] { first.Total, second.Total, beyond.Total }.Should().AllBeEquivalentTo(3);
        second.Should().Match<UserPage>(p => p.Page == 1 && p.Limit == 2);
    }

    [Fact]
    public async Task Search_test_users_returns_only_test_users()
    {
        var page = await _users.SearchTestUsersAsync(new UserSearch());

        page.Users.Select(u => u.LoginIds![0]).Should().Equal("tester");
    }

    [Fact]
    public async Task Load_users_returns_the_valid_users_with_those_ids_and_skips_unknown_ones()
    {
        var ids = _store.Users.Where(u => u.Test != true).Select(u => u.UserId!).Append("U-unknown").ToArray();

        var valid = await _users.LoadUsersAsync(ids);
        var all = await _users.LoadUsersAsync(ids, includeInvalidUsers: true);

        valid.Select(u => u.LoginIds![0]).Should().Equal("ada", "linus");
        all.Select(u => u.LoginIds![0]).Should().Equal("ada", "grace", "linus");
    }

    private void Seed(string loginId, string email, string phone, string name, UserStatus status, string[] roles, UserTenant[] tenants, Dictionary<string, object?> attributes, string[]? ssoApps = null) =>
        _store.Seed(new User
        {
            LoginIds = [loginId],
            Email = email,
            Phone = phone,
            Name = name,
            Status = status,
            RoleNames = roles,
            UserTenants = tenants,
            SsoAppIds = ssoApps ?? [],
            CustomAttributes = attributes.ToDictionary(a => a.Key, a => JsonDocument.Parse(a.Value is string text ? $"\"{text}\"" : $"{a.Value}").RootElement.Clone()),
        });
}
