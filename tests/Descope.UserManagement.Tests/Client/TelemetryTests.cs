using System.Collections.Concurrent;
using System.Diagnostics;
using Descope.UserManagement.Diagnostics;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Descope.UserManagement.Tests.Client;

/// <summary>Spans, metrics and log lines, observed the way OpenTelemetry and a logging provider would see them.</summary>
[Collection(nameof(TelemetryTests))]
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryTests
{
    [Fact]
    public async Task Each_call_is_one_client_span_with_operation_status_error_code_and_attempts()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var options = TestClients.Options(emulator);
        options.Retry = new DescopeRetryOptions { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) };
        using var client = new DescopeUserClient(options);
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == DescopeTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        emulator.Faults.Inject(EmulatorFault.Status(503) with { Path = "/v1/mgmt/user/update/status" });
        emulator.Faults.Inject(EmulatorFault.Respond(400, """{"errorCode":"E011003","errorDescription":"Request is invalid"}""") with { Path = "/v1/mgmt/user/update/email" });

        await client.ActivateAsync("alice");
        await client.Awaiting(c => c.UpdateEmailAsync("alice", "x")).Should().ThrowAsync<DescopeApiException>();

        var ours = spans.Where(s => s.Tags.Any(t => t.Key == DescopeTelemetry.OperationTag && t.Value is "UpdateStatus" or "UpdateEmail")).ToArray();
        ours.Should().HaveCount(2);
        var status = ours.Single(s => s.GetTagItem(DescopeTelemetry.OperationTag) as string == "UpdateStatus");
        status.DisplayName.Should().Be("Descope UpdateStatus");
        status.Kind.Should().Be(ActivityKind.Client);
        status.GetTagItem(DescopeTelemetry.StatusCodeTag).Should().Be(200);
        status.GetTagItem(DescopeTelemetry.AttemptsTag).Should().Be(2);
        status.Status.Should().Be(ActivityStatusCode.Unset);
        var email = ours.Single(s => s.GetTagItem(DescopeTelemetry.OperationTag) as string == "UpdateEmail");
        email.GetTagItem(DescopeTelemetry.StatusCodeTag).Should().Be(400);
        email.GetTagItem(DescopeTelemetry.ErrorCodeTag).Should().Be("E011003");
        email.GetTagItem(DescopeTelemetry.ErrorTypeTag).Should().Be(nameof(DescopeApiException));
        email.Status.Should().Be(ActivityStatusCode.Error);
        ours.SelectMany(s => s.Tags).Where(t => t.Value != null && t.Value.Contains(TestClients.ManagementKey, StringComparison.Ordinal)).Select(t => t.Key)
            .Should().BeEmpty("no span tag may hold the management key");
    }

    [Fact]
    public async Task Durations_and_retries_are_measured()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var options = TestClients.Options(emulator);
        options.Retry = new DescopeRetryOptions { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) };
        using var client = new DescopeUserClient(options);
        // Found by meter name, as OpenTelemetry's AddMeter("Descope.UserManagement") finds them.
        using var durations = new MetricCollector<double>(null, DescopeTelemetry.Name, DescopeTelemetry.RequestDurationMetric);
        using var retries = new MetricCollector<long>(null, DescopeTelemetry.Name, DescopeTelemetry.RetryCountMetric);
        var patchTag = new KeyValuePair<string, object?>(DescopeTelemetry.OperationTag, "Patch");
        emulator.Faults.Inject(EmulatorFault.Status(503) with { Path = "/v1/mgmt/user/patch" }, times: 2);

        await client.PatchAsync("alice", new UserPatch { Name = "A" });

        var patch = durations.GetMeasurementSnapshot().ContainsTags(patchTag).Should().ContainSingle().Subject;
        patch.Value.Should().BeGreaterThan(0);
        patch.Tags[DescopeTelemetry.StatusCodeTag].Should().Be(200);
        retries.GetMeasurementSnapshot().ContainsTags(patchTag).EvaluateAsCounter().Should().Be(2);
    }

    [Fact]
    public async Task One_debug_line_per_call_a_warning_per_retry_and_an_error_on_failure()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var logs = new FakeLogCollector();
        using var loggerFactory = FakeLogs.Factory(logs);
        var options = TestClients.Options(emulator);
        options.LoggerFactory = loggerFactory;
        options.Retry = new DescopeRetryOptions { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) };
        using var client = new DescopeUserClient(options);
        emulator.Faults.Inject(EmulatorFault.Status(503) with { Path = "/v1/mgmt/user/update/status" });
        emulator.Faults.Inject(EmulatorFault.Respond(400, """{"errorCode":"E011003","errorDescription":"Request is invalid"}""") with { Path = "/v1/mgmt/user/update/name" });

        await client.ActivateAsync("alice");
        await client.Awaiting(c => c.UpdateDisplayNameAsync("alice", new DisplayName { Name = "Secret Person" })).Should().ThrowAsync<DescopeApiException>();

        var entries = logs.GetSnapshot().Where(e => e.Category == DescopeTelemetry.Name).ToArray();
        entries.Should().Contain(e => e.Id.Id == 1001 && e.Level == LogLevel.Warning && e.Message.StartsWith("Descope UpdateStatus attempt 1 failed (HTTP 503); retrying in", StringComparison.Ordinal));
        entries.Should().Contain(e => e.Id.Id == 1000 && e.Level == LogLevel.Debug && e.Message.StartsWith("Descope UpdateStatus answered HTTP 200 in", StringComparison.Ordinal) && e.Message.EndsWith("after 2 attempt(s)", StringComparison.Ordinal));
        entries.Should().Contain(e => e.Id.Id == 1003 && e.Level == LogLevel.Error && e.Message.StartsWith("Descope UpdateDisplayName failed (HTTP 400, error code 'E011003')", StringComparison.Ordinal));
        SecretText.LinesWithAny(logs.AllText(), TestClients.ManagementKey).Should().BeEmpty("no log record may hold the management key");
        logs.AllText().Should().NotContain("Secret Person", "request bodies are not logged");
    }

    [Fact]
    public async Task Through_AddDescopeUsers_the_client_logs_to_the_containers_logger_factory()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Debug));
        services.AddDescopeUsers(o =>
        {
            emulator.ConfigureClient(o);
            o.ProjectId = TestClients.ProjectId;
            o.ManagementKey = TestClients.ManagementKey;
            o.Retry = new DescopeRetryOptions { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) };
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IDescopeUserClient>();
        var logs = provider.GetFakeLogCollector();
        emulator.Faults.Inject(EmulatorFault.Status(503) with { Path = "/v1/mgmt/user/update/status" });
        emulator.Faults.Inject(EmulatorFault.Respond(400, """{"errorCode":"E011003","errorDescription":"Request is invalid"}""") with { Path = "/v1/mgmt/user/update/name" });

        await client.ActivateAsync("alice");
        await client.Awaiting(c => c.UpdateDisplayNameAsync("alice", new DisplayName { Name = "A" })).Should().ThrowAsync<DescopeApiException>();

        var ids = logs.GetSnapshot().Where(e => e.Category == DescopeTelemetry.Name).Select(e => e.Id.Id).ToArray();
        ids.Should().Contain([1000, 1001, 1003]);
        SecretText.LinesWithAny(logs.AllText(), TestClients.ManagementKey).Should().BeEmpty("no log record may hold the management key");
    }
}
