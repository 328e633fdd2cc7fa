using System.Text.Json;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Wire;

/// <summary>Update, UpdateEmail, UpdatePhone, UpdateDisplayName, UpdatePicture and Patch: the exact request and the user returned.</summary>
public sealed class ProfileWireTests : WireTest
{
    private const string UpdatePath = "/v1/mgmt/user/update";
    private const string PatchPath = "/v1/mgmt/user/patch";

    // System.Text.Json's default encoder, which the SDK writes with, escapes '+' as \u002B; a JSON reader takes both
    // spellings as the same string, and the exact text is what the SDK sends.
    private const string FullDetailsJson = """
        {
          "loginId":"alice",
          "email":"alice@example.com",
          "phone":"\u002B12025550123",
          "name":"Alice Liddell",
          "givenName":"Alice",
          "middleName":"Pleasance",
          "familyName":"Liddell",
          "verifiedEmail":true,
          "verifiedPhone":false,
          "roleNames":["admin"],
          "userTenants":[{"tenantId":"T1","roleNames":["editor"]},{"tenantId":"T2","roleNames":[]}],
          "customAttributes":{"plan":"gold","seats":12,"ratio":0.75,"beta":true,"tags":["a","b"],"nothing":null,"raw":{"x":1}},
          "picture":"https://example.com/alice.png",
          "additionalIdentifiers":["alice-alt"],
          "ssoAppIds":["app1"]
        }
        """;

    private static readonly UserUpdate FullUpdate = new()
    {
        Email = "alice@example.com",
        Phone = "+12025550123",
        Name = "Alice Liddell",
        GivenName = "Alice",
        MiddleName = "Pleasance",
        FamilyName = "Liddell",
        VerifiedEmail = true,
        VerifiedPhone = false,
        RoleNames = ["admin"],
        UserTenants = [new TenantRoles("T1", ["editor"]), new TenantRoles("T2")],
        CustomAttributes = new Dictionary<string, object?>
        {
            ["plan"] = "gold",
            ["seats"] = 12,
            ["ratio"] = 0.75,
            ["beta"] = true,
            ["tags"] = new[] { "a", "b" },
            ["nothing"] = null,
            ["raw"] = JsonDocument.Parse("""{"x":1}""").RootElement,
        },
        Picture = "https://example.com/alice.png",
        AdditionalIdentifiers = ["alice-alt"],
        SsoAppIds = ["app1"],
    };

    private static readonly UserPatch FullPatch = new()
    {
        Email = FullUpdate.Email,
        Phone = FullUpdate.Phone,
        Name = FullUpdate.Name,
        GivenName = FullUpdate.GivenName,
        MiddleName = FullUpdate.MiddleName,
        FamilyName = FullUpdate.FamilyName,
        VerifiedEmail = FullUpdate.VerifiedEmail,
        VerifiedPhone = FullUpdate.VerifiedPhone,
        RoleNames = FullUpdate.RoleNames,
        UserTenants = FullUpdate.UserTenants,
        CustomAttributes = FullUpdate.CustomAttributes,
        Picture = FullUpdate.Picture,
        AdditionalIdentifiers = FullUpdate.AdditionalIdentifiers,
        SsoAppIds = FullUpdate.SsoAppIds,
        Status = UserStatus.Disabled,
    };

