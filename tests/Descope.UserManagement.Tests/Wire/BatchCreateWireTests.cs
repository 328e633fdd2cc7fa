using System.Net;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Wire;

/// <summary>
/// CreateBatch and InviteBatch: the exact requests (one per BatchSize users), how the answers map back to every input,
/// created or failed with Descope's reason, and what a failed request reports instead of throwing.
/// </summary>
public sealed class BatchCreateWireTests : WireTest
{
    private const string BatchPath = "/v1/mgmt/user/create/batch";
    private const string Created = """{"createdUsers":[{"loginIds":["u1"],"userId":"U1"}],"failedUsers":[],"additionalErrors":{}}""";

    public static TheoryData<WireCase> Cases => new()
    {
        new WireCase("CreateBatch", "minimal, sends only the login ID and no invite key", "POST", BatchPath, """{"users":[{"loginId":"u1"}]}""",
            async c => await c.CreateBatchAsync([new BatchUserCreate("u1")]))
        {
            Answer = Created,
            Returned = result =>
            {
                var batch = result.Should().BeOfType<BatchCreateResult>().Subject;
                batch.AllSucceeded.Should().BeTrue();
                batch.CreatedUsers.Should().ContainSingle().Which.UserId.Should().Be("U1");
            },
        },
        new WireCase("CreateBatch", "full, every per-user key in order, the time in Unix seconds", "POST", BatchPath, WireJson.Compact("""
            {"users":[{"loginId":"ada","email":"ada@example.com","phone":"\u002B12025550123","name":"Ada L","givenName":"Ada","middleName":"B",
              "familyName":"L","verifiedEmail":true,"verifiedPhone":false,"roleNames":["r1"],"userTenants":[{"tenantId":"T1","roleNames":["admin"]}],
              "customAttributes":{"plan":"gold","seats":3},"picture":"https://example.com/a.png","additionalIdentifiers":["ada-2"],"ssoAppIds":["app1"],
              "test":true,"password":"Imp0rted-Pa55!","seed":"JBSWY3DPEHPK3PXP","status":"enabled","createdTime":1700000000}]}
            """),
            async c => await c.CreateBatchAsync(
            [
                new BatchUserCreate("ada")
                {
                    Email = "ada@example.com", Phone = "+12025550123", Name = "Ada L", GivenName = "Ada", MiddleName = "B", FamilyName = "L",
                    VerifiedEmail = true, VerifiedPhone = false, RoleNames = ["r1"], UserTenants = [new TenantRoles("T1", ["admin"])],
                    CustomAttributes = new Dictionary<string, object?> { ["plan"] = "gold", ["seats"] = 3 }, Picture = "https://example.com/a.png",
                    AdditionalIdentifiers = ["ada-2"], SsoAppIds = ["app1"], Test = true, Password = "Imp0rted-Pa55!", Seed = "JBSWY3DPEHPK3PXP",
                    Status = UserStatus.Enabled, CreatedTime = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000).AddMilliseconds(999),
                },
            ]))
        {
            Answer = """{"createdUsers":[{"loginIds":["ada","ada-2"],"userId":"U1","status":"enabled","test":true}]}""",
            Returned = result => result.Should().BeOfType<BatchCreateResult>().Which.CreatedUsers.Should().ContainSingle().Which.Status.Should().Be(UserStatus.Enabled),
        },
        new WireCase("CreateBatch", "each hashed-password algorithm as its own object", "POST", BatchPath, WireJson.Compact("""
            {"users":[
              {"loginId":"h1","hashedPassword":{"bcrypt":{"hash":"$2a$10$N9qo8uLOickgx2ZMRZoMye"}}},
              {"loginId":"h2","hashedPassword":{"firebase":{"hash":"aGFzaA==","salt":"c2FsdA==","saltSeparator":"Bw==","signerKey":"a2V5","memory":14,"rounds":8}}},
              {"loginId":"h3","hashedPassword":{"pbkdf2":{"hash":"aGFzaA==","salt":"c2FsdA==","iterations":310000,"type":"sha256"}}},
              {"loginId":"h4","hashedPassword":{"django":{"hash":"pbkdf2_sha256$260000$salt$aGFzaA=="}}},
              {"loginId":"h5","hashedPassword":{"phpass":{"hash":"Vx9zXfR0uN7PmpIOVPZ7u.","salt":"abcdefgh","iterations":8192,"type":"md5"}}},
              {"loginId":"h6","hashedPassword":{"md5":{"hash":"5f4dcc3b5aa765d61d8327deb882cf99"}}},
              {"loginId":"h7","hashedPassword":{"sha":{"hash":"5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8","type":"sha1","salt":"pepper"}}},
              {"loginId":"h8","hashedPassword":{"argon2":{"hash":"aGFzaA==","salt":"c2FsdA==","iterations":3,"memory":65536,"threads":4}}}
            ]}
            """),
            async c => await c.CreateBatchAsync(
            [
                new BatchUserCreate("h1") { HashedPassword = new BcryptHashedPassword("$2a$10$N9qo8uLOickgx2ZMRZoMye") },
                new BatchUserCreate("h2") { HashedPassword = new FirebaseHashedPassword("aGFzaA==", "c2FsdA==", "Bw==", "a2V5", 14, 8) },
                new BatchUserCreate("h3") { HashedPassword = new Pbkdf2HashedPassword("aGFzaA==", "c2FsdA==", 310_000, "sha256") },
                new BatchUserCreate("h4") { HashedPassword = new DjangoHashedPassword("pbkdf2_sha256$260000$salt$aGFzaA==") },
                new BatchUserCreate("h5") { HashedPassword = new PhpassHashedPassword("Vx9zXfR0uN7PmpIOVPZ7u.", "abcdefgh", 8192, "md5") },
                new BatchUserCreate("h6") { HashedPassword = new Md5HashedPassword("5f4dcc3b5aa765d61d8327deb882cf99") },
                new BatchUserCreate("h7") { HashedPassword = new ShaHashedPassword("5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8", "sha1", "pepper") },
                new BatchUserCreate("h8") { HashedPassword = new Argon2HashedPassword("aGFzaA==", "c2FsdA==", 3, 65536, 4) },
            ]))
        {
            Answer = """{"createdUsers":[{"loginIds":["h1"]},{"loginIds":["h2"]},{"loginIds":["h3"]},{"loginIds":["h4"]},{"loginIds":["h5"]},{"loginIds":["h6"]},{"loginIds":["h7"]},{"loginIds":["h8"]}]}""",
            Returned = result => result.Should().BeOfType<BatchCreateResult>().Which.CreatedUsers.Should().HaveCount(8),
        },
        new WireCase("InviteBatch", "minimal, invite true after the users", "POST", BatchPath, """{"users":[{"loginId":"a@example.com"}],"invite":true}""",
            async c => await c.InviteBatchAsync([new BatchUserCreate("a@example.com")]))
        {
            Answer = """{"createdUsers":[{"loginIds":["a@example.com"],"userId":"U1","status":"invited"}]}""",
            Returned = result => result.Should().BeOfType<BatchCreateResult>().Which.CreatedUsers.Should().ContainSingle().Which.Status.Should().Be(UserStatus.Invited),
        },
        new WireCase("InviteBatch", "full, the invitation's options at the top level", "POST", BatchPath, WireJson.Compact("""
            {"users":[{"loginId":"a@example.com","email":"a@example.com"},{"loginId":"\u002B12025550123","phone":"\u002B12025550123"}],
             "invite":true,"inviteUrl":"https://app.example.com/join","sendMail":true,"sendSMS":true,"templateId":"welcome",
             "templateOptions":{"k1":"v1"},"locale":"de"}
            """),
            async c => await c.InviteBatchAsync(
                [new BatchUserCreate("a@example.com") { Email = "a@example.com" }, new BatchUserCreate("+12025550123") { Phone = "+12025550123" }],
                new InviteOptions
                {
                    InviteUrl = "https://app.example.com/join", SendMail = true, SendSms = true, TemplateId = "welcome",
                    TemplateOptions = new Dictionary<string, string> { ["k1"] = "v1" }, Locale = "de",
                }))
        {
            Answer = """{"createdUsers":[{"loginIds":["a@example.com"]},{"loginIds":["+12025550123"]}]}""",
            Returned = result => result.Should().BeOfType<BatchCreateResult>().Which.AllSucceeded.Should().BeTrue(),
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Sends_exactly_the_expected_request_and_returns_the_mapped_result(WireCase wireCase) =>
        SendsExactlyAndReturnsTheAnswerAsync(wireCase);

    [Fact]
    public async Task Large_batches_are_split_by_BatchSize_and_every_user_is_created_or_failed_with_the_reason()
    {
        Answer("""{"users":[{"loginId":"u0"},{"loginId":"u1"}]}""",
            """{"createdUsers":[{"loginIds":["u0"],"userId":"U0"}],"failedUsers":[{"failure":"User already exists","user":{"loginIds":["u1"]}}]}""");
        Answer("""{"users":[{"loginId":"u2"},{"loginId":"u3"}]}""", """{"errorCode":"E011001","errorDescription":"Bad request"}""", status: 400);
        Answer("""{"users":[{"loginId":"u4"}]}""", """{"createdUsers":[{"loginIds":["u4"],"userId":"U4"}]}""");
        var client = Client(o => o.BatchSize = 2);

        var result = await client.CreateBatchAsync(Enumerable.Range(0, 5).Select(i => new BatchUserCreate($"u{i}")));

        Descope.ManagementRequests().Should().HaveCount(3);
        result.CreatedUsers.Select(u => u.UserId).Should().Equal("U0", "U4");
        result.FailedUsers.Select(f => (f.LoginId, f.Failure)).Should().Equal(
            ("u1", "User already exists"),
            ("u2", "Descope CreateBatch failed with HTTP 400 (E011001): Bad request."),
            ("u3", "Descope CreateBatch failed with HTTP 400 (E011001): Bad request."));
        result.FailedUsers.Skip(1).Should().AllSatisfy(f => f.Exception.Should().BeOfType<DescopeApiException>());
    }

    [Fact]
    public async Task A_5xx_fails_the_users_of_that_request_as_possibly_created_and_is_not_sent_again()
    {
        Answer("""{"users":[{"loginId":"a@example.com"}],"invite":true}""", """{"errorCode":"E000503","errorDescription":"Unavailable"}""", status: 503);
        var client = Client(o => o.Retry = new DescopeRetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2) });

