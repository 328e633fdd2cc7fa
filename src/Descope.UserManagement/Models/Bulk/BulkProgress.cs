using System;

namespace Descope.UserManagement;

/// <summary>How far a streamed bulk operation has got, reported after each request.</summary>
/// <param name="Succeeded">Inputs done so far.</param>
/// <param name="Failed">Inputs that failed so far.</param>
/// <param name="Remaining">Inputs still to go, when <see cref="BulkOptions.ExpectedCount"/> says how many there are.</param>
/// <param name="Elapsed">Time since the operation started.</param>
/// <param name="PerSecond">Inputs handled (done or failed) per second so far.</param>
/// <param name="EstimatedTimeLeft">At the rate so far, the time the remaining inputs need, when that is known.</param>
public sealed record BulkProgress(long Succeeded, long Failed, long? Remaining, TimeSpan Elapsed, double PerSecond, TimeSpan? EstimatedTimeLeft)
{
    /// <summary>Inputs handled so far, done or failed.</summary>
    public long Handled => Succeeded + Failed;
}
