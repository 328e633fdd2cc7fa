using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Descope.UserManagement.Internal;
using Descope.UserManagement.Operations;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement;

// Finding users.
public partial class DescopeUserClient
{
    /// <summary>Descope's page size when a search sets none.</summary>
    private const int DefaultPageSize = 100;

    /// <inheritdoc />
    public virtual Task<UserPage> SearchAsync(UserSearch query, CancellationToken cancellationToken = default) =>
        SearchPageAsync(DescopeOperations.Search, SearchArgument.Check(query, nameof(query)), testUsersOnly: false, cancellationToken);

    /// <inheritdoc />
    public virtual Task<UserPage> SearchTestUsersAsync(UserSearch query, CancellationToken cancellationToken = default) =>
        SearchPageAsync(DescopeOperations.SearchTestUsers, SearchArgument.Check(query, nameof(query)), testUsersOnly: true, cancellationToken);

    /// <inheritdoc />
    public virtual IAsyncEnumerable<User> SearchAllAsync(UserSearch query, CancellationToken cancellationToken = default)
    {
        // Checked now, not at the first MoveNextAsync, so a bad search fails where it is made.
        var checkedQuery = SearchArgument.Check(query, nameof(query));
        return EnumerateAsync(checkedQuery, cancellationToken);
    }

    /// <inheritdoc />
    public virtual async Task<IReadOnlyList<User>> LoadUsersAsync(IEnumerable<string> userIds, bool includeInvalidUsers = false, CancellationToken cancellationToken = default)
    {
        var body = new LoadUsersRequest { UserIds = SearchArgument.UserIds(userIds, nameof(userIds)), IncludeInvalidUsers = includeInvalidUsers ? true : null };
        var answer = await _sender.SendAsync(DescopeOperations.LoadUsers, body, cancellationToken).ConfigureAwait(false);
        return answer.Users ?? [];
    }

    private async Task<UserPage> SearchPageAsync(DescopeOperation<SearchRequest, UsersResponse> row, UserSearch query, bool testUsersOnly, CancellationToken cancellationToken)
    {
        var answer = await _sender.SendAsync(row, new SearchRequest(query, page: null, testUsersOnly), cancellationToken).ConfigureAwait(false);
        var users = answer.Users ?? [];
        var page = query.Page ?? 0;
        var limit = query.Limit is > 0 ? query.Limit.Value : DefaultPageSize;
        return new UserPage { Users = users, Total = answer.Total ?? (page * limit) + users.Count, Page = page, Limit = limit };
    }

    // Page after page until a short or empty page, or until the first page's total was yielded. A user a concurrent
    // change pushed from one page onto the next is not yielded twice, and a server that ignores the page number ends
    // the walk instead of repeating itself. Each page is one request with the client's retry rules: a 429 or 503 waits
    // and asks for the same page again.
    private async IAsyncEnumerable<User> EnumerateAsync(UserSearch query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var limit = query.Limit is > 0 ? query.Limit.Value : DefaultPageSize;
        var sized = query with { Limit = limit };
        var page = query.Page ?? 0;
        long yielded = 0;
        int? total = null;
        var previousPage = new HashSet<string>(System.StringComparer.Ordinal);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var answer = await _sender.SendAsync(DescopeOperations.Search, new SearchRequest(sized, page, testUsersOnly: false), cancellationToken).ConfigureAwait(false);
            var users = answer.Users ?? [];
            total ??= answer.Total;
            var thisPage = new HashSet<string>(System.StringComparer.Ordinal);
            var fresh = 0;
            foreach (var user in users)
            {
                if (user.UserId is { } id && (previousPage.Contains(id) || !thisPage.Add(id)))
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                fresh++;
                yielded++;
                yield return user;
            }

            if (users.Count < limit || fresh == 0 || (total is { } all && yielded >= all) || page == int.MaxValue)
            {
                yield break;
            }

            previousPage = thisPage;
            page++;
        }
    }
}
