using System.Security.Cryptography;
using Descope.UserManagement.Testing.Emulation;

namespace Descope.UserManagement.Testing;

/// <summary>
/// The in-memory users of an emulated Descope project, with Descope's semantics for every operation. One store
/// backs a <see cref="DescopeEmulator"/> (over HTTP) or a <see cref="FakeDescopeUserClient"/> (in process), or both.
/// Thread-safe.
/// </summary>
/// <remarks>
/// Semantics that Descope's documents leave open are settled here and listed in the README's testing section:
/// a created user starts as <see cref="UserStatus.Invited"/>; roles and tenants need not be defined first;
/// adding or setting tenant roles makes the user a member of the tenant unless
/// <see cref="RolesRequireTenantMembership"/> is set; removing roles or a tenant the user does not have is a no-op.
/// </remarks>
public sealed partial class DescopeUserStore
{
    private readonly object _gate = new();
    private readonly UserIndex _index = new();

    /// <summary>Creates an empty store.</summary>
    /// <param name="timeProvider">The clock for creation times; the system clock when <see langword="null"/>.</param>
    public DescopeUserStore(TimeProvider? timeProvider = null)
    {
        TimeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The clock used for creation times.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>
    /// When <see langword="true"/>, adding or setting roles in a tenant the user does not belong to fails, as Descope's
    /// v1 reference describes. When <see langword="false"/> (the default), the user joins the tenant, as Descope's
    /// changelog describes for the v2 add-roles endpoint.
    /// </summary>
    public bool RolesRequireTenantMembership { get; set; }

    /// <summary>Every user, in the order they were created.</summary>
    public IReadOnlyList<User> Users
    {
        get
        {
            lock (_gate)
            {
                return _index.InCreationOrder.ToArray();
            }
        }
    }

    /// <summary>
    /// Adds a user as it is, for a test's starting state. <see cref="User.LoginIds"/> must name at least one free login ID;
    /// a missing <see cref="User.UserId"/>, <see cref="User.Status"/> or <see cref="User.CreatedTime"/> is filled in
    /// (status <see cref="UserStatus.Enabled"/>).
    /// </summary>
    /// <param name="user">The user to add.</param>
    /// <returns>The user as stored.</returns>
    public User Seed(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.LoginIds is not { Count: > 0 } loginIds || loginIds.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A seeded user needs at least one non-blank login ID.", nameof(user));
        }

        lock (_gate)
        {
            foreach (var loginId in loginIds)
            {
                if (_index.OwnerOf(loginId) is not null)
                {
                    throw new ArgumentException($"Login ID '{loginId}' already belongs to a user in this store.", nameof(user));
                }
            }

            if (loginIds.Distinct(StringComparer.OrdinalIgnoreCase).Count() != loginIds.Count)
            {
                throw new ArgumentException("A seeded user's login IDs must differ (ignoring case).", nameof(user));
            }

            // Copies of the caller's lists, so changing them later cannot reach into the store.
            var stored = Normalize(user with
            {
                LoginIds = loginIds.ToArray(),
                RoleNames = user.RoleNames?.ToArray(),
                UserTenants = user.UserTenants?.Select(t => t with { RoleNames = t.RoleNames?.ToArray() }).ToArray(),
                CustomAttributes = user.CustomAttributes is null ? null : new Dictionary<string, System.Text.Json.JsonElement>(user.CustomAttributes.ToDictionary(a => a.Key, a => a.Value.Clone())),
                UserId = user.UserId ?? NewUserId(),
                Status = user.Status ?? UserStatus.Enabled,
                CreatedTime = user.CreatedTime ?? Now(),
            });
            if (_index.ContainsUserId(stored.UserId!))
            {
                throw new ArgumentException($"User ID '{stored.UserId}' already exists in this store.", nameof(user));
            }

            _index.Insert(stored, stored.CreatedTime!.Value);
            return stored;
        }
    }

    /// <summary>Adds an enabled user with one login ID and the given email, for a test's starting state.</summary>
    /// <param name="loginId">The user's login ID.</param>
    /// <param name="email">The user's email, if any.</param>
    /// <param name="name">The user's display name, if any.</param>
    /// <returns>The user as stored.</returns>
    public User Seed(string loginId, string? email = null, string? name = null) =>
        Seed(new User { LoginIds = [loginId], Email = email, Name = name, VerifiedEmail = email is not null });

    /// <summary>Gives a tenant a display name, reported as <see cref="UserTenant.TenantName"/> on its members.</summary>
    /// <param name="tenantId">The tenant's ID.</param>
    /// <param name="name">The tenant's display name.</param>
    public void SeedTenant(string tenantId, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        lock (_gate)
        {
            _index.NameTenant(tenantId, name);
            foreach (var user in _index.InCreationOrder.ToArray())
            {
                _index.Replace(user, Normalize(user), _index.ModifiedTime(user.UserId!));
            }
        }
    }

