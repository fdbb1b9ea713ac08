// WEFT0006: a per-worker type's private static helper calls Add on a static List; a member calls it. Page: "A static
// write inside a per-worker type's own member is reported there once ...: this includes the type's private static
// helpers". Reported in the helper. (Probe beside PrivateHelperTwoCallers: Add instead of an indexer set, one caller.)
using System.Collections.Generic;
using Weft;

namespace Corpus.R17.StaticWrites.PrivateHelperAdd;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class SlowLog
{
    private static readonly List<string> s_slow = new();
    private int _mine;

    public void OnRequest(string path, int millis)
    {
        _mine++;
        if (millis > 500) Note(path);
    }

    private static void Note(string path)
    {
        s_slow.Add(path); // expect: WEFT0006
    }
}
