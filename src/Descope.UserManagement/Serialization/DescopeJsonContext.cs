using System.Text.Json.Serialization;

namespace Descope.UserManagement.Serialization;

/// <summary>
/// The answers and shared request bodies the SDK reads or writes, generated at compile time (bodies that belong to one
/// area sit in that area's context beside its rows): no reflection, trim- and AOT-safe.
/// Null properties are left out when writing, so an unset field never reaches the server as <c>null</c>.
/// Users in answers are read by <see cref="UserJsonConverter"/>, attached to the answer types' properties rather than
/// to <see cref="User"/> itself (a caller serializing users with options of its own keeps those options) or to this
/// context's options (which would turn off the generated fast path for every request body).
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UserDetailsRequest))]
[JsonSerializable(typeof(BatchPatchRequest))]
[JsonSerializable(typeof(EmptyResponse))]
[JsonSerializable(typeof(UserResponse))]
[JsonSerializable(typeof(BatchPatchResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(LicenseResponse))]
[JsonSerializable(typeof(User))]
internal sealed partial class DescopeJsonContext : JsonSerializerContext
{
}
