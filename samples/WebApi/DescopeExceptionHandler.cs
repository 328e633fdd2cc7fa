using System.Globalization;
using Descope.UserManagement;
using Microsoft.AspNetCore.Diagnostics;

namespace WebApi;

/// <summary>
/// Turns the SDK's exceptions into HTTP answers for the admin tool: a missing user is 404, Descope's rate limit is
/// 429 with its Retry-After, a bad argument is 400, any other Descope failure is 502.
/// </summary>
internal sealed class DescopeExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            DescopeNotFoundException => (StatusCodes.Status404NotFound, "No such user"),
            DescopeRateLimitException => (StatusCodes.Status429TooManyRequests, "Descope rate limit reached; try again later"),
            ArgumentException => (StatusCodes.Status400BadRequest, "Invalid request"),
            DescopeOutcomeUnknownException => (StatusCodes.Status502BadGateway, "Descope may have applied the change; load the user before trying again"),
            DescopeApiException { ErrorCode: "E062107" } => (StatusCodes.Status409Conflict, "The user already exists"),
            DescopeApiException => (StatusCodes.Status502BadGateway, "Descope refused the change"),
            TimeoutException or HttpRequestException => (StatusCodes.Status504GatewayTimeout, "Descope did not answer"),
            _ => (0, ""),
        };
        if (status == 0)
        {
            return false;
        }

        if (exception is DescopeRateLimitException { RetryAfter: { } wait })
        {
            httpContext.Response.Headers.RetryAfter = ((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Title = title,
                Detail = exception is DescopeApiException descope ? descope.ErrorCode ?? descope.Message : exception.Message,
            },
        });
    }
}
