using System.Collections.Generic;
using System.Text.Json;

namespace Descope.UserManagement;

/// <summary>A bcrypt hash (<c>bcrypt</c>), as text such as <c>$2a$10$…</c>.</summary>
/// <param name="Hash">The bcrypt hash text.</param>
public sealed record BcryptHashedPassword(string Hash) : HashedPassword
{
    /// <inheritdoc />
    public override string Algorithm => "bcrypt";

    internal override string? Problem() => Text(Hash, nameof(Hash));

    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("bcrypt"u8);
        writer.WriteString("hash"u8, Hash);
        writer.WriteEndObject();
    }

    private protected override string HashText() => Hash;
}

/// <summary>A Firebase scrypt hash (<c>firebase</c>), with the project's hash parameters; byte values in standard base64.</summary>
/// <param name="Hash">The password hash, base64.</param>
/// <param name="Salt">The user's salt, base64.</param>
/// <param name="SaltSeparator">The project's salt separator, base64.</param>
/// <param name="SignerKey">The project's signer key, base64 (a secret too).</param>
/// <param name="Memory">The memory cost.</param>
/// <param name="Rounds">The rounds.</param>
public sealed record FirebaseHashedPassword(string Hash, string Salt, string SaltSeparator, string SignerKey, int Memory, int Rounds) : HashedPassword
{
    /// <inheritdoc />
    public override string Algorithm => "firebase";

    internal override IEnumerable<string> Secrets() => [Hash, SignerKey];

    internal override string? Problem() => First(
        Base64(Hash, nameof(Hash)), Base64(Salt, nameof(Salt)), Base64(SaltSeparator, nameof(SaltSeparator)), Base64(SignerKey, nameof(SignerKey)),
        Positive(Memory, nameof(Memory)), Positive(Rounds, nameof(Rounds)));

    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("firebase"u8);
        writer.WriteString("hash"u8, Hash);
        writer.WriteString("salt"u8, Salt);
        writer.WriteString("saltSeparator"u8, SaltSeparator);
        writer.WriteString("signerKey"u8, SignerKey);
        writer.WriteNumber("memory"u8, Memory);
        writer.WriteNumber("rounds"u8, Rounds);
        writer.WriteEndObject();
    }

    private protected override string HashText() => Hash;
}

/// <summary>A PBKDF2 hash (<c>pbkdf2</c>); hash and salt in standard base64.</summary>
/// <param name="Hash">The derived key, base64.</param>
/// <param name="Salt">The salt, base64.</param>
/// <param name="Iterations">The iteration count.</param>
/// <param name="Type">The digest: <c>sha1</c>, <c>sha256</c> or <c>sha512</c>.</param>
public sealed record Pbkdf2HashedPassword(string Hash, string Salt, int Iterations, string Type) : HashedPassword
{
    /// <inheritdoc />
    public override string Algorithm => "pbkdf2";

    internal override string? Problem() =>
        First(Base64(Hash, nameof(Hash)), Base64(Salt, nameof(Salt)), Positive(Iterations, nameof(Iterations)), Text(Type, nameof(Type)));

    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("pbkdf2"u8);
        writer.WriteString("hash"u8, Hash);
        writer.WriteString("salt"u8, Salt);
        writer.WriteNumber("iterations"u8, Iterations);
        writer.WriteString("type"u8, Type);
        writer.WriteEndObject();
    }

    private protected override string HashText() => Hash;
}

/// <summary>A Django hash (<c>django</c>), as text such as <c>pbkdf2_sha256$…</c>.</summary>
/// <param name="Hash">The Django hash text.</param>
public sealed record DjangoHashedPassword(string Hash) : HashedPassword
{
    /// <inheritdoc />
    public override string Algorithm => "django";

    internal override string? Problem() => Text(Hash, nameof(Hash));

    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("django"u8);
        writer.WriteString("hash"u8, Hash);
        writer.WriteEndObject();
    }

    private protected override string HashText() => Hash;
}

/// <summary>A phpass hash (<c>phpass</c>); hash and salt in phpass's own base64 alphabet.</summary>
/// <param name="Hash">The hash.</param>
/// <param name="Salt">The salt.</param>
/// <param name="Iterations">The iteration count.</param>
/// <param name="Type">The digest: <c>md5</c> or <c>sha512</c>.</param>
public sealed record PhpassHashedPassword(string Hash, string Salt, int Iterations, string Type) : HashedPassword
{
    /// <inheritdoc />
    public override string Algorithm => "phpass";

    internal override string? Problem() =>
        First(Text(Hash, nameof(Hash)), Text(Salt, nameof(Salt)), Positive(Iterations, nameof(Iterations)), Text(Type, nameof(Type)));

    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("phpass"u8);
        writer.WriteString("hash"u8, Hash);
        writer.WriteString("salt"u8, Salt);
        writer.WriteNumber("iterations"u8, Iterations);
        writer.WriteString("type"u8, Type);
        writer.WriteEndObject();
    }

    private protected override string HashText() => Hash;
}

/// <summary>An unsalted MD5 hash (<c>md5</c>), in hex.</summary>
/// <param name="Hash">The hash, hex.</param>
public sealed record Md5HashedPassword(string Hash) : HashedPassword
{
    /// <inheritdoc />
    public override string Algorithm => "md5";

    internal override string? Problem() => Text(Hash, nameof(Hash));

    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("md5"u8);
        writer.WriteString("hash"u8, Hash);
        writer.WriteEndObject();
    }

    private protected override string HashText() => Hash;
}

/// <summary>A SHA hash (<c>sha</c>), in hex, with an optional salt.</summary>
/// <param name="Hash">The hash, hex.</param>
/// <param name="Type">The digest, e.g. <c>sha1</c>, <c>sha256</c> or <c>sha512</c>.</param>
/// <param name="Salt">The salt, or <see langword="null"/> for none (then not sent).</param>
public sealed record ShaHashedPassword(string Hash, string Type, string? Salt = null) : HashedPassword
{
    /// <inheritdoc />
    public override string Algorithm => "sha";

    internal override string? Problem() => First(Text(Hash, nameof(Hash)), Text(Type, nameof(Type)));

    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("sha"u8);
        writer.WriteString("hash"u8, Hash);
        writer.WriteString("type"u8, Type);
        if (Salt is not null)
        {
            writer.WriteString("salt"u8, Salt);
        }

        writer.WriteEndObject();
    }

    private protected override string HashText() => Hash;
}

/// <summary>An Argon2 hash (<c>argon2</c>); hash and salt in standard base64.</summary>
/// <param name="Hash">The hash, base64.</param>
/// <param name="Salt">The salt, base64.</param>
/// <param name="Iterations">The iteration (time) cost.</param>
/// <param name="Memory">The memory cost.</param>
/// <param name="Threads">The parallelism.</param>
public sealed record Argon2HashedPassword(string Hash, string Salt, int Iterations, int Memory, int Threads) : HashedPassword
{
    /// <inheritdoc />
    public override string Algorithm => "argon2";

    internal override string? Problem() => First(
        Base64(Hash, nameof(Hash)), Base64(Salt, nameof(Salt)), Positive(Iterations, nameof(Iterations)), Positive(Memory, nameof(Memory)), Positive(Threads, nameof(Threads)));

    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("argon2"u8);
        writer.WriteString("hash"u8, Hash);
        writer.WriteString("salt"u8, Salt);
        writer.WriteNumber("iterations"u8, Iterations);
        writer.WriteNumber("memory"u8, Memory);
        writer.WriteNumber("threads"u8, Threads);
        writer.WriteEndObject();
    }

    private protected override string HashText() => Hash;
}
