// WEFT0007: broadcast arguments that are not locals — a List property of a config object, and the awaited result of
// a loader returning a Dictionary.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.MemberAndAwaitArguments;

public sealed class ProxyConfig
{
    public List<string> TrustedProxies { get; } = new();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ForwardedHeaders
{
    IReadOnlyList<string> _trusted = [];
    IReadOnlyDictionary<string, string> _rewrites = new Dictionary<string, string>();

    [WorkerUpdate]
    void SetTrusted(IReadOnlyList<string> trusted) => _trusted = trusted;

    [WorkerUpdate]
    void SetRewrites(IReadOnlyDictionary<string, string> rewrites) => _rewrites = rewrites;
}

public static class Reload
{
    public static async Task ApplyAsync(WorkerPool pool, ProxyConfig config)
    {
        await ForwardedHeaders.SetTrustedOnAllWorkersAsync(pool, config.TrustedProxies); // expect: WEFT0007
        await ForwardedHeaders.SetRewritesOnAllWorkersAsync(pool, await LoadRewritesAsync()); // expect: WEFT0007
    }

    static Task<Dictionary<string, string>> LoadRewritesAsync() =>
        Task.FromResult(new Dictionary<string, string> { ["x-real-ip"] = "x-forwarded-for" });
}
