using Descope.UserManagement.Operations;
using Descope.UserManagement.Testing.Hosting;

namespace Descope.UserManagement.Tests.Emulator;

/// <summary>
/// The alias table applies by path, so an operation that is not served yet gets its aliases the day its route is
/// mapped, and paths whose documented keys are the "aliases" keep them (docs/wire-contract.md §6).
/// </summary>
public sealed class AliasTableTests
{
    [Theory]
    [InlineData("/v1/mgmt/tests/generate/magiclink")]
    [InlineData("/v1/mgmt/tests/generate/enchantedlink")]
    public void RedirectUrl_reaches_a_test_link_generator_as_URI_once_it_is_served(string path)
    {
        var read = Serve(path, """{"loginId":"alice","deliveryMethod":"email","redirectUrl":"https://app.example.com/verify"}""", "loginId", "deliveryMethod", "URI");

        read.Values["URI"].Should().Be("https://app.example.com/verify");
        read.UnusedKeys.Should().BeEmpty();
    }

    [Fact]
    public void URI_wins_over_redirectUrl_when_both_are_sent()
    {
        var read = Serve("/v1/mgmt/tests/generate/magiclink", """{"loginId":"alice","URI":"https://documented","redirectUrl":"https://alias"}""", "loginId", "URI");

        read.Values["URI"].Should().Be("https://documented");
        read.UnusedKeys.Should().Equal("redirectUrl");
    }

    [Theory]
    [InlineData("/v1/mgmt/user/trusteddevices/remove", """{"identifier":"alice","deviceIds":["d1"]}""", "identifier")]
    [InlineData("/v1/mgmt/user/trusteddevices/list", """{"identifiers":["alice"]}""", "identifiers[]")]
    public void The_trusted_device_paths_keep_identifier_which_is_their_documented_key(string path, string body, string key)
    {
        var read = Serve(path, body, key, "deviceIds[]", "loginId");

        read.Values[key.TrimEnd('[', ']')].Should().Be("alice");
        read.Values["loginId"].Should().BeNull("identifier is not renamed here");
        read.UnusedKeys.Should().BeEmpty();
    }

    [Fact]
    public void Every_alias_place_is_a_path_or_the_items_of_a_path()
    {
        WireAliases.Body.Concat(WireAliases.Query)
            .SelectMany(pair => pair.Places)
            .Should().OnlyContain(place => place.StartsWith("/v1/mgmt/", StringComparison.Ordinal) || place.StartsWith("/v2/mgmt/", StringComparison.Ordinal));
        WireAliases.Body.Should().OnlyContain(pair => !pair.Places.Any(place => place.Contains("trusteddevices", StringComparison.Ordinal)));
    }

    // Maps a route at `path` that reads `keys` (strings; "name[]" a list of strings) and sends it `body`.
    private static (Dictionary<string, string?> Values, IReadOnlyList<string> UnusedKeys) Serve(string path, string body, params string[] keys)
    {
        var values = new Dictionary<string, string?>();
        var routes = new EmulatorRoutes();
        routes.Map(new DescopeOperation("NotYetServed", HttpMethod.Post, path, RetryClass.Repeatable), (row, _, json) =>
        {
            var reader = WireReader.Parse(row.Name, json);
            foreach (var key in keys)
            {
                values[key.TrimEnd('[', ']')] = key.EndsWith("[]", StringComparison.Ordinal)
                    ? reader.Strings(key[..^2]) is { } list ? string.Join(",", list) : null
                    : reader.String(key);
            }

            return EmulatorAnswer.Empty();
        });

        var answer = routes.Handle("POST", path, "", body);
        answer.StatusCode.Should().Be(200);
        return (values, answer.UnusedKeys);
    }
}
