using System.Net;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Descope.UserManagement.Tests.Resilience;

public sealed class LicenseAndSecretTests
{
    private const string LicensePath = "/v1/mgmt/license";

    [Fact]
    public async Task After_a_successful_handshake_management_calls_carry_the_tier()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        emulator.LicenseTier = "tier3";
        using var client = TestClients.For(emulator);

        await client.LoadAsync("alice");
        await client.ActivateAsync("alice");

        var requests = emulator.Journal.Requests;
        requests[0].Path.Should().Be(LicensePath);
        requests[0].Method.Should().Be("GET");
        requests[0].Header("Authorization").Should().Be($"Bearer {TestClients.ProjectId}:{TestClients.ManagementKey}");
        requests[0].Header("x-descope-license").Should().BeNull();
        requests.Skip(1).Should().OnlyContain(r => r.Header("x-descope-license") == "tier3");
        emulator.Journal.To(LicensePath).Should().ContainSingle();
    }

    [Fact]
    public async Task After_a_failed_handshake_calls_go_without_the_header_and_the_failure_is_logged()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        emulator.Faults.Inject(EmulatorFault.Status(500) with { Path = LicensePath });
        var logs = new FakeLogCollector();
        using var loggerFactory = FakeLogs.Factory(logs);
        var options = TestClients.Options(emulator);
        options.LoggerFactory = loggerFactory;
        using var client = new DescopeUserClient(options);

        var user = await client.ActivateAsync("alice");
        await client.LoadAsync("alice");

        user.Status.Should().Be(UserStatus.Enabled, "a failed handshake never fails the call");
        emulator.ManagementRequests().Should().OnlyContain(r => r.Header("x-descope-license") == null);
        emulator.Journal.To(LicensePath).Should().ContainSingle("a failed handshake is not retried at once");
        logs.GetSnapshot().Should().ContainSingle(e => e.Id.Id == 1102 && e.Level == LogLevel.Warning)
            .Which.Message.Should().Be("Descope license handshake failed (HTTP 500); calls go without x-descope-license until the next try in 300 s");
    }

    [Fact]
    public async Task A_failed_handshake_is_tried_again_after_five_minutes()
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await TestClients.StartWithAliceAsync();
        emulator.Faults.Inject(EmulatorFault.Status(503) with { Path = LicensePath });
        var options = TestClients.Options(emulator);
        options.TimeProvider = clock;
        using var client = new DescopeUserClient(options);

        await client.LoadAsync("alice");
        clock.Advance(TimeSpan.FromMinutes(4));
        await client.LoadAsync("alice");
        clock.Advance(TimeSpan.FromMinutes(1));
        await client.LoadAsync("alice");
        await client.LoadAsync("alice");

        emulator.Journal.To(LicensePath).Should().HaveCount(2);
        emulator.ManagementRequests().Select(r => r.Header("x-descope-license")).Should().Equal(null, null, "tier2", "tier2");
    }

    [Fact]
    public async Task Concurrent_first_calls_share_one_handshake()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        emulator.Latency = TimeSpan.FromMilliseconds(20);
        using var client = TestClients.For(emulator);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.LoadAsync("alice")));

        emulator.Journal.To(LicensePath).Should().ContainSingle();
        emulator.ManagementRequests().Should().HaveCount(50).And.OnlyContain(r => r.Header("x-descope-license") == "tier2");
    }

    [Fact]
    public async Task The_management_key_appears_in_no_log_line_and_no_exception_of_the_whole_fault_suite()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Trace));
        services.AddDescopeUsers(o =>
        {
            emulator.ConfigureClient(o);
            o.ProjectId = TestClients.ProjectId;
            o.ManagementKey = TestClients.ManagementKey;
            o.Timeout = TimeSpan.FromMilliseconds(300);
            o.Retry = new DescopeRetryOptions { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) };
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IDescopeUserClient>();
        var logs = provider.GetFakeLogCollector();
        var texts = new List<string>();
        var echo = $"<pre>Authorization: Bearer {TestClients.ProjectId}:{TestClients.ManagementKey}</pre>";

        emulator.Faults.Inject(EmulatorFault.Status(500) with { Path = LicensePath });
        var faults = new[]
        {
            EmulatorFault.Status(429) with { RetryAfter = TimeSpan.FromSeconds(600) },
            EmulatorFault.Status(503),
            EmulatorFault.Drop(),
            EmulatorFault.Status(200) with { Delay = TimeSpan.FromSeconds(20) },
            EmulatorFault.Respond(502, echo, "text/html"),
            EmulatorFault.Respond(401, $$"""{"errorCode":"E011004","errorDescription":"{{echo}}","errorMessage":"{{TestClients.ManagementKey}}"}"""),
            EmulatorFault.Respond(200, "{\"user\":"),
            EmulatorFault.Drop() with { AfterApplying = true },
            EmulatorFault.Status(404),
        };
        foreach (var fault in faults)
        {
            emulator.Faults.InjectAlways(fault);
            texts.Add(await Attempt(() => client.DeactivateAsync("alice")));
            texts.Add(await Attempt(() => client.UpdateLoginIdAsync("alice", "alice")));
            texts.Add(await Attempt(() => client.PatchBatchAsync([new BatchUserPatch("alice")]).ContinueWith(t => t.Result.ToString(), TaskScheduler.Default)));
            emulator.Faults.Clear();
        }

        texts.Add(provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DescopeUserClientOptions>>().Value.ToString());
        texts.Add(client.ToString()!);

        logs.GetSnapshot().Should().NotContain(e => e.Category != null && e.Category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal),
            "IHttpClientFactory's loggers hand the raw Authorization value to structured log providers, so the SDK removes them");
        logs.GetSnapshot().Should().Contain(e => e.Category != null && e.Category.StartsWith("Descope", StringComparison.Ordinal), "the SDK's own call lines were captured");
        logs.GetSnapshot().Should().Contain(e => e.Id.Id == 1001, "retries were logged");
        var everything = logs.AllText() + "\n" + string.Join("\n", texts);
        SecretText.LinesWithAny(everything, TestClients.ManagementKey, $"{TestClients.ProjectId}:")
            .Should().BeEmpty("neither the management key nor the credential pair may appear in a log record or an exception");
    }

    [Fact]
    public async Task Test_user_codes_links_embedded_tokens_and_provider_tokens_appear_in_no_log_line_span_exception_or_ToString()
    {
        const string Tess = "tess@example.com";
        const string Mistyped = "424242424242";
        await using var emulator = await TestClients.StartWithAliceAsync();
        emulator.Store.Seed(new User { LoginIds = [Tess], Test = true });
        var seeded = emulator.Store.SeedProviderToken("alice", new ProviderToken { Provider = "google", AccessToken = "ya29.Seeded-Access-Zq9", RefreshToken = "1//Seeded-Refresh-Zq9" });
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Trace));
        services.AddDescopeUsers(o =>
        {
            emulator.ConfigureClient(o);
            o.ProjectId = TestClients.ProjectId;
            o.ManagementKey = TestClients.ManagementKey;
            o.Retry = new DescopeRetryOptions { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) };
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IDescopeUserClient>();
        using var spans = new SpanRecorder();
        var texts = new List<string>();
        var secrets = new List<string> { seeded.AccessToken!, seeded.RefreshToken!, Mistyped };

        var calls = new Func<Task<object>>[]
        {
            async () => await client.GenerateOtpForTestUserAsync(DeliveryMethod.Email, Tess),
            async () => await client.GenerateMagicLinkForTestUserAsync(DeliveryMethod.Sms, Tess, "https://app.example.com/verify"),
            async () => await client.GenerateEnchantedLinkForTestUserAsync(Tess),
            async () => await client.GenerateEmbeddedLinkAsync("alice"),
            async () => await client.GenerateSignUpEmbeddedLinkAsync("new@example.com"),
            async () => await client.GetProviderTokenAsync("alice", "google", new ProviderTokenOptions { WithRefreshToken = true }),
            async () => await client.GetProviderTokenAsync("alice", "google", new ProviderTokenOptions { WithRefreshToken = true, ForceRefresh = true }),
        };

        // The real answers, then answers spoilt after Descope acted: cut in half, broken off mid-body, or with the secret
        // in the wrong JSON type.
        var faults = new EmulatorFault?[]
        {
            null,
            new EmulatorFault { AfterApplying = true, BodyShape = FaultBodyShape.Truncated },
            new EmulatorFault { AfterApplying = true, BodyShape = FaultBodyShape.Interrupted },
            EmulatorFault.Respond(200, $$"""{"loginId":"{{Tess}}","code":{{Mistyped}},"link":{{Mistyped}},"token":{{Mistyped}},"accessToken":{{Mistyped}}}"""),
        };
        foreach (var fault in faults)
        {
            if (fault is not null)
            {
                emulator.Faults.InjectAlways(fault);
            }

            foreach (var call in calls)
            {
                texts.Add(await Describe(call));
            }

            emulator.Faults.Clear();
        }

        foreach (var issued in emulator.Store.IssuedSecrets)
        {
            secrets.AddRange([issued.Value, issued.Token, issued.PendingRef ?? ""]);
            texts.Add(issued.ToString());
        }

        secrets.Add(emulator.Store.FindProviderToken("alice", "google")!.AccessToken!);
        var logs = provider.GetFakeLogCollector();
        logs.GetSnapshot().Should().Contain(e => e.Message.Contains("GenerateOtpForTestUser", StringComparison.Ordinal), "the calls were logged");
        spans.Spans.Should().Contain(span => span.DisplayName == "Descope GetProviderToken");
        emulator.Store.IssuedSecrets.Should().HaveCountGreaterThan(calls.Length, "the spoilt answers were issued too");
        var everything = logs.AllText() + "\n" + spans.AllText() + "\n" + string.Join("\n", texts);
        SecretText.LinesWithAny(everything, [.. secrets])
            .Should().BeEmpty("no code, link, embedded token or provider token may appear in a log record, a span, an exception or a result's ToString()");
    }

    [Fact]
    public void The_log_text_the_secret_checks_read_holds_every_message_value_scope_and_exception()
    {
        var logs = new FakeLogCollector();
        KeyValuePair<string, object?>[] state = [new("value", "in-state")];
        var error = new InvalidOperationException("outer", new ArgumentException("in-inner-exception"));
        using (var loggerFactory = FakeLogs.Factory(logs))
        {
            var logger = loggerFactory.CreateLogger("probe");
            using (logger.BeginScope(new Dictionary<string, object?> { ["scoped"] = "in-scope" }))
            {
                logger.Log(LogLevel.Trace, new EventId(7), state, error, (_, _) => "in-message");
            }
        }

        logs.AllText().Should().Contain("[Trace] probe 7: in-message")
            .And.Contain("value=in-state")
            .And.Contain("scoped=in-scope")
            .And.Contain("in-inner-exception");
    }

    [Fact]
    public void A_line_holding_the_key_is_found_and_shown_with_the_key_masked()
    {
        var text = $"clean\nAuthorization=Bearer {TestClients.ProjectId}:{TestClients.ManagementKey} sent\nclean again";

        var lines = SecretText.LinesWithAny(text, TestClients.ManagementKey);

        lines.Should().Equal($"Authorization=Bearer {TestClients.ProjectId}:{SecretText.Mask} sent");
        SecretText.LinesWithAny("clean\nclean again", TestClients.ManagementKey).Should().BeEmpty();
    }

    // The result's ToString() when the call succeeds, else the exception's, in full.
    private static async Task<string> Describe(Func<Task<object>> call)
    {
        try
        {
            return (await call()).ToString()!;
        }
#pragma warning disable CA1031
        catch (Exception error)
#pragma warning restore CA1031
        {
            return error.ToString();
        }
    }

    private static async Task<string> Attempt(Func<Task> call)
    {
        try
        {
            await call();
            return "no exception";
        }
#pragma warning disable CA1031 // every exception's full text is what the test inspects
        catch (Exception error)
#pragma warning restore CA1031
        {
            return error.ToString();
        }
    }

    private static async Task<string> Attempt(Func<Task<string>> call)
    {
        try
        {
            return await call();
        }
#pragma warning disable CA1031
        catch (Exception error)
#pragma warning restore CA1031
        {
            return error.ToString();
        }
    }
}
