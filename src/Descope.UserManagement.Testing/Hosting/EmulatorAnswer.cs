namespace Descope.UserManagement.Testing.Hosting;

/// <summary>What the emulator sends back for one request: a status code and a body (JSON unless said otherwise).</summary>
internal sealed record EmulatorAnswer(int StatusCode, byte[] Body, string ContentType = "application/json");
