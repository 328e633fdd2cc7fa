namespace Descope.UserManagement;

/// <summary>
/// Every field of a user for <see cref="IDescopeUserClient.UpdateAsync"/>, which <b>overwrites the whole user</b>.
/// </summary>
/// <remarks>
/// Any field left <see langword="null"/> here is <b>removed</b> from the user by the server, including roles,
/// tenants and custom attributes. To change some fields and keep the rest, use
/// <see cref="IDescopeUserClient.PatchAsync"/> with a <see cref="UserPatch"/>.
/// </remarks>
public sealed record UserUpdate : UserDetails;
