using Descope.UserManagement.Testing.Emulation;

namespace Descope.UserManagement.Testing;

// Custom attribute definitions. While none is defined any key may be written, as in a project whose definitions a
// test does not care about; once one is, a user's custom attributes may hold only defined keys.
public sealed partial class DescopeUserStore
{
    private readonly List<CustomAttributeDefinition> _definitions = [];

    /// <summary>The custom attributes defined in the project, in the order they were defined.</summary>
    public IReadOnlyList<CustomAttributeDefinition> CustomAttributeDefinitions => Atomically(() => _definitions.ToArray());

    /// <summary>
    /// Defines a custom attribute, for a test's starting state. From then on, update, patch and create refuse custom
    /// attributes whose key is not defined, with Descope's validation error.
    /// </summary>
    /// <param name="definition">The definition; its name must be new.</param>
    /// <returns>The definition as stored.</returns>
    public CustomAttributeDefinition DefineCustomAttribute(CustomAttributeDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentException.ThrowIfNullOrWhiteSpace(definition.Name, nameof(definition));
        return Atomically(() =>
        {
            if (IsDefined(definition.Name))
            {
                throw new ArgumentException($"Custom attribute '{definition.Name}' is already defined.", nameof(definition));
            }

            _definitions.Add(definition);
            return definition;
        });
    }

    /// <summary>Adds definitions through the API: each needs a new name. Returns every definition after the change.</summary>
    internal IReadOnlyList<CustomAttributeDefinition> DefineCustomAttributes(string operation, IReadOnlyList<CustomAttributeDefinition> definitions) =>
        Atomically(() =>
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in definitions)
            {
                if (string.IsNullOrWhiteSpace(definition.Name))
                {
                    throw EmulatedErrors.MissingArgument(operation, "name");
                }

                if (IsDefined(definition.Name) || !names.Add(definition.Name))
                {
                    throw EmulatedErrors.Invalid(operation, $"Custom attribute '{definition.Name}' already exists.");
                }
            }

            _definitions.AddRange(definitions);
            return (IReadOnlyList<CustomAttributeDefinition>)_definitions.ToArray();
        });

    /// <summary>Removes the named definitions (names not defined are ignored) and returns those that remain.</summary>
    internal IReadOnlyList<CustomAttributeDefinition> DeleteCustomAttributes(IReadOnlyList<string> names) =>
        Atomically(() =>
        {
            var doomed = new HashSet<string>(names, StringComparer.Ordinal);
            _definitions.RemoveAll(definition => doomed.Contains(definition.Name));
            return (IReadOnlyList<CustomAttributeDefinition>)_definitions.ToArray();
        });

    /// <summary>Fails with Descope's validation error for a key that is not defined, once any attribute is.</summary>
    internal void EnsureCustomAttributesDefined(string operation, IEnumerable<string>? keys) =>
        Atomically(() =>
        {
            if (_definitions.Count == 0)
            {
                return true;
            }

            foreach (var key in keys ?? [])
            {
                if (!IsDefined(key))
                {
                    throw EmulatedErrors.Invalid(operation, $"Custom attribute '{key}' is not defined in the project.");
                }
            }

            return true;
        });

    private bool IsDefined(string name) => _definitions.Exists(definition => string.Equals(definition.Name, name, StringComparison.Ordinal));
}
