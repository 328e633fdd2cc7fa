using System.Collections.Generic;
using System.Text.Json.Serialization;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Operations;

// Finding users: search, search test users, load many (docs/wire-contract.md §3.20–§3.22). Reads, so repeatable.
internal static partial class DescopeOperations
{
    public static readonly DescopeOperation<SearchRequest, UsersResponse> Search =
        Row("Search", Post, "/v2/mgmt/user/search", SearchJsonContext.Default.SearchRequest, SearchJsonContext.Default.UsersResponse);

    public static readonly DescopeOperation<SearchRequest, UsersResponse> SearchTestUsers =
        Row("SearchTestUsers", Post, "/v2/mgmt/user/search/test", SearchJsonContext.Default.SearchRequest, SearchJsonContext.Default.UsersResponse);

    public static readonly DescopeOperation<LoadUsersRequest, UsersResponse> LoadUsers =
        Row("LoadUsers", Post, "/v1/mgmt/users/load", SearchJsonContext.Default.LoadUsersRequest, SearchJsonContext.Default.UsersResponse);
}

/// <summary>Body of search and search test users: the caller's filters, written by <see cref="SearchRequestWriter"/>.</summary>
[JsonConverter(typeof(SearchRequestConverter))]
internal sealed class SearchRequest
{
    public SearchRequest(UserSearch query, int? page, bool testUsersOnly)
    {
        Query = query;
        Page = page;
        TestUsersOnly = testUsersOnly;
    }

    public UserSearch Query { get; }

    /// <summary>The page to ask for, in place of the query's own.</summary>
    public int? Page { get; }

    /// <summary>The test-user search: sends <c>withTestUser</c> and <c>testUsersOnly</c> as Descope's SDKs do.</summary>
    public bool TestUsersOnly { get; }
}

/// <summary>Body of load many.</summary>
internal sealed class LoadUsersRequest
{
    [JsonPropertyName("userIds")] public IReadOnlyList<string> UserIds { get; set; } = [];
    [JsonPropertyName("includeInvalidUsers")] public bool? IncludeInvalidUsers { get; set; }
}

/// <summary>The answer of search and load many: <c>{"users": […], "total": n}</c>.</summary>
internal sealed class UsersResponse : IWireAnswer
{
    /// <summary>The users; <see langword="null"/> when the key was left out, which means none.</summary>
    [JsonPropertyName("users")]
    [JsonConverter(typeof(UserListJsonConverter))]
    public List<User>? Users { get; set; }

    [JsonPropertyName("total")] public int? Total { get; set; }

    public string? Problem => Users is { } users && users.Contains(null!) ? "The response listed a null user." : null;
}

/// <summary>The bodies and answers of this area, generated at compile time; nulls are left out.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SearchRequest))]
[JsonSerializable(typeof(LoadUsersRequest))]
[JsonSerializable(typeof(UsersResponse))]
internal sealed partial class SearchJsonContext : JsonSerializerContext
{
}
