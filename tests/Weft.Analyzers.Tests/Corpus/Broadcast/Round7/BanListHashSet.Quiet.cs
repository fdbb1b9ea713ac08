// Quiet twin of BanListHashSet: the bans cross as an ImmutableHashSet copy.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.BanListHashSet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ModerationCache
{
    private readonly HashSet<string> _banned = new();

    public bool IsBanned(string user) => _banned.Contains(user);

    [WorkerUpdate]
    public void ApplyBans(IReadOnlyCollection<string> users)
    {
        foreach (string user in users) _banned.Add(user);
    }
}

public sealed class BanService
{
    private readonly WorkerPool _pool;
    private readonly HashSet<string> _pending = new();

    public BanService(WorkerPool pool) => _pool = pool;

    public void Ban(string user) => _pending.Add(user);

    public Task PushAsync()
    {
        ImmutableHashSet<string> batch = _pending.ToImmutableHashSet();
        return ModerationCache.ApplyBansOnAllWorkersAsync(_pool, batch);
    }
}

public static class BanRules
{
    public static bool IsValidUser(string user) => user.Length is > 2 and <= 32;

    public static string Normalize(string user) => user.Trim().ToLowerInvariant();

    public static bool IsStaff(string user) => user.StartsWith("mod:", System.StringComparison.Ordinal);
}
