using System.Threading.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace Descope.UserManagement.Tests.Pacing;

/// <summary><see cref="DescopeRateLimiters.PerWindow(int, TimeSpan, TimeProvider)"/>: a sliding window on the given clock.</summary>
public sealed class ClockedWindowLimiterTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Permits_past_the_limit_wait_in_order_until_the_window_slides_past_the_segment_that_used_them()
    {
        var clock = new FakeTimeProvider();
        using var limiter = DescopeRateLimiters.PerWindow(3, Window, clock);
        var first = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => limiter.AcquireAsync().AsTask()));
        clock.Advance(TimeSpan.FromSeconds(30));
        var fourth = limiter.AcquireAsync().AsTask();
        var fifth = limiter.AcquireAsync().AsTask();

        clock.Advance(TimeSpan.FromSeconds(29));
        var waitingAt59 = (fourth.IsCompleted, fifth.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        var granted = await Task.WhenAll(fourth, fifth);

        first.Should().OnlyContain(l => l.IsAcquired);
        waitingAt59.Should().Be((false, false));
        granted.Should().OnlyContain(l => l.IsAcquired);
        limiter.GetStatistics()!.CurrentQueuedCount.Should().Be(0);
        limiter.AttemptAcquire().IsAcquired.Should().BeTrue("the fourth and fifth took two of the three permits back");
        limiter.AttemptAcquire().IsAcquired.Should().BeFalse();
    }

    [Fact]
    public async Task A_refused_attempt_says_when_to_come_back_and_a_cancelled_wait_gives_up_its_place()
    {
        var clock = new FakeTimeProvider();
        using var limiter = DescopeRateLimiters.PerWindow(1, Window, clock);
        using var held = limiter.AttemptAcquire();
        using var cancel = new CancellationTokenSource();

        using var refused = limiter.AttemptAcquire();
        var cancelled = limiter.AcquireAsync(1, cancel.Token).AsTask();
        var next = limiter.AcquireAsync().AsTask();
        await cancel.CancelAsync();
        clock.Advance(Window);

        refused.IsAcquired.Should().BeFalse();
        refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter).Should().BeTrue();
        retryAfter.Should().Be(TimeSpan.FromSeconds(10));
        await cancelled.Awaiting(t => t).Should().ThrowAsync<OperationCanceledException>();
        (await next).IsAcquired.Should().BeTrue("the cancelled waiter's place went to the next in line");
    }

    [Fact]
    public async Task Disposing_fails_the_waiters()
    {
        var clock = new FakeTimeProvider();
        var limiter = DescopeRateLimiters.PerWindow(1, Window, clock);
        using var held = limiter.AttemptAcquire();
        var waiting = limiter.AcquireAsync().AsTask();

        await limiter.DisposeAsync();

        (await waiting).IsAcquired.Should().BeFalse();
        limiter.Invoking(l => l.AttemptAcquire()).Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void Bad_arguments_are_refused_by_the_names_the_caller_used()
    {
        var clock = new FakeTimeProvider();

        FluentActions.Invoking(() => DescopeRateLimiters.PerWindow(0, Window, clock)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("permits");
        FluentActions.Invoking(() => DescopeRateLimiters.PerWindow(1, TimeSpan.Zero, clock)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("window");
        FluentActions.Invoking(() => DescopeRateLimiters.PerWindow(1, Window, null!)).Should().Throw<ArgumentNullException>().WithParameterName("timeProvider");
        FluentActions.Invoking(() => DescopeRateLimiters.ForDescopeBuckets(null!)).Should().Throw<ArgumentNullException>().WithParameterName("timeProvider");
    }
}
