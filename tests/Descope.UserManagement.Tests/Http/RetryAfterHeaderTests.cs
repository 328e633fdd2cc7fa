using System.Net;
using System.Net.Http.Headers;
using Descope.UserManagement.Http;

namespace Descope.UserManagement.Tests.Http;

public sealed class RetryAfterHeaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_date_without_a_server_Date_header_is_measured_from_now()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(45));

        RetryAfterHeader.Read(response, Now).Should().Be(TimeSpan.FromSeconds(45));
    }

    [Fact]
    public void A_date_in_the_past_means_no_wait()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.Date = Now;
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(-30));

        RetryAfterHeader.Read(response, Now).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void No_header_means_unknown()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        RetryAfterHeader.Read(response, Now).Should().BeNull();
    }
}
