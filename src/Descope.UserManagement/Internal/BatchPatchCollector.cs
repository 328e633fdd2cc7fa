using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Internal;

/// <summary>
/// Gathers the answers to the requests of one batch patch and accounts for every user sent: each ends up
/// patched or failed, matched to the login ID the caller gave.
/// </summary>
internal sealed class BatchPatchCollector
{
    private const string NotReported = "The server did not report a result for this user.";

    private List<User> _patched = [];
    private readonly List<BatchPatchFailure> _failed = [];
    private readonly Dictionary<string, string> _additionalErrors = new(StringComparer.Ordinal);

    public void AddAnswer(IReadOnlyList<BatchUserPatch> sent, BatchPatchResponse answer)
    {
        var inputs = new SentUsers(sent);
        var unmatchedPatched = new List<User>();
        var patched = answer.PatchedUsers ?? [];
        if (_patched.Count == 0 && !patched.Contains(null!))
        {
            // The usual single-request batch: the answer's own list is the result, not copied.
            _patched = patched;
        }
        else
        {
            _patched.AddRange(patched.FindAll(user => user is not null));
        }

        foreach (var user in patched)
        {
            if (user is null)
            {
                continue;
            }

            if (inputs.Take(user) is null)
            {
                unmatchedPatched.Add(user);
            }
        }

        var unmatchedFailures = new List<FailedUserResponse>();
        foreach (var failed in answer.FailedUsers ?? [])
        {
            if (failed is null)
            {
                continue;
            }

            if (inputs.Take(failed.User) is { } loginId)
            {
                _failed.Add(new BatchPatchFailure(loginId, FailureText(failed)) { User = failed.User });
            }
            else
            {
                unmatchedFailures.Add(failed);
            }
        }

        foreach (var error in answer.AdditionalErrors ?? [])
        {
            var text = error.Value ?? "";
            _additionalErrors[error.Key] = _additionalErrors.TryGetValue(error.Key, out var earlier) ? earlier + "; " + text : text;
            if (inputs.Take(error.Key) is { } loginId)
            {
                _failed.Add(new BatchPatchFailure(loginId, text));
            }
        }

        AccountForTheRest(inputs.Unaccounted(), unmatchedPatched, unmatchedFailures);
    }

    public void AddFailedRequest(IReadOnlyList<BatchUserPatch> sent, Exception error)
    {
        for (var i = 0; i < sent.Count; i++)
        {
            _failed.Add(new BatchPatchFailure(sent[i].LoginId, error.Message) { Exception = error });
        }
    }

    public BatchPatchResult ToResult() =>
        new(new ReadOnlyCollection<User>(_patched), new ReadOnlyCollection<BatchPatchFailure>(_failed), _additionalErrors);

    // Users the answer did not name by login ID or user ID (the server may spell a login ID differently, say a
    // phone number with spaces). The server keeps input order, so when the answer's unnamed results are all of one
    // kind they pair with the unnamed inputs in order; otherwise the pairing is unknown and those inputs are
    // reported failed with every unpaired failure text, so nothing the server said is dropped.
    private void AccountForTheRest(List<string> rest, List<User> unmatchedPatched, List<FailedUserResponse> unmatchedFailures)
    {
        if (rest.Count == 0)
        {
            return;
        }

        if (unmatchedFailures.Count == 0 && unmatchedPatched.Count == rest.Count)
        {
            return; // each unnamed input was patched; the users are already in PatchedUsers
        }

        if (unmatchedPatched.Count == 0 && unmatchedFailures.Count == rest.Count)
        {
            for (var i = 0; i < rest.Count; i++)
            {
                _failed.Add(new BatchPatchFailure(rest[i], FailureText(unmatchedFailures[i])) { User = unmatchedFailures[i].User });
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
            _failed.Add(new BatchPatchFailure(loginId, reason));
        }
    }

    private static string FailureText(FailedUserResponse failed) => failed.Failure ?? "The server reported a failure without a reason.";

    /// <summary>
    /// The login IDs one request sent, and which of them an answer has accounted for. Login IDs match without regard
    /// to case (Descope may store an email login ID in lower case), and a user answers to any of its login IDs or its
    /// user ID. The server answers in input order, so the next input is tried first; only an answer out of order
    /// builds a lookup of the inputs still open.
    /// </summary>
    private sealed class SentUsers(IReadOnlyList<BatchUserPatch> sent)
    {
        private readonly bool[] _accounted = new bool[sent.Count];
        private Dictionary<string, int>? _open;
        private int _next;

        /// <summary>Accounts for the input <paramref name="user"/> answers to and returns its login ID as sent, if one is open.</summary>
        public string? Take(User? user)
        {
            if (user is null)
            {
                return null;
            }

            if (NextOpen() is { } next && AnswersTo(user, sent[next].LoginId))
            {
                return Account(next);
            }

            var loginIds = user.LoginIds ?? [];
            for (var i = 0; i < loginIds.Count; i++)
            {
                if (loginIds[i] is { } loginId && Take(loginId) is { } taken)
                {
                    return taken;
                }
            }

            return user.UserId is not null ? Take(user.UserId) : null;
        }

        /// <summary>Accounts for the open input with this login ID, if there is one, and returns its login ID as sent.</summary>
        public string? Take(string loginId)
        {
            if (NextOpen() is { } next && StringComparer.OrdinalIgnoreCase.Equals(sent[next].LoginId, loginId))
            {
                return Account(next);
            }

            return Open().TryGetValue(loginId, out var index) && !_accounted[index] ? Account(index) : null;
        }

        /// <summary>The login IDs no answer accounted for, in input order.</summary>
        public List<string> Unaccounted()
        {
            var rest = new List<string>();
            for (var i = _next; i < _accounted.Length; i++)
            {
                if (!_accounted[i])
                {
                    rest.Add(sent[i].LoginId);
                }
            }

            return rest;
        }

        private static bool AnswersTo(User user, string loginId)
        {
            var loginIds = user.LoginIds ?? [];
            for (var i = 0; i < loginIds.Count; i++)
            {
                if (StringComparer.OrdinalIgnoreCase.Equals(loginIds[i], loginId))
                {
                    return true;
                }
            }

            return StringComparer.OrdinalIgnoreCase.Equals(user.UserId, loginId);
        }

        private int? NextOpen()
        {
            while (_next < _accounted.Length && _accounted[_next])
            {
                _next++;
            }

            return _next < _accounted.Length ? _next : null;
        }

        private string Account(int index)
        {
            _accounted[index] = true;
            return sent[index].LoginId;
        }

        private Dictionary<string, int> Open()
        {
            if (_open is null)
            {
                _open = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                for (var i = _next; i < _accounted.Length; i++)
                {
                    if (!_accounted[i])
                    {
                        _open[sent[i].LoginId] = i;
                    }
                }
            }

            return _open;
        }
    }
}
