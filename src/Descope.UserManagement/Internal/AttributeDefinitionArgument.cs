using System;
using System.Collections.Generic;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Internal;

/// <summary>The checks of create attribute definitions, naming the parameter.</summary>
internal static class AttributeDefinitionArgument
{
    /// <summary>
    /// Copies the definitions once and checks each: not null, a non-blank name not given twice, options with a value and
    /// a label, a default value that can be sent, no blank permission. Default values are copied as they will be sent.
    /// </summary>
    public static List<CustomAttributeDefinition> Check(IEnumerable<CustomAttributeDefinition>? definitions, string parameterName)
    {
        Argument.NotNull(definitions, parameterName);
        var copy = new List<CustomAttributeDefinition>(definitions);
        if (copy.Count == 0)
        {
            throw new ArgumentException("At least one attribute definition is required.", parameterName);
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < copy.Count; i++)
        {
            var definition = copy[i] ?? throw new ArgumentException($"The attribute definition at index {i} is null.", parameterName);
            if (string.IsNullOrWhiteSpace(definition.Name))
            {
                throw new ArgumentException($"The attribute definition at index {i} has no name.", parameterName);
            }

            if (!names.Add(definition.Name))
            {
                throw new ArgumentException($"The attribute definition at index {i} repeats the name '{definition.Name}'.", parameterName);
            }

            foreach (var option in definition.Options ?? [])
            {
                if (option is null || option.Value is null || option.Label is null)
                {
                    throw new ArgumentException($"An option of '{definition.Name}' is null or lacks a value or label.", parameterName);
                }
            }

            Argument.Items(definition.ViewPermissions, $"[{i}].ViewPermissions", parameterName);
            Argument.Items(definition.EditPermissions, $"[{i}].EditPermissions", parameterName);
            if (!CustomAttributeValues.TryNormalize(definition.DefaultValue, out var defaultValue))
            {
                throw new ArgumentException(
                    $"The default value of '{definition.Name}' cannot be sent: it must be null, a string, a bool, a finite number, a JsonElement or a list of those.",
                    parameterName);
            }

            copy[i] = definition with { DefaultValue = defaultValue };
        }

        return copy;
    }
}
