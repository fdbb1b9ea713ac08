// WEFT0006: a C# 14 extension block member whose body adds to its receiver list, called on a static List from a
// per-worker type's member. Page: "A helper anybody may call (... a member of a C# 14 extension block:
// s_seen.AddUnique(host) whose body adds to its receiver list) is reported at the worker code's call."
using System.Collections.Generic;
using Weft;

namespace Corpus.R17.StaticWrites.ExtensionBlockReceiver;

public static class ListExtensions
{
    extension(List<string> list)
    {
        public void AddUnique(string item)
        {
            if (!list.Contains(item))
                list.Add(item);
        }
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class HostTracker
{
    private static readonly List<string> s_seen = new();
    private int _requests;

    public void OnRequest(string host)
    {
        _requests++;
        s_seen.AddUnique(host); // expect: WEFT0006
    }
}
