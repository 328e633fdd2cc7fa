using System;
using System.Collections.Generic;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Internal;

/// <summary>The checks of the test-user generators and embedded links, each naming its parameter.</summary>
internal static class TestUserArgument
{
    public static void Delivery(DeliveryMethod deliveryMethod, string parameterName)
    {
        if (!DeliveryMethodNames.IsDefined(deliveryMethod))
        {
            throw new ArgumentOutOfRangeException(parameterName, deliveryMethod, "The delivery method must be Email, Sms, Voice, WhatsApp or Embedded.");
        }
    }

    /// <summary>
    /// Checks <paramref name="options"/> and returns what to send: <see langword="null"/> when nothing is set (the key is
    /// then left out), else the options with custom claims copied once so what is checked is what is sent.
    /// </summary>
    public static LoginOptions? LoginOptions(LoginOptions? options, string parameterName)
    {
        if (options is null || IsEmpty(options))
        {
            return null;
        }

        Argument.Items(options.RevokeOtherSessionsTypes, nameof(options.RevokeOtherSessionsTypes), parameterName);
        if (options.TemplateOptions is { } templateOptions)
        {
            foreach (var option in templateOptions)
            {
                if (string.IsNullOrEmpty(option.Key) || option.Value is null)
                {
                    throw new ArgumentException("TemplateOptions needs a non-empty key and a non-null value for each entry.", parameterName);
                }
            }
        }

        return options.CustomClaims is null ? options : options with { CustomClaims = Claims(options.CustomClaims, nameof(options.CustomClaims), parameterName) };
    }

    /// <summary>Copies the claims once and checks that each can be sent.</summary>
    public static IReadOnlyDictionary<string, object?>? Claims(IReadOnlyDictionary<string, object?>? claims, string property, string parameterName)
    {
        if (claims is null)
        {
            return null;
        }

        var snapshot = new Dictionary<string, object?>(claims.Count, StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (string.IsNullOrEmpty(claim.Key))
            {
                throw new ArgumentException($"{property} keys must not be empty.", parameterName);
            }

            if (!CustomAttributeValues.TryNormalize(claim.Value, out var normalized))
            {
                throw new ArgumentException(
                    $"{property}[\"{claim.Key}\"] cannot be sent: values must be null, a string, a bool, a finite number, a JsonElement or a list of those.",
                    parameterName);
            }

            snapshot[claim.Key] = normalized;
        }

        return snapshot;
    }

    /// <summary>A token lifetime in whole seconds, rounded up: at least one second, at most <see cref="int.MaxValue"/> seconds.</summary>
    public static int? Timeout(TimeSpan? timeout, string parameterName)
    {
        if (timeout is not { } value)
        {
            return null;
        }

        if (value <= TimeSpan.Zero || value.TotalSeconds > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, "The timeout must be positive and at most int.MaxValue seconds.");
        }

        return (int)Math.Ceiling(value.TotalSeconds);
    }

    private static bool IsEmpty(LoginOptions options) =>
        options.StepUp is null && options.Mfa is null && options.CustomClaims is null && options.RevokeOtherSessions is null
        && options.RevokeOtherSessionsTypes is null && options.TemplateId is null && options.TemplateOptions is null
        && options.Locale is null && options.SsoAppId is null && options.PkceChallenge is null;
}
