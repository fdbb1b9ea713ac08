// Quiet twin of ExtensionBlockReceiver: the same call inside a lock (page: "Writes under lock ... are quiet").
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
    private static readonly object s_gate = new();
    private int _requests;

    public void OnRequest(string host)
    {
        _requests++;
        lock (s_gate)
        {
            s_seen.AddUnique(host);
        }
    }
}
