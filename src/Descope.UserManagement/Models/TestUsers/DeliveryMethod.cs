namespace Descope.UserManagement;

/// <summary>
/// How Descope would deliver a test user's code or link (<c>deliveryMethod</c>). Nothing is delivered for a test
/// user: the code or link comes back in the answer. On the wire: <c>email</c>, <c>sms</c>, <c>voice</c>,
/// <c>whatsapp</c>, and <c>Embedded</c> with a capital E (docs/wire-contract.md §3.40).
/// </summary>
public enum DeliveryMethod
{
    /// <summary>By email (<c>email</c>).</summary>
    Email = 0,

    /// <summary>By text message (<c>sms</c>).</summary>
    Sms = 1,

    /// <summary>By voice call (<c>voice</c>).</summary>
    Voice = 2,

    /// <summary>By WhatsApp (<c>whatsapp</c>).</summary>
    WhatsApp = 3,

    /// <summary>Embedded in the caller's own page or flow (<c>Embedded</c>, capital E).</summary>
    Embedded = 4,
}
