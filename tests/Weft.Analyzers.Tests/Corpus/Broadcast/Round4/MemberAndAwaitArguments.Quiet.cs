// Quiet twin of MemberAndAwaitArguments: both arguments are made immutable at the call.
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
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
    IReadOnlyDictionary<string, string> _rewrites = FrozenDictionary<string, string>.Empty;

    [WorkerUpdate]
    void SetTrusted(IReadOnlyList<string> trusted) => _trusted = trusted;

    [WorkerUpdate]
    void SetRewrites(IReadOnlyDictionary<string, string> rewrites) => _rewrites = rewrites;
}

public static class Reload
{
    public static async Task ApplyAsync(WorkerPool pool, ProxyConfig config)
    {
        await ForwardedHeaders.SetTrustedOnAllWorkersAsync(pool, config.TrustedProxies.ToImmutableArray());
        await ForwardedHeaders.SetRewritesOnAllWorkersAsync(pool, (await LoadRewritesAsync()).ToFrozenDictionary());
    }

    static Task<Dictionary<string, string>> LoadRewritesAsync() =>
        Task.FromResult(new Dictionary<string, string> { ["x-real-ip"] = "x-forwarded-for" });
}
