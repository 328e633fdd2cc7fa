using System.Collections.Concurrent;
using System.Diagnostics;
using Descope.UserManagement.Diagnostics;

namespace Descope.UserManagement.Tests.Infrastructure;

/// <summary>
/// Records every span the SDK's <see cref="ActivitySource"/> ends while it lives, and gives their whole readable
/// content as one text (name, status, tags, events, baggage; one line per span) for the secret checks.
/// </summary>
public sealed class SpanRecorder : IDisposable
{
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ActivityListener _listener;

    public SpanRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == DescopeTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public IReadOnlyList<Activity> Spans => _spans.ToArray();

    public string AllText() =>
        string.Join("\n", _spans.Select(span =>
            $"{span.DisplayName} {span.OperationName} {span.Status} {span.StatusDescription} | "
            + string.Join("; ", span.TagObjects.Select(tag => $"{tag.Key}={tag.Value}")) + " | "
            + string.Join("; ", span.Events.Select(e => e.Name + " " + string.Join(",", e.Tags.Select(tag => $"{tag.Key}={tag.Value}")))) + " | "
            + string.Join("; ", span.Baggage.Select(item => $"{item.Key}={item.Value}"))));

    public void Dispose() => _listener.Dispose();
}
