using System.Runtime.CompilerServices;
using System.Threading.RateLimiting;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace Descope.UserManagement.Tests.Pacing;

/// <summary>
/// Bulk jobs against the emulator with Descope's real limits (200 updates and 100 creates per 60 s), on a test clock
/// shared by the emulator, the client's limiters and its retries, so minutes of Descope time pass at once. With pacing
/// the jobs reach at least 90 % of the ceiling (users per request × requests allowed per window, over the windows the
/// job spans) and draw no 429; without it they finish through Retry-After with nothing lost.
/// </summary>
public sealed class BulkCeilingTests(ITestOutputHelper output)
{
    private const int UsersPerRequest = 10;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    public enum Job
    {
        /// <summary>Bulk patch of 10,000 seeded users, in Descope's update bucket (200 requests per 60 s).</summary>
        Patch10000,

        /// <summary>Bulk create of 5,000 users, in Descope's create bucket (100 requests per 60 s).</summary>
        Create5000,
    }

    [Theory]
    [InlineData(Job.Patch10000)]
    [InlineData(Job.Create5000)]
    public async Task Paced_the_job_reaches_the_ceiling_of_its_bucket_with_no_429(Job job)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero));
        await using var emulator = await TestClients.StartEmulatorAsync(clock);
        var limit = Prepare(emulator, job);
        using var limits = DescopeRateLimiters.ForDescopeBuckets(clock);
        using var client = new DescopeUserClient(Options(emulator, clock, limits));
        var started = clock.GetUtcNow();

        var result = await RunOnClock(Run(client, job), clock, Queued(limits));

        result.Should().Be((Users(job), 0L), "every user is done");
        limit.Refused.Should().Be(0);
        CheckStore(emulator, job);
        Report(limit, clock.GetUtcNow() - started).Should().BeGreaterThanOrEqualTo(0.9);
    }

    [Theory]
    [InlineData(Job.Patch10000)]
    [InlineData(Job.Create5000)]
    public async Task Without_pacing_the_job_finishes_through_Retry_After_with_nothing_lost(Job job)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero));
        await using var emulator = await TestClients.StartEmulatorAsync(clock);
        var limit = Prepare(emulator, job);
        using var client = new DescopeUserClient(Options(emulator, clock, limits: null));

        var result = await RunOnClock(Run(client, job), clock, Idle(emulator));

        // A 429 means the request was not carried out, so even a once-only create is sent again.
        result.Should().Be((Users(job), 0L), "every user is done");
        limit.Refused.Should().BeGreaterThan(0, "without pacing the job runs into the limit");
        limit.Admitted.Should().Be(Users(job) / UsersPerRequest, "every refused request was sent again and admitted once");
        CheckStore(emulator, job);
    }

    private static long Users(Job job) => job == Job.Patch10000 ? 10_000 : 5_000;

    // The job's limit on the emulator (Descope's own), and for a patch the users it patches.
    private static EmulatorRateLimit Prepare(DescopeEmulator emulator, Job job)
    {
        var limit = job == Job.Patch10000 ? DescopeRateLimits.UserUpdateAndSearch() : DescopeRateLimits.UserCreate();
        emulator.AddRateLimit(limit);
        if (job == Job.Patch10000)
        {
            Seed(emulator, (int)Users(job));
        }

        return limit;
    }

    private static async Task<(long Succeeded, long Failed)> Run(DescopeUserClient client, Job job)
    {
        var options = new BulkOptions { ChunkSize = UsersPerRequest };
        return job == Job.Patch10000
            ? Counts(await client.PatchBatchAsync(Patches((int)Users(job)), options))
            : Counts(await client.CreateBatchAsync(Creates((int)Users(job)), options));
    }

    // Done, and not done for any reason (failed, or left in flight).
    private static (long Succeeded, long Failed) Counts<T>(BulkResult<T> result) =>
        (result.Succeeded, result.Failed.Count + result.InFlight.Count);

    private static void CheckStore(DescopeEmulator emulator, Job job)
    {
        if (job == Job.Patch10000)
        {
            emulator.Store.Users.Should().HaveCount(10_000).And.OnlyContain(u => u.Name == "Patched");
        }
        else
        {
            emulator.Store.Users.Should().HaveCount(5_000).And.OnlyContain(u => u.Name == "Created");
        }
    }

    private double Report(EmulatorRateLimit limit, TimeSpan elapsed)
    {
        var fraction = Fraction(limit.Admitted, limit.PermitLimit, elapsed);
        output.WriteLine($"{limit.Name}: {limit.Admitted} requests of {UsersPerRequest} users in {elapsed.TotalSeconds:0} s of Descope time, {fraction:P1} of the ceiling, {limit.Refused} refused");
        return fraction;
    }

    // The share of the ceiling used: requests admitted over (requests allowed per window × windows the job touched).
    // The emulator's window opens with the job's first request, so a job that ends at 4 min 0 s has touched five.
    private static double Fraction(long admitted, int permitsPerWindow, TimeSpan elapsed) =>
        admitted / (double)(permitsPerWindow * ((long)(elapsed.Ticks / Window.Ticks) + 1));

    private static DescopeUserClientOptions Options(DescopeEmulator emulator, TimeProvider clock, DescopeBucketLimiters? limits)
    {
        var options = TestClients.Options(emulator, batchSize: UsersPerRequest);
        options.TimeProvider = clock;
        options.RateLimits = limits;
        options.Retry = new DescopeRetryOptions { UseJitter = false };
        if (limits is null)
        {
            // Only Retry-After waits on the test clock here, and the clock moves whenever the job looks idle; long
            // timeouts keep a slow request on a busy machine from being timed out by a move meant for a wait.
            options.Timeout = TimeSpan.FromHours(1);
            options.TotalTimeout = TimeSpan.FromHours(2);
        }

        return options;
    }

    // Moves the test clock only while the job cannot go on without it. Paced, that is exactly when a call waits in a
    // limiter's queue (the limiters count their queue under their own lock), so every second of Descope time the job
    // spends is time the limits made it wait.
    private static async Task<T> RunOnClock<T>(Task<T> job, FakeTimeProvider clock, Func<bool> waitingOnTheClock)
    {
        var step = TimeSpan.FromSeconds(1);
        var deadline = clock.GetUtcNow() + TimeSpan.FromHours(1);
        while (!job.IsCompleted)
        {
            if (waitingOnTheClock())
            {
                clock.Advance(step);
                clock.GetUtcNow().Should().BeBefore(deadline, "the job should finish within an hour of Descope time");
            }
            else
            {
                await Task.Delay(1);
            }
        }

        return await job;
    }

    private static Func<bool> Queued(DescopeBucketLimiters limits) => () =>
        new[] { limits.Create, limits.UpdateAndSearch, limits.Other }.Any(l => l?.GetStatistics()?.CurrentQueuedCount > 0);

    // Unpaced, the job waits on the clock only for Retry-After: no request has reached the emulator for a while.
    private static Func<bool> Idle(DescopeEmulator emulator)
    {
        var seen = -1;
        var quietSince = DateTime.UtcNow;
        return () =>
        {
            var count = emulator.Journal.Requests.Count;
            if (count != seen)
            {
                seen = count;
                quietSince = DateTime.UtcNow;
                return false;
            }

            if (DateTime.UtcNow - quietSince < TimeSpan.FromMilliseconds(20))
            {
                return false;
            }

            // One step per quiet spell: the next needs another 20 ms without a request.
            quietSince = DateTime.UtcNow;
            return true;
        };
    }

    private static string Login(int i) => $"bulk-{i:D6}@example.com";

    private static void Seed(DescopeEmulator emulator, int count)
    {
        for (var i = 0; i < count; i++)
        {
            emulator.Store.Seed(Login(i));
        }
    }

    private static async IAsyncEnumerable<BatchUserPatch> Patches(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < count; i++)
        {
            yield return new BatchUserPatch(Login(i)) { Name = "Patched" };
        }

        await Task.CompletedTask;
    }

    private static async IAsyncEnumerable<BatchUserCreate> Creates(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < count; i++)
        {
            yield return new BatchUserCreate(Login(i)) { Name = "Created" };
        }

        await Task.CompletedTask;
    }
}
