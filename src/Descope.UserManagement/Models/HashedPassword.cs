using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Descope.UserManagement;

/// <summary>
/// A password imported as a hash from another system, for <see cref="BatchUserCreate.HashedPassword"/>
/// (<c>hashedPassword</c>): exactly one algorithm, one of the sealed records deriving from this one
/// (<see cref="BcryptHashedPassword"/>, <see cref="FirebaseHashedPassword"/>, <see cref="Pbkdf2HashedPassword"/>,
/// <see cref="DjangoHashedPassword"/>, <see cref="PhpassHashedPassword"/>, <see cref="Md5HashedPassword"/>,
/// <see cref="ShaHashedPassword"/>, <see cref="Argon2HashedPassword"/>).
/// </summary>
/// <remarks>A hash is a secret: <see cref="ToString"/> names the algorithm only, and no exception or log line shows it.</remarks>
public abstract record HashedPassword
{
    private protected HashedPassword()
    {
    }

    /// <summary>The algorithm's key on the wire, e.g. <c>bcrypt</c>.</summary>
    public abstract string Algorithm { get; }

    /// <summary>Names the algorithm, never the hash or its parameters.</summary>
    /// <returns>The description.</returns>
    public sealed override string ToString() => $"HashedPassword {{ Algorithm = {Algorithm}, Hash = <redacted> }}";

    /// <summary>The texts a message must never show: the hash and any key.</summary>
    internal virtual IEnumerable<string> Secrets() => [HashText()];

    /// <summary>Why the hash cannot be sent (naming only properties, never values), or <see langword="null"/>.</summary>
    internal abstract string? Problem();

    /// <summary>Writes <c>"algorithm": {…}</c> inside the <c>hashedPassword</c> object.</summary>
    internal abstract void Write(Utf8JsonWriter writer);

    private protected abstract string HashText();

    private protected static string? Text(string? value, string property) =>
        string.IsNullOrWhiteSpace(value) ? $"{property} must not be empty." : null;

    private protected static string? Base64(string? value, string property)
    {
        if (Text(value, property) is { } empty)
        {
            return empty;
        }

        try
        {
            Convert.FromBase64String(value!);
            return null;
        }
        catch (FormatException)
        {
            return $"{property} must be standard base64 (with padding).";
        }
    }

    private protected static string? Positive(int value, string property) => value > 0 ? null : $"{property} must be positive.";

    private protected static string? First(params string?[] problems)
    {
        foreach (var problem in problems)
        {
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }
}
