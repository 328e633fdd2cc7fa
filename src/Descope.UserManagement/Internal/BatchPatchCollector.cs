using System;
using System.Collections.Generic;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Internal;

/// <summary>
/// Gathers the answers to the requests of one batch patch and accounts for every user sent: each ends up
/// patched or failed, matched to the login ID the caller gave.
/// </summary>
internal sealed class BatchPatchCollector
{
    private const string NotReported = "The server did not report a result for this user.";

    private readonly List<User> _patched = [];
    private readonly List<BatchPatchFailure> _failed = [];
    private readonly Dictionary<string, string> _additionalErrors = new(StringComparer.Ordinal);

    public void AddAnswer(IReadOnlyList<BatchUserPatch> sent, BatchPatchResponse answer)
    {
        // Login IDs are matched without regard to case: Descope may store an email login ID in lower case.
        // The map goes from each login ID still unaccounted for to the exact spelling the caller sent.
        var unaccounted = new Dictionary<string, string>(sent.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var patch in sent)
        {
            unaccounted[patch.LoginId] = patch.LoginId;
        }

        var unmatchedPatched = new List<User>();
        foreach (var user in answer.PatchedUsers ?? [])
        {
            if (user is null)
            {
                continue;
            }

            _patched.Add(user);
            if (Match(user, unaccounted) is { } loginId)
            {
                unaccounted.Remove(loginId);
            }
            else
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

            if (Match(failed.User, unaccounted) is { } loginId)
            {
                unaccounted.Remove(loginId);
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
            if (unaccounted.TryGetValue(error.Key, out var loginId))
            {
                unaccounted.Remove(loginId);
                _failed.Add(new BatchPatchFailure(loginId, text));
            }
        }

        AccountForTheRest(sent, unaccounted, unmatchedPatched, unmatchedFailures);
    }

    public void AddFailedRequest(IReadOnlyList<BatchUserPatch> sent, Exception error)
    {
        foreach (var patch in sent)
        {
            _failed.Add(new BatchPatchFailure(patch.LoginId, error.Message) { Exception = error });
        }
    }

    public BatchPatchResult ToResult() => new(_patched.ToArray(), _failed.ToArray(), _additionalErrors);

    // Users the answer did not name by login ID or user ID (the server may spell a login ID differently, say a
    // phone number with spaces). The server keeps input order, so when the answer's unnamed results are all of one
    // kind they pair with the unnamed inputs in order; otherwise the pairing is unknown and those inputs are
    // reported failed with every unpaired failure text, so nothing the server said is dropped.
    private void AccountForTheRest(
        IReadOnlyList<BatchUserPatch> sent, Dictionary<string, string> unaccounted, List<User> unmatchedPatched, List<FailedUserResponse> unmatchedFailures)
    {
        var rest = new List<string>();
        foreach (var patch in sent)
        {
            if (unaccounted.ContainsKey(patch.LoginId))
            {
                rest.Add(patch.LoginId);
            }
        }

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

    // The login ID the caller sent that this user answers to, if any is still unaccounted for.
    private static string? Match(User? user, Dictionary<string, string> unaccounted)
    {
        if (user is null)
        {
            return null;
        }

        foreach (var loginId in user.LoginIds ?? [])
        {
            if (loginId is not null && unaccounted.TryGetValue(loginId, out var sent))
            {
                return sent;
            }
        }

        return user.UserId is not null && unaccounted.TryGetValue(user.UserId, out var byUserId) ? byUserId : null;
    }
}
