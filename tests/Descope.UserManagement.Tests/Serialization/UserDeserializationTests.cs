using Descope.UserManagement.Testing;
using System.Text.Json;
using Descope.UserManagement.Serialization;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Serialization;

public sealed class UserDeserializationTests
{
    private static User ReadUser(string json) => JsonSerializer.Deserialize("{\"user\":" + json + "}", DescopeJsonContext.Default.UserResponse)!.User!;

    [Fact]
    public async Task A_complete_user_reads_every_field_over_http()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Respond(200, SampleUsers.UserAnswerJson);
        using var client = TestClients.For(emulator);

        var user = await client.PatchAsync("alice", new UserPatch { GivenName = "Alice" });

        user.LoginIds.Should().Equal("alice@example.com", "+12025550123");
        user.UserId.Should().Be("U2aAc4T2V93bddihGEx2Ryhc8e5Z");
        user.Name.Should().Be("Alice Liddell");
        user.GivenName.Should().Be("Alice");
        user.MiddleName.Should().Be("Pleasance");
        user.FamilyName.Should().Be("Liddell");
        user.Email.Should().Be("alice@example.com");
        user.Phone.Should().Be("+12025550123");
        user.VerifiedEmail.Should().BeTrue();
        user.VerifiedPhone.Should().BeFalse();
        user.RoleNames.Should().Equal("admin", "viewer");
        user.UserTenants.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            TenantId = "T1", TenantName = "Wonderland", RoleNames = new[] { "editor" }, Permissions = new[] { "read", "write" },
        });
        user.Status.Should().Be(UserStatus.Enabled);
        user.ExternalIds.Should().Equal("alice@example.com");
        user.Picture.Should().Be("https://example.com/alice.png");
        user.Test.Should().BeFalse();
        user.CreatedTime.Should().Be(new DateTimeOffset(2023, 11, 14, 22, 13, 20, TimeSpan.Zero));
        user.Totp.Should().BeTrue();
        user.Saml.Should().BeFalse();
        user.Scim.Should().BeTrue();
        user.Oidc.Should().BeFalse();
        user.OAuth.Should().BeEquivalentTo(new Dictionary<string, bool> { ["google"] = true, ["github"] = false });
        user.WebAuthn.Should().BeTrue();
        user.Password.Should().BeFalse();
        user.Push.Should().BeFalse();
        user.Editable.Should().BeTrue();
        user.SsoAppIds.Should().Equal("app1");
        user.Permissions.Should().Equal("read");
        user.ConsentExpiration.Should().Be(1800000000);

        var attributes = user.CustomAttributes!;
        attributes["plan"].GetString().Should().Be("gold");
        attributes["seats"].GetInt32().Should().Be(12);
        attributes["ratio"].GetDouble().Should().Be(0.75);
        attributes["beta"].GetBoolean().Should().BeTrue();
        attributes["tags"].EnumerateArray().Select(e => e.GetString()).Should().Equal("a", "b");
        attributes["nothing"].ValueKind.Should().Be(JsonValueKind.Null);

        user.AdditionalProperties.Should().ContainKey("futureField");
        user.AdditionalProperties!["futureField"].GetRawText().Should().Be("""{ "nested": [1, 2, 3] }""");
        user.AdditionalProperties.Should().HaveCount(1, "only the unknown key lands in the extension data");
    }

    [Theory]
    [InlineData("\"enabled\"", UserStatus.Enabled)]
    [InlineData("\"disabled\"", UserStatus.Disabled)]
    [InlineData("\"invited\"", UserStatus.Invited)]
    [InlineData("\"expired\"", UserStatus.Expired)]
    [InlineData("\"suspended-by-policy\"", UserStatus.Unknown)]
    [InlineData("42", UserStatus.Unknown)]
    public void Status_strings_read_and_an_unknown_one_does_not_break_the_user(string statusJson, UserStatus expected)
    {
        var user = ReadUser($$"""{"userId":"U1","status":{{statusJson}},"name":"after"}""");

        user.Status.Should().Be(expected);
        user.Name.Should().Be("after", "reading the status must not disturb the fields after it");
    }

    [Theory]
    [InlineData("1700000000")]
    [InlineData("1700000000.9")]
    [InlineData("\"1700000000\"")]
    public void CreatedTime_reads_unix_seconds_in_the_forms_servers_send(string createdTimeJson)
    {
        var user = ReadUser($$"""{"createdTime":{{createdTimeJson}}}""");

        user.CreatedTime.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1700000000));
        user.CreatedTime!.Value.Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void A_null_created_time_reads_as_null()
    {
        ReadUser("""{"createdTime":null}""").CreatedTime.Should().BeNull();
    }
}
