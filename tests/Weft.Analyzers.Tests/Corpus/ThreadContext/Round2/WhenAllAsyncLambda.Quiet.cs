// Round 2. The same async lambdas with plain awaits: each continuation resumes on the worker that owns the list.
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.Round2.WhenAllLambda;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Bodies
{
    public List<string> Received { get; } = new();
}

public static class Fetcher
{
    public static Task FetchAllAsync(HttpClient client, IEnumerable<string> urls)
    {
        var bodies = Bodies.Current;
        return Task.WhenAll(urls.Select(async url =>
        {
            string body = await client.GetStringAsync(url);
            bodies.Received.Add(body);
        }));
    }
}
