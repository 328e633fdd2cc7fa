using System;
using System.Threading;
using System.Threading.Tasks;
using Descope.UserManagement.Internal;
using Descope.UserManagement.Operations;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement;

// Profile and contact.
public partial class DescopeUserClient
{
    /// <inheritdoc />
    public virtual Task<User> UpdateAsync(string loginId, UserUpdate user, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.NotNull(user, nameof(user));
        user = Argument.Details(user, nameof(user));
        return _sender.SendForUserAsync(DescopeOperations.Update, new UserDetailsRequest(loginId, user, status: null), cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<User> PatchAsync(string loginId, UserPatch patch, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.NotNull(patch, nameof(patch));
        patch = Argument.Details(patch, nameof(patch));
        if (patch.Status is { } status)
        {
            Argument.SettableStatus(status, nameof(patch));
        }

        return _sender.SendForUserAsync(DescopeOperations.PatchUser, new UserDetailsRequest(loginId, patch, patch.Status), cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<User> UpdateEmailAsync(string loginId, string? email, bool verified = false, bool failOnConflict = false, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        var body = new UpdateEmailRequest { LoginId = loginId, Email = email ?? "", Verified = verified, FailOnConflict = failOnConflict };
        return _sender.SendForUserAsync(DescopeOperations.UpdateEmail, body, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<User> UpdatePhoneAsync(string loginId, string? phone, bool verified = false, bool failOnConflict = false, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        var body = new UpdatePhoneRequest { LoginId = loginId, Phone = phone ?? "", Verified = verified, FailOnConflict = failOnConflict };
        return _sender.SendForUserAsync(DescopeOperations.UpdatePhone, body, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<User> UpdateDisplayNameAsync(string loginId, DisplayName name, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.NotNull(name, nameof(name));
        var body = new UpdateDisplayNameRequest
        {
            LoginId = loginId, Name = name.Name, GivenName = name.GivenName, MiddleName = name.MiddleName, FamilyName = name.FamilyName,
        };
        return _sender.SendForUserAsync(DescopeOperations.UpdateDisplayName, body, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<User> UpdatePictureAsync(string loginId, string? picture, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        return _sender.SendForUserAsync(DescopeOperations.UpdatePicture, new UpdatePictureRequest { LoginId = loginId, Picture = picture ?? "" }, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<User> UpdateCustomAttributeAsync(string loginId, string attributeKey, object? value, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.NotNullOrWhiteSpace(attributeKey, nameof(attributeKey));
        if (!CustomAttributeValues.TryNormalize(value, out var normalized))
        {
            throw new ArgumentException(
                "The value cannot be sent: it must be null, a string, a bool, a finite number, a JsonElement or a list of those.", nameof(value));
        }

        var body = new UpdateCustomAttributeRequest { LoginId = loginId, AttributeKey = attributeKey, AttributeValue = normalized };
        return _sender.SendForUserAsync(DescopeOperations.UpdateCustomAttribute, body, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<User> UpdateRecoveryEmailAsync(string loginId, string? email, bool verified = false, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        var body = new UpdateRecoveryEmailRequest { LoginId = loginId, RecoveryEmail = email ?? "", Verified = verified };
        return _sender.SendForUserAsync(DescopeOperations.UpdateRecoveryEmail, body, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<User> UpdateRecoveryPhoneAsync(string loginId, string? phone, bool verified = false, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        var body = new UpdateRecoveryPhoneRequest { LoginId = loginId, RecoveryPhone = phone ?? "", Verified = verified };
        return _sender.SendForUserAsync(DescopeOperations.UpdateRecoveryPhone, body, cancellationToken);
    }
}
