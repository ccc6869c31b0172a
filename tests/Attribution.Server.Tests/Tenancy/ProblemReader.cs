using System.Net.Http.Json;
using System.Text.Json;

namespace Attribution.Server.Tests.Tenancy;

/// <summary>Reads the parts of responses the auth tests assert on.</summary>
internal static class ProblemReader
{
    public static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString() ?? "";

    /// <summary>The tenant the whoami route ran in (<c>app_tenant_id()</c> inside the request's transaction).</summary>
    public static async Task<Guid> CurrentTenantAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("current").GetGuid();
}
