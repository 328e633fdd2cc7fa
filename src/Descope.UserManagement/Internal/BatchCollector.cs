using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Internal;

/// <summary>
/// Gathers the answers to the requests of one batch (patch, create or invite) and accounts for every user sent: each
/// ends up done or failed, matched to the login ID the caller gave. <typeparamref name="TFailure"/> is the batch's own
/// failure record, made by the factory the batch passes in.
/// </summary>
internal sealed class BatchCollector<TFailure>(Func<string, string, User?, Exception?, TFailure> failure)
{
    private const string NotReported = "The server did not report a result for this user.";

    private List<User> _done = [];
    private readonly List<TFailure> _failed = [];
    private readonly Dictionary<string, string> _additionalErrors = new(StringComparer.Ordinal);
    private IReadOnlyList<string>? _secrets;

    /// <summary>
    /// Accounts for the users of one answered request: <paramref name="sent"/> are their login IDs as sent,
    /// <paramref name="done"/> the users the answer lists as done. Every text kept has <paramref name="secrets"/> redacted.
    /// </summary>
    public void AddAnswer(
        IReadOnlyList<string> sent, List<User>? done, List<FailedUserResponse?>? failedUsers, Dictionary<string, string?>? additionalErrors, IReadOnlyList<string>? secrets = null)
    {
        _secrets = secrets;
        var inputs = new BatchInputs(sent);
        var unmatchedDone = new List<User>();
        var answered = done ?? [];
        if (_done.Count == 0 && !answered.Contains(null!))
        {
            // The usual single-request batch: the answer's own list is the result, not copied.
            _done = answered;
        }
        else
        {
            _done.AddRange(answered.FindAll(user => user is not null));
        }

        foreach (var user in answered)
        {
            if (user is null)
            {
                continue;
            }

            if (inputs.Take(user) is null)
            {
                unmatchedDone.Add(user);
            }
        }

        var unmatchedFailures = new List<FailedUserResponse>();
        foreach (var failed in failedUsers ?? [])
        {
            if (failed is null)
            {
                continue;
            }

            if (inputs.Take(failed.User) is { } loginId)
            {
                _failed.Add(failure(loginId, FailureText(failed), failed.User, null));
            }
            else
            {
                unmatchedFailures.Add(failed);
            }
        }

        foreach (var error in additionalErrors ?? [])
        {
            var text = Secrets.Redact(error.Value ?? "", _secrets);
            _additionalErrors[error.Key] = _additionalErrors.TryGetValue(error.Key, out var earlier) ? earlier + "; " + text : text;
            if (inputs.Take(error.Key) is { } loginId)
            {
                _failed.Add(failure(loginId, text, null, null));
            }
        }

        AccountForTheRest(inputs.Unaccounted(), unmatchedDone, unmatchedFailures);
    }

    /// <summary>Fails every user of a request that failed as a whole, with <paramref name="error"/> attached.</summary>
    public void AddFailedRequest(IReadOnlyList<string> sent, Exception error)
    {
        for (var i = 0; i < sent.Count; i++)
        {
            _failed.Add(failure(sent[i], error.Message, null, error));
        }
    }

    /// <summary>The users done, as the answers listed them.</summary>
    public IReadOnlyList<User> Done => new ReadOnlyCollection<User>(_done);

    /// <summary>The users not done, each with the login ID the caller sent.</summary>
    public IReadOnlyList<TFailure> Failed => new ReadOnlyCollection<TFailure>(_failed);

    /// <summary>Every additional error the answers carried, texts for one key joined by <c>; </c>.</summary>
    public IReadOnlyDictionary<string, string> AdditionalErrors => _additionalErrors;

    // Users the answer did not name by login ID or user ID (the server may spell a login ID differently, say a
    // phone number with spaces). The server keeps input order, so when the answer's unnamed results are all of one
    // kind they pair with the unnamed inputs in order; otherwise the pairing is unknown and those inputs are
    // reported failed with every unpaired failure text, so nothing the server said is dropped.
    private void AccountForTheRest(List<string> rest, List<User> unmatchedDone, List<FailedUserResponse> unmatchedFailures)
    {
        if (rest.Count == 0)
        {
            return;
        }

        if (unmatchedFailures.Count == 0 && unmatchedDone.Count == rest.Count)
        {
            return; // each unnamed input was done; the users are already in the done list
        }

        if (unmatchedDone.Count == 0 && unmatchedFailures.Count == rest.Count)
        {
            for (var i = 0; i < rest.Count; i++)
            {
                _failed.Add(failure(rest[i], FailureText(unmatchedFailures[i]), unmatchedFailures[i].User, null));
            }

            return;
        }

        var reason = NotReported;
        if (unmatchedFailures.Count > 0)
        {
            var texts = new List<string>();
            foreach (var failure in unmatchedFailures)
            {
                texts.Add(FailureText(failure));
            }

            reason += " Failures the server reported for users it did not name: " + string.Join("; ", texts);
        }

        foreach (var loginId in rest)
        {
            _failed.Add(failure(loginId, reason, null, null));
        }
    }

    // The server's reason, with the request's secrets (a password it echoed) redacted.
    private string FailureText(FailedUserResponse failed) =>
        failed.Failure is { } reason ? Secrets.Redact(reason, _secrets) : "The server reported a failure without a reason.";
}
