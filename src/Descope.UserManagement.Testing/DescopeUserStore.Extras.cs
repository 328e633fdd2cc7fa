namespace Descope.UserManagement.Testing;

// What the store keeps beside the users themselves goes with them: the codes and links it issued on Clear (they
// outlive a deleted user, so a test can still read what was handed out).
public sealed partial class DescopeUserStore
{
    /// <summary>Forgets what belongs to <paramref name="userId"/>, or everything when it is <see langword="null"/>. Called under the lock.</summary>
    private void ForgetExtras(string? userId)
    {
        if (userId is null)
        {
            _issued.Clear();
        }
    }
}
