using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Descope.UserManagement.Internal;
using Descope.UserManagement.Operations;

namespace Descope.UserManagement;

// Test users and embedded links.
public partial class DescopeUserClient
{
    /// <inheritdoc />
    public virtual async Task<TestUserOtp> GenerateOtpForTestUserAsync(
        DeliveryMethod deliveryMethod, string loginId, LoginOptions? loginOptions = null, CancellationToken cancellationToken = default)
    {
        TestUserArgument.Delivery(deliveryMethod, nameof(deliveryMethod));
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        var body = new GenerateOtpRequest
        {
            LoginId = loginId, DeliveryMethod = deliveryMethod, LoginOptions = TestUserArgument.LoginOptions(loginOptions, nameof(loginOptions)),
        };
        var answer = await _sender.SendAsync(DescopeOperations.GenerateOtpForTestUser, body, cancellationToken).ConfigureAwait(false);
        return new TestUserOtp { LoginId = answer.LoginId ?? loginId, Code = answer.Code! };
    }

    /// <inheritdoc />
    public virtual async Task<TestUserMagicLink> GenerateMagicLinkForTestUserAsync(
        DeliveryMethod deliveryMethod, string loginId, string? redirectUrl = null, LoginOptions? loginOptions = null, CancellationToken cancellationToken = default)
    {
        TestUserArgument.Delivery(deliveryMethod, nameof(deliveryMethod));
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.NullOrNotWhiteSpace(redirectUrl, nameof(redirectUrl));
        var body = new GenerateMagicLinkRequest
        {
            LoginId = loginId, DeliveryMethod = deliveryMethod, RedirectUrl = redirectUrl,
            LoginOptions = TestUserArgument.LoginOptions(loginOptions, nameof(loginOptions)),
        };
        var answer = await _sender.SendAsync(DescopeOperations.GenerateMagicLinkForTestUser, body, cancellationToken).ConfigureAwait(false);
        return new TestUserMagicLink { LoginId = answer.LoginId ?? loginId, Link = answer.Link! };
    }

    /// <inheritdoc />
    public virtual async Task<TestUserEnchantedLink> GenerateEnchantedLinkForTestUserAsync(
        string loginId, string? redirectUrl = null, LoginOptions? loginOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.NullOrNotWhiteSpace(redirectUrl, nameof(redirectUrl));
        var body = new GenerateEnchantedLinkRequest
        {
            LoginId = loginId, RedirectUrl = redirectUrl, LoginOptions = TestUserArgument.LoginOptions(loginOptions, nameof(loginOptions)),
        };
        var answer = await _sender.SendAsync(DescopeOperations.GenerateEnchantedLinkForTestUser, body, cancellationToken).ConfigureAwait(false);
        return new TestUserEnchantedLink { LoginId = answer.LoginId ?? loginId, Link = answer.Link!, PendingRef = answer.PendingRef! };
    }

    /// <inheritdoc />
    public virtual async Task<EmbeddedLinkToken> GenerateEmbeddedLinkAsync(
        string loginId, IReadOnlyDictionary<string, object?>? customClaims = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        var body = new EmbeddedLinkRequest
        {
            LoginId = loginId,
            CustomClaims = TestUserArgument.Claims(customClaims, nameof(customClaims), nameof(customClaims)),
            Timeout = TestUserArgument.Timeout(timeout, nameof(timeout)),
        };
        var answer = await _sender.SendAsync(DescopeOperations.GenerateEmbeddedLink, body, cancellationToken).ConfigureAwait(false);
        return new EmbeddedLinkToken { Token = answer.Token!, MaskedEmail = answer.MaskedEmail, MaskedPhone = answer.MaskedPhone };
    }

    /// <inheritdoc />
    public virtual async Task<EmbeddedLinkToken> GenerateSignUpEmbeddedLinkAsync(
        string loginId, EmbeddedSignUpOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        options ??= new EmbeddedSignUpOptions();
        var body = new SignUpEmbeddedLinkRequest
        {
            LoginId = loginId,
            User = options is { Name: null, GivenName: null, MiddleName: null, FamilyName: null, Email: null, Phone: null } ? null : new SignUpUserBody
            {
                Name = options.Name, GivenName = options.GivenName, MiddleName = options.MiddleName, FamilyName = options.FamilyName,
                Email = options.Email, Phone = options.Phone,
            },
            EmailVerified = options.EmailVerified,
            PhoneVerified = options.PhoneVerified,
            LoginOptions = TestUserArgument.LoginOptions(options.LoginOptions, nameof(options)),
            Timeout = TestUserArgument.Timeout(options.Timeout, nameof(options)),
        };
        var answer = await _sender.SendAsync(DescopeOperations.GenerateSignUpEmbeddedLink, body, cancellationToken).ConfigureAwait(false);
        return new EmbeddedLinkToken { Token = answer.Token!, MaskedEmail = answer.MaskedEmail, MaskedPhone = answer.MaskedPhone };
    }
}
