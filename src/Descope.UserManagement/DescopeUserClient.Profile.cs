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
}