    /// <summary>The user with this login ID or user ID, or <see langword="null"/>.</summary>
    /// <param name="loginIdOrUserId">A login ID (any case) or a user ID.</param>
    /// <returns>The user as stored now.</returns>
    public User? Find(string loginIdOrUserId)
    {
        lock (_gate)
        {
            return _index.TryGet(loginIdOrUserId, out var user) ? user : null;
        }
    }

    /// <summary>
    /// Removes every user and tenant name, and what the store keeps beside them: invitations, logouts, passwords,
    /// recovery contacts, issued test codes and links, authenticators, devices, provider tokens, login history and
    /// attribute definitions.
    /// </summary>
    public void Clear()
    {
        lock (_gate)
        {
            _index.Clear();
            _accounts.Clear();
            ForgetExtras(userId: null);
        }
    }

    // The primitives the per-area semantics (Emulation/Semantics) are written with. Each takes the store's lock,
    // which is re-entrant, so a semantic can combine several under one Atomically.

    /// <summary>Runs <paramref name="action"/> under the store's lock.</summary>
    internal T Atomically<T>(Func<T> action)
    {
        lock (_gate)
        {
            return action();
        }
    }

    /// <summary>Replaces the user named by <paramref name="loginIdOrUserId"/> with what <paramref name="change"/> makes of it.</summary>
    internal User Change(string operation, string loginIdOrUserId, Func<User, User> change) =>
        Atomically(() =>
        {
            var user = Get(operation, loginIdOrUserId);
            return Replace(user, change(user));
        });

    /// <summary>The user, or Descope's "user not found" error for <paramref name="operation"/>.</summary>
    internal User Get(string operation, string loginIdOrUserId) =>
        Atomically(() => _index.TryGet(loginIdOrUserId, out var user) ? user : throw EmulatedErrors.UserNotFound(operation, loginIdOrUserId));

    /// <summary>The user ID that owns <paramref name="loginId"/>, or <see langword="null"/>.</summary>
    internal string? OwnerOf(string loginId) => Atomically(() => _index.OwnerOf(loginId));

    /// <summary>Every user in creation order with when it last changed (a snapshot).</summary>
    internal IReadOnlyList<(User User, DateTimeOffset Modified)> Snapshot() =>
        Atomically(() => _index.InCreationOrder.Select(user => (user, _index.ModifiedTime(user.UserId!))).ToArray());

    /// <summary>Stores a new user (its login IDs must be free) and returns it as stored.</summary>
    internal User Add(User user) =>
        Atomically(() =>
        {
            var stored = Normalize(user);
            _index.Insert(stored, TimeProvider.GetUtcNow());
            return stored;
        });

    /// <summary>Removes the user named by <paramref name="loginIdOrUserId"/> if there is one.</summary>
    internal void Remove(string loginIdOrUserId) =>
        Atomically(() =>
        {
            if (_index.TryGet(loginIdOrUserId, out var user))
            {
                RemoveUser(user);
                ForgetExtras(user.UserId);
            }

            return true;
        });

    /// <summary>Removes every user <paramref name="doomed"/> picks; returns how many.</summary>
    internal int RemoveWhere(Func<User, bool> doomed) =>
        Atomically(() =>
        {
            var users = _index.InCreationOrder.Where(doomed).ToArray();
            foreach (var user in users)
            {
                RemoveUser(user);
            }

            return users.Length;
        });

    private void RemoveUser(User user)
    {
        _index.Remove(user);
        _accounts.Forget(user.UserId!);
    }

    /// <summary>Stores <paramref name="after"/> in the place of <paramref name="before"/>.</summary>
    internal User Replace(User before, User after) =>
        Atomically(() =>
        {
            var stored = Normalize(after);
            _index.Replace(before, stored, TimeProvider.GetUtcNow());
            return stored;
        });

    /// <summary>Fails with "already exists" when <paramref name="loginId"/> belongs to a user other than <paramref name="user"/>.</summary>
    internal void EnsureNotAnotherUsers(string operation, User user, string loginId)
    {
        if (OwnerOf(loginId) is { } owner && owner != user.UserId)
        {
            throw EmulatedErrors.AlreadyExists(operation, loginId);
        }
    }

    /// <summary>A tenant membership with the tenant's name as the store knows it.</summary>
    internal UserTenant Tenant(string tenantId, IReadOnlyList<string> roleNames) => new()
    {
        TenantId = tenantId,
        TenantName = Atomically(() => _index.TenantName(tenantId)),
        RoleNames = roleNames.ToArray(),
    };

    /// <summary>Now, to the second, as Descope reports creation times.</summary>
    internal DateTimeOffset Now()
    {
        var now = TimeProvider.GetUtcNow();
        return DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
    }

    internal static string NewUserId()
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        return "U" + RandomNumberGenerator.GetString(Alphabet, 27);
    }

    // Keeps the user's tenant names in line with the tenants the store knows about.
    private User Normalize(User user) => user with
    {
        UserTenants = user.UserTenants?.Select(t => t.TenantId is not null && _index.TenantName(t.TenantId) is { } name ? t with { TenantName = name } : t).ToArray(),
    };
}
