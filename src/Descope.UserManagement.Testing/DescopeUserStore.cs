using System.Security.Cryptography;
using System.Text.Json;
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
public sealed class DescopeUserStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, User> _usersById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _userIdByLoginId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _tenantNames = new(StringComparer.Ordinal);
    private readonly List<string> _insertionOrder = [];

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
                return _insertionOrder.Select(id => _usersById[id]).ToArray();
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
                if (_userIdByLoginId.ContainsKey(loginId))
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
            if (_usersById.ContainsKey(stored.UserId!))
            {
                throw new ArgumentException($"User ID '{stored.UserId}' already exists in this store.", nameof(user));
            }

            Insert(stored);
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
            _tenantNames[tenantId] = name;
            foreach (var userId in _insertionOrder)
            {
                _usersById[userId] = Normalize(_usersById[userId]);
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
            return TryGet(loginIdOrUserId, out var user) ? user : null;
        }
    }

    /// <summary>Removes every user and tenant name.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _usersById.Clear();
            _userIdByLoginId.Clear();
            _tenantNames.Clear();
            _insertionOrder.Clear();
        }
    }

    internal User Create(string loginId, UserCreate create, bool test)
    {
        var operation = test ? "CreateTestUser" : "Create";
        lock (_gate)
        {
            var loginIds = new List<string> { loginId };
            loginIds.AddRange(create.AdditionalIdentifiers ?? []);
            foreach (var id in loginIds)
            {
                if (_userIdByLoginId.ContainsKey(id))
                {
                    throw EmulatedErrors.AlreadyExists(operation, id);
                }
            }

            var user = ApplyAll(new User
            {
                LoginIds = loginIds.Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
                UserId = NewUserId(),
                Status = UserStatus.Invited,
                Test = test,
                CreatedTime = Now(),
            }, create);
            Insert(user);
            return user;
        }
    }

    internal User Load(string loginIdOrUserId, string operation = "Load")
    {
        lock (_gate)
        {
            return Get(operation, loginIdOrUserId);
        }
    }

    internal void Delete(string loginIdOrUserId)
    {
        lock (_gate)
        {
            // Deleting a user that does not exist succeeds: the outcome the caller wanted already holds.
            if (TryGet(loginIdOrUserId, out var user))
            {
                Remove(user);
            }
        }
    }

    internal User Update(string loginId, UserUpdate update) =>
        Change("Update", loginId, user =>
        {
            EnsureFree("Update", user, update.AdditionalIdentifiers);
            return ApplyAll(user, update) with { LoginIds = MergeLoginIds(user.LoginIds, update.AdditionalIdentifiers) };
        });

    internal User UpdateStatus(string loginId, UserStatus status) =>
        Change("UpdateStatus", loginId, user => user with { Status = status });

    internal User UpdateEmail(string loginId, string email, bool verified, bool failOnConflict) =>
        Change("UpdateEmail", loginId, user =>
        {
            if (failOnConflict && email.Length > 0)
            {
                EnsureNotAnotherUsers("UpdateEmail", user, email);
            }

            return user with { Email = email, VerifiedEmail = email.Length > 0 && verified };
        });

    internal User UpdatePhone(string loginId, string phone, bool verified, bool failOnConflict) =>
        Change("UpdatePhone", loginId, user =>
        {
            if (failOnConflict && phone.Length > 0)
            {
                EnsureNotAnotherUsers("UpdatePhone", user, phone);
            }

            return user with { Phone = phone, VerifiedPhone = phone.Length > 0 && verified };
        });

    internal User UpdateDisplayName(string loginId, DisplayName name) =>
        Change("UpdateDisplayName", loginId, user => user with
        {
            Name = name.Name ?? user.Name,
            GivenName = name.GivenName ?? user.GivenName,
            MiddleName = name.MiddleName ?? user.MiddleName,
            FamilyName = name.FamilyName ?? user.FamilyName,
        });

    internal User UpdateLoginId(string loginId, string? newLoginId)
    {
        const string Operation = "UpdateLoginId";
        lock (_gate)
        {
            var user = Get(Operation, loginId);
            var current = user.LoginIds!.FirstOrDefault(id => string.Equals(id, loginId, StringComparison.OrdinalIgnoreCase))
                ?? throw EmulatedErrors.Invalid(Operation, $"'{loginId}' is not a login ID of the user; a login ID change must name the login ID to replace.");
            var loginIds = user.LoginIds!.ToList();
            var index = loginIds.IndexOf(current);
            if (string.IsNullOrEmpty(newLoginId))
            {
                if (loginIds.Count == 1)
                {
                    throw EmulatedErrors.Invalid(Operation, "A user's last login ID cannot be removed.");
                }

                loginIds.RemoveAt(index);
            }
            else
            {
                if (!string.Equals(newLoginId, current, StringComparison.OrdinalIgnoreCase) && _userIdByLoginId.TryGetValue(newLoginId, out var owner))
                {
                    throw owner == user.UserId
                        ? EmulatedErrors.Invalid(Operation, $"'{newLoginId}' is already another login ID of this user.")
                        : EmulatedErrors.AlreadyExists(Operation, newLoginId);
                }

                loginIds[index] = newLoginId;
            }

            return Replace(user, user with { LoginIds = loginIds.ToArray() });
        }
    }

    internal User Patch(string loginId, UserPatch patch, string operation = "Patch") =>
        Change(operation, loginId, user =>
        {
            EnsureFree(operation, user, patch.AdditionalIdentifiers);
            return user with
            {
                Email = patch.Email ?? user.Email,
                Phone = patch.Phone ?? user.Phone,
                Name = patch.Name ?? user.Name,
                GivenName = patch.GivenName ?? user.GivenName,
                MiddleName = patch.MiddleName ?? user.MiddleName,
                FamilyName = patch.FamilyName ?? user.FamilyName,
                VerifiedEmail = patch.VerifiedEmail ?? user.VerifiedEmail,
                VerifiedPhone = patch.VerifiedPhone ?? user.VerifiedPhone,
                RoleNames = patch.RoleNames?.ToArray() ?? user.RoleNames,
                UserTenants = patch.UserTenants is null ? user.UserTenants : Tenants(patch.UserTenants),
                CustomAttributes = patch.CustomAttributes is null ? user.CustomAttributes : MergeAttributes(user.CustomAttributes, patch.CustomAttributes),
                Picture = patch.Picture ?? user.Picture,
                SsoAppIds = patch.SsoAppIds?.ToArray() ?? user.SsoAppIds,
                Status = patch.Status ?? user.Status,
                LoginIds = MergeLoginIds(user.LoginIds, patch.AdditionalIdentifiers),
            };
        });

    internal BatchOutcome PatchBatch(IReadOnlyList<BatchUserPatch> patches)
    {
        var patched = new List<User>();
        var failed = new List<(string Failure, User User)>();
        foreach (var patch in patches)
        {
            try
            {
                patched.Add(Patch(patch.LoginId, patch, "PatchBatch"));
            }
            catch (DescopeApiException error)
            {
                failed.Add((error.ErrorMessage ?? error.Message, Find(patch.LoginId) ?? new User { LoginIds = [patch.LoginId] }));
            }
        }

        return new BatchOutcome(patched, failed);
    }

    internal User AddRoles(string loginId, IReadOnlyList<string> roleNames, string? tenantId) =>
        ChangeRoles("AddRoles", loginId, tenantId, joinTenant: true, current => current.Union(roleNames, StringComparer.Ordinal));

    internal User RemoveRoles(string loginId, IReadOnlyList<string> roleNames, string? tenantId) =>
        ChangeRoles("RemoveRoles", loginId, tenantId, joinTenant: false, current => current.Except(roleNames, StringComparer.Ordinal));

    internal User SetRoles(string loginId, IReadOnlyList<string> roleNames, string? tenantId) =>
        ChangeRoles("SetRoles", loginId, tenantId, joinTenant: true, _ => roleNames.Distinct(StringComparer.Ordinal));

    internal User AddTenant(string loginId, string tenantId) =>
        Change("AddTenant", loginId, user => HasTenant(user, tenantId)
            ? user
            : user with { UserTenants = [.. user.UserTenants ?? [], Tenant(tenantId, [])] });

    internal User RemoveTenant(string loginId, string tenantId) =>
        Change("RemoveTenant", loginId, user => user with
        {
            UserTenants = (user.UserTenants ?? []).Where(t => t.TenantId != tenantId).ToArray(),
        });

    internal SearchOutcome Search(UserSearch search)
    {
        lock (_gate)
        {
            var matches = _insertionOrder.Select(id => _usersById[id]).Where(search.Matches).ToList();
            var limit = search.Limit is > 0 ? search.Limit.Value : 100;
            var page = Math.Max(0, search.Page ?? 0);
            var skip = (long)page * limit;
            var users = skip >= matches.Count ? [] : matches.Skip((int)skip).Take(limit).ToArray();
            return new SearchOutcome(users, matches.Count);
        }
    }

    private User ChangeRoles(string operation, string loginId, string? tenantId, bool joinTenant, Func<IEnumerable<string>, IEnumerable<string>> change) =>
        Change(operation, loginId, user =>
        {
            if (tenantId is null)
            {
                return user with { RoleNames = change(user.RoleNames ?? []).ToArray() };
            }

            if (!HasTenant(user, tenantId))
            {
                if (!joinTenant)
                {
                    return user;
                }

                if (RolesRequireTenantMembership)
                {
                    throw EmulatedErrors.Invalid(operation, $"The user is not a member of tenant '{tenantId}'.");
                }

                user = user with { UserTenants = [.. user.UserTenants ?? [], Tenant(tenantId, [])] };
            }

            return user with
            {
                UserTenants = user.UserTenants!
                    .Select(t => t.TenantId == tenantId ? t with { RoleNames = change(t.RoleNames ?? []).ToArray() } : t)
                    .ToArray(),
            };
        });

    private User Change(string operation, string loginId, Func<User, User> change)
    {
        lock (_gate)
        {
            var user = Get(operation, loginId);
            return Replace(user, change(user));
        }
    }

    private User ApplyAll(User user, UserDetails details) => user with
    {
        // A full write: whatever the request leaves out is cleared, as Descope's update does.
        Email = details.Email ?? "",
        Phone = details.Phone ?? "",
        Name = details.Name ?? "",
        GivenName = details.GivenName ?? "",
        MiddleName = details.MiddleName ?? "",
        FamilyName = details.FamilyName ?? "",
        VerifiedEmail = details.VerifiedEmail ?? false,
        VerifiedPhone = details.VerifiedPhone ?? false,
        RoleNames = details.RoleNames?.ToArray() ?? [],
        UserTenants = Tenants(details.UserTenants ?? []),
        CustomAttributes = MergeAttributes(null, details.CustomAttributes),
        Picture = details.Picture ?? "",
        SsoAppIds = details.SsoAppIds?.ToArray() ?? [],
    };

    private UserTenant[] Tenants(IReadOnlyList<TenantRoles> tenants) =>
        tenants.Select(t => Tenant(t.TenantId, t.RoleNames)).ToArray();

    private UserTenant Tenant(string tenantId, IReadOnlyList<string> roleNames) => new()
    {
        TenantId = tenantId,
        TenantName = _tenantNames.TryGetValue(tenantId, out var name) ? name : null,
        RoleNames = roleNames.ToArray(),
    };

    private static bool HasTenant(User user, string tenantId) => (user.UserTenants ?? []).Any(t => t.TenantId == tenantId);

    private static Dictionary<string, JsonElement> MergeAttributes(IReadOnlyDictionary<string, JsonElement>? current, IReadOnlyDictionary<string, object?>? changes)
    {
        var merged = current is null ? new Dictionary<string, JsonElement>(StringComparer.Ordinal) : new Dictionary<string, JsonElement>(current, StringComparer.Ordinal);
        foreach (var change in changes ?? new Dictionary<string, object?>())
        {
            merged[change.Key] = AttributeJson.ToElement(change.Value);
        }

        return merged;
    }

    private static string[] MergeLoginIds(IReadOnlyList<string>? current, IReadOnlyList<string>? additional) =>
        (current ?? []).Concat(additional ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    private void EnsureFree(string operation, User user, IReadOnlyList<string>? loginIds)
    {
        foreach (var loginId in loginIds ?? [])
        {
            EnsureNotAnotherUsers(operation, user, loginId);
        }
    }

    private void EnsureNotAnotherUsers(string operation, User user, string loginId)
    {
        if (_userIdByLoginId.TryGetValue(loginId, out var owner) && owner != user.UserId)
        {
            throw EmulatedErrors.AlreadyExists(operation, loginId);
        }
    }

    private User Get(string operation, string loginIdOrUserId) =>
        TryGet(loginIdOrUserId, out var user) ? user : throw EmulatedErrors.UserNotFound(operation, loginIdOrUserId);

    private bool TryGet(string loginIdOrUserId, out User user)
    {
        if (_userIdByLoginId.TryGetValue(loginIdOrUserId, out var userId) || _usersById.ContainsKey(loginIdOrUserId))
        {
            user = _usersById[userId ?? loginIdOrUserId];
            return true;
        }

        user = null!;
        return false;
    }

    private void Insert(User user)
    {
        _usersById[user.UserId!] = user;
        _insertionOrder.Add(user.UserId!);
        foreach (var loginId in user.LoginIds!)
        {
            _userIdByLoginId[loginId] = user.UserId!;
        }
    }

    private void Remove(User user)
    {
        _usersById.Remove(user.UserId!);
        _insertionOrder.Remove(user.UserId!);
        foreach (var loginId in user.LoginIds!)
        {
            _userIdByLoginId.Remove(loginId);
        }
    }

    private User Replace(User before, User after)
    {
        foreach (var loginId in before.LoginIds!)
        {
            _userIdByLoginId.Remove(loginId);
        }

        var stored = Normalize(after);
        _usersById[stored.UserId!] = stored;
        foreach (var loginId in stored.LoginIds!)
        {
            _userIdByLoginId[loginId] = stored.UserId!;
        }

        return stored;
    }

    // Keeps the user's tenant names in line with the tenants the store knows about.
    private User Normalize(User user) => user with
    {
        UserTenants = user.UserTenants?.Select(t => t.TenantId is not null && _tenantNames.TryGetValue(t.TenantId, out var name) ? t with { TenantName = name } : t).ToArray(),
    };

    private DateTimeOffset Now()
    {
        var now = TimeProvider.GetUtcNow();
        return DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
    }

    private static string NewUserId()
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        return "U" + RandomNumberGenerator.GetString(Alphabet, 27);
    }
}
