using System.Collections.Generic;

namespace Descope.UserManagement;

/// <summary>
/// The outcome of a streamed bulk operation. Every input before <see cref="ResumeIndex"/> is counted exactly once: in
/// <see cref="Succeeded"/>, in <see cref="Failed"/>, or in <see cref="InFlight"/>; the inputs from
/// <see cref="ResumeIndex"/> on were not attempted (there are none unless <see cref="Canceled"/>).
/// </summary>
/// <typeparam name="TInput">The input type, e.g. <see cref="BatchUserPatch"/>.</typeparam>
/// <param name="Succeeded">How many inputs were done.</param>
/// <param name="Failed">The inputs that failed, with their index and reason, in input order.</param>
/// <param name="InFlight">
/// The inputs of the request that was under way when the operation was cancelled: sent, but their outcome is unknown
/// (they may have been applied). Empty unless <see cref="Canceled"/>.
/// </param>
/// <param name="InFlightIndex">The index of the first of <see cref="InFlight"/>; equal to <see cref="ResumeIndex"/> when there are none.</param>
/// <param name="ResumeIndex">
/// The index of the first input not attempted: resume by skipping this many inputs (or <see cref="InFlightIndex"/> to
/// send the in-flight ones again). The number of inputs when the operation ran to the end.
/// </param>
/// <param name="Canceled">Whether the caller cancelled the operation before the sequence ended.</param>
public sealed record BulkResult<TInput>(
    long Succeeded,
    IReadOnlyList<BulkFailure<TInput>> Failed,
    IReadOnlyList<TInput> InFlight,
    long InFlightIndex,
    long ResumeIndex,
    bool Canceled)
{
    /// <summary><see langword="true"/> when the operation ran to the end and every input was done.</summary>
    public bool AllSucceeded => !Canceled && Failed.Count == 0;
}
