// Round 2. Async lambdas started together and awaited with WhenAll: after their ConfigureAwait(false) each one's
// continuation runs on the thread pool and writes the worker's list.
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
            string body = await client.GetStringAsync(url).ConfigureAwait(false);
            bodies.Received.Add(body); // expect: WEFT0004
        }));
    }
}
