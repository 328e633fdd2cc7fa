using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace WebApi;

/// <summary>
/// Reads Descope's key set (<c>GET /v2/keys/&lt;projectId&gt;</c>, a plain JSON Web Key Set rather than an OpenID
/// discovery document) into the configuration the JWT bearer handler takes its signing keys from. The handler's
/// configuration manager caches it, refreshes it twice a day, and early (at most every five minutes) when a token
/// names a key it does not know, so rotated keys are picked up.
/// </summary>
internal sealed class DescopeKeySetRetriever : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var keySet = new JsonWebKeySet(await retriever.GetDocumentAsync(address, cancel));
        var configuration = new OpenIdConnectConfiguration { JsonWebKeySet = keySet };
        foreach (var key in keySet.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }

        return configuration;
    }
}
