// The URL is built on the worker before the method leaves it.
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
        string first = Url(path);
        string again = Url(path + "?again");
        string body = await http.GetStringAsync(first).ConfigureAwait(false);
        return body + await http.GetStringAsync(again);
    }
}
