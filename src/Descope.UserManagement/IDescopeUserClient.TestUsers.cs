using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Descope.UserManagement;

// Test users and embedded links.
public partial interface IDescopeUserClient
{
    /// <summary>
    /// Generates a one-time code for a test user (<c>POST /v1/mgmt/tests/generate/otp</c>), for end-to-end tests that
    /// sign in without a mailbox or phone. Nothing is delivered; the code comes back. Not sent again once the request
    /// may have reached Descope: each call mints a new code and may void the last.
    /// </summary>
    /// <param name="deliveryMethod">The delivery method the code is for.</param>
    /// <param name="loginId">The test user's login ID or user ID. Descope refuses users that are not test users.</param>
    /// <param name="loginOptions">Options for the session the code signs into; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The code (a secret: its <c>ToString()</c> hides it).</returns>
    Task<TestUserOtp> GenerateOtpForTestUserAsync(DeliveryMethod deliveryMethod, string loginId, LoginOptions? loginOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Generates a magic link for a test user (<c>POST /v1/mgmt/tests/generate/magiclink</c>); its query parameter
    /// <c>t</c> is the token to verify. Not sent again once the request may have reached Descope.
    /// </summary>
    /// <param name="deliveryMethod">The delivery method the link is for.</param>
    /// <param name="loginId">The test user's login ID or user ID. Descope refuses users that are not test users.</param>
    /// <param name="redirectUrl">Where the link leads, in place of the project's setting (sent as <c>URI</c>); <see langword="null"/> for the project's.</param>
    /// <param name="loginOptions">Options for the session the link signs into; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The link (a secret: its <c>ToString()</c> hides it).</returns>
    Task<TestUserMagicLink> GenerateMagicLinkForTestUserAsync(
        DeliveryMethod deliveryMethod, string loginId, string? redirectUrl = null, LoginOptions? loginOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Generates an enchanted link for a test user (<c>POST /v1/mgmt/tests/generate/enchantedlink</c>), with the
    /// pending reference that polls for the session it opens. Not sent again once the request may have reached Descope.
    /// </summary>
    /// <param name="loginId">The test user's login ID or user ID. Descope refuses users that are not test users.</param>
    /// <param name="redirectUrl">Where the link leads, in place of the project's setting (sent as <c>URI</c>); <see langword="null"/> for the project's.</param>
    /// <param name="loginOptions">Options for the session the link signs into; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The link and pending reference (secrets: its <c>ToString()</c> hides them).</returns>
    Task<TestUserEnchantedLink> GenerateEnchantedLinkForTestUserAsync(
        string loginId, string? redirectUrl = null, LoginOptions? loginOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Generates a sign-in token for an existing user (<c>POST /v1/mgmt/user/signin/embeddedlink</c>), to verify with
    /// Descope's magic-link verify endpoint or inside a flow. Embedded links must be enabled in the project.
    /// </summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="customClaims">Claims added to the session token; <see langword="null"/> for none.</param>
    /// <param name="timeout">How long the token stays valid (whole seconds, rounded up); <see langword="null"/> for Descope's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token (a secret: its <c>ToString()</c> hides it).</returns>
    Task<EmbeddedLinkToken> GenerateEmbeddedLinkAsync(
        string loginId, IReadOnlyDictionary<string, object?>? customClaims = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Generates a sign-up (or sign-in) token (<c>POST /v1/mgmt/user/signup/embeddedlink</c>): verifying it creates the
    /// user with the given details when the login ID is new, and signs the user in.
    /// </summary>
    /// <param name="loginId">The login ID to sign up or in.</param>
    /// <param name="options">The new user's details and the token's settings; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token (a secret: its <c>ToString()</c> hides it).</returns>
    Task<EmbeddedLinkToken> GenerateSignUpEmbeddedLinkAsync(string loginId, EmbeddedSignUpOptions? options = null, CancellationToken cancellationToken = default);
}
