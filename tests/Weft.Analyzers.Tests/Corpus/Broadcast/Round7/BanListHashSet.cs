// Chat broker: moderation bans are collected on main in a HashSet and pushed to every worker's moderation cache with
// the generated [WorkerUpdate] posting method. The parameter is typed as IReadOnlyCollection, but the argument is the
// HashSet main keeps adding to. Twin: an ImmutableHashSet is passed.
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

    public void Ban(string user) => _pending.Add(user); // expect: WEFT0002

    public Task PushAsync()
    {
        HashSet<string> batch = _pending;
        return ModerationCache.ApplyBansOnAllWorkersAsync(_pool, batch); // expect: WEFT0007
    }
}

public static class BanRules
{
    public static bool IsValidUser(string user) => user.Length is > 2 and <= 32;

    public static string Normalize(string user) => user.Trim().ToLowerInvariant();

    public static bool IsStaff(string user) => user.StartsWith("mod:", System.StringComparison.Ordinal);
}
