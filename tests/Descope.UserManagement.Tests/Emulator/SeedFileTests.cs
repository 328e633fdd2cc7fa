using Descope.UserManagement.Testing;
using Descope.UserManagement.Testing.Control;

namespace Descope.UserManagement.Tests.Emulator;

/// <summary>The seed file's shape (README "Seed file"): what it accepts, and the problem it names for what it does not.</summary>
public sealed class SeedFileTests
{
    [Fact]
    public void A_full_seed_is_read_and_applied_with_defaults_filled_in()
    {
        var seed = EmulatorSeed.Parse("""
            {
              // comments and trailing commas are allowed, as editors leave them
              "tenants": { "T1": "Acme", "T2": "Globex" },
              "roles": ["admin", "viewer"],
              "attributes": [
                { "name": "plan", "type": "singleSelect", "displayName": "Plan", "options": ["free", "gold"] },
                { "name": "seats", "type": "number" },
                { "name": "beta", "type": "boolean" },
                { "name": "tags", "type": "multiSelect", "options": ["a", "b"] },
                { "name": "note", "type": "text" },
                { "name": "since", "type": "date" },
              ],
              "users": [
                { "loginIds": ["alice@example.com", "alice"], "userId": "U2alice", "email": "alice@example.com", "verifiedEmail": true,
                  "name": "Alice", "roleNames": ["viewer"], "userTenants": [{ "tenantId": "T1", "roleNames": ["admin"] }],
                  "customAttributes": { "plan": "gold", "seats": 5, "beta": true, "tags": ["a"], "note": null, "since": 1719352134000 },
                  "status": "disabled", "createdTime": 1719352134 },
                { "loginIds": ["robot"], "test": true },
              ],
            }
            """);
        var store = new DescopeUserStore();

        var users = seed.ApplyTo(store);

        seed.Roles.Should().Equal("admin", "viewer");
        seed.Attributes.Select(a => a.Name).Should().Equal("plan", "seats", "beta", "tags", "note", "since");
        users.Should().HaveCount(2);
        var alice = store.Find("ALICE")!;
        alice.UserId.Should().Be("U2alice");
        alice.Status.Should().Be(UserStatus.Disabled);
        alice.CreatedTime.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1719352134));
        alice.UserTenants!.Single().TenantName.Should().Be("Acme");
        var robot = store.Find("robot")!;
        robot.Status.Should().Be(UserStatus.Enabled);
        robot.Test.Should().BeTrue();
        robot.UserId.Should().MatchRegex("^U[A-Za-z0-9]{27}$");
    }

    [Theory]
    [InlineData("""[]""", "The seed must be a JSON object")]
    [InlineData("""{"users": [""", "The seed is not valid JSON")]
    [InlineData("""{"tenants": ["T1"]}""", "tenants: must be an object of tenant ID to tenant name")]
    [InlineData("""{"tenants": {"T1": 1}}""", "tenants.T1: a tenant needs a non-blank ID and a name given as a string.")]
    [InlineData("""{"roles": ["admin", "admin"]}""", "roles[1]: 'admin' is listed twice.")]
    [InlineData("""{"roles": [""]}""", "roles[0]: a role is a non-blank string.")]
    [InlineData("""{"attributes": [{"name": "plan", "type": "enum"}]}""", "attributes[0].type: required, one of text, number, boolean, date, singleSelect, multiSelect.")]
    [InlineData("""{"attributes": [{"type": "text"}]}""", "attributes[0].name: required, a non-blank string.")]
    [InlineData("""{"attributes": [{"name": "a", "type": "text", "options": ["x"]}]}""", "attributes[0].options: an array of strings, for singleSelect and multiSelect attributes only.")]
    [InlineData("""{"attributes": [{"name": "a", "type": "text", "required": true}]}""", "attributes[0].required: not an attribute key")]
    [InlineData("""{"attributes": [{"name": "a", "type": "text"}, {"name": "a", "type": "number"}]}""", "attributes[1].name: 'a' is defined twice.")]
    [InlineData("""{"users": {}}""", "users: must be an array of user objects.")]
    [InlineData("""{"users": ["alice"]}""", "users[0]: must be a user object")]
    [InlineData("""{"users": [{"email": "a@example.com"}]}""", "users[0].loginIds: required, at least one non-blank login ID.")]
    [InlineData("""{"users": [{"loginIds": ["a", "A"]}]}""", "users[0].loginIds: the same login ID twice (login IDs ignore case).")]
    [InlineData("""{"users": [{"loginIds": ["a"]}, {"loginIds": ["b", "A"]}]}""", "users[1].loginIds: 'A' is also a login ID of users[0].")]
    [InlineData("""{"users": [{"loginIds": ["a"], "userId": "U1"}, {"loginIds": ["b"], "userId": "U1"}]}""", "users[1].userId: 'U1' is also the user ID of users[0].")]
    [InlineData("""{"users": [{"loginIds": ["a"], "status": "active"}]}""", "users[0].status: one of enabled, disabled, invited, expired.")]
    [InlineData("""{"users": [{"loginIds": ["a"], "name": 7}]}""", "users[0]: The JSON value of 'name' must be a string")]
    [InlineData("""{"users": [{"loginIds": ["a"], "displayName": "A"}]}""", "users[0].displayName: not a field of Descope's user object.")]
    [InlineData("""{"tenants": {"T1": "Acme"}, "users": [{"loginIds": ["a"], "userTenants": [{"tenantId": "T9"}]}]}""", "users[0].userTenants[0].tenantId: 'T9' is not among the seed's tenants.")]
    [InlineData("""{"roles": ["r"], "users": [{"loginIds": ["a"], "userTenants": [{"tenantId": "T1", "roleNames": ["x"]}]}]}""", "users[0].userTenants[0].roleNames: 'x' is not among the seed's roles.")]
    [InlineData("""{"attributes": [{"name": "n", "type": "number"}], "users": [{"loginIds": ["a"], "customAttributes": {"n": "5"}}]}""", "users[0].customAttributes.n: \"5\" does not fit 'n', a number attribute.")]
    [InlineData("""{"attributes": [{"name": "t", "type": "multiSelect", "options": ["x"]}], "users": [{"loginIds": ["a"], "customAttributes": {"t": ["y"]}}]}""", "users[0].customAttributes.t: [\"y\"] does not fit 't', a multiSelect attribute (x).")]
    [InlineData("""{"attributes": [{"name": "n", "type": "number"}], "users": [{"loginIds": ["a"], "customAttributes": {"m": 1}}]}""", "users[0].customAttributes.m: not among the seed's attributes.")]
    public void A_seed_that_does_not_fit_names_the_place_and_the_problem(string json, string problem)
    {
        var error = FluentActions.Invoking(() => EmulatorSeed.Parse(json)).Should().Throw<SeedException>().Which;

        error.Problems.Should().Contain(p => p.StartsWith(problem, StringComparison.Ordinal), "the problems were:\n{0}", string.Join("\n", error.Problems));
    }

    [Fact]
    public void Without_declared_roles_tenants_or_attributes_a_user_may_name_any()
    {
        var seed = EmulatorSeed.Parse("""{"users": [{"loginIds": ["a"], "roleNames": ["any"], "userTenants": [{"tenantId": "T7"}], "customAttributes": {"x": [1]}}]}""");

        seed.Users.Should().ContainSingle();
    }

    [Fact]
    public void A_later_seed_may_name_what_an_earlier_one_declared()
    {
        var first = EmulatorSeed.Parse("""{"roles": ["admin"], "tenants": {"T1": "Acme"}}""");

        var later = EmulatorSeed.Parse("""{"users": [{"loginIds": ["a"], "roleNames": ["admin"], "userTenants": [{"tenantId": "T1"}]}]}""", first.AddTo(SeedCatalog.Empty));
        var wrong = FluentActions.Invoking(() => EmulatorSeed.Parse("""{"users": [{"loginIds": ["a"], "roleNames": ["root"]}]}""", first.AddTo(SeedCatalog.Empty)));

        later.Users.Should().ContainSingle();
        wrong.Should().Throw<SeedException>().Which.Problems.Should().Equal("users[0].roleNames: 'root' is not among the seed's roles.");
    }
}
