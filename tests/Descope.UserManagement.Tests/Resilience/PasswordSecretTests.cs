using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Descope.UserManagement.Diagnostics;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Client;
using Descope.UserManagement.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Descope.UserManagement.Tests.Resilience;

/// <summary>
/// Passwords, password hashes and TOTP seeds are secrets like the management key: through every fault, echoed back by
/// the server or not, none reaches a log line, an exception, a batch result, a span, a metric or a <c>ToString()</c>.
/// </summary>
[Collection(nameof(TelemetryTests))]
public sealed class PasswordSecretTests
{
    private const string Password = "Pw-7c1e3b9d-Sw0rdfish!";
    private const string Seed = "SEEDQ7Z4K2M9X1TOTP";
    private const string Hash = "$2a$10$HashOfTheSecretPasswordXyZ";
    private const string SignerKey = "c2lnbmVyLWtleS1zZWNyZXQ=";
    private const string FirebaseHash = "SGFzaE9mVGhlU2VjcmV0UGFzc3dvcmQ=";

    private static readonly Dictionary<string, string> Secrets = new()
    {
        ["password"] = Password, ["seed"] = Seed, ["hash"] = Hash, ["signer key"] = SignerKey, ["firebase hash"] = FirebaseHash,
    };

    [Fact]
    public async Task No_password_seed_or_hash_appears_in_a_log_line_exception_result_span_or_metric_of_the_whole_fault_suite()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Trace));
        services.AddDescopeUsers(o =>
        {
            emulator.ConfigureClient(o);
            o.Timeout = TimeSpan.FromMilliseconds(300);
            o.Retry = new DescopeRetryOptions { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) };
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IDescopeUserClient>();
        var logs = provider.GetFakeLogCollector();
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == DescopeTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var durations = new MetricCollector<double>(null, DescopeTelemetry.Name, DescopeTelemetry.RequestDurationMetric);
        using var retries = new MetricCollector<long>(null, DescopeTelemetry.Name, DescopeTelemetry.RetryCountMetric);
        var texts = new List<string>();

        // Each fault, given what the request sent: a server can echo only the secrets it received.
        var faults = new Func<string, EmulatorFault?>[]
        {
            _ => null,
            _ => EmulatorFault.Status(429) with { RetryAfter = TimeSpan.FromSeconds(600) },
            _ => EmulatorFault.Status(503),
            _ => EmulatorFault.Drop(),
            _ => EmulatorFault.Drop() with { AfterApplying = true },
            _ => EmulatorFault.Status(200) with { Delay = TimeSpan.FromSeconds(20) },
            echo => EmulatorFault.Respond(400, $$"""{"errorCode":"E011003","errorDescription":"Password {{Password}} rejected","errorMessage":"{{echo}}"}"""),
            echo => EmulatorFault.Respond(502, $"<pre>password={Password}&echo={echo}</pre>", "text/html"),
            echo => EmulatorFault.Respond(200, $$$"""{"failedUsers":[{"failure":"weak: {{{echo}}}","user":{"loginIds":["ada"]}}],"additionalErrors":{"ada":"{{{echo}}}"}}"""),
            _ => EmulatorFault.Respond(200, "{\"user\":"),
        };
        var everySecret = string.Join(" ", Secrets.Values);
        var calls = new (string Echo, Func<Task<string>> Call)[]
        {
            (Password, () => Attempt(() => client.SetTemporaryPasswordAsync("alice", Password))),
            (Password, () => Attempt(() => client.SetActivePasswordAsync("alice", Password))),
            (everySecret, () => Attempt(() => client.CreateBatchAsync(NewUsers()))),
            (everySecret, () => Attempt(() => client.InviteBatchAsync(NewUsers(), new InviteOptions { SendMail = false, SendSms = false }))),
        };
        foreach (var fault in faults)
        {
            foreach (var (echo, call) in calls)
            {
                if (fault(echo) is { } injected)
                {
                    emulator.Faults.InjectAlways(injected);
                }

                texts.Add(await call());
                emulator.Faults.Clear();
            }
        }

        texts.Add(NewUsers()[0].ToString());
        texts.Add(NewUsers()[1].ToString());
        texts.Add(NewUsers()[2].ToString());
        texts.Add(NewUsers()[2].HashedPassword!.ToString());

        logs.GetSnapshot().Should().Contain(e => e.Id.Id == 1003, "failures were logged");
        spans.Should().Contain(s => s.GetTagItem(DescopeTelemetry.OperationTag) as string == "SetTemporaryPassword");
        durations.GetMeasurementSnapshot().Should().NotBeEmpty();
        var shown = new List<string> { logs.AllText() };
        shown.AddRange(texts);
        shown.AddRange(spans.Select(Describe));
        shown.AddRange(durations.GetMeasurementSnapshot().Select(m => string.Join(",", m.Tags)));
        shown.AddRange(retries.GetMeasurementSnapshot().Select(m => string.Join(",", m.Tags)));
        var everything = string.Join("\n", shown);
        everything.Should().Contain("<redacted>", "the echoed secrets were found and replaced");
        SecretText.LinesWithAnyOf(everything, Secrets).Should().BeEmpty("no password, hash, signer key or seed may appear anywhere the SDK shows text");
    }

    [Fact]
    public void A_batch_user_and_a_hash_print_every_field_but_the_secrets()
    {
        var user = new BatchUserCreate("ada") { Email = "ada@example.com", Password = Password, Seed = Seed, Status = UserStatus.Enabled };
        var hashed = new BatchUserCreate("bob") { HashedPassword = new BcryptHashedPassword(Hash) };

        user.ToString().Should().Contain("LoginId = ada").And.Contain("Email = ada@example.com").And.Contain("Password = <redacted>")
            .And.Contain("Seed = <redacted>").And.Contain("Status = Enabled");
        hashed.ToString().Should().Contain("HashedPassword = <redacted>");
        new BcryptHashedPassword(Hash).ToString().Should().Be("HashedPassword { Algorithm = bcrypt, Hash = <redacted> }");
        SecretText.LinesWithAnyOf(user.ToString() + "\n" + hashed.ToString(), Secrets).Should().BeEmpty();
        new BatchUserCreate("carol").ToString().Should().Contain("Password = ,").And.Contain("Seed = ,");
    }

    private static BatchUserCreate[] NewUsers() =>
    [
        new BatchUserCreate("ada") { Email = "ada@example.com", Password = Password, Seed = Seed },
        new BatchUserCreate("bob") { Email = "bob@example.com", HashedPassword = new BcryptHashedPassword(Hash) },
        new BatchUserCreate("carol") { Email = "carol@example.com", HashedPassword = new FirebaseHashedPassword(FirebaseHash, "c2FsdA==", "Bw==", SignerKey, 14, 8) },
    ];

    private static string Describe(Activity span)
    {
        var text = new StringBuilder().Append(span.DisplayName).Append(' ').Append(span.StatusDescription);
        foreach (var tag in span.TagObjects)
        {
            text.Append(' ').Append(tag.Key).Append('=').Append(tag.Value);
        }

        foreach (var e in span.Events)
        {
            text.Append(' ').Append(e.Name);
        }

        return text.ToString();
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

    private static async Task<string> Attempt<T>(Func<Task<T>> call)
    {
        try
        {
            var result = await call();
            if (result is not BatchCreateResult batch)
            {
                return result?.ToString() ?? "";
            }

            var lines = new List<string> { batch.ToString() };
            lines.AddRange(batch.FailedUsers.Select(f => $"{f} {f.Exception}"));
            lines.AddRange(batch.AdditionalErrors.Select(e => $"{e.Key}: {e.Value}"));
            return string.Join("\n", lines);
        }
#pragma warning disable CA1031
        catch (Exception error)
#pragma warning restore CA1031
        {
            return error.ToString();
        }
    }
}
