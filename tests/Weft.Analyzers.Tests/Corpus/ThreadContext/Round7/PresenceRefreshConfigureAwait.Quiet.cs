// Quiet twin of PresenceRefreshConfigureAwait: ConfigureAwait(true) keeps the continuation on the worker.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.PresenceRefreshConfigureAwait;

public interface IPresenceStore
{
    Task<IReadOnlyList<string>> FetchOnlineAsync(string shard, CancellationToken ct);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PresenceTable
{
    private readonly HashSet<string> _online = new();
    private long _refreshes;

    public bool IsOnline(string user) => _online.Contains(user);

    public async Task RefreshAsync(IPresenceStore store, string shard, CancellationToken ct)
    {
        IReadOnlyList<string> online = await store.FetchOnlineAsync(shard, ct).ConfigureAwait(true);
        _online.Clear();
        foreach (string user in online) _online.Add(user);
        _refreshes++;
    }

    public long Refreshes => _refreshes;
}

public static class PresenceShards
{
    public static string For(string user, int shards) =>
        $"presence-{(uint)user.GetHashCode() % (uint)System.Math.Max(1, shards)}";

    public static bool IsBot(string user) => user.EndsWith("[bot]", System.StringComparison.Ordinal);
}