        var result = await client.InviteBatchAsync([new BatchUserCreate("a@example.com")]);

        Descope.RequestsTo(BatchPath).Should().ContainSingle("a second copy would send the invitations again");
        var failure = result.FailedUsers.Should().ContainSingle().Subject;
        failure.LoginId.Should().Be("a@example.com");
        failure.Exception.Should().BeOfType<DescopeOutcomeUnknownException>().Which.ResponseStatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        failure.Failure.Should().Contain("may have been applied");
    }

    [Fact]
    public async Task A_429_is_retried_because_nothing_was_created()
    {
        Descope.Expect("POST", BatchPath, """{"users":[{"loginId":"u1"}]}""").InScenario("limited").WillSetStateTo("allowed")
            .RespondWith(StubDescope.Json(429, """{"errorCode":"E130429","errorDescription":"Rate limit exceeded"}"""));
        Descope.Expect("POST", BatchPath, """{"users":[{"loginId":"u1"}]}""").InScenario("limited").WhenStateIs("allowed")
            .RespondWith(StubDescope.Json(200, Created));
        var client = Client(o => o.Retry = new DescopeRetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2) });

        var result = await client.CreateBatchAsync([new BatchUserCreate("u1")]);

        result.AllSucceeded.Should().BeTrue();
        Descope.RequestsTo(BatchPath).Should().HaveCount(2);
    }

    [Fact]
    public async Task A_failure_text_that_echoes_a_password_is_shown_redacted()
    {
        Answer("""{"users":[{"loginId":"u1","password":"Sw0rdfish-Secret!"}]}""",
            """{"failedUsers":[{"failure":"password 'Sw0rdfish-Secret!' is too common","user":{"loginIds":["u1"]}}],"additionalErrors":{"u1":"rejected Sw0rdfish-Secret!"}}""");

        var result = await Client().CreateBatchAsync([new BatchUserCreate("u1") { Password = "Sw0rdfish-Secret!" }]);

        result.FailedUsers.Should().ContainSingle().Which.Failure.Should().Be("password '<redacted>' is too common");
        result.AdditionalErrors["u1"].Should().Be("rejected <redacted>");
    }

    [Fact]
    public async Task Created_users_the_answer_names_by_user_id_or_another_case_are_matched_to_their_inputs()
    {
        Answer("""{"users":[{"loginId":"Ada@Example.com"},{"loginId":"U9"}]}""",
            """{"createdUsers":[{"loginIds":["ada@example.com"],"userId":"U1"},{"loginIds":["grace@example.com"],"userId":"U9"}]}""");

        var result = await Client().CreateBatchAsync([new BatchUserCreate("Ada@Example.com"), new BatchUserCreate("U9")]);

        result.AllSucceeded.Should().BeTrue();
        result.CreatedUsers.Select(u => u.UserId).Should().Equal("U1", "U9");
    }

    // Stubs one batch request by its exact body.
    private void Answer(string requestBody, string answer, int status = 200) =>
        Descope.Expect("POST", BatchPath, requestBody).RespondWith(StubDescope.Json(status, answer));
}
