using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Wire;

/// <summary>Checks that a call returned the user the stub answered with.</summary>
public static class AnsweredUsers
{
    /// <summary>The body of an answer carrying <paramref name="userJson"/>.</summary>
    public static string Answer(string userJson) => "{\"user\":" + userJson + "}";

    /// <summary>
    /// The result is the user of <see cref="SampleUsers.FullUserJson"/>: identity, profile, roles, tenants, status, a
    /// custom attribute, the creation time and an unknown field (every field is read in UserDeserializationTests).
    /// </summary>
    public static void ShouldBeTheFullSampleUser(object? result)
    {
        var user = result.Should().BeOfType<User>("the call returns the user the server answered with").Subject;
        user.UserId.Should().Be("U2aAc4T2V93bddihGEx2Ryhc8e5Z");
        user.LoginIds.Should().Equal("alice@example.com", "+12025550123");
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
        user.Picture.Should().Be("https://example.com/alice.png");
        user.CustomAttributes!["plan"].GetString().Should().Be("gold");
        user.CreatedTime.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1700000000));
        JsonAssert.Equivalent(user.AdditionalProperties!["futureField"].GetRawText(), """{"nested":[1,2,3]}""");
    }
}
