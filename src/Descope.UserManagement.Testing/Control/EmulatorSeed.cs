using System.Text.Json;

namespace Descope.UserManagement.Testing.Control;

/// <summary>
/// A starting state for the emulator: the seed file of the descope-emulator tool (<c>--seed</c>) and the body of
/// <c>POST /emulator/seed</c>. A JSON object with four optional keys:
/// <code>
/// {
///   "tenants":    { "T1": "Acme" },                               tenant ID → name
///   "roles":      ["admin", "viewer"],                            role names
///   "attributes": [{ "name": "plan", "type": "text" }],           custom attribute definitions
///   "users":      [{ "loginIds": ["alice@example.com"], … }]      users as Descope's answers show them
/// }
/// </code>
/// Parsing checks everything and reports every problem with its place (<c>users[1].roleNames</c>); a user may name
/// only tenants, roles and attributes declared in this seed or an earlier one, once any of that kind is declared.
/// </summary>
internal sealed class EmulatorSeed
{
    private static readonly string[] Sections = ["tenants", "roles", "attributes", "users"];

    private EmulatorSeed(IReadOnlyDictionary<string, string> tenants, IReadOnlyList<string> roles, IReadOnlyList<SeedAttribute> attributes, IReadOnlyList<User> users)
    {
        Tenants = tenants;
        Roles = roles;
        Attributes = attributes;
        Users = users;
    }

    public IReadOnlyDictionary<string, string> Tenants { get; }

    public IReadOnlyList<string> Roles { get; }

    public IReadOnlyList<SeedAttribute> Attributes { get; }

    public IReadOnlyList<User> Users { get; }

    /// <summary>Reads and checks a seed; <paramref name="earlier"/> holds what seeds applied before it declared.</summary>
    /// <exception cref="SeedException">The seed is not valid; its problems are listed.</exception>
    public static EmulatorSeed Parse(string json, SeedCatalog? earlier = null)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            root = document.RootElement.Clone();
        }
        catch (JsonException error)
        {
            throw new SeedException([$"The seed is not valid JSON: {error.Message}"]);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new SeedException(["The seed must be a JSON object with any of the keys tenants, roles, attributes and users."]);
        }

        var problems = new List<string>();
        foreach (var section in root.EnumerateObject().Where(p => !Sections.Contains(p.Name, StringComparer.Ordinal)))
        {
            problems.Add($"{section.Name}: not a seed key; the keys are tenants, roles, attributes and users.");
        }

        var tenants = ReadTenants(root, problems);
        var roles = ReadRoles(root, problems);
        var attributes = SeedAttribute.ReadAll(root, problems);
        var catalog = (earlier ?? SeedCatalog.Empty).With(tenants.Keys, roles, attributes);
        var users = root.TryGetProperty("users", out var list) ? SeedUsers.Read(list, catalog, problems) : [];
        return problems.Count > 0 ? throw new SeedException(problems) : new EmulatorSeed(tenants, roles, attributes, users);
    }

    /// <summary>Adds the seed to <paramref name="store"/>: tenant names, then users (none if any login ID or user ID is taken).</summary>
    /// <exception cref="SeedException">A user's login ID or user ID already belongs to a stored user.</exception>
    public IReadOnlyList<User> ApplyTo(DescopeUserStore store)
    {
        var problems = new List<string>();
        for (var i = 0; i < Users.Count; i++)
        {
            foreach (var id in Users[i].LoginIds!.Append(Users[i].UserId).OfType<string>().Where(id => store.Find(id) is not null))
            {
                problems.Add($"users[{i}]: '{id}' already belongs to a user in the emulator.");
            }
        }

        if (problems.Count > 0)
        {
            throw new SeedException(problems);
        }

        foreach (var (tenantId, name) in Tenants)
        {
            store.SeedTenant(tenantId, name);
        }

        return Users.Select(store.Seed).ToArray();
    }

    /// <summary>What this seed declares, added to <paramref name="catalog"/>.</summary>
    public SeedCatalog AddTo(SeedCatalog catalog) => catalog.With(Tenants.Keys, Roles, Attributes);

    private static Dictionary<string, string> ReadTenants(JsonElement root, List<string> problems)
    {
        var tenants = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!root.TryGetProperty("tenants", out var map))
        {
            return tenants;
        }

        if (map.ValueKind != JsonValueKind.Object)
        {
            problems.Add("tenants: must be an object of tenant ID to tenant name, e.g. {\"T1\": \"Acme\"}.");
            return tenants;
        }

        foreach (var tenant in map.EnumerateObject())
        {
            if (string.IsNullOrWhiteSpace(tenant.Name) || tenant.Value.ValueKind != JsonValueKind.String)
            {
                problems.Add($"tenants.{tenant.Name}: a tenant needs a non-blank ID and a name given as a string.");
                continue;
            }

            tenants[tenant.Name] = tenant.Value.GetString()!;
        }

        return tenants;
    }

    private static List<string> ReadRoles(JsonElement root, List<string> problems)
    {
        var roles = new List<string>();
        if (!root.TryGetProperty("roles", out var list))
        {
            return roles;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            problems.Add("roles: must be an array of role names.");
            return roles;
        }

        var index = 0;
        foreach (var role in list.EnumerateArray())
        {
            if (role.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(role.GetString()))
            {
                problems.Add($"roles[{index}]: a role is a non-blank string.");
            }
            else if (roles.Contains(role.GetString()!, StringComparer.Ordinal))
            {
                problems.Add($"roles[{index}]: '{role.GetString()}' is listed twice.");
            }
            else
            {
                roles.Add(role.GetString()!);
            }

            index++;
        }

        return roles;
    }
}

/// <summary>A seed that could not be used, with every problem found.</summary>
internal sealed class SeedException(IReadOnlyList<string> problems) : Exception("The seed is not valid:" + string.Concat(problems.Select(p => "\n  " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>The tenants, roles and attributes the seeds applied so far declared; users may name only these.</summary>
internal sealed record SeedCatalog(IReadOnlySet<string> Tenants, IReadOnlySet<string> Roles, IReadOnlyDictionary<string, SeedAttribute> Attributes)
{
    public static SeedCatalog Empty { get; } = new(new HashSet<string>(), new HashSet<string>(), new Dictionary<string, SeedAttribute>());

    public SeedCatalog With(IEnumerable<string> tenants, IEnumerable<string> roles, IEnumerable<SeedAttribute> attributes)
    {
        var all = new Dictionary<string, SeedAttribute>(Attributes, StringComparer.Ordinal);
        foreach (var attribute in attributes)
        {
            all[attribute.Name] = attribute;
        }

        return new(Tenants.Union(tenants, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal), Roles.Union(roles, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal), all);
    }
}
