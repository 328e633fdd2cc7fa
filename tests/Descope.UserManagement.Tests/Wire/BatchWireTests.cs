using System.Net;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Wire;

/// <summary>
/// PatchBatch: the exact requests (one per BatchSize users) and how the answers map back to every input, patched
/// or failed with its reason.
/// </summary>
public sealed class BatchWireTests : WireTest
{
    private const string BatchPath = "/v1/mgmt/user/patch/batch";

    public static TheoryData<WireCase> Cases => new()
    {
        new WireCase("PatchBatch", "minimal, sends only the login IDs", "PATCH", BatchPath, """{"users":[{"loginId":"alice"}]}""",
            async c => await c.PatchBatchAsync([new BatchUserPatch("alice")]))
        {
            Answer = """{"patchedUsers":[{"loginIds":["alice"],"userId":"U2aAc4T2V93bddihGEx2Ryhc8e5Z"}],"failedUsers":[],"additionalErrors":{}}""",
            Returned = result =>
            {
                var batch = result.Should().BeOfType<BatchPatchResult>().Subject;
                batch.AllSucceeded.Should().BeTrue();
                batch.PatchedUsers.Should().ContainSingle().Which.UserId.Should().Be("U2aAc4T2V93bddihGEx2Ryhc8e5Z");
            },
        },
        new WireCase("PatchBatch", "full, sends every patch key with the status last", "PATCH", BatchPath, WireJson.Compact("""
            {"users":[{"loginId":"alice","email":"a@example.com","phone":"\u002B12025550123","name":"A L","givenName":"A","middleName":"",
              "familyName":"L","verifiedEmail":true,"verifiedPhone":true,"roleNames":["r1"],"userTenants":[{"tenantId":"T9","roleNames":["r2"]}],
              "customAttributes":{"n":1.5,"list":["x"]},"picture":"https://example.com/p.png","additionalIdentifiers":["alice-2"],
              "ssoAppIds":["app"],"status":"disabled"}]}
            """),
            async c => await c.PatchBatchAsync(
            [
                new BatchUserPatch("alice")
                {
                    Email = "a@example.com", Phone = "+12025550123", Name = "A L", GivenName = "A", MiddleName = "", FamilyName = "L",
                    VerifiedEmail = true, VerifiedPhone = true, RoleNames = ["r1"], UserTenants = [new TenantRoles("T9", ["r2"])],
                    CustomAttributes = new Dictionary<string, object?> { ["n"] = 1.5, ["list"] = new List<string> { "x" } },
                    Picture = "https://example.com/p.png", AdditionalIdentifiers = ["alice-2"], SsoAppIds = ["app"], Status = UserStatus.Disabled,
                },
            ]))
        {
            Answer = """{"patchedUsers":[{"loginIds":["alice"],"userId":"U2aAc4T2V93bddihGEx2Ryhc8e5Z","status":"disabled"}]}""",
            Returned = result =>
            {
                var batch = result.Should().BeOfType<BatchPatchResult>().Subject;
                batch.AllSucceeded.Should().BeTrue();
                batch.PatchedUsers.Should().ContainSingle().Which.Status.Should().Be(UserStatus.Disabled);
            },
        },
        new WireCase("PatchBatch", "each user with its own login ID and only its set keys", "PATCH", BatchPath, WireJson.Compact("""
            {"users":[
              {"loginId":"a@example.com","givenName":"A","status":"disabled"},
              {"loginId":"b@example.com","roleNames":["viewer"],"customAttributes":{"n":1}}
            ]}
            """),
            async c => await c.PatchBatchAsync(
            [
                new BatchUserPatch("a@example.com") { GivenName = "A", Status = UserStatus.Disabled },
                new BatchUserPatch("b@example.com") { RoleNames = ["viewer"], CustomAttributes = new Dictionary<string, object?> { ["n"] = 1 } },
            ]))
        {
            Answer = """
                {"patchedUsers":[{"loginIds":["a@example.com"],"userId":"U1"},{"loginIds":["b@example.com"],"userId":"U2"}],"failedUsers":[],"additionalErrors":{}}
                """,
            Returned = result =>
            {
                var batch = result.Should().BeOfType<BatchPatchResult>().Subject;
                batch.AllSucceeded.Should().BeTrue();
                batch.PatchedUsers.Select(u => u.UserId).Should().Equal("U1", "U2");
                batch.FailedUsers.Should().BeEmpty();
            },
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Sends_exactly_the_expected_request_and_returns_the_mapped_result(WireCase wireCase) =>
        SendsExactlyAndReturnsTheAnswerAsync(wireCase);

    [Fact]
    public async Task Large_batches_are_split_by_BatchSize_and_every_user_is_accounted_for()
    {
        Answer("""{"users":[{"loginId":"u0","name":"N0"},{"loginId":"u1","name":"N1"}]}""", """{"patchedUsers":[{"loginIds":["u0"]},{"loginIds":["u1"]}]}""");
        Answer("""{"users":[{"loginId":"u2","name":"N2"},{"loginId":"u3","name":"N3"}]}""", """{"errorCode":"E000001","errorDescription":"Internal error"}""", status: 500);
        Answer("""{"users":[{"loginId":"u4","name":"N4"}]}""", """{"patchedUsers":[{"loginIds":["u4"]}]}""");
        var client = Client(o => o.BatchSize = 2);

        var result = await client.PatchBatchAsync(Enumerable.Range(0, 5).Select(i => new BatchUserPatch($"u{i}") { Name = $"N{i}" }));

        Descope.ManagementRequests().Select(e => e.RequestMessage.Body).Should().Equal(
            """{"users":[{"loginId":"u0","name":"N0"},{"loginId":"u1","name":"N1"}]}""",
            """{"users":[{"loginId":"u2","name":"N2"},{"loginId":"u3","name":"N3"}]}""",
            """{"users":[{"loginId":"u4","name":"N4"}]}""");
        result.PatchedUsers.SelectMany(u => u.LoginIds!).Should().Equal("u0", "u1", "u4");
        result.FailedUsers.Select(f => f.LoginId).Should().Equal("u2", "u3");
        result.FailedUsers.Should().AllSatisfy(f =>
        {
            f.Exception.Should().BeOfType<DescopeApiException>().Which.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
            f.Failure.Should().Contain("E000001");
        });
    }

    [Fact]
    public async Task A_partial_failure_reports_every_input_patched_or_failed_with_the_login_id_sent()
    {
        Answer(
            """{"users":[{"loginId":"Alice@Example.com","name":"Alice"},{"loginId":"bob@example.com","phone":"nope"},{"loginId":"carol@example.com","name":"Carol"},{"loginId":"U4","name":"By user ID"},{"loginId":"dave@example.com","name":"Dave"}]}""",
            """
            {
              "patchedUsers":[{"loginIds":["alice@example.com"],"userId":"U1"}],
              "failedUsers":[{"failure":"Invalid phone","user":{"loginIds":["bob@example.com"]}}],
              "additionalErrors":{"carol@example.com":"User not found","batch":"partially applied"}
            }
            """);

        var result = await Client().PatchBatchAsync(
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
        Answer("""{"users":[{"loginId":"U9","name":"X"}]}""", """{"patchedUsers":[{"loginIds":["x@example.com"],"userId":"U9"}]}""");

        var result = await Client().PatchBatchAsync([new BatchUserPatch("U9") { Name = "X" }]);

        result.AllSucceeded.Should().BeTrue();
    }

    [Fact]
    public async Task An_answer_with_no_lists_reports_every_user_as_not_reported()
    {
        Answer("""{"users":[{"loginId":"a"},{"loginId":"b"}]}""", "{}");

        var result = await Client().PatchBatchAsync([new BatchUserPatch("a"), new BatchUserPatch("b")]);

        result.PatchedUsers.Should().BeEmpty();
        result.FailedUsers.Select(f => f.LoginId).Should().Equal("a", "b");
    }

    [Fact]
    public async Task A_batch_answer_that_is_not_json_fails_its_users_instead_of_throwing_json_errors()
    {
        Answer("""{"users":[{"loginId":"a"}]}""", """{"patchedUsers":[{"loginIds":["a"]""");

        var result = await Client().PatchBatchAsync([new BatchUserPatch("a")]);

        result.FailedUsers.Should().ContainSingle().Which.Exception.Should().BeOfType<DescopeApiException>()
            .Which.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Users_the_server_names_differently_are_paired_in_order_when_all_were_patched()
    {
        Answer(
            """{"users":[{"loginId":"\u002B12025550100"},{"loginId":"\u002B12025550101"}]}""",
            """{"patchedUsers":[{"loginIds":["+1 202 555 0100"]},{"loginIds":["+1 202 555 0101"]}]}""");

        var result = await Client().PatchBatchAsync([new BatchUserPatch("+12025550100"), new BatchUserPatch("+12025550101")]);

        result.AllSucceeded.Should().BeTrue();
        result.PatchedUsers.Should().HaveCount(2);
    }

    [Fact]
    public async Task Failures_for_users_the_server_names_differently_keep_their_text()
    {
        Answer(
            """{"users":[{"loginId":"\u002B12025550100"}]}""",
            """{"failedUsers":[{"failure":"Phone is invalid","user":{"loginIds":["+1 202 555 0100"]}}]}""");

        var result = await Client().PatchBatchAsync([new BatchUserPatch("+12025550100")]);

        result.FailedUsers.Should().ContainSingle().Which.Failure.Should().Be("Phone is invalid");
    }

    [Fact]
    public async Task When_the_pairing_is_unknown_every_unnamed_user_is_failed_with_the_servers_texts()
    {
        Answer(
            """{"users":[{"loginId":"a"},{"loginId":"b"}]}""",
            """{"patchedUsers":[{"loginIds":["x1"]}],"failedUsers":[{"failure":"Phone is invalid","user":{"loginIds":["x2"]}}]}""");

        var result = await Client().PatchBatchAsync([new BatchUserPatch("a"), new BatchUserPatch("b")]);

        result.PatchedUsers.Should().ContainSingle();
        result.FailedUsers.Select(f => f.LoginId).Should().Equal("a", "b");
        result.FailedUsers.Should().AllSatisfy(f => f.Failure.Should().Contain("did not report").And.Contain("Phone is invalid"));
    }

    [Fact]
    public async Task Additional_errors_with_the_same_key_from_two_requests_are_both_kept()
    {
        Answer("""{"users":[{"loginId":"a"}]}""", """{"patchedUsers":[{"loginIds":["a"]}],"additionalErrors":{"batch":"first"}}""");
        Answer("""{"users":[{"loginId":"b"}]}""", """{"patchedUsers":[{"loginIds":["b"]}],"additionalErrors":{"batch":"second"}}""");
        var client = Client(o => o.BatchSize = 1);

        var result = await client.PatchBatchAsync([new BatchUserPatch("a"), new BatchUserPatch("b")]);

        result.AdditionalErrors["batch"].Should().Be("first; second");
    }

    [Fact]
    public async Task An_answer_in_another_order_than_the_input_still_matches_every_user_to_its_login_id()
    {
        Answer(
            """{"users":[{"loginId":"U1","name":"by user ID"},{"loginId":"b@example.com","name":"B"},{"loginId":"c@example.com","name":"C"},{"loginId":"d@example.com","phone":"nope"},{"loginId":"e@example.com","name":"E"}]}""",
            """
            {
              "patchedUsers":[{"loginIds":["e@example.com"],"userId":"U5"},{"loginIds":["c@example.com"],"userId":"U3"},{"loginIds":["x@example.com"],"userId":"U1"}],
              "failedUsers":[{"failure":"Invalid phone","user":{"loginIds":["D@EXAMPLE.COM"]}}],
              "additionalErrors":{"b@example.com":"User not found"}
            }
            """);

        var result = await Client().PatchBatchAsync(
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

    // Stubs one batch request by its exact body.
    private void Answer(string requestBody, string answer, int status = 200) =>
        Descope.Expect("PATCH", BatchPath, requestBody).RespondWith(StubDescope.Json(status, answer));
}
