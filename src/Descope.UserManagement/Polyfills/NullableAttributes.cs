#if NETSTANDARD2_0
namespace System.Diagnostics.CodeAnalysis;

/// <summary>netstandard2.0 stand-in: the parameter is not null when the method returns <see cref="ReturnValue"/>.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class NotNullWhenAttribute : Attribute
{
    public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

    public bool ReturnValue { get; }
}

/// <summary>netstandard2.0 stand-in: the argument is not null when the method returns normally.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class NotNullAttribute : Attribute
{
}
#endif
