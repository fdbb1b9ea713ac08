// Round 2. The try holds a plain await: success or failure, the code after the catch resumes on the worker.
using System;
using System.Net.Http;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.Round2.TryCatchAwait;

[ThreadLocalSlot]
public sealed partial class ProbeSettings
{
    public string Path { get; init; } = "/health";
    public int FailureThreshold { get; init; }
}

public static class Prober
{
    public static async Task<bool> ProbeAsync(HttpClient client, string host)
    {
        bool ok;
        try
        {
            using var response = await client.GetAsync(new Uri("http://" + host));
            ok = response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            ok = false;
        }

        var settings = ProbeSettings.Current;
        return ok || settings.FailureThreshold > 1;
    }
}
