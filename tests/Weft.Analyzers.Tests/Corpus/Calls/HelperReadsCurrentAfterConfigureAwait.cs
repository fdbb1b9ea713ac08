// Decision: a helper that reads Current is reported at the call made off the worker, not inside the helper, which
// is fine for callers on the worker.
// The helper is harmless on a worker, but this caller calls it after ConfigureAwait(false).
using System.Net.Http;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.ReadsCurrent;

[ThreadLocalSlot]
public sealed partial class Upstream
{
    public string BaseUrl { get; init; } = "http://localhost";
}

public static class Client
{
    private static string Url(string path) => Upstream.Current.BaseUrl + path;

    public static async Task<string> GetTwiceAsync(HttpClient http, string path)
    {
        string first = await http.GetStringAsync(Url(path)).ConfigureAwait(false);
        return first + await http.GetStringAsync(Url(path + "?again")); // expect: WEFT0005
    }
}
