using System.Threading;
using System.Threading.Tasks;

namespace Descope.UserManagement;

// Profile and contact: the user's own fields.
public partial interface IDescopeUserClient
{
    /// <summary>
    /// Overwrites the whole user with <paramref name="user"/> (<c>POST /v1/mgmt/user/update</c>).
    /// <b>Every field not set in <paramref name="user"/> is removed</b>, including roles, tenants and custom
    /// attributes. To change only some fields, use <see cref="PatchAsync"/>.
    /// </summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="user">The user's complete new state.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user as stored after the update.</returns>
    Task<User> UpdateAsync(string loginId, UserUpdate user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes only the fields set in <paramref name="patch"/> and keeps the rest (<c>PATCH /v1/mgmt/user/patch</c>).
    /// </summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="patch">The fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The patched user.</returns>
    Task<User> PatchAsync(string loginId, UserPatch patch, CancellationToken cancellationToken = default);

    /// <summary>Sets or removes the user's email (<c>POST /v1/mgmt/user/update/email</c>).</summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="email">The new email; <see langword="null"/> or empty removes it (sent as an empty string).</param>
    /// <param name="verified">Whether the email is verified; only a verified email can be used to log in.</param>
    /// <param name="failOnConflict">Fail if the email is already another user's login ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> UpdateEmailAsync(string loginId, string? email, bool verified = false, bool failOnConflict = false, CancellationToken cancellationToken = default);

    /// <summary>Sets or removes the user's phone (<c>POST /v1/mgmt/user/update/phone</c>).</summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="phone">The new phone in E.164 form; <see langword="null"/> or empty removes it (sent as an empty string).</param>
    /// <param name="verified">Whether the phone is verified; only a verified phone can be used to log in.</param>
    /// <param name="failOnConflict">Fail if the phone is already another user's login ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> UpdatePhoneAsync(string loginId, string? phone, bool verified = false, bool failOnConflict = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes the parts of the user's name that are set in <paramref name="name"/>
    /// (<c>POST /v1/mgmt/user/update/name</c>); an empty string removes that part.
    /// </summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="name">The name parts to write.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> UpdateDisplayNameAsync(string loginId, DisplayName name, CancellationToken cancellationToken = default);

    /// <summary>Sets or removes the user's picture (<c>POST /v1/mgmt/user/update/picture</c>).</summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="picture">The picture's URL; <see langword="null"/> or empty removes it (sent as an empty string).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> UpdatePictureAsync(string loginId, string? picture, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets one custom attribute of the user (<c>POST /v1/mgmt/user/update/customAttribute</c>); the others stay as
    /// they are.
    /// </summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="attributeKey">The attribute's key, already defined in the Descope project.</param>
    /// <param name="value">
    /// The value, matching the attribute's declared type: a string, a number, a boolean, a list of those, a
    /// <see cref="System.Text.Json.JsonElement"/>, or <see langword="null"/> (the attribute's value becomes JSON null).
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> UpdateCustomAttributeAsync(string loginId, string attributeKey, object? value, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the user's recovery email (<c>POST /v1/mgmt/user/update/recovery/email</c>), used to regain access; the
    /// returned <see cref="User"/> has no recovery fields.
    /// </summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="email">The recovery email; <see langword="null"/> or <c>""</c> sends an empty one, to remove it.</param>
    /// <param name="verified">Whether the address is verified (<c>verified</c>, always sent).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user.</returns>
    Task<User> UpdateRecoveryEmailAsync(string loginId, string? email, bool verified = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the user's recovery phone (<c>POST /v1/mgmt/user/update/recovery/phone</c>), used to regain access; the
    /// returned <see cref="User"/> has no recovery fields.
    /// </summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="phone">The recovery phone in E.164 form; <see langword="null"/> or <c>""</c> sends an empty one, to remove it.</param>
    /// <param name="verified">Whether the number is verified (<c>verified</c>, always sent).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user.</returns>
    Task<User> UpdateRecoveryPhoneAsync(string loginId, string? phone, bool verified = false, CancellationToken cancellationToken = default);
}
