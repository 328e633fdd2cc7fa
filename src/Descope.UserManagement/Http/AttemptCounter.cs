using System;
using System.Threading.Tasks;
using Polly;

namespace Descope.UserManagement.Http;

/// <summary>
/// The Polly strategy right inside retry that counts each attempt as it starts, before the rate-limiter permit and
/// the attempt timeout, so an attempt the limiter refuses counts as one too: the span, the log lines and the retry
/// counter all tell the same number.
/// </summary>
internal sealed class AttemptCounter : ResilienceStrategy
{
    private readonly Action<ResilienceContext> _started;

    public AttemptCounter(Action<ResilienceContext> started) => _started = started;

    protected override ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state)
    {
        _started(context);
        return callback(context, state);
    }
}
