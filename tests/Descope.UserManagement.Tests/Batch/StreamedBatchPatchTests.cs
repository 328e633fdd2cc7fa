using System.Runtime.CompilerServices;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Batch;

/// <summary>Streamed batch patch: one chunk in memory, every input accounted for exactly once, resumable after a cancel.</summary>
public sealed class StreamedBatchPatchTests
{
    private const string BatchPath = "/v1/mgmt/user/patch/batch";
    private const int Users = 10_000;

    [Fact]
    public async Task Streaming_10000_patches_accounts_for_every_input_with_failures_in_the_right_place()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        Seed(emulator, Users, missingEvery: 250);
        using var client = TestClients.For(emulator);
        emulator.Faults.Inject(EmulatorFault.Status(500) with { Path = BatchPath });
        var reports = new List<BulkProgress>();

        var result = await client.PatchBatchAsync(
            Patches(Users, "Renamed"),
            new BulkOptions { Progress = new Synchronous<BulkProgress>(reports.Add), ExpectedCount = Users });

        result.Canceled.Should().BeFalse();
        result.ResumeIndex.Should().Be(Users);
        result.InFlight.Should().BeEmpty();
        var requestFailures = result.Failed.Where(f => f.Exception is not null).ToArray();
        requestFailures.Select(f => f.Index).Should().Equal(Enumerable.Range(0, 100).Select(i => (long)i), "the first request failed as a whole");
        requestFailures.Should().OnlyContain(f => f.Exception is DescopeApiException);
        var partial = result.Failed.Where(f => f.Exception is null).ToArray();
        partial.Select(f => f.Index).Should().Equal(Enumerable.Range(100, Users - 100).Where(i => i % 250 == 0).Select(i => (long)i), "users that do not exist fail alone");
        partial.Should().OnlyContain(f => f.Input.LoginId == Login((int)f.Index));
        (result.Succeeded + result.Failed.Count).Should().Be(Users);
        result.Failed.Select(f => f.Index).Should().OnlyHaveUniqueItems();
        emulator.Journal.To(BatchPath).Should().HaveCount(Users / 100);
        reports.Should().HaveCount(Users / 100);
        reports[^1].Handled.Should().Be(Users);
        reports[^1].Remaining.Should().Be(0);
        emulator.Store.Users.Count(u => u.Name == "Renamed").Should().Be((int)result.Succeeded);
    }

    [Fact]
    public async Task Cancelling_between_requests_returns_where_to_resume_and_resuming_finishes_the_job()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        Seed(emulator, Users, missingEvery: 0);
        using var client = TestClients.For(emulator);
        using var cancel = new CancellationTokenSource();
        var progress = new Synchronous<BulkProgress>(p =>
        {
            if (p.Handled == 3000)
            {
                cancel.Cancel();
            }
        });

        var first = await client.PatchBatchAsync(Patches(Users, "Renamed"), new BulkOptions { Progress = progress }, cancel.Token);

        first.Canceled.Should().BeTrue();
        first.Succeeded.Should().Be(3000);
        first.InFlight.Should().BeEmpty();
        first.ResumeIndex.Should().Be(3000);
        emulator.Journal.To(BatchPath).Should().HaveCount(30, "nothing past the cancel was sent");

        var rest = await client.PatchBatchAsync(Patches(Users, "Renamed", skip: (int)first.ResumeIndex));

        (first.Succeeded + rest.Succeeded).Should().Be(Users);
        emulator.Store.Users.Should().OnlyContain(u => u.Name == "Renamed");
    }

    [Fact]
    public async Task Cancelling_during_a_request_reports_its_inputs_as_in_flight()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        Seed(emulator, 1000, missingEvery: 0);
        using var client = TestClients.For(emulator);
        using var cancel = new CancellationTokenSource();
        var progress = new Synchronous<BulkProgress>(p =>
        {
            if (p.Handled == 200)
            {
                emulator.Faults.Inject(new EmulatorFault { Path = BatchPath, Delay = TimeSpan.FromMinutes(5) });
            }
        });

        var run = client.PatchBatchAsync(Patches(1000, "Renamed"), new BulkOptions { Progress = progress }, cancel.Token);
        for (var i = 0; i < 3000 && emulator.Journal.To(BatchPath).Count < 3; i++)
        {
            await Task.Delay(10);
        }

        await cancel.CancelAsync();
        var result = await run.WaitAsync(TimeSpan.FromSeconds(30));

        result.Canceled.Should().BeTrue();
        result.Succeeded.Should().Be(200);
        result.InFlightIndex.Should().Be(200);
        result.InFlight.Select(p => p.LoginId).Should().Equal(Enumerable.Range(200, 100).Select(Login));
        result.ResumeIndex.Should().Be(300);
        (result.Succeeded + result.Failed.Count + result.InFlight.Count).Should().Be(result.ResumeIndex);
    }

    private static string Login(int i) => $"user-{i:D7}@example.com";

    private static void Seed(DescopeEmulator emulator, int count, int missingEvery)
    {
        for (var i = 0; i < count; i++)
        {
            if (missingEvery == 0 || i % missingEvery != 0)
            {
                emulator.Store.Seed(Login(i));
            }
        }
    }

    private static async IAsyncEnumerable<BatchUserPatch> Patches(int count, string name, int skip = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = skip; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new BatchUserPatch(Login(i)) { Name = name };
            if (i % 1000 == 0)
            {
                await Task.Yield();
            }
        }
    }

    private sealed class Synchronous<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
