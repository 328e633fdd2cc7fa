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

    public static string UserJson(int tenants, int attributes, string loginId = "alice@example.com")
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
            {"loginIds":["{{loginId}}"],"userId":"U2aAc4T2V93bddihGEx2Ryhc8e5Z","name":"Alice Liddell","givenName":"Alice",
            "middleName":"","familyName":"Liddell","email":"{{loginId}}","phone":"+12025550123","verifiedEmail":true,
            "verifiedPhone":true,"roleNames":["admin"],"userTenants":[{{tenantList}}],"status":"enabled","externalIds":[],
            "picture":"","test":false,"customAttributes":{{{attributeList}}},"createdTime":1700000000,"TOTP":false,
            "SAML":false,"SCIM":false,"OIDC":false,"OAuth":{"google":true},"webauthn":false,"password":true,"push":false,
            "editable":true,"ssoAppIds":[],"permissions":["read"]}
            """;
    }
}
