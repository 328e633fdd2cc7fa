using System.Text;

namespace Descope.UserManagement.Benchmarks;

/// <summary>The answers a Descope server gives, as bytes, so a benchmark measures only the client.</summary>
internal static class CannedAnswers
{
    public const string ProjectId = "P2aAc4T2V93bddihGEx2Ryhc8e5Z";
    public const string ManagementKey = "K2benchmark-management-key-0000000000";
    public const string BaseUrl = "https://api.descope.com";

    public static readonly byte[] User = Encoding.UTF8.GetBytes("{\"user\":" + UserJson(tenants: 2, attributes: 3) + "}");
    public static readonly byte[] LargeUser = Encoding.UTF8.GetBytes("{\"user\":" + UserJson(tenants: 50, attributes: 50) + "}");
    public static readonly byte[] License = Encoding.UTF8.GetBytes("{\"rateLimitTier\":\"tier2\"}");
    public static readonly byte[] Batch = Encoding.UTF8.GetBytes(
        "{\"patchedUsers\":[" + string.Join(",", Enumerable.Range(0, 100).Select(i => UserJson(1, 2, $"user{i}@example.com"))) + "],\"failedUsers\":[],\"additionalErrors\":{}}");

    /// <summary>How many users the canned search finds, and how many it answers per page.</summary>
    public const int SearchTotal = 10_000;
    public const int SearchPageSize = 100;

    /// <summary>
    /// The answers of a search over <see cref="SearchTotal"/> users, page by page: <c>{"users":[…],"total":10000}</c>
    /// with <see cref="SearchPageSize"/> users each, every user with its own login ID and user ID. Built on demand
    /// (about 9 MB), not with the other answers.
    /// </summary>
    public static byte[][] SearchPages() =>
        Enumerable.Range(0, SearchTotal / SearchPageSize).Select(page => Encoding.UTF8.GetBytes(
            "{\"users\":[" + string.Join(",", Enumerable.Range(page * SearchPageSize, SearchPageSize).Select(i => UserJson(1, 2, $"user{i}@example.com", $"U{i:D27}")))
            + "],\"total\":" + SearchTotal + "}")).ToArray();

    /// <summary>The answer to a search for a page past the last one.</summary>
    public static readonly byte[] EmptySearchPage = Encoding.UTF8.GetBytes("{\"users\":[],\"total\":" + SearchTotal + "}");

    public static string UserJson(int tenants, int attributes, string loginId = "alice@example.com", string userId = "U2aAc4T2V93bddihGEx2Ryhc8e5Z")
    {
        var tenantList = string.Join(",", Enumerable.Range(0, tenants).Select(i =>
            $"{{\"tenantId\":\"T{i}\",\"tenantName\":\"Tenant {i}\",\"roleNames\":[\"admin\",\"viewer\"],\"permissions\":[\"read\",\"write\"]}}"));
        var attributeList = string.Join(",", Enumerable.Range(0, attributes).Select(i => (i % 3) switch
        {
            0 => $"\"attr{i}\":\"value {i}\"",
            1 => $"\"attr{i}\":{i}",
            _ => $"\"attr{i}\":[\"a\",\"b\"]",
        }));
        return $$"""
            {"loginIds":["{{loginId}}"],"userId":"{{userId}}","name":"Alice Liddell","givenName":"Alice",
            "middleName":"","familyName":"Liddell","email":"{{loginId}}","phone":"+12025550123","verifiedEmail":true,
            "verifiedPhone":true,"roleNames":["admin"],"userTenants":[{{tenantList}}],"status":"enabled","externalIds":[],
            "picture":"","test":false,"customAttributes":{{{attributeList}}},"createdTime":1700000000,"TOTP":false,
            "SAML":false,"SCIM":false,"OIDC":false,"OAuth":{"google":true},"webauthn":false,"password":true,"push":false,
            "editable":true,"ssoAppIds":[],"permissions":["read"]}
            """;
    }
}
