using System;

namespace Descope.UserManagement;

/// <summary>Settings of a streamed bulk operation, such as <see cref="DescopeBulkExtensions.PatchBatchAsync"/>.</summary>
public sealed class BulkOptions
{
    /// <summary>
    /// Inputs per request. Default <see cref="DescopeUserClientOptions.DefaultBatchSize"/>; keep it at most the client's
    /// <see cref="DescopeUserClientOptions.BatchSize"/> so each chunk is one request. Only one chunk is in memory.
    /// </summary>
    public int ChunkSize { get; set; } = DescopeUserClientOptions.DefaultBatchSize;

    /// <summary>Where progress is reported after each request; nowhere when <see langword="null"/>.</summary>
    public IProgress<BulkProgress>? Progress { get; set; }

    /// <summary>How many inputs the sequence holds, when the caller knows: progress then reports what remains and the time left.</summary>
    public long? ExpectedCount { get; set; }

    /// <summary>The clock for the rate and time left in <see cref="BulkProgress"/>; the system clock when <see langword="null"/>.</summary>
    public TimeProvider? TimeProvider { get; set; }
}