    public static TheoryData<WireCase> Cases => new()
    {
        WireCase.ForUser("Update", "minimal, sends only the login ID", c => c.UpdateAsync("alice", new UserUpdate()),
            "POST", UpdatePath, """{"loginId":"alice"}"""),
        WireCase.ForUser("Update", "full, sends every field", c => c.UpdateAsync("alice", FullUpdate),
            "POST", UpdatePath, WireJson.Compact(FullDetailsJson)),
        WireCase.ForUser("UpdateEmail", "null removes the email: sends an empty email, verified and failOnConflict false", c => c.UpdateEmailAsync("alice", null),
            "POST", "/v1/mgmt/user/update/email", """{"loginId":"alice","email":"","verified":false,"failOnConflict":false}"""),
        WireCase.ForUser("UpdateEmail", "sends verified and failOnConflict", c => c.UpdateEmailAsync("alice", "a@example.com", verified: true, failOnConflict: true),
            "POST", "/v1/mgmt/user/update/email", """{"loginId":"alice","email":"a@example.com","verified":true,"failOnConflict":true}"""),
        WireCase.ForUser("UpdatePhone", "null removes the phone: sends an empty phone, verified and failOnConflict false", c => c.UpdatePhoneAsync("alice", null),
            "POST", "/v1/mgmt/user/update/phone", """{"loginId":"alice","phone":"","verified":false,"failOnConflict":false}"""),
        WireCase.ForUser("UpdatePhone", "sends verified and failOnConflict", c => c.UpdatePhoneAsync("alice", "+12025550123", verified: true, failOnConflict: true),
            "POST", "/v1/mgmt/user/update/phone", """{"loginId":"alice","phone":"\u002B12025550123","verified":true,"failOnConflict":true}"""),
        WireCase.ForUser("UpdateDisplayName", "minimal, sends only the name", c => c.UpdateDisplayNameAsync("alice", new DisplayName { Name = "Alice" }),
            "POST", "/v1/mgmt/user/update/name", """{"loginId":"alice","name":"Alice"}"""),
        WireCase.ForUser("UpdateDisplayName", "full, an empty middle name is sent to remove it",
            c => c.UpdateDisplayNameAsync("alice", new DisplayName { Name = "Alice L", GivenName = "Alice", MiddleName = "", FamilyName = "Liddell" }),
            "POST", "/v1/mgmt/user/update/name", """{"loginId":"alice","name":"Alice L","givenName":"Alice","middleName":"","familyName":"Liddell"}"""),
        WireCase.ForUser("UpdatePicture", "sends the URL", c => c.UpdatePictureAsync("alice", "https://example.com/a.png"),
            "POST", "/v1/mgmt/user/update/picture", """{"loginId":"alice","picture":"https://example.com/a.png"}"""),
        WireCase.ForUser("UpdatePicture", "null removes the picture: sends an empty one", c => c.UpdatePictureAsync("alice", null),
            "POST", "/v1/mgmt/user/update/picture", """{"loginId":"alice","picture":""}"""),
        WireCase.ForUser("UpdateCustomAttribute", "minimal, a string value", c => c.UpdateCustomAttributeAsync("alice", "plan", "gold"),
            "POST", "/v1/mgmt/user/update/customAttribute", """{"loginId":"alice","attributeKey":"plan","attributeValue":"gold"}"""),
        WireCase.ForUser("UpdateCustomAttribute", "null is sent as JSON null", c => c.UpdateCustomAttributeAsync("alice", "plan", null),
            "POST", "/v1/mgmt/user/update/customAttribute", """{"loginId":"alice","attributeKey":"plan","attributeValue":null}"""),
        WireCase.ForUser("UpdateCustomAttribute", "a number", c => c.UpdateCustomAttributeAsync("alice", "seats", 12.5),
            "POST", "/v1/mgmt/user/update/customAttribute", """{"loginId":"alice","attributeKey":"seats","attributeValue":12.5}"""),
        WireCase.ForUser("UpdateCustomAttribute", "a boolean", c => c.UpdateCustomAttributeAsync("alice", "beta", true),
            "POST", "/v1/mgmt/user/update/customAttribute", """{"loginId":"alice","attributeKey":"beta","attributeValue":true}"""),
        WireCase.ForUser("UpdateCustomAttribute", "full, a list read once from a lazy sequence", c => c.UpdateCustomAttributeAsync("alice", "tags", new[] { "a", "b" }.Select(t => t)),
            "POST", "/v1/mgmt/user/update/customAttribute", """{"loginId":"alice","attributeKey":"tags","attributeValue":["a","b"]}"""),
        WireCase.ForUser("UpdateCustomAttribute", "a JsonElement goes as it is", c => c.UpdateCustomAttributeAsync("alice", "raw", JsonDocument.Parse("""{"x":[1,2]}""").RootElement),
            "POST", "/v1/mgmt/user/update/customAttribute", """{"loginId":"alice","attributeKey":"raw","attributeValue":{"x":[1,2]}}"""),
        WireCase.ForUser("UpdateRecoveryEmail", "minimal, null sends an empty email and verified false", c => c.UpdateRecoveryEmailAsync("alice", null),
            "POST", "/v1/mgmt/user/update/recovery/email", """{"loginId":"alice","recoveryEmail":"","verified":false}"""),
        WireCase.ForUser("UpdateRecoveryEmail", "full, a verified address", c => c.UpdateRecoveryEmailAsync("alice", "backup@example.com", verified: true),
            "POST", "/v1/mgmt/user/update/recovery/email", """{"loginId":"alice","recoveryEmail":"backup@example.com","verified":true}"""),
        WireCase.ForUser("UpdateRecoveryPhone", "minimal, null sends an empty phone and verified false", c => c.UpdateRecoveryPhoneAsync("alice", null),
            "POST", "/v1/mgmt/user/update/recovery/phone", """{"loginId":"alice","recoveryPhone":"","verified":false}"""),
        WireCase.ForUser("UpdateRecoveryPhone", "full, a verified number", c => c.UpdateRecoveryPhoneAsync("alice", "+12025550199", verified: true),
            "POST", "/v1/mgmt/user/update/recovery/phone", """{"loginId":"alice","recoveryPhone":"\u002B12025550199","verified":true}"""),
        WireCase.ForUser("Patch", "minimal, sends only the set field", c => c.PatchAsync("alice", new UserPatch { GivenName = "Al" }),
            "PATCH", PatchPath, """{"loginId":"alice","givenName":"Al"}"""),
        WireCase.ForUser("Patch", "empty values are sent to clear fields", c => c.PatchAsync("alice", new UserPatch { Phone = "", RoleNames = [] }),
            "PATCH", PatchPath, """{"loginId":"alice","phone":"","roleNames":[]}"""),
        WireCase.ForUser("Patch", "full, sends every field and the status last", c => c.PatchAsync("alice", FullPatch),
            "PATCH", PatchPath, WireJson.Compact(FullDetailsJson)[..^1] + ""","status":"disabled"}"""),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Sends_exactly_the_expected_request_and_returns_the_answered_user(WireCase wireCase) =>
        SendsExactlyAndReturnsTheAnswerAsync(wireCase);

    [Fact]
    public async Task Patch_reads_a_lazy_custom_attribute_sequence_once_and_sends_it_as_read()
    {
        var reads = 0;
        IEnumerable<string> Tags()
        {
            reads++;
            yield return $"read-{reads}";
        }

        Descope.Expect("PATCH", PatchPath, """{"loginId":"alice","customAttributes":{"tags":["read-1"]}}""")
            .RespondWith(StubDescope.Json(200, SampleUsers.UserAnswerJson));

        var user = await Client().PatchAsync("alice", new UserPatch { CustomAttributes = new Dictionary<string, object?> { ["tags"] = Tags() } });

        reads.Should().Be(1);
        Descope.SingleRequest().Body.Should().Be("""{"loginId":"alice","customAttributes":{"tags":["read-1"]}}""");
        AnsweredUsers.ShouldBeTheFullSampleUser(user);
    }
}
