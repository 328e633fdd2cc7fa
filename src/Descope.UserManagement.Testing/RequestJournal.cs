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
    internal void NoteUnusedKeys(RecordedRequest request, IReadOnlyList<string> unusedKeys)
    {
        lock (_gate)
        {
            var index = unusedKeys.Count == 0 ? -1 : _requests.FindLastIndex(r => ReferenceEquals(r, request));
            if (index >= 0)
            {
                _requests[index] = request with { UnusedKeys = unusedKeys };
            }
        }
    }
}
