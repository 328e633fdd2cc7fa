namespace Descope.UserManagement.Testing;

/// <summary>Every request the emulator received, in order of arrival. Thread-safe.</summary>
public sealed class RequestJournal
{
    private readonly object _gate = new();
    private readonly List<RecordedRequest> _requests = [];

    /// <summary>A snapshot of the requests received so far.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToArray();
            }
        }
    }

    /// <summary>How many requests were received.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _requests.Count;
            }
        }
    }

    /// <summary>The requests to <paramref name="path"/>.</summary>
    /// <param name="path">A path such as <c>/v1/mgmt/user/update/status</c>.</param>
    /// <returns>Those requests, in order.</returns>
    public IReadOnlyList<RecordedRequest> To(string path) => Requests.Where(r => r.Path == path).ToArray();

    /// <summary>Forgets every request.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }

    internal void Add(RecordedRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }
    }

    /// <summary>Records which of <paramref name="request"/>'s keys went unused, once it was answered.</summary>
    /// <returns>The request as the journal now holds it.</returns>
    internal RecordedRequest NoteUnusedKeys(RecordedRequest request, IReadOnlyList<string> unusedKeys) =>
        unusedKeys.Count == 0 ? request : Replace(request, request with { UnusedKeys = unusedKeys });

    /// <summary>Records the status <paramref name="request"/> was answered with (<see langword="null"/>: none was).</summary>
    internal void NoteStatus(RecordedRequest request, int? statusCode) => Replace(request, request with { StatusCode = statusCode });

    // Swaps a recorded request for its updated copy; one forgotten by Clear stays forgotten.
    private RecordedRequest Replace(RecordedRequest request, RecordedRequest updated)
    {
        lock (_gate)
        {
            var index = _requests.FindLastIndex(r => ReferenceEquals(r, request));
            if (index < 0)
            {
                return request;
            }

            _requests[index] = updated;
            return updated;
        }
    }
}
