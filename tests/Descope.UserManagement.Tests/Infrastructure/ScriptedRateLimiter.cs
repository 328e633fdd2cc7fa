using System.Threading.RateLimiting;

namespace Descope.UserManagement.Tests.Infrastructure;

/// <summary>
/// A limiter like a distributed one: no queue, it grants at once or refuses at once. It refuses the next
/// <see cref="RefuseNext"/> requests (with <c>RetryAfter</c> metadata when <see cref="RetryAfter"/> is set) and grants
/// the rest, counting both.
/// </summary>
public sealed class ScriptedRateLimiter : RateLimiter
{
    private int _refuseNext;

    public TimeSpan? RetryAfter { get; set; }

    public int RefuseNext
    {
        get => Volatile.Read(ref _refuseNext);
        set => Volatile.Write(ref _refuseNext, value);
    }

    /// <summary>Refuse every request from now on.</summary>
    public bool RefuseAll { get; set; }

    private int _granted;
    private int _refused;

    public int Granted => Volatile.Read(ref _granted);

    public int Refused => Volatile.Read(ref _refused);

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Decide();

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new ValueTask<RateLimitLease>(Decide());
    }

    private Lease Decide()
    {
        if (RefuseAll || Interlocked.Decrement(ref _refuseNext) >= 0)
        {
            Interlocked.Increment(ref _refused);
            return new Lease(false, RetryAfter);
        }

        Interlocked.Exchange(ref _refuseNext, 0);
        Interlocked.Increment(ref _granted);
        return new Lease(true, null);
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
