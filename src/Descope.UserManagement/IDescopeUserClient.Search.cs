using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Descope.UserManagement;

// Finding users.
public partial interface IDescopeUserClient
{
    /// <summary>
    /// One page of the users that match <paramref name="query"/> (<c>POST /v2/mgmt/user/search</c>), with the number
    /// that match in all. Test users are left out unless the query asks for them. Descope's index follows writes with
    /// a short delay, so a user created a moment ago may not be found yet.
    /// </summary>
    /// <param name="query">The filters, sort, page size and page; <c>new UserSearch()</c> lists every user.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, its number and size, and the total number of matches.</returns>
    Task<UserPage> SearchAsync(UserSearch query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every user that matches <paramref name="query"/>, requesting page after page of <see cref="UserSearch.Limit"/>
    /// users (100 when not set) from <see cref="UserSearch.Page"/> on, until a short or empty page or until the total
    /// the first page reported has been returned. Each page is one request under the client's retry rules, so a
    /// rate limit in the middle waits and asks for the same page again. The query is checked when this is called.
    /// </summary>
    /// <param name="query">The filters, sort, page size and first page.</param>
    /// <param name="cancellationToken">Cancels the walk, between pages and within one; <c>WithCancellation</c> works too.</param>
    /// <returns>The users, each once, in the order Descope returns them.</returns>
    IAsyncEnumerable<User> SearchAllAsync(UserSearch query, CancellationToken cancellationToken = default);

    /// <summary>One page of test users that match <paramref name="query"/> (<c>POST /v2/mgmt/user/search/test</c>).</summary>
    /// <param name="query">The filters, sort, page size and page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, its number and size, and the total number of matching test users.</returns>
    Task<UserPage> SearchTestUsersAsync(UserSearch query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The users with these Descope user IDs (<c>POST /v1/mgmt/users/load</c>); IDs that match no user are left out
    /// of the answer, not reported as errors.
    /// </summary>
    /// <param name="userIds">One or more user IDs (not login IDs).</param>
    /// <param name="includeInvalidUsers">Also return users that are not valid now, such as disabled or expired ones.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The users found.</returns>
    Task<IReadOnlyList<User>> LoadUsersAsync(IEnumerable<string> userIds, bool includeInvalidUsers = false, CancellationToken cancellationToken = default);
}
