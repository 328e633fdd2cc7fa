using System.Text.Json;
using System.Text.Json.Nodes;
using Descope.UserManagement.Serialization;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Serialization;

/// <summary>The hand-written reader and writer of the user object in answers keep System.Text.Json's rules.</summary>
public sealed class UserJsonConverterTests
{
    // Through the answer type, as the client reads users: the converter sits on its property.
    private static User Read(string json) => JsonSerializer.Deserialize("{\"user\":" + json + "}", DescopeJsonContext.Default.UserResponse)!.User!;

    private static string Write(User user) =>
        JsonNode.Parse(JsonSerializer.Serialize(new UserResponse { User = user }, DescopeJsonContext.Default.UserResponse))!["user"]!.ToJsonString();

    [Fact]
    public void A_full_user_written_and_read_back_keeps_every_field_and_the_unknown_one()
    {
        var user = Read(SampleUsers.FullUserJson);

        var written = Write(user);

        JsonAssert.Equivalent(written, SampleUsers.FullUserJson);
        Read(written).Should().BeEquivalentTo(user, o => o.ComparingByMembers<JsonElement>().Excluding(u => u.CustomAttributes).Excluding(u => u.AdditionalProperties));
    }

    [Fact]
    public void The_writer_leaves_out_what_is_null()
    {
        var written = Write(new User { UserId = "U1", Status = UserStatus.Disabled, VerifiedEmail = false });

        written.Should().Be("""{"userId":"U1","verifiedEmail":false,"status":"disabled"}""");
    }

    [Fact]
    public void Names_written_with_escapes_are_still_recognised()
    {
        var user = Read("""{"\u0065mail":"a@example.com","st\u0061tus":"\u0065nabled","userTenants":[{"tenant\u0049d":"T1"}]}""");

        user.Email.Should().Be("a@example.com");
        user.Status.Should().Be(UserStatus.Enabled);
        user.UserTenants!.Single().TenantId.Should().Be("T1");
        user.AdditionalProperties.Should().BeNull();
    }

    [Theory]
    [InlineData("\"ENABLED\"", UserStatus.Enabled)]
    [InlineData("\"Disabled\"", UserStatus.Disabled)]
    [InlineData("null", null)]
    public void Statuses_in_other_casings_and_null_read_as_expected(string statusJson, UserStatus? expected)
    {
        Read($$"""{"status":{{statusJson}}}""").Status.Should().Be(expected);
    }

    [Fact]
    public void Explicit_nulls_read_as_null_and_a_null_tenant_stays_a_null_item()
    {
        var user = Read("""{"email":null,"loginIds":null,"verifiedEmail":null,"customAttributes":null,"OAuth":null,"createdTime":null,"userTenants":[null,{"tenantId":"T1"}]}""");

        user.Email.Should().BeNull();
        user.LoginIds.Should().BeNull();
        user.VerifiedEmail.Should().BeNull();
        user.CustomAttributes.Should().BeNull();
        user.OAuth.Should().BeNull();
        user.CreatedTime.Should().BeNull();
        user.UserTenants.Should().HaveCount(2);
        user.UserTenants![0].Should().BeNull();
        user.UserTenants[1].TenantId.Should().Be("T1");
    }

    [Fact]
    public void The_last_of_two_equal_keys_wins_and_unknown_tenant_keys_are_skipped()
    {
        var user = Read("""{"name":"first","userTenants":[{"tenantId":"T1","since":{"deep":[1,{"x":2}]},"tenantName":"Wonderland"}],"name":"second"}""");

        user.Name.Should().Be("second");
        user.UserTenants!.Single().Should().BeEquivalentTo(new { TenantId = "T1", TenantName = "Wonderland" });
    }

    [Fact]
    public void Unknown_keys_before_and_after_known_ones_all_land_in_the_extension_data()
    {
        var user = Read("""{"a":1,"userId":"U1","b":{"c":[true]},"z":"last"}""");

        user.UserId.Should().Be("U1");
        user.AdditionalProperties!.Keys.Should().BeEquivalentTo("a", "b", "z");
        user.AdditionalProperties["b"].GetRawText().Should().Be("""{"c":[true]}""");
    }

