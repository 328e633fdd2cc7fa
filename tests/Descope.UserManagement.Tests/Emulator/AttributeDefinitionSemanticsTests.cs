using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Emulator;

/// <summary>Attribute definitions as the emulator keeps them, and the custom-attribute writes they govern.</summary>
public sealed class AttributeDefinitionSemanticsTests
{
    private static readonly Dictionary<string, object?> Undefined = new() { ["shoeSize"] = 42 };

    [Fact]
    public async Task Created_definitions_are_listed_a_taken_name_is_refused_and_delete_answers_what_remains()
    {
        using var users = new FakeDescopeUserClient();

        var afterCreate = await users.CreateCustomAttributesAsync([
            new CustomAttributeDefinition { Name = "plan", Type = 4, Options = [new CustomAttributeOption("gold", "Gold")], DefaultValue = "gold" },
            new CustomAttributeDefinition { Name = "seats", Type = 2 },
        ]);
        var listed = await users.GetCustomAttributesAsync();
        var taken = await users.Awaiting(u => u.CreateCustomAttributesAsync([new CustomAttributeDefinition { Name = "plan" }])).Should().ThrowAsync<DescopeApiException>();
        var remaining = await users.DeleteCustomAttributesAsync(["seats", "never-defined"]);

        afterCreate.Select(d => d.Name).Should().Equal("plan", "seats");
        listed.Should().HaveCount(2);
        listed[0].Options.Should().Equal(new CustomAttributeOption("gold", "Gold"));
        listed[0].DefaultValue.Should().BeOfType<System.Text.Json.JsonElement>().Which.GetString().Should().Be("gold");
        taken.Which.ErrorCode.Should().Be("E011003");
        remaining.Select(d => d.Name).Should().Equal("plan");
        users.Store.CustomAttributeDefinitions.Select(d => d.Name).Should().Equal("plan");
    }

    [Fact]
    public async Task Without_definitions_any_key_is_written()
    {
        using var users = new FakeDescopeUserClient();
        TestClients.SeedAlice(users.Store);

        var user = await users.PatchAsync("alice", new UserPatch { CustomAttributes = Undefined });

        user.CustomAttributes!["shoeSize"].GetInt32().Should().Be(42);
    }

    [Fact]
    public async Task Once_any_is_defined_update_patch_create_and_batch_patch_refuse_an_undefined_key_and_change_nothing()
    {
        using var users = new FakeDescopeUserClient();
        TestClients.SeedAlice(users.Store);
        users.Store.DefineCustomAttribute(new CustomAttributeDefinition { Name = "plan" });
        var before = users.Store.Find("alice");

        var patch = await users.Awaiting(u => u.PatchAsync("alice", new UserPatch { GivenName = "Al", CustomAttributes = Undefined })).Should().ThrowAsync<DescopeApiException>();
        var update = await users.Awaiting(u => u.UpdateAsync("alice", new UserUpdate { CustomAttributes = Undefined })).Should().ThrowAsync<DescopeApiException>();
        var create = await users.Awaiting(u => u.CreateAsync("carol", new UserCreate { CustomAttributes = Undefined })).Should().ThrowAsync<DescopeApiException>();
        var batch = await users.PatchBatchAsync([new BatchUserPatch("alice") { CustomAttributes = Undefined }]);

        foreach (var error in new[] { patch.Which, update.Which, create.Which })
        {
            error.ErrorCode.Should().Be("E011003");
            error.ErrorMessage.Should().Contain("'shoeSize' is not defined");
        }

        batch.FailedUsers.Should().ContainSingle().Which.Failure.Should().Contain("shoeSize");
        users.Store.Find("alice").Should().Be(before);
        users.Store.Find("carol").Should().BeNull();
        (await users.PatchAsync("alice", new UserPatch { CustomAttributes = new Dictionary<string, object?> { ["plan"] = "gold" } }))
            .CustomAttributes!["plan"].GetString().Should().Be("gold");
    }

    [Fact]
    public async Task Once_any_is_defined_updating_one_undefined_attribute_is_refused_and_a_defined_one_is_written()
    {
        using var users = new FakeDescopeUserClient();
        TestClients.SeedAlice(users.Store);
        users.Store.DefineCustomAttribute(new CustomAttributeDefinition { Name = "plan" });

        var refused = await users.Awaiting(u => u.UpdateCustomAttributeAsync("alice", "shoeSize", 42)).Should().ThrowAsync<DescopeApiException>();
        var user = await users.UpdateCustomAttributeAsync("alice", "plan", "gold");

        refused.Which.ErrorCode.Should().Be("E011003");
        user.CustomAttributes!["plan"].GetString().Should().Be("gold");
        users.Store.Find("alice")!.CustomAttributes!.Should().NotContainKey("shoeSize");
    }

    [Fact]
    public async Task Deleting_every_definition_lets_any_key_be_written_again()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var client = TestClients.For(emulator);
        await client.CreateCustomAttributesAsync([new CustomAttributeDefinition { Name = "plan" }]);
        await client.Awaiting(c => c.PatchAsync("alice", new UserPatch { CustomAttributes = Undefined })).Should().ThrowAsync<DescopeApiException>();

        var remaining = await client.DeleteCustomAttributesAsync(["plan"]);
        var user = await client.PatchAsync("alice", new UserPatch { CustomAttributes = Undefined });

        remaining.Should().BeEmpty();
        user.CustomAttributes.Should().ContainKey("shoeSize");
    }

    [Fact]
    public void Seeding_a_name_twice_is_an_argument_error()
    {
        var store = new DescopeUserStore();
        store.DefineCustomAttribute(new CustomAttributeDefinition { Name = "plan" });

        store.Invoking(s => s.DefineCustomAttribute(new CustomAttributeDefinition { Name = "plan", Type = 1 })).Should().Throw<ArgumentException>();
        store.Clear();
        store.CustomAttributeDefinitions.Should().BeEmpty();
    }
}
