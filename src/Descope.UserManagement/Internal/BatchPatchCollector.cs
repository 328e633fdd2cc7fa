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
        // Maps each login ID still unaccounted for to the exact spelling the caller sent.
        var unaccounted = new Dictionary<string, string>(sent.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var patch in sent)
        {
            unaccounted[patch.LoginId] = patch.LoginId;
        }

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
        }

        foreach (var failed in answer.FailedUsers ?? [])
        {
            if (failed is not null && Match(failed.User, unaccounted) is { } loginId)
            {
                unaccounted.Remove(loginId);
                _failed.Add(new BatchPatchFailure(loginId, failed.Failure ?? "The server reported a failure without a reason.") { User = failed.User });
            }
        }

        foreach (var error in answer.AdditionalErrors ?? [])
        {
            var text = error.Value ?? "";
            _additionalErrors[error.Key] = text;
            if (unaccounted.TryGetValue(error.Key, out var loginId))
            {
                unaccounted.Remove(loginId);
                _failed.Add(new BatchPatchFailure(loginId, text));
            }
        }

        foreach (var patch in sent)
        {
            if (unaccounted.ContainsKey(patch.LoginId))
            {
                _failed.Add(new BatchPatchFailure(patch.LoginId, NotReported));
            }
        }
    }

    public void AddFailedRequest(IReadOnlyList<BatchUserPatch> sent, DescopeApiException error)
    {
        foreach (var patch in sent)
        {
            _failed.Add(new BatchPatchFailure(patch.LoginId, error.Message) { Exception = error });
        }
    }

    public BatchPatchResult ToResult() => new(_patched.ToArray(), _failed.ToArray(), _additionalErrors);

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
