// Chat presence: a per-worker presence table refreshes itself from the presence store in its own async member. After
// `ConfigureAwait(false)` the rest of the member may run on the thread pool, where it rewrites the worker's set (the
// type's own fields are worker state). One-token twin: ConfigureAwait(true) resumes on the worker's loop.
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
        IReadOnlyList<string> online = await store.FetchOnlineAsync(shard, ct).ConfigureAwait(false);
        _online.Clear(); // expect: WEFT0004
        foreach (string user in online) _online.Add(user); // expect: WEFT0004
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
