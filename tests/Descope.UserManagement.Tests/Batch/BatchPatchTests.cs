using Descope.UserManagement.Testing;
using System.Text.Json.Nodes;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Batch;

public sealed class BatchPatchTests
{
    [Fact]
    public async Task PatchBatch_sends_each_user_with_its_own_login_id_and_only_the_set_keys()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Respond(200, """
            {"patchedUsers":[{"loginIds":["a@example.com"],"userId":"U1"},{"loginIds":["b@example.com"],"userId":"U2"}],"failedUsers":[],"additionalErrors":{}}
            """);
        using var client = TestClients.For(emulator);

        var result = await client.PatchBatchAsync(
        [
            new BatchUserPatch("a@example.com") { GivenName = "A", Status = UserStatus.Disabled },
            new BatchUserPatch("b@example.com") { RoleNames = ["viewer"], CustomAttributes = new Dictionary<string, object?> { ["n"] = 1 } },
        ]);

        var request = emulator.SingleRequest();
        request.Method.Should().Be("PATCH");
        request.Path.Should().Be("/v1/mgmt/user/patch/batch");
        request.Header("Authorization").Should().Be($"Bearer {TestClients.ProjectId}:{TestClients.ManagementKey}");
        request.Header("Content-Type").Should().Be("application/json");
        JsonAssert.Equivalent(request.Body, """
            {"users":[
              {"loginId":"a@example.com","givenName":"A","status":"disabled"},
              {"loginId":"b@example.com","roleNames":["viewer"],"customAttributes":{"n":1}}
            ]}
            """);
        result.AllSucceeded.Should().BeTrue();
        result.PatchedUsers.Select(u => u.UserId).Should().Equal("U1", "U2");
        result.FailedUsers.Should().BeEmpty();
    }

    [Fact]
    public async Task A_partial_failure_reports_every_input_patched_or_failed_with_the_login_id_sent()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Respond(200, """
            {
              "patchedUsers":[{"loginIds":["alice@example.com"],"userId":"U1"}],
              "failedUsers":[{"failure":"Invalid phone","user":{"loginIds":["bob@example.com"]}}],
              "additionalErrors":{"carol@example.com":"User not found","batch":"partially applied"}
            }
            """);
        using var client = TestClients.For(emulator);

        var result = await client.PatchBatchAsync(
        [
            new BatchUserPatch("Alice@Example.com") { Name = "Alice" },
            new BatchUserPatch("bob@example.com") { Phone = "nope" },
            new BatchUserPatch("carol@example.com") { Name = "Carol" },
            new BatchUserPatch("U4") { Name = "By user ID" },
            new BatchUserPatch("dave@example.com") { Name = "Dave" },
        ]);

        result.AllSucceeded.Should().BeFalse();
        result.PatchedUsers.Should().ContainSingle().Which.UserId.Should().Be("U1");
        result.FailedUsers.Select(f => (f.LoginId, f.Failure)).Should().BeEquivalentTo(new[]
        {
            ("bob@example.com", "Invalid phone"),
            ("carol@example.com", "User not found"),
            ("U4", "The server did not report a result for this user."),
            ("dave@example.com", "The server did not report a result for this user."),
        });
        result.FailedUsers.Single(f => f.LoginId == "bob@example.com").User!.LoginIds.Should().Equal("bob@example.com");
        result.AdditionalErrors.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["carol@example.com"] = "User not found",
            ["batch"] = "partially applied",
        });
    }

    [Fact]
    public async Task A_patched_user_is_matched_by_user_id_too()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Respond(200, """{"patchedUsers":[{"loginIds":["x@example.com"],"userId":"U9"}]}""");
        using var client = TestClients.For(emulator);

        var result = await client.PatchBatchAsync([new BatchUserPatch("U9") { Name = "X" }]);

        result.AllSucceeded.Should().BeTrue();
    }

    [Fact]
    public async Task Large_batches_are_split_by_BatchSize_and_every_user_is_accounted_for()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Respond(200, """{"patchedUsers":[{"loginIds":["u0"]},{"loginIds":["u1"]}]}""");
        emulator.Respond(500, """{"errorCode":"E000001","errorDescription":"Internal error"}""");
        emulator.Respond(200, """{"patchedUsers":[{"loginIds":["u4"]}]}""");
        using var client = TestClients.For(emulator, batchSize: 2);

        var result = await client.PatchBatchAsync(Enumerable.Range(0, 5).Select(i => new BatchUserPatch($"u{i}") { Name = $"N{i}" }));

        emulator.ManagementRequests().Should().HaveCount(3);
        emulator.ManagementRequests().Select(r => JsonNode.Parse(r.Body)!["users"]!.AsArray().Select(u => (string)u!["loginId"]!).ToArray())
            .Should().BeEquivalentTo(new[] { new[] { "u0", "u1" }, new[] { "u2", "u3" }, new[] { "u4" } }, o => o.WithStrictOrdering());
        result.PatchedUsers.SelectMany(u => u.LoginIds!).Should().Equal("u0", "u1", "u4");
        result.FailedUsers.Select(f => f.LoginId).Should().Equal("u2", "u3");
        result.FailedUsers.Should().AllSatisfy(f =>
        {
            f.Exception.Should().BeOfType<DescopeApiException>().Which.StatusCode.Should().Be(System.Net.HttpStatusCode.InternalServerError);
            f.Failure.Should().Contain("E000001");
        });
    }

    [Fact]
    public async Task An_answer_with_no_lists_reports_every_user_as_not_reported()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Respond(200, "{}");
        using var client = TestClients.For(emulator);

        var result = await client.PatchBatchAsync([new BatchUserPatch("a"), new BatchUserPatch("b")]);

        result.PatchedUsers.Should().BeEmpty();
        result.FailedUsers.Select(f => f.LoginId).Should().Equal("a", "b");
    }

    [Fact]
    public async Task A_batch_answer_that_is_not_json_fails_its_users_instead_of_throwing_json_errors()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Respond(200, """{"patchedUsers":[{"loginIds":["a"]""");
        using var client = TestClients.For(emulator);

        var result = await client.PatchBatchAsync([new BatchUserPatch("a")]);

        result.FailedUsers.Should().ContainSingle().Which.Exception.Should().NotBeNull();
    }

    [Fact]
    public async Task PatchBatch_minimal_sends_only_login_ids()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var client = TestClients.For(emulator);

        var result = await client.PatchBatchAsync([new BatchUserPatch("alice")]);

        JsonAssert.Equivalent(emulator.SingleRequest().Body, """{"users":[{"loginId":"alice"}]}""");
        result.PatchedUsers.Should().ContainSingle().Which.UserId.Should().Be(TestClients.AliceUserId);
    }

    [Fact]
    public async Task PatchBatch_full_sends_every_patch_key()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var client = TestClients.For(emulator);

        var result = await client.PatchBatchAsync(
        [
            new BatchUserPatch("alice")
            {
                Email = "a@example.com", Phone = "+12025550123", Name = "A L", GivenName = "A", MiddleName = "", FamilyName = "L",
                VerifiedEmail = true, VerifiedPhone = true, RoleNames = ["r1"], UserTenants = [new TenantRoles("T9", ["r2"])],
                CustomAttributes = new Dictionary<string, object?> { ["n"] = 1.5, ["list"] = new List<string> { "x" } },
                Picture = "https://example.com/p.png", AdditionalIdentifiers = ["alice-2"], SsoAppIds = ["app"], Status = UserStatus.Disabled,
            },
        ]);

        JsonAssert.Equivalent(emulator.SingleRequest().Body, """
            {"users":[{"loginId":"alice","email":"a@example.com","phone":"+12025550123","name":"A L","givenName":"A","middleName":"",
              "familyName":"L","verifiedEmail":true,"verifiedPhone":true,"roleNames":["r1"],"userTenants":[{"tenantId":"T9","roleNames":["r2"]}],
              "customAttributes":{"n":1.5,"list":["x"]},"picture":"https://example.com/p.png","additionalIdentifiers":["alice-2"],
              "ssoAppIds":["app"],"status":"disabled"}]}
            """);
        result.AllSucceeded.Should().BeTrue();
        result.PatchedUsers.Single().Status.Should().Be(UserStatus.Disabled);
    }

    [Fact]
    public async Task A_transport_failure_of_one_request_fails_only_its_users_and_keeps_the_others()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Respond(200, """{"patchedUsers":[{"loginIds":["u0"]}]}""");
        emulator.Faults.Inject(EmulatorFault.Drop());
        emulator.Respond(200, """{"patchedUsers":[{"loginIds":["u2"]}]}""");
        using var client = TestClients.For(emulator, batchSize: 1);

        var result = await client.PatchBatchAsync([new BatchUserPatch("u0"), new BatchUserPatch("u1"), new BatchUserPatch("u2")]);

        emulator.ManagementRequests().Count.Should().Be(3);
        result.PatchedUsers.SelectMany(u => u.LoginIds!).Should().Equal("u0", "u2");
        result.FailedUsers.Should().ContainSingle().Which.Should().Match<BatchPatchFailure>(f => f.LoginId == "u1" && f.Exception is HttpRequestException);
    }

    [Fact]
    public async Task Users_the_server_names_differently_are_paired_in_order_when_all_were_patched()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Respond(200, """{"patchedUsers":[{"loginIds":["+1 202 555 0100"]},{"loginIds":["+1 202 555 0101"]}]}""");
        using var client = TestClients.For(emulator);

        var result = await client.PatchBatchAsync([new BatchUserPatch("+12025550100"), new BatchUserPatch("+12025550101")]);

        result.AllSucceeded.Should().BeTrue();
        result.PatchedUsers.Should().HaveCount(2);
    }

    [Fact]
    public async Task Failures_for_users_the_server_names_differently_keep_their_text()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Respond(200, """{"failedUsers":[{"failure":"Phone is invalid","user":{"loginIds":["+1 202 555 0100"]}}]}""");
        using var client = TestClients.For(emulator);

        var result = await client.PatchBatchAsync([new BatchUserPatch("+12025550100")]);

        result.FailedUsers.Should().ContainSingle().Which.Failure.Should().Be("Phone is invalid");
    }

    [Fact]
    public async Task When_the_pairing_is_unknown_every_unnamed_user_is_failed_with_the_servers_texts()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Respond(200, """{"patchedUsers":[{"loginIds":["x1"]}],"failedUsers":[{"failure":"Phone is invalid","user":{"loginIds":["x2"]}}]}""");
        using var client = TestClients.For(emulator);

        var result = await client.PatchBatchAsync([new BatchUserPatch("a"), new BatchUserPatch("b")]);

        result.PatchedUsers.Should().ContainSingle();
        result.FailedUsers.Select(f => f.LoginId).Should().Equal("a", "b");
        result.FailedUsers.Should().AllSatisfy(f => f.Failure.Should().Contain("did not report").And.Contain("Phone is invalid"));
    }

    [Fact]
    public async Task Additional_errors_with_the_same_key_from_two_requests_are_both_kept()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Respond(200, """{"patchedUsers":[{"loginIds":["a"]}],"additionalErrors":{"batch":"first"}}""");
        emulator.Respond(200, """{"patchedUsers":[{"loginIds":["b"]}],"additionalErrors":{"batch":"second"}}""");
        using var client = TestClients.For(emulator, batchSize: 1);

        var result = await client.PatchBatchAsync([new BatchUserPatch("a"), new BatchUserPatch("b")]);

        result.AdditionalErrors["batch"].Should().Be("first; second");
    }

    [Fact]
    public async Task A_lazy_custom_attribute_sequence_is_read_once_and_sent_as_read()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var client = TestClients.For(emulator);
        var reads = 0;
        IEnumerable<string> Tags()
        {
            reads++;
            yield return $"read-{reads}";
        }

        await client.PatchAsync("alice", new UserPatch { CustomAttributes = new Dictionary<string, object?> { ["tags"] = Tags() } });

        reads.Should().Be(1);
        JsonAssert.Equivalent(emulator.SingleRequest().Body, """{"loginId":"alice","customAttributes":{"tags":["read-1"]}}""");
    }

    [Fact]
    public async Task An_answer_in_another_order_than_the_input_still_matches_every_user_to_its_login_id()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Respond(200, """
            {
              "patchedUsers":[{"loginIds":["e@example.com"],"userId":"U5"},{"loginIds":["c@example.com"],"userId":"U3"},{"loginIds":["x@example.com"],"userId":"U1"}],
              "failedUsers":[{"failure":"Invalid phone","user":{"loginIds":["D@EXAMPLE.COM"]}}],
              "additionalErrors":{"b@example.com":"User not found"}
            }
            """);
        using var client = TestClients.For(emulator);

        var result = await client.PatchBatchAsync(
        [
            new BatchUserPatch("U1") { Name = "by user ID" },
            new BatchUserPatch("b@example.com") { Name = "B" },
            new BatchUserPatch("c@example.com") { Name = "C" },
            new BatchUserPatch("d@example.com") { Phone = "nope" },
            new BatchUserPatch("e@example.com") { Name = "E" },
        ]);

        result.PatchedUsers.Select(u => u.UserId).Should().Equal("U5", "U3", "U1");
        result.FailedUsers.Select(f => (f.LoginId, f.Failure)).Should().BeEquivalentTo(new[]
        {
            ("d@example.com", "Invalid phone"),
            ("b@example.com", "User not found"),
        });
    }
}
