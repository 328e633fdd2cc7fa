namespace Descope.UserManagement.Serialization;

/// <summary>A success body the client can check for completeness before handing it on.</summary>
internal interface IWireAnswer
{
    /// <summary>Why the body cannot be used, or <see langword="null"/> when it can.</summary>
    string? Problem { get; }
}
