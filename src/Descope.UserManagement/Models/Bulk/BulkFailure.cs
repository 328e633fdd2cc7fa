using System;

namespace Descope.UserManagement;

/// <summary>One input of a streamed bulk operation that failed.</summary>
/// <typeparam name="TInput">The input type, e.g. <see cref="BatchUserPatch"/>.</typeparam>
/// <param name="Index">The input's position in the caller's sequence, from 0.</param>
/// <param name="Input">The input as the caller gave it, so it can be retried.</param>
/// <param name="Reason">Why it failed, as the server (or the transport) reported it.</param>
/// <param name="Exception">The error that failed the input's whole request, when the request itself failed.</param>
public sealed record BulkFailure<TInput>(long Index, TInput Input, string Reason, Exception? Exception);
