using System.Text.Json;
using Descope.UserManagement.Operations;
using Descope.UserManagement.Serialization;
using Descope.UserManagement.Testing.Emulation.Semantics;
using Descope.UserManagement.Testing.Hosting;

namespace Descope.UserManagement.Testing.Control;

/// <summary>
/// The control API's views of what the store keeps beside users (invitations, issued test codes and links, logouts,
/// password states, recovery contacts, authenticators, attribute definitions), and the seeding of authenticators,
/// which a seed file cannot express. Passwords and provider tokens are never shown; issued test secrets are, since a
/// test asked for them to sign a test user in.
/// </summary>
internal static class ControlStores
{
    private static readonly string[] AuthenticatorKeys = ["passkeys", "totp", "recoveryCodes", "trustedDevices", "providerTokens", "logins"];

    public static EmulatorAnswer Invitations(DescopeUserStore store) =>
        EmulatorAnswer.Json(200, new InvitationsAnswer
        {
            Invitations = store.Invitations.Select(i => new InvitationView
            {
                LoginId = i.LoginId, UserId = i.UserId, Email = i.Email, Phone = i.Phone, InviteUrl = i.InviteUrl,
                TemplateId = i.TemplateId, TemplateOptions = i.TemplateOptions, Locale = i.Locale, SentAt = i.SentAt,
            }).ToList(),
        }, ControlJsonContext.Readable.InvitationsAnswer);

    /// <summary>Every issued secret, or those of one user (by any login ID, the user ID, or a sign-up token's login ID).</summary>
    public static EmulatorAnswer Secrets(DescopeUserStore store, string? loginIdOrUserId)
    {
        var userId = loginIdOrUserId is null ? null : store.Find(loginIdOrUserId)?.UserId;
        var secrets = store.IssuedSecrets.Where(secret => loginIdOrUserId is null
            || (userId is not null && secret.UserId == userId)
            || secret.UserId == loginIdOrUserId
            || string.Equals(secret.LoginId, loginIdOrUserId, StringComparison.OrdinalIgnoreCase));
        return EmulatorAnswer.Json(200, new SecretsAnswer
        {
            Secrets = secrets.Select(s => new SecretView
            {
                Kind = KindName(s.Kind), LoginId = s.LoginId, UserId = s.UserId,
                DeliveryMethod = s.DeliveryMethod is { } method ? DeliveryMethodNames.ToWireValue(method) : null,
                Value = s.Value, Token = s.Token, PendingRef = s.PendingRef, RedirectUrl = s.RedirectUrl, IssuedAt = s.IssuedAt,
                CustomClaims = s.CustomClaims,
                SignUpUser = s.SignUpUser is not { } u ? null : new SignUpUserView
                {
                    LoginId = s.LoginId, Name = u.Name, GivenName = u.GivenName, MiddleName = u.MiddleName, FamilyName = u.FamilyName,
                    Email = u.Email, Phone = u.Phone, EmailVerified = u.VerifiedEmail, PhoneVerified = u.VerifiedPhone,
                },
            }).ToList(),
        }, ControlJsonContext.Readable.SecretsAnswer);
    }

    public static EmulatorAnswer Logouts(DescopeUserStore store) =>
        EmulatorAnswer.Json(200, new LogoutsAnswer
        {
            Logouts = store.Logouts.Select(l => new LogoutView { UserId = l.UserId, SessionTypes = l.SessionTypes, At = l.At }).ToList(),
        }, ControlJsonContext.Readable.LogoutsAnswer);

    public static EmulatorAnswer Password(DescopeUserStore store, User user) =>
        EmulatorAnswer.Json(200, new PasswordAnswer
        {
            UserId = user.UserId!,
            State = store.PasswordState(user.UserId!) switch
            {
                UserPasswordState.Temporary => "temporary",
                UserPasswordState.Active => "active",
                UserPasswordState.Expired => "expired",
                _ => "none",
            },
        }, ControlJsonContext.Readable.PasswordAnswer);

    public static EmulatorAnswer Recovery(DescopeUserStore store, User user)
    {
        var contacts = store.Recovery(user.UserId!);
        return EmulatorAnswer.Json(200, new RecoveryAnswer
        {
            UserId = user.UserId!, Email = contacts?.Email, EmailVerified = contacts?.EmailVerified ?? false,
            Phone = contacts?.Phone, PhoneVerified = contacts?.PhoneVerified ?? false,
        }, ControlJsonContext.Readable.RecoveryAnswer);
    }

