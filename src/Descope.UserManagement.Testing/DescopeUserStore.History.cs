namespace Descope.UserManagement.Testing;

// Users' login history: seeded by tests, read through the API.
public sealed partial class DescopeUserStore
{
    private readonly List<LoginHistoryEntry> _history = [];

    /// <summary>
    /// Records a login of a user, for a test's starting state. <see cref="LoginHistoryEntry.UserId"/> is the user's; a
    /// missing <see cref="LoginHistoryEntry.LoginTime"/> is now.
    /// </summary>
    /// <param name="loginIdOrUserId">The user.</param>
    /// <param name="entry">The login; a bare one when <see langword="null"/>.</param>
    /// <returns>The login as stored.</returns>
    public LoginHistoryEntry SeedLogin(string loginIdOrUserId, LoginHistoryEntry? entry = null) =>
        Atomically(() =>
        {
            var user = SeededUser(loginIdOrUserId, nameof(loginIdOrUserId));
            var stored = (entry ?? new LoginHistoryEntry()) with { UserId = user.UserId, LoginTime = entry?.LoginTime ?? Now() };
            _history.Add(stored);
            return stored;
        });

    /// <summary>The logins of the users with these user IDs, in the order they were recorded; unknown IDs add nothing.</summary>
    /// <param name="userIds">Descope user IDs.</param>
    /// <returns>The logins.</returns>
    public IReadOnlyList<LoginHistoryEntry> History(IEnumerable<string> userIds)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var wanted = new HashSet<string>(userIds, StringComparer.Ordinal);
        return Atomically(() => _history.Where(entry => wanted.Contains(entry.UserId!)).ToArray());
    }
}
