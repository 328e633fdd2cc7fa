using System;
using Descope.UserManagement.Operations;

namespace Descope.UserManagement.Http;

/// <summary>What <see cref="PermitStrategy"/> needs to know of the call an attempt belongs to.</summary>
/// <param name="Operation">The operation, whose bucket picks the limiter.</param>
/// <param name="Deadline">When the call's total timeout runs out; <see cref="DateTimeOffset.MaxValue"/> when it has none.</param>
internal readonly record struct PermitCall(DescopeOperation Operation, DateTimeOffset Deadline);
