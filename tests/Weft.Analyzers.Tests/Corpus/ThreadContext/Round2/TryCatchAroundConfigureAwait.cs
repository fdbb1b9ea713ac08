// Round 2. The ConfigureAwait(false) sits in a try; whether it completed or threw, the code after the catch runs on
// the thread pool.
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
            using var response = await client.GetAsync(new Uri("http://" + host)).ConfigureAwait(false);
            ok = response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            ok = false;
        }

        var settings = ProbeSettings.Current; // expect: WEFT0005
        return ok || settings.FailureThreshold > 1;
    }
}
