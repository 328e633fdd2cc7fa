using System;
using System.Collections.Generic;

namespace Descope.UserManagement.Internal;

/// <summary>
/// The login IDs one request of a batch sent, and which of them an answer has accounted for. Login IDs match without regard
/// to case (Descope may store an email login ID in lower case), and a user answers to any of its login IDs or its
/// user ID. The server answers in input order, so the next input is tried first; only an answer out of order
/// builds a lookup of the inputs still open.
/// </summary>
internal sealed class BatchInputs(IReadOnlyList<string> sent)
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

        if (NextOpen() is { } next && AnswersTo(user, sent[next]))
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
        if (NextOpen() is { } next && StringComparer.OrdinalIgnoreCase.Equals(sent[next], loginId))
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
                rest.Add(sent[i]);
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
        return sent[index];
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
                    _open[sent[i]] = i;
                }
            }
        }

        return _open;
    }
}
