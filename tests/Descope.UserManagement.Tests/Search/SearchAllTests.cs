using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Search;

/// <summary>SearchAllAsync pages through the emulator: every user once, in order, through rate limits and outages.</summary>
public sealed class SearchAllTests : IAsyncLifetime
{
    private const int UserCount = 1050;
    private const string SearchPath = "/v2/mgmt/user/search";
    private DescopeEmulator _emulator = null!;
    private DescopeUserClient _client = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TestClients.StartEmulatorAsync();
        for (var i = 0; i < UserCount; i++)
        {
            _emulator.Store.Seed($"user{i:D4}@example.com", email: $"user{i:D4}@example.com");
        }

        var options = TestClients.Options(_emulator);
        options.Retry = new DescopeRetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2), UseJitter = false };
        _client = new DescopeUserClient(options);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Every_user_comes_once_in_creation_order_in_pages_of_the_limit()
    {
        var users = await _client.SearchAllAsync(new UserSearch { Limit = 100 }).ToListAsync();

        users.Select(u => u.Email).Should().Equal(Enumerable.Range(0, UserCount).Select(i => $"user{i:D4}@example.com"));
        var searches = SearchRequests();
        searches.Should().HaveCount(11, "ten full pages and a short last one");
        searches.Select(r => r.Body).Should().Equal(Enumerable.Range(0, 11).Select(page => $$"""{"limit":100,"page":{{page}}}"""));
    }

    [Theory]
    [InlineData(429, 4)]
    [InlineData(503, 7)]
    public async Task A_refused_page_is_asked_for_again_and_no_user_is_lost_or_repeated(int status, int failingPage)
    {
        var users = new List<User>();
        await foreach (var user in _client.SearchAllAsync(new UserSearch { Limit = 100 }))
        {
            users.Add(user);
            if (users.Count == (failingPage - 1) * 100)
            {
                // The next request is the failing page's first attempt.
                _emulator.Faults.Inject(EmulatorFault.Status(status) with { Path = SearchPath });
            }
        }

        users.Select(u => u.UserId).Should().OnlyHaveUniqueItems().And.HaveCount(UserCount);
        users.Select(u => u.Email).Should().Equal(Enumerable.Range(0, UserCount).Select(i => $"user{i:D4}@example.com"));
        var pages = SearchRequests().Select(r => r.Body).ToList();
        pages.Should().HaveCount(12, "eleven pages and one repeat");
        pages[failingPage - 1].Should().Be(pages[failingPage], "the refused page is the one asked for again");
        pages[failingPage].Should().Be($$"""{"limit":100,"page":{{failingPage - 1}}}""");
    }

    [Fact]
    public async Task Cancelling_after_250_users_stops_the_walk_within_the_third_page()
    {
        using var cancellation = new CancellationTokenSource();
        var seen = 0;
        var act = async () =>
        {
            await foreach (var _ in _client.SearchAllAsync(new UserSearch { Limit = 100 }).WithCancellation(cancellation.Token))
            {
                if (++seen == 250)
                {
                    await cancellation.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().Be(250);
        SearchRequests().Should().HaveCount(3, "no page is requested after the cancellation");
    }

    [Fact]
    public async Task The_token_passed_to_the_method_cancels_between_pages_too()
    {
        using var cancellation = new CancellationTokenSource();
        var seen = 0;
        var act = async () =>
        {
            await foreach (var _ in _client.SearchAllAsync(new UserSearch { Limit = 500 }, cancellation.Token))
            {
                if (++seen == 500)
                {
                    await cancellation.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().Be(500);
        SearchRequests().Should().HaveCount(1);
    }

    [Fact]
    public async Task The_walk_starts_at_the_querys_page_and_honours_its_filters()
    {
        var users = await _client.SearchAllAsync(new UserSearch { Limit = 300, Page = 2, Text = "user1" }).ToListAsync();

        // "user1" matches user1000..user1049 and user0100..user0199 and the like; the walk starts at its third page.
        var all = Enumerable.Range(0, UserCount).Select(i => $"user{i:D4}@example.com").Where(e => e.Contains("user1", StringComparison.Ordinal)).ToList();
        users.Select(u => u.Email).Should().Equal(all.Skip(600));
    }

    [Fact]
    public async Task A_server_that_ignores_the_page_number_ends_the_walk_instead_of_repeating_it()
    {
        _emulator.Faults.InjectAlways(EmulatorFault.Respond(200, FullPageOfTwo) with { Path = SearchPath });

        var users = await _client.SearchAllAsync(new UserSearch { Limit = 2 }).ToListAsync();

        users.Select(u => u.UserId).Should().Equal("U1", "U2");
        SearchRequests().Should().HaveCount(2, "the second page repeated the first, so the walk ended");
    }

    [Fact]
    public async Task The_walk_stops_once_the_total_was_yielded_even_when_pages_stay_full()
    {
        _emulator.Faults.Inject(EmulatorFault.Respond(200, """{"users":[{"userId":"U1"},{"userId":"U2"}],"total":3}""") with { Path = SearchPath });
        _emulator.Faults.Inject(EmulatorFault.Respond(200, """{"users":[{"userId":"U3"},{"userId":"U4"}],"total":3}""") with { Path = SearchPath });

        var users = await _client.SearchAllAsync(new UserSearch { Limit = 2 }).ToListAsync();

        users.Select(u => u.UserId).Should().Equal("U1", "U2", "U3", "U4");
        SearchRequests().Should().HaveCount(2);
    }

    [Fact]
    public async Task An_invalid_search_throws_when_the_walk_is_made_not_when_it_is_enumerated()
    {
        var act = () => _client.SearchAllAsync(new UserSearch { Limit = -1 });

        act.Should().Throw<ArgumentException>().WithParameterName("query");
        await Task.CompletedTask;
        SearchRequests().Should().BeEmpty();
    }

    private const string FullPageOfTwo = """{"users":[{"userId":"U1"},{"userId":"U2"}],"total":1000}""";

    private List<RecordedRequest> SearchRequests() => _emulator.ManagementRequests().Where(r => r.Path == SearchPath).ToList();
}
