namespace Descope.UserManagement;

/// <summary>The fields Descope sorts search results by.</summary>
public static class UserSortFields
{
    /// <summary>The user ID.</summary>
    public const string Id = "id";

    /// <summary>The display name.</summary>
    public const string DisplayName = "displayName";

    /// <summary>The email.</summary>
    public const string Email = "email";

    /// <summary>The phone number.</summary>
    public const string PhoneNumber = "phoneNumber";

    /// <summary>The status.</summary>
    public const string Status = "status";

    /// <summary>When the user was created.</summary>
    public const string CreatedTime = "createdTime";

    /// <summary>When the user last changed.</summary>
    public const string ModifiedTime = "modifiedTime";

    /// <summary>The first external ID.</summary>
    public const string ExternalId = "externalId";

    /// <summary>The first tenant.</summary>
    public const string Tenant = "tenant";
}
