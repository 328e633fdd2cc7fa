namespace Descope.UserManagement.Testing;

/// <summary>How an injected fault spoils the response body.</summary>
public enum FaultBodyShape
{
    /// <summary>The body is sent whole: the fault's own body, or a Descope error body for its status code.</summary>
    Whole = 0,

    /// <summary>Only the first half of the body is sent, so the JSON is cut off.</summary>
    Truncated = 1,

    /// <summary>An HTML page is sent instead, as a proxy in front of the API would.</summary>
    NotJson = 2,

    /// <summary>No body at all.</summary>
    Empty = 3,

    /// <summary>
    /// The headers promise the whole body, half of it is sent, then the connection is closed: a response that breaks
    /// off in transit.
    /// </summary>
    Interrupted = 4,

    /// <summary>The headers and half the body are sent, then nothing more until the client gives up: a stalled answer.</summary>
    Stalled = 5,
}
