// A C# 14 extension block member that adds to its receiver list, called from a per-worker type's member on a
// [ThreadStatic] list: each worker thread has its own (quiet twin of ExtensionBlockSeenHosts).
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.R16.ExtensionBlockSeenHosts;

public static class HostListExtensions
{
    extension(List<string> hosts)
    {
        public bool AddUnique(string host)
        {
            if (hosts.Contains(host))
                return false;
            hosts.Add(host);
            return true;
        }
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class UpstreamTracker
{
    [ThreadStatic] private static List<string>? t_seen;
    private int _newHosts;

    public void OnConnect(string host)
    {
        if ((t_seen ??= new List<string>()).AddUnique(host))
            _newHosts++;
    }
}
