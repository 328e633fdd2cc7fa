namespace Descope.UserManagement;

/// <summary>One value a select attribute offers (an <c>options</c> item: <c>{value, label}</c>).</summary>
/// <param name="Value">The value stored on the user (<c>value</c>).</param>
/// <param name="Label">The text shown for it (<c>label</c>).</param>
public sealed record CustomAttributeOption(string Value, string Label);
