// Quiet twin of LockedSnapshotWrite: the lock protects a collection that is not in any snapshot (a static dictionary
// only ever touched under its lock); the snapshot is read under the lock, not written.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.LockedSnapshotWriteQuiet;

[ThreadLocalSlot]
public sealed partial class SessionIndex
{
    public ImmutableDictionary<string, int> ByUser { get; init; } = ImmutableDictionary<string, int>.Empty;
}

public static class SessionTracker
{
    private static readonly object Gate = new();
    private static readonly Dictionary<string, int> LateLogins = new();

    public static void OnLogin(string user, int worker)
    {
        lock (Gate)
        {
            if (!SessionIndex.Current.ByUser.ContainsKey(user))
            {
                LateLogins[user] = worker;
            }
        }
    }
}
