using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Wire;

/// <summary>Search, SearchTestUsers and LoadUsers: every filter key, the minimal body, sort, paging and time conversion.</summary>
public sealed class SearchWireTests : WireTest
{
    private const string SearchPath = "/v2/mgmt/user/search";
    private const string PageAnswer = "{\"users\":[" + SampleUsers.FullUserJson + "],\"total\":2152}";

    // 2026-03-04T05:06:07.089Z and one day later, in Unix milliseconds (user createdTime is seconds; these are not).
    private static readonly DateTimeOffset Early = new(2026, 3, 4, 5, 6, 7, 89, TimeSpan.Zero);
    private const long EarlyMs = 1772600767089;
    private const long LaterMs = EarlyMs + 86_400_000;

    public static TheoryData<WireCase> Cases => new()
    {
        Page("minimal: an empty search sends {}", new UserSearch(), "{}"),
        Page("limit and page", new UserSearch { Limit = 50, Page = 3 }, """{"limit":50,"page":3}"""),
        Page("a limit of 0 asks for Descope's default", new UserSearch { Limit = 0 }, """{"limit":0}"""),
        Page("text", new UserSearch { Text = "ada" }, """{"text":"ada"}"""),
        Page("login IDs", new UserSearch { LoginIds = ["a@example.com", "b"] }, """{"loginIds":["a@example.com","b"]}"""),
        Page("user IDs", new UserSearch { UserIds = ["U1", "U2"] }, """{"userIds":["U1","U2"]}"""),
        Page("emails", new UserSearch { Emails = ["a@example.com"] }, """{"emails":["a@example.com"]}"""),
        Page("phones", new UserSearch { Phones = ["+15550001"] }, """{"phones":["\u002B15550001"]}"""),
        Page("statuses, every one", new UserSearch { Statuses = [UserStatus.Enabled, UserStatus.Disabled, UserStatus.Invited, UserStatus.Expired] },
            """{"statuses":["enabled","disabled","invited","expired"]}"""),
        Page("role names", new UserSearch { RoleNames = ["admin"] }, """{"roleNames":["admin"]}"""),
        Page("tenant IDs", new UserSearch { TenantIds = ["T1", "T2"] }, """{"tenantIds":["T1","T2"]}"""),
        Page("tenant role names, any of (no and)", new UserSearch { TenantRoleNames = new Dictionary<string, RoleFilter> { ["T1"] = new(["a", "b"]) } },
            """{"tenantRoleNames":{"T1":{"values":["a","b"]}}}"""),
        Page("tenant role IDs, all of", new UserSearch { TenantRoleIds = new Dictionary<string, RoleFilter> { ["T1"] = new(["r1"], MatchAll: true), ["T2"] = new(["r2"]) } },
            """{"tenantRoleIds":{"T1":{"values":["r1"],"and":true},"T2":{"values":["r2"]}}}"""),
        Page("custom attributes, a value and any of several", new UserSearch { CustomAttributes = new Dictionary<string, object?> { ["plan"] = "gold", ["seats"] = new[] { 5, 10 }, ["beta"] = true } },
            """{"customAttributes":{"plan":"gold","seats":[5,10],"beta":true}}"""),
        Page("SSO app IDs", new UserSearch { SsoAppIds = ["app1"] }, """{"ssoAppIds":["app1"]}"""),
        Page("with test users", new UserSearch { WithTestUsers = true }, """{"withTestUser":true}"""),
        Page("test users only, false is sent as set", new UserSearch { TestUsersOnly = false }, """{"testUsersOnly":false}"""),
        Page("created range in Unix milliseconds", new UserSearch { CreatedAfter = Early, CreatedBefore = Early.AddDays(1) },
            $$"""{"fromCreatedTime":{{EarlyMs}},"toCreatedTime":{{LaterMs}}}"""),
        Page("modified range in Unix milliseconds, from any offset", new UserSearch { ModifiedAfter = Early.ToOffset(TimeSpan.FromHours(2)), ModifiedBefore = Early.AddDays(1) },
            $$"""{"fromModifiedTime":{{EarlyMs}},"toModifiedTime":{{LaterMs}}}"""),
        Page("sort keys, desc always written", new UserSearch { Sort = [new UserSort(UserSortFields.CreatedTime, Descending: true), new UserSort(UserSortFields.Email)] },
            """{"sort":[{"field":"createdTime","desc":true},{"field":"email","desc":false}]}"""),
        Page("every key at once, in the order sent", new UserSearch
        {
            Limit = 10, Page = 1, Text = "t", LoginIds = ["l"], UserIds = ["u"], Emails = ["e"], Phones = ["p"], Statuses = [UserStatus.Enabled],
            RoleNames = ["r"], TenantIds = ["T"], TenantRoleIds = new Dictionary<string, RoleFilter> { ["T"] = new(["ri"]) },
            TenantRoleNames = new Dictionary<string, RoleFilter> { ["T"] = new(["rn"], true) }, CustomAttributes = new Dictionary<string, object?> { ["k"] = 1 },
            SsoAppIds = ["s"], WithTestUsers = false, TestUsersOnly = false, CreatedAfter = Early, CreatedBefore = Early, ModifiedAfter = Early, ModifiedBefore = Early,
            Sort = [new UserSort("id")],
        },
            $$$"""{"limit":10,"page":1,"text":"t","loginIds":["l"],"userIds":["u"],"emails":["e"],"phones":["p"],"statuses":["enabled"],"roleNames":["r"],"tenantIds":["T"],"tenantRoleIds":{"T":{"values":["ri"]}},"tenantRoleNames":{"T":{"values":["rn"],"and":true}},"customAttributes":{"k":1},"ssoAppIds":["s"],"withTestUser":false,"testUsersOnly":false,"fromCreatedTime":{{{EarlyMs}}},"toCreatedTime":{{{EarlyMs}}},"fromModifiedTime":{{{EarlyMs}}},"toModifiedTime":{{{EarlyMs}}},"sort":[{"field":"id","desc":false}]}"""),
        new WireCase("SearchTestUsers", "the test-user path always asks for test users only", "POST", SearchPath + "/test",
            """{"limit":5,"withTestUser":true,"testUsersOnly":true}""", async c => await c.SearchTestUsersAsync(new UserSearch { Limit = 5 }))
        {
            Answer = PageAnswer,
            Returned = result => ShouldBeOnePage(result, page: 0, limit: 5),
        },
        new WireCase("LoadUsers", "minimal: user IDs only", "POST", "/v1/mgmt/users/load", """{"userIds":["U1","U2"]}""",
            async c => await c.LoadUsersAsync(["U1", "U2"]))
        {
            Answer = PageAnswer,
            Returned = result => AnsweredUsers.ShouldBeTheFullSampleUser(result.Should().BeAssignableTo<IReadOnlyList<User>>().Subject.Single()),
        },
        new WireCase("LoadUsers", "full: includeInvalidUsers when asked", "POST", "/v1/mgmt/users/load", """{"userIds":["U1"],"includeInvalidUsers":true}""",
            async c => await c.LoadUsersAsync(["U1"], includeInvalidUsers: true))
        {
            Answer = """{"users":[],"total":0}""",
            Returned = result => result.Should().BeAssignableTo<IReadOnlyList<User>>().Which.Should().BeEmpty(),
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Sends_exactly_the_expected_request_and_returns_the_answer(WireCase wireCase) =>
        SendsExactlyAndReturnsTheAnswerAsync(wireCase);

    [Fact]
    public async Task SearchAll_sends_the_limit_and_each_page_in_turn_until_a_short_page()
    {
        Descope.Expect("POST", SearchPath, """{"limit":2,"page":0,"text":"a"}""")
            .RespondWith(StubDescope.Json(200, """{"users":[{"userId":"U1"},{"userId":"U2"}],"total":3}"""));
        Descope.Expect("POST", SearchPath, """{"limit":2,"page":1,"text":"a"}""")
            .RespondWith(StubDescope.Json(200, """{"users":[{"userId":"U3"}],"total":3}"""));

        var users = await Client().SearchAllAsync(new UserSearch { Limit = 2, Text = "a" }).ToListAsync();

        users.Select(u => u.UserId).Should().Equal("U1", "U2", "U3");
    }

    [Fact]
    public async Task SearchAll_without_a_limit_pages_by_Descopes_default_of_100()
    {
        Descope.Expect("POST", SearchPath, """{"limit":100,"page":0}""")
            .RespondWith(StubDescope.Json(200, """{"users":[],"total":0}"""));

        var users = await Client().SearchAllAsync(new UserSearch()).ToListAsync();

        users.Should().BeEmpty();
    }

    [Fact]
    public async Task A_page_without_users_or_total_is_an_empty_page()
    {
        Descope.Expect("POST", SearchPath, "{}").RespondWith(StubDescope.Json(200, "{}"));

        var page = await Client().SearchAsync(new UserSearch());

        page.Should().BeEquivalentTo(new UserPage { Users = [], Total = 0, Page = 0, Limit = 100 });
    }

    private static WireCase Page(string name, UserSearch query, string body) =>
        new("Search", name, "POST", SearchPath, body, async c => await c.SearchAsync(query))
        {
            Answer = PageAnswer,
            Returned = result => ShouldBeOnePage(result, query.Page ?? 0, query.Limit is > 0 ? query.Limit.Value : 100),
        };

    private static void ShouldBeOnePage(object? result, int page, int limit)
    {
        var answer = result.Should().BeOfType<UserPage>().Subject;
        answer.Total.Should().Be(2152, "total counts every match, not the page");
        answer.Page.Should().Be(page);
        answer.Limit.Should().Be(limit);
        AnsweredUsers.ShouldBeTheFullSampleUser(answer.Users.Should().ContainSingle().Subject);
    }
}