    /// <summary>The project's attribute definitions, as <c>GET /v1/mgmt/user/customattributes</c> answers them.</summary>
    public static EmulatorAnswer AttributeDefinitions(DescopeUserStore store) =>
        EmulatorAnswer.Json(200, new CustomAttributesAnswer { Data = store.CustomAttributeDefinitions.ToList() }, AttributeDefinitionJsonContext.Default.CustomAttributesAnswer);

    /// <summary>
    /// Seeds a user's authenticators from <c>{"passkeys", "totp", "recoveryCodes", "trustedDevices", "providerTokens",
    /// "logins"}</c> (each optional; objects in the shapes Descope's answers use), then answers as <see cref="Authenticators"/>.
    /// Nothing is seeded unless the whole body reads.
    /// </summary>
    public static EmulatorAnswer SeedAuthenticators(DescopeUserStore store, User user, string body)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ControlRequestException("The body must be a JSON object.");
        }

        var unknown = root.EnumerateObject().Select(p => p.Name).Where(name => !AuthenticatorKeys.Contains(name, StringComparer.Ordinal)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ControlRequestException($"Not an authenticator key: {string.Join(", ", unknown)}. The keys are {string.Join(", ", AuthenticatorKeys)}.");
        }

        var passkeys = Items(root, "passkeys", AuthenticatorJsonContext.Default.Passkey);
        var devices = Items(root, "trustedDevices", AuthenticatorJsonContext.Default.TrustedDevice);
        var tokens = Items(root, "providerTokens", AuthenticatorJsonContext.Default.ProviderToken);
        var logins = Items(root, "logins", AuthenticatorJsonContext.Default.LoginHistoryEntry);
        if (tokens.Any(token => string.IsNullOrWhiteSpace(token.Provider)))
        {
            throw new ControlRequestException("Each of providerTokens needs its provider.");
        }

        var id = user.UserId!;
        passkeys.ForEach(passkey => store.SeedPasskey(id, passkey));
        devices.ForEach(device => store.SeedTrustedDevice(id, device));
        tokens.ForEach(token => store.SeedProviderToken(id, token));
        logins.ForEach(login => store.SeedLogin(id, login));
        if (Flag(root, "totp"))
        {
            store.SeedTotp(id);
        }

        if (Flag(root, "recoveryCodes"))
        {
            store.SeedRecoveryCodes(id);
        }

        return Authenticators(store, user);
    }

    /// <summary>
    /// A user's authenticators: passkeys, whether TOTP and recovery codes are set, trusted devices, and the providers
    /// the user holds a token from (the tokens themselves are left out).
    /// </summary>
    public static EmulatorAnswer Authenticators(DescopeUserStore store, User user)
    {
        var id = user.UserId!;
        var stored = store.Find(id) ?? user;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("userId", id);
            writer.WritePropertyName("passkeys");
            JsonSerializer.Serialize(writer, store.Passkeys(id).ToList(), AuthenticatorJsonContext.Default.ListPasskey);
            writer.WriteBoolean("totp", stored.Totp == true);
            writer.WriteBoolean("recoveryCodes", store.HasRecoveryCodes(id));
            writer.WritePropertyName("trustedDevices");
            JsonSerializer.Serialize(writer, store.TrustedDevices(id).ToList(), AuthenticatorJsonContext.Default.ListTrustedDevice);
            writer.WriteStartArray("providers");
            foreach (var provider in stored.OAuth?.Where(p => p.Value && store.FindProviderToken(id, p.Key) is not null).Select(p => p.Key) ?? [])
            {
                writer.WriteStringValue(provider);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return new EmulatorAnswer(200, buffer.ToArray());
    }

    private static string KindName(TestSecretKind kind) => kind switch
    {
        TestSecretKind.Otp => "otp",
        TestSecretKind.MagicLink => "magicLink",
        TestSecretKind.EnchantedLink => "enchantedLink",
        TestSecretKind.EmbeddedLink => "embeddedLink",
        _ => "signUpEmbeddedLink",
    };

    private static List<T> Items<T>(JsonElement root, string key, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        if (!root.TryGetProperty(key, out var list))
        {
            return [];
        }

        if (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.Object))
        {
            throw new ControlRequestException($"{key} must be an array of objects.");
        }

        return list.EnumerateArray().Select(item => item.Deserialize(type)!).ToList();
    }

    private static bool Flag(JsonElement root, string key) =>
        root.TryGetProperty(key, out var value) && (value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw new ControlRequestException($"{key} must be true or false."));
}
