namespace Descope.UserManagement.Operations;

/// <summary>How an operation may be retried (docs/wire-contract.md §4).</summary>
internal enum RetryClass
{
    /// <summary>
    /// Sending it twice leaves the same state as sending it once (reads, sets, removals): every retryable fault is
    /// retried, including 5xx gateway answers, timeouts and dropped connections.
    /// </summary>
    Repeatable,

    /// <summary>
    /// A second copy could act twice (a login-ID change, a create, an invitation): retried only where the request
    /// certainly did not reach Descope (429, connection refused, host not found).
    /// </summary>
    OnlyIfNotSent,
}
