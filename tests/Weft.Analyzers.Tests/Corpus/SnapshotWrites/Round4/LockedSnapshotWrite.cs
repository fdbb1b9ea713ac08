// Worker code "protects" its writes to the shared snapshot with a lock on the snapshot (or on a static gate). Readers
// on the other workers take no lock, so the writes still race them: WEFT0003 flags a write into data reached from
// Current whatever lock is held (the page names no exception for locks). The Dictionary is WEFT0001.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.LockedSnapshotWrite;

[ThreadLocalSlot]
public sealed partial class SessionIndex
{
    public Dictionary<string, int> ByUser { get; init; } = new(); // expect: WEFT0001
}

public static class SessionTracker
{
    private static readonly object Gate = new();

    public static void OnLogin(string user, int worker)
    {
        SessionIndex index = SessionIndex.Current;
        lock (index)
        {
            index.ByUser[user] = worker; // expect: WEFT0003
        }

        lock (Gate)
        {
            SessionIndex.Current.ByUser.Remove("guest"); // expect: WEFT0003
        }
    }
}
