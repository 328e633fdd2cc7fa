namespace Descope.UserManagement.Tests.Infrastructure;

/// <summary>User objects as Descope sends them.</summary>
public static class SampleUsers
{
    /// <summary>A user with every documented field, every custom-attribute value kind, and one unknown key.</summary>
    public const string FullUserJson = """
        {
          "loginIds": ["alice@example.com", "+12025550123"],
          "userId": "U2aAc4T2V93bddihGEx2Ryhc8e5Z",
          "name": "Alice Liddell",
          "givenName": "Alice",
          "middleName": "Pleasance",
          "familyName": "Liddell",
          "email": "alice@example.com",
          "phone": "+12025550123",
          "verifiedEmail": true,
          "verifiedPhone": false,
          "roleNames": ["admin", "viewer"],
          "userTenants": [
            { "tenantId": "T1", "tenantName": "Wonderland", "roleNames": ["editor"], "permissions": ["read", "write"] }
          ],
          "status": "enabled",
          "externalIds": ["alice@example.com"],
          "picture": "https://example.com/alice.png",
          "test": false,
          "customAttributes": {
            "plan": "gold",
            "seats": 12,
            "ratio": 0.75,
            "beta": true,
            "tags": ["a", "b"],
            "nothing": null
          },
          "createdTime": 1700000000,
          "TOTP": true,
          "SAML": false,
          "SCIM": true,
          "OIDC": false,
          "OAuth": { "google": true, "github": false },
          "webauthn": true,
          "password": false,
          "push": false,
          "editable": true,
          "ssoAppIds": ["app1"],
          "permissions": ["read"],
          "consentExpiration": 1800000000,
          "futureField": { "nested": [1, 2, 3] }
        }
        """;

    public const string UserAnswerJson = "{\"user\":" + FullUserJson + "}";

    /// <summary>A user object with almost nothing in it.</summary>
    public const string SparseUserAnswerJson = """{"user":{"userId":"U1"}}""";
}
