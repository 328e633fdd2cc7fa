namespace Descope.UserManagement.Testing.Emulation;

/// <summary>
/// The store's indexes: users by user ID, user IDs by login ID (any case), creation order, and tenant names.
/// Not thread-safe on its own: <see cref="DescopeUserStore"/> holds its lock around every use.
/// </summary>
internal sealed class UserIndex
{
    private readonly Dictionary<string, User> _usersById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _userIdByLoginId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _tenantNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _modifiedTimes = new(StringComparer.Ordinal);
    private readonly List<string> _creationOrder = [];

    /// <summary>Every user, in the order they were created.</summary>
    public IEnumerable<User> InCreationOrder => _creationOrder.Select(id => _usersById[id]);

    public bool ContainsUserId(string userId) => _usersById.ContainsKey(userId);

    /// <summary>The user ID that owns <paramref name="loginId"/>, or <see langword="null"/>.</summary>
    public string? OwnerOf(string loginId) => _userIdByLoginId.TryGetValue(loginId, out var owner) ? owner : null;

    public bool TryGet(string loginIdOrUserId, out User user)
    {
        if (_userIdByLoginId.TryGetValue(loginIdOrUserId, out var userId) || _usersById.ContainsKey(loginIdOrUserId))
        {
            user = _usersById[userId ?? loginIdOrUserId];
            return true;
        }

        user = null!;
        return false;
    }

    /// <summary>When the user was last written; Descope's search filters and sorts by it, though users do not show it.</summary>
    public DateTimeOffset ModifiedTime(string userId) => _modifiedTimes.TryGetValue(userId, out var time) ? time : DateTimeOffset.MinValue;

    public void Insert(User user, DateTimeOffset at)
    {
        _modifiedTimes[user.UserId!] = at;
        _usersById[user.UserId!] = user;
        _creationOrder.Add(user.UserId!);
        foreach (var loginId in user.LoginIds!)
        {
            _userIdByLoginId[loginId] = user.UserId!;
        }
    }

    public void Remove(User user)
    {
        _usersById.Remove(user.UserId!);
        _modifiedTimes.Remove(user.UserId!);
        _creationOrder.Remove(user.UserId!);
        foreach (var loginId in user.LoginIds!)
        {
            _userIdByLoginId.Remove(loginId);
        }
    }

    /// <summary>Puts <paramref name="after"/> in the place of <paramref name="before"/> (same user ID), re-indexing its login IDs.</summary>
    public void Replace(User before, User after, DateTimeOffset at)
    {
        _modifiedTimes[after.UserId!] = at;
        foreach (var loginId in before.LoginIds!)
        {
            _userIdByLoginId.Remove(loginId);
        }

        _usersById[after.UserId!] = after;
        foreach (var loginId in after.LoginIds!)
        {
            _userIdByLoginId[loginId] = after.UserId!;
        }
    }

    public string? TenantName(string tenantId) => _tenantNames.TryGetValue(tenantId, out var name) ? name : null;

    public void NameTenant(string tenantId, string name) => _tenantNames[tenantId] = name;

    public void Clear()
    {
        _usersById.Clear();
        _modifiedTimes.Clear();
        _userIdByLoginId.Clear();
        _tenantNames.Clear();
        _creationOrder.Clear();
    }
}