    [Theory]
    [InlineData("""{"email":5}""", "email")]
    [InlineData("""{"loginIds":"alice"}""", "loginIds")]
    [InlineData("""{"loginIds":[1]}""", "loginIds")]
    [InlineData("""{"verifiedEmail":"yes"}""", "verifiedEmail")]
    [InlineData("""{"OAuth":{"google":null}}""", "OAuth")]
    [InlineData("""{"consentExpiration":"soon"}""", "consentExpiration")]
    [InlineData("""{"userTenants":{}}""", "userTenants")]
    [InlineData("""{"userTenants":[{"roleNames":[{}]}]}""", "roleNames")]
    [InlineData("""{"customAttributes":[]}""", "customAttributes")]
    public void A_value_of_the_wrong_kind_is_a_JsonException_naming_the_property(string json, string property)
    {
        var read = () => Read(json);

        read.Should().Throw<JsonException>().WithMessage($"*'{property}'*");
    }

    [Fact]
    public void A_user_that_is_not_an_object_is_a_JsonException()
    {
        var read = () => Read("[1,2]");

        read.Should().Throw<JsonException>();
    }

    [Fact]
    public async Task A_value_of_the_wrong_kind_over_http_is_a_DescopeApiException()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Respond(200, """{"user":{"userId":"U1","verifiedEmail":"yes"}}""");
        using var client = TestClients.For(emulator);

        var call = () => client.LoadAsync("alice");

        (await call.Should().ThrowAsync<DescopeApiException>()).Which.ErrorDescription.Should().Contain("verifiedEmail");
    }

    [Fact]
    public void Patched_users_of_a_batch_answer_are_read_by_the_same_reader()
    {
        var answer = JsonSerializer.Deserialize("""{"patchedUsers":[{"st\u0061tus":"enabled","x":1},null]}""", DescopeJsonContext.Default.BatchPatchResponse)!;

        answer.PatchedUsers.Should().HaveCount(2);
        answer.PatchedUsers![0].Status.Should().Be(UserStatus.Enabled);
        answer.PatchedUsers[0].AdditionalProperties!.Keys.Should().Equal("x");
        answer.PatchedUsers[1].Should().BeNull();
        var notAList = () => JsonSerializer.Deserialize("""{"patchedUsers":{}}""", DescopeJsonContext.Default.BatchPatchResponse);
        notAList.Should().Throw<JsonException>().WithMessage("*'patchedUsers'*");
    }

    [Fact]
    public async Task A_success_body_that_starts_with_a_byte_order_mark_reads_as_without_one()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Respond(200, "\uFEFF" + SampleUsers.SparseUserAnswerJson);
        using var client = TestClients.For(emulator);

        (await client.LoadAsync("alice")).UserId.Should().Be("U1");
    }

    [Fact]
    public void A_caller_serializing_users_with_options_of_its_own_gets_those_options()
    {
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var user = JsonSerializer.Deserialize<User>("""{"Email":"a@example.com","consentExpiration":"12"}""", web)!;

        user.Email.Should().Be("a@example.com", "the web defaults match names without regard to case");
        user.ConsentExpiration.Should().Be(12, "the web defaults read numbers from strings");
        JsonSerializer.Serialize(new User { UserId = "U1" }, web).Should().Contain("\"email\":null", "these options write nulls");
    }

    [Fact]
    public void Reading_a_user_from_a_reader_split_across_buffers_gives_the_same_user()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(SampleUsers.UserAnswerJson);
        var first = new Segment(bytes.AsMemory(0, 100));
        var last = first.Append(bytes.AsMemory(100));
        var reader = new Utf8JsonReader(new System.Buffers.ReadOnlySequence<byte>(first, 0, last, last.Memory.Length));

        var user = JsonSerializer.Deserialize(ref reader, DescopeJsonContext.Default.UserResponse)!.User!;

        user.Should().BeEquivalentTo(Read(SampleUsers.FullUserJson), o => o.ComparingByMembers<JsonElement>().Excluding(u => u.CustomAttributes).Excluding(u => u.AdditionalProperties));
        JsonNode.Parse(user.AdditionalProperties!["futureField"].GetRawText())!["nested"]!.AsArray().Should().HaveCount(3);
    }

    private sealed class Segment : System.Buffers.ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
